import { AppShell, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/dates';
import { STATUS_ROUTE } from '../../shared/bridge';
import type { AppStatus } from '../../shared/domain';
import { call } from './api';
import { UNDO_EVENT } from './features/plan/undo-event';
import { RecoveryScreen } from './features/start/RecoveryScreen';
import { useDataWatch } from './features/start/useDataWatch';
import { SchoolsPage } from './features/schools/SchoolsPage';
import { confirmLeave } from './forms';
import { setUiLanguage } from './i18n';
import { notifyError } from './notify';
import { LanguageSwitch } from './features/common/LanguageSwitch';

// Each page but the first loads when it is first opened, so the app starts on a small script.
const PlanPage = lazy(() => import('./features/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const CalendarPage = lazy(() => import('./features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const VisitsPage = lazy(() => import('./features/visits/VisitsPage').then((m) => ({ default: m.VisitsPage })));
const MentoringPage = lazy(() => import('./features/mentoring/MentoringPage').then((m) => ({ default: m.MentoringPage })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

type Page = 'schools' | 'plan' | 'calendar' | 'mentoring' | 'visits' | 'settings';
const PAGES: readonly Page[] = ['schools', 'plan', 'calendar', 'visits', 'mentoring', 'settings'];

export function App() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [page, setPage] = useState<Page>('schools');
  const [clusterName, setClusterName] = useState('');

  const refresh = useCallback(async () => {
    try {
      const s = await call('app.status', {});
      await setUiLanguage(s.language);
      setStatus(s);
      if (s.state === 'ready') setClusterName((await call('profile.get', {})).name);
    } catch (err) {
      notifyError(err);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const showStatus = useCallback(async (s: AppStatus) => {
    await setUiLanguage(s.language);
    setStatus(s);
  }, []);
  // The data file found damaged while this page is open (after a start): the recovery screen, without a reload.
  const checkStatus = useDataWatch(status?.state === 'ready', showStatus);

  /** Another page replaces this one: unsaved changes in its forms are discarded only when the user agrees. */
  const goTo = useCallback(async (p: Page) => {
    if (await confirmLeave()) setPage(p);
  }, []);

  useEffect(
    () =>
      window.clusterApi?.onNavigate((route) => {
        // The desktop menu's Undo arrives as a command (the page that keeps an undo list listens for it), and so
        // does the shell's word that the data file can no longer be used.
        if (route === 'undo') window.dispatchEvent(new Event(UNDO_EVENT));
        else if (route === STATUS_ROUTE) void checkStatus();
        else void goTo(PAGES.find((p) => p === route) ?? 'schools');
      }),
    [goTo, checkStatus],
  );

  const changeLanguage = async (language: Language) => {
    try {
      await call('settings.setLanguage', { language });
      await setUiLanguage(language);
    } catch (err) {
      notifyError(err);
    }
  };

  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (status.state !== 'ready') return <RecoveryScreen status={status} onRecovered={refresh} />;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header data-print-hide>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={4}>{t('app.name')}</Title>
            {clusterName && (
              <Text c="dimmed" data-testid="cluster-name">
                · {clusterName}
              </Text>
            )}
          </Group>
          <LanguageSwitch testId="language-switch" onChange={(language) => void changeLanguage(language)} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" data-print-hide>
        {PAGES.map((p) => (
          <NavLink key={p} data-testid={`nav-${p}`} label={t(`nav.${p}`)} active={page === p} onClick={() => void goTo(p)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center h={200}>
              <Loader aria-label={t('app.loading')} />
            </Center>
          }
        >
          {page === 'schools' && <SchoolsPage status={status} onDataChanged={refresh} />}
          {page === 'plan' && <PlanPage clusterName={clusterName} />}
          {page === 'calendar' && <CalendarPage />}
          {page === 'mentoring' && <MentoringPage />}
          {page === 'visits' && <VisitsPage />}
          {page === 'settings' && <SettingsPage status={status} onDataChanged={refresh} />}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
