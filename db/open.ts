/**
 * Opening the data file: check it read-only first (damaged or newer files are left untouched), back it up
 * before migrating, then migrate one step at a time, each migration and its version record in one transaction.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, sql, type DialectAdapter, type Migration } from 'kysely';
import { backupDirOf, createBackup } from './backup';
import { DamagedDatabaseError, NewerDatabaseError } from './errors';
import { migrations as defaultMigrations } from './migrations/index';
import type { DB } from './schema';
import { integrityProblem, openSqlite } from './sqlite';

export const MIGRATION_TABLE = 'kysely_migration';

/** Kysely treats SQLite DDL as non-transactional; SQLite DDL is transactional, so say so. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export interface OpenOptions {
  migrations?: Record<string, Migration>;
  /** Folder for the pre-migration backup; none is taken when omitted. */
  backupDir?: string;
}

export interface OpenedDatabase {
  db: Kysely<DB>;
  sqlite: Database.Database;
  file: string;
  schemaVersion: number;
  migrated: string[];
}

function appliedMigrations(sqlite: Database.Database): string[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE);
  if (!table) return [];
  return (sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
}

/** Read-only look at an existing file: refuses damaged and newer files without writing to them. */
function inspect(file: string, known: string[]): { applied: string[] } {
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    if (err instanceof Error && err.name === 'NativeModuleError') throw err;
    throw new DamagedDatabaseError(err instanceof Error ? err.message : String(err));
  }
  try {
    const problem = integrityProblem(sqlite);
    if (problem) throw new DamagedDatabaseError(problem);
    const applied = appliedMigrations(sqlite);
    const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0 || userVersion > known.length) {
      throw new NewerDatabaseError(Math.max(userVersion, applied.length), known.length);
    }
    return { applied };
  } finally {
    sqlite.close();
  }
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
  const existing = fs.existsSync(file) && fs.statSync(file).size > 0;
  const applied = existing ? inspect(file, known).applied : [];
  const pending = known.filter((n) => !applied.includes(n));

  const sqlite = openSqlite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    if (existing && pending.length > 0 && options.backupDir) {
      await createBackup(sqlite, options.backupDir, 'before-update');
    }

    const db = new Kysely<DB>({ dialect: new TransactionalSqliteDialect({ database: sqlite }) });
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
    return { db, sqlite, file, schemaVersion: known.length, migrated };
  } catch (err) {
    if (sqlite.open) sqlite.close();
    throw err;
  }
}

export { backupDirOf };
