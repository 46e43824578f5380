import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFileName, writePack } from '../../electron/pack-files';
import { tempDir } from '../helpers/tmp';

describe('writing a termly pack into a chosen folder', () => {
  it('keeps names to plain .docx files inside the folder', () => {
    expect(packFileName('Laporan Penggal 1 2024 SR A.docx')).toBe('Laporan Penggal 1 2024 SR A.docx');
    expect(packFileName('../../etc/passwd')).toBe('passwd.docx');
    expect(packFileName('C:\\Windows\\win.ini')).toBe('win.ini.docx');
    expect(packFileName('a:b*c?.docx')).toBe('a-b-c-.docx');
    expect(packFileName('...')).toBe('document.docx');
  });

  it('writes every file, numbering repeated names, all or nothing', () => {
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
    // Nothing half-written is left beside them.
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('leaves nothing of a pack behind when one file cannot be written', () => {
    const dir = tempDir();
    // A folder already stands where the second report would go.
    fs.mkdirSync(path.join(dir, 'Report SR B.docx'));
    const files = [
      { fileName: 'Report SR A.docx', data: new Uint8Array([1]) },
      { fileName: 'Report SR B.docx', data: new Uint8Array([2]) },
      { fileName: 'Report SR C.docx', data: new Uint8Array([3]) },
    ];
    expect(() => writePack(dir, files)).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['Report SR B.docx']);
  });
});
