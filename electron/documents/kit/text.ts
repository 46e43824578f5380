/** Runs and paragraphs: styled headings, typed text as paragraphs and lists, dates for narrow columns. */
import { AlignmentType, Paragraph, TabStopType, TextRun } from 'docx';
import { formatLongDate, monthName, type Language } from '../../../shared/dates';
import type { Dictionary } from '../../../shared/i18n';
import { MUTED } from './colours';
import { FONT } from './page';
import { STYLE } from './styles';

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A run with direct formatting, for parts that are not a style of their own (a cell's coloured word). */
export const run = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: FONT, size: opts.size ?? 22, bold: opts.bold, italics: opts.italics, color: opts.color });

/** A paragraph with direct formatting (kept for documents not yet on styles). */
export const para = (text: string, opts: { bold?: boolean; size?: number; align?: Align; after?: number } = {}) =>
  new Paragraph({ alignment: opts.align, spacing: { after: opts.after ?? 80 }, children: [run(text, opts)] });

type StyledOpts = { keepNext?: boolean; pageBreak?: boolean };
const styled = (style: string) => (text: string, opts: StyledOpts = {}) =>
  new Paragraph({ style, keepNext: opts.keepNext, pageBreakBefore: opts.pageBreak, children: [new TextRun(text)] });

/** The document's title (style Title). */
export const title = styled(STYLE.title);
/** The line under the title (style Subtitle). */
export const subtitle = styled(STYLE.subtitle);
/** A section heading (Heading 1), kept with what follows it by its style. */
export const heading1 = styled(STYLE.heading1);
/** A heading inside a section (Heading 2). */
export const heading2 = styled(STYLE.heading2);
export const heading3 = styled(STYLE.heading3);
/** A caption under a table or figure. */
export const caption = styled(STYLE.caption);
/** A body paragraph. */
export const body = styled(STYLE.body);

/** A quiet line saying there is nothing to show. */
export const noneLine = (text: string, opts: StyledOpts = {}) =>
  new Paragraph({ keepNext: opts.keepNext, spacing: { after: 80 }, children: [new TextRun({ text, italics: true, size: 20, color: MUTED })] });

/** A labelled line: "Ratings: 1 … · 2 …", its label bold. */
export const labelled = (label: string, text: string, opts: { size?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true, size: opts.size }), new TextRun({ text, size: opts.size })] });

const BULLET = /^\s*(?:[-•*·]|\d+[.)])\s+/;

/**
 * Text as someone typed it: one paragraph a line, justified; a line starting with "-", "•" or "1." becomes a
 * list item with its mark hanging. Empty lines are dropped. `keepLast` keeps the last line with what follows.
 */
export function textBlock(text: string, opts: { size?: number; after?: number; styled?: boolean; keepLast?: boolean } = {}): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const size = opts.styled ? undefined : (opts.size ?? 22);
  const r = (t: string) => (opts.styled ? new TextRun({ text: t, size: opts.size }) : run(t, { size }));
  return lines.map((line, i) => {
    const keepNext = opts.keepLast && i === lines.length - 1 ? true : undefined;
    const mark = BULLET.exec(line)?.[0];
    if (mark) {
      const bullet = /\d/.test(mark) ? mark.trim() : '•';
      return new Paragraph({
        alignment: AlignmentType.BOTH,
        keepNext,
        spacing: { after: 60 },
        indent: { left: 360, hanging: 360 },
        children: [r(`${bullet}\t${line.slice(mark.length)}`)],
        tabStops: [{ type: TabStopType.LEFT, position: 360 }],
      });
    }
    return new Paragraph({ alignment: AlignmentType.BOTH, keepNext, spacing: { after: opts.after ?? 120 }, children: [r(line)] });
  });
}

/** Space after a table, so the next heading does not sit on its border. */
export const gap = (after = 120, opts: { keepNext?: boolean } = {}) =>
  new Paragraph({ keepNext: opts.keepNext, spacing: { after: 0, before: after }, children: [new TextRun({ text: '', font: FONT, size: 4 })] });

/** "3 Mac 2023", "1–3 Mac 2023", "30 Mac – 2 April 2023" or "30 Disember 2023 – 2 Januari 2024". */
export function formatDateRange(start: string, end: string, language: Language): string {
  if (end <= start) return formatLongDate(start, language);
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  if (sy !== ey || sm === undefined || sd === undefined) return `${formatLongDate(start, language)} – ${formatLongDate(end, language)}`;
  if (sm === em) return `${sd}–${formatLongDate(end, language)}`;
  return `${sd} ${monthName(sm, language)} – ${formatLongDate(end, language)}`;
}

/** "14 Feb 2024": a date short enough for a narrow column. */
export function shortDate(date: string, d: Dictionary): string {
  const [y, m, day] = date.split('-').map(Number);
  if (!y || !m || !day) return date;
  return `${day} ${d.doc.monthsShort[m - 1] ?? m} ${y}`;
}
