import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sql, type Migration } from 'kysely';
import { KEEP_BACKUPS } from '../../db/backup';
import { migrations } from '../../db/migrations/index';
import { AppContext } from '../../electron/app-context';
import type { AppStatus, BackupInfo, School, SchoolSummary } from '../../shared/domain';
import { failure } from '../helpers/api';
import { openApp, tempDir } from '../helpers/tmp';

type List = { items: SchoolSummary[]; total: number };
const school = (name: string, abbreviation: string) => ({ name, abbreviation, level: 'primary' });

function countSchools(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM schools').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('restore brings the data back as it was at the backup, after backing up the current data', async () => {
    const { call, ctx } = await openApp();
    const a = await call<School>('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    const backup = await call<BackupInfo>('backups.create');
    expect(backup.reason).toBe('manual');

    await call('schools.update', { ...school('Sekolah Rendah Alpha Baru', 'SR AB'), id: a.id, version: a.version });
    await call('schools.create', school('Sekolah Rendah Beta', 'SR B'));
    expect((await call<List>('schools.list')).total).toBe(2);

    const status = await call<AppStatus>('backups.restore', { name: backup.name });
    expect(status.state).toBe('ready');
    const list = await call<List>('schools.list');
    expect(list.items.map((s) => [s.name, s.abbreviation])).toEqual([['Sekolah Rendah Alpha', 'SR A']]);

    // The data as it was just before the restore is kept in a backup of its own.
    const before = (await call<BackupInfo[]>('backups.list')).filter((b) => b.reason === 'before-restore');
    expect(before).toHaveLength(1);
    expect(countSchools(path.join(ctx.backupDir, before[0]?.name ?? ''))).toBe(2);

    // The restored database is writable and keeps working.
    await call('schools.create', school('Sekolah Rendah Gamma', 'SR G'));
    expect((await call<List>('schools.list')).total).toBe(2);
  });

  it(`keeps only the newest ${KEEP_BACKUPS.manual} manual backups`, async () => {
    const { call, ctx } = await openApp();
    const made: string[] = [];
    for (let i = 0; i < KEEP_BACKUPS.manual + 5; i++) made.push((await call<BackupInfo>('backups.create')).name);
    const list = await call<BackupInfo[]>('backups.list');
    expect(list).toHaveLength(KEEP_BACKUPS.manual);
    expect(list.map((b) => b.name)).toEqual(made.slice(-KEEP_BACKUPS.manual).reverse());
    expect(fs.readdirSync(ctx.backupDir)).toHaveLength(KEEP_BACKUPS.manual);
  });

  it('restores the oldest kept before-restore backup even though the safety backup of that restore prunes it', async () => {
    const { call, ctx } = await openApp();
    await call('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    const manual = await call<BackupInfo>('backups.create');
    await call('schools.create', school('Sekolah Rendah Beta', 'SR B'));
    // The first restore keeps the two schools in a before-restore backup; more restores fill that kind up.
    const beforeRestore = async () => (await call<BackupInfo[]>('backups.list')).filter((b) => b.reason === 'before-restore');
    while ((await beforeRestore()).length < KEEP_BACKUPS['before-restore']) await call('backups.restore', { name: manual.name });
    const oldest = (await beforeRestore()).at(-1);
    expect(countSchools(path.join(ctx.backupDir, oldest?.name ?? ''))).toBe(2);

    const status = await call<AppStatus>('backups.restore', { name: oldest?.name });
    expect(status.state).toBe('ready');
    expect((await beforeRestore()).map((b) => b.name)).not.toContain(oldest?.name);
    expect((await call<List>('schools.list')).items.map((s) => s.abbreviation)).toEqual(['SR A', 'SR B']);
  });

  it('keep their newest daily and before-update backups through 20 manual backups and 15 restores', async () => {
    // A file one update behind, holding a school: the next start backs it up before updating, and daily.
    const dataDir = tempDir();
    const names = Object.keys(migrations).sort();
    const older = new AppContext(dataDir, { appVersion: 'test', migrations: Object.fromEntries(names.slice(0, -1).map((n) => [n, migrations[n] as Migration])) });
    await older.open();
    await sql`INSERT INTO schools (number, name, abbreviation, level) VALUES (1, 'Sekolah Rendah Alpha', 'SR A', 'primary')`.execute(older.db());
    await older.close();

    const { call, ctx } = await openApp(dataDir);
    // The daily backup is taken after the start, in the background.
    await ctx.whenSettled();
    const first = await call<BackupInfo[]>('backups.list');
    const kept = (kind: string) => first.filter((b) => b.reason === kind).map((b) => b.name);
    expect(kept('before-update')).toHaveLength(1);
    expect(kept('daily')).toHaveLength(1);

    const manual: string[] = [];
    for (let i = 0; i < 20; i++) manual.push((await call<BackupInfo>('backups.create')).name);
    for (let i = 0; i < 15; i++) expect((await call<AppStatus>('backups.restore', { name: manual[manual.length - 1 - (i % KEEP_BACKUPS.manual)] })).state).toBe('ready');

    const list = await call<BackupInfo[]>('backups.list');
    const now = (kind: string) => list.filter((b) => b.reason === kind).map((b) => b.name);
    expect(now('before-update')).toEqual(kept('before-update'));
    expect(now('daily')).toEqual(kept('daily'));
    expect(now('manual')).toEqual(manual.slice(-KEEP_BACKUPS.manual).reverse());
    expect(now('before-restore')).toHaveLength(KEEP_BACKUPS['before-restore']);
    for (const b of list) expect(fs.existsSync(path.join(dataDir, 'backups', b.name)), b.name).toBe(true);
  });

  it('are single self-contained files that pass integrity_check', async () => {
    const { call, ctx } = await openApp();
    await call('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    const b = await call<BackupInfo>('backups.create');
    const files = fs.readdirSync(ctx.backupDir);
    expect(files.every((f) => /^cluster-office-\d{8}-\d{6}-\d{3}-[a-z-]+\.sqlite$/.test(f))).toBe(true);
    expect(files.some((f) => /-wal$|-shm$|-journal$|\.partial/.test(f))).toBe(false);

    const file = path.join(ctx.backupDir, b.name);
    expect(b.sizeBytes).toBe(fs.statSync(file).size);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.prepare('SELECT abbreviation FROM schools').all()).toEqual([{ abbreviation: 'SR A' }]);
    } finally {
      db.close();
    }
  });

  it('takes the daily backup once a day, at open, once there are records to protect', async () => {
    const first = await openApp();
    expect(await first.call<BackupInfo[]>('backups.list')).toEqual([]);
    await first.call('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    await first.ctx.close();
    const second = await openApp(first.dataDir);
    await second.ctx.whenSettled();
    const daily = (await second.call<BackupInfo[]>('backups.list')).filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(1);
    await second.ctx.close();
    const third = await openApp(first.dataDir);
    await third.ctx.whenSettled();
    expect((await third.call<BackupInfo[]>('backups.list')).filter((b) => b.reason === 'daily')).toEqual(daily);
  });

  it('refuses a restore of a backup that does not exist, and keeps the current data', async () => {
    const { call } = await openApp();
    await call('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    for (const name of ['cluster-office-20200101-000000-000-manual.sqlite', 'nothing.sqlite']) {
      const err = await failure(call('backups.restore', { name }));
      expect(err).toMatchObject({ code: 'NOT_FOUND', field: 'name' });
      expect(err.message).toContain(name);
    }
    expect((await failure(call('backups.restore', { name: '../cluster-office.sqlite' }))).code).toBe('VALIDATION');
    expect((await call<List>('schools.list')).total).toBe(1);
  });

  it('refuses a damaged backup and keeps the current data', async () => {
    const { call, ctx } = await openApp();
    await call('schools.create', school('Sekolah Rendah Alpha', 'SR A'));
    const name = 'cluster-office-20200101-000000-000-manual.sqlite';
    fs.mkdirSync(ctx.backupDir, { recursive: true });
    fs.writeFileSync(path.join(ctx.backupDir, name), Buffer.alloc(4096, 'garbage '));
    const err = await failure(call('backups.restore', { name }));
    expect(err).toEqual({ code: 'CONFLICT', field: 'name', message: `Sandaran ${name} rosak; pilih yang lain.` });
    expect((await call<List>('schools.list')).total).toBe(1);
    expect(fs.readFileSync(ctx.recoveryLog, 'utf8')).toContain(`${name}: refused for a restore. SQLite said:\nSQLITE_NOTADB`);
  });
});
