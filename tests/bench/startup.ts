/**
 * Start and the calls beside long work, on the ten-year data:
 * - how long a user waits, from starting the browser-mode host (dist/node/web.cjs, `npm run build` first) to
 *   its port answering `app.status`, with today's daily backup already taken and with it still to take;
 * - `app.status` p95 while `backups.create`, a year of `events.list` and a termly pack run, each on its own;
 * - a list query through Kysely against the same SQL on raw better-sqlite3 (one statement prepared once).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { listBackups } from '../../db/backup';
import { openSqlite } from '../../db/sqlite';
import { browserToken } from '../../electron/browser-token';
import { DATABASE_FILE } from '../../electron/data-dir';
import { median, p95, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const WEB = path.resolve('dist', 'node', 'web.cjs');
const STARTS = 5;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

/** One POST of app.status: its HTTP status, or 0 when nothing listens yet. */
const status = (port: number, token: string) =>
  new Promise<number>((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/app.status', method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end('{}');
  });

/** Milliseconds from spawning the host on `dir` to its first answer of app.status; the host is stopped again. */
async function startOnce(dir: string, token: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [WEB, '--port', String(port), '--data', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      const code = await status(port, token);
      if (code === 200) return performance.now() - started;
      if (code !== 0) throw new Error(`app.status answered ${code}`);
      if (child.exitCode !== null) throw new Error(`the host stopped: ${stderr}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    // The daily backup may still be under way when the host stops: wait for it to finish on the next start only.
  }
}

/** A copy of the ten-year file in a folder of its own, as a user's data folder holds it. */
function copyOfData(data: TenYearData): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-startup-'));
  const source = openSqlite(path.join(data.dir, DATABASE_FILE), { readonly: true });
  try {
    source.exec(`VACUUM INTO '${path.join(dir, DATABASE_FILE).replace(/'/g, "''")}'`);
  } finally {
    source.close();
  }
  const copy = openSqlite(path.join(dir, DATABASE_FILE));
  copy.pragma('journal_mode = WAL');
  copy.close();
  return dir;
}

async function measureStart(data: TenYearData): Promise<Figure[]> {
  if (!fs.existsSync(WEB)) {
    console.log(`\n${WEB} is missing: run \`npm run build\` first to measure the start.`);
    return [{ name: 'start: port answers (build missing)', value: Number.NaN, unit: 'ms', target: 1000 }];
  }
  const dir = copyOfData(data);
  try {
    const { token } = browserToken(dir);
    const sizeMb = fs.statSync(path.join(dir, DATABASE_FILE)).size / 1e6;
    const backups = path.join(dir, 'backups');
    const due: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      // No backup of today: this start takes the daily one.
      fs.rmSync(backups, { recursive: true, force: true });
      due.push(await startOnce(dir, token));
    }
    // Let one start finish its daily backup, so the starts below find it taken.
    for (let i = 0; i < 20 && !listBackups(backups).some((b) => b.reason === 'daily'); i++) {
      const port = await freePort();
      const child = spawn(process.execPath, [WEB, '--port', String(port), '--data', dir], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 3000));
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const taken: number[] = [];
    for (let i = 0; i < STARTS; i++) taken.push(await startOnce(dir, token));
    return [
      { name: `start: port answers, daily backup already taken (${sizeMb.toFixed(0)} MB file)`, value: median(taken), unit: 'ms', target: 1000 },
      { name: 'start: port answers, daily backup due', value: median(due), unit: 'ms', target: 1000 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** app.status timed again and again (2 ms apart) while `work` runs; `work` is started `runs` times in a row. */
async function statusBeside(data: TenYearData, work: () => Promise<unknown>, runs: number): Promise<{ p95: number; calls: number }> {
  let done = false;
  const worker = (async () => {
    for (let i = 0; i < runs; i++) await work();
    done = true;
  })();
  const times: number[] = [];
  while (!done) {
    const t = performance.now();
    const r = await data.dispatch('app.status', {});
    if (!r.ok) throw new Error(`app.status: ${r.error.message}`);
    times.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 2));
  }
  await worker;
  return { p95: p95(times), calls: times.length };
}

async function measureBeside(data: TenYearData): Promise<Figure[]> {
  const call = async (method: string, input: unknown) => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  await timed(() => call('app.status', {}), 20);
  const idle = await timed(() => call('app.status', {}), 50);
  const backup = await statusBeside(data, () => call('backups.create', {}), 3);
  const events = await statusBeside(data, () => call('events.list', { from: '2025-01-01', to: '2025-12-31' }), 2);
  const pack = await statusBeside(data, () => call('documents.pack', { year: 2025, term: 1, language: 'ms' }), 1);
  return [
    { name: 'app.status p95, idle', value: p95(idle), unit: 'ms' },
    { name: `app.status p95 while backups.create runs (${backup.calls} calls)`, value: backup.p95, unit: 'ms', target: 50 },
    { name: `app.status p95 while a year of events.list runs (${events.calls} calls)`, value: events.p95, unit: 'ms', target: 50 },
    { name: `app.status p95 while the termly pack is made (${pack.calls} calls)`, value: pack.p95, unit: 'ms', target: 50 },
  ];
}

/** The same list query through the app's Kysely and as raw SQL on one better-sqlite3 statement. */
async function measureKysely(data: TenYearData): Promise<Figure[]> {
  const db = data.ctx.db();
  const query = db
    .selectFrom('schools')
    .select(['id', 'name', 'abbreviation', 'level'])
    .where('name', 'like', sql<string>`${'%'}`)
    .orderBy('name');
  const compiled = query.compile();
  const raw = openSqlite(path.join(data.dir, DATABASE_FILE), { readonly: true });
  try {
    const stmt = raw.prepare(compiled.sql);
    const params = compiled.parameters as unknown[];
    const viaRaw = () => Promise.resolve(stmt.all(...params));
    const viaKysely = () => query.execute();
    const rounds = 7;
    const k: number[] = [];
    const r: number[] = [];
    // Interleaved batches, so a pause of the machine hurts both alike.
    for (let i = 0; i < rounds; i++) {
      k.push(median(await timed(viaKysely, 300, 50)));
      r.push(median(await timed(viaRaw, 300, 50)));
    }
    return [
      { name: 'schools list query, raw better-sqlite3', value: median(r), unit: 'ms' },
      { name: 'schools list query, Kysely', value: median(k), unit: 'ms' },
      { name: 'Kysely ÷ raw better-sqlite3', value: median(k) / median(r), unit: '×', target: 1.2 },
    ];
  } finally {
    raw.close();
  }
}

export async function measureStartup(data: TenYearData): Promise<boolean> {
  const figures = [...(await measureKysely(data)), ...(await measureBeside(data)), ...(await measureStart(data))];
  return report('Start, and calls beside long work (ten-year data)', figures);
}
