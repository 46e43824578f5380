/**
 * Backups use SQLite's online backup API (never a file copy of a live database) and only count once the
 * copy has been opened and passed integrity_check. Each kind keeps its own newest KEEP_BACKUPS[kind], so no
 * number of manual backups or restores pushes out the daily or before-update ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../shared/domain';
import { integrityProblem, openSqlite, removeSidecars } from './sqlite';

/** How many of each kind are kept: two weeks of daily ones, and 14 of each of the others. */
export const KEEP_BACKUPS: Record<BackupKind, number> = { daily: 14, 'before-update': 14, 'before-restore': 14, manual: 14 };
const NAME_RE = /^cluster-office-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+)\.sqlite$/;
const isKind = (s: string | undefined): s is BackupKind => (BACKUP_KINDS as readonly (string | undefined)[]).includes(s);

export const backupDirOf = (dataDir: string) => path.join(dataDir, 'backups');

function stamp(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-` +
    `${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${p(now.getMilliseconds(), 3)}`
  );
}

const infoOf = (name: string, m: RegExpExecArray, dir: string): BackupInfo => ({
  name,
  createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`,
  reason: m[8] as BackupKind,
  sizeBytes: fs.statSync(path.join(dir, name)).size,
});

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME_RE.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && isKind(x.m[8]))
    .map(({ name, m }) => infoOf(name, m, dir))
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** A backup interrupted by a crash leaves its `.partial` copy (and its journal): never a backup, so remove it. */
export function removePartialBackups(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (/\.partial(-wal|-shm|-journal)?$/.test(f)) fs.rmSync(path.join(dir, f), { force: true });
}

/** Copies an open database into the backup folder, verifies the copy, then prunes old ones. */
export async function createBackup(source: Database.Database, dir: string, reason: BackupKind, now = new Date()): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  removePartialBackups(dir);
  let name = `cluster-office-${stamp(now)}-${reason}.sqlite`;
  // Two backups in the same millisecond (tests, quick clicks): step the name, never overwrite.
  for (let i = 1; fs.existsSync(path.join(dir, name)); i++) {
    name = `cluster-office-${stamp(new Date(now.getTime() + i))}-${reason}.sqlite`;
  }
  const partial = path.join(dir, `${name}.partial`);
  // All remaining pages in one step: in the database thread nothing waits on this one, and the copy is
  // then of one moment even when another connection writes meanwhile.
  await source.backup(partial, { progress: () => 0x7fffffff });
  // A backup is one self-contained file: leave WAL mode so no -wal/-shm files travel with it.
  const copy = openSqlite(partial);
  const problem = (() => {
    try {
      copy.pragma('journal_mode = DELETE');
      return integrityProblem(copy);
    } finally {
      copy.close();
    }
  })();
  if (problem) {
    fs.rmSync(partial, { force: true });
    removeSidecars(partial);
    throw new Error(`The backup did not pass its check (${problem}); the previous backups are kept.`);
  }
  fs.renameSync(partial, path.join(dir, name));
  pruneBackups(dir, reason);
  return infoOf(name, NAME_RE.exec(name) as RegExpExecArray, dir);
}

/** Removes the oldest backups of one kind beyond what that kind keeps; other kinds are never touched. */
export function pruneBackups(dir: string, kind: BackupKind, keep = KEEP_BACKUPS[kind]): void {
  const ofKind = listBackups(dir).filter((b) => b.reason === kind);
  for (const old of ofKind.slice(keep)) fs.rmSync(path.join(dir, old.name), { force: true });
}

/** True when a daily backup was taken on `date` (YYYY-MM-DD, local). */
export function hasDailyBackupOn(dir: string, date: string): boolean {
  return listBackups(dir).some((b) => b.reason === 'daily' && b.createdAt.startsWith(date));
}

export function backupPath(dir: string, name: string): string {
  if (!NAME_RE.test(name)) throw new Error('Not a backup name');
  return path.join(dir, name);
}
