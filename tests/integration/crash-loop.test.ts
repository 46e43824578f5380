import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../db/sqlite';
import { DATABASE_FILE } from '../../electron/data-dir';
import type { AppStatus } from '../../shared/domain';
import { openApp, tempDir } from '../helpers/tmp';

const KILLS = 20;
const RESTORE_KILLS = 10;
let writer = '';

beforeAll(async () => {
  // The real AppContext and dispatch, bundled the way scripts/build-node.mjs bundles the host.
  // Its own folder: the per-test folders are removed after each test, the bundle serves them all.
  writer = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-crash-writer-')), 'crash-writer.cjs');
  await build({
    entryPoints: ['tests/helpers/crash-writer.ts'],
    outfile: writer,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
});

afterAll(() => fs.rmSync(path.dirname(writer), { recursive: true, force: true }));

interface Run {
  acked: number[];
  state: string | null;
  /** Time from spawn to the file being open. */
  readyAfterMs: number | null;
  restores: number;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts the writer on `dataDir` and kills it with SIGKILL `killAfterMs` after it is ready (or, with
 * `fromSpawn`, after it was started: possibly while it opens, recovers or migrates the file).
 */
function runAndKill(dataDir: string, run: number, killAfterMs: number, fromSpawn: boolean, mode = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dataDir, String(run), mode], {
      // The bundle keeps packages external: resolve them from this project.
      env: { ...process.env, NODE_PATH: path.join(process.cwd(), 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = Date.now();
    const result: Run = { acked: [], state: null, readyAfterMs: null, restores: 0, signal: null, stderr: '' };
    let pending = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    if (fromSpawn) kill();
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ack') result.acked.push(Number(value));
        if (word === 'restored') result.restores++;
        if (word === 'state') {
          result.state = value ?? null;
          result.readyAfterMs = Date.now() - started;
          if (!fromSpawn) kill();
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => (result.stderr += d.toString()));
    child.on('exit', (_code, signal) => {
      result.signal = signal;
      resolve(result);
    });
  });
}

describe('a writing server killed with SIGKILL again and again', () => {
  it(`loses no acknowledged row and leaves a sound file (${KILLS} kills)`, async () => {
    const dataDir = tempDir();
    const acked: number[] = [];
    let startup = 0;
    for (let run = 1; run <= KILLS; run++) {
      // Every fourth start is killed at a random moment of its start-up (open, recovery, daily backup); the
      // others at a random moment while writing.
      const fromSpawn = run % 4 === 0;
      const r = await runAndKill(dataDir, run, fromSpawn ? startup * (0.5 + Math.random() * 0.7) : 20 + Math.random() * 250, fromSpawn);
      startup = Math.max(startup, r.readyAfterMs ?? 0);
      // Only the kill ends it: a failed write would have ended it with its error on stderr.
      expect(r.signal, `run ${run}: ${r.stderr}`).toBe('SIGKILL');
      // A start that got as far as opening the file found it ready, never damaged.
      if (r.state !== null) expect(r.state, `run ${run}`).toBe('ready');
      acked.push(...r.acked);
    }
    // Not a vacuous run: writes were acknowledged between the kills.
    expect(acked.length).toBeGreaterThan(KILLS / 2);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('ready');
    expect((await call<AppStatus>('app.status')).state).toBe('ready');
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
    // Backups cut short by a kill were cleared away; every backup listed is whole.
    expect(fs.readdirSync(ctx.backupDir).filter((f) => f.includes('.partial'))).toEqual([]);
    for (const b of ctx.listBackups()) expect(checkFile(path.join(ctx.backupDir, b.name)), b.name).toBeNull();
    await ctx.close();

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const present = new Set((db.prepare('SELECT id FROM schools').all() as { id: number }[]).map((r) => r.id));
      expect(acked.filter((id) => !present.has(id))).toEqual([]);
      // Each school was written with its two leaders in one transaction: never one without the other.
      const leaders = db.prepare('SELECT s.id, count(p.id) AS n FROM schools s LEFT JOIN people p ON p.school_id = s.id GROUP BY s.id HAVING n <> 2').all();
      expect(leaders).toEqual([]);
    } finally {
      db.close();
    }
  }, 60_000);

  it(`never ends a restore killed half-way in a damaged file (${RESTORE_KILLS} kills)`, async () => {
    const dataDir = tempDir();
    const first = await openApp(dataDir);
    for (const n of [1, 2, 3]) await first.call('schools.create', { name: `Sekolah Rendah ${n}`, abbreviation: `SR ${n}`, level: 'primary' });
    await first.call('backups.create');
    await first.ctx.close();

    let restores = 0;
    let lastRestoredRun = 0;
    for (let run = 1; run <= RESTORE_KILLS; run++) {
      // The last run gives the restores time to finish, however busy the machine: at least one completes, so
      // the file checked below has been through a whole restore as well as the killed ones.
      const r = await runAndKill(dataDir, run, run === RESTORE_KILLS ? 5_000 : 50 + Math.random() * 400, false, 'restore');
      expect(r.signal, `run ${run}: ${r.stderr}`).toBe('SIGKILL');
      expect(r.state, `run ${run}`).toBe('ready');
      restores += r.restores;
      if (r.restores > 0) lastRestoredRun = run;
    }
    expect(restores).toBeGreaterThan(0);

    const { ctx } = await openApp(dataDir);
    expect(ctx.state).toBe('ready');
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('.restoring'))).toEqual([]);
    await ctx.close();
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The backup's three schools, and only schools added since the last restore that was acknowledged: a
      // restore cut short leaves the file as it was, so runs killed before their restore each keep theirs.
      const names = (db.prepare('SELECT abbreviation FROM schools ORDER BY id').all() as { abbreviation: string }[]).map((r) => r.abbreviation);
      expect(names.slice(0, 3)).toEqual(['SR 1', 'SR 2', 'SR 3']);
      for (const added of names.slice(3)) expect(Number(/^R(\d+)-/.exec(added)?.[1]), added).toBeGreaterThanOrEqual(lastRestoredRun);
    } finally {
      db.close();
    }
  }, 60_000);
});
