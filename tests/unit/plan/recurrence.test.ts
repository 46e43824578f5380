/**
 * Expanding a series from the start of the range gives exactly the dates the RRULE library gives when walked
 * from the series' first date and cut at the range: checked on many daily and weekly rules (every other week,
 * several weekdays, another first day of the week) and on rules the library alone expands.
 */
import { rrulestr } from 'rrule';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/plan/calendar-dates';
import { expandRule } from '../../../shared/plan/recurrence';

/** The dates as the library gives them from the first date, then cut at `from`. */
function reference(rule: string, start: string, until: string, skip: string[], from: string): string[] {
  const utc = (d: string) => new Date(`${d}T00:00:00Z`);
  return rrulestr(rule, { dtstart: utc(start) })
    .between(utc(start), new Date(utc(until).getTime() + 86_399_999), true)
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => !skip.includes(d) && d >= from);
}

/** The same generator every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1_103_515_245 + 12_345) % 2 ** 31;
    return a / 2 ** 31;
  };
}

describe('expanding a series from the range start', () => {
  it('gives the same dates as the library for daily and weekly rules', () => {
    const r = random(11);
    const int = (n: number) => Math.floor(r() * n);
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    for (let i = 0; i < 500; i++) {
      const start = addDays('2020-01-01', int(2000));
      const until = addDays(start, int(800));
      const from = addDays(start, int(900) - 100);
      const parts = [r() < 0.25 ? 'FREQ=DAILY' : 'FREQ=WEEKLY'];
      if (r() < 0.6) parts.push(`INTERVAL=${1 + int(4)}`);
      if (parts[0] === 'FREQ=WEEKLY') {
        if (r() < 0.8) parts.push(`BYDAY=${days.filter(() => r() < 0.35).join(',') || 'WE'}`);
        if (r() < 0.3) parts.push(`WKST=${days[int(7)]}`);
      }
      const rule = parts.join(';');
      const all = expandRule(rule, start, until);
      const skip = all.filter(() => r() < 0.1);
      expect(expandRule(rule, start, until, skip, from), `${rule} ${start}–${until} from ${from}`).toEqual(reference(rule, start, until, skip, from));
    }
  });

  it('gives the same dates as the library for rules only the library expands', () => {
    for (const rule of ['FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=YEARLY', 'FREQ=WEEKLY;BYDAY=MO;BYMONTH=3,4', 'FREQ=DAILY;BYDAY=MO,WE']) {
      for (const from of ['2022-01-01', '2023-03-01', '2023-03-20', '2024-06-01']) {
        expect(expandRule(rule, '2022-06-15', '2024-06-14', ['2023-04-15'], from), `${rule} from ${from}`).toEqual(reference(rule, '2022-06-15', '2024-06-14', ['2023-04-15'], from));
      }
    }
  });

  it('counts every other week from the week of the first date', () => {
    expect(expandRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', '2022-11-01', '2023-04-30', [], '2023-03-01').slice(0, 4)).toEqual(['2023-03-07', '2023-03-09', '2023-03-21', '2023-03-23']);
  });
});
