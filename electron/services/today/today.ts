/**
 * The Today page: what needs doing as of a date, read through the same services as the pages it links to
 * (follow-up, coverage, mentoring board, calendar, plan), so each count is the one that page shows.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { BackupInfo } from '../../../shared/domain';
import { todayLocal } from '../../../shared/dates';
import { OPEN_STATUSES } from '../../../shared/mentoring/types';
import { addDays, checkpointDates, daysBetween } from '../../../shared/plan/calendar-dates';
import {
  BACKUP_WARNING_DAYS,
  DEFAULT_STALE_DAYS,
  DUE_SOON_DAYS,
  NEED_ALERT,
  EXAMS_AHEAD_DAYS,
  REPORTS_DUE_DAYS,
  TODAY_LIST_SIZE,
  type Counted,
  type Today,
  type TodayExamDate,
  type TodayNeed,
  type TodayPair,
  type TodayPhase,
  type TodaySchool,
  type TodayStep,
} from '../../../shared/today/types';
import { mondayOf, weekIndex } from '../../../shared/visits/coverage';
import type { Coverage, FollowUpItem, Term } from '../../../shared/visits/types';
import { listOccurrences } from '../calendar/occurrences';
import { listExams } from '../calendar/exams';
import { getCount, readSetting, setCount, writeSetting } from '../cluster/settings';
import { readBoard } from '../mentoring/board';
import { readInitiatives } from '../plan/read';
import { coverage, listTerms } from '../visits/coverage';
import { listFollowUp, selectOpenSteps, stepsOf } from '../visits/follow-up';
import { readSupportRanking } from '../support/ranking';

type Db = Kysely<DB>;

const STALE_DAYS_KEY = 'today.staleDays';
const ME_KEY = 'today.me';

const counted = <T>(all: T[]): Counted<T> => ({ count: all.length, items: all.slice(0, TODAY_LIST_SIZE) });

const step = (f: FollowUpItem): TodayStep => ({ id: f.id, visitId: f.visitId, text: f.text, owner: f.owner, dueDate: f.dueDate, schoolId: f.schoolId, school: f.school });

export async function readTodayOptions(db: Db): Promise<{ me: number | null; staleDays: number }> {
  const [me, staleDays] = await Promise.all([readSetting(db, ME_KEY), getCount(db, STALE_DAYS_KEY, DEFAULT_STALE_DAYS)]);
  const id = Number(me);
  return { me: Number.isInteger(id) && id > 0 ? id : null, staleDays };
}

export async function setTodayOptions(db: Db, input: { me: number | null; staleDays: number }): Promise<{ me: number | null; staleDays: number }> {
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, ME_KEY, input.me === null ? '' : String(input.me));
    await setCount(trx, STALE_DAYS_KEY, input.staleDays);
  });
  return readTodayOptions(db);
}

/** Last year's and this year's terms: the parts that look for "the term" find it among these. */
async function termsAround(db: Db, asOf: string): Promise<Term[]> {
  const year = Number(asOf.slice(0, 4));
  return [...(await listTerms(db, year - 1)), ...(await listTerms(db, year))];
}

/** The term the date falls in, else the last one that started before it. */
const termOf = (terms: Term[], asOf: string): Term | null => terms.filter((t) => t.start <= asOf).at(-1) ?? null;

/** Next steps due from the as-of date to a week after it, soonest first (the follow-up's order). */
async function dueSoon(db: Db, asOf: string, personId: number | null): Promise<Counted<TodayStep>> {
  let q = selectOpenSteps(db)
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .select('s.abbreviation')
    .where('n.due_date', '>=', asOf)
    .where('n.due_date', '<=', addDays(asOf, DUE_SOON_DAYS));
  if (personId) q = q.where(stepsOf(personId));
  const rows = await q.orderBy('n.due_date').orderBy('v.date').orderBy('n.id').execute();
  return counted(rows.map((r) => ({ id: r.id, visitId: r.visit_id, text: r.text, owner: r.owner, dueDate: r.due_date, schoolId: r.school_id, school: r.abbreviation })));
}

async function visitsPart(db: Db, terms: Term[], asOf: string, staleDays: number): Promise<Today['visits']> {
  const term = termOf(terms, asOf);
  if (!term) return { term: null, notVisited: counted([]), staleDays, stale: counted([]), weeklyTarget: 0, weeks: [], weeklyTotals: [], currentWeek: -1, thisWeek: 0, lastWeek: 0 };
  const c = await coverage(db, term.year, term.term, asOf);
  const school = (s: Coverage['schools'][number]): TodaySchool => ({ schoolId: s.schoolId, abbreviation: s.abbreviation, name: s.name, lastVisit: s.lastVisit, daysSince: s.daysSince });
  const week = weekIndex(c.weeks, asOf);
  // Past the term's end, its last week is "this week".
  const current = week >= 0 ? week : asOf > term.end ? c.weeks.length - 1 : -1;
  return {
    term,
    notVisited: counted(c.schools.filter((s) => s.total === 0).map(school)),
    staleDays,
    stale: counted(c.schools.filter((s) => s.daysSince !== null && s.daysSince > staleDays).sort((a, b) => (b.daysSince ?? 0) - (a.daysSince ?? 0)).map(school)),
    weeklyTarget: c.weeklyTarget,
    weeks: c.weeks,
    weeklyTotals: c.weeklyTotals,
    currentWeek: current,
    thisWeek: current >= 0 ? (c.weeklyTotals[current] ?? 0) : 0,
    lastWeek: current >= 1 ? (c.weeklyTotals[current - 1] ?? 0) : 0,
  };
}

/** Exams and their checkpoints from the as-of date to 30 days after it, soonest first. */
async function examsAhead(db: Db, asOf: string): Promise<Counted<TodayExamDate>> {
  const until = addDays(asOf, EXAMS_AHEAD_DAYS);
  const year = Number(asOf.slice(0, 4));
  // A checkpoint 150 days before an exam next year can fall in the window too.
  const exams = [...(await listExams(db, year)), ...(await listExams(db, year + 1))];
  const dates: TodayExamDate[] = exams.flatMap((e) => [
    { examId: e.id, exam: e.name, date: e.date, daysBefore: null },
    ...checkpointDates(e.date, e.checkpointDays).map((c) => ({ examId: e.id, exam: e.name, date: c.date, daysBefore: c.daysBefore })),
  ]);
  return counted(dates.filter((d) => d.date >= asOf && d.date <= until).sort((a, b) => a.date.localeCompare(b.date) || a.exam.localeCompare(b.exam)));
}

async function mentoringPart(db: Db, asOf: string, personId: number | null, week: { start: string; end: string }): Promise<Today['mentoring']> {
  const board = await readBoard(db, Number(asOf.slice(0, 4)), asOf);
  const pairs = board.mentors
    .flatMap((m) => m.assignments)
    .filter((p) => OPEN_STATUSES.includes(p.status) && (personId === null || p.mentor.id === personId));
  const pair = (p: (typeof pairs)[number]): TodayPair => ({ assignmentId: p.id, mentee: p.mentee.name, mentor: p.mentor.name, nextSessionDate: p.nextSessionDate });
  const byNext = (a: TodayPair, b: TodayPair) => (a.nextSessionDate ?? '').localeCompare(b.nextSessionDate ?? '');
  return {
    overdue: counted(pairs.filter((p) => p.overdue).map(pair).sort(byNext)),
    thisWeek: counted(pairs.filter((p) => !p.overdue && p.nextSessionDate !== null && p.nextSessionDate >= week.start && p.nextSessionDate <= week.end).map(pair).sort(byNext)),
  };
}

/** Phases of the as-of year's plan that start or end in its month. */
async function phasesThisMonth(db: Db, asOf: string): Promise<Counted<TodayPhase>> {
  const month = asOf.slice(0, 7);
  const initiatives = await readInitiatives(db, Number(asOf.slice(0, 4)));
  const phases: TodayPhase[] = initiatives.flatMap((i) =>
    i.lanes.flatMap((l) =>
      l.phases
        .filter((p) => p.start === month || p.end === month)
        .map((p) => ({ initiative: i.code, phase: p.name, start: p.start, end: p.end, starts: p.start === month, ends: p.end === month })),
    ),
  );
  return counted(phases);
}

/** A term whose end is at most 14 days ahead (or past): the schools' narratives and the cluster's texts it still lacks. */
async function reportsDue(db: Db, terms: Term[], asOf: string): Promise<Today['termReports']> {
  const term = terms.filter((t) => daysBetween(asOf, t.end) <= REPORTS_DUE_DAYS).at(-1) ?? null;
  if (!term) return { term: null, missing: counted([]), clusterMissing: false };
  const [missing, cluster] = await Promise.all([
    db
      .selectFrom('schools as s')
      .select(['s.id', 's.abbreviation'])
      .where('s.archived_at', 'is', null)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('term_reports as r').select(sql`1`.as('one')).whereRef('r.school_id', '=', 's.id').where('r.year', '=', term.year).where('r.term', '=', term.term).where(sql`trim(r.narrative)`, '!=', ''))),
      )
      .orderBy('s.number')
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('term_reports')
      .select(['highlights', 'challenges'])
      .where('school_id', 'is', null)
      .where('year', '=', term.year)
      .where('term', '=', term.term)
      .executeTakeFirst(),
  ]);
  return {
    term,
    missing: counted(missing.map((s) => ({ schoolId: s.id, abbreviation: s.abbreviation }))),
    clusterMissing: !cluster || cluster.highlights.trim() === '' || cluster.challenges.trim() === '',
  };
}

function backupPart(backups: BackupInfo[], now: string): Today['backup'] {
  const newest = backups.map((b) => b.createdAt).sort().at(-1) ?? null;
  const ageDays = newest === null ? null : Math.max(0, daysBetween(newest.slice(0, 10), now));
  return { newest, ageDays, warning: ageDays === null || ageDays > BACKUP_WARNING_DAYS };
}

/**
 * Today as of `asOf` (default today); with `personId`, only that person's items where the part has an owner,
 * officer or mentor (next steps, mentoring, the week's calendar). The newest backup's age counts from the
 * real today, whatever the as-of date.
 */
export async function readToday(db: Db, backups: BackupInfo[], q: { asOf?: string; personId: number | null }, now = todayLocal()): Promise<Today> {
  const asOf = q.asOf ?? now;
  const personId = q.personId;
  const monday = mondayOf(asOf);
  const week = { start: monday, end: addDays(monday, 6) };
  const [options, terms] = await Promise.all([readTodayOptions(db), termsAround(db, asOf)]);
  const [followUp, soon, visits, exams, mentoring, calendar, phases, termReports, support] = await Promise.all([
    listFollowUp(db, { schoolId: null, includeClosed: false, personId }, asOf),
    dueSoon(db, asOf, personId),
    visitsPart(db, terms, asOf, options.staleDays),
    examsAhead(db, asOf),
    mentoringPart(db, asOf, personId, week),
    listOccurrences(db, { from: week.start, to: week.end, initiativeIds: [], schoolIds: [], personIds: personId ? [personId] : [] }),
    phasesThisMonth(db, asOf),
    reportsDue(db, terms, asOf),
    supportPart(db, asOf),
  ]);
  const items = calendar.occurrences
    .filter((o) => o.kind === 'event' || o.kind === 'visit' || o.kind === 'session')
    .map((o) => ({ kind: o.kind as 'event' | 'visit' | 'session', title: o.title, start: o.start, end: o.end, startTime: o.startTime }));
  return {
    asOf,
    personId,
    me: options.me,
    week,
    nextSteps: {
      overdue: { count: followUp.overdue, items: followUp.open.filter((f) => f.overdue).slice(0, TODAY_LIST_SIZE).map(step) },
      dueSoon: soon,
    },
    visits,
    exams,
    mentoring,
    calendar: counted(items),
    phases,
    termReports,
    backup: backupPart(backups, now),
    support,
  };
}

/** The schools most in need as of the day, from the same ranking as Improvement › Support. */
async function supportPart(db: Db, asOf: string): Promise<Counted<TodayNeed>> {
  const { rows } = await readSupportRanking(db, { year: Number(asOf.slice(0, 4)), asOf });
  return {
    count: rows.filter((r) => r.need >= NEED_ALERT).length,
    items: rows.filter((r) => r.need > 0).slice(0, TODAY_LIST_SIZE).map((r) => ({ schoolId: r.schoolId, abbreviation: r.abbreviation, name: r.name, need: r.need })),
  };
}
