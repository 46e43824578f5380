/**
 * The cluster profile's report model, laid out after the cluster's own profile: introduction, the team as of
 * a month, the schools, mission and vision, the logo and what it stands for, the main role of the head and
 * team, the WSE terms of reference, the cross competencies, the initiatives in the profile's own order, the
 * services with their sub-points, and the year's initiative calendar. Every text is already in the
 * document's language (English falls back to Malay by shared/bilingual.ts).
 */
import type { LevelCounts, SchoolLevel } from '../domain';
import type { CalendarGridModel } from './initiative-calendar-model';
import type { LetterheadModel } from './models';

export interface ClusterProfileModel {
  letterhead: LetterheadModel;
  year: number;
  formerName: string;
  /** The month the team is listed as of (YYYY-MM). */
  teamAsOf: string;
  /** Paragraphs, one a line. */
  introduction: string;
  /** Each post in the team's order, with the people who hold it. */
  team: { post: string; names: string[] }[];
  counts: LevelCounts;
  /** Levels in their order, each with its active schools, numbered 1.. across the whole list. */
  schoolGroups: { level: SchoolLevel; schools: { number: number; name: string; abbreviation: string }[] }[];
  mission: string;
  vision: string;
  /** Who made the logo (paragraphs) and what its parts stand for; both empty leaves the section out. */
  logo: { paragraphs: string[]; parts: string[] };
  mainRole: string;
  /** The WSE terms of reference, domain by domain; absent or empty leaves the section out. */
  wseTerms?: WseTermsDomain[];
  crossCompetencies: string[];
  /** False when the year has no plan: the initiatives and calendar say so. */
  hasPlan: boolean;
  /** In the order the profile lists them. */
  initiatives: { code: string; heading: string; paragraphs: string[] }[];
  services: ProfileService[];
  /** The year's calendar grid with names in the document's language; null when there is no plan. */
  calendar: CalendarGridModel | null;
}

export interface WseTermsDomain {
  /** e.g. "DOMAIN 1: KEPIMPINAN DAN PENGURUSAN". */
  title: string;
  rows: WseTermsRow[];
}

export interface WseTermsRow {
  number: string;
  /** e.g. "1.1.2 Pelan Tindakan dan Pelaksanaan". */
  aspect: string;
  /** Lines as typed: numbered or "-" lines become list items. */
  terms: string;
  scope: string;
  monitoring: string;
}

/** A service of the cluster: its name, what it is, and its sub-points. */
export interface ProfileService {
  name: string;
  paragraphs: string[];
  points: string[];
}

const NAMED = /^([^:.]{2,80}):\s+(.+)$/;
const POINT = /^\s*(?:[-•*·▪]|\d+[.)])\s+/;

const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Services as typed in Settings: one a line as "Name: what it is"; a line starting "-" is a sub-point of the
 * service above it; any other line continues it.
 */
export function parseServices(text: string): ProfileService[] {
  const out: ProfileService[] = [];
  for (const line of linesOf(text)) {
    const last = out[out.length - 1];
    const point = POINT.exec(line);
    if (point && last) {
      last.points.push(line.slice(point[0].length));
      continue;
    }
    const named = NAMED.exec(line);
    if (named) out.push({ name: (named[1] ?? '').trim(), paragraphs: [(named[2] ?? '').trim()], points: [] });
    else if (last && last.points.length === 0) last.paragraphs.push(line);
    else out.push({ name: line.replace(POINT, ''), paragraphs: [], points: [] });
  }
  return out;
}

/** Paragraphs and "-" list items of a typed text, in their order of kind. */
export function splitPoints(text: string): { paragraphs: string[]; parts: string[] } {
  const paragraphs: string[] = [];
  const parts: string[] = [];
  for (const line of linesOf(text)) {
    const point = POINT.exec(line);
    if (point) parts.push(line.slice(point[0].length));
    else paragraphs.push(line);
  }
  return { paragraphs, parts };
}

/** One item a line, any list mark taken off. */
export const listLines = (text: string) => linesOf(text).map((l) => l.replace(POINT, ''));

/** " mentoring and coaching selected school leaders ": words, "&" read as "and", padded for whole-word search. */
const words = (s: string) => ` ${s.toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * An initiative's heading: its full name, with its code in brackets only when the name does not already
 * say it ("Mentoring and Coaching (Selected School Leaders)", not "... (MENTORING & COACHING)").
 */
export function initiativeHeading(name: string, code: string): string {
  const n = name.trim();
  if (!n) return code;
  return words(n).includes(words(code)) ? n : `${n} (${code})`;
}
