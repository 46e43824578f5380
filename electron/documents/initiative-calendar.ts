/**
 * The initiative calendar: the year's plan on one A4 landscape page, like the cluster's infographic. A row
 * per lane, the initiative's name run down over its lanes, one coloured cell per phase spanning its months.
 * Above the lanes, strips for the school terms, the holidays and the exams with their checkpoints; the month
 * columns are shaded as term or school break. A key explains the shades and marks; the holidays' and exams'
 * dates follow.
 */
import { AlignmentType, BorderStyle, HeightRule, ImageRun, Paragraph, ShadingType, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType, type Document, type Table } from 'docx';
import { daysInMonth, formatLongDate, monthName, type Language } from '../../shared/dates';
import type { CalendarExamItem, CalendarGridModel, CalendarInitiativeItem, CalendarPeriodItem, InitiativeCalendarModel } from '../../shared/documents/initiative-calendar-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { monthOrdinal, windowEnd, windowMonths } from '../../shared/plan/months';
import {
  ALERT,
  BREAK_FILL,
  GRID,
  HEAD_FILL,
  HOLIDAY_FILL,
  MUTED,
  NEXT_YEAR_FILL,
  STRIP_FILL,
  STYLE,
  TERM_FILL,
  gridCell,
  noBorders,
  officialFile,
  pageNumberFooter,
  pageProperties,
  table,
  textWidth,
  type Piece,
  GRID_MARGINS,
} from './kit';

/** The initiative column, in twips; the months share the rest of the landscape text width equally. */
const LABEL_WIDTH = 2900;
/** Initiative names: 8 pt, never smaller. */
const NAME_SIZE = 16;
/** Their lines: 9 pt apart. */
const NAME_LINE = 180;
const EXAM_MARK = '▲';
const CHECKPOINT_MARK = '●';
const NBSP = '\u00a0';
/** 1.2 cm: the top and bottom margins of the calendar page. */
const CHART_MARGIN = 680;
/** Lines of the strips, and of the lanes of a full page: 6.5 pt text on 7.5 pt lines. */
const PHASE_SIZE = 13;
const LINE = 150;
/** Height (twips) the lanes share on the page; a short plan's lanes grow to fill it, up to 480 each. */
const LANE_BUDGET = 5400;
const MAX_LANE = 480;
/** Exam and checkpoint marks: 6 pt, a little under the phases, so a month holds an exam's name and its days. */
const MARK_SIZE = 12;
const MARK_LINE = 135;
const NONE = noBorders.top;

/** Column widths (twips) adding up to the landscape text width: the initiative column, then equal months. */
export function calendarColumns(months: number): number[] {
  const total = textWidth(true);
  const month = Math.floor((total - LABEL_WIDTH) / months);
  return [total - month * months, ...Array.from({ length: months }, () => month)];
}

/** Relative luminance of an `rrggbb` colour (WCAG). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black or white, whichever reads better on the fill. */
export function textOn(fillHex: string): '000000' | 'FFFFFF' {
  const l = luminance(fillHex.replace('#', ''));
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
const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (date: string) => Number(date.slice(8, 10));

/** What a month column shows of the terms: the term it mostly belongs to, or a school break. */
export interface MonthShade {
  month: string;
  /** The term holding most of the month's days when it holds at least half of them, else null (a break). */
  term: string | null;
  /** Days of the month in some term. */
  termDays: number;
}

/** Each month's term or break, from the terms that touch it. Null when the plan has no terms at all. */
export function monthShades(grid: CalendarGridModel): MonthShade[] | null {
  const terms = grid.periods.filter((p) => p.kind === 'term');
  if (terms.length === 0) return null;
  return windowMonths(grid.window).map((month) => {
    const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const perTerm = new Map<string, number>();
    let termDays = 0;
    for (let d = 1; d <= days; d++) {
      const date = `${month}-${pad(d)}`;
      const term = terms.find((t) => t.start <= date && date <= t.end);
      if (!term) continue;
      termDays++;
      perTerm.set(term.name, (perTerm.get(term.name) ?? 0) + 1);
    }
    const [top] = [...perTerm.entries()].sort((a, b) => b[1] - a[1]);
    return { month, term: top && termDays * 2 >= days ? top[0] : null, termDays };
  });
}

/** The days of a month that holidays fall on: "23", "22–25", "1, 29–31". */
export function holidayDays(holidays: CalendarPeriodItem[], month: string): string {
  const first = `${month}-01`;
  const last = `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
  return holidays
    .filter((h) => h.start <= last && h.end >= first)
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((h) => {
      const from = dayOf(h.start < first ? first : h.start);
      const to = dayOf(h.end > last ? last : h.end);
      return from === to ? String(from) : `${from}–${to}`;
    })
    .join(', ');
}

/** An exam or a checkpoint on the calendar. */
export interface Mark {
  kind: 'exam' | 'checkpoint';
  date: string;
  exam: string;
  daysBefore: number | null;
}

/** The exams and checkpoints falling in the window, in date order (an exam after its checkpoints on a day). */
export function marksOf(grid: CalendarGridModel): Mark[] {
  const from = `${grid.window.start}-01`;
  const to = `${windowEnd(grid.window)}-31`;
  const out: Mark[] = [];
  for (const x of grid.exams ?? []) {
    for (const c of x.checkpoints) if (c.date >= from && c.date <= to) out.push({ kind: 'checkpoint', date: c.date, exam: x.name, daysBefore: c.daysBefore });
    if (x.date >= from && x.date <= to) out.push({ kind: 'exam', date: x.date, exam: x.name, daysBefore: null });
  }
  return out.sort((a, b) => (a.date === b.date ? (a.kind === b.kind ? 0 : a.kind === 'exam' ? 1 : -1) : a.date < b.date ? -1 : 1));
}

/** A mark as the calendar prints it, on a line of its own: "▲ PSR", "● PSR 150". */
function markPieces(m: Mark, d: Dictionary, first: boolean): Piece[] {
  const text = m.kind === 'exam' ? m.exam : fill(d.doc.initiativeCalendar.checkpointMark, { exam: m.exam, days: m.daysBefore ?? 0 });
  return [
    { text: `${m.kind === 'exam' ? EXAM_MARK : CHECKPOINT_MARK}${NBSP}`, color: m.kind === 'exam' ? ALERT : HEAD_FILL, bold: true, breakBefore: !first, size: MARK_SIZE },
    { text, bold: m.kind === 'exam', size: MARK_SIZE },
  ];
}

/** One header row: the months, the first month of each year with its year, the next year's months set apart. */
function headerRow(grid: CalendarGridModel, widths: number[], d: Dictionary): TableRow {
  const months = windowMonths(grid.window);
  const [labelWidth = LABEL_WIDTH, monthWidth = 0] = widths;
  const yearOf = (m: string) => m.slice(0, 4);
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      gridCell([{ text: d.doc.initiative }], labelWidth, { fill: HEAD_FILL, align: 'left', size: 16, heading: true }),
      ...months.map((m, i) => {
        const name = d.doc.monthsShort[Number(m.slice(5, 7)) - 1] ?? m;
        const label = i === 0 || yearOf(months[i - 1] ?? m) !== yearOf(m) ? `${name} ${yearOf(m)}` : name;
        return gridCell([{ text: label }], monthWidth, { fill: Number(yearOf(m)) === grid.year ? HEAD_FILL : NEXT_YEAR_FILL, heading: true });
      }),
    ],
  });
}

/** The strips above the lanes: terms (runs of months of one term), holidays (their days), exams and checkpoints. */
function stripRows(grid: CalendarGridModel, shades: MonthShade[] | null, widths: number[], d: Dictionary): TableRow[] {
  const months = windowMonths(grid.window);
  const [labelWidth = LABEL_WIDTH, monthWidth = 0] = widths;
  const label = (text: string) => gridCell([{ text, bold: true }], labelWidth, { align: 'left', size: 14, fill: STRIP_FILL });
  const row = (cells: ReturnType<typeof gridCell>[]) => new TableRow({ cantSplit: true, children: cells });
  const out: TableRow[] = [];
  if (shades) {
    const cells = [label(d.doc.terms)];
    for (let i = 0; i < shades.length; ) {
      const term = shades[i]?.term ?? null;
      let span = 1;
      while (term !== null && shades[i + span]?.term === term) span++;
      // The term's name with its dates: "Penggal 1 (2 Jan – 8 Mac)".
      const period = term === null ? undefined : grid.periods.find((p) => p.kind === 'term' && p.name === term);
      const text = period ? `${period.name} (${shortRange(period.start, period.end, grid.year, d)})` : (term ?? '');
      cells.push(gridCell(text ? [{ text }] : [], monthWidth * span, { span, fill: term ? TERM_FILL : BREAK_FILL, size: PHASE_SIZE, line: LINE }));
      i += span;
    }
    out.push(row(cells));
  }
  const holidays = grid.periods.filter((p) => p.kind === 'holiday');
  if (holidays.length > 0) {
    out.push(
      row([
        label(d.doc.holidays),
        ...months.map((m) => {
          const days = holidayDays(holidays, m);
          return gridCell(days ? [{ text: days }] : [], monthWidth, { fill: days ? HOLIDAY_FILL : undefined, size: PHASE_SIZE, line: LINE });
        }),
      ]),
    );
  }
  const marks = marksOf(grid);
  if (marks.length > 0) {
    out.push(
      row([
        label(d.doc.initiativeCalendar.exams),
        ...months.map((m) => gridCell(marks.filter((k) => k.date.startsWith(m)).flatMap((k, i) => markPieces(k, d, i === 0)), monthWidth, { size: MARK_SIZE, line: MARK_LINE })),
      ]),
    );
  }
  return out;
}

/** How the lanes look: a full page packs them in 6.5 pt on exact lines; a short plan gets larger text and taller rows. */
interface LaneLook {
  size: number;
  line: number | undefined;
  height: number | undefined;
}

export function laneLook(grid: CalendarGridModel): LaneLook {
  const lanes = grid.initiatives.reduce((n, i) => n + Math.max(1, i.lanes.length), 0);
  const dense = lanes > 20 || grid.window.months > 13;
  const height = Math.min(MAX_LANE, Math.floor(LANE_BUDGET / Math.max(1, lanes)));
  return { size: grid.window.months > 13 ? 12 : dense ? PHASE_SIZE : 15, line: dense ? LINE : undefined, height: height > 200 ? height : undefined };
}

/** The cells of one lane after the label: empty months single (shaded as term or break), each phase one cell over its months. */
function laneCells(phases: CalendarInitiativeItem['lanes'][number]['phases'], colour: string, grid: CalendarGridModel, shades: MonthShade[] | null, monthWidth: number, look: LaneLook): ReturnType<typeof gridCell>[] {
  const first = monthOrdinal(grid.window.start);
  const n = grid.window.months;
  const out: ReturnType<typeof gridCell>[] = [];
  let cursor = 0;
  const emptyUntil = (col: number) => {
    for (; cursor < col; cursor++) {
      const shade = shades?.[cursor];
      out.push(gridCell([], monthWidth, { fill: shade ? (shade.term ? undefined : BREAK_FILL) : undefined, size: look.size, line: look.line }));
    }
  };
  const sorted = [...phases].sort((a, b) => monthOrdinal(a.start) - monthOrdinal(b.start));
  for (const p of sorted) {
    // Phases lie inside the window and never overlap in a lane; clip anyway so a stray one cannot break the grid.
    const start = Math.max(monthOrdinal(p.start) - first, cursor);
    const end = Math.min(monthOrdinal(p.end) - first, n - 1);
    if (end < start) continue;
    emptyUntil(start);
    const span = end - start + 1;
    const f = fillOf(colour);
    out.push(gridCell([{ text: p.name, color: textOn(f) }], monthWidth * span, { span, fill: f, size: look.size, line: look.line }));
    cursor = end + 1;
  }
  emptyUntil(n);
  return out;
}

function initiativeRows(i: CalendarInitiativeItem, grid: CalendarGridModel, shades: MonthShade[] | null, widths: number[], look: LaneLook): TableRow[] {
  const [labelWidth = LABEL_WIDTH, monthWidth = 0] = widths;
  const lanes = i.lanes.length > 0 ? i.lanes : [{ phases: [] }];
  const labelFill = tint(i.colour, 0.8);
  // The code, then the full name where it says more, in one paragraph: the lanes beside it give it two lines.
  const label: Piece[] = [{ text: i.code, bold: true, size: NAME_SIZE }];
  if (i.name.trim() && i.name.trim().toLowerCase() !== i.code.trim().toLowerCase()) label.push({ text: ` ${i.name.trim()}`, size: NAME_SIZE });
  return lanes.map(
    (lane, index) =>
      new TableRow({
        cantSplit: true,
        height: look.height ? { value: look.height, rule: HeightRule.ATLEAST } : undefined,
        children: [
          index === 0
            ? gridCell(label, labelWidth, { fill: labelFill, merge: lanes.length > 1 ? 'restart' : undefined, align: 'left', size: NAME_SIZE, line: NAME_LINE })
            : gridCell([], labelWidth, { fill: labelFill, merge: 'continue' }),
          ...laneCells(lane.phases, i.colour, grid, shades, monthWidth, look),
        ],
      }),
  );
}

/** The key: what the shades and marks mean, in one line of swatches and words (7 pt, in the caption's font and colour). */
function keyLine(grid: CalendarGridModel, shades: MonthShade[] | null, d: Dictionary): Paragraph | null {
  const k = d.doc.initiativeCalendar;
  const items: TextRun[] = [];
  const swatch = (fillHex: string, text: string) => {
    items.push(new TextRun({ text: `${NBSP}${NBSP}${NBSP}${NBSP}`, size: 14, shading: { type: ShadingType.CLEAR, color: 'auto', fill: fillHex }, border: { style: BorderStyle.SINGLE, size: 4, color: GRID, space: 0 } }));
    items.push(new TextRun({ text: ` ${text}     `, size: 14 }));
  };
  if (shades) {
    swatch(TERM_FILL, k.term);
    swatch(BREAK_FILL, k.schoolBreak);
  }
  if (grid.periods.some((p) => p.kind === 'holiday')) swatch(HOLIDAY_FILL, k.holiday);
  const marks = marksOf(grid);
  if (marks.some((m) => m.kind === 'exam')) items.push(new TextRun({ text: `${EXAM_MARK} `, size: 14, bold: true, color: ALERT }), new TextRun({ text: `${k.exam}     `, size: 14 }));
  if (marks.some((m) => m.kind === 'checkpoint')) items.push(new TextRun({ text: `${CHECKPOINT_MARK} `, size: 14, bold: true, color: HEAD_FILL }), new TextRun({ text: k.checkpoint, size: 14 }));
  if (items.length === 0) return null;
  return new Paragraph({ style: STYLE.caption, spacing: { before: 60, after: 0 }, children: [new TextRun({ text: `${k.key}: `, bold: true, italics: false, size: 14 }), ...items] });
}

/**
 * A date or range as the dates under the grid give it: "23 Feb", "10–13 Apr", "2 Jan – 8 Mac"; a range not
 * wholly in the plan's year carries its years ("28 Dis 2024 – 1 Jan 2025").
 */
export function shortRange(start: string, end: string, year: number, d: Dictionary): string {
  const inYear = start.startsWith(`${year}-`) && end.startsWith(`${year}-`);
  const one = (iso: string) => `${dayOf(iso)} ${d.doc.monthsShort[Number(iso.slice(5, 7)) - 1] ?? ''}${inYear ? '' : ` ${iso.slice(0, 4)}`}`;
  if (end <= start) return one(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${dayOf(start)}–${one(end)}`;
  return `${one(start)} – ${one(end)}`;
}

/** "Holidays: National Day (23 Feb); …", the same for exams (and terms the strip cannot name), when there are any. */
function dateLines(grid: CalendarGridModel, d: Dictionary): Paragraph[] {
  const line = (label: string, text: string) =>
    new Paragraph({ style: STYLE.caption, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: `${label}: `, bold: true, italics: false, size: 14 }), new TextRun({ text, italics: false, size: 14 })] });
  const out: Paragraph[] = [];
  // The terms strip dates the terms it names; a term too short to hold a month of its own is dated here.
  const named = new Set((monthShades(grid) ?? []).map((s) => s.term));
  for (const [kind, label] of [
    ['term', d.doc.terms],
    ['holiday', d.doc.holidays],
  ] as const) {
    const list = grid.periods.filter((p) => p.kind === kind && !(kind === 'term' && named.has(p.name))).sort((a, b) => (a.start < b.start ? -1 : 1));
    if (list.length > 0) out.push(line(label, list.map((p) => `${p.name} (${shortRange(p.start, p.end, grid.year, d)})`).join('; ')));
  }
  // Every exam with a mark on the calendar, its own date or a checkpoint's.
  const marked = new Set(marksOf(grid).map((m) => m.exam));
  const exams = (grid.exams ?? []).filter((x) => marked.has(x.name));
  if (exams.length > 0) out.push(line(d.doc.initiativeCalendar.exams, exams.map((x) => examText(x, grid.year, d)).join('; ')));
  return out;
}

/** "PSR 25 Sep (checkpoints: 28 Apr (150 days), …)". */
function examText(x: CalendarExamItem, year: number, d: Dictionary): string {
  const k = d.doc.initiativeCalendar;
  const date = shortRange(x.date, x.date, year, d);
  if (x.checkpoints.length === 0) return fill(k.examOnly, { exam: x.name, date });
  const days = (n: number) => fill(n === 1 ? k.daysBefore_one : k.daysBefore_other, { count: n });
  return fill(k.examLine, { exam: x.name, date, checkpoints: x.checkpoints.map((c) => `${shortRange(c.date, c.date, year, d)} (${days(c.daysBefore)})`).join(', ') });
}

/**
 * The calendar grid of a plan year, its key and the dates of its terms, holidays and exams, for an A4
 * landscape page (also in the cluster profile, which passes its plan). The words are the dictionary's; the
 * language is taken for callers that name it.
 */
export function calendarBlock(grid: CalendarGridModel, d: Dictionary, _language?: Language): (Table | Paragraph)[] {
  const widths = calendarColumns(grid.window.months);
  const shades = monthShades(grid);
  const look = laneLook(grid);
  const rows = [headerRow(grid, widths, d), ...stripRows(grid, shades, widths, d), ...grid.initiatives.flatMap((i) => initiativeRows(i, grid, shades, widths, look))];
  const key = keyLine(grid, shades, d);
  return [table(widths, rows, { margins: GRID_MARGINS }), ...(key ? [key] : []), ...dateLines(grid, d)];
}

export const initiativeCalendarTitle = (m: InitiativeCalendarModel) =>
  fill(dictionaries[m.letterhead.language].doc.calendarTitle, { cluster: m.letterhead.clusterName, year: m.calendar.year });

/** The logo's size in a compact head: at most 48 px high and 160 px wide. */
function logoSize(logo: NonNullable<InitiativeCalendarModel['letterhead']['logo']>) {
  const scale = Math.min(48 / logo.height, 160 / logo.width);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

/**
 * The head of the page in one band, so the grid keeps its room: the logo, the ministry, the department and
 * the cluster on the left, the title, the plan's months and who prepared it on the right, a rule under them.
 */
function compactHead(m: InitiativeCalendarModel, title: string, subtitleText: string, prepared: Paragraph[]): Table {
  const lh = m.letterhead;
  const total = textWidth(true);
  const logoWidth = lh.logo ? 1500 : 0;
  const right = Math.round(total * 0.45);
  const widths = lh.logo ? [logoWidth, total - logoWidth - right, right] : [total - right, right];
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: HEAD_FILL }, top: NONE, left: NONE, right: NONE };
  const cellOf = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.BOTTOM, borders: rule, margins: { top: 0, bottom: 60, left: 0, right: 60 }, children });
  const small = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) =>
    new Paragraph({ style: STYLE.table, children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 16, color: opts.color })] });
  const lines = [
    ...[lh.ministry, lh.department].filter(Boolean).map((l) => small(l.toUpperCase())),
    new Paragraph({
      style: STYLE.table,
      children: [new TextRun({ text: lh.clusterName.toUpperCase(), bold: true, size: 24, color: HEAD_FILL }), ...(lh.address ? [new TextRun({ text: `   ${lh.address}`, size: 15, color: MUTED })] : [])],
    }),
  ];
  const titleCell = [
    new Paragraph({ style: STYLE.title, alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 20 }, children: [new TextRun(title.toUpperCase())] }),
    new Paragraph({ style: STYLE.subtitle, alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: [new TextRun(subtitleText)] }),
    ...prepared,
    ...(lh.reference ? [new Paragraph({ style: STYLE.table, alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${dictionaries[lh.language].doc.ourRef}: ${lh.reference}`, size: 16 })] })] : []),
  ];
  const cells = [
    ...(lh.logo ? [cellOf([new Paragraph({ style: STYLE.table, children: [new ImageRun({ type: lh.logo.type, data: lh.logo.data, transformation: logoSize(lh.logo) })] })], logoWidth)] : []),
    cellOf(lines, widths[lh.logo ? 1 : 0] ?? 0),
    cellOf(titleCell, right),
  ];
  return table(widths, [new TableRow({ cantSplit: true, children: cells })], { borderless: true });
}

/** Who prepared the calendar and when, under the title: the page has no room for a sign-off block. */
function preparedLine(m: InitiativeCalendarModel, d: Dictionary): Paragraph[] {
  const prepared = m.signOff.find((s) => s.role === 'prepared');
  if (!prepared?.name) return [];
  const post = prepared.post[0] ? ` (${prepared.post[0]})` : '';
  const date = prepared.date ? ` · ${formatLongDate(prepared.date, m.letterhead.language)}` : '';
  return [
    new Paragraph({
      style: STYLE.caption,
      alignment: AlignmentType.RIGHT,
      spacing: { before: 20, after: 0 },
      children: [new TextRun({ text: `${d.doc.signOff.prepared}: `, bold: true, italics: false, size: 14 }), new TextRun({ text: `${prepared.name}${post}${date}`, italics: false, size: 14 })],
    }),
  ];
}

/**
 * A4 landscape with the kit's side margins (so the grid has the landscape text width) and 1.2 cm above and
 * below: the page is a chart, and the room goes to the lanes.
 */
export function calendarPage() {
  const page = pageProperties(true);
  return { ...page, margin: { ...page.margin, top: CHART_MARGIN, bottom: CHART_MARGIN, footer: 340 } };
}

export function layoutInitiativeCalendar(m: InitiativeCalendarModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const title = initiativeCalendarTitle(m);
  const [from = '', to = ''] = [m.calendar.window.start, windowEnd(m.calendar.window)].map((month) => `${monthName(Number(month.slice(5, 7)), language)} ${month.slice(0, 4)}`);
  const subtitleText = fill(d.doc.initiativeCalendar.window, { from, to });
  const body = [compactHead(m, title, subtitleText, preparedLine(m, d)), ...calendarBlock(m.calendar, d)];
  const doc = officialFile(m.letterhead, { title, subject: d.doc.initiativeCalendar.subject }, [
    {
      properties: { page: calendarPage() },
      footers: { default: pageNumberFooter(m.letterhead) },
      children: body,
    },
  ]);
  return { doc, title };
}
