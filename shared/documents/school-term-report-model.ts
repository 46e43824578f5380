/** The school term report's model: a school's term of visits, findings and next steps, and who signs. */
import type { SchoolLevel } from '../domain';
import { fill, type Dictionary } from '../i18n';
import type { VisitStatus } from '../visits/types';
import type { KpiCell } from './kpi-review-model';
import type { LetterheadModel, Signer } from './models';
import type { SipProgress, SipTargetStatus } from './sip-review-model';

/** A term as the term reports print it: "Term 1 2024, 8 January – 15 March 2024". */
export interface TermOfReport {
  year: number;
  /** 1, 2, … : the N-th school term starting in the year. */
  number: number;
  start: string;
  end: string;
}

export interface SchoolTermReportModel {
  letterhead: LetterheadModel;
  /** The day the document is printed, for a next step's "overdue". */
  today: string;
  term: TermOfReport;
  school: {
    name: string;
    abbreviation: string;
    level: SchoolLevel;
    wseBand: number | null;
    head: { name: string; title: string } | null;
    deputies: { name: string; title: string }[];
  };
  /** The term's visits in date order, their purpose in the document's language. */
  visits: {
    date: string;
    status: VisitStatus;
    purpose: string;
    officers: string[];
    observations: number;
    findings: string;
  }[];
  /** Steps raised at the term's visits, and earlier ones still open at its end or closed during it. */
  nextSteps: { text: string; owner: string; visitDate: string; dueDate: string | null; closedOn: string | null; closedNote: string }[];
  narrative: string;
  /** The school's plan and results in the term's year; null when neither is recorded (the section is left out). */
  improvement: TermImprovement | null;
  signOff: Signer[];
}

/** A SIP target as the term reports show it: its latest rated progress (review number), if any. */
export interface TermSipTarget {
  ref: string;
  measure: string;
  baseline: number | null;
  target: number;
  unit: string;
  dueDate: string;
  status: SipTargetStatus;
  latest: { review: number; progress: SipProgress } | null;
}

/** A school's SIP targets for the year (null: no plan) and its A–C % this year against the target and last year. */
export interface TermImprovement {
  sip: { targets: TermSipTarget[] } | null;
  results: { exam: string; subject: string; cell: KpiCell }[];
}

/** "Laporan Penggal 1 2024: SR HMS": a school term report's title, also listed in the cluster's report. */
export const schoolTermTitle = (d: Dictionary, term: Pick<TermOfReport, 'year' | 'number'>, abbreviation: string) =>
  fill(d.doc.schoolTermTitle, { term: term.number, year: term.year, school: abbreviation });
