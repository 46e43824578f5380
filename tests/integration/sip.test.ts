import { describe, expect, it } from 'vitest';
import type { School, TeamMember } from '../../shared/domain';
import type { Sip, SipListRow } from '../../shared/sip/types';
import type { Visit } from '../../shared/visits/types';
import type { ListEntry } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call, ctx } = app;
  const school = (abbreviation: string, head: string, number: number) =>
    call<School>('schools.create', { name: `School ${abbreviation}`, abbreviation, level: 'primary', number, leaders: [{ role: 'head', name: head }] });
  const a = await school('SR A', 'Head of A', 1);
  const b = await school('SR B', 'Head of B', 2);
  const team = await call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }] });
  const officer = team[0]?.id as number;
  const leaderOf = (s: School) => s.leaders[0]?.id as number;
  const db = ctx.db();
  const exam = (await db.selectFrom('exam_types').select('id').where('code', '=', 'PSR').executeTakeFirstOrThrow()).id;
  const maths = (await db.selectFrom('subjects').select('id').where('code', '=', 'MATH').executeTakeFirstOrThrow()).id;
  const aspect = (await db.selectFrom('wse_aspects').select('id').where('code', '=', '4.1.1').executeTakeFirstOrThrow()).id;
  const plan = (extra: object = {}) => ({
    schoolId: a.id,
    year: 2024,
    version: 0,
    notes: 'Agreed with the head',
    priorities: [
      {
        title: 'Raise Mathematics results',
        aspectIds: [aspect],
        targets: [
          { measure: 'A–C % in Year 6 Mathematics', baseline: 48, target: 60, unit: '%', dueDate: '2024-10-31', examTypeId: exam, subjectId: maths },
          { measure: 'Pupils at reading age', baseline: 55, target: 70, unit: '%', dueDate: '2024-11-30' },
        ],
        actions: [
          { what: 'Weekly Mathematics clinic', owner: 'Head of Mathematics', startDate: '2024-02-01', endDate: '2024-09-30', status: 'in-progress' },
          { what: 'Mock PSR analysis', owner: 'Deputy', startDate: '2024-05-01', endDate: '2024-05-31', status: 'done' },
        ],
      },
    ],
    ...extra,
  });
  return { ...app, a, b, officer, leaderOf, exam, maths, aspect, plan };
}

describe('school improvement plans', () => {
  it('saves a whole plan and reads it back; unchanged rows keep their ids; the list shows its state', async () => {
    const { call, a, plan, aspect, exam, maths } = await setup();
    const empty = await call<Sip>('sip.get', { schoolId: a.id, year: 2024 });
    expect(empty).toMatchObject({ id: null, version: 0, school: 'SR A', priorities: [], nextYearExists: false });
    expect(empty.reviews.map((r) => [r.number, r.id])).toEqual([[1, null], [2, null]]);
    expect(empty.aspects).toHaveLength(13);

    const saved = await call<Sip>('sip.save', plan());
    expect(saved.version).toBe(1);
    const [p] = saved.priorities;
    expect(p).toMatchObject({ title: 'Raise Mathematics results', aspectIds: [aspect] });
    expect(p?.targets.map((t) => [t.measure, t.baseline, t.target, t.unit, t.dueDate, t.status, t.examTypeId, t.subjectId])).toEqual([
      ['A–C % in Year 6 Mathematics', 48, 60, '%', '2024-10-31', 'open', exam, maths],
      ['Pupils at reading age', 55, 70, '%', '2024-11-30', 'open', null, null],
    ]);
    expect(p?.actions.map((x) => [x.what, x.owner, x.startDate, x.endDate, x.status])).toEqual([
      ['Weekly Mathematics clinic', 'Head of Mathematics', '2024-02-01', '2024-09-30', 'in-progress'],
      ['Mock PSR analysis', 'Deputy', '2024-05-01', '2024-05-31', 'done'],
    ]);
    // Blank default reviews are not stored.
    expect(saved.reviews.map((r) => r.id)).toEqual([null, null]);

    // Edit: the first target changes, the second goes, a third is added; the first keeps its id.
    const [t1] = p?.targets ?? [];
    const again = await call<Sip>('sip.save', {
      ...plan(),
      version: saved.version,
      priorities: [{ id: p?.id, title: 'Raise Mathematics results', aspectIds: [], targets: [{ ...t1, target: 62 }, { measure: 'Attendance', target: 95, unit: '%', dueDate: '2024-12-31' }], actions: p?.actions }],
    });
    expect(again.version).toBe(2);
    expect(again.priorities[0]?.id).toBe(p?.id);
    expect(again.priorities[0]?.targets.map((t) => [t.id === t1?.id, t.measure, t.target])).toEqual([[true, 'A–C % in Year 6 Mathematics', 62], [false, 'Attendance', 95]]);
    expect(again.priorities[0]?.actions.map((x) => x.id)).toEqual(p?.actions.map((x) => x.id));
    expect(await call<Sip>('sip.get', { schoolId: a.id, year: 2024 })).toEqual(again);

    const list = await call<SipListRow[]>('sip.list', { year: 2024 });
    expect(list.map((r) => [r.school, r.priorities, r.targets, r.actions, r.actionsDone, r.lastReview])).toEqual([
      ['SR A', 1, 2, 2, 1, null],
      ['SR B', 0, 0, 0, 0, null],
    ]);

    // A target moved to a new priority while its old priority goes keeps its id.
    const [kept] = again.priorities[0]?.targets ?? [];
    const moved = await call<Sip>('sip.save', { ...plan(), version: again.version, priorities: [{ title: 'Results', targets: [kept], actions: [] }] });
    expect(moved.priorities.map((x) => [x.title, x.targets.map((t) => t.id)])).toEqual([['Results', [kept?.id]]]);
  });

  it('refuses dates outside the plan year at their fields, and an old version', async () => {
    const { call, plan, officer } = await setup();
    const bad = plan({
      priorities: [{
        title: 'Raise Mathematics results',
        targets: [{ measure: 'A', target: 60, dueDate: '2024-06-30' }, { measure: 'B', target: 60, dueDate: '2025-01-15' }],
        actions: [{ what: 'Clinic', startDate: '2024-05-01', endDate: '2024-04-01' }],
      }],
      reviews: [{ number: 1, date: '2023-12-20', reviewerId: officer }],
    });
    const e = await failure(call('sip.save', bad));
    expect(e.code).toBe('VALIDATION');
    expect(e.errors).toEqual(expect.arrayContaining([
      { field: 'priorities.0.targets.1.dueDate', message: "The due date must be in 2024, the plan's year" },
      { field: 'priorities.0.actions.0.endDate', message: 'The end date is before the start date' },
      { field: 'reviews.0.date', message: "The review date must be in 2024, the plan's year" },
    ]));
    expect(e.errors?.some((x) => x.field === 'priorities.0.targets.0.dueDate')).toBe(false);

    const saved = await call<Sip>('sip.save', plan());
    await call('sip.save', { ...plan(), version: saved.version, notes: 'Changed by the head' });
    const stale = await failure(call('sip.save', { ...plan(), version: saved.version, notes: 'Changed by the clerk' }));
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'version' });
    // A second "new" plan for the same school and year is a conflict too, never a second plan.
    expect((await failure(call('sip.save', plan()))).code).toBe('CONFLICT');
    expect((await call<Sip>('sip.get', { schoolId: saved.schoolId, year: 2024 })).notes).toBe('Changed by the head');
  });

  it('records a review with progress on each target; a peer reviewer must lead another school', async () => {
    const { call, plan, officer, a, b, leaderOf } = await setup();
    const saved = await call<Sip>('sip.save', plan());
    const targets = saved.priorities[0]?.targets ?? [];
    const review = (peerReviewerId: number) => ({
      number: 1,
      date: '2024-05-15',
      reviewerId: officer,
      peerReviewerId,
      findings: 'On track in Mathematics; reading behind.',
      targets: [
        { targetId: targets[0]?.id, progress: 'on-track', evidence: 'Mid-year test 55%' },
        { targetId: targets[1]?.id, progress: 'behind', evidence: 'Two classes below' },
      ],
    });
    const same = await failure(call('sip.save', { ...plan(), version: saved.version, priorities: saved.priorities, reviews: [review(leaderOf(a))] }));
    expect(same).toMatchObject({ code: 'VALIDATION', field: 'reviews.0.peerReviewerId', message: 'Head of A leads this school; a peer reviewer comes from another school' });
    const notTeam = await failure(call('sip.save', { ...plan(), version: saved.version, priorities: saved.priorities, reviews: [{ ...review(leaderOf(b)), reviewerId: leaderOf(b) }] }));
    expect(notTeam).toMatchObject({ field: 'reviews.0.reviewerId', message: 'The reviewer is a member of the cluster team' });

    const reviewed = await call<Sip>('sip.save', { ...plan(), version: saved.version, priorities: saved.priorities, reviews: [review(leaderOf(b))] });
    const [r1, r2] = reviewed.reviews;
    expect(r1).toMatchObject({ number: 1, date: '2024-05-15', reviewer: 'Officer One', peerReviewer: 'Head of B', findings: 'On track in Mathematics; reading behind.' });
    expect(r1?.targets).toEqual([
      { targetId: targets[0]?.id, progress: 'on-track', evidence: 'Mid-year test 55%' },
      { targetId: targets[1]?.id, progress: 'behind', evidence: 'Two classes below' },
    ]);
    expect(r2).toMatchObject({ number: 2, id: null });
    expect(reviewed.peerReviewers.map((p) => p.name)).toEqual(['Head of B']);
    const list = await call<SipListRow[]>('sip.list', { year: 2024 });
    expect(list[0]?.lastReview).toEqual({ number: 1, date: '2024-05-15' });
  });

  it('dates the reviews from the plan’s SIP Review phases, on the 15th of their month', async () => {
    const { call, ctx, a } = await setup();
    const db = ctx.db();
    await db.insertInto('plan_years').values({ year: 2024, window_start: '2024-01', window_months: 12 }).execute();
    const { id: initiative } = await db.insertInto('initiatives').values({ year: 2024, code: 'SIP PEER REVIEW', name: 'SIP Peer Review', colour: '#2f6fb3', owner_id: null }).returning('id').executeTakeFirstOrThrow();
    const { id: lane } = await db.insertInto('lanes').values({ initiative_id: initiative, deleted_at: null }).returning('id').executeTakeFirstOrThrow();
    for (const [name, month] of [['SIP Development', '2024-01'], ['SIP Review 2', '2024-08'], ['SIP Review 1', '2024-05']]) {
      await db.insertInto('phases').values({ lane_id: lane, name: name as string, start_month: month as string, end_month: month as string, deleted_at: null }).execute();
    }
    const sip = await call<Sip>('sip.get', { schoolId: a.id, year: 2024 });
    expect(sip.reviews.map((r) => [r.number, r.date])).toEqual([[1, '2024-05-15'], [2, '2024-08-15']]);
    expect((await call<Sip>('sip.get', { schoolId: a.id, year: 2025 })).reviews.map((r) => r.date)).toEqual([null, null]);
  });

  it('links next steps to the plan of the visited school only, and refuses to remove what a step serves', async () => {
    const { call, plan, officer, a, b } = await setup();
    const saved = await call<Sip>('sip.save', plan());
    const action = saved.priorities[0]?.actions[0];
    const target = saved.priorities[0]?.targets[0];
    const purposes = await call<ListEntry[]>('visits.purposes');
    const visit = (schoolId: number, step: object) =>
      call<Visit>('visits.create', { schoolId, date: '2024-03-12', purposeId: purposes[0]?.id, officerIds: [officer], nextSteps: [{ text: 'Start the clinic', ...step }] });

    const other = await failure(visit(b.id, { sipActionId: action?.id }));
    expect(other).toMatchObject({ code: 'VALIDATION', field: 'nextSteps.0.sipActionId', message: 'Link the step to the 2024 plan of the visited school' });
    const otherYear = await failure(call('visits.create', { schoolId: a.id, date: '2023-11-12', purposeId: purposes[0]?.id, officerIds: [officer], nextSteps: [{ text: 'x', sipTargetId: target?.id }] }));
    expect(otherYear.field).toBe('nextSteps.0.sipTargetId');

    const v = await visit(a.id, { sipActionId: action?.id });
    expect(v.nextSteps[0]).toMatchObject({ sipActionId: action?.id, sipTargetId: null });
    expect((await call<Sip>('sip.get', { schoolId: a.id, year: 2024 })).priorities[0]?.actions[0]?.nextSteps).toBe(1);

    const withoutAction = { ...plan(), version: saved.version, priorities: [{ ...saved.priorities[0], actions: saved.priorities[0]?.actions.slice(1) }] };
    const refused = await failure(call('sip.save', withoutAction));
    expect(refused).toMatchObject({ code: 'VALIDATION', field: 'priorities' });
    expect(refused.message).toBe('"Weekly Mathematics clinic" is served by the next step "Start the clinic" of the visit to SR A on 12/03/2024; unlink it on that visit before removing it.');
    // Removing the whole priority is refused the same way.
    expect((await failure(call('sip.save', { ...plan(), version: saved.version, priorities: [] }))).field).toBe('priorities');
    // Once the step is unlinked, the action may go.
    await call('visits.update', { ...v, version: v.version, nextSteps: [{ id: v.nextSteps[0]?.id, text: 'Start the clinic', sipActionId: null }] });
    const after = await call<Sip>('sip.save', withoutAction);
    expect(after.priorities[0]?.actions.map((x) => x.what)).toEqual(['Mock PSR analysis']);
  });

  it('copies a plan forward with open targets, unfinished actions and baselines from the latest results', async () => {
    const { call, ctx, plan, a, exam, maths } = await setup();
    const saved = await call<Sip>('sip.save', plan());
    const [p] = saved.priorities;
    // The reading target was met: it stays behind.
    await call('sip.save', { ...plan(), version: saved.version, priorities: [{ ...p, targets: [p?.targets[0], { ...p?.targets[1], status: 'met' }] }] });
    const db = ctx.db();
    await db.insertInto('results').values({ school_id: a.id, year: 2023, exam_type_id: exam, subject_id: maths, sat: 40, passed: 18, grade_counts: null }).execute();
    await db.insertInto('results').values({ school_id: a.id, year: 2024, exam_type_id: exam, subject_id: maths, sat: 40, passed: 22, grade_counts: null }).execute();

    const next = await call<Sip>('sip.copyForward', { schoolId: a.id, fromYear: 2024 });
    expect(next).toMatchObject({ year: 2025, version: 1, copiedFromYear: 2024, notes: 'Agreed with the head' });
    const [q] = next.priorities;
    expect(q?.title).toBe('Raise Mathematics results');
    expect(q?.id).not.toBe(p?.id);
    // 22 of 40 reached A–C in 2024: 55 %.
    expect(q?.targets.map((t) => [t.measure, t.baseline, t.target, t.dueDate, t.status, t.carriedFromId])).toEqual([['A–C % in Year 6 Mathematics', 55, 60, '2025-10-31', 'open', p?.targets[0]?.id]]);
    expect(q?.actions.map((x) => [x.what, x.startDate, x.endDate, x.status, x.carriedFromId])).toEqual([['Weekly Mathematics clinic', '2025-02-01', '2025-09-30', 'in-progress', p?.actions[0]?.id]]);
    expect((await call<Sip>('sip.get', { schoolId: a.id, year: 2024 })).nextYearExists).toBe(true);
    const twice = await failure(call('sip.copyForward', { schoolId: a.id, fromYear: 2024 }));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: 'The school already has a plan for 2025; open it instead of copying.' });
  });

  it('keeps the old baseline when no results name the target’s exam and subject', async () => {
    const { call, plan, a } = await setup();
    await call<Sip>('sip.save', plan());
    const next = await call<Sip>('sip.copyForward', { schoolId: a.id, fromYear: 2024 });
    expect(next.priorities[0]?.targets.map((t) => t.baseline)).toEqual([48, 55]);
  });

  it('ships demo plans for three schools with their first review recorded', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const list = await call<SipListRow[]>('sip.list', { year: 2023 });
    const planned = list.filter((r) => r.sipId !== null);
    expect(planned.map((r) => [r.priorities, r.targets, r.actions, r.lastReview])).toEqual(Array(3).fill([2, 3, 4, { number: 1, date: '2023-05-15' }]));
    const sip = await call<Sip>('sip.get', { schoolId: planned[0]?.schoolId, year: 2023 });
    expect(sip.priorities[0]?.targets[0]).toMatchObject({ measure: expect.stringContaining('Matematik') as string, target: 60, unit: '%' });
    // Review 2's date comes from the demo plan's "SIP Review 2" phase (July).
    expect(sip.reviews.map((r) => [r.number, r.date, r.id === null])).toEqual([[1, '2023-05-15', false], [2, '2023-07-15', true]]);
    expect(sip.reviews[0]?.peerReviewer).toBeTruthy();
  });
});
