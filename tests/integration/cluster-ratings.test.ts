/**
 * `visits.ratings`: the cluster's mean observation rating per criterion, term by term through a year, on a
 * real data file. The fixture's means are worked by hand:
 *
 * Terms of 2024: T1 10 Jan – 9 Feb, T2 4 Mar – 24 May; a term of 2023 and a visit between the two terms hold
 * ratings that must not count.
 *   T1  SR A 10 Jan: plan 3, teach 2 | plan 4      SM C 9 Feb: plan 1, teach 4, engage 1
 *       plan (3+4+1)/3 = 2.67 (3), teach (2+4)/2 = 3.00 (2), engage 1/1 = 1.00 (1); 3 observations
 *   T2  SR A 4 Mar: plan 4, teach 3                SM D 24 May: teach 2 | (an observation with no ratings)
 *       plan 4.00 (1), teach (3+2)/2 = 2.50 (2); 3 observations
 *   not counted: SR B 20 Feb (between the terms) plan 1; SR B 2 Oct 2023 plan 1.
 */
import { describe, expect, it } from 'vitest';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { SchoolOverview } from '../../shared/schools/overview';
import type { ClusterRatings, ListEntry, Visit } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function fixture() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  for (const [i, abbreviation] of ['SR A', 'SR B', 'SM C', 'SM D'].entries()) {
    await call('schools.create', { name: `School ${abbreviation}`, abbreviation, level: i < 2 ? 'primary' : 'secondary', number: i + 1 });
  }
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const team = await call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }] });
  const purposes = await call<ListEntry[]>('visits.purposes');
  const criteria = await call<ListEntry[]>('rubric.list');
  await call('periods.create', { kind: 'term', name: 'Term 3', start: '2023-09-04', end: '2023-11-24' });
  await call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-10', end: '2024-02-09' });
  await call('periods.create', { kind: 'term', name: 'Term 2', start: '2024-03-04', end: '2024-05-24' });
  const criterion = (code: string) => criteria.find((c) => c.code === code) as ListEntry;
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr) as SchoolSummary;
  const observed = async (abbr: string, date: string, ...observations: Record<string, number>[]) => {
    const v = await call<Visit>('visits.create', { schoolId: school(abbr).id, date, purposeId: purposes[0]?.id, status: 'done', officerIds: [team[0]?.id] });
    for (const [i, ratings] of observations.entries()) {
      await call('observations.save', {
        visitId: v.id,
        teacher: `Teacher ${i + 1}`,
        ratings: Object.entries(ratings).map(([code, rating]) => ({ criterionId: criterion(code).id, rating })),
      });
    }
  };
  await observed('SR A', '2024-01-10', { plan: 3, teach: 2 }, { plan: 4 });
  await observed('SM C', '2024-02-09', { plan: 1, teach: 4, engage: 1 });
  await observed('SR B', '2024-02-20', { plan: 1 });
  await observed('SR A', '2024-03-04', { plan: 4, teach: 3 });
  await observed('SM D', '2024-05-24', { teach: 2 }, {});
  await observed('SR B', '2023-10-02', { plan: 1 });
  return { ...app, criterion, school };
}

describe('the cluster ratings of a year', () => {
  it('averages each criterion over the observations of each term, across every school', async () => {
    const { call, criterion } = await fixture();
    const r = await call<ClusterRatings>('visits.ratings', { year: 2024 });
    expect(r.terms.map((t) => [t.term, t.start, t.end, t.observations])).toEqual([
      [1, '2024-01-10', '2024-02-09', 3],
      [2, '2024-03-04', '2024-05-24', 3],
    ]);
    const id = (code: string) => criterion(code).id;
    expect(r.ratings).toEqual([
      { year: 2024, term: 1, criterionId: id('plan'), average: 2.67, count: 3 },
      { year: 2024, term: 1, criterionId: id('teach'), average: 3, count: 2 },
      { year: 2024, term: 1, criterionId: id('engage'), average: 1, count: 1 },
      { year: 2024, term: 2, criterionId: id('plan'), average: 4, count: 1 },
      { year: 2024, term: 2, criterionId: id('teach'), average: 2.5, count: 2 },
    ]);
    expect(r.criteria.map((c) => c.code)).toEqual(['plan', 'teach', 'engage', 'assess', 'manage', 'resources', 'outcomes']);
    expect(r.criteria[0]).toEqual({ id: id('plan'), code: 'plan', nameMs: 'Perancangan dan objektif pelajaran', nameEn: 'Lesson planning and objectives' });

    // The term of 2023 is its own year's.
    const before = await call<ClusterRatings>('visits.ratings', { year: 2023 });
    expect(before.ratings).toEqual([{ year: 2023, term: 1, criterionId: id('plan'), average: 1, count: 1 }]);
  });

  it('keeps an archived criterion where it was rated and drops it where it was not', async () => {
    const { call, criterion } = await fixture();
    await call('rubric.setArchived', { id: criterion('engage').id, archived: true });
    await call('rubric.setArchived', { id: criterion('outcomes').id, archived: true });
    const r = await call<ClusterRatings>('visits.ratings', { year: 2024 });
    expect(r.criteria.map((c) => c.code)).toEqual(['plan', 'teach', 'engage', 'assess', 'manage', 'resources']);
    expect(r.ratings).toHaveLength(5);
  });

  it('follows an edited observation, and agrees with the school page on one school', async () => {
    const { call, school, criterion } = await fixture();
    // SR A's own means in term 1: plan (3+4)/2 = 3.5, teach 2.
    const page = await call<SchoolOverview>('schools.overview', { id: school('SR A').id });
    const codeOf = (id: number) => page.criteria.find((c) => c.id === id)?.code;
    expect(page.ratings.filter((x) => x.year === 2024 && x.term === 1).map((x) => [codeOf(x.criterionId), x.average, x.count])).toEqual([
      ['plan', 3.5, 2],
      ['teach', 2, 1],
    ]);

    // Re-rating SM C's lesson: plan 1 → 4 makes term 1's plan (3+4+4)/3 = 3.67.
    const visits = await call<{ id: number; schoolId: number }[]>('visits.list', { from: '2024-02-09', to: '2024-02-09' });
    const smc = await call<Visit>('visits.get', { id: visits[0]?.id });
    const o = smc.observations[0];
    if (!o) throw new Error('SM C has an observation');
    await call('observations.save', { id: o.id, version: o.version, visitId: smc.id, teacher: o.teacher, ratings: o.ratings.map((x) => (x.criterionId === criterion('plan').id ? { ...x, rating: 4 } : x)) });
    const r = await call<ClusterRatings>('visits.ratings', { year: 2024 });
    expect(r.ratings[0]).toMatchObject({ term: 1, average: 3.67, count: 3 });
  });

  it('answers a year without terms with no terms and no ratings, and refuses a year that is not one', async () => {
    const { call } = await fixture();
    const r = await call<ClusterRatings>('visits.ratings', { year: 2030 });
    expect(r).toMatchObject({ year: 2030, terms: [], ratings: [] });
    expect(await failure(call('visits.ratings', { year: 'next' }))).toMatchObject({ code: 'VALIDATION', field: 'year' });
  });
});
