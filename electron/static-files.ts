/**
 * The UI's files as browser mode serves them: the .br or .gz file the build wrote beside each one (compressing
 * on request would hold up the host's API calls), kept in memory, and cached by the browser for a year when the
 * name carries a content hash (Vite's assets/), never for index.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip' | null;

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
const SUFFIX = { br: '.br', gzip: '.gz' } as const;
const cache = new Map<string, { mtimeMs: number; body: Buffer; encoding: Encoding }>();

/** The encodings the browser accepts, best first, for a file worth compressing. */
function acceptedEncodings(file: string, acceptEncoding: string | undefined): ('br' | 'gzip')[] {
  if (!COMPRESSIBLE.has(path.extname(file))) return [];
  const accepted = (acceptEncoding ?? '').split(',').map((e) => e.trim().split(';')[0]);
  return (['br', 'gzip'] as const).filter((e) => accepted.includes(e));
}

/**
 * The file's bytes in the best encoding the browser accepts and the build wrote; a file without one (a build
 * that skipped it as too small) is gzipped here, which costs next to nothing. Read again only when the file changes.
 */
export function fileBody(file: string, acceptEncoding: string | undefined): { body: Buffer; encoding: Encoding } {
  const { mtimeMs } = fs.statSync(file);
  const encodings = acceptedEncodings(file, acceptEncoding);
  const key = `${encodings.join('+') || 'identity'}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const encoding = encodings.find((e) => fs.existsSync(file + SUFFIX[e]));
  const found = encoding
    ? { mtimeMs, body: fs.readFileSync(file + SUFFIX[encoding]), encoding }
    : encodings.includes('gzip')
      ? { mtimeMs, body: zlib.gzipSync(fs.readFileSync(file)), encoding: 'gzip' as const }
      : { mtimeMs, body: fs.readFileSync(file), encoding: null };
  cache.set(key, found);
  return found;
}

/** A year for hashed assets (a new build gives new names), an hour for other files, never for the page itself. */
export function cacheControl(file: string): string {
  if (path.basename(file) === 'index.html') return 'no-store';
  if (/[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(file)) return 'public, max-age=31536000, immutable';
  return 'max-age=3600';
}
