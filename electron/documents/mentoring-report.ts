/**
 * The Mentoring & Coaching programme report for a year: a summary (pairs by status, sessions held against
 * planned, pairs at target), then one row per pair with its focus competencies' progress, on A4 landscape.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Language } from '../../shared/dates';
import type { Dictionary } from '../../shared/i18n';
import { ASSIGNMENT_STATUSES, type Assignment, type MentoringPerson } from '../../shared/mentoring/types';
import { readAssignments } from '../services/mentoring/read';
import { caption, heading3 } from './kit';
import { loadLetterhead, officialDocument, para, run, textWidth, type Letterhead } from './letterhead';

const HEAD_FILL = '1F3864';
const AT_TARGET = '1E7B34';
const MUTED = '404040';
/** No., mentee, mentor, status, focus, sessions, actions: shares of the landscape text width. */
const SHARES = [4, 22, 20, 9, 21, 12, 12];

function columnWidths(): number[] {
  const total = textWidth(true);
  const widths = SHARES.map((s) => Math.floor((total * s) / 100));
  widths[1] = (widths[1] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

type Line = { text: string; bold?: boolean; size?: number; color?: string; italics?: boolean };

function cell(lines: Line[], width: number, opts: { fill?: string; span?: number; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (lines.length ? lines : [{ text: '' }]).map(
      (l) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [run(l.text, { bold: l.bold, size: l.size ?? 18, color: l.color, italics: l.italics })],
        }),
    ),
  });
}

/** Every focus competency assessed at or above its target. */
export const atTarget = (a: Pick<Assignment, 'focus'>) => a.focus.length > 0 && a.focus.every((f) => f.current >= f.target);

/** "Timbalan Pengetua, SM SSA" under a name. */
function postLine(p: MentoringPerson, d: Dictionary): string {
  const post = p.title || (p.teamRole ? d.teamRole[p.teamRole] : p.leaderRole ? d.leaderRole[p.leaderRole] : '');
  return [post, p.school].filter(Boolean).join(', ');
}

function pairRow(a: Assignment, n: number, widths: number[], d: Dictionary): TableRow {
  const w = (i: number) => widths[i] ?? 0;
  const actions = a.sessions.flatMap((s) => s.actions);
  const done = actions.filter((x) => x.doneOn !== null).length;
  const fill = (template: string, values: Record<string, number | string>) =>
    Object.entries(values).reduce((t, [k, v]) => t.replace(`{{${k}}}`, String(v)), template);
  return new TableRow({
    cantSplit: true,
    children: [
      cell([{ text: String(n) }], w(0), { center: true }),
      cell([{ text: a.mentee.name }, { text: postLine(a.mentee, d), size: 16, color: MUTED }], w(1)),
      cell([{ text: a.mentor.name }, { text: postLine(a.mentor, d), size: 16, color: MUTED }], w(2)),
      cell([{ text: d.doc.statusName[a.status] }], w(3)),
      cell(
        a.focus.map((f) => {
          const reached = f.current >= f.target;
          return { text: fill(d.doc.focusLine, { code: f.code, baseline: f.baseline, current: f.current, target: f.target }), bold: reached, color: reached ? AT_TARGET : undefined };
        }),
        w(4),
      ),
      cell([{ text: `${a.sessionsHeld} / ${a.sessionsPlanned}` }], w(5), { center: true }),
      cell([{ text: `${actions.length - done} / ${done}` }], w(6), { center: true }),
    ],
  });
}

/** What the competency codes in the table stand for, in the report's language, in code order. */
function legend(pairs: Assignment[], lh: Letterhead): Paragraph[] {
  const names = new Map<string, string>();
  for (const f of pairs.flatMap((p) => p.focus)) names.set(f.code, lh.language === 'en' ? f.nameEn : f.nameMs);
  if (names.size === 0) return [];
  const codes = [...names.keys()].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return [
    heading3(lh.d.doc.competencyLegend, { keepNext: true }),
    ...codes.map((code, i) => caption(`${code}  ${names.get(code) ?? ''}`, { keepNext: i < codes.length - 1 })),
  ];
}

/** "16 pairs: 15 active, 1 completed. Sessions held: 12 of 104 planned so far. Pairs at or above target …" */
export function summaryText(pairs: Assignment[], d: Dictionary): string {
  const total = pairs.length;
  const count = (total === 1 ? d.doc.pairCount_one : d.doc.pairCount_other).replace('{{count}}', String(total));
  if (total === 0) return `${count}.`;
  const byStatus = ASSIGNMENT_STATUSES.map((s) => [s, pairs.filter((p) => p.status === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${d.doc.statusName[s].toLowerCase()}`);
  const held = pairs.reduce((n, p) => n + p.sessionsHeld, 0);
  const planned = pairs.reduce((n, p) => n + p.sessionsPlanned, 0);
  return [
    `${count}: ${byStatus.join(', ')}.`,
    d.doc.summarySessions.replace('{{held}}', String(held)).replace('{{planned}}', String(planned)),
    d.doc.summaryTarget.replace('{{count}}', String(pairs.filter(atTarget).length)).replace('{{total}}', String(total)),
  ].join(' ');
}

export async function buildMentoringReport(db: Kysely<DB>, year: number, language: Language): Promise<{ doc: Document; title: string }> {
  const [lh, pairs] = await Promise.all([loadLetterhead(db, language), readAssignments(db, { year })]);
  const { d } = lh;
  const title = d.doc.reportTitle.replace('{{year}}', String(year));
  const widths = columnWidths();
  const w = (i: number) => widths[i] ?? 0;

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [[d.doc.number], [d.doc.mentee], [d.doc.mentor], [d.doc.status], [d.doc.focusHead, d.doc.baselineCurrent], [d.doc.sessions, d.doc.heldPlanned], [d.doc.actions, d.doc.openDone]].map(
      ([h = '', sub], i) =>
        cell([{ text: h, bold: true, color: 'FFFFFF' }, ...(sub ? [{ text: sub, size: 16, color: 'FFFFFF' }] : [])], w(i), { fill: HEAD_FILL, center: i === 0 || i >= 5 }),
    ),
  });
  const rows = pairs.map((a, i) => pairRow(a, i + 1, widths, d));
  if (rows.length === 0) rows.push(new TableRow({ children: [cell([{ text: d.doc.noPairs, italics: true }], textWidth(true), { span: widths.length })] }));
  const table = new Table({ width: { size: textWidth(true), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] });

  const doc = officialDocument(lh, {
    title,
    landscape: true,
    body: [
      para(title.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
      para(lh.clusterName, { size: 20, align: AlignmentType.CENTER, after: 200 }),
      para(summaryText(pairs, d), { size: 20, after: 200 }),
      table,
      ...legend(pairs, lh),
    ],
  });
  return { doc, title };
}
