/** A school improvement plan as the UI and the documents read it: priorities, SMART targets, actions and reviews. */

export const SIP_TARGET_STATUSES = ['open', 'met', 'not-met', 'dropped'] as const;
export type SipTargetStatus = (typeof SIP_TARGET_STATUSES)[number];
export const SIP_ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type SipActionStatus = (typeof SIP_ACTION_STATUSES)[number];
export const SIP_PROGRESS = ['not-started', 'behind', 'on-track', 'achieved'] as const;
export type SipProgress = (typeof SIP_PROGRESS)[number];
/** SIP Review 1 and 2 are offered on every plan. */
export const DEFAULT_REVIEW_NUMBERS = [1, 2] as const;

/** Most a plan holds: a plan longer than this is no longer a plan the school can act on. */
export const SIP_LIMITS = { priorities: 20, targets: 10, actions: 20, reviews: 9, aspects: 13 } as const;

export interface SipTarget {
  id: number;
  measure: string;
  baseline: number | null;
  target: number;
  unit: string;
  dueDate: string;
  status: SipTargetStatus;
  /** With a subject: the results give the baseline when the target is carried to the next year. */
  examTypeId: number | null;
  subjectId: number | null;
  carriedFromId: number | null;
  /** Next steps of visits that serve this target. */
  nextSteps: number;
}

export interface SipAction {
  id: number;
  what: string;
  /** Who at the school carries it out. */
  owner: string;
  startDate: string | null;
  endDate: string | null;
  status: SipActionStatus;
  carriedFromId: number | null;
  nextSteps: number;
}

export interface SipPriority {
  id: number;
  title: string;
  description: string;
  aspectIds: number[];
  targets: SipTarget[];
  actions: SipAction[];
}

export interface SipReviewTarget {
  targetId: number;
  progress: SipProgress;
  evidence: string;
}

export interface SipReview {
  /** Null for a review offered by default and not saved yet. */
  id: number | null;
  number: number;
  date: string | null;
  /** A cluster team member. */
  reviewerId: number | null;
  reviewer: string | null;
  /** A leader of another school (SIP Peer Review). */
  peerReviewerId: number | null;
  peerReviewer: string | null;
  findings: string;
  targets: SipReviewTarget[];
}

export interface SipChoice {
  id: number;
  code: string;
  nameMs: string;
  nameEn: string;
}

export interface SipPerson {
  id: number;
  name: string;
  /** The peer reviewer's school (its abbreviation); null for team members. */
  school: string | null;
}

export interface Sip {
  /** Null while the school has no plan for the year (version 0). */
  id: number | null;
  version: number;
  schoolId: number;
  school: string;
  schoolName: string;
  year: number;
  notes: string;
  /** The year the plan was copied forward from, if it was. */
  copiedFromYear: number | null;
  priorities: SipPriority[];
  reviews: SipReview[];
  /** Whether the school already has a plan for the next year (copying forward is then refused). */
  nextYearExists: boolean;
  /** What the editor offers: WSE aspects, exam types, subjects, reviewers and peer reviewers. */
  aspects: SipChoice[];
  examTypes: SipChoice[];
  subjects: SipChoice[];
  reviewers: SipPerson[];
  peerReviewers: SipPerson[];
}

/** A school's plan for a year as the Improvement › SIP list shows it. */
export interface SipListRow {
  schoolId: number;
  school: string;
  schoolName: string;
  level: string;
  sipId: number | null;
  priorities: number;
  targets: number;
  targetsMet: number;
  actions: number;
  actionsDone: number;
  /** The latest review with findings or progress recorded. */
  lastReview: { number: number; date: string | null } | null;
}
