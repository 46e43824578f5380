/**
 * Tables: column widths that add up exactly to the text width, fixed layout, thin grey grid, a dark header
 * row repeated on every page, shaded label columns.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { GRID, HEAD_FILL, LABEL_FILL, WHITE } from './colours';
import { textWidth } from './page';
import { SMALL_TABLE_SIZE, STYLE, TABLE_SIZE } from './styles';

/**
 * Column widths in twips adding up to `total` exactly (the portrait text width by default). `parts` are
 * shares in any unit (fractions, percents or twips); they are scaled to the total, and what rounding leaves
 * over goes to the widest column.
 */
export function columnWidths(parts: number[], total = textWidth()): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.length === 0 || sum <= 0) throw new Error('Column widths need at least one positive share.');
  const widths = parts.map((p) => Math.floor((total * p) / sum));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A line of a table cell. */
export interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

export interface CellOptions {
  fill?: string;
  span?: number;
  align?: 'left' | 'center' | 'right';
  size?: number;
  keepNext?: boolean;
  /** A cell of a dark head row: bold and white on the head's fill. */
  heading?: boolean;
  /** Merged with the cells below it ('restart') or into the one above ('continue'), as a text that runs on. */
  merge?: 'restart' | 'continue';
}

/** The space around a cell's text, set once on its table (a list that must fit its page uses the compact one). */
export const CELL_MARGINS = { top: 50, bottom: 50, left: 90, right: 90 };
export const COMPACT_MARGINS = { top: 20, bottom: 20, left: 90, right: 90 };
export type CellMargins = typeof CELL_MARGINS;

/** What a table paragraph style gives its text: its size, and the bold and colour of a head. */
interface TableLook {
  style: string;
  size: number;
  centred?: boolean;
  bold?: boolean;
  color?: string;
}

/**
 * The style for a cell's text: Table Text (Small) and their centred kinds, or the dark head's Table Heading
 * (Small). Text in another size (8 pt) keeps Table Text's, so its paragraph mark, and its line, stay 10 pt.
 */
function tableLook(size: number, align: CellOptions['align'], heading: boolean | undefined): TableLook {
  const small = size === SMALL_TABLE_SIZE;
  if (heading) return { style: small ? STYLE.smallTableHeading : STYLE.tableHeading, size: small ? SMALL_TABLE_SIZE : TABLE_SIZE, bold: true, color: WHITE };
  const centred = align === 'center';
  return {
    style: small ? (centred ? STYLE.smallTableCentred : STYLE.smallTable) : centred ? STYLE.tableCentred : STYLE.table,
    size: small ? SMALL_TABLE_SIZE : TABLE_SIZE,
    centred,
  };
}

/**
 * A cell of `width` twips (the sum of the columns it spans), its lines in the Table Text style (Table Text
 * Small at 9 pt, the centred kinds for a centred column, Table Heading in a dark head). Only what differs from
 * the style is written on a paragraph or run, and the margins live on the table: a long list stays a small
 * file that Word opens and the app packs quickly.
 */
export function cell(lines: Line[], width: number, opts: CellOptions = {}): TableCell {
  const size = opts.size ?? TABLE_SIZE;
  const look = tableLook(size, opts.align, opts.heading);
  const alignment = opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' && !look.centred ? AlignmentType.CENTER : undefined;
  const own = <T>(value: T | undefined, styled: T | undefined) => (value === styled ? undefined : value);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
    verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    children: (lines.length ? lines : [{ text: '' }]).map(
      (l) =>
        new Paragraph({
          style: look.style,
          alignment,
          keepNext: opts.keepNext,
          children: l.text
            ? [new TextRun({ text: l.text, bold: l.bold === undefined ? undefined : own(l.bold, look.bold ?? false), italics: l.italics || undefined, color: own(l.color, look.color), size: own(l.size ?? size, look.size) })]
            : [],
        }),
    ),
  });
}

/** A cell of a list table, in 9 pt so dates and names fit their columns. */
export const smallCell = (lines: Line[], width: number, opts: CellOptions = {}) => cell(lines, width, { size: SMALL_TABLE_SIZE, ...opts });

/** Written text in a cell: its lines as they were typed. */
export const linesOf = (text: string, style: Omit<Line, 'text'> = {}): Line[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ ...style, text: t }));

const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const none = { style: BorderStyle.NONE, size: 0, color: WHITE };
export const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/**
 * A fixed-layout table whose grid is `widths` (from columnWidths), with a thin grid unless `borderless`;
 * `margins` is the space around every cell's text (COMPACT_MARGINS for a long list that should still fit
 * its page, GRID_MARGINS for a dense grid).
 */
export function table(widths: number[], rows: TableRow[], opts: { borderless?: boolean; margins?: CellMargins } = {}): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: opts.margins ?? CELL_MARGINS,
    borders: opts.borderless ? noBorders : borders,
    rows,
  });
}

/** The dark header row of a list table, repeated on every page. */
export function headerRow(titles: string[], widths: number[], center: (i: number) => boolean = () => false, size = 18): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((t, i) => cell([{ text: t }], widths[i] ?? 0, { fill: HEAD_FILL, align: center(i) ? 'center' : 'left', size, heading: true })),
  });
}

/**
 * A two-column table: a shaded label, then its value (one or more lines). `keep` holds it on one page;
 * `keepLast` keeps its last row with what follows.
 */
export function detailsTable(rows: [label: string, value: Line[]][], opts: { labelShare?: number; keep?: boolean; keepLast?: boolean } = {}): Table {
  const labelShare = opts.labelShare ?? 28;
  const widths = columnWidths([labelShare, 100 - labelShare]);
  return table(
    widths,
    rows.map(([label, value], i) => {
      const last = i === rows.length - 1;
      const keepNext = (opts.keep && !last) || (opts.keepLast && last) || undefined;
      return new TableRow({
        cantSplit: true,
        children: [cell([{ text: label, bold: true }], widths[0] ?? 0, { fill: LABEL_FILL, keepNext }), cell(value, widths[1] ?? 0, { keepNext })],
      });
    }),
  );
}
