/**
 * The term reports' section on school improvement: a school's SIP targets with their latest progress and its
 * A–C % against target and the year before; for the cluster, each school's targets by latest progress and
 * each subject's A–C % over all schools with how many schools met their target.
 */
import { TableRow, type Paragraph, type Table } from 'docx';
import type { ClusterTermImprovement } from '../../../shared/documents/cluster-term-report-model';
import type { TermImprovement } from '../../../shared/documents/school-term-report-model';
import { fill, type Dictionary } from '../../../shared/i18n';
import { baselineToTarget, changeLine, percentText, progressLine, thisYearLine } from './improvement-cells';
import { ALERT, DONE, MUTED, TOTAL_FILL, cell, columnWidths, heading1, heading2, headerRow, linesOf, noneLine, shortDate, smallCell, table, type Line } from './index';

const DASH = '—';

/** Exam, subject, then the figures: the same table for a school's subjects and the cluster's. */
function resultsTable(rows: { exam: string; subject: string; cells: Line[][] }[], titles: string[]): Table {
  const widths = columnWidths([25, 21, 12, 12, 13, 17]);
  const w = (i: number) => widths[i] ?? 0;
  return table(widths, [
    headerRow(titles, widths, (i) => i > 1, 16),
    ...rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [smallCell([{ text: r.exam }], w(0)), smallCell([{ text: r.subject }], w(1)), ...r.cells.map((c, i) => smallCell(c, w(2 + i), { align: 'center' }))],
        }),
    ),
  ]);
}

/** The school term report's section, or nothing when the school has neither a plan nor results. */
export function schoolImprovementSection(m: TermImprovement | null, year: number, d: Dictionary): (Paragraph | Table)[] {
  if (!m) return [];
  const k = d.improvementDocs;
  const out: (Paragraph | Table)[] = [heading1(k.termHeading), heading2(fill(k.termSipHeading, { year }))];
  if (!m.sip) out.push(noneLine(fill(k.noSip, { year })));
  else if (m.sip.targets.length === 0) out.push(noneLine(k.noTargets));
  else {
    const widths = columnWidths([7, 38, 17, 15, 23]);
    const w = (i: number) => widths[i] ?? 0;
    out.push(
      table(widths, [
        headerRow([k.ref, k.measure, k.baselineTarget, k.due, k.latestProgress], widths, (i) => i === 0, 16),
        ...m.sip.targets.map(
          (t) =>
            new TableRow({
              cantSplit: true,
              children: [
                smallCell([{ text: t.ref }], w(0), { align: 'center' }),
                smallCell(linesOf(t.measure), w(1)),
                smallCell([{ text: baselineToTarget(t.baseline, t.target, t.unit) }], w(2)),
                smallCell([{ text: shortDate(t.dueDate, d) }], w(3)),
                smallCell(
                  t.latest ? [progressLine(t.latest.progress, d), { text: fill(k.reviewN, { n: t.latest.review }), size: 16, color: MUTED }] : [{ text: k.notReviewed, italics: true, color: MUTED }],
                  w(4),
                ),
              ],
            }),
        ),
      ]),
    );
  }
  out.push(heading2(fill(k.termResultsHeading, { year })));
  if (m.results.length === 0) out.push(noneLine(fill(k.noResultsShort, { year, last: year - 1 })));
  else {
    out.push(
      resultsTable(
        m.results.map((r) => ({ exam: r.exam, subject: r.subject, cells: [[{ text: percentText(r.cell.lastYear) }], [thisYearLine(r.cell)], [{ text: percentText(r.cell.target), color: r.cell.target === null ? MUTED : undefined }], [changeLine(r.cell.change)]] })),
        [k.exam, k.subject, String(year - 1), String(year), k.target, k.change],
      ),
    );
  }
  return out;
}

/** The cluster term report's section, or nothing when no school has a plan or results. */
export function clusterImprovementSection(m: ClusterTermImprovement | null, year: number, d: Dictionary): (Paragraph | Table)[] {
  if (!m) return [];
  const k = d.improvementDocs;
  const out: (Paragraph | Table)[] = [heading1(k.termHeading), heading2(fill(k.termSipHeading, { year }))];
  if (m.plans.length === 0) out.push(noneLine(fill(k.noSip, { year })));
  else {
    const widths = columnWidths([16, 14, 14, 14, 14, 14, 14]);
    const w = (i: number) => widths[i] ?? 0;
    const sum = (key: 'targets' | 'achieved' | 'onTrack' | 'behind' | 'notStarted' | 'none') => m.plans.reduce((n, p) => n + p[key], 0);
    // The rows are kept together (a school list fits a page), so the total never stands alone over the page.
    const n = (value: number, i: number, opts: { color?: string; fill?: string; bold?: boolean; keepNext?: boolean } = {}) =>
      cell([{ text: String(value), bold: opts.bold, color: value > 0 ? opts.color : undefined }], w(i), { align: 'center', fill: opts.fill, size: 18, keepNext: opts.keepNext ?? true });
    const p = k.progress;
    out.push(
      table(widths, [
        headerRow([k.school, k.sipTargetsCount, p.achieved, p['on-track'], p.behind, p['not-started'], k.notReviewed], widths, (i) => i > 0, 15),
        ...m.plans.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: [
                cell([{ text: r.abbreviation.replace(/ /g, '\u00a0') }], w(0), { size: 18, keepNext: true }),
                n(r.targets, 1),
                n(r.achieved, 2, { color: DONE }),
                n(r.onTrack, 3, { color: DONE }),
                n(r.behind, 4, { color: ALERT, bold: r.behind > 0 }),
                n(r.notStarted, 5),
                n(r.none, 6, { color: MUTED }),
              ],
            }),
        ),
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: d.doc.total, bold: true }], w(0), { fill: TOTAL_FILL, size: 18 }),
            ...(['targets', 'achieved', 'onTrack', 'behind', 'notStarted', 'none'] as const).map((key, i) => n(sum(key), i + 1, { fill: TOTAL_FILL, bold: true, keepNext: false })),
          ],
        }),
      ]),
    );
  }
  out.push(heading2(fill(k.termResultsHeading, { year })));
  if (m.results.length === 0) out.push(noneLine(fill(k.noResultsShort, { year, last: year - 1 })));
  else {
    out.push(
      resultsTable(
        m.results.map((r) => ({
          exam: r.exam,
          subject: r.subject,
          cells: [
            [{ text: percentText(r.cell.lastYear) }],
            [{ text: percentText(r.cell.thisYear), bold: r.cell.thisYear !== null }],
            [changeLine(r.cell.change)],
            [{ text: r.schoolsWithTarget ? fill(k.ofSchools, { met: r.schoolsMet, count: r.schoolsWithTarget }) : DASH, color: r.schoolsWithTarget ? undefined : MUTED }],
          ],
        })),
        [k.exam, k.subject, String(year - 1), String(year), k.change, k.schoolsMet],
      ),
    );
  }
  return out;
}
