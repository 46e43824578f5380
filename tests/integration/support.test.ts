/**
 * Targeting support on a fixture worked out by hand, as of 30 June 2024: each school's need and its parts,
 * the median line per level, seed 003's four groups and the partner suggestions.
 */
import { describe, expect, it } from 'vitest';
import type { School } from '../../shared/domain';
import type { SupportRanking } from '../../shared/support/types';
import type { Today } from '../../shared/today/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

const AS_OF = '2024-06-30';

async function fixture() {
  const app = await openApp(undefined, { language: 'en' });
  const db = app.ctx.db();
  const school = async (number: number, abbreviation: string, level: string, context: 'challenging' | 'favourable' | null, band: number | null) =>
    (
      await db
        .insertInto('schools')
        .values({ number, name: `School ${abbreviation}`, abbreviation, level, context, wse_band: band, address: '', phone: '', email: '', notes: '' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const a = await school(1, 'A', 'primary', 'challenging', 4);
  const b = await school(2, 'B', 'primary', 'challenging', 2);
  const c = await school(3, 'C', 'primary', 'favourable', null);
  const d = await school(4, 'D', 'primary', 'favourable', 1);
  const e = await school(5, 'E', 'secondary', 'challenging', 3);
  const archived = await school(6, 'X', 'primary', 'challenging', 5);
  await db.updateTable('schools').set({ archived_at: '2024-01-01T00:00:00Z' }).where('id', '=', archived).execute();

  const type = async (code: string) => (await db.selectFrom('exam_types').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const subject = async (code: string) => (await db.selectFrom('subjects').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const [psr, o, math, eng] = [await type('PSR'), await type('O'), await subject('MATH'), await subject('ENG')];
  const result = (school_id: number, year: number, exam_type_id: number, subject_id: number, sat: number, passed: number) =>
    db.insertInto('results').values({ school_id, year, exam_type_id, subject_id, sat, passed }).execute();
  // A: 2023 is its latest year (30 + 10 of 50 + 50 = 40%); the 2021 row is older and left aside.
  await result(a, 2021, psr, math, 40, 40);
  await result(a, 2023, psr, math, 50, 30);
  await result(a, 2023, psr, eng, 50, 10);
  await result(b, 2020, psr, math, 10, 0); // older than three years before 2024: not read
  await result(b, 2023, psr, math, 50, 40); // 80%
  await result(c, 2024, psr, math, 20, 11); // 55%
  await result(d, 2023, psr, math, 10, 9); // 90%
  await result(e, 2023, o, math, 10, 3); // 30%
  await db.insertInto('result_targets').values({ school_id: a, year: 2024, exam_type_id: psr, subject_id: math, target_percent: 80 }).execute(); // 80 − 60 = 20
  await db.insertInto('result_targets').values({ school_id: a, year: 2024, exam_type_id: psr, subject_id: eng, target_percent: 40 }).execute(); // 40 − 20 = 20
  await db.insertInto('result_targets').values({ school_id: c, year: 2024, exam_type_id: psr, subject_id: math, target_percent: 50 }).execute(); // 50 − 55 = −5
  await db.insertInto('result_targets').values({ school_id: b, year: 2023, exam_type_id: psr, subject_id: math, target_percent: 99 }).execute(); // another year: not read

  const exam = (
    await db.insertInto('exams').values({ name: 'PSR 2024', exam_date: '2024-09-26', checkpoint_days: '[150,100,50,20]', exam_type_id: psr }).returning('id').executeTakeFirstOrThrow()
  ).id;
  const review = (school_id: number, days_before: number, status: 'on-track' | 'at-risk' | 'off-track', predicted_percent: number | null) =>
    db.insertInto('checkpoint_reviews').values({ exam_id: exam, days_before, school_id, status, predicted_percent }).execute();
  await review(a, 150, 'at-risk', 50); // 29 April
  await review(a, 100, 'off-track', 45); // 18 June: the latest reached
  await review(a, 50, 'on-track', 70); // 7 August: not reached by 30 June
  await review(c, 150, 'at-risk', null);

  const visit = async (school_id: number, date: string, status = 'done') =>
    (await db.insertInto('visits').values({ school_id, date, purpose_id: 1, status }).returning('id').executeTakeFirstOrThrow()).id;
  const va = await visit(a, '2024-03-02'); // 120 days
  await visit(a, '2024-07-15', 'planned');
  await visit(b, '2024-06-20'); // 10 days
  await visit(b, '2024-07-01'); // after the as-of date
  await visit(d, '2024-06-30'); // 0 days
  const vc = await visit(c, '2024-06-01', 'planned'); // not done: C was never visited
  const step = (visit_id: number, due_date: string | null, closed_on: string | null = null) =>
    db.insertInto('next_steps').values({ visit_id, text: 'Step', due_date, closed_on }).execute();
  for (const due of ['2024-04-01', '2024-05-01', '2024-05-02', '2024-06-01', '2024-06-29', '2024-06-29']) await step(va, due); // 6 overdue: capped at 5
  await step(va, '2024-07-30'); // open, not overdue
  await step(va, '2024-04-01', '2024-04-02'); // closed
  await step(vc, '2024-06-10');
  await step(vc, null);
  return { app, ids: { a, b, c, d, e, archived } };
}

describe('support.ranking', () => {
  it('ranks schools by need, worked out by hand, with the parts that make it', async () => {
    const { app, ids } = await fixture();
    const r = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: AS_OF });
    expect(r.asOf).toBe(AS_OF);
    expect(r.rows.map((x) => x.abbreviation)).toEqual(['A', 'C', 'E', 'B', 'D']);
    const row = (abbr: string) => r.rows.find((x) => x.abbreviation === abbr)!;

    const a = row('A');
    expect(a).toMatchObject({ schoolId: ids.a, band: 4, acPercent: 40, resultsYear: 2023, targetGap: 20, lastVisit: '2024-03-02', daysSinceVisit: 120, openSteps: 7, overdueSteps: 6 });
    expect(a.checkpoint).toEqual({ status: 'off-track', exam: 'PSR 2024', daysBefore: 100, predictedPercent: 45 });
    expect(a.parts).toEqual({ band: 18.8, results: 25, checkpoint: 20, visit: 15, steps: 15 });
    expect(a.need).toBe(93.8);

    const c = row('C');
    expect(c).toMatchObject({ band: null, acPercent: 55, resultsYear: 2024, targetGap: -5, lastVisit: null, daysSinceVisit: null, openSteps: 2, overdueSteps: 1 });
    expect(c.parts).toEqual({ band: 0, results: 0, checkpoint: 10, visit: 15, steps: 3 });
    expect(c.need).toBe(28);

    expect(row('E').parts).toEqual({ band: 12.5, results: 0, checkpoint: 0, visit: 15, steps: 0 });
    const b = row('B');
    expect(b).toMatchObject({ acPercent: 80, resultsYear: 2023, targetGap: null, checkpoint: null, daysSinceVisit: 10 });
    expect(b.parts).toEqual({ band: 6.3, results: 0, checkpoint: 0, visit: 1.3, steps: 0 });
    expect(b.need).toBe(7.6);
    expect(row('D').need).toBe(0);
    expect(r.rows.some((x) => x.schoolId === ids.archived)).toBe(false);
  });

  it('places schools in the four groups by context and results against the median of their level, with partners of the same context and level', async () => {
    const { app, ids } = await fixture();
    const r = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: AS_OF });
    // Primary: 40, 55, 80, 90 → median 67.5; the one secondary school is its own median.
    expect(r.medians).toEqual({ primary: 67.5, secondary: 30 });
    const groups = Object.fromEntries(r.rows.map((x) => [x.abbreviation, [x.group, x.higherResults, x.partner?.schoolId ?? null]]));
    expect(groups).toEqual({
      A: [1, false, ids.b], // challenging, lower: paired with B (challenging, higher)
      B: [2, true, null],
      C: [3, false, ids.d], // favourable, lower: paired with D (favourable, higher)
      D: [4, true, null],
      E: [2, true, null],
    });
  });

  it('shares partners out, strongest first, and never pairs across contexts or levels', async () => {
    const app = await openApp(undefined, { language: 'en' });
    const db = app.ctx.db();
    const psr = (await db.selectFrom('exam_types').select('id').where('code', '=', 'PSR').executeTakeFirstOrThrow()).id;
    const math = (await db.selectFrom('subjects').select('id').where('code', '=', 'MATH').executeTakeFirstOrThrow()).id;
    // Four challenging primaries with lower results, two with higher ones, and a favourable primary with the best.
    const rows: [string, 'challenging' | 'favourable', number, number][] = [
      ['L1', 'challenging', 10, 5], ['L2', 'challenging', 20, 4], ['L3', 'challenging', 30, 3], ['L4', 'challenging', 40, 2],
      ['H1', 'challenging', 80, 1], ['H2', 'challenging', 70, 1], ['F', 'favourable', 99, 1],
    ];
    for (const [i, [abbreviation, context, pct, band]] of rows.entries()) {
      const id = (await db.insertInto('schools').values({ number: i + 1, name: abbreviation, abbreviation, level: 'primary', context, wse_band: band, address: '', phone: '', email: '', notes: '' }).returning('id').executeTakeFirstOrThrow()).id;
      await db.insertInto('results').values({ school_id: id, year: 2024, exam_type_id: psr, subject_id: math, sat: 100, passed: pct }).execute();
    }
    const r = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: AS_OF });
    // Median of 10, 20, 30, 40, 70, 80, 99 is 40: L4 (40) counts as higher, so three seek among H1, H2, L4.
    const pairs = Object.fromEntries(r.rows.map((x) => [x.abbreviation, x.partner?.abbreviation ?? null]));
    // The neediest (weakest band) chooses first; each higher school takes at most one (3 seekers, 3 partners).
    expect(pairs).toEqual({ L1: 'H1', L2: 'H2', L3: 'L4', L4: null, H1: null, H2: null, F: null });
  });

  it('lists on the Today page the schools most in need, as the ranking does', async () => {
    const { app } = await fixture();
    const today = await app.call<Today>('today.get', { asOf: AS_OF, personId: null });
    // Only A reaches a need of 50; the list holds every school with some need, neediest first (D has none).
    expect(today.support.count).toBe(1);
    expect(today.support.items.map((s) => [s.abbreviation, s.need])).toEqual([['A', 93.8], ['C', 28], ['E', 27.5], ['B', 7.6]]);
  });

  it('keeps a school\'s context, set on its own, through an edit of the school', async () => {
    const { app, ids } = await fixture();
    await app.call('support.setContext', { schoolId: ids.e, context: 'favourable' });
    const school = await app.call<School>('schools.get', { id: ids.e });
    await app.call('schools.update', { ...school, notes: 'Edited' });
    const r = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: AS_OF });
    expect(r.rows.find((x) => x.schoolId === ids.e)).toMatchObject({ context: 'favourable', group: 4 });
    await app.call('support.setContext', { schoolId: ids.e, context: null });
    const after = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: AS_OF });
    expect(after.rows.find((x) => x.schoolId === ids.e)).toMatchObject({ context: null, group: null });
    expect((await failure(app.call('support.setContext', { schoolId: 9999, context: null }))).code).toBe('NOT_FOUND');
  });

  it('judges a past year on its last day and refuses a year out of range', async () => {
    const { app } = await fixture();
    const r = await app.call<SupportRanking>('support.ranking', { year: 2024, asOf: '2025-03-01' });
    expect(r.asOf).toBe('2024-12-31');
    // By the end of 2024 A's checkpoint at 50 days (on track) has been reached.
    expect(r.rows.find((x) => x.abbreviation === 'A')?.checkpoint?.status).toBe('on-track');
    const e = await failure(app.call('support.ranking', { year: 1999 }));
    expect(e.field).toBe('year');
  });
});
