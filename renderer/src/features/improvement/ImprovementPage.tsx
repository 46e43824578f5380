/**
 * School improvement: which schools need support most, their results against target and the checkpoint
 * reviews before each exam, and their school improvement plans. Each tab is a module of its own.
 */
import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../../../shared/dates';
import { call } from '../../api';
import { ImprovementDocumentsMenu } from './ImprovementDocumentsMenu';
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
  // Opened for a school: its documents beside the cluster's.
  const [school, setSchool] = useState<{ id: number; abbreviation: string } | undefined>();
  useEffect(() => {
    if (schoolId) call('schools.get', { id: schoolId }).then((s) => setSchool({ id: s.id, abbreviation: s.abbreviation }), () => setSchool(undefined));
  }, [schoolId]);
  return (
    <Stack gap="md">
      <Group justify="flex-end" mb={-48} style={{ position: 'relative', zIndex: 1 }}>
        <ImprovementDocumentsMenu year={year ?? Number(todayLocal().slice(0, 4))} school={school} />
      </Group>
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
