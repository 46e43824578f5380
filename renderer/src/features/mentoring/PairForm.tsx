/** A mentor–mentee pair: who, which competencies from which level to which, how often, and the appointment. */
import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import { LEVELS, SCHEDULES, type Competency, type MentoringPerson, type Schedule } from '../../../../shared/mentoring/types';
import { DateField, FormAlert, FormModal, useForm } from '../../forms';

export type PairDraft = {
  id?: number;
  version?: number;
  mentorId: number | null;
  menteeId: number | null;
  schedule: Schedule;
  startDate: string;
  endDate: string;
  status: 'proposed' | 'appointed' | 'active';
  appointedOn: string;
  referenceNo: string;
  goals: string;
  focus: { competencyId: number | null; baseline: number; target: number }[];
};

export const blankPair = (patch: Partial<PairDraft> = {}): PairDraft => ({
  mentorId: null, menteeId: null, schedule: 'fortnightly', startDate: '', endDate: '', status: 'proposed', appointedOn: '', referenceNo: '', goals: '',
  focus: [{ competencyId: null, baseline: 2, target: 4 }], ...patch,
});

export const personLabel = (p: MentoringPerson) => `${p.name}${p.school ? ` · ${p.school}` : ''}`;
const levels = LEVELS.map((l) => ({ value: String(l), label: `Tahap ${l}` }));

export function PairForm({ draft, people, competencies, loads, loadLimit, onSave, reload, onClose }: {
  draft: PairDraft;
  people: MentoringPerson[];
  competencies: Competency[];
  /** Open pairs per mentor this year, to warn before going over the limit. */
  loads: Map<number, number>;
  loadLimit: number;
  onSave: (d: PairDraft) => Promise<unknown>;
  reload?: () => Promise<PairDraft>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const form = useForm(draft, { onClose, reload });
  const { draft: d, set, at } = form;
  const setFocus = (i: number, patch: Partial<PairDraft['focus'][number]>) => form.update((x) => ({ ...x, focus: x.focus.map((f, j) => (j === i ? { ...f, ...patch } : f)) }));
  const mentors = people.filter((p) => p.canMentor && p.id !== d.menteeId);
  const mentees = people.filter((p) => p.leaderRole !== null && p.id !== d.mentorId);
  const mentor = people.find((p) => p.id === d.mentorId);
  const mentee = people.find((p) => p.id === d.menteeId);

  return (
    <FormModal onClose={() => void form.requestClose()} size="xl" title={d.id ? t('mentoring.editPair') : t('mentoring.newPair')} data-testid="pair-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x); }).then((ok) => ok && onClose()); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={2}>
            <Select label={t('mentoring.mentor')} searchable data={mentors.map((p) => ({ value: String(p.id), label: personLabel(p) }))} value={d.mentorId ? String(d.mentorId) : null} {...at('mentorId')} onChange={(v) => set({ mentorId: v ? Number(v) : null })} data-testid="pair-mentor" />
            <Select label={t('mentoring.mentee')} searchable disabled={d.id !== undefined} data={mentees.map((p) => ({ value: String(p.id), label: `${personLabel(p)}${p.newlyAppointed ? ` · ${t('mentoring.new')}` : ''}` }))} value={d.menteeId ? String(d.menteeId) : null} {...at('menteeId')} onChange={(v) => set({ menteeId: v ? Number(v) : null })} data-testid="pair-mentee" />
          </SimpleGrid>
          {mentor && d.id === undefined && (loads.get(mentor.id) ?? 0) >= loadLimit && (
            <Text size="sm" c="orange" data-testid="load-warning">{t('mentoring.loadWarning', { name: mentor.name, count: loads.get(mentor.id) ?? 0, limit: loadLimit })}</Text>
          )}
          {mentor && mentee && mentor.schoolId !== null && mentor.schoolId === mentee.schoolId && (
            <Text size="sm" c="orange" data-testid="same-school-warning">{t('mentoring.sameSchool')}</Text>
          )}
          <Text size="sm" fw={600}>{t('mentoring.focus')}</Text>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mentoring.competency')}</Table.Th>
                <Table.Th w={120}>{t('mentoring.baseline')}</Table.Th>
                <Table.Th w={120}>{t('mentoring.target')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.focus.map((f, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Select aria-label={t('mentoring.competency')} data={competencies.map((c) => ({ value: String(c.id), label: `${c.code} · ${language === 'en' ? c.nameEn : c.nameMs}` }))} value={f.competencyId ? String(f.competencyId) : null} {...at(`focus.${i}.competencyId`)} onChange={(v) => setFocus(i, { competencyId: v ? Number(v) : null })} data-testid="focus-competency" />
                  </Table.Td>
                  <Table.Td>
                    <Select aria-label={t('mentoring.baseline')} allowDeselect={false} data={levels} value={String(f.baseline)} {...at(`focus.${i}.baseline`)} onChange={(v) => v && setFocus(i, { baseline: Number(v) })} />
                  </Table.Td>
                  <Table.Td>
                    <Select aria-label={t('mentoring.target')} allowDeselect={false} data={levels} value={String(f.target)} {...at(`focus.${i}.target`)} onChange={(v) => v && setFocus(i, { target: Number(v) })} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('mentoring.removeFocus')} onClick={() => set({ focus: d.focus.filter((_, j) => j !== i) })}>✕</ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {form.errors.focus && <Text size="sm" c="red" data-field="focus">{form.errors.focus}</Text>}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ focus: [...d.focus, { competencyId: null, baseline: 2, target: 4 }] })}>{t('mentoring.addFocus')}</Button>
          </Group>
          <SimpleGrid cols={3}>
            <Select label={t('mentoring.schedule')} allowDeselect={false} data={SCHEDULES.map((s) => ({ value: s, label: t(`mentoring.scheduleName.${s}`) }))} value={d.schedule} {...at('schedule')} onChange={(v) => v && set({ schedule: v })} />
            <DateField optional label={t('calendar.startDate')} value={d.startDate} {...at('startDate')} onChange={(startDate) => set({ startDate })} data-testid="pair-start" />
            <DateField optional label={t('calendar.endDate')} value={d.endDate} {...at('endDate')} onChange={(endDate) => set({ endDate })} data-testid="pair-end" />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <Select label={t('mentoring.status')} allowDeselect={false} data={(['proposed', 'appointed', 'active'] as const).map((s) => ({ value: s, label: t(`mentoring.statusName.${s}`) }))} value={d.status} {...at('status')} onChange={(v) => v && set({ status: v })} data-testid="pair-status" />
            <DateField optional label={t('mentoring.appointedOn')} value={d.appointedOn} {...at('appointedOn')} onChange={(appointedOn) => set({ appointedOn })} data-testid="pair-appointed" />
            <TextInput label={t('mentoring.referenceNo')} value={d.referenceNo} {...at('referenceNo')} onChange={(e) => set({ referenceNo: e.currentTarget.value })} />
          </SimpleGrid>
          <Textarea label={t('mentoring.goals')} autosize minRows={2} maxRows={5} value={d.goals} {...at('goals')} onChange={(e) => set({ goals: e.currentTarget.value })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} data-testid="pair-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
