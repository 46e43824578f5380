/**
 * The school visit report: one visit under the letterhead, with its details, findings, lesson observations
 * (each rated on the criteria) and next steps, signed off by its officers and acknowledged by the head of
 * school. A cancelled visit still prints, marked as cancelled; a planned one prints as a visit plan.
 */
import { AlignmentType, BorderStyle, Paragraph, TableRow, TextRun, type Document, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { VisitReportModel } from '../../shared/documents/models';
import { dictionaries, type Dictionary } from '../../shared/i18n';
import {
  ALERT,
  MUTED,
  STYLE,
  columnWidths,
  detailsTable,
  gap,
  heading1,
  heading2,
  headerRow,
  labelled,
  linesOf,
  noneLine,
  officialDocument,
  shortDate,
  signOffBlock,
  smallCell,
  stepStatus,
  subtitle,
  table,
  textBlock,
  title as titleLine,
  type Line,
} from './kit';

/** "3 – Baik": a rating with its word. */
export const ratingText = (rating: number, d: Dictionary) => `${rating} – ${d.doc.ratingName[rating - 1] ?? ''}`;

/** "1 Perlu penambahbaikan · 2 Memuaskan · 3 Baik · 4 Sangat baik". */
const ratingScale = (d: Dictionary) => d.doc.ratingName.map((name, i) => `${i + 1} ${name}`).join(' · ');

/** "Laporan Lawatan Sekolah" for a visit held or cancelled, "Pelan Lawatan Sekolah" for one not yet held. */
export const visitDocumentHeading = (m: VisitReportModel) => {
  const d = dictionaries[m.letterhead.language].doc;
  return m.visit.status === 'planned' ? d.visitPlanTitle : d.visitReportTitle;
};

/** The file's title: "Laporan Lawatan Sekolah – SR HMS, 17 Januari 2024". */
export const visitReportTitle = (m: VisitReportModel) => `${visitDocumentHeading(m)} – ${m.school.abbreviation}, ${formatLongDate(m.visit.date, m.letterhead.language)}`;

function detailRows(m: VisitReportModel, d: Dictionary): [string, Line[]][] {
  const { language } = m.letterhead;
  const v = m.visit;
  const officers: Line[] = m.officers.map((o) => ({ text: o.post ? `${o.name} (${o.post})` : o.name }));
  const status: Line = { text: d.doc.visitStatus[v.status], bold: v.status !== 'done', color: v.status === 'cancelled' ? ALERT : undefined };
  return [
    [d.doc.schoolLabel, [{ text: m.school.name, bold: true }, { text: `${m.school.abbreviation} · ${d.level[m.school.level]}`, size: 18, color: MUTED }]],
    [d.doc.date, [{ text: formatLongDate(v.date, language) }]],
    [d.doc.purpose, [{ text: v.purpose }]],
    [d.doc.officers, officers.length ? officers : [{ text: '—' }]],
    [d.doc.peopleMet, v.peopleMet.trim() ? linesOf(v.peopleMet) : [{ text: '—' }]],
    [d.doc.status, [status]],
    [d.doc.nextVisit, [{ text: v.nextVisitDate ? formatLongDate(v.nextVisitDate, language) : d.doc.notSet }]],
  ];
}

function observationTable(o: VisitReportModel['observations'][number], d: Dictionary, keepLast: boolean) {
  const rows: [string, Line[]][] = [
    [d.doc.teacher, [{ text: o.teacher, bold: true }]],
    [d.doc.className, [{ text: o.className || '—' }]],
    [d.doc.subject, [{ text: o.subject || '—' }]],
  ];
  for (const r of o.ratings) rows.push([r.criterion, [{ text: ratingText(r.rating, d), bold: r.rating >= 4, color: r.rating <= 1 ? ALERT : undefined }]]);
  rows.push([d.doc.strengths, o.strengths.trim() ? linesOf(o.strengths) : [{ text: '—' }]]);
  rows.push([d.doc.improvements, o.improvements.trim() ? linesOf(o.improvements) : [{ text: '—' }]]);
  return detailsTable(rows, { labelShare: 38, keep: true, keepLast });
}

function nextStepsTable(m: VisitReportModel, d: Dictionary) {
  const widths = columnWidths([5, 43, 19, 13, 20]);
  const w = (i: number) => widths[i] ?? 0;
  const last = m.nextSteps.length - 1;
  return table(widths, [
    headerRow([d.doc.number, d.doc.step, d.doc.owner, d.doc.due, d.doc.status], widths, (i) => i === 0, 16),
    ...m.nextSteps.map(
      (s, i) =>
        new TableRow({
          cantSplit: true,
          // The last step is kept with the sign-off after the table.
          keepNext: i === last || undefined,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell(linesOf(s.text), w(1)),
            smallCell([{ text: s.owner || '—' }], w(2)),
            smallCell([{ text: s.dueDate ? shortDate(s.dueDate, d) : '—' }], w(3)),
            smallCell(stepStatus(s, m.today, d), w(4)),
          ],
        }),
    ),
  ]);
}

export function layoutVisitReport(m: VisitReportModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const v = m.visit;
  const planned = v.status === 'planned';
  const date = formatLongDate(v.date, language);
  const title = visitReportTitle(m);

  const body: (Paragraph | Table)[] = [titleLine(visitDocumentHeading(m).toUpperCase()), subtitle(`${m.school.name} · ${date}`)];
  if (v.status === 'cancelled') {
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
        border: { top: { style: BorderStyle.SINGLE, size: 12, color: ALERT, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: ALERT, space: 4 } },
        children: [new TextRun({ text: d.doc.cancelledNotice, bold: true, size: 24, color: ALERT })],
      }),
    );
  } else if (planned) {
    body.push(new Paragraph({ style: STYLE.caption, alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(d.doc.plannedNotice)] }));
  }

  body.push(heading1(d.doc.visitDetails), detailsTable(detailRows(m, d), { keepLast: planned && m.nextSteps.length === 0 }));

  // A plan has no findings or observations yet: those sections appear once something is recorded.
  if (!planned || v.findings.trim()) {
    body.push(heading1(d.doc.findings), ...(v.findings.trim() ? textBlock(v.findings, { styled: true }) : [noneLine(d.doc.noFindings)]));
  }
  if (!planned || m.observations.length > 0) {
    body.push(heading1(d.doc.observations));
    if (m.observations.length === 0) body.push(noneLine(d.doc.noObservations));
    else {
      body.push(labelled(d.doc.ratingScale, ratingScale(d), { size: 18 }));
      m.observations.forEach((o, i) => {
        body.push(heading2(d.doc.observationN.replace('{{n}}', String(i + 1))), observationTable(o, d, false));
        if (i < m.observations.length - 1) body.push(gap(60));
      });
    }
  }
  if (!planned || m.nextSteps.length > 0) {
    body.push(heading1(d.doc.nextSteps), m.nextSteps.length ? nextStepsTable(m, d) : noneLine(d.doc.noNextSteps, { keepNext: true }));
  }

  const doc = officialDocument(m.letterhead, {
    title,
    subject: d.doc.documentSubject['visit-report'],
    body,
    end: signOffBlock(m.signOff, language),
  });
  return { doc, title };
}
