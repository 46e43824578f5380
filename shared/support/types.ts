/**
 * Targeting support: the schools ranked by need, and seed 003's four groups (context × results) with a
 * suggested partner of the same context and level with stronger results.
 */
import type { SchoolLevel } from '../domain';

export const SCHOOL_CONTEXTS = ['challenging', 'favourable'] as const;
export type SchoolContext = (typeof SCHOOL_CONTEXTS)[number];
export type CheckpointStatus = 'on-track' | 'at-risk' | 'off-track';

/**
 * 1 challenging context, lower results; 2 challenging, higher; 3 favourable, lower; 4 favourable, higher.
 * A school without a context or without results is in no group.
 */
export type SupportGroup = 1 | 2 | 3 | 4;

/** The parts of a school's need, each scored out of its most, so the ranking can say why. */
export interface NeedParts {
  band: number;
  results: number;
  checkpoint: number;
  visit: number;
  steps: number;
}

export interface SupportRow {
  schoolId: number;
  number: number;
  name: string;
  abbreviation: string;
  level: SchoolLevel;
  context: SchoolContext | null;
  /** The latest WSE band (1 strongest, 5 weakest). */
  band: number | null;
  /** The A–C % over every subject of the latest year with results (up to the year asked). */
  acPercent: number | null;
  resultsYear: number | null;
  /** Targets of the year less the latest A–C %, averaged over the subjects with a target; above 0 is short of target. */
  targetGap: number | null;
  /** The latest checkpoint review reached by the as-of date. */
  checkpoint: { status: CheckpointStatus; exam: string; daysBefore: number; predictedPercent: number | null } | null;
  lastVisit: string | null;
  daysSinceVisit: number | null;
  openSteps: number;
  overdueSteps: number;
  need: number;
  parts: NeedParts;
  /** Above or below the median A–C % of schools of its level; null without results. */
  higherResults: boolean | null;
  group: SupportGroup | null;
  partner: { schoolId: number; name: string; abbreviation: string; acPercent: number } | null;
}

export interface SupportRanking {
  year: number;
  asOf: string;
  /** Most in need first. */
  rows: SupportRow[];
  /** The median A–C % per level, the line between higher and lower results. */
  medians: Partial<Record<SchoolLevel, number>>;
}

/** The most each part of the need adds; they sum to 100. */
export const NEED_WEIGHTS: NeedParts = { band: 25, results: 25, checkpoint: 20, visit: 15, steps: 15 };
/** A gap to target of this many points or more scores the whole results part. */
export const FULL_GAP = 20;
/** Days without a visit that score the whole visit part. */
export const FULL_VISIT_DAYS = 120;
/** Overdue steps that score the whole steps part. */
export const FULL_OVERDUE = 5;
