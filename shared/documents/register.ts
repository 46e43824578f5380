/** Reference numbers of issued documents and the register they are recorded in. */
import type { DocumentRequest } from '../api';

export const DEFAULT_REFERENCE_PATTERN = 'KL/<code>/<year>/<seq>';

/** What the register records: every kind a request asks for, and the covering letter a termly pack adds. */
export type IssuedKind = DocumentRequest['kind'] | 'covering-letter';

/** The short code of each kind, for `<code>` in the reference pattern. */
export const KIND_CODES: Record<IssuedKind, string> = {
  'school-roster': 'SEK',
  'initiative-calendar': 'KAL',
  'event-list': 'AKT',
  'mentor-appointment-letters': 'MEN',
  'mentoring-report': 'MEN',
  'visit-report': 'LAW',
  'school-term-report': 'LPS',
  'cluster-term-report': 'LPK',
  'cluster-profile': 'PRO',
  'covering-letter': 'SRT',
  'sip-review': 'PPS',
  'kpi-review': 'KPI',
};

/** `KL/<code>/<year>/<seq>` → `KL/LAW/2026/007`: the sequence is three digits at least. */
export function formatReference(pattern: string, parts: { code: string; year: number; seq: number }): string {
  return pattern
    .replaceAll('<code>', parts.code)
    .replaceAll('<year>', String(parts.year))
    .replaceAll('<seq>', String(parts.seq).padStart(3, '0'));
}

/** Why a pattern cannot number documents, or null: it needs `<seq>`, and only printable characters. */
export function patternProblem(pattern: string): readonly [en: string, ms: string] | null {
  if (!pattern.includes('<seq>')) return ['The pattern needs <seq>, the running number.', 'Corak ini memerlukan <seq>, nombor siri.'];
  const rest = pattern.replace(/<(code|year|seq)>/g, '');
  if (/[<>]/.test(rest)) return ['Only <code>, <year> and <seq> may stand in angle brackets.', 'Hanya <code>, <year> dan <seq> boleh berada dalam kurungan sudut.'];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(rest)) return ['The pattern holds a control character.', 'Corak ini mengandungi aksara kawalan.'];
  return null;
}

export interface RegisterEntry {
  id: number;
  referenceNo: string;
  /** 1 for the first issue; a document issued again under its number is revision 2, 3… */
  revision: number;
  year: number;
  kind: IssuedKind;
  title: string;
  recipient: string;
  language: 'ms' | 'en';
  issuedOn: string;
  issuedAt: string;
  issuedBy: string;
  fileName: string;
  sha256: string;
}

export interface Register {
  pattern: string;
  items: RegisterEntry[];
}
