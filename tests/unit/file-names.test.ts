import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_FILE_NAME_BYTES, truncateUtf8, uniqueFileNames } from '../../shared/file-names';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('file names the app writes', () => {
  it('keeps ordinary titles readable', () => {
    expect(fileNameFor('Laporan Penggal 1 2024 SR A', '.docx')).toBe('Laporan Penggal 1 2024 SR A.docx');
    expect(fileNameFor('Kluster 2: Profil', 'docx', { suffix: '2026-12-01' })).toBe('Kluster 2 - Profil 2026-12-01.docx');
    expect(fileNameFor('Report.docx', '.docx')).toBe('Report.docx');
  });

  it('never holds a folder, a reserved character, a control or a bidi character', () => {
    for (const hostile of ['../../etc/passwd', 'C:\\Windows\\win.ini', 'a<b>c:d"e|f?g*h', 'tab\there', 'nul\u0000byte', 'bell\u0007', 'c1\u0085ctl', 'evil\u202Excod.exe', 'lrm\u200Eand\u2066iso\u2069']) {
      const name = fileNameFor(hostile, '.docx');
      // eslint-disable-next-line no-control-regex
      expect(name, hostile).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
      expect(name.endsWith('.docx')).toBe(true);
    }
    expect(fileNameFor('evil\u202Excod.exe', '.docx')).toBe('evilxcod.exe.docx');
  });

  it('turns Windows device names into ordinary files, whatever the extension', () => {
    for (const device of ['CON', 'con', 'NUL', 'PRN', 'AUX', 'COM1', 'com9', 'LPT1', 'COM¹', 'NUL.tar', 'CON.docx', 'con .docx']) {
      const name = fileNameFor(device, '.docx');
      const stem = name.split('.')[0] as string;
      expect(stem.toUpperCase(), device).not.toMatch(/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/u);
    }
    expect(fileNameFor('CON', '.docx')).toBe('_CON.docx');
    expect(fileNameFor('CONSOLE', '.docx')).toBe('CONSOLE.docx');
  });

  it('drops trailing dots and spaces and falls back when nothing is left', () => {
    expect(fileNameFor('Report. . ', '.docx')).toBe('Report.docx');
    expect(fileNameFor('...', '.docx')).toBe('document.docx');
    expect(fileNameFor('\u202E\u0000 ', '.zip', { fallback: 'pack' })).toBe('pack.zip');
  });

  it('stays within the byte limit without splitting a character', () => {
    const jawi = 'كلستر ٢ '.repeat(40); // two bytes a letter: far over the limit
    const name = fileNameFor(jawi, '.docx', { suffix: '2026-12-01' });
    expect(utf8(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith(' 2026-12-01.docx')).toBe(true);
    expect(name).not.toContain('\uFFFD');
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
    // Emoji (4 bytes, surrogate pairs) and combining marks are never cut in half.
    const cut = truncateUtf8('a' + '👩🏽‍🏫'.repeat(10), 20);
    expect(utf8(cut)).toBeLessThanOrEqual(20);
    expect(cut).toBe('a👩🏽‍🏫');
    expect(truncateUtf8('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301');
  });

  it('gives every file of a pack its own name, never an overwrite', () => {
    const names = uniqueFileNames(['Laporan SR A/B', 'Laporan SR A:B', 'laporan sr a-b', 'Laporan SR A|B', 'Other'], '.docx');
    expect(names).toEqual(['Laporan SR A-B.docx', 'Laporan SR A-B (2).docx', 'laporan sr a-b (3).docx', 'Laporan SR A-B (4).docx', 'Other.docx']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const long = uniqueFileNames(['x'.repeat(300), 'x'.repeat(300)], '.docx');
    expect(long[0]).not.toBe(long[1]);
    for (const n of long) expect(utf8(n)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long[1]?.endsWith(' (2).docx')).toBe(true);
  });
});
