import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backup';
import { DamagedDatabaseError, NewerDatabaseError } from '../../db/errors';
import { migrations } from '../../db/migrations/index';
import { MIGRATION_TABLE, openDatabase, type OpenedDatabase } from '../../db/open';
import { sha256 } from '../helpers/api';
import { tempDir } from '../helpers/tmp';

const opened: OpenedDatabase[] = [];
async function open(file: string, options?: Parameters<typeof openDatabase>[1]) {
  const o = await openDatabase(file, options);
  opened.push(o);
  return o;
}
async function closeAll() {
  for (const o of opened.splice(0)) if (o.sqlite.open) await o.db.destroy();
}
afterEach(closeAll);

/** A plain look at a file, outside the code under test. */
function look(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schema = db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const applied = (db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    return { schema, userVersion, applied };
  } finally {
    db.close();
  }
}

const names = Object.keys(migrations).sort();

/** The shipped migrations plus one more that adds a table. */
const withExtra: Record<string, Migration> = {
  ...migrations,
  '9999_extra': {
    up: async (db) => {
      await sql`CREATE TABLE extra (id INTEGER PRIMARY KEY)`.execute(db);
    },
  },
};

describe('openDatabase on a new file', () => {
  it('creates every table, records each migration and sets user_version', async () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const o = await open(file);
    expect(o.migrated).toEqual(names);
    expect(o.schemaVersion).toBe(names.length);
    const tables = (o.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['schools', 'people', 'cluster_profile', 'settings', MIGRATION_TABLE]));
    expect(o.sqlite.pragma('user_version', { simple: true })).toBe(names.length);
    const rows = o.sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(names);
    // The single profile row exists from the start.
    expect(o.sqlite.prepare('SELECT count(*) AS n FROM cluster_profile').get()).toEqual({ n: 1 });
  });

  it('runs with WAL, synchronous FULL and foreign keys on', async () => {
    const o = await open(path.join(tempDir(), 'p.sqlite'));
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Foreign keys are really enforced, not just reported.
    expect(() => o.sqlite.prepare(`INSERT INTO people (name, school_id) VALUES ('X', 999)`).run()).toThrow(/FOREIGN KEY/);
  });

  it('opens an up-to-date file again without migrating or backing up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'again.sqlite');
    await open(file);
    await closeAll();
    const o = await open(file, { backupDir: path.join(dir, 'backups') });
    expect(o.migrated).toEqual([]);
    expect(listBackups(path.join(dir, 'backups'))).toEqual([]);
  });
});

describe('a migration that fails', () => {
  it('leaves the file as it was and says so', async () => {
    const file = path.join(tempDir(), 'broken.sqlite');
    await open(file);
    await closeAll();
    const before = look(file);
    expect(before.userVersion).toBe(names.length);

    const broken: Record<string, Migration> = {
      ...migrations,
      '9999_broken': {
        up: async (db) => {
          await sql`CREATE TABLE half_done (id INTEGER PRIMARY KEY)`.execute(db);
          await sql`INSERT INTO settings (key, value) VALUES ('half', 'done')`.execute(db);
          throw new Error('step two went wrong');
        },
      },
    };
    const attempt = openDatabase(file, { migrations: broken });
    await expect(attempt).rejects.toThrow(/9999_broken.*left as it was.*step two went wrong/);

    const after = look(file);
    expect(after.schema).toEqual(before.schema);
    expect(after.userVersion).toBe(names.length);
    expect(after.applied).toEqual(names);
    expect(after.schema.some((r) => (r as { name: string }).name === 'half_done')).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'half'`).get()).toEqual({ n: 0 });
    db.close();

    // The file still opens normally with the shipped migrations.
    const o = await open(file);
    expect(o.migrated).toEqual([]);
  });
});

describe('a file written by a newer version', () => {
  async function currentFile() {
    const dir = tempDir();
    const file = path.join(dir, 'newer.sqlite');
    await open(file);
    await closeAll();
    return { dir, file };
  }

  it('is refused untouched when its user_version is ahead', async () => {
    const { dir, file } = await currentFile();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const hash = sha256(file);
    const filesBefore = fs.readdirSync(dir).sort();

    const attempt = openDatabase(file, { backupDir: path.join(dir, 'backups') });
    await expect(attempt).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openDatabase(file)).rejects.toThrow(/newer version.*has not been changed/);
    expect(sha256(file)).toBe(hash);
    expect(look(file).userVersion).toBe(99);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    // A read-only look at a WAL file may leave empty -wal/-shm beside it; nothing else appears.
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith('-shm') && !f.endsWith('-wal')).sort()).toEqual(filesBefore);
  });

  it('is refused untouched when it records a migration this version does not know', async () => {
    const { file } = await currentFile();
    const db = new Database(file);
    db.prepare(`INSERT INTO ${MIGRATION_TABLE} (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00.000Z')`).run();
    db.close();
    const hash = sha256(file);
    const err: unknown = await openDatabase(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewerDatabaseError);
    expect((err as NewerDatabaseError).appVersion).toBe(names.length);
    expect(sha256(file)).toBe(hash);
  });
});

describe('a damaged file', () => {
  it('is refused untouched with DamagedDatabaseError', async () => {
    const file = path.join(tempDir(), 'garbage.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 'not a database '));
    const hash = sha256(file);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DamagedDatabaseError);
    expect(sha256(file)).toBe(hash);
  });
});

describe('pending migrations on an existing file', () => {
  it('take a verified backup of the file as it was before updating', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    const backups = path.join(dir, 'backups');
    const first = await open(file, { backupDir: backups });
    first.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('marker', 'kept')`).run();
    await closeAll();
    expect(listBackups(backups)).toEqual([]); // a new file has nothing to back up

    const o = await open(file, { migrations: withExtra, backupDir: backups });
    expect(o.migrated).toEqual(['9999_extra']);
    expect(o.sqlite.pragma('user_version', { simple: true })).toBe(names.length + 1);

    const list = listBackups(backups);
    expect(list).toHaveLength(1);
    expect(list[0]?.reason).toBe('before-update');
    const copy = look(path.join(backups, list[0]?.name ?? ''));
    expect(copy.userVersion).toBe(names.length);
    expect(copy.applied).toEqual(names);
    expect(copy.schema.some((r) => (r as { name: string }).name === 'extra')).toBe(false);
    const db = new Database(path.join(backups, list[0]?.name ?? ''), { readonly: true });
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'marker'`).get()).toEqual({ value: 'kept' });
    db.close();
  });
});

describe('a file from the first version (schools only)', () => {
  it('gains the plan tables and keeps its schools', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.sqlite');
    const v1 = await open(file, { migrations: { '0001_init': migrations['0001_init'] as Migration } });
    v1.sqlite.prepare(`INSERT INTO schools (number, name, abbreviation, level) VALUES (1, 'Sekolah Rendah Alpha', 'SR A', 'primary')`).run();
    await closeAll();
    expect(look(file).userVersion).toBe(1);

    const o = await open(file, { backupDir: path.join(dir, 'backups') });
    expect(o.migrated).toEqual(names.slice(1));
    expect(o.sqlite.prepare('SELECT name FROM schools').all()).toEqual([{ name: 'Sekolah Rendah Alpha' }]);
    o.sqlite.prepare(`INSERT INTO plan_years (year, window_start, window_months) VALUES (2024, '2024-01', 13)`).run();
    o.sqlite.prepare(`INSERT INTO initiatives (id, year, code, colour) VALUES (1, 2024, 'EPIC', '#2f6fb3')`).run();
    o.sqlite.prepare(`INSERT INTO lanes (id, initiative_id) VALUES (1, 1)`).run();
    // The file itself refuses a bar that ends before it starts.
    expect(() => o.sqlite.prepare(`INSERT INTO phases (lane_id, name, start_month, end_month) VALUES (1, 'x', '2024-05', '2024-04')`).run()).toThrow(/CHECK constraint/);
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['before-update']);
  });
});
