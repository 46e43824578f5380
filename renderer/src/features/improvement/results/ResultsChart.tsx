/**
 * A–C % per subject over the years as a line chart, each subject's target as a dashed line of the same
 * colour; the numbers as a table under it (read by screen readers, printed with the page).
 */
import { LineChart } from '@mantine/charts';
import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CodedEntry } from '../../../../../shared/domain';
import type { ResultSeries } from '../../../../../shared/results/types';
import { FIGURE_CLASS, FIGURE_WIDTH } from '../../charts/figure';
import { nameOf, percentText, SUBJECT_COLOURS } from './names';

export function ResultsChart({ series, subjects, testId }: { series: readonly ResultSeries[]; subjects: readonly CodedEntry[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const shown = series.filter((s) => s.points.some((p) => p.acPercent !== null || p.target !== null));
  if (shown.length === 0) return <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>{t('results.noSeries')}</Text>;
  const years = [...new Set(shown.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const subject = (id: number) => subjects.find((x) => x.id === id);
  const code = (s: ResultSeries) => subject(s.subjectId)?.code ?? String(s.subjectId);
  const withTargets = shown.filter((s) => s.points.some((p) => p.target !== null));
  const data = years.map((year) => ({
    year: String(year),
    ...Object.fromEntries(shown.flatMap((s) => {
      const p = s.points.find((x) => x.year === year);
      return [[code(s), p?.acPercent ?? null], [`${code(s)}-target`, p?.target ?? null]];
    })),
  }));
  const colour = (i: number) => SUBJECT_COLOURS[i % SUBJECT_COLOURS.length] ?? 'gray.6';
  const lines = [
    ...shown.map((s, i) => ({ name: code(s), label: nameOf(subject(s.subjectId), i18n.language), color: colour(i) })),
    ...withTargets.map((s) => ({ name: `${code(s)}-target`, label: t('results.targetOf', { subject: code(s) }), color: colour(shown.indexOf(s)), strokeDasharray: '5 4' })),
  ];
  const legend = 26 * Math.ceil(lines.length / 3) + 8;
  return (
    <Stack gap="xs">
      <Box aria-hidden data-testid={testId} maw={FIGURE_WIDTH} className={FIGURE_CLASS}>
        <LineChart
          h={220 + legend}
          data={data}
          dataKey="year"
          series={lines}
          yAxisProps={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
          unit="%"
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: legend, itemSorter: null }}
          curveType="linear"
        />
      </Box>
      <Table withTableBorder withColumnBorders fz="xs" maw={FIGURE_WIDTH} data-testid={`${testId}-table`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('results.subject')}</Table.Th>
            {years.map((y) => (
              <Table.Th key={y} scope="col" ta="right">{y}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((s) => (
            <Table.Tr key={`${s.examTypeId}-${s.subjectId}`}>
              <Table.Th scope="row" fw={400}>{nameOf(subject(s.subjectId), i18n.language)}</Table.Th>
              {years.map((y) => {
                const p = s.points.find((x) => x.year === y);
                return (
                  <Table.Td key={y} ta="right">
                    {percentText(p?.acPercent)}
                    {p?.target !== null && p?.target !== undefined && <Text span size="10px" c="dimmed"> / {percentText(p.target)}</Text>}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
