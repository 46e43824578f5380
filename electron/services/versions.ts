/**
 * Record versions. Every record the UI edits as a whole carries `version`; an update names the version its
 * form was loaded at, and the row changes only while that is still the stored one. Otherwise the update is
 * refused as a CONFLICT and, because it runs inside the update's transaction, nothing of it is kept.
 */
import { sql, type Kysely, type Updateable } from 'kysely';
import { AppError, bi, notFound } from '../../shared/errors';
import type { DB } from '../../db/schema';

/** Every table whose rows carry an id and a version (migration 0005 and later). */
export type VersionedTable = { [K in keyof DB]: DB[K] extends { id: unknown; version: unknown } ? K : never }[keyof DB];

/** The record's name in English and Bahasa Melayu, capitalised as at the start of a sentence. */
export type RecordName = readonly [en: string, ms: string];

/** For a change made beside a form (a session starting a pair, a step closed on a visit): the record moved on. */
export const nextVersion = sql<number>`version + 1`;

export const conflict = ([en, ms]: RecordName) =>
  new AppError(
    'CONFLICT',
    bi(
      `This ${en.toLowerCase()} was changed by someone else since you opened it. Reload it to see the changes; your input is kept.`,
      `${ms} ini telah diubah oleh orang lain sejak anda membukanya. Muat semula untuk melihat perubahan itu; input anda dikekalkan.`,
    ),
    // The form shows this at its Reload notice: it is the version the save was made from that is out of date.
    'version',
  );

/**
 * Writes `set` into row `id` of `table` only if its version is still `version`, raising it by one. Call it
 * inside the update's transaction: its throw (NOT_FOUND when the row is gone, else CONFLICT) rolls back
 * everything the update wrote before it.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  id: number,
  version: number,
  set: Updateable<DB[T]>,
  what: RecordName,
): Promise<void> {
  // Kysely cannot follow a table chosen by a type parameter; every table named above has id and version.
  const any = db as unknown as Kysely<{ versioned: { id: number; version: number } }>;
  const name = table as unknown as 'versioned';
  const res = await any
    .updateTable(name)
    .set({ ...(set as object), version: nextVersion })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return;
  const row = await any.selectFrom(name).select('id').where('id', '=', id).executeTakeFirst();
  throw row ? conflict(what) : notFound(what, id);
}
