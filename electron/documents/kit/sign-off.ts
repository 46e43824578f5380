/**
 * The sign-off block: Disediakan oleh / Disemak oleh / Disahkan oleh (Prepared / Checked / Approved by), each
 * with room to sign, a dotted line, the name, the post and the date; up to three side by side. Every
 * paragraph of it is kept with the next and its rows never split, so the block moves to the next page as a
 * whole, and the paragraph that introduces it is kept with it: it never sits alone on a page.
 */
import { LeaderType, Paragraph, Tab, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import { formatLongDate, type Language } from '../../../shared/dates';
import type { Signer } from '../../../shared/documents/models';
import { dictionaries } from '../../../shared/i18n';
import { textWidth } from './page';
import { STYLE } from './styles';
import { columnWidths, table } from './tables';

const PER_ROW = 3;
/** The cell's space to the right of the text, so columns of signatures stand apart. */
const GUTTER = 360;

/**
 * One signer's paragraphs, in a column `width` twips wide: a dotted line to sign on and a dotted date (a
 * right tab with a dot leader, so the dots fill the column exactly in Word and LibreOffice alike).
 */
function signerParagraphs(s: Signer, language: Language, width: number): Paragraph[] {
  const d = dictionaries[language].doc;
  const tabStops = [{ type: TabStopType.RIGHT, position: Math.max(720, width - GUTTER - 60), leader: LeaderType.DOT }];
  const p = (children: TextRun[], opts: { before?: number } = {}) =>
    new Paragraph({ style: STYLE.body, keepNext: true, keepLines: true, tabStops, spacing: { before: opts.before ?? 0, after: 0 }, children });
  const dots = (before = '', after = '', opts: { bold?: boolean; size?: number } = {}) => new TextRun({ ...opts, children: [before, new Tab(), after] });
  return [
    p([new TextRun({ text: `${d.signOff[s.role]}:`, bold: true })]),
    p([dots()], { before: 720 }),
    p([s.name ? new TextRun({ text: `(${s.name})`, bold: true }) : dots('(', ')', { bold: true })]),
    ...s.post.filter(Boolean).map((line) => p([new TextRun({ text: line, size: 20 })])),
    p([s.date ? new TextRun({ text: `${d.signOffDate}: ${formatLongDate(s.date, language)}`, size: 20 }) : dots(`${d.signOffDate}: `, '', { size: 20 })], { before: 80 }),
  ];
}

/**
 * The block: a lead paragraph kept with it (give `lead` a line such as a closing remark, or leave it as
 * space), then the signers in a borderless table of up to three columns.
 */
export function signOffBlock(signers: Signer[], language: Language, opts: { lead?: string; landscape?: boolean } = {}) {
  const perRow = Math.min(PER_ROW, Math.max(1, signers.length));
  const widths = columnWidths(Array<number>(perRow).fill(1), textWidth(opts.landscape));
  const rows: TableRow[] = [];
  for (let i = 0; i < signers.length; i += perRow) {
    const group = signers.slice(i, i + perRow);
    const last = i + perRow >= signers.length;
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: !last || undefined,
        children: widths.map(
          (w, c) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              margins: { left: 0, right: GUTTER, top: 120, bottom: 120 },
              children: group[c] ? signerParagraphs(group[c], language, w) : [new Paragraph({ keepNext: true, children: [] })],
            }),
        ),
      }),
    );
  }
  const lead = new Paragraph({ style: STYLE.body, keepNext: true, keepLines: true, spacing: { before: 360, after: 0 }, children: opts.lead ? [new TextRun(opts.lead)] : [] });
  return [lead, table(widths, rows, { borderless: true })];
}
