import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserToken, TOKEN_FILE } from '../../electron/browser-token';
import { tempDir } from '../helpers/tmp';

const posix = process.platform !== 'win32';

describe('the browser-mode token', () => {
  it('is made once, kept owner-only, and reused', () => {
    const dir = tempDir();
    const first = browserToken(dir, { env: {} });
    expect(first.source).toBe('new');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    if (posix) expect(fs.statSync(path.join(dir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(browserToken(dir, { env: {} })).toEqual({ token: first.token, source: 'kept' });
  });

  it('is replaced on request, and when the kept one is malformed', () => {
    const dir = tempDir();
    const first = browserToken(dir, { env: {} }).token;
    const renewed = browserToken(dir, { env: {}, renew: true });
    expect(renewed.source).toBe('new');
    expect(renewed.token).not.toBe(first);
    fs.writeFileSync(path.join(dir, TOKEN_FILE), 'short');
    const replaced = browserToken(dir, { env: {} });
    expect(replaced.source).toBe('new');
    expect(fs.readFileSync(path.join(dir, TOKEN_FILE), 'utf8').trim()).toBe(replaced.token);
  });

  it.runIf(posix)('narrows the permissions of a kept token that others could read', () => {
    const dir = tempDir();
    const { token } = browserToken(dir, { env: {} });
    fs.chmodSync(path.join(dir, TOKEN_FILE), 0o644);
    expect(browserToken(dir, { env: {} }).token).toBe(token);
    expect(fs.statSync(path.join(dir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
  });

  it('comes from CLUSTER_OFFICE_TOKEN when set, which is not written down', () => {
    const dir = tempDir();
    expect(browserToken(dir, { env: { CLUSTER_OFFICE_TOKEN: 'fixed-token' } })).toEqual({ token: 'fixed-token', source: 'env' });
    expect(fs.existsSync(path.join(dir, TOKEN_FILE))).toBe(false);
  });
});
