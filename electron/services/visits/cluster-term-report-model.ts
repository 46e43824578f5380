/**
 * The cluster term report's model, in a fixed number of reads whatever the number of schools: the term, the
 * letterhead and who signs, the active schools, the term's done visits with their observation counts, the
 * visits by officer, every next step, the term's written texts, the weekly target and the holidays in the term.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { ClusterTermReportModel, TermWeek } from '../../../shared/documents/cluster-term-report-model';
import type { SchoolLevel } from '../../../shared/domain';
import { addDays } from '../../../shared/plan/calendar-dates';
import { weekIndex, weeksOf } from '../../../shared/visits/coverage';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { getTerm, getWeeklyTarget } from './coverage';
import { countTermSteps } from './follow-up';
import { clusterImprovement, readImprovement } from './term-improvement';

/** A week's target: the weekly target in proportion to its days in the term that are not holidays, rounded up. */
export const weekTarget = (weeklyTarget: number, days: number) => Math.ceil((weeklyTarget * days) / 7);

/** The days from start to end (a week at most) that no holiday covers. */
function termDays(start: string, end: string, holidays: { start_date: string; end_date: string }[]): number {
  let n = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (!holidays.some((h) => h.start_date <= day && day <= h.end_date)) n++;
  return n;
}

export async function loadClusterTermReportModel(db: Kysely<DB>, year: number, termNumber: number, language: Language, date = todayLocal()): Promise<ClusterTermReportModel> {
  const term = await getTerm(db, year, termNumber);
  const inTerm = { from: term.start, to: term.end };
  const [{ letterhead, signatories }, schools, visits, officers, steps, texts, weeklyTarget, holidays, improvement] = await Promise.all([
    loadDocumentHead(db, language, { date }),
    db.selectFrom('schools').select(['id', 'name', 'abbreviation', 'level']).where('archived_at', 'is', null).orderBy('number').orderBy('id').execute(),
    db
      .selectFrom('visits as v')
      .leftJoin('observations as o', 'o.visit_id', 'v.id')
      .select(['v.id', 'v.school_id', 'v.date', (eb) => eb.fn.count<number>('o.id').as('observations')])
      .where('v.status', '=', 'done')
      .where('v.date', '>=', inTerm.from)
      .where('v.date', '<=', inTerm.to)
      .groupBy('v.id')
      .execute(),
    db
      .selectFrom('visit_officers as o')
      .innerJoin('visits as v', 'v.id', 'o.visit_id')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['p.id', 'p.name', (eb) => eb.fn.count<number>('v.id').as('n')])
      .where('v.status', '=', 'done')
      .where('v.date', '>=', inTerm.from)
      .where('v.date', '<=', inTerm.to)
      .groupBy('p.id')
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
    countTermSteps(db, term, date),
    db.selectFrom('term_reports').select(['school_id', 'narrative', 'highlights', 'challenges']).where('year', '=', year).where('term', '=', termNumber).execute(),
    getWeeklyTarget(db),
    db
      .selectFrom('calendar_periods')
      .select(['start_date', 'end_date'])
      .where('kind', '=', 'holiday')
      .where('start_date', '<=', inTerm.to)
      .where('end_date', '>=', inTerm.from)
      .execute(),
    readImprovement(db, year, language),
  ]);

  const cluster = texts.find((t) => t.school_id === null);
  const written = new Set(texts.filter((t) => t.school_id !== null && t.narrative.trim()).map((t) => t.school_id));

  const calendarWeeks = weeksOf(term.start, term.end);
  const perWeek = calendarWeeks.map(() => 0);
  for (const v of visits) {
    const i = weekIndex(calendarWeeks, v.date);
    if (i >= 0) perWeek[i] = (perWeek[i] ?? 0) + 1;
  }
  const weeks: TermWeek[] = calendarWeeks.map((w, i) => {
    const count = perWeek[i] ?? 0;
    const days = termDays(w.start, w.end, holidays);
    const target = weekTarget(weeklyTarget, days);
    const status = days === 0 ? 'holiday' : count >= target ? 'met' : w.end < date ? 'below' : 'open';
    return { number: i + 1, start: w.start, end: w.end, days, visits: count, target, status };
  });

  return {
    letterhead,
    today: date,
    term: { year, number: termNumber, start: term.start, end: term.end },
    weeklyTarget,
    weeks,
    schools: schools.map((s, i) => {
      const mine = visits.filter((v) => v.school_id === s.id);
      const stepsOf = steps.get(s.id) ?? { open: 0, overdue: 0, closed: 0 };
      return {
        number: i + 1,
        name: s.name,
        abbreviation: s.abbreviation,
        level: s.level as SchoolLevel,
        visits: mine.length,
        observations: mine.reduce((n, v) => n + Number(v.observations), 0),
        stepsOpen: stepsOf.open,
        stepsOverdue: stepsOf.overdue,
        stepsClosed: stepsOf.closed,
        narrativeWritten: written.has(s.id),
      };
    }),
    officers: officers.map((o) => ({ name: o.name, visits: Number(o.n) })),
    overview: cluster?.narrative ?? '',
    highlights: cluster?.highlights ?? '',
    challenges: cluster?.challenges ?? '',
    improvement: clusterImprovement(improvement, schools, year),
    signOff: signOffFrom(letterhead, signatories),
  };
}
