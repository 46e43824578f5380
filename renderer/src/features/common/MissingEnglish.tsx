/** How many English values a form still lacks, by the one bilingual rule (shared/bilingual.ts). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { englishMissing, missingEnglish } from '../../../../shared/bilingual';

export function MissingEnglish({ pairs, testId = 'missing-en' }: { pairs: readonly (readonly [ms: string, en: string])[]; testId?: string }) {
  const { t } = useTranslation();
  const count = missingEnglish(pairs);
  return (
    <Badge variant="light" color={count > 0 ? 'orange' : 'green'} data-testid={testId} data-count={count} style={{ alignSelf: 'flex-start' }}>
      {count > 0 ? t('clusterProfile.missingEn', { count }) : t('clusterProfile.englishComplete')}
    </Badge>
  );
}

/** The note under an English field whose Malay is written and whose English is not. */
export function useMissingMark() {
  const { t } = useTranslation();
  return (ms: string, en: string): Record<string, string> => (englishMissing(ms, en) ? { description: t('clusterProfile.missingMark'), 'data-missing': 'true' } : {});
}
