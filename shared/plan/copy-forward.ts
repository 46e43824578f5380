/** Copying a plan year forward: every month moves twelve months, every date one year. */
import { addMonths } from './months';

/** Same month and day a year on; 29 February becomes 28 February. */
export function addYear(date: string): string {
  const y = Number(date.slice(0, 4)) + 1;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

export interface PlanPhase {
  name: string;
  start: string;
  end: string;
}
export interface PlanInitiative {
  code: string;
  lanes: PlanPhase[][];
}
export interface RecurringSeries {
  title: string;
  rule: string;
  start: string;
  until: string;
  /** Skipped dates belong to one year (holidays move); they are not copied. */
  skip: string[];
}
export interface PlanYear {
  year: number;
  windowStart: string;
  windowMonths: number;
  initiatives: PlanInitiative[];
  series: RecurringSeries[];
}

export function copyForward(plan: PlanYear): PlanYear {
  return {
    year: plan.year + 1,
    windowStart: addMonths(plan.windowStart, 12),
    windowMonths: plan.windowMonths,
    initiatives: plan.initiatives.map((i) => ({
      ...i,
      lanes: i.lanes.map((lane) => lane.map((p) => ({ ...p, start: addMonths(p.start, 12), end: addMonths(p.end, 12) }))),
    })),
    series: plan.series.map((s) => ({ ...s, start: addYear(s.start), until: addYear(s.until), skip: [] })),
  };
}
