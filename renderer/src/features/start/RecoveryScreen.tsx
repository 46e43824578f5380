import { Alert, Button, Center, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/domain';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';

/** Shown instead of the app while the data file is damaged or from a newer version. */
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
  return (
    <Center h="100vh" p="md">
      <Paper withBorder p="xl" maw={640} data-testid="recovery-screen">
        <Stack>
          <Title order={3}>{status.state === 'newer' ? t('recovery.newerTitle') : t('recovery.damagedTitle')}</Title>
          <Alert color={status.state === 'newer' ? 'yellow' : 'red'}>{status.message}</Alert>
          {status.state === 'damaged' && (
            <>
              {backup ? (
                <Button loading={busy} data-testid="restore-newest" onClick={() => void act(() => call('backups.restore', { name: backup.name }))}>
                  {t('recovery.restoreNewest', { date: backup.createdAt.replace('T', ' ') })}
                </Button>
              ) : (
                <Text>{t('recovery.noBackup')}</Text>
              )}
              <Button variant="default" loading={busy} onClick={() => void act(() => call('recovery.startEmpty', {}))}>
                {t('recovery.startEmpty')}
              </Button>
            </>
          )}
          <Text size="sm" c="dimmed">
            <Code>{status.databasePath}</Code>
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
