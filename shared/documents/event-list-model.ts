/** The event list's report model: everything dated in a range, one item each, in date order. */
import type { SchoolLevel } from '../domain';
import type { LetterheadModel, Signer } from './models';

export interface EventListModel {
  letterhead: LetterheadModel;
  /** The range asked for, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Items touching the range, ordered by the day they start within it. */
  items: EventListItem[];
  signOff: Signer[];
}

/** Whom an item is for: every active school, every school of one level, some schools by abbreviation, or none named. */
export type SchoolScope = { scope: 'all' } | { scope: 'level'; level: SchoolLevel } | { scope: 'some'; abbreviations: string[] } | { scope: 'none' };

interface ItemBase {
  start: string;
  end: string;
  /** The initiative's code, when the item belongs to one. */
  initiative: string | null;
  schools: SchoolScope;
}

export type EventListItem =
  | (ItemBase & { kind: 'event'; title: string; startTime: string | null; endTime: string | null; phase: string | null; place: string })
  | (ItemBase & { kind: 'exam'; name: string })
  | (ItemBase & { kind: 'checkpoint'; name: string; daysBefore: number; examDate: string })
  | (ItemBase & { kind: 'visit'; school: string; purpose: string; planned: boolean; officers: string[] })
  | (ItemBase & { kind: 'session'; mentee: string; mentor: string; planned: boolean })
  | (ItemBase & { kind: 'term' | 'holiday'; name: string });

export type EventListKind = EventListItem['kind'];
