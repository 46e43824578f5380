/** Reading the initiative calendar's grid back from document.xml: rows of cells with their grid positions. */
import { paragraphsOf } from '../../helpers/docx';
import { styleXml, tableGrids } from './read-back';

export interface GridCell {
  text: string;
  span: number;
  /** Grid columns before this cell in its row. */
  column: number;
  fill: string | null;
  merge: 'restart' | 'continue' | null;
  /**
   * Half-point sizes of the cell's runs: each run's own, else (when the styles are given) its paragraph
   * style's or the style that one is based on.
   */
  sizes: number[];
  xml: string;
}

export interface GridRow {
  header: boolean;
  xml: string;
  cells: GridCell[];
}

/** The size a paragraph style gives its text, following what it is based on. */
function styleSize(styles: string, id: string | undefined, depth = 0): number | null {
  if (!id || depth > 10) return null;
  const style = styleXml(styles, id);
  const own = /<w:rPr>[\s\S]*?<w:sz w:val="(\d+)"\/>/.exec(style)?.[1];
  return own ? Number(own) : styleSize(styles, /<w:basedOn w:val="([^"]+)"\/>/.exec(style)?.[1], depth + 1);
}

/** Each run's size in a cell: its own, else its paragraph style's (when the styles are given). */
function runSizes(tc: string, styles: string | undefined): number[] {
  return (tc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).flatMap((p) => {
    const styled = styles === undefined ? null : styleSize(styles, /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1]);
    return (p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).flatMap((r) => {
      const own = /<w:sz w:val="(\d+)"\/>/.exec(r)?.[1];
      return own ? [Number(own)] : styled === null ? [] : [styled];
    });
  });
}

/** The table with a column per month (and the initiative column) as rows of cells; `styles` resolves sizes set by style. */
export function calendarGrid(xml: string, months = 13, styles?: string): GridRow[] {
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const t = tables.find((tbl) => (tableGrids(tbl)[0] ?? []).length === months + 1) ?? '';
  return (t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => {
    let column = 0;
    const cells = (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1);
      const cell: GridCell = {
        text: paragraphsOf(tc).join('\n'),
        span,
        column,
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(tc)?.[1]?.toUpperCase() ?? null,
        merge: (/<w:vMerge w:val="(restart|continue)"\/>/.exec(tc)?.[1] as GridCell['merge'] | undefined) ?? (/<w:vMerge\/>/.test(tc) ? 'continue' : null),
        sizes: runSizes(tc, styles),
        xml: tc,
      };
      column += span;
      return cell;
    });
    return { header: row.includes('<w:tblHeader/>'), xml: row, cells };
  });
}
