/** Domain types of the initiative year: the plan (Gantt) and the calendar. */
import type { SchoolLevel } from '../domain';
import type { PlanWindow } from './months';

export interface Phase {
  id: number;
  laneId: number;
  name: string;
  /** The name in English; empty falls back to `name`. */
  nameEn: string;
  /** First and last month, `YYYY-MM`, inclusive. */
  start: string;
  end: string;
  version: number;
}

export interface Lane {
  id: number;
  name: string;
  version: number;
  phases: Phase[];
}

export interface Initiative {
  id: number;
  year: number;
  code: string;
  name: string;
  /** The full name in English; empty falls back to `name`. */
  nameEn: string;
  descriptionMs: string;
  descriptionEn: string;
  objectives: string;
  successMeasures: string;
  targetLevels: SchoolLevel[];
  schoolIds: number[];
  ownerId: number | null;
  ownerName: string | null;
  /** `#rrggbb`. */
  colour: string;
  /** The place in the cluster profile's list of initiatives; null follows the plan's order. */
  profilePosition: number | null;
  version: number;
  lanes: Lane[];
}

export const PERIOD_KINDS = ['term', 'holiday'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A school term or a public holiday (one day or a range). */
export interface CalendarPeriod {
  id: number;
  kind: PeriodKind;
  name: string;
  /** The name in English; empty falls back to `name`. */
  nameEn: string;
  start: string;
  end: string;
  version: number;
}

export interface Plan {
  year: number;
  window: PlanWindow;
  initiatives: Initiative[];
  /** Terms and holidays that touch the window, for shading. */
  periods: CalendarPeriod[];
}

export interface PlanYearSummary {
  year: number;
  window: PlanWindow;
  initiatives: number;
}

/** What a change to the plan answers: the plan as it now is, and the row the change made or touched. */
export interface PlanChange {
  plan: Plan;
  id: number;
}

export interface CalendarEvent {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  allDay: boolean;
  startTime: string | null;
  endTime: string | null;
  place: string;
  notes: string;
  initiativeId: number | null;
  phaseId: number | null;
  schoolIds: number[];
  personIds: number[];
  /** RRULE body, e.g. `FREQ=WEEKLY;BYDAY=WE`; null for a one-off event. */
  rrule: string | null;
  repeatUntil: string | null;
  skips: string[];
  /** Set on an edited occurrence of a series. */
  seriesId: number | null;
  occurrenceDate: string | null;
  /** Covers the event's fields, its links and (for a series) its skipped dates. */
  version: number;
}

/** `session`: a mentoring session held, or the next one planned for an open pair; `visit`: a school visit. */
export type OccurrenceKind = 'event' | 'exam' | 'checkpoint' | 'session' | 'visit';

/** One item on the calendar: an event, one date of a series, an exam, an exam checkpoint or a mentoring session. */
export interface Occurrence {
  key: string;
  kind: OccurrenceKind;
  eventId: number | null;
  examId: number | null;
  /** The series this date belongs to (a recurring event's own id, or an edited occurrence's series). */
  seriesId: number | null;
  /** The series date this item stands for. */
  occurrenceDate: string | null;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  startTime: string | null;
  endTime: string | null;
  place: string;
  initiativeId: number | null;
  initiativeCode: string | null;
  colour: string | null;
  phaseId: number | null;
  phaseName: string | null;
  schoolIds: number[];
  schoolNames: string[];
  personIds: number[];
}

export interface Exam {
  id: number;
  name: string;
  date: string;
  checkpointDays: number[];
  initiativeId: number | null;
  initiativeCode: string | null;
  examTypeId: number | null;
  version: number;
}

export const INITIATIVE_COLOURS = ['#2f6fb3', '#c0392b', '#1e8449', '#8e44ad', '#d68910', '#117a65', '#6d4c41', '#b03a75', '#34495e', '#7d8c17'] as const;
