/**
 * The mean observation rating of each criterion, term by term: a line chart, and the same numbers as a table
 * under it (read by screen readers, printed with the page).
 */
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { OverviewCriterion, OverviewRating, OverviewTerm } from '../../../../shared/schools/overview';

const COLOURS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.7', 'lime.7', 'pink.6', 'yellow.7', 'blue.4'];

export function RatingsChart({ terms, criteria, ratings }: { terms: OverviewTerm[]; criteria: OverviewCriterion[]; ratings: OverviewRating[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const name = (c: OverviewCriterion) => (language === 'en' ? c.nameEn : c.nameMs);
  const label = (x: { year: number; term: number }) => t('schoolPage.termLabel', { year: x.year, term: x.term });
  const of = (term: OverviewTerm, criterionId: number) => ratings.find((r) => r.year === term.year && r.term === term.term && r.criterionId === criterionId);
  const rated = criteria.filter((c) => ratings.some((r) => r.criterionId === c.id));

  if (terms.length === 0) return <Text size="sm" c="dimmed">{t('schoolPage.noTerms')}</Text>;
  if (rated.length === 0) return <Text size="sm" c="dimmed" data-testid="no-ratings">{t('schoolPage.noRatings')}</Text>;

  const data = terms.map((term) => ({ term: label(term), ...Object.fromEntries(rated.map((c) => [c.code, of(term, c.id)?.average ?? null])) }));
  return (
    <Stack gap="xs">
      <div aria-hidden data-testid="ratings-chart">
        <LineChart
          h={260}
          data={data}
          dataKey="term"
          series={rated.map((c, i) => ({ name: c.code, label: name(c), color: COLOURS[i % COLOURS.length] ?? 'gray.6' }))}
          yAxisProps={{ domain: [1, 4], ticks: [1, 2, 3, 4] }}
          connectNulls
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 60 }}
          curveType="linear"
        />
      </div>
      <Table withTableBorder withColumnBorders fz="xs" data-testid="ratings-table" captionSide="top">
        <Table.Caption>{t('schoolPage.ratingsTable')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('schoolPage.criterion')}</Table.Th>
            {terms.map((term) => (
              <Table.Th key={`${term.year}-${term.term}`} scope="col" ta="right">{label(term)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rated.map((c) => (
            <Table.Tr key={c.id} data-testid="ratings-row" data-code={c.code}>
              <Table.Th scope="row" fw={400}>{name(c)}</Table.Th>
              {terms.map((term) => {
                const r = of(term, c.id);
                return (
                  <Table.Td key={`${term.year}-${term.term}`} ta="right" title={r ? t('schoolPage.rated', { count: r.count }) : undefined}>
                    {r ? r.average.toFixed(2) : '–'}
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
