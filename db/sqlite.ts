import Database from 'better-sqlite3';
import { isWrongAbi, NativeModuleError } from './errors';

/** Opens a better-sqlite3 handle, turning a wrong-ABI native module into a one-line message. */
export function openSqlite(file: string, options?: Database.Options): Database.Database {
  try {
    return new Database(file, options);
  } catch (err) {
    if (isWrongAbi(err)) throw new NativeModuleError(process.versions.electron ? 'electron' : 'node');
    throw err;
  }
}

/** `PRAGMA integrity_check` on an open handle: null when sound, else the first problem. */
export function integrityProblem(db: Database.Database): string | null {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const first = rows[0]?.integrity_check;
    return first === 'ok' ? null : (first ?? 'no answer to integrity_check');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Opens a file read-only and checks it; null when it is a sound SQLite database. */
export function checkFile(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    return integrityProblem(db);
  } catch (err) {
    if (err instanceof Error && err.name === 'NativeModuleError') throw err;
    return err instanceof Error ? err.message : String(err);
  } finally {
    db?.close();
  }
}
