/** The cluster term report's model: every active school's term in one table, visits week by week against the target. */
import type { SchoolLevel } from '../domain';
import type { KpiCell } from './kpi-review-model';
import type { LetterheadModel, Signer } from './models';
import type { TermOfReport } from './school-term-report-model';

/**
 * A week of the term: Monday to Sunday, clipped to the term. Its target is the cluster's weekly target
 * (Settings, "visits a week") in proportion to the week's days in the term that are not holidays (the
 * calendar's holiday periods), rounded up: a full week asks for the whole target, a week of two such days
 * for 2/7 of it, a week wholly on holiday for none.
 */
export interface TermWeek {
  /** 1.. in term order. */
  number: number;
  start: string;
  end: string;
  /** Days of the week in the term and not on holiday (0–7). */
  days: number;
  /** Visits done that week by the whole team. */
  visits: number;
  target: number;
  /**
   * met: visits reached the target; below: the week is over and they did not; open: the week is not over
   * on the day the report is printed and has not reached it yet; holiday: no day of the week is a term day.
   */
  status: 'met' | 'below' | 'open' | 'holiday';
}

export interface ClusterTermSchoolRow {
  /** 1.. in roster order. */
  number: number;
  name: string;
  abbreviation: string;
  level: SchoolLevel;
  /** Visits done in the term. */
  visits: number;
  /** Lesson observations at those visits. */
  observations: number;
  stepsOpen: number;
  /** Of the open steps, those past their due date on the day of printing. */
  stepsOverdue: number;
  stepsClosed: number;
  /** Whether the school's own term report has its narrative written. */
  narrativeWritten: boolean;
}

export interface ClusterTermReportModel {
  letterhead: LetterheadModel;
  today: string;
  term: TermOfReport;
  /** Visits a full week should have (Settings). */
  weeklyTarget: number;
  weeks: TermWeek[];
  schools: ClusterTermSchoolRow[];
  /** Visits done in the term by each officer, in the team's order. */
  officers: { name: string; visits: number }[];
  overview: string;
  highlights: string;
  challenges: string;
  /** The schools' plans and the cluster's results in the term's year; null when neither is recorded (left out). */
  improvement: ClusterTermImprovement | null;
  signOff: Signer[];
}

export interface ClusterTermImprovement {
  /** Schools with a plan for the year, in roster order: their targets by latest progress ('none': not rated yet). */
  plans: { abbreviation: string; targets: number; achieved: number; onTrack: number; behind: number; notStarted: number; none: number }[];
  /** Per exam type and subject: all schools' candidates together, and how many schools with a target met it. */
  results: { exam: string; subject: string; cell: KpiCell; schoolsMet: number; schoolsWithTarget: number }[];
}
