/** The forms behind the Gantt: every change a drag can make can also be typed (keyboard and screen readers). */
import { Button, ColorInput, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { monthName, type Language } from '../../../../shared/dates';
import { SCHOOL_LEVELS, type SchoolLevel, type SchoolSummary, type TeamMember } from '../../../../shared/domain';
import { INITIATIVE_COLOURS, type Initiative, type Phase, type Plan } from '../../../../shared/plan/types';
import { windowMonths } from '../../../../shared/plan/months';
import type { InitiativeMeasures, MeasuresOfYear } from '../../../../shared/attendance/types';
import { confirmDiscard, FormAlert, FormModal, useForm } from '../../forms';
import { MeasuresEditor, measuresDraft, type MeasuresDraft } from './MeasuresEditor';
import { MissingEnglish, useMissingMark } from '../common/MissingEnglish';

export const monthLabel = (m: string, language: Language) => `${monthName(Number(m.slice(5, 7)), language)} ${m.slice(0, 4)}`;

export type PhaseDraft = { id?: number; version?: number; laneId: number; name: string; nameEn: string; start: string; end: string };

export function PhaseForm({ plan, initiative, draft, onSave, onDelete, reload, onClose }: {
  plan: Plan;
  initiative: Initiative;
  draft: PhaseDraft;
  onSave: (d: PhaseDraft) => Promise<unknown>;
  /** Asks first; true once deleted. */
  onDelete?: (p: Phase) => Promise<boolean>;
  reload?: () => Promise<PhaseDraft>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm(draft, { onClose, reload });
  const { draft: d, at } = form;
  const missingMark = useMissingMark();
  useEffect(() => form.load(draft), [draft]); // eslint-disable-line react-hooks/exhaustive-deps
  const months = windowMonths(plan.window).map((m) => ({ value: m, label: monthLabel(m, i18n.language as Language) }));
  const lanes = initiative.lanes.map((l, i) => ({ value: String(l.id), label: `${t('plan.lane')} ${i + 1}${l.name ? `: ${l.name}` : ''}` }));
  return (
    <FormModal onClose={() => void form.requestClose()} title={`${initiative.code} · ${d.id ? t('plan.editPhase') : t('plan.addPhase')}`} data-testid="phase-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x); }).then((ok) => ok && onClose()); }}>
        <Stack>
          <FormAlert form={form} />
          <MissingEnglish pairs={[[d.name, d.nameEn]]} testId="phase-missing-en" />
          <SimpleGrid cols={2}>
            <TextInput label={t('plan.phaseName')} data-autofocus value={d.name} {...at('name')} onChange={(e) => form.set({ name: e.currentTarget.value })} data-testid="phase-name" />
            <TextInput label={t('clusterProfile.english', { label: t('plan.phaseName') })} {...missingMark(d.name, d.nameEn)} value={d.nameEn} {...at('nameEn')} onChange={(e) => form.set({ nameEn: e.currentTarget.value })} data-testid="phase-name-en" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select label={t('plan.startMonth')} data={months} value={d.start} allowDeselect={false} {...at('start')} onChange={(v) => v && form.set({ start: v })} data-testid="phase-start" />
            <Select label={t('plan.endMonth')} data={months} value={d.end} allowDeselect={false} {...at('end')} onChange={(v) => v && form.set({ end: v })} data-testid="phase-end" />
          </SimpleGrid>
          {lanes.length > 1 && (
            <Select label={t('plan.lane')} data={lanes} value={String(d.laneId)} allowDeselect={false} {...at('laneId')} onChange={(v) => v && form.set({ laneId: Number(v) })} />
          )}
          <Group justify="space-between">
            {d.id && onDelete ? (
              <Button variant="subtle" color="red" onClick={() => {
                const phase = initiative.lanes.flatMap((l) => l.phases).find((p) => p.id === d.id);
                if (phase) void onDelete(phase).then((done) => done && onClose());
              }} data-testid="phase-delete">
                {t('plan.deletePhase')}
              </Button>
            ) : <span />}
            <Group>
              <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
              <Button type="submit" data-testid="phase-save">{t('school.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export type InitiativeDraft = {
  id?: number;
  version?: number;
  code: string;
  name: string;
  nameEn: string;
  colour: string;
  ownerId: number | null;
  targetLevels: SchoolLevel[];
  schoolIds: number[];
  descriptionMs: string;
  descriptionEn: string;
  objectives: string;
  successMeasures: string;
};

export const blankInitiative = (): InitiativeDraft => ({
  code: '', name: '', nameEn: '', colour: '', ownerId: null, targetLevels: [], schoolIds: [], descriptionMs: '', descriptionEn: '', objectives: '', successMeasures: '',
});

export function InitiativeForm({ draft, team, schools, measures, choices, onSave, onSaveMeasures, reload, reloadMeasures, onClose }: {
  draft: InitiativeDraft;
  team: TeamMember[];
  schools: SchoolSummary[];
  /** The initiative's stored measures with their values (none for a new initiative). */
  measures?: InitiativeMeasures;
  choices: Pick<MeasuresOfYear, 'examTypes' | 'subjects'>;
  onSave: (d: InitiativeDraft) => Promise<unknown>;
  onSaveMeasures?: (d: MeasuresDraft) => Promise<InitiativeMeasures>;
  reload?: () => Promise<InitiativeDraft>;
  reloadMeasures?: () => Promise<MeasuresDraft>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(draft, { onClose, reload });
  const measuresForm = useForm(measuresDraft(measures), { onClose, reload: reloadMeasures });
  const { draft: d, set, at } = form;
  const missingMark = useMissingMark();
  // The values arrive after the form opened, or change after a save elsewhere: shown unless the user is editing them.
  useEffect(() => {
    if (!measuresForm.dirty) measuresForm.load(measuresDraft(measures));
  }, [measures]); // eslint-disable-line react-hooks/exhaustive-deps
  const requestClose = async () => {
    if ((form.dirty || measuresForm.dirty) && !(await confirmDiscard())) return;
    onClose();
  };
  /**
   * The initiative, then its measures (each one transaction). Measures changed alone leave the initiative
   * as it is, so a measures save refused at a field can be fixed and sent again without touching it.
   */
  const saveAll = async () => {
    const initiativeOnly = !(d.id && !form.dirty && measuresForm.dirty);
    if (initiativeOnly && !(await form.submit(async (x) => { await onSave(x); }))) return;
    if (measuresForm.dirty && onSaveMeasures && !(await measuresForm.submit(async (x) => measuresDraft(await onSaveMeasures(x))))) return;
    onClose();
  };
  return (
    <FormModal onClose={() => void requestClose()} size="lg" title={d.id ? t('plan.editInitiative') : t('plan.addInitiative')} data-testid="initiative-form">
      <form onSubmit={(e) => { e.preventDefault(); void saveAll(); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={3}>
            <TextInput label={t('plan.code')} data-autofocus value={d.code} {...at('code')} onChange={(e) => set({ code: e.currentTarget.value })} data-testid="initiative-code" />
            <ColorInput label={t('plan.colour')} value={d.colour} {...at('colour')} swatches={[...INITIATIVE_COLOURS]} format="hex" onChange={(colour) => set({ colour })} placeholder={t('plan.colourAuto')} />
            <Select label={t('plan.owner')} clearable value={d.ownerId ? String(d.ownerId) : null} {...at('ownerId')} data={team.map((m) => ({ value: String(m.id), label: m.name }))} onChange={(v) => set({ ownerId: v ? Number(v) : null })} />
          </SimpleGrid>
          <MissingEnglish pairs={[[d.name, d.nameEn], [d.descriptionMs, d.descriptionEn]]} testId="initiative-missing-en" />
          <SimpleGrid cols={2}>
            <TextInput label={t('plan.fullName')} value={d.name} {...at('name')} onChange={(e) => set({ name: e.currentTarget.value })} data-testid="initiative-name" />
            <TextInput label={t('clusterProfile.english', { label: t('plan.fullName') })} {...missingMark(d.name, d.nameEn)} value={d.nameEn} {...at('nameEn')} onChange={(e) => set({ nameEn: e.currentTarget.value })} data-testid="initiative-name-en" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <MultiSelect label={t('plan.targetLevels')} value={d.targetLevels} data={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} onChange={(v) => set({ targetLevels: v })} />
            <MultiSelect label={t('plan.targetSchools')} searchable value={d.schoolIds.map(String)} {...at('schoolIds')} data={schools.map((s) => ({ value: String(s.id), label: s.abbreviation }))} onChange={(v) => set({ schoolIds: v.map(Number) })} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Textarea label={t('plan.descriptionMs')} autosize minRows={2} maxRows={6} value={d.descriptionMs} {...at('descriptionMs')} onChange={(e) => set({ descriptionMs: e.currentTarget.value })} />
            <Textarea label={t('plan.descriptionEn')} {...missingMark(d.descriptionMs, d.descriptionEn)} autosize minRows={2} maxRows={6} value={d.descriptionEn} {...at('descriptionEn')} onChange={(e) => set({ descriptionEn: e.currentTarget.value })} />
            <Textarea label={t('plan.objectives')} autosize minRows={2} maxRows={6} value={d.objectives} {...at('objectives')} onChange={(e) => set({ objectives: e.currentTarget.value })} />
            <Textarea label={t('plan.successMeasures')} autosize minRows={2} maxRows={6} value={d.successMeasures} {...at('successMeasures')} onChange={(e) => set({ successMeasures: e.currentTarget.value })} />
          </SimpleGrid>
          <FormAlert form={measuresForm} />
          <MeasuresEditor form={measuresForm} saved={measures} choices={choices} canEdit={!!d.id && !!onSaveMeasures} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" data-testid="initiative-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export type YearDraft = { mode: 'new' | 'window'; year: number; windowStart: string; windowMonths: number };

export function YearForm({ draft, onSave, onClose }: { draft: YearDraft; onSave: (d: YearDraft) => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm(draft, { onClose });
  const { draft: d, set, at } = form;
  return (
    <FormModal onClose={() => void form.requestClose()} title={d.mode === 'new' ? t('plan.newYear') : t('plan.window')} data-testid="year-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x); }).then((ok) => ok && onClose()); }}>
        <Stack>
          <FormAlert form={form} />
          <NumberInput label={t('plan.year')} value={d.year} disabled={d.mode === 'window'} {...at('year')} min={2000} max={2100} onChange={(v) => {
            const year = Number(v);
            set({ year, ...(Number.isInteger(year) && year >= 1000 ? { windowStart: `${year}-01` } : {}) });
          }} data-testid="year-input" />
          <SimpleGrid cols={2}>
            <TextInput label={t('plan.windowStart')} description="YYYY-MM" value={d.windowStart} {...at('windowStart')} onChange={(e) => set({ windowStart: e.currentTarget.value })} />
            <NumberInput label={t('plan.windowMonths')} value={d.windowMonths} min={1} max={24} {...at('windowMonths')} onChange={(v) => set({ windowMonths: Number(v) })} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" data-testid="year-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export function NameForm({ title, label, value, onSave, onClose }: { title: string; label: string; value: string; onSave: (v: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ name: value }, { onClose });
  return (
    <FormModal onClose={() => void form.requestClose()} title={title} data-testid="name-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x.name); }).then((ok) => ok && onClose()); }}>
        <Stack>
          <FormAlert form={form} />
          <TextInput label={label} data-autofocus value={form.draft.name} {...form.at('name')} onChange={(e) => form.set({ name: e.currentTarget.value })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
