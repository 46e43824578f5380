/** Domain types of the Mentoring & Coaching programme. */
import type { CodedEntry, LeaderRole, TeamRole } from '../domain';

export const ASSIGNMENT_STATUSES = ['proposed', 'appointed', 'active', 'completed', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
/** Statuses of a pairing still running; a mentee has at most one of these per programme year. */
export const OPEN_STATUSES: readonly AssignmentStatus[] = ['proposed', 'appointed', 'active'];

export const SCHEDULES = ['weekly', 'fortnightly', 'monthly'] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const SESSION_MODES = ['visit', 'online', 'meeting'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** A BDSLC competency. */
export type Competency = CodedEntry;

/** Someone who can mentor or be mentored: a team member or a school leader. */
export interface MentoringPerson {
  id: number;
  name: string;
  title: string;
  schoolId: number | null;
  school: string | null;
  leaderRole: LeaderRole | null;
  teamRole: TeamRole | null;
  appointedOn: string | null;
  newlyAppointed: boolean;
  /** Team members other than the clerk always may; school leaders when marked experienced. */
  canMentor: boolean;
}

export interface FocusArea {
  competencyId: number;
  code: string;
  nameMs: string;
  nameEn: string;
  baseline: number;
  target: number;
  /** The latest assessed level, else the baseline. */
  current: number;
}

export interface AssignmentSummary {
  id: number;
  year: number;
  mentor: MentoringPerson;
  mentee: MentoringPerson;
  status: AssignmentStatus;
  schedule: Schedule;
  startDate: string | null;
  endDate: string | null;
  appointedOn: string | null;
  referenceNo: string;
  focus: FocusArea[];
  sessionsHeld: number;
  /** Sessions the schedule asks for from the start date to today (or to the end date). */
  sessionsPlanned: number;
  lastSessionDate: string | null;
  /** The agreed next date, else the last session (or the start) plus the schedule's interval. */
  nextSessionDate: string | null;
  /** An open pair with no session for longer than its schedule allows. */
  overdue: boolean;
  /** The mentor leads the mentee's own school. */
  sameSchool: boolean;
  openActions: number;
  /** Covers the pair's fields and focus; logging the first session or ending the pair raises it too. */
  version: number;
}

export interface MentoringAction {
  id: number;
  text: string;
  dueDate: string | null;
  doneOn: string | null;
}

export interface MentoringSession {
  id: number;
  date: string;
  durationMinutes: number;
  mode: SessionMode;
  topics: string;
  notes: string;
  nextDate: string | null;
  actions: MentoringAction[];
  /** Covers the session and its actions. */
  version: number;
}

export interface Assessment {
  id: number;
  competencyId: number;
  date: string;
  level: number;
  evidence: string;
}

export interface Assignment extends AssignmentSummary {
  goals: string;
  endedOn: string | null;
  endNote: string;
  sessions: MentoringSession[];
  assessments: Assessment[];
}

export interface MentorLoad {
  mentor: MentoringPerson;
  /** Open pairings this year. */
  load: number;
  overLimit: boolean;
  assignments: AssignmentSummary[];
}

export interface MentoringBoard {
  year: number;
  loadLimit: number;
  mentors: MentorLoad[];
  /** School leaders with no open pairing this year, newly appointed first. */
  unassigned: MentoringPerson[];
  /** Pairs completed or withdrawn this year (history). */
  ended: AssignmentSummary[];
}
