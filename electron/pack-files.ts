/**
 * Writing a pack of documents into a folder the user chose. The page names the files, never the folder;
 * a name is reduced to a plain .docx file name so nothing can be written outside the chosen folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileNameFor, uniqueFileNames } from '../shared/file-names';

export interface PackFile {
  fileName: string;
  data: Uint8Array;
}

/** The last part of what the page sent, as a plain .docx name (see shared/file-names.ts). */
const lastPart = (name: string) => name.split(/[\\/]/).pop() ?? '';

export function packFileName(name: string): string {
  return fileNameFor(lastPart(name), '.docx');
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

/** Writes every file into `dir`; names that clash (even after being made safe) get " (2)", " (3)"… */
export function writePack(dir: string, files: PackFile[]): string[] {
  const names = uniqueFileNames(files.map((f) => lastPart(f.fileName)), '.docx');
  files.forEach((f, i) => fs.writeFileSync(path.join(dir, names[i] as string), f.data));
  return names;
}
