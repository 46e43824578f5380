/** Recording a visit: school, date, purpose, officers, people met, findings, next steps; then its observations. */
import { ActionIcon, Button, Divider, Group, MultiSelect, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type Language } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import { RATINGS, VISIT_STATUSES, type ListEntry, type NextStepSipLink, type Observation, type Visit, type VisitStatus } from '../../../../shared/visits/types';
import { SipLinkSelect } from '../improvement/SipLinkSelect';
import { call, saveDocument } from '../../api';
import { confirm, DateField, FormAlert, FormModal, useForm, withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import type { WseAspect } from '../../../../shared/wse/types';
import { AspectSelect, useAspects } from '../wse/AspectSelect';

export type VisitDraft = {
  id?: number;
  version?: number;
  schoolId: number | null;
  date: string;
  purposeId: number | null;
  status: VisitStatus;
  officerIds: number[];
  peopleMet: string;
  findings: string;
  nextVisitDate: string;
  nextSteps: ({ id?: number; text: string; owner: string; dueDate: string; aspectIds?: number[] } & Partial<NextStepSipLink>)[];
  /** The WSE aspects the visit serves. */
  aspectIds?: number[];
};

export const draftOf = (v: Visit): VisitDraft => ({
  id: v.id,
  ...withVersion(v),
  schoolId: v.schoolId,
  date: v.date,
  purposeId: v.purposeId,
  status: v.status,
  officerIds: v.officerIds,
  peopleMet: v.peopleMet,
  findings: v.findings,
  nextVisitDate: v.nextVisitDate ?? '',
  nextSteps: v.nextSteps.map((s) => ({ id: s.id, text: s.text, owner: s.owner, dueDate: s.dueDate ?? '', sipActionId: s.sipActionId, sipTargetId: s.sipTargetId, aspectIds: s.aspectIds })),
  aspectIds: v.aspectIds,
});

export function VisitForm({ draft, visit, schools, team, purposes, criteria, onSaved, onDeleted, onClose, startWithNewStep = false }: {
  draft: VisitDraft;
  /** Opens with an empty next step after the visit's own, ready to be written (a new next step from a school's page). */
  startWithNewStep?: boolean;
  visit: Visit | null;
  schools: SchoolSummary[];
  team: TeamMember[];
  purposes: ListEntry[];
  criteria: ListEntry[];
  onSaved: (v: Visit) => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const form = useForm(draft, { onClose, reload: draft.id ? async () => draftOf(await call('visits.get', { id: draft.id as number })) : undefined });
  const { draft: d, set, at } = form;
  const [observing, setObserving] = useState<Partial<Observation> | null>(null);
  const setStep = (i: number, patch: Partial<VisitDraft['nextSteps'][number]>) =>
    form.update((x) => ({ ...x, nextSteps: x.nextSteps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const name = (e: ListEntry) => (language === 'en' ? e.nameEn : e.nameMs);
  const aspects = useAspects();

  // An observation saved or deleted returns the visit as stored (the first one marks a planned visit done and
  // moves its version on): the form follows it, keeping what the user has typed meanwhile.
  useEffect(() => {
    if (visit) form.rebase(draftOf(visit));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visit]);
  useEffect(() => {
    if (startWithNewStep) form.update((x) => ({ ...x, nextSteps: [...x.nextSteps, { text: '', owner: '', dueDate: '' }] }));
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = () =>
    form.submit(async (x) => {
      const input = {
        schoolId: x.schoolId ?? 0,
        date: x.date,
        purposeId: x.purposeId ?? 0,
        status: x.status,
        officerIds: x.officerIds,
        peopleMet: x.peopleMet,
        findings: x.findings,
        nextVisitDate: x.nextVisitDate,
        nextSteps: x.nextSteps,
        aspectIds: x.aspectIds ?? [],
      };
      const saved = x.id ? await call('visits.update', { id: x.id, ...withVersion(x), ...input }) : await call('visits.create', input);
      onSaved(saved);
      return draftOf(saved);
    });

  const remove = async () => {
    if (!visit) return;
    const school = schools.find((s) => s.id === visit.schoolId)?.abbreviation ?? visit.school;
    const ok = await confirm({
      title: t('forms.deleteVisit', { school, date: formatDate(visit.date) }),
      message: t('forms.deleteVisitText'),
      confirmLabel: t('forms.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await call('visits.delete', { id: visit.id });
      onDeleted();
    } catch (err) {
      form.fail(err);
    }
  };

  return (
    <FormModal onClose={() => void form.requestClose()} size="xl" title={d.id ? t('visits.editVisit') : t('visits.newVisit')} data-testid="visit-form">
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={3}>
            <Select label={t('visits.school')} searchable data={schools.map((s) => ({ value: String(s.id), label: `${s.abbreviation} · ${s.name}` }))} value={d.schoolId ? String(d.schoolId) : null} {...at('schoolId')} onChange={(v) => set({ schoolId: v ? Number(v) : null })} data-testid="visit-school" />
            <DateField label={t('visits.date')} value={d.date} {...at('date')} onChange={(date) => set({ date })} data-testid="visit-date" />
            <Select label={t('visits.purpose')} data={purposes.map((p) => ({ value: String(p.id), label: name(p) }))} value={d.purposeId ? String(d.purposeId) : null} {...at('purposeId')} onChange={(v) => set({ purposeId: v ? Number(v) : null })} data-testid="visit-purpose" />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <MultiSelect label={t('visits.officers')} placeholder={d.officerIds.length ? undefined : t('visits.chooseOfficers')} data={team.map((m) => ({ value: String(m.id), label: m.name }))} value={d.officerIds.map(String)} {...at('officerIds')} onChange={(v) => set({ officerIds: v.map(Number) })} data-testid="visit-officers" />
            <Select label={t('mentoring.status')} allowDeselect={false} data={VISIT_STATUSES.map((s) => ({ value: s, label: t(`visits.statusName.${s}`) }))} value={d.status} {...at('status')} onChange={(v) => v && set({ status: v })} />
            <DateField optional label={t('visits.nextVisit')} value={d.nextVisitDate} {...at('nextVisitDate')} onChange={(nextVisitDate) => set({ nextVisitDate })} data-testid="visit-next" />
          </SimpleGrid>
          <TextInput label={t('visits.peopleMet')} value={d.peopleMet} {...at('peopleMet')} onChange={(e) => set({ peopleMet: e.currentTarget.value })} />
          <Textarea label={t('visits.findings')} autosize minRows={3} maxRows={10} value={d.findings} {...at('findings')} onChange={(e) => set({ findings: e.currentTarget.value })} data-testid="visit-findings" />
          <AspectSelect label={t('wse.aspects')} aspects={aspects} value={d.aspectIds ?? []} {...at('aspectIds')} onChange={(aspectIds) => set({ aspectIds })} data-testid="visit-aspects" />
          <Text size="sm" fw={600}>{t('visits.nextSteps')}</Text>
          {d.nextSteps.map((s, i) => (
            <Stack key={s.id ?? `new-${i}`} gap={4}>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput style={{ flex: 1 }} aria-label={t('visits.step')} placeholder={t('visits.step')} value={s.text} {...at(`nextSteps.${i}.text`)} onChange={(e) => setStep(i, { text: e.currentTarget.value })} data-testid="step-text" />
              <TextInput w={160} aria-label={t('visits.owner')} placeholder={t('visits.owner')} value={s.owner} {...at(`nextSteps.${i}.owner`)} onChange={(e) => setStep(i, { owner: e.currentTarget.value })} data-testid="step-owner" />
              <DateField optional w={150} aria-label={t('mentoring.due')} value={s.dueDate} {...at(`nextSteps.${i}.dueDate`)} onChange={(dueDate) => setStep(i, { dueDate })} data-testid="step-due" />
              <SipLinkSelect schoolId={d.schoolId} date={d.date} link={s} errors={form.errors} index={i} onChange={(link) => setStep(i, link)} />
              <ActionIcon variant="subtle" color="red" mt={4} aria-label={t('mentoring.removeAction')} onClick={() => set({ nextSteps: d.nextSteps.filter((_, j) => j !== i) })}>✕</ActionIcon>
            </Group>
            <AspectSelect size="xs" mr={36} aria-label={t('wse.aspects')} aspects={aspects} value={s.aspectIds ?? []} {...at(`nextSteps.${i}.aspectIds`)} onChange={(aspectIds) => setStep(i, { aspectIds })} data-testid="step-aspects" />
            </Stack>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ nextSteps: [...d.nextSteps, { text: '', owner: '', dueDate: '' }] })} data-testid="add-step">{t('visits.addStep')}</Button>
          </Group>
          <Group justify="space-between">
            {visit ? <Button variant="subtle" color="red" onClick={() => void remove()} data-testid="visit-delete">{t('forms.delete')}</Button> : <span />}
            <Group>
              <Button variant="default" onClick={() => void form.requestClose()} data-testid="visit-cancel">{t('school.cancel')}</Button>
              <Button type="submit" loading={form.saving} data-testid="visit-save">{t('school.save')}</Button>
            </Group>
          </Group>

          {visit && (
            <>
              <Group>
                <Button size="xs" variant="default" onClick={() => void saveDocument({ kind: 'visit-report', visitId: visit.id, language }).then((r) => r.saved && notifyOk(r.fileName), notifyError)} data-testid="visit-report">
                  {t('visits.visitReport')}
                </Button>
              </Group>
              <Divider label={t('visits.observations')} labelPosition="left" />
              {visit.observations.map((o) => (
                <Group key={o.id} justify="space-between" data-testid="observation-row">
                  <Text size="sm">{o.teacher} · {o.className} · {o.subject}</Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => setObserving(o)}>{t('schools.edit')}</Button>
                </Group>
              ))}
              {visit.status !== 'cancelled' && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => setObserving({})} data-testid="add-observation">{t('visits.addObservation')}</Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      </form>
      {observing && visit && (
        <ObservationForm visitId={visit.id} draft={observing} criteria={criteria} aspects={aspects} onSaved={(v) => { onSaved(v); setObserving(null); }} onClose={() => setObserving(null)} />
      )}
    </FormModal>
  );
}

type ObservationDraft = Omit<Observation, 'id' | 'version'> & { id?: number; version?: number };
const observationDraft = (o: Partial<Observation>): ObservationDraft => ({
  ...(o.id ? { id: o.id } : {}),
  ...withVersion(o),
  teacher: o.teacher ?? '',
  className: o.className ?? '',
  subject: o.subject ?? '',
  strengths: o.strengths ?? '',
  improvements: o.improvements ?? '',
  ratings: o.ratings?.map((r) => ({ criterionId: r.criterionId, rating: r.rating })) ?? [],
  aspectIds: o.aspectIds ?? [],
});

function ObservationForm({ visitId, draft, criteria, aspects, onSaved, onClose }: { visitId: number; draft: Partial<Observation>; criteria: ListEntry[]; aspects: WseAspect[]; onSaved: (v: Visit) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const form = useForm(observationDraft(draft), {
    onClose,
    reload: draft.id
      ? async () => {
          const v = await call('visits.get', { id: visitId });
          return observationDraft(v.observations.find((o) => o.id === draft.id) ?? {});
        }
      : undefined,
  });
  const { draft: o, set, at } = form;
  const ratingOf = (id: number) => o.ratings.find((r) => r.criterionId === id)?.rating;
  const rate = (id: number, rating: number | null) => set({ ratings: [...o.ratings.filter((r) => r.criterionId !== id), ...(rating ? [{ criterionId: id, rating }] : [])] });
  const remove = async () => {
    if (!o.id) return;
    const ok = await confirm({ title: t('forms.deleteObservation', { teacher: o.teacher }), message: t('forms.deleteObservationText'), confirmLabel: t('forms.delete'), danger: true });
    if (!ok) return;
    try {
      onSaved(await call('observations.delete', { id: o.id }));
    } catch (err) {
      form.fail(err);
    }
  };
  return (
    <FormModal onClose={() => void form.requestClose()} size="lg" title={t('visits.observation')} data-testid="observation-form">
      <form onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async (x) => onSaved(await call('observations.save', { ...(x.id ? { id: x.id } : {}), ...withVersion(x), visitId, teacher: x.teacher, className: x.className, subject: x.subject, strengths: x.strengths, improvements: x.improvements, ratings: x.ratings, aspectIds: x.aspectIds })));
      }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={3}>
            <TextInput label={t('visits.teacher')} value={o.teacher} {...at('teacher')} onChange={(e) => set({ teacher: e.currentTarget.value })} data-testid="obs-teacher" />
            <TextInput label={t('visits.class')} value={o.className} {...at('className')} onChange={(e) => set({ className: e.currentTarget.value })} data-testid="obs-class" />
            <TextInput label={t('visits.subject')} value={o.subject} {...at('subject')} onChange={(e) => set({ subject: e.currentTarget.value })} data-testid="obs-subject" />
          </SimpleGrid>
          <AspectSelect label={t('wse.aspects')} aspects={aspects} value={o.aspectIds} {...at('aspectIds')} onChange={(aspectIds) => set({ aspectIds })} data-testid="obs-aspects" />
          <Table withTableBorder>
            <Table.Tbody>
              {criteria.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{language === 'en' ? c.nameEn : c.nameMs}</Table.Td>
                  <Table.Td w={190}>
                    <Select aria-label={language === 'en' ? c.nameEn : c.nameMs} clearable data={RATINGS.map((r) => ({ value: String(r), label: `${r} · ${t(`visits.rating.${r}`)}` }))} value={ratingOf(c.id) ? String(ratingOf(c.id)) : null} {...at(`ratings.${o.ratings.findIndex((r) => r.criterionId === c.id)}.rating`)} onChange={(v) => rate(c.id, v ? Number(v) : null)} data-testid="obs-rating" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {form.errors.ratings && <Text size="sm" c="red" data-field="ratings">{form.errors.ratings}</Text>}
          <Textarea label={t('visits.strengths')} autosize minRows={2} value={o.strengths} {...at('strengths')} onChange={(e) => set({ strengths: e.currentTarget.value })} data-testid="obs-strengths" />
          <Textarea label={t('visits.improvements')} autosize minRows={2} value={o.improvements} {...at('improvements')} onChange={(e) => set({ improvements: e.currentTarget.value })} />
          <Group justify="space-between">
            {o.id ? <Button variant="subtle" color="red" onClick={() => void remove()} data-testid="obs-delete">{t('forms.delete')}</Button> : <span />}
            <Group>
              <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
              <Button type="submit" loading={form.saving} data-testid="obs-save">{t('school.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
