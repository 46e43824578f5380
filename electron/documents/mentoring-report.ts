/**
 * The Mentoring & Coaching programme report for a year, on A4 landscape: a summary (pairs by status,
 * sessions held against planned, pairs at target), one row per pair with its focus competencies' progress,
 * a legend of the competency codes, and the sign-off.
 */
import { Paragraph, TabStopType, TableRow, TextRun, type Document, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { MentoringReportModel, MentoringReportPair } from '../../shared/documents/mentoring-report-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { ASSIGNMENT_STATUSES } from '../../shared/mentoring/types';
import { DONE, MUTED, WHITE, HEAD_FILL, body as bodyText, STYLE, cell, columnWidths, heading2, officialDocument, signOffBlock, subtitle, table, textWidth, title as titleLine } from './kit';

/** No., mentee, mentor, status, focus, sessions, actions: shares of the landscape text width. */
const SHARES = [4, 22, 20, 9, 21, 12, 12];
/** Room for a competency code before its name in the legend. */
const CODE_WIDTH = 700;

/** Every focus competency assessed at or above its target. */
export const atTarget = (p: Pick<MentoringReportPair, 'focus'>) => p.focus.length > 0 && p.focus.every((f) => f.current >= f.target);

export const mentoringReportTitle = (m: MentoringReportModel) => fill(dictionaries[m.letterhead.language].doc.reportTitle, { year: m.year });

/** "16 pairs: 15 active, 1 completed. Sessions held: 12 of 104 planned so far. Pairs at or above target …" */
export function summaryText(pairs: MentoringReportPair[], d: Dictionary): string {
  const total = pairs.length;
  const count = fill(total === 1 ? d.doc.pairCount_one : d.doc.pairCount_other, { count: total });
  if (total === 0) return `${count}.`;
  const byStatus = ASSIGNMENT_STATUSES.map((s) => [s, pairs.filter((p) => p.status === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${d.doc.statusName[s].toLowerCase()}`);
  const held = pairs.reduce((n, p) => n + p.sessionsHeld, 0);
  const planned = pairs.reduce((n, p) => n + p.sessionsPlanned, 0);
  return [
    `${count}: ${byStatus.join(', ')}.`,
    fill(d.doc.summarySessions, { held, planned }),
    fill(d.doc.summaryTarget, { count: pairs.filter(atTarget).length, total }),
  ].join(' ');
}

function pairRow(p: MentoringReportPair, n: number, widths: number[], d: Dictionary, keepNext: boolean): TableRow {
  const w = (i: number) => widths[i] ?? 0;
  const c = (lines: Parameters<typeof cell>[0], i: number, center = false) => cell(lines, w(i), { size: 18, align: center ? 'center' : 'left', keepNext });
  return new TableRow({
    cantSplit: true,
    keepNext: keepNext || undefined,
    children: [
      c([{ text: String(n) }], 0, true),
      c([{ text: p.mentee.name }, { text: p.mentee.post, size: 16, color: MUTED }], 1),
      c([{ text: p.mentor.name }, { text: p.mentor.post, size: 16, color: MUTED }], 2),
      c([{ text: d.doc.statusName[p.status] }], 3),
      c(
        p.focus.map((f) => {
          const reached = f.current >= f.target;
          return { text: fill(d.doc.focusLine, { code: f.code, baseline: f.baseline, current: f.current, target: f.target }), bold: reached, color: reached ? DONE : undefined };
        }),
        4,
      ),
      c([{ text: `${p.sessionsHeld} / ${p.sessionsPlanned}` }], 5, true),
      c([{ text: `${p.actionsOpen} / ${p.actionsDone}` }], 6, true),
    ],
  });
}

function pairsTable(m: MentoringReportModel, d: Dictionary, widths: number[]): Table {
  const w = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [[d.doc.number], [d.doc.mentee], [d.doc.mentor], [d.doc.status], [d.doc.focusHead, d.doc.baselineCurrent], [d.doc.sessions, d.doc.heldPlanned], [d.doc.actions, d.doc.openDone]].map(
      ([h = '', sub], i) =>
        cell([{ text: h, bold: true, color: WHITE }, ...(sub ? [{ text: sub, size: 16, color: WHITE }] : [])], w(i), { fill: HEAD_FILL, size: 18, align: i === 0 || i >= 5 ? 'center' : 'left' }),
    ),
  });
  // The last pair is kept with the legend and the sign-off after the table.
  const rows = m.pairs.map((p, i) => pairRow(p, i + 1, widths, d, i === m.pairs.length - 1));
  if (rows.length === 0) rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell([{ text: d.doc.noPairs, italics: true }], textWidth(true), { span: widths.length, keepNext: true })] }));
  return table(widths, [header, ...rows]);
}

/**
 * What the competency codes in the table stand for, in code order, two to a line (tab stops, not a table, so
 * that it stays with the sign-off in Word and LibreOffice alike).
 */
function legend(m: MentoringReportModel, d: Dictionary): Paragraph[] {
  if (m.legend.length === 0) return [];
  const half = Math.floor(textWidth(true) / 2);
  const tabStops = [half, half + CODE_WIDTH, CODE_WIDTH].map((position) => ({ type: TabStopType.LEFT, position }));
  const lines: Paragraph[] = [];
  for (let i = 0; i < m.legend.length; i += 2) {
    const pair = m.legend.slice(i, i + 2);
    lines.push(
      new Paragraph({
        style: STYLE.body,
        keepNext: true,
        tabStops,
        spacing: { after: 40 },
        children: pair.flatMap((l, k) => [new TextRun({ text: `${k ? '\t' : ''}${l.code}\t`, bold: true, size: 18 }), new TextRun({ text: l.name, size: 18 })]),
      }),
    );
  }
  return [heading2(d.doc.competencyLegend), ...lines];
}

export function layoutMentoringReport(m: MentoringReportModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = mentoringReportTitle(m);
  const widths = columnWidths(SHARES, textWidth(true));
  const doc = officialDocument(m.letterhead, {
    title,
    subject: d.reports.subject.mentoring,
    landscape: true,
    body: [
      titleLine(title.toUpperCase()),
      subtitle(`${m.letterhead.clusterName} · ${fill(d.reports.asAt, { date: formatLongDate(m.letterhead.date, language) })}`),
      bodyText(summaryText(m.pairs, d)),
      pairsTable(m, d, widths),
      ...legend(m, d),
    ],
    end: signOffBlock(m.signOff, language, { landscape: true }),
  });
  return { doc, title };
}
