/** The year's school terms, public holidays and exams: entered by the clerk or imported from a CSV. */
import type { ImportPreview } from '../../../../shared/imports/api';
import { base64Of } from '../common/base64';
import { ImportRows } from '../common/ImportRows';
import { ActionIcon, Button, FileButton, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import { isApiError } from '../../../../shared/errors';
import type { CodedEntry } from '../../../../shared/domain';
import type { CalendarPeriod, Exam, PeriodKind } from '../../../../shared/plan/types';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { confirm, DateField, FormAlert, FormDrawer, useForm, withVersion } from '../../forms';
import { MissingEnglish } from '../common/MissingEnglish';

type PeriodDraft = { id?: number; version?: number; kind: PeriodKind; name: string; nameEn: string; start: string; end: string };
type ExamDraft = { id?: number; version?: number; name: string; date: string; days: string; examTypeId: string | null };
const blankExam: ExamDraft = { name: '', date: '', days: '150, 100, 50, 20', examTypeId: null };
const blankPeriod: PeriodDraft = { kind: 'holiday', name: '', nameEn: '', start: '', end: '' };
const periodDraft = (p: CalendarPeriod): PeriodDraft => ({ id: p.id, ...withVersion(p), kind: p.kind, name: p.name, nameEn: p.nameEn, start: p.start, end: p.end });
const examDraft = (x: Exam): ExamDraft => ({ id: x.id, ...withVersion(x), name: x.name, date: x.date, days: x.checkpointDays.join(', '), examTypeId: x.examTypeId === null ? null : String(x.examTypeId) });
const dates = (p: CalendarPeriod) => `${formatDate(p.start)}${p.end !== p.start ? ` – ${formatDate(p.end)}` : ''}`;

export function DatesPanel({ year, onYear, onChanged, onClose }: { year: number; onYear: (y: number) => void; onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [periods, setPeriods] = useState<CalendarPeriod[]>([]);
  const [exams, setExams] = useState<Exam[]>([]);
  const [examTypes, setExamTypes] = useState<CodedEntry[]>([]);
  const periodForm = useForm<PeriodDraft>(blankPeriod, {
    reload: async (d) => {
      const p = (await call('periods.list', { year })).find((x) => x.id === d.id);
      return p ? periodDraft(p) : blankPeriod;
    },
  });
  const examForm = useForm<ExamDraft>(blankExam, {
    reload: async (d) => {
      const x = (await call('exams.list', { year })).find((e) => e.id === d.id);
      return x ? examDraft(x) : blankExam;
    },
  });
  const period = periodForm.draft;
  const exam = examForm.draft;
  const [importKind, setImportKind] = useState<PeriodKind>('holiday');

  const load = useCallback(async () => {
    const [p, x, types] = await Promise.all([call('periods.list', { year }), call('exams.list', { year }), call('results.examTypes', { includeArchived: true })]);
    setPeriods(p);
    setExams(x);
    setExamTypes(types);
  }, [year]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);

  const changed = async () => {
    await load();
    onChanged();
  };

  const savePeriod = () =>
    periodForm.submit(async (p) => {
      const input = { kind: p.kind, name: p.name, nameEn: p.nameEn, start: p.start, end: p.end || p.start };
      await (p.id ? call('periods.update', { id: p.id, ...withVersion(p), ...input }) : call('periods.create', input));
      await changed();
      return { kind: p.kind, name: '', nameEn: '', start: '', end: '' };
    });

  const saveExam = () =>
    examForm.submit(async (x) => {
      const checkpointDays = x.days.split(/[,\s]+/).filter(Boolean).map(Number);
      const input = { name: x.name, date: x.date, checkpointDays, examTypeId: x.examTypeId ? Number(x.examTypeId) : null };
      await (x.id ? call('exams.update', { id: x.id, ...withVersion(x), ...input }) : call('exams.create', input));
      await changed();
      return blankExam;
    });
  // The checkpoint days are typed in one field: an error on any one of them shows there.
  const examAt = (field: string) => {
    const key = Object.keys(examForm.errors).find((k) => k === field || (field === 'days' && k.startsWith('checkpointDays')));
    return { error: key ? examForm.errors[key] : undefined, 'data-field': key ?? field };
  };

  // A file of terms or holidays goes through the import's preview: every line's outcome first, then all or nothing.
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const readFile = async (file: File | null) => {
    if (!file) return;
    try {
      setPreview(await call('imports.preview', { kind: 'periods', periodKind: importKind, file: await base64Of(file), fileName: file.name }));
    } catch (err) {
      setPreview(null);
      notifyError(err);
    }
  };
  const importPreviewed = async () => {
    if (!preview) return;
    try {
      const r = await call('imports.commit', { previewId: preview.previewId });
      notifyOk(t('dates.imported', { count: r.created }));
      setPreview(null);
      await changed();
    } catch (err) {
      notifyError(err);
    }
  };

  /** An exam whose checkpoints were reviewed asks once more, saying how many reviews go with it. */
  const deleteExam = async (x: { id: number; name: string; date: string }) => {
    try {
      await call('exams.delete', { id: x.id });
    } catch (err) {
      if (!isApiError(err) || err.field !== 'withReviews') throw err;
      if (await confirm({ title: t('forms.deleteExam', { name: x.name, date: formatDate(x.date) }), message: err.message, confirmLabel: t('forms.delete'), danger: true })) {
        await call('exams.delete', { id: x.id, withReviews: true });
      }
    }
  };

  const remove = async (title: string, message: string, run: () => Promise<unknown>) => {
    if (!(await confirm({ title, message, confirmLabel: t('forms.delete'), danger: true }))) return;
    try {
      await run();
      await changed();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <FormDrawer onClose={onClose} dirty={periodForm.dirty || examForm.dirty} position="right" size="xl" title={t('dates.title')} data-testid="dates-panel">
      <Stack>
        <Group>
          <Button variant="default" size="xs" onClick={() => onYear(year - 1)}>‹</Button>
          <Title order={4}>{year}</Title>
          <Button variant="default" size="xs" onClick={() => onYear(year + 1)}>›</Button>
        </Group>

        <Title order={5}>{t('dates.periods')}</Title>
        <MissingEnglish pairs={periods.map((p) => [p.name, p.nameEn] as const)} testId="periods-missing-en" />
        <Table withTableBorder striped data-testid="periods-table">
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t(`dates.kind.${p.kind}`)}</Table.Td>
                <Table.Td>
                  {p.name}
                  {p.nameEn ? <Text size="xs" c="dimmed">{p.nameEn}</Text> : <Text size="xs" c="orange" data-testid="period-missing-en">{t('clusterProfile.missingMark')}</Text>}
                </Table.Td>
                <Table.Td>{dates(p)}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => periodForm.load(periodDraft(p))}>✎</ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('dates.delete')} data-testid="period-delete" onClick={() => void remove(t('forms.deletePeriod', { name: p.name, dates: dates(p) }), t('forms.deletePeriodText'), () => call('periods.delete', { id: p.id }))}>✕</ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {periods.length === 0 && <Text size="sm" c="dimmed">{t('dates.noPeriods')}</Text>}
        <FormAlert form={periodForm} />
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Select w={120} aria-label={t('dates.kindLabel')} allowDeselect={false} value={period.kind} data={[{ value: 'holiday', label: t('dates.kind.holiday') }, { value: 'term', label: t('dates.kind.term') }]} onChange={(v) => v && periodForm.set({ kind: v })} />
          <TextInput style={{ flex: 1 }} placeholder={t('dates.name')} aria-label={t('dates.name')} value={period.name} {...periodForm.at('name')} onChange={(e) => periodForm.set({ name: e.currentTarget.value })} data-testid="period-name" />
          <TextInput style={{ flex: 1 }} placeholder={t('clusterProfile.nameEn')} aria-label={t('clusterProfile.nameEn')} value={period.nameEn} {...periodForm.at('nameEn')} onChange={(e) => periodForm.set({ nameEn: e.currentTarget.value })} data-testid="period-name-en" />
          <DateField w={150} aria-label={t('calendar.startDate')} value={period.start} {...periodForm.at('start')} onChange={(start) => periodForm.set({ start })} data-testid="period-start" />
          <DateField w={150} optional aria-label={t('calendar.endDate')} value={period.end} {...periodForm.at('end')} onChange={(end) => periodForm.set({ end })} data-testid="period-end" />
          <Button onClick={() => void savePeriod()} data-testid="period-save">{period.id ? t('school.save') : t('dates.add')}</Button>
        </Group>
        <Group gap="xs">
          <Text size="sm">{t('dates.importCsv')}</Text>
          <SegmentedControl size="xs" value={importKind} onChange={(v) => setImportKind(v)} data={[{ value: 'holiday', label: t('dates.kind.holiday') }, { value: 'term', label: t('dates.kind.term') }]} />
          <FileButton onChange={(f) => void readFile(f)} accept=".xlsx,.csv,text/csv,text/plain">
            {(props) => <Button {...props} size="xs" variant="default" data-testid="period-import">{t('dates.chooseCsv')}</Button>}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">{t('dates.csvHelp')}</Text>
        {preview && (
          <Stack gap="xs" data-testid="period-preview">
            <Text size="sm" data-testid="period-preview-counts">{preview.fileName}: {t('imports.counts', preview.counts)}</Text>
            <ImportRows rows={preview.rows} withAbbreviation={false} />
            {!preview.canCommit && preview.counts.error > 0 && <Text size="xs" c="red">{t('imports.fixFirst')}</Text>}
            <Group justify="flex-end">
              <Button size="xs" variant="default" onClick={() => setPreview(null)}>{t('school.cancel')}</Button>
              <Button size="xs" disabled={!preview.canCommit} onClick={() => void importPreviewed()} data-testid="period-import-commit">{t('imports.commit')}</Button>
            </Group>
          </Stack>
        )}

        <Title order={5} mt="md">{t('dates.exams')}</Title>
        <Table withTableBorder striped data-testid="exams-table">
          <Table.Tbody>
            {exams.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td>{formatDate(x.date)}</Table.Td>
                <Table.Td>{t('dates.checkpointList', { days: x.checkpointDays.join(', ') })}{x.initiativeCode ? ` · ${x.initiativeCode}` : ''}</Table.Td>
                <Table.Td>{examTypes.find((e) => e.id === x.examTypeId)?.code ?? ''}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => examForm.load(examDraft(x))}>✎</ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('dates.delete')} data-testid="exam-delete" onClick={() => void remove(t('forms.deleteExam', { name: x.name, date: formatDate(x.date) }), t('forms.deleteExamText'), () => deleteExam(x))}>✕</ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormAlert form={examForm} />
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput w={140} placeholder={t('dates.examName')} aria-label={t('dates.examName')} value={exam.name} {...examAt('name')} onChange={(e) => examForm.set({ name: e.currentTarget.value })} data-testid="exam-name" />
          <DateField w={150} aria-label={t('dates.examDate')} value={exam.date} {...examAt('date')} onChange={(date) => examForm.set({ date })} data-testid="exam-date" />
          <Select
            w={130}
            clearable
            placeholder={t('results.examType')}
            aria-label={t('results.examType')}
            data={examTypes.filter((e) => !e.archived || String(e.id) === exam.examTypeId).map((e) => ({ value: String(e.id), label: e.code }))}
            value={exam.examTypeId}
            {...examAt('examTypeId')}
            onChange={(v) => examForm.set({ examTypeId: v })}
            data-testid="exam-type"
          />
          <TextInput style={{ flex: 1 }} aria-label={t('dates.checkpoints')} description={t('dates.checkpoints')} value={exam.days} {...examAt('days')} onChange={(e) => examForm.set({ days: e.currentTarget.value })} data-testid="exam-days" />
          <Button onClick={() => void saveExam()} data-testid="exam-save">{exam.id ? t('school.save') : t('dates.add')}</Button>
        </Group>
      </Stack>
    </FormDrawer>
  );
}
