/**
 * The pack's covering letter in LibreOffice, one smoke per language: taken from a real pack of the demo's 26
 * schools, it is one page listing all 27 reports by the numbers they were issued under, and signed. Layout
 * details are tested on fixture models (tests/unit/documents/covering-letter.layout.test.ts).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../shared/documents/register';
import type { DocumentFile } from '../../shared/domain';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
const words = {
  ms: { attachments: 'Lampiran', subject: 'LAPORAN PENGGAL 1 TAHUN 2024 – KLUSTER 2', to: 'Pengarah Sekolah-Sekolah', post: 'Ketua Kluster 2' },
  en: { attachments: 'Attachments', subject: 'TERM 1 2024 REPORTS – KLUSTER 2', to: 'Director of Schools', post: 'Head of Kluster 2' },
} as const;

describe.each(['ms', 'en'] as const)('the covering letter in LibreOffice, in %s', (language) => {
  it('is one page listing every report of the pack by its number, and signed by the cluster head', async () => {
    const { call } = await openApp(undefined, { language });
    await call('demo.load');
    await call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-08', end: '2024-03-15' });
    const zip = await JSZip.loadAsync((await call<DocumentFile>('documents.pack', { year: 2024, term: 1, language })).data);
    const register = (await call<Register>('documents.register', {})).items;
    const letter = register.find((e) => e.kind === 'covering-letter');
    const bytes = await zip.file(letter?.fileName ?? '')?.async('uint8array');
    const pdf = await toPdf(bytes ?? new Uint8Array());
    expect(await pdfPages(pdf)).toBe(1);
    const text = fold(await pdfText(pdf));
    const w = words[language];
    for (const s of [w.attachments, w.subject, w.to, w.post, 'Hjh Sarifah binti Hj Matsawali', letter?.referenceNo ?? '?']) expect(text, s).toContain(s);
    const reports = register.filter((e) => e.kind !== 'covering-letter');
    expect(reports).toHaveLength(27);
    for (const e of reports) expect(text, e.referenceNo).toContain(e.referenceNo);
  });
});
