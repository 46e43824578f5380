/**
 * The event list's report model: everything dated in a range, from the plan's events (each date of a series),
 * exams and their checkpoints, school visits, mentoring sessions (held, and the next one of each open pair),
 * and school terms and holidays. Each item touches the range; each one that does is in it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { EventListItem, EventListKind, EventListModel, SchoolScope } from '../../../shared/documents/event-list-model';
import { SCHOOL_LEVELS, type SchoolLevel } from '../../../shared/domain';
import { suggestNextSession } from '../../../shared/mentoring/rules';
import type { AssignmentStatus, Schedule } from '../../../shared/mentoring/types';
import { addDays, checkpointDates } from '../../../shared/plan/calendar-dates';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { eventOccurrences, groupBy } from './occurrences';
import { periodsBetween } from './periods';
import { periodIn } from '../../../shared/bilingual';

type Db = Kysely<DB>;

/** Pairs whose next session is planned: appointed and not yet ended. */
const APPOINTED: readonly AssignmentStatus[] = ['appointed', 'active'];

/** Within a day: terms and holidays first, then exams and their checkpoints, events, visits and sessions. */
const KIND_ORDER: Record<EventListKind, number> = { term: 0, holiday: 1, exam: 2, checkpoint: 3, event: 4, visit: 5, session: 6 };

/**
 * Whom a list of schools names: "all schools" when it holds every active school, "all secondary schools" when
 * it holds exactly every active school of one level (of more than one school), else the abbreviations.
 * Archived schools linked to an old event neither count nor print.
 */
export function schoolScope(ids: readonly number[], active: ReadonlyMap<number, { level: SchoolLevel; abbreviation: string }>): SchoolScope {
  const chosen = [...new Set(ids)].filter((id) => active.has(id));
  if (chosen.length === 0) return { scope: 'none' };
  if (active.size > 1 && chosen.length === active.size) return { scope: 'all' };
  for (const level of SCHOOL_LEVELS) {
    const ofLevel = [...active].filter(([, s]) => s.level === level).map(([id]) => id);
    if (ofLevel.length > 1 && chosen.length === ofLevel.length && ofLevel.every((id) => chosen.includes(id))) return { scope: 'level', level };
  }
  return { scope: 'some', abbreviations: chosen.map((id) => active.get(id)?.abbreviation ?? '') };
}

/**
 * A fixed number of reads whatever the range or the number of schools: the letterhead and who signs, the
 * active schools, the events with their links, exams, visits with their officers, mentoring sessions and
 * open pairs, the year's mentoring initiative, and the terms and holidays.
 */
export async function loadEventListModel(db: Db, from: string, to: string, language: Language, date = todayLocal()): Promise<EventListModel> {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const [head, schools, events, exams, visits, officers, sessions, pairs, initiatives, periods] = await Promise.all([
    loadDocumentHead(db, language, { date }),
    db.selectFrom('schools').select(['id', 'level', 'abbreviation']).where('archived_at', 'is', null).orderBy('number').execute(),
    eventOccurrences(db, { from, to, initiativeIds: [], schoolIds: [], personIds: [] }, language),
    db
      .selectFrom('exams as x')
      .leftJoin('initiatives as i', (j) => j.onRef('i.id', '=', 'x.initiative_id').on('i.deleted_at', 'is', null))
      .select(['x.id', 'x.name', 'x.exam_date', 'x.checkpoint_days', 'i.code'])
      .where('x.exam_date', '>=', from)
      // Checkpoints come at most 400 days before their exam.
      .where('x.exam_date', '<=', addDays(to, 400))
      .orderBy('x.exam_date')
      .orderBy('x.id')
      .execute(),
    db
      .selectFrom('visits as v')
      .innerJoin('schools as s', 's.id', 'v.school_id')
      .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
      .select(['v.id', 'v.date', 'v.status', 'v.school_id', 's.name as school_name', 'p.name_ms', 'p.name_en'])
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
      .select(['o.visit_id', 'p.name'])
      .where('v.date', '>=', from)
      .where('v.date', '<=', to)
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
    // Every session of a pair that is held in the range, or is the last one of a pair still open (for its next date).
    db
      .selectFrom('mentoring_sessions as s')
      .select(['s.id', 's.assignment_id', 's.date', 's.next_date'])
      .where((eb) =>
        eb.or([
          eb.and([eb('s.date', '>=', from), eb('s.date', '<=', to)]),
          eb('s.assignment_id', 'in', eb.selectFrom('mentoring_assignments').select('id').where('status', 'in', [...APPOINTED])),
        ]),
      )
      .orderBy('s.date')
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('mentoring_assignments as a')
      .innerJoin('people as mentor', 'mentor.id', 'a.mentor_id')
      .innerJoin('people as mentee', 'mentee.id', 'a.mentee_id')
      .select(['a.id', 'a.year', 'a.status', 'a.schedule', 'a.start_date', 'mentor.name as mentor_name', 'mentee.name as mentee_name', 'mentee.school_id'])
      .where((eb) =>
        eb.or([
          eb('a.status', 'in', [...APPOINTED]),
          eb('a.id', 'in', eb.selectFrom('mentoring_sessions').select('assignment_id').where('date', '>=', from).where('date', '<=', to)),
        ]),
      )
      .execute(),
    // Sessions belong to the year's mentoring initiative when the plan has one.
    db
      .selectFrom('initiatives')
      .select(['year', 'code'])
      .where('deleted_at', 'is', null)
      .where('year', '>=', fromYear - 1)
      .where('year', '<=', toYear)
      .where((eb) => eb(eb.fn('upper', ['code']), 'like', '%MENTOR%'))
      .orderBy('position')
      .execute(),
    periodsBetween(db, from, to),
  ]);

  const active = new Map(schools.map((s) => [s.id, { level: s.level as SchoolLevel, abbreviation: s.abbreviation }]));
  const scopeOf = (ids: readonly number[]) => schoolScope(ids, active);
  const items: EventListItem[] = [];

  for (const e of events) {
    items.push({
      kind: 'event',
      start: e.start,
      end: e.end,
      title: e.title,
      startTime: e.allDay ? null : e.startTime,
      endTime: e.allDay ? null : e.endTime,
      phase: e.phaseName,
      place: e.place,
      initiative: e.initiativeCode,
      schools: scopeOf(e.schoolIds),
    });
  }

  for (const x of exams) {
    const base = { name: x.name, initiative: x.code ?? null, schools: { scope: 'none' } as const };
    if (x.exam_date <= to) items.push({ ...base, kind: 'exam', start: x.exam_date, end: x.exam_date });
    for (const c of checkpointDates(x.exam_date, JSON.parse(x.checkpoint_days) as number[])) {
      if (c.date >= from && c.date <= to) items.push({ ...base, kind: 'checkpoint', start: c.date, end: c.date, daysBefore: c.daysBefore, examDate: x.exam_date });
    }
  }

  const officersOf = groupBy(officers, (o) => o.visit_id);
  for (const v of visits) {
    items.push({
      kind: 'visit',
      start: v.date,
      end: v.date,
      school: v.school_name,
      purpose: language === 'en' ? v.name_en : v.name_ms,
      planned: v.status === 'planned',
      officers: (officersOf.get(v.id) ?? []).map((o) => o.name),
      initiative: null,
      schools: scopeOf([v.school_id]),
    });
  }

  const sessionsOf = groupBy(sessions, (s) => s.assignment_id);
  for (const a of pairs) {
    const mine = sessionsOf.get(a.id) ?? [];
    const base = {
      kind: 'session' as const,
      mentee: a.mentee_name,
      mentor: a.mentor_name,
      initiative: initiatives.find((i) => i.year === a.year)?.code ?? null,
      schools: scopeOf(a.school_id === null ? [] : [a.school_id]),
    };
    for (const s of mine) if (s.date >= from && s.date <= to) items.push({ ...base, start: s.date, end: s.date, planned: false });
    // The next session of an appointed pair, as the mentoring board suggests it.
    const status = a.status as AssignmentStatus;
    const last = mine.at(-1) ?? null;
    if (APPOINTED.includes(status)) {
      const next = suggestNextSession({ status, schedule: a.schedule as Schedule, startDate: a.start_date, lastSession: last?.date ?? null, agreedNext: last?.next_date ?? null });
      if (next && next >= from && next <= to && next > (last?.date ?? '')) items.push({ ...base, start: next, end: next, planned: true });
    }
  }

  for (const period of periods) {
    items.push({ kind: period.kind, start: period.start, end: period.end, name: periodIn(period, language).name, initiative: null, schools: { scope: 'none' } });
  }

  // In the order a reader meets them: by the day each starts within the range, then as KIND_ORDER says, then by time.
  const within = (i: EventListItem) => (i.start < from ? from : i.start);
  const time = (i: EventListItem) => (i.kind === 'event' ? (i.startTime ?? '') : '');
  items.sort((a, b) => within(a).localeCompare(within(b)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || time(a).localeCompare(time(b)) || a.start.localeCompare(b.start));

  return { letterhead: head.letterhead, from, to, items, signOff: signOffFrom(head.letterhead, head.signatories) };
}
