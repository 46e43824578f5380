/**
 * Browser mode: the same dispatch() over loopback HTTP. Binds 127.0.0.1 only and refuses a foreign Host or
 * Origin (DNS rebinding, other sites). Every /api request carries the token as a Bearer header, or the
 * session cookie the page gets for it at POST /api/session (HttpOnly, SameSite=Strict, Path=/api), which is
 * accepted only with this host's Origin: reloads, bookmarks and second tabs work without the token in sight.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { methods } from '../shared/api';
import type { DocumentFile } from '../shared/domain';
import type { Language } from '../shared/dates';
import { bi, localize, type ErrorCode } from '../shared/errors';
import type { Dispatch } from './dispatch';
import { rendererFile } from './renderer-files';
import { CONTENT_SECURITY_POLICY } from './security';
import { cacheControl, fileBody } from './static-files';

export interface WebHostOptions {
  dispatch: Dispatch;
  token: string;
  port: number;
  /** Built renderer (index.html and assets); omitted in API-only tests. */
  staticDir?: string;
  /** The UI language, for the host's own messages; Bahasa Melayu when absent. */
  language?: () => Promise<Language>;
  /** The command that started this host (`npm start`), named when a page has no access. */
  startCommand?: string;
}

/** Errors the host itself answers, before or around dispatch(). */
type HostErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'METHOD' | 'TOO_LARGE' | 'VALIDATION' | 'INTERNAL';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNKNOWN_METHOD: 404,
  DATABASE_UNAVAILABLE: 503,
  BUSY: 503,
  CANCELLED: 409,
  INTERNAL: 500,
};
const NDJSON = 'application/x-ndjson';
// A 10 MB spreadsheet travels to imports.preview as base64, a third larger.
const MAX_BODY = 14 * 1024 * 1024;
/** Past this many bytes a body is not drained any further: the connection is cut (the 413 has gone by then). */
const MAX_DRAIN = 64 * 1024 * 1024;
const SESSION_MAX_AGE = 30 * 24 * 60 * 60;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function isDocumentFile(v: unknown): v is DocumentFile {
  return typeof v === 'object' && v !== null && (v as DocumentFile).data instanceof Uint8Array && typeof (v as DocumentFile).fileName === 'string';
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

/** Cookie values by name, from the Cookie header. */
function cookies(header: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) found.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return found;
}

/**
 * The body as text, or null as soon as it passes the limit. The rest is still read and dropped, not
 * reset, so the client reads the 413 instead of a broken connection; only an endless body is cut off.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const tooLarge = () => {
      over = true;
      chunks.length = 0;
      resolve(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) tooLarge();
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_DRAIN) req.socket.destroy();
      else if (size > limit && !over) tooLarge();
      else if (!over) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createWebHost(options: WebHostOptions): http.Server {
  // The cookie proves the page once held the token, without being the token; a new token ends every session.
  const sessionValue = crypto.createHmac('sha256', options.token).update('cluster-office browser session').digest('base64url');

  const server = http.createServer((req, res) => {
    handle(req, res).catch(async (err: unknown) => {
      console.error(err);
      if (!res.headersSent) await fail(res, 500, 'INTERNAL', bi('The request failed.', 'Permintaan gagal.'));
    });
  });

  /** Answers a host error in the UI language. */
  async function fail(res: http.ServerResponse, status: number, code: HostErrorCode, message: string, headers: Record<string, string> = {}) {
    const language = await (options.language?.() ?? Promise.resolve('ms' as const)).catch(() => 'ms' as const);
    send(res, status, { error: { code, message: localize(message, language) } }, headers);
  }

  function boundPort(): number {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : options.port;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const port = boundPort();
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return fail(res, 403, 'FORBIDDEN', bi(`Unknown host: open Cluster Office at http://127.0.0.1:${port}/.`, `Hos tidak dikenali: buka Cluster Office di http://127.0.0.1:${port}/.`));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
      return fail(res, 403, 'FORBIDDEN', bi('Requests from other sites are refused.', 'Permintaan daripada laman lain ditolak.'));
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return fail(res, 404, 'NOT_FOUND', bi('Not found.', 'Tidak dijumpai.'));
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'METHOD', bi('Method not allowed.', 'Kaedah tidak dibenarkan.'), { Allow: 'GET, HEAD' });
    return serveStatic(req, res, url.pathname);
  }

  const cookieName = () => `cluster_office_session_${boundPort()}`;

  /** The Bearer token, or the session cookie on a request from this host's own page. */
  function authorized(req: http.IncomingMessage): boolean {
    const auth = req.headers.authorization ?? '';
    if (auth.startsWith('Bearer ') && sameToken(auth.slice(7), options.token)) return true;
    // Browsers send Origin with every POST; requiring it keeps the cookie to this page's own calls.
    const cookie = cookies(req.headers.cookie).get(cookieName());
    return req.headers.origin !== undefined && cookie !== undefined && sameToken(cookie, sessionValue);
  }

  function noAccess(res: http.ServerResponse) {
    const command = options.startCommand ? ` (${options.startCommand})` : '';
    return fail(
      res,
      401,
      'UNAUTHORIZED',
      bi(
        `This page has no valid access key. Open the address printed when Cluster Office started${command}; it ends with #token=….`,
        `Halaman ini tiada kunci akses yang sah. Buka alamat yang dipaparkan semasa Cluster Office dimulakan${command}; alamat itu berakhir dengan #token=….`,
      ),
      { 'WWW-Authenticate': 'Bearer' },
    );
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (!authorized(req)) return noAccess(res);
    if (url.pathname === '/api' || url.pathname === '/api/') {
      if (req.method !== 'GET') return fail(res, 405, 'METHOD', bi('Use GET.', 'Gunakan GET.'), { Allow: 'GET' });
      return send(res, 200, { methods });
    }
    if (req.method !== 'POST') return fail(res, 405, 'METHOD', bi('Use POST.', 'Gunakan POST.'), { Allow: 'POST' });
    if (url.pathname === '/api/session') {
      // Exchanges the token (or renews the cookie) for the session cookie; the page calls it when it starts.
      res.writeHead(204, {
        'Set-Cookie': `${cookieName()}=${sessionValue}; HttpOnly; SameSite=Strict; Path=/api; Max-Age=${SESSION_MAX_AGE}`,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    const body = await readBody(req, MAX_BODY);
    if (body === null) {
      const mb = Math.round(MAX_BODY / (1024 * 1024));
      return fail(res, 413, 'TOO_LARGE', bi(`The request is larger than ${mb} MB and was not read; nothing was saved.`, `Permintaan melebihi ${mb} MB dan tidak dibaca; tiada apa disimpan.`));
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return fail(res, 400, 'VALIDATION', bi('The request body is not valid JSON.', 'Kandungan permintaan bukan JSON yang sah.'));
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    if ((req.headers.accept ?? '').includes(NDJSON)) return streamCall(res, method, input);
    const result = await options.dispatch(method, input);
    if (!result.ok) return send(res, STATUS[result.error.code] ?? 500, { error: result.error });
    if (isDocumentFile(result.value)) {
      const file = result.value;
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': String(file.data.byteLength),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'no-store',
      });
      return res.end(Buffer.from(file.data));
    }
    return send(res, 200, result.value ?? null);
  }

  /**
   * A long call (the termly pack) answered line by line: progress as it goes, then the result. The page
   * cancels by dropping the connection, which stops the call before anything is issued.
   */
  async function streamCall(res: http.ServerResponse, method: string, input: unknown) {
    const stop = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) stop.abort();
    });
    res.writeHead(200, { 'Content-Type': `${NDJSON}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
    const result = await options.dispatch(method, input, { onProgress: (progress) => line({ progress }), signal: stop.signal });
    if (stop.signal.aborted) return;
    if (!result.ok) line({ error: result.error });
    else if (isDocumentFile(result.value)) {
      const { fileName, contentType, data } = result.value;
      line({ file: { fileName, contentType, dataBase64: Buffer.from(data).toString('base64') } });
    } else line({ value: result.value ?? null });
    res.end();
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    const root = options.staticDir;
    if (!root) return fail(res, 404, 'NOT_FOUND', bi('No UI is served here.', 'Tiada antara muka di sini.'));
    const file = rendererFile(root, pathname);
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    // The UI folder can vanish under a running host (a rebuild): answer, never crash the process.
    let found: ReturnType<typeof fileBody>;
    try {
      found = fileBody(file, req.headers['accept-encoding']);
    } catch {
      return fail(res, 404, 'NOT_FOUND', bi('Not found.', 'Tidak dijumpai.'));
    }
    const { body, encoding } = found;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      Vary: 'Accept-Encoding',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cache-Control': cacheControl(file),
    });
    res.end(body);
  }

  return server;
}

/** Listens on the loopback address only; resolves with the port actually bound. */
export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : port);
    });
  });
}
