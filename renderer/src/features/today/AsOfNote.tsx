/**
 * The note a page shows when it was opened from Today set to another date: its overdue counts are as of
 * that day, so they equal Today's; one click counts as of today again.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';

export function AsOfNote({ asOf, onReset }: { asOf: string; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" py="xs" data-testid="as-of-note">
      <Group justify="space-between">
        <Text size="sm">{t('today.asOfNote', { date: formatDate(asOf) })}</Text>
        <Button size="compact-sm" variant="light" onClick={onReset} data-testid="as-of-reset">
          {t('today.asOfReset')}
        </Button>
      </Group>
    </Alert>
  );
}
