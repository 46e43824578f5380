/**
 * Next year's plan from this year's: every priority with its aspects, the targets still open and the actions
 * not finished, each carried (carried_from_id) with its dates a year on. A target that names an exam and a
 * subject takes its baseline from the school's latest results (A–C %), else keeps the old one.
 */
import type { Kysely } from 'kysely';
import { isCalendarDate } from '../../../shared/dates';
import { AppError, bi, notFound } from '../../../shared/errors';
import { acPercent } from '../../../shared/results/percent';
import type { Sip } from '../../../shared/sip/types';
import type { DB } from '../../../db/schema';
import { getSip } from './read';

type Db = Kysely<DB>;

/** The same day a year on (29 February becomes the 28th). */
export function yearOn(d: string | null): string | null {
  if (d === null) return null;
  const next = `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
  return isCalendarDate(next) ? next : `${next.slice(0, 8)}28`;
}

/** The school's latest A–C % in an exam and subject, or null when it has no result there. */
async function latestPercent(db: Db, schoolId: number, examTypeId: number, subjectId: number): Promise<number | null> {
  const r = await db
    .selectFrom('results')
    .select(['sat', 'passed'])
    .where('school_id', '=', schoolId)
    .where('exam_type_id', '=', examTypeId)
    .where('subject_id', '=', subjectId)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? acPercent(r.passed, r.sat) : null;
}

export async function copyForward(db: Db, schoolId: number, fromYear: number): Promise<Sip> {
  const year = fromYear + 1;
  await db.transaction().execute(async (trx) => {
    const from = await trx.selectFrom('sips').select(['id', 'notes']).where('school_id', '=', schoolId).where('year', '=', fromYear).executeTakeFirst();
    if (!from) throw notFound([`Plan of ${fromYear} of school`, `Pelan ${fromYear} bagi sekolah`], schoolId);
    const exists = await trx.selectFrom('sips').select('id').where('school_id', '=', schoolId).where('year', '=', year).executeTakeFirst();
    if (exists) throw new AppError('CONFLICT', bi(`The school already has a plan for ${year}; open it instead of copying.`, `Sekolah ini sudah mempunyai pelan bagi ${year}; bukanya dan bukan menyalin.`));
    const { id: sipId } = await trx.insertInto('sips').values({ school_id: schoolId, year, notes: from.notes, copied_from_id: from.id }).returning('id').executeTakeFirstOrThrow();
    const priorities = await trx.selectFrom('sip_priorities').selectAll().where('sip_id', '=', from.id).orderBy('position').orderBy('id').execute();
    for (const p of priorities) {
      const { id: priorityId } = await trx.insertInto('sip_priorities').values({ sip_id: sipId, position: p.position, title: p.title, description: p.description }).returning('id').executeTakeFirstOrThrow();
      const aspects = await trx.selectFrom('sip_priority_aspects').select('aspect_id').where('priority_id', '=', p.id).execute();
      for (const a of aspects) await trx.insertInto('sip_priority_aspects').values({ priority_id: priorityId, aspect_id: a.aspect_id }).execute();
      const targets = await trx.selectFrom('sip_targets').selectAll().where('priority_id', '=', p.id).where('status', '=', 'open').orderBy('position').orderBy('id').execute();
      for (const t of targets) {
        const fromResults = t.exam_type_id !== null && t.subject_id !== null ? await latestPercent(trx, schoolId, t.exam_type_id, t.subject_id) : null;
        await trx
          .insertInto('sip_targets')
          .values({
            priority_id: priorityId,
            position: t.position,
            measure: t.measure,
            baseline: fromResults ?? t.baseline,
            target: t.target,
            unit: t.unit,
            due_date: yearOn(t.due_date) ?? t.due_date,
            status: 'open',
            exam_type_id: t.exam_type_id,
            subject_id: t.subject_id,
            carried_from_id: t.id,
          })
          .execute();
      }
      const actions = await trx.selectFrom('sip_actions').selectAll().where('priority_id', '=', p.id).where('status', 'in', ['not-started', 'in-progress']).orderBy('position').orderBy('id').execute();
      for (const a of actions) {
        await trx
          .insertInto('sip_actions')
          .values({ priority_id: priorityId, position: a.position, what: a.what, owner: a.owner, start_date: yearOn(a.start_date), end_date: yearOn(a.end_date), status: a.status, carried_from_id: a.id })
          .execute();
      }
    }
  });
  return getSip(db, schoolId, year);
}
