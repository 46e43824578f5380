/** School terms and public holidays: entered one by one or imported from a simple CSV. */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import { bi, notFound, validationError } from '../../../shared/errors';
import { parsePeriodCsv, type PeriodRow } from '../../../shared/plan/period-csv';
import type { CalendarPeriod, PeriodKind } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

const toPeriod = (r: { id: number; kind: string; name: string; name_en: string; start_date: string; end_date: string; version: number }): CalendarPeriod => ({
  id: r.id,
  kind: r.kind as PeriodKind,
  name: r.name,
  nameEn: r.name_en,
  start: r.start_date,
  end: r.end_date,
  version: r.version,
});

/** Every term and holiday that touches the range (inclusive). */
export async function periodsBetween(db: Db, from: string, to: string): Promise<CalendarPeriod[]> {
  const rows = await db
    .selectFrom('calendar_periods')
    .selectAll()
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .orderBy('kind', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toPeriod);
}

export const listPeriods = (db: Db, year: number) => periodsBetween(db, `${year}-01-01`, `${year}-12-31`);

async function getPeriod(db: Db, id: number): Promise<CalendarPeriod> {
  const row = await db.selectFrom('calendar_periods').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(['Term or holiday', 'Penggal atau cuti'], id);
  return toPeriod(row);
}

const values = (p: ParsedInput<'periods.create'>) => ({ kind: p.kind, name: p.name, name_en: p.nameEn, start_date: p.start, end_date: p.end });

export async function createPeriod(db: Db, input: ParsedInput<'periods.create'>): Promise<CalendarPeriod> {
  const { id } = await db.insertInto('calendar_periods').values(values(input)).returning('id').executeTakeFirstOrThrow();
  return getPeriod(db, id);
}

export async function updatePeriod(db: Db, input: ParsedInput<'periods.update'>): Promise<CalendarPeriod> {
  await updateVersioned(db, 'calendar_periods', input.id, input.version, values(input), ['Term or holiday', 'Penggal atau cuti']);
  return getPeriod(db, input.id);
}

export async function deletePeriod(db: Db, id: number): Promise<{ id: number }> {
  const res = await db.deleteFrom('calendar_periods').where('id', '=', id).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw notFound(['Term or holiday', 'Penggal atau cuti'], id);
  return { id };
}

/** Adds, inside the caller's transaction, the periods not already there by kind, name and dates; answers how many. */
export async function addNewPeriods(trx: Db, kind: PeriodKind, rows: PeriodRow[]): Promise<number> {
  let added = 0;
  for (const r of rows) {
    const same = await trx
      .selectFrom('calendar_periods')
      .select('id')
      .where('kind', '=', kind)
      .where('name', '=', r.name)
      .where('start_date', '=', r.start)
      .where('end_date', '=', r.end)
      .executeTakeFirst();
    if (same) continue;
    await trx.insertInto('calendar_periods').values({ kind, name: r.name, start_date: r.start, end_date: r.end }).execute();
    added++;
  }
  return added;
}

/** All rows or none: a bad line is reported with its number and nothing is imported. Exact repeats are skipped. */
export async function importPeriods(db: Db, kind: PeriodKind, csv: string): Promise<{ imported: number; periods: CalendarPeriod[] }> {
  const parsed = parsePeriodCsv(csv);
  if (!parsed.ok) throw validationError('csv', parsed.message);
  if (parsed.rows.length === 0) throw validationError('csv', bi('The file has no dates in it.', 'Fail ini tidak mengandungi tarikh.'));
  return db.transaction().execute(async (trx) => {
    const imported = await addNewPeriods(trx, kind, parsed.rows);
    const first = parsed.rows.reduce((m, r) => (r.start < m ? r.start : m), parsed.rows[0]?.start ?? '');
    const last = parsed.rows.reduce((m, r) => (r.end > m ? r.end : m), '');
    return { imported, periods: await periodsBetween(trx, first, last) };
  });
}
