import { Code, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/domain';
import { confirmLeave } from '../../forms';
import { BackupsPanel } from './BackupsPanel';
import { RegisterPanel } from './RegisterPanel';
import { SignatoriesForm } from './SignatoriesForm';
import { ProfileDocument } from './ProfileDocument';
import { ProfileForm } from './ProfileForm';
import { TeamEditor } from './TeamEditor';
import { TodayOptions } from '../today/TodayPage';
import { WseSettings } from './WseSettings';

export function SettingsPage({ status, onDataChanged, initialTab }: { status: AppStatus; onDataChanged: () => Promise<void>; initialTab?: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState(initialTab ?? 'profile');
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <Tabs value={tab} onChange={(v) => void confirmLeave().then((ok) => ok && v && setTab(v))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile" data-testid="tab-profile">
            {t('settings.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="team" data-testid="tab-team">
            {t('settings.team')}
          </Tabs.Tab>
          <Tabs.Tab value="backups" data-testid="tab-backups">
            {t('settings.backups')}
          </Tabs.Tab>
          <Tabs.Tab value="register" data-testid="tab-register">
            {t('register.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="today" data-testid="tab-today">
            {t('today.title')}
          </Tabs.Tab>
          <Tabs.Tab value="wse" data-testid="tab-wse">
            {t('wse.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Stack>
            <ProfileForm onSaved={onDataChanged} />
            <ProfileDocument />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamEditor />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupsPanel onRestored={onDataChanged} />
        </Tabs.Panel>
        <Tabs.Panel value="register" pt="md">
          <Stack gap="xl">
            <SignatoriesForm />
            <RegisterPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="today" pt="md">
          <TodayOptions />
        </Tabs.Panel>
        <Tabs.Panel value="wse" pt="md">
          <WseSettings />
        </Tabs.Panel>
      </Tabs>
      <Text size="sm" c="dimmed">
        {t('settings.dataFolder')}: <Code>{status.dataDir}</Code>
      </Text>
    </Stack>
  );
}
