/**
 * Today: what needs doing as of a date (today unless chosen; the choice is kept for the session), each part
 * with its count, a short list and a link to the page where it is dealt with. "Mine only" narrows it to the
 * items of the person chosen under Settings › Today.
 */
import { Alert, Anchor, Badge, Button, Card, Group, List, NumberInput, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayLocal } from '../../../../shared/dates';
import { NEED_ALERT, type Counted, type Today } from '../../../../shared/today/types';
import { ApiCallError, call } from '../../api';
import { DateField } from '../../forms';
import { useNavigate, type Route } from '../../navigation';
import { notifyError } from '../../notify';

// The chart library is large: the page is drawn first, the chart when its script is there. The script is
// asked for as the page starts, beside the page's data, so it is there when the data is.
const chartScript = () => import('../charts/WeeklyVisitsChart');
const WeeklyVisitsChart = lazy(() => chartScript().then((m) => ({ default: m.WeeklyVisitsChart })));

const AS_OF_KEY = 'cluster-office.today.asOf';
const MINE_KEY = 'cluster-office.today.mine';

function Part({ title, count, alert, to, testId, children }: { title: string; count?: number; alert?: boolean; to: Route; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Text fw={700} size="sm">{title}</Text>
          {count !== undefined && (
            <Badge color={alert && count > 0 ? 'red' : 'gray'} variant={alert && count > 0 ? 'filled' : 'light'} data-testid={`${testId}-count`}>
              {count}
            </Badge>
          )}
        </Group>
        <Button size="compact-xs" variant="subtle" onClick={() => navigate(to)} data-testid={`${testId}-open`}>
          {t('today.open')} →
        </Button>
      </Group>
      {children}
    </Card>
  );
}

/** A short list, and how many more there are. */
function Short<T>({ of, render, testId }: { of: Counted<T>; render: (item: T) => ReactNode; testId: string }) {
  const { t } = useTranslation();
  if (of.count === 0) return <Text size="xs" c="dimmed">{t('today.nothing')}</Text>;
  return (
    <List size="xs" spacing={2} data-testid={testId}>
      {of.items.map((item, i) => (
        <List.Item key={i}>{render(item)}</List.Item>
      ))}
      {of.count > of.items.length && <Text size="xs" c="dimmed">{t('today.more', { count: of.count - of.items.length })}</Text>}
    </List>
  );
}

export function TodayPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState(() => sessionStorage.getItem(AS_OF_KEY) ?? todayLocal());
  const [mine, setMine] = useState(() => sessionStorage.getItem(MINE_KEY) === 'true');
  const [today, setToday] = useState<Today | null>(null);

  const load = useCallback(async () => {
    try {
      const first = await call('today.get', { asOf, personId: null });
      setToday(mine && first.me !== null ? await call('today.get', { asOf, personId: first.me }) : first);
    } catch (err) {
      notifyError(err);
    }
  }, [asOf, mine]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    chartScript().catch(() => undefined);
  }, []);

  // The pages these counts link to count as of the same day.
  const otherDay = asOf !== todayLocal() ? asOf : undefined;
  const chooseDate = (value: string) => {
    if (!value) return;
    sessionStorage.setItem(AS_OF_KEY, value);
    setAsOf(value);
  };
  const chooseMine = (value: boolean) => {
    sessionStorage.setItem(MINE_KEY, String(value));
    setMine(value);
  };
  const school = (s: { schoolId: number; abbreviation?: string; school?: string }) => (
    <Anchor size="xs" onClick={() => navigate({ page: 'school', schoolId: s.schoolId })}>
      {s.abbreviation ?? s.school}
    </Anchor>
  );

  return (
    <Stack data-testid="today-page">
      <Group justify="space-between" align="end">
        <Title order={2}>{t('today.title')}</Title>
        <Group align="end">
          <DateField label={t('today.asOf')} value={asOf} onChange={chooseDate} w={160} data-testid="today-as-of" />
          <Switch label={t('today.mine')} checked={mine} onChange={(e) => chooseMine(e.currentTarget.checked)} disabled={today?.me === null} data-testid="today-mine" />
          <Button variant="default" size="xs" onClick={() => navigate({ page: 'settings', tab: 'today' })}>{t('today.options')}</Button>
        </Group>
      </Group>
      {today && today.me === null && mine && <Alert color="yellow">{t('today.mineNeedsMe')}</Alert>}
      {today && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Part title={t('today.overdueSteps')} count={today.nextSteps.overdue.count} alert to={{ page: 'visits', tab: 'follow-up', asOf: otherDay }} testId="today-overdue">
            <Short of={today.nextSteps.overdue} testId="today-overdue-list" render={(s) => (<>{school(s)} · {s.text}{s.owner && <Text span size="xs" c="dimmed"> · {s.owner}</Text>} <Text span size="xs" c="red">{s.dueDate ? formatDate(s.dueDate) : ''}</Text></>)} />
            <Text size="xs" fw={600} mt={6}>{t('today.dueSoon')}: {today.nextSteps.dueSoon.count}</Text>
            <Short of={today.nextSteps.dueSoon} testId="today-due-soon-list" render={(s) => (<>{school(s)} · {s.text} <Text span size="xs" c="dimmed">{s.dueDate ? formatDate(s.dueDate) : ''}</Text></>)} />
          </Part>

          <Part title={t('today.schools')} count={today.visits.notVisited.count} alert to={{ page: 'visits', tab: 'coverage' }} testId="today-schools">
            {today.visits.term === null ? (
              <Text size="xs" c="dimmed">{t('today.noTerm')}</Text>
            ) : (
              <>
                <Text size="xs" fw={600}>{t('today.notVisited')}</Text>
                <Short of={today.visits.notVisited} testId="today-not-visited" render={(s) => school(s)} />
                <Text size="xs" fw={600} mt={6}>{t('today.stale', { days: today.visits.staleDays })}: {today.visits.stale.count}</Text>
                <Short of={today.visits.stale} testId="today-stale" render={(s) => (<>{school(s)} · {s.daysSince === null ? t('today.never') : t('today.daysAgo', { days: s.daysSince })}</>)} />
                <Text size="xs" mt={6} c={today.visits.thisWeek < today.visits.weeklyTarget ? 'orange' : undefined} data-testid="today-this-week">
                  {t('today.thisWeek', { count: today.visits.thisWeek, target: today.visits.weeklyTarget })}
                </Text>
                <Text size="xs" c="dimmed">{t('today.lastWeek', { count: today.visits.lastWeek, target: today.visits.weeklyTarget })}</Text>
                <Suspense fallback={null}>
                  <WeeklyVisitsChart weeks={today.visits.weeks} totals={today.visits.weeklyTotals} target={today.visits.weeklyTarget} current={today.visits.currentWeek} />
                </Suspense>
              </>
            )}
          </Part>

          <Part title={t('today.exams')} count={today.exams.count} to={{ page: 'calendar' }} testId="today-exams">
            <Short of={today.exams} testId="today-exam-list" render={(e) => (<>{formatDate(e.date)} · {e.exam} <Text span size="xs" c="dimmed">{e.daysBefore === null ? t('today.examDay') : t('today.checkpoint', { days: e.daysBefore })}</Text></>)} />
          </Part>

          <Part title={t('today.mentoring')} count={today.mentoring.overdue.count} alert to={{ page: 'mentoring', asOf: otherDay }} testId="today-mentoring">
            <Text size="xs" fw={600}>{t('today.pairsOverdue')}</Text>
            <Short of={today.mentoring.overdue} testId="today-pairs-overdue" render={(p) => (<>{p.mentee} <Text span size="xs" c="dimmed">· {p.mentor}</Text></>)} />
            <Text size="xs" fw={600} mt={6}>{t('today.sessionsThisWeek')}: {today.mentoring.thisWeek.count}</Text>
            <Short of={today.mentoring.thisWeek} testId="today-sessions-week" render={(p) => (<>{p.nextSessionDate ? formatDate(p.nextSessionDate) : ''} · {p.mentee}</>)} />
          </Part>

          <Part title={t('today.week', { from: formatDate(today.week.start), to: formatDate(today.week.end) })} count={today.calendar.count} to={{ page: 'calendar' }} testId="today-week">
            <Short of={today.calendar} testId="today-week-list" render={(i) => (<>{formatDate(i.start)}{i.startTime ? ` ${i.startTime}` : ''} · {i.title}</>)} />
          </Part>

          <Part title={t('today.phases')} count={today.phases.count} to={{ page: 'plan' }} testId="today-phases">
            <Short of={today.phases} testId="today-phase-list" render={(p) => (<>{p.initiative} · {p.phase} <Text span size="xs" c="dimmed">{p.starts ? t('today.starts') : ''}{p.starts && p.ends ? ', ' : ''}{p.ends ? t('today.ends') : ''}</Text></>)} />
          </Part>

          <Part title={t('today.reports')} count={today.termReports.term ? today.termReports.missing.count : undefined} alert to={{ page: 'visits', tab: 'reports' }} testId="today-reports">
            {today.termReports.term === null ? (
              <Text size="xs" c="dimmed">{t('today.noReportsDue')}</Text>
            ) : (
              <>
                <Text size="xs">{t('today.reportsFor', { term: today.termReports.term.term, date: formatDate(today.termReports.term.end) })}</Text>
                <Text size="xs" fw={600} mt={4}>{t('today.narrativesMissing')}</Text>
                <Short of={today.termReports.missing} testId="today-reports-missing" render={(s) => school(s)} />
                {today.termReports.clusterMissing && <Text size="xs" c="orange" mt={4}>{t('today.clusterMissing')}</Text>}
              </>
            )}
          </Part>

          <Part title={t('support.todayTitle')} count={today.support.count} alert to={{ page: 'improvement', tab: 'support', year: Number(asOf.slice(0, 4)) }} testId="today-support">
            {today.support.items.length === 0 ? (
              <Text size="xs" c="dimmed">{t('support.todayNone')}</Text>
            ) : (
              <List size="xs" spacing={2} data-testid="today-support-list">
                {today.support.items.map((s) => (
                  <List.Item key={s.schoolId}>{school(s)} · {s.name} <Text span size="xs" c={s.need >= NEED_ALERT ? 'red' : 'dimmed'}>{t('support.need')} {s.need}</Text></List.Item>
                ))}
              </List>
            )}
          </Part>

          <Part title={t('today.backup')} to={{ page: 'settings', tab: 'backups' }} testId="today-backup">
            {today.backup.newest === null ? (
              <Text size="xs" c="red">{t('today.noBackup')}</Text>
            ) : (
              <Text size="xs" c={today.backup.warning ? 'red' : undefined}>{t('today.backupAge', { date: formatDate(today.backup.newest.slice(0, 10)), days: today.backup.ageDays ?? 0 })}</Text>
            )}
            {today.backup.newest !== null && today.backup.warning && <Text size="xs" c="red">{t('today.backupOld')}</Text>}
          </Part>
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** Settings › Today: who the user is (for "Mine only") and when a school counts as not visited lately. */
export function TodayOptions() {
  const { t } = useTranslation();
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [me, setMe] = useState<string | null>(null);
  const [staleDays, setStaleDays] = useState<number | string>(30);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    call('team.list', {}).then((team) => setPeople(team.map((m) => ({ value: String(m.id), label: m.name }))), notifyError);
    call('today.get', { personId: null }).then((d) => {
      setMe(d.me === null ? null : String(d.me));
      setStaleDays(d.visits.staleDays);
    }, notifyError);
  }, []);
  const save = async () => {
    setSaved(false);
    try {
      await call('today.setOptions', { me: me === null ? null : Number(me), staleDays: Number(staleDays) });
      setErrors({});
      setSaved(true);
    } catch (err) {
      // A refused value is said at its field.
      if (err instanceof ApiCallError && err.field) setErrors(Object.fromEntries((err.errors ?? [{ field: err.field, message: err.message }]).map((e) => [e.field, e.message])));
      else notifyError(err);
    }
  };
  return (
    <Stack maw={480} data-testid="today-options">
      <Title order={4}>{t('today.optionsTitle')}</Title>
      <Select label={t('today.me')} placeholder={t('today.nobody')} clearable data={people} value={me} onChange={(v) => { setMe(v); setSaved(false); }} error={errors.me} data-testid="today-me" />
      <NumberInput label={t('today.staleDays')} min={1} max={365} value={staleDays} onChange={(v) => { setStaleDays(v); setSaved(false); }} error={errors.staleDays} data-testid="today-stale-days" />
      <Group>
        <Button onClick={() => void save()} data-testid="today-options-save">{t('today.save')}</Button>
        {saved && <Text size="sm" c="teal">{t('today.saved')}</Text>}
      </Group>
    </Stack>
  );
}
