/** The school roster: every active school grouped by level, numbered like the cluster profile's table, signed off. */
import { TableRow, type Document } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { SchoolRosterModel } from '../../shared/documents/models';
import { countLine, dictionaries } from '../../shared/i18n';
import { LABEL_FILL, cell, columnWidths, headerRow, officialDocument, signOffBlock, subtitle, table, title as titleLine } from './kit';

// Shares of the text width; wide enough that no heading breaks inside a word ("Abbreviation", "WSE band").
const SHARES = [6, 32, 17, 20, 13, 12];

export const schoolRosterTitle = (m: SchoolRosterModel) => dictionaries[m.letterhead.language].doc.rosterTitle.replace('{{cluster}}', m.letterhead.clusterName);

export function layoutSchoolRoster(m: SchoolRosterModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = schoolRosterTitle(m);
  const widths = columnWidths(SHARES);
  const w = (i: number) => widths[i] ?? 0;
  const total = widths.reduce((a, b) => a + b, 0);

  const rows: TableRow[] = [
    headerRow([d.doc.number, d.doc.school, d.doc.abbreviation, d.doc.head, d.doc.phone, d.doc.wseBand], widths, (i) => i !== 1 && i !== 3, 18),
  ];
  const lastGroup = m.groups.length - 1;
  m.groups.forEach((g, gi) => {
    // A level's heading row stays with its first school.
    rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell([{ text: `${d.level[g.level]} (${g.schools.length})`, bold: true }], total, { fill: LABEL_FILL, span: SHARES.length })] }));
    g.schools.forEach((s, si) => {
      // The last school is kept with the sign-off after the table.
      const keepNext = gi === lastGroup && si === g.schools.length - 1;
      rows.push(
        new TableRow({
          cantSplit: true,
          keepNext: keepNext || undefined,
          children: [
            cell([{ text: String(s.number) }], w(0), { align: 'center' }),
            cell([{ text: s.name }], w(1)),
            cell([{ text: s.abbreviation }], w(2), { align: 'center' }),
            cell([{ text: s.headName ?? '' }], w(3)),
            cell([{ text: s.phone }], w(4), { align: 'center' }),
            cell([{ text: s.wseBand ? String(s.wseBand) : '' }], w(5), { align: 'center' }),
          ],
        }),
      );
    });
  });

  const doc = officialDocument(m.letterhead, {
    title,
    subject: d.doc.documentSubject['school-roster'],
    body: [
      titleLine(title.toUpperCase()),
      subtitle(`${countLine(m.counts, language)} · ${formatLongDate(m.letterhead.date, language)}`),
      table(widths, rows),
    ],
    end: signOffBlock(m.signOff, language),
  });
  return { doc, title };
}
