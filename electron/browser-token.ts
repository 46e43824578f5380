/**
 * Browser mode's access token, kept in the data folder (readable by its owner only) so a restart keeps
 * bookmarks, reloads and open tabs working. `--new-token` replaces it; CLUSTER_OFFICE_TOKEN overrides it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const TOKEN_FILE = 'browser-token';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function writeToken(file: string, token: string) {
  // Written beside and renamed over, created owner-only: the token is never readable by others, even briefly.
  const temp = `${file}.${process.pid}.tmp`;
  fs.rmSync(temp, { force: true });
  fs.writeFileSync(temp, `${token}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(temp, file);
}

/**
 * The token for this start: the environment's if set; else the kept one, unless a new one is asked for or
 * the kept one is missing or malformed.
 */
export function browserToken(dataDir: string, options: { renew?: boolean; env?: NodeJS.ProcessEnv } = {}): { token: string; source: 'env' | 'kept' | 'new' } {
  const fromEnv = (options.env ?? process.env).CLUSTER_OFFICE_TOKEN;
  if (fromEnv) return { token: fromEnv, source: 'env' };
  const file = path.join(dataDir, TOKEN_FILE);
  if (!options.renew) {
    let kept = '';
    try {
      kept = fs.readFileSync(file, 'utf8').trim();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (TOKEN_SHAPE.test(kept)) {
      // A copy or an unpacked backup may have widened the permissions: narrow them again.
      if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return { token: kept, source: 'kept' };
    }
  }
  const token = newToken();
  writeToken(file, token);
  return { token, source: 'new' };
}
