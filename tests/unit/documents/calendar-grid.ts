/** Reading the initiative calendar's grid back from document.xml: rows of cells with their grid positions. */
import { paragraphsOf } from '../../helpers/docx';
import { tableGrids } from './read-back';

export interface GridCell {
  text: string;
  span: number;
  /** Grid columns before this cell in its row. */
  column: number;
  fill: string | null;
  merge: 'restart' | 'continue' | null;
  /** Half-point sizes of the cell's runs. */
  sizes: number[];
  xml: string;
}

export interface GridRow {
  header: boolean;
  xml: string;
  cells: GridCell[];
}

/** The table with a column per month (and the initiative column) as rows of cells. */
export function calendarGrid(xml: string, months = 13): GridRow[] {
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
        sizes: [...tc.matchAll(/<w:r>[\s\S]*?<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])),
        xml: tc,
      };
      column += span;
      return cell;
    });
    return { header: row.includes('<w:tblHeader/>'), xml: row, cells };
  });
}
