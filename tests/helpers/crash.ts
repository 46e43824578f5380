/** Child Node processes that die by SIGKILL at a chosen moment, to leave real journals behind. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';

const DRIVER = path.join(process.cwd(), 'node_modules', 'better-sqlite3');

/**
 * Opens `file` in a child process, begins a transaction, runs `statements` (each run once) and `insert`
 * `rows` times with the row number, with a cache so small that the changes spill into the file, then is
 * killed with SIGKILL while the transaction is still open. Resolves once the child is gone.
 */
export async function killInsideTransaction(file: string, job: { statements?: string[]; insert?: string; rows?: number }): Promise<void> {
  const script = `
    const Database = require(${JSON.stringify(DRIVER)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('cache_size = 4');
    db.exec('BEGIN IMMEDIATE');
    for (const s of ${JSON.stringify(job.statements ?? [])}) db.exec(s);
    const insert = ${JSON.stringify(job.insert ?? '')};
    if (insert) { const st = db.prepare(insert); for (let i = 1; i <= ${job.rows ?? 0}; i++) st.run({ i }); }
    process.stdout.write('in-transaction\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('in-transaction')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`The writer ended (${code}) before it was killed: ${err}`)));
  });
  child.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`The writer was not killed: ${signal}`);
}

/** True when SQLite itself (read-only, outside the code under test) says the file has a hot journal to roll back. */
export function hasHotJournal(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (err) {
    return (err as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK';
  } finally {
    db.close();
  }
}

/** Switches a closed database file to rollback-journal mode (DELETE), as an older file or a restored backup is. */
export function useRollbackJournal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
