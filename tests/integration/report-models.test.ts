import { describe, expect, it } from 'vitest';
import { loadSchoolRosterModel } from '../../electron/services/schools/roster-model';
import { loadVisitReportModel } from '../../electron/services/visits/visit-report-model';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import type { ListEntry, Visit } from '../../shared/visits/types';
import { openApp } from '../helpers/tmp';
import { counted } from '../helpers/counted';

async function demoApp() {
  const app = await openApp();
  await app.call('demo.load');
  return app;
}

describe('the school roster model', () => {
  it('signs as Settings say: a checker adds a line, another approver replaces the cluster head', async () => {
    const { ctx, call } = await demoApp();
    const team = await call<TeamMember[]>('team.list');
    const officer = team.find((m) => m.role === 'officer') as TeamMember;
    const assistant = team.find((m) => m.role === 'assistant_head') as TeamMember;
    await call('documents.setSignatories', { checkedById: officer.id, approvedById: assistant.id, alternateId: null });
    const m = await loadSchoolRosterModel(ctx.db(), 'ms', '2024-03-01');
    expect(m.signOff.map((s) => [s.role, s.name, s.post[0]])).toEqual([
      ['prepared', 'Rosnani binti Zalani', 'Kerani'],
      ['checked', officer.name, 'Kumpulan Kerja'],
      ['approved', assistant.name, 'Penolong Ketua Kluster'],
    ]);
  });
  it('numbers the demo schools by level, counts them and names who signs, in a fixed number of queries', async () => {
    const { ctx, call } = await demoApp();
    const first = counted(ctx.db());
    const m = await loadSchoolRosterModel(first.db, 'en', '2024-03-01');

    // Kluster 2: 1 sixth-form centre, 7 secondary and 18 primary schools, numbered 1..26 in that order.
    expect(m.groups.map((g) => [g.level, g.schools.length])).toEqual([
      ['sixth_form', 1],
      ['secondary', 7],
      ['primary', 18],
    ]);
    expect(m.counts).toEqual({ sixth_form: 1, secondary: 7, primary: 18, other: 0 });
    const all = m.groups.flatMap((g) => g.schools);
    expect(all.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(all[0]?.abbreviation).toBe('PTM');
    expect(all[25]?.abbreviation).toBe('SR OKBI');
    expect(m.letterhead).toMatchObject({ clusterName: 'Kluster 2', date: '2024-03-01', language: 'en', preparedBy: { name: 'Rosnani binti Zalani', post: 'Clerk' } });
    expect(m.signOff).toEqual([
      { role: 'prepared', name: 'Rosnani binti Zalani', post: ['Clerk'], date: '2024-03-01' },
      { role: 'approved', name: 'Hjh Sarifah binti Hj Matsawali', post: ['Cluster Head', 'Kluster 2'], date: null },
    ]);

    // Archive a secondary school and name a head: 25 schools, renumbered, and not one query more.
    const { items } = await call<{ items: SchoolSummary[] }>('schools.list', { sort: 'level' });
    const secondary = items.filter((s) => s.level === 'secondary');
    await call('schools.archive', { id: secondary[0]?.id });
    const second = counted(ctx.db());
    const after = await loadSchoolRosterModel(second.db, 'ms', '2024-03-01');
    expect(after.counts.secondary).toBe(6);
    expect(after.groups.flatMap((g) => g.schools).map((s) => s.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(after.signOff[0]?.post).toEqual(['Kerani']);
    expect(second.seen.queries).toBe(first.seen.queries);
    expect(first.seen.queries).toBeGreaterThan(0);
    // Profile, logo, team, the signatories setting, the schools.
    expect(first.seen.queries).toBeLessThanOrEqual(5);
  });
});

describe('the visit report model', () => {
  async function withVisit(status: 'done' | 'planned') {
    const app = await demoApp();
    const { call } = app;
    const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
    const team = await call<TeamMember[]>('team.list');
    const purposes = await call<ListEntry[]>('visits.purposes');
    const criteria = await call<ListEntry[]>('rubric.list');
    const hms = schools.find((s) => s.abbreviation === 'SR HMS') as SchoolSummary;
    const officer = team.find((m) => m.role === 'officer') as TeamMember;
    const head = team.find((m) => m.role === 'cluster_head') as TeamMember;
    const visit = await call<Visit>('visits.create', {
      schoolId: hms.id,
      date: '2024-01-17',
      purposeId: purposes.find((p) => p.code === 'observation')?.id,
      status,
      officerIds: [officer.id, head.id],
      findings: status === 'done' ? 'Sudut bacaan diwujudkan.' : '',
      nextSteps: [{ text: 'Kongsi pelan bacaan', owner: 'Guru Besar', dueDate: '2024-01-31' }],
    });
    if (status === 'done') {
      await call('observations.save', {
        visitId: visit.id,
        teacher: 'Cikgu Noraini',
        className: '6 Cempaka',
        subject: 'Matematik',
        ratings: [
          { criterionId: criteria[1]?.id, rating: 1 },
          { criterionId: criteria[0]?.id, rating: 4 },
        ],
      });
    }
    return { ...app, visit, officer, head, criteria, hms };
  }

  it('holds the visit, its officers with their posts, named ratings and the officers and head of school as signers', async () => {
    const { ctx, call, visit, officer, head, criteria, hms } = await withVisit('done');
    const c = counted(ctx.db());
    const m = await loadVisitReportModel(c.db, visit.id, 'en', '2024-03-01');
    expect(m.visit).toMatchObject({ id: visit.id, date: '2024-01-17', status: 'done', purpose: 'Lesson observation', findings: 'Sudut bacaan diwujudkan.' });
    expect(m.school).toEqual({ name: 'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching', abbreviation: 'SR HMS', level: 'primary' });
    // Officers in the visit's recorded order (the team's order), with their posts in English.
    expect(m.officers).toEqual(
      expect.arrayContaining([
        { name: officer.name, post: 'Working Group Officer' },
        { name: head.name, post: 'Cluster Head' },
      ]),
    );
    expect(m.officers).toHaveLength(2);
    expect(m.observations).toHaveLength(1);
    expect(m.observations[0]?.ratings.map((r) => [r.criterion, r.rating]).sort()).toEqual(
      [
        [criteria[0]?.nameEn, 4],
        [criteria[1]?.nameEn, 1],
      ].sort(),
    );
    expect(m.nextSteps).toEqual([{ text: 'Kongsi pelan bacaan', owner: 'Guru Besar', dueDate: '2024-01-31', closedOn: null, closedNote: '' }]);
    const schoolHead = (await call<{ leaders: { role: string; name: string }[] }>('schools.get', { id: hms.id })).leaders.find((l) => l.role === 'head');
    expect(m.signOff.map((s) => [s.role, s.name])).toEqual([...m.officers.map((o) => ['prepared', o.name]), ['acknowledged', schoolHead?.name]]);
    expect(m.signOff.at(-1)?.post).toEqual(['Guru Besar', 'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching']);
    // A fixed number whatever the visit holds: the visit's own read brings its WSE aspect tags in three.
    expect(c.seen.queries).toBeLessThanOrEqual(15);
  });

  it('has a planned visit approved by the cluster head instead', async () => {
    const { ctx, visit, head } = await withVisit('planned');
    const m = await loadVisitReportModel(ctx.db(), visit.id, 'ms', '2024-01-01');
    expect(m.visit.status).toBe('planned');
    expect(m.signOff.at(-1)).toEqual({ role: 'approved', name: head.name, post: ['Ketua Kluster', 'Kluster 2'], date: null });
    expect(m.signOff.filter((s) => s.role === 'prepared')).toHaveLength(2);
  });
});
