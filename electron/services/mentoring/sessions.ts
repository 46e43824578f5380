/** Sessions of a pair with their agreed actions, and level assessments. Logging a session starts an appointed pair. */
import type { Kysely, Transaction } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import { nowIso, todayLocal } from '../../../shared/dates';
import { AppError, bi, notFound, validationError } from '../../../shared/errors';
import type { Assignment } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';
import { getAssignment } from './read';
import { nextVersion, updateVersioned } from '../versions';

type Db = Kysely<DB>;

type SessionInput = ParsedInput<'sessions.create'>;

/** Sessions belong to appointed or active pairs, on a day that has come. */
async function assertCanLog(db: Db, assignmentId: number, date: string) {
  const a = await db.selectFrom('mentoring_assignments').select(['status', 'start_date']).where('id', '=', assignmentId).executeTakeFirst();
  if (!a) throw notFound(['Mentoring pair', 'Pasangan mentor'], assignmentId);
  if (a.status === 'proposed') throw new AppError('CONFLICT', bi('Appoint the pair before logging sessions.', 'Lantik pasangan ini sebelum merekod sesi.'));
  if (a.status === 'completed' || a.status === 'withdrawn') throw new AppError('CONFLICT', bi('This pair has ended; no more sessions can be logged.', 'Pasangan ini telah tamat; sesi tidak boleh direkod lagi.'));
  if (date > todayLocal()) throw validationError('date', bi('A session is logged once it has taken place; put a planned date in "next session".', 'Sesi direkod selepas ia berlangsung; letakkan tarikh yang dirancang di "sesi seterusnya".'));
  if (a.start_date && date < a.start_date) throw validationError('date', bi(`The pair starts on ${a.start_date}.`, `Pasangan ini bermula pada ${a.start_date}.`));
  return a.status;
}

async function saveActions(trx: Transaction<DB>, sessionId: number, actions: SessionInput['actions']) {
  const existing = new Set((await trx.selectFrom('mentoring_actions').select('id').where('session_id', '=', sessionId).execute()).map((a) => a.id));
  actions.forEach((a, i) => {
    if (a.id !== undefined && !existing.has(a.id)) throw validationError(`actions.${i}.id`, bi('This action belongs to another session.', 'Tindakan ini milik sesi lain.'));
  });
  const kept = new Set(actions.map((a) => a.id).filter((x): x is number => x !== undefined));
  const removed = [...existing].filter((x) => !kept.has(x));
  if (removed.length) await trx.deleteFrom('mentoring_actions').where('id', 'in', removed).execute();
  for (const a of actions) {
    const row = { text: a.text, due_date: a.dueDate, done_on: a.doneOn };
    if (a.id !== undefined) await trx.updateTable('mentoring_actions').set(row).where('id', '=', a.id).execute();
    else await trx.insertInto('mentoring_actions').values({ ...row, session_id: sessionId }).execute();
  }
}

const sessionValues = (s: Omit<SessionInput, 'assignmentId'>) => ({
  date: s.date,
  duration_minutes: s.durationMinutes,
  mode: s.mode,
  topics: s.topics,
  notes: s.notes,
  next_date: s.nextDate,
});

export async function createSession(db: Db, input: SessionInput): Promise<Assignment> {
  await db.transaction().execute(async (trx) => {
    const status = await assertCanLog(trx, input.assignmentId, input.date);
    const { id } = await trx.insertInto('mentoring_sessions').values({ ...sessionValues(input), assignment_id: input.assignmentId }).returning('id').executeTakeFirstOrThrow();
    await saveActions(trx, id, input.actions);
    // The first session starts the pair: its status (a field of the pair's form) moves on, and so does its version.
    if (status === 'appointed') await trx.updateTable('mentoring_assignments').set({ status: 'active', updated_at: nowIso(), version: nextVersion }).where('id', '=', input.assignmentId).execute();
  });
  return getAssignment(db, input.assignmentId);
}

async function sessionRow(db: Db, id: number) {
  const s = await db.selectFrom('mentoring_sessions').select(['id', 'assignment_id']).where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound(['Session', 'Sesi'], id);
  return s;
}

export async function updateSession(db: Db, input: ParsedInput<'sessions.update'>): Promise<Assignment> {
  const assignmentId = await db.transaction().execute(async (trx) => {
    const s = await sessionRow(trx, input.id);
    await assertCanLog(trx, s.assignment_id, input.date);
    await updateVersioned(trx, 'mentoring_sessions', input.id, input.version, { ...sessionValues(input), updated_at: nowIso() }, ['Session', 'Sesi']);
    await saveActions(trx, input.id, input.actions);
    return s.assignment_id;
  });
  return getAssignment(db, assignmentId);
}

export async function deleteSession(db: Db, id: number): Promise<Assignment> {
  const assignmentId = await db.transaction().execute(async (trx) => {
    const s = await sessionRow(trx, id);
    await trx.deleteFrom('mentoring_sessions').where('id', '=', id).execute();
    return s.assignment_id;
  });
  return getAssignment(db, assignmentId);
}

/** An action is part of its session's form: ticking it moves the session's version on. */
export async function setActionDone(db: Db, id: number, doneOn: string | null): Promise<Assignment> {
  const assignmentId = await db.transaction().execute(async (trx) => {
    const a = await trx
      .selectFrom('mentoring_actions as a')
      .innerJoin('mentoring_sessions as s', 's.id', 'a.session_id')
      .select(['s.id as session_id', 's.assignment_id'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!a) throw notFound(['Action', 'Tindakan'], id);
    await trx.updateTable('mentoring_actions').set({ done_on: doneOn }).where('id', '=', id).execute();
    await trx.updateTable('mentoring_sessions').set({ version: nextVersion, updated_at: nowIso() }).where('id', '=', a.session_id).execute();
    return a.assignment_id;
  });
  return getAssignment(db, assignmentId);
}

export async function createAssessment(db: Db, input: ParsedInput<'assessments.create'>): Promise<Assignment> {
  await db.transaction().execute(async (trx) => {
    const focus = await trx
      .selectFrom('mentoring_focus')
      .select('competency_id')
      .where('assignment_id', '=', input.assignmentId)
      .where('competency_id', '=', input.competencyId)
      .executeTakeFirst();
    if (!focus) {
      const exists = await trx.selectFrom('mentoring_assignments').select('id').where('id', '=', input.assignmentId).executeTakeFirst();
      if (!exists) throw notFound(['Mentoring pair', 'Pasangan mentor'], input.assignmentId);
      throw validationError('competencyId', bi('Assess one of the pair\'s focus competencies.', 'Nilai salah satu kompetensi fokus pasangan ini.'));
    }
    if (input.date > todayLocal()) throw validationError('date', bi('An assessment is recorded on or after the day it is made.', 'Penilaian direkod pada atau selepas hari ia dibuat.'));
    await trx
      .insertInto('mentoring_assessments')
      .values({ assignment_id: input.assignmentId, competency_id: input.competencyId, date: input.date, level: input.level, evidence: input.evidence })
      .execute();
  });
  return getAssignment(db, input.assignmentId);
}

export async function deleteAssessment(db: Db, id: number): Promise<Assignment> {
  const assignmentId = await db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('mentoring_assessments').select('assignment_id').where('id', '=', id).executeTakeFirst();
    if (!a) throw notFound(['Assessment', 'Penilaian'], id);
    await trx.deleteFrom('mentoring_assessments').where('id', '=', id).execute();
    return a.assignment_id;
  });
  return getAssignment(db, assignmentId);
}
