/**
 * The sign-off block: Disediakan oleh / Disemak oleh / Disahkan oleh (Prepared / Checked / Approved by), each
 * with room to sign, a dotted line, the name, the post and the date; up to three side by side. Every
 * paragraph of it is kept with the next and its rows never split, so the block moves to the next page as a
 * whole, and the paragraph that introduces it is kept with it: it never sits alone on a page.
 */
import { Paragraph, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatLongDate, type Language } from '../../../shared/dates';
import type { Signer } from '../../../shared/documents/models';
import { dictionaries } from '../../../shared/i18n';
import { textWidth } from './page';
import { STYLE } from './styles';
import { columnWidths, table } from './tables';

const DOTS = '……………………………………';
const PER_ROW = 3;

function signerParagraphs(s: Signer, language: Language): Paragraph[] {
  const d = dictionaries[language].doc;
  const p = (children: TextRun[], opts: { before?: number } = {}) =>
    new Paragraph({ style: STYLE.body, keepNext: true, keepLines: true, spacing: { before: opts.before ?? 0, after: 0 }, children });
  return [
    p([new TextRun({ text: `${d.signOff[s.role]}:`, bold: true })]),
    p([new TextRun(DOTS)], { before: 720 }),
    p([new TextRun({ text: s.name ? `(${s.name})` : `(${DOTS})`, bold: true })]),
    ...s.post.filter(Boolean).map((line) => p([new TextRun({ text: line, size: 20 })])),
    p([new TextRun({ text: `${d.signOffDate}: ${s.date ? formatLongDate(s.date, language) : DOTS}`, size: 20 })], { before: 80 }),
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
              margins: { left: 0, right: 240, top: 120, bottom: 120 },
              children: group[c] ? signerParagraphs(group[c], language) : [new Paragraph({ keepNext: true, children: [] })],
            }),
        ),
      }),
    );
  }
  const lead = new Paragraph({ style: STYLE.body, keepNext: true, keepLines: true, spacing: { before: 360, after: 0 }, children: opts.lead ? [new TextRun(opts.lead)] : [] });
  return [lead, table(widths, rows, { borderless: true })];
}
