/** Week arithmetic for the coverage matrix: terms cut into Monday-to-Sunday weeks. */
import { addDays, daysBetween } from '../plan/calendar-dates';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

/** The Monday on or before a date. */
export const mondayOf = (date: string) => addDays(date, -((weekday(date) + 6) % 7));

/** The weeks touching [start, end], each clipped to the range. */
export function weeksOf(start: string, end: string): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let monday = mondayOf(start); monday <= end; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    out.push({ start: monday < start ? start : monday, end: sunday > end ? end : sunday });
  }
  return out;
}

/** Index of the week holding a date, or -1. */
export function weekIndex(weeks: { start: string; end: string }[], date: string): number {
  return weeks.findIndex((w) => date >= w.start && date <= w.end);
}

/** Days between a school's last visit and a reference day; null when never visited. */
export const daysSince = (last: string | null, asOf: string) => (last === null ? null : Math.max(0, daysBetween(last, asOf)));
