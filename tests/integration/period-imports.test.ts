/**
 * The school terms and holidays read in through the same preview as the roster: an .xlsx (dates as Excel
 * dates or as typed text) or a CSV, every line shown as new, unchanged or its error by line number, then
 * written all together or not at all.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/imports/api';
import type { CalendarPeriod } from '../../shared/plan/types';
import { openApp } from '../helpers/tmp';

async function xlsx(rows: (string | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Terms');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('terms and holidays from a spreadsheet', () => {
  it('previews an .xlsx of terms, refuses it while a line is wrong, and imports the corrected file whole', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('periods.create', { kind: 'term', name: 'Term 1', start: '2027-01-11', end: '2027-03-19' });
    const rows = [
      ['Start', 'End', 'Term'],
      [utc('2027-01-11'), utc('2027-03-19'), 'Term 1'],
      ['29/03/2027', '04/06/2027', 'Term 2'],
      [utc('2027-06-21'), utc('2027-06-01'), 'Term 3'],
      ['not a date', '', 'Term 4'],
    ];
    const bad = await call<ImportPreview>('imports.preview', { kind: 'periods', periodKind: 'term', file: await xlsx(rows), fileName: 'terms-2027.xlsx' });
    expect(bad.rows.map((r) => [r.row, r.outcome])).toEqual([[2, 'unchanged'], [3, 'new'], [4, 'error'], [5, 'error']]);
    expect(bad.rows[2]?.errors[0]?.message).toBe('The end date is before the start date.');
    expect(bad.counts).toEqual({ new: 1, update: 0, unchanged: 1, error: 2 });
    expect(bad.canCommit).toBe(false);
    await expect(call('imports.commit', { previewId: bad.previewId })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await call<CalendarPeriod[]>('periods.list', { year: 2027 })).toHaveLength(1);

    const fixed = [...rows.slice(0, 3), [utc('2027-06-21'), utc('2027-09-03'), 'Term 3'], ['13/09/2027', '19/11/2027', 'Term 4']];
    const good = await call<ImportPreview>('imports.preview', { kind: 'periods', periodKind: 'term', file: await xlsx(fixed), fileName: 'terms-2027.xlsx' });
    expect(good.counts).toEqual({ new: 3, update: 0, unchanged: 1, error: 0 });
    expect(good.rows[1]?.name).toBe('Term 2 (29/03/2027 – 04/06/2027)');
    expect(await call('imports.commit', { previewId: good.previewId })).toEqual({ created: 3, updated: 0, unchanged: 1 });
    expect((await call<CalendarPeriod[]>('periods.list', { year: 2027 })).map((p) => [p.kind, p.name, p.start, p.end])).toEqual([
      ['term', 'Term 1', '2027-01-11', '2027-03-19'],
      ['term', 'Term 2', '2027-03-29', '2027-06-04'],
      ['term', 'Term 3', '2027-06-21', '2027-09-03'],
      ['term', 'Term 4', '2027-09-13', '2027-11-19'],
    ]);
  });

  it('reads holidays from a CSV the same way, a header line or not', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const csv = Buffer.from('2027-01-01;New Year\n23/02/2027;National Day\n').toString('base64');
    const p = await call<ImportPreview>('imports.preview', { kind: 'periods', periodKind: 'holiday', file: csv, fileName: 'holidays.csv' });
    expect(p.rows.map((r) => r.outcome)).toEqual(['new', 'new']);
    await call('imports.commit', { previewId: p.previewId });
    expect((await call<CalendarPeriod[]>('periods.list', { year: 2027 })).map((x) => [x.kind, x.name])).toEqual([
      ['holiday', 'New Year'],
      ['holiday', 'National Day'],
    ]);
  });
});
