/**
 * Browser mode across restarts of the host: the page keeps its access (token, then session cookie), says
 * when the host is not answering, keeps what was typed and carries on when it is back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnWeb, type WebProcess } from '../helpers/web-process';
import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

let dataDir = '';
const hosts: WebProcess[] = [];

test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-e2e-'));
});

test.afterEach(async () => {
  for (const h of hosts.splice(0)) await h.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts browser mode on the test's data folder, as `npm run web` would (on the given port when restarting). */
async function startHost(port = 0) {
  const host = spawnWeb(dataDir, { port, env: { npm_lifecycle_event: 'web' } });
  hosts.push(host);
  return { host, ...(await host.ready) };
}

// While the host is down the browser logs each refused connection; those are the point of these tests.
const unexpected = (errors: string[]) => errors.filter((e) => !/ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE/.test(e));

test('after a restart on the same folder a reload, a bookmark and a second tab keep working', async ({ page, context, browser, consoleErrors }) => {
  const first = await startHost();
  const schools = new SchoolsPage(page);
  await schools.open(first.url);
  await schools.loadDemo();
  // The token leaves the address bar once it is kept.
  await expect(page).toHaveURL(`${first.origin}/`);

  await first.host.stop();
  const second = await startHost(first.port);
  expect(second.token).toBe(first.token);

  await schools.reload();
  await expect(schools.rows).toHaveCount(26);

  // A bookmark opened in a second tab: the bare address, no token anywhere but the session cookie.
  const tab = await context.newPage();
  await new SchoolsPage(tab).open(`${first.origin}/`);
  await expect(new SchoolsPage(tab).rows).toHaveCount(26);
  await screenshot(tab, 'browser-mode-01-second-tab');

  // A browser that never had the address is told where to find it, in the UI language.
  const stranger = await browser.newContext();
  const outside = await stranger.newPage();
  await outside.goto(`${first.origin}/`);
  await expect(outside.getByText('Halaman ini tiada kunci akses yang sah. Buka alamat yang dipaparkan semasa Cluster Office dimulakan (npm run web)').first()).toBeVisible();
  await screenshot(outside, 'browser-mode-02-no-access');
  await stranger.close();

  expect(unexpected(consoleErrors)).toEqual([]);
});

test('when the host stops the page says so in its language, keeps the input, and saves once the host is back', async ({ page, consoleErrors }) => {
  const first = await startHost();
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(first.url);

  await schools.startNewSchool();
  await schools.field('name').fill('Sekolah Rendah Semasa Henti');
  await first.host.stop();

  await schools.field('abbreviation').fill('SR SH');
  await schools.save();
  const down = page.getByText('Cluster Office is not answering', { exact: true });
  await expect(down).toBeVisible();
  await expect(schools.form.getByTestId('form-error')).toContainText('nothing was saved. Your input is kept');
  await expect(schools.field('name')).toHaveValue('Sekolah Rendah Semasa Henti');
  await screenshot(page, 'browser-mode-03-host-down');

  await startHost(first.port);
  await expect(down).toBeHidden({ timeout: 15_000 });
  await expect(page.getByText('Cluster Office is answering again.')).toBeVisible();
  await expect(schools.field('abbreviation')).toHaveValue('SR SH');

  await schools.chooseLevel('Primary School');
  await schools.save();
  await expect(schools.form).toBeHidden();
  await expect(page.locator('[data-testid="school-row"][data-abbreviation="SR SH"]')).toContainText('Sekolah Rendah Semasa Henti');

  expect(unexpected(consoleErrors)).toEqual([]);
});
