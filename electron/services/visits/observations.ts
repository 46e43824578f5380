/** Lesson observations inside a visit, rated on the observation criteria. */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import { bi, notFound, validationError } from '../../../shared/errors';
import type { Visit } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { getVisit } from './read';
import { nextVersion, updateVersioned } from '../versions';
import { replaceTags } from '../wse/tags';

type Db = Kysely<DB>;

export async function saveObservation(db: Db, input: ParsedInput<'observations.save'>): Promise<Visit> {
  await db.transaction().execute(async (trx) => {
    const visit = await trx.selectFrom('visits').select(['id', 'status']).where('id', '=', input.visitId).executeTakeFirst();
    if (!visit) throw notFound(['Visit', 'Lawatan'], input.visitId);
    if (visit.status === 'cancelled') throw validationError('visitId', bi('A cancelled visit has no observations.', 'Lawatan yang dibatalkan tiada pencerapan.'));
    const criteria = input.ratings.map((r) => r.criterionId);
    if (new Set(criteria).size !== criteria.length) throw validationError('ratings', bi('A criterion is rated twice.', 'Satu kriteria dinilai dua kali.'));
    if (criteria.length) {
      const found = await trx.selectFrom('rubric_criteria').select('id').where('id', 'in', criteria).execute();
      if (found.length !== criteria.length) throw validationError('ratings', bi('Rate the criteria of the observation template.', 'Nilai kriteria templat pencerapan.'));
    }
    const row = { teacher: input.teacher, class_name: input.className, subject: input.subject, strengths: input.strengths, improvements: input.improvements };
    let id = input.id;
    if (id !== undefined) {
      const mine = await trx.selectFrom('observations').select('visit_id').where('id', '=', id).executeTakeFirst();
      if (mine && mine.visit_id !== input.visitId) throw validationError('id', bi('This observation belongs to another visit.', 'Pencerapan ini milik lawatan lain.'));
      // The contract requires a version with every id; 0 never matches one.
      await updateVersioned(trx, 'observations', id, input.version ?? 0, row, ['Observation', 'Pencerapan']);
      await trx.deleteFrom('observation_ratings').where('observation_id', '=', id).execute();
    } else {
      id = (await trx.insertInto('observations').values({ ...row, visit_id: input.visitId }).returning('id').executeTakeFirstOrThrow()).id;
    }
    for (const r of input.ratings) await trx.insertInto('observation_ratings').values({ observation_id: id, criterion_id: r.criterionId, rating: r.rating }).execute();
    await replaceTags(trx, 'observation_aspects', id, input.aspectIds, 'aspectIds');
    // An observation means the visit took place.
    if (visit.status === 'planned') await trx.updateTable('visits').set({ status: 'done', version: nextVersion }).where('id', '=', input.visitId).execute();
  });
  return getVisit(db, input.visitId);
}

export async function deleteObservation(db: Db, id: number): Promise<Visit> {
  const visitId = await db.transaction().execute(async (trx) => {
    const o = await trx.selectFrom('observations').select('visit_id').where('id', '=', id).executeTakeFirst();
    if (!o) throw notFound(['Observation', 'Pencerapan'], id);
    await trx.deleteFrom('observations').where('id', '=', id).execute();
    return o.visit_id;
  });
  return getVisit(db, visitId);
}
