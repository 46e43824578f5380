/**
 * Visits done per week of a term against the team's weekly target: a bar chart, and the same numbers as a
 * table under it (for screen readers and for printing, where the chart may not come out).
 */
import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIGURE_CLASS, FIGURE_WIDTH } from './figure';
import { formatDate } from '../../../../shared/dates';

export function WeeklyVisitsChart({ weeks, totals, target, current }: { weeks: { start: string; end: string }[]; totals: number[]; target: number; current?: number }) {
  const { t } = useTranslation();
  const data = weeks.map((w, i) => ({ week: t('visits.week', { n: i + 1 }), visits: totals[i] ?? 0 }));
  return (
    <Stack gap={4} data-testid="weekly-visits-chart" className="print-keep">
      <Text size="xs" fw={600}>{t('charts.visitsPerWeek', { target })}</Text>
      <BarChart
        maw={FIGURE_WIDTH}
        className={FIGURE_CLASS}
        h={140}
        data={data}
        dataKey="week"
        series={[{ name: 'visits', label: t('charts.visits'), color: 'indigo.6' }]}
        referenceLines={[{ y: target, label: t('charts.target'), color: 'red.6' }]}
        getBarColor={(value) => (value >= target ? 'teal.6' : 'orange.6')}
        withTooltip={false}
        withLegend={false}
        tickLine="y"
        yAxisProps={{ allowDecimals: false, width: 24 }}
        aria-hidden
      />
      <Table.ScrollContainer minWidth={40 * (weeks.length + 2)} type="native">
      <Table withTableBorder fz="xs" data-testid="weekly-visits-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('charts.week')}</Table.Th>
            {weeks.map((w, i) => (
              <Table.Th key={w.start} ta="center" title={`${formatDate(w.start)} – ${formatDate(w.end)}`} bg={i === current ? 'var(--mantine-color-indigo-0)' : undefined}>
                {i + 1}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th>{t('charts.visits')}</Table.Th>
            {weeks.map((w, i) => (
              <Table.Td key={w.start} ta="center" c={(totals[i] ?? 0) >= target ? undefined : 'orange.8'}>
                {totals[i] ?? 0}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
