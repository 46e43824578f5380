/** Results over the years, for the charts: one school's A–C % per subject against its target, and the cluster's. */
import type { Kysely } from 'kysely';
import { notFound } from '../../../shared/errors';
import type { SchoolLevel } from '../../../shared/domain';
import { acPercent } from '../../../shared/results/percent';
import type { ClusterResults, ResultSeries, SchoolResults, SeriesPoint } from '../../../shared/results/types';
import type { DB } from '../../../db/schema';
import { listEntries } from '../coded-lists';

type Db = Kysely<DB>;
type Fact = { exam_type_id: number; subject_id: number; year: number };

/** Groups results and targets into one series per exam type and subject, years ascending. */
function toSeries(results: (Fact & { sat: number; passed: number })[], targets: (Fact & { target: number | null })[], order: { types: Map<number, number>; subjects: Map<number, number> }): ResultSeries[] {
  const series = new Map<string, { examTypeId: number; subjectId: number; points: Map<number, SeriesPoint> }>();
  const point = (f: Fact) => {
    const k = `${f.exam_type_id}|${f.subject_id}`;
    let s = series.get(k);
    if (!s) series.set(k, (s = { examTypeId: f.exam_type_id, subjectId: f.subject_id, points: new Map() }));
    let p = s.points.get(f.year);
    if (!p) s.points.set(f.year, (p = { year: f.year, sat: null, passed: null, acPercent: null, target: null }));
    return p;
  };
  for (const r of results) Object.assign(point(r), { sat: r.sat, passed: r.passed, acPercent: acPercent(r.passed, r.sat) });
  for (const t of targets) if (t.target !== null) point(t).target = Math.round(t.target * 10) / 10;
  return [...series.values()]
    .sort((a, b) => (order.types.get(a.examTypeId) ?? 0) - (order.types.get(b.examTypeId) ?? 0) || (order.subjects.get(a.subjectId) ?? 0) - (order.subjects.get(b.subjectId) ?? 0))
    .map((s) => ({ examTypeId: s.examTypeId, subjectId: s.subjectId, points: [...s.points.values()].sort((a, b) => a.year - b.year) }));
}

async function lists(db: Db) {
  const [examTypes, subjects] = await Promise.all([listEntries(db, 'exam_types', true), listEntries(db, 'subjects', true)]);
  return { examTypes, subjects, order: { types: new Map(examTypes.map((e, i) => [e.id, i])), subjects: new Map(subjects.map((s, i) => [s.id, i])) } };
}

export async function schoolResults(db: Db, schoolId: number): Promise<SchoolResults> {
  const [school, results, targets, { examTypes, subjects, order }] = await Promise.all([
    db.selectFrom('schools').select(['id', 'abbreviation', 'name', 'level']).where('id', '=', schoolId).executeTakeFirst(),
    db.selectFrom('results').select(['exam_type_id', 'subject_id', 'year', 'sat', 'passed']).where('school_id', '=', schoolId).execute(),
    db.selectFrom('result_targets').select(['exam_type_id', 'subject_id', 'year', 'target_percent as target']).where('school_id', '=', schoolId).execute(),
    lists(db),
  ]);
  if (!school) throw notFound(['School', 'Sekolah'], schoolId);
  return { school: { ...school, level: school.level as SchoolLevel }, examTypes, subjects, series: toSeries(results, targets, order) };
}

export async function clusterResults(db: Db, examTypeId: number | null): Promise<ClusterResults> {
  let results = db
    .selectFrom('results')
    .select((eb) => ['exam_type_id', 'subject_id', 'year', eb.fn.sum<number>('sat').as('sat'), eb.fn.sum<number>('passed').as('passed')])
    .groupBy(['year', 'exam_type_id', 'subject_id']);
  let targets = db
    .selectFrom('result_targets')
    .select((eb) => ['exam_type_id', 'subject_id', 'year', eb.fn.avg<number>('target_percent').as('target')])
    .groupBy(['year', 'exam_type_id', 'subject_id']);
  if (examTypeId !== null) {
    results = results.where('exam_type_id', '=', examTypeId);
    targets = targets.where('exam_type_id', '=', examTypeId);
  }
  const [r, t, { examTypes, subjects, order }] = await Promise.all([results.execute(), targets.execute(), lists(db)]);
  return { examTypes, subjects, series: toSeries(r.map((x) => ({ ...x, sat: Number(x.sat), passed: Number(x.passed) })), t.map((x) => ({ ...x, target: x.target === null ? null : Number(x.target) })), order) };
}
