/**
 * The coded lists the office configures: BDSLC competencies, visit purposes and observation criteria.
 * Each entry has a code and a BM and EN name; entries are archived, never deleted, so records keep them.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../shared/dates';
import type { CodedEntry } from '../../shared/domain';
import { bi, notFound, validationError } from '../../shared/errors';
import type { DB } from '../../db/schema';
import { updateVersioned } from './versions';

type Db = Kysely<DB>;
export type CodedList = 'competencies' | 'visit_purposes' | 'rubric_criteria' | 'exam_types' | 'subjects';

const toEntry = (r: { id: number; code: string; name_ms: string; name_en: string; archived_at: string | null; version: number }): CodedEntry => ({
  id: r.id,
  code: r.code,
  nameMs: r.name_ms,
  nameEn: r.name_en,
  archived: r.archived_at !== null,
  version: r.version,
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

/** Adds an entry (no id) or changes one, which needs the version it was read at. */
export async function saveEntry(db: Db, table: CodedList, input: { id?: number; version?: number; code: string; nameMs: string; nameEn: string }): Promise<CodedEntry> {
  const id = await db.transaction().execute(async (trx) => {
    let clash = trx.selectFrom(table).select('id').where((eb) => eb(eb.fn('lower', ['code']), '=', input.code.toLowerCase()));
    if (input.id !== undefined) clash = clash.where('id', '!=', input.id);
    if (await clash.executeTakeFirst()) throw validationError('code', bi(`The code ${input.code} is already used.`, `Kod ${input.code} sudah digunakan.`));
    const values = { code: input.code, name_ms: input.nameMs, name_en: input.nameEn };
    if (input.id !== undefined) {
      // The contract requires a version with every id; 0 never matches one.
      await updateVersioned(trx, table, input.id, input.version ?? 0, values, ['Entry', 'Entri']);
      return input.id;
    }
    const max = await trx.selectFrom(table).select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return (await trx.insertInto(table).values({ ...values, position: Number(max?.p ?? -1) + 1 }).returning('id').executeTakeFirstOrThrow()).id;
  });
  return getEntry(db, table, id);
}

/** Archiving is not part of an entry's form, so it leaves the version as it is. */
export async function setEntryArchived(db: Db, table: CodedList, id: number, archived: boolean): Promise<CodedEntry> {
  const res = await db.updateTable(table).set({ archived_at: archived ? nowIso() : null }).where('id', '=', id).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound(['Entry', 'Entri'], id);
  return getEntry(db, table, id);
}
