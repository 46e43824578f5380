/**
 * The demo's results: three years of PSR for the primary schools and O Level for the secondary schools in
 * English, Mathematics and Science, each with a target, and the STEPS checkpoint reviews before the demo
 * year's exams. Invented figures, made by a fixed generator so every load gives the same ones.
 */
import type { Kysely } from 'kysely';
import { acPercent } from '../../../shared/results/percent';
import { sitsExam } from '../../../shared/results/sitting';
import type { SchoolLevel } from '../../../shared/domain';
import type { DB } from '../../../db/schema';

const SUBJECTS = ['ENG', 'MATH', 'SCI'] as const;
const EXAMS_BY_NAME: readonly [prefix: string, code: string][] = [
  ['PSR', 'PSR'],
  ['O Level', 'O'],
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadDemoResults(trx: Kysely<DB>, year: number): Promise<{ results: number; reviews: number }> {
  const r = random(2023);
  const [types, subjects, schools] = await Promise.all([
    trx.selectFrom('exam_types').select(['id', 'code']).execute(),
    trx.selectFrom('subjects').select(['id', 'code']).execute(),
    trx.selectFrom('schools').select(['id', 'level']).orderBy('number').execute(),
  ]);
  const typeId = (code: string) => types.find((t) => t.code === code)?.id;
  const subjectIds = SUBJECTS.map((c) => subjects.find((s) => s.code === c)?.id).filter((id): id is number => id !== undefined);

  // The demo's dated exams name their type.
  for (const [prefix, code] of EXAMS_BY_NAME) {
    const id = typeId(code);
    if (id !== undefined) await trx.updateTable('exams').set({ exam_type_id: id }).where('name', 'like', `${prefix}%`).where('exam_type_id', 'is', null).execute();
  }

  const resultRows: { school_id: number; year: number; exam_type_id: number; subject_id: number; sat: number; passed: number }[] = [];
  const targetRows: { school_id: number; year: number; exam_type_id: number; subject_id: number; target_percent: number }[] = [];
  for (const [, code] of EXAMS_BY_NAME) {
    const examTypeId = typeId(code);
    if (examTypeId === undefined) continue;
    for (const school of schools.filter((s) => sitsExam(s.level as SchoolLevel, code))) {
      const cohort = code === 'PSR' ? 30 + Math.floor(r() * 60) : 60 + Math.floor(r() * 120);
      for (const subjectId of subjectIds) {
        // Each school starts somewhere between 35 % and 80 % and moves a few points a year, mostly up.
        let share = 0.35 + r() * 0.45;
        for (let y = year - 2; y <= year; y++) {
          share = Math.min(0.98, Math.max(0.1, share + (r() - 0.35) * 0.12));
          const sat = Math.max(5, cohort + Math.floor((r() - 0.5) * 12));
          const passed = Math.round(sat * share);
          const at = { school_id: school.id, year: y, exam_type_id: examTypeId, subject_id: subjectId };
          resultRows.push({ ...at, sat, passed });
          // The target is set a little above the year's likely result, in whole points.
          targetRows.push({ ...at, target_percent: Math.min(100, Math.round((acPercent(passed, sat) ?? 50) + 3 + r() * 6)) });
        }
      }
    }
  }
  // In blocks, as SQLite takes at most 32,766 values in one statement.
  for (let i = 0; i < resultRows.length; i += 500) {
    await trx.insertInto('results').values(resultRows.slice(i, i + 500)).execute();
    await trx.insertInto('result_targets').values(targetRows.slice(i, i + 500)).execute();
  }

  // The checkpoint reviews: predictions closing in on the school's actual A–C % as the exam nears.
  const exams = await trx
    .selectFrom('exams as x')
    .innerJoin('exam_types as t', 't.id', 'x.exam_type_id')
    .select(['x.id', 'x.checkpoint_days', 't.id as typeId', 't.code'])
    .where('x.exam_date', '>=', `${year}-01-01`)
    .where('x.exam_date', '<=', `${year}-12-31`)
    .execute();
  const reviewRows: { exam_id: number; days_before: number; school_id: number; status: 'on-track' | 'at-risk' | 'off-track'; predicted_percent: number; note: string }[] = [];
  for (const exam of exams) {
    const days = (JSON.parse(exam.checkpoint_days) as number[]).sort((a, b) => b - a);
    for (const school of schools.filter((s) => sitsExam(s.level as SchoolLevel, exam.code))) {
      const mine = resultRows.filter((x) => x.school_id === school.id && x.exam_type_id === exam.typeId && x.year === year);
      const actual = acPercent(mine.reduce((n, x) => n + x.passed, 0), mine.reduce((n, x) => n + x.sat, 0)) ?? 50;
      const start = actual - 12 + r() * 10;
      for (const [i, d] of days.entries()) {
        const predicted = Math.round((start + ((actual - start) * (i + 1)) / (days.length + 1) + (r() - 0.5) * 4) * 10) / 10;
        const status = predicted >= actual - 2 ? 'on-track' : predicted >= actual - 8 ? 'at-risk' : 'off-track';
        const note = status === 'off-track' ? 'Kelas tambahan dirancang / Extra classes planned' : '';
        reviewRows.push({ exam_id: exam.id, days_before: d, school_id: school.id, status, predicted_percent: Math.min(100, Math.max(0, predicted)), note });
      }
    }
  }
  for (let i = 0; i < reviewRows.length; i += 500) await trx.insertInto('checkpoint_reviews').values(reviewRows.slice(i, i + 500)).execute();
  return { results: resultRows.length, reviews: reviewRows.length };
}
