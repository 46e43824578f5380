/** Domain types of school visits, lesson observations, follow-up and termly reporting. */
import type { CodedEntry } from '../domain';
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

/** A next step with where it came from, for the follow-up list. */
export interface FollowUpItem extends NextStep {
  schoolId: number;
  school: string;
  visitDate: string;
  /** Open and past its due date. */
  overdue: boolean;
}

export interface Observation {
  id: number;
  teacher: string;
  className: string;
  subject: string;
  strengths: string;
  improvements: string;
  ratings: { criterionId: number; rating: number }[];
  version: number;
}

export interface Visit {
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
  nextSteps: NextStep[];
  observations: Observation[];
  /** Covers the visit's fields, officers and next steps (closing or reopening a step raises it too). */
  version: number;
}

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
