import { Alert, Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import type { AppStatus } from '../../../../shared/domain';
import { call } from '../../api';
import { setUiLanguage } from '../../i18n';
import { notifyError, notifyOk } from '../../notify';
import { LanguageSwitch } from '../common/LanguageSwitch';

/**
 * Shown instead of the app while the data file is damaged or from a newer version. It says what happened
 * and what can be done in words; SQLite's own output is in the recovery log it names, never on screen.
 */
export function RecoveryScreen({ status, onRecovered }: { status: AppStatus; onRecovered: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      notifyOk(t('recovery.restored'));
      await onRecovered();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const backup = status.newestBackup;
  const damaged = status.state === 'damaged';
  return (
    <Center h="100vh" p="md">
      <Paper withBorder p="xl" maw={640} data-testid="recovery-screen">
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={3}>{damaged ? t('recovery.damagedTitle') : t('recovery.newerTitle')}</Title>
            {/* The language is kept in the data file, which cannot be read now: choose it here for this screen. */}
            <LanguageSwitch testId="recovery-language" onChange={(language) => void setUiLanguage(language)} />
          </Group>
          <Alert color={damaged ? 'red' : 'yellow'} data-testid="recovery-message">
            {damaged ? (
              <Stack gap="xs">
                <Text size="sm">
                  {status.damage === 'empty' ? t('data.empty') : t('data.damaged')} {t('data.movedAside', { path: status.setAsidePath ?? '' })}
                </Text>
                <Text size="sm">{backup ? t('data.restoreHint', { date: formatDateTime(backup.createdAt) }) : t('data.noBackupHint')}</Text>
              </Stack>
            ) : (
              <Text size="sm">{t('data.newer')}</Text>
            )}
          </Alert>
          {damaged && (
            <>
              {backup ? (
                <Button loading={busy} data-testid="restore-newest" onClick={() => void act(() => call('backups.restore', { name: backup.name }))}>
                  {t('recovery.restoreNewest', { date: formatDateTime(backup.createdAt) })}
                </Button>
              ) : (
                <Text>{t('recovery.noBackup')}</Text>
              )}
              <Button variant="default" loading={busy} data-testid="start-empty" onClick={() => void act(() => call('recovery.startEmpty', {}))}>
                {t('recovery.startEmpty')}
              </Button>
            </>
          )}
          <Text size="sm" c="dimmed">
            <Code>{status.databasePath}</Code>
          </Text>
          {status.recoveryLog && (
            <Text size="xs" c="dimmed" data-testid="recovery-log">
              {t('data.logHint', { path: status.recoveryLog })}
            </Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
