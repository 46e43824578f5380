/** Public exams (PSR, O Level...) and the checkpoint days before them; checkpoints follow the exam date. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { bi, notFound, validationError } from '../../../shared/errors';
import type { Exam } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

function selectExams(db: Db) {
  return db
    .selectFrom('exams as x')
    .leftJoin('initiatives as i', 'i.id', 'x.initiative_id')
    .select(['x.id', 'x.name', 'x.exam_date', 'x.checkpoint_days', 'x.initiative_id', 'i.code', 'x.exam_type_id', 'x.version'])
    .orderBy('x.exam_date')
    .orderBy('x.id');
}
type ExamRow = { id: number; name: string; exam_date: string; checkpoint_days: string; initiative_id: number | null; code: string | null; exam_type_id: number | null; version: number };
const toExam = (r: ExamRow): Exam => ({
  id: r.id,
  name: r.name,
  date: r.exam_date,
  checkpointDays: JSON.parse(r.checkpoint_days) as number[],
  initiativeId: r.initiative_id,
  initiativeCode: r.code,
  examTypeId: r.exam_type_id,
  version: r.version,
});

export async function listExams(db: Db, year: number): Promise<Exam[]> {
  const rows = await selectExams(db).where('x.exam_date', '>=', `${year}-01-01`).where('x.exam_date', '<=', `${year}-12-31`).execute();
  return rows.map(toExam);
}

async function getExam(db: Db, id: number): Promise<Exam> {
  const row = await selectExams(db).where('x.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(['Exam', 'Peperiksaan'], id);
  return toExam(row);
}

/** The initiative an exam is tied to: the one chosen, else the exam year's STEPS. */
async function initiativeFor(db: Db, input: ParsedInput<'exams.create'>): Promise<number | null> {
  if (input.initiativeId !== null) {
    const i = await db.selectFrom('initiatives').select('id').where('id', '=', input.initiativeId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!i) throw validationError('initiativeId', bi('Choose an initiative from the plan.', 'Pilih inisiatif daripada pelan.'));
    return i.id;
  }
  const steps = await db
    .selectFrom('initiatives')
    .select('id')
    .where('year', '=', Number(input.date.slice(0, 4)))
    .where('deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('upper', ['code']), '=', 'STEPS'))
    .executeTakeFirst();
  return steps?.id ?? null;
}

async function examTypeFor(db: Db, examTypeId: number | null): Promise<number | null> {
  if (examTypeId === null) return null;
  const t = await db.selectFrom('exam_types').select('id').where('id', '=', examTypeId).executeTakeFirst();
  if (!t) throw validationError('examTypeId', bi('Choose an exam type from the list.', 'Pilih jenis peperiksaan daripada senarai.'));
  return t.id;
}

const days = (list: number[]) => JSON.stringify([...new Set(list)].sort((a, b) => b - a));

export async function createExam(db: Db, input: ParsedInput<'exams.create'>): Promise<Exam> {
  const id = await db.transaction().execute(async (trx) => {
    const initiativeId = await initiativeFor(trx, input);
    const { id } = await trx
      .insertInto('exams')
      .values({ name: input.name, exam_date: input.date, checkpoint_days: days(input.checkpointDays), initiative_id: initiativeId, exam_type_id: await examTypeFor(trx, input.examTypeId) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  });
  return getExam(db, id);
}

export async function updateExam(db: Db, input: ParsedInput<'exams.update'>): Promise<Exam> {
  await db.transaction().execute(async (trx) => {
    await getExam(trx, input.id);
    const initiativeId = await initiativeFor(trx, input);
    const set = { name: input.name, exam_date: input.date, checkpoint_days: days(input.checkpointDays), initiative_id: initiativeId, exam_type_id: await examTypeFor(trx, input.examTypeId), updated_at: nowIso() };
    await updateVersioned(trx, 'exams', input.id, input.version, set, ['Exam', 'Peperiksaan']);
  });
  return getExam(db, input.id);
}

/**
 * The schools' checkpoint reviews of an exam go with it only when the caller says so (after asking the user):
 * without `withReviews` an exam with reviews is refused, saying how many would be lost.
 */
export async function deleteExam(db: Db, id: number, withReviews = false): Promise<{ id: number }> {
  await db.transaction().execute(async (trx) => {
    const exam = await trx.selectFrom('exams').select('name').where('id', '=', id).executeTakeFirst();
    if (!exam) throw notFound(['Exam', 'Peperiksaan'], id);
    const r = await trx.selectFrom('checkpoint_reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('exam_id', '=', id).executeTakeFirstOrThrow();
    const n = Number(r.n);
    if (n > 0 && !withReviews) {
      throw validationError(
        'withReviews',
        bi(`${exam.name} has ${n} checkpoint reviews of schools; deleting the exam deletes them too.`, `${exam.name} mempunyai ${n} semakan titik semak sekolah; memadam peperiksaan ini turut memadamnya.`),
      );
    }
    await trx.deleteFrom('checkpoint_reviews').where('exam_id', '=', id).execute();
    await trx.deleteFrom('exams').where('id', '=', id).execute();
  });
  return { id };
}
