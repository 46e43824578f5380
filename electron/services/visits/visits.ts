/**
 * Recording visits: school, date, purpose, officers, findings and next steps, saved in one transaction.
 * A visit is marked done once it has happened; one with observations or next steps is cancelled, not deleted.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import { nowIso, todayLocal } from '../../../shared/dates';
import { AppError, FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import type { VisitInput } from '../../../shared/visits/api';
import type { Visit } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { getVisit } from './read';
import { updateVersioned } from '../versions';
import { checkStepLinks } from '../sip/links';
import { replaceTags } from '../wse/tags';

type Db = Kysely<DB>;

/** Every link and rule of a visit, all reported in one answer. */
async function assertLinks(db: Db, v: VisitInput, currentSchoolId?: number) {
  const problems = new FieldErrors();
  const school = await db.selectFrom('schools').select(['id', 'archived_at']).where('id', '=', v.schoolId).executeTakeFirst();
  if (!school || (school.archived_at !== null && school.id !== currentSchoolId)) problems.add('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
  const purpose = await db.selectFrom('visit_purposes').select('id').where('id', '=', v.purposeId).executeTakeFirst();
  if (!purpose) problems.add('purposeId', bi('Choose the purpose of the visit.', 'Pilih tujuan lawatan.'));
  if (v.officerIds.length) {
    const team = await db.selectFrom('people').select('id').where('id', 'in', v.officerIds).where('team_role', 'is not', null).execute();
    if (team.length !== new Set(v.officerIds).size) problems.add('officerIds', bi('Choose the officers from the cluster team.', 'Pilih pegawai daripada pasukan kluster.'));
  }
  if (v.status === 'done' && v.date > todayLocal()) {
    problems.add('date', bi('A visit is marked done once it has taken place; plan it instead.', 'Lawatan ditanda selesai selepas ia berlaku; rancangkannya dahulu.'));
  }
  await checkStepLinks(db, v.schoolId, v.date, v.nextSteps, problems);
  problems.throwIfAny();
}

const values = (v: VisitInput) => ({
  school_id: v.schoolId,
  date: v.date,
  purpose_id: v.purposeId,
  status: v.status,
  people_met: v.peopleMet,
  findings: v.findings,
  next_visit_date: v.nextVisitDate,
});

async function saveChildren(trx: Transaction<DB>, visitId: number, v: VisitInput) {
  await trx.deleteFrom('visit_officers').where('visit_id', '=', visitId).execute();
  for (const p of new Set(v.officerIds)) await trx.insertInto('visit_officers').values({ visit_id: visitId, person_id: p }).execute();
  await replaceTags(trx, 'visit_aspects', visitId, v.aspectIds, 'aspectIds');
  const existing = new Set((await trx.selectFrom('next_steps').select('id').where('visit_id', '=', visitId).execute()).map((s) => s.id));
  v.nextSteps.forEach((s, i) => {
    if (s.id !== undefined && !existing.has(s.id)) throw validationError(`nextSteps.${i}.id`, bi('This next step belongs to another visit.', 'Langkah ini milik lawatan lain.'));
  });
  const kept = new Set(v.nextSteps.map((s) => s.id).filter((x): x is number => x !== undefined));
  const removed = [...existing].filter((x) => !kept.has(x));
  if (removed.length) await trx.deleteFrom('next_steps').where('id', 'in', removed).execute();
  for (const [i, s] of v.nextSteps.entries()) {
    const row = { text: s.text, owner: s.owner, due_date: s.dueDate, sip_action_id: s.sipActionId, sip_target_id: s.sipTargetId };
    let stepId = s.id;
    if (stepId !== undefined) await trx.updateTable('next_steps').set(row).where('id', '=', stepId).execute();
    else stepId = (await trx.insertInto('next_steps').values({ ...row, visit_id: visitId }).returning('id').executeTakeFirstOrThrow()).id;
    await replaceTags(trx, 'next_step_aspects', stepId, s.aspectIds, `nextSteps.${i}.aspectIds`);
  }
}

export async function createVisit(db: Db, input: ParsedInput<'visits.create'>): Promise<Visit> {
  const id = await db.transaction().execute(async (trx) => {
    await assertLinks(trx, input);
    const { id } = await trx.insertInto('visits').values(values(input)).returning('id').executeTakeFirstOrThrow();
    await saveChildren(trx, id, input);
    return id;
  });
  return getVisit(db, id);
}

export async function updateVisit(db: Db, input: ParsedInput<'visits.update'>): Promise<Visit> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('visits').select(['id', 'school_id']).where('id', '=', input.id).executeTakeFirst();
    if (!current) throw notFound(['Visit', 'Lawatan'], input.id);
    await assertLinks(trx, input, current.school_id);
    if (input.status === 'cancelled') {
      const obs = await trx.selectFrom('observations').select('id').where('visit_id', '=', input.id).executeTakeFirst();
      if (obs) throw validationError('status', bi('This visit has lesson observations; it took place and cannot be cancelled.', 'Lawatan ini mempunyai pencerapan; ia telah berlaku dan tidak boleh dibatalkan.'));
    }
    await updateVersioned(trx, 'visits', input.id, input.version, { ...values(input), updated_at: nowIso() }, ['Visit', 'Lawatan']);
    await saveChildren(trx, input.id, input);
  });
  return getVisit(db, input.id);
}

/** Only a visit with nothing recorded under it may be deleted; otherwise cancel it and keep the record. */
export async function deleteVisit(db: Db, id: number): Promise<{ id: number }> {
  await db.transaction().execute(async (trx) => {
    const v = await getVisit(trx, id);
    if (v.observations.length > 0 || v.nextSteps.length > 0) {
      throw new AppError('CONFLICT', bi(
        `This visit has ${v.observations.length} observation(s) and ${v.nextSteps.length} next step(s); mark it cancelled instead of deleting it.`,
        `Lawatan ini mempunyai ${v.observations.length} pencerapan dan ${v.nextSteps.length} langkah seterusnya; tandakan dibatalkan dan bukan dipadam.`,
      ));
    }
    await trx.deleteFrom('visits').where('id', '=', id).execute();
  });
  return { id };
}
