/**
 * Mentor–mentee pairs. A mentee has one open pair per programme year (the file enforces it too); a mentor
 * is a team member or an experienced school leader. Ending or withdrawing keeps the pair and its history.
 */
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { AppError, FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import type { AssignmentInput } from '../../../shared/mentoring/api';
import { OPEN_STATUSES, type Assignment } from '../../../shared/mentoring/types';
import type { DB } from '../../../db/schema';
import { getMentoringPerson } from './people';
import { getAssignment } from './read';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;
const PAIR = ['Mentoring pair', 'Pasangan mentor'] as const;

async function assertMentor(db: Db, mentorId: number, menteeId: number) {
  const mentor = await getMentoringPerson(db, mentorId);
  if (!mentor || !mentor.canMentor) {
    throw validationError('mentorId', bi('Choose a mentor from the cluster team or a school leader marked as able to mentor.', 'Pilih mentor daripada pasukan kluster atau pemimpin sekolah yang ditanda boleh menjadi mentor.'));
  }
  if (mentorId === menteeId) throw validationError('mentorId', bi('A leader cannot mentor themselves.', 'Seorang pemimpin tidak boleh menjadi mentor kepada dirinya sendiri.'));
}

async function assertMentee(db: Db, menteeId: number) {
  const mentee = await getMentoringPerson(db, menteeId);
  if (!mentee || mentee.leaderRole === null) throw validationError('menteeId', bi('Choose the mentee from the school leaders.', 'Pilih mentee daripada pemimpin sekolah.'));
  return mentee;
}

/** The one open pair rule, with the names a clerk needs to act on it. */
async function assertNoOtherOpenPair(db: Db, year: number, menteeId: number, exceptId?: number) {
  let q = db
    .selectFrom('mentoring_assignments as a')
    .innerJoin('people as m', 'm.id', 'a.mentor_id')
    .innerJoin('people as e', 'e.id', 'a.mentee_id')
    .select(['a.id', 'a.status', 'm.name as mentor', 'e.name as mentee'])
    .where('a.year', '=', year)
    .where('a.mentee_id', '=', menteeId)
    .where('a.status', 'in', [...OPEN_STATUSES]);
  if (exceptId !== undefined) q = q.where('a.id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (other) {
    throw validationError(
      'menteeId',
      bi(
        `${other.mentee} already has a mentor for ${year}: ${other.mentor} (${other.status}). End or withdraw that pairing first.`,
        `${other.mentee} sudah mempunyai mentor untuk ${year}: ${other.mentor} (${other.status}). Tamatkan atau tarik diri pasangan itu dahulu.`,
      ),
    );
  }
}

async function assertCompetencies(db: Db, input: AssignmentInput) {
  const ids = input.focus.map((f) => f.competencyId);
  const found = await db.selectFrom('competencies').select('id').where('id', 'in', ids).where('archived_at', 'is', null).execute();
  if (found.length !== ids.length) throw validationError('focus', bi('Choose focus competencies from the list.', 'Pilih kompetensi fokus daripada senarai.'));
}

function values(input: AssignmentInput) {
  return {
    mentor_id: input.mentorId,
    goals: input.goals,
    schedule: input.schedule,
    start_date: input.startDate,
    end_date: input.endDate,
    status: input.status,
    appointed_on: input.appointedOn,
    reference_no: input.referenceNo,
  };
}

async function saveFocus(trx: Transaction<DB>, assignmentId: number, input: AssignmentInput) {
  await trx.deleteFrom('mentoring_focus').where('assignment_id', '=', assignmentId).execute();
  for (const f of input.focus) {
    await trx.insertInto('mentoring_focus').values({ assignment_id: assignmentId, competency_id: f.competencyId, baseline_level: f.baseline, target_level: f.target }).execute();
  }
}

export async function createAssignment(db: Db, input: ParsedInput<'assignments.create'>): Promise<Assignment> {
  const id = await db.transaction().execute(async (trx) => {
    // Every rule is checked before answering, so one save shows all that is missing.
    const problems = new FieldErrors();
    await problems.check(() => assertMentee(trx, input.menteeId));
    await problems.check(() => assertMentor(trx, input.mentorId, input.menteeId));
    await problems.check(() => assertNoOtherOpenPair(trx, input.year, input.menteeId));
    await problems.check(() => assertCompetencies(trx, input));
    problems.throwIfAny();
    const { id } = await trx
      .insertInto('mentoring_assignments')
      .values({ ...values(input), year: input.year, mentee_id: input.menteeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveFocus(trx, id, input);
    return id;
  });
  return getAssignment(db, id);
}

/** Changes an open pair (a new mentor included); an ended pair is history and stays as it was. */
export async function updateAssignment(db: Db, input: ParsedInput<'assignments.update'>): Promise<Assignment> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('mentoring_assignments').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!current) throw notFound(PAIR, input.id);
    if (!OPEN_STATUSES.includes(current.status as never)) {
      throw new AppError('CONFLICT', bi('This pair has ended; its record is kept as it was.', 'Pasangan ini telah tamat; rekodnya disimpan seperti asal.'));
    }
    const problems = new FieldErrors();
    await problems.check(() => assertMentor(trx, input.mentorId, current.mentee_id));
    await problems.check(() => assertCompetencies(trx, input));
    problems.throwIfAny();
    await updateVersioned(trx, 'mentoring_assignments', input.id, input.version, { ...values(input), updated_at: nowIso() }, PAIR);
    await saveFocus(trx, input.id, input);
  });
  return getAssignment(db, input.id);
}

export async function endAssignment(db: Db, input: ParsedInput<'assignments.end'>): Promise<Assignment> {
  await db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('mentoring_assignments').select(['status', 'start_date']).where('id', '=', input.id).executeTakeFirst();
    if (!a) throw notFound(PAIR, input.id);
    if (!OPEN_STATUSES.includes(a.status as never)) throw new AppError('CONFLICT', bi('This pair has already ended.', 'Pasangan ini sudah tamat.'));
    if (a.start_date && input.endedOn < a.start_date) throw validationError('endedOn', bi('The pair cannot end before it started.', 'Pasangan tidak boleh tamat sebelum bermula.'));
    const set = { status: input.status, ended_on: input.endedOn, end_note: input.note, updated_at: nowIso() };
    await updateVersioned(trx, 'mentoring_assignments', input.id, input.version, set, PAIR);
  });
  return getAssignment(db, input.id);
}

/** Only a proposal with nothing recorded may be deleted; anything else is ended instead, keeping its history. */
export async function deleteAssignment(db: Db, id: number): Promise<{ id: number }> {
  await db.transaction().execute(async (trx) => {
    const a = await getAssignment(trx, id);
    if (a.status !== 'proposed' || a.sessions.length > 0 || a.assessments.length > 0) {
      throw new AppError('CONFLICT', bi(
        'Only a proposed pair with no sessions or assessments can be deleted; end or withdraw it instead to keep its history.',
        'Hanya pasangan yang dicadangkan tanpa sesi atau penilaian boleh dipadam; tamatkan atau tarik diri untuk menyimpan sejarahnya.',
      ));
    }
    await trx.deleteFrom('mentoring_assignments').where('id', '=', id).execute();
  });
  return { id };
}
