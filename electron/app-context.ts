/**
 * Owns the open database for one data folder and its recovery states. Services get `ctx.db()`;
 * while the file is damaged or refused, only the recovery methods answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely, Migration } from 'kysely';
import { backupDirOf, backupPath, createBackup, hasBackupOn, listBackups } from '../db/backup';
import { DamagedDatabaseError, NewerDatabaseError } from '../db/errors';
import { openDatabase } from '../db/open';
import type { DB } from '../db/schema';
import { checkFile, openSqlite } from '../db/sqlite';
import { todayLocal } from '../shared/dates';
import type { BackupInfo, DatabaseState } from '../shared/domain';
import { AppError, bi } from '../shared/errors';
import { DATABASE_FILE } from './data-dir';
import { isEmpty } from './services/demo/demo';

export interface AppContextOptions {
  migrations?: Record<string, Migration>;
  appVersion?: string;
}

export class AppContext {
  readonly databasePath: string;
  readonly backupDir: string;
  state: DatabaseState = 'ready';
  message = '';
  setAsidePath: string | null = null;
  schemaVersion = 0;
  private opened: { db: Kysely<DB>; sqlite: Database.Database } | null = null;

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

  /** Opens (creating or migrating) the data file. Damaged and newer files end in a recovery state, not a throw. */
  async open(): Promise<void> {
    fs.mkdirSync(this.dataDir, { recursive: true });
    try {
      const opened = await openDatabase(this.databasePath, { migrations: this.options.migrations, backupDir: this.backupDir });
      this.opened = { db: opened.db, sqlite: opened.sqlite };
      this.schemaVersion = opened.schemaVersion;
      this.state = 'ready';
      this.message = '';
      // An empty database has nothing to protect, and its backup would be offered as if it held records.
      if (!hasBackupOn(this.backupDir, todayLocal()) && !(await isEmpty(opened.db))) await createBackup(opened.sqlite, this.backupDir, 'daily');
    } catch (err) {
      if (err instanceof NewerDatabaseError) {
        this.state = 'newer';
        this.message = err.message;
      } else if (err instanceof DamagedDatabaseError) {
        this.setAsidePath = this.setAside();
        this.state = 'damaged';
        this.message = `${err.message} It was moved aside unchanged to ${this.setAsidePath}.`;
      } else {
        throw err;
      }
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

  async close(): Promise<void> {
    const o = this.opened;
    this.opened = null;
    if (o) await o.db.destroy();
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupDir);
  }

  async backupNow(reason = 'manual'): Promise<BackupInfo> {
    if (!this.opened) throw this.unavailable();
    return createBackup(this.opened.sqlite, this.backupDir, reason);
  }

  /** Replaces the data file with a verified backup; the current file is backed up first. */
  async restore(name: string): Promise<void> {
    if (this.state === 'newer') throw new AppError('CONFLICT', this.message);
    let source: string;
    try {
      source = backupPath(this.backupDir, name);
    } catch {
      throw new AppError('NOT_FOUND', bi(`There is no backup named ${name}.`, `Tiada sandaran bernama ${name}.`), 'name');
    }
    if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', bi(`There is no backup named ${name}.`, `Tiada sandaran bernama ${name}.`), 'name');
    const problem = checkFile(source);
    if (problem) throw new AppError('CONFLICT', bi(`The backup ${name} is damaged (${problem}); choose another.`, `Sandaran ${name} rosak (${problem}); pilih yang lain.`), 'name');
    // Copy the chosen backup first: the safety backup below prunes the oldest, which may be this one.
    const staged = `${this.databasePath}.restoring`;
    fs.rmSync(staged, { force: true });
    try {
      const src = openSqlite(source, { readonly: true, fileMustExist: true });
      try {
        await src.backup(staged);
      } finally {
        src.close();
      }
      if (this.opened) await this.backupNow('before-restore');
    } catch (err) {
      fs.rmSync(staged, { force: true });
      throw err;
    }
    await this.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(this.databasePath + suffix, { force: true });
    fs.renameSync(staged, this.databasePath);
    this.setAsidePath = null;
    await this.open();
  }

  /** After a damaged file was set aside: begin again with an empty database. */
  async startEmpty(): Promise<void> {
    if (this.state !== 'damaged') throw new AppError('CONFLICT', bi('The data file is in use; restore a backup instead.', 'Fail data sedang digunakan; pulihkan sandaran sebagai gantinya.'));
    this.setAsidePath = null;
    await this.open();
  }

  /** Moves a damaged file (and its journal files) into damaged/<time>/ without changing a byte. */
  private setAside(): string {
    const dir = path.join(this.dataDir, 'damaged', new Date().toISOString().replace(/[:.]/g, '-'));
    fs.mkdirSync(dir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      const from = this.databasePath + suffix;
      if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, DATABASE_FILE + suffix));
    }
    return path.join(dir, DATABASE_FILE);
  }
}
