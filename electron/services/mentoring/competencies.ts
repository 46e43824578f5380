/** The BDSLC competency list: seeded with defaults, edited by the office; archived, never deleted, once used. */
import type { Kysely } from 'kysely';
import { AppError, bi, validationError } from '../../../shared/errors';
import type { Competency } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;

const toCompetency = (r: { id: number; code: string; name_ms: string; name_en: string; archived_at: string | null }): Competency => ({
  id: r.id,
  code: r.code,
  nameMs: r.name_ms,
  nameEn: r.name_en,
  archived: r.archived_at !== null,
});

export async function listCompetencies(db: Db, includeArchived = false): Promise<Competency[]> {
  let q = db.selectFrom('competencies').selectAll().orderBy('position').orderBy('id');
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return (await q.execute()).map(toCompetency);
}

async function getCompetency(db: Db, id: number): Promise<Competency> {
  const row = await db.selectFrom('competencies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', bi(`Competency ${id} does not exist.`, `Kompetensi ${id} tidak wujud.`));
  return toCompetency(row);
}

export async function saveCompetency(db: Db, input: { id?: number; code: string; nameMs: string; nameEn: string }): Promise<Competency> {
  const id = await db.transaction().execute(async (trx) => {
    let clash = trx.selectFrom('competencies').select('id').where((eb) => eb(eb.fn('lower', ['code']), '=', input.code.toLowerCase()));
    if (input.id !== undefined) clash = clash.where('id', '!=', input.id);
    if (await clash.executeTakeFirst()) throw validationError('code', bi(`The code ${input.code} is already used.`, `Kod ${input.code} sudah digunakan.`));
    const values = { code: input.code, name_ms: input.nameMs, name_en: input.nameEn };
    if (input.id !== undefined) {
      await getCompetency(trx, input.id);
      await trx.updateTable('competencies').set(values).where('id', '=', input.id).execute();
      return input.id;
    }
    const max = await trx.selectFrom('competencies').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return (await trx.insertInto('competencies').values({ ...values, position: Number(max?.p ?? -1) + 1 }).returning('id').executeTakeFirstOrThrow()).id;
  });
  return getCompetency(db, id);
}

export async function setCompetencyArchived(db: Db, id: number, archived: boolean): Promise<Competency> {
  await getCompetency(db, id);
  await db.updateTable('competencies').set({ archived_at: archived ? new Date().toISOString() : null }).where('id', '=', id).execute();
  return getCompetency(db, id);
}
