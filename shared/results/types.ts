/** What the results and checkpoint methods answer. */
import type { CodedEntry, SchoolLevel } from '../domain';

export const CHECKPOINT_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export interface ResultSchool {
  id: number;
  abbreviation: string;
  name: string;
  level: SchoolLevel;
}

/** One school's result in one subject of one exam type in the year, beside its target and last year's. */
export interface ResultRow {
  schoolId: number;
  examTypeId: number;
  subjectId: number;
  /** Null when only a target is set. */
  sat: number | null;
  passed: number | null;
  acPercent: number | null;
  target: number | null;
  lastYearPercent: number | null;
  /** This year's A–C % minus last year's, in points; null unless both are known. */
  change: number | null;
  /** The result's version (0: no result yet), sent back with a save to refuse overwriting another's change. */
  version: number;
}

/** The cluster's A–C % in one subject of one exam type: all who reached A–C over all who sat. */
export interface ClusterTotal {
  examTypeId: number;
  subjectId: number;
  sat: number;
  passed: number;
  acPercent: number | null;
  lastYearPercent: number | null;
  change: number | null;
  /** How many schools have a result. */
  schools: number;
}

export interface ResultsList {
  year: number;
  examTypes: CodedEntry[];
  subjects: CodedEntry[];
  /** The active schools (the grid keeps those sitting the chosen exam type, see shared/results/sitting.ts). */
  schools: ResultSchool[];
  rows: ResultRow[];
  totals: ClusterTotal[];
}

export interface SeriesPoint {
  year: number;
  sat: number | null;
  passed: number | null;
  acPercent: number | null;
  target: number | null;
}

/** One subject of one exam type over the years, oldest first. */
export interface ResultSeries {
  examTypeId: number;
  subjectId: number;
  points: SeriesPoint[];
}

export interface SchoolResults {
  school: ResultSchool;
  examTypes: CodedEntry[];
  subjects: CodedEntry[];
  series: ResultSeries[];
}

export interface ClusterResults {
  examTypes: CodedEntry[];
  subjects: CodedEntry[];
  /** Per exam type and subject, the cluster's A–C % year by year (target: the mean of the schools' targets). */
  series: ResultSeries[];
}

export interface CheckpointReview {
  schoolId: number;
  daysBefore: number;
  status: CheckpointStatus;
  predictedPercent: number | null;
  note: string;
  version: number;
}

export interface CheckpointExam {
  id: number;
  name: string;
  date: string;
  examTypeId: number | null;
  examTypeCode: string | null;
  /** Largest first (150, 100, 50, 20), each with its date. */
  checkpoints: { daysBefore: number; date: string }[];
  /** The schools sitting the exam. */
  schools: ResultSchool[];
  reviews: CheckpointReview[];
  /** Each school's actual A–C % over all subjects of the exam's type in its year, once results are in. */
  actual: { schoolId: number; acPercent: number }[];
  /** The cluster's actual A–C % (all passed over all sat), null before results. */
  clusterActual: number | null;
}

export interface CheckpointReviews {
  year: number;
  exams: CheckpointExam[];
}
