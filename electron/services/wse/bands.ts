/**
 * A school's WSE band history, and the one rule that ties it to the roster: the roster's band
 * (schools.wse_band) is the band of the latest history row by date, written in the same transaction as any
 * change to the history. A band set on the school form or by the roster import becomes a history row too.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { nowIso, todayLocal } from '../../../shared/dates';
import { FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import type { BandInput } from '../../../shared/wse/api';
import type { WseBand } from '../../../shared/wse/types';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

/** Newest first: by date, then the row written last. */
export async function listBands(db: Db, schoolId: number): Promise<WseBand[]> {
  const rows = await db.selectFrom('wse_bands').selectAll().where('school_id', '=', schoolId).orderBy('date', 'desc').orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, schoolId: r.school_id, year: r.year, band: r.band, kind: r.kind, date: r.date, note: r.note, version: r.version }));
}

/** Sets the roster's band to the school's latest band (none when the history is empty). Call inside the change's transaction. */
export async function syncRosterBand(trx: Db, schoolId: number): Promise<number | null> {
  const latest = await trx.selectFrom('wse_bands').select('band').where('school_id', '=', schoolId).orderBy('date', 'desc').orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const band = latest?.band ?? null;
  await trx.updateTable('schools').set({ wse_band: band }).where('id', '=', schoolId).execute();
  return band;
}

export type BandSource = 'form' | 'import';
const NOTES: Record<BandSource, string> = {
  form: 'Ditetapkan pada borang sekolah · Set on the school form',
  import: 'Daripada import senarai sekolah · From the roster import',
};

/**
 * The school form or the roster import set the roster's band from `before` to `after`: the change is kept as
 * this year's internal band, dated today, so the history and the roster agree. Clearing the band of a school
 * with a history is refused: its band comes from the history.
 */
export async function recordRosterBand(trx: Transaction<DB>, schoolId: number, before: number | null, after: number | null, source: BandSource): Promise<void> {
  if (before === after) return;
  if (after === null) {
    const any = await trx.selectFrom('wse_bands').select('id').where('school_id', '=', schoolId).limit(1).executeTakeFirst();
    if (any) {
      throw validationError('wseBand', bi(
        "This school has a WSE band history; its band is the latest there. Delete the bands on the school's page to clear it.",
        'Sekolah ini mempunyai sejarah band WSE; bandnya ialah yang terkini di situ. Padam band pada halaman sekolah untuk mengosongkannya.',
      ));
    }
    return;
  }
  const today = todayLocal();
  const year = Number(today.slice(0, 4));
  const now = nowIso();
  const same = await trx.selectFrom('wse_bands').select('id').where('school_id', '=', schoolId).where('year', '=', year).where('kind', '=', 'internal').executeTakeFirst();
  if (same) {
    await trx.updateTable('wse_bands').set((eb) => ({ band: after, date: today, note: NOTES[source], updated_at: now, version: eb('version', '+', 1) })).where('id', '=', same.id).execute();
  } else {
    await trx.insertInto('wse_bands').values({ school_id: schoolId, year, band: after, kind: 'internal', date: today, note: NOTES[source], created_at: now, updated_at: now }).execute();
  }
  await syncRosterBand(trx, schoolId);
}

/** Adds or changes a band (one per school, year and kind; dated no later than today) and keeps the roster's band the latest. */
export async function saveBand(db: Db, input: BandInput): Promise<WseBand[]> {
  await db.transaction().execute(async (trx) => {
    const problems = new FieldErrors();
    const school = await trx.selectFrom('schools').select('id').where('id', '=', input.schoolId).executeTakeFirst();
    if (!school) problems.add('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
    if (input.date > todayLocal()) problems.add('date', bi('A band is recorded once it is given; the date cannot be in the future.', 'Band direkodkan selepas diberi; tarikhnya tidak boleh pada masa hadapan.'));
    let clash = trx.selectFrom('wse_bands').select('id').where('school_id', '=', input.schoolId).where('year', '=', input.year).where('kind', '=', input.kind);
    if (input.id !== undefined) clash = clash.where('id', '!=', input.id);
    if (await clash.executeTakeFirst()) {
      const kindEn = input.kind === 'validated' ? 'validated' : 'internal';
      const kindMs = input.kind === 'validated' ? 'disahkan' : 'dalaman';
      problems.add('kind', bi(`This school already has a ${kindEn} band for ${input.year}; change that one.`, `Sekolah ini sudah mempunyai band ${kindMs} bagi ${input.year}; ubah yang itu.`));
    }
    problems.throwIfAny();
    const values = { year: input.year, band: input.band, kind: input.kind, date: input.date, note: input.note, updated_at: nowIso() };
    if (input.id !== undefined) {
      const mine = await trx.selectFrom('wse_bands').select('school_id').where('id', '=', input.id).executeTakeFirst();
      if (!mine) throw notFound(['Band', 'Band'], input.id);
      if (mine.school_id !== input.schoolId) throw validationError('schoolId', bi('This band belongs to another school.', 'Band ini milik sekolah lain.'));
      // The contract requires a version with every id; 0 never matches one.
      await updateVersioned(trx, 'wse_bands', input.id, input.version ?? 0, values, ['Band', 'Band']);
    } else {
      await trx.insertInto('wse_bands').values({ ...values, school_id: input.schoolId }).execute();
    }
    await syncRosterBand(trx, input.schoolId);
  });
  return listBands(db, input.schoolId);
}

export async function deleteBand(db: Db, id: number): Promise<WseBand[]> {
  const schoolId = await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('wse_bands').select('school_id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(['Band', 'Band'], id);
    await trx.deleteFrom('wse_bands').where('id', '=', id).execute();
    await syncRosterBand(trx, row.school_id);
    return row.school_id;
  });
  return listBands(db, schoolId);
}

