import { describe, expect, it } from 'vitest';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { CalendarEvent, Exam, Occurrence, Plan } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

type Listing = { occurrences: Occurrence[] };

async function demo() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const plan = await app.call<Plan>('plan.get', { year: 2023 });
  const code = (c: string) => plan.initiatives.find((i) => i.code === c)?.id as number;
  const list = (input: object) => app.call<Listing>('events.list', input).then((r) => r.occurrences);
  return { ...app, plan, code, list };
}

describe('recurring events', () => {
  it('shows EPIC on every Wednesday from February to September 2023', async () => {
    const { list } = await demo();
    const all = await list({ from: '2023-01-01', to: '2023-12-31' });
    const epic = all.filter((o) => o.title === 'EPIC');
    expect(epic).toHaveLength(35);
    expect(epic.every((o) => new Date(`${o.start}T00:00:00Z`).getUTCDay() === 3)).toBe(true);
    expect([epic[0]?.start, epic.at(-1)?.start]).toEqual(['2023-02-01', '2023-09-27']);
    expect((await list({ from: '2023-02-01', to: '2023-02-28' })).map((o) => o.start)).toEqual(['2023-02-01', '2023-02-08', '2023-02-15', '2023-02-22']);
    expect(epic[0]).toMatchObject({ initiativeCode: 'EPIC', colour: '#2f6fb3', allDay: true, kind: 'event' });
    expect(epic[0]?.schoolNames).toHaveLength(26);
  });

  it('skips a date, edits one date on its own, or edits the whole series', async () => {
    const { call, list } = await demo();
    const [first] = await list({ from: '2023-02-01', to: '2023-02-01' });
    const seriesId = first?.seriesId as number;
    // The demo recorded who came on 8 February: that record goes first, or the date stays.
    expect((await failure(call('events.skipOccurrence', { id: seriesId, date: '2023-02-08' }))).code).toBe('CONFLICT');
    await call('attendance.save', { eventId: seriesId, occurrenceDate: '2023-02-08', schoolIds: [], people: [], note: '', version: 1 });
    await call('events.skipOccurrence', { id: seriesId, date: '2023-02-08' });
    expect(await failure(call('events.skipOccurrence', { id: seriesId, date: '2023-02-09' }))).toMatchObject({ field: 'date', message: 'The series has no date on 2023-02-09.' });

    const series = await call<CalendarEvent>('events.get', { id: seriesId });
    const moved = await call<CalendarEvent>('events.editOccurrence', {
      ...series,
      seriesId,
      occurrenceDate: '2023-02-15',
      title: 'EPIC showcase',
      startDate: '2023-02-16',
      endDate: '2023-02-16',
      allDay: false,
      startTime: '14:00',
      endTime: '16:30',
      place: 'SM PDSM hall',
    });
    expect(moved).toMatchObject({ seriesId, occurrenceDate: '2023-02-15', rrule: null });
    expect((await list({ from: '2023-02-01', to: '2023-02-28' })).map((o) => [o.start, o.title, o.startTime])).toEqual([
      ['2023-02-01', 'EPIC', null],
      ['2023-02-16', 'EPIC showcase', '14:00'],
      ['2023-02-22', 'EPIC', null],
    ]);

    // The whole series: Thursdays from now on; the edited date and the skip stay as they are.
    const thursdays = await call<CalendarEvent>('events.update', { ...series, id: seriesId, rrule: 'FREQ=WEEKLY;BYDAY=TH', skips: ['2023-02-08'] });
    expect(thursdays.version).toBe(series.version + 1);
    expect((await list({ from: '2023-02-01', to: '2023-02-28' })).map((o) => o.start)).toEqual(['2023-02-02', '2023-02-09', '2023-02-16', '2023-02-16', '2023-02-23']);

    // Deleting the edited date keeps it out of the series.
    await call('events.update', { ...series, id: seriesId, version: thursdays.version, skips: [] });
    await call('events.delete', { id: moved.id });
    expect((await list({ from: '2023-02-01', to: '2023-02-28' })).map((o) => o.start)).toEqual(['2023-02-01', '2023-02-08', '2023-02-22']);
  });
});

describe('events', () => {
  it('saves a timed event with its links, and refuses bad input at the field', async () => {
    const { call, code, plan, list } = await demo();
    const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
    const team = await call<TeamMember[]>('team.list');
    const steps = plan.initiatives.find((i) => i.code === 'STEPS');
    const phase = steps?.lanes[0]?.phases[1];
    const e = await call<CalendarEvent>('events.create', {
      title: 'STEPS sharing',
      startDate: '2023-05-10',
      endDate: '2023-05-10',
      allDay: false,
      startTime: '08:00',
      endTime: '12:00',
      place: 'PTM',
      initiativeId: code('STEPS'),
      phaseId: phase?.id,
      schoolIds: [schools[1]?.id, schools[2]?.id],
      personIds: [team[2]?.id],
    });
    expect(e).toMatchObject({ allDay: false, startTime: '08:00', endTime: '12:00', rrule: null, skips: [] });

    // EPIC involves every school; the STEPS sharing only the two chosen.
    const bySchool = await list({ from: '2023-05-08', to: '2023-05-14', schoolIds: [schools[2]?.id] });
    expect(bySchool.map((o) => [o.title, o.phaseName])).toEqual([['EPIC', null], ['STEPS sharing', 'STEPS Review']]);
    expect((await list({ from: '2023-05-08', to: '2023-05-14', schoolIds: [schools[5]?.id] })).map((o) => o.title)).toEqual(['EPIC']);
    // Another officer's May holds only their own demo visits and mentoring sessions, none of these events.
    const theirs = await list({ from: '2023-05-01', to: '2023-05-31', personIds: [team[3]?.id] });
    expect(theirs.filter((o) => o.kind === 'event')).toEqual([]);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((o) => (o.kind === 'visit' || o.kind === 'session') && o.personIds.includes(team[3]?.id as number))).toBe(true);
    expect((await list({ from: '2023-05-01', to: '2023-05-31', initiativeIds: [code('EPIC')] })).every((o) => o.initiativeCode === 'EPIC')).toBe(true);

    const base = { title: 'Meeting', startDate: '2023-05-10', endDate: '2023-05-10' };
    const cases: [object, string, string][] = [
      [{ ...base, endDate: '2023-05-09' }, 'endDate', 'The end date is before the start date'],
      [{ ...base, allDay: false, startTime: '10:00' }, 'endTime', 'Enter an end time, or mark the event all-day'],
      [{ ...base, allDay: false, startTime: '10:00', endTime: '09:00' }, 'endTime', 'The end time must be after the start time'],
      [{ ...base, allDay: false, startTime: '25:00', endTime: '26:00' }, 'startTime', 'Enter a time as HH:MM, e.g. 14:30'],
      [{ ...base, rrule: 'FREQ=WEEKLY;BYDAY=WE' }, 'repeatUntil', 'Choose the date the repeats end'],
      [{ ...base, rrule: 'EVERY WEDNESDAY', repeatUntil: '2023-09-30' }, 'rrule', 'This repeat rule cannot be read (e.g. FREQ=WEEKLY;BYDAY=WE)'],
      [{ ...base, rrule: 'FREQ=DAILY', repeatUntil: '2026-09-30' }, 'repeatUntil', 'A series may run for at most two years'],
      [{ ...base, title: ' ' }, 'title', 'Title is required'],
      [{ ...base, initiativeId: code('EPIC'), phaseId: phase?.id }, 'phaseId', 'Choose a phase of the chosen initiative.'],
    ];
    for (const [input, field, message] of cases) {
      const e = await failure(call('events.create', input));
      expect(e, field).toMatchObject({ code: 'VALIDATION', field, message });
      expect(e.errors, field).toContainEqual({ field, message });
    }
  });
});

describe('exams and checkpoints', () => {
  it('puts checkpoints 150, 100, 50 and 20 days before the exam, tied to STEPS, and moves them with it', async () => {
    const { call, code, list } = await demo();
    const psr = await call<Exam>('exams.create', { name: 'PSR', date: '2023-09-25' });
    expect(psr).toMatchObject({ checkpointDays: [150, 100, 50, 20], initiativeCode: 'STEPS', initiativeId: code('STEPS') });
    // The demo's own PSR and O Level (marked demo) are STEPS's too; this one's dates are those named "PSR".
    const mine = (o: { title: string }) => o.title === 'PSR' || o.title.startsWith('PSR:');
    const steps = await list({ from: '2023-01-01', to: '2023-12-31', initiativeIds: [code('STEPS')] });
    expect(steps.filter((o) => !mine(o)).map((o) => o.title)).toEqual(expect.arrayContaining(['PSR (demo)', 'O Level (demo)', 'O Level (demo): 20 days to go']));
    const items = steps.filter(mine).map((o) => [o.kind, o.start, o.title]);
    expect(items).toEqual([
      ['checkpoint', '2023-04-28', 'PSR: 150 days to go'],
      ['checkpoint', '2023-06-17', 'PSR: 100 days to go'],
      ['checkpoint', '2023-08-06', 'PSR: 50 days to go'],
      ['checkpoint', '2023-09-05', 'PSR: 20 days to go'],
      ['exam', '2023-09-25', 'PSR'],
    ]);
    await call('exams.update', { id: psr.id, version: psr.version, name: 'PSR', date: '2023-10-02', checkpointDays: [100, 20, 20] });
    expect((await list({ from: '2023-01-01', to: '2023-12-31', initiativeIds: [code('STEPS')] })).filter(mine).map((o) => o.start)).toEqual(['2023-06-24', '2023-09-12', '2023-10-02']);
    expect(await failure(call('exams.update', { id: psr.id, version: psr.version + 1, name: 'PSR', date: '2023-10-02', checkpointDays: [0] }))).toMatchObject({ field: 'checkpointDays.0' });
    expect(await failure(call('initiatives.delete', { id: code('STEPS') }))).toMatchObject({ code: 'CONFLICT' });
    await call('exams.delete', { id: psr.id });
    expect((await call<Exam[]>('exams.list', { year: 2023 })).map((x) => x.name)).toEqual(['PSR (demo)', 'O Level (demo)']);
  });
});
