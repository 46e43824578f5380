/** The term reports' and the mentoring report's models on real SQLite: numbers worked out by hand, and reads counted. */
import type { Kysely, KyselyPlugin, RootOperationNode } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema';
import { loadMentoringReportModel } from '../../electron/services/mentoring/mentoring-report-model';
import { loadClusterTermReportModel } from '../../electron/services/visits/cluster-term-report-model';
import { loadSchoolTermReportModel } from '../../electron/services/visits/school-term-report-model';
import type { School, SchoolSummary, TeamMember } from '../../shared/domain';
import type { ListEntry, Visit } from '../../shared/visits/types';
import { TERM, termScenario } from '../helpers/term-scenario';
import { openApp } from '../helpers/tmp';

/** The database with the queries run through it, each as its operation tree. */
function counted(db: Kysely<DB>) {
  const seen: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      seen.push(args.node);
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  /** Queries that read a table, e.g. the calendar's terms. */
  const reading = (table: string) => seen.filter((n) => JSON.stringify(n).includes(`"name":"${table}"`)).length;
  return { db: db.withPlugin(plugin), seen, reading };
}

const AFTER_TERM = '2024-03-20';

describe('the cluster term report model', () => {
  it('counts every school, the weeks against a target of 2 and the officers, as worked out by hand', async () => {
    const { ctx, call, head, officer } = await termScenario();
    const m = await loadClusterTermReportModel(ctx.db(), 2024, 1, 'en', AFTER_TERM);
    expect(m.term).toEqual({ year: 2024, number: 1, start: TERM.start, end: TERM.end });
    expect(m.weeklyTarget).toBe(2);
    // Thursday 11 Jan to Friday 15 Mar: ten Monday-to-Sunday weeks, the first of 4 days (target ⌈2 × 4/7⌉ = 2)
    // and the last of 5 (⌈2 × 5/7⌉ = 2). Done visits: 12 Jan; 15, 17, 18 Jan; 14 Feb; 21 Feb; 6 Mar.
    expect(m.weeks.map((w) => [w.number, w.start, w.end, w.visits, w.target, w.status])).toEqual([
      [1, '2024-01-11', '2024-01-14', 1, 2, 'below'],
      [2, '2024-01-15', '2024-01-21', 3, 2, 'met'],
      [3, '2024-01-22', '2024-01-28', 0, 2, 'below'],
      [4, '2024-01-29', '2024-02-04', 0, 2, 'below'],
      // The cancelled visit of 7 Feb does not count.
      [5, '2024-02-05', '2024-02-11', 0, 2, 'below'],
      [6, '2024-02-12', '2024-02-18', 1, 2, 'below'],
      [7, '2024-02-19', '2024-02-25', 1, 2, 'below'],
      [8, '2024-02-26', '2024-03-03', 0, 2, 'below'],
      [9, '2024-03-04', '2024-03-10', 1, 2, 'below'],
      // Nor does the planned one of 13 Mar.
      [10, '2024-03-11', '2024-03-15', 0, 2, 'below'],
    ]);

    // 26 schools in roster order, numbered 1..26.
    expect(m.schools.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const row = (abbr: string) => {
      const r = m.schools.find((s) => s.abbreviation === abbr);
      return r && [r.visits, r.observations, r.stepsOpen, r.stepsOverdue, r.stepsClosed, r.narrativeWritten];
    };
    // SR HMS: 17 Jan (2 observations) and 21 Feb; steps: two open from 17 Jan (one overdue), one carried in
    // from November, one closed on 29 Jan; the one closed before the term is not the term's.
    // Every school also carries in the demo's steps of 2023 still open, all overdue by now: SR HMS, SM SSA and
    // SR MEN one each, PTM two, SR TJ three; 37 across the schools.
    expect(row('SR HMS')).toEqual([2, 2, 3 + 1, 1 + 1, 1, true]);
    expect(row('SM SSA')).toEqual([1, 1, 1 + 1, 1 + 1, 0, false]);
    expect(row('PTM')).toEqual([2, 0, 2, 2, 0, false]);
    expect(row('SR TJ')).toEqual([2, 0, 3, 3, 0, false]);
    expect(row('SR MEN')).toEqual([0, 0, 1, 1, 0, false]);
    const sum = (k: 'visits' | 'observations' | 'stepsOpen' | 'stepsOverdue' | 'stepsClosed') => m.schools.reduce((n, s) => n + s[k], 0);
    expect([sum('visits'), sum('observations'), sum('stepsOpen'), sum('stepsOverdue'), sum('stepsClosed')]).toEqual([7, 3, 4 + 37, 2 + 37, 1]);
    expect(m.weeks.reduce((n, w) => n + w.visits, 0)).toBe(sum('visits'));

    expect(m.officers).toEqual([
      { name: head.name, visits: 1 },
      { name: officer.name, visits: 7 },
    ]);
    expect([m.overview, m.highlights, m.challenges]).toEqual([
      'Penggal pertama memberi tumpuan kepada bacaan.',
      'Semua sekolah rendah mewujudkan sudut bacaan.',
      'Kekurangan guru Matematik di sekolah menengah.',
    ]);
    expect(m.signOff).toEqual([
      { role: 'prepared', name: 'Rosnani binti Zalani', post: ['Clerk'], date: AFTER_TERM },
      { role: 'approved', name: head.name, post: ['Cluster Head', 'Kluster 2'], date: null },
    ]);

    // Printed in the term's seventh week: the weeks over are judged, the rest are still open unless met.
    const during = await loadClusterTermReportModel(ctx.db(), 2024, 1, 'ms', '2024-02-20');
    expect(during.weeks.map((w) => w.status)).toEqual(['below', 'met', 'below', 'below', 'below', 'below', 'open', 'open', 'open', 'open']);
    expect(during.signOff[0]?.post).toEqual(['Kerani']);

    // Holidays in the calendar: Wednesday 24 to Sunday 28 Jan leaves week 3 two term days (target ⌈2 × 2/7⌉ = 1);
    // 26 Feb to 3 Mar takes week 8 whole; the break after the term changes nothing.
    await call('periods.create', { kind: 'holiday', name: 'Cuti A', start: '2024-01-24', end: '2024-01-28' });
    await call('periods.create', { kind: 'holiday', name: 'Cuti B', start: '2024-02-26', end: '2024-03-03' });
    await call('periods.create', { kind: 'holiday', name: 'Cuti Penggal 1', start: '2024-03-16', end: '2024-03-24' });
    const withHolidays = await loadClusterTermReportModel(ctx.db(), 2024, 1, 'en', AFTER_TERM);
    expect(withHolidays.weeks.map((w) => [w.number, w.days, w.target, w.status])).toEqual([
      [1, 4, 2, 'below'],
      [2, 7, 2, 'met'],
      [3, 2, 1, 'below'],
      [4, 7, 2, 'below'],
      [5, 7, 2, 'below'],
      [6, 7, 2, 'below'],
      [7, 7, 2, 'below'],
      [8, 0, 0, 'holiday'],
      [9, 7, 2, 'below'],
      [10, 5, 2, 'below'],
    ]);
  });

  it('reads the term once and as many times with 3 schools as with 30', async () => {
    const { ctx, call, school, officer } = await termScenario();
    const purposes = await call<ListEntry[]>('visits.purposes');
    // Four more schools, each visited and with its narrative written: 30 active schools.
    for (const n of [1, 2, 3, 4]) {
      const s = await call<School>('schools.create', { name: `Sekolah Rendah Baru ${n}`, abbreviation: `SR BARU${n}`, level: 'primary' });
      await call<Visit>('visits.create', { schoolId: s.id, date: '2024-02-01', purposeId: purposes[0]?.id, status: 'done', officerIds: [officer.id] });
      await call('termReports.save', { schoolId: s.id, year: 2024, term: 1, version: 0, narrative: `Ulasan ${n}.` });
    }
    const thirty = counted(ctx.db());
    const many = await loadClusterTermReportModel(thirty.db, 2024, 1, 'ms', AFTER_TERM);
    expect(many.schools).toHaveLength(30);
    expect(many.schools.filter((s) => s.narrativeWritten)).toHaveLength(5);
    expect(many.weeks[3]?.visits).toBe(4);
    const school30 = counted(ctx.db());
    await loadSchoolTermReportModel(school30.db, school('SR HMS').id, 2024, 1, 'ms', AFTER_TERM);

    // Archive all but three (SR HMS, SM SSA and PTM stay).
    const keep = new Set(['SR HMS', 'SM SSA', 'PTM']);
    const { items } = await call<{ items: SchoolSummary[] }>('schools.list', {});
    for (const s of items.filter((x) => !keep.has(x.abbreviation))) await call('schools.archive', { id: s.id });
    const three = counted(ctx.db());
    const few = await loadClusterTermReportModel(three.db, 2024, 1, 'ms', AFTER_TERM);
    expect(few.schools.map((s) => s.abbreviation).sort()).toEqual(['PTM', 'SM SSA', 'SR HMS']);
    const school3 = counted(ctx.db());
    await loadSchoolTermReportModel(school3.db, school('SR HMS').id, 2024, 1, 'ms', AFTER_TERM);

    expect(three.seen.length).toBe(thirty.seen.length);
    expect(school3.seen.length).toBe(school30.seen.length);
    // The term, profile, logo, team, signatories, schools, visits, officers, next steps, texts, target, holidays,
    // and the improvement section's plans and results (one read each for every school).
    expect(thirty.seen.length).toBeLessThanOrEqual(14);
    expect(thirty.reading('sips')).toBe(1);
    expect(thirty.reading('results')).toBe(1);
    // The term once, and the holidays in it.
    expect(thirty.reading('calendar_periods')).toBe(2);
    expect(thirty.reading('term_reports')).toBe(1);
    expect(school30.seen.length).toBeLessThanOrEqual(16);
    expect(school30.reading('calendar_periods')).toBe(1);
  });

  it('refuses a term that is not in the calendar', async () => {
    const { ctx } = await termScenario();
    await expect(loadClusterTermReportModel(ctx.db(), 2024, 3, 'en')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'term' });
  });
});

describe('the school term report model', () => {
  it("holds a school's leaders, its term's visits and the steps the term answers for, in the document's language", async () => {
    const { ctx, call, school, head, officer } = await termScenario();
    const hms = await call<School>('schools.get', { id: school('SR HMS').id });
    const m = await loadSchoolTermReportModel(ctx.db(), hms.id, 2024, 1, 'en', AFTER_TERM);
    const headOf = hms.leaders.find((l) => l.role === 'head');
    expect(m.school).toEqual({
      name: 'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching',
      abbreviation: 'SR HMS',
      level: 'primary',
      wseBand: hms.wseBand,
      head: { name: headOf?.name, title: headOf?.title },
      deputies: hms.leaders.filter((l) => l.role === 'deputy').map((l) => ({ name: l.name, title: l.title })),
    });
    expect(m.term).toEqual({ year: 2024, number: 1, start: TERM.start, end: TERM.end });
    // The term's two visits; the November one is not the term's.
    expect(m.visits.map((v) => [v.date, v.status, v.purpose, v.officers, v.observations])).toEqual([
      ['2024-01-17', 'done', 'Lesson observation', [head.name, officer.name], 2],
      ['2024-02-21', 'done', 'SIP consultation', [officer.name], 0],
    ]);
    // Open before closed, overdue first, then by due date (none last): the demo's step of May 2023 is the oldest.
    expect(m.nextSteps.map((s) => [s.text, s.visitDate, s.dueDate, s.closedOn])).toEqual([
      ['Demo: Kemas kini jadual intervensi 100 hari', '2023-05-02', '2023-05-16', null],
      ['Analisis data TPA dan bentangkan kepada guru', '2024-01-17', '2024-02-14', null],
      ['Adakan bengkel pembezaan Matematik', '2024-01-17', '2024-04-30', null],
      ['Langkah dibawa dari tahun lalu', '2023-11-15', null, null],
      ['Kongsi pelan bacaan dengan semua guru', '2024-01-17', '2024-01-31', '2024-01-29'],
    ]);
    expect(m.narrative).toBe('Sekolah menunjukkan kemajuan yang baik dalam program bacaan.');
    expect(m.today).toBe(AFTER_TERM);
    expect(m.signOff.map((s) => [s.role, s.name])).toEqual([
      ['prepared', 'Rosnani binti Zalani'],
      ['approved', head.name],
    ]);

    const ms = await loadSchoolTermReportModel(ctx.db(), school('SM SSA').id, 2024, 1, 'ms', AFTER_TERM);
    expect(ms.visits.map((v) => [v.date, v.status, v.purpose, v.observations])).toEqual([
      ['2024-02-07', 'cancelled', 'Lawatan sekolah', 0],
      ['2024-02-14', 'done', 'Lawatan sekolah', 1],
    ]);
    expect(ms.narrative).toBe('');
  });

  it('refuses a term that is not in the calendar, and a school that does not exist', async () => {
    const { ctx, school } = await termScenario();
    for (const [year, term] of [
      [2024, 2],
      [2025, 1],
    ] as const) {
      await expect(loadSchoolTermReportModel(ctx.db(), school('SR HMS').id, year, term, 'en'), `${year}/${term}`).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'term' });
    }
    await expect(loadSchoolTermReportModel(ctx.db(), 9999, 2024, 1, 'en')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the mentoring report model', () => {
  it('holds the demo programme as worked out by hand, and reads as often for more pairs', async () => {
    const { ctx, call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const c = counted(ctx.db());
    const m = await loadMentoringReportModel(c.db, 2023, 'en', '2023-03-31');
    const team = await call<TeamMember[]>('team.list');
    const clusterHead = team.find((t) => t.role === 'cluster_head') as TeamMember;

    // 16 pairs from 1 March: every third monthly (1 session planned by 31 March), the others fortnightly
    // (1, 15 and 29 March): 6 × 1 + 10 × 3 = 36 planned. Held, all the demo's sessions to mid-year: monthly
    // pairs 4 (5 for the first six's two, which also met on 22 March), fortnightly 9, the two stopped in spring
    // 5 and 2, the two not met 0. Actions: the first six's two of March (one done, one open), then one at every
    // other session, done when due before June.
    expect(m.pairs).toHaveLength(16);
    expect(m.pairs.every((p) => p.status === 'active')).toBe(true);
    expect(m.pairs.reduce((n, p) => n + p.sessionsPlanned, 0)).toBe(36);
    expect(m.pairs.map((p) => p.sessionsHeld)).toEqual([5, 9, 9, 5, 9, 9, 4, 0, 9, 4, 5, 9, 2, 9, 0, 4]);
    expect(m.pairs.map((p) => `${p.actionsOpen}/${p.actionsDone}`)).toEqual(['1/2', '3/3', '3/3', '1/2', '3/3', '3/3', '0/2', '0/0', '2/3', '0/2', '0/3', '2/3', '0/1', '2/3', '0/0', '0/2']);
    // The first pair: SL1 from 2, assessed at 3, and SL3 from 3; both aim at 4. The cluster head mentors it.
    expect(m.pairs[0]?.focus).toEqual([
      { code: 'SL1', baseline: 2, current: 3, target: 4 },
      { code: 'SL3', baseline: 3, current: 3, target: 4 },
    ]);
    expect(m.pairs[0]?.mentor).toEqual({ name: clusterHead.name, post: 'Cluster Head' });
    expect(m.pairs[0]?.mentee.post).toBe('Timbalan Pengetua, PTM');
    // Every competency is someone's focus: SL1..SL7, named in English.
    expect(m.legend.map((l) => l.code)).toEqual(['SL1', 'SL2', 'SL3', 'SL4', 'SL5', 'SL6', 'SL7']);
    expect(m.legend[0]?.name).toBe('Leading the strategic direction of the school');
    expect(m.signOff.map((s) => [s.role, s.name])).toEqual([
      ['prepared', 'Rosnani binti Zalani'],
      ['approved', clusterHead.name],
    ]);

    const ms = await loadMentoringReportModel(ctx.db(), 2023, 'ms', '2023-03-31');
    expect(ms.legend[0]?.name).toBe('Memimpin hala tuju strategik sekolah');
    expect(ms.pairs[0]?.mentor.post).toBe('Ketua Kluster');

    // A seventeenth pair: not one read more.
    const people = await call<{ id: number; teamRole: string | null; leaderRole: string | null; name: string }[]>('mentoring.people');
    const competencies = await call<{ id: number }[]>('competencies.list', {});
    const mentor = people.find((p) => p.teamRole === 'officer');
    const mentee = people.filter((p) => p.leaderRole === 'head').at(-1);
    await call('assignments.create', { year: 2023, mentorId: mentor?.id, menteeId: mentee?.id, schedule: 'monthly', focus: [{ competencyId: competencies[0]?.id, baseline: 2, target: 3 }] });
    const more = counted(ctx.db());
    expect((await loadMentoringReportModel(more.db, 2023, 'en', '2023-03-31')).pairs).toHaveLength(17);
    expect(more.seen.length).toBe(c.seen.length);
    expect(c.seen.length).toBeLessThanOrEqual(10);
  });
});
