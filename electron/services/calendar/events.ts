/**
 * Calendar events. A recurring event is one row with an RRULE; "this occurrence only" edits become their own
 * row tied to the series date, and skipped dates are kept beside the series. Every save is one transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import { daysBetween } from '../../../shared/plan/calendar-dates';
import { expandRule } from '../../../shared/plan/recurrence';
import type { CalendarEvent } from '../../../shared/plan/types';
import type { DB } from '../../../db/schema';
import { conflict, nextVersion, updateVersioned } from '../versions';
import { assertNoAttendance } from '../attendance/attendance';

type Db = Kysely<DB>;
const EVENT = ['Event', 'Acara'] as const;

export async function getEvent(db: Db, id: number): Promise<CalendarEvent> {
  const e = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw notFound(['Event', 'Acara'], id);
  const [schools, people, skips] = await Promise.all([
    db.selectFrom('event_schools').select('school_id').where('event_id', '=', id).orderBy('school_id').execute(),
    db.selectFrom('event_people').select('person_id').where('event_id', '=', id).orderBy('person_id').execute(),
    db.selectFrom('event_skips').select('date').where('event_id', '=', id).orderBy('date').execute(),
  ]);
  return {
    id: e.id,
    title: e.title,
    startDate: e.start_date,
    endDate: e.end_date,
    allDay: e.all_day === 1,
    startTime: e.start_time,
    endTime: e.end_time,
    place: e.place,
    notes: e.notes,
    initiativeId: e.initiative_id,
    phaseId: e.phase_id,
    schoolIds: schools.map((s) => s.school_id),
    personIds: people.map((p) => p.person_id),
    rrule: e.rrule,
    repeatUntil: e.repeat_until,
    skips: skips.map((s) => s.date),
    seriesId: e.series_id,
    occurrenceDate: e.occurrence_date,
    version: e.version,
  };
}

type Fields = Omit<ParsedInput<'events.create'>, 'rrule' | 'repeatUntil' | 'skips'> & { rrule?: string | null; repeatUntil?: string | null };

/** Links must point at live rows: the initiative, a phase of that initiative, schools, people; all reported at once. */
async function assertLinks(db: Db, v: Fields) {
  const problems = new FieldErrors();
  if (v.initiativeId !== null) {
    const i = await db.selectFrom('initiatives').select('id').where('id', '=', v.initiativeId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!i) problems.add('initiativeId', bi('Choose an initiative from the plan.', 'Pilih inisiatif daripada pelan.'));
  }
  if (v.phaseId !== null) {
    const p = await db
      .selectFrom('phases as p')
      .innerJoin('lanes as l', 'l.id', 'p.lane_id')
      .select('l.initiative_id')
      .where('p.id', '=', v.phaseId)
      .where('p.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!p || p.initiative_id !== v.initiativeId) problems.add('phaseId', bi('Choose a phase of the chosen initiative.', 'Pilih fasa daripada inisiatif yang dipilih.'));
  }
  if (v.schoolIds.length > 0) {
    const found = await db.selectFrom('schools').select('id').where('id', 'in', v.schoolIds).execute();
    if (found.length !== new Set(v.schoolIds).size) problems.add('schoolIds', bi('One of the schools does not exist.', 'Salah satu sekolah tidak wujud.'));
  }
  if (v.personIds.length > 0) {
    const found = await db.selectFrom('people').select('id').where('id', 'in', v.personIds).execute();
    if (found.length !== new Set(v.personIds).size) problems.add('personIds', bi('One of the people does not exist.', 'Salah seorang tidak wujud.'));
  }
  problems.throwIfAny();
}

function row(v: Fields) {
  return {
    title: v.title,
    start_date: v.startDate,
    end_date: v.endDate,
    all_day: v.allDay ? 1 : 0,
    start_time: v.allDay ? null : v.startTime,
    end_time: v.allDay ? null : v.endTime,
    place: v.place,
    notes: v.notes,
    initiative_id: v.initiativeId,
    phase_id: v.phaseId,
    rrule: v.rrule ?? null,
    repeat_until: v.rrule ? (v.repeatUntil ?? null) : null,
  };
}

async function saveLinks(trx: Transaction<DB>, eventId: number, v: Fields, skips: string[] | null) {
  await trx.deleteFrom('event_schools').where('event_id', '=', eventId).execute();
  for (const s of new Set(v.schoolIds)) await trx.insertInto('event_schools').values({ event_id: eventId, school_id: s }).execute();
  await trx.deleteFrom('event_people').where('event_id', '=', eventId).execute();
  for (const p of new Set(v.personIds)) await trx.insertInto('event_people').values({ event_id: eventId, person_id: p }).execute();
  if (skips !== null) {
    await trx.deleteFrom('event_skips').where('event_id', '=', eventId).execute();
    for (const d of new Set(skips)) await trx.insertInto('event_skips').values({ event_id: eventId, date: d }).execute();
  }
}

export async function createEvent(db: Db, input: ParsedInput<'events.create'>): Promise<CalendarEvent> {
  const id = await db.transaction().execute(async (trx) => {
    await assertLinks(trx, input);
    const { id } = await trx.insertInto('events').values(row(input)).returning('id').executeTakeFirstOrThrow();
    await saveLinks(trx, id, input, input.rrule ? input.skips : []);
    return id;
  });
  return getEvent(db, id);
}

/** Saves a whole event or a whole series; an edited occurrence is saved as itself (not turned into a series). */
export async function updateEvent(db: Db, input: ParsedInput<'events.update'>): Promise<CalendarEvent> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('events').select(['id', 'series_id']).where('id', '=', input.id).executeTakeFirst();
    if (!current) throw notFound(['Event', 'Acara'], input.id);
    if (current.series_id !== null && input.rrule) {
      throw validationError('rrule', bi('One date of a series cannot repeat on its own; edit the series instead.', 'Satu tarikh dalam siri tidak boleh berulang sendiri; sunting siri itu.'));
    }
    await assertLinks(trx, input);
    await updateVersioned(trx, 'events', input.id, input.version, { ...row(input), updated_at: nowIso() }, EVENT);
    await saveLinks(trx, input.id, input, input.rrule ? input.skips : []);
  });
  return getEvent(db, input.id);
}

/** Deleting one edited date of a series keeps that date skipped, so the series does not bring it back. */
export async function deleteEvent(db: Db, id: number): Promise<{ id: number }> {
  await db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('events').select(['id', 'series_id', 'occurrence_date']).where('id', '=', id).executeTakeFirst();
    if (!e) throw notFound(['Event', 'Acara'], id);
    await assertNoAttendance(trx, id);
    if (e.series_id !== null && e.occurrence_date !== null) {
      await trx.insertInto('event_skips').values({ event_id: e.series_id, date: e.occurrence_date }).onConflict((oc) => oc.doNothing()).execute();
      await seriesChanged(trx, e.series_id);
    }
    await trx.deleteFrom('events').where('id', '=', id).execute();
  });
  return { id };
}

/** The series' skipped dates are part of its form: a series open elsewhere must not write them back. */
const seriesChanged = (trx: Transaction<DB>, seriesId: number) =>
  trx.updateTable('events').set({ version: nextVersion, updated_at: nowIso() }).where('id', '=', seriesId).execute();

async function seriesRow(db: Db, id: number) {
  const s = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound(['Event', 'Acara'], id);
  if (!s.rrule || !s.repeat_until) throw validationError('id', bi('This event does not repeat.', 'Acara ini tidak berulang.'));
  return s;
}

function assertOccurs(s: { rrule: string | null; start_date: string; repeat_until: string | null }, date: string, field: string) {
  if (!s.rrule || !s.repeat_until || !expandRule(s.rrule, s.start_date, s.repeat_until).includes(date)) {
    throw validationError(field, bi(`The series has no date on ${date}.`, `Siri ini tiada tarikh pada ${date}.`));
  }
}

export async function skipOccurrence(db: Db, id: number, date: string): Promise<CalendarEvent> {
  await db.transaction().execute(async (trx) => {
    const s = await seriesRow(trx, id);
    assertOccurs(s, date, 'date');
    await assertNoAttendance(trx, id, date);
    const edited = await trx.selectFrom('events').select('id').where('series_id', '=', id).where('occurrence_date', '=', date).executeTakeFirst();
    if (edited) await assertNoAttendance(trx, edited.id);
    await trx.deleteFrom('events').where('series_id', '=', id).where('occurrence_date', '=', date).execute();
    await trx.insertInto('event_skips').values({ event_id: id, date }).onConflict((oc) => oc.doNothing()).execute();
    await seriesChanged(trx, id);
  });
  return getEvent(db, id);
}

/**
 * "This date only": creates the row that stands in for one date of a series. A date that already has its own
 * row (made by someone else since the series was read) is edited as that row, so this refuses it.
 */
export async function editOccurrence(db: Db, input: ParsedInput<'events.editOccurrence'>): Promise<CalendarEvent> {
  const id = await db.transaction().execute(async (trx) => {
    const s = await seriesRow(trx, input.seriesId);
    assertOccurs(s, input.occurrenceDate, 'occurrenceDate');
    await assertLinks(trx, input);
    const values = { ...row(input), rrule: null, repeat_until: null, series_id: input.seriesId, occurrence_date: input.occurrenceDate };
    const existing = await trx.selectFrom('events').select('id').where('series_id', '=', input.seriesId).where('occurrence_date', '=', input.occurrenceDate).executeTakeFirst();
    if (existing) throw conflict(EVENT);
    const eventId = (await trx.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow()).id;
    const unskipped = await trx.deleteFrom('event_skips').where('event_id', '=', input.seriesId).where('date', '=', input.occurrenceDate).executeTakeFirst();
    if (Number(unskipped.numDeletedRows) > 0) await seriesChanged(trx, input.seriesId);
    await saveLinks(trx, eventId, input, []);
    return eventId;
  });
  return getEvent(db, id);
}

/** Days an event lasts beyond its first day (0 for a one-day event). */
export const extraDays = (e: { start_date: string; end_date: string }) => daysBetween(e.start_date, e.end_date);
