/**
 * Results and targets: the year and exam type chosen at the top; the grid of schools × subjects (sat, A–C,
 * %, target) saved at once or filled from Excel; then the charts: one school's A–C % per subject over the
 * years against its targets, and the cluster's.
 */
import { Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../../../shared/dates';
import { sitsExam } from '../../../../shared/results/sitting';
import type { ClusterResults, ResultsList, SchoolResults } from '../../../../shared/results/types';
import { call } from '../../api';
import { notifyError } from '../../notify';
import { nameOf, yearChoices } from './results/names';
import { ResultsChart } from './results/ResultsChart';
import { ResultsGrid } from './results/ResultsGrid';
import { ResultsImport } from './results/ResultsImport';
import { ResultsLists } from './results/ResultsLists';

const thisYear = Number(todayLocal().slice(0, 4));

export function ResultsTab({ year: initialYear, schoolId: initialSchool }: { year?: number; schoolId?: number }) {
  const { t, i18n } = useTranslation();
  const [years, setYears] = useState<number[]>([]);
  const [year, setYear] = useState<number | null>(initialYear ?? null);
  const [examTypeId, setExamTypeId] = useState<number | null>(null);
  const [list, setList] = useState<ResultsList | null>(null);
  // Each list read mounts the grid afresh (its draft starts from what was read).
  const [readCount, setReadCount] = useState(0);
  const [schoolId, setSchoolId] = useState<number | null>(initialSchool ?? null);
  const [school, setSchool] = useState<SchoolResults | null>(null);
  const [cluster, setCluster] = useState<ClusterResults | null>(null);
  const [listsOpen, setListsOpen] = useState(false);

  // The year: the one asked for, else the latest with results up to this year, else this year.
  useEffect(() => {
    call('results.years', {})
      .then((ys) => {
        setYears(ys);
        setYear((y) => y ?? ys.find((x) => x <= thisYear) ?? thisYear);
      })
      .catch(notifyError);
  }, []);

  const show = useCallback((l: ResultsList) => {
    setList(l);
    setReadCount((n) => n + 1);
    // The exam type: kept while it is there, else the first with results this year, else the first.
    setExamTypeId((cur) => {
      const active = l.examTypes.filter((e) => !e.archived);
      if (cur !== null && l.examTypes.some((e) => e.id === cur)) return cur;
      return active.find((e) => l.rows.some((r) => r.examTypeId === e.id))?.id ?? active[0]?.id ?? null;
    });
  }, []);
  const load = useCallback(async () => {
    if (year === null) return;
    show(await call('results.list', { year }));
  }, [year, show]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);

  const type = list?.examTypes.find((e) => e.id === examTypeId);
  const sitting = list?.schools.filter((s) => sitsExam(s.level, type?.code)) ?? [];
  // The school charted: the one asked for, else the first sitting the chosen exam.
  const charted = schoolId ?? sitting[0]?.id ?? null;
  const loadCharts = useCallback(async () => {
    if (examTypeId === null) return;
    const [c, s] = await Promise.all([call('results.cluster', { examTypeId }), charted === null ? Promise.resolve(null) : call('results.school', { schoolId: charted })]);
    setCluster(c);
    setSchool(s);
  }, [examTypeId, charted]);
  useEffect(() => {
    loadCharts().catch(notifyError);
  }, [loadCharts, readCount]);

  if (year === null || !list) return <Loader size="sm" />;
  const schoolChoices = (sitting.length > 0 ? sitting : list.schools).map((s) => ({ value: String(s.id), label: `${s.abbreviation} – ${s.name}` }));

  return (
    <Stack gap="md" data-testid="results-tab">
      <Group gap="sm" align="flex-end">
        <Select w={110} label={t('results.year')} data={yearChoices(years, year, thisYear)} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} data-testid="results-year" />
        <Select
          w={300}
          label={t('results.examType')}
          data={list.examTypes.filter((e) => !e.archived || e.id === examTypeId).map((e) => ({ value: String(e.id), label: `${e.code} – ${nameOf(e, i18n.language)}` }))}
          value={examTypeId === null ? null : String(examTypeId)}
          onChange={(v) => v && setExamTypeId(Number(v))}
          allowDeselect={false}
          data-testid="results-exam-type"
        />
        {type && <ResultsImport year={year} examTypeId={type.id} examName={type.code} onImported={() => void load().catch(notifyError)} />}
        <Button size="xs" variant="subtle" onClick={() => setListsOpen(true)} data-testid="results-lists-open">{t('results.lists')}</Button>
      </Group>

      {type ? <ResultsGrid key={`${readCount}-${type.id}`} list={list} examTypeId={type.id} onSaved={show} /> : <Text size="sm" c="dimmed">{t('results.noExamTypes')}</Text>}

      {type && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Card withBorder data-testid="results-school-card">
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={600} size="sm">{t('results.chartSchool', { school: school?.school.abbreviation ?? '' })}</Text>
              <Select size="xs" w={220} searchable placeholder={t('results.chooseSchool')} data={schoolChoices} value={charted === null ? null : String(charted)} onChange={(v) => setSchoolId(v ? Number(v) : null)} data-testid="results-chart-school" />
            </Group>
            {school && <ResultsChart series={school.series.filter((s) => s.examTypeId === type.id)} subjects={school.subjects} testId="results-school-chart" />}
          </Card>
          <Card withBorder data-testid="results-cluster-card">
            <Text fw={600} size="sm" mb="xs">{t('results.chartCluster')} ({type.code})</Text>
            {cluster && <ResultsChart series={cluster.series} subjects={cluster.subjects} testId="results-cluster-chart" />}
          </Card>
        </SimpleGrid>
      )}
      {listsOpen && <ResultsLists onClose={() => setListsOpen(false)} onChanged={() => void load().catch(notifyError)} />}
    </Stack>
  );
}
