/**
 * Mentoring sessions held against those the schedule asked for, per open pair: a bar chart, and the same
 * numbers as a table under it (for screen readers and for printing).
 */
import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIGURE_CLASS, FIGURE_WIDTH } from './figure';

export interface PairSessions {
  id: number;
  mentee: string;
  mentor: string;
  held: number;
  planned: number;
}

export function SessionsChart({ pairs }: { pairs: PairSessions[] }) {
  const { t } = useTranslation();
  if (pairs.length === 0) return null;
  const data = pairs.map((p) => ({ pair: p.mentee, held: p.held, planned: p.planned }));
  return (
    <Stack gap={4} data-testid="sessions-chart">
      <Text size="sm" fw={600} component="h3" m={0}>{t('charts.sessionsTitle')}</Text>
      <BarChart
        maw={FIGURE_WIDTH}
        className={FIGURE_CLASS}
        h={Math.max(160, 40 * pairs.length)}
        data={data}
        dataKey="pair"
        orientation="vertical"
        yAxisProps={{ width: 170, interval: 0 }}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'held', label: t('charts.held'), color: 'teal.6' },
          { name: 'planned', label: t('charts.planned'), color: 'gray.4' },
        ]}
        withLegend
        withTooltip={false}
        aria-hidden
      />
      <Table withTableBorder fz="xs" data-testid="sessions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('charts.mentee')}</Table.Th>
            <Table.Th>{t('charts.mentor')}</Table.Th>
            <Table.Th ta="center">{t('charts.held')}</Table.Th>
            <Table.Th ta="center">{t('charts.planned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.mentee}</Table.Td>
              <Table.Td>{p.mentor}</Table.Td>
              <Table.Td ta="center" c={p.held < p.planned ? 'orange.8' : undefined}>{p.held}</Table.Td>
              <Table.Td ta="center">{p.planned}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
