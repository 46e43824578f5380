/**
 * An initiative's measures saved as one list in one transaction: kept measures at their version, new ones
 * added, removed ones at their version deleted; a stored measure the list neither keeps nor removes was
 * added since it was read, so the save is a conflict.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import type { InitiativeMeasures } from '../../../shared/attendance/types';
import { FieldErrors, bi, notFound } from '../../../shared/errors';
import type { DB } from '../../../db/schema';
import { conflict, updateVersioned } from '../versions';
import { initiativeMeasures } from './measure-rows';

type Db = Kysely<DB>;
const MEASURE = ['Measure', 'Ukuran'] as const;
const MEASURES = ['List of measures', 'Senarai ukuran'] as const;

export async function saveMeasures(db: Db, input: ParsedInput<'measures.save'>): Promise<InitiativeMeasures> {
  const year = await db.transaction().execute(async (trx) => {
    const initiative = await trx.selectFrom('initiatives').select(['id', 'year']).where('id', '=', input.initiativeId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!initiative) throw notFound(['Initiative', 'Inisiatif'], input.initiativeId);

    const [examTypes, subjects, stored] = await Promise.all([
      trx.selectFrom('exam_types').select('id').execute(),
      trx.selectFrom('subjects').select('id').execute(),
      trx.selectFrom('initiative_measures').select(['id', 'version']).where('initiative_id', '=', input.initiativeId).execute(),
    ]);
    const errors = new FieldErrors();
    for (const [i, m] of input.measures.entries()) {
      if (m.examTypeId !== null && !examTypes.some((x) => x.id === m.examTypeId)) errors.add(`measures.${i}.examTypeId`, bi('Choose an exam type from the list', 'Pilih jenis peperiksaan daripada senarai'));
      if (m.subjectId !== null && !subjects.some((x) => x.id === m.subjectId)) errors.add(`measures.${i}.subjectId`, bi('Choose a subject from the list', 'Pilih mata pelajaran daripada senarai'));
      if (m.id !== undefined && !stored.some((s) => s.id === m.id)) errors.add(`measures.${i}.id`, bi('This measure belongs to another initiative or was removed; reload', 'Ukuran ini milik inisiatif lain atau telah dibuang; muat semula'));
    }
    errors.throwIfAny();

    const kept = new Set(input.measures.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    const removed = new Map(input.removed.map((r) => [r.id, r.version]));
    for (const s of stored) {
      if (kept.has(s.id)) continue;
      if (!removed.has(s.id)) throw conflict(MEASURES);
      if (removed.get(s.id) !== s.version) throw conflict(MEASURE);
      await trx.deleteFrom('initiative_measures').where('id', '=', s.id).execute();
    }

    for (const [position, m] of input.measures.entries()) {
      const values = {
        position,
        label_ms: m.labelMs,
        label_en: m.labelEn,
        kind: m.kind,
        target: m.target,
        // Only a result change names an exam; only a count holds an entered value.
        exam_type_id: m.kind === 'result-change' ? m.examTypeId : null,
        subject_id: m.kind === 'result-change' ? m.subjectId : null,
        count_value: m.kind === 'count' ? m.countValue : null,
      };
      if (m.id === undefined) await trx.insertInto('initiative_measures').values({ ...values, initiative_id: input.initiativeId }).execute();
      else await updateVersioned(trx, 'initiative_measures', m.id, m.version ?? 0, values, MEASURE);
    }
    return initiative.year;
  });
  const out = await initiativeMeasures(db, year, input.initiativeId);
  if (!out) throw notFound(['Initiative', 'Inisiatif'], input.initiativeId);
  return out;
}
