/** What every official document laid out from a report model must hold, read back from its XML. */
import { expect } from 'vitest';
import { textWidth } from '../../../electron/documents/kit';
import { paragraphsOf } from '../../helpers/docx';
import { paragraphXml, readBack, signOff, storedField, styleXml, stylesUsed, tableGrids } from './read-back';

export const LANG = { ms: 'ms-BN', en: 'en-GB' } as const;
export const WORDS = {
  ms: { prepared: 'Disediakan oleh:', approved: 'Disahkan oleh:', acknowledged: 'Diakui oleh:', page: /Halaman/, report: 'LAPORAN LAWATAN SEKOLAH', plan: 'PELAN LAWATAN SEKOLAH' },
  en: { prepared: 'Prepared by:', approved: 'Approved by:', acknowledged: 'Acknowledged by:', page: /Page/, report: 'SCHOOL VISIT REPORT', plan: 'SCHOOL VISIT PLAN' },
} as const;

/** What every laid-out official document must hold, read back from its XML. */
export async function expectOfficial(doc: Parameters<typeof readBack>[0], language: 'ms' | 'en', headings: string[], opts: { landscape?: boolean } = {}) {
  const x = await readBack(doc);
  // Word-native styles, defined in the document's language.
  const used = stylesUsed(x.document);
  for (const s of ['Title', 'Subtitle', ...headings]) expect(used, s).toContain(s);
  // Table text is a style of its own (10 pt, or 9 pt in list tables), not formatting repeated on every run.
  expect(used.has('TableText') || used.has('TableTextSmall'), 'TableText or TableTextSmall').toBe(true);
  expect(x.styles).toMatch(new RegExp(`<w:docDefaults>[\\s\\S]*<w:lang w:val="${LANG[language]}"/>[\\s\\S]*</w:docDefaults>`));
  for (const s of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'BodyText', 'TableText', 'TableTextSmall', 'Caption']) {
    expect(styleXml(x.styles, s), s).toContain(`<w:lang w:val="${LANG[language]}"/>`);
  }
  expect(x.styles).not.toContain(`w:val="${LANG[language === 'ms' ? 'en' : 'ms']}"`);
  // Every table's grid fills the text width exactly (of a portrait or a landscape page).
  const grids = tableGrids(x.document);
  expect(grids.length).toBeGreaterThan(0);
  for (const g of grids) expect(g.reduce((a, b) => a + b, 0)).toBe(textWidth(opts.landscape));
  expect(x.document).not.toMatch(/w:type="pct"/);
  // Page numbers are live fields with a stored value in every footer.
  expect(x.footers.length).toBeGreaterThan(0);
  for (const f of x.footers) {
    expect(f).toMatch(storedField('PAGE'));
    expect(f).toMatch(storedField('NUMPAGES'));
    expect(paragraphsOf(f).join(' ')).toMatch(WORDS[language].page);
  }
  // Document properties name the cluster.
  expect(x.core).toContain('<dc:creator>Kluster 9</dc:creator>');
  expect(x.core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
  expect(x.core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
  return x;
}

/** The sign-off: kept with what precedes it, every paragraph of it kept with the next and its rows unsplit. */
export function expectSignOff(xml: string, label: string, names: string[]) {
  const s = signOff(xml, label);
  const texts = paragraphsOf(s.table);
  for (const n of names) expect(texts, n).toContain(n);
  expect(s.lead).toContain('<w:keepNext/>');
  expect(s.before, 'the content before the sign-off is kept with it').toContain('<w:keepNext/>');
  for (const p of paragraphXml(s.table)) expect(p).toContain('<w:keepNext/>');
  expect(s.table.match(/<w:tr[ >]/g)?.length).toBe(s.table.match(/<w:cantSplit\/>/g)?.length);
  return texts;
}

