import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch, uiLanguage } from '../../electron/dispatch';
import { writePack } from '../../electron/pack-files';
import { buildPack } from '../../electron/services/documents/pack';
import { createWebHost, listen } from '../../electron/web-host';
import type { Register } from '../../shared/documents/register';
import type { DocumentFile, SchoolSummary } from '../../shared/domain';
import { docxXml, paragraphsOf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

const TOKEN = 'pack-token-0123456789';
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function demoWithTerm() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  await app.call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-08', end: '2024-03-15' });
  const schools = (await app.call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  return { ...app, schools };
}

const registerSize = async (call: Awaited<ReturnType<typeof openApp>>['call']) => (await call<Register>('documents.register', {})).items.length;

describe('the termly pack, built in the main process', () => {
  it('holds a covering letter, every school report and the cluster report, each issued under its own number, with progress as it goes', async () => {
    const { dispatch, call, schools } = await demoWithTerm();
    const progress: number[] = [];
    const r = await dispatch('documents.pack', { year: 2024, term: 1, language: 'ms' }, { onProgress: (p) => progress.push(p.done) });
    expect(r.ok).toBe(true);
    const zip = (r as { value: DocumentFile }).value;
    expect(zip.contentType).toBe('application/zip');
    expect(zip.fileName).toBe('Laporan penggal 1 2024.zip');
    const files = (await JSZip.loadAsync(zip.data)).files;
    const names = Object.keys(files);
    const total = schools.length + 2;
    expect(names).toHaveLength(total);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => i));

    const register = (await call<Register>('documents.register', {})).items;
    expect(register).toHaveLength(total);
    expect(new Set(register.map((e) => e.referenceNo)).size).toBe(total);
    expect(register.filter((e) => e.kind === 'school-term-report').map((e) => e.recipient).sort()).toEqual(schools.map((s) => s.name).sort());
    expect(register.filter((e) => e.kind === 'cluster-term-report')).toHaveLength(1);
    // Every file is named after its own register entry.
    expect([...names].sort()).toEqual(register.map((e) => e.fileName).sort());

    // The covering letter takes the first number and lists every report by its number and title, in order.
    const [letter] = register.filter((e) => e.kind === 'covering-letter');
    expect(letter).toMatchObject({ recipient: 'Pengarah Sekolah-Sekolah, Jabatan Sekolah-Sekolah', title: 'Surat Iringan Laporan Penggal 1 2024' });
    const year = letter?.year ?? 0;
    expect(letter?.referenceNo).toBe(`KL/SRT/${year}/001`);
    const letterXml = await files[letter?.fileName ?? '']?.async('uint8array');
    const text = paragraphsOf(await docxXml(letterXml ?? new Uint8Array(), 'word/document.xml'));
    expect(text.filter((p) => p.startsWith(`Ruj. Kami: KL/SRT/${year}/001`))).toHaveLength(1);
    const reports = register.filter((e) => e.kind !== 'covering-letter').sort((a, b) => a.referenceNo.localeCompare(b.referenceNo));
    for (const e of reports) {
      const row = text.indexOf(e.referenceNo);
      expect(row, e.referenceNo).toBeGreaterThan(0);
      expect(text[row + 1]).toBe(e.title);
    }
  });

  it('on the desktop, writes every document into the chosen folder, or, when it cannot, writes and issues nothing', async () => {
    const { ctx, call, schools } = await demoWithTerm();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-pack-'));
    const input = { year: 2024, term: 1, language: 'en' } as const;
    await buildPack(ctx.db(), input, {}, (files) => writePack(folder, files));
    const written = fs.readdirSync(folder);
    expect(written).toHaveLength(schools.length + 2);
    expect(written.every((n) => n.endsWith('.docx'))).toBe(true);
    expect(await registerSize(call)).toBe(schools.length + 2);

    // A folder that is no longer there: the pack fails, and nothing more is issued.
    const gone = path.join(folder, 'removed');
    await expect(buildPack(ctx.db(), input, {}, (files) => writePack(gone, files))).rejects.toThrow();
    expect(await registerSize(call)).toBe(schools.length + 2);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('cancelled half-way, issues nothing', async () => {
    const { dispatch, call } = await demoWithTerm();
    const stop = new AbortController();
    const r = await dispatch('documents.pack', { year: 2024, term: 1, language: 'en' }, { onProgress: (p) => p.done === 3 && stop.abort(), signal: stop.signal });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: 'The pack was cancelled; nothing was issued or saved.' } });
    expect(await registerSize(call)).toBe(0);
  });

  it('streams progress over HTTP, ends with the zip, and stops when the page drops the connection', async () => {
    const { ctx, call, schools } = await demoWithTerm();
    const server = createWebHost({ dispatch: createDispatch(ctx), token: TOKEN, port: 0, language: () => uiLanguage(ctx) });
    servers.push(server);
    const port = await listen(server, 0);
    const post = (signal?: AbortSignal) =>
      fetch(`http://127.0.0.1:${port}/api/documents.pack`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
        body: JSON.stringify({ year: 2024, term: 1, language: 'en' }),
        signal,
      });

    const res = await post();
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { progress?: { done: number; total: number }; file?: { fileName: string; dataBase64: string } });
    expect(lines.filter((l) => l.progress).map((l) => l.progress?.done)).toEqual(Array.from({ length: schools.length + 3 }, (_, i) => i));
    const last = lines.at(-1);
    expect(last?.file?.fileName).toBe('Termly reports, term 1 2024.zip');
    const zip = await JSZip.loadAsync(Buffer.from(last?.file?.dataBase64 ?? '', 'base64'));
    expect(Object.keys(zip.files)).toHaveLength(schools.length + 2);
    const issued = await registerSize(call);
    expect(issued).toBe(schools.length + 2);

    // The page drops the connection after the first reports: the pack stops and nothing more is issued.
    const stop = new AbortController();
    const dropped = await post(stop.signal);
    const reader = dropped.body?.getReader();
    await reader?.read();
    stop.abort();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await registerSize(call)).toBe(issued);
  });
});
