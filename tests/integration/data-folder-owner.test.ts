/**
 * One owner of a data folder, and browser mode across restarts: real processes (the built web.cjs) on
 * real temp folders, talked to over HTTP.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataLock, LOCK_FILE } from '../../electron/data-lock';
import { TOKEN_FILE } from '../../electron/browser-token';
import { tempDir } from '../helpers/tmp';
import { spawnWeb, type WebProcess } from '../helpers/web-process';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
}, 60_000);

const running: WebProcess[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});

function start(dataDir: string, options: Parameters<typeof spawnWeb>[1] = {}) {
  const p = spawnWeb(dataDir, options);
  running.push(p);
  return p;
}

/** POST /api/<method> as the page does: with the Bearer token, or with the session cookie and the page's Origin. */
async function api(origin: string, method: string, input: unknown, auth: { token?: string; cookie?: string }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth.token) headers.Authorization = `Bearer ${auth.token}`;
  if (auth.cookie) Object.assign(headers, { Cookie: auth.cookie, Origin: origin });
  const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

async function sessionCookie(origin: string, token: string): Promise<{ cookie: string; setCookie: string }> {
  const res = await fetch(`${origin}/api/session`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(204);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', setCookie };
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('one owner of a data folder', () => {
  it('refuses a second start in one line naming the running one; the first keeps writing; after kill -9 a new start takes over', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const { origin, port, token } = await first.ready;

    const second = start(dataDir);
    expect(await second.exited).not.toBe(0);
    expect(lines(second.output())).toEqual([
      `Cluster Office: the data folder ${dataDir} is already open in browser mode at http://127.0.0.1:${port}/ (pid ${first.child.pid}); use that one, or close it first.`,
    ]);

    expect((await api(origin, 'demo.load', {}, { token })).status).toBe(200);
    const created = await api(origin, 'schools.create', { name: 'Sekolah Rendah Selepas Penolakan', abbreviation: 'SR SP', level: 'primary' }, { token });
    expect(created.status).toBe(200);
    expect((await api(origin, 'schools.list', {}, { token })).body).toMatchObject({ total: 27 });
    expect(first.child.exitCode).toBeNull();

    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const next = start(dataDir, { port });
    expect((await next.ready).token).toBe(token);
    expect((await api(origin, 'schools.list', { search: 'Selepas Penolakan' }, { token })).body).toMatchObject({ total: 1 });
  });

  it('lets exactly one of two starts at once take over a stale lock', async () => {
    const dataDir = tempDir();
    const killed = start(dataDir);
    await killed.ready;
    killed.child.kill('SIGKILL');
    await killed.exited;

    const [a, b] = [start(dataDir), start(dataDir)];
    const settle = (p: WebProcess) => p.ready.then(() => 'open' as const, () => 'refused' as const);
    const [ra, rb] = await Promise.all([settle(a), settle(b)]);
    expect([ra, rb].sort()).toEqual(['open', 'refused']);
    const [winner, loser] = ra === 'open' ? [a, b] : [b, a];
    expect(await loser.exited).not.toBe(0);
    expect(lines(loser.output())).toEqual([expect.stringContaining(`is already open in browser mode`)]);
    expect(lines(loser.output())[0]).toContain(`(pid ${winner.child.pid})`);
  });

  it('records who holds the folder while it runs, and gives it back on a clean exit', async () => {
    const dataDir = tempDir();
    const host = start(dataDir);
    const { port } = await host.ready;
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: host.child.pid, kind: 'web', port });
    expect(Date.now() - Date.parse(String(lock.startedAt))).toBeLessThan(60_000);

    expect(await host.stop()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('says in one line when the port is taken, and leaves the folder free', async () => {
    const dataDir = tempDir();
    const other = net.createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as net.AddressInfo).port;
    try {
      const refused = start(dataDir, { port });
      expect(await refused.exited).not.toBe(0);
      expect(lines(refused.output())).toEqual([`Cluster Office: port ${port} is in use by another program; start with --port N to choose another.`]);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    } finally {
      other.close();
    }
    await start(dataDir).ready;
  });

  it('names the desktop app when it holds the folder, and starts once it lets go', async () => {
    const dataDir = tempDir();
    const desktop = await acquireDataLock(dataDir, 'desktop');
    const refused = start(dataDir);
    expect(await refused.exited).not.toBe(0);
    expect(lines(refused.output())).toEqual([
      `Cluster Office: the data folder ${dataDir} is already open in the desktop app (pid ${process.pid}); use that one, or close it first.`,
    ]);
    expect(fs.existsSync(path.join(dataDir, 'cluster-office.sqlite'))).toBe(false);

    desktop.release();
    await start(dataDir).ready;
  });
});

describe('npm start and npm run web on a folder in use', () => {
  it('refuse before rebuilding the files the running copy serves', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const { port } = await first.ready;
    const built = fs.statSync('dist/node/web.cjs').mtimeMs;

    const check = spawnSync(process.execPath, ['dist/node/web.cjs', '--check', '--data', dataDir], { encoding: 'utf8' });
    expect(check.status).toBe(3);
    expect(lines(check.stderr)).toEqual([expect.stringContaining(`already open in browser mode at http://127.0.0.1:${port}/`)]);

    const web = spawnSync(process.execPath, ['scripts/start.mjs', '--browser', '--data', dataDir], { encoding: 'utf8', env: { ...process.env, CLUSTER_OFFICE_TOKEN: '' } });
    expect(web.status).not.toBe(0);
    expect(lines(web.stdout + web.stderr)).toEqual([
      `Cluster Office: the data folder ${dataDir} is already open in browser mode at http://127.0.0.1:${port}/ (pid ${first.child.pid}); use that one, or close it first.`,
    ]);
    expect(fs.statSync('dist/node/web.cjs').mtimeMs).toBe(built);

    await first.stop();
    expect(spawnSync(process.execPath, ['dist/node/web.cjs', '--check', '--data', dataDir]).status).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});

describe('browser mode across restarts', () => {
  it('keeps its token owner-only in the data folder and reuses it until --new-token', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const { token } = await first.ready;
    const file = path.join(dataDir, TOKEN_FILE);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(token);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await first.stop();

    const second = start(dataDir);
    expect((await second.ready).token).toBe(token);
    await second.stop();

    const renewed = start(dataDir, { args: ['--new-token'] });
    const fresh = (await renewed.ready).token;
    expect(fresh).not.toBe(token);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(fresh);
    await renewed.stop();

    const fixed = start(dataDir, { env: { CLUSTER_OFFICE_TOKEN: 'office-fixed-token-0123456789abcdef' } });
    expect((await fixed.ready).token).toBe('office-fixed-token-0123456789abcdef');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(fresh);
  });

  it('accepts the session cookie after a restart on the same port, and no old one after --new-token', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const { origin, port, token } = await first.ready;
    const { cookie, setCookie } = await sessionCookie(origin, token);
    expect(setCookie).toMatch(new RegExp(`^cluster_office_session_${port}=[\\w-]+;`));
    for (const part of ['HttpOnly', 'SameSite=Strict', 'Path=/api']) expect(setCookie).toContain(part);
    expect(cookie).not.toContain(token);
    expect((await api(origin, 'app.status', {}, { cookie })).status).toBe(200);
    // The cookie alone, without this page's Origin, is not enough.
    const bare = await fetch(`${origin}/api/app.status`, { method: 'POST', headers: { Cookie: cookie } });
    expect(bare.status).toBe(401);
    await first.stop();

    const second = start(dataDir, { port });
    await second.ready;
    expect((await api(origin, 'app.status', {}, { cookie })).status).toBe(200);
    await second.stop();

    const renewed = start(dataDir, { port, args: ['--new-token'] });
    await renewed.ready;
    expect((await api(origin, 'app.status', {}, { cookie })).status).toBe(401);
    expect((await api(origin, 'app.status', {}, { token })).status).toBe(401);
  });

  it('tells a page without access to open the printed address, naming the command that started it', async () => {
    const dataDir = tempDir();
    const host = start(dataDir, { env: { npm_lifecycle_event: 'start' } });
    const { origin } = await host.ready;
    const r = await api(origin, 'app.status', {}, {});
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      error: {
        code: 'UNAUTHORIZED',
        message: 'Halaman ini tiada kunci akses yang sah. Buka alamat yang dipaparkan semasa Cluster Office dimulakan (npm start); alamat itu berakhir dengan #token=….',
      },
    });
  });
});
