/**
 * The coded lists the office configures: BDSLC competencies, visit purposes and observation criteria.
 * Each entry has a code and a BM and EN name; entries are archived, never deleted, so records keep them.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../shared/dates';
import type { CodedEntry } from '../../shared/domain';
import { bi, notFound, validationError } from '../../shared/errors';
import type { DB } from '../../db/schema';

type Db = Kysely<DB>;
export type CodedList = 'competencies' | 'visit_purposes' | 'rubric_criteria';

const toEntry = (r: { id: number; code: string; name_ms: string; name_en: string; archived_at: string | null }): CodedEntry => ({
  id: r.id,
  code: r.code,
  nameMs: r.name_ms,
  nameEn: r.name_en,
  archived: r.archived_at !== null,
});

export async function listEntries(db: Db, table: CodedList, includeArchived = false): Promise<CodedEntry[]> {
  let q = db.selectFrom(table).selectAll().orderBy('position').orderBy('id');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return (await q.execute()).map(toEntry);
}

async function getEntry(db: Db, table: CodedList, id: number): Promise<CodedEntry> {
  const row = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(['Entry', 'Entri'], id);
  return toEntry(row);
}

export async function saveEntry(db: Db, table: CodedList, input: { id?: number; code: string; nameMs: string; nameEn: string }): Promise<CodedEntry> {
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

export async function setEntryArchived(db: Db, table: CodedList, id: number, archived: boolean): Promise<CodedEntry> {
  await getEntry(db, table, id);
  await db.updateTable(table).set({ archived_at: archived ? nowIso() : null }).where('id', '=', id).execute();
  return getEntry(db, table, id);
}
