/**
 * Writing a pack of documents into a folder the user chose. The page names the files, never the folder;
 * a name is reduced to a plain .docx file name so nothing can be written outside the chosen folder.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PackFile {
  fileName: string;
  data: Uint8Array;
}

/** A plain file name: no folders, no characters Windows refuses, ending in .docx. */
export function packFileName(name: string): string {
  // Control characters and the characters Windows refuses in names become "-".
  const cleaned = [...name.replace(/\\/g, '/')].map((c) => (c.charCodeAt(0) < 32 ? '-' : c)).join('');
  const base = path.basename(cleaned).replace(/[<>:"/\\|?*]+/g, '-').replace(/^\.+/, '').trim();
  const stem = base.replace(/\.docx$/i, '') || 'document';
  return `${stem.slice(0, 150)}.docx`;
}

/** Checks the shape of what the page sent: a list of at most 200 named byte arrays. */
export function asPackFiles(value: unknown): PackFile[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 200) return null;
  const out: PackFile[] = [];
  for (const f of value) {
    const { fileName, data } = (f ?? {}) as { fileName?: unknown; data?: unknown };
    if (typeof fileName !== 'string' || fileName.length > 300 || !(data instanceof Uint8Array)) return null;
    out.push({ fileName, data });
  }
  return out;
}

/** Writes every file into `dir`; two files with the same name get " (2)", " (3)"... */
export function writePack(dir: string, files: PackFile[]): string[] {
  const used = new Set<string>();
  const written: string[] = [];
  for (const f of files) {
    let name = packFileName(f.fileName);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = packFileName(`${f.fileName.replace(/\.docx$/i, '')} (${n})`);
    used.add(name.toLowerCase());
    fs.writeFileSync(path.join(dir, name), f.data);
    written.push(name);
  }
  return written;
}
