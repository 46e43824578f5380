import { describe, expect, it } from 'vitest';
import { layoutClusterTermReport } from '../../../electron/documents/cluster-term-report';
import { paragraphsOf } from '../../helpers/docx';
import { expectOfficial, expectSignOff, WORDS } from './expect-official';
import { clusterTermModel } from './fixtures-term-reports';
import { paragraphXml, readBack } from './read-back';

const words = {
  ms: {
    title: 'Laporan Penggal 1 2024 Kluster 9',
    subtitle: 'Penggal 1 2024 · 11 Januari – 11 Februari 2024',
    headings: ['Ulasan Keseluruhan', 'Ringkasan Mengikut Sekolah', 'Lawatan Mengikut Minggu', 'Sorotan', 'Cabaran', 'Laporan Sekolah'],
    total: 'Jumlah',
    weeks: [
      ['1', '11–14 Jan', '2', '2', 'Capai sasaran'],
      ['2', '15–21 Jan', '1', '2', 'Bawah sasaran'],
      ['3', '22–28 Jan', '0', '1', 'Bawah sasaran'],
      ['4', '29 Jan – 4 Feb', '0', '0', 'Cuti'],
      ['5', '5–11 Feb', '1', '2', 'Belum tamat'],
    ],
    target: 'Sasaran: 2 lawatan seminggu oleh pasukan kluster (Tetapan). Minggu yang tidak penuh atau yang ada cuti diberi sasaran mengikut bilangan hari penggalnya.',
    met: 'Minggu yang mencapai sasaran: 1 daripada 3 minggu yang telah tamat.',
    below: 'Minggu di bawah sasaran: minggu 2 (15–21 Jan): 1 daripada 2; minggu 3 (22–28 Jan): 0 daripada 1.',
    noneBelow: 'Tiada minggu yang tamat di bawah sasaran.',
    officers: 'Lawatan mengikut pegawai: Hjh Ketua (1); Pegawai Satu (3)',
    overdue: (n: number) => `${n} lewat`,
    report: 'Laporan Penggal 1 2024: SR TIGA',
    missing: 'ulasan belum ditulis',
    noChallenges: 'Tiada cabaran ditulis bagi penggal ini.',
    checked: 'Disemak oleh:',
  },
  en: {
    title: 'Kluster 9 Term 1 2024 Report',
    subtitle: 'Term 1 2024 · 11 January – 11 February 2024',
    headings: ['Overview', 'Summary by School', 'Visits by Week', 'Highlights', 'Challenges', 'School Reports'],
    total: 'Total',
    weeks: [
      ['1', '11–14 Jan', '2', '2', 'Met'],
      ['2', '15–21 Jan', '1', '2', 'Below target'],
      ['3', '22–28 Jan', '0', '1', 'Below target'],
      ['4', '29 Jan – 4 Feb', '0', '0', 'Holiday'],
      ['5', '5–11 Feb', '1', '2', 'Not yet over'],
    ],
    target: 'Target: 2 visits a week by the cluster team (Settings). A part week, or one with holidays, has a target in proportion to its term days.',
    met: 'Weeks that met the target: 1 of 3 weeks over.',
    below: 'Weeks below the target: week 2 (15–21 Jan): 1 of 2; week 3 (22–28 Jan): 0 of 1.',
    noneBelow: 'No week that is over fell below the target.',
    officers: 'Visits by officer: Hjh Ketua (1); Pegawai Satu (3)',
    overdue: (n: number) => `${n} overdue`,
    report: 'Term 1 2024 Report: SR TIGA',
    missing: 'narrative not yet written',
    noChallenges: 'No challenges were written for this term.',
    checked: 'Checked by:',
  },
} as const;

const rowsOf = (xml: string) =>
  (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => paragraphsOf(tc).filter(Boolean).join('\n')));

describe.each(['ms', 'en'] as const)('the cluster term report in %s, on a fixture model', (language) => {
  const w = { ...WORDS[language], ...words[language] };

  it('sums up the schools, prints the visits of each week against the target and lists the weeks below it', async () => {
    const { doc, title } = layoutClusterTermReport(clusterTermModel(language));
    expect(title).toBe(w.title);
    const x = await expectOfficial(doc, language, ['Heading1', 'Caption', 'BodyText']);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.title.toUpperCase());
    const sub = paragraphXml(x.document).find((p) => p.includes('<w:pStyle w:val="Subtitle"/>')) ?? '';
    expect(paragraphsOf(sub)).toEqual([w.subtitle]);
    const headings = paragraphXml(x.document).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map((p) => paragraphsOf(p)[0]);
    expect(headings).toEqual(w.headings);

    const rows = rowsOf(x.document);
    // One row a school, then the totals (overdue steps under the open ones).
    const schools = rows.filter((r) => r.length === 7 && /^\d+$/.test(r[0] ?? ''));
    expect(schools.map((r) => [r[2], ...r.slice(3)])).toEqual([
      ['SM\u00a0SATU', '2', '3', `2\n${w.overdue(1)}`, '1'],
      ['SR\u00a0DUA', '1', '0', '0', '0'],
      ['SR\u00a0TIGA', '1', '1', `1\n${w.overdue(1)}`, '0'],
    ]);
    expect(rows).toContainEqual([w.total, '4', '4', `3\n${w.overdue(2)}`, '1']);
    // Week by week: its dates, visits, target and result; then the totals.
    const weeks = rows.filter((r) => r.length === 5 && /^\d+$/.test(r[0] ?? ''));
    expect(weeks).toEqual(w.weeks);
    expect(rows).toContainEqual([w.total, '4', '7', '']);
    expect(text).toContain(w.target);
    expect(text).toContain(w.met);
    expect(text).toContain(w.below);
    expect(text).toContain(w.officers);
    expect(text).toContain(w.noChallenges);
    // Each school's report listed; those without a narrative say so.
    expect(text.find((p) => p.includes(w.report))).toBe(`3.\t${w.report}\t${w.missing}`);
    expect(text.filter((p) => p.endsWith(w.missing))).toHaveLength(2);
    expectSignOff(x.document, w.prepared, [w.prepared, '(Siti Kerani)', w.checked, '(Pegawai Satu)', w.approved, '(Hjh Ketua)']);
  });

  it('says when no week that is over fell below the target, and in the singular for a target of 1', async () => {
    const m = clusterTermModel(language);
    m.weeklyTarget = 1;
    m.weeks = m.weeks.map((x) => ({ ...x, target: x.days ? 1 : 0, status: x.status === 'holiday' ? 'holiday' : x.visits >= 1 ? 'met' : 'open' }));
    m.overview = '';
    const x = await readBack(layoutClusterTermReport(m).doc);
    const text = paragraphsOf(x.document);
    expect(text).toContain(w.noneBelow);
    expect(text).toContain(language === 'ms' ? 'Minggu yang mencapai sasaran: 3 daripada 3 minggu yang telah tamat.' : 'Weeks that met the target: 3 of 3 weeks over.');
    expect(text.some((p) => p.startsWith(language === 'ms' ? 'Sasaran: 1 lawatan seminggu' : 'Target: 1 visit a week'))).toBe(true);
    expect(text).not.toContain(language === 'ms' ? 'Ulasan Keseluruhan' : 'Overview');
  });
});
