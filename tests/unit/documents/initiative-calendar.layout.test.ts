import { describe, expect, it } from 'vitest';
import { calendarBlock, calendarColumns, holidayDays, laneLook, layoutInitiativeCalendar, marksOf, monthShades, shortRange } from '../../../electron/documents/initiative-calendar';
import { officialFile, pageProperties, textWidth } from '../../../electron/documents/kit';
import { dictionaries } from '../../../shared/i18n';
import { columnOf, monthSpan } from '../../../shared/plan/months';
import { paragraphsOf } from '../../helpers/docx';
import { expectOfficial, LANG } from './expect-official';
import { fullCalendar, periods2024, phasesOf, smallCalendar } from './fixtures-initiative-calendar';
import { calendarGrid } from './calendar-grid';
import { readBack, styleXml, tableGrids } from './read-back';

const grid = calendarGrid;

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

describe('the calendar rules', () => {
  it('gives the months equal columns after the initiative column, adding up to the landscape text width', () => {
    for (const months of [12, 13, 18]) {
      const w = calendarColumns(months);
      expect(w).toHaveLength(months + 1);
      expect(w.reduce((a, b) => a + b, 0)).toBe(textWidth(true));
      expect(new Set(w.slice(1)).size).toBe(1);
    }
  });

  it('shades a month by the term holding at least half its days, else as a break', () => {
    const shades = monthShades(smallCalendar('ms').calendar) ?? [];
    // March 2024: 8 days of Penggal 1 and 14 of Penggal 2 (22 of 31); June: 14 of 30 days in Penggal 3.
    expect(shades.map((s) => [s.month, s.term, s.termDays])).toEqual([
      ['2024-01', 'Penggal 1', 30],
      ['2024-02', 'Penggal 1', 29],
      ['2024-03', 'Penggal 2', 22],
      ['2024-04', 'Penggal 2', 30],
      ['2024-05', 'Penggal 2', 31],
      ['2024-06', null, 14],
      ['2024-07', 'Penggal 3', 31],
      ['2024-08', 'Penggal 3', 31],
      ['2024-09', 'Penggal 4', 21],
      ['2024-10', 'Penggal 4', 31],
      ['2024-11', 'Penggal 4', 22],
      ['2024-12', null, 0],
      ['2025-01', null, 0],
    ]);
    expect(monthShades({ ...smallCalendar('ms').calendar, periods: [] })).toBeNull();
  });

  it('marks the days of holidays in their months, a holiday across a month end in both', () => {
    const holidays = periods2024.filter((p) => p.kind === 'holiday');
    expect(holidayDays(holidays, '2024-02')).toBe('23');
    expect(holidayDays(holidays, '2024-04')).toBe('10–13');
    expect(holidayDays(holidays, '2024-12')).toBe('28–31');
    expect(holidayDays(holidays, '2025-01')).toBe('1');
    expect(holidayDays(holidays, '2024-05')).toBe('');
    expect(holidayDays([...holidays, { kind: 'holiday', name: 'X', start: '2024-02-01', end: '2024-02-01' }], '2024-02')).toBe('1, 23');
  });

  it('shortens dates under the grid, giving a year only outside the plan\'s', () => {
    const d = dictionaries.ms;
    expect(shortRange('2024-02-23', '2024-02-23', 2024, d)).toBe('23 Feb');
    expect(shortRange('2024-04-10', '2024-04-13', 2024, d)).toBe('10–13 Apr');
    expect(shortRange('2024-03-18', '2024-05-31', 2024, d)).toBe('18 Mac – 31 Mei');
    expect(shortRange('2024-12-28', '2025-01-01', 2024, d)).toBe('28 Dis 2024 – 1 Jan 2025');
    expect(shortRange('2025-01-01', '2025-01-01', 2024, dictionaries.en)).toBe('1 Jan 2025');
  });

  it('places exams and their checkpoints in the window, in date order', () => {
    const marks = marksOf(smallCalendar('en').calendar).map((m) => [m.kind, m.date, m.exam, m.daysBefore]);
    // PSR on 23 September 2024: 150, 100, 50 and 20 days before; O Level on 21 October: 50 and 20 days before.
    expect(marks).toEqual([
      ['checkpoint', '2024-04-26', 'PSR', 150],
      ['checkpoint', '2024-06-15', 'PSR', 100],
      ['checkpoint', '2024-08-04', 'PSR', 50],
      ['checkpoint', '2024-09-01', 'O Level', 50],
      ['checkpoint', '2024-09-03', 'PSR', 20],
      ['exam', '2024-09-23', 'PSR', null],
      ['checkpoint', '2024-10-01', 'O Level', 20],
      ['exam', '2024-10-21', 'O Level', null],
    ]);
    // An exam after the window shows only the checkpoints inside it.
    const late = { ...smallCalendar('en').calendar, exams: [{ name: 'A Level', date: '2025-03-10', initiativeCode: null, checkpoints: [{ daysBefore: 100, date: '2024-11-30' }, { daysBefore: 20, date: '2025-02-18' }] }] };
    expect(marksOf(late).map((m) => [m.kind, m.date])).toEqual([['checkpoint', '2024-11-30']]);
  });

  it('dates an exam after the window by its checkpoints inside it, with the years outside the plan\'s', async () => {
    const m = smallCalendar('en');
    m.calendar = { ...m.calendar, exams: [{ name: 'A Level', date: '2025-03-10', initiativeCode: null, checkpoints: [{ daysBefore: 100, date: '2024-11-30' }, { daysBefore: 20, date: '2025-02-18' }] }] };
    const text = paragraphsOf((await readBack(layoutInitiativeCalendar(m).doc)).document).map(fold);
    expect(text).toContain('Exams: A Level 10 Mar 2025 (checkpoints: 30 Nov (100 days), 18 Feb 2025 (20 days))');
  });

  it('packs a full page of lanes on exact lines and lets a short plan breathe', () => {
    expect(laneLook(fullCalendar('ms').calendar)).toEqual({ size: 13, line: 150, height: undefined });
    expect(laneLook(smallCalendar('ms').calendar)).toEqual({ size: 15, line: undefined, height: 480 });
  });
});

describe.each(['ms', 'en'] as const)('the initiative calendar in %s, on fixture models', (language) => {
  const d = dictionaries[language].doc;
  const k = d.initiativeCalendar;

  it('is one A4 landscape page with styles, language, fixed full-width grids and page numbers', async () => {
    const { doc, title } = layoutInitiativeCalendar(smallCalendar(language));
    expect(title).toBe(language === 'ms' ? 'Kalendar Inisiatif Kluster 9 2024' : 'Kluster 9 Initiatives 2024');
    const x = await expectOfficial(doc, language, [], { landscape: true });
    expect(x.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // One section: no page break, no second page by design.
    expect(x.document.match(/<w:sectPr/g)).toHaveLength(1);
    expect(x.document).not.toContain('w:type="page"');
    for (const g of tableGrids(x.document)) expect(g.reduce((a, b) => a + b, 0)).toBe(textWidth(true));
    expect(x.document.match(/<w:tblLayout w:type="fixed"\/>/g)?.length).toBe(tableGrids(x.document).length);
    expect(x.core).toContain(`<dc:subject>${k.subject}</dc:subject>`);
    const text = paragraphsOf(x.document);
    expect(text).toContain(title.toUpperCase());
    expect(text).toContain(language === 'ms' ? 'Januari 2024 – Januari 2025' : 'January 2024 – January 2025');
    expect(text.some((t) => t.startsWith('KLUSTER 9'))).toBe(true);
    expect(x.styles).toContain(`<w:lang w:val="${LANG[language]}"/>`);
  });

  it('puts each phase in one cell over its months, in its colour, and runs the name down over the lanes', async () => {
    const m = smallCalendar(language);
    const x = await readBack(layoutInitiativeCalendar(m).doc);
    const rows = grid(x.document);
    const [head] = rows;
    expect(head?.header).toBe(true);
    expect(rows.filter((r) => r.header)).toHaveLength(1);
    expect(head?.cells.map((c) => c.text)).toEqual(
      language === 'ms'
        ? ['Inisiatif', 'Jan 2024', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogos', 'Sep', 'Okt', 'Nov', 'Dis', 'Jan 2025']
        : ['Initiative', 'Jan 2024', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan 2025'],
    );
    // The next year's month stands apart.
    expect(head?.cells[13]?.fill).not.toBe(head?.cells[12]?.fill);
    // Every row covers the whole grid.
    for (const r of rows) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(14);

    const [terms, holidays, exams, ...lanes] = rows.slice(1);
    // Each term over the months it mostly holds, with its dates; the breaks between shaded apart.
    const [mar, may, sep, nov] = language === 'ms' ? ['Mac', 'Mei', 'Sep', 'Nov'] : ['Mar', 'May', 'Sep', 'Nov'];
    expect(terms?.cells.map((c) => [c.text, c.span, c.fill])).toEqual([
      [d.terms, 1, 'F2F2F2'],
      [`Penggal 1 (2 Jan – 8 ${mar})`, 2, 'E2EFD9'],
      [`Penggal 2 (18 ${mar} – 31 ${may})`, 3, 'E2EFD9'],
      ['', 1, 'E7E6E6'],
      [`Penggal 3 (17 Jun – 6 ${sep})`, 2, 'E2EFD9'],
      [`Penggal 4 (16 ${sep} – 22 ${nov})`, 3, 'E2EFD9'],
      ['', 1, 'E7E6E6'],
      ['', 1, 'E7E6E6'],
    ]);
    expect(holidays?.cells.map((c) => c.text)).toEqual([d.holidays, '', '23', '', '10–13', '', '', '', '', '', '', '', '28–31', '1']);
    expect(holidays?.cells[2]?.fill).toBe('FBE4D5');
    expect(holidays?.cells[1]?.fill).toBeNull();
    const marks = exams?.cells.map((c) => fold(c.text)) ?? [];
    expect(marks[0]).toBe(k.exams);
    expect(marks[4]).toBe('● PSR 150');
    // One mark a line.
    expect(marks[9]).toBe('● O Level 50● PSR 20▲ PSR');
    expect(exams?.cells[9]?.xml.match(/<w:br\/>/g)).toHaveLength(2);
    expect(marks[10]).toBe('● O Level 20▲ O Level');

    // EPIC's two lanes, PD CYCLE's one, and a lane for WILL, which has none yet.
    expect(lanes).toHaveLength(4);
    let row = 0;
    for (const initiative of m.calendar.initiatives) {
      const fill = initiative.colour.slice(1).toUpperCase();
      for (const lane of initiative.lanes) {
        const cells = lanes[row]?.cells ?? [];
        for (const phase of lane.phases) {
          const matching = cells.filter((c) => c.text === phase.name);
          expect(matching, phase.name).toHaveLength(1);
          expect(matching[0], phase.name).toMatchObject({ span: monthSpan(phase.start, phase.end), column: 1 + columnOf(m.calendar.window, phase.start), fill });
        }
        row++;
      }
    }
    expect(lanes.map((r) => r.cells[0]?.merge)).toEqual(['restart', 'continue', null, null]);
    expect(lanes[0]?.cells[0]?.text).toBe('EPIC Executive Professional Intellectual Collaboration');
    // A code that says it all is not repeated as a name.
    expect(lanes[2]?.cells[0]?.text).toBe('PD CYCLE');
    expect(lanes[3]?.cells.slice(1).filter((c) => c.text !== '')).toEqual([]);
    // Empty months of a break are shaded; term months stay white.
    expect(lanes[3]?.cells.map((c) => c.fill).slice(1)).toEqual([null, null, null, null, null, 'E7E6E6', null, null, null, null, null, 'E7E6E6', 'E7E6E6']);
    // Text reads on its fill: white on EPIC blue, black on PD CYCLE orange.
    expect(lanes[1]?.cells.find((c) => c.text === 'Classroom Collaboration')?.xml).toContain('<w:color w:val="FFFFFF"/>');
    expect(lanes[2]?.cells.find((c) => c.text === 'PD Cycle 1')?.xml).toContain('<w:color w:val="000000"/>');
  });

  it('explains the shades and marks, dates the terms, holidays and exams, and names who prepared it', async () => {
    const x = await readBack(layoutInitiativeCalendar(smallCalendar(language)).doc);
    const text = paragraphsOf(x.document).map(fold);
    const key = text.find((t) => t.startsWith(`${k.key}:`)) ?? '';
    for (const words of [k.term, k.schoolBreak, k.holiday, `▲ ${k.exam}`, `● ${k.checkpoint}`]) expect(key, words).toContain(words);
    // The terms strip dates its terms: no line repeats them.
    expect(text.some((t) => t.startsWith(`${d.terms}:`))).toBe(false);
    expect(text).toContain(
      language === 'ms'
        ? 'Cuti: Hari Kebangsaan (23 Feb); Hari Raya Aidilfitri (10–13 Apr); Cuti Akhir Tahun (28 Dis 2024 – 1 Jan 2025)'
        : 'Holidays: Hari Kebangsaan (23 Feb); Hari Raya Aidilfitri (10–13 Apr); Cuti Akhir Tahun (28 Dec 2024 – 1 Jan 2025)',
    );
    expect(text).toContain(
      language === 'ms'
        ? 'Peperiksaan: PSR 23 Sep (titik semak: 26 Apr (150 hari), 15 Jun (100 hari), 4 Ogos (50 hari), 3 Sep (20 hari)); O Level 21 Okt (titik semak: 1 Sep (50 hari), 1 Okt (20 hari))'
        : 'Exams: PSR 23 Sep (checkpoints: 26 Apr (150 days), 15 Jun (100 days), 4 Aug (50 days), 3 Sep (20 days)); O Level 21 Oct (checkpoints: 1 Sep (50 days), 1 Oct (20 days))',
    );
    // No sign-off block (the page is kept to one), but who prepared it and when.
    expect(text).toContain(language === 'ms' ? 'Disediakan oleh: Siti Kerani (Kerani) · 1 Mac 2024' : 'Prepared by: Siti Kerani (Clerk) · 1 March 2024');
    expect(text.join(' ')).not.toContain(d.signOff.approved);
  });

  it('dates a term too short to hold a month of its own under the grid', async () => {
    const m = smallCalendar(language);
    m.calendar = { ...m.calendar, periods: [...m.calendar.periods, { kind: 'term', name: 'Kursus Cuti', start: '2024-12-02', end: '2024-12-06' }] };
    const x = await readBack(layoutInitiativeCalendar(m).doc);
    expect(grid(x.document)[1]?.cells.map((c) => c.text).join(' ')).not.toContain('Kursus Cuti');
    expect(paragraphsOf(x.document).map(fold)).toContain(`${d.terms}: Kursus Cuti (2–6 ${language === 'ms' ? 'Dis' : 'Dec'})`);
  });

  it('leaves out the strips and the key of a plan without terms, holidays or exams', async () => {
    const m = smallCalendar(language);
    m.calendar = { ...m.calendar, periods: [], exams: [] };
    const x = await readBack(layoutInitiativeCalendar(m).doc);
    const rows = grid(x.document);
    expect(rows[1]?.cells[0]?.text).toMatch(/^EPIC/);
    const text = paragraphsOf(x.document);
    expect(text.some((t) => t.startsWith(`${k.key}:`))).toBe(false);
    expect(text.some((t) => t.startsWith(`${d.terms}:`))).toBe(false);
  });

  it('lays out 12 initiatives of 3 lanes with the logo: 36 lane rows, names at 8 pt, phases on exact lines', async () => {
    const m = fullCalendar(language);
    const x = await expectOfficial(layoutInitiativeCalendar(m).doc, language, [], { landscape: true });
    expect(x.document).toContain('<w:drawing>');
    const rows = grid(x.document, 13, x.styles);
    const lanes = rows.slice(4);
    expect(lanes).toHaveLength(36);
    for (const r of rows) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(14);
    const labels = lanes.map((r) => r.cells[0]).filter((c) => c?.merge !== 'continue');
    expect(labels.map((c) => c?.text.split(' ')[0])).toEqual(['EPIC', 'STEPS', 'MENTORING', 'SIP', 'PD', 'WILL', 'PACTS', 'PSBC', 'LITERACY', 'NUMERACY', 'DIGITAL', 'WELLBEING']);
    for (const c of labels) {
      expect(c?.sizes.length).toBeGreaterThan(0);
      expect(Math.min(...(c?.sizes ?? [])), c?.text).toBeGreaterThanOrEqual(16);
    }
    // Every phase in its months: all 12 × 9 of them.
    const phases = phasesOf(m);
    expect(phases).toHaveLength(108);
    let landed = 0;
    for (const [n, initiative] of m.calendar.initiatives.entries()) {
      initiative.lanes.forEach((lane, l) => {
        const cells = lanes[n * 3 + l]?.cells ?? [];
        for (const p of lane.phases) {
          const c = cells.find((cell) => cell.text === p.name);
          if (c?.span === monthSpan(p.start, p.end) && c.column === 1 + columnOf(m.calendar.window, p.start) && c.fill === initiative.colour.slice(1).toUpperCase()) landed++;
        }
      });
    }
    expect(landed).toBe(108);
    // Lanes keep to exact 7.5 pt lines (their 6.5 pt style's), so a full page stays one page.
    const exact = /<w:spacing w:line="150" w:lineRule="exact"\/>/;
    expect(styleXml(x.styles, 'GridText13')).toMatch(exact);
    for (const r of lanes) {
      for (const c of r.cells.slice(1)) {
        const own = /<w:spacing [^>]*>/.exec(c.xml)?.[0];
        expect(c.xml).toContain('<w:pStyle w:val="GridText13"/>');
        if (own) expect(own).toMatch(exact);
      }
    }
  });

  it('gives a document holding a plan (the cluster profile) the same grid, key and dates', async () => {
    const m = smallCalendar(language);
    const blocks = calendarBlock(m.calendar, dictionaries[language], language);
    const doc = officialFile(m.letterhead, { title: 'x' }, [{ properties: { page: pageProperties(true) }, children: blocks }]);
    const x = await readBack(doc);
    expect(grid(x.document).map((r) => r.cells[0]?.text.split(' ')[0])).toEqual([d.initiative, d.terms.split(' ')[0], d.holidays, k.exams, 'EPIC', '', 'PD', 'WILL']);
    expect(paragraphsOf(x.document).some((t) => t.startsWith(`${k.key}:`))).toBe(true);
  });
});
