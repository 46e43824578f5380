/**
 * Start and backups off the request thread: the file opens after `quick_check`, the full `integrity_check`
 * and the backups run in the database thread, and writes wait for the check (reads do not).
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

/**
 * An index that no longer matches its table: every page reads well, so `quick_check` passes, but
 * `integrity_check` compares the index with its table and finds every row missing from it.
 */
function makeIndexDisagree(file: string): void {
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE scratch (a INTEGER, b INTEGER); CREATE INDEX scratch_a ON scratch (a);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO scratch SELECT i, -i FROM n;`);
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch (b)' WHERE name = 'scratch_a'`).run();
  } finally {
    db.close();
  }
  const check = new Database(file, { readonly: true });
  try {
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    expect(check.pragma('integrity_check', { simple: true })).toMatch(/missing from index scratch_a/);
  } finally {
    check.close();
  }
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
