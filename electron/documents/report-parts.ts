/**
 * Parts the visit report, the term reports and the cluster profile share: section headings, written text as
 * paragraphs, plain tables with a shaded label column or a dark header row, and a next step's status.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TabStopType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Dictionary } from '../../shared/i18n';
import type { NextStep, Term } from '../../shared/visits/types';
import { FONT, run, textWidth } from './letterhead';

export const HEAD_FILL = '1F3864';
export const LABEL_FILL = 'D9E2F3';
export const TOTAL_FILL = 'EDF1F9';
export const MUTED = '595959';
export const ALERT = 'C00000';
export const DONE = '1E7B34';
const GRID = 'A6A6A6';

/** A line of a table cell or a block of text. */
export interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

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

/** A quiet line saying there is nothing to show. */
export const noneLine = (text: string) => new Paragraph({ spacing: { after: 80 }, children: [run(text, { italics: true, size: 20, color: MUTED })] });

const BULLET = /^\s*(?:[-•*·]|\d+[.)])\s+/;

/**
 * Text as someone typed it: one paragraph a line, justified; a line starting with "-", "•" or "1." becomes a
 * list item with its mark hanging. Empty lines are dropped.
 */
export function textBlock(text: string, opts: { size?: number; after?: number } = {}): Paragraph[] {
  const size = opts.size ?? 22;
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const mark = BULLET.exec(line)?.[0];
      if (mark) {
        const bullet = /\d/.test(mark) ? mark.trim() : '•';
        return new Paragraph({
          alignment: AlignmentType.BOTH,
          spacing: { after: 60 },
          indent: { left: 360, hanging: 360 },
          children: [run(`${bullet}\t${line.slice(mark.length)}`, { size })],
          tabStops: [{ type: TabStopType.LEFT, position: 360 }],
        });
      }
      return new Paragraph({ alignment: AlignmentType.BOTH, spacing: { after: opts.after ?? 120 }, children: [run(line, { size })] });
    });
}

/** Column widths (DXA) from shares of the portrait text width, adding up to it exactly. */
export function shares(parts: number[], total = textWidth()): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const widths = parts.map((p) => Math.floor((total * p) / sum));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function cell(
  lines: Line[],
  width: number,
  opts: { fill?: string; span?: number; align?: 'left' | 'center' | 'right'; size?: number; keepNext?: boolean } = {},
): TableCell {
  const alignment = opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
    verticalAlign: VerticalAlignTable.TOP,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    children: (lines.length ? lines : [{ text: '' }]).map(
      (l) =>
        new Paragraph({
          alignment,
          keepNext: opts.keepNext,
          spacing: { after: 0 },
          children: [run(l.text, { bold: l.bold, italics: l.italics, size: l.size ?? opts.size ?? 20, color: l.color })],
        }),
    ),
  });
}

/** A cell of a list table, in 9 pt so dates and names fit their columns. */
export const smallCell = (lines: Line[], width: number, opts: Parameters<typeof cell>[2] = {}) => cell(lines, width, { size: 18, ...opts });

/** Written text in a cell: its lines as they were typed. */
export const linesOf = (text: string, style: Omit<Line, 'text'> = {}): Line[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ ...style, text: t }));

const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

export function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows,
  });
}

/** The dark header row of a list table, repeated on every page. */
export function headerRow(titles: string[], widths: number[], center: (i: number) => boolean = () => false, size = 18): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((t, i) => cell([{ text: t, bold: true, color: 'FFFFFF' }], widths[i] ?? 0, { fill: HEAD_FILL, align: center(i) ? 'center' : 'left', size })),
  });
}

/** A two-column table: a shaded label, then its value (one or more lines); `keep` holds it on one page. */
export function detailsTable(rows: [label: string, value: Line[]][], opts: { labelShare?: number; keep?: boolean } = {}): Table {
  const labelShare = opts.labelShare ?? 28;
  const widths = shares([labelShare, 100 - labelShare]);
  return table(
    widths,
    rows.map(([label, value], i) => {
      const keepNext = opts.keep && i < rows.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [cell([{ text: label, bold: true }], widths[0] ?? 0, { fill: LABEL_FILL, keepNext }), cell(value, widths[1] ?? 0, { keepNext })],
      });
    }),
  );
}

/** "14 Feb 2024": a date short enough for a narrow column. */
export function shortDate(date: string, d: Dictionary): string {
  const [y, m, day] = date.split('-').map(Number);
  if (!y || !m || !day) return date;
  return `${day} ${d.doc.monthsShort[m - 1] ?? m} ${y}`;
}

/** Space after a table, so the next heading does not sit on its border. */
export const gap = (after = 120) => new Paragraph({ spacing: { after: 0, before: after }, children: [new TextRun({ text: '', font: FONT, size: 4 })] });

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
