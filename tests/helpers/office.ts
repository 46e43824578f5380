/**
 * Reading Word documents back: the text of a .docx (JSZip), and the text LibreOffice sees after converting
 * it to PDF (soffice + pdftotext), so document tests check what a reader would see.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

const run = promisify(execFile);

export { docxParts, docxText, docxXml, paragraphsOf } from './docx';

let profileDir: string | null = null;
/** A LibreOffice profile per test worker (parallel workers never share one), reused by its conversions. */
function profile(): string {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-soffice-'));
  }
  return profileDir;
}

afterAll(() => {
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
});

/** Converts a .docx to PDF with LibreOffice; returns the PDF bytes. */
export async function toPdf(bytes: Uint8Array): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-pdf-'));
  try {
    const docx = path.join(dir, 'document.docx');
    fs.writeFileSync(docx, bytes);
    const env = `-env:UserInstallation=file://${profile()}`;
    await run('soffice', [env, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
    const pdf = path.join(dir, 'document.pdf');
    if (!fs.existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF');
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext reads it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-pdftext-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A .docx converted by LibreOffice and read back as text. */
export async function toPdfText(bytes: Uint8Array): Promise<string> {
  return pdfText(await toPdf(bytes));
}

/** Number of pages of a PDF (pdfinfo). */
export async function pdfPages(pdf: Uint8Array): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-pdfinfo-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
