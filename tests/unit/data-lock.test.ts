import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataFolderInUseError, LOCK_FILE, type DataLock, type LockOwner } from '../../electron/data-lock';
import { tempDir } from '../helpers/tmp';

const held: DataLock[] = [];
afterEach(() => {
  for (const l of held.splice(0)) l.release();
});

async function take(dataDir: string, kind: 'web' | 'desktop' = 'web') {
  const lock = await acquireDataLock(dataDir, kind);
  held.push(lock);
  return lock;
}

function writeLock(dataDir: string, owner: Partial<LockOwner>, ageSeconds = 0) {
  const file = path.join(dataDir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ kind: 'web', port: 4310, startedAt: new Date().toISOString(), uptime: Math.floor(os.uptime()), ...owner }));
  if (ageSeconds) {
    const then = new Date(Date.now() - ageSeconds * 1000);
    fs.utimesSync(file, then, then);
  }
}

/** A process that is running (so its pid is alive) for the length of a test. */
async function runningProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((r) => child.once('spawn', r));
  return child;
}

describe('the data folder lock', () => {
  it('holds pid, kind, port and start time, and is gone after release', async () => {
    const dir = tempDir();
    const lock = await take(dir, 'web');
    lock.setPort(4321);
    const written = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;
    expect(written).toMatchObject({ pid: process.pid, kind: 'web', port: 4321 });
    expect(Date.now() - Date.parse(written.startedAt)).toBeLessThan(60_000);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second take while a living process holds it, naming that process', async () => {
    const dir = tempDir();
    const child = await runningProcess();
    try {
      writeLock(dir, { pid: child.pid, kind: 'web', port: 5123 });
      const refusal = await acquireDataLock(dir, 'desktop').catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DataFolderInUseError);
      expect((refusal as Error).message).toContain(`already open in browser mode at http://127.0.0.1:5123/ (pid ${child.pid})`);
    } finally {
      child.kill();
    }
  });

  it('refuses a second take in the same process', async () => {
    const dir = tempDir();
    await take(dir);
    await expect(acquireDataLock(dir, 'web')).rejects.toBeInstanceOf(DataFolderInUseError);
  });

  it('takes over a lock whose process has ended', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((r) => child.once('exit', r));
    writeLock(dir, { pid: child.pid });
    const lock = await take(dir, 'desktop');
    expect(lock.owner).toMatchObject({ pid: process.pid, kind: 'desktop' });
  });

  it('takes over a lock written before the computer last started, even if its pid is in use again', async () => {
    const dir = tempDir();
    const child = await runningProcess();
    try {
      writeLock(dir, { pid: child.pid, uptime: Math.floor(os.uptime()) + 3600 });
      expect((await take(dir)).owner.pid).toBe(process.pid);
    } finally {
      child.kill();
    }
  });

  it('takes over an unreadable lock left by a start that died while writing it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    fs.utimesSync(path.join(dir, LOCK_FILE), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect((await take(dir)).owner.pid).toBe(process.pid);
  });

  it('waits on a lock being written and then names its owner', async () => {
    const dir = tempDir();
    const child = await runningProcess();
    try {
      fs.writeFileSync(path.join(dir, LOCK_FILE), '');
      setTimeout(() => writeLock(dir, { pid: child.pid, kind: 'desktop', port: null }), 300);
      const refusal = await acquireDataLock(dir, 'web').catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DataFolderInUseError);
      expect((refusal as Error).message).toContain(`already open in the desktop app (pid ${child.pid})`);
    } finally {
      child.kill();
    }
  });

  it('does not remove a lock another process took over', async () => {
    const dir = tempDir();
    const lock = await take(dir);
    const child = await runningProcess();
    try {
      writeLock(dir, { pid: child.pid });
      lock.release();
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: child.pid });
    } finally {
      child.kill();
    }
  });
});
