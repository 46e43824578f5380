/**
 * The page of one school (`schools.overview`) on a fixture whose figures are worked out by hand, and the
 * query plans behind it: no statement reads a whole table of visits, observations, ratings, next steps or events.
 *
 * The school SR Ujian (primary; a head and a deputy), counted as of 10 June 2025, with four school terms that
 * have started (term 1 of 2024: 2 Sep–29 Nov 2024; terms 1–3 of 2025: 6 Jan–14 Mar, 24 Mar–30 May, from 9 Jun)
 * and one that has not (8 Sep 2025). Its visits:
 * - 1 May 2023, done (before every term);
 * - 1 Oct 2024, done: one observation rated criterion 1 → 2, criterion 2 → 3; a step due 31 Oct 2024, open (overdue);
 * - 20 Jan 2025, done, two officers: observations rated (c1 3, c2 4) and (c1 4); a step closed on 5 Feb 2025
 *   and a step due 1 Jul 2025, open;
 * - 10 Feb 2025, cancelled;
 * - 15 Apr 2025, done: an observation rated c1 1, c3 4; a step without a due date, open;
 * - 20 Jun 2025, planned.
 * Another school's visit of 1 Feb 2025 (rated c1 1, a step open) counts for none of it.
 * Worked out: 6 visits; last done visit 15 Apr 2025, 56 days before; done visits per term 1, 1, 1, 0; mean
 * ratings 2024 T1 c1 2, c2 3; 2025 T1 c1 3.5 (of 2), c2 4; 2025 T2 c1 1, c3 4; open steps 3 (1 overdue, in
 * the order overdue, 1 Jul, no date), closed 1.
 * Mentoring: the head is mentored in 2025 by a team officer, two sessions; the demo's own pairs are elsewhere.
 * Events from 10 June: a weekly series for the school running until 27 Aug and a workshop on 15 Jun (for two
 * schools); not a past event, nor one for another school. Initiatives of 2025 (the latest plan year up to
 * 2025): one for every primary school, one named for the school; not one for secondary schools, nor 2026's.
 */
import { describe, expect, it } from 'vitest';
import { schoolOverview } from '../../electron/services/schools/overview';
import type { School, SchoolSummary, TeamMember } from '../../shared/domain';
import type { FollowUp, ListEntry, Visit } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { capturing, scansOf } from '../helpers/query-plans';
import { replaceDemoDates } from '../helpers/demo-dates';
import { openApp } from '../helpers/tmp';

const AS_OF = '2025-06-10';

async function scenario() {
  const app = await openApp(undefined, { language: 'en' });
  const { call, ctx } = app;
  await call('demo.load');
  // The office's own terms, not the demo's illustrative 2023 ones.
  await replaceDemoDates(call);
  for (const [name, start, end] of [
    ['Penggal 3 2024', '2024-09-02', '2024-11-29'],
    ['Penggal 1', '2025-01-06', '2025-03-14'],
    ['Penggal 2', '2025-03-24', '2025-05-30'],
    ['Penggal 3', '2025-06-09', '2025-08-29'],
    ['Penggal 4', '2025-09-08', '2025-11-28'],
  ] as const) {
    await call('periods.create', { kind: 'term', name, start, end });
  }
  const school = await call<School>('schools.create', {
    name: 'Sekolah Rendah Ujian',
    abbreviation: 'SR UJI',
    level: 'primary',
    address: 'Kampong Ujian, Brunei',
    phone: '2345678',
    notes: 'Bangunan baharu dibuka pada 2024.',
    leaders: [
      { role: 'head', name: 'Hajah Aminah binti Hj Ali', title: 'Guru Besar' },
      { role: 'deputy', name: 'Awang Bakar bin Hj Omar', title: 'Penolong Guru Besar' },
    ],
  });
  const other = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items.find((s) => s.abbreviation !== 'SR UJI') as SchoolSummary;
  const team = await call<TeamMember[]>('team.list');
  const [o1, o2] = team.filter((m) => m.role === 'officer') as [TeamMember, TeamMember];
  const purposes = await call<ListEntry[]>('visits.purposes');
  const [c1, c2, c3] = (await call<ListEntry[]>('rubric.list')) as [ListEntry, ListEntry, ListEntry];
  const purpose = purposes[0]?.id;
  const visit = (schoolId: number, date: string, extra: object = {}) =>
    call<Visit>('visits.create', { schoolId, date, purposeId: purpose, status: 'done', officerIds: [o1.id], ...extra });
  const observe = (visitId: number, teacher: string, ratings: [ListEntry, number][]) =>
    call('observations.save', { visitId, teacher, ratings: ratings.map(([c, rating]) => ({ criterionId: c.id, rating })) });

  await visit(school.id, '2023-05-01', { findings: 'Lawatan pertama.' });
  const october = await visit(school.id, '2024-10-01', { nextSteps: [{ text: 'Langkah lama', dueDate: '2024-10-31' }] });
  await observe(october.id, 'Cikgu Satu', [[c1, 2], [c2, 3]]);
  const january = await visit(school.id, '2025-01-20', {
    officerIds: [o1.id, o2.id],
    findings: 'Sudut bacaan diwujudkan.',
    nextSteps: [{ text: 'Langkah ditutup', dueDate: '2025-02-01' }, { text: 'Langkah kemudian', owner: 'Guru Besar', dueDate: '2025-07-01' }],
  });
  await observe(january.id, 'Cikgu Dua', [[c1, 3], [c2, 4]]);
  await observe(january.id, 'Cikgu Tiga', [[c1, 4]]);
  await visit(school.id, '2025-02-10', { status: 'cancelled' });
  const april = await visit(school.id, '2025-04-15', { nextSteps: [{ text: 'Langkah tanpa tarikh' }] });
  await observe(april.id, 'Cikgu Empat', [[c1, 1], [c3, 4]]);
  await visit(school.id, '2025-06-20', { status: 'planned', officerIds: [] });
  const elsewhere = await visit(other.id, '2025-02-01', { nextSteps: [{ text: 'Langkah sekolah lain', dueDate: '2025-02-20' }] });
  await observe(elsewhere.id, 'Cikgu Lain', [[c1, 1]]);
  const open = (await call<FollowUp>('nextSteps.followUp', { schoolId: school.id })).open;
  await call('nextSteps.close', { id: open.find((s) => s.text === 'Langkah ditutup')?.id, closedOn: '2025-02-05', note: 'Selesai.' });

  const head = school.leaders.find((l) => l.role === 'head')?.id as number;
  const competency = (await ctx.db().selectFrom('competencies').select('id').orderBy('position').executeTakeFirstOrThrow()).id;
  const pair = await call<{ id: number }>('assignments.create', {
    year: 2025,
    mentorId: o2.id,
    menteeId: head,
    schedule: 'monthly',
    status: 'active',
    startDate: '2025-03-01',
    appointedOn: '2025-02-20',
    referenceNo: 'KL2/MC/2025/9',
    focus: [{ competencyId: competency, baseline: 2, target: 4 }],
  });
  for (const date of ['2025-03-05', '2025-04-02']) await call('sessions.create', { assignmentId: pair.id, date, durationMinutes: 60, mode: 'visit', topics: `Sesi ${date}` });

  await call('events.create', { title: 'Sesi mingguan', startDate: '2025-01-08', endDate: '2025-01-08', rrule: 'FREQ=WEEKLY;BYDAY=WE', repeatUntil: '2025-08-27', schoolIds: [school.id] });
  await call('events.create', { title: 'Bengkel', startDate: '2025-06-15', endDate: '2025-06-15', schoolIds: [school.id, other.id] });
  await call('events.create', { title: 'Mesyuarat lalu', startDate: '2025-05-01', endDate: '2025-05-01', schoolIds: [school.id] });
  await call('events.create', { title: 'Sekolah lain', startDate: '2025-07-01', endDate: '2025-07-01', schoolIds: [other.id] });

  for (const year of [2025, 2026]) await call('plan.createYear', { year });
  await call('initiatives.create', { year: 2025, code: 'BACA', name: 'Program Membaca', targetLevels: ['primary'] });
  await call('initiatives.create', { year: 2025, code: 'SAINS', name: 'Program Sains', schoolIds: [school.id] });
  await call('initiatives.create', { year: 2025, code: 'MENENGAH', name: 'Program Menengah', targetLevels: ['secondary'] });
  await call('initiatives.create', { year: 2026, code: 'LUSA', name: 'Program 2026', schoolIds: [school.id] });
  return { ...app, school, o1, o2, c1, c2, c3, january, head };
}

describe('schools.overview', () => {
  it('shows the school, its visits, visits per term, ratings per criterion per term, next steps, mentoring, events and initiatives', async () => {
    const { ctx, call, school, o1, o2, c1, c2, c3, january, head } = await scenario();
    const o = await schoolOverview(ctx.db(), school.id, AS_OF);

    expect(o.school).toMatchObject({ name: 'Sekolah Rendah Ujian', abbreviation: 'SR UJI', level: 'primary', address: 'Kampong Ujian, Brunei', notes: 'Bangunan baharu dibuka pada 2024.' });
    expect(o.school.leaders.map((l) => l.name)).toEqual(['Hajah Aminah binti Hj Ali', 'Awang Bakar bin Hj Omar']);

    expect(o.visitTotal).toBe(6);
    expect(o.visits.map((v) => [v.date, v.status])).toEqual([
      ['2025-06-20', 'planned'],
      ['2025-04-15', 'done'],
      ['2025-02-10', 'cancelled'],
      ['2025-01-20', 'done'],
      ['2024-10-01', 'done'],
      ['2023-05-01', 'done'],
    ]);
    const jan = o.visits.find((v) => v.id === january.id);
    expect(jan).toMatchObject({ officers: [o1.name, o2.name], findings: 'Sudut bacaan diwujudkan.', nextSteps: 2, openNextSteps: 1 });
    expect(jan?.observations.map((x) => [x.teacher, x.averageRating])).toEqual([['Cikgu Dua', 3.5], ['Cikgu Tiga', 4]]);
    expect(o.lastVisit).toBe('2025-04-15');
    expect(o.daysSinceLastVisit).toBe(56);
    expect(o.nextPlannedVisit).toBe('2025-06-20');

    expect(o.terms.map((t) => [t.year, t.term, t.visits])).toEqual([[2024, 1, 1], [2025, 1, 1], [2025, 2, 1], [2025, 3, 0]]);
    expect(o.ratings.map((r) => [r.year, r.term, r.criterionId, r.average, r.count])).toEqual([
      [2024, 1, c1.id, 2, 1],
      [2024, 1, c2.id, 3, 1],
      [2025, 1, c1.id, 3.5, 2],
      [2025, 1, c2.id, 4, 1],
      [2025, 2, c1.id, 1, 1],
      [2025, 2, c3.id, 4, 1],
    ]);
    expect(o.criteria.slice(0, 3).map((c) => c.id)).toEqual([c1.id, c2.id, c3.id]);

    expect(o.nextSteps.open.map((s) => [s.text, s.overdue])).toEqual([['Langkah lama', true], ['Langkah kemudian', false], ['Langkah tanpa tarikh', false]]);
    expect([o.nextSteps.openTotal, o.nextSteps.overdue, o.nextSteps.closedTotal]).toEqual([3, 1, 1]);
    expect(o.nextSteps.closed.map((s) => [s.text, s.closedOn, s.closedNote, s.visitDate])).toEqual([['Langkah ditutup', '2025-02-05', 'Selesai.', '2025-01-20']]);

    expect(o.mentoring).toHaveLength(1);
    expect(o.mentoring[0]).toMatchObject({ year: 2025, status: 'active', mentor: o2.name, menteeId: head, mentee: 'Hajah Aminah binti Hj Ali', side: 'mentee' });
    expect(o.mentoring[0]?.sessions.map((s) => s.date)).toEqual(['2025-03-05', '2025-04-02']);

    expect(o.events.map((e) => [e.title, e.repeats])).toEqual([['Sesi mingguan', true], ['Bengkel', false]]);
    expect(o.planYear).toBe(2025);
    expect(o.initiatives.map((i) => [i.code, i.named])).toEqual([['BACA', false], ['SAINS', true]]);

    // Through the contract, a closed step reopened shows at once among the open ones.
    const closedId = o.nextSteps.closed[0]?.id as number;
    await call('nextSteps.reopen', { id: closedId });
    const after = await schoolOverview(ctx.db(), school.id, AS_OF);
    expect([after.nextSteps.openTotal, after.nextSteps.closedTotal]).toEqual([4, 0]);
  });

  it('answers through the contract, and refuses a school that does not exist', async () => {
    const { call, school } = await scenario();
    const o = await call<{ school: School; visitTotal: number }>('schools.overview', { id: school.id });
    expect(o.school.abbreviation).toBe('SR UJI');
    expect(o.visitTotal).toBe(6);
    expect((await failure(call('schools.overview', { id: 999_999 }))).code).toBe('NOT_FOUND');
  });

  it('shows an empty page for a school with no visits, terms or pairs', async () => {
    const { call, ctx } = await openApp(undefined, { language: 'en' });
    const school = await call<School>('schools.create', { name: 'Sekolah Kosong', abbreviation: 'SK', level: 'other' });
    const o = await schoolOverview(ctx.db(), school.id, AS_OF);
    expect(o).toMatchObject({ visitTotal: 0, visits: [], terms: [], ratings: [], mentoring: [], events: [], initiatives: [], planYear: null, lastVisit: null, daysSinceLastVisit: null });
    expect(o.nextSteps).toEqual({ open: [], openTotal: 0, overdue: 0, closed: [], closedTotal: 0 });
  });
});

const BIG_TABLES = ['visits', 'observations', 'observation_ratings', 'next_steps', 'events', 'event_schools'];

describe('query plans of schools.overview', () => {
  it('finds a full scan of events when a statement has one, so the check below can fail', async () => {
    const { ctx } = await openApp();
    const { db, statements } = capturing(ctx.db());
    await db.selectFrom('events as e').select('e.id').where('e.title', '=', 'x').execute();
    await db.selectFrom('event_schools').select('event_id').where('school_id', '=', 1).where('event_id', '>', 0).execute();
    const bad = await scansOf(ctx.db(), statements, BIG_TABLES);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^SCAN e\b/);
  });

  it('reads no whole table of visits, observations, ratings, next steps or events', async () => {
    const { ctx, school } = await scenario();
    const { db, statements } = capturing(ctx.db());
    await schoolOverview(db, school.id, AS_OF);
    expect(statements.length).toBeGreaterThan(10);
    expect(await scansOf(ctx.db(), statements, BIG_TABLES)).toEqual([]);
  });
});
