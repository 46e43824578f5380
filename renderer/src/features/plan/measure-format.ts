/** How a measure's value, target and basis read on screen: % for shares, signed points for a result change. */
import type { TFunction } from 'i18next';
import type { MeasureKind, MeasureValue } from '../../../../shared/attendance/types';
import { SHARE_KINDS } from '../../../../shared/attendance/types';

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${number(Math.abs(n))}`;

export function formatAmount(kind: MeasureKind, n: number | null, t: TFunction): string {
  if (n === null) return '–';
  if (SHARE_KINDS.includes(kind)) return `${number(n)}%`;
  if (kind === 'result-change') return t('attendance.points', { value: signed(n) });
  return number(n);
}

export function formatBasis(m: MeasureValue, t: TFunction): string {
  const b = m.basis;
  if (b.kind === 'share') return t(b.unit === 'leaders' ? 'attendance.shareLeaders' : 'attendance.shareSchools', { count: b.count, of: b.of });
  if (b.kind === 'change') {
    const pct = (v: number | null) => (v === null ? t('attendance.noResults') : `${number(v)}%`);
    return t('attendance.change', { year: b.year, current: pct(b.current), previousYear: b.year - 1, previous: pct(b.previous) });
  }
  return t('attendance.entered');
}

export const statusOf = (m: MeasureValue) => (m.met === null ? 'unknown' : m.met ? 'met' : 'notMet');
export const statusColour = { met: 'teal', notMet: 'orange', unknown: 'gray' } as const;
