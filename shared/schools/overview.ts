/** The page of one school: everything it shows, read in one call (`schools.overview`). */
import type { School } from '../domain';
import type { AssignmentStatus, SessionMode } from '../mentoring/types';
import type { RatedCriterion, TermRating, VisitStatus } from '../visits/types';

/** Terms the page charts and counts: the latest ones that have started, oldest first. */
export const OVERVIEW_TERMS = 12;
/** Visits the timeline shows, newest first; older ones are counted per term. */
export const OVERVIEW_VISITS = 30;
/** Closed next steps shown, most recently closed first. */
export const OVERVIEW_CLOSED_STEPS = 20;
/** Open next steps shown at most (overdue first). */
export const OVERVIEW_OPEN_STEPS = 100;
/** Coming events shown at most. */
export const OVERVIEW_EVENTS = 10;

export interface OverviewObservation {
  id: number;
  teacher: string;
  className: string;
  subject: string;
  /** The mean of the observation's ratings (two decimals); null when nothing was rated. */
  averageRating: number | null;
}

export interface OverviewVisit {
  id: number;
  date: string;
  status: VisitStatus;
  purposeMs: string;
  purposeEn: string;
  officers: string[];
  findings: string;
  nextVisitDate: string | null;
  observations: OverviewObservation[];
  nextSteps: number;
  openNextSteps: number;
}

export interface OverviewStep {
  id: number;
  visitId: number;
  visitDate: string;
  text: string;
  owner: string;
  dueDate: string | null;
  closedOn: string | null;
  closedNote: string;
  /** Open and past its due date. */
  overdue: boolean;
}

/** A school term with the school's done visits in it. */
export interface OverviewTerm {
  year: number;
  term: number;
  name: string;
  start: string;
  end: string;
  visits: number;
}

export type OverviewCriterion = RatedCriterion;

/** The mean rating of one criterion over the observations of one term at the school. */
export type OverviewRating = TermRating;

export interface OverviewPair {
  id: number;
  year: number;
  status: AssignmentStatus;
  mentorId: number;
  mentor: string;
  menteeId: number;
  mentee: string;
  /** Which side of the pair the school's person is on (mentee when both are). */
  side: 'mentor' | 'mentee';
  sessionCount: number;
  lastSession: string | null;
  /** The sessions, listed for the pairs of the latest two programme years (empty for older pairs). */
  sessions: { id: number; date: string; mode: SessionMode; topics: string }[];
}

export interface OverviewEvent {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  /** A repeating series, shown from its first date until `repeatUntil`. */
  repeats: boolean;
  repeatUntil: string | null;
  initiativeCode: string | null;
}

export interface OverviewInitiative {
  id: number;
  year: number;
  code: string;
  name: string;
  nameEn: string;
  /** Named for the school itself; otherwise it targets the school's level. */
  named: boolean;
}

export interface SchoolOverview {
  school: School;
  /** The day the figures are counted to. */
  asOf: string;
  lastVisit: string | null;
  daysSinceLastVisit: number | null;
  /** The earliest planned visit from today, if any. */
  nextPlannedVisit: string | null;
  /** Every visit of the school, of any status. */
  visitTotal: number;
  /** The latest visits, newest first. */
  visits: OverviewVisit[];
  /** The latest terms that have started, oldest first, with done visits in each. */
  terms: OverviewTerm[];
  /** The criteria rated in those terms and every criterion in use, in the list's order. */
  criteria: OverviewCriterion[];
  ratings: OverviewRating[];
  nextSteps: { open: OverviewStep[]; openTotal: number; overdue: number; closed: OverviewStep[]; closedTotal: number };
  /** Pairs in which a leader or teacher of the school mentors or is mentored, newest year first. */
  mentoring: OverviewPair[];
  /** Coming events (and running series) aimed at the school, by date. */
  events: OverviewEvent[];
  /** The initiatives of the plan year (this year's, else the latest before it) aimed at the school. */
  initiatives: OverviewInitiative[];
  /** The plan year the initiatives come from; null when there is no plan. */
  planYear: number | null;
}
