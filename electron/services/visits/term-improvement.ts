/**
 * The term reports' improvement section: each school's SIP targets for the term's year with their latest
 * rated progress, and the A–C % of the year against the target and the year before. One read per table for
 * every school at once (or the one school asked for), so a termly pack adds no query per school.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import type { Language } from '../../../shared/dates';
import type { ClusterTermImprovement } from '../../../shared/documents/cluster-term-report-model';
import { kpiCell } from '../../../shared/documents/kpi-review-model';
import type { TermImprovement, TermSipTarget } from '../../../shared/documents/school-term-report-model';
import { acPercent } from '../../../shared/results/percent';

type Counts = { sat: number; passed: number };
const key = (...parts: (number | string)[]) => parts.join(':');

export interface ImprovementReads {
  /** Per school with a plan for the year: its targets in plan order. */
  plans: Map<number, TermSipTarget[]>;
  /** Per school: its results rows for the year and the year before, and its targets for the year. */
  results: { school_id: number; year: number; exam_type_id: number; subject_id: number; sat: number; passed: number }[];
  targets: { school_id: number; exam_type_id: number; subject_id: number; target_percent: number }[];
  /** Exam type × subject pairs in the types' and subjects' order, named in the document's language. */
  pairs: { examTypeId: number; subjectId: number; exam: string; subject: string }[];
}

export async function readImprovement(db: Kysely<DB>, year: number, language: Language, schoolId: number | null = null): Promise<ImprovementReads> {
  const one = schoolId !== null;
  const id = schoolId ?? 0;
  const [sipsOfYear, priorities, targets, ratings, results, resultTargets, examTypes, subjects] = await Promise.all([
    db.selectFrom('sips').select(['school_id']).where('year', '=', year).$if(one, (q) => q.where('school_id', '=', id)).execute(),
    db.selectFrom('sip_priorities as p').innerJoin('sips as s', 's.id', 'p.sip_id').select(['p.id', 's.school_id']).where('s.year', '=', year).orderBy('p.position').orderBy('p.id').$if(one, (q) => q.where('s.school_id', '=', id)).execute(),
    db
      .selectFrom('sip_targets as t')
      .innerJoin('sip_priorities as p', 'p.id', 't.priority_id')
      .innerJoin('sips as s', 's.id', 'p.sip_id')
      .select(['t.id', 't.priority_id', 't.measure', 't.baseline', 't.target', 't.unit', 't.due_date', 't.status'])
      .where('s.year', '=', year)
      .orderBy('t.position')
      .orderBy('t.id')
      .$if(one, (q) => q.where('s.school_id', '=', id)).execute(),
    db
      .selectFrom('sip_review_targets as rt')
      .innerJoin('sip_reviews as r', 'r.id', 'rt.review_id')
      .innerJoin('sips as s', 's.id', 'r.sip_id')
      .select(['rt.target_id', 'r.number', 'rt.progress'])
      .where('s.year', '=', year)
      .orderBy('r.number')
      .$if(one, (q) => q.where('s.school_id', '=', id)).execute(),
    db.selectFrom('results').select(['school_id', 'year', 'exam_type_id', 'subject_id', 'sat', 'passed']).where('year', '>=', year - 1).where('year', '<=', year).$if(one, (q) => q.where('school_id', '=', id)).execute(),
    db.selectFrom('result_targets').select(['school_id', 'exam_type_id', 'subject_id', 'target_percent']).where('year', '=', year).$if(one, (q) => q.where('school_id', '=', id)).execute(),
    db.selectFrom('exam_types').select(['id', 'name_ms', 'name_en']).orderBy('position').orderBy('id').execute(),
    db.selectFrom('subjects').select(['id', 'name_ms', 'name_en']).orderBy('position').orderBy('id').execute(),
  ]);
  // Ratings come in review order: the last one a target got is its latest.
  const latest = new Map<number, NonNullable<TermSipTarget['latest']>>();
  for (const r of ratings) latest.set(r.target_id, { review: r.number, progress: r.progress });
  const plans = new Map<number, TermSipTarget[]>(sipsOfYear.map((s) => [s.school_id, []]));
  // Priorities and targets numbered as the SIP review numbers them: 1.2 is the second target of priority 1.
  const priorityCount = new Map<number, number>();
  const numberOf = new Map<number, { school: number; n: number; count: number }>();
  for (const p of priorities) {
    const n = (priorityCount.get(p.school_id) ?? 0) + 1;
    priorityCount.set(p.school_id, n);
    numberOf.set(p.id, { school: p.school_id, n, count: 0 });
  }
  for (const t of targets) {
    const p = numberOf.get(t.priority_id);
    if (!p) continue;
    p.count += 1;
    plans.get(p.school)?.push({
      ref: `${p.n}.${p.count}`,
      measure: t.measure,
      baseline: t.baseline,
      target: t.target,
      unit: t.unit,
      dueDate: t.due_date,
      status: t.status,
      latest: latest.get(t.id) ?? null,
    });
  }

  const used = new Set([...results, ...resultTargets].map((r) => key(r.exam_type_id, r.subject_id)));
  const pairs = examTypes.flatMap((e) =>
    subjects
      .filter((s) => used.has(key(e.id, s.id)))
      .map((s) => ({ examTypeId: e.id, subjectId: s.id, exam: inLanguage(e.name_ms, e.name_en, language), subject: inLanguage(s.name_ms, s.name_en, language) })),
  );
  return { plans, results, targets: resultTargets, pairs };
}

/** One school's section, or null when it has neither a plan nor a result or target. */
export function schoolImprovement(reads: ImprovementReads, schoolId: number, year: number): TermImprovement | null {
  const counts = new Map(reads.results.filter((r) => r.school_id === schoolId).map((r) => [key(r.exam_type_id, r.subject_id, r.year), r]));
  const targets = new Map(reads.targets.filter((t) => t.school_id === schoolId).map((t) => [key(t.exam_type_id, t.subject_id), t.target_percent]));
  const pct = (c: Counts | undefined) => (c ? acPercent(c.passed, c.sat) : null);
  const results = reads.pairs.flatMap((p) => {
    const cell = kpiCell(pct(counts.get(key(p.examTypeId, p.subjectId, year - 1))), pct(counts.get(key(p.examTypeId, p.subjectId, year))), targets.get(key(p.examTypeId, p.subjectId)) ?? null);
    return cell.lastYear === null && cell.thisYear === null && cell.target === null ? [] : [{ exam: p.exam, subject: p.subject, cell }];
  });
  const targetsOfPlan = reads.plans.get(schoolId);
  if (!targetsOfPlan && results.length === 0) return null;
  return { sip: targetsOfPlan ? { targets: targetsOfPlan } : null, results };
}

/** The cluster's section over the schools listed (in roster order), or null when nothing is recorded. */
export function clusterImprovement(reads: ImprovementReads, schools: { id: number; abbreviation: string }[], year: number): ClusterTermImprovement | null {
  const plans = schools.flatMap((s) => {
    const targets = reads.plans.get(s.id);
    if (!targets) return [];
    const count = (p: string | null) => targets.filter((t) => (t.latest?.progress ?? null) === p).length;
    return [{ abbreviation: s.abbreviation, targets: targets.length, achieved: count('achieved'), onTrack: count('on-track'), behind: count('behind'), notStarted: count('not-started'), none: count(null) }];
  });
  const listed = new Set(schools.map((s) => s.id));
  const results = reads.pairs.flatMap((p) => {
    const rows = reads.results.filter((r) => listed.has(r.school_id) && r.exam_type_id === p.examTypeId && r.subject_id === p.subjectId);
    const sum = (y: number) => {
      const mine = rows.filter((r) => r.year === y);
      return mine.length ? acPercent(mine.reduce((n, r) => n + r.passed, 0), mine.reduce((n, r) => n + r.sat, 0)) : null;
    };
    let met = 0;
    let judged = 0;
    for (const t of reads.targets) {
      if (!listed.has(t.school_id) || t.exam_type_id !== p.examTypeId || t.subject_id !== p.subjectId) continue;
      const now = rows.find((r) => r.school_id === t.school_id && r.year === year);
      const percent = now ? acPercent(now.passed, now.sat) : null;
      if (percent === null) continue;
      judged += 1;
      if (percent >= t.target_percent) met += 1;
    }
    const cell = kpiCell(sum(year - 1), sum(year), null);
    return cell.lastYear === null && cell.thisYear === null && judged === 0 ? [] : [{ exam: p.exam, subject: p.subject, cell, schoolsMet: met, schoolsWithTarget: judged }];
  });
  if (plans.length === 0 && results.length === 0) return null;
  return { plans, results };
}
