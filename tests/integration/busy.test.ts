import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../electron/app-context';
import { DATABASE_FILE } from '../../electron/data-dir';
import { createDispatch, toApiError } from '../../electron/dispatch';
import type { CallResult } from '../../shared/bridge';
import { tempDir } from '../helpers/tmp';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

/** An app whose writes wait only `busyTimeoutMs` for a lock, and a second connection to the same file. */
async function appWithSecondConnection(busyTimeoutMs = 50) {
  const dataDir = tempDir();
  const ctx = new AppContext(dataDir, { appVersion: 'test', busyTimeoutMs });
  await ctx.open();
  open.push(ctx);
  const dispatch = createDispatch(ctx);
  const other = new Database(path.join(dataDir, DATABASE_FILE));
  other.pragma('busy_timeout = 0');
  open.push(other);
  return { ctx, dispatch, other, file: path.join(dataDir, DATABASE_FILE) };
}

const school = (n: number) => ({ name: `Sekolah Rendah ${n}`, abbreviation: `SR ${n}`, level: 'primary' });
const countSchools = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM schools').get() as { n: number }).n;
const error = (r: CallResult) => (r.ok ? null : r.error);

describe('a write while another connection holds the write lock', () => {
  it('answers BUSY in the UI language, saves nothing, and works once the lock is gone', async () => {
    const { dispatch, other } = await appWithSecondConnection();
    other.exec('BEGIN EXCLUSIVE');
    expect(error(await dispatch('schools.create', school(1)))).toEqual({ code: 'BUSY', message: 'Data sedang digunakan; tiada apa disimpan. Cuba lagi.' });
    other.exec('ROLLBACK');

    expect((await dispatch('settings.setLanguage', { language: 'en' })).ok).toBe(true);
    other.exec('BEGIN EXCLUSIVE');
    expect(error(await dispatch('schools.create', school(1)))).toEqual({ code: 'BUSY', message: 'The data is busy; nothing was saved. Try again.' });
    // Reads still answer meanwhile (WAL), and show nothing of the refused write.
    const list = await dispatch('schools.list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(0);
    other.exec('ROLLBACK');

    expect((await dispatch('schools.create', school(1))).ok).toBe(true);
    expect(countSchools(other)).toBe(1);
  });

  it('fails at BEGIN: the transaction body never runs', async () => {
    const { ctx, other } = await appWithSecondConnection();
    other.exec('BEGIN EXCLUSIVE');
    let ran = false;
    const attempt = ctx.db().transaction().execute(async (trx) => {
      ran = true;
      await sql`INSERT INTO settings (key, value) VALUES ('k', 'v')`.execute(trx);
    });
    await expect(attempt).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(ran).toBe(false);
    other.exec('ROLLBACK');
  });

  it('holds the write lock from BEGIN, so a read-then-write transaction cannot meet SQLITE_BUSY_SNAPSHOT', async () => {
    const { ctx, other } = await appWithSecondConnection();
    const otherWrite = other.prepare(`INSERT INTO settings (key, value) VALUES ('other', 'x')`);
    await ctx.db().transaction().execute(async (trx) => {
      await sql`SELECT count(*) FROM schools`.execute(trx);
      // With a deferred BEGIN this write would succeed and ours below would fail with SQLITE_BUSY_SNAPSHOT.
      expect(() => otherWrite.run()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      await sql`INSERT INTO settings (key, value) VALUES ('ours', 'y')`.execute(trx);
    });
    expect(other.prepare(`SELECT key FROM settings WHERE key IN ('ours', 'other')`).all()).toEqual([{ key: 'ours' }]);
  });

  it('waits for a lock that is released within the busy timeout, then saves', async () => {
    const { dispatch, other, file } = await appWithSecondConnection(5000);
    // Another process holds the write lock for 1.5 s.
    const script = `
      const Database = require(${JSON.stringify(path.join(process.cwd(), 'node_modules', 'better-sqlite3'))});
      const db = new Database(${JSON.stringify(file)});
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
    // The lock is held as the write starts...
    expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    // ...and the write waits for it instead of failing.
    expect((await dispatch('schools.create', school(1))).ok).toBe(true);
    expect(countSchools(other)).toBe(1);
    await exited;
  });
});

describe('every SQLITE_BUSY and SQLITE_LOCKED variant', () => {
  /** A real SQLITE_BUSY_SNAPSHOT: a deferred transaction reads, another connection writes, then it writes. */
  function busySnapshot(): unknown {
    const dir = tempDir();
    const file = path.join(dir, 'snap.sqlite');
    const a = new Database(file);
    a.pragma('journal_mode = WAL');
    a.exec('CREATE TABLE t (x)');
    const b = new Database(file);
    try {
      a.exec('BEGIN');
      a.prepare('SELECT count(*) FROM t').get();
      b.exec('INSERT INTO t VALUES (1)');
      a.exec('INSERT INTO t VALUES (2)');
      return null;
    } catch (err) {
      return err;
    } finally {
      if (a.inTransaction) a.exec('ROLLBACK');
      a.close();
      b.close();
    }
  }
  /** Codes SQLite gives only under timing (or, for LOCKED, statement overlap the driver forbids) that a test cannot arrange; the driver's own error class carries them. */
  function sqliteError(code: string): unknown {
    const SqliteError = (Database as unknown as { SqliteError: new (message: string, code: string) => Error }).SqliteError;
    return new SqliteError('database is locked', code);
  }

  it('is BUSY with the bilingual message, never INTERNAL', () => {
    const errors = [busySnapshot(), ...['SQLITE_LOCKED', 'SQLITE_BUSY', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED_SHAREDCACHE'].map(sqliteError)];
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual([
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_LOCKED',
      'SQLITE_BUSY',
      'SQLITE_BUSY_RECOVERY',
      'SQLITE_BUSY_TIMEOUT',
      'SQLITE_LOCKED_SHAREDCACHE',
    ]);
    for (const e of errors) {
      expect(toApiError(e)).toEqual({ code: 'BUSY', message: 'The data is busy; nothing was saved. Try again.\u001fData sedang digunakan; tiada apa disimpan. Cuba lagi.' });
    }
  });
});
