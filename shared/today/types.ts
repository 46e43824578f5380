/** The Today page: what needs doing as of a date, each part with its count and a short list. */
import type { Term } from '../visits/types';

/** How many there are, and the first few of them (the page links to where all are dealt with). */
export interface Counted<T> {
  count: number;
  items: T[];
}

/** Items a short list of the Today page shows. */
export const TODAY_LIST_SIZE = 5;
/** Next steps due within this many days after the as-of date count as due soon. */
export const DUE_SOON_DAYS = 7;
/** Exams and checkpoints within this many days after the as-of date. */
export const EXAMS_AHEAD_DAYS = 30;
/** A term's reports are due from this many days before it ends. */
export const REPORTS_DUE_DAYS = 14;
export const DEFAULT_STALE_DAYS = 30;
/** The newest backup is old after this many days. */
export const BACKUP_WARNING_DAYS = 7;

export interface TodayStep {
  id: number;
  visitId: number;
  text: string;
  owner: string;
  dueDate: string | null;
  schoolId: number;
  school: string;
}

export interface TodaySchool {
  schoolId: number;
  abbreviation: string;
  name: string;
  lastVisit: string | null;
  daysSince: number | null;
}

export interface TodayExamDate {
  examId: number;
  exam: string;
  date: string;
  /** Days before the exam for a checkpoint; null for the exam itself. */
  daysBefore: number | null;
}

/** A school most in need of support (Improvement › Support's ranking). */
export interface TodayNeed {
  schoolId: number;
  abbreviation: string;
  name: string;
  need: number;
}

/** A school with at least this need (out of 100) counts as in need on the Today page. */
export const NEED_ALERT = 50;

export interface TodayPair {
  assignmentId: number;
  mentee: string;
  mentor: string;
  nextSessionDate: string | null;
}

export interface TodayItem {
  kind: 'event' | 'visit' | 'session';
  title: string;
  start: string;
  end: string;
  startTime: string | null;
}

export interface TodayPhase {
  initiative: string;
  phase: string;
  /** 'YYYY-MM'. */
  start: string;
  end: string;
  starts: boolean;
  ends: boolean;
}

export interface Today {
  asOf: string;
  /** Narrowed to this person's items ("mine"), or everyone's. */
  personId: number | null;
  /** The person the user said they are (Settings), for "mine". */
  me: number | null;
  /** Monday to Sunday of the as-of date. */
  week: { start: string; end: string };
  nextSteps: { overdue: Counted<TodayStep>; dueSoon: Counted<TodayStep> };
  visits: {
    /** The term the as-of date falls in (or the last one that started before it), if the calendar has terms. */
    term: Term | null;
    notVisited: Counted<TodaySchool>;
    staleDays: number;
    stale: Counted<TodaySchool>;
    weeklyTarget: number;
    /** The term's weeks and the visits done in each (as on Coverage), and which week is the as-of date's. */
    weeks: { start: string; end: string }[];
    weeklyTotals: number[];
    currentWeek: number;
    thisWeek: number;
    lastWeek: number;
  };
  exams: Counted<TodayExamDate>;
  mentoring: { overdue: Counted<TodayPair>; thisWeek: Counted<TodayPair> };
  calendar: Counted<TodayItem>;
  phases: Counted<TodayPhase>;
  /** The term whose reports are due (it ends within 14 days or has ended), with what is still missing. */
  termReports: { term: Term | null; missing: Counted<{ schoolId: number; abbreviation: string }>; clusterMissing: boolean };
  backup: { newest: string | null; ageDays: number | null; warning: boolean };
  /** How many schools have a need of NEED_ALERT or more, and the schools most in need (any need above 0). */
  support: Counted<TodayNeed>;
}
