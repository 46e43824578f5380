/**
 * The initiative calendar's report model: the plan year's initiatives with their lanes of phases, the school
 * terms and holidays that touch the plan's months, and the exams with their checkpoint days.
 */
import type { PlanWindow } from '../plan/months';
import type { PeriodKind } from '../plan/types';
import type { LetterheadModel, Signer } from './models';

export interface CalendarPhaseItem {
  name: string;
  /** First and last month, `YYYY-MM`, inclusive. */
  start: string;
  end: string;
}

export interface CalendarInitiativeItem {
  code: string;
  name: string;
  /** `#rrggbb`. */
  colour: string;
  /** Lanes in their order; phases in a lane never share a month. */
  lanes: { phases: CalendarPhaseItem[] }[];
}

export interface CalendarPeriodItem {
  kind: PeriodKind;
  name: string;
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  end: string;
}

export interface CalendarExamItem {
  name: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The initiative the exam belongs to (STEPS, typically), when it has one. */
  initiativeCode: string | null;
  /** Counted back from the exam date, the most days first. */
  checkpoints: { daysBefore: number; date: string }[];
}

/**
 * What the calendar grid shows. A plan year (`Plan`) has this shape too, so a document that holds a plan can
 * show its calendar; exams are optional for that reason.
 */
export interface CalendarGridModel {
  year: number;
  window: PlanWindow;
  initiatives: CalendarInitiativeItem[];
  /** Terms and holidays that touch the window. */
  periods: CalendarPeriodItem[];
  /** Exams whose date or one of whose checkpoints falls in the window, in date order. */
  exams?: CalendarExamItem[];
}

export interface InitiativeCalendarModel {
  letterhead: LetterheadModel;
  calendar: CalendarGridModel;
  signOff: Signer[];
}
