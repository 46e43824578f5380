/**
 * The page of one school: who it is, its visits and observations, visits per term and the ratings per
 * criterion over the terms, its next steps, its leaders in mentoring, the events and initiatives aimed at it
 * and its notes, all from one call (`schools.overview`). From here: a new visit, a new next step, editing
 * the school and printing its term report.
 */
import { Anchor, Badge, Button, Card, Group, Loader, Menu, SimpleGrid, Stack, Table, Tabs, Text, Timeline, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { formatDate, todayLocal, type Language } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import type { OverviewStep, SchoolOverview } from '../../../../shared/schools/overview';
import type { ListEntry, Visit } from '../../../../shared/visits/types';
import { call, saveDocument } from '../../api';
import { notifyError, notifyOk } from '../../notify';
import { ImprovementDocumentsMenu } from '../improvement/ImprovementDocumentsMenu';
import { SchoolForm } from '../schools/SchoolForm';
import { draftOf, VisitForm, type VisitDraft } from '../visits/VisitForm';
import { RatingsChart } from '../charts/RatingsChart';
import { ResultsCard } from './ResultsCard';
import { SipCard } from './SipCard';
import { WseCard } from './WseCard';

interface Lists {
  schools: SchoolSummary[];
  team: TeamMember[];
  purposes: ListEntry[];
  criteria: ListEntry[];
}

export function SchoolPage({ schoolId, backLabel, onBack }: { schoolId: number; backLabel: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [overview, setOverview] = useState<SchoolOverview | null>(null);
  const [lists, setLists] = useState<Lists | null>(null);
  const [editing, setEditing] = useState(false);
  const [visit, setVisit] = useState<{ draft: VisitDraft; visit: Visit | null; newStep?: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);

  const load = useCallback(() => call('schools.overview', { id: schoolId }).then(setOverview, notifyError), [schoolId]);
  useEffect(() => {
    setOverview(null);
    void load();
  }, [load]);
  // The visit form's lists, asked for beside the page.
  useEffect(() => {
    Promise.all([call('schools.list', {}), call('team.list', {}), call('visits.purposes', {}), call('rubric.list', {})]).then(
      ([s, team, purposes, criteria]: [Output<'schools.list'>, TeamMember[], ListEntry[], ListEntry[]]) => setLists({ schools: s.items, team, purposes, criteria }),
      notifyError,
    );
  }, []);

  if (!overview) {
    return (
      <Group>
        <Button variant="subtle" onClick={onBack} data-testid="school-page-back">← {backLabel}</Button>
        <Loader size="sm" aria-label={t('app.loading')} />
      </Group>
    );
  }
  const { school } = overview;
  const head = school.leaders.find((l) => l.role === 'head');
  const deputies = school.leaders.filter((l) => l.role === 'deputy');
  const purpose = (v: { purposeMs: string; purposeEn: string }) => (language === 'en' ? v.purposeEn : v.purposeMs);
  const today = todayLocal();
  const blankVisit = (steps: VisitDraft['nextSteps']): VisitDraft => ({
    schoolId: school.id,
    date: today,
    purposeId: lists?.purposes[0]?.id ?? null,
    status: 'done',
    officerIds: [],
    peopleMet: '',
    findings: '',
    nextVisitDate: '',
    nextSteps: steps,
  });
  const openVisit = (id: number, addStep = false) =>
    call('visits.get', { id }).then((v) => setVisit({ draft: draftOf(v), visit: v, newStep: addStep }), notifyError);
  /** A next step belongs to a visit: the latest visit made (not a planned one ahead), else a new visit. */
  const newStep = () => {
    const latest = overview.visits.find((v) => v.date <= today && v.status !== 'cancelled');
    if (latest) void openVisit(latest.id, true);
    else setVisit({ draft: blankVisit([{ text: '', owner: '', dueDate: '' }]), visit: null });
  };
  const reportTerms = [...overview.terms].reverse();
  const print = async (year: number, term: number, lang: Language) => {
    setPrinting(true);
    try {
      const r = await saveDocument({ kind: 'school-term-report', schoolId: school.id, year, term, language: lang });
      if (r.saved) notifyOk(r.fileName);
    } catch (err) {
      notifyError(err);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Stack data-testid="school-page" data-school={school.abbreviation}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component="button" size="sm" w="fit-content" onClick={onBack} data-testid="school-page-back" data-print-hide>
            ← {backLabel}
          </Anchor>
          <Group gap="xs">
            <Title order={2} data-testid="school-page-name">{school.name}</Title>
            <Badge variant="light">{school.abbreviation}</Badge>
            {school.archived && <Badge color="gray">{t('schoolPage.archived')}</Badge>}
          </Group>
          <Text c="dimmed" size="sm">
            {t(`level.${school.level}`)} · {t('school.wseBand')} {school.wseBand ?? t('school.noBand')}
          </Text>
        </Stack>
        <Group gap="xs" data-print-hide>
          <Button onClick={() => setVisit({ draft: blankVisit([]), visit: null })} disabled={!lists} data-testid="school-new-visit">{t('schoolPage.newVisit')}</Button>
          <Button variant="default" onClick={newStep} disabled={!lists} title={t('schoolPage.newStepHint')} data-testid="school-new-step">{t('schoolPage.newStep')}</Button>
          <Button variant="default" onClick={() => setEditing(true)} data-testid="school-edit">{t('schoolPage.edit')}</Button>
          <Menu>
            <Menu.Target>
              <Button variant="default" loading={printing} data-testid="school-print-report">{t('schoolPage.printReport')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {reportTerms.length === 0 && <Menu.Label>{t('schoolPage.noReportTerm')}</Menu.Label>}
              {reportTerms.slice(0, 6).map((term) => (
                <Menu.Sub key={`${term.year}-${term.term}`}>
                  <Menu.Sub.Target>
                    <Menu.Sub.Item data-testid="report-term">{t('schoolPage.reportTerm', { year: term.year, term: term.term })}</Menu.Sub.Item>
                  </Menu.Sub.Target>
                  <Menu.Sub.Dropdown>
                    <Menu.Item onClick={() => void print(term.year, term.term, 'ms')} data-testid="report-ms">Bahasa Melayu</Menu.Item>
                    <Menu.Item onClick={() => void print(term.year, term.term, 'en')} data-testid="report-en">English</Menu.Item>
                  </Menu.Sub.Dropdown>
                </Menu.Sub>
              ))}
            </Menu.Dropdown>
          </Menu>
          <ImprovementDocumentsMenu year={Number(today.slice(0, 4))} school={{ id: school.id, abbreviation: school.abbreviation }} />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder data-testid="school-details">
          <Text fw={600} mb={4}>{t('schoolPage.details')}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{school.address || '–'}</Text>
          <Text size="sm">{[school.phone, school.email].filter(Boolean).join(' · ') || ''}</Text>
          <Text size="sm" fw={600} mt="xs">{t('schoolPage.head')}</Text>
          <Text size="sm" data-testid="school-head">{head ? `${head.name}${head.title ? `, ${head.title}` : ''}` : t('schoolPage.noLeaders')}</Text>
          {deputies.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">{t('schoolPage.deputies')}</Text>
              {deputies.map((d) => (
                <Text size="sm" key={d.id}>
                  {d.name}{d.title ? `, ${d.title}` : ''}{d.appointedOn ? ` (${t('schoolPage.appointed', { date: formatDate(d.appointedOn) })})` : ''}
                </Text>
              ))}
            </>
          )}
        </Card>
        <Card withBorder data-testid="school-figures">
          <Text fw={600} mb={4}>{t('schoolPage.figures')}</Text>
          <SimpleGrid cols={3} spacing="xs">
            <Stack gap={0}>
              <Text size="xl" fw={700} data-testid="days-since">{overview.daysSinceLastVisit ?? '–'}</Text>
              <Text size="xs" c="dimmed">{t('schoolPage.daysSince')}</Text>
              <Text size="xs">{overview.lastVisit ? t('schoolPage.lastVisit', { date: formatDate(overview.lastVisit) }) : t('schoolPage.never')}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xl" fw={700} data-testid="open-steps-count">{overview.nextSteps.openTotal}</Text>
              <Text size="xs" c="dimmed">{t('schoolPage.openSteps')}</Text>
              {overview.nextSteps.overdue > 0 && <Badge size="xs" color="red">{t('schoolPage.overdue', { count: overview.nextSteps.overdue })}</Badge>}
            </Stack>
            <Stack gap={0}>
              <Text size="xl" fw={700} data-testid="visit-total">{overview.visitTotal}</Text>
              <Text size="xs" c="dimmed">{t('schoolPage.visitTotal')}</Text>
            </Stack>
          </SimpleGrid>
          <Text size="sm" mt="xs">{t('schoolPage.nextPlanned')}: {overview.nextPlannedVisit ? formatDate(overview.nextPlannedVisit) : t('schoolPage.none')}</Text>
        </Card>
        <Card withBorder data-testid="school-per-term">
          <Text fw={600} mb={4}>{t('schoolPage.perTerm')}</Text>
          {overview.terms.length === 0 ? (
            <Text size="sm" c="dimmed">{t('schoolPage.noTerms')}</Text>
          ) : (
            <Table fz="xs" verticalSpacing={2} data-testid="per-term-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('schoolPage.termCol')}</Table.Th>
                  <Table.Th ta="right">{t('schoolPage.visitsCol')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {overview.terms.slice(-6).map((term) => (
                  <Table.Tr key={`${term.year}-${term.term}`}>
                    <Table.Td>{t('schoolPage.termLabel', { year: term.year, term: term.term })} · {formatDate(term.start)}–{formatDate(term.end)}</Table.Td>
                    <Table.Td ta="right">{term.visits}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>

      <ResultsCard schoolId={schoolId} />

      <Card withBorder data-testid="school-ratings" className="print-keep">
        <Text fw={600}>{t('schoolPage.ratings')}</Text>
        <Text size="xs" c="dimmed" mb="xs">{t('schoolPage.ratingsHint')}</Text>
        <RatingsChart terms={overview.terms} criteria={overview.criteria} ratings={overview.ratings} />
      </Card>
      <WseCard schoolId={school.id} onChanged={() => void load()} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder data-testid="school-timeline">
          <Text fw={600}>{t('schoolPage.timeline')}</Text>
          {overview.visits.length === 0 ? (
            <Text size="sm" c="dimmed">{t('schoolPage.noVisits')}</Text>
          ) : (
            <>
              <Text size="xs" c="dimmed" mb="xs">{t('schoolPage.timelineCount', { shown: overview.visits.length, total: overview.visitTotal })}</Text>
              <Timeline bulletSize={14} lineWidth={2} active={-1}>
                {overview.visits.map((v) => (
                  <Timeline.Item
                    key={v.id}
                    data-testid="school-visit"
                    title={
                      <Group gap={6}>
                        <Anchor component="button" fw={600} size="sm" onClick={() => void openVisit(v.id)} data-testid="school-visit-open">{formatDate(v.date)}</Anchor>
                        <Text size="sm">{purpose(v)}</Text>
                        {v.status !== 'done' && <Badge size="xs" color={v.status === 'planned' ? 'blue' : 'gray'}>{t(`visits.statusName.${v.status}`)}</Badge>}
                      </Group>
                    }
                  >
                    {v.officers.length > 0 && <Text size="xs" c="dimmed">{v.officers.join(', ')}</Text>}
                    {v.findings && <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>{v.findings}</Text>}
                    {v.observations.map((o) => (
                      <Text size="xs" key={o.id}>
                        ◦ {[o.teacher, o.className, o.subject].filter(Boolean).join(' · ')}
                        {o.averageRating !== null && ` — ${t('schoolPage.average', { value: o.averageRating.toFixed(1) })}`}
                      </Text>
                    ))}
                    {v.nextSteps > 0 && <Text size="xs" c="dimmed">{t('visits.nextSteps')}: {v.openNextSteps} / {v.nextSteps}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </>
          )}
        </Card>

        <Stack>
          <SipCard schoolId={school.id} year={overview.planYear ?? Number(today.slice(0, 4))} />
          <Card withBorder data-testid="school-steps">
            <Text fw={600}>{t('schoolPage.steps')}</Text>
            <Tabs defaultValue="open">
              <Tabs.List>
                <Tabs.Tab value="open" data-testid="steps-open-tab">{t('schoolPage.openTab', { count: overview.nextSteps.openTotal })}</Tabs.Tab>
                <Tabs.Tab value="closed" data-testid="steps-closed-tab">{t('schoolPage.closedTab', { count: overview.nextSteps.closedTotal })}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="open" pt="xs">
                <Steps steps={overview.nextSteps.open} total={overview.nextSteps.openTotal} empty={t('schoolPage.noOpen')} onOpen={(id) => void openVisit(id)} />
              </Tabs.Panel>
              <Tabs.Panel value="closed" pt="xs">
                <Steps steps={overview.nextSteps.closed} total={overview.nextSteps.closedTotal} empty={t('schoolPage.noClosed')} onOpen={(id) => void openVisit(id)} />
              </Tabs.Panel>
            </Tabs>
          </Card>

          <Card withBorder data-testid="school-mentoring">
            <Text fw={600} mb={4}>{t('schoolPage.mentoring')}</Text>
            {overview.mentoring.length === 0 && <Text size="sm" c="dimmed">{t('schoolPage.noMentoring')}</Text>}
            {overview.mentoring.slice(0, 12).map((p) => (
              <Stack gap={0} key={p.id} mb={6} data-testid="school-pair">
                <Group gap={6}>
                  <Text size="sm">{p.year} · {t('schoolPage.pair', { mentor: p.mentor, mentee: p.mentee })}</Text>
                  <Badge size="xs" variant="light">{t(`mentoring.statusName.${p.status}`)}</Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('schoolPage.sessions', { count: p.sessionCount })}
                  {p.lastSession ? ` · ${t('schoolPage.lastSession', { date: formatDate(p.lastSession) })}` : ''}
                </Text>
                {p.sessions.slice(-3).map((s) => (
                  <Text size="xs" key={s.id}>◦ {formatDate(s.date)} · {t(`mentoring.modeName.${s.mode}`)}{s.topics ? ` · ${s.topics}` : ''}</Text>
                ))}
              </Stack>
            ))}
          </Card>

          <Card withBorder data-testid="school-events">
            <Text fw={600} mb={4}>{t('schoolPage.eventsTitle')}</Text>
            {overview.events.length === 0 && <Text size="sm" c="dimmed">{t('schoolPage.noEvents')}</Text>}
            {overview.events.map((e) => (
              <Text size="sm" key={e.id}>
                {formatDate(e.startDate)}{e.endDate !== e.startDate ? `–${formatDate(e.endDate)}` : ''} · {e.title}
                {e.initiativeCode ? ` (${e.initiativeCode})` : ''}
                {e.repeats && e.repeatUntil ? ` · ${t('schoolPage.repeatsUntil', { date: formatDate(e.repeatUntil) })}` : ''}
              </Text>
            ))}
            <Text fw={600} mt="sm" mb={4}>{t('schoolPage.initiatives', { year: overview.planYear ?? '' })}</Text>
            {overview.initiatives.length === 0 && <Text size="sm" c="dimmed">{t('schoolPage.noInitiatives')}</Text>}
            {overview.initiatives.map((i) => (
              <Group gap={6} key={i.id}>
                <Text size="sm">{i.code} · {language === 'en' && i.nameEn ? i.nameEn : i.name}</Text>
                <Badge size="xs" variant="outline" color={i.named ? 'indigo' : 'gray'}>{i.named ? t('schoolPage.named') : t('schoolPage.byLevel')}</Badge>
              </Group>
            ))}
          </Card>

          <Card withBorder data-testid="school-notes">
            <Text fw={600} mb={4}>{t('schoolPage.notes')}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={school.notes ? undefined : 'dimmed'}>{school.notes || t('schoolPage.noNotes')}</Text>
          </Card>
        </Stack>
      </SimpleGrid>

      {editing && (
        <SchoolForm
          schoolId={school.id}
          onClose={() => setEditing(false)}
          onSaved={async (name) => {
            setEditing(false);
            notifyOk(t('schools.saved', { name }));
            await load();
          }}
        />
      )}
      {visit && lists && (
        <VisitForm
          draft={visit.draft}
          visit={visit.visit}
          schools={lists.schools}
          team={lists.team}
          purposes={lists.purposes}
          criteria={lists.criteria}
          onSaved={(v) => {
            setVisit({ draft: draftOf(v), visit: v });
            notifyOk(t('visits.saved', { school: v.school }));
            void load();
          }}
          onDeleted={() => {
            setVisit(null);
            void load();
          }}
          onClose={() => setVisit(null)}
          startWithNewStep={visit.newStep ?? false}
        />
      )}
    </Stack>
  );
}

function Steps({ steps, total, empty, onOpen }: { steps: OverviewStep[]; total: number; empty: string; onOpen: (visitId: number) => void }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <Stack gap={4}>
      {steps.map((s) => (
        <Stack gap={0} key={s.id} data-testid="school-step" data-overdue={s.overdue}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm">{s.text}</Text>
            {s.overdue && <Badge size="xs" color="red">{t('mentoring.overdue')}</Badge>}
          </Group>
          <Text size="xs" c="dimmed">
            {[s.owner, s.dueDate ? t('schoolPage.due', { date: formatDate(s.dueDate) }) : '', s.closedOn ? `${t('schoolPage.closedOn', { date: formatDate(s.closedOn) })}: ${s.closedNote}` : ''].filter(Boolean).join(' · ')}
            {' · '}
            <Anchor component="button" size="xs" onClick={() => onOpen(s.visitId)}>{t('schoolPage.fromVisit', { date: formatDate(s.visitDate) })}</Anchor>
          </Text>
        </Stack>
      ))}
      {total > steps.length && <Text size="xs" c="dimmed">{t('schoolPage.shownOf', { shown: steps.length, total })}</Text>}
    </Stack>
  );
}
