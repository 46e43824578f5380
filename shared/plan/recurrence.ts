/**
 * Recurring events as RRULEs (RFC 5545), expanded to calendar dates. Dates are handled as "floating" UTC
 * midnights so the weekday of a calendar date never depends on the computer's time zone.
 */
import { RRule, rrulestr } from 'rrule';

const toUtcDate = (d: string) => new Date(`${d}T00:00:00Z`);
const toCalendarDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every date the rule gives from `start` to `until` (both inclusive), minus the skipped dates; with `from`, only
 * those on or after it (the same dates as filtering the whole list). Daily and weekly rules are counted straight
 * from `from`; other rules go through the RRULE library, which walks from `start`.
 */
export function expandRule(rule: string, start: string, until: string, skip: readonly string[] = [], from?: string): string[] {
  const first = from !== undefined && from > start ? from : start;
  const skipped = new Set(skip);
  const simple = simpleRule(rule.replace(/^RRULE:/, ''));
  const dates = simple ? countDates(simple, start, first, until) : libraryDates(rule, start, first, until);
  return skipped.size ? dates.filter((d) => !skipped.has(d)) : dates;
}

function libraryDates(rule: string, start: string, first: string, until: string): string[] {
  const parsed = rrulestr(rule.replace(/^RRULE:/, ''), { dtstart: toUtcDate(start) });
  return parsed.between(toUtcDate(first), new Date(toUtcDate(until).getTime() + 86_399_999), true).map(toCalendarDate);
}

const DAY = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** Days since 1970-01-01 (a Thursday), and the weekday as 0 = Monday … 6 = Sunday. */
const dayNumber = (d: string) => Math.round(toUtcDate(d).getTime() / DAY);
const weekdayOf = (n: number) => (((n + 3) % 7) + 7) % 7;
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

interface SimpleRule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  /** Weekdays (0 = Monday) of a weekly rule; empty means the weekday of the first date. */
  days: number[];
  /** The first day of the week (0 = Monday), which decides where every other week starts. */
  weekStart: number;
}

/** A daily rule, or a weekly rule on plain weekdays, with nothing else in it; else null. */
function simpleRule(body: string): SimpleRule | null {
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || parts.has(key)) return null;
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return null;
  if ([...parts.keys()].some((k) => !['FREQ', 'INTERVAL', ...(freq === 'WEEKLY' ? ['BYDAY', 'WKST'] : [])].includes(k))) return null;
  const intervalText = parts.get('INTERVAL') ?? '1';
  if (!/^[1-9][0-9]{0,3}$/.test(intervalText)) return null;
  const weekday = (code: string) => WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
  const byDay = parts.get('BYDAY');
  const days = byDay === undefined ? [] : byDay.split(',').map(weekday);
  const weekStart = weekday(parts.get('WKST') ?? 'MO');
  if (days.some((d) => d < 0) || weekStart < 0) return null;
  return { freq, interval: Number(intervalText), days: [...new Set(days)].sort((a, b) => a - b), weekStart };
}

function countDates(r: SimpleRule, start: string, first: string, until: string): string[] {
  const s = dayNumber(start);
  const f = dayNumber(first);
  const u = dayNumber(until);
  const out: string[] = [];
  if (r.freq === 'DAILY') {
    for (let n = s + Math.ceil((f - s) / r.interval) * r.interval; n <= u; n += r.interval) out.push(fromDayNumber(n));
    return out;
  }
  // Weeks run from the week's first day; every `interval`-th week counted from the week of the first date.
  const weekOf = (n: number) => n - ((weekdayOf(n) - r.weekStart + 7) % 7);
  const days = r.days.length ? r.days : [weekdayOf(s)];
  const offsets = days.map((d) => (d - r.weekStart + 7) % 7).sort((a, b) => a - b);
  const firstWeek = weekOf(s);
  const step = 7 * r.interval;
  for (let week = firstWeek + Math.max(0, Math.floor((weekOf(f) - firstWeek) / step)) * step; week <= u; week += step) {
    for (const o of offsets) {
      const n = week + o;
      if (n >= f && n >= s && n <= u) out.push(fromDayNumber(n));
    }
  }
  return out;
}

/** "Every Wednesday": the weekly rule for the weekday of a calendar date. */
export function weeklyOn(weekday: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'): string {
  return new RRule({ freq: RRule.WEEKLY, byweekday: [RRule[weekday]] }).toString().replace(/^RRULE:/, '');
}

/** Why a rule cannot be used, or null. Only the rule body is kept: dates come from the event's own fields. */
export function ruleProblem(rule: string): string | null {
  const body = rule.replace(/^RRULE:/, '');
  if (!/(^|;)FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;|$)/.test(body)) return 'FREQ';
  if (/(^|;)(DTSTART|UNTIL|COUNT)=/.test(body)) return 'DATES';
  try {
    rrulestr(body, { dtstart: toUtcDate('2000-01-01') });
    return null;
  } catch {
    return 'SYNTAX';
  }
}
