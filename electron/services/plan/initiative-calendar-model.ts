/** The initiative calendar's report model, read in a fixed number of queries whatever the size of the plan. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage, periodIn } from '../../../shared/bilingual';
import type { Language } from '../../../shared/dates';
import type { CalendarExamItem, CalendarGridModel, CalendarInitiativeItem, InitiativeCalendarModel } from '../../../shared/documents/initiative-calendar-model';
import { addDays, checkpointDates } from '../../../shared/plan/calendar-dates';
import { windowEnd, type PlanWindow } from '../../../shared/plan/months';
import { periodsBetween } from '../calendar/periods';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { windowOf } from './read';

type Db = Kysely<DB>;

/** The year's live initiatives with their live lanes and phases, in one read. */
async function initiativesOf(db: Db, year: number, language: Language): Promise<CalendarInitiativeItem[]> {
  const rows = await db
    .selectFrom('initiatives as i')
    .leftJoin('lanes as l', (j) => j.onRef('l.initiative_id', '=', 'i.id').on('l.deleted_at', 'is', null))
    .leftJoin('phases as p', (j) => j.onRef('p.lane_id', '=', 'l.id').on('p.deleted_at', 'is', null))
    .select(['i.id', 'i.code', 'i.name', 'i.name_en', 'i.colour', 'l.id as lane_id', 'p.name as phase', 'p.name_en as phase_en', 'p.start_month', 'p.end_month'])
    .where('i.year', '=', year)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.position')
    .orderBy('i.id')
    .orderBy('l.position')
    .orderBy('l.id')
    .orderBy('p.start_month')
    .orderBy('p.id')
    .execute();
  const initiatives = new Map<number, CalendarInitiativeItem>();
  const lanes = new Map<number, CalendarInitiativeItem['lanes'][number]>();
  for (const r of rows) {
    let initiative = initiatives.get(r.id);
    if (!initiative) {
      initiative = { code: r.code, name: inLanguage(r.name, r.name_en, language), colour: r.colour, lanes: [] };
      initiatives.set(r.id, initiative);
    }
    if (r.lane_id === null) continue;
    let lane = lanes.get(r.lane_id);
    if (!lane) {
      lane = { phases: [] };
      lanes.set(r.lane_id, lane);
      initiative.lanes.push(lane);
    }
    if (r.phase !== null && r.start_month !== null && r.end_month !== null) lane.phases.push({ name: inLanguage(r.phase, r.phase_en ?? '', language), start: r.start_month, end: r.end_month });
  }
  // Maps keep the order rows came in: initiatives, lanes and phases in their positions.
  return [...initiatives.values()];
}

/** Exams whose date or a checkpoint falls in the window, with their checkpoints. */
async function examsIn(db: Db, window: PlanWindow): Promise<CalendarExamItem[]> {
  const from = `${window.start}-01`;
  const to = `${windowEnd(window)}-31`;
  const rows = await db
    .selectFrom('exams as x')
    .leftJoin('initiatives as i', (j) => j.onRef('i.id', '=', 'x.initiative_id').on('i.deleted_at', 'is', null))
    .select(['x.name', 'x.exam_date', 'x.checkpoint_days', 'i.code'])
    .where('x.exam_date', '>=', from)
    // A checkpoint is at most a year before its exam.
    .where('x.exam_date', '<=', addDays(to, 400))
    .orderBy('x.exam_date')
    .orderBy('x.id')
    .execute();
  return rows
    .map((r) => ({
      name: r.name,
      date: r.exam_date,
      initiativeCode: r.code ?? null,
      checkpoints: checkpointDates(r.exam_date, JSON.parse(r.checkpoint_days) as number[]),
    }))
    .filter((x) => x.date <= to || x.checkpoints.some((c) => c.date >= from && c.date <= to));
}

/**
 * The calendar grid of a plan year (window, initiatives with lanes and phases in one read, terms and holidays,
 * exams): what the calendar and any document showing it (the cluster profile) lay out. NOT_FOUND (field
 * `year`) when the year has no plan.
 */
export async function loadCalendarGrid(db: Db, year: number, language: Language): Promise<CalendarGridModel> {
  const window = await windowOf(db, year);
  const [initiatives, periods, exams] = await Promise.all([initiativesOf(db, year, language), periodsBetween(db, `${window.start}-01`, `${windowEnd(window)}-31`), examsIn(db, window)]);
  return { year, window, initiatives, periods: periods.map((p) => ({ kind: p.kind, name: periodIn(p, language).name, start: p.start, end: p.end })), exams };
}

/** The initiative calendar: its grid, the letterhead and who prepared it. */
export async function loadInitiativeCalendarModel(db: Db, year: number, language: Language, date?: string): Promise<InitiativeCalendarModel> {
  // The grid first: a year without a plan answers NOT_FOUND before anything else is read.
  const calendar = await loadCalendarGrid(db, year, language);
  const { letterhead, signatories } = await loadDocumentHead(db, language, { date });
  return { letterhead, calendar, signOff: signOffFrom(letterhead, signatories) };
}
