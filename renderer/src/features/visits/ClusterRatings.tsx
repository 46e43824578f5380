/**
 * The cluster's lesson observations of a year: the mean rating of each criterion across every school, term by
 * term, as a chart with its numbers in a table (`visits.ratings`).
 */
import { Card, Loader, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterRatings as Ratings } from '../../../../shared/visits/types';
import { call } from '../../api';
import { notifyError } from '../../notify';

// The chart library is large: fetched beside the year's figures.
const RatingsChart = lazy(() => import('../charts/RatingsChart').then((m) => ({ default: m.RatingsChart })));

export function ClusterRatings({ year }: { year: number }) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Ratings | null>(null);
  useEffect(() => {
    let live = true;
    setRatings(null);
    call('visits.ratings', { year }).then((r) => live && setRatings(r), notifyError);
    return () => {
      live = false;
    };
  }, [year]);
  return (
    <Card withBorder data-testid="cluster-ratings" className="print-keep">
      <Text fw={600} component="h3" m={0} fz="md">{t('visits.ratingsTitle', { year })}</Text>
      <Text size="xs" c="dimmed" mb="xs">{t('visits.ratingsHint')}</Text>
      {ratings === null || ratings.year !== year ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Suspense fallback={<Loader size="sm" aria-label={t('app.loading')} />}>
          <RatingsChart terms={ratings.terms} criteria={ratings.criteria} ratings={ratings.ratings} ofOneYear />
        </Suspense>
      )}
    </Card>
  );
}
