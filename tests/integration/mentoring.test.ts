import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/dates';
import type { AppStatus } from '../../shared/domain';
import { addDays } from '../../shared/plan/calendar-dates';
import type { Assignment, Competency, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function demo() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const people = await app.call<MentoringPerson[]>('mentoring.people');
  const competencies = await app.call<Competency[]>('competencies.list');
  const team = people.filter((p) => p.teamRole !== null);
  const leaders = people.filter((p) => p.leaderRole !== null);
  const board = () => app.call<MentoringBoard>('mentoring.board', { year: 2023 });
  const focus = [{ competencyId: competencies[0]?.id, baseline: 2, target: 4 }];
  return { ...app, people, competencies, team, leaders, board, focus };
}

describe('the demo programme', () => {
  it('pairs 16 newly appointed leaders with the team, every name marked as demo', async () => {
    const { board, team } = await demo();
    const b = await board();
    const pairs = b.mentors.flatMap((m) => m.assignments);
    expect(pairs).toHaveLength(16);
    expect(pairs.every((p) => p.mentee.newlyAppointed && p.mentee.name.endsWith('(demo)') && p.status === 'active')).toBe(true);
    expect(new Set(pairs.map((p) => p.mentee.id)).size).toBe(16);
    expect(pairs.every((p) => team.some((t) => t.id === p.mentor.id))).toBe(true);
    // By mid-year monthly pairs have met 4 times (5 for the two that also met on 22 March) and fortnightly ones 9;
    // two pairs stopped in spring (2 and 5 sessions) and two have not met.
    expect(pairs.map((p) => p.sessionsHeld).sort((a, b) => a - b)).toEqual([0, 0, 2, 4, 4, 4, 5, 5, 5, 9, 9, 9, 9, 9, 9, 9]);
    expect(b.loadLimit).toBe(3);
    expect(b.mentors.filter((m) => m.overLimit)).toEqual([]);
  });
});

describe('pairing rules', () => {
  it('refuses a second open mentor for a mentee in the same year, and allows one after ending the first', async () => {
    const { call, board, team, focus } = await demo();
    const first = (await board()).mentors[0]?.assignments[0] as Assignment;
    const other = team.find((t) => t.id !== first.mentor.id) as MentoringPerson;
    const input = { year: 2023, mentorId: other.id, menteeId: first.mentee.id, schedule: 'fortnightly', focus };
    expect(await failure(call('assignments.create', input))).toEqual({
      code: 'VALIDATION',
      field: 'menteeId',
      message: `${first.mentee.name} already has a mentor for 2023: ${first.mentor.name} (active). End or withdraw that pairing first.`,
      errors: [{ field: 'menteeId', message: `${first.mentee.name} already has a mentor for 2023: ${first.mentor.name} (active). End or withdraw that pairing first.` }],
    });
    // Another programme year is another matter.
    expect((await call<Assignment>('assignments.create', { ...input, year: 2024 })).status).toBe('proposed');

    const ended = await call<Assignment>('assignments.end', { id: first.id, version: first.version, status: 'withdrawn', endedOn: '2023-05-02', note: 'Transferred' });
    expect(ended).toMatchObject({ status: 'withdrawn', endedOn: '2023-05-02', endNote: 'Transferred' });
    expect(ended.sessionsHeld).toBe(first.sessionsHeld);
    const second = await call<Assignment>('assignments.create', input);
    expect(second.mentor.id).toBe(other.id);
    const b = await board();
    expect(b.ended.map((p) => p.id)).toEqual([first.id]);
    expect(ended.version).toBe(first.version + 1);
    // An ended pair is history: even with its current version it is not changed.
    expect(await failure(call('assignments.update', { id: first.id, version: ended.version, mentorId: other.id, schedule: 'weekly', focus }))).toMatchObject({ code: 'CONFLICT', message: 'This pair has ended; its record is kept as it was.' });
    expect(await failure(call('assignments.delete', { id: first.id }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('the file itself refuses a second open pair written around the service', async () => {
    const { call, board, team } = await demo();
    const first = (await board()).mentors[0]?.assignments[0] as Assignment;
    const { databasePath } = await call<AppStatus>('app.status');
    const raw = new Database(databasePath);
    const other = team.find((t) => t.id !== first.mentor.id) as MentoringPerson;
    expect(() =>
      raw.prepare(`INSERT INTO mentoring_assignments (year, mentor_id, mentee_id, schedule, status) VALUES (2023, ?, ?, 'weekly', 'proposed')`).run(other.id, first.mentee.id),
    ).toThrow(/UNIQUE/);
    raw.close();
  });

  it('shows a mentor over the load limit, flags a mentor from the mentee\'s own school, and checks who may mentor', async () => {
    const { call, board, team, leaders, focus } = await demo();
    const free = (await board()).unassigned;
    const mentor = team[0] as MentoringPerson;
    const before = (await board()).mentors.find((m) => m.mentor.id === mentor.id)?.load ?? 0;
    for (const mentee of free.slice(0, 4 - before)) await call('assignments.create', { year: 2023, mentorId: mentor.id, menteeId: mentee.id, schedule: 'monthly', focus });
    let load = (await board()).mentors.find((m) => m.mentor.id === mentor.id);
    expect(load).toMatchObject({ load: 4, overLimit: true });
    await call('mentoring.setLoadLimit', { limit: 4 });
    load = (await board()).mentors.find((m) => m.mentor.id === mentor.id);
    expect(load).toMatchObject({ load: 4, overLimit: false });

    // A school leader may mentor only when marked experienced; one from the mentee's school is flagged.
    const rest = (await board()).unassigned;
    const mentee = rest.find((p) => rest.some((q) => q.id !== p.id && q.schoolId === p.schoolId)) ?? rest[0];
    const colleague = leaders.find((l) => l.schoolId === mentee?.schoolId && l.id !== mentee?.id) as MentoringPerson;
    expect(colleague).toBeDefined();
    const input = { year: 2023, mentorId: colleague.id, menteeId: mentee?.id, schedule: 'monthly', focus };
    if (!colleague.canMentor) {
      expect(await failure(call('assignments.create', input))).toMatchObject({ field: 'mentorId' });
      await call('mentoring.setPerson', { personId: colleague.id, newlyAppointed: false, canMentor: true });
    }
    expect((await call<Assignment>('assignments.create', input)).sameSchool).toBe(true);
    expect(await failure(call('assignments.create', { ...input, mentorId: mentee?.id, year: 2025 }))).toMatchObject({ field: 'mentorId' });
    expect(await failure(call('assignments.create', { ...input, menteeId: mentor.id, year: 2025 }))).toMatchObject({ field: 'menteeId', message: 'Choose the mentee from the school leaders.' });
  });

  it('checks levels, focus and appointment details at their fields', async () => {
    const { call, board, team, competencies } = await demo();
    const mentee = (await board()).unassigned[0] as MentoringPerson;
    const base = { year: 2023, mentorId: team[1]?.id, menteeId: mentee.id, schedule: 'fortnightly' };
    const c = competencies[1]?.id;
    const cases: [object, string, string][] = [
      [{ focus: [] }, 'focus', 'Choose at least one focus competency'],
      [{ focus: [{ competencyId: c, baseline: 4, target: 3 }] }, 'focus.0.target', 'The target cannot be below the baseline'],
      [{ focus: [{ competencyId: c, baseline: 0, target: 3 }] }, 'focus.0.baseline', 'Levels are 1 to 5'],
      [{ focus: [{ competencyId: c, baseline: 2, target: 4 }, { competencyId: c, baseline: 1, target: 4 }] }, 'focus', 'A competency is chosen twice'],
      [{ focus: [{ competencyId: c, baseline: 2, target: 4 }], status: 'appointed' }, 'appointedOn', 'An appointed pair needs its appointment date'],
      [{ focus: [{ competencyId: c, baseline: 2, target: 4 }], status: 'appointed', appointedOn: '2023-02-15' }, 'referenceNo', 'An appointed pair needs the appointment reference number'],
      [{ focus: [{ competencyId: c, baseline: 2, target: 4 }], startDate: '2023-06-01', endDate: '2023-03-01' }, 'endDate', 'The end date is before the start date'],
    ];
    for (const [extra, field, message] of cases) {
      const e = await failure(call('assignments.create', { ...base, ...extra }));
      expect(e, field).toMatchObject({ code: 'VALIDATION', field, message });
      expect(e.errors, field).toContainEqual({ field, message });
    }
    expect((await board()).unassigned.map((p) => p.id)).toContain(mentee.id);
  });
});

describe('sessions, actions and progress', () => {
  it('logs a session, suggests the next from the schedule, and the overdue pair becomes on track', async () => {
    const { call, board, competencies } = await demo();
    const pair = (await board()).mentors.flatMap((m) => m.assignments).find((p) => p.sessionsHeld === 0 && p.schedule === 'fortnightly') as Assignment;
    expect(pair.overdue).toBe(true); // the demo is from 2023
    expect(pair.nextSessionDate).toBe('2023-03-01');
    const today = todayLocal();
    const logged = await call<Assignment>('sessions.create', {
      assignmentId: pair.id,
      date: today,
      durationMinutes: 90,
      mode: 'online',
      topics: 'Targets',
      actions: [{ text: 'Share the SIP draft', dueDate: addDays(today, 7) }],
    });
    expect(logged).toMatchObject({ sessionsHeld: 1, lastSessionDate: today, overdue: false, openActions: 1, nextSessionDate: addDays(today, 14) });
    const agreed = await call<Assignment>('sessions.update', { id: logged.sessions[0]?.id, version: logged.sessions[0]?.version, date: today, durationMinutes: 90, mode: 'online', nextDate: addDays(today, 10), actions: logged.sessions[0]?.actions });
    expect(agreed.nextSessionDate).toBe(addDays(today, 10));
    const done = await call<Assignment>('actions.setDone', { id: agreed.sessions[0]?.actions[0]?.id, doneOn: today });
    expect(done.openActions).toBe(0);

    expect(await failure(call('sessions.create', { assignmentId: pair.id, date: addDays(today, 1), durationMinutes: 60, mode: 'visit' }))).toMatchObject({ field: 'date' });
    expect(await failure(call('sessions.create', { assignmentId: pair.id, date: '2023-02-01', durationMinutes: 60, mode: 'visit' }))).toMatchObject({ field: 'date', message: 'The pair starts on 2023-03-01.' });
    expect(await failure(call('sessions.create', { assignmentId: pair.id, date: today, durationMinutes: 60, mode: 'visit', nextDate: today }))).toMatchObject({ field: 'nextDate' });

    // Progress: the latest assessment is the current level.
    const f = pair.focus[0];
    const assessed = await call<Assignment>('assessments.create', { assignmentId: pair.id, competencyId: f?.competencyId, date: today, level: 4, evidence: 'Led the staff meeting' });
    expect(assessed.focus[0]).toMatchObject({ baseline: f?.baseline, target: 4, current: 4 });
    const notFocus = competencies.find((c) => !pair.focus.some((x) => x.competencyId === c.id));
    expect(await failure(call('assessments.create', { assignmentId: pair.id, competencyId: notFocus?.id, date: today, level: 3 }))).toMatchObject({ field: 'competencyId' });
  });

  it('refuses sessions on a proposal and starts an appointed pair at its first session', async () => {
    const { call, board, team, focus } = await demo();
    const mentee = (await board()).unassigned[0] as MentoringPerson;
    const p = await call<Assignment>('assignments.create', { year: 2023, mentorId: team[2]?.id, menteeId: mentee.id, schedule: 'weekly', focus, startDate: '2023-04-03' });
    const session = { assignmentId: p.id, date: '2023-04-05', durationMinutes: 45, mode: 'meeting' };
    expect(await failure(call('sessions.create', session))).toMatchObject({ code: 'CONFLICT', message: 'Appoint the pair before logging sessions.' });
    const appointed = await call<Assignment>('assignments.update', { id: p.id, version: p.version, mentorId: team[2]?.id, schedule: 'weekly', focus, startDate: '2023-04-03', status: 'appointed', appointedOn: '2023-03-30', referenceNo: 'KL2/MC/2023/99' });
    const started = await call<Assignment>('sessions.create', session);
    expect(started.status).toBe('active');
    // Starting the pair changed its status, a field of its form: a form still holding "appointed" is out of date.
    expect(started.version).toBe(appointed.version + 1);
    expect(started.sessionsPlanned).toBeGreaterThan(20);
    expect(await failure(call('assignments.delete', { id: p.id }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('on the event calendar', () => {
  it('shows sessions held and the next planned session, in the mentoring initiative\'s colour, filtered by officer', async () => {
    const { call, board } = await demo();
    const pairs = (await board()).mentors.flatMap((m) => m.assignments);
    type Listing = { occurrences: { kind: string; start: string; title: string; initiativeCode: string | null; personIds: number[] }[] };
    const march = (await call<Listing>('events.list', { from: '2023-03-01', to: '2023-03-31' })).occurrences.filter((o) => o.kind === 'session');
    const held = march.filter((o) => !o.title.endsWith('(planned)'));
    // Every pair that has met began on 8 March; the eight fortnightly ones and two monthly ones met again on 22 March.
    expect(held.map((o) => o.start).sort()).toEqual([...Array<string>(14).fill('2023-03-08'), ...Array<string>(10).fill('2023-03-22')]);
    expect(new Set(march.map((o) => o.initiativeCode))).toEqual(new Set(['MENTORING & COACHING']));
    const planned = march.filter((o) => o.title.endsWith('(planned)'));
    expect(planned.length).toBe(pairs.filter((p) => p.sessionsHeld === 0).length);
    const mentor = pairs[0]?.mentor.id as number;
    const mine = (await call<Listing>('events.list', { from: '2023-03-01', to: '2023-03-31', personIds: [mentor] })).occurrences;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o) => o.personIds.includes(mentor))).toBe(true);
  });
});

describe('competencies', () => {
  it('starts with the documented defaults and can be extended and archived', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const list = await call<Competency[]>('competencies.list');
    expect(list.map((c) => c.code)).toEqual(['SL1', 'SL2', 'SL3', 'SL4', 'SL5', 'SL6', 'SL7']);
    const added = await call<Competency>('competencies.save', { code: 'SL8', nameMs: 'Nilai MIB dalam kepemimpinan', nameEn: 'MIB values in leadership' });
    expect(await failure(call('competencies.save', { code: 'sl8', nameMs: 'x', nameEn: 'y' }))).toMatchObject({ field: 'code' });
    await call('competencies.setArchived', { id: added.id, archived: true });
    expect((await call<Competency[]>('competencies.list')).map((c) => c.code)).not.toContain('SL8');
    expect((await call<Competency[]>('competencies.list', { includeArchived: true })).map((c) => c.code)).toContain('SL8');
  });
});
