import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch, uiLanguage } from '../../electron/dispatch';
import { createWebHost, listen } from '../../electron/web-host';
import { methods } from '../../shared/api';
import { DOCX_CONTENT_TYPE } from '../../shared/domain';
import { docxText } from '../helpers/office';
import { openApp } from '../helpers/tmp';

const TOKEN = 'test-token-0123456789';
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    // Kept-alive sockets would hold close() for the idle timeout.
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function start() {
  const app = await openApp(undefined, { language: 'en' });
  const server = createWebHost({ dispatch: createDispatch(app.ctx), token: TOKEN, port: 0, language: () => uiLanguage(app.ctx) });
  servers.push(server);
  const port = await listen(server, 0);
  return { ...app, port };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request (fetch cannot set Host). Good defaults; override any header, or set it to null to leave it out. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string | null>; body?: string }): Promise<Reply> {
  const headers: Record<string, string> = {};
  const wanted = { host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...opts.headers };
  for (const [k, v] of Object.entries(wanted)) if (v !== null) headers[k] = v;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (r: Reply): unknown => JSON.parse(r.body.toString('utf8'));

describe('the browser-mode host', () => {
  it('answers a malformed address with 404, not a server error', async () => {
    const { port } = await start();
    const r = await request(port, { path: '/api/%E0%A4%A' });
    expect(r.status).toBe(404);
  });

  it('answers a good request with JSON', async () => {
    const { port } = await start();
    const r = await request(port, { path: '/api/schools.create', body: JSON.stringify({ name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' }) });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(json(r)).toMatchObject({ name: 'Sekolah Rendah Alpha', abbreviation: 'SR A' });
    const list = await request(port, { path: '/api/schools.list', headers: { host: `localhost:${port}`, origin: `http://localhost:${port}` } });
    expect(list.status).toBe(200);
    expect(json(list)).toMatchObject({ total: 1 });
  });

  it('wants the token', async () => {
    const { port } = await start();
    for (const authorization of [null, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`, 'Bearer ', `Bearer ${TOKEN}x`]) {
      const r = await request(port, { path: '/api/app.status', headers: { authorization } });
      expect(r.status, String(authorization)).toBe(401);
      expect(r.headers['www-authenticate']).toBe('Bearer');
    }
    expect((await request(port, { method: 'GET', path: '/api', headers: { authorization: null } })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin, even with the token', async () => {
    const { port, call } = await start();
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `192.168.1.10:${port}`]) {
      const r = await request(port, { path: '/api/schools.create', headers: { host }, body: JSON.stringify({ name: 'Evil', abbreviation: 'EV', level: 'other' }) });
      expect(r.status, host).toBe(403);
    }
    for (const origin of ['https://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      const r = await request(port, { path: '/api/schools.create', headers: { origin }, body: JSON.stringify({ name: 'Evil', abbreviation: 'EV', level: 'other' }) });
      expect(r.status, origin).toBe(403);
    }
    expect(await call('schools.list')).toMatchObject({ total: 0 });
  });

  it('lists the methods at GET /api', async () => {
    const { port } = await start();
    const r = await request(port, { method: 'GET', path: '/api' });
    expect(r.status).toBe(200);
    expect(json(r)).toEqual({ methods });
    expect(methods).toContain('documents.render');
  });

  it('answers a document as Word bytes to download', async () => {
    const { port, call } = await start();
    await call('demo.load');
    const r = await request(port, { path: '/api/documents.render', body: JSON.stringify({ kind: 'school-roster', language: 'en' }) });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    const disposition = r.headers['content-disposition'] ?? '';
    expect(disposition).toMatch(/^attachment;/);
    const fileName = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');
    expect(fileName).toMatch(/^Kluster 2 School Roster \d{4}-\d{2}-\d{2}\.docx$/);
    expect(r.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await docxText(r.body)).toContain('Pusat Tingkatan Enam Meragang');
  });

  it('turns errors into status codes with the error body', async () => {
    const { port } = await start();
    const bad = await request(port, { path: '/api/schools.create', body: '{"name": "Sekolah' });
    expect(bad.status).toBe(400);
    expect(json(bad)).toMatchObject({ error: { code: 'VALIDATION' } });

    const invalid = await request(port, { path: '/api/schools.create', body: JSON.stringify({ name: '', abbreviation: 'SR A', level: 'primary' }) });
    expect(invalid.status).toBe(400);
    expect(json(invalid)).toEqual({ error: { code: 'VALIDATION', message: 'School name is required', field: 'name', errors: [{ field: 'name', message: 'School name is required' }] } });

    const missing = await request(port, { path: '/api/schools.get', body: JSON.stringify({ id: 99 }) });
    expect(missing.status).toBe(404);
    expect(json(missing)).toMatchObject({ error: { code: 'NOT_FOUND' } });

    const unknown = await request(port, { path: '/api/schools.drop', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(json(unknown)).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });

    expect((await request(port, { method: 'GET', path: '/api/schools.list' })).status).toBe(405);
    // An empty body is an empty input.
    expect((await request(port, { path: '/api/app.status' })).status).toBe(200);
  });

  it('answers a body over the limit with 413 and a structured error, not a reset connection', async () => {
    const { port } = await start();
    const big = JSON.stringify({ name: 'x'.repeat(15 * 1024 * 1024), abbreviation: 'BIG', level: 'other' });
    const r = await request(port, { path: '/api/schools.create', body: big });
    expect(r.status).toBe(413);
    expect(json(r)).toEqual({ error: { code: 'TOO_LARGE', message: 'The request is larger than 14 MB and was not read; nothing was saved.' } });

    // The page's own client (fetch) reads the answer too, and the host keeps serving.
    const viaFetch = await fetch(`http://127.0.0.1:${port}/api/schools.create`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: big });
    expect(viaFetch.status).toBe(413);
    expect(await viaFetch.json()).toMatchObject({ error: { code: 'TOO_LARGE' } });
    expect(json(await request(port, { path: '/api/schools.list' }))).toMatchObject({ total: 0 });
  });

  it('says its own refusals in the UI language', async () => {
    const { port, call } = await start();
    const refusals = async () => ({
      json: json(await request(port, { path: '/api/schools.create', body: '{"name": ' })),
      token: json(await request(port, { path: '/api/app.status', headers: { authorization: null } })),
      host: json(await request(port, { path: '/api/app.status', headers: { host: 'evil.example' } })),
      origin: json(await request(port, { path: '/api/app.status', headers: { origin: 'https://evil.example' } })),
      method: json(await request(port, { method: 'PUT', path: '/api/app.status' })),
      notFound: json(await request(port, { method: 'GET', path: '/api/%E0%A4%A' })),
      tooLarge: json(await request(port, { path: '/api/app.status', body: ' '.repeat(14 * 1024 * 1024 + 1) })),
    });
    const en = await refusals();
    expect(en).toEqual({
      json: { error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } },
      token: { error: { code: 'UNAUTHORIZED', message: 'This page has no valid access key. Open the address printed when Cluster Office started; it ends with #token=….' } },
      host: { error: { code: 'FORBIDDEN', message: `Unknown host: open Cluster Office at http://127.0.0.1:${port}/.` } },
      origin: { error: { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' } },
      method: { error: { code: 'METHOD', message: 'Use POST.' } },
      notFound: { error: { code: 'NOT_FOUND', message: 'Not found.' } },
      tooLarge: { error: { code: 'TOO_LARGE', message: 'The request is larger than 14 MB and was not read; nothing was saved.' } },
    });
    await call('settings.setLanguage', { language: 'ms' });
    const ms = await refusals();
    expect(ms).toEqual({
      json: { error: { code: 'VALIDATION', message: 'Kandungan permintaan bukan JSON yang sah.' } },
      token: { error: { code: 'UNAUTHORIZED', message: 'Halaman ini tiada kunci akses yang sah. Buka alamat yang dipaparkan semasa Cluster Office dimulakan; alamat itu berakhir dengan #token=….' } },
      host: { error: { code: 'FORBIDDEN', message: `Hos tidak dikenali: buka Cluster Office di http://127.0.0.1:${port}/.` } },
      origin: { error: { code: 'FORBIDDEN', message: 'Permintaan daripada laman lain ditolak.' } },
      method: { error: { code: 'METHOD', message: 'Gunakan POST.' } },
      notFound: { error: { code: 'NOT_FOUND', message: 'Tidak dijumpai.' } },
      tooLarge: { error: { code: 'TOO_LARGE', message: 'Permintaan melebihi 14 MB dan tidak dibaca; tiada apa disimpan.' } },
    });
  });

  it('gives the page a session cookie for its token, accepted only from its own origin', async () => {
    const { port } = await start();
    const refused = await request(port, { path: '/api/session', headers: { authorization: 'Bearer wrong-token-0123456789' } });
    expect(refused.status).toBe(401);
    expect(refused.headers['set-cookie']).toBeUndefined();

    const given = await request(port, { path: '/api/session' });
    expect(given.status).toBe(204);
    const setCookie = given.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^cluster_office_session_${port}=[\\w-]+; HttpOnly; SameSite=Strict; Path=/api; Max-Age=\\d+$`));
    const cookie = setCookie.split(';')[0] ?? '';

    const own = { authorization: null, cookie, origin: `http://127.0.0.1:${port}` };
    expect((await request(port, { path: '/api/app.status', headers: own })).status).toBe(200);
    expect((await request(port, { path: '/api/app.status', headers: { ...own, origin: null } })).status).toBe(401);
    expect((await request(port, { path: '/api/app.status', headers: { ...own, origin: 'https://evil.example' } })).status).toBe(403);
    expect((await request(port, { path: '/api/app.status', headers: { ...own, cookie: `${cookie}x` } })).status).toBe(401);
    expect((await request(port, { path: '/api/app.status', headers: { ...own, cookie: cookie.replace(`_${port}=`, `_${port + 1}=`) } })).status).toBe(401);
    // The cookie renews itself: the page calls /api/session on every start, token or not.
    expect((await request(port, { path: '/api/session', headers: own })).status).toBe(204);
  });

  it('answers 404 rather than stopping when the UI folder is gone (rebuilt under a running host)', async () => {
    const app = await openApp();
    const server = createWebHost({ dispatch: createDispatch(app.ctx), token: TOKEN, port: 0, staticDir: path.join(app.dataDir, 'no-ui-here') });
    servers.push(server);
    const port = await listen(server, 0);
    const page = await request(port, { method: 'GET', path: '/', headers: { authorization: null } });
    expect(page.status).toBe(404);
    expect(json(page)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await request(port, { path: '/api/app.status' })).status).toBe(200);
  });

  it('serves the UI compressed as the build wrote it and the browser accepts it, hashed assets cached for a year and the page never', async () => {
    const app = await openApp();
    const ui = path.join(app.dataDir, 'ui');
    fs.mkdirSync(path.join(ui, 'assets'), { recursive: true });
    const script = `console.log(${JSON.stringify('Kluster 2 '.repeat(500))});`;
    fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>Cluster Office</title>');
    fs.writeFileSync(path.join(ui, 'assets', 'index-B0Rc2x6r.js'), script);
    // The build writes .br and .gz beside each script; the host sends those bytes as they are.
    fs.writeFileSync(path.join(ui, 'assets', 'index-B0Rc2x6r.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(ui, 'assets', 'index-B0Rc2x6r.js.gz'), zlib.gzipSync(script));
    const server = createWebHost({ dispatch: createDispatch(app.ctx), token: TOKEN, port: 0, staticDir: ui });
    servers.push(server);
    const port = await listen(server, 0);
    const get = (file: string, encoding: string | null) => request(port, { method: 'GET', path: file, headers: { authorization: null, 'accept-encoding': encoding } });

    const br = await get('/assets/index-B0Rc2x6r.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');

    const gz = await get('/assets/index-B0Rc2x6r.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get('/assets/index-B0Rc2x6r.js', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    // A file the build left uncompressed is gzipped by the host, whatever else the browser accepts.
    const page = await get('/', 'gzip, deflate, br');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(page.body).toString()).toContain('Cluster Office');
    // A rebuilt file is served new, not from memory.
    fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>Rebuilt</title>');
    fs.utimesSync(path.join(ui, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(zlib.gunzipSync((await get('/', 'gzip, br')).body).toString()).toContain('Rebuilt');
  });
});
