/**
 * The lists that answer what the screen shows: a term's visits with counts and averages (checked against
 * figures worked out by hand on a small fixture) and the follow-up history a page at a time.
 */
import { describe, expect, it } from 'vitest';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { FollowUp, FollowUpItem, ListEntry, Visit, VisitSummary } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  for (const [i, abbreviation] of ['SR A', 'SR B', 'SM C'].entries()) {
    await call('schools.create', { name: `School ${abbreviation}`, abbreviation, level: i < 2 ? 'primary' : 'secondary', number: i + 1 });
  }
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const team = await call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }, { name: 'Officer Two', role: 'officer' }] });
  const purposes = await call<ListEntry[]>('visits.purposes');
  const criteria = await call<ListEntry[]>('rubric.list');
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id as number;
  const officer = (i: number) => team[i]?.id as number;
  const visit = (abbr: string, date: string, extra: object = {}) =>
    call<Visit>('visits.create', { schoolId: school(abbr), date, purposeId: purposes[0]?.id, status: 'done', officerIds: [officer(0)], ...extra });
  const observe = (visitId: number, ratings: number[]) =>
    call<Visit>('observations.save', { visitId, teacher: 'Cikgu', ratings: ratings.map((rating, i) => ({ criterionId: criteria[i]?.id, rating })) });
  return { ...app, school, officer, visit, observe, purposes };
}

describe('the visit list', () => {
  it('carries each visit with its counts and average rating, as worked out by hand', async () => {
    const { call, school, officer, visit, observe, purposes } = await setup();
    // SR A, 10 Jan: two observations rated 3, 4, 2 and 1 (mean 2.5); three steps, one closed.
    const a = await visit('SR A', '2024-01-10', {
      officerIds: [officer(1), officer(0)],
      findings: 'Long findings that the list does not carry.',
      nextSteps: [{ text: 'One', dueDate: '2024-01-20' }, { text: 'Two' }, { text: 'Three' }],
    });
    await observe(a.id, [3, 4, 2]);
    await observe(a.id, [1]);
    await call('nextSteps.close', { id: a.nextSteps[0]?.id, closedOn: '2024-01-25', note: 'Done' });
    // SM C, 12 Jan: one observation rated 2, 3 and 3 (mean 2.67); nothing to follow up.
    const c = await visit('SM C', '2024-01-12');
    await observe(c.id, [2, 3, 3]);
    // SR B, 15 Jan: one observation without ratings; one open step.
    const b = await visit('SR B', '2024-01-15', { officerIds: [officer(1)], nextSteps: [{ text: 'Four' }] });
    await observe(b.id, []);
    // SR A, 20 Jan: a planned visit with a purpose of its own and a next visit.
    const planned = await call<Visit>('visits.create', { schoolId: school('SR A'), date: '2024-01-20', purposeId: purposes[1]?.id, status: 'planned', officerIds: [], nextVisitDate: '2024-02-20' });
    // Outside the range.
    await visit('SR A', '2024-02-01');

    const list = await call<VisitSummary[]>('visits.list', { from: '2024-01-10', to: '2024-01-31' });
    expect(list).toEqual([
      {
        id: a.id, schoolId: school('SR A'), school: 'SR A', schoolName: 'School SR A', date: '2024-01-10',
        purposeId: purposes[0]?.id, purposeMs: purposes[0]?.nameMs, purposeEn: purposes[0]?.nameEn, status: 'done',
        officerIds: [officer(0), officer(1)], officers: ['Officer One', 'Officer Two'], nextVisitDate: null,
        observations: 2, averageRating: 2.5, nextSteps: 3, openNextSteps: 2,
      },
      {
        id: c.id, schoolId: school('SM C'), school: 'SM C', schoolName: 'School SM C', date: '2024-01-12',
        purposeId: purposes[0]?.id, purposeMs: purposes[0]?.nameMs, purposeEn: purposes[0]?.nameEn, status: 'done',
        officerIds: [officer(0)], officers: ['Officer One'], nextVisitDate: null,
        observations: 1, averageRating: 2.67, nextSteps: 0, openNextSteps: 0,
      },
      {
        id: b.id, schoolId: school('SR B'), school: 'SR B', schoolName: 'School SR B', date: '2024-01-15',
        purposeId: purposes[0]?.id, purposeMs: purposes[0]?.nameMs, purposeEn: purposes[0]?.nameEn, status: 'done',
        officerIds: [officer(1)], officers: ['Officer Two'], nextVisitDate: null,
        observations: 1, averageRating: null, nextSteps: 1, openNextSteps: 1,
      },
      {
        id: planned.id, schoolId: school('SR A'), school: 'SR A', schoolName: 'School SR A', date: '2024-01-20',
        purposeId: purposes[1]?.id, purposeMs: purposes[1]?.nameMs, purposeEn: purposes[1]?.nameEn, status: 'planned',
        officerIds: [], officers: [], nextVisitDate: '2024-02-20',
        observations: 0, averageRating: null, nextSteps: 0, openNextSteps: 0,
      },
    ]);

    // The same figures as the full visits give.
    for (const row of list) {
      const full = await call<Visit>('visits.get', { id: row.id });
      const ratings = full.observations.flatMap((o) => o.ratings.map((r) => r.rating));
      expect(row).toMatchObject({
        officers: full.officers,
        observations: full.observations.length,
        nextSteps: full.nextSteps.length,
        openNextSteps: full.nextSteps.filter((s) => s.closedOn === null).length,
        averageRating: ratings.length ? Math.round((ratings.reduce((x, y) => x + y, 0) / ratings.length) * 100) / 100 : null,
      });
    }

    // By school and by officer.
    expect((await call<VisitSummary[]>('visits.list', { from: '2024-01-01', to: '2024-01-31', schoolId: school('SR A') })).map((v) => v.id)).toEqual([a.id, planned.id]);
    const byOfficer = await call<VisitSummary[]>('visits.list', { from: '2024-01-01', to: '2024-01-31', personId: officer(1) });
    expect(byOfficer.map((v) => [v.id, v.officers])).toEqual([[a.id, ['Officer One', 'Officer Two']], [b.id, ['Officer Two']]]);
  });
});

describe('the follow-up history', () => {
  /** 250 closed steps over 9 visits (closing dates with ties), 4 open ones, and closed steps of a cancelled visit. */
  async function history() {
    const app = await setup();
    const { ctx, visit, call, school } = app;
    const texts = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ text: `Step ${from + i}` }));
    const visits: Visit[] = [];
    for (let i = 0; i < 9; i++) visits.push(await visit(i % 2 ? 'SR B' : 'SR A', `2023-0${1 + i}-0${1 + (i % 7)}`, { nextSteps: texts(i < 8 ? 28 : 30, i * 30) }));
    const cancelled = await call<Visit>('visits.create', { schoolId: school('SM C'), date: '2023-05-05', purposeId: app.purposes[0]?.id, status: 'cancelled', nextSteps: texts(3, 900) });
    const open = visits[8]?.nextSteps.slice(26) ?? [];
    const closedIds = visits.flatMap((v) => v.nextSteps.map((s) => s.id)).filter((id) => !open.some((s) => s.id === id));
    expect(closedIds).toHaveLength(250);
    // Closed on one of 40 days: many share a date, so the step's number breaks the tie.
    for (const [i, id] of closedIds.entries()) {
      await ctx.db().updateTable('next_steps').set({ closed_on: `2023-11-${String(1 + ((i * 7) % 30)).padStart(2, '0')}`, closed_note: 'Done' }).where('id', '=', id).execute();
    }
    await ctx.db().updateTable('next_steps').set({ closed_on: '2023-12-01', closed_note: 'Done' }).where('visit_id', '=', cancelled.id).execute();
    return { ...app, open };
  }

  it('comes 100 a page, most recently closed first, with the total; the last page short, a page past the end empty', async () => {
    const { call, open } = await history();
    const page = (n: number) => call<FollowUp>('nextSteps.followUp', { includeClosed: true, page: n });
    const pages = [await page(1), await page(2), await page(3), await page(4)];
    expect(pages.map((p) => [p.page, p.pageSize, p.total, p.closed.length])).toEqual([
      [1, 100, 250, 100],
      [2, 100, 250, 100],
      [3, 100, 250, 50],
      [4, 100, 250, 0],
    ]);
    // Every page of the history lists the first page of open steps (here all four).
    for (const p of pages) expect(p.open.map((s) => s.id).sort((x, y) => x - y)).toEqual(open.map((s) => s.id).sort((x, y) => x - y));
    const all = pages.flatMap((p) => p.closed);
    const byHand = [...all].sort((x, y) => (y.closedOn as string).localeCompare(x.closedOn as string) || y.id - x.id);
    expect(all.map((s) => s.id)).toEqual(byHand.map((s) => s.id));
    expect(new Set(all.map((s) => s.id)).size).toBe(250);
    // The cancelled visit's steps are not followed up.
    expect(all.some((s: FollowUpItem) => s.school === 'SM C')).toBe(false);
    // Without the history: the open steps alone, no total.
    expect(await call<FollowUp>('nextSteps.followUp', {})).toMatchObject({ closed: [], total: 0, page: 1 });
  });

  it('pages one school\'s history with its own total, and refuses page 0', async () => {
    const { call, school } = await history();
    const first = await call<FollowUp>('nextSteps.followUp', { schoolId: school('SR B'), includeClosed: true });
    // SR B holds visits 2, 4, 6 and 8: 4 × 28 steps, all closed.
    expect([first.total, first.closed.length]).toEqual([112, 100]);
    expect(first.closed.every((s) => s.school === 'SR B')).toBe(true);
    expect((await call<FollowUp>('nextSteps.followUp', { schoolId: school('SR B'), includeClosed: true, page: 2 })).closed).toHaveLength(12);
    expect(await failure(call('nextSteps.followUp', { includeClosed: true, page: 0 }))).toMatchObject({ field: 'page' });
  });
});

describe('the open next steps', () => {
  it('come 100 a page, overdue first, with how many are open and how many overdue, of all schools or one', async () => {
    const app = await setup();
    const { call, visit, school } = app;
    // At most 30 steps a visit. SR A: 130 overdue steps over 5 visits, 52 due in February 2020 and 78 in
    // March; SR B: 95 due in 2999 and 5 without a date, over 4 visits.
    const steps = (n: number, due: string | null, from: number) => Array.from({ length: n }, (_, i) => ({ text: `Step ${from + i}`, dueDate: due }));
    for (let i = 0; i < 5; i++) await visit('SR A', `2020-01-0${4 + i}`, { nextSteps: steps(26, i < 2 ? '2020-02-01' : '2020-03-01', i * 26) });
    for (let i = 0; i < 3; i++) await visit('SR B', `2020-01-0${4 + i}`, { nextSteps: steps(25, '2999-01-01', 200 + i * 25) });
    await visit('SR B', '2020-01-08', { nextSteps: [...steps(20, '2999-01-01', 300), ...steps(5, null, 400)] });
    const page = (openPage: number, schoolId: number | null = null) => call<FollowUp>('nextSteps.followUp', { schoolId, openPage });
    const pages = [await page(1), await page(2), await page(3), await page(4)];
    expect(pages.map((p) => [p.openPage, p.pageSize, p.openTotal, p.overdue, p.open.length])).toEqual([
      [1, 100, 230, 130, 100],
      [2, 100, 230, 130, 100],
      [3, 100, 230, 130, 30],
      [4, 100, 230, 130, 0],
    ]);
    const all = pages.flatMap((p) => p.open);
    expect(new Set(all.map((s) => s.id)).size).toBe(230);
    // Overdue first, by due date; those without a date last.
    expect(all.slice(0, 130).every((s) => s.overdue && s.school === 'SR A')).toBe(true);
    expect(all.slice(0, 52).every((s) => s.dueDate === '2020-02-01')).toBe(true);
    expect(all.slice(130).some((s) => s.overdue)).toBe(false);
    expect(all.slice(-5).map((s) => s.dueDate)).toEqual([null, null, null, null, null]);
    // One school: its own counts.
    const b = await page(1, school('SR B'));
    expect([b.openTotal, b.overdue, b.open.length]).toEqual([100, 0, 100]);
    expect(await failure(call('nextSteps.followUp', { openPage: 0 }))).toMatchObject({ field: 'openPage' });
  });
});
