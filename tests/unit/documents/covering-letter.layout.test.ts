import { describe, expect, it } from 'vitest';
import { layoutCoveringLetter } from '../../../electron/documents/covering-letter';
import { textWidth } from '../../../electron/documents/kit';
import { paragraphsOf } from '../../helpers/docx';
import { LANG } from './expect-official';
import { coveringLetterModel } from './fixtures-covering-letter';
import { paragraphXml, readBack, storedField, styleXml, stylesUsed, tableGrids } from './read-back';

/** Paragraph texts with tabs kept as "\t". */
const texts = (xml: string) => paragraphsOf(xml.replace(/<w:tab\/>/g, '<w:t>\t</w:t>'));
/** The rows of the body's (only) table, each as its cells' texts. */
const rowsOf = (xml: string) =>
  (/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0].match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) => ({
    xml: r,
    cells: (r.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((c) => texts(c).join(' ')),
  }));
/** The paragraphs after the table: the closing and the signature. */
const afterTable = (xml: string) => paragraphXml(xml.slice(xml.lastIndexOf('</w:tbl>')));

const WORDS = {
  ms: {
    title: 'Surat Iringan Laporan Penggal 1 2024',
    subject: 'Surat iringan',
    ref: 'Ruj. Kami: KL9/SUR/2024/005\t22 Mac 2024',
    salutation: 'Tuan/Puan,',
    opening: 'Dengan hormatnya perkara di atas adalah dirujuk.',
    enclosed:
      '2.\tBersama-sama ini disertakan laporan Penggal 1 Tahun 2024 bagi sekolah-sekolah Kluster 9 serta laporan penggal Kluster 9 untuk makluman dan tindakan pihak Tuan/Puan selanjutnya, seperti yang tersenarai dalam Lampiran di bawah.',
    attachments: 'Lampiran',
    header: ['Bil.', 'Ruj.', 'Dokumen'],
    thanks: 'Sekian, terima kasih.',
    faithfully: 'Saya yang menjalankan amanah,',
    onBehalf: 'b.p. Ketua Kluster 9',
    assistant: 'Penolong Ketua Kluster',
    page: 'Halaman',
  },
  en: {
    title: 'Covering letter, Term 1 2024 reports',
    subject: 'Covering letter',
    ref: 'Our ref.: KL9/SUR/2024/005\t22 March 2024',
    salutation: 'Dear Sir/Madam,',
    opening: 'I refer to the above matter.',
    enclosed:
      '2.\tEnclosed are the Term 1 2024 reports of the Kluster 9 schools and the Kluster 9 term report, for your information and further action, as listed in the Attachments below.',
    attachments: 'Attachments',
    header: ['No.', 'Ref.', 'Document'],
    thanks: 'Thank you.',
    faithfully: 'Yours faithfully,',
    onBehalf: 'for Head of Kluster 9',
    assistant: 'Assistant Cluster Head',
    page: 'Page',
  },
} as const;

describe.each(['ms', 'en'] as const)('the covering letter laid out in %s, from a fixture model', (language) => {
  const w = WORDS[language];

  it('is one A4 letter under the letterhead, in Word styles of the document language, footed by its reference', async () => {
    const m = coveringLetterModel(language);
    const { doc, title } = layoutCoveringLetter(m);
    expect(title).toBe(w.title);
    const x = await readBack(doc);
    expect(x.document.match(/<w:sectPr[ >]/g)).toHaveLength(1);
    expect(x.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(texts(x.document).filter((t) => t.startsWith('KLUSTER 9'))).toHaveLength(1);

    expect(x.styles).toMatch(new RegExp(`<w:docDefaults>[\\s\\S]*<w:lang w:val="${LANG[language]}"/>[\\s\\S]*</w:docDefaults>`));
    for (const s of ['Normal', 'BodyText', 'TableText']) expect(styleXml(x.styles, s), s).toContain(`<w:lang w:val="${LANG[language]}"/>`);
    expect(x.styles).not.toContain(`w:val="${LANG[language === 'ms' ? 'en' : 'ms']}"`);
    for (const s of ['BodyText', 'TableText']) expect(stylesUsed(x.document), s).toContain(s);

    // The Lampiran table fills the text width exactly, in twips.
    const grids = tableGrids(x.document);
    expect(grids).toHaveLength(1);
    expect(grids[0]).toHaveLength(3);
    expect(grids[0]?.reduce((a, b) => a + b, 0)).toBe(textWidth());
    expect(x.document).not.toMatch(/w:type="pct"/);

    // The footer names the letter by its reference, with a live page number.
    const footers = x.footers.map((f) => paragraphsOf(f).join(' '));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(f.startsWith(`KL9/SUR/2024/005 · ${w.page}`), f).toBe(true);
    for (const f of x.footers) expect(f).toMatch(storedField('PAGE'));
    expect(x.core).toContain('<dc:creator>Kluster 9</dc:creator>');
    expect(x.core).toContain(`<dc:title>${w.title}</dc:title>`);
    expect(x.core).toContain(`<dc:subject>${w.subject}</dc:subject>`);
  });

  it('prints the reference with the date at the right margin, the recipient, the bold subject and numbered paragraphs', async () => {
    const m = coveringLetterModel(language);
    const x = await readBack(layoutCoveringLetter(m).doc);
    const t = texts(x.document);
    const refAt = t.indexOf(w.ref);
    expect(refAt, 'reference and date').toBeGreaterThan(0);
    const refXml = paragraphXml(x.document).find((p) => texts(p)[0] === w.ref) ?? '';
    expect(refXml).toContain(`<w:tab w:val="right" w:pos="${textWidth()}"/>`);
    expect(t.slice(refAt + 1, refAt + 9)).toEqual([...m.recipient, w.salutation, m.subject, w.opening, w.enclosed]);
    const subjectXml = paragraphXml(x.document).find((p) => texts(p)[0] === m.subject) ?? '';
    expect(subjectXml).toContain('<w:b/>');
    expect(m.subject).toBe(m.subject.toUpperCase());
    // "2." hangs in the margin column; the paragraph is justified.
    const enclosedXml = paragraphXml(x.document).find((p) => texts(p)[0] === w.enclosed) ?? '';
    expect(enclosedXml).toMatch(/<w:ind w:left="567" w:hanging="567"\/>/);
    expect(enclosedXml).toContain('<w:jc w:val="both"/>');
  });

  it('lists every attachment in order in the Lampiran table, its header repeated on a new page and no row split', async () => {
    const m = coveringLetterModel(language);
    const x = await readBack(layoutCoveringLetter(m).doc);
    const t = texts(x.document);
    expect(t[t.indexOf(w.attachments) + 1]).toBe(w.header[0]);
    const rows = rowsOf(x.document);
    expect(rows.map((r) => r.cells)).toEqual([[...w.header], ...m.attachments.map((a, i) => [`${i + 1}.`, a.referenceNo ?? '—', a.title])]);
    expect(rows[0]?.xml).toContain('<w:tblHeader/>');
    for (const r of rows) expect(r.xml).toContain('<w:cantSplit/>');
    // A document not yet numbered shows a dash in its reference column.
    expect(rows[3]?.cells[1]).toBe('—');
  });

  it('keeps the closing and the signature together, and with the last attachment', async () => {
    const m = coveringLetterModel(language);
    const x = await readBack(layoutCoveringLetter(m).doc);
    const rows = rowsOf(x.document);
    for (const p of paragraphXml(rows.at(-1)?.xml ?? '')) expect(p, 'last row').toContain('<w:keepNext/>');
    for (const p of paragraphXml(rows.at(-2)?.xml ?? '')) expect(p, 'the row before').not.toContain('<w:keepNext/>');
    const closing = afterTable(x.document).filter((p) => texts(p)[0]);
    expect(closing.map((p) => texts(p)[0])).toEqual([w.thanks, w.faithfully, '(Hjh Ketua)', m.signer.post]);
    for (const p of closing.slice(0, -1)) expect(p, texts(p)[0]).toContain('<w:keepNext/>');
    expect(closing.at(-1)).not.toContain('<w:keepNext/>');
    // Room to sign under "Saya yang menjalankan amanah,"; the name in bold.
    expect(Number(/<w:spacing [^>]*w:after="(\d+)"/.exec(closing[1] ?? '')?.[1])).toBeGreaterThanOrEqual(600);
    expect(closing[2]).toContain('<w:b/>');
  });

  it('is signed “b.p.” when someone else signs for the cluster head, and leaves dots for what is not known', async () => {
    const m = coveringLetterModel(language);
    const x = await readBack(
      layoutCoveringLetter({ ...m, letterhead: { ...m.letterhead, reference: undefined }, signer: { name: null, post: w.assistant, onBehalf: true } }).doc,
    );
    const t = texts(x.document);
    expect(t.some((p) => /^.+: …+\t/.test(p)), 'a dotted reference').toBe(true);
    const closing = afterTable(x.document).map((p) => texts(p)[0]).filter(Boolean);
    expect(closing.slice(2)).toEqual([expect.stringMatching(/^\(…+\)$/), w.assistant, w.onBehalf]);
    // No reference, no mark: the footer is the page number alone.
    for (const f of x.footers.map((f) => paragraphsOf(f).join(' '))) expect(f.startsWith(w.page), f).toBe(true);
  });

  it('lists 27 attachments in one table across the text width, the signature still kept whole after it', async () => {
    const m = coveringLetterModel(language, 27);
    expect(m.attachments).toHaveLength(27);
    const x = await readBack(layoutCoveringLetter(m).doc);
    const grids = tableGrids(x.document);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.reduce((a, b) => a + b, 0)).toBe(textWidth());
    const rows = rowsOf(x.document);
    expect(rows).toHaveLength(28);
    expect(rows.slice(1).map((r) => r.cells)).toEqual(m.attachments.map((a, i) => [`${i + 1}.`, a.referenceNo ?? '—', a.title]));
    // 8 pt and close rows, so a cluster's 27 reports fit on the letter's page.
    for (const r of rows.slice(1)) expect(r.xml).toContain('<w:sz w:val="16"/>');
    for (const p of paragraphXml(rows.at(-1)?.xml ?? '')) expect(p).toContain('<w:keepNext/>');
    const closing = afterTable(x.document).filter((p) => texts(p)[0]);
    expect(closing.map((p) => texts(p)[0])).toEqual([w.thanks, w.faithfully, '(Hjh Ketua)', m.signer.post]);
    for (const p of closing.slice(0, -1)) expect(p).toContain('<w:keepNext/>');
  });
});
