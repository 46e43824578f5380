/**
 * The Mentoring & Coaching board: each mentor with their mentees, load against the limit, sessions held
 * against planned, overdue pairs in red. Drag a leader onto a mentor to pair them, or use the form.
 */
import { Badge, Button, Card, Group, Menu, NumberInput, Paper, ScrollArea, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, type Language } from '../../../../shared/dates';
import type { Assignment, AssignmentSummary, Competency, MentoringBoard, MentoringPerson } from '../../../../shared/mentoring/types';
import { call, saveDocument } from '../../api';
import { withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { MentoringSetup } from './MentoringSetup';
import { PairBadge, PairPage } from './PairPage';
import { blankPair, PairForm, type PairDraft } from './PairForm';
import { AsOfNote } from '../today/AsOfNote';
import { ExcelButton } from '../common/ExcelButton';
import { useNavigate } from '../../navigation';

const DRAG_TYPE = 'application/x-cluster-office-person';


// The chart library is large: the board is drawn first, the chart when its script is there.
const SessionsChart = lazy(() => import('../charts/SessionsChart').then((m) => ({ default: m.SessionsChart })));
/**
 * `asOf` counts pairs overdue as of that day, on that day's year (opened from Today set to another date);
 * `action: 'new'` opens the form for a new pair as the page opens (the palette's "New pair").
 */
export function MentoringPage({ action, asOf }: { action?: 'new'; asOf?: string } = {}) {
  const navigate = useNavigate();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const thisYear = Number(todayLocal().slice(0, 4));
  const [years, setYears] = useState<number[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [board, setBoard] = useState<MentoringBoard | null>(null);
  const [people, setPeople] = useState<MentoringPerson[]>([]);
  const [competencies, setCompetencies] = useState<Competency[]>([]);
  const [form, setForm] = useState<PairDraft | null>(() => (action === 'new' ? blankPair({ startDate: todayLocal() }) : null));
  const [pair, setPair] = useState<Assignment | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const [setup, setSetup] = useState(false);

  useEffect(() => {
    // The board opens on the current year if it has pairs, else on the latest year that has.
    call('app.years', {}).then((ys) => {
      setYears(ys.mentoring);
      setYear((cur) => cur ?? (asOf ? Number(asOf.slice(0, 4)) : ys.opening.mentoring));
    }, notifyError);
    call('mentoring.people', {}).then(setPeople, notifyError);
    call('competencies.list', {}).then(setCompetencies, notifyError);
  }, [thisYear, asOf]);

  const load = useCallback(async () => {
    if (year !== null) setBoard(await call('mentoring.board', { year, asOf }));
  }, [year, asOf]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);

  const openPair = async (p: AssignmentSummary) => {
    try {
      setPair(await call('assignments.get', { id: p.id }));
    } catch (err) {
      notifyError(err);
    }
  };

  const savePair = async (d: PairDraft) => {
    const fields = {
      mentorId: d.mentorId ?? 0,
      schedule: d.schedule,
      startDate: d.startDate,
      endDate: d.endDate,
      status: d.status,
      appointedOn: d.appointedOn,
      referenceNo: d.referenceNo,
      goals: d.goals,
      focus: d.focus.map((f) => ({ competencyId: f.competencyId ?? 0, baseline: f.baseline, target: f.target })),
    };
    const saved = d.id ? await call('assignments.update', { id: d.id, ...withVersion(d), ...fields }) : await call('assignments.create', { year: year ?? thisYear, menteeId: d.menteeId ?? 0, ...fields });
    notifyOk(t('mentoring.pairSaved', { mentee: saved.mentee.name, mentor: saved.mentor.name }));
    if (pair?.id === saved.id) setPair(saved);
    await load();
  };

  const pairDraft = (a: Assignment): PairDraft => ({
      id: a.id,
      ...withVersion(a),
      mentorId: a.mentor.id,
      menteeId: a.mentee.id,
      schedule: a.schedule,
      startDate: a.startDate ?? '',
      endDate: a.endDate ?? '',
      status: a.status === 'proposed' || a.status === 'appointed' ? a.status : 'active',
      appointedOn: a.appointedOn ?? '',
      referenceNo: a.referenceNo,
      goals: a.goals,
      focus: a.focus.map((f) => ({ competencyId: f.competencyId, baseline: f.baseline, target: f.target })),
  });
  const editPair = (a: Assignment) => setForm(pairDraft(a));

  const onDrop = (e: DragEvent<HTMLElement>, mentorId: number) => {
    e.preventDefault();
    setDropTarget(null);
    const menteeId = Number(e.dataTransfer.getData(DRAG_TYPE));
    if (menteeId) setForm(blankPair({ mentorId, menteeId, startDate: todayLocal() }));
  };

  const saveWord = (kind: 'mentor-appointment-letters' | 'mentoring-report') => {
    if (year === null) return;
    saveDocument(kind === 'mentoring-report' ? { kind: 'mentoring-report', year, language } : { kind: 'mentor-appointment-letters', year, language }).then((r) => r.saved && notifyOk(r.fileName), notifyError);
  };

  // The years with pairs and the current one, and next year so its programme can be set up ahead.
  const yearOptions = [...new Set([...years, thisYear, thisYear + 1])].sort((a, b) => a - b).map(String);

  return (
    <Stack>
      {asOf && <AsOfNote asOf={asOf} onReset={() => navigate({ page: 'mentoring' })} />}
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('mentoring.title')}</Title>
          <Select aria-label={t('plan.year')} w={110} allowDeselect={false} data={yearOptions} value={year ? String(year) : null} onChange={(v) => v && setYear(Number(v))} data-testid="mentoring-year" />
        </Group>
        <Group gap="xs">
          {board && (
            <NumberInput
              w={190}
              size="xs"
              label={t('mentoring.loadLimit')}
              min={1}
              max={20}
              value={board.loadLimit}
              onChange={(v) => {
                const limit = Number(v);
                if (Number.isInteger(limit) && limit >= 1 && limit <= 20) call('mentoring.setLoadLimit', { limit }).then(load, notifyError);
              }}
            />
          )}
          <Button variant="default" onClick={() => setSetup(true)} data-testid="mentoring-setup-open">{t('mentoring.setup')}</Button>
          <Button onClick={() => setForm(blankPair({ startDate: todayLocal() }))} data-testid="new-pair">{t('mentoring.newPair')}</Button>
          <Menu>
            <Menu.Target>
              <Button variant="default" data-testid="mentoring-word">{t('mentoring.word')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => saveWord('mentor-appointment-letters')} data-testid="letters-word">{t('mentoring.letters')}</Menu.Item>
              <Menu.Item onClick={() => saveWord('mentoring-report')} data-testid="report-word">{t('mentoring.report')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ExcelButton testId="excel-mentoring" disabled={year === null} request={(language) => (year === null ? null : { kind: 'mentoring', language, year })} />
        </Group>
      </Group>

      {board && (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Paper withBorder p="xs" w={260} style={{ flexShrink: 0 }} data-testid="unassigned">
            <Text fw={700} size="sm" mb={4}>{t('mentoring.unassigned', { count: board.unassigned.length })}</Text>
            <Text size="xs" c="dimmed" mb="xs">{t('mentoring.dragHint')}</Text>
            <ScrollArea.Autosize mah={640}>
              <Stack gap={4}>
                {board.unassigned.map((p) => (
                  <Card
                    key={p.id}
                    withBorder
                    padding={6}
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, String(p.id));
                      e.dataTransfer.effectAllowed = 'link';
                    }}
                    style={{ cursor: 'grab' }}
                    data-testid="unassigned-person"
                    data-person-id={p.id}
                  >
                    <Text size="sm">{p.name}</Text>
                    <Group gap={4}>
                      <Text size="xs" c="dimmed">{p.title}{p.school ? ` · ${p.school}` : ''}</Text>
                      {p.newlyAppointed && <Badge size="xs" variant="light">{t('mentoring.new')}</Badge>}
                    </Group>
                  </Card>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>

          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} style={{ flex: 1 }} data-testid="mentors">
            {board.mentors.map(({ mentor, load: n, overLimit, assignments }) => (
              <Paper
                key={mentor.id}
                withBorder
                p="xs"
                data-testid="mentor-column"
                data-mentor-id={mentor.id}
                onDragOver={(e) => {
                  if (e.dataTransfer.types.includes(DRAG_TYPE)) {
                    e.preventDefault();
                    setDropTarget(mentor.id);
                  }
                }}
                onDragLeave={() => setDropTarget(null)}
                onDrop={(e) => onDrop(e, mentor.id)}
                style={{ outline: dropTarget === mentor.id ? '2px dashed var(--mantine-color-indigo-5)' : undefined }}
              >
                <Group justify="space-between" mb={6} wrap="nowrap">
                  <div>
                    <Text fw={700} size="sm">{mentor.name}</Text>
                    <Text size="xs" c="dimmed">{mentor.teamRole ? t(`teamRole.${mentor.teamRole}`) : [mentor.title, mentor.school].filter(Boolean).join(' · ')}</Text>
                  </div>
                  <Tooltip label={overLimit ? t('mentoring.overLimit', { limit: board.loadLimit }) : t('mentoring.load')}>
                    <Badge color={overLimit ? 'red' : 'gray'} variant={overLimit ? 'filled' : 'light'} style={{ flexShrink: 0 }} data-testid="mentor-load">
                      {n} / {board.loadLimit}
                    </Badge>
                  </Tooltip>
                </Group>
                <Stack gap={4}>
                  {assignments.map((a) => (
                    <Card
                      key={a.id}
                      withBorder
                      padding={6}
                      onClick={() => void openPair(a)}
                      style={{ cursor: 'pointer', borderColor: a.overdue ? 'var(--mantine-color-red-6)' : undefined, borderWidth: a.overdue ? 2 : undefined }}
                      data-testid="pair-card"
                      data-mentee={a.mentee.name}
                    >
                      <Group justify="space-between" wrap="nowrap" gap={4}>
                        <Text size="sm" fw={500} lineClamp={2}>{a.mentee.name}</Text>
                        <PairBadge pair={a} />
                      </Group>
                      <Text size="xs" c="dimmed">
                        {a.mentee.school} · {t('mentoring.heldOfPlanned', { held: a.sessionsHeld, planned: a.sessionsPlanned })}
                        {a.sameSchool ? ` · ${t('mentoring.sameSchoolShort')}` : ''}
                      </Text>
                    </Card>
                  ))}
                  {assignments.length === 0 && <Text size="xs" c="dimmed">{t('mentoring.dropHere')}</Text>}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </Group>
      )}
      {board && board.ended.length > 0 && (
        <Text size="sm" c="dimmed">{t('mentoring.endedCount', { count: board.ended.length })}</Text>
      )}
      {board && (
        <Suspense fallback={null}>
          <SessionsChart pairs={board.mentors.flatMap((m) => m.assignments).map((a) => ({ id: a.id, mentee: a.mentee.name, mentor: a.mentor.name, held: a.sessionsHeld, planned: a.sessionsPlanned }))} />
        </Suspense>
      )}

      {setup && (
        <MentoringSetup
          onChanged={() => {
            call('mentoring.people', {}).then(setPeople, notifyError);
            call('competencies.list', {}).then(setCompetencies, notifyError);
            load().catch(notifyError);
          }}
          onClose={() => setSetup(false)}
        />
      )}
      {form && <PairForm draft={form} people={people} competencies={competencies} loads={new Map(board?.mentors.map((m) => [m.mentor.id, m.load]))} loadLimit={board?.loadLimit ?? 3} onSave={savePair} reload={form.id ? async () => pairDraft(await call('assignments.get', { id: form.id as number })) : undefined} onClose={() => setForm(null)} />}
      {pair && (
        <PairPage
          pair={pair}
          onChanged={(a) => {
            setPair(a);
            void load();
          }}
          onEdit={() => editPair(pair)}
          onDeleted={() => {
            setPair(null);
            void load();
          }}
          onClose={() => setPair(null)}
        />
      )}
    </Stack>
  );
}
