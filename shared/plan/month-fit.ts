/**
 * What a month grid needs of a busy day. A month of ten busy years holds 700 items; FullCalendar lays out and
 * measures every one before hiding all but three a day behind "+N more", so the page hands it, of each day's
 * single-day items, only the first `keep` in FullCalendar's own order (all-day first, then by start time,
 * longer first, then title), and counts the rest. With `keep` one more than the grid shows, the calendar still
 * sees the day overflow, draws the same items and its "+N more" line; the count left out is added to that line.
 * Items spanning days are always kept: they run across several days' rows.
 */
import type { Occurrence } from './types';

export interface MonthFit {
  shown: Occurrence[];
  /** Single-day items left out, by date. */
  omitted: Record<string, number>;
}

const startOf = (o: Occurrence) => (o.allDay ? '' : (o.startTime ?? '00:00'));
const endOf = (o: Occurrence) => (o.allDay ? '24:00' : (o.endTime ?? '23:59'));

/** FullCalendar's default order of one day's items: start, then longer first, then all-day, then title. */
export function dayOrder(a: Occurrence, b: Occurrence): number {
  return startOf(a).localeCompare(startOf(b)) || endOf(b).localeCompare(endOf(a)) || Number(b.allDay) - Number(a.allDay) || a.title.localeCompare(b.title);
}

export function fitMonth(occurrences: Occurrence[], keep: number): MonthFit {
  const shown: Occurrence[] = [];
  const byDay = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    if (o.start !== o.end) shown.push(o);
    else byDay.set(o.start, [...(byDay.get(o.start) ?? []), o]);
  }
  const omitted: Record<string, number> = {};
  for (const [date, items] of byDay) {
    if (items.length <= keep) {
      shown.push(...items);
      continue;
    }
    shown.push(...[...items].sort(dayOrder).slice(0, keep));
    omitted[date] = items.length - keep;
  }
  return { shown, omitted };
}
