/**
 * What the school improvement documents print the same way: a figure with its unit, a baseline → target, an
 * A–C % coloured against its target, a change in points with its sign, a review's progress and a checkpoint
 * status, each in the document's language.
 */
import type { CheckpointStatus, KpiCell } from '../../../shared/documents/kpi-review-model';
import type { SipProgress } from '../../../shared/documents/sip-review-model';
import { fill, type Dictionary } from '../../../shared/i18n';
import { ALERT, DONE, MUTED, WARN, type Line } from './index';

const DASH = '—';

/** 48, 48.5: no trailing ".0". */
export const figure = (n: number) => String(Math.round(n * 10) / 10);

/** "48%" or "3 coaches": a value with its unit ("%" sticks to the number). */
export const withUnit = (n: number, unit: string) => (unit.trim() === '%' ? `${figure(n)}%` : unit.trim() ? `${figure(n)} ${unit.trim()}` : figure(n));

/** "48% → 60%", or "— → 60%" without a baseline. */
export const baselineToTarget = (baseline: number | null, target: number, unit: string) => `${baseline === null ? DASH : withUnit(baseline, unit)} → ${withUnit(target, unit)}`;

/** An A–C %, "—" when unknown. */
export const percentText = (p: number | null) => (p === null ? DASH : `${figure(p)}%`);

/** "+3.5", "−2", "0": a change in percentage points. */
export const changeText = (c: number | null) => (c === null ? DASH : c > 0 ? `+${figure(c)}` : c < 0 ? `\u2212${figure(-c)}` : '0');

/** This year's A–C %: green at or above the target, red below it, plain without one. */
export const thisYearLine = (c: Pick<KpiCell, 'thisYear' | 'met'>, opts: { size?: number } = {}): Line => ({
  text: percentText(c.thisYear),
  bold: c.thisYear !== null,
  color: c.met === true ? DONE : c.met === false ? ALERT : undefined,
  size: opts.size,
});

/** A change: green up, red down. */
export const changeLine = (c: number | null, opts: { size?: number } = {}): Line => ({ text: changeText(c), color: c === null || c === 0 ? undefined : c > 0 ? DONE : ALERT, size: opts.size });

/** Met / not met / no target, coloured. */
export const metLine = (c: Pick<KpiCell, 'met' | 'target'>, d: Dictionary, opts: { size?: number } = {}): Line =>
  c.met === true
    ? { text: d.improvementDocs.met, bold: true, color: DONE, size: opts.size }
    : c.met === false
      ? { text: d.improvementDocs.notMet, bold: true, color: ALERT, size: opts.size }
      : { text: c.target === null ? d.improvementDocs.noTarget : DASH, color: MUTED, size: opts.size };

const PROGRESS_COLOUR: Record<SipProgress, string> = { achieved: DONE, 'on-track': DONE, behind: ALERT, 'not-started': WARN };

/** A review's progress rating, coloured (achieved and on track green, behind red, not started amber). */
export const progressLine = (p: SipProgress, d: Dictionary, opts: { size?: number } = {}): Line => ({ text: d.improvementDocs.progress[p], bold: true, color: PROGRESS_COLOUR[p], size: opts.size });

const STATUS_COLOUR: Record<CheckpointStatus, string> = { 'on-track': DONE, 'at-risk': WARN, 'off-track': ALERT };

/** A checkpoint status, coloured, with the predicted A–C % under it when given. */
export function checkpointLines(s: { status: CheckpointStatus; predicted: number | null }, d: Dictionary, size?: number): Line[] {
  const out: Line[] = [{ text: d.improvementDocs.checkpointStatus[s.status], bold: true, color: STATUS_COLOUR[s.status], size }];
  if (s.predicted !== null) out.push({ text: fill(d.improvementDocs.predictedShort, { percent: figure(s.predicted) }), size: 16, color: MUTED });
  return out;
}
