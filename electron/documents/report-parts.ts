/**
 * Parts the term reports and the cluster profile share beyond the kit: section headings in direct formatting
 * (until those documents move to the kit's styles) and a next step's status. Tables, text and colours come
 * from ./kit and are re-exported here for the documents that still import them from this file.
 */
import { Paragraph } from 'docx';
import type { Dictionary } from '../../shared/i18n';
import type { Term } from '../../shared/visits/types';
import { HEAD_FILL, run } from './kit';

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
  stepStatus,
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
