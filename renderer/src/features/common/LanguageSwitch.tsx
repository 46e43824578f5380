import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';

/** BM | EN: the one language switch, in the header and on the recovery screen. */
export function LanguageSwitch({ onChange, testId }: { onChange: (language: Language) => void; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      data-testid={testId}
      aria-label={t('app.language')}
      size="xs"
      value={i18n.language}
      onChange={(v) => onChange(v as Language)}
      data={[
        { value: 'ms', label: 'BM' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
