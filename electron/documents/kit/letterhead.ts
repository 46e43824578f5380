/** The letterhead on page one (logo, ministry and department, cluster name and address), running header, page numbers. */
import { AlignmentType, BorderStyle, Footer, Header, ImageRun, Paragraph, SimpleField, TextRun } from 'docx';
import { dictionaries } from '../../../shared/i18n';
import type { LetterheadModel } from '../../../shared/documents/models';
import { HEAD_FILL } from './colours';
import { STYLE } from './styles';
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
  if (lh.reference) out.push(referenceLine(lh, lh.reference));
  return out;
}

/** "Ruj. Kami: KL/LPK/2026/007" at the right margin, under the letterhead of an issued document. */
export const referenceLine = (lh: LetterheadModel, reference: string, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.RIGHT) =>
  para(`${dictionaries[lh.language].doc.ourRef}: ${reference}`, { align, size: 18, after: 120 });

/** "Kluster 2 — <title>" at the top right of every page after the first, and the issued number under it. */
export const runningHeader = (lh: LetterheadModel, title: string) =>
  new Header({
    children: [
      para(`${lh.clusterName} — ${title}`, { size: 16, align: AlignmentType.RIGHT, after: 0 }),
      ...(lh.reference ? [para(`${dictionaries[lh.language].doc.ourRef}: ${lh.reference}`, { size: 16, align: AlignmentType.RIGHT, after: 0 })] : []),
    ],
  });

/**
 * A page-number field with a stored value: Word and LibreOffice recompute it as they lay the page out, and a
 * viewer that only shows what is stored (a mail preview) shows "1" rather than nothing, as in Word's own files.
 */
const field = (instruction: 'PAGE' | 'NUMPAGES') => new SimpleField(instruction, '1');

/** A footer line: the document's reference number, if issued, then the page text with its fields. */
function footerLine(lead: string, template: string): Footer {
  const parts = template.split(/(\{\{page\}\}|\{\{pages\}\})/).filter((part) => part !== '');
  const children = parts.map((part) => (part === '{{page}}' ? field('PAGE') : part === '{{pages}}' ? field('NUMPAGES') : new TextRun(part)));
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [...(lead ? [new TextRun(`${lead} · `)] : []), ...children] })] });
}

/** "KL/LPK/2026/007 · Page 2 of 5" / "Halaman 2 daripada 5", with PAGE and NUMPAGES fields. */
export const pageNumberFooter = (lh: LetterheadModel): Footer => footerLine(lh.reference ?? '', dictionaries[lh.language].doc.page);

/**
 * A letter's footer: the issued number (else the letter's own mark, e.g. its reference) and its page, counted
 * from the letter's first page ("KL2/MC/2023/01 · Page 1"); LibreOffice cannot show a letter's page total,
 * so none is given.
 */
export const letterFooter = (lh: LetterheadModel, mark: string): Footer => footerLine(lh.reference ?? mark, dictionaries[lh.language].doc.pageOnly);
