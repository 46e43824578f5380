/**
 * The years each year picker offers (every year with data, plus the current one) and the year it opens on,
 * on a fixture with data in scattered years; and the demo, whose pages open on 2023 with something to show.
 */
import { describe, expect, it } from 'vitest';
import { dataYears } from '../../electron/services/app/years';
import { readBoard } from '../../electron/services/mentoring/board';
import { listFollowUp } from '../../electron/services/visits/follow-up';
import { todayLocal } from '../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { MentoringBoard } from '../../shared/mentoring/types';
import type { CalendarPeriod, Exam, Occurrence } from '../../shared/plan/types';
import type { Coverage, ListEntry, Term, VisitSummary } from '../../shared/visits/types';
import type { DataYears } from '../../shared/years';
import { openApp } from '../helpers/tmp';

const thisYear = Number(todayLocal().slice(0, 4));

describe('years with data', () => {
  it('offers only the current year, and opens on it, when nothing is recorded', async () => {
    const { call } = await openApp();
    const years = await call<DataYears>('app.years');
    const only = [thisYear];
    expect(years).toEqual({ current: thisYear, plan: only, calendar: only, visits: only, mentoring: only, opening: { plan: thisYear, calendar: thisYear, visits: thisYear, mentoring: thisYear } });
  });

  it('lists each page\'s years from its own records, skipping years without any, and opens on the latest', async () => {
    const { call, ctx } = await openApp(undefined, { language: 'en' });
    await call('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    const school = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items[0] as SchoolSummary;
    await call('team.save', { members: [{ name: 'Aminah', role: 'officer' }, { name: 'Hjh Sarifah', role: 'cluster_head' }] });
    const team = await call<TeamMember[]>('team.list');
    const purpose = (await call<ListEntry[]>('visits.purposes'))[0] as ListEntry;

    // Plans for 2018 and 2020; a one-off event in 2016, a weekly series from December 2019 to January 2021;
    // terms in 2015; an exam in 2022; visits in 2014 and 2017; a mentoring pair of 2019 with a session.
    await call('plan.createYear', { year: 2020, windowStart: '2020-01', windowMonths: 12 });
    await call('plan.createYear', { year: 2018, windowStart: '2018-01', windowMonths: 12 });
    await call('events.create', { title: 'Meeting', startDate: '2016-05-04', endDate: '2016-05-04' });
    await call('events.create', { title: 'Weekly', startDate: '2019-12-04', endDate: '2019-12-04', rrule: 'FREQ=WEEKLY;BYDAY=WE', repeatUntil: '2021-01-27' });
    await call('periods.create', { kind: 'term', name: 'Penggal 1', start: '2015-01-05', end: '2015-03-13' });
    await call('exams.create', { name: 'PSR', date: '2022-09-26', checkpointDays: [20] });
    for (const date of ['2014-02-11', '2017-03-07', '2017-08-15']) {
      await call('visits.create', { schoolId: school.id, date, purposeId: purpose.id, status: 'done', officerIds: [team[0]?.id] });
    }
    const years = await dataYears(ctx.db(), `${thisYear}-06-15`);
    expect(years.plan).toEqual([2018, 2020, thisYear]);
    // The visits page's years: those with visits, and 2015 for its terms (a term's coverage shows before any visit).
    expect(years.visits).toEqual([2014, 2015, 2017, thisYear]);
    expect(years.calendar).toEqual([2014, 2015, 2016, 2017, 2019, 2020, 2021, 2022, thisYear]);
    expect(years.mentoring).toEqual([thisYear]);
    expect(years.opening).toEqual({ plan: 2020, calendar: 2022, visits: 2017, mentoring: thisYear });

    // Data in the current year: every page that has some opens on it.
    await call('plan.createYear', { year: thisYear, windowStart: `${thisYear}-01`, windowMonths: 12 });
    await call('visits.create', { schoolId: school.id, date: `${thisYear}-01-10`, purposeId: purpose.id, status: 'planned', officerIds: [] });
    const now = await dataYears(ctx.db(), `${thisYear}-06-15`);
    expect(now.plan).toEqual([2018, 2020, thisYear]);
    expect(now.opening).toMatchObject({ plan: thisYear, visits: thisYear, calendar: thisYear, mentoring: thisYear });
  });

  it('offers the mentoring programme years from the pairs', async () => {
    const { call, ctx } = await openApp();
    await call('demo.load');
    const years = await dataYears(ctx.db(), '2026-03-01');
    expect(years.mentoring).toEqual([2023, 2026]);
    expect(years.opening.mentoring).toBe(2023);
  });
});

describe('the demo opens on 2023 with data on every page', () => {
  it('has the year\'s terms, holidays and exams (marked demo), a term of visits, and mentoring on time at mid-year', async () => {
    const { call, ctx } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const years = await dataYears(ctx.db(), '2026-12-02');
    expect(years).toMatchObject({ plan: [2023, 2026], calendar: [2023, 2026], visits: [2023, 2026], mentoring: [2023, 2026], opening: { plan: 2023, calendar: 2023, visits: 2023, mentoring: 2023 } });

    const periods = await call<CalendarPeriod[]>('periods.list', { year: 2023 });
    expect(periods.filter((p) => p.kind === 'term').map((p) => p.name)).toEqual(['Penggal 1 (demo)', 'Penggal 2 (demo)', 'Penggal 3 (demo)', 'Penggal 4 (demo)']);
    expect(periods.filter((p) => p.kind === 'holiday').length).toBeGreaterThanOrEqual(10);
    expect(periods.every((p) => p.name.endsWith('(demo)') && p.nameEn.endsWith('(demo)'))).toBe(true);
    const exams = await call<Exam[]>('exams.list', { year: 2023 });
    expect(exams.map((x) => [x.name, x.initiativeCode])).toEqual([['PSR (demo)', 'STEPS'], ['O Level (demo)', 'STEPS']]);
    // Their checkpoints are on the calendar: 150, 100, 50 and 20 days before each exam.
    const { occurrences } = await call<{ occurrences: Occurrence[] }>('events.list', { from: '2023-01-01', to: '2023-12-31' });
    expect(occurrences.filter((o) => o.kind === 'checkpoint')).toHaveLength(8);
    expect(occurrences.filter((o) => o.kind === 'exam')).toHaveLength(2);

    // Term 2: three visits a week, every school visited, observations rated, next steps closed, open and overdue.
    const terms = await call<Term[]>('terms.list', { year: 2023 });
    const term2 = terms[1] as Term;
    expect(term2).toMatchObject({ term: 2, name: 'Penggal 2 (demo)' });
    const visits = await call<VisitSummary[]>('visits.list', { from: term2.start, to: term2.end });
    expect(visits.length).toBeGreaterThanOrEqual(30);
    expect(new Set(visits.map((v) => v.schoolId)).size).toBe(26);
    expect(new Set(visits.flatMap((v) => v.officerIds)).size).toBeGreaterThanOrEqual(5);
    expect(visits.filter((v) => v.observations > 0 && v.averageRating !== null).length).toBeGreaterThanOrEqual(10);
    expect(visits.filter((v) => v.status === 'cancelled')).toHaveLength(1);
    const coverage = await call<Coverage>('visits.coverage', { year: 2023, term: 2 });
    expect(coverage.schools.every((s) => s.total >= 1)).toBe(true);
    expect(coverage.weeklyTotals.filter((n) => n >= 3).length).toBeGreaterThanOrEqual(8);
    const midYear = await listFollowUp(ctx.db(), { schoolId: null, includeClosed: true }, '2023-06-30');
    expect(midYear.overdue).toBeGreaterThan(0);
    expect(midYear.open.length).toBeGreaterThan(midYear.overdue);
    expect(midYear.closed.length).toBeGreaterThan(0);
    expect(midYear.open.every((s) => s.owner !== '' && s.dueDate !== null)).toBe(true);
    // The termly texts of a few schools and the cluster's own.
    const text = await call<{ narrative: string; highlights: string }>('termReports.get', { schoolId: null, year: 2023, term: 2 });
    expect(text.highlights).toMatch(/^Demo:/);

    // Mentoring at the end of June: most pairs on time, a few overdue.
    const board: MentoringBoard = await readBoard(ctx.db(), 2023, '2023-06-30');
    const pairs = board.mentors.flatMap((m) => m.assignments);
    expect(pairs).toHaveLength(16);
    expect(pairs.filter((p) => p.overdue)).toHaveLength(4);
    expect(pairs.filter((p) => p.sessionsHeld === 0)).toHaveLength(2);
  });

  it('is the same data on every load', async () => {
    const snapshot = async () => {
      const { call } = await openApp();
      await call('demo.load');
      const visits = await call<VisitSummary[]>('visits.list', { from: '2023-01-01', to: '2023-12-31' });
      const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
      return JSON.stringify([visits.map(({ id: _id, ...v }) => v), board.mentors.map((m) => m.assignments.map((p) => [p.mentee.name, p.sessionsHeld, p.lastSessionDate]))]);
    };
    expect(await snapshot()).toBe(await snapshot());
  });
});
