import { describe, expect, it } from 'vitest';
import { layoutEventList } from '../../../electron/documents/event-list';
import { LABEL_FILL, TOTAL_FILL } from '../../../electron/documents/kit';
import { paragraphsOf } from '../../helpers/docx';
import { eventListModel } from './fixtures-event-list';
import { expectOfficial, expectSignOff, WORDS } from './expect-official';
import { stylesUsed, styleXml } from './read-back';

/** Text as a reader sees it: no-break spaces as spaces. */
const fold = (s: string) => s.replace(/\u00a0/g, ' ');

/** The rows of the first table (the list): each cell's lines joined by " | ", and the row's fill. */
function listRows(xml: string) {
  const list = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
  return (list.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => ({
    header: row.includes('<w:tblHeader/>'),
    fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(row)?.[1]?.toUpperCase() ?? null,
    span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(row)?.[1] ?? 1),
    cells: (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => fold(paragraphsOf(tc).filter(Boolean).join(' | '))),
  }));
}

const EXPECTED = {
  ms: {
    title: 'Senarai Acara Kluster 9 (4–29 Mac 2024)',
    heading: 'SENARAI ACARA KLUSTER 9',
    subtitle: '4–29 Mac 2024 · 10 acara',
    header: ['Tarikh', 'Acara', 'Inisiatif', 'Sekolah', 'Tempat'],
    rows: [
      ['8 Januari – 15 Mac 2024', 'Penggal 1 | Penggal persekolahan', '', '', ''],
      ['6 Mac 2024', 'EPIC', 'EPIC', 'Semua sekolah', ''],
      ['6 Mac 2024', 'PSR: 20 hari lagi | Titik semak · peperiksaan 26 Mac 2024', 'STEPS', '', ''],
      ['7 Mac 2024 | 08:00–11:30', 'Mesyuarat Pengetua | Fasa: Perancangan', 'PLC', 'Semua sekolah menengah', 'Bilik Mesyuarat Kluster'],
      ['12 Mac 2024', 'Lawatan: Pencerapan pengajaran | Lawatan sekolah · dirancang | Pegawai: Pegawai Satu, Pegawai Dua', '', 'SR DUA', 'Sekolah Rendah Dua'],
      ['13 Mac 2024', 'Mentoring: Awang Timbalan | Sesi mentoring · mentor Hjh Ketua', 'MENTORING', 'SM SATU', ''],
      ['16–24 Mac 2024', 'Cuti Penggal 1 | Cuti', '', '', ''],
      ['25–27 Mac 2024', 'Bengkel PD', '', 'SM SATU, SR DUA', 'SM SATU'],
      ['26 Mac 2024', 'PSR | Peperiksaan', 'STEPS', '', ''],
      ['27 Mac 2024', 'Mentoring: Awang Timbalan | Sesi mentoring · mentor Hjh Ketua · dirancang', 'MENTORING', 'SM SATU', ''],
    ],
    empty: 'Tiada acara dalam tempoh ini.',
    none: '4–29 Mac 2024 · 0 acara',
  },
  en: {
    title: 'Kluster 9 Event List (4–29 March 2024)',
    heading: 'KLUSTER 9 EVENT LIST',
    subtitle: '4–29 March 2024 · 10 events',
    header: ['Date', 'Event', 'Initiative', 'Schools', 'Place'],
    rows: [
      ['8 January – 15 March 2024', 'Penggal 1 | School term', '', '', ''],
      ['6 March 2024', 'EPIC', 'EPIC', 'All schools', ''],
      ['6 March 2024', 'PSR: 20 days to go | Checkpoint · examination on 26 Mar 2024', 'STEPS', '', ''],
      ['7 March 2024 | 08:00–11:30', 'Mesyuarat Pengetua | Phase: Perancangan', 'PLC', 'All secondary schools', 'Bilik Mesyuarat Kluster'],
      ['12 March 2024', 'Visit: Lesson observation | School visit · planned | Officers: Pegawai Satu, Pegawai Dua', '', 'SR DUA', 'Sekolah Rendah Dua'],
      ['13 March 2024', 'Mentoring: Awang Timbalan | Mentoring session · mentor Hjh Ketua', 'MENTORING', 'SM SATU', ''],
      ['16–24 March 2024', 'Cuti Penggal 1 | Holiday', '', '', ''],
      ['25–27 March 2024', 'Bengkel PD', '', 'SM SATU, SR DUA', 'SM SATU'],
      ['26 March 2024', 'PSR | Examination', 'STEPS', '', ''],
      ['27 March 2024', 'Mentoring: Awang Timbalan | Mentoring session · mentor Hjh Ketua · planned', 'MENTORING', 'SM SATU', ''],
    ],
    empty: 'No events in this period.',
    none: '4–29 March 2024 · 0 events',
  },
} as const;

describe.each(['ms', 'en'] as const)('the event list laid out in %s, from a fixture model', (language) => {
  const e = EXPECTED[language];
  const w = WORDS[language];

  it('gives every item one row in its order, worded in the document language, with schools by scope', async () => {
    const { doc, title } = layoutEventList(eventListModel(language));
    expect(title).toBe(e.title);
    const x = await expectOfficial(doc, language, []);
    const text = paragraphsOf(x.document);
    expect(text).toContain(e.heading);
    expect(text).toContain(e.subtitle);
    const rows = listRows(x.document);
    expect(rows[0]).toMatchObject({ header: true, cells: e.header });
    expect(rows.slice(1).map((r) => r.cells)).toEqual(e.rows);
    // Terms and holidays are shaded rows; nothing else is.
    expect(rows.slice(1).map((r) => r.fill)).toEqual([TOTAL_FILL, null, null, null, null, null, LABEL_FILL, null, null, null]);
    // A long list stays lean: the 9 pt Table Text Small style carries font and size, the table its cell
    // margins, so no row repeats them (what keeps a month of events quick to make and to open).
    const list = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(x.document)?.[0] ?? '';
    expect(list).toMatch(/<w:tblCellMar>/);
    expect(list).not.toMatch(/<w:tcMar>|<w:rFonts/);
    // Only the 8 pt notes under an item (times, kinds) set a size of their own.
    expect(new Set([...list.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]))).toEqual(new Set(['16']));
    // Its rows in Table Text Small, its dark head in Table Heading Small: 9 pt too, bold and white by the style.
    expect(stylesUsed(list)).toEqual(new Set(['TableHeadingSmall', 'TableTextSmall']));
    expect(styleXml(x.styles, 'TableTextSmall')).toMatch(/<w:sz w:val="18"\/>/);
    expect(styleXml(x.styles, 'TableHeadingSmall')).toMatch(/<w:basedOn w:val="TableTextSmall"\/>[\s\S]*<w:b\/>[\s\S]*<w:color w:val="FFFFFF"\/>/);
    const head = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(list)?.[0] ?? '';
    expect(head).toContain('<w:tblHeader/>');
    expect(stylesUsed(head)).toEqual(new Set(['TableHeadingSmall']));
    // The abbreviations of one item never break inside: "SM SATU" keeps its space.
    expect(x.document).toContain('SM\u00a0SATU, SR\u00a0DUA');
    expectSignOff(x.document, w.prepared, [w.prepared, '(Siti Kerani)', w.approved, '(Hjh Ketua)']);
  });

  it('says so when the range holds nothing, and still signs off', async () => {
    const m = { ...eventListModel(language), items: [] };
    const x = await expectOfficial(layoutEventList(m).doc, language, []);
    expect(paragraphsOf(x.document)).toContain(e.none);
    const rows = listRows(x.document);
    expect(rows.slice(1)).toEqual([{ header: false, fill: null, span: 5, cells: [e.empty] }]);
    expectSignOff(x.document, w.prepared, [w.prepared]);
  });
});
