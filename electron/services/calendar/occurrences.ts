/**
 * What the calendar shows for a date range: one-off events, every date of each series (minus skipped and
 * separately edited dates), exams, and their checkpoints counted back from the exam date.
 */
import { expressionBuilder, sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import type { Language } from '../../../shared/dates';
import { addDays, checkpointDates, daysBetween } from '../../../shared/plan/calendar-dates';
import { expandRule } from '../../../shared/plan/recurrence';
import type { CalendarPeriod, Occurrence } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import { getLanguage } from '../cluster/settings';
import { suggestNextSession } from '../../../shared/mentoring/rules';
import type { AssignmentStatus, Schedule } from '../../../shared/mentoring/types';
import { periodsBetween } from './periods';

type Db = Kysely<DB>;

/** What every item not stored as an event shares: an all-day item with no event, series or phase behind it. */
const DERIVED = {
  eventId: null,
  examId: null,
  seriesId: null,
  occurrenceDate: null,
  allDay: true,
  startTime: null,
  endTime: null,
  place: '',
  phaseId: null,
  phaseName: null,
} as const;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * The events that may touch the range, found through indexes whatever the number of years on record: one-off
 * rows (and separately edited dates) that start from the longest event's length before the range up to its end
 * and end in it or after, and series that start by the range's end and repeat until at least that far before it.
 */
function touching(from: string, to: string) {
  const eb = expressionBuilder<{ e: DB['events'] }, 'e'>();
  // The longest any event lasts, in days, read from the events_by_length index.
  const earliest = sql<string>`date(${from}, '-' || (SELECT ifnull(max(julianday(end_date) - julianday(start_date)), 0) FROM events) || ' days')`;
  return eb.or([
    eb.and([eb('e.start_date', '>=', earliest), eb('e.start_date', '<=', to), eb('e.end_date', '>=', from)]),
    eb.and([eb('e.rrule', 'is not', null), eb('e.repeat_until', '>=', earliest), eb('e.start_date', '<=', to)]),
  ]);
}

/** The ids of the events that may touch the range, for reading their links. */
const touchingIds = (db: Db, from: string, to: string) =>
  db
    .selectFrom('events as e')
    .select('e.id')
    .where(touching(from, to));

/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const group = out.get(k);
    if (group) group.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** One-off events and every date of each series (minus skipped and separately edited dates) in the range, filtered as asked; their phases named in `language`. */
export async function eventOccurrences(db: Db, q: ParsedInput<'events.list'>, language: Language): Promise<Occurrence[]> {
  const [events, schoolLinks, personLinks, skips, overrides] = await Promise.all([
    db
      .selectFrom('events as e')
      .leftJoin('initiatives as i', 'i.id', 'e.initiative_id')
      .leftJoin('phases as p', 'p.id', 'e.phase_id')
      .select(['e.id', 'e.title', 'e.start_date', 'e.end_date', 'e.all_day', 'e.start_time', 'e.end_time', 'e.place', 'e.initiative_id', 'e.phase_id', 'e.rrule', 'e.repeat_until'])
      .select(['e.series_id', 'e.occurrence_date', 'i.code as initiative_code', 'i.colour', 'p.name as phase_name', 'p.name_en as phase_name_en'])
      .where(touching(q.from, q.to))
      .orderBy('e.start_date')
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('event_schools as es')
      .innerJoin('schools as s', 's.id', 'es.school_id')
      .select(['es.event_id', 's.id', 's.abbreviation'])
      .where('es.event_id', 'in', touchingIds(db, q.from, q.to))
      .orderBy('es.event_id')
      .orderBy('s.number')
      .execute(),
    db.selectFrom('event_people').select(['event_id', 'person_id']).where('event_id', 'in', touchingIds(db, q.from, q.to)).orderBy('event_id').orderBy('person_id').execute(),
    db.selectFrom('event_skips').select(['event_id', 'date']).where('event_id', 'in', touchingIds(db, q.from, q.to)).execute(),
    db.selectFrom('events').select(['series_id', 'occurrence_date']).where('series_id', 'in', touchingIds(db, q.from, q.to)).execute(),
  ]);
  const schoolsOf = groupBy(schoolLinks, (s) => s.event_id);
  const peopleOf = groupBy(personLinks, (p) => p.event_id);
  const hiddenOf = new Map<number, string[]>();
  const hide = (id: number, date: string) => {
    const dates = hiddenOf.get(id);
    if (dates) dates.push(date);
    else hiddenOf.set(id, [date]);
  };
  for (const s of skips) hide(s.event_id, s.date);
  for (const o of overrides) if (o.series_id !== null) hide(o.series_id, o.occurrence_date ?? '');

  const out: Occurrence[] = [];
  for (const e of events) {
    const schools = schoolsOf.get(e.id) ?? [];
    const personIds = (peopleOf.get(e.id) ?? []).map((p) => p.person_id);
    const schoolIds = schools.map((s) => s.id);
    if (q.initiativeIds.length && (e.initiative_id === null || !q.initiativeIds.includes(e.initiative_id))) continue;
    if (q.schoolIds.length && !schoolIds.some((s) => q.schoolIds.includes(s))) continue;
    if (q.personIds.length && !personIds.some((p) => q.personIds.includes(p))) continue;
    const schoolNames = schools.map((s) => s.abbreviation);
    const phaseName = e.phase_name == null ? null : inLanguage(e.phase_name, e.phase_name_en ?? '', language);
    // One object of one shape per item, its fields in the order the calendar has always sent them.
    const item = (key: string, seriesId: number | null, occurrenceDate: string | null, start: string, end: string): Occurrence => ({
      kind: 'event',
      eventId: e.id,
      examId: null,
      title: e.title,
      allDay: e.all_day === 1,
      startTime: e.start_time,
      endTime: e.end_time,
      place: e.place,
      initiativeId: e.initiative_id,
      initiativeCode: e.initiative_code ?? null,
      colour: e.colour ?? null,
      phaseId: e.phase_id,
      phaseName,
      schoolIds,
      schoolNames,
      personIds,
      key,
      seriesId,
      occurrenceDate,
      start,
      end,
    });
    if (e.rrule && e.repeat_until) {
      const length = daysBetween(e.start_date, e.end_date);
      // Dates from `length` days before the range: an occurrence starting then still lasts into it.
      const dates = expandRule(e.rrule, e.start_date, minDate(e.repeat_until, q.to), hiddenOf.get(e.id) ?? [], addDays(q.from, -length));
      for (const d of dates) {
        const end = length === 0 ? d : addDays(d, length);
        if (end < q.from) continue;
        out.push(item(`e${e.id}@${d}`, e.id, d, d, end));
      }
    } else if (e.end_date >= q.from) {
      out.push(item(`e${e.id}`, e.series_id, e.occurrence_date, e.start_date, e.end_date));
    }
  }
  return out;
}

/** Everything the calendar shows; checkpoint titles are worded in `language` when given, else in the UI's. */
export async function listOccurrences(db: Db, q: ParsedInput<'events.list'>, language?: Language): Promise<{ occurrences: Occurrence[]; periods: CalendarPeriod[] }> {
  const lang = language ?? (await getLanguage(db));
  const out = await eventOccurrences(db, q, lang);
  // Exams and checkpoints carry no schools or people: a school or officer filter leaves them out.
  const derived = [...(await examOccurrences(db, q.from, q.to, q.initiativeIds, lang)), ...(await sessionOccurrences(db, q.from, q.to, lang)), ...(await visitOccurrences(db, q.from, q.to, lang))];
  out.push(
    ...derived.filter(
      (o) =>
        (!q.initiativeIds.length || (o.initiativeId !== null && q.initiativeIds.includes(o.initiativeId))) &&
        (!q.schoolIds.length || o.schoolIds.some((s) => q.schoolIds.includes(s))) &&
        (!q.personIds.length || o.personIds.some((p) => q.personIds.includes(p))),
    ),
  );
  // By day, then by time (all-day items first): times are HH:MM, so plain comparison orders them.
  out.sort((a, b) => (a.start === b.start ? compare(a.startTime ?? '', b.startTime ?? '') : a.start < b.start ? -1 : 1));
  return { occurrences: out, periods: await periodsBetween(db, q.from, q.to) };
}

async function examOccurrences(db: Db, from: string, to: string, initiativeIds: number[], language: Language): Promise<Occurrence[]> {
  const exams = await db
    .selectFrom('exams as x')
    .leftJoin('initiatives as i', (j) => j.onRef('i.id', '=', 'x.initiative_id').on('i.deleted_at', 'is', null))
    .select(['x.id', 'x.name', 'x.exam_date', 'x.checkpoint_days', 'x.initiative_id', 'i.code', 'i.colour'])
    .where('x.exam_date', '>=', from)
    .where('x.exam_date', '<=', addDays(to, 400))
    .execute();
  const out: Occurrence[] = [];
  for (const x of exams) {
    if (initiativeIds.length && (x.initiative_id === null || !initiativeIds.includes(x.initiative_id))) continue;
    const base = {
      ...DERIVED,
      examId: x.id,
      initiativeId: x.initiative_id,
      initiativeCode: x.code ?? null,
      colour: x.colour ?? null,
      schoolIds: [],
      schoolNames: [],
      personIds: [],
    };
    if (x.exam_date <= to) out.push({ ...base, key: `x${x.id}`, kind: 'exam', title: x.name, start: x.exam_date, end: x.exam_date });
    for (const c of checkpointDates(x.exam_date, JSON.parse(x.checkpoint_days) as number[])) {
      if (c.date < from || c.date > to) continue;
      const title = language === 'en' ? `${x.name}: ${c.daysBefore} days to go` : `${x.name}: ${c.daysBefore} hari lagi`;
      out.push({ ...base, key: `x${x.id}-${c.daysBefore}`, kind: 'checkpoint', title, start: c.date, end: c.date });
    }
  }
  return out;
}

/**
 * Mentoring sessions held in the range, and the next session of each open pair when it falls in the range, for
 * the pairs of the range's first and last years: each pair's names and its last session come with it, and only
 * the sessions of the range are read.
 */
async function sessionOccurrences(db: Db, from: string, to: string, language: Language): Promise<Occurrence[]> {
  const years = [...new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])];
  const [pairs, sessions, initiatives] = await Promise.all([
    db
      .selectFrom('mentoring_assignments as a')
      .innerJoin('people as mentor', 'mentor.id', 'a.mentor_id')
      .innerJoin('people as mentee', 'mentee.id', 'a.mentee_id')
      .leftJoin('schools as s', 's.id', 'mentee.school_id')
      .select(['a.id', 'a.year', 'a.status', 'a.schedule', 'a.start_date', 'mentor.id as mentor_id', 'mentor.name as mentor_name', 'mentee.id as mentee_id', 'mentee.name as mentee_name'])
      .select(['mentee.school_id', 'mentee.archived_at', 'mentee.team_role', 'mentee.leader_role', 's.abbreviation'])
      // The pair's last session, and the next date agreed at it.
      .select((eb) => {
        const last = () => eb.selectFrom('mentoring_sessions as l').whereRef('l.assignment_id', '=', 'a.id').orderBy('l.date', 'desc').orderBy('l.id', 'desc').limit(1);
        return [last().select('l.date').as('last_date'), last().select('l.next_date').as('agreed_next')];
      })
      .where('a.year', 'in', years)
      .orderBy('a.year')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('mentoring_sessions as s')
      .innerJoin('mentoring_assignments as a', 'a.id', 's.assignment_id')
      .select(['s.id', 's.assignment_id', 's.date'])
      .where('a.year', 'in', years)
      .where('s.date', '>=', from)
      .where('s.date', '<=', to)
      .orderBy('s.date')
      .orderBy('s.id')
      .execute(),
    // Sessions wear the colour of the year's mentoring initiative when the plan has one.
    db
      .selectFrom('initiatives')
      .select(['id', 'year', 'code', 'colour'])
      .where('deleted_at', 'is', null)
      .where('year', 'in', years)
      .where((eb) => eb(eb.fn('upper', ['code']), 'like', '%MENTOR%'))
      .execute(),
  ]);
  if (pairs.length === 0) return [];
  const sessionsOf = groupBy(sessions, (s) => s.assignment_id);
  const out: Occurrence[] = [];
  for (const p of pairs) {
    const initiative = initiatives.find((i) => i.year === p.year);
    // The school's abbreviation shows for a mentee who is a school leader or on the team and not archived.
    const known = p.archived_at === null && (p.team_role !== null || p.leader_role !== null);
    const school = known ? (p.abbreviation ?? null) : null;
    const base = {
      ...DERIVED,
      kind: 'session' as const,
      initiativeId: initiative?.id ?? null,
      initiativeCode: initiative?.code ?? null,
      colour: initiative?.colour ?? null,
      schoolIds: p.school_id === null ? [] : [p.school_id],
      schoolNames: school === null ? [] : [school],
      personIds: [p.mentor_id, p.mentee_id],
    };
    const title = language === 'en' ? `Mentoring: ${p.mentee_name} with ${p.mentor_name}` : `Mentoring: ${p.mentee_name} bersama ${p.mentor_name}`;
    for (const s of sessionsOf.get(p.id) ?? []) out.push({ ...base, key: `m${s.id}`, title, start: s.date, end: s.date });
    const next = suggestNextSession({ status: p.status as AssignmentStatus, schedule: p.schedule as Schedule, startDate: p.start_date, lastSession: p.last_date, agreedNext: p.agreed_next });
    if (next && next >= from && next <= to && next > (p.last_date ?? '')) {
      out.push({ ...base, key: `n${p.id}`, title: `${title} (${language === 'en' ? 'planned' : 'dirancang'})`, start: next, end: next });
    }
  }
  return out;
}

/** School visits done or planned in the range (cancelled ones are left out), with their school and officers. */
async function visitOccurrences(db: Db, from: string, to: string, language: Language): Promise<Occurrence[]> {
  const [visits, officers] = await Promise.all([
    db
      .selectFrom('visits as v')
      .innerJoin('schools as s', 's.id', 'v.school_id')
      .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
      .select(['v.id', 'v.date', 'v.status', 'v.school_id', 's.abbreviation', 's.name as school_name', 'p.name_ms', 'p.name_en'])
      .where('v.date', '>=', from)
      .where('v.date', '<=', to)
      .where('v.status', '!=', 'cancelled')
      .orderBy('v.date')
      .orderBy('v.id')
      .execute(),
    db
      .selectFrom('visit_officers as o')
      .innerJoin('visits as v', 'v.id', 'o.visit_id')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['o.visit_id', 'p.id'])
      .where('v.date', '>=', from)
      .where('v.date', '<=', to)
      .where('v.status', '!=', 'cancelled')
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
  ]);
  const officersOf = groupBy(officers, (o) => o.visit_id);
  return visits.map((v) => {
    const purpose = language === 'en' ? v.name_en : v.name_ms;
    const title = `${language === 'en' ? 'Visit' : 'Lawatan'}: ${v.abbreviation} (${purpose})${v.status === 'planned' ? (language === 'en' ? ' – planned' : ' – dirancang') : ''}`;
    return {
      ...DERIVED,
      key: `v${v.id}`,
      kind: 'visit' as const,
      title,
      start: v.date,
      end: v.date,
      place: v.school_name,
      initiativeId: null,
      initiativeCode: null,
      colour: '#5c7cfa',
      schoolIds: [v.school_id],
      schoolNames: [v.abbreviation],
      personIds: (officersOf.get(v.id) ?? []).map((o) => o.id),
    };
  });
}
