import { describe, expect, it } from 'vitest';
import { layoutMentoringReport } from '../../../electron/documents/mentoring-report';
import { paragraphsOf } from '../../helpers/docx';
import { expectOfficial, expectSignOff, WORDS } from './expect-official';
import { mentoringModel } from './fixtures-term-reports';
import { paragraphXml, readBack } from './read-back';

const words = {
  ms: {
    title: 'Laporan Program Mentoring dan Coaching 2023',
    subtitle: 'Kluster 9 · Setakat 1 Mac 2024',
    summary: '2 pasangan: 1 aktif, 1 selesai. Sesi diadakan: 5 daripada 8 yang dirancang setakat ini. Pasangan yang mencapai sasaran bagi setiap kompetensi fokus: 1 daripada 2.',
    one: '1 pasangan: 1 aktif.',
    none: '0 pasangan.',
    header: ['Bil.', 'Mentee', 'Mentor', 'Status', 'Kompetensi fokus', 'Sesi', 'Tindakan'],
    focus: ['SL1: 2 → 4 (sasaran 4)', 'SL3: 3 → 4 (sasaran 4)'],
    legend: 'Kod kompetensi',
    lines: ['SL1\tMemimpin hala tuju strategik sekolah\tSL3\tMembangunkan diri dan orang lain', 'SL10\tKompetensi sepuluh'],
    noPairs: 'Tiada pasangan mentor bagi tahun ini.',
  },
  en: {
    title: 'Mentoring and Coaching Programme Report 2023',
    subtitle: 'Kluster 9 · As at 1 March 2024',
    summary: '2 pairs: 1 active, 1 completed. Sessions held: 5 of 8 planned so far. Pairs at or above target in every focus competency: 1 of 2.',
    one: '1 pair: 1 active.',
    none: '0 pairs.',
    header: ['No.', 'Mentee', 'Mentor', 'Status', 'Focus competencies', 'Sessions', 'Actions'],
    focus: ['SL1: 2 → 4 (target 4)', 'SL3: 3 → 4 (target 4)'],
    legend: 'Competency codes',
    lines: ['SL1\tLeading the strategic direction of the school\tSL3\tDeveloping self and others', 'SL10\tCompetency ten'],
    noPairs: 'No mentoring pairs this year.',
  },
} as const;

const rowsOf = (xml: string) =>
  (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => ({
    xml: row,
    cells: (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => paragraphsOf(tc).filter(Boolean)),
  }));

describe.each(['ms', 'en'] as const)('the mentoring programme report in %s, on a fixture model', (language) => {
  const w = { ...WORDS[language], ...words[language] };

  it('summarises the pairs, lists each with its progress, keeps the legend of competency codes and signs off, on A4 landscape', async () => {
    const { doc, title } = layoutMentoringReport(mentoringModel(language));
    expect(title).toBe(w.title);
    const x = await expectOfficial(doc, language, ['Heading2', 'BodyText'], { landscape: true });
    expect(x.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.title.toUpperCase());
    const sub = paragraphXml(x.document).find((p) => p.includes('<w:pStyle w:val="Subtitle"/>')) ?? '';
    expect(paragraphsOf(sub)).toEqual([w.subtitle]);
    expect(text).toContain(w.summary);

    const rows = rowsOf(x.document);
    const header = rows.filter((r) => r.xml.includes('<w:tblHeader/>'));
    expect(header.map((r) => r.cells.map((c) => c[0]))).toEqual([w.header]);
    const pairs = rows.filter((r) => /^\d+$/.test(r.cells[0]?.[0] ?? ''));
    expect(pairs.map((r) => r.cells.slice(5).map((c) => c.join()))).toEqual([
      ['4 / 5', '1 / 2'],
      ['1 / 3', '0 / 0'],
    ]);
    expect(pairs[0]?.cells[1]).toEqual(['Dyg Penolong', 'Penolong Guru Besar, SR DUA']);
    // A pair at its targets has its focus lines in bold green.
    expect(pairs[0]?.cells[4]).toEqual(w.focus);
    expect(pairs[0]?.xml.match(/<w:color w:val="1E7B34"\/>/g)).toHaveLength(2);
    expect(pairs[1]?.xml).not.toContain('1E7B34');

    // The legend after the table: every code once, in code order (SL10 after SL3), two to a line.
    const at = text.indexOf(w.legend);
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 3)).toEqual(w.lines);
    // The legend and the last pair are kept with the sign-off.
    expect(pairs[1]?.xml).toContain('<w:keepNext/>');
    expectSignOff(x.document, w.prepared, [w.prepared, '(Siti Kerani)', w.approved, '(Hjh Ketua)']);
  });

  it('counts one pair in the singular, and says so for a year with none', async () => {
    const m = mentoringModel(language);
    m.pairs = m.pairs.slice(0, 1);
    const one = paragraphsOf((await readBack(layoutMentoringReport(m).doc)).document);
    expect(one.some((p) => p.startsWith(w.one))).toBe(true);

    m.pairs = [];
    m.legend = [];
    const x = await readBack(layoutMentoringReport(m).doc);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.none);
    expect(text).toContain(w.noPairs);
    expect(text).not.toContain(w.legend);
    expectSignOff(x.document, w.prepared, [w.prepared]);
  });
});
