/** Reading a .docx package back: its parts, XML and paragraph text (JSZip). Free of any test runner. */
import JSZip from 'jszip';

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The names of every part in the .docx package (e.g. word/document.xml, word/media/image1.png). */
export async function docxParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files);
}

/** One XML part of the package as text; throws when the part is missing. */
export async function docxXml(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`The document has no part ${part}`);
  return file.async('string');
}

/** Paragraph text of an XML part: the runs of each paragraph joined, one paragraph per line. */
export function paragraphsOf(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const texts = [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? ''));
    out.push(texts.join(''));
  }
  return out;
}

/** The body text of a .docx, one paragraph per line (table cells are paragraphs too). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return paragraphsOf(await docxXml(bytes, 'word/document.xml')).join('\n');
}
