/**
 * The KPI review report's model: A–C % against target per exam type, for the whole cluster (schools ×
 * subjects, last year and this year) or for one school (its subjects over the last years), with the STEPS
 * checkpoint statuses of the year's exams. Every percentage is acPercent's (shared/results/percent.ts).
 */
import type { SchoolLevel } from '../domain';
import { fill, type Dictionary } from '../i18n';
import type { LetterheadModel, Signer } from './models';

export type CheckpointStatus = 'on-track' | 'at-risk' | 'off-track';

/** A subject's A–C % one year: null when nobody sat (or no result was entered). */
export interface KpiFigure {
  sat: number;
  passed: number;
  percent: number | null;
}

/** A school's (or the cluster's) subject this year against last year and the target. */
export interface KpiCell {
  lastYear: number | null;
  thisYear: number | null;
  target: number | null;
  /** This year less last year, in points to one decimal; null unless both are known. */
  change: number | null;
  /** This year at or above the target; null unless both are known. */
  met: boolean | null;
}

/** One exam of the year and each school's status at its checkpoints (days before, largest first). */
export interface KpiCheckpointExam {
  name: string;
  date: string;
  days: number[];
  rows: {
    school: string;
    /** One per day of `days`; null where no review was recorded. */
    statuses: ({ status: CheckpointStatus; predicted: number | null; note: string } | null)[];
  }[];
}

export interface KpiExamGroup {
  exam: { code: string; name: string };
  subjects: { code: string; name: string }[];
  /** Cluster: one row per school with a result or target, cells in the subjects' order. */
  schools: { name: string; abbreviation: string; cells: (KpiCell | null)[] }[];
  /** Cluster: all schools' candidates together, cells in the subjects' order. */
  cluster: (KpiCell | null)[];
  /** School: the years shown, oldest first, the report's year last. */
  years: number[];
  /** School: each subject's A–C % and target per year (in `years` order), and this year against last and target. */
  history: { subject: string; figures: { percent: number | null; target: number | null }[]; now: KpiCell }[];
  checkpoints: KpiCheckpointExam[];
}

export interface KpiReviewModel {
  letterhead: LetterheadModel;
  year: number;
  /** Null for the cluster's report. */
  school: { name: string; abbreviation: string; level: SchoolLevel } | null;
  groups: KpiExamGroup[];
  signOff: Signer[];
}

/** The cluster's or a school's KPI review title, naming its file and its register entry. */
export const kpiReviewTitle = (d: Dictionary, m: Pick<KpiReviewModel, 'year' | 'school' | 'letterhead'>) =>
  m.school
    ? fill(d.improvementDocs.kpiSchoolTitle, { year: m.year, school: m.school.abbreviation })
    : fill(d.improvementDocs.kpiClusterTitle, { year: m.year, cluster: m.letterhead.clusterName });

/** Change in points to one decimal, and whether the target is met; null where a figure is missing. */
export function kpiCell(lastYear: number | null, thisYear: number | null, target: number | null): KpiCell {
  return {
    lastYear,
    thisYear,
    target,
    change: lastYear !== null && thisYear !== null ? Math.round((thisYear - lastYear) * 10) / 10 : null,
    met: thisYear !== null && target !== null ? thisYear >= target : null,
  };
}
