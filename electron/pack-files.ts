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

/**
 * Writes every file into `dir`; names that clash (even after being made safe) get " (2)", " (3)"…
 * All or nothing: each file is written beside its place first and moved in only when all are written.
 */
export function writePack(dir: string, files: PackFile[]): string[] {
  const names = uniqueFileNames(files.map((f) => lastPart(f.fileName)), '.docx');
  const staged = names.map((n) => path.join(dir, `.${n}.partial`));
  const placed: string[] = [];
  try {
    files.forEach((f, i) => fs.writeFileSync(staged[i] as string, f.data));
    names.forEach((n, i) => {
      fs.renameSync(staged[i] as string, path.join(dir, n));
      placed.push(path.join(dir, n));
    });
  } catch (err) {
    for (const f of [...staged, ...placed]) fs.rmSync(f, { force: true });
    throw err;
  }
  return names;
}
