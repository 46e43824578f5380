/** The letterhead on page one (logo, ministry and department, cluster name and address), running header, page numbers. */
import { AlignmentType, BorderStyle, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun } from 'docx';
import { dictionaries } from '../../../shared/i18n';
import type { LetterheadModel } from '../../../shared/documents/models';
import { HEAD_FILL } from './colours';
import { FONT } from './page';
import { para, run } from './text';

/** The block at the top of the first page. */
export function letterheadBlock(lh: LetterheadModel): Paragraph[] {
  const out: Paragraph[] = [];
  if (lh.logo) {
    // 64 px high, or less for a very wide logo, so it never runs past the text width.
    const scale = Math.min(64 / lh.logo.height, 480 / lh.logo.width);
    const width = Math.max(1, Math.round(lh.logo.width * scale));
    const height = Math.max(1, Math.round(lh.logo.height * scale));
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [new ImageRun({ type: lh.logo.type, data: lh.logo.data, transformation: { width, height } })],
      }),
    );
  }
  for (const line of [lh.ministry, lh.department]) if (line) out.push(para(line.toUpperCase(), { align: AlignmentType.CENTER, size: 20, after: 0 }));
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 60, after: 200 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: HEAD_FILL, space: 6 } },
      children: [run(lh.clusterName.toUpperCase(), { bold: true, size: 28, color: HEAD_FILL }), ...(lh.address ? [new TextRun({ break: 1 }), run(lh.address, { size: 18 })] : [])],
    }),
  );
  return out;
}

/** "Kluster 2 — <title>" at the top right of every page after the first. */
export const runningHeader = (lh: LetterheadModel, title: string) =>
  new Header({ children: [para(`${lh.clusterName} — ${title}`, { size: 16, align: AlignmentType.RIGHT })] });

/** An empty header, for the first page under the letterhead. */
export const emptyHeader = () => new Header({ children: [] });

/** "Page 2 of 5" / "Halaman 2 daripada 5", with live PAGE and NUMPAGES fields. */
export function pageNumberFooter(lh: LetterheadModel): Footer {
  const [before = '', rest = ''] = dictionaries[lh.language].doc.page.split('{{page}}');
  const [middle = '', after = ''] = rest.split('{{pages}}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 18, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
      }),
    ],
  });
}

/**
 * A letter's footer: its own mark (e.g. the reference number) and its page, counted from the letter's first
 * page ("KL2/MC/2023/01 · Page 1"); LibreOffice cannot show a letter's page total, so none is given.
 */
export function letterFooter(lh: LetterheadModel, mark: string): Footer {
  const [before = '', after = ''] = dictionaries[lh.language].doc.pageOnly.split('{{page}}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 18, children: [mark ? `${mark} · ${before}` : before, PageNumber.CURRENT, after] })],
      }),
    ],
  });
}
