/**
 * Start, backups and restores off the request thread: the file opens after `quick_check`, the full
 * `integrity_check`, the backups and a restore's check and copy of its backup run in the database thread,
 * and writes wait for the check (reads do not).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../electron/app-context';
import { DATABASE_FILE } from '../../electron/data-dir';
import { createDispatch } from '../../electron/dispatch';
import type { CallResult } from '../../shared/bridge';
import type { AppStatus, BackupInfo } from '../../shared/domain';
import { sha256 } from '../helpers/api';
import { makeIndexDisagree } from '../helpers/damage';
import { openApp, tempDir } from '../helpers/tmp';

const school = (n: number) => ({ name: `Sekolah Rendah ${n}`, abbreviation: `SR ${n}`, level: 'primary' });

/** A data folder holding one school and a manual backup, its UI set to English; the app is closed again. */
async function folderWithASchool(): Promise<{ dataDir: string; file: string }> {
  const { ctx, call, dataDir } = await openApp(undefined, { language: 'en' });
  await call('schools.create', school(1));
  await call('backups.create');
  await ctx.whenSettled();
  await ctx.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE) };
}

const schoolsIn = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT abbreviation FROM schools ORDER BY abbreviation').all() as { abbreviation: string }[]).map((r) => r.abbreviation);
  } finally {
    db.close();
  }
};

async function start(dataDir: string) {
  const ctx = new AppContext(dataDir, { appVersion: 'test' });
  await ctx.open();
  return { ctx, dispatch: createDispatch(ctx) };
}

describe('the full check after the start', () => {
  it('finds an index that disagrees with its table: the app answered first, then the file is set aside unchanged and the held write refused', async () => {
    const { dataDir, file } = await folderWithASchool();
    makeIndexDisagree(file);
    const before = sha256(file);

    let damagedTold = 0;
    const ctx = new AppContext(dataDir, { appVersion: 'test', onDamaged: () => damagedTold++ });
    await ctx.open();
    const dispatch = createDispatch(ctx);
    try {
      // quick_check passed: the app is open and answers while the full check runs.
      expect(ctx.state).toBe('ready');
      expect(ctx.writesHeld).toBe(true);
      const status = await dispatch('app.status', {});
      expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
      expect((await dispatch('schools.list', {})).ok).toBe(true);
      // A write made after the check began waits for it...
      const write = dispatch('schools.create', school(2));
      expect(ctx.writesHeld).toBe(true);
      await ctx.whenSettled();

      // ...and is refused, in the UI language: it was never acknowledged.
      const refused: CallResult = await write;
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('DATABASE_UNAVAILABLE');
        expect(refused.error.message).toMatch(/^The data file is damaged and cannot be used safely\./);
      }
      expect(ctx.state).toBe('damaged');
      expect(damagedTold).toBe(1);
      expect(fs.existsSync(file)).toBe(false);
      const aside = ctx.setAsidePath ?? '';
      expect(path.dirname(path.dirname(aside))).toBe(path.join(dataDir, 'damaged'));
      // Set aside as found: not a byte of the file changed (no checkpoint on the way out).
      expect(sha256(aside)).toBe(before);
      expect(fs.readFileSync(ctx.recoveryLog, 'utf8')).toMatch(/found by the background integrity_check.*\n.*missing from index scratch_a/);

      // Every later call but the recovery ones is refused; the recovery screen offers the newest backup.
      const after = await dispatch('schools.create', school(3));
      expect(after.ok || after.error.code).toBe('DATABASE_UNAVAILABLE');
      const recovery = await dispatch('app.status', {});
      expect(recovery).toMatchObject({ ok: true, value: { state: 'damaged', damage: 'unreadable', setAsidePath: aside, language: 'en' } });
      const newest = (recovery.ok ? (recovery.value as AppStatus) : null)?.newestBackup;
      expect(newest?.reason).toBe('manual');
      expect((await dispatch('backups.restore', { name: newest?.name })).ok).toBe(true);
      expect(ctx.state).toBe('ready');
      expect(schoolsIn(aside)).toEqual(['SR 1']);
    } finally {
      await ctx.close();
    }
  });

  it('passes on a sound file: the held write then goes, and is in the file', async () => {
    const { dataDir, file } = await folderWithASchool();
    const { ctx, dispatch } = await start(dataDir);
    try {
      expect(ctx.writesHeld).toBe(true);
      const order: string[] = [];
      const write = dispatch('schools.create', school(2)).then((r) => (order.push('write'), r));
      const read = dispatch('schools.list', {}).then((r) => (order.push('read'), r));
      expect((await read).ok).toBe(true);
      // The read did not wait behind the held write.
      expect(order).toEqual(['read']);
      expect(ctx.writesHeld).toBe(true);
      expect((await write).ok).toBe(true);
      expect(ctx.writesHeld).toBe(false);
      await ctx.whenSettled();
      expect(ctx.state).toBe('ready');
    } finally {
      await ctx.close();
    }
    expect(schoolsIn(file)).toEqual(['SR 1', 'SR 2']);
  });

  it('is not needed for a new file: writes go at once', async () => {
    const { ctx, call } = await openApp(tempDir());
    expect(ctx.writesHeld).toBe(false);
    await call('schools.create', school(1));
  });
});

describe('backups asked for together', () => {
  it('are made one after another beside the daily one, each complete and checked', async () => {
    const { dataDir } = await folderWithASchool();
    const { ctx, dispatch } = await start(dataDir);
    try {
      const made = await Promise.all([dispatch('backups.create', {}), dispatch('backups.create', {}), dispatch('backups.create', {})]);
      expect(made.map((r) => r.ok)).toEqual([true, true, true]);
      await ctx.whenSettled();
      const kinds = ctx.listBackups().map((b) => b.reason);
      expect(kinds.filter((k) => k === 'manual')).toHaveLength(4);
      expect(kinds.filter((k) => k === 'daily')).toHaveLength(1);
      for (const b of ctx.listBackups()) expect(schoolsIn(path.join(ctx.backupDir, b.name))).toEqual(['SR 1']);
    } finally {
      await ctx.close();
    }
  });
});

describe('a backup of a large file', () => {
  it('is copied and checked in the database thread: app.status answers while the copy is checked', async () => {
    const { ctx, dispatch, dataDir } = await openApp();
    // About 40 MB of pages that do not compress, written straight into the file.
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    db.exec(`CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) INSERT INTO filler SELECT randomblob(4000) FROM n;`);
    db.close();

    const order: string[] = [];
    let done = false;
    const backup = dispatch('backups.create', {}).then((r) => {
      order.push('backup');
      done = true;
      return r;
    });
    // app.status again and again until the backup is done, each time noting the copy as it then stands.
    const seen: number[] = [];
    while (!done) {
      const r = await dispatch('app.status', {});
      expect(r.ok).toBe(true);
      order.push('status');
      const partial = fs.existsSync(ctx.backupDir) ? fs.readdirSync(ctx.backupDir).find((f) => f.endsWith('.partial')) : undefined;
      seen.push(partial ? fs.statSync(path.join(ctx.backupDir, partial)).size : -1);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const made = await backup;
    expect(made.ok).toBe(true);
    const info = (made.ok ? made.value : null) as BackupInfo;
    expect(info.sizeBytes).toBeGreaterThan(40_000_000);
    // The first status answer came before the backup finished...
    expect(order[0]).toBe('status');
    // ...and some came while the whole copy lay there unverified: the check of the copy did not stop the calls.
    expect(seen).toContain(info.sizeBytes);
  });
});

describe('a restore of a large backup', () => {
  it('checks and copies the chosen backup in the database thread: app.status answers before the restore is over', async () => {
    const { ctx, dispatch, dataDir } = await openApp();
    // About 40 MB of pages that do not compress, written straight into the file, and a school; then a backup of it.
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    db.exec(`CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) INSERT INTO filler SELECT randomblob(4000) FROM n;`);
    db.close();
    expect((await dispatch('schools.create', school(1))).ok).toBe(true);
    const made = await dispatch('backups.create', {});
    const backup = (made.ok ? made.value : null) as BackupInfo;
    expect(backup.sizeBytes).toBeGreaterThan(40_000_000);
    expect((await dispatch('schools.create', school(2))).ok).toBe(true);

    // Another program holds the chosen backup's lock: its check waits for the lock, in its own thread.
    const holder = new Database(path.join(ctx.backupDir, backup.name), { fileMustExist: true });
    holder.exec('BEGIN EXCLUSIVE');
    const order: string[] = [];
    const restore = dispatch('backups.restore', { name: backup.name }).then((r) => (order.push('restore'), r));
    let status: CallResult;
    let list: CallResult;
    try {
      // The app answers meanwhile, reads and all...
      status = await dispatch('app.status', {});
      order.push('status');
      list = await dispatch('schools.list', {});
      order.push('list');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(list.ok).toBe(true);
    // ...and the restore, once the backup could be read, checks and copies it and swaps it in.
    const restored = await restore;
    expect(order).toEqual(['status', 'list', 'restore']);
    expect(restored).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(schoolsIn(path.join(dataDir, DATABASE_FILE))).toEqual(['SR 1']);
    // The data as it was just before the restore is kept in a backup of its own.
    const before = ctx.listBackups().filter((b) => b.reason === 'before-restore');
    expect(before).toHaveLength(1);
    expect(schoolsIn(path.join(ctx.backupDir, before[0]?.name ?? ''))).toEqual(['SR 1', 'SR 2']);
    expect(fs.existsSync(`${path.join(dataDir, DATABASE_FILE)}.restoring`)).toBe(false);
  });

  it('asked for twice at once, run one after another: the one asked for last is the data after both', async () => {
    const { ctx, dispatch, dataDir } = await openApp();
    const backupWith = async (n: number) => {
      expect((await dispatch('schools.create', school(n))).ok).toBe(true);
      const made = await dispatch('backups.create', {});
      return ((made.ok ? made.value : null) as BackupInfo).name;
    };
    const one = await backupWith(1);
    const two = await backupWith(2);
    const restored = await Promise.all([dispatch('backups.restore', { name: two }), dispatch('backups.restore', { name: one })]);
    expect(restored.map((r) => r.ok)).toEqual([true, true]);
    expect(schoolsIn(path.join(dataDir, DATABASE_FILE))).toEqual(['SR 1']);
    // Each made its own safety backup of the data it replaced.
    const before = ctx.listBackups().filter((b) => b.reason === 'before-restore');
    expect(before.map((b) => schoolsIn(path.join(ctx.backupDir, b.name)))).toEqual([['SR 1', 'SR 2'], ['SR 1', 'SR 2']]);
  });
});
