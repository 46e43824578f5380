/**
 * Recurring events as RRULEs (RFC 5545), expanded to calendar dates. Dates are handled as "floating" UTC
 * midnights so the weekday of a calendar date never depends on the computer's time zone.
 */
import { RRule, rrulestr } from 'rrule';

const toUtcDate = (d: string) => new Date(`${d}T00:00:00Z`);
const toCalendarDate = (d: Date) => d.toISOString().slice(0, 10);

/** Every date the rule gives from `start` to `until` (both inclusive), minus the skipped dates. */
export function expandRule(rule: string, start: string, until: string, skip: readonly string[] = []): string[] {
  const parsed = rrulestr(rule.replace(/^RRULE:/, ''), { dtstart: toUtcDate(start) });
  const skipped = new Set(skip);
  return parsed
    .between(toUtcDate(start), new Date(toUtcDate(until).getTime() + 86_399_999), true)
    .map(toCalendarDate)
    .filter((d) => !skipped.has(d));
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
