/**
 * The termly pack's covering letter to the Director of Schools, as a Brunei government letter: the
 * letterhead, "Ruj. Kami" and the date, the recipient, the subject in bold capitals, numbered paragraphs, the
 * attachments ("Lampiran") in a table, and the signature kept whole with the closing above it.
 */
import { AlignmentType, Paragraph, Tab, TableRow, TabStopType, TextRun, type Document, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { CoveringLetterModel } from '../../shared/documents/covering-letter-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { COMPACT_MARGINS, STYLE, columnWidths, headerRow, officialLetters, cell, table, textWidth } from './kit';

/** Paragraph numbers hang in the first centimetre. */
const INDENT = 567;
/** A dotted line to fill in by hand. */
const DOTS = '……………………………………';
/** The attachments in 8 pt, so a whole cluster's reports fit on the letter's page. */
const SIZE = 16;

/** The file's title: "Surat Iringan Laporan Penggal 1 2024". */
export const coveringLetterTitle = (m: CoveringLetterModel) => fill(dictionaries[m.letterhead.language].doc.coveringLetter.title, { term: m.term, year: m.year });

type ParaOpts = { after?: number; before?: number; keepNext?: boolean; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] };

/** A body paragraph of the letter (style Body Text); `keepNext` also keeps its lines together. */
const line = (text: string, opts: ParaOpts = {}) =>
  new Paragraph({
    style: STYLE.body,
    alignment: opts.align,
    keepNext: opts.keepNext,
    keepLines: opts.keepNext,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    children: [new TextRun({ text, bold: opts.bold })],
  });

/** A numbered paragraph ("2."), its number hanging in the first centimetre, justified. */
const numbered = (n: number, text: string, opts: { after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.BOTH,
    keepNext: opts.keepNext,
    spacing: { before: 0, after: opts.after ?? 120 },
    indent: { left: INDENT, hanging: INDENT },
    children: [new TextRun(`${n}.`), new TextRun({ children: [new Tab()] }), new TextRun(text)],
  });

/**
 * The attachments: Bil., Ruj., Dokumen across the text width, the header row repeated on every page, no row
 * split; the last row is kept with the closing below, so the signature never opens a page on its own.
 */
function attachmentsTable(m: CoveringLetterModel, d: Dictionary): Table {
  const c = d.doc.coveringLetter;
  const widths = columnWidths([7, 21, 72]);
  const w = (i: number) => widths[i] ?? 0;
  const last = m.attachments.length - 1;
  return table(widths, [
    headerRow([c.number, c.reference, c.document], widths, (i) => i === 0, SIZE),
    ...m.attachments.map((a, i) => {
      const keepNext = i === last || undefined;
      return new TableRow({
        cantSplit: true,
        children: [
          cell([{ text: `${i + 1}.` }], w(0), { align: 'center', size: SIZE, keepNext }),
          cell([{ text: a.referenceNo ?? '—' }], w(1), { size: SIZE, keepNext }),
          cell([{ text: a.title }], w(2), { size: SIZE, keepNext }),
        ],
      });
    }),
  ], { margins: COMPACT_MARGINS });
}

/**
 * "Sekian, terima kasih.", "Saya yang menjalankan amanah,", room to sign, the name in brackets, the post,
 * and "b.p. Ketua Kluster 2" when someone signs on the cluster head's behalf (else the cluster's name, when
 * the post does not name it). Every line is kept with the next: the block moves to a new page as a whole.
 */
function signature(m: CoveringLetterModel, d: Dictionary): Paragraph[] {
  const s = m.signer;
  const cluster = m.letterhead.clusterName;
  const last = s.onBehalf ? fill(d.doc.onBehalfOf, { cluster }) : s.post.includes(cluster) ? null : cluster;
  const lines = [s.post, ...(last ? [last] : [])];
  return [
    line(d.doc.letterThanks, { before: 200, after: 200, keepNext: true }),
    line(d.doc.coveringLetter.faithfully, { after: 660, keepNext: true }),
    line(`(${s.name ?? DOTS})`, { bold: true, keepNext: true }),
    ...lines.map((t, i) => line(t, { keepNext: i < lines.length - 1 || undefined })),
  ];
}

function letterBody(m: CoveringLetterModel): (Paragraph | Table)[] {
  const { language, clusterName: cluster } = m.letterhead;
  const d = dictionaries[language];
  const c = d.doc.coveringLetter;
  const out: (Paragraph | Table)[] = [
    // Our reference on the left, the date at the right margin.
    new Paragraph({
      style: STYLE.body,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth() }],
      spacing: { before: 0, after: 200 },
      children: [new TextRun(`${d.doc.ourRef}: ${m.letterhead.reference ?? DOTS}`), new TextRun({ children: [new Tab()] }), new TextRun(formatLongDate(m.date, language))],
    }),
    ...m.recipient.map((t) => line(t)),
    line(d.doc.salutation, { before: 200, after: 160 }),
    line(m.subject.toUpperCase(), { bold: true, after: 160 }),
    line(d.doc.letterOpening, { after: 120, align: AlignmentType.BOTH }),
    numbered(2, fill(c.enclosed, { term: m.term, year: m.year, cluster }), { after: 160 }),
  ];
  if (m.attachments.length) out.push(line(c.attachments, { bold: true, after: 60, keepNext: true }), attachmentsTable(m, d));
  out.push(...signature(m, d));
  return out;
}

export function layoutCoveringLetter(m: CoveringLetterModel): { doc: Document; title: string } {
  const title = coveringLetterTitle(m);
  const doc = officialLetters(m.letterhead, {
    title,
    subject: dictionaries[m.letterhead.language].doc.documentSubject['covering-letter'],
    letters: [{ body: letterBody(m), mark: '' }],
  });
  return { doc, title };
}
