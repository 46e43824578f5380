import { describe, expect, it } from 'vitest';
import { localize } from '../../../shared/errors';
import { addDays, checkpointDates, daysBetween } from '../../../shared/plan/calendar-dates';
import { addYear, copyForward, type PlanYear } from '../../../shared/plan/copy-forward';
import { addMonths, columnOf, defaultWindow, monthSpan, windowMonths } from '../../../shared/plan/months';
import { laneOverlap, overlapMessage, phaseProblem } from '../../../shared/plan/phases';
import { expandRule, weeklyOn } from '../../../shared/plan/recurrence';
import { monthsTouched, shadeBand } from '../../../shared/plan/shading';
import kluster2 from '../../../electron/services/demo/kluster2.json';

const w2023 = defaultWindow(2023);

describe('month spans', () => {
  it('counts inclusive months and crosses the year', () => {
    expect(monthSpan('2023-01', '2023-01')).toBe(1);
    expect(monthSpan('2023-05', '2023-09')).toBe(5);
    expect(monthSpan('2023-11', '2024-01')).toBe(3);
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2023-01', -1)).toBe('2022-12');
  });

  it('gives the default window January to January, thirteen columns', () => {
    const months = windowMonths(w2023);
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('2023-01');
    expect(months[12]).toBe('2024-01');
    expect(columnOf(w2023, '2023-09')).toBe(8);
    expect(columnOf(w2023, '2024-02')).toBe(-1);
    expect(windowMonths({ start: '2023-07', months: 6 }).at(-1)).toBe('2023-12');
  });
});

describe('phase rules', () => {
  it('refuses a phase that ends before it starts or falls outside the window', () => {
    expect(phaseProblem({ name: 'SIP Review 1', start: '2023-05', end: '2023-06' }, w2023)).toBeNull();
    expect(phaseProblem({ name: 'X', start: '2023-06', end: '2023-05' }, w2023)).toMatchObject({ field: 'end' });
    expect(localize(phaseProblem({ name: 'X', start: '2023-06', end: '2023-05' }, w2023)?.message ?? '', 'en')).toBe('"X" ends before it starts');
    expect(phaseProblem({ name: 'X', start: '2022-12', end: '2023-02' }, w2023)).toMatchObject({ field: 'start' });
    expect(phaseProblem({ name: 'X', start: '2023-10', end: '2024-02' }, w2023)).toMatchObject({ field: 'end' });
    expect(phaseProblem({ name: 'X', start: '2023-13', end: '2024-02' }, w2023)).toMatchObject({ field: 'start' });
  });

  it('finds overlapping bars in one lane, and accepts bars that only touch', () => {
    const lane = [
      { name: 'EPIC Socialization', start: '2023-01', end: '2023-02' },
      { name: 'Reading and Research', start: '2023-03', end: '2023-04' },
    ];
    expect(laneOverlap(lane)).toBeNull();
    const clash = laneOverlap([...lane, { name: 'Showcase', start: '2023-04', end: '2023-09' }]);
    expect(clash?.map((p) => p.name)).toEqual(['Reading and Research', 'Showcase']);
    expect(localize(overlapMessage(clash!), 'ms')).toContain('bertindih');
  });

  it('accepts every lane of the 2023 reference plan', () => {
    for (const initiative of kluster2.calendar2023) {
      for (const lane of initiative.lanes) {
        expect(laneOverlap(lane), initiative.initiative).toBeNull();
        for (const p of lane) expect(phaseProblem(p, w2023), p.name).toBeNull();
      }
    }
  });
});

describe('exam checkpoints', () => {
  it('puts checkpoints 150, 100, 50 and 20 days before the exam, and moves with it', () => {
    expect(checkpointDates('2023-10-16')).toEqual([
      { daysBefore: 150, date: '2023-05-19' },
      { daysBefore: 100, date: '2023-07-08' },
      { daysBefore: 50, date: '2023-08-27' },
      { daysBefore: 20, date: '2023-09-26' },
    ]);
    const moved = checkpointDates('2023-10-23');
    for (const c of moved) expect(daysBetween(c.date, '2023-10-23')).toBe(c.daysBefore);
    expect(checkpointDates('2024-03-01', [10, 30, 10]).map((c) => c.date)).toEqual(['2024-01-31', '2024-02-20']);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('recurrence', () => {
  it('gives EPIC on every Wednesday from 1 February to 30 September 2023: 35 sessions', () => {
    const dates = expandRule(weeklyOn('WE'), '2023-02-01', '2023-09-30');
    expect(dates).toHaveLength(35);
    expect(dates[0]).toBe('2023-02-01');
    expect(dates.at(-1)).toBe('2023-09-27');
    for (const d of dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(3);
  });

  it('leaves out skipped dates', () => {
    const dates = expandRule('FREQ=WEEKLY;BYDAY=WE', '2023-02-01', '2023-09-30', ['2023-04-19', '2023-06-07']);
    expect(dates).toHaveLength(33);
    expect(dates).not.toContain('2023-04-19');
  });
});

describe('copy forward', () => {
  const plan: PlanYear = {
    year: 2023,
    windowStart: '2023-01',
    windowMonths: 13,
    initiatives: [{ code: 'EPIC', lanes: [[{ name: 'EPIC Socialization', start: '2023-01', end: '2023-02' }, { name: 'Showcase', start: '2023-05', end: '2024-01' }]] }],
    series: [{ title: 'EPIC', rule: 'FREQ=WEEKLY;BYDAY=WE', start: '2023-02-01', until: '2023-09-30', skip: ['2023-04-19'] }],
  };

  it('shifts every phase twelve months and every series one year, keeping the weekday', () => {
    const next = copyForward(plan);
    expect(next.year).toBe(2024);
    expect(next.windowStart).toBe('2024-01');
    expect(next.initiatives[0]?.lanes[0]).toEqual([
      { name: 'EPIC Socialization', start: '2024-01', end: '2024-02' },
      { name: 'Showcase', start: '2024-05', end: '2025-01' },
    ]);
    const s = next.series[0]!;
    expect([s.start, s.until, s.skip]).toEqual(['2024-02-01', '2024-09-30', []]);
    const dates = expandRule(s.rule, s.start, s.until);
    expect(dates[0]).toBe('2024-02-07');
    expect(plan.initiatives[0]?.lanes[0]?.[0]?.start).toBe('2023-01');
    expect(addYear('2024-02-29')).toBe('2025-02-28');
  });
});

describe('term and holiday shading', () => {
  it('places a range as fractional month columns, clipped to the window', () => {
    expect(shadeBand(w2023, '2023-01-01', '2023-01-31')).toEqual({ left: 0, width: 1 });
    const term = shadeBand(w2023, '2023-03-16', '2023-03-31');
    expect(term?.left).toBeCloseTo(2 + 15 / 31);
    expect(term?.width).toBeCloseTo(16 / 31);
    expect(shadeBand(w2023, '2022-12-20', '2023-01-02')).toEqual({ left: 0, width: 2 / 31 });
    expect(shadeBand(w2023, '2025-01-01', '2025-01-05')).toBeNull();
    expect(shadeBand(w2023, '2023-05-02', '2023-05-01')).toBeNull();
    expect(monthsTouched(w2023, '2023-12-20', '2024-02-03')).toEqual([11, 12]);
  });
});
