/**
 * Report models: the plain data each document is laid out from. A loader in the document's domain service
 * fills one from the database; a pure layout in electron/documents/ turns it into a Word document.
 */
import type { Language } from '../dates';
import type { LevelCounts, SchoolLevel } from '../domain';
import type { VisitStatus } from '../visits/types';

/** What the top of every official document shows, and who prepared it. */
export interface LetterheadModel {
  clusterName: string;
  ministry: string;
  department: string;
  address: string;
  /** The cluster's logo with its size in pixels, or null when none is set. */
  logo: { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number } | null;
  preparedBy: { name: string; post: string } | null;
  /** The date the document is issued (YYYY-MM-DD). */
  date: string;
  language: Language;
  /**
   * The register number the document is issued under ("Ruj. Kami"), printed under the letterhead and in the
   * footer; absent in a preview, which is not issued.
   */
  reference?: string;
}

/** Prepared / checked / approved by, or acknowledged by someone outside the office (a head of school). */
export type SignOffRole = 'prepared' | 'checked' | 'approved' | 'acknowledged';

/** One signature of a sign-off block. A null name or date leaves a dotted line to fill in by hand. */
export interface Signer {
  role: SignOffRole;
  name: string | null;
  /** The post, then further lines under it (e.g. the school or the cluster). */
  post: string[];
  date: string | null;
}

export interface SchoolRosterModel {
  letterhead: LetterheadModel;
  counts: LevelCounts;
  /** Levels in their order, each with its active schools, numbered 1.. across the whole roster. */
  groups: { level: SchoolLevel; schools: RosterSchool[] }[];
  signOff: Signer[];
}

export interface RosterSchool {
  number: number;
  name: string;
  abbreviation: string;
  headName: string | null;
  phone: string;
  wseBand: number | null;
}

export interface VisitReportModel {
  letterhead: LetterheadModel;
  /** The day the document is printed, for a next step's "overdue". */
  today: string;
  visit: {
    id: number;
    date: string;
    status: VisitStatus;
    purpose: string;
    peopleMet: string;
    findings: string;
    nextVisitDate: string | null;
  };
  school: { name: string; abbreviation: string; level: SchoolLevel };
  /** The visit's officers with their posts, in the visit's order. */
  officers: { name: string; post: string }[];
  observations: {
    teacher: string;
    className: string;
    subject: string;
    strengths: string;
    improvements: string;
    /** Criteria in the visit's order, already named in the document's language. */
    ratings: { criterion: string; rating: number }[];
  }[];
  nextSteps: { text: string; owner: string; dueDate: string | null; closedOn: string | null; closedNote: string }[];
  signOff: Signer[];
}
