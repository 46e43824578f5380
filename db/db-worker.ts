/**
 * The database thread: one job per worker, on a read-only connection of its own. It holds one read
 * transaction for the whole job, so the full `integrity_check` and the backup copy see the same moment of
 * the file, whatever the app writes meanwhile. Bundled on its own (scripts/build-node.mjs) and run by
 * db/db-thread.ts. Two kinds of job: the check and backups of the data file (`DbJob`), and a restore's
 * check and copy of the chosen backup (`StageJob`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BackupInfo, BackupKind } from '../shared/domain';
import { createBackup } from './backup';
import { errorText, integrityProblem, isBusyError, openSqlite } from './sqlite';

export interface DbJob {
  file: string;
  /** Run the full integrity_check first (and answer `checked`); a backup follows only when it passed. */
  check: boolean;
  backup?: { dir: string; reason: BackupKind; now: number };
}

/**
 * A restore's first step: the chosen backup gets the full integrity_check and, only when it passes, is
 * copied to `to` (the staged copy that the restore then renames over the data file).
 */
export interface StageJob {
  kind: 'stage';
  file: string;
  to: string;
}

export type DbReply =
  | { type: 'checked'; problem: string | null }
  | { type: 'backup'; info: BackupInfo }
  | { type: 'staged' }
  | { type: 'failed'; message: string; code?: string };

const codeOf = (err: unknown) => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
const post = (reply: DbReply) => parentPort?.postMessage(reply);

async function run(job: DbJob): Promise<void> {
  let source;
  try {
    source = openSqlite(job.file, { readonly: true, fileMustExist: true });
  } catch (err) {
    // A file that cannot even be opened is damaged (the check says so); anything else is a failed job.
    if (job.check && !isBusyError(err) && !(err instanceof Error && err.name === 'NativeModuleError')) post({ type: 'checked', problem: errorText(err) });
    else post({ type: 'failed', message: errorText(err), code: codeOf(err) });
    return;
  }
  try {
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_master').get();
    if (job.check) {
      const problem = integrityProblem(source);
      post({ type: 'checked', problem });
      if (problem) return;
    }
    if (job.backup) post({ type: 'backup', info: await createBackup(source, job.backup.dir, job.backup.reason, new Date(job.backup.now)) });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err), code: codeOf(err) });
  } finally {
    if (source.inTransaction) source.exec('COMMIT');
    source.close();
  }
}

/** Checks the chosen backup as `checkFile` does, then copies it, both on one read snapshot of it. */
async function stage(job: StageJob): Promise<void> {
  let source;
  try {
    source = openSqlite(job.file, { readonly: true, fileMustExist: true });
  } catch (err) {
    // A backup that cannot even be opened is damaged; a lock or the wrong native module is a failed job.
    if (!isBusyError(err) && !(err instanceof Error && err.name === 'NativeModuleError')) post({ type: 'checked', problem: errorText(err) });
    else post({ type: 'failed', message: errorText(err), code: codeOf(err) });
    return;
  }
  try {
    source.exec('BEGIN');
    // Any error reading it (not a database, malformed) is its problem; only a lock is thrown.
    const problem = integrityProblem(source);
    post({ type: 'checked', problem });
    if (problem) return;
    // All pages in one step: in this thread nothing waits on it.
    await source.backup(job.to, { progress: () => 0x7fffffff });
    post({ type: 'staged' });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err), code: codeOf(err) });
  } finally {
    try {
      if (source.inTransaction) source.exec('COMMIT');
    } finally {
      source.close();
    }
  }
}

const job = workerData as DbJob | StageJob;
void ('kind' in job && job.kind === 'stage' ? stage(job) : run(job as DbJob));
