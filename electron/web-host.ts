/**
 * Browser mode: the same dispatch() over loopback HTTP. Binds 127.0.0.1 only, wants the per-start token as
 * a Bearer header on every /api request, and refuses a foreign Host or Origin (DNS rebinding, other sites).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { methods } from '../shared/api';
import type { DocumentFile } from '../shared/domain';
import type { ErrorCode } from '../shared/errors';
import type { Dispatch } from './dispatch';
import { rendererFile } from './renderer-files';
import { CONTENT_SECURITY_POLICY } from './security';

export interface WebHostOptions {
  dispatch: Dispatch;
  token: string;
  port: number;
  /** Built renderer (index.html and assets); omitted in API-only tests. */
  staticDir?: string;
}

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNKNOWN_METHOD: 404,
  DATABASE_UNAVAILABLE: 503,
  BUSY: 503,
  INTERNAL: 500,
};
const MAX_BODY = 8 * 1024 * 1024;
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

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createWebHost(options: WebHostOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, { error: { code: 'INTERNAL', message: 'The request failed.' } });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, { error: { code: 'FORBIDDEN', message: 'Unknown host.' } });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
      return send(res, 403, { error: { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' } });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return send(res, 404, { error: { code: 'NOT_FOUND', message: 'Not found.' } });
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: { code: 'METHOD', message: 'Method not allowed.' } });
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !sameToken(given, options.token)) {
      return send(res, 401, { error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' } }, { 'WWW-Authenticate': 'Bearer' });
    }
    if (url.pathname === '/api' || url.pathname === '/api/') {
      if (req.method !== 'GET') return send(res, 405, { error: { code: 'METHOD', message: 'Use GET.' } });
      return send(res, 200, { methods });
    }
    if (req.method !== 'POST') return send(res, 405, { error: { code: 'METHOD', message: 'Use POST.' } });
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return send(res, 400, { error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } });
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
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

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const root = options.staticDir;
    if (!root) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'No UI is served here.' } });
    const file = rendererFile(root, pathname);
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
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
