/**
 * The mean observation rating of each criterion, term by term: a line chart, and the same numbers as a table
 * under it (read by screen readers, printed with the page). The school page charts one school's latest terms;
 * the Visits page charts the cluster's terms of a year.
 */
import { LineChart } from '@mantine/charts';
import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIGURE_CLASS, FIGURE_WIDTH } from './figure';
import type { Language } from '../../../../shared/dates';
import type { RatedCriterion, TermRating } from '../../../../shared/visits/types';

const COLOURS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.7', 'lime.7', 'pink.6', 'yellow.7', 'blue.4'];

/** A term as the chart labels it; `observations`, when given, is shown as the table's last row. */
export interface ChartTerm {
  year: number;
  term: number;
  observations?: number;
}

/** `ofOneYear`: the terms are one year's, named by number alone (the heading names the year). */
export function RatingsChart({ terms, criteria, ratings, ofOneYear = false }: { terms: readonly ChartTerm[]; criteria: readonly RatedCriterion[]; ratings: readonly TermRating[]; ofOneYear?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const name = (c: RatedCriterion) => (language === 'en' ? c.nameEn : c.nameMs);
  const label = (x: ChartTerm) => (ofOneYear ? t('charts.term', { term: x.term }) : t('schoolPage.termLabel', { year: x.year, term: x.term }));
  const of = (term: ChartTerm, criterionId: number) => ratings.find((r) => r.year === term.year && r.term === term.term && r.criterionId === criterionId);
  const rated = criteria.filter((c) => ratings.some((r) => r.criterionId === c.id));
  const counted = terms.some((x) => x.observations !== undefined);

  if (terms.length === 0) return <Text size="sm" c="dimmed">{t('schoolPage.noTerms')}</Text>;
  if (rated.length === 0) return <Text size="sm" c="dimmed" data-testid="no-ratings">{t('charts.noRatings')}</Text>;

  // The legend takes two names a line at this width; the plot keeps its height under any number of criteria.
  const legend = 26 * Math.ceil(rated.length / 2) + 8;
  const data = terms.map((term) => ({ term: label(term), ...Object.fromEntries(rated.map((c) => [c.code, of(term, c.id)?.average ?? null])) }));
  return (
    <Stack gap="md">
      <Box aria-hidden data-testid="ratings-chart" maw={FIGURE_WIDTH} className={FIGURE_CLASS}>
        <LineChart
          h={200 + legend}
          data={data}
          dataKey="term"
          series={rated.map((c, i) => ({ name: c.code, label: name(c), color: COLOURS[i % COLOURS.length] ?? 'gray.6' }))}
          yAxisProps={{ domain: [1, 4], ticks: [1, 2, 3, 4] }}
          connectNulls
          withLegend
          // The legend in the criteria's order, as the table lists them.
          legendProps={{ verticalAlign: 'bottom', height: legend, itemSorter: null }}
          curveType="linear"
        />
      </Box>
      <Table withTableBorder withColumnBorders fz="xs" data-testid="ratings-table" captionSide="top">
        <Table.Caption>{t('charts.ratingsTable')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('charts.criterion')}</Table.Th>
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
                  <Table.Td key={`${term.year}-${term.term}`} ta="right" title={r ? t('charts.rated', { count: r.count }) : undefined}>
                    {r ? r.average.toFixed(2) : '–'}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {counted && (
          <Table.Tfoot>
            <Table.Tr data-testid="ratings-observed">
              <Table.Th scope="row">{t('charts.observed')}</Table.Th>
              {terms.map((term) => (
                <Table.Td key={`${term.year}-${term.term}`} ta="right" fw={600}>{term.observations ?? 0}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Stack>
  );
}
