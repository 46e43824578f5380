import fs from 'node:fs';
import Database from 'better-sqlite3';
import { isWrongAbi, NativeModuleError } from './errors';

/**
 * The files SQLite keeps beside a database. They belong to it: a hot `-journal` or a `-wal` holds changes
 * the file alone does not, so they move, get copied and get removed together with it.
 */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** A journal or WAL with content: the file needs a writer to be read as it really is. */
export function hasPendingJournal(file: string): boolean {
  return ['-journal', '-wal'].some((suffix) => {
    try {
      return fs.statSync(file + suffix).size > 0;
    } catch {
      return false;
    }
  });
}

/** Removes a database file's sidecars (the file itself stays). */
export function removeSidecars(file: string): void {
  for (const suffix of SIDECARS) fs.rmSync(file + suffix, { force: true });
}

/** Opens a better-sqlite3 handle, turning a wrong-ABI native module into a one-line message. */
export function openSqlite(file: string, options?: Database.Options): Database.Database {
  try {
    return new Database(file, options);
  } catch (err) {
    if (isWrongAbi(err)) throw new NativeModuleError(process.versions.electron ? 'electron' : 'node');
    throw err;
  }
}

/** Another connection holds a lock (every SQLITE_BUSY* and SQLITE_LOCKED* code): not damage, try again later. */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * SQLite's two checks: `integrity_check` reads every page and compares every index with its table;
 * `quick_check` skips the comparison of indexes with their tables, and takes a fraction of the time.
 */
export type CheckPragma = 'integrity_check' | 'quick_check';

/** `PRAGMA integrity_check` (or `quick_check`) on an open handle: null when sound, else SQLite's whole answer. */
export function integrityProblem(db: Database.Database, pragma: CheckPragma = 'integrity_check'): string | null {
  try {
    const rows = db.pragma(pragma, { simple: false }) as Record<string, string>[];
    const lines = rows.map((r) => String(Object.values(r)[0]));
    if (lines.length === 1 && lines[0] === 'ok') return null;
    return lines.length === 0 ? `no answer to ${pragma}` : lines.join('\n');
  } catch (err) {
    if (isBusyError(err)) throw err;
    return errorText(err);
  }
}

/** An SQLite error as one line for the log: its code and its message. */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
}

/** Opens a file read-only and checks it; null when it is a sound SQLite database. */
export function checkFile(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    return integrityProblem(db);
  } catch (err) {
    if ((err instanceof Error && err.name === 'NativeModuleError') || isBusyError(err)) throw err;
    return errorText(err);
  } finally {
    db?.close();
  }
}
