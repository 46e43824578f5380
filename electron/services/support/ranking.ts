/**
 * `support.ranking`: the facts behind each school's need read in one query per table for every school (the
 * latest band, results and targets, the checkpoint reviews reached, the last visit, open and overdue next
 * steps), then ranked by rank.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal } from '../../../shared/dates';
import type { SchoolLevel } from '../../../shared/domain';
import { addDays } from '../../../shared/plan/calendar-dates';
import { acPercent } from '../../../shared/results/percent';
import type { SchoolContext, SupportRanking, SupportRow } from '../../../shared/support/types';
import { notFound } from '../../../shared/errors';
import { daysSince } from '../../../shared/visits/coverage';
import { rankSchools, type SchoolFacts } from './rank';

type Db = Kysely<DB>;

/** Results older than this many years before the year asked do not speak for a school now. */
const RESULTS_YEARS_BACK = 3;

/** The day a year is judged on: today within the year, its last day for a past year. */
export function asOfFor(year: number, asOf?: string): string {
  const day = asOf ?? todayLocal();
  return day > `${year}-12-31` ? `${year}-12-31` : day;
}

export async function readSupportRanking(db: Db, input: { year: number; asOf?: string }): Promise<SupportRanking> {
  const { year } = input;
  const asOf = asOfFor(year, input.asOf);
  const [schools, steps, results, targets, reviews] = await Promise.all([
    db
      .selectFrom('schools as s')
      .select(['s.id', 's.number', 's.name', 's.abbreviation', 's.level', 's.context', 's.wse_band'])
      // The last done visit is one step down the (school, status, date) index.
      .select((eb) =>
        eb.selectFrom('visits as v').select('v.date').whereRef('v.school_id', '=', 's.id').where('v.status', '=', 'done').where('v.date', '<=', asOf).orderBy('v.date', 'desc').limit(1).as('last'),
      )
      .where('s.archived_at', 'is', null)
      .execute(),
    db
      .selectFrom('next_steps as n')
      .innerJoin('visits as v', 'v.id', 'n.visit_id')
      .select((eb) => ['v.school_id', eb.fn.countAll<number>().as('open'), eb.fn.sum<number | null>(sql<number>`n.due_date < ${asOf}`).as('overdue')])
      .where('n.closed_on', 'is', null)
      .where('v.status', '!=', 'cancelled')
      .groupBy('v.school_id')
      .execute(),
    db
      .selectFrom('results')
      .select(['school_id', 'year', 'exam_type_id', 'subject_id', 'sat', 'passed'])
      .where('year', '>=', year - RESULTS_YEARS_BACK)
      .where('year', '<=', year)
      .execute(),
    db.selectFrom('result_targets').select(['school_id', 'exam_type_id', 'subject_id', 'target_percent']).where('year', '=', year).execute(),
    db
      .selectFrom('checkpoint_reviews as c')
      .innerJoin('exams as x', 'x.id', 'c.exam_id')
      .select(['c.school_id', 'c.days_before', 'c.status', 'c.predicted_percent', 'x.name', 'x.exam_date'])
      .where('x.exam_date', '>=', `${year}-01-01`)
      .where('x.exam_date', '<=', `${year}-12-31`)
      .execute(),
  ]);

  const stepsBySchool = new Map(steps.map((s) => [s.school_id, { open: Number(s.open), overdue: Number(s.overdue ?? 0) }]));

  // Each school's latest year with results, and the latest A–C % of each exam and subject for its targets.
  const latestYear = new Map<number, number>();
  for (const r of results) latestYear.set(r.school_id, Math.max(latestYear.get(r.school_id) ?? 0, r.year));
  const overall = new Map<number, { sat: number; passed: number }>();
  const latestBySubject = new Map<string, { year: number; sat: number; passed: number }>();
  for (const r of results) {
    if (r.year === latestYear.get(r.school_id)) {
      const o = overall.get(r.school_id) ?? { sat: 0, passed: 0 };
      overall.set(r.school_id, { sat: o.sat + r.sat, passed: o.passed + r.passed });
    }
    const key = `${r.school_id}/${r.exam_type_id}/${r.subject_id}`;
    const seen = latestBySubject.get(key);
    if (!seen || seen.year < r.year) latestBySubject.set(key, { year: r.year, sat: r.sat, passed: r.passed });
  }
  const gaps = new Map<number, number[]>();
  for (const t of targets) {
    const latest = latestBySubject.get(`${t.school_id}/${t.exam_type_id}/${t.subject_id}`);
    const pct = latest ? acPercent(latest.passed, latest.sat) : null;
    if (pct === null) continue;
    gaps.set(t.school_id, [...(gaps.get(t.school_id) ?? []), t.target_percent - pct]);
  }

  // The checkpoint reached last by the as-of date, per school.
  const checkpoints = new Map<number, { date: string; row: (typeof reviews)[number] }>();
  for (const r of reviews) {
    const date = addDays(r.exam_date, -r.days_before);
    if (date > asOf) continue;
    const seen = checkpoints.get(r.school_id);
    if (!seen || seen.date < date) checkpoints.set(r.school_id, { date, row: r });
  }

  const facts: SchoolFacts[] = schools.map((s) => {
    const o = overall.get(s.id);
    const g = gaps.get(s.id);
    const c = checkpoints.get(s.id)?.row;
    const st = stepsBySchool.get(s.id) ?? { open: 0, overdue: 0 };
    const last = s.last ?? null;
    return {
      schoolId: s.id,
      number: s.number,
      name: s.name,
      abbreviation: s.abbreviation,
      level: s.level as SchoolLevel,
      context: s.context ?? null,
      band: s.wse_band,
      acPercent: o ? acPercent(o.passed, o.sat) : null,
      resultsYear: latestYear.get(s.id) ?? null,
      targetGap: g ? Math.round((g.reduce((a, b) => a + b, 0) / g.length) * 10) / 10 : null,
      checkpoint: c ? { status: c.status, exam: c.name, daysBefore: c.days_before, predictedPercent: c.predicted_percent } : null,
      lastVisit: last,
      daysSinceVisit: daysSince(last, asOf),
      openSteps: st.open,
      overdueSteps: st.overdue,
    } satisfies Omit<SupportRow, 'need' | 'parts' | 'higherResults' | 'group' | 'partner'>;
  });
  const { rows, medians } = rankSchools(facts);
  return { year, asOf, rows, medians };
}

/** Sets a school's context alone: the school form never sends it, so no one's edit of the school is overwritten. */
export async function setSchoolContext(db: Db, input: { schoolId: number; context: SchoolContext | null }): Promise<{ schoolId: number; context: SchoolContext | null }> {
  const r = await db.updateTable('schools').set({ context: input.context }).where('id', '=', input.schoolId).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound(['School', 'Sekolah'], input.schoolId);
  return input;
}
