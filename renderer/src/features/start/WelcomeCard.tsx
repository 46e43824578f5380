import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../../shared/dates';
import type { BackupInfo } from '../../../../shared/domain';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';

/** On an empty database: offer the demo data or an empty start. */
/** An empty database beside earlier backups (a damaged file set aside, a new PC) also offers the newest one. */
export function WelcomeCard({ onLoaded, onSkip, newestBackup }: { onLoaded: () => Promise<void>; onSkip: () => void; newestBackup: BackupInfo | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    try {
      notifyOk(await fn());
      await onLoaded();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="60vh">
      <Paper withBorder p="xl" maw={560} data-testid="welcome">
        <Stack>
          <Title order={3}>{t('welcome.title')}</Title>
          <Text>{t('welcome.body')}</Text>
          <Group>
            {newestBackup && (
              <Button
                loading={busy}
                data-testid="restore-newest"
                onClick={() => void act(async () => (await call('backups.restore', { name: newestBackup.name }), t('recovery.restored')))}
              >
                {t('recovery.restoreNewest', { date: formatTimestamp(newestBackup.createdAt) })}
              </Button>
            )}
            <Button loading={busy} data-testid="load-demo" onClick={() => void act(async () => t('welcome.loaded', await call('demo.load', {})))}>
              {t('welcome.loadDemo')}
            </Button>
            <Button variant="default" data-testid="start-empty" onClick={onSkip}>
              {t('welcome.startEmpty')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
