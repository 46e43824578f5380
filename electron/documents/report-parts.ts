/**
 * Parts the term reports and the cluster profile share beyond the kit: section headings in direct formatting
 * (until those documents move to the kit's styles) and a next step's status. Tables, text and colours come
 * from ./kit and are re-exported here for the documents that still import them from this file.
 */
import { Paragraph } from 'docx';
import type { Dictionary } from '../../shared/i18n';
import type { NextStep, Term } from '../../shared/visits/types';
import { ALERT, DONE, HEAD_FILL, MUTED, run, shortDate, type Line } from './kit';

export {
  ALERT,
  DONE,
  HEAD_FILL,
  LABEL_FILL,
  MUTED,
  TOTAL_FILL,
  cell,
  columnWidths as shares,
  detailsTable,
  gap,
  headerRow,
  linesOf,
  noneLine,
  shortDate,
  smallCell,
  table,
  textBlock,
  type Line,
} from './kit';

/** A section heading in the letterhead's blue, kept with what follows it. */
export const heading = (text: string, opts: { size?: number; before?: number; pageBreak?: boolean } = {}) =>
  new Paragraph({
    keepNext: true,
    pageBreakBefore: opts.pageBreak,
    spacing: { before: opts.before ?? 280, after: 100 },
    children: [run(text, { bold: true, size: opts.size ?? 24, color: HEAD_FILL })],
  });

/** A smaller heading inside a section (an observation, a visit's findings, an initiative). */
export const subheading = (text: string) =>
  new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [run(text, { bold: true, size: 22 })] });

/** A next step's status as a reader wants it: open (and overdue, in red) or closed on a date with what was done. */
export function stepStatus(step: Pick<NextStep, 'dueDate' | 'closedOn' | 'closedNote'>, today: string, d: Dictionary): Line[] {
  if (step.closedOn) {
    const out: Line[] = [{ text: d.doc.stepClosed.replace('{{date}}', shortDate(step.closedOn, d)), color: DONE }];
    if (step.closedNote.trim()) out.push({ text: step.closedNote.trim(), size: 16, italics: true, color: MUTED });
    return out;
  }
  const overdue = step.dueDate !== null && step.dueDate < today;
  return overdue ? [{ text: d.doc.stepOpen }, { text: d.doc.stepOverdue.toUpperCase(), bold: true, color: ALERT }] : [{ text: d.doc.stepOpen }];
}

/**
 * The next steps a term answers for: those raised at its visits, and earlier ones still open at its end or
 * closed during it. Steps of later visits are not the term's.
 */
export function stepsOfTerm<T extends { visitDate: string; closedOn: string | null }>(steps: T[], term: Pick<Term, 'start' | 'end'>): T[] {
  return steps.filter(
    (s) => s.visitDate <= term.end && (s.visitDate >= term.start || s.closedOn === null || s.closedOn >= term.start),
  );
}

/** "Laporan Penggal 1 2024: SR HMS": the school term report's title, also listed in the cluster's report. */
export const schoolTermTitle = (d: Dictionary, year: number, term: number, abbreviation: string) =>
  d.doc.schoolTermTitle.replace('{{term}}', String(term)).replace('{{year}}', String(year)).replace('{{school}}', abbreviation);
