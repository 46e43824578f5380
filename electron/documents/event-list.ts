/** The event list: every event, series date and exam in a date range, one row each, in date order. */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Language } from '../../shared/dates';
import type { SchoolLevel } from '../../shared/domain';
import type { Dictionary } from '../../shared/i18n';
import type { Occurrence } from '../../shared/plan/types';
import { listOccurrences } from '../services/calendar/occurrences';
import { listSchools } from '../services/schools/schools';
import { formatDateRange, loadLetterhead, officialDocument, para, run, textWidth } from './letterhead';

const HEAD_FILL = '1F3864';
/** Date, event, initiative, schools, place: shares of the portrait text width. */
const SHARES = [20, 31, 14, 18, 17];

function columnWidths(): number[] {
  const total = textWidth();
  const widths = SHARES.map((s) => Math.floor((total * s) / 100));
  widths[0] = (widths[0] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

type Line = { text: string; bold?: boolean; size?: number; color?: string; italics?: boolean };

function cell(lines: Line[], width: number, opts: { fill?: string; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (lines.length ? lines : [{ text: '' }]).map(
      (l) => new Paragraph({ spacing: { after: 0 }, children: [run(l.text, { bold: l.bold, size: l.size ?? 18, color: l.color, italics: l.italics })] }),
    ),
  });
}

/** "1 Februari 2023", "1–3 Mac 2023", with "08:00–12:00" under it when the event is not all day. */
function dateLines(o: Occurrence, language: Language): Line[] {
  const out: Line[] = [{ text: formatDateRange(o.start, o.end, language) }];
  if (!o.allDay && o.startTime) out.push({ text: o.endTime ? `${o.startTime}–${o.endTime}` : o.startTime, size: 16, color: '404040' });
  return out;
}

/** "All schools", "All secondary schools", or the abbreviations, never a list of every school of a kind. */
function schoolsText(o: Occurrence, byLevel: Map<SchoolLevel, number[]>, d: Dictionary): string {
  const chosen = new Set(o.schoolIds);
  const active = [...byLevel.values()].flat();
  if (active.length > 1 && active.every((id) => chosen.has(id))) return d.doc.allSchools;
  for (const [level, ids] of byLevel) {
    if (ids.length > 1 && chosen.size === ids.length && ids.every((id) => chosen.has(id))) return d.doc.allSchoolsOfLevel.replace('{{level}}', d.levelShort[level]);
  }
  // A no-break space inside each abbreviation keeps "SM PAPHM" on one line when the list wraps.
  return o.schoolNames.map((n) => n.replace(/ /g, '\u00a0')).join(', ');
}

export async function buildEventList(db: Kysely<DB>, from: string, to: string, language: Language): Promise<{ doc: Document; title: string }> {
  const lh = await loadLetterhead(db, language);
  const { d } = lh;
  const range = formatDateRange(from, to, language);
  const heading = d.doc.eventListTitle.replace('{{cluster}}', lh.clusterName);
  const title = `${heading} (${range})`;
  const [{ occurrences }, schools] = await Promise.all([
    listOccurrences(db, { from, to, initiativeIds: [], schoolIds: [], personIds: [] }, language, false),
    listSchools(db, { search: '', level: null, includeArchived: false, sort: 'number', direction: 'asc' }),
  ]);
  const byLevel = new Map<SchoolLevel, number[]>();
  for (const s of schools.items) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s.id]);
  const widths = columnWidths();
  const w = (i: number) => widths[i] ?? 0;

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [d.doc.date, d.doc.event, d.doc.initiative, d.doc.schools, d.doc.place].map((h, i) => cell([{ text: h, bold: true, color: 'FFFFFF' }], w(i), { fill: HEAD_FILL })),
  });
  const rows = occurrences.map(
    (o) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(dateLines(o, language), w(0)),
          cell([{ text: o.title, bold: o.kind === 'exam' }, ...(o.phaseName ? [{ text: `${d.doc.phase}: ${o.phaseName}`, size: 16, color: '404040', italics: true }] : [])], w(1)),
          cell([{ text: o.initiativeCode ?? '' }], w(2)),
          cell([{ text: schoolsText(o, byLevel, d) }], w(3)),
          cell([{ text: o.place }], w(4)),
        ],
      }),
  );
  if (rows.length === 0) rows.push(new TableRow({ children: [cell([{ text: d.doc.noEvents, italics: true }], textWidth(), { span: 5 })] }));

  const count = (occurrences.length === 1 ? d.doc.eventCount_one : d.doc.eventCount_other).replace('{{count}}', String(occurrences.length));
  const table = new Table({ width: { size: textWidth(), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] });
  const doc = officialDocument(lh, {
    title,
    body: [
      para(heading.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
      para(`${range} · ${count}`, { size: 20, align: AlignmentType.CENTER, after: 200 }),
      table,
    ],
  });
  return { doc, title };
}
