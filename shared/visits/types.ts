/** Domain types of school visits, lesson observations, follow-up and termly reporting. */
import type { CodedEntry } from '../domain';
import type { AspectTagged } from '../wse/types';
export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Observation ratings: 1 needs improvement, 2 satisfactory, 3 good, 4 very good. */
export const RATINGS = [1, 2, 3, 4] as const;

/** A visit purpose or an observation criterion. */
export type ListEntry = CodedEntry;

export interface NextStep {
  id: number;
  visitId: number;
  text: string;
  owner: string;
  dueDate: string | null;
  closedOn: string | null;
  closedNote: string;
}

/** The SIP action or target of the school's plan that a visit's next step serves. */
export interface NextStepSipLink {
  sipActionId: number | null;
  sipTargetId: number | null;
}

/** A next step with where it came from, for the follow-up list. */
export interface FollowUpItem extends NextStep {
  schoolId: number;
  school: string;
  visitDate: string;
  /** Open and past its due date. */
  overdue: boolean;
}

export interface Observation extends AspectTagged {
  id: number;
  teacher: string;
  className: string;
  subject: string;
  strengths: string;
  improvements: string;
  ratings: { criterionId: number; rating: number }[];
  version: number;
}

export interface Visit extends AspectTagged {
  id: number;
  schoolId: number;
  school: string;
  schoolName: string;
  date: string;
  purposeId: number;
  purposeMs: string;
  purposeEn: string;
  status: VisitStatus;
  officerIds: number[];
  officers: string[];
  peopleMet: string;
  findings: string;
  nextVisitDate: string | null;
  nextSteps: (NextStep & NextStepSipLink & AspectTagged)[];
  observations: Observation[];
  /** Covers the visit's fields, officers and next steps (closing or reopening a step raises it too). */
  version: number;
}

/**
 * A visit as the term's list shows it: what it was, who went, and how much was observed and remains to do;
 * its texts, ratings and steps come with the full visit (`visits.get`).
 */
export interface VisitSummary {
  id: number;
  schoolId: number;
  school: string;
  schoolName: string;
  date: string;
  purposeId: number;
  purposeMs: string;
  purposeEn: string;
  status: VisitStatus;
  officerIds: number[];
  officers: string[];
  nextVisitDate: string | null;
  /** Lesson observations recorded at the visit. */
  observations: number;
  /** The mean of every rating given at the visit (to two decimals); null when nothing was rated. */
  averageRating: number | null;
  nextSteps: number;
  /** Next steps not closed yet. */
  openNextSteps: number;
}

/** The follow-up list: every open step, and (when asked for) one page of the closed history. */
export interface FollowUp {
  /** A page of the open steps: overdue first, then by due date (none last), then by visit. */
  open: FollowUpItem[];
  /** How many open steps there are, and how many of them are overdue. */
  openTotal: number;
  overdue: number;
  /** The page of open steps shown, from 1. */
  openPage: number;
  /** A page of the closed steps, most recently closed first; empty unless the history was asked for. */
  closed: FollowUpItem[];
  /** How many closed steps the history holds; 0 unless it was asked for. */
  total: number;
  /** The page of the history shown, from 1. */
  page: number;
  /** Steps a page holds, open or closed. */
  pageSize: number;
}

/** Next steps a page of the follow-up shows, of the open ones or of the closed history. */
export const FOLLOW_UP_PAGE_SIZE = 100;

/** Term N of a year: the N-th school term (from the calendar's terms) that starts in that year. */
export interface Term {
  year: number;
  term: number;
  name: string;
  start: string;
  end: string;
}

export interface Coverage {
  term: Term;
  /** Monday-to-Sunday weeks touching the term, clipped to it. */
  weeks: { start: string; end: string }[];
  weeklyTarget: number;
  /** Visits done per week by the whole team. */
  weeklyTotals: number[];
  /** Schools not yet visited this term first, then longest since the last visit. */
  schools: {
    schoolId: number;
    name: string;
    abbreviation: string;
    perWeek: number[];
    total: number;
    lastVisit: string | null;
    /** Days from the last visit (ever) to the end of the term or today, whichever is earlier. */
    daysSince: number | null;
  }[];
  officers: { personId: number; name: string; visits: number }[];
}

/** An observation criterion as the ratings charts name it. */
export interface RatedCriterion {
  id: number;
  code: string;
  nameMs: string;
  nameEn: string;
}

/** The mean rating of one criterion over the lesson observations of one term. */
export interface TermRating {
  year: number;
  term: number;
  criterionId: number;
  /** Two decimals. */
  average: number;
  /** Ratings given. */
  count: number;
}

/** The cluster's observation ratings per criterion, term by term through a year, across every school. */
export interface ClusterRatings {
  year: number;
  /** The year's terms, each with the lesson observations recorded in it. */
  terms: (Term & { observations: number })[];
  /** The criteria rated in those terms and every criterion in use, in the list's order. */
  criteria: RatedCriterion[];
  /** By term, then in the criteria's order; a criterion not rated in a term has no entry. */
  ratings: TermRating[];
}

export interface TermReportText {
  schoolId: number | null;
  year: number;
  term: number;
  narrative: string;
  highlights: string;
  challenges: string;
  /** 0 while the text has never been saved. */
  version: number;
}
