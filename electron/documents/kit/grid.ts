/**
 * Dense grids (the initiative calendar): cells with little padding, centred vertically, that can span
 * columns and run down over rows, and the shades a calendar gives school terms, breaks and holidays.
 */
import { AlignmentType, LineRuleType, Paragraph, ShadingType, TableCell, TextRun, VerticalAlignTable, VerticalMergeType, WidthType } from 'docx';
import { GRID_HEADING_SIZE, GRID_LINES, GRID_SIZE, STYLE, gridStyle } from './styles';
import { WHITE } from './colours';

/** A month mostly in school term. */
export const TERM_FILL = 'E2EFD9';
/** A month mostly out of term (the school break). */
export const BREAK_FILL = 'E7E6E6';
/** A month with a holiday in it. */
export const HOLIDAY_FILL = 'FBE4D5';
/** The label of a strip (terms, holidays, exams) above a calendar's lanes. */
export const STRIP_FILL = 'F2F2F2';
/** Months of the following year in a calendar's header (the January closing a January-to-January plan). */
export const NEXT_YEAR_FILL = '5B7DB1';

/** A piece of a grid cell's paragraph: text with its own look. */
export interface Piece {
  text: string;
  bold?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
  /** A line break before this piece. */
  breakBefore?: boolean;
}

export interface GridCellOptions {
  fill?: string;
  span?: number;
  /** First cell of a run down over rows, or one of the cells it covers. */
  merge?: 'restart' | 'continue';
  align?: 'left' | 'center';
  /** Half-points, for pieces that do not set their own. */
  size?: number;
  /** Exact line height in twips, for dense rows (a wrapped line then adds only this much); some sizes' styles set it. */
  line?: number;
  /** A head cell: bold white text in the Grid Heading style. */
  heading?: boolean;
}

/** Side padding only, set once on a grid's table: its rows are as tall as their text and no taller. */
export const GRID_MARGINS = { top: 0, bottom: 0, left: 40, right: 40 };

/** A cell paragraph's own line spacing: none when its style's is the one asked for, single when it asks for none. */
const spacingOf = (line: number | undefined, styleLine: number | undefined) =>
  line === styleLine ? undefined : line ? { line, lineRule: LineRuleType.EXACT } : { line: 240, lineRule: LineRuleType.AUTO };

/**
 * A grid cell of `width` twips (the sum of the columns it spans): one paragraph of pieces, centred, in the Grid
 * Text style of its size (7 pt unless `size` says otherwise), or Grid Heading (bold white 7.5 pt) for a head.
 * Only what differs from the style is written, so a year's grid stays small and quick to pack: an empty
 * cell is a bare paragraph, and only a cell with text is centred vertically (an empty one has nothing to centre).
 */
export function gridCell(pieces: Piece[], width: number, opts: GridCellOptions = {}): TableCell {
  const size = opts.size ?? (opts.heading ? GRID_HEADING_SIZE : GRID_SIZE);
  const style = opts.heading ? STYLE.gridHeading : (gridStyle(size) ?? STYLE.grid);
  const styleSize = opts.heading ? GRID_HEADING_SIZE : gridStyle(size) ? size : GRID_SIZE;
  const styleLine = style === STYLE.grid || style === STYLE.gridHeading ? undefined : GRID_LINES[size];
  const own = <T>(value: T | undefined, styled: T | undefined) => (value === styled ? undefined : value);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
    verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: pieces.length > 0 ? VerticalAlignTable.CENTER : undefined,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    children: [
      new Paragraph({
        style,
        alignment: opts.align === 'left' ? AlignmentType.LEFT : undefined,
        spacing: spacingOf(opts.line, styleLine),
        // An empty cell keeps the size of its row's text, so it never makes the row taller.
        run: pieces.length === 0 && size !== styleSize ? { size } : undefined,
        children: pieces.map(
          (p) =>
            new TextRun({
              text: p.text,
              size: own(p.size ?? size, styleSize),
              bold: p.bold === undefined ? undefined : own(p.bold, opts.heading === true),
              color: own(p.color, opts.heading ? WHITE : undefined),
              break: p.breakBefore ? 1 : undefined,
            }),
        ),
      }),
    ],
  });
}
