/**
 * Attendance at one occurrence of an event (a one-off event's date, or one date of a weekly series): which
 * invited schools came, which of their leaders and teachers, and who presented. The record is saved whole.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api';
import type { Attendance, AttendanceSchool } from '../../../shared/attendance/types';
import { formatDate, nowIso } from '../../../shared/dates';
import type { LeaderRole } from '../../../shared/domain';
import { AppError, FieldErrors, bi, notFound, validationError } from '../../../shared/errors';
import { expandRule } from '../../../shared/plan/recurrence';
import type { DB } from '../../../db/schema';
import { conflict } from '../versions';

type Db = Kysely<DB>;
const RECORD = ['Attendance record', 'Rekod kehadiran'] as const;
const LEADER_ORDER: Record<string, number> = { head: 0, deputy: 1 };

/**
 * The event, refused unless `date` is one of its occurrences: a date its series gives (not skipped, and not
 * a date edited on its own, whose own row holds its attendance), or the first day of a one-off event.
 */
async function occurrenceOf(db: Db, eventId: number, date: string) {
  const e = await db
    .selectFrom('events as e')
    .leftJoin('initiatives as i', 'i.id', 'e.initiative_id')
    .select(['e.id', 'e.title', 'e.start_date', 'e.rrule', 'e.repeat_until', 'e.initiative_id', 'i.code as initiative_code'])
    .where('e.id', '=', eventId)
    .executeTakeFirst();
  if (!e) throw notFound(['Event', 'Acara'], eventId);
  let occurs: boolean;
  if (e.rrule && e.repeat_until) {
    const [skips, own] = await Promise.all([
      db.selectFrom('event_skips').select('date').where('event_id', '=', eventId).where('date', '=', date).executeTakeFirst(),
      db.selectFrom('events').select('id').where('series_id', '=', eventId).where('occurrence_date', '=', date).executeTakeFirst(),
    ]);
    occurs = !skips && !own && date >= e.start_date && date <= e.repeat_until && expandRule(e.rrule, e.start_date, date, [], date).includes(date);
  } else {
    occurs = date === e.start_date;
  }
  if (!occurs) {
    throw validationError('occurrenceDate', bi(`${e.title} has no session on ${formatDate(date)}.`, `${e.title} tiada sesi pada ${formatDate(date)}.`));
  }
  return e;
}

/** The schools invited to the event, in roster order, each with its active people: leaders first, then teachers. */
async function invitedSchools(db: Db, eventId: number): Promise<AttendanceSchool[]> {
  const [schools, people] = await Promise.all([
    db
      .selectFrom('event_schools as es')
      .innerJoin('schools as s', 's.id', 'es.school_id')
      .select(['s.id', 's.abbreviation', 's.name'])
      .where('es.event_id', '=', eventId)
      .orderBy('s.number')
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('event_schools as es')
      .innerJoin('people as p', 'p.school_id', 'es.school_id')
      .select(['p.id', 'p.name', 'p.title', 'p.leader_role', 'p.school_id', 'p.position'])
      .where('es.event_id', '=', eventId)
      .where('p.archived_at', 'is', null)
      .execute(),
  ]);
  const rank = (r: string | null) => (r === null ? 9 : (LEADER_ORDER[r] ?? 5));
  people.sort((a, b) => rank(a.leader_role) - rank(b.leader_role) || a.position - b.position || a.name.localeCompare(b.name) || a.id - b.id);
  return schools.map((s) => ({
    ...s,
    people: people.filter((p) => p.school_id === s.id).map((p) => ({ id: p.id, name: p.name, title: p.title, leaderRole: p.leader_role as LeaderRole | null })),
  }));
}

export async function getAttendance(db: Db, eventId: number, occurrenceDate: string): Promise<Attendance> {
  const e = await occurrenceOf(db, eventId, occurrenceDate);
  const at = (q: 'attendance_schools' | 'attendance_people') => db.selectFrom(q).where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate);
  const [schools, record, attendedSchools, attendedPeople] = await Promise.all([
    invitedSchools(db, eventId),
    db.selectFrom('attendance').select(['note', 'version']).where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate).executeTakeFirst(),
    at('attendance_schools').select('school_id').execute(),
    at('attendance_people').select(['person_id', 'presented']).execute(),
  ]);
  return {
    eventId,
    occurrenceDate,
    title: e.title,
    initiativeId: e.initiative_id,
    initiativeCode: e.initiative_code ?? null,
    schools,
    record: {
      schoolIds: attendedSchools.map((s) => s.school_id).sort((a, b) => a - b),
      people: attendedPeople.map((p) => ({ personId: p.person_id, presented: p.presented === 1 })).sort((a, b) => a.personId - b.personId),
      note: record?.note ?? '',
      version: record?.version ?? 0,
    },
  };
}

/**
 * Saves the whole record of one occurrence in one transaction. Only invited schools and people of those
 * schools may be recorded; a person who came marks their school as attended. A record saved by someone else
 * since it was read (or a first record made meanwhile) is a conflict.
 */
export async function saveAttendance(db: Db, input: ParsedInput<'attendance.save'>): Promise<Attendance> {
  const { eventId, occurrenceDate } = input;
  await db.transaction().execute(async (trx) => {
    await occurrenceOf(trx, eventId, occurrenceDate);
    const invited = new Set((await trx.selectFrom('event_schools').select('school_id').where('event_id', '=', eventId).execute()).map((s) => s.school_id));
    const errors = new FieldErrors();
    const schoolIds = [...new Set(input.schoolIds)];
    const named = schoolIds.length
      ? await trx.selectFrom('schools').select(['id', 'abbreviation']).where('id', 'in', schoolIds).execute()
      : [];
    for (const [i, schoolId] of input.schoolIds.entries()) {
      if (invited.has(schoolId)) continue;
      const s = named.find((n) => n.id === schoolId);
      errors.add(
        `schoolIds.${i}`,
        s
          ? bi(`${s.abbreviation} was not invited to this event.`, `${s.abbreviation} tidak dijemput ke acara ini.`)
          : bi(`School ${schoolId} does not exist.`, `Sekolah ${schoolId} tidak wujud.`),
      );
    }
    const personIds = input.people.map((p) => p.personId);
    const people = personIds.length ? await trx.selectFrom('people').select(['id', 'name', 'school_id']).where('id', 'in', personIds).execute() : [];
    for (const [i, p] of input.people.entries()) {
      const person = people.find((x) => x.id === p.personId);
      if (!person) errors.add(`people.${i}.personId`, bi(`Person ${p.personId} does not exist.`, `Orang ${p.personId} tidak wujud.`));
      else if (person.school_id === null || !invited.has(person.school_id)) {
        errors.add(
          `people.${i}.personId`,
          bi(`${person.name} is not from a school invited to this event.`, `${person.name} bukan daripada sekolah yang dijemput ke acara ini.`),
        );
      } else schoolIds.push(person.school_id);
    }
    errors.throwIfAny();

    const stored = await trx.selectFrom('attendance').select('version').where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate).executeTakeFirst();
    const sent = input.version ?? 0;
    if ((stored?.version ?? 0) !== sent) throw conflict(RECORD);
    const key = { event_id: eventId, occurrence_date: occurrenceDate };
    // Nothing ticked and no note clears the record: the date counts as not taken again.
    if (schoolIds.length === 0 && input.people.length === 0 && input.note.trim() === '') {
      await trx.deleteFrom('attendance').where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate).execute();
      return;
    }
    if (stored) {
      const res = await trx
        .updateTable('attendance')
        .set({ note: input.note, updated_at: nowIso(), version: sent + 1 })
        .where('event_id', '=', eventId)
        .where('occurrence_date', '=', occurrenceDate)
        .where('version', '=', sent)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw conflict(RECORD);
      await trx.deleteFrom('attendance_schools').where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate).execute();
      await trx.deleteFrom('attendance_people').where('event_id', '=', eventId).where('occurrence_date', '=', occurrenceDate).execute();
    } else {
      await trx.insertInto('attendance').values({ ...key, note: input.note }).execute();
    }
    const schools = [...new Set(schoolIds)];
    if (schools.length) await trx.insertInto('attendance_schools').values(schools.map((school_id) => ({ ...key, school_id }))).execute();
    if (input.people.length) {
      await trx
        .insertInto('attendance_people')
        .values(input.people.map((p) => ({ ...key, person_id: p.personId, presented: p.presented ? 1 : 0 })))
        .execute();
    }
  });
  return getAttendance(db, eventId, occurrenceDate);
}

/**
 * Refuses to remove an event, or one date of a series, on which attendance was recorded: who came would be
 * lost with it. Clearing the attendance (nothing ticked, no note) first lets it go.
 */
export async function assertNoAttendance(db: Db, eventId: number, date?: string): Promise<void> {
  let q = db.selectFrom('attendance').select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('occurrence_date').as('first')]);
  // A series' dates edited on their own are rows of their own, removed with the series.
  if (date !== undefined) q = q.where('event_id', '=', eventId).where('occurrence_date', '=', date);
  else q = q.where((eb) => eb.or([eb('event_id', '=', eventId), eb('event_id', 'in', eb.selectFrom('events').select('id').where('series_id', '=', eventId))]));
  const r = await q.executeTakeFirstOrThrow();
  const n = Number(r.n);
  if (n === 0) return;
  const first = formatDate(r.first);
  throw new AppError(
    'CONFLICT',
    n === 1
      ? bi(`Attendance was recorded at this event on ${first}; clear it first (untick everyone and save), or keep the event.`, `Kehadiran telah direkodkan pada acara ini pada ${first}; kosongkan dahulu (nyahtanda semua dan simpan), atau kekalkan acara ini.`)
      : bi(`Attendance was recorded at this event on ${n} dates, the first on ${first}; clear them first (untick everyone and save), or keep the event.`, `Kehadiran telah direkodkan pada acara ini pada ${n} tarikh, yang pertama pada ${first}; kosongkan dahulu (nyahtanda semua dan simpan), atau kekalkan acara ini.`),
  );
}
