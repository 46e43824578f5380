/** Recording a visit: school, date, purpose, officers, people met, findings, next steps; then its observations. */
import { ActionIcon, Button, Divider, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import { RATINGS, VISIT_STATUSES, type ListEntry, type Observation, type Visit, type VisitStatus } from '../../../../shared/visits/types';
import { call, saveDocument } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { submit } from '../plan/PlanForms';

export type VisitDraft = {
  id?: number;
  /** The version the visit was loaded at; sent back with the update. */
  version?: number;
  schoolId: number | null;
  date: string;
  purposeId: number | null;
  status: VisitStatus;
  officerIds: number[];
  peopleMet: string;
  findings: string;
  nextVisitDate: string;
  nextSteps: { id?: number; text: string; owner: string; dueDate: string }[];
};

export const draftOf = (v: Visit): VisitDraft => ({
  id: v.id,
  version: v.version,
  schoolId: v.schoolId,
  date: v.date,
  purposeId: v.purposeId,
  status: v.status,
  officerIds: v.officerIds,
  peopleMet: v.peopleMet,
  findings: v.findings,
  nextVisitDate: v.nextVisitDate ?? '',
  nextSteps: v.nextSteps.map((s) => ({ id: s.id, text: s.text, owner: s.owner, dueDate: s.dueDate ?? '' })),
});

export function VisitForm({ draft, visit, schools, team, purposes, criteria, onSaved, onClose }: {
  draft: VisitDraft;
  visit: Visit | null;
  schools: SchoolSummary[];
  team: TeamMember[];
  purposes: ListEntry[];
  criteria: ListEntry[];
  onSaved: (v: Visit) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [d, setD] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [observing, setObserving] = useState<Partial<Observation> | null>(null);
  const set = (patch: Partial<VisitDraft>) => setD((x) => ({ ...x, ...patch }));
  const setStep = (i: number, patch: Partial<VisitDraft['nextSteps'][number]>) => set({ nextSteps: d.nextSteps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const name = (e: ListEntry) => (language === 'en' ? e.nameEn : e.nameMs);

  const save = () =>
    submit(async () => {
      const input = {
        schoolId: d.schoolId ?? 0,
        date: d.date,
        purposeId: d.purposeId ?? 0,
        status: d.status,
        officerIds: d.officerIds,
        peopleMet: d.peopleMet,
        findings: d.findings,
        nextVisitDate: d.nextVisitDate,
        nextSteps: d.nextSteps,
      };
      const saved = d.id ? await call('visits.update', { id: d.id, version: d.version ?? 0, ...input }) : await call('visits.create', input);
      setD(draftOf(saved));
      onSaved(saved);
    }, setErrors);

  return (
    <Modal opened onClose={onClose} size="xl" title={d.id ? t('visits.editVisit') : t('visits.newVisit')} data-testid="visit-form">
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <Select label={t('visits.school')} searchable data={schools.map((s) => ({ value: String(s.id), label: `${s.abbreviation} · ${s.name}` }))} value={d.schoolId ? String(d.schoolId) : null} error={errors.schoolId} onChange={(v) => set({ schoolId: v ? Number(v) : null })} data-testid="visit-school" />
            <TextInput type="date" label={t('visits.date')} value={d.date} error={errors.date} onChange={(e) => set({ date: e.currentTarget.value })} data-testid="visit-date" />
            <Select label={t('visits.purpose')} data={purposes.map((p) => ({ value: String(p.id), label: name(p) }))} value={d.purposeId ? String(d.purposeId) : null} error={errors.purposeId} onChange={(v) => set({ purposeId: v ? Number(v) : null })} data-testid="visit-purpose" />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <MultiSelect label={t('visits.officers')} placeholder={d.officerIds.length ? undefined : t('visits.chooseOfficers')} data={team.map((m) => ({ value: String(m.id), label: m.name }))} value={d.officerIds.map(String)} error={errors.officerIds} onChange={(v) => set({ officerIds: v.map(Number) })} data-testid="visit-officers" />
            <Select label={t('mentoring.status')} allowDeselect={false} data={VISIT_STATUSES.map((s) => ({ value: s, label: t(`visits.statusName.${s}`) }))} value={d.status} error={errors.status} onChange={(v) => v && set({ status: v })} />
            <TextInput type="date" label={t('visits.nextVisit')} value={d.nextVisitDate} error={errors.nextVisitDate} onChange={(e) => set({ nextVisitDate: e.currentTarget.value })} />
          </SimpleGrid>
          <TextInput label={t('visits.peopleMet')} value={d.peopleMet} error={errors.peopleMet} onChange={(e) => set({ peopleMet: e.currentTarget.value })} />
          <Textarea label={t('visits.findings')} autosize minRows={3} maxRows={10} value={d.findings} error={errors.findings} onChange={(e) => set({ findings: e.currentTarget.value })} data-testid="visit-findings" />
          <Text size="sm" fw={600}>{t('visits.nextSteps')}</Text>
          {d.nextSteps.map((s, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput style={{ flex: 1 }} aria-label={t('visits.step')} placeholder={t('visits.step')} value={s.text} error={errors[`nextSteps.${i}.text`]} onChange={(e) => setStep(i, { text: e.currentTarget.value })} data-testid="step-text" />
              <TextInput w={160} aria-label={t('visits.owner')} placeholder={t('visits.owner')} value={s.owner} onChange={(e) => setStep(i, { owner: e.currentTarget.value })} data-testid="step-owner" />
              <TextInput type="date" aria-label={t('mentoring.due')} value={s.dueDate} error={errors[`nextSteps.${i}.dueDate`]} onChange={(e) => setStep(i, { dueDate: e.currentTarget.value })} data-testid="step-due" />
              <ActionIcon variant="subtle" color="red" aria-label={t('mentoring.removeAction')} onClick={() => set({ nextSteps: d.nextSteps.filter((_, j) => j !== i) })}>✕</ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ nextSteps: [...d.nextSteps, { text: '', owner: '', dueDate: '' }] })} data-testid="add-step">{t('visits.addStep')}</Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
            <Button type="submit" data-testid="visit-save">{t('school.save')}</Button>
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
        <ObservationForm visitId={visit.id} draft={observing} criteria={criteria} onSaved={(v) => {
          // The first observation marks a planned visit done, which moves its version on by one.
          if (d.status === 'planned' && v.status === 'done' && v.version === (d.version ?? 0) + 1) set({ status: v.status, version: v.version });
          onSaved(v);
          setObserving(null);
        }} onClose={() => setObserving(null)} />
      )}
    </Modal>
  );
}

function ObservationForm({ visitId, draft, criteria, onSaved, onClose }: { visitId: number; draft: Partial<Observation>; criteria: ListEntry[]; onSaved: (v: Visit) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [o, setO] = useState({ teacher: '', className: '', subject: '', strengths: '', improvements: '', ratings: [] as { criterionId: number; rating: number }[], ...draft });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ratingOf = (id: number) => o.ratings.find((r) => r.criterionId === id)?.rating;
  const rate = (id: number, rating: number | null) =>
    setO({ ...o, ratings: [...o.ratings.filter((r) => r.criterionId !== id), ...(rating ? [{ criterionId: id, rating }] : [])] });
  return (
    <Modal opened onClose={onClose} size="lg" title={t('visits.observation')} data-testid="observation-form">
      <form onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => onSaved(await call('observations.save', { ...(o.id ? { id: o.id, version: o.version } : {}), visitId, teacher: o.teacher, className: o.className, subject: o.subject, strengths: o.strengths, improvements: o.improvements, ratings: o.ratings })), setErrors);
      }}>
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <TextInput label={t('visits.teacher')} value={o.teacher} error={errors.teacher} onChange={(e) => setO({ ...o, teacher: e.currentTarget.value })} data-testid="obs-teacher" />
            <TextInput label={t('visits.class')} value={o.className} error={errors.className} onChange={(e) => setO({ ...o, className: e.currentTarget.value })} data-testid="obs-class" />
            <TextInput label={t('visits.subject')} value={o.subject} error={errors.subject} onChange={(e) => setO({ ...o, subject: e.currentTarget.value })} data-testid="obs-subject" />
          </SimpleGrid>
          <Table withTableBorder>
            <Table.Tbody>
              {criteria.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{language === 'en' ? c.nameEn : c.nameMs}</Table.Td>
                  <Table.Td w={190}>
                    <Select aria-label={language === 'en' ? c.nameEn : c.nameMs} clearable data={RATINGS.map((r) => ({ value: String(r), label: `${r} · ${t(`visits.rating.${r}`)}` }))} value={ratingOf(c.id) ? String(ratingOf(c.id)) : null} onChange={(v) => rate(c.id, v ? Number(v) : null)} data-testid="obs-rating" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {errors.ratings && <Text size="sm" c="red">{errors.ratings}</Text>}
          <Textarea label={t('visits.strengths')} autosize minRows={2} value={o.strengths} error={errors.strengths} onChange={(e) => setO({ ...o, strengths: e.currentTarget.value })} data-testid="obs-strengths" />
          <Textarea label={t('visits.improvements')} autosize minRows={2} value={o.improvements} error={errors.improvements} onChange={(e) => setO({ ...o, improvements: e.currentTarget.value })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
            <Button type="submit" data-testid="obs-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
