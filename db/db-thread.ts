/**
 * The main side of the database thread: each job (the full check of the data file, a backup and the check
 * of its copy, a restore's check and copy of the chosen backup) runs in a worker of its own, so the calls
 * the app answers meanwhile never wait for it.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupInfo } from '../shared/domain';
import type { DbJob, DbReply, StageJob } from './db-worker';

/**
 * The worker's bundle: beside the main bundle (dist/node/db-worker.cjs), or where CLUSTER_OFFICE_DB_WORKER
 * points (the tests build it from source). In a packaged app the file is unpacked from the asar archive,
 * which a worker thread cannot read.
 */
export function dbWorkerFile(): string {
  const configured = process.env.CLUSTER_OFFICE_DB_WORKER;
  if (configured) return configured;
  return path.join(__dirname, 'db-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

/** A job that could not be done; `code` is SQLite's (SQLITE_BUSY when another connection held a lock). */
export class DbJobError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DbJobError';
  }
}

export interface DbRun {
  /** The full check's answer: null when sound, else SQLite's words (only for jobs with `check`, and stage jobs). */
  checked: Promise<string | null>;
  /** The backup made (only for jobs with `backup`); rejects when it was not made. */
  backup: Promise<BackupInfo>;
  /** Resolves once the checked file was copied to the stage job's `to`; rejects when it was not. */
  staged: Promise<void>;
  /** Settles when the worker has stopped. */
  finished: Promise<void>;
  /** Stops the worker now (the app closes); what it had not answered fails. */
  stop(): Promise<void>;
}

export function runDbJob(job: DbJob | StageJob): DbRun {
  let answerCheck: (p: string | null) => void = () => undefined;
  let failCheck: (e: Error) => void = () => undefined;
  let answerBackup: (b: BackupInfo) => void = () => undefined;
  let failBackup: (e: Error) => void = () => undefined;
  let answerStaged: () => void = () => undefined;
  let failStaged: (e: Error) => void = () => undefined;
  const checked = new Promise<string | null>((resolve, reject) => ((answerCheck = resolve), (failCheck = reject)));
  const backup = new Promise<BackupInfo>((resolve, reject) => ((answerBackup = resolve), (failBackup = reject)));
  const staged = new Promise<void>((resolve, reject) => ((answerStaged = resolve), (failStaged = reject)));
  // Any may go unasked for: never an unhandled rejection.
  checked.catch(() => undefined);
  backup.catch(() => undefined);
  staged.catch(() => undefined);
  const fail = (err: Error) => {
    failCheck(err);
    failBackup(err);
    failStaged(err);
  };
  let worker: Worker;
  try {
    worker = new Worker(dbWorkerFile(), { workerData: job });
  } catch (err) {
    fail(new DbJobError(err instanceof Error ? err.message : String(err)));
    return { checked, backup, staged, finished: Promise.resolve(), stop: () => Promise.resolve() };
  }
  worker.on('message', (reply: DbReply) => {
    if (reply.type === 'checked') {
      answerCheck(reply.problem);
      if (reply.problem) {
        failBackup(new DbJobError('The data file did not pass its check; no backup was made.'));
        failStaged(new DbJobError('The file did not pass its check; it was not copied.'));
      }
    } else if (reply.type === 'backup') answerBackup(reply.info);
    else if (reply.type === 'staged') answerStaged();
    else fail(new DbJobError(reply.message, reply.code));
  });
  worker.on('error', (err) => fail(new DbJobError(err.message)));
  const finished = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      fail(new DbJobError(`the database thread stopped (${code})`));
      resolve();
    }),
  );
  return {
    checked,
    backup,
    staged,
    finished,
    stop: async () => {
      await worker.terminate();
      await finished;
    },
  };
}
