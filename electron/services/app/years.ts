/**
 * The years that have data, for each page with a year picker (the visits page's: years with visits or terms). No query reads a table through: plan and
 * mentoring years come from their indexed year columns, and dated records (events, terms and holidays, exams,
 * visits, mentoring sessions) give their first and last dates from their date index and then one indexed
 * probe a year for whether that year has any.
 */
import { sql, type Kysely } from 'kysely';
import { todayLocal } from '../../../shared/dates';
import { offeredYears, YEAR_PAGES, type DataYears, type YearPage } from '../../../shared/years';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;

const yearOf = (date: string | null | undefined) => {
  const y = Number((date ?? '').slice(0, 4));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
};

/**
 * Years in which `column` of `table` holds a date (of the rows of one `kind`, when given): first and last from
 * its index, then one probe a year.
 */
async function yearsOfDates(db: Db, table: 'visits' | 'calendar_periods' | 'exams' | 'mentoring_sessions' | 'events', column: string, kind?: string): Promise<number[]> {
  const t = sql.table(table);
  const c = sql.ref(column);
  const ofKind = kind === undefined ? sql`1 = 1` : sql`kind = ${kind}`;
  const first = await sql<{ d: string | null }>`SELECT min(${c}) AS d FROM ${t} WHERE ${ofKind}`.execute(db);
  const last = await sql<{ d: string | null }>`SELECT max(${c}) AS d FROM ${t} WHERE ${ofKind}`.execute(db);
  const from = yearOf(first.rows[0]?.d);
  const to = yearOf(last.rows[0]?.d);
  if (from === null || to === null) return [];
  const years: number[] = [];
  for (let y = from; y <= to; y++) {
    const hit = await sql`SELECT 1 FROM ${t} WHERE ${c} >= ${`${y}-01-01`} AND ${c} <= ${`${y}-12-31`} AND ${ofKind} LIMIT 1`.execute(db);
    if (hit.rows.length > 0) years.push(y);
  }
  return years;
}

/** Years a repeating event has dates in: from its start to its last date (the current year when open-ended). */
async function yearsOfSeries(db: Db, current: number): Promise<number[]> {
  const rows = await db
    .selectFrom('events')
    .select((eb) => [eb.fn.min('start_date').as('first'), eb.fn.max('repeat_until').as('last'), eb.fn.countAll<number>().as('n')])
    .where('rrule', 'is not', null)
    .executeTakeFirst();
  const open = await db.selectFrom('events').select('id').where('rrule', 'is not', null).where('repeat_until', 'is', null).limit(1).executeTakeFirst();
  const from = yearOf(rows?.first);
  if (from === null) return [];
  const to = Math.max(yearOf(rows?.last) ?? from, open ? current : from);
  const years: number[] = [];
  for (let y = from; y <= to; y++) {
    const hit = await db
      .selectFrom('events')
      .select('id')
      .where('rrule', 'is not', null)
      .where('start_date', '<=', `${y}-12-31`)
      .where((eb) => eb.or([eb('repeat_until', '>=', `${y}-01-01`), eb('repeat_until', 'is', null)]))
      .limit(1)
      .executeTakeFirst();
    if (hit) years.push(y);
  }
  return years;
}

export async function dataYears(db: Db, today = todayLocal()): Promise<DataYears> {
  const current = Number(today.slice(0, 4));
  const plan = (await db.selectFrom('plan_years').select('year').orderBy('year').execute()).map((r) => r.year);
  const mentoringPairs = (await db.selectFrom('mentoring_assignments').select('year').distinct().orderBy('year').execute()).map((r) => r.year);
  const visits = await yearsOfDates(db, 'visits', 'date');
  // The visits page shows a term's coverage even before its first visit: a year with terms has data there too.
  const terms = await yearsOfDates(db, 'calendar_periods', 'start_date', 'term');
  const sessions = await yearsOfDates(db, 'mentoring_sessions', 'date');
  const calendar = [
    ...(await yearsOfDates(db, 'events', 'start_date')),
    ...(await yearsOfSeries(db, current)),
    ...(await yearsOfDates(db, 'calendar_periods', 'start_date')),
    ...(await yearsOfDates(db, 'exams', 'exam_date')),
    ...visits,
    ...sessions,
  ];
  const withData: Record<YearPage, number[]> = { plan, calendar, visits: [...visits, ...terms], mentoring: mentoringPairs };
  const out = { current, opening: {} } as DataYears;
  for (const page of YEAR_PAGES) {
    const { years, opening } = offeredYears([...new Set(withData[page])], current);
    out[page] = years;
    out.opening[page] = opening;
  }
  return out;
}
