/**
 * Observation ratings per criterion, term by term: the one rule behind the school page's chart and the
 * cluster's (`visits.ratings`). A criterion's mean in a term is the sum of its ratings over their number, to two
 * decimals; archived criteria are listed only where they were rated.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ClusterRatings, RatedCriterion, TermRating } from '../../../shared/visits/types';
import { listTerms } from './coverage';

type Db = Kysely<DB>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Ratings summed per visit day and criterion, as the queries below group them. */
export interface DayRatings {
  date: string;
  criterion_id: number;
  total: number | string;
  n: number | string;
}

interface TermSpan {
  year: number;
  term: number;
  start: string;
  end: string;
}

/** Every criterion, in the list's order; the chart keeps those in use and those rated. */
export const readCriteria = (db: Db) =>
  db.selectFrom('rubric_criteria').select(['id', 'code', 'name_ms', 'name_en', 'archived_at']).orderBy('position').orderBy('id').execute();

/** The day-by-day sums folded into each term's mean per criterion, by term then in the criteria's order. */
export function ratingsByTerm(
  rows: readonly DayRatings[],
  terms: readonly TermSpan[],
  criteria: readonly { id: number; code: string; name_ms: string; name_en: string; archived_at: string | null }[],
): { criteria: RatedCriterion[]; ratings: TermRating[] } {
  const sums = new Map<string, { termIndex: number; criterionId: number; total: number; count: number }>();
  for (const r of rows) {
    const termIndex = terms.findIndex((t) => r.date >= t.start && r.date <= t.end);
    if (termIndex < 0) continue;
    const key = `${termIndex}-${r.criterion_id}`;
    const s = sums.get(key) ?? { termIndex, criterionId: r.criterion_id, total: 0, count: 0 };
    s.total += Number(r.total);
    s.count += Number(r.n);
    sums.set(key, s);
  }
  const rated = new Set([...sums.values()].map((s) => s.criterionId));
  const criterionRank = new Map(criteria.map((c, i) => [c.id, i]));
  const ratings = [...sums.values()]
    .sort((a, b) => a.termIndex - b.termIndex || (criterionRank.get(a.criterionId) ?? 0) - (criterionRank.get(b.criterionId) ?? 0))
    .map((s) => {
      const t = terms[s.termIndex] as TermSpan;
      return { year: t.year, term: t.term, criterionId: s.criterionId, average: round2(s.total / s.count), count: s.count };
    });
  return {
    criteria: criteria.filter((c) => c.archived_at === null || rated.has(c.id)).map((c) => ({ id: c.id, code: c.code, nameMs: c.name_ms, nameEn: c.name_en })),
    ratings,
  };
}

/**
 * The year's terms with the mean rating of each criterion across every school. The visits of the year's terms
 * are found by date, their observations and ratings by visit and observation (the ratings' index holds the
 * criterion and rating), summed per day in SQL.
 */
export async function clusterRatings(db: Db, year: number): Promise<ClusterRatings> {
  const terms = await listTerms(db, year);
  const first = terms[0];
  const last = terms.at(-1);
  const inYear = () =>
    db
      .selectFrom('visits as v')
      .innerJoin('observations as o', 'o.visit_id', 'v.id')
      .where('v.date', '>=', first?.start ?? '')
      .where('v.date', '<=', last?.end ?? '');
  const [rows, observed, criteria] = await Promise.all([
    first
      ? inYear()
          .innerJoin('observation_ratings as r', 'r.observation_id', 'o.id')
          .select(['v.date', 'r.criterion_id', (eb) => eb.fn.sum<number>('r.rating').as('total'), (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy(['v.date', 'r.criterion_id'])
          .execute()
      : [],
    first ? inYear().select(['v.date', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('v.date').execute() : [],
    readCriteria(db),
  ]);
  return {
    year,
    terms: terms.map((t) => ({ ...t, observations: observed.filter((o) => o.date >= t.start && o.date <= t.end).reduce((n, o) => n + Number(o.n), 0) })),
    ...ratingsByTerm(rows, terms, criteria),
  };
}
