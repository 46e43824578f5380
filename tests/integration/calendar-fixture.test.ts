/**
 * What the calendar shows on a realistic fixture stays exactly as it was before its queries were made narrow:
 * weekly series (one every other week, one of several days, one crossing the year, one ended before the range
 * but still lasting into it), skipped and separately edited dates, a monthly and a daily series, multi-day and
 * long one-off events across the range edges, visits done, planned and cancelled, mentoring sessions held and
 * planned, with every filter. The expected listings were taken from the code before the rewrite, and taken
 * again, with the calendar code unchanged, when the demo gained its 2023 terms, holidays, exams, visits and sessions.
 */
import { describe, expect, it } from 'vitest';
import { loadEventListModel } from '../../electron/services/calendar/event-list-model';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { AssignmentSummary, MentoringBoard } from '../../shared/mentoring/types';
import type { CalendarEvent, Occurrence, Plan } from '../../shared/plan/types';
import type { ListEntry } from '../../shared/visits/types';
import { openApp } from '../helpers/tmp';

async function fixture() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  await call('demo.load');
  const plan = await call<Plan>('plan.get', { year: 2023 });
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', { sort: 'number' })).items;
  const team = await call<TeamMember[]>('team.list');
  const officers = team.filter((m) => m.role === 'officer');
  const [purpose, other] = await call<ListEntry[]>('visits.purposes', {});
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id as number;
  const initiative = plan.initiatives[1]?.id ?? null;
  const create = (fields: object) => call<CalendarEvent>('events.create', { title: 'Event', ...fields });

  // Series.
  const mondays = await create({
    title: 'Two-day workshop',
    startDate: '2023-01-09',
    endDate: '2023-01-10',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    repeatUntil: '2023-06-30',
    schoolIds: [school('PTM'), school('SR TJ')],
    personIds: [officers[0]?.id],
    initiativeId: initiative,
    skips: ['2023-02-13'],
  });
  await call('events.skipOccurrence', { id: mondays.id, date: '2023-03-13' });
  await call('events.editOccurrence', { ...mondays, seriesId: mondays.id, occurrenceDate: '2023-03-06', title: 'Two-day workshop (moved)', startDate: '2023-03-08', endDate: '2023-03-09', schoolIds: [school('SR HMS')] });
  await call('events.editOccurrence', { ...mondays, seriesId: mondays.id, occurrenceDate: '2023-03-27', title: 'Two-day workshop (timed)', allDay: false, startTime: '08:00', endTime: '12:00' });
  await create({ title: 'Fortnightly PLC', startDate: '2022-11-01', endDate: '2022-11-01', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', repeatUntil: '2023-04-30', schoolIds: [school('SR HMS')], allDay: false, startTime: '14:00', endTime: '15:00' });
  await create({ title: 'Monthly briefing', startDate: '2022-06-15', endDate: '2022-06-15', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', repeatUntil: '2023-12-31', personIds: [officers[1]?.id] });
  await create({ title: 'Every third day', startDate: '2023-03-01', endDate: '2023-03-01', rrule: 'FREQ=DAILY;INTERVAL=3', repeatUntil: '2023-03-31', schoolIds: [school('PTM')] });
  await create({ title: 'Friday prayers duty', startDate: '2022-02-04', endDate: '2022-02-04', rrule: 'FREQ=WEEKLY;BYDAY=FR', repeatUntil: '2024-01-31' });
  await create({ title: 'Week-long camp', startDate: '2023-02-20', endDate: '2023-02-24', rrule: 'FREQ=WEEKLY', repeatUntil: '2023-02-28', schoolIds: [school('SR TJ')] });
  await create({ title: 'Old series', startDate: '2022-01-05', endDate: '2022-01-05', rrule: 'FREQ=WEEKLY;BYDAY=WE', repeatUntil: '2022-03-30' });

  // One-off events across the edges of March 2023 (and of its month grid, 27 February to 9 April).
  await create({ title: 'Across the start', startDate: '2023-02-25', endDate: '2023-03-02', schoolIds: [school('PTM')] });
  await create({ title: 'Long project', startDate: '2022-12-01', endDate: '2023-03-10', initiativeId: initiative });
  await create({ title: 'Ends on the first', startDate: '2023-02-26', endDate: '2023-03-01' });
  await create({ title: 'Ends the day before', startDate: '2023-02-20', endDate: '2023-02-28' });
  await create({ title: 'Starts on the last', startDate: '2023-03-31', endDate: '2023-04-02', allDay: false, startTime: '09:00', endTime: '10:00', schoolIds: [school('SR TJ'), school('PTM')] });
  await create({ title: 'Same day, earlier', startDate: '2023-03-15', endDate: '2023-03-15', allDay: false, startTime: '07:30', endTime: '08:00', personIds: [officers[0]?.id] });
  await create({ title: 'Same day, all day', startDate: '2023-03-15', endDate: '2023-03-15', schoolIds: [school('SR HMS')] });
  await create({ title: 'Next year', startDate: '2024-01-03', endDate: '2024-01-03' });

  // Visits.
  for (const [date, status, abbr, officerIds, purposeId] of [
    ['2023-02-27', 'done', 'PTM', [officers[0]?.id, officers[1]?.id], purpose?.id],
    ['2023-03-07', 'done', 'SR HMS', [officers[1]?.id], other?.id],
    ['2023-03-15', 'cancelled', 'SR HMS', [officers[0]?.id], purpose?.id],
    ['2023-03-22', 'planned', 'SR TJ', [], purpose?.id],
    ['2023-04-09', 'planned', 'PTM', [officers[0]?.id], other?.id],
    ['2023-04-10', 'done', 'PTM', [officers[0]?.id], purpose?.id],
  ] as const) {
    await call('visits.create', { schoolId: school(abbr), date, purposeId, status, officerIds });
  }

  // Mentoring: the demo's pairs, and a session of the seventh pair agreeing the next one.
  const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
  const pairs = [...board.mentors.flatMap((m) => m.assignments), ...board.ended].sort((a, b) => a.referenceNo.localeCompare(b.referenceNo));
  const seventh = pairs[6] as AssignmentSummary;
  await call('sessions.create', { assignmentId: seventh.id, date: '2023-03-02', durationMinutes: 60, mode: 'meeting', nextDate: '2023-03-16' });

  const list = (input: object) => call<{ occurrences: Occurrence[] }>('events.list', input).then((r) => r.occurrences);
  return { ...app, list, school, officers, initiative };
}

describe('the calendar on a fixture', () => {
  it('lists the same occurrences as before, for every range and filter', async () => {
    const { ctx, list, school, officers, initiative } = await fixture();
    const month = { from: '2023-02-27', to: '2023-04-09' };
    const listings = {
      monthGrid: await list(month),
      oneDay: await list({ from: '2023-03-15', to: '2023-03-15' }),
      acrossTheYear: await list({ from: '2022-12-01', to: '2023-01-31' }),
      year: await list({ from: '2023-01-01', to: '2023-12-31' }),
      school: await list({ ...month, schoolIds: [school('PTM')] }),
      twoSchools: await list({ from: '2023-01-01', to: '2023-12-31', schoolIds: [school('SR TJ'), school('SR HMS')] }),
      person: await list({ ...month, personIds: [officers[0]?.id] }),
      initiative: await list({ ...month, initiativeIds: [initiative] }),
      ms: (await loadEventListModel(ctx.db(), '2023-03-01', '2023-03-31', 'ms', '2024-03-01')).items,
      en: (await loadEventListModel(ctx.db(), '2023-02-27', '2023-04-09', 'en', '2024-03-01')).items,
    };
    expect(listings.monthGrid.length).toBeGreaterThan(50);
    await expect(JSON.stringify(listings, null, 1)).toMatchFileSnapshot('./__snapshots__/calendar-fixture.json');
  });
});
