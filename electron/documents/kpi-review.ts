/**
 * The KPI review report. For the cluster (landscape): per exam type, a table of schools × subjects with each
 * subject's A–C % last year and this year, the target and the change, a cluster row of all candidates
 * together, then each exam's checkpoint statuses per school. For a school (portrait): per exam type, its
 * subjects over the last years against their targets, then its checkpoint statuses with the predicted A–C %.
 */
import { TableRow, type Document, type Paragraph, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import { kpiReviewTitle, type KpiCell, type KpiCheckpointExam, type KpiExamGroup, type KpiReviewModel } from '../../shared/documents/kpi-review-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { changeLine, checkpointLines, metLine, percentText, thisYearLine } from './kit/improvement-cells';
import {
  ALERT,
  DONE,
  HEAD_FILL,
  MUTED,
  TOTAL_FILL,
  caption,
  cell,
  columnWidths,
  heading1,
  heading2,
  headerRow,
  linesOf,
  noneLine,
  officialDocument,
  signOffBlock,
  smallCell,
  subtitle,
  table,
  textWidth,
  title as titleLine,
  type Line,
} from './kit';

const DASH = '—';
/** Subjects side by side in one cluster table; more go to a further table, so columns stay readable. */
const SUBJECTS_PER_TABLE = 4;
const SIZE = 17;

/** "Penilaian Sekolah Rendah (PSR)": the exam's name, with its code where the name does not hold it. */
const examName = (g: KpiExamGroup) => (g.exam.code.length > 1 && !g.exam.name.includes(g.exam.code) ? `${g.exam.name} (${g.exam.code})` : g.exam.name);

const head = (text: string, width: number, opts: { span?: number; align?: 'center' } = {}) => cell([{ text }], width, { fill: HEAD_FILL, heading: true, size: 16, align: opts.align, span: opts.span });

/** The four figures of a subject for a school or the cluster. */
function figureCells(c: KpiCell | null, widths: number[], at: number, shade?: string) {
  const w = (i: number) => widths[at + i] ?? 0;
  const o = { align: 'center' as const, fill: shade, size: SIZE };
  if (!c) return [0, 1, 2, 3].map((i) => cell([{ text: DASH, color: MUTED, size: SIZE }], w(i), o));
  return [
    cell([{ text: percentText(c.lastYear), size: SIZE }], w(0), o),
    cell([thisYearLine(c, { size: SIZE })], w(1), o),
    cell([{ text: percentText(c.target), size: SIZE, color: c.target === null ? MUTED : undefined }], w(2), o),
    cell([changeLine(c.change, { size: SIZE })], w(3), o),
  ];
}

function clusterTables(g: KpiExamGroup, m: KpiReviewModel, d: Dictionary): Table[] {
  const k = d.improvementDocs;
  const out: Table[] = [];
  for (let from = 0; from < g.subjects.length; from += SUBJECTS_PER_TABLE) {
    const subjects = g.subjects.slice(from, from + SUBJECTS_PER_TABLE);
    const widths = columnWidths([4, 12, ...subjects.flatMap(() => [6.5, 6.5, 6.5, 6])], textWidth(true));
    const w = (i: number) => widths[i] ?? 0;
    const span = (i: number) => w(2 + i * 4) + w(3 + i * 4) + w(4 + i * 4) + w(5 + i * 4);
    const rows: TableRow[] = [
      new TableRow({ tableHeader: true, cantSplit: true, children: [head(d.doc.number, w(0), { align: 'center' }), head(k.school, w(1)), ...subjects.map((s, i) => head(s.name, span(i), { span: 4, align: 'center' }))] }),
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          head('', w(0)),
          head('', w(1)),
          ...subjects.flatMap((_, i) => [
            head(fill(k.lastYear, { year: m.year - 1 }), w(2 + i * 4), { align: 'center' }),
            head(fill(k.thisYear, { year: m.year }), w(3 + i * 4), { align: 'center' }),
            head(k.target, w(4 + i * 4), { align: 'center' }),
            head(k.change, w(5 + i * 4), { align: 'center' }),
          ]),
        ],
      }),
      ...g.schools.map(
        (s, n) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([{ text: String(n + 1), size: SIZE }], w(0), { align: 'center', size: SIZE }),
              cell([{ text: s.abbreviation.replace(/ /g, '\u00a0'), size: SIZE }], w(1), { size: SIZE }),
              ...subjects.flatMap((_, i) => figureCells(s.cells[from + i] ?? null, widths, 2 + i * 4)),
            ],
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: [
          cell([{ text: k.clusterRow, bold: true, size: SIZE }], w(0) + w(1), { span: 2, fill: TOTAL_FILL, size: SIZE }),
          ...subjects.flatMap((_, i) => figureCells(g.cluster[from + i] ?? null, widths, 2 + i * 4, TOTAL_FILL)),
        ],
      }),
    ];
    out.push(table(widths, rows, { margins: { top: 30, bottom: 30, left: 60, right: 60 } }));
  }
  return out;
}

function schoolTable(g: KpiExamGroup, d: Dictionary): Table {
  const k = d.improvementDocs;
  const widths = columnWidths([22, ...g.years.map(() => 58 / Math.max(g.years.length, 3)), 8, 16]);
  const w = (i: number) => widths[i] ?? 0;
  const n = g.years.length;
  /** A year's A–C %, coloured against that year's target, with the target under it. */
  const yearCell = (f: { percent: number | null; target: number | null }): Line[] => {
    const met = f.percent !== null && f.target !== null ? f.percent >= f.target : null;
    return [
      { text: percentText(f.percent), bold: f.percent !== null, color: met === true ? DONE : met === false ? ALERT : undefined },
      ...(f.target !== null ? [{ text: fill(k.targetOf, { target: percentText(f.target) }), size: 15, color: MUTED }] : []),
    ];
  };
  return table(widths, [
    headerRow([k.subject, ...g.years.map(String), k.change, k.status], widths, (i) => i > 0, 16),
    ...g.history.map(
      (h) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: h.subject }], w(0)),
            ...h.figures.map((f, i) => smallCell(yearCell(f), w(1 + i), { align: 'center' })),
            smallCell([changeLine(h.now.change)], w(1 + n), { align: 'center' }),
            smallCell([metLine(h.now, d)], w(2 + n), { align: 'center' }),
          ],
        }),
    ),
  ]);
}

function checkpointTable(x: KpiCheckpointExam, m: KpiReviewModel, d: Dictionary): Table {
  const k = d.improvementDocs;
  if (m.school) {
    // One school: a row per checkpoint, with the note written at the review.
    const widths = columnWidths([18, 20, 18, 44]);
    const w = (i: number) => widths[i] ?? 0;
    const statuses = x.rows[0]?.statuses ?? [];
    return table(widths, [
      headerRow([k.checkpointDay, k.status, k.predicted, k.note], widths, () => false, 16),
      ...x.days.map((days, i) => {
        const s = statuses[i] ?? null;
        return new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: fill(k.daysBefore, { days }) }], w(0)),
            smallCell(s ? [checkpointLines({ status: s.status, predicted: null }, d)[0] ?? { text: DASH }] : [{ text: DASH, color: MUTED }], w(1)),
            smallCell([{ text: s ? percentText(s.predicted) : DASH }], w(2)),
            smallCell(s ? linesOf(s.note) : [], w(3)),
          ],
        });
      }),
    ]);
  }
  const widths = columnWidths([16, ...x.days.map(() => 84 / Math.max(x.days.length, 4))], textWidth(true));
  const w = (i: number) => widths[i] ?? 0;
  return table(widths, [
    headerRow([k.school, ...x.days.map((days) => fill(k.daysBefore, { days }))], widths, (i) => i > 0, 16),
    ...x.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: r.school.replace(/ /g, '\u00a0') }], w(0)),
            ...r.statuses.map((s, i) => smallCell(s ? checkpointLines(s, d) : [{ text: DASH, color: MUTED }], w(1 + i), { align: 'center' })),
          ],
        }),
    ),
  ]);
}

export function layoutKpiReview(m: KpiReviewModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const k = d.improvementDocs;
  const title = kpiReviewTitle(d, m);
  const body: (Paragraph | Table)[] = [titleLine(title.toUpperCase()), subtitle(m.school ? `${m.school.name} · ${k.year} ${m.year}` : `${k.year} ${m.year}`)];
  if (m.groups.length === 0) body.push(noneLine(fill(k.noResults, { year: m.year }), { keepNext: true }));
  else body.push(caption(k.percentNote));

  m.groups.forEach((g, i) => {
    const last = i === m.groups.length - 1;
    body.push(heading1(fill(k.resultsHeading, { exam: examName(g) })));
    if (g.exam.code !== '' || g.subjects.length) {
      if (g.subjects.length === 0) body.push(noneLine(fill(k.noResults, { year: m.year })));
      else body.push(...(m.school ? [schoolTable(g, d)] : clusterTables(g, m, d)));
    }
    g.checkpoints.forEach((x, j) => {
      body.push(heading2(fill(k.checkpointsHeading, { exam: x.name, date: formatLongDate(x.date, language) })));
      // A closing "none" line goes over with the sign-off rather than leave it alone on a page.
      body.push(x.rows.length ? checkpointTable(x, m, d) : noneLine(k.noCheckpointReviews, { keepNext: last && j === g.checkpoints.length - 1 }));
    });
  });

  const landscape = m.school === null;
  const doc = officialDocument(m.letterhead, { title, subject: k.kpiSubject, body, landscape, end: signOffBlock(m.signOff, language, { landscape }) });
  return { doc, title };
}
