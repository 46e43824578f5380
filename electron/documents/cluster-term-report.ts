/**
 * The cluster's term report: every active school's visits, observations and next steps in one table with
 * totals, the team's visits week by week against the weekly target (and the weeks below it), the visits each
 * officer made, the cluster's highlights and challenges, the school reports that go with it, and the sign-off.
 */
import { Paragraph, TabStopType, TableRow, TextRun, type Document, type Table } from 'docx';
import type { Language } from '../../shared/dates';
import type { ClusterTermReportModel, TermWeek } from '../../shared/documents/cluster-term-report-model';
import { schoolTermTitle } from '../../shared/documents/school-term-report-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import {
  ALERT,
  DONE,
  MUTED,
  STYLE,
  TOTAL_FILL,
  body as bodyText,
  caption,
  cell,
  columnWidths,
  heading1,
  headerRow,
  formatDateRange,
  noneLine,
  officialDocument,
  signOffBlock,
  subtitle,
  table,
  textBlock,
  textWidth,
  title as titleLine,
  type Line,
} from './kit';
import { clusterImprovementSection } from './kit/term-improvement';

export const clusterTermTitle = (m: ClusterTermReportModel) =>
  fill(dictionaries[m.letterhead.language].doc.clusterTermTitle, { cluster: m.letterhead.clusterName, term: m.term.number, year: m.term.year });

/** "Penggal 1 2024 · 8 Januari – 15 Mac 2024": the term in the document's language. */
const termLine = (d: Dictionary, m: ClusterTermReportModel, language: Language) =>
  `${fill(d.reports.termOfYear, { term: m.term.number, year: m.term.year })} · ${formatDateRange(m.term.start, m.term.end, language)}`;

/** "8–14 Jan" or "29 Jan – 4 Feb": a week's dates for a narrow column (the year is in the subtitle). */
function weekDates(w: Pick<TermWeek, 'start' | 'end'>, d: Dictionary): string {
  const [, sm = 1, sd = 1] = w.start.split('-').map(Number);
  const [, em = 1, ed = 1] = w.end.split('-').map(Number);
  const month = (m: number) => d.doc.monthsShort[m - 1] ?? String(m);
  if (w.start === w.end) return `${sd} ${month(sm)}`;
  return sm === em ? `${sd}–${ed} ${month(em)}` : `${sd} ${month(sm)} – ${ed} ${month(em)}`;
}

function summaryTable(m: ClusterTermReportModel, d: Dictionary): Table {
  const widths = columnWidths([6, 30, 14, 11, 15, 12, 12]);
  const w = (i: number) => widths[i] ?? 0;
  const rows = m.schools;
  const overdueLine = (n: number): Line[] => (n > 0 ? [{ text: `${n} ${d.doc.stepOverdue.toLowerCase()}`, size: 16, bold: true, color: ALERT }] : []);
  const sum = (k: 'visits' | 'observations' | 'stepsOpen' | 'stepsOverdue' | 'stepsClosed') => rows.reduce((n, r) => n + r[k], 0);
  const number = (n: number, i: number, extra: Line[] = [], bold = false, shade?: string) => cell([{ text: String(n), bold }, ...extra], w(i), { align: 'center', fill: shade, size: 18 });
  return table(widths, [
    headerRow([d.doc.number, d.doc.school, d.doc.abbreviation, d.doc.visitsDone, d.doc.observationCount, d.doc.stepsOpen, d.doc.stepsClosed], widths, (i) => i !== 1, 16),
    ...rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: String(r.number) }], w(0), { align: 'center', size: 18 }),
            cell([{ text: r.name }], w(1), { size: 18 }),
            // A no-break space keeps "SR HMJMQ" on one line.
            cell([{ text: r.abbreviation.replace(/ /g, '\u00a0') }], w(2), { align: 'center', size: 18 }),
            number(r.visits, 3),
            number(r.observations, 4),
            number(r.stepsOpen, 5, overdueLine(r.stepsOverdue)),
            number(r.stepsClosed, 6),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      children: [
        cell([{ text: d.doc.total, bold: true }], w(0) + w(1) + w(2), { span: 3, fill: TOTAL_FILL, size: 18 }),
        number(sum('visits'), 3, [], true, TOTAL_FILL),
        number(sum('observations'), 4, [], true, TOTAL_FILL),
        number(sum('stepsOpen'), 5, overdueLine(sum('stepsOverdue')), true, TOTAL_FILL),
        number(sum('stepsClosed'), 6, [], true, TOTAL_FILL),
      ],
    }),
  ]);
}

const STATUS_COLOUR: Record<TermWeek['status'], string | undefined> = { met: DONE, below: ALERT, open: MUTED, holiday: MUTED };

function weeksTable(m: ClusterTermReportModel, d: Dictionary): Table {
  const widths = columnWidths([12, 30, 16, 16, 26]);
  const w = (i: number) => widths[i] ?? 0;
  const total = (k: 'visits' | 'target') => m.weeks.reduce((n, x) => n + x[k], 0);
  return table(widths, [
    headerRow([d.reports.week, d.reports.dates, d.reports.visits, d.reports.target, d.reports.result], widths, (i) => i !== 1 && i !== 4, 16),
    ...m.weeks.map(
      (x) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: String(x.number) }], w(0), { align: 'center', size: 18 }),
            cell([{ text: weekDates(x, d) }], w(1), { size: 18 }),
            cell([{ text: String(x.visits), bold: x.status === 'below', color: x.status === 'below' ? ALERT : undefined }], w(2), { align: 'center', size: 18 }),
            cell([{ text: String(x.target) }], w(3), { align: 'center', size: 18 }),
            cell([{ text: d.reports.weekStatus[x.status], bold: x.status === 'below', color: STATUS_COLOUR[x.status] }], w(4), { size: 18 }),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      children: [
        cell([{ text: d.doc.total, bold: true }], w(0) + w(1), { span: 2, fill: TOTAL_FILL, size: 18 }),
        cell([{ text: String(total('visits')), bold: true }], w(2), { align: 'center', fill: TOTAL_FILL, size: 18 }),
        cell([{ text: String(total('target')), bold: true }], w(3), { align: 'center', fill: TOTAL_FILL, size: 18 }),
        cell([], w(4), { fill: TOTAL_FILL }),
      ],
    }),
  ]);
}

/** The target, how many weeks over met it, and each week below it with its visits against its target. */
function weeksVerdict(m: ClusterTermReportModel, d: Dictionary): Paragraph[] {
  const over = m.weeks.filter((x) => x.status === 'met' || x.status === 'below');
  const below = m.weeks.filter((x) => x.status === 'below');
  const target = fill(m.weeklyTarget === 1 ? d.reports.weeklyTarget_one : d.reports.weeklyTarget_other, { count: m.weeklyTarget });
  const met = fill(over.length === 1 ? d.reports.weeksMet_one : d.reports.weeksMet_other, { met: over.length - below.length, count: over.length });
  const list = below.map((x) => fill(d.reports.weekBelow, { week: x.number, dates: weekDates(x, d), visits: x.visits, target: x.target })).join('; ');
  return [
    caption(target),
    bodyText(met),
    below.length
      ? new Paragraph({ style: STYLE.body, children: [new TextRun({ text: `${d.reports.weeksBelow}: `, bold: true }), new TextRun(`${list}.`)] })
      : bodyText(d.reports.noWeekBelow),
  ];
}

export function layoutClusterTermReport(m: ClusterTermReportModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = clusterTermTitle(m);
  const body: (Paragraph | Table)[] = [titleLine(title.toUpperCase()), subtitle(termLine(d, m, language))];

  if (m.overview.trim()) body.push(heading1(d.doc.overview), ...textBlock(m.overview, { styled: true }));
  body.push(heading1(d.doc.summaryBySchool), summaryTable(m, d));
  if (m.officers.length) {
    body.push(
      new Paragraph({
        style: STYLE.body,
        spacing: { before: 120 },
        children: [new TextRun({ text: `${d.doc.visitsByOfficer}: `, bold: true }), new TextRun(m.officers.map((o) => `${o.name} (${o.visits})`).join('; '))],
      }),
    );
  }

  body.push(heading1(d.reports.visitsByWeek), weeksTable(m, d), ...weeksVerdict(m, d));

  body.push(...clusterImprovementSection(m.improvement, m.term.year, d));

  body.push(heading1(d.doc.highlights), ...(m.highlights.trim() ? textBlock(m.highlights, { styled: true }) : [noneLine(d.doc.noHighlights)]));
  body.push(heading1(d.doc.challenges), ...(m.challenges.trim() ? textBlock(m.challenges, { styled: true }) : [noneLine(d.doc.noChallenges)]));

  // One line a school: its report's title, and a note at the right margin where the narrative is still to write.
  // The last line is kept with the sign-off.
  body.push(heading1(d.doc.schoolReports), bodyText(d.doc.schoolReportsNote, { keepNext: true }));
  m.schools.forEach((s, i) => {
    body.push(
      new Paragraph({
        style: STYLE.body,
        keepNext: i === m.schools.length - 1 || undefined,
        spacing: { after: 20 },
        indent: { left: 480, hanging: 480 },
        tabStops: [
          { type: TabStopType.LEFT, position: 480 },
          { type: TabStopType.RIGHT, position: textWidth() },
        ],
        children: [
          new TextRun({ text: `${s.number}.\t${schoolTermTitle(d, m.term, s.abbreviation)}`, size: 20 }),
          ...(s.narrativeWritten ? [] : [new TextRun({ text: `\t${d.doc.narrativeMissing}`, size: 18, italics: true, color: MUTED })]),
        ],
      }),
    );
  });
  if (m.schools.length === 0) body.push(noneLine('—', { keepNext: true }));

  const doc = officialDocument(m.letterhead, { title, subject: d.reports.subject.cluster, body, end: signOffBlock(m.signOff, language) });
  return { doc, title };
}
