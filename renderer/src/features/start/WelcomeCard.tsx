import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { notifyError, notifyOk } from '../../notify';

/** On an empty database: offer the demo data or an empty start. */
export function WelcomeCard({ onLoaded, onSkip }: { onLoaded: () => Promise<void>; onSkip: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const loadDemo = async () => {
    setBusy(true);
    try {
      const r = await call('demo.load', {});
      notifyOk(t('welcome.loaded', r));
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
            <Button loading={busy} data-testid="load-demo" onClick={() => void loadDemo()}>
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
