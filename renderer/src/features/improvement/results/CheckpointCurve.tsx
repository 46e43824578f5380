/**
 * The curve toward an exam: the predicted A–C % at each checkpoint (the cluster's median, or one school's),
 * ending at the actual result once it is in.
 */
import { LineChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckpointExam } from '../../../../../shared/results/types';
import { FIGURE_CLASS, FIGURE_WIDTH } from '../../charts/figure';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return Math.round(m * 10) / 10;
}

/** The curve's points: one per checkpoint, then the exam's actual result (null where nothing is known). */
export function curvePoints(exam: CheckpointExam, schoolId: number | null, examLabel: string): { label: string; predicted: number | null; actual: number | null }[] {
  const points = exam.checkpoints.map((c) => {
    const reviews = exam.reviews.filter((r) => r.daysBefore === c.daysBefore && (schoolId === null || r.schoolId === schoolId));
    return { label: String(-c.daysBefore), predicted: median(reviews.flatMap((r) => (r.predictedPercent === null ? [] : [r.predictedPercent]))), actual: null as number | null };
  });
  const actual = schoolId === null ? exam.clusterActual : (exam.actual.find((a) => a.schoolId === schoolId)?.acPercent ?? null);
  // The predicted line runs on to the actual result, which also stands out as its own point.
  return [...points, { label: examLabel, predicted: actual, actual }];
}

export function CheckpointCurve({ exam, schoolId }: { exam: CheckpointExam; schoolId: number | null }) {
  const { t } = useTranslation();
  const data = curvePoints(exam, schoolId, t('results.examPoint'));
  if (data.every((p) => p.predicted === null)) return <Text size="sm" c="dimmed" data-testid="checkpoint-curve-empty">{t('results.noSeries')}</Text>;
  return (
    <Box aria-hidden data-testid="checkpoint-curve" maw={FIGURE_WIDTH} className={FIGURE_CLASS}>
      <LineChart
        h={220}
        data={data}
        dataKey="label"
        series={[
          { name: 'predicted', label: schoolId === null ? t('results.median') : t('results.predicted'), color: 'indigo.6' },
          { name: 'actual', label: t('results.actual'), color: 'red.6' },
        ]}
        yAxisProps={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
        unit="%"
        connectNulls
        withLegend
        dotProps={{ r: 4 }}
        curveType="linear"
      />
    </Box>
  );
}
