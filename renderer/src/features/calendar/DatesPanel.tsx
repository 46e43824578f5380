/** The year's school terms, public holidays and exams: entered by the clerk or imported from a CSV. */
import { ActionIcon, Button, Drawer, FileButton, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language } from '../../../../shared/dates';
import { formatLongDate } from '../../../../shared/dates';
import type { CalendarPeriod, Exam, PeriodKind } from '../../../../shared/plan/types';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { submit } from '../plan/PlanForms';

type PeriodDraft = { id?: number; version?: number; kind: PeriodKind; name: string; start: string; end: string };
type ExamDraft = { id?: number; version?: number; name: string; date: string; days: string };

export function DatesPanel({ year, onYear, onChanged, onClose }: { year: number; onYear: (y: number) => void; onChanged: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [periods, setPeriods] = useState<CalendarPeriod[]>([]);
  const [exams, setExams] = useState<Exam[]>([]);
  const [period, setPeriod] = useState<PeriodDraft>({ kind: 'holiday', name: '', start: '', end: '' });
  const [exam, setExam] = useState<ExamDraft>({ name: '', date: '', days: '150, 100, 50, 20' });
  const [importKind, setImportKind] = useState<PeriodKind>('holiday');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [examErrors, setExamErrors] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    const [p, x] = await Promise.all([call('periods.list', { year }), call('exams.list', { year })]);
    setPeriods(p);
    setExams(x);
  }, [year]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);

  const changed = async () => {
    await load();
    onChanged();
  };

  const savePeriod = () =>
    submit(async () => {
      const input = { kind: period.kind, name: period.name, start: period.start, end: period.end || period.start };
      await (period.id ? call('periods.update', { id: period.id, version: period.version ?? 0, ...input }) : call('periods.create', input));
      setPeriod({ kind: period.kind, name: '', start: '', end: '' });
      await changed();
    }, setErrors);

  const saveExam = () =>
    submit(async () => {
      const checkpointDays = exam.days.split(/[,\s]+/).filter(Boolean).map(Number);
      const input = { name: exam.name, date: exam.date, checkpointDays };
      await (exam.id ? call('exams.update', { id: exam.id, version: exam.version ?? 0, ...input }) : call('exams.create', input));
      setExam({ name: '', date: '', days: '150, 100, 50, 20' });
      await changed();
    }, (e) => setExamErrors(Object.fromEntries(Object.entries(e).map(([k, v]) => [k.startsWith('checkpointDays') ? 'days' : k, v]))));

  const importCsv = async (file: File | null) => {
    if (!file) return;
    try {
      const r = await call('periods.import', { kind: importKind, csv: await file.text() });
      notifyOk(t('dates.imported', { count: r.imported }));
      await changed();
    } catch (err) {
      notifyError(err);
    }
  };

  const remove = async (run: () => Promise<unknown>) => {
    try {
      await run();
      await changed();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={t('dates.title')} data-testid="dates-panel">
      <Stack>
        <Group>
          <Button variant="default" size="xs" onClick={() => onYear(year - 1)}>‹</Button>
          <Title order={4}>{year}</Title>
          <Button variant="default" size="xs" onClick={() => onYear(year + 1)}>›</Button>
        </Group>

        <Title order={5}>{t('dates.periods')}</Title>
        <Table withTableBorder striped data-testid="periods-table">
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t(`dates.kind.${p.kind}`)}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{formatLongDate(p.start, language)}{p.end !== p.start ? ` – ${formatLongDate(p.end, language)}` : ''}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => setPeriod({ ...p })}>✎</ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('dates.delete')} onClick={() => void remove(() => call('periods.delete', { id: p.id }))}>✕</ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {periods.length === 0 && <Text size="sm" c="dimmed">{t('dates.noPeriods')}</Text>}
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Select w={120} aria-label={t('dates.kindLabel')} allowDeselect={false} value={period.kind} data={[{ value: 'holiday', label: t('dates.kind.holiday') }, { value: 'term', label: t('dates.kind.term') }]} onChange={(v) => v && setPeriod({ ...period, kind: v })} />
          <TextInput style={{ flex: 1 }} placeholder={t('dates.name')} aria-label={t('dates.name')} value={period.name} error={errors.name} onChange={(e) => setPeriod({ ...period, name: e.currentTarget.value })} data-testid="period-name" />
          <TextInput type="date" aria-label={t('calendar.startDate')} value={period.start} error={errors.start} onChange={(e) => setPeriod({ ...period, start: e.currentTarget.value })} data-testid="period-start" />
          <TextInput type="date" aria-label={t('calendar.endDate')} value={period.end} error={errors.end} onChange={(e) => setPeriod({ ...period, end: e.currentTarget.value })} data-testid="period-end" />
          <Button onClick={() => void savePeriod()} data-testid="period-save">{period.id ? t('school.save') : t('dates.add')}</Button>
        </Group>
        <Group gap="xs">
          <Text size="sm">{t('dates.importCsv')}</Text>
          <SegmentedControl size="xs" value={importKind} onChange={(v) => setImportKind(v)} data={[{ value: 'holiday', label: t('dates.kind.holiday') }, { value: 'term', label: t('dates.kind.term') }]} />
          <FileButton onChange={(f) => void importCsv(f)} accept=".csv,text/csv,text/plain">
            {(props) => <Button {...props} size="xs" variant="default" data-testid="period-import">{t('dates.chooseCsv')}</Button>}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">{t('dates.csvHelp')}</Text>

        <Title order={5} mt="md">{t('dates.exams')}</Title>
        <Table withTableBorder striped data-testid="exams-table">
          <Table.Tbody>
            {exams.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td>{formatLongDate(x.date, language)}</Table.Td>
                <Table.Td>{t('dates.checkpointList', { days: x.checkpointDays.join(', ') })}{x.initiativeCode ? ` · ${x.initiativeCode}` : ''}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => setExam({ id: x.id, version: x.version, name: x.name, date: x.date, days: x.checkpointDays.join(', ') })}>✎</ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('dates.delete')} onClick={() => void remove(() => call('exams.delete', { id: x.id }))}>✕</ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput w={140} placeholder={t('dates.examName')} aria-label={t('dates.examName')} value={exam.name} error={examErrors.name} onChange={(e) => setExam({ ...exam, name: e.currentTarget.value })} data-testid="exam-name" />
          <TextInput type="date" aria-label={t('dates.examDate')} value={exam.date} error={examErrors.date} onChange={(e) => setExam({ ...exam, date: e.currentTarget.value })} data-testid="exam-date" />
          <TextInput style={{ flex: 1 }} aria-label={t('dates.checkpoints')} description={t('dates.checkpoints')} value={exam.days} error={examErrors.days} onChange={(e) => setExam({ ...exam, days: e.currentTarget.value })} data-testid="exam-days" />
          <Button onClick={() => void saveExam()} data-testid="exam-save">{exam.id ? t('school.save') : t('dates.add')}</Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
