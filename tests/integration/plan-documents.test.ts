import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { layoutInitiativeCalendar } from '../../electron/documents/initiative-calendar';
import type { DocumentFile, SchoolSummary } from '../../shared/domain';
import type { Plan } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { docxParts, docxText, docxXml, paragraphsOf, pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';
import { fullCalendar, phasesOf } from '../unit/documents/fixtures-initiative-calendar';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

type Call = Awaited<ReturnType<typeof openApp>>['call'];

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const plan = await app.call<Plan>('plan.get', { year: 2023 });
  return { ...app, plan };
}

const eventList = (call: Call, from: string, to: string, language: 'ms' | 'en') => call<DocumentFile>('documents.render', { kind: 'event-list', from, to, language });

interface Cell {
  text: string;
  span: number;
  /** Grid columns before this cell in its row. */
  column: number;
  fill: string | null;
  color: string | null;
  merge: 'restart' | 'continue' | null;
}

/** The tables of document.xml as rows of cells, with each cell's grid position, span, fill and merge. */
function tableRows(xml: string): { header: boolean; cells: Cell[] }[] {
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => {
    let column = 0;
    const cells = (row.match(/<w:tc[ >][\s\S]*?<\/w:tc>/g) ?? []).map((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1);
      const cell: Cell = {
        text: paragraphsOf(tc).filter(Boolean).join('\n'),
        span,
        column,
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(tc)?.[1]?.toUpperCase() ?? null,
        color: /<w:color w:val="([0-9A-Fa-f]{6})"\/>/.exec(tc)?.[1]?.toUpperCase() ?? null,
        merge: (/<w:vMerge w:val="(restart|continue)"\/>/.exec(tc)?.[1] as Cell['merge'] | undefined) ?? null,
      };
      column += span;
      return cell;
    });
    return { header: row.includes('<w:tblHeader/>'), cells };
  });
}

/** Every text of the package a reader sees: the body, running headers and footers. */
async function allText(bytes: Uint8Array): Promise<string> {
  const parts = (await docxParts(bytes)).filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  const texts = await Promise.all(parts.map(async (p) => paragraphsOf(await docxXml(bytes, p)).join('\n')));
  return texts.join('\n');
}

describe('the initiative calendar in LibreOffice', () => {
  // The most the page is made for: 12 initiatives of 3 lanes, long names, the logo, terms, holidays and exams.
  it.each(['ms', 'en'] as const)('fits 12 initiatives of 3 lanes with the logo on one page (%s)', async (language) => {
    const m = fullCalendar(language);
    const pdf = await toPdf(new Uint8Array(await Packer.toBuffer(layoutInitiativeCalendar(m).doc)));
    expect(await pdfPages(pdf)).toBe(1);
    const text = fold(await pdfText(pdf));
    expect(text).toContain(language === 'ms' ? 'KALENDAR INISIATIF KLUSTER 9 2024' : 'KLUSTER 9 INITIATIVES 2024');
    for (const phase of new Set(phasesOf(m).map((p) => p.name))) expect(text, phase).toContain(phase);
    for (const i of m.calendar.initiatives) expect(text, i.code).toContain(i.code);
    for (const words of language === 'ms' ? ['Penggal 2', 'Peperiksaan', '● PSR 150', '▲ PSR', 'Petunjuk', 'Disediakan oleh: Siti Kerani'] : ['Penggal 2', 'Exams', '● PSR 150', '▲ PSR', 'Key', 'Prepared by: Siti Kerani']) {
      expect(text, words).toContain(words);
    }
    expect(text).toMatch(language === 'ms' ? /Halaman 1 daripada 1/ : /Page 1 of 1/);
  });
});

describe('the event list document', () => {
  const dataRows = async (file: DocumentFile) => tableRows(await docxXml(file.data, 'word/document.xml')).filter((r) => !r.header);

  it('lists the EPIC Wednesdays of February 2023 for all schools, in BM and English', async () => {
    const { call } = await demoApp();
    const ms = await eventList(call, '2023-02-01', '2023-02-28', 'ms');
    expect(ms.fileName).toMatch(/^Senarai Acara Kluster 2 \(1–28 Februari 2023\) \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await docxXml(ms.data, 'word/document.xml');
    expect(xml).not.toContain('w:orient="landscape"');
    const rows = tableRows(xml);
    expect(rows[0]).toMatchObject({ header: true });
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['Tarikh', 'Acara', 'Inisiatif', 'Sekolah', 'Tempat']);
    expect(rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual(
      ['1', '8', '15', '22'].map((day) => [`${day} Februari 2023`, 'EPIC', 'EPIC', 'Semua sekolah', '']),
    );
    const text = await docxText(ms.data);
    expect(text).toContain('SENARAI ACARA KLUSTER 2');
    expect(text).toContain('1–28 Februari 2023 · 4 acara');
    expect(await allText(ms.data)).toContain('Kluster 2 — Senarai Acara Kluster 2 (1–28 Februari 2023)');

    const en = await eventList(call, '2023-02-01', '2023-03-31', 'en');
    expect(en.fileName).toMatch(/^Kluster 2 Event List \(1 February – 31 March 2023\) \d{4}-\d{2}-\d{2}\.docx$/);
    const enRows = await dataRows(en);
    expect(enRows.map((r) => r.cells[0]?.text).slice(0, 5)).toEqual(['1 February 2023', '8 February 2023', '15 February 2023', '22 February 2023', '1 March 2023']);
    expect(enRows).toHaveLength(9);
    expect(enRows.every((r) => r.cells[3]?.text === 'All schools')).toBe(true);
    expect(await docxText(en.data)).toContain('1 February – 31 March 2023 · 9 events');
  });

  it('shows times, phases, places and the schools of an event that does not involve them all', async () => {
    const { call, plan } = await demoApp();
    const schools = (await call<{ items: SchoolSummary[] }>('schools.list', { sort: 'number' })).items;
    const epic = plan.initiatives.find((i) => i.code === 'EPIC');
    const phase = epic?.lanes[0]?.phases.find((p) => p.name === 'Reading and Research');
    const [ptm, paphm] = schools;
    expect([ptm?.abbreviation, paphm?.abbreviation]).toEqual(['PTM', 'SM PAPHM']);
    await call('events.create', {
      title: 'Reading circle',
      startDate: '2023-03-14',
      endDate: '2023-03-14',
      allDay: false,
      startTime: '08:00',
      endTime: '11:30',
      place: 'Bilik Mesyuarat Kluster',
      initiativeId: epic?.id,
      phaseId: phase?.id,
      schoolIds: [ptm?.id, paphm?.id],
    });
    await call('events.create', { title: 'PD Cycle workshop', startDate: '2023-02-27', endDate: '2023-03-01', place: 'SM PAPHM' });
    // Every secondary school: named by its level, not by seven abbreviations.
    const secondary = schools.filter((s) => s.level === 'secondary').map((s) => s.id);
    expect(secondary).toHaveLength(7);
    await call('events.create', { title: 'Heads of secondary meeting', startDate: '2023-03-02', endDate: '2023-03-02', schoolIds: secondary });
    await call('exams.create', { name: 'PSR', date: '2023-03-20', checkpointDays: [] });
    // An archived school does not stop the EPIC sessions counting as all schools.
    await call('schools.archive', { id: schools.at(-1)?.id });

    const rows = await dataRows(await eventList(call, '2023-02-20', '2023-03-20', 'en'));
    const texts = rows.map((r) => r.cells.map((c) => fold(c.text.replace(/\n/g, ' | '))));
    expect(texts).toEqual([
      ['22 February 2023', 'EPIC', 'EPIC', 'All schools', ''],
      ['27 February – 1 March 2023', 'PD Cycle workshop', '', '', 'SM PAPHM'],
      ['1 March 2023', 'EPIC', 'EPIC', 'All schools', ''],
      ['2 March 2023', 'Heads of secondary meeting', '', 'All secondary schools', ''],
      ['8 March 2023', 'EPIC', 'EPIC', 'All schools', ''],
      ['14 March 2023 | 08:00–11:30', 'Reading circle | Phase: Reading and Research', 'EPIC', 'PTM, SM PAPHM', 'Bilik Mesyuarat Kluster'],
      ['15 March 2023', 'EPIC', 'EPIC', 'All schools', ''],
      ['20 March 2023', 'PSR', 'STEPS', '', ''],
    ]);
  });

  it('words exam checkpoints in the language of the document, whatever the screen shows', async () => {
    const { call } = await demoApp();
    await call('settings.setLanguage', { language: 'en' });
    await call('exams.create', { name: 'PSR', date: '2023-09-25', checkpointDays: [20] });
    const rows = await dataRows(await eventList(call, '2023-09-05', '2023-09-05', 'ms'));
    expect(rows.map((r) => r.cells.map((c) => fold(c.text)))).toEqual([['5 September 2023', 'PSR: 20 hari lagi', 'STEPS', '', '']]);
  });

  it('says so when the range has no events', async () => {
    const { call } = await demoApp();
    for (const [language, message, count] of [
      ['ms', 'Tiada acara dalam tempoh ini.', '0 acara'],
      ['en', 'No events in this period.', '0 events'],
    ] as const) {
      const file = await eventList(call, '2023-12-01', '2023-12-31', language);
      const rows = await dataRows(file);
      expect(rows.map((r) => r.cells.map((c) => [c.text, c.span])), language).toEqual([[[message, 5]]]);
      expect(await docxText(file.data), language).toContain(count);
    }
  });

  it('refuses a range that ends before it starts, at the field', async () => {
    const { call } = await demoApp();
    expect(await failure(eventList(call, '2023-03-01', '2023-02-01', 'ms'))).toMatchObject({ code: 'VALIDATION', field: 'to' });
  });

  it('opens in LibreOffice and reads back the same rows', async () => {
    const { call } = await demoApp();
    for (const [language, title, dates, all] of [
      ['ms', 'SENARAI ACARA KLUSTER 2', ['1 Februari 2023', '8 Februari 2023', '15 Februari 2023', '22 Februari 2023'], 'Semua sekolah'],
      ['en', 'KLUSTER 2 EVENT LIST', ['1 February 2023', '8 February 2023', '15 February 2023', '22 February 2023'], 'All schools'],
    ] as const) {
      const pdf = await toPdf((await eventList(call, '2023-02-01', '2023-02-28', language)).data);
      expect(await pdfPages(pdf), language).toBe(1);
      const text = fold(await pdfText(pdf));
      expect(text, language).toContain(title);
      for (const d of dates) expect(text, `${language}: ${d}`).toContain(d);
      expect(text.split(all).length - 1, language).toBe(4);
      expect(text, language).toContain('Rosnani binti Zalani');
    }
  });
});
