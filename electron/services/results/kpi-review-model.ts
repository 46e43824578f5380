/**
 * The KPI review report's model, for the cluster or one school: results and targets per exam type and
 * subject, and the checkpoint reviews of the year's exams. One read per table whatever the number of schools
 * (results, targets, exams, checkpoint reviews, exam types, subjects, schools); the A–C % is acPercent's.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import { todayLocal, type Language } from '../../../shared/dates';
import { kpiCell, type KpiCheckpointExam, type KpiExamGroup, type KpiReviewModel } from '../../../shared/documents/kpi-review-model';
import type { SchoolLevel } from '../../../shared/domain';
import { notFound } from '../../../shared/errors';
import { dictionaries } from '../../../shared/i18n';
import { acPercent } from '../../../shared/results/percent';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';

/** How many years a school's report looks back, the report's year included. */
export const SCHOOL_YEARS = 5;

type Counts = { sat: number; passed: number };
const key = (...parts: (number | string | null)[]) => parts.join(':');

/** The A–C % of summed counts (a cluster's), or null when nobody sat. */
const percentOf = (c: Counts | undefined) => (c ? acPercent(c.passed, c.sat) : null);

export async function loadKpiReviewModel(db: Kysely<DB>, year: number, schoolId: number | null, language: Language, date = todayLocal()): Promise<KpiReviewModel> {
  const from = schoolId === null ? year - 1 : year - SCHOOL_YEARS + 1;
  let resultsQ = db.selectFrom('results').select(['school_id', 'year', 'exam_type_id', 'subject_id', 'sat', 'passed']).where('year', '>=', from).where('year', '<=', year);
  let targetsQ = db.selectFrom('result_targets').select(['school_id', 'year', 'exam_type_id', 'subject_id', 'target_percent']).where('year', '>=', from).where('year', '<=', year);
  let reviewsQ = db
    .selectFrom('checkpoint_reviews as c')
    .innerJoin('exams as x', 'x.id', 'c.exam_id')
    .select(['c.exam_id', 'c.days_before', 'c.school_id', 'c.status', 'c.predicted_percent', 'c.note'])
    .where('x.exam_date', '>=', `${year}-01-01`)
    .where('x.exam_date', '<=', `${year}-12-31`);
  let schoolsQ = db.selectFrom('schools').select(['id', 'number', 'name', 'abbreviation', 'level', 'archived_at']).orderBy('number').orderBy('id');
  if (schoolId !== null) {
    resultsQ = resultsQ.where('school_id', '=', schoolId);
    targetsQ = targetsQ.where('school_id', '=', schoolId);
    reviewsQ = reviewsQ.where('c.school_id', '=', schoolId);
    schoolsQ = schoolsQ.where('id', '=', schoolId);
  }
  const [{ letterhead, signatories }, schools, examTypes, subjects, results, targets, exams, reviews] = await Promise.all([
    loadDocumentHead(db, language, { date }),
    schoolsQ.execute(),
    db.selectFrom('exam_types').select(['id', 'code', 'name_ms', 'name_en']).orderBy('position').orderBy('id').execute(),
    db.selectFrom('subjects').select(['id', 'code', 'name_ms', 'name_en']).orderBy('position').orderBy('id').execute(),
    resultsQ.execute(),
    targetsQ.execute(),
    db
      .selectFrom('exams')
      .select(['id', 'name', 'exam_date', 'checkpoint_days', 'exam_type_id'])
      .where('exam_date', '>=', `${year}-01-01`)
      .where('exam_date', '<=', `${year}-12-31`)
      .orderBy('exam_date')
      .orderBy('id')
      .execute(),
    reviewsQ.execute(),
  ]);
  const school = schoolId === null ? null : schools[0];
  if (schoolId !== null && !school) throw notFound(['School', 'Sekolah'], schoolId);

  const counts = new Map(results.map((r) => [key(r.school_id, r.exam_type_id, r.subject_id, r.year), { sat: r.sat, passed: r.passed }]));
  const targetOf = new Map(targets.map((t) => [key(t.school_id, t.exam_type_id, t.subject_id, t.year), t.target_percent]));
  const percent = (s: number, e: number, subject: number, y: number) => percentOf(counts.get(key(s, e, subject, y)));
  const target = (s: number, e: number, subject: number, y: number) => targetOf.get(key(s, e, subject, y)) ?? null;
  const reviewed = new Map(reviews.map((r) => [key(r.exam_id, r.days_before, r.school_id), r]));

  // Exam types with a result or a target in the years shown, or an exam of the year with a checkpoint review.
  const examsReviewed = exams.filter((x) => reviews.some((r) => r.exam_id === x.id));
  const typed = new Set<number | null>([...results.map((r) => r.exam_type_id), ...targets.map((t) => t.exam_type_id), ...examsReviewed.map((x) => x.exam_type_id)]);
  const kinds: ({ id: number | null; code: string; name: string })[] = examTypes
    .filter((e) => typed.has(e.id))
    .map((e) => ({ id: e.id, code: e.code, name: inLanguage(e.name_ms, e.name_en, language) }));
  if (typed.has(null)) kinds.push({ id: null, code: '', name: dictionaries[language].improvementDocs.otherExams });

  const groups: KpiExamGroup[] = kinds.map((kind) => {
    const e = kind.id;
    const subjectIds = new Set([...results, ...targets].filter((r) => r.exam_type_id === e).map((r) => r.subject_id));
    const groupSubjects = subjects.filter((s) => subjectIds.has(s.id));
    const schoolIds = new Set([...results, ...targets].filter((r) => r.exam_type_id === e).map((r) => r.school_id));
    const groupSchools = schools.filter((s) => schoolIds.has(s.id));

    const checkpoints: KpiCheckpointExam[] = exams
      .filter((x) => x.exam_type_id === e && (schoolId !== null ? examsReviewed.includes(x) : true))
      .filter((x) => e !== null || examsReviewed.includes(x))
      .map((x) => {
        const mineReviews = reviews.filter((r) => r.exam_id === x.id);
        const planned = (JSON.parse(x.checkpoint_days) as unknown[]).filter((n): n is number => typeof n === 'number');
        const days = [...new Set([...planned, ...mineReviews.map((r) => r.days_before)])].sort((a, b) => b - a);
        const rowSchools = schools.filter((s) => mineReviews.some((r) => r.school_id === s.id));
        return {
          name: x.name,
          date: x.exam_date,
          days,
          rows: rowSchools.map((s) => ({
            school: s.abbreviation,
            statuses: days.map((n) => {
              const r = reviewed.get(key(x.id, n, s.id));
              return r ? { status: r.status, predicted: r.predicted_percent, note: r.note } : null;
            }),
          })),
        };
      });

    if (e === null) return { exam: { code: kind.code, name: kind.name }, subjects: [], schools: [], cluster: [], years: [], history: [], checkpoints };

    const cellOf = (s: number, subject: number) => {
      const c = kpiCell(percent(s, e, subject, year - 1), percent(s, e, subject, year), target(s, e, subject, year));
      return c.lastYear === null && c.thisYear === null && c.target === null ? null : c;
    };
    const sum = (subject: number, y: number) => {
      let out: Counts | undefined;
      for (const s of groupSchools) {
        const c = counts.get(key(s.id, e, subject, y));
        if (c) out = { sat: (out?.sat ?? 0) + c.sat, passed: (out?.passed ?? 0) + c.passed };
      }
      return out;
    };
    const years: number[] = [];
    if (school) {
      for (let y = from; y <= year; y++) if (y === year || [...results, ...targets].some((r) => r.exam_type_id === e && r.year === y)) years.push(y);
    }
    return {
      exam: { code: kind.code, name: kind.name },
      subjects: groupSubjects.map((s) => ({ code: s.code, name: inLanguage(s.name_ms, s.name_en, language) })),
      schools: school ? [] : groupSchools.map((s) => ({ name: s.name, abbreviation: s.abbreviation, cells: groupSubjects.map((subject) => cellOf(s.id, subject.id)) })),
      cluster: school ? [] : groupSubjects.map((subject) => kpiCell(percentOf(sum(subject.id, year - 1)), percentOf(sum(subject.id, year)), null)),
      years,
      history: school
        ? groupSubjects.map((subject) => ({
            subject: inLanguage(subject.name_ms, subject.name_en, language),
            figures: years.map((y) => ({ percent: percent(school.id, e, subject.id, y), target: target(school.id, e, subject.id, y) })),
            now: kpiCell(percent(school.id, e, subject.id, year - 1), percent(school.id, e, subject.id, year), target(school.id, e, subject.id, year)),
          }))
        : [],
      checkpoints,
    };
  });

  return {
    letterhead,
    year,
    school: school ? { name: school.name, abbreviation: school.abbreviation, level: school.level as SchoolLevel } : null,
    groups,
    signOff: signOffFrom(letterhead, signatories),
  };
}
