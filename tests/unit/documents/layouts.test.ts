import { describe, expect, it } from 'vitest';
import { columnWidths, textWidth } from '../../../electron/documents/kit';
import { layoutSchoolRoster } from '../../../electron/documents/school-roster';
import { layoutVisitReport } from '../../../electron/documents/visit-report';
import { paragraphsOf } from '../../helpers/docx';
import { rosterModel, visitModel } from './fixtures';
import { expectOfficial, expectSignOff, WORDS } from './expect-official';
import { paragraphXml, readBack } from './read-back';

describe('the table kit', () => {
  it('makes column widths add up exactly to the text width, from shares or twips', () => {
    for (const parts of [[1, 1, 1], [6, 37, 15, 20, 14, 8], [0.2, 0.3, 0.5], [1000, 2000, 3333]]) {
      const w = columnWidths(parts);
      expect(w.reduce((a, b) => a + b, 0)).toBe(textWidth());
      expect(w.every((x) => Number.isInteger(x) && x > 0)).toBe(true);
    }
    expect(columnWidths([1, 1], textWidth(true)).reduce((a, b) => a + b, 0)).toBe(textWidth(true));
    expect(textWidth()).toBe(11906 - 2 * 1134);
    expect(() => columnWidths([])).toThrow();
  });
});

describe.each(['ms', 'en'] as const)('layouts in %s, on fixture models', (language) => {
  const w = WORDS[language];

  it('lays out the school roster with styles, full-width tables and a sign-off', async () => {
    const { doc, title } = layoutSchoolRoster(rosterModel(language));
    expect(title).toBe(language === 'ms' ? 'Senarai Sekolah Kluster 9' : 'Kluster 9 School Roster');
    const x = await expectOfficial(doc, language, []);
    const text = paragraphsOf(x.document);
    expect(text).toContain(title.toUpperCase());
    expect(text).toContain(language === 'ms' ? 'Sekolah Rendah (2)' : 'Primary School (2)');
    expect(text).toContain('Sekolah Rendah Tiga');
    expectSignOff(x.document, w.prepared, [w.prepared, '(Siti Kerani)', w.approved, '(Hjh Ketua)']);
    // The issue date is filled for the preparer; the approver dates it by hand.
    expect(text).toContain(language === 'ms' ? 'Tarikh: 1 Mac 2024' : 'Date: 1 March 2024');
  });

  it('lays out a visit report signed by its officers, with headings as styles', async () => {
    const { doc, title } = layoutVisitReport(visitModel(language));
    expect(title).toBe(language === 'ms' ? 'Laporan Lawatan Sekolah – SR DUA, 17 Januari 2024' : 'School Visit Report – SR DUA, 17 January 2024');
    const x = await expectOfficial(doc, language, ['Heading1', 'Heading2']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.report);
    const headings = paragraphXml(x.document).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map((p) => paragraphsOf(p)[0]);
    expect(headings).toEqual(
      language === 'ms' ? ['Maklumat Lawatan', 'Dapatan', 'Pencerapan Pengajaran', 'Langkah Seterusnya'] : ['Visit Details', 'Findings', 'Lesson Observations', 'Next Steps'],
    );
    // No heading is formatted by hand: its look comes from its style.
    for (const p of paragraphXml(x.document).filter((q) => q.includes('Heading1'))) expect(p).not.toContain('<w:color');
    const signed = expectSignOff(x.document, w.prepared, [w.prepared, '(Pegawai Satu)', '(Pegawai Dua)', w.acknowledged, '(Hj Guru Besar)']);
    expect(signed.filter((t) => t === w.prepared)).toHaveLength(2);
  });

  it('prints a planned visit as a visit plan, approved rather than acknowledged', async () => {
    const m = visitModel(language, 'planned');
    m.signOff = [m.signOff[0]!, { role: 'approved', name: 'Hjh Ketua', post: ['Ketua Kluster'], date: null }];
    const { doc, title } = layoutVisitReport(m);
    expect(title).toMatch(language === 'ms' ? /^Pelan Lawatan Sekolah – / : /^School Visit Plan – /);
    const x = await expectOfficial(doc, language, ['Heading1']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.plan);
    expect(text).not.toContain(w.report);
    // Nothing observed yet: no findings or observations sections, but the steps agreed so far stay.
    expect(text).not.toContain(language === 'ms' ? 'Dapatan' : 'Findings');
    expect(text).toContain(language === 'ms' ? 'Langkah Seterusnya' : 'Next Steps');
    expectSignOff(x.document, w.prepared, [w.prepared, w.approved, '(Hjh Ketua)']);
  });

  it('keeps the sign-off with a plan that has nothing after its details', async () => {
    const m = visitModel(language, 'planned');
    m.nextSteps = [];
    const x = await readBack(layoutVisitReport(m).doc);
    expectSignOff(x.document, w.prepared, [w.prepared]);
  });
});
