/** Domain types of the WSE framework, a school's band history and its aspect ratings. */

/** A band is set by the school's own evaluation (internal) or confirmed by the ministry's inspectors (validated). */
export const BAND_KINDS = ['internal', 'validated'] as const;
export type BandKind = (typeof BAND_KINDS)[number];
/** WSE bands and aspect ratings: 1 (weakest) to 5 (strongest). */
export const WSE_LEVELS = [1, 2, 3, 4, 5] as const;

/** An aspect of the WSE framework with the cluster's terms of reference, scope of work and monitoring mechanism. */
export interface WseAspect {
  id: number;
  domainId: number;
  /** domain.area.aspect, e.g. "1.1.2". */
  code: string;
  nameMs: string;
  nameEn: string;
  /** An empty text continues the one of the aspect above it, as the merged cells of the profile's tables do. */
  termsMs: string;
  termsEn: string;
  scopeMs: string;
  scopeEn: string;
  monitoringMs: string;
  monitoringEn: string;
  archived: boolean;
  version: number;
}

export interface WseDomain {
  id: number;
  number: number;
  nameMs: string;
  nameEn: string;
  version: number;
  /** In code order, archived ones included (flagged). */
  aspects: WseAspect[];
}

export interface WseBand {
  id: number;
  schoolId: number;
  year: number;
  band: number;
  kind: BandKind;
  date: string;
  note: string;
  version: number;
}

export interface WseRating {
  aspectId: number;
  rating: number | null;
  note: string;
}

/** A school's ratings of one year: every aspect in use, and any archived aspect it was rated on. */
export interface WseRatings {
  schoolId: number;
  year: number;
  ratings: WseRating[];
}

/** Something a visit, observation or next step can be tagged with. */
export interface AspectTagged {
  /** The WSE aspects it serves. */
  aspectIds: number[];
}

/** A lesson-observation criterion and the aspect it maps to, if any. */
export interface CriterionAspect {
  criterionId: number;
  aspectId: number | null;
}

/** Aspect codes compare part by part: 1.2.4 before 1.10.1. */
export const compareCodes = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};
