import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePack } from '../../electron/pack-files';
import type { DocumentFile, School } from '../../shared/domain';
import { openApp, tempDir } from '../helpers/tmp';

describe('a termly pack keeps every school report', () => {
  it('keeps both reports when two schools reduce to the same file name', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('periods.create', { kind: 'term', name: 'Term 1', start: '2024-01-08', end: '2024-03-15' });
    // Different abbreviations that no file system can hold as written: both become "SR A-B".
    const a = await call<School>('schools.create', { name: 'Sekolah Rendah A', abbreviation: 'SR A/B', level: 'primary' });
    const b = await call<School>('schools.create', { name: 'Sekolah Rendah B', abbreviation: 'SR A|B', level: 'primary' });
    const files: DocumentFile[] = [];
    for (const school of [a, b]) files.push(await call<DocumentFile>('documents.render', { kind: 'school-term-report', schoolId: school.id, year: 2024, term: 1, language: 'en' }));
    expect(files[0]?.fileName).toBe(files[1]?.fileName);

    const dir = tempDir();
    const written = writePack(dir, files);
    expect(new Set(written).size).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual([...written].sort());
    written.forEach((name, i) => expect(Buffer.compare(fs.readFileSync(path.join(dir, name)), Buffer.from(files[i]?.data ?? []))).toBe(0));
  });
});
