/**
 * The plan drawn like the cluster's infographic: months as columns, initiatives as rows of lanes, phases as
 * bars. Bars move and resize by dragging (snapping to months) or from the keyboard; every change goes
 * through `onChangePhase`, which saves it and records the undo.
 */
import { ActionIcon, Menu } from '@mantine/core';
import { OnDemandMenu } from '../common/OnDemandMenu';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textColourOn } from '../../../../shared/colour';
import { formatDate, monthName, type Language } from '../../../../shared/dates';
import { dictionaries } from '../../../../shared/i18n';
import { addMonths, columnOf, monthOrdinal, windowMonths } from '../../../../shared/plan/months';
import { shadeBand } from '../../../../shared/plan/shading';
import type { Initiative, Lane, Phase, Plan } from '../../../../shared/plan/types';
import './gantt.css';

export interface GanttActions {
  changePhase: (phase: Phase, span: { start: string; end: string }) => void;
  editPhase: (phase: Phase) => void;
  addPhase: (lane: Lane, initiative: Initiative, month: string) => void;
  editInitiative: (initiative: Initiative) => void;
  addLane: (initiative: Initiative) => void;
  moveInitiative: (initiative: Initiative, by: number) => void;
  deleteInitiative: (initiative: Initiative) => void;
  renameLane: (lane: Lane, initiative: Initiative) => void;
  moveLane: (lane: Lane, initiative: Initiative, by: number) => void;
  deleteLane: (lane: Lane, initiative: Initiative) => void;
  deletePhase: (phase: Phase) => void;
}

type Drag = { phase: Phase; mode: 'move' | 'start' | 'end'; x: number; colWidth: number; start: string; end: string; moved: boolean };

const pct = (n: number, of: number) => `${(n / of) * 100}%`;

export function Gantt({ plan, today, actions }: { plan: Plan; today: string; actions: GanttActions }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const months = windowMonths(plan.window);
  const n = months.length;
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const firstYear = months[0]?.slice(0, 4);
  const todayAt = shadeBand(plan.window, today, today);

  const monthLabel = (m: string, i: number) => {
    // The same short month names as the Word calendar ("Ogos", not "Ogo").
    const short = dictionaries[language].doc.monthsShort[Number(m.slice(5, 7)) - 1] ?? m;
    return i === 0 || m.slice(0, 4) !== months[i - 1]?.slice(0, 4) ? `${short} ${m.slice(0, 4)}` : short;
  };
  const spanLabel = (p: { start: string; end: string }) => {
    const [a, b] = [months[columnOf(plan.window, p.start)], months[columnOf(plan.window, p.end)]];
    const fmt = (m?: string) => (m ? `${monthName(Number(m.slice(5, 7)), language)} ${m.slice(0, 4)}` : '');
    return p.start === p.end ? fmt(a) : `${fmt(a)} – ${fmt(b)}`;
  };

  const clampSpan = (start: string, end: string) => {
    const [lo, hi] = [months[0] ?? start, months[n - 1] ?? end];
    return monthOrdinal(start) < monthOrdinal(lo) || monthOrdinal(end) > monthOrdinal(hi) || monthOrdinal(end) < monthOrdinal(start) ? null : { start, end };
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>, phase: Phase, mode: Drag['mode']) => {
    if (e.button !== 0) return;
    const lane = e.currentTarget.closest<HTMLElement>('.gantt-lane')?.getBoundingClientRect();
    if (!lane) return;
    e.stopPropagation();
    (e.currentTarget.closest('.gantt-bar') as HTMLElement).setPointerCapture(e.pointerId);
    const d = { phase, mode, x: e.clientX, colWidth: lane.width / n, start: phase.start, end: phase.end, moved: false };
    dragRef.current = d;
    setDrag(d);
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = dragRef.current;
    if (!d) return;
    const by = Math.round((e.clientX - d.x) / d.colWidth);
    const { phase, mode } = d;
    const next =
      mode === 'move'
        ? clampSpan(addMonths(phase.start, by), addMonths(phase.end, by))
        : mode === 'start'
          ? clampSpan(addMonths(phase.start, by), phase.end)
          : clampSpan(phase.start, addMonths(phase.end, by));
    if (next && (next.start !== d.start || next.end !== d.end)) {
      const nd = { ...d, ...next, moved: true };
      dragRef.current = nd;
      setDrag(nd);
    } else if (Math.abs(e.clientX - d.x) > 3 && !d.moved) {
      dragRef.current = { ...d, moved: true };
    }
  };
  const onPointerUp = () => {
    const d = dragRef.current;
    dragRef.current = null;
    setDrag(null);
    if (!d) return;
    if (d.start !== d.phase.start || d.end !== d.phase.end) actions.changePhase(d.phase, { start: d.start, end: d.end });
    else if (!d.moved) actions.editPhase(d.phase);
  };

  /** Arrows move a bar a month; Shift+arrows move its end; Enter opens the form. */
  const onBarKey = (e: KeyboardEvent<HTMLButtonElement>, phase: Phase) => {
    const by = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (by !== 0) {
      e.preventDefault();
      const span = e.shiftKey ? clampSpan(phase.start, addMonths(phase.end, by)) : clampSpan(addMonths(phase.start, by), addMonths(phase.end, by));
      if (span) actions.changePhase(phase, span);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      actions.deletePhase(phase);
    }
  };

  const bands = plan.periods
    .map((p) => ({ p, band: shadeBand(plan.window, p.start, p.end) }))
    .filter((b): b is { p: (typeof plan.periods)[number]; band: { left: number; width: number } } => b.band !== null);

  const laneBackground = (
    <>
      {bands.map(({ p, band }) => (
        <div key={`${p.kind}${p.id}`} className={`gantt-band ${p.kind}`} style={{ left: pct(band.left, n), width: pct(band.width, n) }} />
      ))}
      {todayAt && <div className="gantt-today" style={{ left: pct(todayAt.left, n) }} />}
    </>
  );

  // Grid rows: the month header, the terms strip when there is one, then each initiative's lanes.
  const firstRow = bands.length > 0 ? 3 : 2;
  const tops = plan.initiatives.map((_, i) => firstRow + plan.initiatives.slice(0, i).reduce((n, x) => n + x.lanes.length, 0));
  return (
    <div className="gantt" data-testid="gantt" style={{ gridTemplateColumns: `minmax(150px, 13%) repeat(${n}, minmax(0, 1fr))` }}>
      <div className="gantt-head" style={{ gridColumn: 1, textAlign: 'left', paddingLeft: 8 }}>
        {t('plan.initiative')}
      </div>
      {months.map((m, i) => (
        <div key={m} className={`gantt-head${m.slice(0, 4) !== firstYear ? ' next-year' : ''}`} data-testid="gantt-month" data-month={m} style={{ gridColumn: i + 2 }}>
          {monthLabel(m, i)}
        </div>
      ))}
      {bands.length > 0 && (
        <>
          <div className="gantt-label" style={{ gridRow: 2, background: 'var(--mantine-color-gray-1)', color: '#333', borderTop: 0, fontSize: 10 }}>
            {t('plan.termsAndHolidays')}
          </div>
          <div className="gantt-strip" style={{ gridRow: 2, gridColumn: `2 / span ${n}` }}>
            {bands.map(({ p, band }) => (
              <div
                key={`${p.kind}${p.id}`}
                className={`gantt-band ${p.kind}`}
                title={`${p.name}: ${formatDate(p.start)}${p.end !== p.start ? ` – ${formatDate(p.end)}` : ''}`}
                style={{ left: pct(band.left, n), width: pct(band.width, n), pointerEvents: 'auto' }}
                data-testid="gantt-period"
              >
                {p.kind === 'term' ? p.name : ''}
              </div>
            ))}
          </div>
        </>
      )}
      {plan.initiatives.map((initiative, ii) => {
        const top = tops[ii] ?? firstRow;
        const fg = textColourOn(initiative.colour);
        return [
          <div
            key={`label${initiative.id}`}
            className="gantt-label"
            data-testid="gantt-initiative"
            data-code={initiative.code}
            style={{ gridRow: `${top} / span ${initiative.lanes.length}`, background: initiative.colour, color: fg }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 4 }}>
              <span className="code">{initiative.code}</span>
              <OnDemandMenu
                target={
                  <ActionIcon size="sm" variant="subtle" c={fg} aria-label={t('plan.initiativeMenu', { code: initiative.code })} data-testid="initiative-menu" data-print-hide>
                    ⋯
                  </ActionIcon>
                }
              >
                <Menu.Item onClick={() => actions.editInitiative(initiative)}>{t('plan.editInitiative')}</Menu.Item>
                <Menu.Item onClick={() => actions.addLane(initiative)}>{t('plan.addLane')}</Menu.Item>
                <Menu.Item disabled={ii === 0} onClick={() => actions.moveInitiative(initiative, -1)}>
                  {t('plan.moveUp')}
                </Menu.Item>
                <Menu.Item disabled={ii === plan.initiatives.length - 1} onClick={() => actions.moveInitiative(initiative, 1)}>
                  {t('plan.moveDown')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" onClick={() => actions.deleteInitiative(initiative)}>
                  {t('plan.deleteInitiative')}
                </Menu.Item>
              </OnDemandMenu>
            </div>
            <span className="name">{initiative.name}</span>
          </div>,
          ...initiative.lanes.map((lane, li) => (
            <div
              key={`lane${lane.id}`}
              className={`gantt-lane${li === 0 ? ' first' : ''}`}
              data-testid="gantt-lane"
              aria-label={`${initiative.code} ${t('plan.lane')} ${li + 1}${lane.name ? `: ${lane.name}` : ''}`}
              style={{ gridRow: top + li, gridColumn: `2 / span ${n}`, gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}
            >
              {laneBackground}
              {months.map((m, i) => (
                <div
                  key={m}
                  className={`gantt-cell${i > 0 && m.slice(0, 4) !== months[i - 1]?.slice(0, 4) ? ' year-break' : ''}`}
                  style={{ gridColumn: i + 1 }}
                  onDoubleClick={() => actions.addPhase(lane, initiative, m)}
                />
              ))}
              {lane.phases.map((phase) => {
                const live = drag?.phase.id === phase.id ? drag : phase;
                const c0 = columnOf(plan.window, live.start);
                const c1 = columnOf(plan.window, live.end);
                if (c0 < 0 || c1 < 0) return null;
                return (
                    <button
                      key={phase.id}
                      title={drag ? undefined : `${phase.name} · ${spanLabel(live)}`}
                      type="button"
                      className={`gantt-bar${drag?.phase.id === phase.id ? ' dragging' : ''}`}
                      data-testid="gantt-bar"
                      data-phase-id={phase.id}
                      data-start={live.start}
                      data-end={live.end}
                      aria-label={`${initiative.code}: ${phase.name}, ${spanLabel(live)}`}
                      aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Enter Delete"
                      style={{ gridColumn: `${c0 + 1} / span ${c1 - c0 + 1}`, background: initiative.colour, color: fg }}
                      onPointerDown={(e) => onPointerDown(e, phase, 'move')}
                      onPointerMove={onPointerMove}
                      onPointerUp={onPointerUp}
                      onPointerCancel={() => {
                        dragRef.current = null;
                        setDrag(null);
                      }}
                      onKeyDown={(e) => onBarKey(e, phase)}
                      onClick={(e) => {
                        // Pointer clicks are handled on pointer-up; this is the keyboard's Enter/Space.
                        if (e.detail === 0) actions.editPhase(phase);
                      }}
                    >
                      <span className="gantt-handle start" data-testid="bar-handle-start" onPointerDown={(e) => onPointerDown(e, phase, 'start')} />
                      {phase.name}
                      <span className="gantt-handle end" data-testid="bar-handle-end" onPointerDown={(e) => onPointerDown(e, phase, 'end')} />
                    </button>
                );
              })}
              <div className="gantt-lane-tools" data-print-hide>
                <OnDemandMenu
                  target={
                    <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('plan.laneMenu', { code: initiative.code, n: li + 1 })} data-testid="lane-menu">
                      ⋮
                    </ActionIcon>
                  }
                >
                  <Menu.Item onClick={() => actions.addPhase(lane, initiative, months[0] ?? plan.window.start)}>{t('plan.addPhase')}</Menu.Item>
                  <Menu.Item onClick={() => actions.renameLane(lane, initiative)}>{t('plan.renameLane')}</Menu.Item>
                  <Menu.Item disabled={li === 0} onClick={() => actions.moveLane(lane, initiative, -1)}>
                    {t('plan.moveUp')}
                  </Menu.Item>
                  <Menu.Item disabled={li === initiative.lanes.length - 1} onClick={() => actions.moveLane(lane, initiative, 1)}>
                    {t('plan.moveDown')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item color="red" disabled={initiative.lanes.length === 1} onClick={() => actions.deleteLane(lane, initiative)}>
                    {t('plan.deleteLane')}
                  </Menu.Item>
                </OnDemandMenu>
              </div>
            </div>
          )),
        ];
      })}
    </div>
  );
}
