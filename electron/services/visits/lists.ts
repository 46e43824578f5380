/** The two lists the office configures: visit purposes and observation criteria. Archived, never deleted. */
import type { Kysely } from 'kysely';
import { AppError, bi, validationError } from '../../../shared/errors';
import type { ListEntry } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;
type Table = 'visit_purposes' | 'rubric_criteria';

const toEntry = (r: { id: number; code: string; name_ms: string; name_en: string; archived_at: string | null }): ListEntry => ({
  id: r.id,
  code: r.code,
  nameMs: r.name_ms,
  nameEn: r.name_en,
  archived: r.archived_at !== null,
});

export async function listEntries(db: Db, table: Table, includeArchived = false): Promise<ListEntry[]> {
  let q = db.selectFrom(table).selectAll().orderBy('position').orderBy('id');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return (await q.execute()).map(toEntry);
}

async function getEntry(db: Db, table: Table, id: number): Promise<ListEntry> {
  const row = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', bi(`Entry ${id} does not exist.`, `Entri ${id} tidak wujud.`));
  return toEntry(row);
}

export async function saveEntry(db: Db, table: Table, input: { id?: number; code: string; nameMs: string; nameEn: string }): Promise<ListEntry> {
  const id = await db.transaction().execute(async (trx) => {
    let clash = trx.selectFrom(table).select('id').where((eb) => eb(eb.fn('lower', ['code']), '=', input.code.toLowerCase()));
    if (input.id !== undefined) clash = clash.where('id', '!=', input.id);
    if (await clash.executeTakeFirst()) throw validationError('code', bi(`The code ${input.code} is already used.`, `Kod ${input.code} sudah digunakan.`));
    const values = { code: input.code, name_ms: input.nameMs, name_en: input.nameEn };
    if (input.id !== undefined) {
      await getEntry(trx, table, input.id);
      await trx.updateTable(table).set(values).where('id', '=', input.id).execute();
      return input.id;
    }
    const max = await trx.selectFrom(table).select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return (await trx.insertInto(table).values({ ...values, position: Number(max?.p ?? -1) + 1 }).returning('id').executeTakeFirstOrThrow()).id;
  });
  return getEntry(db, table, id);
}

export async function setEntryArchived(db: Db, table: Table, id: number, archived: boolean): Promise<ListEntry> {
  await getEntry(db, table, id);
  await db.updateTable(table).set({ archived_at: archived ? new Date().toISOString() : null }).where('id', '=', id).execute();
  return getEntry(db, table, id);
}
