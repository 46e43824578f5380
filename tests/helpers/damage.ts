/** Damage that only the full check sees, made with SQLite itself (no test runner imported here). */
import Database from 'better-sqlite3';

/**
 * An index that no longer matches its table: every page reads well, so `quick_check` passes, but
 * `integrity_check` compares the index with its table and finds every row missing from it. The file must
 * be closed (no app holds it).
 */
export function makeIndexDisagree(file: string): void {
  const db = new Database(file, { fileMustExist: true });
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
    const quick = check.pragma('quick_check', { simple: true });
    const full = String(check.pragma('integrity_check', { simple: true }));
    if (quick !== 'ok' || !/missing from index scratch_a/.test(full)) throw new Error(`The file was not damaged as intended: quick_check ${String(quick)}, integrity_check ${full}`);
  } finally {
    check.close();
  }
}
