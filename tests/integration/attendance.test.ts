import { describe, expect, it } from 'vitest';
import type { Attendance, InitiativeMeasures, MeasuresOfYear } from '../../shared/attendance/types';
import type { School } from '../../shared/domain';
import type { CalendarEvent, PlanChange } from '../../shared/plan/types';
import { listMeasures } from '../../electron/services/attendance/measure-rows';
import { valueMeasures, type MeasureRows } from '../../electron/services/attendance/measures';
import { failure } from '../helpers/api';
import { capturing, scansOf } from '../helpers/query-plans';
import { openApp } from '../helpers/tmp';

/**
 * Three invited schools with five leaders between them (A: head and deputy, B: head and deputy, C: head) and a
 * teacher at A; school D is neither invited nor targeted and has a teacher. EPIC meets every Wednesday of January
 * 2024 but the 17th (skipped).
 */
async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call, ctx } = app;
  const school = (abbreviation: string, level: string, number: number, leaders: { role: string; name: string }[]) =>
    call<School>('schools.create', { name: `School ${abbreviation}`, abbreviation, level, number, leaders });
  const a = await school('SR A', 'primary', 1, [{ role: 'head', name: 'Head A' }, { role: 'deputy', name: 'Deputy A' }]);
  const b = await school('SR B', 'primary', 2, [{ role: 'head', name: 'Head B' }, { role: 'deputy', name: 'Deputy B' }]);
  const c = await school('SM C', 'secondary', 3, [{ role: 'head', name: 'Head C' }]);
  const d = await school('SR D', 'primary', 4, [{ role: 'head', name: 'Head D' }]);
  const db = ctx.db();
  for (const [name, schoolId] of [['Teacher A', a.id], ['Teacher D', d.id]] as const) {
    await db.insertInto('people').values({ name, title: 'Guru', school_id: schoolId, team_role_label: '', email: '', phone: '', position: 5 }).execute();
  }
  const people = await db.selectFrom('people').select(['id', 'name']).execute();
  const person = (name: string) => people.find((p) => p.name === name)?.id as number;

  await call('plan.createYear', { year: 2024 });
  const { id: initiativeId } = await call<PlanChange>('initiatives.create', { year: 2024, code: 'EPIC', name: 'EPIC', schoolIds: [a.id, b.id, c.id] });
  const series = await call<CalendarEvent>('events.create', {
    title: 'EPIC',
    startDate: '2024-01-03',
    endDate: '2024-01-03',
    initiativeId,
    schoolIds: [a.id, b.id, c.id],
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    repeatUntil: '2024-01-31',
  });
  await call('events.skipOccurrence', { id: series.id, date: '2024-01-17' });
  return { ...app, a, b, c, d, person, initiativeId, series };
}

const at = (eventId: number, occurrenceDate: string) => ({ eventId, occurrenceDate });

describe('attendance at an occurrence', () => {
  it('starts empty, saves the whole record and reads it back, raising the version', async () => {
    const { call, series, a, b, c, person } = await setup();
    const empty = await call<Attendance>('attendance.get', at(series.id, '2024-01-10'));
    expect(empty.record).toEqual({ schoolIds: [], people: [], note: '', version: 0 });
    expect(empty.schools.map((s) => [s.abbreviation, s.people.map((p) => [p.name, p.leaderRole])])).toEqual([
      ['SR A', [['Head A', 'head'], ['Deputy A', 'deputy'], ['Teacher A', null]]],
      ['SR B', [['Head B', 'head'], ['Deputy B', 'deputy']]],
      ['SM C', [['Head C', 'head']]],
    ]);

    // Deputy B came: school B is recorded as attended with them.
    const saved = await call<Attendance>('attendance.save', {
      ...at(series.id, '2024-01-10'),
      schoolIds: [a.id],
      people: [{ personId: person('Head A'), presented: true }, { personId: person('Teacher A') }, { personId: person('Deputy B') }],
      note: 'Head A shared the reading plan',
    });
    expect(saved.record).toEqual({
      schoolIds: [a.id, b.id].sort((x, y) => x - y),
      people: [
        { personId: person('Head A'), presented: true },
        { personId: person('Deputy B'), presented: false },
        { personId: person('Teacher A'), presented: false },
      ].sort((x, y) => x.personId - y.personId),
      note: 'Head A shared the reading plan',
      version: 1,
    });
    expect(await call<Attendance>('attendance.get', at(series.id, '2024-01-10'))).toEqual(saved);
    // Another date of the series is a record of its own.
    expect((await call<Attendance>('attendance.get', at(series.id, '2024-01-03'))).record.version).toBe(0);

    const again = await call<Attendance>('attendance.save', { ...at(series.id, '2024-01-10'), schoolIds: [c.id], people: [], note: '', version: 1 });
    expect(again.record).toEqual({ schoolIds: [c.id], people: [], note: '', version: 2 });
  });

  it('refuses a school not invited and a person of a school not invited, at their fields, naming them', async () => {
    const { call, series, a, d, person } = await setup();
    const e = await failure(
      call('attendance.save', { ...at(series.id, '2024-01-10'), schoolIds: [a.id, d.id], people: [{ personId: person('Head A') }, { personId: person('Teacher D') }] }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.errors).toEqual([
      { field: 'schoolIds.1', message: 'SR D was not invited to this event.' },
      { field: 'people.1.personId', message: 'Teacher D is not from a school invited to this event.' },
    ]);
    const only = await failure(call('attendance.save', { ...at(series.id, '2024-01-10'), people: [{ personId: person('Head D'), presented: true }] }));
    expect(only).toMatchObject({ field: 'people.0.personId', message: 'Head D is not from a school invited to this event.' });
    // Nothing of either save was kept.
    expect((await call<Attendance>('attendance.get', at(series.id, '2024-01-10'))).record.version).toBe(0);
  });

  it('refuses a date that is not an occurrence of the event', async () => {
    const { call, series, a, initiativeId } = await setup();
    for (const date of ['2024-01-04', '2024-01-17', '2024-02-07', '2023-12-27']) {
      const e = await failure(call('attendance.save', { ...at(series.id, date), schoolIds: [a.id] }));
      expect(e, date).toMatchObject({ code: 'VALIDATION', field: 'occurrenceDate' });
      expect((await failure(call('attendance.get', at(series.id, date)))).field, date).toBe('occurrenceDate');
    }
    const oneOff = await call<CalendarEvent>('events.create', { title: 'Briefing', startDate: '2024-02-05', endDate: '2024-02-06', initiativeId, schoolIds: [a.id] });
    expect((await failure(call('attendance.get', at(oneOff.id, '2024-02-06')))).field).toBe('occurrenceDate');
    expect((await call<Attendance>('attendance.save', { ...at(oneOff.id, '2024-02-05'), schoolIds: [a.id] })).record.schoolIds).toEqual([a.id]);
    // A date edited on its own keeps its attendance on its own row, not on the series.
    const own = await call<CalendarEvent>('events.editOccurrence', { seriesId: series.id, occurrenceDate: '2024-01-24', title: 'EPIC (hall)', startDate: '2024-01-25', endDate: '2024-01-25', initiativeId, schoolIds: [a.id] });
    expect((await failure(call('attendance.get', at(series.id, '2024-01-24')))).field).toBe('occurrenceDate');
    expect((await call<Attendance>('attendance.get', at(own.id, '2024-01-25'))).schools.map((s) => s.abbreviation)).toEqual(['SR A']);
  });

  it('refuses a save made from an old copy of the record', async () => {
    const { call, series, a, b } = await setup();
    await call('attendance.save', { ...at(series.id, '2024-01-03'), schoolIds: [a.id] });
    const first = await failure(call('attendance.save', { ...at(series.id, '2024-01-03'), schoolIds: [b.id] }));
    expect(first).toMatchObject({ code: 'CONFLICT', field: 'version' });
    await call('attendance.save', { ...at(series.id, '2024-01-03'), schoolIds: [a.id, b.id], version: 1 });
    expect(await failure(call('attendance.save', { ...at(series.id, '2024-01-03'), schoolIds: [], version: 1 }))).toMatchObject({ code: 'CONFLICT' });
    expect((await call<Attendance>('attendance.get', at(series.id, '2024-01-03'))).record).toMatchObject({ schoolIds: [a.id, b.id].sort((x, y) => x - y), version: 2 });
  });
});

describe('attendance others depend on', () => {
  it('refuses to delete an event or skip a date with attendance recorded, until the record is cleared', async () => {
    const { call, series, a } = await setup();
    await call('attendance.save', { ...at(series.id, '2024-01-10'), schoolIds: [a.id] });
    const skip = await failure(call('events.skipOccurrence', { id: series.id, date: '2024-01-10' }));
    expect(skip.code).toBe('CONFLICT');
    expect(skip.message).toContain('10/01/2024');
    expect((await failure(call('events.delete', { id: series.id }))).message).toContain('10/01/2024');
    // Another date of the series has none: it can be skipped.
    await call('events.skipOccurrence', { id: series.id, date: '2024-01-24' });
    expect((await call<Attendance>('attendance.get', at(series.id, '2024-01-10'))).record.schoolIds).toEqual([a.id]);

    // Nothing ticked and no note clears the record; then the date and the event can go.
    const cleared = await call<Attendance>('attendance.save', { ...at(series.id, '2024-01-10'), schoolIds: [], people: [], note: '', version: 1 });
    expect(cleared.record).toEqual({ schoolIds: [], people: [], note: '', version: 0 });
    await call('events.skipOccurrence', { id: series.id, date: '2024-01-10' });
    await call('events.delete', { id: series.id });
  });
});

describe('measure values', () => {
  it('values each kind of measure as worked out by hand', async () => {
    const { call, ctx, series, a, b, d, person, initiativeId } = await setup();
    // 3 January: Head A presents, Deputy A and Teacher A come. 10 January: Head B presents, Head A comes again.
    await call('attendance.save', { ...at(series.id, '2024-01-03'), schoolIds: [a.id], people: [{ personId: person('Head A'), presented: true }, { personId: person('Deputy A') }, { personId: person('Teacher A') }] });
    await call('attendance.save', { ...at(series.id, '2024-01-10'), schoolIds: [a.id, b.id], people: [{ personId: person('Head B'), presented: true }, { personId: person('Head A') }] });

    // PSR Mathematics: 2023 A 20/40 and B 30/60 = 50/100 = 50.0 %; 2024 A 30/50 and B 28/50 = 58/100 = 58.0 %;
    // change +8.0. The Science row and D's 2022 row are of another subject and year.
    const db = ctx.db();
    const exam = (await db.selectFrom('exam_types').select('id').where('code', '=', 'PSR').executeTakeFirstOrThrow()).id;
    const subject = async (code: string) => (await db.selectFrom('subjects').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const [math, sci] = [await subject('MATH'), await subject('SCI')];
    const rows: [number, number, number, number, number][] = [
      [a.id, 2023, math, 40, 20],
      [b.id, 2023, math, 60, 30],
      [a.id, 2024, math, 50, 30],
      [b.id, 2024, math, 50, 28],
      [a.id, 2024, sci, 10, 10],
      [d.id, 2022, math, 10, 0],
    ];
    for (const [school_id, year, subject_id, sat, passed] of rows) await db.insertInto('results').values({ school_id, year, exam_type_id: exam, subject_id, sat, passed }).execute();

    const saved = await call<InitiativeMeasures>('measures.save', {
      initiativeId,
      measures: [
        { labelMs: 'Pemimpin hadir', kind: 'leaders-attending', target: 50 },
        { labelMs: 'Pemimpin berkongsi', labelEn: 'Leaders sharing', kind: 'leaders-presenting', target: 100 },
        { labelMs: 'Sekolah hadir', kind: 'schools-attending', target: 100 },
        { labelMs: 'A–C Matematik PSR', kind: 'result-change', target: 5, examTypeId: exam, subjectId: math },
        { labelMs: 'A–C PSR semua', kind: 'result-change', target: 5, examTypeId: exam },
        { labelMs: 'Jurulatih', kind: 'count', target: 6, countValue: 4 },
      ],
    });
    const summary = (m: InitiativeMeasures) => m.measures.map((x) => [x.kind, x.value, x.met, x.basis]);
    expect(summary(saved)).toEqual([
      ['leaders-attending', 60, true, { kind: 'share', unit: 'leaders', count: 3, of: 5 }],
      ['leaders-presenting', 40, false, { kind: 'share', unit: 'leaders', count: 2, of: 5 }],
      ['schools-attending', 66.7, false, { kind: 'share', unit: 'schools', count: 2, of: 3 }],
      ['result-change', 8, true, { kind: 'change', year: 2024, current: 58, previous: 50 }],
      // All PSR subjects: 2024 is 68/110 = 61.8 %, 2023 is 50.0 %: +11.8.
      ['result-change', 11.8, true, { kind: 'change', year: 2024, current: 61.8, previous: 50 }],
      ['count', 4, false, { kind: 'entered' }],
    ]);
    const year = await call<MeasuresOfYear>('measures.list', { year: 2024 });
    expect(year.initiatives.map((i) => i.code)).toEqual(['EPIC']);
    expect(year.initiatives[0]).toEqual(saved);
    expect(year.examTypes.map((x) => x.code)).toContain('PSR');
    expect(year.subjects.map((x) => x.code)).toContain('MATH');

    // Without named schools the targets are the schools of the initiative's levels: A, B and D (primary).
    const plan = await db.selectFrom('initiatives').select('version').where('id', '=', initiativeId).executeTakeFirstOrThrow();
    await call('initiatives.update', { id: initiativeId, version: plan.version, code: 'EPIC', name: 'EPIC', targetLevels: ['primary'], schoolIds: [] });
    const byLevel = (await call<MeasuresOfYear>('measures.list', { year: 2024 })).initiatives[0] as InitiativeMeasures;
    // Leaders of A, B and D: 5; attended Head A, Deputy A, Head B = 60 %; schools A and B of 3.
    expect(summary(byLevel).slice(0, 3)).toEqual([
      ['leaders-attending', 60, true, { kind: 'share', unit: 'leaders', count: 3, of: 5 }],
      ['leaders-presenting', 40, false, { kind: 'share', unit: 'leaders', count: 2, of: 5 }],
      ['schools-attending', 66.7, false, { kind: 'share', unit: 'schools', count: 2, of: 3 }],
    ]);
  });

  it('saves the list in one go: refuses a result change without an exam at its field, and old versions', async () => {
    const { call, initiativeId } = await setup();
    const e = await failure(call('measures.save', { initiativeId, measures: [{ labelMs: 'Hadir', kind: 'leaders-attending', target: 120 }, { labelMs: 'A–C', kind: 'result-change', target: 5 }] }));
    expect(e.errors).toEqual([
      { field: 'measures.0.target', message: 'A percentage target is 0 to 100' },
      { field: 'measures.1.examTypeId', message: 'Choose the exam whose A–C % should change' },
    ]);
    const first = await call<InitiativeMeasures>('measures.save', { initiativeId, measures: [{ labelMs: 'Hadir', kind: 'leaders-attending', target: 80 }, { labelMs: 'Jurulatih', kind: 'count', target: 2 }] });
    const [attending, coaches] = first.measures as [InitiativeMeasures['measures'][0], InitiativeMeasures['measures'][0]];
    expect(attending.value).toBe(0);
    expect(coaches).toMatchObject({ value: null, met: null });
    // Coaches entered, attending removed: the list keeps one.
    const second = await call<InitiativeMeasures>('measures.save', { initiativeId, measures: [{ ...coaches, countValue: 2 }], removed: [{ id: attending.id, version: attending.version }] });
    expect(second.measures.map((m) => [m.labelMs, m.value, m.met, m.version])).toEqual([['Jurulatih', 2, true, 2]]);
    // A copy read before the second save: its versions are old, and it does not know of the removal.
    expect(await failure(call('measures.save', { initiativeId, measures: [{ ...coaches, countValue: 3 }] }))).toMatchObject({ code: 'CONFLICT' });
    // A list that leaves out a stored measure without removing it was read before that measure was added.
    expect(await failure(call('measures.save', { initiativeId, measures: [] }))).toMatchObject({ code: 'CONFLICT' });
    expect((await call<MeasuresOfYear>('measures.list', { year: 2024 })).initiatives[0]?.measures.map((m) => m.countValue)).toEqual([2]);
  });
});

describe('the measure values as a function of rows', () => {
  it('takes the schools of the target levels, counts a leader once whatever the sessions, and leaves a result change without last year unknown', () => {
    const measure = (id: number, kind: string, target: number, extra: Partial<MeasureRows['measures'][0]> = {}) => ({
      id, initiative_id: 1, position: id, label_ms: kind, label_en: '', kind, target, exam_type_id: null, subject_id: null, count_value: null, version: 1, ...extra,
    });
    const rows: MeasureRows = {
      year: 2024,
      initiatives: [{ id: 1, code: 'PSBC', name: 'PSBC', name_en: '', colour: '#2f6fb3', version: 1, target_levels: '["primary"]' }],
      measures: [measure(1, 'leaders-attending', 75), measure(2, 'schools-attending', 50), measure(3, 'result-change', 0, { exam_type_id: 1 }), measure(4, 'count', 2, { count_value: 2 })],
      initiativeSchools: [],
      // School 3 is secondary: neither it nor its leader counts.
      schools: [{ id: 1, level: 'primary' }, { id: 2, level: 'primary' }, { id: 3, level: 'secondary' }],
      leaders: [{ id: 10, school_id: 1 }, { id: 11, school_id: 1 }, { id: 20, school_id: 2 }, { id: 30, school_id: 3 }],
      attendedPeople: [{ initiative_id: 1, person_id: 10, presented: 0 }, { initiative_id: 1, person_id: 11, presented: 1 }, { initiative_id: 1, person_id: 30, presented: 1 }],
      attendedSchools: [{ initiative_id: 1, school_id: 1 }, { initiative_id: 1, school_id: 3 }],
      results: [{ year: 2024, exam_type_id: 1, subject_id: 1, sat: 10, passed: 5 }],
    };
    const [psbc] = valueMeasures(rows);
    expect(psbc?.measures.map((m) => [m.value, m.met, m.basis])).toEqual([
      // 2 of the 3 primary leaders: 66.7 % against 75.
      [66.7, false, { kind: 'share', unit: 'leaders', count: 2, of: 3 }],
      [50, true, { kind: 'share', unit: 'schools', count: 1, of: 2 }],
      [null, null, { kind: 'change', year: 2024, current: 50, previous: null }],
      [2, true, { kind: 'entered' }],
    ]);
  });
});

describe('query plans of the measures', () => {
  const BIG_TABLES = ['events', 'attendance', 'attendance_people', 'attendance_schools', 'results'];

  it('finds a full scan when a statement has one, so the check below can fail', async () => {
    const { ctx } = await openApp();
    const { db, statements } = capturing(ctx.db());
    await db.selectFrom('attendance_people').select('person_id').where('presented', '=', 1).execute();
    expect(await scansOf(ctx.db(), statements, BIG_TABLES)).toHaveLength(1);
  });

  it('reads no whole table of events, attendance or results for the demo year', async () => {
    const { ctx, call } = await openApp();
    await call('demo.load');
    const { db, statements } = capturing(ctx.db());
    const year = await listMeasures(db, 2023);
    expect(year.initiatives.some((i) => i.measures.length > 0)).toBe(true);
    expect(statements.length).toBeGreaterThan(0);
    expect(await scansOf(ctx.db(), statements, BIG_TABLES)).toEqual([]);
  });
});
