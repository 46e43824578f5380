/**
 * The initiative year: choose or start a plan year, edit it on the Gantt, undo with Ctrl+Z, copy it
 * forward, print it on one landscape page, or save the Word calendar.
 */
import { Alert, Button, Group, Menu, Select, Stack, Text, Title } from '@mantine/core';
import { UNDO_EVENT } from './undo-event';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import { todayLocal } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import type { Initiative, Lane, Phase, Plan, PlanChange, PlanYearSummary } from '../../../../shared/plan/types';
import { call, saveDocument } from '../../api';
import { confirm, withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { Gantt, type GanttActions } from './Gantt';
import type { MeasuresOfYear } from '../../../../shared/attendance/types';
import { MeasuresPanel } from './MeasuresPanel';
import { measuresDraft, type MeasuresDraft } from './MeasuresEditor';
import { blankInitiative, InitiativeForm, NameForm, PhaseForm, YearForm, type InitiativeDraft, type PhaseDraft, type YearDraft } from './PlanForms';

type Undo = { label: string; run: () => Promise<PlanChange | Plan> };
type Dialog =
  | { kind: 'phase'; initiative: Initiative; draft: PhaseDraft }
  | { kind: 'initiative'; draft: InitiativeDraft }
  | { kind: 'year'; draft: YearDraft }
  | { kind: 'lane'; lane: Lane; initiative: Initiative }
  | null;

/** Raised by the desktop menu's Undo, which takes Ctrl+Z before the page sees the key. */

const planOf = (r: PlanChange | Plan): Plan => ('plan' in r ? r.plan : r);
const initiativeDraft = (i: Initiative): InitiativeDraft => ({
  id: i.id,
  ...withVersion(i),
  code: i.code,
  name: i.name,
  nameEn: i.nameEn,
  colour: i.colour,
  ownerId: i.ownerId,
  targetLevels: i.targetLevels,
  schoolIds: i.schoolIds,
  descriptionMs: i.descriptionMs,
  descriptionEn: i.descriptionEn,
  objectives: i.objectives,
  successMeasures: i.successMeasures,
});
const isTyping = (el: Element | null) => !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable);

/**
 * `initialYear` opens that year's plan (an initiative found by search); `action: 'new'` opens the form for a
 * new initiative once the year's plan is shown (the palette's "New initiative").
 */
export function PlanPage({ clusterName, initialYear, action }: { clusterName: string; initialYear?: number; action?: 'new' }) {
  const { t } = useTranslation();
  const [years, setYears] = useState<PlanYearSummary[] | null>(null);
  // The years the picker offers: those with a plan and the current one.
  const [offered, setOffered] = useState<number[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [schools, setSchools] = useState<SchoolSummary[]>([]);
  const [measures, setMeasures] = useState<MeasuresOfYear | null>(null);
  const undoStack = useRef<Undo[]>([]);
  // The latest version of every initiative, lane and phase this page has seen. Changes run one after another
  // and read it when they start, so consecutive drags and undo each send the version the previous one left.
  const versions = useRef(new Map<string, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [undoCount, setUndoCount] = useState(0);
  const busy = useRef(false);

  const loadYears = useCallback(async (select?: number) => {
    const [ys, data] = await Promise.all([call('plan.years', {}), call('app.years', {})]);
    setYears(ys);
    setOffered([...new Set([...data.plan, ...ys.map((y) => y.year)])].sort((a, b) => a - b));
    setYear((cur) => select ?? cur ?? initialYear ?? data.opening.plan);
  }, [initialYear]);

  useEffect(() => {
    loadYears().catch(notifyError);
    call('team.list', {}).then(setTeam, notifyError);
    call('schools.list', {}).then((r) => setSchools(r.items), notifyError);
  }, [loadYears]);

  /** Shows a plan and notes the versions it carries. */
  const show = useCallback((p: Plan) => {
    for (const i of p.initiatives) {
      versions.current.set(`initiative:${i.id}`, i.version);
      for (const l of i.lanes) {
        versions.current.set(`lane:${l.id}`, l.version);
        for (const ph of l.phases) versions.current.set(`phase:${ph.id}`, ph.version);
      }
    }
    setPlan(p);
  }, []);
  const versionOf = (kind: 'initiative' | 'lane' | 'phase', id: number) => versions.current.get(`${kind}:${id}`) ?? 0;
  // "New initiative" from the palette: the form opens once a year's plan is shown (a year without one asks
  // for the plan first).
  const wantsNew = useRef(action === 'new');
  useEffect(() => {
    if (!wantsNew.current || !plan) return;
    wantsNew.current = false;
    setDialog({ kind: 'initiative', draft: blankInitiative() });
  }, [plan]);

  /** Runs changes one at a time, each after the previous one's plan (and versions) arrived. */
  const serial = useCallback(<R extends PlanChange | Plan>(run: () => Promise<R>): Promise<R> => {
    const next = queue.current.then(run, run).then((r) => {
      show(planOf(r));
      return r;
    });
    queue.current = next.catch(() => undefined);
    return next;
  }, [show]);

  const hasPlan = years && year !== null ? years.some((y) => y.year === year) : null;
  useEffect(() => {
    if (year === null || hasPlan === null) return;
    undoStack.current = [];
    setUndoCount(0);
    if (!hasPlan) {
      setPlan(null);
      return;
    }
    call('plan.get', { year }).then(show, notifyError);
  }, [year, hasPlan, show]);

  // Measures follow the plan: an initiative's schools or levels decide whose attendance counts.
  const loadMeasures = useCallback((y: number) => call('measures.list', { year: y }).then(setMeasures, notifyError), []);
  useEffect(() => {
    if (plan) void loadMeasures(plan.year);
    else setMeasures(null);
  }, [plan, loadMeasures]);
  const saveMeasures = async (initiativeId: number, d: MeasuresDraft) => {
    const saved = await call('measures.save', { initiativeId, measures: d.measures.map((m) => ({ ...m, target: m.target as number })), removed: d.removed });
    notifyOk(t('attendance.measuresSaved', { code: saved.code }));
    if (plan) void loadMeasures(plan.year);
    return saved;
  };
  const freshMeasures = async (initiativeId: number): Promise<MeasuresDraft> => {
    const all = await call('measures.list', { year: plan?.year ?? (year as number) });
    setMeasures(all);
    return measuresDraft(all.initiatives.find((i) => i.initiativeId === initiativeId));
  };

  /** Saves a change, shows the plan it returns, and remembers how to take it back. */
  const apply = useCallback(async <R extends PlanChange | Plan>(run: () => Promise<R>, undo?: (r: R) => Undo | null): Promise<R> => {
    const r = await serial(run);
    const u = undo?.(r);
    if (u) {
      undoStack.current.push(u);
      setUndoCount(undoStack.current.length);
    }
    return r;
  }, [serial]);
  const tryApply = useCallback(
    <R extends PlanChange | Plan>(run: () => Promise<R>, undo?: (r: R) => Undo | null): Promise<R | null> =>
      apply(run, undo).catch((err: unknown) => {
        notifyError(err);
        return null;
      }),
    [apply],
  );

  const undoLast = useCallback(async () => {
    const u = undoStack.current.pop();
    setUndoCount(undoStack.current.length);
    if (!u || busy.current) return;
    busy.current = true;
    try {
      await serial(u.run);
      notifyOk(t('plan.undone', { what: u.label }));
    } catch (err) {
      notifyError(err);
    } finally {
      busy.current = false;
    }
  }, [t, serial]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTyping(document.activeElement) && !document.querySelector('[role="dialog"]')) {
        e.preventDefault();
        void undoLast();
      }
    };
    const onMenuUndo = () => {
      if (!isTyping(document.activeElement) && !document.querySelector('[role="dialog"]')) void undoLast();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(UNDO_EVENT, onMenuUndo);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(UNDO_EVENT, onMenuUndo);
    };
  }, [undoLast]);

  const savePhase = (d: PhaseDraft, before?: Phase) =>
    d.id
      ? apply(
          () => call('phases.update', { id: d.id as number, version: d.version ?? versionOf('phase', d.id as number), laneId: d.laneId, name: d.name, nameEn: d.nameEn, start: d.start, end: d.end }),
          () => before ? { label: before.name, run: () => call('phases.update', { id: before.id, version: versionOf('phase', before.id), laneId: before.laneId, name: before.name, nameEn: before.nameEn, start: before.start, end: before.end }) } : null,
        )
      : apply(
          () => call('phases.create', { laneId: d.laneId, name: d.name, nameEn: d.nameEn, start: d.start, end: d.end }),
          (r) => ({ label: d.name, run: () => call('phases.delete', { id: r.id }) }),
        );

  /** Asks first; true once the phase is deleted (Ctrl+Z brings it back). */
  const deletePhase = async (phase: Phase): Promise<boolean> => {
    const ok = await confirm({ title: t('forms.deletePhase', { name: phase.name }), message: t('forms.deletePhaseText'), confirmLabel: t('forms.delete'), danger: true });
    if (!ok) return false;
    const r = await tryApply(
      () => call('phases.delete', { id: phase.id }),
      () => ({ label: phase.name, run: () => call('phases.restore', { id: phase.id }) }),
    );
    if (r) notifyOk(t('plan.deleted', { name: phase.name }));
    return r !== null;
  };

  /** The plan as stored now, for a form whose save met a newer version of its record. */
  const freshPlan = async () => {
    const p = await call('plan.get', { year: year as number });
    show(p);
    return p;
  };
  const freshPhase = async (id: number): Promise<PhaseDraft> => {
    const p = (await freshPlan()).initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases)).find((x) => x.id === id);
    if (!p) throw new Error(t('forms.gone'));
    return { id: p.id, ...withVersion(p), laneId: p.laneId, name: p.name, nameEn: p.nameEn, start: p.start, end: p.end };
  };
  const freshInitiative = async (id: number): Promise<InitiativeDraft> => {
    const i = (await freshPlan()).initiatives.find((x) => x.id === id);
    if (!i) throw new Error(t('forms.gone'));
    return initiativeDraft(i);
  };

  const actions: GanttActions = {
    // A drag or key press may follow another before the redraw: its version comes from the latest change, not the bar.
    changePhase: (phase, span) => {
      const { version: _drawn, ...current } = phase;
      void savePhase({ ...current, ...span }, phase).catch(notifyError);
    },
    editPhase: (phase) => {
      const initiative = plan?.initiatives.find((i) => i.lanes.some((l) => l.id === phase.laneId));
      if (initiative) setDialog({ kind: 'phase', initiative, draft: { id: phase.id, ...withVersion(phase), laneId: phase.laneId, name: phase.name, nameEn: phase.nameEn, start: phase.start, end: phase.end } });
    },
    addPhase: (lane, initiative, month) => setDialog({ kind: 'phase', initiative, draft: { laneId: lane.id, name: '', nameEn: '', start: month, end: month } }),
    deletePhase: (phase) => void deletePhase(phase),
    editInitiative: (i) => setDialog({ kind: 'initiative', draft: initiativeDraft(i) }),
    addLane: (i) =>
      void tryApply(
        () => call('lanes.create', { initiativeId: i.id }),
        (r) => ({ label: i.code, run: () => call('lanes.delete', { id: r.id }) }),
      ),
    moveInitiative: (i, by) => {
      const from = plan?.initiatives.findIndex((x) => x.id === i.id) ?? 0;
      void tryApply(
        () => call('initiatives.move', { id: i.id, position: Math.max(0, from + by) }),
        () => ({ label: i.code, run: () => call('initiatives.move', { id: i.id, position: from }) }),
      );
    },
    deleteInitiative: (i) =>
      void confirm({ title: t('forms.deleteInitiative', { code: i.code }), message: t('forms.deleteInitiativeText'), confirmLabel: t('forms.delete'), danger: true }).then(
        async (ok) => {
          if (!ok) return;
          const r = await tryApply(
            () => call('initiatives.delete', { id: i.id }),
            () => ({ label: i.code, run: () => call('initiatives.restore', { id: i.id }) }),
          );
          if (r) notifyOk(t('plan.deleted', { name: i.code }));
        },
      ),
    renameLane: (lane, initiative) => setDialog({ kind: 'lane', lane, initiative }),
    moveLane: (lane, initiative, by) => {
      const from = initiative.lanes.findIndex((l) => l.id === lane.id);
      void tryApply(
        () => call('lanes.move', { id: lane.id, position: Math.max(0, from + by) }),
        () => ({ label: initiative.code, run: () => call('lanes.move', { id: lane.id, position: from }) }),
      );
    },
    deleteLane: (lane, initiative) =>
      void confirm({ title: t('forms.deleteLane', { code: initiative.code }), message: t('forms.deleteLaneText'), confirmLabel: t('forms.delete'), danger: true }).then(
        async (ok) => {
          if (!ok) return;
          const r = await tryApply(
            () => call('lanes.delete', { id: lane.id }),
            () => ({ label: initiative.code, run: () => call('lanes.restore', { id: lane.id }) }),
          );
          if (r) notifyOk(t('plan.laneDeleted', { code: initiative.code }));
        },
      ),
  };

  const saveInitiative = (d: InitiativeDraft) => {
    const fields = { code: d.code, name: d.name, nameEn: d.nameEn, colour: d.colour, ownerId: d.ownerId, targetLevels: d.targetLevels, schoolIds: d.schoolIds, descriptionMs: d.descriptionMs, descriptionEn: d.descriptionEn, objectives: d.objectives, successMeasures: d.successMeasures };
    const before = plan?.initiatives.find((i) => i.id === d.id);
    return d.id
      ? apply(
          () => call('initiatives.update', { id: d.id as number, version: d.version ?? versionOf('initiative', d.id as number), ...fields }),
          () => before ? { label: before.code, run: () => call('initiatives.update', { ...before, version: versionOf('initiative', before.id) }) } : null,
        )
      : apply(
          () => call('initiatives.create', { year: year as number, ...fields }),
          (r) => ({ label: d.code, run: () => call('initiatives.delete', { id: r.id }) }),
        );
  };

  const saveYear = async (d: YearDraft) => {
    if (d.mode === 'new') {
      await call('plan.createYear', { year: d.year, windowStart: d.windowStart, windowMonths: d.windowMonths });
      await loadYears(d.year);
    } else {
      show(await call('plan.setWindow', { year: d.year, windowStart: d.windowStart, windowMonths: d.windowMonths }));
      await loadYears();
    }
  };

  const copyForward = async () => {
    if (!plan) return;
    try {
      const next = await call('plan.copyForward', { year: plan.year });
      notifyOk(t('plan.copied', { from: plan.year, to: next.year }));
      await loadYears(next.year);
    } catch (err) {
      notifyError(err);
    }
  };

  const saveWord = async (language: Language) => {
    if (!plan) return;
    try {
      const r = await saveDocument({ kind: 'initiative-calendar', year: plan.year, language });
      if (r.saved) notifyOk(r.fileName);
    } catch (err) {
      notifyError(err);
    }
  };

  const printTitle = t('plan.printTitle', { cluster: clusterName, year: plan?.year ?? year ?? '' });
  const newYearDraft = (chosen?: number): YearDraft => {
    const y = chosen ?? (years?.at(-1)?.year ?? Number(todayLocal().slice(0, 4)) - 1) + 1;
    return { mode: 'new', year: y, windowStart: `${y}-01`, windowMonths: 13 };
  };

  return (
    <Stack className="plan-page">
      <Group justify="space-between" data-print-hide>
        <Group>
          <Title order={2}>{t('plan.title')}</Title>
          {years && offered.length > 0 && (
            <Select
              aria-label={t('plan.year')}
              data-testid="plan-year"
              w={110}
              allowDeselect={false}
              value={year ? String(year) : null}
              data={offered.map(String)}
              onChange={(v) => v && setYear(Number(v))}
            />
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" disabled={undoCount === 0} onClick={() => void undoLast()} data-testid="plan-undo" title="Ctrl+Z">
            {t('plan.undo')}
          </Button>
          {plan && (
            <Button variant="default" onClick={() => setDialog({ kind: 'initiative', draft: blankInitiative() })} data-testid="add-initiative">
              {t('plan.addInitiative')}
            </Button>
          )}
          <Menu>
            <Menu.Target>
              <Button variant="default" data-testid="plan-more">{t('plan.more')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setDialog({ kind: 'year', draft: newYearDraft() })} data-testid="new-year">{t('plan.newYear')}</Menu.Item>
              {plan && (
                <>
                  <Menu.Item onClick={() => void copyForward()} data-testid="copy-forward">{t('plan.copyForward', { year: plan.year + 1 })}</Menu.Item>
                  <Menu.Item onClick={() => setDialog({ kind: 'year', draft: { mode: 'window', year: plan.year, windowStart: plan.window.start, windowMonths: plan.window.months } })}>
                    {t('plan.window')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item onClick={() => window.print()} data-testid="plan-print">{t('plan.print')}</Menu.Item>
                  <Menu.Item onClick={() => void saveWord('ms')} data-testid="plan-word-ms">{t('plan.wordMs')}</Menu.Item>
                  <Menu.Item onClick={() => void saveWord('en')} data-testid="plan-word-en">{t('plan.wordEn')}</Menu.Item>
                </>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      {years && years.length === 0 && (
        <Alert title={t('plan.noYearsTitle')} data-print-hide>
          <Stack align="flex-start">
            <Text size="sm">{t('plan.noYears')}</Text>
            <Button onClick={() => setDialog({ kind: 'year', draft: newYearDraft(year ?? undefined) })} data-testid="first-year">{t('plan.newYear')}</Button>
          </Stack>
        </Alert>
      )}
      {years && years.length > 0 && year !== null && hasPlan === false && (
        <Alert title={t('years.noPlanTitle', { year })} data-print-hide data-testid="no-plan-for-year">
          <Stack align="flex-start">
            <Text size="sm">{t('years.noPlan', { year })}</Text>
            <Button onClick={() => setDialog({ kind: 'year', draft: newYearDraft(year) })} data-testid="start-year">{t('years.startYear', { year })}</Button>
          </Stack>
        </Alert>
      )}

      {plan && (
        <>
          <h2 className="print-only" style={{ margin: '0 0 6px', fontSize: 16 }} data-testid="plan-print-title">{printTitle}</h2>
          <Text size="xs" c="dimmed" data-print-hide>{t('plan.hint')}</Text>
          <Gantt plan={plan} today={todayLocal()} actions={actions} />
          {plan.initiatives.length === 0 && <Text c="dimmed" data-print-hide>{t('plan.empty')}</Text>}
          {measures && measures.year === plan.year && plan.initiatives.length > 0 && (
            <MeasuresPanel
              data={measures}
              onEdit={(id) => {
                const i = plan.initiatives.find((x) => x.id === id);
                if (i) setDialog({ kind: 'initiative', draft: initiativeDraft(i) });
              }}
            />
          )}
        </>
      )}

      {dialog?.kind === 'phase' && plan && (
        <PhaseForm
          plan={plan}
          initiative={dialog.initiative}
          draft={dialog.draft}
          onSave={(d) => {
            const before = dialog.initiative.lanes.flatMap((l) => l.phases).find((p) => p.id === d.id);
            return savePhase(d, before);
          }}
          onDelete={deletePhase}
          reload={dialog.draft.id ? () => freshPhase(dialog.draft.id as number) : undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'initiative' && (
        <InitiativeForm
          draft={dialog.draft}
          team={team}
          schools={schools}
          measures={dialog.draft.id ? measures?.initiatives.find((i) => i.initiativeId === dialog.draft.id) : undefined}
          choices={measures ?? { examTypes: [], subjects: [] }}
          onSave={saveInitiative}
          onSaveMeasures={dialog.draft.id ? (d) => saveMeasures(dialog.draft.id as number, d) : undefined}
          reload={dialog.draft.id ? () => freshInitiative(dialog.draft.id as number) : undefined}
          reloadMeasures={dialog.draft.id ? () => freshMeasures(dialog.draft.id as number) : undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'year' && <YearForm draft={dialog.draft} onSave={saveYear} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'lane' && (
        <NameForm
          title={`${dialog.initiative.code} · ${t('plan.renameLane')}`}
          label={t('plan.laneName')}
          value={dialog.lane.name}
          onSave={(name) => {
            const { lane } = dialog;
            return apply(
              () => call('lanes.update', { id: lane.id, version: versionOf('lane', lane.id), name }),
              () => ({ label: dialog.initiative.code, run: () => call('lanes.update', { id: lane.id, version: versionOf('lane', lane.id), name: lane.name }) }),
            );
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
