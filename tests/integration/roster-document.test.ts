import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../electron/documents/render';
import { DOCX_CONTENT_TYPE, type DocumentFile, type School, type SchoolSummary } from '../../shared/domain';
import kluster2 from '../../electron/services/demo/kluster2.json';
import { docxParts, docxText, docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
import { tinyPng } from '../helpers/png';
import { openApp } from '../helpers/tmp';
import { storedField } from '../unit/documents/read-back';

const firstLine = (s: string) => (s.split('\n')[0] ?? '').trim();
const demoSchools = kluster2.schools.map((s) => ({ name: firstLine(s.name), abbreviation: firstLine(s.abbreviation) }));
/** Text as a reader sees it, with line breaks and repeated spaces folded. */
const fold = (s: string) => s.replace(/\s+/g, ' ');

async function demoApp() {
  const app = await openApp();
  await app.call('demo.load');
  return app;
}
const render = (call: Awaited<ReturnType<typeof openApp>>['call'], language: 'ms' | 'en') => call<DocumentFile>('documents.render', { kind: 'school-roster', language });

/** Every text of the package a reader sees: the body, running headers and footers. */
async function allText(bytes: Uint8Array): Promise<string> {
  const parts = (await docxParts(bytes)).filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  const texts = await Promise.all(parts.map(async (p) => paragraphsOf(await docxXml(bytes, p)).join('\n')));
  return texts.join('\n');
}

describe('the school roster document', () => {
  it('lists every school under BM headings, with page numbers in the footer', async () => {
    const { call } = await demoApp();
    const file = await render(call, 'ms');
    expect(file.contentType).toBe(DOCX_CONTENT_TYPE);
    expect(file.fileName).toMatch(/^Senarai Sekolah Kluster 2 \d{4}-\d{2}-\d{2}\.docx$/);

    const body = await docxText(file.data);
    for (const s of demoSchools) {
      expect(body, s.name).toContain(s.name);
      expect(body.split('\n'), s.abbreviation).toContain(s.abbreviation);
    }
    expect(body).toContain('SENARAI SEKOLAH KLUSTER 2');
    expect(body).toContain('KEMENTERIAN PENDIDIKAN, NEGARA BRUNEI DARUSSALAM');
    for (const heading of ['Pusat Tingkatan Enam (1)', 'Sekolah Menengah (7)', 'Sekolah Rendah (18)', 'Bil.', 'Pusat / Maktab / Sekolah', 'Singkatan']) {
      expect(body.split('\n'), heading).toContain(heading);
    }
    expect(body).toMatch(/26 sekolah/);
    // Signed off: prepared by the clerk, approved by the cluster head.
    for (const line of ['Disediakan oleh:', '(Rosnani binti Zalani)', 'Kerani', 'Disahkan oleh:', '(Hjh Sarifah binti Hj Matsawali)', 'Ketua Kluster']) {
      expect(body.split('\n'), line).toContain(line);
    }
    expect(await allText(file.data)).toContain('Kluster 2 — Senarai Sekolah Kluster 2');

    // Schools are numbered 1..26 in level order.
    const lines = body.split('\n');
    const at = (abbr: string) => lines.indexOf(abbr);
    expect(at('PTM')).toBeLessThan(at('SM PAPHM'));
    expect(at('SMJA')).toBeLessThan(at('SR HMS'));
    expect(lines[lines.indexOf('SR OKBI') - 2]).toBe('26');

    const footers = (await docxParts(file.data)).filter((p) => /^word\/footer\d*\.xml$/.test(p));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      const xml = await docxXml(file.data, f);
      expect(xml, f).toMatch(storedField('PAGE'));
      expect(xml, f).toMatch(storedField('NUMPAGES'));
      expect(paragraphsOf(xml).join(' '), f).toMatch(/Halaman.*daripada/);
    }
  });

  it('speaks English when asked', async () => {
    const { call } = await demoApp();
    const file = await render(call, 'en');
    expect(file.fileName).toMatch(/^Kluster 2 School Roster \d{4}-\d{2}-\d{2}\.docx$/);
    const body = await docxText(file.data);
    expect(body).toContain('KLUSTER 2 SCHOOL ROSTER');
    for (const heading of ['Sixth Form Centre (1)', 'Secondary School (7)', 'Primary School (18)', 'No.', 'Abbreviation']) {
      expect(body.split('\n'), heading).toContain(heading);
    }
    for (const line of ['Prepared by:', '(Rosnani binti Zalani)', 'Clerk', 'Approved by:', 'Cluster Head']) expect(body.split('\n'), line).toContain(line);
    expect(body).not.toMatch(/Disediakan|Sekolah Rendah \(/);
    expect(await allText(file.data)).toContain('Kluster 2 — Kluster 2 School Roster');
    const footer = (await docxParts(file.data)).find((p) => /^word\/footer\d*\.xml$/.test(p)) ?? '';
    expect(paragraphsOf(await docxXml(file.data, footer)).join(' ')).toMatch(/Page.*of/);
    for (const s of demoSchools) expect(body, s.name).toContain(s.name);
  });

  it('shows heads and WSE bands, and leaves archived schools out', async () => {
    const { call, ctx } = await demoApp();
    const { items } = await call<{ items: SchoolSummary[] }>('schools.list');
    const [first, second] = items;
    const s = await call<School>('schools.get', { id: first?.id });
    await call('schools.update', { ...s, leaders: [{ role: 'head', name: 'Dayang Hajah Aminah' }], wseBand: 3, phone: '+673 234 5678' });
    await call('schools.archive', { id: second?.id });

    // The builder called directly, as the save dialog does.
    const body = await docxText((await renderDocument(ctx.db(), { kind: 'school-roster', language: 'en' })).data);
    expect(body).toContain('Dayang Hajah Aminah');
    expect(body).toContain('+673 234 5678');
    expect(body).not.toContain(second?.name ?? '?');
    expect(body.split('\n')).toContain('Secondary School (6)');
    expect(body).toMatch(/25 schools/);
  });

  it('carries the cluster logo when one is set', async () => {
    const { call } = await demoApp();
    const without = await render(call, 'ms');
    expect((await docxParts(without.data)).some((p) => p.startsWith('word/media/'))).toBe(false);

    await call('profile.setLogo', { contentType: 'image/png', dataBase64: tinyPng(8, 4).toString('base64') });
    const withLogo = await render(call, 'ms');
    const media = (await docxParts(withLogo.data)).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const xml = await docxXml(withLogo.data, 'word/document.xml');
    expect(xml).toContain('<w:drawing>');
    // The logo keeps its aspect ratio: twice as wide as high, like the image.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml);
    expect(Number(extent?.[1])).toBe(2 * Number(extent?.[2]));

    // A banner-shaped logo is scaled down to fit the text width rather than breaking the document.
    await call('profile.setLogo', { contentType: 'image/png', dataBase64: tinyPng(4000, 10).toString('base64') });
    const wide = await docxXml((await render(call, 'ms')).data, 'word/document.xml');
    const [, cx = '0', cy = '0'] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(wide) ?? [];
    const textWidthEmu = ((11906 - 2 * 1134) / 20) * 12700;
    expect(Number(cx)).toBeLessThanOrEqual(textWidthEmu);
    expect(Number(cy)).toBeGreaterThan(0);
  });

  it('opens in LibreOffice and reads back the same text', async () => {
    const { call } = await demoApp();
    await call('profile.setLogo', { contentType: 'image/png', dataBase64: tinyPng(8, 4).toString('base64') });
    for (const [language, title, group, headings] of [
      ['ms', 'SENARAI SEKOLAH KLUSTER 2', 'Sekolah Rendah (18)', ['Singkatan', 'Band WSE', 'Ketua Sekolah']],
      ['en', 'KLUSTER 2 SCHOOL ROSTER', 'Primary School (18)', ['Abbreviation', 'WSE band', 'Head']],
    ] as const) {
      const pdf = await toPdf((await render(call, language)).data);
      const raw = await pdfText(pdf);
      const text = fold(raw);
      // The sign-off shares its page with the last school.
      const signPage = raw.split('\f').find((p) => p.includes(language === 'ms' ? 'Disahkan oleh' : 'Approved by')) ?? '';
      expect(signPage, language).toContain('SR OKBI');
      expect(text, language).toContain(title);
      expect(text, language).toContain(group);
      // Column headings fit their columns: none is broken inside a word.
      for (const h of headings) expect(text, `${language}: ${h}`).toContain(h);
      expect(text, language).toContain('Rosnani binti Zalani');
      for (const s of demoSchools) expect(text, `${language}: ${s.name}`).toContain(fold(s.name));
      expect(text, language).toMatch(language === 'ms' ? /Halaman 1 daripada \d/ : /Page 1 of \d/);
      expect(await pdfPages(pdf), language).toBeGreaterThanOrEqual(1);
    }
  });
});

