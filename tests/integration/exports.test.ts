/**
 * Spreadsheets of the office's lists (`exports.render`), opened back with exceljs as Excel would: the title
 * row, a frozen header with a filter, dates as dates, numbers as numbers, the same rows the page shows, and
 * text that looks like a formula kept as text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DocumentFile, School } from '../../shared/domain';
import { XLSX_CONTENT_TYPE } from '../../shared/exports/api';
import type { CalendarPeriod, Occurrence } from '../../shared/plan/types';
import type { MentoringBoard } from '../../shared/mentoring/types';
import type { ClusterRatings, Coverage, FollowUp } from '../../shared/visits/types';
import { openApp } from '../helpers/tmp';

async function open(file: DocumentFile): Promise<ExcelJS.Workbook> {
  expect(file.contentType).toBe(XLSX_CONTENT_TYPE);
  expect(file.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.data) as never);
  return wb;
}
const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`No sheet ${name}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};
/** The data rows under the header (row 3), as plain values. */
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: ExcelJS.CellValue[][] = [];
  // exceljs leaves empty cells out of a row's values: holes become null.
  for (let r = 4; r <= ws.rowCount; r++) out.push(Array.from((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1), (v) => v ?? null));
  return out;
};
const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1);

describe('spreadsheets of the lists', () => {
  it('exports the roster with its leaders: title, frozen header with a filter, numbers and dates as such', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const wb = await open(await call<DocumentFile>('exports.render', { kind: 'roster', language: 'en' }));
    const schools = sheet(wb, 'Schools');
    expect(schools.getCell('A1').text).toMatch(/School roster/);
    expect(headerOf(schools).slice(0, 5)).toEqual(['No.', 'School name', 'Abbreviation', 'Level', 'WSE band']);
    expect(schools.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(schools.autoFilter).toBeTruthy();
    const rows = rowsOf(schools);
    expect(rows).toHaveLength(26);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(schools.getCell('A4').type).toBe(ExcelJS.ValueType.Number);

    const leaders = sheet(wb, 'Leaders');
    expect(headerOf(leaders)).toEqual(['Abbreviation', 'Role', 'Name', 'Post', 'Appointed on']);
    const dated = rowsOf(leaders).filter((r) => r[4] !== undefined && r[4] !== null);
    for (const r of dated) expect(r[4]).toBeInstanceOf(Date);

    // In Malay, the same workbook in the UI's other language.
    const ms = await open(await call<DocumentFile>('exports.render', { kind: 'roster', language: 'ms' }));
    expect(ms.worksheets.map((w) => w.name)).toEqual(['Sekolah', 'Pemimpin']);
    expect(headerOf(sheet(ms, 'Sekolah'))[0]).toBe('Bil.');
  });

  it('gives a template to fill in: the roster\'s two sheets without rows, with drop-down lists of levels, bands and roles', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const file = await call<DocumentFile>('exports.render', { kind: 'roster', template: true, language: 'en' });
    expect(file.fileName).toMatch(/to fill in/);
    const wb = await open(file);
    const schools = sheet(wb, 'Schools');
    expect(headerOf(schools).slice(0, 4)).toEqual(['No.', 'School name', 'Abbreviation', 'Level']);
    expect(rowsOf(schools).every((r) => r.every((v) => v === null))).toBe(true);
    expect(schools.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Sixth Form Centre,Secondary School,Primary School,Other"'] });
    expect(schools.getCell('E10').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] });
    expect(sheet(wb, 'Leaders').getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Head,Deputy"'] });
  });

  it('writes text that starts like a formula as text, never as a formula', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const risky = ['=HYPERLINK("http://x.example","open")', '+673 222 3333', '-2+3', '@SUM(A1)'];
    await call<School>('schools.create', { name: risky[0], abbreviation: 'SR EQ', level: 'primary', phone: risky[1], address: risky[2], notes: risky[3] });
    const ws = sheet(await open(await call<DocumentFile>('exports.render', { kind: 'roster', language: 'en' })), 'Schools');
    const row = ws.getRow(4);
    const cells = [row.getCell(2), row.getCell(6), row.getCell(8), row.getCell(9)];
    expect(cells.map((c) => c.value)).toEqual(risky);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }

    // A visit's findings that start like a formula, or with a tab or a carriage return, stay text too.
    const purpose = (await call<{ id: number }[]>('visits.purposes'))[0];
    const school = (await call<{ items: { id: number }[] }>('schools.list', {})).items[0];
    await call('team.save', { members: [{ name: 'Aminah', role: 'officer' }] });
    const officer = (await call<{ id: number }[]>('team.list'))[0];
    const findings = ['=1+1', '\tIndented note', '\rSecond line first'];
    for (const [i, f] of findings.entries()) await call('visits.create', { schoolId: school?.id, date: `2026-03-0${i + 2}`, purposeId: purpose?.id, officerIds: [officer?.id], findings: f });
    const visits = sheet(await open(await call<DocumentFile>('exports.render', { kind: 'visits', from: '2026-03-01', to: '2026-03-31', language: 'en' })), 'Visits');
    const column = headerOf(visits).indexOf('Findings') + 1;
    expect(column).toBeGreaterThan(0);
    const written = [4, 5, 6].map((r) => visits.getRow(r).getCell(column));
    expect(written.map((c) => c.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(written.map((c) => c.formula)).toEqual([undefined, undefined, undefined]);
    expect(written[0]?.value).toBe('=1+1');
  });

  it('exports a term\'s coverage as the page shows it, visited weeks shaded', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const terms = await call<{ term: number }[]>('terms.list', { year: 2023 });
    const term = terms[1]?.term ?? 2;
    const c = await call<Coverage>('visits.coverage', { year: 2023, term });
    const ws = sheet(await open(await call<DocumentFile>('exports.render', { kind: 'coverage', year: 2023, term, language: 'en' })), 'Coverage');
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(c.schools.length + 1);
    c.schools.forEach((s, i) => {
      const r = rows[i] ?? [];
      expect(r[0]).toBe(s.abbreviation);
      expect(r.slice(2, 2 + c.weeks.length).map((n) => n ?? 0)).toEqual(s.perWeek);
      expect(r[2 + c.weeks.length]).toBe(s.total);
    });
    expect(rows.at(-1)?.slice(2, 2 + c.weeks.length)).toEqual(c.weeklyTotals);
    const visited = c.schools.findIndex((s) => s.total > 0);
    const week = c.schools[visited]?.perWeek.findIndex((n) => n > 0) ?? -1;
    expect(visited).toBeGreaterThanOrEqual(0);
    expect((ws.getRow(4 + visited).getCell(3 + week).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC3FAE8');
  });

  it('exports the whole follow-up, not a page, with its overdue steps as of a day', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const asOf = '2023-06-30';
    const f = await call<FollowUp>('nextSteps.followUp', { asOf });
    const ws = sheet(await open(await call<DocumentFile>('exports.render', { kind: 'follow-up', asOf, language: 'en' })), 'Follow-up');
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(f.openTotal);
    expect(rows.filter((r) => r[5] === 'Yes')).toHaveLength(f.overdue);
    expect(rows[0]?.[1]).toBeInstanceOf(Date);
  });

  it('exports the calendar of a range: every item the calendar shows, dates as dates', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const range = { from: '2023-02-01', to: '2023-02-28' };
    const { occurrences } = await call<{ occurrences: Occurrence[]; periods: CalendarPeriod[] }>('events.list', range);
    const ws = sheet(await open(await call<DocumentFile>('exports.render', { kind: 'events', ...range, language: 'en' })), 'Events');
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(occurrences.length);
    expect(rows.filter((r) => r[4] === 'EPIC')).toHaveLength(occurrences.filter((o) => o.title === 'EPIC').length);
    expect((rows[0]?.[0] as Date).toISOString().slice(0, 10)).toBe([...occurrences].sort((a, b) => a.start.localeCompare(b.start))[0]?.start);
  });

  it('exports a term\'s visits with every lesson observed and its ratings, the year\'s ratings per criterion, the pairs and the register', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const terms = await call<{ term: number; start: string; end: string }[]>('terms.list', { year: 2023 });
    const term = terms[1];
    if (!term) throw new Error('The demo has no second term');
    const list = await call<{ observations: number; averageRating: number | null }[]>('visits.list', { from: term.start, to: term.end });
    const visits = await open(await call<DocumentFile>('exports.render', { kind: 'visits', from: term.start, to: term.end, language: 'en' }));
    expect(rowsOf(sheet(visits, 'Visits'))).toHaveLength(list.length);
    const observed = rowsOf(sheet(visits, 'Observations'));
    expect(observed).toHaveLength(list.reduce((a, v) => a + v.observations, 0));
    expect(observed.length).toBeGreaterThan(0);
    expect(typeof observed[0]?.[5]).toBe('number');

    const ratings = await call<ClusterRatings>('visits.ratings', { year: 2023 });
    const rated = rowsOf(sheet(await open(await call<DocumentFile>('exports.render', { kind: 'ratings', year: 2023, language: 'en' })), 'Ratings'));
    expect(rated).toHaveLength(ratings.criteria.length + 1);
    for (const r of ratings.ratings) {
      const c = ratings.criteria.findIndex((x) => x.id === r.criterionId);
      const t = ratings.terms.findIndex((x) => x.term === r.term);
      expect(rated[c]?.[1 + t]).toBe(r.average);
    }
    expect(rated.at(-1)?.slice(1)).toEqual(ratings.terms.map((t) => t.observations));

    const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
    const pairs = rowsOf(sheet(await open(await call<DocumentFile>('exports.render', { kind: 'mentoring', year: 2023, language: 'en' })), 'Pairs'));
    const all = [...board.mentors.flatMap((m) => m.assignments), ...board.ended];
    expect(pairs).toHaveLength(all.length);
    expect(pairs.filter((p) => p[10] === 'Yes')).toHaveLength(all.filter((p) => p.overdue).length);

    const issued = await call<DocumentFile>('documents.issue', { request: { kind: 'school-roster', language: 'en' } });
    const register = rowsOf(sheet(await open(await call<DocumentFile>('exports.render', { kind: 'register', language: 'en' })), 'Register'));
    expect(register).toHaveLength(1);
    expect(register[0]?.[8]).toBe(issued.fileName);
    expect(register[0]?.[2]).toBeInstanceOf(Date);
  });
});
