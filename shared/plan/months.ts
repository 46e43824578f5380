/** Plan months are `YYYY-MM`; a plan window is a run of consecutive months (January to January by default). */
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const DEFAULT_WINDOW_MONTHS = 13;

export function isPlanMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** Months since year 0: makes month arithmetic plain integer arithmetic. */
export function monthOrdinal(month: string): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`Not a plan month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function fromOrdinal(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  return `${String(year).padStart(4, '0')}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
}

export const addMonths = (month: string, n: number) => fromOrdinal(monthOrdinal(month) + n);

/** Inclusive count of months from start to end (1 when they are equal). */
export const monthSpan = (start: string, end: string) => monthOrdinal(end) - monthOrdinal(start) + 1;

export interface PlanWindow {
  start: string;
  months: number;
}

export const defaultWindow = (year: number): PlanWindow => ({ start: `${year}-01`, months: DEFAULT_WINDOW_MONTHS });

/** Every month of the window, in order: the Gantt's columns. */
export function windowMonths(w: PlanWindow): string[] {
  const first = monthOrdinal(w.start);
  return Array.from({ length: w.months }, (_, i) => fromOrdinal(first + i));
}

export const windowEnd = (w: PlanWindow) => addMonths(w.start, w.months - 1);

/** Column index of a month in the window (0-based), or -1 outside it. */
export function columnOf(w: PlanWindow, month: string): number {
  const i = monthOrdinal(month) - monthOrdinal(w.start);
  return i >= 0 && i < w.months ? i : -1;
}
