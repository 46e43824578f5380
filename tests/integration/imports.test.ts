/**
 * The roster read back from Excel: the app's own export comes back unchanged, a clerk's messy workbook shows
 * each row as new, update or error with its row number and column, CSV files in the encodings Excel saves,
 * a block pasted from Excel, and files that are not a roster refused with one message and nothing written.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentFile, School, SchoolSummary } from '../../shared/domain';
import type { ImportPreview, ImportRow } from '../../shared/imports/api';
import { openApp } from '../helpers/tmp';

type App = Awaited<ReturnType<typeof openApp>>;
const b64 = (bytes: Uint8Array | Buffer | ArrayBuffer) => Buffer.from(bytes as Uint8Array).toString('base64');
const xlsxBytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const preview = (app: App, data: Uint8Array | Buffer, fileName: string, mapping?: unknown) =>
  app.call<ImportPreview>('imports.preview', { kind: 'schools', file: b64(data), fileName, ...(mapping ? { mapping } : {}) });
const roster = async (app: App) => (await app.call<{ items: SchoolSummary[] }>('schools.list', { includeArchived: true })).items;
const brief = (rows: ImportRow[]) => rows.map((r) => `${r.sheet} ${r.row} ${r.outcome}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the roster read back from Excel', () => {
  it('imports its own export unchanged, then shows and applies two changed cells', async () => {
    const app = await openApp(undefined, { language: 'en' });
    await app.call('demo.load', {});
    const file = await app.call<DocumentFile>('exports.render', { kind: 'roster', language: 'en' });
    const same = await preview(app, Buffer.from(file.data), file.fileName);
    expect(same.counts).toEqual({ new: 0, update: 0, unchanged: 26, error: 0 });
    expect(same.rows.filter((r) => r.outcome !== 'unchanged')).toEqual([]);
    expect(same.mapping.schools).toMatchObject({ number: 'No.', name: 'School name', abbreviation: 'Abbreviation', level: 'Level' });
    expect(same.mapping.leaders).toMatchObject({ role: 'Role', name: 'Name', appointedOn: 'Appointed on' });

    // The Malay export reads back unchanged too.
    const msFile = await app.call<DocumentFile>('exports.render', { kind: 'roster', language: 'ms' });
    expect((await preview(app, Buffer.from(msFile.data), msFile.fileName)).counts).toEqual({ new: 0, update: 0, unchanged: 26, error: 0 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data) as never);
    const ws = wb.getWorksheet('Schools');
    if (!ws) throw new Error('no Schools sheet');
    const first = { abbreviation: ws.getCell('C4').text, name: ws.getCell('B4').text };
    const third = { abbreviation: ws.getCell('C6').text, phone: ws.getCell('F6').text };
    ws.getCell('B4').value = `${first.name} Baru`;
    ws.getCell('F6').value = '+673 111 2222';
    const changed = await preview(app, await xlsxBytes(wb), 'roster.xlsx');
    expect(changed.counts).toEqual({ new: 0, update: 2, unchanged: 24, error: 0 });
    expect(changed.rows.filter((r) => r.outcome === 'update').map((r) => ({ row: r.row, abbreviation: r.abbreviation, changes: r.changes }))).toEqual([
      { row: 4, abbreviation: first.abbreviation, changes: [{ field: 'name', old: first.name, new: `${first.name} Baru` }] },
      { row: 6, abbreviation: third.abbreviation, changes: [{ field: 'phone', old: third.phone, new: '+673 111 2222' }] },
    ]);

    const before = await roster(app);
    const leadersBefore = (await app.call<School>('schools.get', { id: before[0]?.id })).leaders;
    expect(await app.call('imports.commit', { previewId: changed.previewId })).toEqual({ created: 0, updated: 2, unchanged: 24 });
    const after = await roster(app);
    expect(after.find((s) => s.abbreviation === first.abbreviation)?.name).toBe(`${first.name} Baru`);
    expect(after.find((s) => s.abbreviation === third.abbreviation)?.phone).toBe('+673 111 2222');
    // The leaders keep their records.
    expect((await app.call<School>('schools.get', { id: before[0]?.id })).leaders).toEqual(leadersBefore);
    // A preview is committed once.
    const again = await app.dispatch('imports.commit', { previewId: changed.previewId });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'previewId' } });
    expect(await preview(app, await xlsxBytes(wb), 'roster.xlsx')).toMatchObject({ counts: { update: 0, unchanged: 26 } });
  });

  it('reads a clerk\'s messy workbook row by row and writes nothing while a row is wrong', async () => {
    const app = await openApp();
    const men = await app.call<School>('schools.create', { name: 'Sekolah Menengah Pg Anak Puteri', abbreviation: 'SR MEN', level: 'secondary', leaders: [{ role: 'head', name: 'Dk Nurul' }] });

    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('Lama', { state: 'hidden' });
    hidden.addRow(['Nama sekolah', 'Singkatan', 'Peringkat']);
    hidden.addRow(['Sekolah Lama', 'SR LAMA', 'Sekolah Rendah']);
    const s = wb.addWorksheet('Sekolah');
    s.addRow(['Senarai sekolah kluster 2']);
    s.mergeCells('A1:E1');
    s.addRow([' Bil. ', 'Nama sekolah', 'Singkatan ', 'Peringkat', 'Telefon']);
    s.addRow([2, "Sekolah Rendah Dato' Haji Abu", 'SR DHA', 'Sekolah Rendah', '2223333']);
    s.addRow([1, '  Sekolah Menengah  Pg   Anak Puteri Bandar ', ' sr  men ', 'rendah', { formula: '2220000+1', result: 2220001 }]);
    s.addRow([]);
    s.addRow([3, 'Sekolah Rendah Dk Siti Ré', 'SR  dha', 'Sekolah Rendah']);
    s.addRow([4, '   ', 'SR X', 'primary']);
    s.addRow([5, 'Sekolah Université', 'SR U', 'college']);
    s.addRow([6, 'Sekolah Menengah Ungku', 'SM UNG', 'Secondary School']);
    const l = wb.addWorksheet('Pemimpin');
    l.addRow(['Singkatan', 'Peranan', 'Nama', 'Jawatan', 'Tarikh lantikan']);
    l.addRow(['SR DHA', 'Ketua Sekolah', "Hj Mohd Ali bin Awg O'Brien", 'Guru Besar', '05/01/2020']);
    l.addRow(['sr men', 'Head', ' Dk  Nurul ', 'Pengetua', new Date(Date.UTC(2021, 2, 1))]);
    l.addRow(['SM UNG', 'Timbalan', 'Pg Ahmad', '', '31/02/2020']);
    const p = await preview(app, await xlsxBytes(wb), 'sekolah kluster.xlsx');

    expect(brief(p.rows)).toEqual([
      'schools 3 new',
      'schools 4 update',
      'schools 6 error',
      'schools 7 error',
      'schools 8 error',
      'schools 9 error',
      'leaders 4 error',
    ]);
    const row = (sheet: string, n: number) => p.rows.find((r) => r.sheet === sheet && r.row === n);
    expect(row('schools', 4)).toMatchObject({ abbreviation: 'sr men' });
    expect(row('schools', 4)?.changes).toEqual([
      { field: 'name', old: 'Sekolah Menengah Pg Anak Puteri', new: 'Sekolah Menengah Pg Anak Puteri Bandar' },
      { field: 'level', old: 'Sekolah Menengah', new: 'Sekolah Rendah' },
      { field: 'phone', old: '', new: '2220001' },
      { field: 'leaders', old: 'Ketua Sekolah: Dk Nurul', new: 'Ketua Sekolah: Dk Nurul, Pengetua (01/03/2021)' },
    ]);
    // Messages in the UI's language (BM here), each at its column as the file names it.
    expect(row('schools', 6)?.errors).toEqual([{ column: 'Singkatan', message: 'Singkatan "SR dha" sudah ada pada baris 3.' }]);
    expect(row('schools', 7)?.errors).toEqual([{ column: 'Nama sekolah', message: 'Nama sekolah wajib diisi' }]);
    expect(row('schools', 8)?.errors).toEqual([{ column: 'Peringkat', message: 'Pilih peringkat' }]);
    expect(row('leaders', 4)?.errors).toEqual([{ column: 'Tarikh lantikan', message: 'Masukkan tarikh yang sah (TTTT-BB-HH)' }]);
    expect(row('schools', 9)?.errors[0]?.message).toMatch(/baris 4 helaian pemimpin/);
    expect(p.canCommit).toBe(false);

    const refused = await app.dispatch('imports.commit', { previewId: p.previewId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await roster(app)).toHaveLength(1);
    expect(await app.call<School>('schools.get', { id: men.id })).toEqual(men);

    // The same file with its wrong rows taken out: the new school with its head, and the update.
    for (const r of [9, 8, 7, 6]) s.spliceRows(r, 1);
    l.spliceRows(4, 1);
    const good = await preview(app, await xlsxBytes(wb), 'sekolah kluster.xlsx');
    expect(brief(good.rows)).toEqual(['schools 3 new', 'schools 4 update']);
    expect(await app.call('imports.commit', { previewId: good.previewId })).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const dha = (await roster(app)).find((x) => x.abbreviation === 'SR DHA');
    const created = await app.call<School>('schools.get', { id: dha?.id });
    expect(created).toMatchObject({ name: "Sekolah Rendah Dato' Haji Abu", level: 'primary', phone: '2223333', number: 2 });
    expect(created.leaders).toMatchObject([{ role: 'head', name: "Hj Mohd Ali bin Awg O'Brien", title: 'Guru Besar', appointedOn: '2020-01-05' }]);
    const updated = await app.call<School>('schools.get', { id: men.id });
    expect(updated).toMatchObject({ name: 'Sekolah Menengah Pg Anak Puteri Bandar', abbreviation: 'SR MEN', level: 'primary', number: men.number });
    // Dk Nurul is the same person, now with her post and date.
    expect(updated.leaders).toEqual([{ id: men.leaders[0]?.id, role: 'head', name: 'Dk Nurul', title: 'Pengetua', appointedOn: '2021-03-01' }]);
    expect((await roster(app)).map((x) => x.name)).not.toContain('Sekolah Lama');
  });

  it('reads a school merged down its leaders\' rows, and dates as day numbers or YYYY-MM-DD text', async () => {
    const app = await openApp(undefined, { language: 'en' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Schools').addRows([
      ['School name', 'Abbreviation', 'Level'],
      ['Sekolah Rendah Alpha', 'SR A', 'Primary School'],
    ]);
    const l = wb.addWorksheet('Leaders');
    l.addRows([
      ['Abbreviation', 'Role', 'Name', 'Post', 'Appointed on'],
      ['SR A', 'Head', 'Awg Hj Bakar', 'Guru Besar', 43831],
      [null, 'Deputy', 'Dyg Siti', 'Timbalan Guru Besar', '2020-2-3'],
    ]);
    l.mergeCells('A2:A3');
    const p = await preview(app, await xlsxBytes(wb), 'roster.xlsx');
    expect(brief(p.rows)).toEqual(['schools 2 new']);
    await app.call('imports.commit', { previewId: p.previewId });
    const [s] = await roster(app);
    expect((await app.call<School>('schools.get', { id: s?.id })).leaders).toMatchObject([
      { role: 'head', name: 'Awg Hj Bakar', appointedOn: '2020-01-01' },
      { role: 'deputy', name: 'Dyg Siti', appointedOn: '2020-02-03' },
    ]);
  });

  it('refuses a preview the roster moved on from, or one too old, and writes nothing', async () => {
    const app = await openApp(undefined, { language: 'en' });
    const a = await app.call<School>('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    const csv = Buffer.from('School name,Abbreviation,Level\nSekolah Rendah Alpha Baru,SR A,Primary School\nSekolah Rendah Beta,SR B,Primary School\n');
    const p = await preview(app, csv, 'roster.csv');
    expect(brief(p.rows)).toEqual(['schools 2 update', 'schools 3 new']);
    await app.call('schools.update', { ...a, notes: 'Changed meanwhile' });
    const stale = await app.dispatch('imports.commit', { previewId: p.previewId });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!stale.ok) expect(stale.error.message).toMatch(/changed since this file was read.*Nothing was imported/);
    expect((await roster(app)).map((s) => s.name)).toEqual(['Sekolah Rendah Alpha']);

    // A school made by hand since, under an abbreviation the file would add, makes the preview stale too.
    const beta = await preview(app, Buffer.from('School name,Abbreviation,Level\nSekolah Rendah Beta,SR B,Primary School\n'), 'roster.csv');
    await app.call('schools.create', { name: 'Sekolah Rendah Beta (hand)', abbreviation: 'sr  b', level: 'primary' });
    expect(await app.dispatch('imports.commit', { previewId: beta.previewId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // A change to a school the file does not name is no reason to refuse it.
    const gamma = await preview(app, Buffer.from('School name,Abbreviation,Level\nSekolah Rendah Gamma,SR G,Primary School\n'), 'roster.csv');
    await app.call('schools.update', { ...(await app.call<School>('schools.get', { id: a.id })), notes: 'Changed again' });
    expect(await app.call('imports.commit', { previewId: gamma.previewId })).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const count = (await roster(app)).length;

    const fresh = await preview(app, csv, 'roster.csv');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 31 * 60 * 1000);
    const expired = await app.dispatch('imports.commit', { previewId: fresh.previewId });
    expect(expired).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!expired.ok) expect(expired.error.message).toMatch(/expired/);
    expect(await roster(app)).toHaveLength(count);
    expect(await app.dispatch('imports.commit', { previewId: 'no-such-preview' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reads CSV with semicolons in Windows-1252, CSV with a BOM, and a block pasted from Excel', async () => {
    const app = await openApp(undefined, { language: 'en' });
    const ansi = Buffer.from('Senarai sekolah\r\nBil.;Nama sekolah;Singkatan;Peringkat;Band WSE\r\n1;Sekolah Ré;SR RE;Sekolah Rendah;3\r\n', 'latin1');
    const p1 = await preview(app, ansi, 'sekolah.csv');
    expect(p1.rows).toMatchObject([{ row: 3, outcome: 'new', name: 'Sekolah Ré', abbreviation: 'SR RE' }]);
    await app.call('imports.commit', { previewId: p1.previewId });

    const bom = Buffer.from('\uFEFFNo.,School name,Abbreviation,Level\n2,"Sekolah Rendah Dato\' Marsal, Kg Ayer",SR DM,Primary School\n1,Sekolah Ré,sr re,Primary School\n', 'utf8');
    const p2 = await preview(app, bom, 'roster.csv');
    expect(brief(p2.rows)).toEqual(['schools 2 new', 'schools 3 unchanged']);
    expect(p2.rows[0]?.name).toBe("Sekolah Rendah Dato' Marsal, Kg Ayer");
    await app.call('imports.commit', { previewId: p2.previewId });

    const pasted = Buffer.from('School name\tAbbreviation\tLevel\tPhone\nSekolah Ré\tSR RE\tPrimary School\t+673 222 3333\nSekolah Menengah Gamma\tSM G\tSecondary School\t\n');
    const p3 = await preview(app, pasted, 'pasted.tsv');
    expect(p3.rows.map((r) => ({ outcome: r.outcome, changes: r.changes }))).toEqual([
      { outcome: 'update', changes: [{ field: 'phone', old: '', new: '+673 222 3333' }] },
      { outcome: 'new', changes: [] },
    ]);
    expect(await app.call('imports.commit', { previewId: p3.previewId })).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect((await roster(app)).map((s) => [s.number, s.name, s.abbreviation, s.level, s.wseBand])).toEqual([
      [1, 'Sekolah Ré', 'SR RE', 'primary', 3],
      [2, "Sekolah Rendah Dato' Marsal, Kg Ayer", 'SR DM', 'primary', null],
      [3, 'Sekolah Menengah Gamma', 'SM G', 'secondary', null],
    ]);
  });

  it('reads columns the clerk chose, and guesses them the same way next time', async () => {
    const app = await openApp(undefined, { language: 'en' });
    const csv = Buffer.from('Sekolah penuh;Kod;Jenis\nSekolah Rendah Delta;SR D;Sekolah Rendah\n');
    const none = await app.dispatch('imports.preview', { kind: 'schools', file: b64(csv), fileName: 'x.csv' });
    expect(none).toMatchObject({ ok: false, error: { field: 'file' } });
    const mapping = { schools: { name: 'Sekolah penuh', abbreviation: 'Kod', level: 'Jenis' } };
    const p = await preview(app, csv, 'x.csv', mapping);
    expect(p.rows).toMatchObject([{ outcome: 'new', name: 'Sekolah Rendah Delta', abbreviation: 'SR D' }]);
    // Next time the same file is read without choosing again.
    const remembered = await preview(app, csv, 'x.csv');
    expect(remembered.mapping.schools).toMatchObject({ name: 'Sekolah penuh', abbreviation: 'Kod', level: 'Jenis' });
    expect(remembered.rows).toMatchObject([{ outcome: 'new', name: 'Sekolah Rendah Delta' }]);
    const wrong = await app.dispatch('imports.preview', { kind: 'schools', file: b64(csv), fileName: 'x.csv', mapping: { schools: { name: 'Nama' } } });
    expect(wrong).toMatchObject({ ok: false, error: { field: 'mapping.schools.name', message: 'The file has no column "Nama".' } });
  });

  it('refuses every file that is not a roster with one message, and writes nothing', async () => {
    const app = await openApp(undefined, { language: 'en' });
    await app.call('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    const before = await roster(app);
    const many = `School name,Abbreviation,Level\n${Array.from({ length: 5001 }, (_, i) => `Sekolah ${i},S${i},Primary School`).join('\n')}\n`;
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]);
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from('%PDF-1.4\n1 0 obj\n'), 'roster.pdf', /not a spreadsheet/],
      [Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]), 'roster.csv', /not a spreadsheet/],
      [ole, 'roster.xlsx', /protected with a password/],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 1)]), 'roster.xlsx', /damaged/],
      [Buffer.from('not a zip at all'), 'roster.xlsx', /damaged/],
      [Buffer.from('a,b,c\n1,2,3\n'), 'roster.csv', /No header row/],
      [Buffer.from(many), 'roster.csv', /more than 5,000 rows/],
      [Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'roster.csv', /larger than 10 MB/],
      [Buffer.alloc(0), 'roster.csv', /empty/],
    ];
    for (const [data, name, message] of cases) {
      const r = await app.dispatch('imports.preview', { kind: 'schools', file: b64(data), fileName: name });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } });
      if (!r.ok) {
        expect(r.error.message, name).toMatch(message);
        expect(r.error.errors, name).toHaveLength(1);
      }
    }
    // A workbook with no header row anywhere.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['just', 'some', 'words']);
    const blank = await app.dispatch('imports.preview', { kind: 'schools', file: b64(await xlsxBytes(wb)), fileName: 'x.xlsx' });
    expect(blank).toMatchObject({ ok: false, error: { field: 'file' } });
    expect(await roster(app)).toEqual(before);
  });
});
