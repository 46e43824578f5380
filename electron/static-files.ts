/**
 * The UI's files as browser mode serves them: compressed once (brotli, else gzip) and kept in memory, and
 * cached by the browser for a year when the name carries a content hash (Vite's assets/), never for index.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip' | null;

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
const cache = new Map<string, { mtimeMs: number; body: Buffer }>();

/** The best encoding the browser accepts for this file, or none for a file not worth compressing. */
export function encodingFor(file: string, acceptEncoding: string | undefined): Encoding {
  if (!COMPRESSIBLE.has(path.extname(file))) return null;
  const accepted = (acceptEncoding ?? '').split(',').map((e) => e.trim().split(';')[0]);
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

/** The file's bytes in that encoding, compressed on first request and again only when the file changes. */
export function fileBody(file: string, encoding: Encoding): Buffer {
  const { mtimeMs } = fs.statSync(file);
  const key = `${encoding ?? 'identity'}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const raw = fs.readFileSync(file);
  const body =
    encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : encoding === 'gzip'
        ? zlib.gzipSync(raw, { level: 9 })
        : raw;
  cache.set(key, { mtimeMs, body });
  return body;
}

/** A year for hashed assets (a new build gives new names), an hour for other files, never for the page itself. */
export function cacheControl(file: string): string {
  if (path.basename(file) === 'index.html') return 'no-store';
  if (/[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(file)) return 'public, max-age=31536000, immutable';
  return 'max-age=3600';
}
