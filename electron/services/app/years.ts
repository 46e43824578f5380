/**
 * The years that have data, for each page with a year picker (the visits page's: years with visits or terms).
 * No query reads a table through: plan and mentoring years come from their indexed year columns; dated records
 * (events, terms and holidays, exams, visits, mentoring sessions) give their first and last dates from their
 * date index, then one indexed probe a year says whether that year has any; repeating events are read from
 * their own partial index.
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
  const [first, last] = await Promise.all([
    sql<{ d: string | null }>`SELECT min(${c}) AS d FROM ${t} WHERE ${ofKind}`.execute(db),
    sql<{ d: string | null }>`SELECT max(${c}) AS d FROM ${t} WHERE ${ofKind}`.execute(db),
  ]);
  const from = yearOf(first.rows[0]?.d);
  const to = yearOf(last.rows[0]?.d);
  if (from === null || to === null) return [];
  const candidates = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const hits = await Promise.all(candidates.map((y) => sql`SELECT 1 FROM ${t} WHERE ${c} >= ${`${y}-01-01`} AND ${c} <= ${`${y}-12-31`} AND ${ofKind} LIMIT 1`.execute(db)));
  return candidates.filter((_, i) => (hits[i]?.rows.length ?? 0) > 0);
}

/**
 * Years a repeating event has dates in: from its start to its last date (the current year when open-ended).
 * The series are read from their own partial index, a few hundred rows in ten years.
 */
async function yearsOfSeries(db: Db, current: number): Promise<number[]> {
  const rows = await sql<{ start_date: string; repeat_until: string | null }>`SELECT start_date, repeat_until FROM events INDEXED BY events_series_by_until WHERE rrule IS NOT NULL`.execute(db);
  const years = new Set<number>();
  for (const r of rows.rows) {
    const from = yearOf(r.start_date);
    if (from === null) continue;
    const to = r.repeat_until === null ? Math.max(from, current) : (yearOf(r.repeat_until) ?? from);
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years];
}

export async function dataYears(db: Db, today = todayLocal()): Promise<DataYears> {
  const current = Number(today.slice(0, 4));
  const [planRows, pairRows, visits, terms, sessions, events, series, periods, exams] = await Promise.all([
    db.selectFrom('plan_years').select('year').orderBy('year').execute(),
    db.selectFrom('mentoring_assignments').select('year').distinct().orderBy('year').execute(),
    yearsOfDates(db, 'visits', 'date'),
    // The visits page shows a term's coverage even before its first visit: a year with terms has data there too.
    yearsOfDates(db, 'calendar_periods', 'start_date', 'term'),
    yearsOfDates(db, 'mentoring_sessions', 'date'),
    yearsOfDates(db, 'events', 'start_date'),
    yearsOfSeries(db, current),
    yearsOfDates(db, 'calendar_periods', 'start_date'),
    yearsOfDates(db, 'exams', 'exam_date'),
  ]);
  const plan = planRows.map((r) => r.year);
  const mentoringPairs = pairRows.map((r) => r.year);
  const calendar = [...events, ...series, ...periods, ...exams, ...visits, ...sessions];
  const withData: Record<YearPage, number[]> = { plan, calendar, visits: [...visits, ...terms], mentoring: mentoringPairs };
  const out = { current, opening: {} } as DataYears;
  for (const page of YEAR_PAGES) {
    const { years, opening } = offeredYears([...new Set(withData[page])], current);
    out[page] = years;
    out.opening[page] = opening;
  }
  return out;
}
