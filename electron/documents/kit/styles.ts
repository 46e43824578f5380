/**
 * Word-native styles: Title, Heading 1–3, body (Normal), table text and caption, defined once in the
 * document's styles so Word's navigation pane and spelling language work. Layouts name a style instead of
 * formatting a paragraph by hand.
 */
import { AlignmentType, LeaderType, LineRuleType, TabStopType, type IStylesOptions } from 'docx';
import type { Language } from '../../../shared/dates';
import { HEAD_FILL, MUTED, WHITE } from './colours';
import { FONT, textWidth } from './page';

/** The language Word checks spelling in: Malay (Brunei) or English (United Kingdom). */
export const WORD_LANGUAGE: Record<Language, string> = { ms: 'ms-BN', en: 'en-GB' };

/** Style ids, as layouts name them in `style:`. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  normal: 'Normal',
  body: 'BodyText',
  table: 'TableText',
  tableCentred: 'TableTextCentred',
  smallTable: 'TableTextSmall',
  smallTableCentred: 'TableTextSmallCentred',
  tableHeading: 'TableHeading',
  smallTableHeading: 'TableHeadingSmall',
  grid: 'GridText',
  gridHeading: 'GridHeading',
  caption: 'Caption',
  footer: 'Footer',
} as const;

/** Body text size in half-points (11 pt); table text 10 pt, and 9 pt in list tables. */
export const BODY_SIZE = 22;
export const TABLE_SIZE = 20;
export const SMALL_TABLE_SIZE = 18;
/** Text in a dense grid (the initiative calendar): 7 pt. */
export const GRID_SIZE = 14;
/** The other sizes a grid's text comes in (half-points), each a Grid Text style of its own: 6, 6.5, 7.5 and 8 pt. */
export const GRID_SIZES = [12, 13, 15, 16] as const;
/**
 * The exact line (twips) of the sizes that only dense rows use, set by their styles: 6.5 pt text on 7.5 pt
 * lines (a full calendar's lanes and its strips), 8 pt names on 9 pt lines.
 */
export const GRID_LINES: Partial<Record<number, number>> = { 13: 150, 16: 180 };
/** The Grid Text style of a size, when there is one; the 7 pt one is Grid Text itself. */
export const gridStyle = (size: number): string | undefined =>
  size === GRID_SIZE ? STYLE.grid : (GRID_SIZES as readonly number[]).includes(size) ? `${STYLE.grid}${size}` : undefined;
/** A grid's heads (the months of the calendar): bold white on the dark fill, 7.5 pt, centred. */
export const GRID_HEADING_SIZE = 15;

export function documentStyles(language: Language): IStylesOptions {
  const lang = { value: WORD_LANGUAGE[language] };
  const keep = { keepNext: true, keepLines: true };
  /** A heading: bold, kept with what follows, at its level in Word's navigation pane. */
  const heading = (id: string, name: string, outlineLevel: number, run: { size: number; bold: boolean; italics?: boolean; color?: string }, spacing: { before: number; after: number }) => ({
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT, ...run, language: lang },
    paragraph: { spacing, outlineLevel, ...keep },
  });
  return {
    default: {
      document: { run: { font: FONT, size: BODY_SIZE, language: lang } },
    },
    paragraphStyles: [
      // Normal carries only the font and language, so paragraphs that set their own spacing keep it.
      { id: STYLE.normal, name: 'Normal', quickFormat: true, run: { font: FONT, size: BODY_SIZE, language: lang } },
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { font: FONT, size: BODY_SIZE, language: lang },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: STYLE.normal,
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: 26, bold: true, color: '000000', language: lang },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 60 }, ...keep },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: 20, language: lang },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 }, ...keep },
      },
      heading(STYLE.heading1, 'Heading 1', 0, { size: 24, bold: true, color: HEAD_FILL }, { before: 280, after: 100 }),
      heading(STYLE.heading2, 'Heading 2', 1, { size: 22, bold: true }, { before: 160, after: 60 }),
      heading(STYLE.heading3, 'Heading 3', 2, { size: 20, bold: true, italics: true }, { before: 120, after: 40 }),
      {
        id: STYLE.table,
        name: 'Table Text',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { font: FONT, size: TABLE_SIZE, language: lang },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE.smallTable,
        name: 'Table Text Small',
        basedOn: STYLE.table,
        quickFormat: true,
        run: { font: FONT, size: SMALL_TABLE_SIZE, language: lang },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      // Centred columns (numbers, abbreviations) and the dark head of a list table: styles, so their many
      // paragraphs and runs do not each repeat the alignment, bold and white.
      { id: STYLE.tableCentred, name: 'Table Text Centred', basedOn: STYLE.table, paragraph: { alignment: AlignmentType.CENTER } },
      { id: STYLE.smallTableCentred, name: 'Table Text Small Centred', basedOn: STYLE.smallTable, paragraph: { alignment: AlignmentType.CENTER } },
      // A head's paragraph mark keeps its table text's size (Word counts it in the line's height).
      { id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.table, run: { bold: true, color: WHITE } },
      { id: STYLE.smallTableHeading, name: 'Table Heading Small', basedOn: STYLE.smallTable, run: { bold: true, color: WHITE } },
      {
        id: STYLE.grid,
        name: 'Grid Text',
        basedOn: STYLE.table,
        quickFormat: true,
        run: { font: FONT, size: GRID_SIZE, language: lang },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
      },
      // A grid's other sizes, so a cell's text and an empty cell's paragraph mark carry no size of their own.
      ...GRID_SIZES.map((size) => {
        const line = GRID_LINES[size];
        return {
          id: `${STYLE.grid}${size}`,
          name: `Grid Text ${size / 2} pt`,
          basedOn: STYLE.grid,
          run: { size },
          paragraph: line ? { spacing: { line, lineRule: LineRuleType.EXACT } } : undefined,
        };
      }),
      { id: STYLE.gridHeading, name: 'Grid Heading', basedOn: STYLE.grid, run: { size: GRID_HEADING_SIZE, bold: true, color: WHITE } },
      {
        id: STYLE.caption,
        name: 'Caption',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: 18, italics: true, color: MUTED, language: lang },
        paragraph: { spacing: { before: 40, after: 80 } },
      },
      // Word's "toc 1" and "toc 2" as Word defines them, with the dotted tab to the right margin of a portrait
      // page that each entry of a table of contents would otherwise repeat.
      ...[1, 2].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: STYLE.normal,
        next: STYLE.normal,
        uiPriority: 39,
        semiHidden: true,
        unhideWhenUsed: true,
        paragraph: {
          spacing: { after: 100 },
          indent: level > 1 ? { left: 220 * (level - 1) } : undefined,
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth(), leader: LeaderType.DOT }],
        },
      })),
      {
        // Word's own Footer style: its page-number fields take their size from here, not from a run.
        id: STYLE.footer,
        name: 'footer',
        basedOn: STYLE.normal,
        run: { font: FONT, size: 18, language: lang },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
      },
    ],
  };
}
