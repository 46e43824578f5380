/** The school roster: every active school grouped by level, numbered like the cluster profile's table. */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, type Language } from '../../shared/dates';
import { SCHOOL_LEVELS } from '../../shared/domain';
import { countLine } from '../../shared/i18n';
import { listSchools } from '../services/schools/schools';
import { loadLetterhead, officialDocument, para, run } from './letterhead';

// Percent of the table; wide enough that no heading breaks inside a word ("Abbreviation", "WSE band").
const WIDTHS = [6, 37, 15, 20, 14, 8];

function cell(text: string, width: number, opts: { bold?: boolean; fill?: string; color?: string; align?: 'center' | 'left'; span?: number } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    columnSpan: opts.span,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: opts.bold, size: 20, color: opts.color })],
      }),
    ],
  });
}

export async function buildSchoolRoster(db: Kysely<DB>, language: Language): Promise<{ doc: Document; title: string }> {
  const lh = await loadLetterhead(db, language);
  const { d } = lh;
  const { items, counts } = await listSchools(db, { search: '', level: null, includeArchived: false, sort: 'level', direction: 'asc' });
  const title = d.doc.rosterTitle.replace('{{cluster}}', lh.clusterName);

  const header = new TableRow({
    tableHeader: true,
    children: [d.doc.number, d.doc.school, d.doc.abbreviation, d.doc.head, d.doc.phone, d.doc.wseBand].map((h, i) =>
      cell(h, WIDTHS[i] ?? 10, { bold: true, fill: '1F3864', color: 'FFFFFF', align: i === 1 || i === 3 ? 'left' : 'center' }),
    ),
  });
  const rows: TableRow[] = [header];
  let n = 0;
  for (const level of SCHOOL_LEVELS) {
    const group = items.filter((s) => s.level === level);
    if (group.length === 0) continue;
    rows.push(new TableRow({ cantSplit: true, children: [cell(`${d.level[level]} (${group.length})`, 100, { bold: true, fill: 'D9E2F3', span: 6 })] }));
    for (const s of group) {
      n++;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(n), WIDTHS[0] ?? 6, { align: 'center' }),
            cell(s.name, WIDTHS[1] ?? 37),
            cell(s.abbreviation, WIDTHS[2] ?? 15, { align: 'center' }),
            cell(s.headName ?? '', WIDTHS[3] ?? 20),
            cell(s.phone, WIDTHS[4] ?? 14, { align: 'center' }),
            cell(s.wseBand ? String(s.wseBand) : '', WIDTHS[5] ?? 8, { align: 'center' }),
          ],
        }),
      );
    }
  }
  const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  const doc = officialDocument(lh, {
    title,
    body: [
      para(title.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
      para(`${countLine(counts, language)} · ${formatLongDate(lh.date, language)}`, { size: 20, align: AlignmentType.CENTER, after: 200 }),
      table,
    ],
  });
  return { doc, title };
}
