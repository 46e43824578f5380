import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../shared/domain';
import type { CalendarPeriod, Plan, PlanChange, PlanYearSummary } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

const bars = (plan: Plan) => plan.initiatives.map((i) => [i.code, i.lanes.map((l) => l.phases.map((p) => `${p.name} ${p.start}..${p.end}`))]);
const phaseNamed = (plan: Plan, name: string) => {
  for (const i of plan.initiatives) for (const l of i.lanes) for (const p of l.phases) if (p.name === name) return { ...p, initiative: i, lane: l };
  throw new Error(`No phase ${name}`);
};

async function withYear(year = 2024) {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('plan.createYear', { year });
  const { plan, id } = await app.call<PlanChange>('initiatives.create', { year, code: 'EPIC', name: 'Executive Professional Intellectual Collaboration' });
  const laneId = plan.initiatives[0]?.lanes[0]?.id as number;
  return { ...app, initiativeId: id, laneId };
}

describe('plan years', () => {
  it('creates a January-to-January year and refuses a second one', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const plan = await call<Plan>('plan.createYear', { year: 2024 });
    expect(plan).toEqual({ year: 2024, window: { start: '2024-01', months: 13 }, initiatives: [], periods: [] });
    expect(await failure(call('plan.createYear', { year: 2024 }))).toMatchObject({ code: 'VALIDATION', field: 'year', message: 'There is already a plan for 2024.' });
    expect(await failure(call('plan.get', { year: 2031 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(call('plan.createYear', { year: 1999 }))).toMatchObject({ code: 'VALIDATION', field: 'year' });
    await call('plan.createYear', { year: 2025, windowStart: '2024-12', windowMonths: 14 });
    expect((await call<PlanYearSummary[]>('plan.years')).map((y) => [y.year, y.window.start, y.window.months])).toEqual([
      [2024, '2024-01', 13],
      [2025, '2024-12', 14],
    ]);
  });

  it('keeps a window change only while every phase still fits', async () => {
    const { call, laneId } = await withYear();
    await call('phases.create', { laneId, name: 'Showcase', start: '2024-11', end: '2025-01' });
    const err = await failure(call('plan.setWindow', { year: 2024, windowStart: '2024-01', windowMonths: 12 }));
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'windowMonths' });
    expect(err.message).toContain('EPIC: Showcase');
    const plan = await call<Plan>('plan.setWindow', { year: 2024, windowStart: '2023-12', windowMonths: 14 });
    expect(plan.window).toEqual({ start: '2023-12', months: 14 });
  });
});

describe('phases', () => {
  it('places bars, refuses overlaps in a lane with a clear message, allows them in another lane', async () => {
    const { call, laneId, initiativeId } = await withYear();
    await call('phases.create', { laneId, name: 'Socialization', start: '2024-01', end: '2024-02' });
    const { plan, id: readingId } = await call<PlanChange>('phases.create', { laneId, name: 'Reading', start: '2024-03', end: '2024-04' });
    expect(bars(plan)).toEqual([['EPIC', [['Socialization 2024-01..2024-02', 'Reading 2024-03..2024-04']]]]);

    const overlap = await failure(call('phases.create', { laneId, name: 'Sharing', start: '2024-04', end: '2024-06' }));
    expect(overlap).toMatchObject({
      code: 'VALIDATION',
      field: 'start',
      message: '"Sharing" overlaps "Reading" in the same lane; move one of them or put it in another lane',
    });
    expect(await failure(call('phases.create', { laneId, name: 'Backwards', start: '2024-06', end: '2024-05' }))).toMatchObject({ field: 'end', message: '"Backwards" ends before it starts' });
    expect(await failure(call('phases.create', { laneId, name: 'Late', start: '2024-12', end: '2025-02' }))).toMatchObject({ field: 'end' });
    expect(await failure(call('phases.create', { laneId, name: 'Odd', start: '2024-13', end: '2024-12' }))).toMatchObject({ field: 'start' });

    // Moving a bar into its neighbour is refused on the end that collides; the bar stays where it was.
    expect(await failure(call('phases.update', { id: readingId, version: 1, name: 'Reading', start: '2024-02', end: '2024-04' }))).toMatchObject({ field: 'start' });
    const second = await call<PlanChange>('lanes.create', { initiativeId });
    const lane2 = second.plan.initiatives[0]?.lanes[1]?.id as number;
    const moved = await call<PlanChange>('phases.update', { id: readingId, version: 1, laneId: lane2, name: 'Reading and Research', start: '2024-02', end: '2024-05' });
    expect(bars(moved.plan)).toEqual([['EPIC', [['Socialization 2024-01..2024-02'], ['Reading and Research 2024-02..2024-05']]]]);
  });

  it('undoes a delete by restoring, unless the months were taken meanwhile', async () => {
    const { call, laneId } = await withYear();
    const { id } = await call<PlanChange>('phases.create', { laneId, name: 'Cycle 1', start: '2024-01', end: '2024-04' });
    const afterDelete = await call<PlanChange>('phases.delete', { id });
    expect(bars(afterDelete.plan)).toEqual([['EPIC', [[]]]]);
    expect(bars((await call<PlanChange>('phases.restore', { id })).plan)).toEqual([['EPIC', [['Cycle 1 2024-01..2024-04']]]]);
    await call('phases.delete', { id });
    await call('phases.create', { laneId, name: 'Cycle 2', start: '2024-03', end: '2024-05' });
    expect(await failure(call('phases.restore', { id }))).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('initiatives and lanes', () => {
  it('adds, renames, reorders and deletes, refusing a duplicate code and deletes that would orphan events', async () => {
    const { call, initiativeId, laneId } = await withYear();
    const pd = await call<PlanChange>('initiatives.create', { year: 2024, code: 'PD CYCLE', name: 'PD Cycle', colour: '#D68910' });
    expect(pd.plan.initiatives.map((i) => [i.code, i.colour, i.lanes.length])).toEqual([
      ['EPIC', '#2f6fb3', 1],
      ['PD CYCLE', '#d68910', 1],
    ]);
    expect(await failure(call('initiatives.create', { year: 2024, code: 'epic', name: 'Again' }))).toMatchObject({ field: 'code', message: 'epic is already an initiative in 2024.' });
    expect(await failure(call('initiatives.create', { year: 2024, code: 'X', name: 'Bad colour', colour: 'red' }))).toMatchObject({ field: 'colour' });

    const moved = await call<PlanChange>('initiatives.move', { id: pd.id, position: 0 });
    expect(moved.plan.initiatives.map((i) => i.code)).toEqual(['PD CYCLE', 'EPIC']);
    const renamed = await call<PlanChange>('initiatives.update', { id: initiativeId, version: 1, code: 'EPIC', name: 'EPIC renamed', descriptionMs: 'Setiap Rabu', targetLevels: ['secondary', 'secondary'] });
    expect(renamed.plan.initiatives[1]).toMatchObject({ name: 'EPIC renamed', descriptionMs: 'Setiap Rabu', targetLevels: ['secondary'], colour: '#2f6fb3' });

    expect(await failure(call('lanes.delete', { id: laneId }))).toMatchObject({ code: 'CONFLICT', message: 'EPIC needs at least one lane; delete the initiative instead.' });
    const { id: phaseId } = await call<PlanChange>('phases.create', { laneId, name: 'Sessions', start: '2024-02', end: '2024-09' });
    await call('events.create', { title: 'EPIC session', startDate: '2024-02-07', endDate: '2024-02-07', initiativeId, phaseId });
    const refused = await failure(call('initiatives.delete', { id: initiativeId }));
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toContain('1 calendar event(s)');
    expect(await failure(call('phases.delete', { id: phaseId }))).toMatchObject({ code: 'CONFLICT' });

    const gone = await call<PlanChange>('initiatives.delete', { id: pd.id });
    expect(gone.plan.initiatives.map((i) => i.code)).toEqual(['EPIC']);
    // The code is free again while deleted; restoring then would clash, and says so.
    await call('initiatives.create', { year: 2024, code: 'PD CYCLE', name: 'New PD' });
    expect(await failure(call('initiatives.restore', { id: pd.id }))).toMatchObject({ field: 'code' });
  });
});

describe('copy forward', () => {
  it('copies the demo year twelve months on, editable, leaving 2023 untouched', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const before = await call<Plan>('plan.get', { year: 2023 });
    expect(before.initiatives).toHaveLength(8);
    const copy = await call<Plan>('plan.copyForward', { year: 2023 });
    expect(copy.year).toBe(2024);
    expect(copy.window).toEqual({ start: '2024-01', months: 13 });
    expect(copy.initiatives.map((i) => i.code)).toEqual(before.initiatives.map((i) => i.code));
    expect(phaseNamed(copy, 'Reading and Research')).toMatchObject({ start: '2024-03', end: '2024-04' });
    expect(phaseNamed(copy, 'Classroom Collaboration')).toMatchObject({ start: '2024-01', end: '2024-09' });

    const copied = phaseNamed(copy, 'Reading and Research');
    await call('phases.update', { id: copied.id, version: copied.version, name: 'Reading', start: '2024-03', end: '2024-03' });
    expect(await call<Plan>('plan.get', { year: 2023 })).toEqual(before);

    // The EPIC series comes along, tied to the new year's EPIC: Wednesdays of February 2024.
    const feb = await call<{ occurrences: { title: string; start: string; initiativeId: number }[] }>('events.list', { from: '2024-02-01', to: '2024-02-29' });
    expect(feb.occurrences.map((o) => o.start)).toEqual(['2024-02-07', '2024-02-14', '2024-02-21', '2024-02-28']);
    expect(new Set(feb.occurrences.map((o) => o.initiativeId))).toEqual(new Set([copy.initiatives[0]?.id]));

    expect(await failure(call('plan.copyForward', { year: 2023 }))).toMatchObject({ field: 'year', message: 'There is already a plan for 2024.' });
  });

  it('leaves nothing behind when a row fails half-way', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const { databasePath } = await call<AppStatus>('app.status');
    // A rule in the file itself makes the copy fail after several rows were written.
    const raw = new Database(databasePath);
    raw.exec(`CREATE TRIGGER refuse_psbc BEFORE INSERT ON phases WHEN NEW.name = 'PSBC Implementation' AND NEW.start_month LIKE '2024-%'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    raw.close();
    expect(await failure(call('plan.copyForward', { year: 2023 }))).toMatchObject({ code: 'CONFLICT', message: 'The change conflicts with other records and was not saved.' });
    expect((await call<PlanYearSummary[]>('plan.years')).map((y) => y.year)).toEqual([2023]);
    const check = new Database(databasePath, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 8 });
    expect(check.prepare('SELECT count(*) AS n FROM phases').get()).toEqual({ n: 28 });
    expect(check.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    check.close();
  });
});

describe('terms and holidays', () => {
  it('imports a CSV all or nothing, accepting DD/MM/YYYY and ranges', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const bad = await failure(call('periods.import', { kind: 'holiday', csv: 'date,name\n2024-01-01,New Year\n31/02/2024,Not a day\n' }));
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'csv', message: 'Line 3: "31/02/2024" is not a date (use YYYY-MM-DD or DD/MM/YYYY).' });
    expect(await call('periods.list', { year: 2024 })).toEqual([]);
    const csv = 'Date;Name\n01/01/2024;New Year\n"23/02/2024";"National Day"\n\n2024-01-01;New Year\n';
    const res = await call<{ imported: number; periods: CalendarPeriod[] }>('periods.import', { kind: 'holiday', csv });
    expect(res.imported).toBe(2);
    const terms = await call<{ imported: number }>('periods.import', { kind: 'term', csv: 'start,end,name\n2024-01-08,2024-03-15,"Term 1, 2024"' });
    expect(terms.imported).toBe(1);
    const again = await call<{ imported: number }>('periods.import', { kind: 'holiday', csv });
    expect(again.imported).toBe(0);
    expect((await call<CalendarPeriod[]>('periods.list', { year: 2024 })).map((p) => [p.kind, p.name, p.start, p.end])).toEqual([
      ['holiday', 'New Year', '2024-01-01', '2024-01-01'],
      ['term', 'Term 1, 2024', '2024-01-08', '2024-03-15'],
      ['holiday', 'National Day', '2024-02-23', '2024-02-23'],
    ]);
    expect(await failure(call('periods.create', { kind: 'term', name: 'Term 2', start: '2024-06-01', end: '2024-03-01' }))).toMatchObject({ field: 'end' });
    await call('plan.createYear', { year: 2024 });
    expect((await call<Plan>('plan.get', { year: 2024 })).periods).toHaveLength(3);
  });
});
