/**
 * School visits for a term: coverage (schools by week against the weekly target), the cluster's observation
 * ratings of the year, the visits, the follow-up of next steps, and the termly reports with the pack of every
 * report in one action.
 */
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Progress, Select, Stack, Table, Tabs, Text, Textarea, Title } from '@mantine/core';
import { lazy, memo, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayLocal, type Language } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import type { Coverage, FollowUp, FollowUpItem, ListEntry, Term, Visit, VisitSummary } from '../../../../shared/visits/types';
import { call, saveDocument, savePack } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { confirmDiscard, confirmLeave, DateField, FormAlert, FormModal, useForm, withVersion, type Form } from '../../forms';
import { SchoolLink } from '../school/SchoolLink';
import { ExcelButton } from '../common/ExcelButton';
import { MatrixCell } from '../common/MatrixCell';
import { useDataYears } from '../common/useDataYears';
import { AsOfNote } from '../today/AsOfNote';
import { useNavigate } from '../../navigation';
import { ClusterRatings } from './ClusterRatings';
import { ListsSetup } from './ListsSetup';
import { draftOf, VisitForm, type VisitDraft } from './VisitForm';

const short = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

/** `initialTab`: the tab to open on ('coverage', 'ratings', 'visits', 'follow-up' or 'reports'), as a link asks. */

// The chart library is large: the matrix is drawn first, the chart when its script is there.
const WeeklyVisitsChart = lazy(() => import('../charts/WeeklyVisitsChart').then((m) => ({ default: m.WeeklyVisitsChart })));
/** A visit of today, done, of the first purpose, to be filled in. */
const blankVisit = (purposes: ListEntry[]): VisitDraft => ({ schoolId: null, date: todayLocal(), purposeId: purposes[0]?.id ?? null, status: 'done', officerIds: [], peopleMet: '', findings: '', nextVisitDate: '', nextSteps: [] });

/**
 * `date` opens the year and term of that day (a visit found by search); `asOf` counts overdue steps as of
 * that day (opened from Today set to another date); `action: 'new'` opens the form for a new visit as the
 * page opens (the palette's "New visit").
 */
export function VisitsPage({ initialTab, date, asOf, action }: { initialTab?: string; date?: string; asOf?: string; action?: 'new' } = {}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const thisYear = Number(todayLocal().slice(0, 4));
  const [dataYears] = useDataYears();
  const [year, setYear] = useState<number | null>(date ? Number(date.slice(0, 4)) : null);
  const [terms, setTerms] = useState<Term[] | null>(null);
  const [term, setTerm] = useState<number | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [visits, setVisits] = useState<VisitSummary[]>([]);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [historyPage, setHistoryPage] = useState(1);
  const [openPage, setOpenPage] = useState(1);
  const [closing, setClosing] = useState<FollowUpItem | null>(null);
  const [schools, setSchools] = useState<SchoolSummary[]>([]);
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [purposes, setPurposes] = useState<ListEntry[]>([]);
  const [criteria, setCriteria] = useState<ListEntry[]>([]);
  const [editing, setEditing] = useState<{ draft: VisitDraft; visit: Visit | null } | null>(null);
  const [lists, setLists] = useState(false);
  const [tab, setTab] = useState(initialTab ?? 'coverage');
  const navigate = useNavigate();

  // The page opens on the current year if it has visits, else on the latest year that has.
  useEffect(() => {
    if (dataYears) setYear((cur) => cur ?? dataYears.opening.visits);
  }, [dataYears]);
  useEffect(() => {
    if (year === null) return;
    let live = true;
    const pick = async () => {
      const ts = await call('terms.list', { year });
      // The term of the day asked for, else of today.
      const today = date && date.startsWith(String(year)) ? date : todayLocal();
      const started = ts.filter((x) => x.start <= today);
      let chosen = ts.find((x) => x.start <= today && today <= x.end)?.term ?? null;
      // Another year opens on its latest term that has visits.
      if (chosen === null && year !== thisYear) {
        for (const x of [...started].reverse()) {
          if ((await call('visits.list', { from: x.start, to: x.end })).length > 0) {
            chosen = x.term;
            break;
          }
        }
      }
      if (!live) return;
      setTerms(ts);
      setTerm(chosen ?? started.at(-1)?.term ?? ts[0]?.term ?? null);
    };
    pick().catch(notifyError);
    return () => {
      live = false;
    };
  }, [year, thisYear, date]);

  const current = terms?.find((x) => x.term === term) ?? null;
  // The forms' lists once the coverage is drawn (or there is none to draw): asked for sooner, they would
  // only stand in line before it.
  const drawn = coverage !== null || (terms !== null && current === null) || action === 'new';
  useEffect(() => {
    if (!drawn) return;
    // As transitions: drawn in slices, so the page stays responsive while they come in.
    const later = <T,>(set: (v: T) => void) => (v: T) => startTransition(() => set(v));
    call('schools.list', {}).then(later((r) => setSchools(r.items)), notifyError);
    call('team.list', {}).then(later(setTeam), notifyError);
    call('visits.purposes', {}).then(later(setPurposes), notifyError);
    call('rubric.list', {}).then(later(setCriteria), notifyError);
  }, [drawn]);
  // Each part is drawn as soon as it answers: the coverage never waits for the follow-up or the visit list,
  // and the follow-up (which does not depend on the term) is asked for once, not again as the term is found.
  const loadSteps = useCallback(() => call('nextSteps.followUp', { includeClosed, page: historyPage, openPage, asOf }).then(setFollowUp), [includeClosed, historyPage, openPage, asOf]);
  const loadTerm = useCallback(async () => {
    if (!current || year === null) return;
    await Promise.all([call('visits.coverage', { year, term: current.term }).then(setCoverage), call('visits.list', { from: current.start, to: current.end }).then(setVisits)]);
  }, [current, year]);
  const load = useCallback(() => Promise.all([loadTerm(), loadSteps()]), [loadTerm, loadSteps]);
  const setWeeklyTarget = useCallback((target: number) => void call('visits.setWeeklyTarget', { target }).then(load, notifyError), [load]);
  /** The list carries counts only: the form opens on the whole visit. */
  const openVisit = (id: number) => call('visits.get', { id }).then((v) => setEditing({ draft: draftOf(v), visit: v }), notifyError);
  const openSteps = followUp?.open ?? [];
  const overdue = followUp?.overdue ?? 0;
  const steps: FollowUpItem[] = followUp ? [...followUp.open, ...followUp.closed] : [];
  useEffect(() => {
    loadTerm().catch(notifyError);
  }, [loadTerm]);
  // On the coverage tab the follow-up waits for the coverage too; opened on its own tab it goes first.
  const stepsFirst = tab === 'follow-up';
  useEffect(() => {
    if (!drawn && !stepsFirst) return;
    loadSteps().catch(notifyError);
  }, [loadSteps, drawn, stepsFirst]);

  const newVisit = () => setEditing({ draft: blankVisit(purposes), visit: null });

  // "New visit" from the palette: the form opens once the lists it offers are there.
  const asked = useRef(action === 'new');
  useEffect(() => {
    if (!asked.current || purposes.length === 0) return;
    asked.current = false;
    setEditing({ draft: blankVisit(purposes), visit: null });
  }, [purposes]);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('visits.title')}</Title>
          <Select aria-label={t('plan.year')} w={100} allowDeselect={false} data={(dataYears?.visits ?? [thisYear]).map(String)} value={year === null ? null : String(year)} onChange={(v) => v && void confirmLeave().then((ok) => ok && setYear(Number(v)))} data-testid="visits-year" />
          {/* The ratings are the year's: the term is not asked there. */}
          {terms && terms.length > 0 && tab !== 'ratings' && (
            <Select aria-label={t('visits.term')} w={220} allowDeselect={false} data={terms.map((x) => ({ value: String(x.term), label: `${t('visits.term')} ${x.term} · ${short(x.start)}–${short(x.end)}` }))} value={term ? String(term) : null} onChange={(v) => v && void confirmLeave().then((ok) => ok && setTerm(Number(v)))} data-testid="visits-term" />
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => setLists(true)} data-testid="open-visit-lists">{t('visits.lists')}</Button>
          <Button onClick={newVisit} data-testid="new-visit">{t('visits.newVisit')}</Button>
        </Group>
      </Group>
      {asOf && <AsOfNote asOf={asOf} onReset={() => navigate({ page: 'visits', tab })} />}
      {terms && terms.length === 0 && <Alert title={t('visits.noTermsTitle')} data-testid="no-terms">{t('visits.noTerms', { year })}</Alert>}

      <Tabs value={tab} onChange={(v) => void confirmLeave().then((ok) => ok && v && setTab(v))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="coverage" data-testid="tab-coverage">{t('visits.coverage')}</Tabs.Tab>
          <Tabs.Tab value="ratings" data-testid="tab-ratings">{t('visits.ratingsTab')}</Tabs.Tab>
          <Tabs.Tab value="visits" data-testid="tab-visits">{t('visits.visits', { count: visits.length })}</Tabs.Tab>
          <Tabs.Tab value="follow-up" data-testid="tab-follow-up">
            {t('visits.followUp')} {overdue > 0 && <Badge size="xs" color="red" ml={4}>{overdue}</Badge>}
          </Tabs.Tab>
          <Tabs.Tab value="reports" data-testid="tab-reports">{t('visits.reports')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="coverage" pt="sm">
          {coverage && year !== null && (
            <Group justify="flex-end" mb="xs">
              <ExcelButton testId="excel-coverage" request={(lang) => ({ kind: 'coverage', language: lang, year, term: coverage.term.term })} />
            </Group>
          )}
          {coverage && <CoverageView coverage={coverage} onTarget={setWeeklyTarget} />}
        </Tabs.Panel>

        <Tabs.Panel value="ratings" pt="sm">
          {year !== null && (
            <Group justify="flex-end" mb="xs">
              <ExcelButton testId="excel-ratings" request={(lang) => ({ kind: 'ratings', language: lang, year })} />
            </Group>
          )}
          {year !== null && <ClusterRatings year={year} />}
        </Tabs.Panel>

        <Tabs.Panel value="visits" pt="sm">
          {current && (
            <Group justify="flex-end" mb="xs">
              <ExcelButton testId="excel-visits" request={(lang) => ({ kind: 'visits', language: lang, from: current.start, to: current.end })} />
            </Group>
          )}
          <Table striped withTableBorder data-testid="visits-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visits.date')}</Table.Th>
                <Table.Th>{t('visits.school')}</Table.Th>
                <Table.Th>{t('visits.purpose')}</Table.Th>
                <Table.Th>{t('visits.officers')}</Table.Th>
                <Table.Th>{t('mentoring.status')}</Table.Th>
                <Table.Th>{t('visits.observations')}</Table.Th>
                <Table.Th>{t('visits.nextSteps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((v) => (
                <Table.Tr key={v.id} style={{ cursor: 'pointer' }} onClick={() => void openVisit(v.id)} data-testid="visit-row">
                  <Table.Td>{formatDate(v.date)}</Table.Td>
                  <Table.Td><SchoolLink schoolId={v.schoolId} name={v.schoolName}>{v.school}</SchoolLink></Table.Td>
                  <Table.Td>{language === 'en' ? v.purposeEn : v.purposeMs}</Table.Td>
                  <Table.Td>{v.officers.join(', ')}</Table.Td>
                  <Table.Td>{t(`visits.statusName.${v.status}`)}</Table.Td>
                  <Table.Td title={v.averageRating === null ? undefined : t('visits.averageRating', { value: v.averageRating.toFixed(1) })}>{v.observations}</Table.Td>
                  <Table.Td>{v.openNextSteps} / {v.nextSteps}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {visits.length === 0 && <Text size="sm" c="dimmed" mt="xs">{t('visits.none')}</Text>}
        </Tabs.Panel>

        <Tabs.Panel value="follow-up" pt="sm">
          <Group justify="space-between" mb="xs">
            <Checkbox label={t('visits.includeClosed')} checked={includeClosed} onChange={(e) => { setIncludeClosed(e.currentTarget.checked); setHistoryPage(1); }} />
            <ExcelButton testId="excel-follow-up" request={(lang) => ({ kind: 'follow-up', language: lang, includeClosed, asOf })} />
          </Group>
          <Table withTableBorder data-testid="follow-up-table">
            <Table.Tbody>
              {steps.map((f) => (
                <Table.Tr key={f.id} bg={f.overdue ? 'var(--mantine-color-red-0)' : undefined} data-testid="follow-up-row" data-overdue={f.overdue}>
                  <Table.Td w={80}><SchoolLink schoolId={f.schoolId} name={f.school}>{f.school}</SchoolLink></Table.Td>
                  <Table.Td>{f.text}{f.owner && <Text size="xs" c="dimmed">{f.owner}</Text>}</Table.Td>
                  <Table.Td w={170}>{f.dueDate ? formatDate(f.dueDate) : ''} {f.overdue && <Badge size="xs" color="red">{t('mentoring.overdue')}</Badge>}</Table.Td>
                  <Table.Td w={200}>
                    {f.closedOn ? (
                      <Text size="xs">{t('visits.closedOn', { date: formatDate(f.closedOn) })}: {f.closedNote}</Text>
                    ) : (
                      <Button size="compact-xs" variant="default" onClick={() => setClosing(f)} data-testid="close-step">{t('visits.close')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {openSteps.length === 0 && <Text size="sm" c="dimmed" mt="xs">{t('visits.noFollowUp')}</Text>}
          {followUp && followUp.openTotal > followUp.pageSize && (
            <Pager page={followUp.openPage} pageSize={followUp.pageSize} total={followUp.openTotal} label="visits.openPage" testId="open-pager" onPage={setOpenPage} />
          )}
          {includeClosed && followUp && followUp.total > 0 && <Pager page={followUp.page} pageSize={followUp.pageSize} total={followUp.total} label="visits.historyPage" testId="history-pager" onPage={setHistoryPage} />}
        </Tabs.Panel>

        <Tabs.Panel value="reports" pt="sm">
          {current && year !== null && <TermReports year={year} term={current} schools={schools} />}
        </Tabs.Panel>
      </Tabs>

      {editing && (
        <VisitForm
          draft={editing.draft}
          visit={editing.visit}
          schools={schools}
          team={team}
          purposes={purposes}
          criteria={criteria}
          onSaved={(v) => {
            setEditing({ draft: draftOf(v), visit: v });
            notifyOk(t('visits.saved', { school: v.school }));
            load().catch(notifyError);
          }}
          onDeleted={() => {
            setEditing(null);
            load().catch(notifyError);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {lists && (
        <ListsSetup
          onChanged={() => {
            call('visits.purposes', {}).then(setPurposes, notifyError);
            call('rubric.list', {}).then(setCriteria, notifyError);
          }}
          onClose={() => setLists(false)}
        />
      )}
      {closing && <CloseStep item={closing} onDone={() => { setClosing(null); load().catch(notifyError); }} onClose={() => setClosing(null)} />}
    </Stack>
  );
}

/** "Previous / Next · 101–200 of 4,321": the open steps or the closed history, a page at a time. */
function Pager({ page, pageSize, total, label, testId, onPage }: { page: number; pageSize: number; total: number; label: 'visits.openPage' | 'visits.historyPage'; testId: string; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const number = (n: number) => n.toLocaleString(i18n.language);
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <Group gap="xs" mt="xs" data-testid={testId}>
      <Button size="compact-xs" variant="default" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pages))} data-testid={`${testId}-previous`}>{t('visits.previousPage')}</Button>
      <Button size="compact-xs" variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid={`${testId}-next`}>{t('visits.nextPage')}</Button>
      <Text size="xs" c="dimmed" data-testid={`${testId}-range`}>{t(label, { from: number(from), to: number(to), total: number(total) })}</Text>
    </Group>
  );
}

// Drawn again only when the coverage changes, not when the visit list or the follow-up beside it arrive.
const CoverageView = memo(function CoverageView({ coverage, onTarget }: { coverage: Coverage; onTarget: (n: number) => void }) {
  const { t } = useTranslation();
  const { weeks, weeklyTarget } = coverage;
  return (
    <Stack gap="xs">
      <Group>
        <NumberInput size="xs" w={220} label={t('visits.weeklyTarget')} min={1} max={50} value={weeklyTarget} onChange={(v) => Number.isInteger(Number(v)) && Number(v) >= 1 && onTarget(Number(v))} />
        <Text size="sm">{coverage.officers.map((o) => `${o.name}: ${o.visits}`).join(' · ') || t('visits.noOfficers')}</Text>
      </Group>
      <Suspense fallback={null}>
        <WeeklyVisitsChart weeks={weeks} totals={coverage.weeklyTotals} target={weeklyTarget} />
      </Suspense>
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits.school')}</Table.Th>
              {weeks.map((w, i) => (
                <Table.Th key={w.start} ta="center" title={`${formatDate(w.start)} – ${formatDate(w.end)}`}>
                  {t('visits.week', { n: i + 1 })}
                  <br />
                  {short(w.start)}
                </Table.Th>
              ))}
              <Table.Th ta="center">{t('visits.total')}</Table.Th>
              <Table.Th ta="center">{t('visits.daysSince')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.schools.map((s) => (
              <Table.Tr key={s.schoolId} data-testid="coverage-row" data-school={s.abbreviation} bg={s.total === 0 ? 'var(--mantine-color-yellow-0)' : undefined}>
                <Table.Td title={s.name}><SchoolLink schoolId={s.schoolId} name={s.name}>{s.abbreviation}</SchoolLink></Table.Td>
                {s.perWeek.map((n, i) => (
                  <MatrixCell key={i} center fill={n > 0 ? 'var(--mantine-color-teal-1)' : undefined}>{n || ''}</MatrixCell>
                ))}
                <Table.Td ta="center" fw={700} data-testid="coverage-total">{s.total}</Table.Td>
                <Table.Td ta="center">{s.daysSince ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('visits.teamPerWeek', { target: weeklyTarget })}</Table.Td>
              {coverage.weeklyTotals.map((n, i) => (
                <Table.Td key={i} ta="center" c={(weeks[i]?.start ?? '') > todayLocal() ? 'dimmed' : n < weeklyTarget ? 'red' : 'teal'} data-testid="week-total">{n}</Table.Td>
              ))}
              <Table.Td ta="center">{coverage.weeklyTotals.reduce((a, b) => a + b, 0)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
});

function CloseStep({ item, onDone, onClose }: { item: FollowUpItem; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ closedOn: todayLocal(), note: '' }, { onClose });
  const { draft: d, set, at } = form;
  return (
    <FormModal onClose={() => void form.requestClose()} title={`${item.school} · ${item.text}`} data-testid="close-step-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await call('nextSteps.close', { id: item.id, ...x }); onDone(); }); }}>
        <Stack>
          <FormAlert form={form} />
          <DateField label={t('visits.closedOnLabel')} value={d.closedOn} {...at('closedOn')} onChange={(closedOn) => set({ closedOn })} data-testid="close-date" />
          <Textarea label={t('visits.closingNote')} autosize minRows={2} value={d.note} {...at('note')} onChange={(e) => set({ note: e.currentTarget.value })} data-testid="close-note" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} data-testid="close-save">{t('visits.close')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

/** The texts officers write, single reports, and the termly pack (every school report plus the cluster report). */
function TermReports({ year, term, schools }: { year: number; term: Term; schools: SchoolSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [schoolId, setSchoolId] = useState<number | null>(schools[0]?.id ?? null);
  const getSchool = (id: number) => call('termReports.get', { schoolId: id, year, term: term.term }).then((r) => ({ ...withVersion(r), narrative: r.narrative }));
  const getCluster = () => call('termReports.get', { schoolId: null, year, term: term.term }).then((r) => ({ ...withVersion(r), highlights: r.highlights, challenges: r.challenges }));
  const school = useForm<{ version?: number; narrative: string }>({ narrative: '' }, { reload: schoolId ? () => getSchool(schoolId) : undefined });
  const cluster = useForm<{ version?: number; highlights: string; challenges: string }>({ highlights: '', challenges: '' }, { reload: getCluster });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    getCluster().then(cluster.load, notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, term]);
  useEffect(() => {
    if (schoolId) getSchool(schoolId).then(school.load, notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schoolId, year, term]);

  const saveText = <T extends object>(form: Form<T>, schoolIdOrNull: number | null) =>
    form.submit(async (texts) => {
      await call('termReports.save', { schoolId: schoolIdOrNull, year, term: term.term, ...withVersion(texts as object), ...texts });
      notifyOk(t('visits.textSaved'));
      return schoolIdOrNull ? ((await getSchool(schoolIdOrNull)) as T) : ((await getCluster()) as T);
    });

  const word = (run: () => Promise<{ saved: boolean; fileName: string }>) => run().then((r) => r.saved && notifyOk(r.fileName), notifyError);

  const packStop = useRef<AbortController | null>(null);
  /** The main process builds and issues every report (the bar follows); Cancel stops it with nothing kept. */
  const pack = async () => {
    const stop = new AbortController();
    packStop.current = stop;
    // The bar shows from the click; how many documents the pack holds comes with its first progress.
    setProgress({ done: 0, total: 0 });
    try {
      const r = await savePack({ year, term: term.term, language }, setProgress, stop.signal);
      if (r.saved) notifyOk(t('visits.packSaved', { count: r.count, where: r.where }));
    } catch (err) {
      if (stop.signal.aborted) notifyOk(t('visits.packCancelled'));
      else notifyError(err);
    } finally {
      packStop.current = null;
      setProgress(null);
    }
  };

  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('visits.school')} searchable w={320} data={schools.map((s) => ({ value: String(s.id), label: `${s.abbreviation} · ${s.name}` }))} value={schoolId ? String(schoolId) : null} onChange={(v) => void (school.dirty ? confirmDiscard() : Promise.resolve(true)).then((ok) => ok && setSchoolId(v ? Number(v) : null))} data-testid="report-school" />
        <Button variant="default" disabled={!schoolId} onClick={() => schoolId && void word(() => saveDocument({ kind: 'school-term-report', schoolId, year, term: term.term, language }))}>{t('visits.schoolReport')}</Button>
      </Group>
      <FormAlert form={school} />
      <Textarea label={t('visits.narrative')} autosize minRows={3} maxRows={12} value={school.draft.narrative} {...school.at('narrative')} onChange={(e) => school.set({ narrative: e.currentTarget.value })} data-testid="report-narrative" />
      <Group>
        <Button size="xs" variant="default" disabled={!schoolId} loading={school.saving} onClick={() => void saveText(school, schoolId)} data-testid="save-narrative">{t('school.save')}</Button>
      </Group>
      <FormAlert form={cluster} />
      <Textarea label={t('visits.highlights')} autosize minRows={2} maxRows={10} value={cluster.draft.highlights} {...cluster.at('highlights')} onChange={(e) => cluster.set({ highlights: e.currentTarget.value })} data-testid="report-highlights" />
      <Textarea label={t('visits.challenges')} autosize minRows={2} maxRows={10} value={cluster.draft.challenges} {...cluster.at('challenges')} onChange={(e) => cluster.set({ challenges: e.currentTarget.value })} data-testid="report-challenges" />
      <Group>
        <Button size="xs" variant="default" loading={cluster.saving} onClick={() => void saveText(cluster, null)} data-testid="save-cluster-texts">{t('school.save')}</Button>
        <Button variant="default" onClick={() => void word(() => saveDocument({ kind: 'cluster-term-report', year, term: term.term, language }))} data-testid="cluster-report">{t('visits.clusterReport')}</Button>
        <Button onClick={() => void pack()} loading={progress !== null} data-testid="make-pack">{t('visits.pack')}</Button>
      </Group>
      {progress && (
        <Stack gap={4} data-testid="pack-progress">
          <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} animated />
          <Group gap="xs">
            <Text size="xs">{progress.total ? t('visits.packProgress', { done: progress.done, total: progress.total }) : t('visits.packStarting')}</Text>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => packStop.current?.abort()} data-testid="cancel-pack">{t('visits.packCancel')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
