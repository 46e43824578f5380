/**
 * Opening the data file: look at it read-only first (damaged or newer files are left untouched); a hot
 * rollback journal or a WAL that needs a writer is recovered on a copy first and then by a normal open.
 * Back it up before migrating, then migrate one step at a time, each migration and its version record in one
 * transaction. Every write transaction begins IMMEDIATE.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { Kysely, Migrator, sql, type Migration } from 'kysely';
import { backupDirOf, createBackup, listBackups } from './backup';
import { AppSqliteDialect, type WriteGate } from './driver';
import { DamagedDatabaseError, NewerDatabaseError } from './errors';
import { migrations as defaultMigrations } from './migrations/index';
import type { DB } from './schema';
import { errorText, hasPendingJournal, integrityProblem, isBusyError, openSqlite, type CheckPragma } from './sqlite';

export const MIGRATION_TABLE = 'kysely_migration';
/** How long a statement waits for another connection's lock before it answers busy. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  migrations?: Record<string, Migration>;
  /** Folder for the pre-migration backup; none is taken when omitted. Its backups also make a 0-byte file damaged. */
  backupDir?: string;
  busyTimeoutMs?: number;
  /**
   * `quick_check` looks at an existing file before it is opened instead of the full `integrity_check`, which
   * the caller then runs in the background (`fullyChecked` says when it still must). A file recovered from
   * its journal or WAL always gets the full check.
   */
  quickCheck?: boolean;
  /** What every write passes first (see db/driver.ts). */
  writeGate?: WriteGate;
}

export interface OpenedDatabase {
  db: Kysely<DB>;
  sqlite: Database.Database;
  file: string;
  schemaVersion: number;
  migrated: string[];
  /** True when a hot journal or WAL was rolled back or forward at this open. */
  recovered: boolean;
  /** False when only `quick_check` looked at the file: its full `integrity_check` is still to run. */
  fullyChecked: boolean;
}

function appliedMigrations(sqlite: Database.Database): string[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE);
  if (!table) return [];
  return (sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
}

const passThrough = (err: unknown) =>
  err instanceof NewerDatabaseError || (err instanceof Error && err.name === 'NativeModuleError') || isBusyError(err);

/** Opens `file` with `options`, checks it, and refuses damaged and newer files; returns the applied migrations. */
function check(file: string, options: Database.Options, known: string[], pragma: CheckPragma = 'integrity_check'): string[] {
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file, { ...options, fileMustExist: true });
  } catch (err) {
    if (passThrough(err)) throw err;
    throw new DamagedDatabaseError(errorText(err));
  }
  try {
    const problem = integrityProblem(sqlite, pragma);
    if (problem) throw new DamagedDatabaseError(problem);
    const applied = appliedMigrations(sqlite);
    const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0 || userVersion > known.length) {
      throw new NewerDatabaseError(Math.max(userVersion, applied.length), known.length);
    }
    return applied;
  } catch (err) {
    if (err instanceof DamagedDatabaseError || passThrough(err)) throw err;
    throw new DamagedDatabaseError(errorText(err));
  } finally {
    sqlite.close();
  }
}

/**
 * A hot rollback journal or a WAL holds the truth about the file, and only a read-write open applies it
 * (a reader cannot roll a hot journal back, and even rewrites the WAL's -shm index). Apply it to a copy first:
 * when the copy is still damaged, or is from a newer version, the file and its sidecars stay exactly as found.
 */
function checkRecoveredCopy(file: string, known: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-recovery-'));
  try {
    const copy = path.join(dir, path.basename(file));
    fs.copyFileSync(file, copy);
    // -shm is only an index of the WAL, rebuilt from it; a stale copy of it could only mislead.
    for (const suffix of ['-journal', '-wal']) if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix);
    return check(copy, {}, known);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Looks at an existing file without writing to it or its sidecars; refuses damaged and newer files. */
function inspect(file: string, known: string[], pragma: CheckPragma): { applied: string[]; recovered: boolean } {
  if (hasPendingJournal(file)) return { applied: checkRecoveredCopy(file, known), recovered: true };
  return { applied: check(file, { readonly: true }, known, pragma), recovered: false };
}

/** Size of a file, or -1 when there is none. */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return -1;
  }
}

/**
 * A 0-byte file is a new database, unless backups show there was data (it was emptied, not created), or a
 * WAL beside it holds pages that SQLite would drop silently on opening it.
 */
function checkEmpty(file: string, backupDir: string | undefined): void {
  if (sizeOf(`${file}-wal`) > 0) throw new DamagedDatabaseError(`The file is 0 bytes long but its -wal holds ${sizeOf(`${file}-wal`)} bytes.`);
  if (backupDir && listBackups(backupDir).length > 0) throw new DamagedDatabaseError('The file is 0 bytes long and backups exist.', 'empty');
}

/** Wraps each migration so its schema version is written in the same transaction. */
function versioned(all: Record<string, Migration>): Record<string, Migration> {
  const names = Object.keys(all).sort();
  return Object.fromEntries(
    names.map((name, i) => {
      const m = all[name] as Migration;
      const step: Migration = {
        async up(db) {
          await m.up(db);
          await sql.raw(`PRAGMA user_version = ${i + 1}`).execute(db);
        },
      };
      return [name, step];
    }),
  );
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const all = options.migrations ?? defaultMigrations;
  const known = Object.keys(all).sort();
  const size = sizeOf(file);
  if (size === 0) checkEmpty(file, options.backupDir);
  const existing = size > 0;
  const pragma: CheckPragma = options.quickCheck ? 'quick_check' : 'integrity_check';
  const { applied, recovered } = existing ? inspect(file, known, pragma) : { applied: [], recovered: false };
  const fullyChecked = !existing || recovered || pragma === 'integrity_check';
  const pending = known.filter((n) => !applied.includes(n));

  const sqlite = openSqlite(file);
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    // The first read rolls a hot journal back (or a WAL forward); check what it left.
    if (recovered) {
      const problem = integrityProblem(sqlite);
      if (problem) throw new DamagedDatabaseError(problem);
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    if (existing && pending.length > 0 && options.backupDir) {
      await createBackup(sqlite, options.backupDir, 'before-update');
    }

    const db = new Kysely<DB>({ dialect: new AppSqliteDialect(sqlite, options.writeGate) });
    const migrator = new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(versioned(all)) },
      migrationTableName: MIGRATION_TABLE,
    });
    const migrated: string[] = [];
    for (let i = 0; i < pending.length; i++) {
      const { error, results } = await migrator.migrateUp();
      if (error) {
        await db.destroy();
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? pending[i];
        throw new Error(`Updating the data file failed at step ${failed}; the file was left as it was. ${error instanceof Error ? error.message : JSON.stringify(error)}`);
      }
      for (const r of results ?? []) if (r.status === 'Success') migrated.push(r.migrationName);
    }
    return { db, sqlite, file, schemaVersion: known.length, migrated, recovered, fullyChecked };
  } catch (err) {
    if (sqlite.open) sqlite.close();
    throw err;
  }
}

export { backupDirOf };
