/**
 * STEPS checkpoint reviews: at each checkpoint before a dated exam (150/100/50/20 days), each sitting
 * school's status, predicted A–C % and note; read with the actual result once it is in, so the curve can end
 * at it. Which schools sit an exam follows its type (shared/results/sitting.ts).
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import { bi, FieldErrors, notFound } from '../../../shared/errors';
import { checkpointDates } from '../../../shared/plan/calendar-dates';
import { acPercent } from '../../../shared/results/percent';
import { sitsExam } from '../../../shared/results/sitting';
import type { CheckpointExam, CheckpointReviews, CheckpointStatus } from '../../../shared/results/types';
import type { DB } from '../../../db/schema';
import { conflict } from '../versions';
import { activeSchools } from './results';

type Db = Kysely<DB>;

function examsOf(db: Db) {
  return db
    .selectFrom('exams as x')
    .leftJoin('exam_types as t', 't.id', 'x.exam_type_id')
    .select(['x.id', 'x.name', 'x.exam_date', 'x.checkpoint_days', 'x.exam_type_id', 't.code'])
    .orderBy('x.exam_date')
    .orderBy('x.id');
}

export async function checkpointReviews(db: Db, year: number): Promise<CheckpointReviews> {
  const exams = await examsOf(db).where('x.exam_date', '>=', `${year}-01-01`).where('x.exam_date', '<=', `${year}-12-31`).execute();
  if (exams.length === 0) return { year, exams: [] };
  const typeIds = [...new Set(exams.map((x) => x.exam_type_id).filter((t): t is number => t !== null))];
  const [schools, reviews, results] = await Promise.all([
    activeSchools(db),
    db.selectFrom('checkpoint_reviews').select(['exam_id', 'school_id', 'days_before', 'status', 'predicted_percent', 'note', 'version']).where('exam_id', 'in', exams.map((x) => x.id)).execute(),
    typeIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('results')
          .select((eb) => ['school_id', 'exam_type_id', eb.fn.sum<number>('sat').as('sat'), eb.fn.sum<number>('passed').as('passed')])
          .where('year', '=', year)
          .where('exam_type_id', 'in', typeIds)
          .groupBy(['exam_type_id', 'school_id'])
          .execute(),
  ]);
  return {
    year,
    exams: exams.map((x): CheckpointExam => {
      const sitting = schools.filter((s) => sitsExam(s.level, x.code));
      const ids = new Set(sitting.map((s) => s.id));
      const mine = results.filter((r) => r.exam_type_id === x.exam_type_id && ids.has(r.school_id));
      const actual = mine.flatMap((r) => {
        const p = acPercent(Number(r.passed), Number(r.sat));
        return p === null ? [] : [{ schoolId: r.school_id, acPercent: p }];
      });
      const sat = mine.reduce((n, r) => n + Number(r.sat), 0);
      const passed = mine.reduce((n, r) => n + Number(r.passed), 0);
      return {
        id: x.id,
        name: x.name,
        date: x.exam_date,
        examTypeId: x.exam_type_id,
        examTypeCode: x.code,
        checkpoints: checkpointDates(x.exam_date, JSON.parse(x.checkpoint_days) as number[]),
        schools: sitting,
        reviews: reviews
          .filter((r) => r.exam_id === x.id && ids.has(r.school_id))
          .map((r) => ({ schoolId: r.school_id, daysBefore: r.days_before, status: r.status, predictedPercent: r.predicted_percent, note: r.note, version: r.version })),
        actual,
        clusterActual: acPercent(passed, sat),
      };
    }),
  };
}

export interface CheckpointRowInput {
  schoolId: number;
  status: CheckpointStatus;
  predictedPercent: number | null;
  note: string;
  version?: number | undefined;
}

/** One checkpoint of one exam, every row in one transaction: a school sitting it, at a checkpoint the exam has. */
export async function saveCheckpoint(db: Db, input: { examId: number; daysBefore: number; rows: CheckpointRowInput[] }): Promise<CheckpointReviews> {
  const year = await db.transaction().execute(async (trx) => {
    const exam = await examsOf(trx).where('x.id', '=', input.examId).executeTakeFirst();
    if (!exam) throw notFound(['Exam', 'Peperiksaan'], input.examId);
    const errors = new FieldErrors();
    const days = JSON.parse(exam.checkpoint_days) as number[];
    if (!days.includes(input.daysBefore)) {
      errors.add('daysBefore', bi(`This exam has no checkpoint ${input.daysBefore} days before it (it has ${days.join(', ')}).`, `Peperiksaan ini tiada titik semak ${input.daysBefore} hari sebelumnya (ada ${days.join(', ')}).`));
    }
    const schools = new Map((await activeSchools(trx)).map((s) => [s.id, s]));
    const seen = new Set<number>();
    input.rows.forEach((r, i) => {
      const s = schools.get(r.schoolId);
      if (!s || !sitsExam(s.level, exam.code)) errors.add(`rows.${i}.schoolId`, bi('This school does not sit this exam', 'Sekolah ini tidak menduduki peperiksaan ini'));
      else if (seen.has(r.schoolId)) errors.add(`rows.${i}.schoolId`, bi('This school is entered twice', 'Sekolah ini dimasukkan dua kali'));
      seen.add(r.schoolId);
    });
    errors.throwIfAny();
    const existing = new Map(
      (await trx.selectFrom('checkpoint_reviews').select(['id', 'school_id', 'version']).where('exam_id', '=', input.examId).where('days_before', '=', input.daysBefore).execute()).map((r) => [r.school_id, r]),
    );
    const now = nowIso();
    for (const r of input.rows) {
      const old = existing.get(r.schoolId);
      if (r.version !== undefined && r.version !== (old?.version ?? 0)) throw conflict(['Checkpoint review', 'Semakan titik semak']);
      const values = { status: r.status, predicted_percent: r.predictedPercent, note: r.note };
      if (old) await trx.updateTable('checkpoint_reviews').set((eb) => ({ ...values, updated_at: now, version: eb('version', '+', 1) })).where('id', '=', old.id).execute();
      else await trx.insertInto('checkpoint_reviews').values({ ...values, exam_id: input.examId, days_before: input.daysBefore, school_id: r.schoolId }).execute();
    }
    return Number(exam.exam_date.slice(0, 4));
  });
  return checkpointReviews(db, year);
}
