import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { AppContext } from '../../electron/app-context';
import { createDispatch } from '../../electron/dispatch';

const made: string[] = [];
const contexts: AppContext[] = [];

/** A fresh data folder under the system temp folder, removed after the test. */
export function tempDir(prefix = 'cluster-office-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** An opened app on a new data folder, with its dispatch; closed after the test. */
export async function openApp(dataDir = tempDir(), options: { language?: 'ms' | 'en' } = {}) {
  const ctx = new AppContext(dataDir, { appVersion: 'test' });
  await ctx.open();
  contexts.push(ctx);
  const dispatch = createDispatch(ctx);
  /** Calls a method and returns its value, or throws the API error. */
  const call = async <T = unknown>(method: string, input: unknown = {}): Promise<T> => {
    const r = await dispatch(method, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.value as T;
  };
  // Messages follow the UI language; tests that read English messages ask for English.
  if (options.language) await call('settings.setLanguage', { language: options.language });
  return { ctx, dispatch, call, dataDir };
}

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
