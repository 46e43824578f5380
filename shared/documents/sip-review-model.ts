/**
 * The SIP review report's model: a school's improvement plan for a year (priorities with their WSE aspects,
 * SMART targets with each review's progress and evidence, actions), the reviews' findings and reviewers, the
 * next steps from the year's visits that serve the plan, and who signs.
 */
import type { SchoolLevel } from '../domain';
import { fill, type Dictionary } from '../i18n';
import type { LetterheadModel, Signer } from './models';

/** As the tables hold them (db/schema.ts). */
export type SipTargetStatus = 'open' | 'met' | 'not-met' | 'dropped';
export type SipActionStatus = 'not-started' | 'in-progress' | 'done' | 'dropped';
export type SipProgress = 'not-started' | 'behind' | 'on-track' | 'achieved';

/** A target's progress at one review, or null when that review did not rate it. */
export type TargetProgress = { progress: SipProgress; evidence: string } | null;

export interface SipReviewTarget {
  /** "1.2": the priority's number, then the target's. */
  ref: string;
  measure: string;
  baseline: number | null;
  target: number;
  unit: string;
  dueDate: string;
  status: SipTargetStatus;
  /** One entry per review of the plan, in the reviews' order. */
  progress: TargetProgress[];
}

export interface SipReviewAction {
  /** "1.2": the priority's number, then the action's. */
  ref: string;
  what: string;
  owner: string;
  start: string | null;
  end: string | null;
  status: SipActionStatus;
}

export interface SipReviewPriority {
  number: number;
  title: string;
  description: string;
  /** The WSE aspects it serves, named in the document's language. */
  aspects: { code: string; name: string }[];
  targets: SipReviewTarget[];
  actions: SipReviewAction[];
}

export interface SipReviewRound {
  number: number;
  date: string | null;
  /** The cluster officer who reviewed, with the post in the document's language. */
  reviewer: { name: string; post: string } | null;
  /** A leader of another school (SIP Peer Review), with the post and the school's abbreviation. */
  peer: { name: string; post: string; school: string } | null;
  findings: string;
}

export interface SipReviewModel {
  letterhead: LetterheadModel;
  /** The day the document is printed, for a next step's "overdue". */
  today: string;
  year: number;
  school: { name: string; abbreviation: string; level: SchoolLevel; head: { name: string; title: string } | null };
  notes: string;
  reviews: SipReviewRound[];
  priorities: SipReviewPriority[];
  /** Next steps raised at the year's visits that serve one of the plan's targets or actions. */
  nextSteps: { text: string; owner: string; visitDate: string; dueDate: string | null; closedOn: string | null; closedNote: string; serves: { kind: 'target' | 'action'; ref: string } }[];
  signOff: Signer[];
}

/** "Semakan PPS 2025: SR HMS": the SIP review's title, naming its file and its register entry. */
export const sipReviewTitle = (d: Dictionary, year: number, abbreviation: string) => fill(d.improvementDocs.sipReviewTitle, { year, school: abbreviation });

/** The target's latest rated progress (the last review that rated it), or null. */
export function latestProgress(progress: TargetProgress[]): { review: number; progress: SipProgress; evidence: string } | null {
  for (let i = progress.length - 1; i >= 0; i--) {
    const p = progress[i];
    if (p) return { review: i, ...p };
  }
  return null;
}
