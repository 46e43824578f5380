import { describe, expect, it } from 'vitest';
import { layoutInitiativeCalendar } from '../../electron/documents/initiative-calendar';
import { loadInitiativeCalendarModel } from '../../electron/services/plan/initiative-calendar-model';
import type { DocumentFile } from '../../shared/domain';
import { columnOf, monthSpan } from '../../shared/plan/months';
import type { Plan, PlanChange } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { replaceDemoDates } from '../helpers/demo-dates';
import { openApp } from '../helpers/tmp';
import { calendarGrid } from '../unit/documents/calendar-grid';
import { readBack } from '../unit/documents/read-back';
import { counted } from '../helpers/counted';

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  return app;
}

describe('the initiative calendar model', () => {
  it('reads the demo plan, the terms and holidays touching its months and the exams with checkpoints in them, in a fixed number of queries', async () => {
    const { ctx, call } = await demoApp();
    await replaceDemoDates(call);
    // Inside the window (January 2023 to January 2024) or touching it, and outside it.
    await call('periods.create', { kind: 'term', name: 'Penggal 4 2022', start: '2022-09-19', end: '2022-11-25' });
    await call('periods.create', { kind: 'term', name: 'Penggal 1', start: '2023-01-02', end: '2023-03-10' });
    await call('periods.create', { kind: 'holiday', name: 'Cuti Akhir Tahun', start: '2022-12-24', end: '2023-01-01' });
    await call('periods.create', { kind: 'holiday', name: 'Tahun Baru', start: '2024-01-01', end: '2024-01-01' });
    await call('periods.create', { kind: 'holiday', name: 'Tahun Baru Cina', start: '2024-02-10', end: '2024-02-10' });
    await call('exams.create', { name: 'PSR', date: '2023-09-25', checkpointDays: [20, 150, 50, 100] });
    // Its 150-day checkpoint (22 December 2023) is in the window; the exam is not.
    await call('exams.create', { name: 'PSR 2024', date: '2024-05-20', checkpointDays: [150, 100] });
    // Neither the exam nor its checkpoint (5 April 2024) is in the window.
    await call('exams.create', { name: 'O Level 2024', date: '2024-09-02', checkpointDays: [150] });
    await call('exams.create', { name: 'Old', date: '2022-11-01', checkpointDays: [20] });

    const first = counted(ctx.db());
    const m = await loadInitiativeCalendarModel(first.db, 2023, 'ms', '2024-03-01');
    expect(m.calendar.year).toBe(2023);
    expect(m.calendar.window).toEqual({ start: '2023-01', months: 13 });
    expect(m.calendar.initiatives.map((i) => [i.code, i.lanes.length, i.lanes.reduce((n, l) => n + l.phases.length, 0)])).toEqual([
      ['EPIC', 2, 6],
      ['MENTORING & COACHING', 2, 3],
      ['SIP PEER REVIEW', 2, 4],
      ['WILL', 2, 4],
      ['PD CYCLE', 1, 2],
      ['PACTS', 2, 4],
      ['STEPS', 2, 3],
      ['PSBC', 1, 2],
    ]);
    const epic = m.calendar.initiatives[0];
    expect(epic).toMatchObject({ name: 'Executive Professional Intellectual Collaboration', colour: '#2f6fb3' });
    expect(epic?.lanes[0]?.phases).toEqual([
      { name: 'EPIC Socialization', start: '2023-01', end: '2023-02' },
      { name: 'Reading and Research', start: '2023-03', end: '2023-04' },
      { name: 'Leadership Sharing and School Visits', start: '2023-05', end: '2023-09' },
    ]);
    expect(m.calendar.periods.map((p) => [p.kind, p.name])).toEqual([
      ['holiday', 'Cuti Akhir Tahun'],
      ['term', 'Penggal 1'],
      ['holiday', 'Tahun Baru'],
    ]);
    expect(m.calendar.exams).toEqual([
      {
        name: 'PSR',
        date: '2023-09-25',
        initiativeCode: 'STEPS',
        checkpoints: [
          { daysBefore: 150, date: '2023-04-28' },
          { daysBefore: 100, date: '2023-06-17' },
          { daysBefore: 50, date: '2023-08-06' },
          { daysBefore: 20, date: '2023-09-05' },
        ],
      },
      {
        name: 'PSR 2024',
        date: '2024-05-20',
        initiativeCode: null,
        checkpoints: [
          { daysBefore: 150, date: '2023-12-22' },
          { daysBefore: 100, date: '2024-02-10' },
        ],
      },
    ]);
    expect(m.letterhead).toMatchObject({ clusterName: 'Kluster 2', date: '2024-03-01', language: 'ms' });
    expect(m.signOff[0]).toEqual({ role: 'prepared', name: 'Rosnani binti Zalani', post: ['Kerani'], date: '2024-03-01' });
    // The window, the document head (profile, logo, team, who signs), the plan in one read, terms and holidays, exams.
    expect(first.seen.queries).toBeLessThanOrEqual(8);

    // More schools, a ninth initiative with three lanes, deleted lanes and phases, more exams: not one query more.
    for (const n of [1, 2, 3]) await call('schools.create', { name: `Sekolah Rendah Baru ${n}`, abbreviation: `SR B${n}`, level: 'primary' });
    let plan = (await call<PlanChange>('initiatives.create', { year: 2023, code: 'NEW', name: 'A new initiative' })).plan;
    const added = plan.initiatives.find((i) => i.code === 'NEW');
    for (let l = 0; l < 3; l++) plan = (await call<PlanChange>('lanes.create', { initiativeId: added?.id })).plan;
    // A new initiative starts with a lane of its own.
    const lanes = plan.initiatives.find((i) => i.code === 'NEW')?.lanes ?? [];
    expect(lanes).toHaveLength(4);
    await call('phases.create', { laneId: lanes[0]?.id, name: 'Start', start: '2023-02', end: '2023-03' });
    await call('lanes.delete', { id: lanes[2]?.id });
    const demo = await call<Plan>('plan.get', { year: 2023 });
    const socialization = demo.initiatives[0]?.lanes[0]?.phases[0];
    await call('phases.delete', { id: socialization?.id });
    await call('exams.create', { name: 'A Level', date: '2023-11-06', checkpointDays: [150, 100, 50, 20] });

    const second = counted(ctx.db());
    const after = await loadInitiativeCalendarModel(second.db, 2023, 'en', '2024-03-01');
    expect(second.seen.queries).toBe(first.seen.queries);
    expect(after.calendar.initiatives.map((i) => i.code).at(-1)).toBe('NEW');
    expect(after.calendar.initiatives.at(-1)?.lanes.map((l) => l.phases.map((p) => p.name))).toEqual([['Start'], [], []]);
    expect(after.calendar.initiatives[0]?.lanes[0]?.phases.map((p) => p.name)).toEqual(['Reading and Research', 'Leadership Sharing and School Visits']);
    expect(after.calendar.exams?.map((x) => x.name)).toEqual(['PSR', 'A Level', 'PSR 2024']);
  });

  it('names initiatives, phases, terms and holidays in the document language, Malay where no English is written', async () => {
    const { ctx, call } = await demoApp();
    const plan = await call<Plan>('plan.get', { year: 2023 });
    const epic = plan.initiatives.find((i) => i.code === 'EPIC');
    const phase = epic?.lanes[0]?.phases[0];
    await call('phases.update', { ...phase, nameEn: 'EPIC Launch' });
    await replaceDemoDates(call);
    await call('periods.create', { kind: 'term', name: 'Penggal 1', nameEn: 'Term 1', start: '2023-01-02', end: '2023-03-10' });
    await call('periods.create', { kind: 'holiday', name: 'Cuti Penggal 1', start: '2023-03-11', end: '2023-03-19' });
    const names = async (language: 'ms' | 'en') => {
      const { calendar } = await loadInitiativeCalendarModel(ctx.db(), 2023, language, '2024-03-01');
      return { phase: calendar.initiatives[0]?.lanes[0]?.phases[0]?.name, periods: calendar.periods.map((p) => p.name) };
    };
    expect(await names('ms')).toEqual({ phase: phase?.name, periods: ['Penggal 1', 'Cuti Penggal 1'] });
    expect(await names('en')).toEqual({ phase: 'EPIC Launch', periods: ['Term 1', 'Cuti Penggal 1'] });
  });

  it('lays every one of the 28 demo phases in its months, in its initiative colour', async () => {
    const { ctx } = await demoApp();
    const m = await loadInitiativeCalendarModel(ctx.db(), 2023, 'ms', '2024-03-01');
    const x = await readBack(layoutInitiativeCalendar(m).doc);
    const rows = calendarGrid(x.document).filter((r) => !r.header);
    // The demo's terms, holidays and exams make three strips above the lanes; then one row per lane.
    expect(rows).toHaveLength(3 + 14);
    expect(rows[0]?.cells.some((c) => c.text.startsWith('Penggal 1 (demo)'))).toBe(true);
    expect(rows[2]?.cells.some((c) => c.text.includes('PSR (demo)'))).toBe(true);
    const lanes = rows.slice(3);
    let row = 0;
    let landed = 0;
    let phases = 0;
    for (const initiative of m.calendar.initiatives) {
      const fill = initiative.colour.slice(1).toUpperCase();
      for (const lane of initiative.lanes) {
        const cells = lanes[row]?.cells ?? [];
        for (const p of lane.phases) {
          phases++;
          const c = cells.find((cell) => cell.text === p.name);
          if (c?.span === monthSpan(p.start, p.end) && c.column === 1 + columnOf(m.calendar.window, p.start) && c.fill === fill) landed++;
        }
        // The months without a phase are single empty cells, never in the initiative's colour (a school break's
        // months are shaded).
        const months = lane.phases.reduce((n, p) => n + monthSpan(p.start, p.end), 0);
        expect(cells.filter((c) => c.column >= 1 && c.span === 1 && c.text === '' && c.fill !== fill)).toHaveLength(13 - months);
        row++;
      }
    }
    expect([landed, phases]).toEqual([28, 28]);
    const cellOf = (name: string) => lanes.flatMap((r) => r.cells).find((c) => c.text === name);
    expect(cellOf('Classroom Collaboration')).toMatchObject({ span: 9, column: 1 });
    expect(cellOf('SIP Review 2')).toMatchObject({ span: 3, column: 1 + 6 });
    expect(cellOf('PSBC Implementation')).toMatchObject({ span: 5, column: 1 + 4 });
  });

  it('renders through documents.render, and answers NOT_FOUND for a year without a plan', async () => {
    const { call } = await demoApp();
    const file = await call<DocumentFile>('documents.render', { kind: 'initiative-calendar', year: 2023, language: 'en' });
    expect(file.fileName).toMatch(/^Kluster 2 Initiatives 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const ms = await call<DocumentFile>('documents.render', { kind: 'initiative-calendar', year: 2023, language: 'ms' });
    expect(ms.fileName).toMatch(/^Kalendar Inisiatif Kluster 2 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    expect(await failure(call('documents.render', { kind: 'initiative-calendar', year: 2031, language: 'ms' }))).toMatchObject({ code: 'NOT_FOUND', field: 'year', message: 'There is no plan for 2031 yet.' });
    expect(await failure(call('documents.render', { kind: 'initiative-calendar', year: 1999, language: 'ms' }))).toMatchObject({ code: 'VALIDATION', field: 'year' });
  });
});
