/** A school's ratings on the WSE aspects for a year: optional, 1 to 5, with a note; saved as one grid. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { FieldErrors, bi } from '../../../shared/errors';
import type { ParsedInput } from '../../../shared/api';
import { compareCodes, type WseRatings } from '../../../shared/wse/types';

type Db = Kysely<DB>;

/** Every aspect in use, and any archived one the school was rated on that year, in code order. */
export async function getRatings(db: Db, schoolId: number, year: number): Promise<WseRatings> {
  const [aspects, rows] = await Promise.all([
    db.selectFrom('wse_aspects').select(['id', 'code', 'archived_at']).execute(),
    db.selectFrom('wse_aspect_ratings').select(['aspect_id', 'rating', 'note']).where('school_id', '=', schoolId).where('year', '=', year).execute(),
  ]);
  const rated = new Map(rows.map((r) => [r.aspect_id, r]));
  const ratings = aspects
    .filter((a) => a.archived_at === null || rated.has(a.id))
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((a) => ({ aspectId: a.id, rating: rated.get(a.id)?.rating ?? null, note: rated.get(a.id)?.note ?? '' }));
  return { schoolId, year, ratings };
}

/**
 * Sets each row given (a null rating clears it) in one transaction: a row naming an unknown aspect, a new
 * rating on an archived one, or a note without a rating refuses the whole save, every bad row named.
 */
export async function saveRatings(db: Db, input: ParsedInput<'wse.saveRatings'>): Promise<WseRatings> {
  await db.transaction().execute(async (trx) => {
    const problems = new FieldErrors();
    const school = await trx.selectFrom('schools').select('id').where('id', '=', input.schoolId).executeTakeFirst();
    if (!school) problems.add('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
    const ids = input.ratings.map((r) => r.aspectId);
    const aspects = new Map(ids.length ? (await trx.selectFrom('wse_aspects').select(['id', 'archived_at']).where('id', 'in', ids).execute()).map((a) => [a.id, a]) : []);
    const current = new Set((await trx.selectFrom('wse_aspect_ratings').select('aspect_id').where('school_id', '=', input.schoolId).where('year', '=', input.year).execute()).map((r) => r.aspect_id));
    const seen = new Set<number>();
    input.ratings.forEach((r, i) => {
      const aspect = aspects.get(r.aspectId);
      if (!aspect) problems.add(`ratings.${i}.aspectId`, bi('Rate the aspects of the framework.', 'Nilai aspek rangka kerja.'));
      else if (seen.has(r.aspectId)) problems.add(`ratings.${i}.aspectId`, bi('This aspect is rated twice.', 'Aspek ini dinilai dua kali.'));
      else if (aspect.archived_at !== null && r.rating !== null && !current.has(r.aspectId)) problems.add(`ratings.${i}.rating`, bi('This aspect is archived; it takes no new ratings.', 'Aspek ini diarkibkan; ia tidak menerima penilaian baharu.'));
      if (r.rating === null && r.note !== '') problems.add(`ratings.${i}.rating`, bi('Give a rating to keep the note.', 'Beri penilaian untuk menyimpan catatan.'));
      seen.add(r.aspectId);
    });
    problems.throwIfAny();
    for (const r of input.ratings) {
      const rating = r.rating;
      if (rating === null) {
        await trx.deleteFrom('wse_aspect_ratings').where('school_id', '=', input.schoolId).where('year', '=', input.year).where('aspect_id', '=', r.aspectId).execute();
      } else {
        await trx
          .insertInto('wse_aspect_ratings')
          .values({ school_id: input.schoolId, year: input.year, aspect_id: r.aspectId, rating, note: r.note })
          .onConflict((oc) => oc.columns(['school_id', 'year', 'aspect_id']).doUpdateSet({ rating, note: r.note }))
          .execute();
      }
    }
  });
  return getRatings(db, input.schoolId, input.year);
}
