import { describe, expect, it } from 'vitest';
import { layoutSchoolTermReport } from '../../../electron/documents/school-term-report';
import { paragraphsOf } from '../../helpers/docx';
import { expectOfficial, expectSignOff, WORDS } from './expect-official';
import { schoolTermModel } from './fixtures-term-reports';
import { paragraphXml, readBack } from './read-back';

const words = {
  ms: {
    title: 'Laporan Penggal 1 2024: SR DUA',
    term: 'Penggal 1 2024 · 11 Januari – 15 Mac 2024',
    headings: ['Maklumat Sekolah', 'Lawatan Penggal Ini', 'Dapatan Utama', 'Langkah Seterusnya', 'Ulasan Pegawai'],
    summary: ['1 lawatan selesai · 1 pencerapan pengajaran', '2 lawatan selesai · 3 pencerapan pengajaran'],
    finding: '17 Januari 2024 — Pencerapan pengajaran',
    cancelled: 'Dibatalkan',
    steps: ['Belum selesai\nLEWAT', 'Belum selesai', 'Selesai 29 Jan 2024\nDikongsi.'],
    checked: 'Disemak oleh:',
    noNarrative: 'Tiada ulasan ditulis bagi penggal ini.',
    other: /\b(Term|Visits|Report)\b/,
  },
  en: {
    title: 'Term 1 2024 Report: SR DUA',
    term: 'Term 1 2024 · 11 January – 15 March 2024',
    headings: ['School Details', 'Visits This Term', 'Key Findings', 'Next Steps', "Officer's Narrative"],
    summary: ['1 visit done · 1 lesson observation', '2 visits done · 3 lesson observations'],
    finding: '17 January 2024 — Lesson observation',
    cancelled: 'Cancelled',
    steps: ['Open\nOVERDUE', 'Open', 'Closed 29 Jan 2024\nDikongsi.'],
    checked: 'Checked by:',
    noNarrative: 'No narrative was written for this term.',
    other: /\b(Penggal|Lawatan|Laporan)\b/,
  },
} as const;

/** The table rows of document.xml, each as its cells' text (a cell's lines joined by "\n"). */
const rowsOf = (xml: string) =>
  (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => paragraphsOf(tc).filter(Boolean).join('\n')));

describe.each(['ms', 'en'] as const)('the school term report in %s, on a fixture model', (language) => {
  const w = { ...WORDS[language], ...words[language] };

  it('has the title, the school and term in its language, the sections as headings and the sign-off from Settings', async () => {
    const { doc, title } = layoutSchoolTermReport(schoolTermModel(language));
    expect(title).toBe(w.title);
    const x = await expectOfficial(doc, language, ['Heading1', 'Heading2', 'Caption']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.title.toUpperCase());
    // The subtitle: the school, then the term in the document's language (not the calendar's typed name).
    const sub = paragraphXml(x.document).find((p) => p.includes('<w:pStyle w:val="Subtitle"/>')) ?? '';
    expect(paragraphsOf(sub)).toEqual([`Sekolah Rendah Dua${w.term}`]);
    expect(sub).toContain('<w:br/>');
    const headings = paragraphXml(x.document).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map((p) => paragraphsOf(p)[0]);
    expect(headings).toEqual(w.headings);
    expect(text).toContain(w.summary[0]);
    expect(text).toContain(w.finding);
    // A cancelled visit is listed, its findings are not.
    expect(text).toContain(w.cancelled);
    expect(text).not.toContain('Tidak dijalankan');
    // The term's steps with their status as of the day of printing.
    const steps = rowsOf(x.document).filter((r) => r.length === 6 && /^[123]$/.test(r[0] ?? '') && !/\d{4}$/.test(r[1] ?? ''));
    expect(steps.map((r) => r[5])).toEqual(w.steps);
    // Tables: details, visits, steps, and the sign-off.
    expect(x.document.match(/<w:tbl>/g)).toHaveLength(4);
    // Nothing in the other language's words.
    for (const t of text.filter((p) => !p.includes('Sekolah') && !p.includes('Dikongsi'))) expect(t).not.toMatch(w.other);
    // Prepared, checked and approved as Settings name them; the narrative's last line is kept with the block.
    const signed = expectSignOff(x.document, w.prepared, [w.prepared, '(Siti Kerani)', w.checked, '(Pegawai Satu)', w.approved, '(Hjh Ketua)']);
    expect(signed).toContain(language === 'ms' ? 'Tarikh: 1 Mac 2024' : 'Date: 1 March 2024');
  });

  it('counts in the plural, and keeps the sign-off with the report when no narrative is written', async () => {
    const m = schoolTermModel(language);
    m.visits = [m.visits[0]!, { ...m.visits[0]!, date: '2024-02-21', observations: 2 }];
    m.narrative = '';
    const x = await readBack(layoutSchoolTermReport(m).doc);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.summary[1]);
    expect(text).toContain(w.noNarrative);
    expectSignOff(x.document, w.prepared, [w.prepared]);
  });

  it('says so where the term has no visits and no steps', async () => {
    const m = schoolTermModel(language);
    m.visits = [];
    m.nextSteps = [];
    const x = await readBack(layoutSchoolTermReport(m).doc);
    const text = paragraphsOf(x.document);
    expect(text).toContain(language === 'ms' ? 'Tiada lawatan direkodkan dalam penggal ini.' : 'No visits were recorded this term.');
    expect(text).toContain(language === 'ms' ? 'Tiada langkah seterusnya.' : 'No next steps.');
    expect(x.document.match(/<w:tbl>/g)).toHaveLength(2);
  });
});
