import { Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { layoutClusterProfile } from '../../../electron/documents/cluster-profile';
import { textWidth } from '../../../electron/documents/kit';
import { initiativeHeading, parseServices, splitPoints } from '../../../shared/documents/cluster-profile-model';
import type { CalendarGridModel } from '../../../shared/documents/initiative-calendar-model';
import { docxXml, paragraphsOf } from '../../helpers/docx';
import { expectOfficial } from './expect-official';
import { profileModel } from './fixtures-cluster-profile';
import { paragraphXml, styleXml, tableGrids } from './read-back';

/** The texts of the paragraphs in a given style, in order. */
const styled = (xml: string, style: string) => paragraphXml(xml).filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).map((p) => paragraphsOf(p).join(''));
/** The texts of the Word list items (paragraphs with numbering). */
const listItems = (xml: string) => paragraphXml(xml).filter((p) => p.includes('<w:numPr>')).map((p) => paragraphsOf(p).join(''));

const HEADINGS = {
  ms: ['1. Pengenalan Ringkas', '2. Misi dan Visi', '3. Peranan Utama Ketua Kluster 9 dan Pasukan Kerja', '4. Kecekapan Merentas', '5. Inisiatif-Inisiatif Kluster 9 (2023)', '6. Senarai Perkhidmatan Kluster 9', '7. Kalendar Inisiatif Kluster 9 2023'],
  en: ['1. A Brief Introduction', '2. Mission and Vision', '3. Main Role of the Kluster 9 Head and Working Team', '4. Cross Competencies', '5. Kluster 9 Initiatives (2023)', '6. Kluster 9 Services', '7. Kluster 9 Initiative Calendar 2023'],
} as const;

const calendar = [new Paragraph({ children: [new TextRun('CALENDAR GRID')] })];
const grid = { year: 2023, window: { start: '2023-01', months: 12 }, initiatives: [], periods: [], exams: [] } satisfies CalendarGridModel;

describe.each(['ms', 'en'] as const)('the cluster profile in %s, on a fixture model', (language) => {
  it('starts with a table of contents Word fills on opening, and heads each section with a style', async () => {
    const m = { ...profileModel(language), calendar: grid };
    const { doc, title } = layoutClusterProfile(m, calendar);
    expect(title).toBe(language === 'ms' ? 'Profil Kluster 9' : 'Kluster 9 Profile');
    const x = await expectOfficial(doc, language, ['Heading1', 'Heading2']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(title.toUpperCase());
    expect(text).toContain(language === 'ms' ? '2023 · Dahulunya Kluster 4' : '2023 · Formerly Kluster 4');

    // The table of contents: a TOC field over Heading 1–2, before the first heading, refreshed when Word opens the file.
    expect(x.document).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(x.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(x.document.indexOf('Table of Contents')).toBeLessThan(x.document.indexOf('<w:pStyle w:val="Heading1"/>'));
    // Before Word refreshes it (and where nothing does), it lists every Heading 1 and 2 in order, each entry
    // linking to its heading and dotted to the right margin, where Word puts the page.
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(x.document)?.[0] ?? '';
    const headings = paragraphXml(x.document.replace(toc, '')).filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    const entries = paragraphXml(toc).filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p));
    expect(entries.map((p) => paragraphsOf(p).join('').trimEnd())).toEqual(headings.map((p) => paragraphsOf(p).join('')));
    expect(entries.map((p) => /TOC(\d)/.exec(p)?.[1])).toEqual(headings.map((p) => /Heading(\d)/.exec(p)?.[1]));
    entries.forEach((p, i) => {
      const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"/.exec(p)?.[1];
      expect(headings[i]).toContain(`<w:bookmarkStart w:name="${anchor}"`);
      expect(p).toContain(`PAGEREF ${anchor} \\h`);
      expect(p).toContain('<w:tab/></w:r>');
    });
    for (const level of [1, 2]) expect(styleXml(x.styles, `TOC${level}`)).toContain(`<w:tab w:val="right" w:pos="${textWidth()}" w:leader="dot"/>`);
    expect(entries.length).toBeGreaterThan(HEADINGS[language].length);
    const settings = await docxXml(new Uint8Array(await Packer.toBuffer(doc)), 'word/settings.xml');
    expect(settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);

    // Sections as Heading 1, numbered, in the profile's order; the calendar last, on its own landscape page.
    expect(styled(x.document, 'Heading1')).toEqual(HEADINGS[language]);
    const sections = x.document.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/w:orient="landscape"/);
    expect(x.document.indexOf('CALENDAR GRID')).toBeGreaterThan(x.document.indexOf(HEADINGS[language][6]));
    // No heading is formatted by hand.
    for (const p of paragraphXml(x.document).filter((q) => /Heading[12]/.test(q))) expect(p).not.toContain('<w:color');
  });

  it('names the team as of its month, one heading per initiative in order, services and their sub-points as Word lists', async () => {
    const { doc } = layoutClusterProfile(profileModel(language), []);
    const x = await expectOfficial(doc, language, ['Heading1', 'Heading2']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(language === 'ms' ? 'Sehingga Jun 2023, Kluster 9 terdiri daripada:' : 'As of June 2023, Kluster 9 is made up of:');
    expect(text).toContain('1) Pegawai Satu');
    expect(text).toContain(language === 'ms' ? 'Sekolah Rendah (2)' : 'Primary School (2)');

    const h2 = styled(x.document, 'Heading2');
    const initiatives = h2.filter((h) => /^\d\. /.test(h)).slice(0, 3);
    expect(initiatives).toEqual(['1. Executive Professional Intellectual Collaboration (EPIC)', '2. Progress Review (STEPS)', '3. Mentoring and Coaching (Selected School Leaders)']);
    // Each initiative under one heading: its code is never a heading or line of its own.
    expect(h2.filter((t) => t.includes('EPIC'))).toHaveLength(1);
    expect(text).not.toContain('EPIC');
    expect(h2).toContain(language === 'ms' ? 'Logo Kluster 9 dan Huraiannya' : 'The Kluster 9 Logo and Its Meaning');
    expect(h2.slice(-2)).toEqual([language === 'ms' ? '1. Lawatan Sekolah' : '1. School Visits', '2. SIP Development']);

    // Logo parts, cross competencies and a service's sub-points are Word list items, in that order.
    expect(listItems(x.document)).toEqual(
      language === 'ms'
        ? ['Nombor 9 Romawi', 'Komunikasi', 'Literasi Digital', 'memastikan SIP disediakan', 'memberi maklum balas']
        : ['The Roman numeral 9', 'Communication', 'Digital literacy', 'ensuring the SIP is prepared', 'giving feedback'],
    );
    // Without a plan: the initiatives and the calendar say so, and there is no landscape page.
    const none = layoutClusterProfile(profileModel(language, { plan: false }), []);
    const y = await expectOfficial(none.doc, language, ['Heading1']);
    const noPlan = language === 'ms' ? 'Tiada pelan inisiatif untuk tahun 2023.' : 'There is no initiative plan for 2023.';
    expect(paragraphsOf(y.document).filter((t) => t === noPlan)).toHaveLength(2);
    expect(y.document.match(/<w:sectPr[ >]/g)).toHaveLength(1);
  });

  it('sets out the WSE terms of reference domain by domain when there are any, and leaves the section out when not', async () => {
    const without = await expectOfficial(layoutClusterProfile(profileModel(language), []).doc, language, []);
    const wseHeading = language === 'ms' ? 'Terma Rujukan Penilaian Keseluruhan Sekolah (WSE)' : 'Whole School Evaluation (WSE) Terms of Reference';
    expect(paragraphsOf(without.document).join('\n')).not.toContain(wseHeading);

    const x = await expectOfficial(layoutClusterProfile(profileModel(language, { wse: true }), []).doc, language, ['Heading1', 'Heading2']);
    const h1 = styled(x.document, 'Heading1');
    expect(h1[3]).toBe(`4. ${wseHeading}`);
    expect(h1).toHaveLength(8);
    const h2 = styled(x.document, 'Heading2');
    expect(h2).toEqual(expect.arrayContaining(language === 'ms' ? ['DOMAIN 1: KEPIMPINAN DAN PENGURUSAN', 'DOMAIN 4: PENCAPAIAN PELAJAR'] : ['DOMAIN 1: LEADERSHIP AND MANAGEMENT', 'DOMAIN 4: STUDENT ACHIEVEMENT']));
    // Two five-column tables with a repeated header row; the terms keep their lines.
    const five = tableGrids(x.document).filter((g) => g.length === 5);
    expect(five).toHaveLength(2);
    const tables = x.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const wse = tables.filter((t) => paragraphsOf(t).includes(language === 'ms' ? 'Mekanisme Pemantauan' : 'Monitoring Mechanism'));
    expect(wse).toHaveLength(2);
    for (const t of wse) expect(t).toContain('<w:tblHeader/>');
    const first = paragraphsOf(wse[0] ?? '');
    expect(first).toEqual(expect.arrayContaining([language === 'ms' ? '2. Mengurus perjalanan harian sekolah.' : '2. Manage the daily running of the school.', 'PDCA proforma', 'Monitoring tool: WSP']));
  });
});

describe('the profile texts as typed', () => {
  it('reads services with their sub-points, a logo description with its parts, and headings without a repeated code', () => {
    expect(parseServices('Lawatan: Tiga kali seminggu.\nSIP: Tugas:\n- satu\n• dua\nLagi satu ayat.\nKPI Review: Semakan.')).toEqual([
      { name: 'Lawatan', paragraphs: ['Tiga kali seminggu.'], points: [] },
      { name: 'SIP', paragraphs: ['Tugas:'], points: ['satu', 'dua'] },
      { name: 'Lagi satu ayat.', paragraphs: [], points: [] },
      { name: 'KPI Review', paragraphs: ['Semakan.'], points: [] },
    ]);
    expect(splitPoints('Dicipta oleh Cikgu.\n- Kluster\n- Nombor 2')).toEqual({ paragraphs: ['Dicipta oleh Cikgu.'], parts: ['Kluster', 'Nombor 2'] });
    expect(initiativeHeading('Mentoring and Coaching (Selected School Leaders)', 'MENTORING & COACHING')).toBe('Mentoring and Coaching (Selected School Leaders)');
    expect(initiativeHeading('PD Cycle', 'PD CYCLE')).toBe('PD Cycle');
    expect(initiativeHeading('Peer Review School Improvement Plan', 'SIP PEER REVIEW')).toBe('Peer Review School Improvement Plan (SIP PEER REVIEW)');
    expect(initiativeHeading('Executive Professional Intellectual Collaboration', 'EPIC')).toBe('Executive Professional Intellectual Collaboration (EPIC)');
    expect(initiativeHeading('', 'WILL')).toBe('WILL');
  });
});
