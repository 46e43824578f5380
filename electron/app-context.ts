/**
 * Owns the open database for one data folder and its recovery states. Services get `ctx.db()`;
 * while the file is damaged or refused, only the recovery methods answer.
 *
 * Start: the file is looked at with `quick_check`, opened and migrated, and `open()` returns. The full
 * `integrity_check` then runs in the database thread, followed by the daily backup (on the same read
 * snapshot). Writes are held while the check runs: a write waits (reads answer meanwhile) and goes once the
 * check passed, or is refused if it found damage. So no write is ever acknowledged after the check began
 * and then lost with a damaged file: the only changes in the set-aside file are those made before the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely, Migration } from 'kysely';
import { backupDirOf, backupPath, hasDailyBackupOn, listBackups, removePartialBackups } from '../db/backup';
import { runDbJob, type DbRun } from '../db/db-thread';
import type { DbJob } from '../db/db-worker';
import { DamagedDatabaseError, NewerDatabaseError, type DamageKind } from '../db/errors';
import { openDatabase } from '../db/open';
import type { DB } from '../db/schema';
import { openSqlite, removeSidecars, SIDECARS } from '../db/sqlite';
import { formatDateTime, todayLocal, type Language } from '../shared/dates';
import type { Output, ParsedInput } from '../shared/api';
import type { BackupInfo, BackupKind, DatabaseState } from '../shared/domain';
import { AppError, bi } from '../shared/errors';
import { dictionaries, fill } from '../shared/i18n/index';
import { DATABASE_FILE } from './data-dir';
import type { QueryMethod } from './queries/queries';
import { QueryThread } from './queries/query-thread';
import { getLanguage } from './services/cluster/settings';
import { isEmpty } from './services/demo/demo';

export interface AppContextOptions {
  migrations?: Record<string, Migration>;
  appVersion?: string;
  /** How long a write waits for another connection's lock before answering BUSY (ms). */
  busyTimeoutMs?: number;
  /** Told when the background check found the open file damaged (the desktop shows the recovery screen). */
  onDamaged?: () => void;
}

/** The log of what recovery found, in SQLite's own words: for whoever looks after the PC, not the screen. */
export const RECOVERY_LOG = path.join('logs', 'recovery.log');

/** Makes a rename durable: on POSIX the directory entry is only safe once the directory is synced. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export class AppContext {
  readonly databasePath: string;
  readonly backupDir: string;
  state: DatabaseState = 'ready';
  message = '';
  setAsidePath: string | null = null;
  damage: DamageKind | null = null;
  schemaVersion = 0;
  /** The UI language while the file was last open, for messages once it no longer is. */
  lastLanguage: Language | null = null;
  private opened: { db: Kysely<DB>; sqlite: Database.Database } | null = null;
  /** Set while writes wait for the background check; rejects when it found damage. */
  private held: { promise: Promise<void>; release: () => void; refuse: (err: Error) => void } | null = null;
  /** Answers the long read-only calls beside the main thread; started on first use, stopped when the file closes. */
  private queryThread: QueryThread | null = null;
  /** Jobs running in the database thread, stopped when the file closes. */
  private readonly jobs = new Set<DbRun>();
  private background: Promise<void> = Promise.resolve();
  /** Settles when the last backup asked for is over. */
  private backups: Promise<unknown> = Promise.resolve();
  /** Settles when the last restore asked for is over. */
  private restores: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataDir: string,
    readonly options: AppContextOptions = {},
  ) {
    this.databasePath = path.join(dataDir, DATABASE_FILE);
    this.backupDir = backupDirOf(dataDir);
  }

  get appVersion(): string {
    return this.options.appVersion ?? '0.0.0';
  }

  get recoveryLog(): string {
    return path.join(this.dataDir, RECOVERY_LOG);
  }

  /** Opens (creating or migrating) the data file. Damaged and newer files end in a recovery state, not a throw. */
  async open(): Promise<void> {
    fs.mkdirSync(this.dataDir, { recursive: true });
    // Left by a crash mid-restore or mid-backup: copies that never became the data file or a backup.
    this.removeStagedRestore();
    removePartialBackups(this.backupDir);
    try {
      const opened = await openDatabase(this.databasePath, {
        migrations: this.options.migrations,
        backupDir: this.backupDir,
        busyTimeoutMs: this.options.busyTimeoutMs,
        quickCheck: true,
        writeGate: () => this.held?.promise,
      });
      this.opened = { db: opened.db, sqlite: opened.sqlite };
      this.schemaVersion = opened.schemaVersion;
      this.state = 'ready';
      this.message = '';
      this.damage = null;
      if (opened.recovered) this.log(`${this.databasePath}: its -journal or -wal was applied by SQLite's recovery; integrity_check ok.`);
      // An empty database has nothing to protect, and its backup would be offered as if it held records.
      const dailyDue = !hasDailyBackupOn(this.backupDir, todayLocal()) && !(await isEmpty(opened.db));
      this.background = this.inBackground(!opened.fullyChecked, dailyDue).catch((err: unknown) => {
        this.log(`The background check or daily backup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      });
    } catch (err) {
      if (err instanceof NewerDatabaseError) {
        this.state = 'newer';
        this.damage = null;
        this.message = bi(dictionaries.en.data.newer, dictionaries.ms.data.newer);
        this.log(`${this.databasePath}: refused, left untouched. ${err.message}`);
      } else if (err instanceof DamagedDatabaseError) {
        this.setAsidePath = this.setAside();
        this.state = 'damaged';
        this.damage = err.kind;
        this.message = bi(this.describeDamage('en'), this.describeDamage('ms'));
        this.log(`${this.databasePath}: ${err.kind === 'empty' ? 'empty' : 'damaged'}, moved aside unchanged to ${this.setAsidePath}. SQLite said:\n${err.detail}`);
      } else {
        throw err;
      }
    }
  }

  /**
   * The full check (when the open did not run it) and the daily backup, in the database thread. Writes are
   * held from here until the check answers; the backup runs after that, writes going on beside it.
   */
  private async inBackground(check: boolean, dailyDue: boolean): Promise<void> {
    if (!check && !dailyDue) return;
    const job: DbJob = { file: this.databasePath, check, backup: dailyDue ? { dir: this.backupDir, reason: 'daily', now: Date.now() } : undefined };
    if (check) this.holdWrites();
    const run = this.track(runDbJob(job));
    if (dailyDue) this.backups = run.finished;
    if (check) {
      let problem: string | null;
      try {
        problem = await run.checked;
      } catch (err) {
        // The check could not run (the file closed, the thread failed): nothing is known to be wrong.
        if (this.opened) this.log(`${this.databasePath}: the background integrity_check did not run: ${err instanceof Error ? err.message : String(err)}`);
        problem = null;
      }
      if (problem) {
        await this.damagedWhileOpen(problem);
        return;
      }
      this.releaseWrites();
    }
    if (dailyDue) {
      try {
        await run.backup;
      } catch (err) {
        if (this.opened) this.log(`The daily backup was not made: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    await run.finished;
  }

  /** True while writes wait for the background check. */
  get writesHeld(): boolean {
    return this.held !== null;
  }

  /** Resolves once the background check and daily backup of this open are over (tests and benchmarks wait on it). */
  whenSettled(): Promise<void> {
    return this.background;
  }

  private holdWrites(): void {
    let release: () => void = () => undefined;
    let refuse: (err: Error) => void = () => undefined;
    const promise = new Promise<void>((resolve, reject) => ((release = resolve), (refuse = reject)));
    promise.catch(() => undefined);
    this.held = { promise, release, refuse };
  }

  private releaseWrites(): void {
    const held = this.held;
    this.held = null;
    held?.release();
  }

  private track(run: DbRun): DbRun {
    this.jobs.add(run);
    void run.finished.then(() => this.jobs.delete(run));
    return run;
  }

  /**
   * The background check found damage in the open file. In one synchronous step: refuse every write (those
   * waiting too), close the file without a checkpoint (a read-only connection stays open meanwhile, so the
   * closing writer is not the last one and writes nothing into the file), and set it aside unchanged.
   */
  private async damagedWhileOpen(problem: string): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    try {
      this.lastLanguage = await getLanguage(opened.db);
    } catch {
      // The language is only for the messages.
    }
    this.state = 'damaged';
    this.damage = 'unreadable';
    this.message = bi(dictionaries.en.data.damaged, dictionaries.ms.data.damaged);
    this.opened = null;
    let keeper: Database.Database | null = null;
    try {
      keeper = openSqlite(this.databasePath, { readonly: true, fileMustExist: true });
    } catch {
      // Without it the close may checkpoint; the file is still set aside.
    }
    opened.sqlite.close();
    keeper?.close();
    this.setAsidePath = this.setAside();
    this.message = bi(this.describeDamage('en'), this.describeDamage('ms'));
    this.held?.refuse(this.unavailable());
    this.held = null;
    this.log(`${this.databasePath}: damaged (found by the background integrity_check), moved aside unchanged to ${this.setAsidePath}. SQLite said:\n${problem}`);
    await opened.db.destroy().catch(() => undefined);
    this.options.onDamaged?.();
  }

  /** What happened to a damaged file and what the clerk can do, in words. */
  private describeDamage(language: Language): string {
    const d = dictionaries[language].data;
    const newest = this.listBackups()[0];
    return [
      this.damage === 'empty' ? d.empty : d.damaged,
      fill(d.movedAside, { path: this.setAsidePath ?? '' }),
      newest ? fill(d.restoreHint, { date: formatDateTime(newest.createdAt) }) : d.noBackupHint,
      fill(d.logHint, { path: this.recoveryLog }),
    ].join(' ');
  }

  /** Appends to the recovery log and the console; a log that cannot be written must not stop the app. */
  private log(line: string): void {
    const entry = `[${new Date().toISOString()}] ${line}\n`;
    console.error(entry.trimEnd());
    try {
      fs.mkdirSync(path.dirname(this.recoveryLog), { recursive: true });
      fs.appendFileSync(this.recoveryLog, entry);
    } catch (err) {
      console.error(`The recovery log ${this.recoveryLog} could not be written:`, err);
    }
  }

  /** Why the data file cannot be used right now. */
  unavailable(): AppError {
    return new AppError('DATABASE_UNAVAILABLE', this.message || bi('The data file is not open.', 'Fail data tidak dibuka.'));
  }

  db(): Kysely<DB> {
    if (!this.opened) throw this.unavailable();
    return this.opened.db;
  }

  /** A long read-only call (electron/queries/queries.ts), answered in the query thread on its own connection. */
  query<M extends QueryMethod>(method: M, input: ParsedInput<M>): Promise<Output<M>> {
    if (!this.opened) throw this.unavailable();
    this.queryThread ??= new QueryThread(this.databasePath);
    return this.queryThread.run(method, input);
  }

  async close(): Promise<void> {
    const o = this.opened;
    this.opened = null;
    this.held?.refuse(this.unavailable());
    this.held = null;
    // The database and query threads first: their read-only connections must not outlive the writer's checkpoint.
    const queries = this.queryThread;
    this.queryThread = null;
    await Promise.all([...[...this.jobs].map((j) => j.stop()), queries?.stop()]);
    if (o) await o.db.destroy();
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupDir);
  }

  /**
   * A backup made and checked in the database thread: the calls answered meanwhile do not wait for it.
   * Backups are made one after another (each clears the folder of unfinished copies before it starts).
   */
  async backupNow(reason: BackupKind = 'manual'): Promise<BackupInfo> {
    if (!this.opened) throw this.unavailable();
    const after = this.backups;
    const made = after.then(() => {
      if (!this.opened) throw this.unavailable();
      return this.track(runDbJob({ file: this.databasePath, check: false, backup: { dir: this.backupDir, reason, now: Date.now() } })).backup;
    });
    this.backups = made.catch(() => undefined);
    return made;
  }

  /**
   * Replaces the data file with a verified backup; the current file is backed up first. The chosen backup
   * is checked and copied in the database thread, so the calls answered meanwhile do not wait for it.
   * Restores run one after another (each clears the staged copy before it makes its own).
   */
  restore(name: string): Promise<void> {
    const made = this.restores.then(() => this.restoreNow(name));
    this.restores = made.catch(() => undefined);
    return made;
  }

  private async restoreNow(name: string): Promise<void> {
    if (this.state === 'newer') throw new AppError('CONFLICT', this.message);
    const missing = new AppError('NOT_FOUND', bi(`There is no backup named ${name}.`, `Tiada sandaran bernama ${name}.`), 'name');
    let source: string;
    try {
      source = backupPath(this.backupDir, name);
    } catch {
      throw missing;
    }
    if (!fs.existsSync(source)) throw missing;
    // Copy the chosen backup first: the safety backup below prunes the oldest, which may be this one.
    const staged = this.removeStagedRestore();
    const run = this.track(runDbJob({ kind: 'stage', file: source, to: staged }));
    try {
      const problem = await run.checked;
      if (problem) {
        this.log(`${source}: refused for a restore. SQLite said:\n${problem}`);
        throw new AppError('CONFLICT', bi(`The backup ${name} is damaged; choose another.`, `Sandaran ${name} rosak; pilih yang lain.`), 'name');
      }
      await run.staged;
      // The thread has closed both files before the staged copy is used.
      await run.finished;
      if (this.opened) await this.backupNow('before-restore');
    } catch (err) {
      await run.stop();
      this.removeStagedRestore();
      throw err;
    }
    await this.close();
    // The old file's -wal or -journal beside the new file would be applied to it as if it were its own:
    // remove them first, then swap the file in with one rename, so a crash leaves the old or the new file.
    removeSidecars(this.databasePath);
    removeSidecars(staged);
    fs.renameSync(staged, this.databasePath);
    syncDir(this.dataDir);
    this.setAsidePath = null;
    await this.open();
  }

  /** A restore's staged copy left by an interrupted restore is never the data file: remove it and its journal. */
  private removeStagedRestore(): string {
    const staged = `${this.databasePath}.restoring`;
    fs.rmSync(staged, { force: true });
    removeSidecars(staged);
    return staged;
  }

  /** After a damaged file was set aside: begin again with an empty database. */
  async startEmpty(): Promise<void> {
    if (this.state !== 'damaged') throw new AppError('CONFLICT', bi('The data file is in use; restore a backup instead.', 'Fail data sedang digunakan; pulihkan sandaran sebagai gantinya.'));
    this.setAsidePath = null;
    await this.open();
  }

  /** Moves a damaged file with its -wal, -shm and -journal into damaged/<time>/ without changing a byte. */
  private setAside(): string {
    const base = path.join(this.dataDir, 'damaged', new Date().toISOString().replace(/[:.]/g, '-'));
    let dir = base;
    for (let i = 1; fs.existsSync(dir); i++) dir = `${base}-${i}`;
    fs.mkdirSync(dir, { recursive: true });
    for (const suffix of ['', ...SIDECARS]) {
      const from = this.databasePath + suffix;
      if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, DATABASE_FILE + suffix));
    }
    syncDir(this.dataDir);
    return path.join(dir, DATABASE_FILE);
  }
}
