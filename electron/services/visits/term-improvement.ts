/**
 * The term reports' improvement section: each school's SIP targets for the term's year with their latest
 * rated progress, and the A–C % of the year against the target and the year before. One read per table for
 * every school at once (or the one school asked for), so a termly pack adds no query per school.
 */
import { sql, type Kysely } from 'kysely';
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
  const [planRows, figureRows] = await Promise.all([
    // Every plan of the year with its priorities and targets in plan order, each target's latest rating beside it.
    db
      .selectFrom('sips as s')
      .leftJoin('sip_priorities as p', 'p.sip_id', 's.id')
      .leftJoin('sip_targets as t', 't.priority_id', 'p.id')
      .select(['s.school_id', 'p.id as priority_id', 't.id', 't.measure', 't.baseline', 't.target', 't.unit', 't.due_date', 't.status'])
      .select((eb) => {
        const latest = eb
          .selectFrom('sip_review_targets as rt')
          .innerJoin('sip_reviews as r', 'r.id', 'rt.review_id')
          .whereRef('rt.target_id', '=', 't.id')
          .orderBy('r.number', 'desc')
          .limit(1);
        return [latest.select('r.number').as('review'), latest.select('rt.progress').as('progress')];
      })
      .where('s.year', '=', year)
      .$if(one, (q) => q.where('s.school_id', '=', id))
      .orderBy('s.school_id')
      .orderBy('p.position')
      .orderBy('p.id')
      .orderBy('t.position')
      .orderBy('t.id')
      .execute(),
    // Results of the year and the year before, and the year's targets, named and in the types' and subjects' order.
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('results')
          .select(['school_id', 'year', 'exam_type_id', 'subject_id', sql<number | null>`sat`.as('sat'), sql<number | null>`passed`.as('passed'), sql<number | null>`NULL`.as('target_percent')])
          .where('year', '>=', year - 1)
          .where('year', '<=', year)
          .$if(one, (q) => q.where('school_id', '=', id))
          .unionAll(
            eb
              .selectFrom('result_targets')
              .select(['school_id', 'year', 'exam_type_id', 'subject_id', sql<number | null>`NULL`.as('sat'), sql<number | null>`NULL`.as('passed'), sql<number | null>`target_percent`.as('target_percent')])
              .where('year', '=', year)
              .$if(one, (q) => q.where('school_id', '=', id)),
          )
          .as('f'),
      )
      .innerJoin('exam_types as e', 'e.id', 'f.exam_type_id')
      .innerJoin('subjects as j', 'j.id', 'f.subject_id')
      .select(['f.school_id', 'f.year', 'f.exam_type_id', 'f.subject_id', 'f.sat', 'f.passed', 'f.target_percent', 'e.name_ms as exam_ms', 'e.name_en as exam_en', 'j.name_ms as subject_ms', 'j.name_en as subject_en'])
      .orderBy('e.position')
      .orderBy('e.id')
      .orderBy('j.position')
      .orderBy('j.id')
      .execute(),
  ]);

  // Priorities and targets numbered as the SIP review numbers them: 1.2 is the second target of priority 1.
  const plans = new Map<number, TermSipTarget[]>();
  const priorityNumber = new Map<number, number>();
  const prioritiesOf = new Map<number, number>();
  const targetCount = new Map<number, number>();
  for (const r of planRows) {
    const list = plans.get(r.school_id) ?? [];
    plans.set(r.school_id, list);
    if (r.priority_id === null) continue;
    if (!priorityNumber.has(r.priority_id)) {
      const n = (prioritiesOf.get(r.school_id) ?? 0) + 1;
      prioritiesOf.set(r.school_id, n);
      priorityNumber.set(r.priority_id, n);
    }
    if (r.id === null) continue;
    const n = (targetCount.get(r.priority_id) ?? 0) + 1;
    targetCount.set(r.priority_id, n);
    list.push({
      ref: `${priorityNumber.get(r.priority_id)}.${n}`,
      measure: r.measure ?? '',
      baseline: r.baseline,
      target: r.target ?? 0,
      unit: r.unit ?? '',
      dueDate: r.due_date ?? '',
      status: r.status ?? 'open',
      latest: r.review !== null && r.progress !== null ? { review: r.review, progress: r.progress } : null,
    });
  }

  const results = figureRows.flatMap((r) => (r.sat !== null && r.passed !== null ? [{ school_id: r.school_id, year: r.year, exam_type_id: r.exam_type_id, subject_id: r.subject_id, sat: r.sat, passed: r.passed }] : []));
  const targets = figureRows.flatMap((r) => (r.target_percent !== null ? [{ school_id: r.school_id, exam_type_id: r.exam_type_id, subject_id: r.subject_id, target_percent: r.target_percent }] : []));
  const pairs: ImprovementReads['pairs'] = [];
  const seen = new Set<string>();
  for (const r of figureRows) {
    const k = key(r.exam_type_id, r.subject_id);
    if (seen.has(k)) continue;
    seen.add(k);
    pairs.push({ examTypeId: r.exam_type_id, subjectId: r.subject_id, exam: inLanguage(r.exam_ms, r.exam_en, language), subject: inLanguage(r.subject_ms, r.subject_en, language) });
  }
  return { plans, results, targets, pairs };
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
