/**
 * The initiative calendar: the year's plan on one A4 landscape page, like the cluster's infographic. One row
 * per lane, the initiative's name merged down over its lanes, one coloured cell per phase spanning its months.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type Document,
} from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Language } from '../../shared/dates';
import type { Dictionary } from '../../shared/i18n';
import { monthOrdinal, windowMonths, type PlanWindow } from '../../shared/plan/months';
import type { CalendarPeriod, Initiative, Lane, Plan } from '../../shared/plan/types';
import { readPlan } from '../services/plan/read';
import { formatDateRange, loadLetterhead, officialDocument, para, run, textWidth } from './letterhead';

const GRID = 'BFBFBF';
const HEAD_FILL = '1F3864';
/** Months of the following year (the January that closes a January-to-January plan) stand out in the header. */
const NEXT_YEAR_FILL = '5B7DB1';
const LABEL_WIDTH = 2200;
const CELL_MARGINS = { top: 30, bottom: 30, left: 50, right: 50 };

/** Relative luminance of an `rrggbb` colour (WCAG). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black or white, whichever reads better on the fill. */
export function textOn(fill: string): '000000' | 'FFFFFF' {
  const l = luminance(fill.replace('#', ''));
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? 'FFFFFF' : '000000';
}

/** The colour mixed with white: a pale version for the initiative's name cell. */
function tint(hex: string, white: number): string {
  const h = hex.replace('#', '');
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(h.slice(i, i + 2), 16) * (1 - white) + 255 * white))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const fillOf = (colour: string) => colour.replace('#', '').toUpperCase();

/** Column widths (DXA) that add up to the landscape text width: the initiative column, then equal months. */
export function calendarColumns(months: number): number[] {
  const total = textWidth(true);
  const month = Math.floor((total - LABEL_WIDTH) / months);
  return [total - month * months, ...Array.from({ length: months }, () => month)];
}

interface CellOptions {
  span?: number;
  fill?: string;
  merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
}

function cell(children: Paragraph[], width: number, opts: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span && opts.span > 1 ? opts.span : undefined,
    verticalMerge: opts.merge,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: CELL_MARGINS,
    children,
  });
}

/** A paragraph with nothing in it that does not make its row taller than the text beside it. */
const blank = () => new Paragraph({ spacing: { after: 0 }, run: { size: 12 }, children: [] });

const line = (text: string, opts: { size: number; bold?: boolean; color?: string; align?: 'left' | 'center' }) =>
  new Paragraph({
    alignment: opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [run(text, { size: opts.size, bold: opts.bold, color: opts.color })],
  });

function headerRows(year: number, window: PlanWindow, widths: number[], d: Dictionary): TableRow[] {
  const months = windowMonths(window);
  const [labelWidth = LABEL_WIDTH, monthWidth = 0] = widths;
  const yearOf = (m: string) => Number(m.slice(0, 4));
  const fillFor = (m: string) => (yearOf(m) === year ? HEAD_FILL : NEXT_YEAR_FILL);

  // The years over their months, so the break into the next year is plain to see.
  const groups: { year: number; months: string[] }[] = [];
  for (const m of months) {
    const last = groups[groups.length - 1];
    if (last && last.year === yearOf(m)) last.months.push(m);
    else groups.push({ year: yearOf(m), months: [m] });
  }
  const white = { size: 16, bold: true, color: 'FFFFFF' } as const;
  const years = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([line(d.doc.initiative, { ...white, align: 'left' })], labelWidth, { fill: HEAD_FILL, merge: VerticalMergeType.RESTART }),
      ...groups.map((g) => cell([line(String(g.year), white)], monthWidth * g.months.length, { span: g.months.length, fill: fillFor(g.months[0] ?? '') })),
    ],
  });
  const names = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([blank()], labelWidth, { fill: HEAD_FILL, merge: VerticalMergeType.CONTINUE }),
      ...months.map((m) => cell([line(d.doc.monthsShort[Number(m.slice(5, 7)) - 1] ?? m, white)], monthWidth, { fill: fillFor(m) })),
    ],
  });
  return [years, names];
}

/** The cells of one lane after the label: empty months single, each phase one cell over its months. */
function laneCells(lane: Lane, colour: string, window: PlanWindow, monthWidth: number, phaseSize: number): TableCell[] {
  const first = monthOrdinal(window.start);
  const n = window.months;
  const out: TableCell[] = [];
  let cursor = 0;
  const emptyUntil = (col: number) => {
    for (; cursor < col; cursor++) out.push(cell([blank()], monthWidth));
  };
  const phases = [...lane.phases].sort((a, b) => monthOrdinal(a.start) - monthOrdinal(b.start));
  for (const p of phases) {
    // Phases lie inside the window and never overlap in a lane; clip anyway so a stray one cannot break the grid.
    const start = Math.max(monthOrdinal(p.start) - first, cursor);
    const end = Math.min(monthOrdinal(p.end) - first, n - 1);
    if (end < start) continue;
    emptyUntil(start);
    const span = end - start + 1;
    const fill = fillOf(colour);
    out.push(cell([line(p.name, { size: phaseSize, color: textOn(fill) })], monthWidth * span, { span, fill }));
    cursor = end + 1;
  }
  emptyUntil(n);
  return out;
}

function initiativeRows(i: Initiative, window: PlanWindow, widths: number[]): TableRow[] {
  const [labelWidth = LABEL_WIDTH, monthWidth = 0] = widths;
  const lanes: Lane[] = i.lanes.length > 0 ? i.lanes : [{ id: 0, name: '', version: 1, phases: [] }];
  const labelFill = tint(i.colour, 0.8);
  const label: Paragraph[] = [line(i.code, { size: 16, bold: true, align: 'left' })];
  if (i.name.trim().toLowerCase() !== i.code.trim().toLowerCase()) label.push(line(i.name, { size: 12, color: '404040', align: 'left' }));
  const phaseSize = window.months > 13 ? 12 : 15;
  return lanes.map(
    (lane, index) =>
      new TableRow({
        cantSplit: true,
        height: { value: 440, rule: HeightRule.ATLEAST },
        children: [
          index === 0
            ? cell(label, labelWidth, { fill: labelFill, merge: lanes.length > 1 ? VerticalMergeType.RESTART : undefined })
            : cell([blank()], labelWidth, { fill: labelFill, merge: VerticalMergeType.CONTINUE }),
          ...laneCells(lane, i.colour, window, monthWidth, phaseSize),
        ],
      }),
  );
}

/** "School terms: Term 1 (2 January – 10 March 2023); …" and the same for holidays, when the plan has any. */
function periodLines(periods: CalendarPeriod[], d: Dictionary, language: Language): Paragraph[] {
  const out: Paragraph[] = [];
  for (const [kind, label] of [
    ['term', d.doc.terms],
    ['holiday', d.doc.holidays],
  ] as const) {
    const list = periods.filter((p) => p.kind === kind).sort((a, b) => (a.start < b.start ? -1 : 1));
    if (list.length === 0) continue;
    out.push(
      new Paragraph({
        spacing: { before: out.length === 0 ? 120 : 0, after: 0 },
        children: [
          run(`${label}: `, { bold: true, size: 14 }),
          run(list.map((p) => `${p.name} (${formatDateRange(p.start, p.end, language)})`).join('; '), { size: 14 }),
        ],
      }),
    );
  }
  return out;
}

/** The calendar grid of a plan year and its terms and holidays, for an A4 landscape page (also in the cluster profile). */
export function calendarBlock(plan: Plan, d: Dictionary, language: Language): (Table | Paragraph)[] {
  const widths = calendarColumns(plan.window.months);
  const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
  const table = new Table({
    width: { size: textWidth(true), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [...headerRows(plan.year, plan.window, widths, d), ...plan.initiatives.flatMap((i) => initiativeRows(i, plan.window, widths))],
  });
  return [table, ...periodLines(plan.periods, d, language)];
}

export async function buildInitiativeCalendar(db: Kysely<DB>, year: number, language: Language): Promise<{ doc: Document; title: string }> {
  const plan = await readPlan(db, year);
  const lh = await loadLetterhead(db, language);
  const { d } = lh;
  const title = d.doc.calendarTitle.replace('{{cluster}}', lh.clusterName).replace('{{year}}', String(year));
  const doc = officialDocument(lh, {
    title,
    landscape: true,
    body: [para(title.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 120 }), ...calendarBlock(plan, d, language)],
  });
  return { doc, title };
}
