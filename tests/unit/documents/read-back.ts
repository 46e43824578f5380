/** Reading a laid-out document's XML back: styles, language, sign-off keeps, table grids, footers, properties. */
import { Packer, type Document } from 'docx';
import { docxParts, docxXml, paragraphsOf } from '../../helpers/docx';

export interface ReadBack {
  document: string;
  styles: string;
  core: string;
  footers: string[];
  headers: string[];
}

export async function readBack(doc: Document): Promise<ReadBack> {
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const parts = await docxParts(bytes);
  const footers = await Promise.all(parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => docxXml(bytes, p)));
  const headers = await Promise.all(parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => docxXml(bytes, p)));
  return {
    document: await docxXml(bytes, 'word/document.xml'),
    styles: await docxXml(bytes, 'word/styles.xml'),
    core: await docxXml(bytes, 'docProps/core.xml'),
    footers,
    headers,
  };
}

/** A field (PAGE, NUMPAGES) written with a stored value, which a viewer that does not recompute shows. */
export const storedField = (name: string) => new RegExp(`<w:fldSimple w:instr="${name}"[^>]*>\\s*<w:r>(?:(?!</w:fldSimple>)[\\s\\S])*<w:t[^>]*>\\d+</w:t>`);

/** The pStyle ids the body's paragraphs name. */
export const stylesUsed = (xml: string) => new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));

/** A style's definition in styles.xml. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  return m?.[0] ?? '';
}

/** Each top-level table's grid: its gridCol widths. */
export const tableGrids = (xml: string) =>
  [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1])));

/** The paragraphs (as XML) of a stretch of XML. */
export const paragraphXml = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];

/**
 * The sign-off: the table that holds `label`, the paragraph right before it, and the last table row
 * before that paragraph (what the block is kept with).
 */
export function signOff(xml: string, label: string): { table: string; lead: string; before: string } {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
  const hit = tables.find((t) => paragraphsOf(t[0]).some((p) => p.includes(label)));
  if (!hit || hit.index === undefined) throw new Error(`No sign-off table holds ${label}`);
  const head = xml.slice(0, hit.index);
  const leadAt = Math.max(...[...head.matchAll(/<w:p[ >]/g)].map((m) => m.index));
  const lead = head.slice(leadAt);
  const beforeLead = head.slice(0, leadAt);
  const rows = beforeLead.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  const paras = paragraphXml(beforeLead);
  // What comes right before the lead: a table's last row when the lead follows a table, else a paragraph.
  const before = beforeLead.trimEnd().endsWith('</w:tbl>') ? (rows[rows.length - 1] ?? '') : (paras[paras.length - 1] ?? '');
  return { table: hit[0], lead, before };
}
