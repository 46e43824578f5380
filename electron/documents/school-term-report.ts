/**
 * A school's term report: the school and its leaders, the term's visits and observations, the key findings
 * of each visit, the next steps the term answers for and the officer's narrative, signed off as Settings say.
 */
import { Paragraph, TableRow, TextRun, type Document, type Table } from 'docx';
import { formatLongDate, type Language } from '../../shared/dates';
import { schoolTermTitle, type SchoolTermReportModel, type TermOfReport } from '../../shared/documents/school-term-report-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import {
  ALERT,
  body as bodyText,
  columnWidths,
  detailsTable,
  formatDateRange,
  heading1,
  heading2,
  headerRow,
  linesOf,
  noneLine,
  officialDocument,
  shortDate,
  signOffBlock,
  smallCell,
  stepStatus,
  STYLE,
  table,
  textBlock,
  title as titleLine,
  caption,
  type Line,
} from './kit';
import { schoolImprovementSection } from './kit/term-improvement';

/** "Penggal 1 2024 · 8 Januari – 15 Mac 2024": the term in the document's language. */
const termLine = (d: Dictionary, term: TermOfReport, language: Language) =>
  `${fill(d.reports.termOfYear, { term: term.number, year: term.year })} · ${formatDateRange(term.start, term.end, language)}`;

/** "2 lawatan selesai · 3 pencerapan pengajaran", plurals in the document's language. */
export function visitsSummary(d: Dictionary, done: number, observations: number): string {
  const visits = fill(done === 1 ? d.reports.visitsDone_one : d.reports.visitsDone_other, { count: done });
  const seen = fill(observations === 1 ? d.reports.lessonObservations_one : d.reports.lessonObservations_other, { count: observations });
  return `${visits} · ${seen}`;
}

function visitsTable(m: SchoolTermReportModel, d: Dictionary): Table {
  const widths = columnWidths([6, 14, 25, 27, 15, 13]);
  const w = (i: number) => widths[i] ?? 0;
  return table(widths, [
    headerRow([d.doc.number, d.doc.date, d.doc.purpose, d.doc.officers, d.doc.observationCount, d.doc.status], widths, (i) => i === 0 || i === 4, 16),
    ...m.visits.map(
      (v, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell([{ text: shortDate(v.date, d) }], w(1)),
            smallCell([{ text: v.purpose }], w(2)),
            smallCell(v.officers.map((o) => ({ text: o })), w(3)),
            smallCell([{ text: String(v.observations) }], w(4), { align: 'center' }),
            smallCell([{ text: d.doc.visitStatus[v.status], color: v.status === 'cancelled' ? ALERT : undefined }], w(5)),
          ],
        }),
    ),
  ]);
}

function stepsTable(m: SchoolTermReportModel, d: Dictionary): Table {
  const widths = columnWidths([6, 31, 18, 13, 13, 19]);
  const w = (i: number) => widths[i] ?? 0;
  const short = (date: string | null): Line[] => [{ text: date ? shortDate(date, d) : '—' }];
  return table(widths, [
    headerRow([d.doc.number, d.doc.step, d.doc.owner, d.doc.visit, d.doc.due, d.doc.status], widths, (i) => i === 0, 16),
    ...m.nextSteps.map(
      (s, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell(linesOf(s.text), w(1)),
            smallCell([{ text: s.owner || '—' }], w(2)),
            smallCell(short(s.visitDate), w(3)),
            smallCell(short(s.dueDate), w(4)),
            smallCell(stepStatus(s, m.today, d), w(5)),
          ],
        }),
    ),
  ]);
}

export function layoutSchoolTermReport(m: SchoolTermReportModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = schoolTermTitle(d, m.term, m.school.abbreviation);
  const s = m.school;
  const done = m.visits.filter((v) => v.status === 'done');
  const observations = done.reduce((n, v) => n + v.observations, 0);
  const leaderLine = (l: { name: string; title: string }): Line => ({ text: l.title ? `${l.name} (${l.title})` : l.name });

  const body: (Paragraph | Table)[] = [
    titleLine(title.toUpperCase()),
    // The school, then the term under it.
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(s.name), new TextRun({ break: 1, text: termLine(d, m.term, language) })] }),
    heading1(d.doc.schoolDetails),
    detailsTable([
      [d.doc.schoolLabel, [{ text: s.name, bold: true }]],
      [d.doc.abbreviation, [{ text: s.abbreviation }]],
      [d.doc.level, [{ text: d.level[s.level] }]],
      [d.doc.wseBand, [{ text: s.wseBand ? String(s.wseBand) : d.doc.notSet }]],
      [d.doc.head, s.head ? [leaderLine(s.head)] : [{ text: '—' }]],
      [d.doc.deputies, s.deputies.length ? s.deputies.map(leaderLine) : [{ text: '—' }]],
      [d.doc.termDates, [{ text: termLine(d, m.term, language) }]],
    ]),
    heading1(d.doc.visitsInTerm),
  ];
  if (m.visits.length === 0) body.push(noneLine(d.doc.noVisits));
  else body.push(bodyText(visitsSummary(d, done.length, observations), { keepNext: true }), visitsTable(m, d));

  body.push(heading1(d.doc.keyFindings));
  const withFindings = m.visits.filter((v) => v.status !== 'cancelled' && v.findings.trim());
  if (withFindings.length === 0) body.push(noneLine(d.doc.noFindings));
  for (const v of withFindings) body.push(heading2(`${formatLongDate(v.date, language)} — ${v.purpose}`), ...textBlock(v.findings, { styled: true }));

  body.push(heading1(d.doc.nextSteps));
  if (m.nextSteps.length === 0) body.push(noneLine(d.doc.noNextSteps));
  else body.push(caption(d.doc.termStepsNote, { keepNext: true }), stepsTable(m, d));

  body.push(...schoolImprovementSection(m.improvement, m.term.year, d));

  // The narrative closes the report and is kept with the sign-off after it.
  body.push(heading1(d.doc.narrative), ...(m.narrative.trim() ? textBlock(m.narrative, { styled: true, keepLast: true }) : [noneLine(d.doc.noNarrative, { keepNext: true })]));

  const doc = officialDocument(m.letterhead, { title, subject: d.reports.subject.school, body, end: signOffBlock(m.signOff, language) });
  return { doc, title };
}
