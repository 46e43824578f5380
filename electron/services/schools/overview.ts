/**
 * The page of one school in one call: the school and its leaders, its latest visits with their observations,
 * visits per term and the mean rating of each criterion per term, its next steps, the mentoring pairs of its
 * people, the events and initiatives aimed at it. A fixed number of reads, each reaching the school's rows
 * through an index (visits by school and date, next steps and observations by visit, events by school).
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal } from '../../../shared/dates';
import type { AssignmentStatus, SessionMode } from '../../../shared/mentoring/types';
import {
  OVERVIEW_CLOSED_STEPS,
  OVERVIEW_EVENTS,
  OVERVIEW_OPEN_STEPS,
  OVERVIEW_TERMS,
  OVERVIEW_VISITS,
  type OverviewPair,
  type OverviewStep,
  type OverviewTerm,
  type SchoolOverview,
} from '../../../shared/schools/overview';
import { daysSince } from '../../../shared/visits/coverage';
import type { VisitStatus } from '../../../shared/visits/types';
import { readCriteria, ratingsByTerm } from '../visits/ratings';
import { getSchool } from './schools';

type Db = Kysely<DB>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The latest `OVERVIEW_TERMS` school terms that have started by `asOf`, numbered within their year, oldest first. */
async function recentTerms(db: Db, asOf: string): Promise<Omit<OverviewTerm, 'visits'>[]> {
  const rows = await db
    .selectFrom('calendar_periods')
    .select(['name', 'start_date', 'end_date'])
    .where('kind', '=', 'term')
    .where('start_date', '<=', asOf)
    .orderBy('start_date')
    .execute();
  const numbered: Omit<OverviewTerm, 'visits'>[] = [];
  for (const r of rows) {
    const year = Number(r.start_date.slice(0, 4));
    const previous = numbered.at(-1);
    numbered.push({ year, term: previous?.year === year ? previous.term + 1 : 1, name: r.name, start: r.start_date, end: r.end_date });
  }
  return numbered.slice(-OVERVIEW_TERMS);
}

export async function schoolOverview(db: Db, schoolId: number, asOf = todayLocal()): Promise<SchoolOverview> {
  const school = await getSchool(db, schoolId);
  const terms = await recentTerms(db, asOf);
  const from = terms[0]?.start ?? asOf;
  const to = terms.at(-1)?.end ?? asOf;
  const schoolVisits = () => db.selectFrom('visits as v').where('v.school_id', '=', schoolId);
  const schoolSteps = () => schoolVisits().innerJoin('next_steps as n', 'n.visit_id', 'v.id');

  // The longest any event lasts, in days, read from the events_by_length index: an event still running today
  // started at most that long ago.
  const earliest = sql<string>`date(${asOf}, '-' || (SELECT ifnull(max(julianday(end_date) - julianday(start_date)), 0) FROM events) || ' days')`;
  const forSchool = (eb: ExpressionBuilder<DB & { e: DB['events'] }, 'e'>) =>
    eb.exists(eb.selectFrom('event_schools as es').select('es.event_id').whereRef('es.event_id', '=', 'e.id').where('es.school_id', '=', schoolId));
  const eventColumns = ['e.id', 'e.title', 'e.start_date', 'e.end_date', 'e.rrule', 'e.repeat_until', 'e.initiative_id'] as const;

  const [statusCounts, latest, nextPlanned, termDates, lastDone, ratingRows, openSteps, stepCounts, closedIds, people, criteria, oneOffs, series, planYear] = await Promise.all([
    // Each read below stays inside the school's entries of an index (visits by school, status and date; a
    // visit's steps, open or closed; an observation's ratings with criterion and rating) or reads rows by id.
    schoolVisits().select(['v.status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('v.status').execute(),
    schoolVisits()
      .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
      .select(['v.id', 'v.date', 'v.status', 'v.findings', 'v.next_visit_date', 'p.name_ms', 'p.name_en'])
      .select((eb) => [
        eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.visit_id', '=', 'v.id').as('steps'),
        eb.selectFrom('next_steps as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.visit_id', '=', 'v.id').where('n.closed_on', 'is', null).as('open_steps'),
      ])
      .orderBy('v.date', 'desc')
      .orderBy('v.id', 'desc')
      .limit(OVERVIEW_VISITS)
      .execute(),
    schoolVisits().select('v.date').where('v.status', '=', 'planned').where('v.date', '>=', asOf).orderBy('v.date').limit(1).executeTakeFirst(),
    // Done visits of the charted terms, counted per term.
    schoolVisits().select('v.date').where('v.status', '=', 'done').where('v.date', '>=', from).where('v.date', '<=', to).execute(),
    schoolVisits().select('v.date').where('v.status', '=', 'done').where('v.date', '<=', asOf).orderBy('v.date', 'desc').limit(1).executeTakeFirst(),
    schoolVisits()
      .innerJoin('observations as o', 'o.visit_id', 'v.id')
      .innerJoin('observation_ratings as r', 'r.observation_id', 'o.id')
      .select(['v.date', 'r.criterion_id', (eb) => eb.fn.sum<number>('r.rating').as('total'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('v.date', '>=', from)
      .where('v.date', '<=', to)
      .groupBy(['v.date', 'r.criterion_id'])
      .execute(),
    // The open steps' index holds every column shown of them.
    schoolSteps()
      .select(['n.id', 'n.visit_id', 'v.date as visit_date', 'n.text', 'n.owner', 'n.due_date'])
      .where('n.closed_on', 'is', null)
      .orderBy(sql`n.due_date IS NOT NULL AND n.due_date < ${asOf}`, 'desc')
      .orderBy(sql`n.due_date IS NULL`)
      .orderBy('n.due_date')
      .orderBy('v.date')
      .orderBy('n.id')
      .limit(OVERVIEW_OPEN_STEPS)
      .execute(),
    schoolSteps()
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.sum<number>(sql`n.closed_on IS NULL`).as('open'),
        eb.fn.sum<number>(sql`n.closed_on IS NULL AND n.due_date IS NOT NULL AND n.due_date < ${asOf}`).as('overdue'),
      ])
      .executeTakeFirstOrThrow(),
    schoolSteps().select('n.id').where('n.closed_on', 'is not', null).orderBy('n.closed_on', 'desc').orderBy('n.id', 'desc').limit(OVERVIEW_CLOSED_STEPS).execute(),
    db.selectFrom('people').select('id').where('school_id', '=', schoolId).execute(),
    readCriteria(db),
    // One-off events running today or later, found by date from the longest event's length before today.
    db
      .selectFrom('events as e')
      .select(eventColumns)
      .where('e.start_date', '>=', earliest)
      .where('e.end_date', '>=', asOf)
      .where('e.rrule', 'is', null)
      .where('e.series_id', 'is', null)
      .where(forSchool)
      .orderBy('e.start_date')
      .orderBy('e.id')
      .limit(OVERVIEW_EVENTS)
      .execute(),
    // Series still repeating today.
    db.selectFrom('events as e').select(eventColumns).where('e.rrule', 'is not', null).where('e.repeat_until', '>=', asOf).where(forSchool).execute(),
    db.selectFrom('initiatives').select((eb) => eb.fn.max<number | null>('year').as('year')).where('deleted_at', 'is', null).where('year', '<=', Number(asOf.slice(0, 4))).executeTakeFirst(),
  ]);

  const visitIds = latest.map((v) => v.id);
  const personIds = people.map((p) => p.id);
  const year = planYear?.year ?? null;
  const events = [...oneOffs, ...series].sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : a.id - b.id)).slice(0, OVERVIEW_EVENTS);
  const initiativeIds = [...new Set(events.map((e) => e.initiative_id).filter((id) => id !== null))];
  const [officers, observations, closedSteps, pairs, initiatives, eventInitiatives] = await Promise.all([
    visitIds.length === 0
      ? []
      : db.selectFrom('visit_officers as o').innerJoin('people as p', 'p.id', 'o.person_id').select(['o.visit_id', 'p.name']).where('o.visit_id', 'in', visitIds).orderBy('p.position').orderBy('p.id').execute(),
    visitIds.length === 0
      ? []
      : db
          .selectFrom('observations as o')
          .select(['o.id', 'o.visit_id', 'o.teacher', 'o.class_name', 'o.subject'])
          .select((eb) => eb.selectFrom('observation_ratings as r').select((x) => x.fn.avg<number | null>('r.rating').as('a')).whereRef('r.observation_id', '=', 'o.id').as('average'))
          .where('o.visit_id', 'in', visitIds)
          .orderBy('o.id')
          .execute(),
    closedIds.length === 0
      ? []
      : db
          .selectFrom('next_steps as n')
          .innerJoin('visits as v', 'v.id', 'n.visit_id')
          .select(['n.id', 'n.visit_id', 'v.date as visit_date', 'n.text', 'n.owner', 'n.due_date', 'n.closed_on', 'n.closed_note'])
          .where('n.id', 'in', closedIds.map((c) => c.id))
          .orderBy('n.closed_on', 'desc')
          .orderBy('n.id', 'desc')
          .execute(),
    personIds.length === 0
      ? []
      : db
          .selectFrom('mentoring_assignments as a')
          .innerJoin('people as m', 'm.id', 'a.mentor_id')
          .innerJoin('people as e', 'e.id', 'a.mentee_id')
          .select(['a.id', 'a.year', 'a.status', 'a.mentor_id', 'a.mentee_id', 'm.name as mentor', 'e.name as mentee'])
          .where((eb) => eb.or([eb('a.mentee_id', 'in', personIds), eb('a.mentor_id', 'in', personIds)]))
          .orderBy('a.year', 'desc')
          .orderBy('a.id')
          .execute(),
    year === null
      ? []
      : db
          .selectFrom('initiatives as i')
          .select(['i.id', 'i.year', 'i.code', 'i.name', 'i.name_en', 'i.target_levels', 'i.position'])
          .select((eb) => eb.exists(eb.selectFrom('initiative_schools as s').select('s.school_id').whereRef('s.initiative_id', '=', 'i.id').where('s.school_id', '=', schoolId)).as('named'))
          .where('i.year', '=', year)
          .where('i.deleted_at', 'is', null)
          .orderBy('i.position')
          .orderBy('i.id')
          .execute(),
    initiativeIds.length === 0 ? [] : db.selectFrom('initiatives').select(['id', 'code']).where('id', 'in', initiativeIds).execute(),
  ]);

  // Sessions are listed for the pairs of the latest two programme years; older pairs show how many they had.
  const recentYear = (pairs[0]?.year ?? 0) - 1;
  const pairIds = pairs.filter((p) => p.year >= recentYear).map((p) => p.id);
  const [sessions, sessionCounts] = await Promise.all([
    pairIds.length === 0
      ? []
      : db.selectFrom('mentoring_sessions').select(['id', 'assignment_id', 'date', 'mode', 'topics']).where('assignment_id', 'in', pairIds).orderBy('assignment_id').orderBy('date').orderBy('id').execute(),
    pairs.length === 0
      ? []
      : db
          .selectFrom('mentoring_sessions')
          .select(['assignment_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('date').as('last')])
          .where('assignment_id', 'in', pairs.map((p) => p.id))
          .groupBy('assignment_id')
          .execute(),
  ]);

  const stepOf = (s: (typeof openSteps)[number] & { closed_on?: string | null; closed_note?: string }): OverviewStep => ({
    id: s.id,
    visitId: s.visit_id,
    visitDate: s.visit_date,
    text: s.text,
    owner: s.owner,
    dueDate: s.due_date,
    closedOn: s.closed_on ?? null,
    closedNote: s.closed_note ?? '',
    overdue: (s.closed_on ?? null) === null && s.due_date !== null && s.due_date < asOf,
  });

  const termVisits = terms.map((t) => ({ ...t, visits: termDates.filter((v) => v.date >= t.start && v.date <= t.end).length }));
  const { criteria: ratedCriteria, ratings } = ratingsByTerm(ratingRows, terms, criteria);

  const schoolPeople = new Set(personIds);
  const mentoring: OverviewPair[] = pairs.map((p) => ({
    id: p.id,
    year: p.year,
    status: p.status as AssignmentStatus,
    mentorId: p.mentor_id,
    mentor: p.mentor,
    menteeId: p.mentee_id,
    mentee: p.mentee,
    side: schoolPeople.has(p.mentee_id) ? 'mentee' : 'mentor',
    sessionCount: Number(sessionCounts.find((c) => c.assignment_id === p.id)?.n ?? 0),
    lastSession: sessionCounts.find((c) => c.assignment_id === p.id)?.last ?? null,
    sessions: sessions.filter((s) => s.assignment_id === p.id).map((s) => ({ id: s.id, date: s.date, mode: s.mode as SessionMode, topics: s.topics })),
  }));

  const lastVisit = lastDone?.date ?? null;
  return {
    school,
    asOf,
    lastVisit,
    daysSinceLastVisit: daysSince(lastVisit, asOf),
    nextPlannedVisit: nextPlanned?.date ?? null,
    visitTotal: statusCounts.reduce((n, c) => n + Number(c.n), 0),
    visits: latest.map((v) => ({
      id: v.id,
      date: v.date,
      status: v.status as VisitStatus,
      purposeMs: v.name_ms,
      purposeEn: v.name_en,
      officers: officers.filter((o) => o.visit_id === v.id).map((o) => o.name),
      findings: v.findings,
      nextVisitDate: v.next_visit_date,
      observations: observations
        .filter((o) => o.visit_id === v.id)
        .map((o) => ({ id: o.id, teacher: o.teacher, className: o.class_name, subject: o.subject, averageRating: o.average === null ? null : round2(Number(o.average)) })),
      nextSteps: Number(v.steps ?? 0),
      openNextSteps: Number(v.open_steps ?? 0),
    })),
    terms: termVisits,
    criteria: ratedCriteria,
    ratings,
    nextSteps: {
      open: openSteps.map(stepOf),
      openTotal: Number(stepCounts.open ?? 0),
      overdue: Number(stepCounts.overdue ?? 0),
      closed: closedSteps.map(stepOf),
      closedTotal: Number(stepCounts.total) - Number(stepCounts.open ?? 0),
    },
    mentoring,
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      startDate: e.start_date,
      endDate: e.end_date,
      repeats: e.rrule !== null,
      repeatUntil: e.rrule !== null ? e.repeat_until : null,
      initiativeCode: eventInitiatives.find((i) => i.id === e.initiative_id)?.code ?? null,
    })),
    initiatives: initiatives
      .filter((i) => Boolean(i.named) || (JSON.parse(i.target_levels) as string[]).includes(school.level))
      .map((i) => ({ id: i.id, year: i.year, code: i.code, name: i.name, nameEn: i.name_en, named: Boolean(i.named) })),
    planYear: year,
  };
}
