/** Where a dated range (a school term, a holiday) falls on the Gantt, in month columns with fractions. */
import { daysInMonth } from '../dates';
import { daysBetween } from './calendar-dates';
import { columnOf, fromOrdinal, monthOrdinal, type PlanWindow } from './months';

const daysOf = (month: string) => daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));

/** Position of a calendar date as a fractional column: the 1st of a month is its left edge. */
function position(w: PlanWindow, date: string, endOfDay: boolean): number {
  const month = date.slice(0, 7);
  const col = monthOrdinal(month) - monthOrdinal(w.start);
  const day = Number(date.slice(8, 10)) - (endOfDay ? 0 : 1);
  return col + day / daysOf(month);
}

/** The shaded band of a range clipped to the window, as { left, width } in columns; null when outside. */
export function shadeBand(w: PlanWindow, from: string, to: string): { left: number; width: number } | null {
  if (daysBetween(from, to) < 0) return null;
  const left = Math.max(0, position(w, from, false));
  const right = Math.min(w.months, position(w, to, true));
  return right > left ? { left, width: right - left } : null;
}

/** The month columns a range touches (for the Word calendar, which shades whole cells). */
export function monthsTouched(w: PlanWindow, from: string, to: string): number[] {
  const out: number[] = [];
  for (let o = monthOrdinal(from.slice(0, 7)); o <= monthOrdinal(to.slice(0, 7)); o++) {
    const c = columnOf(w, fromOrdinal(o));
    if (c >= 0) out.push(c);
  }
  return out;
}
