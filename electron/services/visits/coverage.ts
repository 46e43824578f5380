/** Terms (from the calendar's school terms) and the coverage matrix of a term: schools by week. */
import type { Kysely } from 'kysely';
import { todayLocal } from '../../../shared/dates';
import { AppError, bi } from '../../../shared/errors';
import { daysSince, weekIndex, weeksOf } from '../../../shared/visits/coverage';
import type { Coverage, Term } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { getCount, setCount } from '../cluster/settings';

type Db = Kysely<DB>;

/** Term N of a year is the N-th school term that starts in that year. */
export async function listTerms(db: Db, year: number): Promise<Term[]> {
  const rows = await db
    .selectFrom('calendar_periods')
    .select(['name', 'start_date', 'end_date'])
    .where('kind', '=', 'term')
    .where('start_date', '>=', `${year}-01-01`)
    .where('start_date', '<=', `${year}-12-31`)
    .orderBy('start_date')
    .execute();
  return rows.map((r, i) => ({ year, term: i + 1, name: r.name, start: r.start_date, end: r.end_date }));
}

export async function getTerm(db: Db, year: number, term: number): Promise<Term> {
  const t = (await listTerms(db, year))[term - 1];
  if (!t) {
    throw new AppError('NOT_FOUND', bi(
      `Term ${term} of ${year} is not in the calendar; enter the school terms under Calendar → Terms, holidays and exams.`,
      `Penggal ${term} tahun ${year} tiada dalam kalendar; masukkan penggal persekolahan di Kalendar → Penggal, cuti dan peperiksaan.`,
    ), 'term');
  }
  return t;
}

export const WEEKLY_TARGET_KEY = 'visits.weeklyTarget';
export const DEFAULT_WEEKLY_TARGET = 3;

export const getWeeklyTarget = (db: Db) => getCount(db, WEEKLY_TARGET_KEY, DEFAULT_WEEKLY_TARGET);

export async function setWeeklyTarget(db: Db, target: number): Promise<{ target: number }> {
  await setCount(db, WEEKLY_TARGET_KEY, target);
  return { target };
}

/** Counts done visits only; `today` bounds "days since" while the term is running. */
export async function coverage(db: Db, year: number, termNumber: number, today = todayLocal()): Promise<Coverage> {
  const term = await getTerm(db, year, termNumber);
  const weeks = weeksOf(term.start, term.end);
  const asOf = today < term.end ? today : term.end;
  const [schools, visits, officers, weeklyTarget] = await Promise.all([
    // Each school's last done visit is one step down the (school, date) index, not a read of every visit.
    db
      .selectFrom('schools as s')
      .select(['s.id', 's.name', 's.abbreviation', 's.number'])
      .select((eb) =>
        eb
          .selectFrom('visits as v')
          .select('v.date')
          .whereRef('v.school_id', '=', 's.id')
          .where('v.date', '<=', asOf)
          .where('v.status', '=', 'done')
          .orderBy('v.date', 'desc')
          .limit(1)
          .as('last'),
      )
      .where('s.archived_at', 'is', null)
      .orderBy('s.number')
      .execute(),
    db.selectFrom('visits').select(['id', 'school_id', 'date']).where('status', '=', 'done').where('date', '>=', term.start).where('date', '<=', term.end).execute(),
    db
      .selectFrom('visit_officers as o')
      .innerJoin('visits as v', 'v.id', 'o.visit_id')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['p.id', 'p.name', 'p.position', (eb) => eb.fn.count<number>('v.id').as('n')])
      .where('v.status', '=', 'done')
      .where('v.date', '>=', term.start)
      .where('v.date', '<=', term.end)
      .groupBy('p.id')
      .orderBy('p.position')
      .execute(),
    getWeeklyTarget(db),
  ]);
  const rows = schools.map((s) => {
    const perWeek = weeks.map(() => 0);
    for (const v of visits) {
      if (v.school_id !== s.id) continue;
      const w = weekIndex(weeks, v.date);
      if (w >= 0) perWeek[w] = (perWeek[w] ?? 0) + 1;
    }
    const lastVisit = s.last ?? null;
    return { schoolId: s.id, name: s.name, abbreviation: s.abbreviation, number: s.number, perWeek, total: perWeek.reduce((a, b) => a + b, 0), lastVisit, daysSince: daysSince(lastVisit, asOf) };
  });
  rows.sort((a, b) => (a.total === 0) !== (b.total === 0) ? (a.total === 0 ? -1 : 1) : (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.number - b.number);
  return {
    term,
    weeks,
    weeklyTarget,
    weeklyTotals: weeks.map((_, i) => rows.reduce((n, r) => n + (r.perWeek[i] ?? 0), 0)),
    schools: rows.map(({ number: _n, ...r }) => r),
    officers: officers.map((o) => ({ personId: o.id, name: o.name, visits: Number(o.n) })),
  };
}
