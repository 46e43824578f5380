/**
 * The Today page on a fixture with known items, as of Wednesday 6 March 2024: every count and list, worked
 * out by hand, and each count equal to what the page it links to shows for the same date.
 */
import { describe, expect, it } from 'vitest';
import type { School, SchoolSummary, TeamMember } from '../../shared/domain';
import type { Assignment, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import type { Occurrence, Plan } from '../../shared/plan/types';
import type { Today } from '../../shared/today/types';
import type { Coverage, FollowUp, ListEntry } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

const AS_OF = '2024-03-06';

async function fixture() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  for (const [i, abbreviation] of ['SR A', 'SR B', 'SM C'].entries()) {
    await call<School>('schools.create', {
      name: `School ${abbreviation}`,
      abbreviation,
      level: i < 2 ? 'primary' : 'secondary',
      number: i + 1,
      leaders: [{ role: 'head', name: `Head of ${abbreviation}` }],
    });
  }
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id as number;
  const team = await call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }, { name: 'Officer Two', role: 'officer' }] });
  const [one, two] = team.map((m) => m.id) as [number, number];
  const [purpose] = await call<ListEntry[]>('visits.purposes');

  await call('periods.create', { kind: 'term', name: 'Penggal 1', start: '2024-01-08', end: '2024-03-15' });
  await call('periods.create', { kind: 'term', name: 'Penggal 2', start: '2024-03-25', end: '2024-05-31' });
  await call('exams.create', { name: 'PSR', date: '2024-03-26' });
  await call('exams.create', { name: 'O Level', date: '2024-10-20' });

  const visit = (abbr: string, date: string, officer: number, nextSteps: object[] = []) =>
    call('visits.create', { schoolId: school(abbr), date, purposeId: purpose?.id, status: 'done', officerIds: [officer], nextSteps });
  await visit('SM C', '2023-11-20', one);
  await visit('SR A', '2024-01-10', one, [
    { text: 'Late A', dueDate: '2024-02-01' },
    { text: 'Soon A', dueDate: '2024-03-08' },
    { text: 'Later A', dueDate: '2024-04-30' },
  ]);
  await visit('SR B', '2024-02-26', two, [{ text: 'Late B', owner: 'officer one ', dueDate: '2024-03-01' }]);
  await visit('SR A', '2024-03-05', two);

  // The week of 4–10 March: two events, one of them Officer One's.
  await call('events.create', { title: 'Mesyuarat', startDate: '2024-03-06', endDate: '2024-03-06', personIds: [one] });
  await call('events.create', { title: 'Bengkel', startDate: '2024-03-09', endDate: '2024-03-09' });
  await call('events.create', { title: 'Next week', startDate: '2024-03-11', endDate: '2024-03-11' });

  // March's plan: one phase starts, one ends, one runs through.
  await call('plan.createYear', { year: 2024 });
  const { id: initiativeId } = await call<{ id: number }>('initiatives.create', { year: 2024, code: 'EPIC', name: 'EPIC' });
  await call('lanes.create', { initiativeId });
  await call('lanes.create', { initiativeId });
  const lanes = (await call<Plan>('plan.get', { year: 2024 })).initiatives.find((i) => i.id === initiativeId)?.lanes ?? [];
  for (const [i, [name, start, end]] of [['Starts', '2024-03', '2024-05'], ['Ends', '2024-01', '2024-03'], ['Through', '2024-02', '2024-04']].entries()) {
    await call('phases.create', { laneId: lanes[i]?.id, name, start, end });
  }

  // Mentoring: Officer One's pair has waited since 15 February; Officer Two's meets on 7 March.
  const people = await call<MentoringPerson[]>('mentoring.people');
  const [competency] = await call<{ id: number }[]>('competencies.list');
  const focus = [{ competencyId: competency?.id, baseline: 2, target: 3 }];
  const head = (abbr: string) => people.find((p) => p.name === `Head of ${abbr}`)?.id as number;
  const pairA = await call<Assignment>('assignments.create', { year: 2024, mentorId: one, menteeId: head('SR A'), schedule: 'monthly', startDate: '2024-01-08', status: 'active', appointedOn: '2024-01-05', referenceNo: 'KL/MEN/2024/1', focus });
  await call('sessions.create', { assignmentId: pairA.id, date: '2024-01-15', durationMinutes: 60, mode: 'meeting', nextDate: '2024-02-15' });
  const pairB = await call<Assignment>('assignments.create', { year: 2024, mentorId: two, menteeId: head('SR B'), schedule: 'monthly', startDate: '2024-01-08', status: 'active', appointedOn: '2024-01-05', referenceNo: 'KL/MEN/2024/1', focus });
  await call('sessions.create', { assignmentId: pairB.id, date: '2024-03-01', durationMinutes: 60, mode: 'meeting', nextDate: '2024-03-07' });

  // Term 1's reports: only SR A's narrative is written.
  await call('termReports.save', { schoolId: school('SR A'), year: 2024, term: 1, narrative: 'A good term.', highlights: '', challenges: '', version: 0 });

  const today = (personId: number | null = null) => call<Today>('today.get', { asOf: AS_OF, personId });
  return { ...app, today, school, one, two };
}

const texts = (items: { text: string }[]) => items.map((i) => i.text);

describe('Today', () => {
  it('lists what needs doing as of a date, every count and list as worked out by hand', async () => {
    const { call, today } = await fixture();
    const t = await today();
    expect(t.asOf).toBe(AS_OF);
    expect(t.week).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    // Next steps: overdue oldest first, with school and owner; due in the next 7 days.
    expect(t.nextSteps.overdue.count).toBe(2);
    expect(t.nextSteps.overdue.items.map((s) => [s.text, s.school, s.owner])).toEqual([
      ['Late A', 'SR A', ''],
      ['Late B', 'SR B', 'officer one'],
    ]);
    expect([t.nextSteps.dueSoon.count, texts(t.nextSteps.dueSoon.items)]).toEqual([1, ['Soon A']]);
    // Visits: SM C not visited this term, and last seen 107 days ago; one visit this week, one last week.
    expect(t.visits.term?.term).toBe(1);
    expect(t.visits.notVisited.items.map((s) => s.abbreviation)).toEqual(['SM C']);
    expect(t.visits.stale.items.map((s) => [s.abbreviation, s.daysSince])).toEqual([['SM C', 107]]);
    expect([t.visits.staleDays, t.visits.weeklyTarget, t.visits.thisWeek, t.visits.lastWeek]).toEqual([30, 3, 1, 1]);
    // The PSR's 20-day checkpoint is today and the exam itself in 20 days; the O Level is months away.
    expect(t.exams.items.map((e) => [e.exam, e.date, e.daysBefore])).toEqual([
      ['PSR', '2024-03-06', 20],
      ['PSR', '2024-03-26', null],
    ]);
    // Mentoring: one pair overdue, one meeting this week.
    expect(t.mentoring.overdue.items.map((p) => [p.mentee, p.mentor])).toEqual([['Head of SR A', 'Officer One']]);
    expect(t.mentoring.thisWeek.items.map((p) => [p.mentee, p.nextSessionDate])).toEqual([['Head of SR B', '2024-03-07']]);
    // The week's calendar holds both events and the visit of 5 March; not next week's event.
    const titles = t.calendar.items.map((i) => i.title);
    expect(t.calendar.count).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(expect.arrayContaining(['Mesyuarat', 'Bengkel']));
    expect(titles).not.toContain('Next week');
    // Phases starting or ending in March.
    expect(t.phases.items.map((p) => [p.phase, p.starts, p.ends])).toEqual([
      ['Starts', true, false],
      ['Ends', false, true],
    ]);
    // Term 1 ends in 9 days: SR B's and SM C's narratives and the cluster's texts are missing.
    expect(t.termReports.term?.term).toBe(1);
    expect(t.termReports.missing.items.map((s) => s.abbreviation)).toEqual(['SR B', 'SM C']);
    expect(t.termReports.clusterMissing).toBe(true);
    // No backup yet: a warning. One made now: a day old at most, no warning.
    expect(t.backup).toEqual({ newest: null, ageDays: null, warning: true });
    await call('backups.create');
    expect((await today()).backup).toMatchObject({ ageDays: 0, warning: false });
    await call('termReports.save', { schoolId: null, year: 2024, term: 1, narrative: '', highlights: 'Visits on target.', challenges: 'Staffing.', version: 0 });
    expect((await today()).termReports.clusterMissing).toBe(false);
  });

  it('counts what the pages it links to show for the same date', async () => {
    const { call, today } = await fixture();
    const t = await today();
    const followUp = await call<FollowUp>('nextSteps.followUp', {});
    // The follow-up page counts overdue against the real today; as of 2024 every open step due before it is.
    const open = followUp.open.filter((s) => s.dueDate !== null && s.dueDate < AS_OF);
    expect(t.nextSteps.overdue.count).toBe(open.length);
    expect(t.nextSteps.overdue.items.map((s) => s.id)).toEqual(open.map((s) => s.id));
    const coverage = await call<Coverage>('visits.coverage', { year: 2024, term: 1 });
    expect(t.visits.notVisited.count).toBe(coverage.schools.filter((s) => s.total === 0).length);
    expect(t.visits.weeklyTarget).toBe(coverage.weeklyTarget);
    const board = await call<MentoringBoard>('mentoring.board', { year: 2024 });
    const overdue = board.mentors.flatMap((m) => m.assignments).filter((p) => p.overdue);
    // The board is as of the real today: both pairs are overdue by now, and Today as of 6 March says one is.
    expect(overdue.length).toBe(2);
    expect(t.mentoring.overdue.count).toBe(1);
    const week = await call<{ occurrences: Occurrence[] }>('events.list', { from: t.week.start, to: t.week.end });
    expect(t.calendar.count).toBe(week.occurrences.filter((o) => ['event', 'visit', 'session'].includes(o.kind)).length);
  });

  it('narrows to one person\'s items: steps of their visits or in their name, their pairs, their week', async () => {
    const { call, today, one, two } = await fixture();
    const mine = await today(one);
    expect(texts(mine.nextSteps.overdue.items)).toEqual(['Late A', 'Late B']);
    expect(texts(mine.nextSteps.dueSoon.items)).toEqual(['Soon A']);
    expect(mine.mentoring.overdue.count).toBe(1);
    expect(mine.mentoring.thisWeek.count).toBe(0);
    const week = await call<{ occurrences: Occurrence[] }>('events.list', { from: mine.week.start, to: mine.week.end, personIds: [one] });
    expect(mine.calendar.count).toBe(week.occurrences.filter((o) => ['event', 'visit', 'session'].includes(o.kind)).length);
    expect(mine.calendar.items.map((i) => i.title)).toContain('Mesyuarat');
    expect(mine.calendar.items.map((i) => i.title)).not.toContain('Bengkel');
    const theirs = await today(two);
    expect(texts(theirs.nextSteps.overdue.items)).toEqual(['Late B']);
    expect(theirs.nextSteps.dueSoon.count).toBe(0);
    expect([theirs.mentoring.overdue.count, theirs.mentoring.thisWeek.count]).toEqual([0, 1]);
    // The school-wide parts stay whole.
    expect(theirs.visits.notVisited.count).toBe(1);
  });

  it('keeps who the user is and the days after which a school was not visited lately, and refuses bad ones at the field', async () => {
    const { call, today, one } = await fixture();
    expect(await call('today.setOptions', { me: one, staleDays: 120 })).toEqual({ me: one, staleDays: 120 });
    const t = await today();
    expect([t.me, t.visits.staleDays, t.visits.stale.count]).toEqual([one, 120, 0]);
    expect(await failure(call('today.setOptions', { me: one, staleDays: 0 }))).toMatchObject({ field: 'staleDays' });
    expect(await failure(call('today.get', { asOf: '2024-02-30' }))).toMatchObject({ field: 'asOf' });
  });
});
