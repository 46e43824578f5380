import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index';
import { openDatabase } from '../../db/open';
import { todayLocal } from '../../shared/dates';
import { methods } from '../../shared/api';
import type { ClusterProfile, CodedEntry, School, SchoolSummary, TeamMember } from '../../shared/domain';
import type { Assignment, MentoringBoard } from '../../shared/mentoring/types';
import type { CalendarEvent, CalendarPeriod, Exam, Occurrence, Plan, PlanChange } from '../../shared/plan/types';
import type { TermReportText, Visit } from '../../shared/visits/types';
import { updateSchool } from '../../electron/services/schools/schools';
import { updateVisit } from '../../electron/services/visits/visits';
import { updatePhase } from '../../electron/services/plan/phases';
import { failure } from '../helpers/api';
import { openApp, tempDir } from '../helpers/tmp';

type App = Awaited<ReturnType<typeof openApp>>;
type Call = App['call'];
type Versioned = { version: number };

/** The demo (schools, team, plan, EPIC series, mentoring pairs with sessions) in English. */
async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  return app;
}

const firstSchool = async (call: Call) => (await call<{ items: SchoolSummary[] }>('schools.list')).items[0] as SchoolSummary;
const plan2023 = (call: Call) => call<Plan>('plan.get', { year: 2023 });
const openPair = async (call: Call, withSessions: boolean) => {
  const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
  const summary = board.mentors.flatMap((m) => m.assignments).find((a) => a.sessionsHeld > 0 === withSessions);
  return call<Assignment>('assignments.get', { id: summary?.id });
};
async function newVisit(call: Call) {
  const [school, team, purposes] = await Promise.all([firstSchool(call), call<TeamMember[]>('team.list'), call<CodedEntry[]>('visits.purposes')]);
  return call<Visit>('visits.create', {
    schoolId: school.id,
    date: todayLocal(),
    purposeId: purposes[0]?.id,
    officerIds: [team[1]?.id],
    findings: 'Reading corners in every class.',
    nextSteps: [{ text: 'Share the reading plan', owner: 'Head' }],
  });
}

/**
 * One case per save that changes a record the UI edits as a whole: a valid input read from the record (with
 * its version, one field changed), where the version sits in that input, and how to read the record again.
 */
type Case = { field?: string; stale?: RegExp; setup: (call: Call) => Promise<{ input: Record<string, unknown>; get: () => Promise<Versioned> }> };
const cases: Record<string, Case> = {
  'schools.update': {
    setup: async (call) => {
      const { id } = await firstSchool(call);
      const s = await call<School>('schools.get', { id });
      return { input: { ...s, notes: 'Renovated library.' }, get: () => call<School>('schools.get', { id }) };
    },
  },
  'profile.update': {
    setup: async (call) => ({ input: { ...(await call<ClusterProfile>('profile.get')), mission: 'Every child reads.' }, get: () => call<ClusterProfile>('profile.get') }),
  },
  'team.save': {
    field: 'members.0.version',
    setup: async (call) => {
      const team = await call<TeamMember[]>('team.list');
      const get = async () => {
        const list = await call<TeamMember[]>('team.list');
        return { version: list[0]?.version as number, list };
      };
      return { input: { members: team.map((m, i) => (i === 0 ? { ...m, phone: '+673 222 1111' } : m)) }, get };
    },
  },
  'initiatives.update': {
    setup: async (call) => {
      const i = (await plan2023(call)).initiatives[0];
      return { input: { ...i, objectives: 'Every school joins.' }, get: async () => (await plan2023(call)).initiatives.find((x) => x.id === i?.id) as Versioned };
    },
  },
  'lanes.update': {
    setup: async (call) => {
      const lane = (await plan2023(call)).initiatives[0]?.lanes[0];
      const get = async () => (await plan2023(call)).initiatives.flatMap((i) => i.lanes).find((l) => l.id === lane?.id) as Versioned;
      return { input: { id: lane?.id, version: lane?.version, name: 'Main line' }, get };
    },
  },
  'phases.update': {
    setup: async (call) => {
      const phase = (await plan2023(call)).initiatives[0]?.lanes[0]?.phases[0];
      const get = async () => (await plan2023(call)).initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases)).find((p) => p.id === phase?.id) as Versioned;
      return { input: { ...phase, name: `${phase?.name ?? ''} (renamed)` }, get };
    },
  },
  'events.update': {
    setup: async (call) => {
      const { occurrences } = await call<{ occurrences: Occurrence[] }>('events.list', { from: '2023-02-01', to: '2023-02-01' });
      const id = occurrences.find((o) => o.title === 'EPIC')?.seriesId;
      const e = await call<CalendarEvent>('events.get', { id });
      return { input: { ...e, place: 'SM PDSM hall' }, get: () => call<CalendarEvent>('events.get', { id }) };
    },
  },
  'periods.update': {
    setup: async (call) => {
      const p = await call<CalendarPeriod>('periods.create', { kind: 'holiday', name: 'Hari Raya', start: '2023-04-22', end: '2023-04-24' });
      const get = async () => (await call<CalendarPeriod[]>('periods.list', { year: 2023 })).find((x) => x.id === p.id) as Versioned;
      return { input: { ...p, name: 'Hari Raya Aidilfitri' }, get };
    },
  },
  'exams.update': {
    setup: async (call) => {
      const x = await call<Exam>('exams.create', { name: 'PSR', date: '2023-09-25' });
      const get = async () => (await call<Exam[]>('exams.list', { year: 2023 })).find((e) => e.id === x.id) as Versioned;
      return { input: { ...x, date: '2023-09-26' }, get };
    },
  },
  'assignments.update': {
    setup: async (call) => {
      const a = await openPair(call, false);
      const focus = a.focus.map((f) => ({ competencyId: f.competencyId, baseline: f.baseline, target: f.target }));
      const input = { id: a.id, version: a.version, mentorId: a.mentor.id, schedule: a.schedule, startDate: a.startDate, endDate: a.endDate, status: a.status, appointedOn: a.appointedOn, referenceNo: a.referenceNo, goals: 'Lead the reading programme.', focus };
      return { input, get: () => call<Assignment>('assignments.get', { id: a.id }) };
    },
  },
  'assignments.end': {
    // Ending twice says the more useful thing; an old copy of an open pair is covered below.
    stale: /This pair has already ended\./,
    setup: async (call) => {
      const a = await openPair(call, false);
      return { input: { id: a.id, version: a.version, status: 'withdrawn', endedOn: todayLocal(), note: 'Transferred' }, get: () => call<Assignment>('assignments.get', { id: a.id }) };
    },
  },
  'sessions.update': {
    setup: async (call) => {
      const a = await openPair(call, true);
      const s = a.sessions[0];
      const get = async () => (await call<Assignment>('assignments.get', { id: a.id })).sessions.find((x) => x.id === s?.id) as Versioned;
      return { input: { ...s, topics: 'School improvement plan' }, get };
    },
  },
  'competencies.save': {
    setup: async (call) => {
      const c = (await call<CodedEntry[]>('competencies.list'))[0];
      return { input: { ...c, nameEn: 'Leading the direction of the school' }, get: async () => (await call<CodedEntry[]>('competencies.list'))[0] as Versioned };
    },
  },
  'visits.savePurpose': {
    setup: async (call) => {
      const p = (await call<CodedEntry[]>('visits.purposes'))[0];
      return { input: { ...p, nameEn: 'Whole-school visit' }, get: async () => (await call<CodedEntry[]>('visits.purposes'))[0] as Versioned };
    },
  },
  'rubric.save': {
    setup: async (call) => {
      const c = (await call<CodedEntry[]>('rubric.list'))[0];
      return { input: { ...c, nameEn: 'Planning' }, get: async () => (await call<CodedEntry[]>('rubric.list'))[0] as Versioned };
    },
  },
  'visits.update': {
    setup: async (call) => {
      const v = await newVisit(call);
      return { input: { ...v, findings: 'Reading corners in most classes.' }, get: () => call<Visit>('visits.get', { id: v.id }) };
    },
  },
  'observations.save': {
    setup: async (call) => {
      const v = await call<Visit>('observations.save', { visitId: (await newVisit(call)).id, teacher: 'Cikgu Aminah', subject: 'English' });
      const get = async () => (await call<Visit>('visits.get', { id: v.id })).observations[0] as Versioned;
      return { input: { ...v.observations[0], visitId: v.id, subject: 'Mathematics' }, get };
    },
  },
  'termReports.save': {
    setup: async (call) => {
      const key = { schoolId: (await firstSchool(call)).id, year: 2023, term: 1 };
      const saved = await call<TermReportText>('termReports.save', { ...key, version: 0, narrative: 'Good progress.' });
      return { input: { ...saved, narrative: 'Very good progress.' }, get: () => call<TermReportText>('termReports.get', key) };
    },
  },
};

/** A copy of the input without the version at `field` (a dotted path). */
function withoutVersion(input: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = structuredClone(input);
  const path = field.split('.');
  const last = path.pop() as string;
  const parent = path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
  delete parent[last];
  return copy;
}

describe('record versions through the contract', () => {
  it('has a case for every update method', () => {
    const updates = methods.filter((m) => m.endsWith('.update'));
    expect(updates.length).toBeGreaterThanOrEqual(11);
    for (const m of updates) expect(cases, m).toHaveProperty([m]);
  });

  for (const [method, c] of Object.entries(cases)) {
    it(`${method}: requires the version, moves it on by one, and refuses the old one changing nothing`, async () => {
      const { call, dispatch } = await demoApp();
      const { input, get } = await c.setup(call);
      const before = await get();
      const field = c.field ?? 'version';

      const missing = await dispatch(method, withoutVersion(input, field));
      expect(missing, `${method} without ${field}`).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
      expect(await get()).toEqual(before);

      await call(method, input);
      const after = await get();
      expect(after.version).toBe(before.version + 1);

      // The same save again comes from the copy read before the first one: refused, and nothing changes.
      const stale = await failure(call(method, input));
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toMatch(c.stale ?? /was changed by someone else since you opened it\. Reload it to see the changes; your input is kept\./);
      expect(await get()).toEqual(after);
    });
  }

  it('says so in Bahasa Melayu by default', async () => {
    const { call } = await openApp();
    const p = await call<ClusterProfile>('profile.get');
    await call('profile.update', { ...p, name: 'Kluster 9' });
    const stale = await failure(call('profile.update', { ...p, name: 'Kluster 10' }));
    expect(stale).toEqual({ code: 'CONFLICT', field: 'version', message: 'Profil kluster ini telah diubah oleh orang lain sejak anda membukanya. Muat semula untuk melihat perubahan itu; input anda dikekalkan.' });
  });

  it('refuses to end a pair from a copy read before its last change', async () => {
    const { call } = await demoApp();
    const a = await openPair(call, false);
    const changed = await call<Assignment>('assignments.update', {
      id: a.id, version: a.version, mentorId: a.mentor.id, schedule: 'weekly', startDate: a.startDate, endDate: a.endDate, status: a.status, appointedOn: a.appointedOn, referenceNo: a.referenceNo, goals: a.goals,
      focus: a.focus.map((f) => ({ competencyId: f.competencyId, baseline: f.baseline, target: f.target })),
    });
    const err = await failure(call('assignments.end', { id: a.id, version: a.version, status: 'completed', endedOn: todayLocal() }));
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('This mentoring pair was changed by someone else') as string });
    expect(await call('assignments.get', { id: a.id })).toEqual(changed);
  });

  it('answers NOT_FOUND, not CONFLICT, for a record that is gone', async () => {
    const { call } = await demoApp();
    const x = await call<Exam>('exams.create', { name: 'PSR', date: '2023-09-25' });
    await call('exams.delete', { id: x.id });
    expect((await failure(call('exams.update', { ...x }))).code).toBe('NOT_FOUND');
  });
});

describe('a stale save through the services changes nothing', () => {
  it('a school: neither its fields nor its leaders', async () => {
    const { call, ctx } = await openApp(undefined, { language: 'en' });
    const s = await call<School>('schools.create', {
      name: 'Sekolah Rendah Alpha',
      abbreviation: 'SR A',
      level: 'primary',
      leaders: [{ role: 'head', name: 'Hajah Aminah' }, { role: 'deputy', name: 'Awang Bakar' }],
    });
    // Another user renames the head.
    const theirs = await call<School>('schools.update', { ...s, leaders: [{ ...s.leaders[0], name: 'Hajah Aminah binti Ali' }, s.leaders[1]] });
    expect(theirs.version).toBe(s.version + 1);

    // This user, still on the first copy, drops the deputy, adds one and renames the school.
    const [head] = s.leaders;
    if (!head) throw new Error('The school has no head');
    const stale = { ...s, name: 'Sekolah Rendah Alpha Baru', leaders: [head, { role: 'deputy' as const, name: 'Dayang Siti', title: '', appointedOn: null }] };
    expect((await failure(updateSchool(ctx.db(), stale))).code).toBe('CONFLICT');
    expect(await call<School>('schools.get', { id: s.id })).toEqual(theirs);
    const deputies = await ctx.db().selectFrom('people').select(['name', 'archived_at']).where('school_id', '=', s.id).where('leader_role', '=', 'deputy').execute();
    expect(deputies).toEqual([{ name: 'Awang Bakar', archived_at: null }]);

    // Reloaded, the same change applies cleanly.
    const applied = await updateSchool(ctx.db(), { ...stale, version: theirs.version });
    expect(applied).toMatchObject({ name: 'Sekolah Rendah Alpha Baru', version: theirs.version + 1 });
    expect(applied.leaders.map((l) => l.name)).toEqual(['Hajah Aminah', 'Dayang Siti']);
  });

  it('a visit: neither its fields, officers nor next steps', async () => {
    const { call, ctx } = await demoApp();
    const v = await newVisit(call);
    const theirs = await call<Visit>('visits.update', { ...v, findings: 'Updated by the head of cluster.' });
    const team = await call<TeamMember[]>('team.list');
    const stale = { ...v, officerIds: [team[2]?.id as number], findings: 'Mine', nextSteps: [{ text: 'A different step', owner: '', dueDate: null, sipActionId: null, sipTargetId: null, aspectIds: [] }] };
    expect((await failure(updateVisit(ctx.db(), stale))).code).toBe('CONFLICT');
    expect(await call<Visit>('visits.get', { id: v.id })).toEqual(theirs);
    expect(theirs.nextSteps.map((n) => n.text)).toEqual(['Share the reading plan']);
  });

  it('a visit moves on when one of its next steps is closed, so a form still holding it is refused', async () => {
    const { call } = await demoApp();
    const v = await newVisit(call);
    await call('nextSteps.close', { id: v.nextSteps[0]?.id, closedOn: todayLocal(), note: 'Shared at the staff meeting' });
    const after = await call<Visit>('visits.get', { id: v.id });
    expect(after.version).toBe(v.version + 1);
    // The old form would have deleted the step along with its closing note.
    expect((await failure(call('visits.update', { ...v, nextSteps: [] }))).code).toBe('CONFLICT');
    expect((await call<Visit>('visits.get', { id: v.id })).nextSteps[0]).toMatchObject({ closedNote: 'Shared at the staff meeting' });
    await call('nextSteps.reopen', { id: v.nextSteps[0]?.id });
    expect((await call<Visit>('visits.get', { id: v.id })).version).toBe(after.version + 1);
  });

  it('a phase: consecutive moves with the version each one returns, an old one refused', async () => {
    const { call, ctx } = await demoApp();
    const phase = (await plan2023(call)).initiatives[0]?.lanes[0]?.phases[0];
    if (!phase) throw new Error('The demo plan has no phase');
    const find = (p: Plan) => p.initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases)).find((x) => x.id === phase.id);
    // Two drags and an undo, each sending the version the one before left.
    const one = find((await updatePhase(ctx.db(), { ...phase, name: phase.name, start: phase.start, end: phase.end })).plan);
    expect(one?.version).toBe(phase.version + 1);
    const two = find((await call<PlanChange>('phases.update', { ...one, name: `${phase.name} and review` })).plan);
    expect(two).toMatchObject({ name: `${phase.name} and review`, version: phase.version + 2 });
    const undone = find((await call<PlanChange>('phases.update', { ...phase, version: two?.version })).plan);
    expect(undone).toMatchObject({ name: phase.name, version: phase.version + 3 });
    // A drag from a page that never saw those changes.
    const err = await failure(updatePhase(ctx.db(), { ...phase, name: 'Moved elsewhere' }));
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('This phase was changed') as string });
    expect(find(await plan2023(call))).toEqual(undone);
  });
});

describe('a file from before versions', () => {
  it('starts every record at version 1, and its first save moves it to 2', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cluster-office.sqlite');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    const old = await openDatabase(file, { migrations: before });
    old.sqlite.prepare(`INSERT INTO schools (number, name, abbreviation, level) VALUES (1, 'Sekolah Rendah Alpha', 'SR A', 'primary')`).run();
    old.sqlite.prepare(`INSERT INTO people (name, school_id, leader_role) VALUES ('Hajah Aminah', 1, 'head')`).run();
    old.sqlite.prepare(`INSERT INTO term_reports (school_id, year, term, narrative) VALUES (1, 2024, 1, 'Good progress.')`).run();
    await old.db.destroy();

    const { call } = await openApp(dir);
    const s = await call<School>('schools.get', { id: 1 });
    expect(s).toMatchObject({ name: 'Sekolah Rendah Alpha', version: 1, leaders: [{ name: 'Hajah Aminah' }] });
    expect(await call('profile.get')).toMatchObject({ version: 1 });
    expect(await call('termReports.get', { schoolId: 1, year: 2024, term: 1 })).toMatchObject({ narrative: 'Good progress.', version: 1 });
    expect(await call('schools.update', { ...s, notes: 'Migrated.' })).toMatchObject({ notes: 'Migrated.', version: 2 });
  });
});
