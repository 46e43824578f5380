import { AppShell, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
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
import { NavigationProvider, PAGES, routeKey, type Route } from './navigation';
import { SearchButton, SearchPalette } from './features/search/SearchPalette';

// Each page but the first is a script of its own, so the app starts on a small one. They are fetched once
// the first page is drawn and the browser is idle, so opening a page later waits for no download.
const PAGE_SCRIPTS = {
  plan: () => import('./features/plan/PlanPage'),
  calendar: () => import('./features/calendar/CalendarPage'),
  visits: () => import('./features/visits/VisitsPage'),
  mentoring: () => import('./features/mentoring/MentoringPage'),
  improvement: () => import('./features/improvement/ImprovementPage'),
  settings: () => import('./features/settings/SettingsPage'),
  today: () => import('./features/today/TodayPage'),
  school: () => import('./features/school/SchoolPage'),
};
const PlanPage = lazy(() => PAGE_SCRIPTS.plan().then((m) => ({ default: m.PlanPage })));
const CalendarPage = lazy(() => PAGE_SCRIPTS.calendar().then((m) => ({ default: m.CalendarPage })));
const VisitsPage = lazy(() => PAGE_SCRIPTS.visits().then((m) => ({ default: m.VisitsPage })));
const MentoringPage = lazy(() => PAGE_SCRIPTS.mentoring().then((m) => ({ default: m.MentoringPage })));
const ImprovementPage = lazy(() => PAGE_SCRIPTS.improvement().then((m) => ({ default: m.ImprovementPage })));
const SettingsPage = lazy(() => PAGE_SCRIPTS.settings().then((m) => ({ default: m.SettingsPage })));
const TodayPage = lazy(() => PAGE_SCRIPTS.today().then((m) => ({ default: m.TodayPage })));
const SchoolPage = lazy(() => PAGE_SCRIPTS.school().then((m) => ({ default: m.SchoolPage })));

/** Fetches every page's script when the browser has nothing else to do (a failed fetch is tried again on opening). */
function prefetchPages(): () => void {
  const fetchAll = () => Object.values(PAGE_SCRIPTS).forEach((load) => void load().catch(() => undefined));
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(fetchAll, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(fetchAll, 1000);
  return () => clearTimeout(id);
}

/** The pages in the side bar, in order. */
const NAV_PAGES = PAGES;

export function App() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [route, setRoute] = useState<Route>({ page: 'schools' });
  const opened = useRef(false);
  /** Where a school's page was opened from, for its way back. */
  const [cameFrom, setCameFrom] = useState<Route>({ page: 'schools' });
  const page = route.page;
  const [clusterName, setClusterName] = useState('');

  const refresh = useCallback(async () => {
    try {
      const s = await call('app.status', {});
      await setUiLanguage(s.language);
      setStatus(s);
      // The app opens on Today once it holds data; an empty one opens on the roster, which offers the demo.
      if (!opened.current) {
        opened.current = true;
        if (s.state === 'ready' && !s.empty) setRoute({ page: 'today' });
      }
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

  /**
   * Another page replaces this one: unsaved changes in its forms are discarded only when the user agrees.
   * As a transition, so this page stays until the next is ready instead of a loading placeholder between.
   */
  const goTo = useCallback(async (next: Route) => {
    if (await confirmLeave()) {
      startTransition(() =>
        setRoute((current) => {
          if (next.page === 'school' && current.page !== 'school') setCameFrom(current);
          return next;
        }),
      );
    }
  }, []);
  const navigate = useCallback((next: Route) => void goTo(next), [goTo]);

  const ready = status?.state === 'ready';
  useEffect(() => (ready ? prefetchPages() : undefined), [ready]);

  useEffect(
    () =>
      window.clusterApi?.onNavigate((route) => {
        // The desktop menu's Undo arrives as a command (the page that keeps an undo list listens for it), and so
        // does the shell's word that the data file can no longer be used.
        if (route === 'undo') window.dispatchEvent(new Event(UNDO_EVENT));
        else if (route === STATUS_ROUTE) void checkStatus();
        else void goTo({ page: PAGES.find((p) => p === route) ?? 'schools' });
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
    <NavigationProvider value={navigate}>
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
            <Group gap="md">
              <SearchButton />
              <LanguageSwitch testId="language-switch" onChange={(language) => void changeLanguage(language)} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" data-print-hide>
          {NAV_PAGES.map((p) => (
            <NavLink key={p} data-testid={`nav-${p}`} label={t(`nav.${p}`)} active={page === p || (page === 'school' && p === 'schools')} onClick={() => void goTo({ page: p })} />
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
            {page === 'today' && <TodayPage />}
            {page === 'schools' && <SchoolsPage key={routeKey(route)} status={status} onDataChanged={refresh} action={route.action} />}
            {page === 'plan' && <PlanPage key={routeKey(route)} clusterName={clusterName} initialYear={route.year} action={route.action} />}
            {page === 'calendar' && <CalendarPage key={routeKey(route)} date={route.date} action={route.action} />}
            {page === 'mentoring' && <MentoringPage key={routeKey(route)} action={route.action} asOf={route.asOf} />}
            {page === 'visits' && <VisitsPage key={routeKey(route)} initialTab={route.tab} date={route.date ?? route.asOf} asOf={route.asOf} action={route.action} />}
            {page === 'improvement' && <ImprovementPage key={routeKey(route)} initialTab={route.tab} year={route.year} schoolId={route.schoolId} />}
            {page === 'settings' && <SettingsPage key={route.tab ?? ''} status={status} onDataChanged={refresh} initialTab={route.tab} />}
            {page === 'school' && route.schoolId !== undefined && (
              <SchoolPage key={route.schoolId} schoolId={route.schoolId} backLabel={i18n.exists(`nav.${cameFrom.page}`) ? t('schoolPage.backTo', { page: t(`nav.${cameFrom.page}`) }) : t('schoolPage.back')} onBack={() => void goTo(cameFrom.page === 'school' ? { page: 'schools' } : cameFrom)} />
            )}
          </Suspense>
        </AppShell.Main>
      </AppShell>
      <SearchPalette />
    </NavigationProvider>
  );
}
