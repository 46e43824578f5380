/**
 * Each test gets its own app: `npm run web`'s built host on a free loopback port and a new data folder,
 * opened at the printed address (which carries the token).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

export async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/node/web.cjs', '--port', '0', '--data', dataDir], {
    env: { ...process.env, CLUSTER_OFFICE_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start:\n${output}`)), 20_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The app exited (${code}):\n${output}`)));
  });
  return { child, url };
}

export const test = base.extend<{ app: RunningApp; consoleErrors: string[] }>({
  // Playwright needs the destructuring pattern to see that this fixture depends on no other.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-e2e-'));
    const { child, url } = await startHost(dataDir);
    const u = new URL(url);
    await use({ url, origin: u.origin, token: new URLSearchParams(u.hash.slice(1)).get('token') ?? '', dataDir });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // A 4xx answer is a refused input the page shows at its field; the browser logs it anyway.
      const handled = /Failed to load resource: the server responded with a status of 4\d\d/.test(m.text());
      if (m.type() === 'error' && !handled) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});

export { expect };

/** The app's API as the page's own session calls it (setting up what a test needs); a refused call fails the test. */
export const apiOf = (page: Page, app: RunningApp) => async <T,>(method: string, data: object): Promise<T> => {
  const r = await page.request.post(`${app.origin}/api/${method}`, { headers: { Authorization: `Bearer ${app.token}` }, data });
  expect(r.ok(), `${method}: ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
};

/** The whole page by default; `fullPage: false` for what the window shows (dialogs over the page). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}
