/**
 * One owner of a data folder. The desktop app and browser mode share the folder by design, so each start
 * takes a lock file before it opens the database; a second start reads who holds it and refuses. A lock
 * whose process is gone (killed, power cut) is taken over. Plain Node: main.ts and web.ts both use it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'cluster-office.lock';

export type OwnerKind = 'web' | 'desktop';

export interface LockOwner {
  pid: number;
  kind: OwnerKind;
  /** Browser mode's port, once it listens. */
  port: number | null;
  startedAt: string;
  /** Seconds since the computer started, when the lock was taken: smaller now means it restarted since. */
  uptime: number;
}

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(inUseMessage(dataDir, owner));
    this.name = 'DataFolderInUseError';
  }
}

/** One line naming the running owner, for the terminal and the desktop's error box. */
export function inUseMessage(dataDir: string, owner: LockOwner | null, language: 'en' | 'ms' = 'en'): string {
  const en = language === 'en';
  if (!owner) {
    return en
      ? `Cluster Office: the data folder ${dataDir} is being opened by another start right now; wait a moment and try again.`
      : `Cluster Office: folder data ${dataDir} sedang dibuka oleh permulaan lain; tunggu sebentar dan cuba lagi.`;
  }
  let where: string;
  if (owner.kind === 'desktop') where = en ? 'in the desktop app' : 'dalam aplikasi desktop';
  else if (owner.port) where = `${en ? 'in browser mode at' : 'dalam mod pelayar di'} http://127.0.0.1:${owner.port}/`;
  else where = en ? 'in browser mode (still starting)' : 'dalam mod pelayar (sedang bermula)';
  return en
    ? `Cluster Office: the data folder ${dataDir} is already open ${where} (pid ${owner.pid}); use that one, or close it first.`
    : `Cluster Office: folder data ${dataDir} sudah dibuka ${where} (pid ${owner.pid}); gunakan yang itu, atau tutupnya dahulu.`;
}

export interface DataLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Records the port browser mode listens on, so a refused start can name the address. */
  setPort(port: number): void;
  /** Removes the lock if it is still this process's. Safe to call more than once. */
  release(): void;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** On Linux a killed process stays in the table (state Z) until its parent collects it: it holds nothing. */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid !== 'number' || (v.kind !== 'web' && v.kind !== 'desktop')) return null;
    return { pid: v.pid, kind: v.kind, port: typeof v.port === 'number' ? v.port : null, startedAt: String(v.startedAt ?? ''), uptime: typeof v.uptime === 'number' ? v.uptime : 0 };
  } catch {
    return null;
  }
}

/** A lock whose process has ended, or that was taken before the computer last started (its pid may be reused). */
function isStale(owner: LockOwner): boolean {
  return !isAlive(owner.pid) || os.uptime() < owner.uptime;
}

function readLock(file: string): { text: string; owner: LockOwner | null; ageMs: number } | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const ageMs = Date.now() - fs.statSync(file).mtimeMs;
    return { text, owner: parseOwner(text), ageMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Creates the lock file only if there is none ('wx'), with its whole content, flushed. */
function create(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock out of the way. If another start took it over between our read and the move, the
 * moved file is theirs: it goes back, and the caller reads the lock again.
 */
function removeStale(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (fs.readFileSync(aside, 'utf8') !== staleText) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third start holds the lock now; it stays the owner.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Who holds the data folder now, without taking it; null when nobody (or only a dead process) does. */
export function dataFolderOwner(dataDir: string): LockOwner | null {
  const found = readLock(path.join(dataDir, LOCK_FILE));
  return found?.owner && !isStale(found.owner) ? found.owner : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Lock files this process holds: a second take in the same process is refused, not mistaken for stale. */
const heldHere = new Set<string>();

/**
 * Takes the data folder for this process, or throws DataFolderInUseError naming the running owner.
 * Call it before opening the database.
 */
export async function acquireDataLock(dataDir: string, kind: OwnerKind): Promise<DataLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, kind, port: null, startedAt: new Date().toISOString(), uptime: Math.floor(os.uptime()) };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (!heldHere.has(file) && create(file, owner)) return holding(file, owner);
    const found = readLock(file);
    if (!found) continue;
    if (found.owner) {
      // Our own pid in a lock this process never took is a dead process's pid, reused.
      const ours = found.owner.pid === process.pid && !heldHere.has(file);
      if (!ours && !isStale(found.owner)) throw new DataFolderInUseError(dataDir, found.owner);
      removeStale(file, found.text);
    } else if (found.ageMs > 2000) {
      // Unreadable and not just being written: left by a start that died between creating and writing it.
      removeStale(file, found.text);
    } else {
      await sleep(50);
    }
  }
  throw new DataFolderInUseError(dataDir, readLock(file)?.owner ?? null);
}

function holding(file: string, first: LockOwner): DataLock {
  heldHere.add(file);
  let owner = first;
  let released = false;
  return {
    path: file,
    get owner() {
      return owner;
    },
    setPort(port: number) {
      owner = { ...owner, port };
      // Written beside and renamed over: a reader sees the old content or the new, never half of it.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(owner));
      fs.renameSync(temp, file);
    },
    release() {
      if (released) return;
      released = true;
      heldHere.delete(file);
      if (readLock(file)?.owner?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
