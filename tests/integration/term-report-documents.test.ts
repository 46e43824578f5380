/**
 * One LibreOffice smoke per report and language: the document rendered from the demo data through
 * documents.render, converted to PDF, its pages counted and its text read back. Layout details are tested on
 * fixture models (tests/unit/documents); the numbers on real data in term-report-models.test.ts.
 */
import { describe, expect, it } from 'vitest';
import kluster2 from '../../electron/services/demo/kluster2.json';
import type { DocumentFile } from '../../shared/domain';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { termScenario } from '../helpers/term-scenario';
import { openApp } from '../helpers/tmp';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

async function pdfOf(file: DocumentFile) {
  const pdf = await toPdf(file.data);
  const pages = (await pdfText(pdf)).split('\f').map(fold);
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { count: await pdfPages(pdf), pages, all: pages.join(' ') };
}

/** The page that holds the sign-off holds more than the sign-off: the text before it is kept with it. */
function expectSignOffKept(pages: string[], prepared: string, before: string) {
  const page = pages.find((p) => p.includes(prepared)) ?? '';
  expect(page, 'the sign-off page').toContain(before);
  expect(pages.at(-1)).toContain(prepared);
}

const words = {
  ms: {
    prepared: 'Disediakan oleh:',
    approved: 'Disahkan oleh:',
    school: ['LAPORAN PENGGAL 1 2024: SR HMS', 'Penggal 1 2024 · 11 Januari – 15 Mac 2024', 'Maklumat Sekolah', '2 lawatan selesai · 2 pencerapan pengajaran', 'Ulasan Pegawai', 'LEWAT'],
    cluster: ['LAPORAN PENGGAL 1 2024 KLUSTER 2', 'Penggal 1 2024 · 11 Januari – 15 Mac 2024', 'Ringkasan Mengikut Sekolah', 'Lawatan Mengikut Minggu', 'Bawah sasaran', 'Capai sasaran', 'Minggu di bawah sasaran: minggu 1 (11–14 Jan): 1 daripada 2;', 'Laporan Penggal 1 2024: SR OKBI'],
    mentoring: ['LAPORAN PROGRAM MENTORING DAN COACHING 2023', '16 pasangan: 16 aktif.', 'Kod kompetensi', 'Memimpin hala tuju strategik sekolah'],
    lastSchool: 'Laporan Penggal 1 2024: SR OKBI',
  },
  en: {
    prepared: 'Prepared by:',
    approved: 'Approved by:',
    school: ['TERM 1 2024 REPORT: SR HMS', 'Term 1 2024 · 11 January – 15 March 2024', 'School Details', '2 visits done · 2 lesson observations', "Officer's Narrative", 'OVERDUE'],
    cluster: ['KLUSTER 2 TERM 1 2024 REPORT', 'Term 1 2024 · 11 January – 15 March 2024', 'Summary by School', 'Visits by Week', 'Below target', 'Met', 'Weeks below the target: week 1 (11–14 Jan): 1 of 2;', 'Term 1 2024 Report: SR OKBI'],
    mentoring: ['MENTORING AND COACHING PROGRAMME REPORT 2023', '16 pairs: 16 active.', 'Competency codes', 'Leading the strategic direction of the school'],
    lastSchool: 'Term 1 2024 Report: SR OKBI',
  },
} as const;

describe.each(['ms', 'en'] as const)('the reports open in LibreOffice, in %s', (language) => {
  const w = words[language];

  it('prints a school term report and a cluster term report from the demo data, each ending with its sign-off', async () => {
    const { call, school, head } = await termScenario();
    const render = (req: object) => call<DocumentFile>('documents.render', { ...req, language });

    const one = await pdfOf(await render({ kind: 'school-term-report', schoolId: school('SR HMS').id, year: 2024, term: 1 }));
    expect(one.count).toBe(one.pages.length);
    expect(one.count).toBeLessThanOrEqual(3);
    for (const t of [...w.school, 'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching', 'Sudut bacaan telah diwujudkan di semua kelas Tahun 1 hingga 3.', w.prepared, w.approved, `(${head.name})`]) expect(one.all, t).toContain(fold(t));
    expect(one.all).not.toContain('Pelan tindakan STEPS dibincangkan.');
    expectSignOffKept(one.pages, w.prepared, 'Sekolah menunjukkan kemajuan yang baik dalam program bacaan.');

    const all = await pdfOf(await render({ kind: 'cluster-term-report', year: 2024, term: 1 }));
    expect(all.count).toBe(all.pages.length);
    expect(all.count).toBeLessThanOrEqual(4);
    for (const t of [...w.cluster, 'Semua sekolah rendah mewujudkan sudut bacaan.', 'Kekurangan guru Matematik di sekolah menengah.', w.prepared, w.approved]) expect(all.all, t).toContain(fold(t));
    for (const s of kluster2.schools) expect(all.all, s.abbreviation).toContain(fold((s.abbreviation.split('\n')[0] ?? '').trim()));
    expectSignOffKept(all.pages, w.prepared, w.lastSchool);
  });

  it('prints the mentoring programme report on landscape pages with its legend and sign-off', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const file = await call<DocumentFile>('documents.render', { kind: 'mentoring-report', year: 2023, language });
    const pdf = await pdfOf(file);
    expect(pdf.count).toBe(pdf.pages.length);
    expect(pdf.count).toBeGreaterThanOrEqual(2);
    expect(pdf.count).toBeLessThanOrEqual(3);
    for (const t of [...w.mentoring, w.prepared, w.approved]) expect(pdf.all, t).toContain(fold(t));
    // The table's header row on every page that holds pairs.
    for (const page of pdf.pages.filter((p) => p.includes('(demo)'))) expect(page).toContain(language === 'ms' ? 'Kompetensi fokus' : 'Focus competencies');
    expectSignOffKept(pdf.pages, w.prepared, 'SL7');
  });
});
