import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/data-dir';
import type { AppStatus, BackupInfo, SchoolSummary } from '../../shared/domain';
import { failure, sha256 } from '../helpers/api';
import { hasHotJournal, killInsideTransaction, useRollbackJournal } from '../helpers/crash';
import { openApp, tempDir } from '../helpers/tmp';

type List = { items: SchoolSummary[]; total: number };
const school = (n: number) => ({ name: `Sekolah Rendah ${n}`, abbreviation: `SR ${n}`, level: 'primary' });

/** Enough uncommitted rows, with long names, that the transaction spills into the file and the journal is hot. */
const UNCOMMITTED = {
  statements: [`UPDATE schools SET name = 'Changed, never committed'`],
  insert: `INSERT INTO schools (number, name, abbreviation, level) VALUES (1000 + @i, 'Uncommitted ' || @i || '${'x'.repeat(400)}', 'UC' || @i, 'primary')`,
  rows: 3000,
};

/** A closed data folder whose file holds three committed schools, in rollback-journal mode. */
async function folderWithSchools() {
  const app = await openApp();
  for (const n of [1, 2, 3]) await app.call('schools.create', school(n));
  const backup = await app.call<BackupInfo>('backups.create');
  await app.ctx.close();
  const file = path.join(app.dataDir, DATABASE_FILE);
  useRollbackJournal(file);
  return { dataDir: app.dataDir, file, backup };
}

/** SQLite's own answer, outside the code under test. */
function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Every file in a folder with the hash of its bytes. */
function hashes(dir: string, prefix = DATABASE_FILE): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(prefix))
      .sort()
      .map((f) => [f, sha256(path.join(dir, f))]),
  );
}

describe('a data file with a hot rollback journal', () => {
  it('left by a writer killed inside its transaction opens ready with its committed rows only', async () => {
    const { dataDir, file } = await folderWithSchools();
    await killInsideTransaction(file, UNCOMMITTED);
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);
    expect(hasHotJournal(file)).toBe(true);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('ready');
    const list = await call<List>('schools.list');
    expect(list.items.map((s) => s.name).sort()).toEqual(['Sekolah Rendah 1', 'Sekolah Rendah 2', 'Sekolah Rendah 3']);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
    // The recovered file is the live one and keeps working.
    await call('schools.create', school(4));
    await ctx.close();
    expect(integrity(file)).toBe('ok');
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'recovery.log'), 'utf8')).toMatch(/-journal or -wal was applied.*integrity_check ok/);
  });

  it('from a newer version is refused and left exactly as found, journal included', async () => {
    const { dataDir, file } = await folderWithSchools();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    await killInsideTransaction(file, UNCOMMITTED);
    expect(hasHotJournal(file)).toBe(true);
    const before = hashes(dataDir);
    expect(Object.keys(before)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-journal`]);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('newer');
    expect((await call<AppStatus>('app.status')).message).toMatch(/versi Cluster Office yang lebih baharu/);
    expect(hashes(dataDir)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });

  it('that is also damaged is set aside with its journal, every byte unchanged', async () => {
    const { dataDir, file, backup } = await folderWithSchools();
    await killInsideTransaction(file, UNCOMMITTED);
    // Garbage over the pages past the committed data: the journal cannot make them whole again.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 2);
    fs.closeSync(fd);
    const before = hashes(dataDir);
    expect(Object.keys(before)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-journal`]);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('damaged');
    const aside = path.dirname(ctx.setAsidePath ?? '');
    expect(hashes(aside)).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([]);

    // No journal is left behind to spoil the restore.
    const status = await call<AppStatus>('backups.restore', { name: backup.name });
    expect(status.state).toBe('ready');
    expect((await call<List>('schools.list')).total).toBe(3);
    expect(hashes(aside)).toEqual(before);
  });
});

describe('a damaged WAL-mode data file', () => {
  it('is set aside with its -wal and -shm, every byte unchanged', async () => {
    const app = await openApp();
    for (const n of [1, 2, 3]) await app.call('schools.create', school(n));
    await app.ctx.close();
    const file = path.join(app.dataDir, DATABASE_FILE);
    // A writer in WAL mode killed mid-transaction leaves -wal and -shm beside the file.
    await killInsideTransaction(file, { insert: UNCOMMITTED.insert, rows: 200 });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(fs.existsSync(`${file}-shm`)).toBe(true);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const before = hashes(app.dataDir);

    const { ctx } = await openApp(app.dataDir);
    expect(ctx.state).toBe('damaged');
    expect(hashes(path.dirname(ctx.setAsidePath ?? ''))).toEqual(before);
    expect(Object.keys(before)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
  });
});

describe('a 0-byte data file', () => {
  it('with backups present is damaged, and the newest backup is offered and brings the data back', async () => {
    const { dataDir, file } = await folderWithSchools();
    const older = await openApp(dataDir);
    await older.call('schools.create', school(4));
    const newest = await older.call<BackupInfo>('backups.create');
    await older.ctx.close();
    fs.truncateSync(file, 0);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('damaged');
    const status = await call<AppStatus>('app.status');
    expect(status).toMatchObject({ state: 'damaged', damage: 'empty' });
    expect(status.newestBackup?.name).toBe(newest.name);
    expect(status.message).toMatch(/kosong \(0 bait\)/);
    expect(fs.statSync(ctx.setAsidePath ?? '').size).toBe(0);
    expect((await failure(call('schools.list'))).code).toBe('DATABASE_UNAVAILABLE');

    const restored = await call<AppStatus>('backups.restore', { name: newest.name });
    expect(restored).toMatchObject({ state: 'ready', empty: false, damage: null });
    expect((await call<List>('schools.list')).total).toBe(4);
  });

  it('without backups is a new empty database', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), '');
    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('ready');
    expect(await call<AppStatus>('app.status')).toMatchObject({ state: 'ready', empty: true });
    await call('schools.create', school(1));
    expect((await call<List>('schools.list')).total).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });
});

describe('restoring a backup', () => {
  it('never applies a leftover journal to the restored file', async () => {
    // A hot journal of another file, as a crash mid-restore or an older version's set-aside could leave one.
    const other = await folderWithSchools();
    await killInsideTransaction(other.file, UNCOMMITTED);
    const { dataDir, file, backup } = await folderWithSchools();
    fs.writeFileSync(file, Buffer.alloc(8192, 'not a database '));
    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('damaged');
    fs.copyFileSync(`${other.file}-journal`, `${file}-journal`);
    fs.copyFileSync(`${other.file}-journal`, `${file}.restoring-journal`);

    const status = await call<AppStatus>('backups.restore', { name: backup.name });
    expect(status.state).toBe('ready');
    expect((await call<List>('schools.list')).items.map((s) => s.name).sort()).toEqual(['Sekolah Rendah 1', 'Sekolah Rendah 2', 'Sekolah Rendah 3']);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(fs.existsSync(`${file}.restoring-journal`)).toBe(false);
    await ctx.close();
    expect(integrity(file)).toBe('ok');
  });
});
