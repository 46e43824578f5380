/**
 * School improvement: which schools need support most, their results against target and the checkpoint
 * reviews before each exam, and their school improvement plans. Each tab is a module of its own.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SupportTab } from './SupportTab';
import { ResultsTab } from './ResultsTab';
import { CheckpointsTab } from './CheckpointsTab';
import { SipTab } from './SipTab';
import { confirmLeave } from '../../forms';

const TABS = ['support', 'results', 'checkpoints', 'sip'] as const;
type Tab = (typeof TABS)[number];

export function ImprovementPage({ initialTab, year, schoolId }: { initialTab?: string; year?: number; schoolId?: number }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(TABS.find((x) => x === initialTab) ?? 'support');
  return (
    <Stack gap="md">
      <Title order={2}>{t('nav.improvement')}</Title>
      <Tabs value={tab} onChange={(v) => void confirmLeave().then((ok) => ok && setTab(TABS.find((x) => x === v) ?? 'support'))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="support" data-testid="improvement-tab-support">{t('support.title')}</Tabs.Tab>
          <Tabs.Tab value="results" data-testid="improvement-tab-results">{t('results.title')}</Tabs.Tab>
          <Tabs.Tab value="checkpoints" data-testid="improvement-tab-checkpoints">{t('results.checkpointsTitle')}</Tabs.Tab>
          <Tabs.Tab value="sip" data-testid="improvement-tab-sip">{t('sip.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="support" pt="md"><SupportTab year={year} /></Tabs.Panel>
        <Tabs.Panel value="results" pt="md"><ResultsTab year={year} schoolId={schoolId} /></Tabs.Panel>
        <Tabs.Panel value="checkpoints" pt="md"><CheckpointsTab year={year} /></Tabs.Panel>
        <Tabs.Panel value="sip" pt="md"><SipTab year={year} schoolId={schoolId} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
