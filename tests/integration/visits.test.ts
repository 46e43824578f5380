import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import { addDays } from '../../shared/plan/calendar-dates';
import type { Occurrence } from '../../shared/plan/types';
import { mondayOf, weeksOf } from '../../shared/visits/coverage';
import type { Coverage, FollowUp, FollowUpItem, ListEntry, Term, Visit } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  const schools: SchoolSummary[] = [];
  for (const [i, abbreviation] of ['SR A', 'SR B', 'SM C', 'SM D'].entries()) {
    await call('schools.create', { name: `School ${abbreviation}`, abbreviation, level: i < 2 ? 'primary' : 'secondary', number: i + 1 });
  }
  schools.push(...(await call<{ items: SchoolSummary[] }>('schools.list', {})).items);
  const team = await call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }, { name: 'Officer Two', role: 'officer' }, { name: 'Clerk', role: 'clerk' }] });
  const purposes = await call<ListEntry[]>('visits.purposes');
  const criteria = await call<ListEntry[]>('rubric.list');
  // A fixture term: Wednesday 10 January to Friday 9 February 2024, five weeks touched.
  await call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-10', end: '2024-02-09' });
  await call('periods.create', { kind: 'term', name: 'Term 2', start: '2024-03-04', end: '2024-05-24' });
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id as number;
  const visit = (abbr: string, date: string, officers: number[], extra: object = {}) =>
    call<Visit>('visits.create', { schoolId: school(abbr), date, purposeId: purposes[0]?.id, status: 'done', officerIds: officers, ...extra });
  return { ...app, schools, team, purposes, criteria, school, visit };
}

describe('the week arithmetic', () => {
  it('cuts a term into Monday-to-Sunday weeks clipped to the term', () => {
    expect(mondayOf('2024-01-10')).toBe('2024-01-08');
    expect(mondayOf('2024-01-08')).toBe('2024-01-08');
    expect(mondayOf('2024-01-14')).toBe('2024-01-08');
    expect(weeksOf('2024-01-10', '2024-02-09')).toEqual([
      { start: '2024-01-10', end: '2024-01-14' },
      { start: '2024-01-15', end: '2024-01-21' },
      { start: '2024-01-22', end: '2024-01-28' },
      { start: '2024-01-29', end: '2024-02-04' },
      { start: '2024-02-05', end: '2024-02-09' },
    ]);
  });
});

describe('visits', () => {
  it('records a visit with officers, findings and next steps, and refuses bad input at the field', async () => {
    const { call, visit, team, school, purposes } = await setup();
    const v = await visit('SR A', '2024-01-10', [team[0]?.id as number], {
      peopleMet: 'Guru Besar',
      findings: 'Reading corners set up in every class.',
      nextVisitDate: '2024-01-24',
      nextSteps: [{ text: 'Share the reading plan', owner: 'Guru Besar', dueDate: '2024-01-20' }, { text: 'Timetable the phonics lessons', owner: 'Deputy' }],
    });
    expect(v).toMatchObject({ school: 'SR A', status: 'done', officers: ['Officer One'], purposeEn: 'School visit', nextVisitDate: '2024-01-24' });
    expect(v.nextSteps.map((s) => [s.text, s.owner, s.dueDate, s.closedOn])).toEqual([
      ['Share the reading plan', 'Guru Besar', '2024-01-20', null],
      ['Timetable the phonics lessons', 'Deputy', null, null],
    ]);

    const base = { schoolId: school('SR B'), date: '2024-01-11', purposeId: purposes[1]?.id, officerIds: [team[0]?.id] };
    const cases: [object, string, string][] = [
      [{ officerIds: [] }, 'officerIds', 'Name the officers who made the visit'],
      [{ officerIds: [team[0]?.id], nextVisitDate: '2024-01-11' }, 'nextVisitDate', 'The next visit comes after this one'],
      [{ date: addDays(todayLocal(), 3) }, 'date', 'A visit is marked done once it has taken place; plan it instead.'],
      [{ schoolId: 9999 }, 'schoolId', 'Choose a school from the roster.'],
      [{ nextSteps: [{ text: ' ' }] }, 'nextSteps.0.text', 'Next step is required'],
    ];
    for (const [extra, field, message] of cases) {
      const e = await failure(call('visits.create', { ...base, ...extra }));
      expect(e, field).toMatchObject({ code: 'VALIDATION', field, message });
      expect(e.errors, field).toContainEqual({ field, message });
    }
    // A planned visit may be in the future and needs no officers yet.
    const planned = await call<Visit>('visits.create', { ...base, officerIds: [], status: 'planned', date: addDays(todayLocal(), 3) });
    expect(planned.status).toBe('planned');
    // Only an empty visit is deleted; one with next steps is cancelled instead.
    expect(await call('visits.delete', { id: planned.id })).toEqual({ id: planned.id });
    expect((await failure(call('visits.delete', { id: v.id }))).code).toBe('CONFLICT');
  });

  it('keeps lesson observations rated on the template, and a visit with observations cannot be cancelled', async () => {
    const { call, visit, team, criteria } = await setup();
    const v = await visit('SM C', '2024-01-16', [team[0]?.id as number, team[1]?.id as number]);
    const observed = await call<Visit>('observations.save', {
      visitId: v.id,
      teacher: 'Cikgu Aminah',
      className: '9A',
      subject: 'Mathematics',
      strengths: 'Clear objectives',
      improvements: 'More checking for understanding',
      ratings: criteria.slice(0, 3).map((c, i) => ({ criterionId: c.id, rating: i + 2 })),
    });
    expect(observed.observations).toHaveLength(1);
    expect(observed.observations[0]?.ratings.map((r) => r.rating)).toEqual([2, 3, 4]);
    expect(await failure(call('observations.save', { visitId: v.id, teacher: 'X', ratings: [{ criterionId: criteria[0]?.id, rating: 5 }] }))).toMatchObject({ field: 'ratings.0.rating', message: 'Rate 1 to 4' });
    expect(await failure(call('observations.save', { visitId: v.id, teacher: 'X', ratings: [{ criterionId: criteria[0]?.id, rating: 2 }, { criterionId: criteria[0]?.id, rating: 3 }] }))).toMatchObject({ field: 'ratings' });
    const input = { schoolId: v.schoolId, date: v.date, purposeId: v.purposeId, officerIds: v.officerIds, status: 'cancelled' };
    expect(await failure(call('visits.update', { ...input, id: v.id, version: observed.version }))).toMatchObject({ field: 'status' });
    // The template is configurable: a new criterion can be rated; an archived one leaves the list.
    const added = await call<ListEntry>('rubric.save', { code: 'literacy', nameMs: 'Literasi merentas kurikulum', nameEn: 'Literacy across the curriculum' });
    await call('rubric.setArchived', { id: added.id, archived: true });
    expect((await call<ListEntry[]>('rubric.list')).map((c) => c.code)).not.toContain('literacy');
  });
});

describe('coverage of a term', () => {
  it('counts visits by school and week against the weekly target, unvisited schools first', async () => {
    const { call, visit, team } = await setup();
    const [one, two] = [team[0]?.id as number, team[1]?.id as number];
    // Before the term: SM D last seen on 2023-12-01.
    await visit('SM D', '2023-12-01', [one]);
    await visit('SR A', '2024-01-10', [one]); // week 1
    await visit('SR A', '2024-01-12', [one, two]); // week 1
    await visit('SR B', '2024-01-17', [two]); // week 2
    await visit('SR A', '2024-02-08', [one]); // week 5
    await call('visits.create', { schoolId: (await call<{ items: SchoolSummary[] }>('schools.list', {})).items[2]?.id, date: '2024-01-18', purposeId: 1, status: 'cancelled', officerIds: [one] });
    await visit('SR B', '2024-03-05', [one]); // next term

    const c = await call<Coverage>('visits.coverage', { year: 2024, term: 1 });
    expect(c.term).toEqual({ year: 2024, term: 1, name: 'Term 1', start: '2024-01-10', end: '2024-02-09' } satisfies Term);
    expect(c.weeks).toHaveLength(5);
    expect(c.weeklyTarget).toBe(3);
    expect(c.weeklyTotals).toEqual([2, 1, 0, 0, 1]);
    // Term over: days since are counted to its last day, 9 February.
    expect(c.schools.map((s) => [s.abbreviation, s.perWeek, s.total, s.lastVisit, s.daysSince])).toEqual([
      ['SM C', [0, 0, 0, 0, 0], 0, null, null],
      ['SM D', [0, 0, 0, 0, 0], 0, '2023-12-01', 70],
      ['SR B', [0, 1, 0, 0, 0], 1, '2024-01-17', 23],
      ['SR A', [2, 0, 0, 0, 1], 3, '2024-02-08', 1],
    ]);
    expect(c.officers).toEqual([
      { personId: one, name: 'Officer One', visits: 3 },
      { personId: two, name: 'Officer Two', visits: 2 },
    ]);
    await call('visits.setWeeklyTarget', { target: 5 });
    expect((await call<Coverage>('visits.coverage', { year: 2024, term: 1 })).weeklyTarget).toBe(5);
    expect(await failure(call('visits.coverage', { year: 2024, term: 3 }))).toMatchObject({ code: 'NOT_FOUND', field: 'term' });
  });
});

describe('follow-up', () => {
  it('lists open next steps with the overdue first, and closes one only with a note', async () => {
    const { call, visit, team } = await setup();
    const today = todayLocal();
    const v = await visit('SR A', '2024-01-10', [team[0]?.id as number], {
      nextSteps: [
        { text: 'Later', dueDate: addDays(today, 30) },
        { text: 'Late', dueDate: '2024-01-20' },
        { text: 'Whenever' },
      ],
    });
    const open = (await call<FollowUp>('nextSteps.followUp', {})).open;
    expect(open.map((i) => [i.text, i.overdue, i.school])).toEqual([
      ['Late', true, 'SR A'],
      ['Later', false, 'SR A'],
      ['Whenever', false, 'SR A'],
    ]);
    const late = open[0] as FollowUpItem;
    expect(await failure(call('nextSteps.close', { id: late.id, closedOn: '2024-01-25', note: ' ' }))).toMatchObject({ field: 'note' });
    expect(await failure(call('nextSteps.close', { id: late.id, closedOn: '2024-01-05', note: 'Done' }))).toMatchObject({ field: 'closedOn' });
    const closed = await call<FollowUpItem>('nextSteps.close', { id: late.id, closedOn: '2024-01-25', note: 'Plan shared at the staff meeting' });
    expect(closed).toMatchObject({ closedOn: '2024-01-25', closedNote: 'Plan shared at the staff meeting', overdue: false });
    expect((await call<FollowUp>('nextSteps.followUp', {})).open.map((i) => i.text)).toEqual(['Later', 'Whenever']);
    const withClosed = await call<FollowUp>('nextSteps.followUp', { includeClosed: true });
    expect([...withClosed.open, ...withClosed.closed].map((i) => i.text)).toEqual(['Later', 'Whenever', 'Late']);
    expect(withClosed).toMatchObject({ total: 1, page: 1, pageSize: 100 });
    await call('nextSteps.reopen', { id: late.id });
    expect((await call<FollowUp>('nextSteps.followUp', {})).open[0]?.text).toBe('Late');
    expect((await call<Visit>('visits.get', { id: v.id })).nextSteps.find((s) => s.text === 'Late')?.closedOn).toBeNull();
  });
});

describe('term report texts', () => {
  it('keeps one narrative per school and term, and the cluster\'s highlights and challenges', async () => {
    const { call, school } = await setup();
    const key = { schoolId: school('SR A'), year: 2024, term: 1 };
    // A text never saved reads as version 0; each save moves it on by one.
    expect(await call('termReports.get', key)).toMatchObject({ narrative: '', version: 0 });
    expect(await call('termReports.save', { ...key, version: 0, narrative: 'Good progress.' })).toMatchObject({ version: 1 });
    expect(await call('termReports.save', { ...key, version: 1, narrative: 'Very good progress.' })).toMatchObject({ version: 2 });
    // Written from an older read (or as new when it already exists): refused, the text stays.
    for (const version of [0, 1]) {
      expect(await failure(call('termReports.save', { ...key, version, narrative: 'Overwritten' })), String(version)).toMatchObject({ code: 'CONFLICT' });
    }
    await call('termReports.save', { schoolId: null, year: 2024, term: 1, version: 0, highlights: 'All schools visited.', challenges: 'Staffing.' });
    expect(await call('termReports.get', key)).toMatchObject({ narrative: 'Very good progress.', version: 2 });
    expect(await call('termReports.get', { schoolId: null, year: 2024, term: 1 })).toMatchObject({ highlights: 'All schools visited.', challenges: 'Staffing.' });
    expect(await call('termReports.get', { schoolId: school('SR B'), year: 2024, term: 1 })).toMatchObject({ narrative: '' });
  });
});

describe('on the event calendar', () => {
  it('shows done and planned visits with their school and officers', async () => {
    const { call, visit, team } = await setup();
    await visit('SR A', '2024-01-10', [team[0]?.id as number]);
    const list = await call<{ occurrences: Occurrence[] }>('events.list', { from: '2024-01-01', to: '2024-01-31', personIds: [team[0]?.id] });
    expect(list.occurrences.filter((o) => o.kind === 'visit').map((o) => [o.start, o.title, o.schoolNames])).toEqual([['2024-01-10', 'Visit: SR A (School visit)', ['SR A']]]);
  });
});
