import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asPackFiles, packFileName, writePack } from '../../electron/pack-files';
import { tempDir } from '../helpers/tmp';

describe('writing a termly pack into a chosen folder', () => {
  it('keeps names to plain .docx files inside the folder', () => {
    expect(packFileName('Laporan Penggal 1 2024 SR A.docx')).toBe('Laporan Penggal 1 2024 SR A.docx');
    expect(packFileName('../../etc/passwd')).toBe('passwd.docx');
    expect(packFileName('C:\\Windows\\win.ini')).toBe('win.ini.docx');
    expect(packFileName('a:b*c?.docx')).toBe('a-b-c-.docx');
    expect(packFileName('...')).toBe('document.docx');
  });

  it('writes every file, numbering repeated names, and refuses what is not a list of documents', () => {
    const dir = tempDir();
    const files = [
      { fileName: 'Report SR A.docx', data: new Uint8Array([1, 2]) },
      { fileName: 'Report SR A.docx', data: new Uint8Array([3]) },
      { fileName: '../outside.docx', data: new Uint8Array([4]) },
    ];
    expect(writePack(dir, files)).toEqual(['Report SR A.docx', 'Report SR A (2).docx', 'outside.docx']);
    expect(fs.readdirSync(dir).sort()).toEqual(['Report SR A (2).docx', 'Report SR A.docx', 'outside.docx']);
    expect([...fs.readFileSync(path.join(dir, 'Report SR A (2).docx'))]).toEqual([3]);
    expect(fs.existsSync(path.join(dir, '..', 'outside.docx'))).toBe(false);
    expect(asPackFiles(files)).toHaveLength(3);
    for (const bad of [[], 'x', [{ fileName: 'a.docx', data: 'PK' }], [{ fileName: 7, data: new Uint8Array() }], null]) expect(asPackFiles(bad)).toBeNull();
  });
});
