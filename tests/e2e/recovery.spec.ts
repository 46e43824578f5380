import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { AppContext } from '../../electron/app-context';
import { DATABASE_FILE } from '../../electron/data-dir';
import { createDispatch } from '../../electron/dispatch';
import { makeIndexDisagree } from '../helpers/damage';
import { spawnWeb, type WebProcess } from '../helpers/web-process';
import { expect, screenshot, startHost, test } from './fixtures';
import { Confirmation } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';
import { SettingsPage } from './pages/SettingsPage';

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

/** A data folder holding the demo, a manual backup and (from the next start) a daily one; its data file is then damaged. */
async function damagedFolder(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-e2e-recovery-'));
  const ctx = new AppContext(dataDir, { appVersion: 'e2e' });
  await ctx.open();
  const dispatch = createDispatch(ctx);
  for (const method of ['demo.load', 'backups.create']) {
    const r = await dispatch(method, {});
    if (!r.ok) throw new Error(r.error.message);
  }
  await ctx.close();
  await ctx.open();
  // The daily backup is taken in the background after the start.
  await ctx.whenSettled();
  await ctx.close();
  const file = path.join(dataDir, DATABASE_FILE);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(100, 0xab), 0, 100, 0);
  fs.closeSync(fd);
  return dataDir;
}

test('a damaged data file is explained in words, and the newest backup brings the data back', async ({ page, consoleErrors }) => {
  const dataDir = await damagedFolder();
  const { child, url } = await startHost(dataDir);
  try {
    await page.goto(url);
    const screen = page.getByTestId('recovery-screen');
    await expect(screen).toBeVisible();
    const message = page.getByTestId('recovery-message');
    await expect(message).toContainText('Fail data rosak dan tidak selamat digunakan.');
    await expect(message).toContainText(path.join(dataDir, 'damaged'));
    await expect(page.getByTestId('recovery-log')).toContainText(path.join(dataDir, 'logs', 'recovery.log'));
    // SQLite's own words are in the log, not on the screen.
    await expect(screen).not.toContainText(/SQLITE|not a database|malformed|integrity/);
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'recovery.log'), 'utf8')).toMatch(/SQLITE_NOTADB|not a database/);
    await expect(page.getByTestId('restore-newest')).toHaveText(/^Pulihkan sandaran terbaharu \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)$/);

    await page.getByTestId('recovery-language').getByText('EN').click();
    await expect(message).toContainText('The data file is damaged and cannot be used safely.');
    await expect(message).toContainText('Restore the newest backup');
    await screenshot(page, 'recovery-01-damaged');

    await page.getByTestId('restore-newest').click();
    await expect(page.getByTestId('nav-schools')).toBeVisible();
    await expect(page.getByTestId('school-row')).toHaveCount(26);

    // Settings → Backups: each backup's kind in the UI language and its date as DD/MM/YYYY HH:mm.
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.openBackups();
    await expect(settings.backupRows()).toHaveCount(2);
    await expect(page.getByTestId('backup-kind')).toHaveText(['Harian', 'Manual']);
    for (const date of await page.getByTestId('backup-date').allTextContents()) expect(date).toMatch(DATE_TIME);
    await page.getByTestId('language-switch').getByText('EN').click();
    await expect(page.getByRole('columnheader', { name: 'Kind' })).toBeVisible();
    await expect(page.getByTestId('backup-kind')).toHaveText(['Daily', 'Manual']);
    await screenshot(page, 'recovery-02-backups');
    expect(consoleErrors).toEqual([]);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test.describe('damage found by the full check while a page is open', () => {
  let dataDir = '';
  const hosts: WebProcess[] = [];

  test.afterEach(async () => {
    for (const h of hosts.splice(0)) await h.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A data folder holding the demo and a manual backup, its UI in `language`. */
  async function folderWithDemo(language: 'ms' | 'en'): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-e2e-recovery-'));
    const ctx = new AppContext(dir, { appVersion: 'e2e' });
    await ctx.open();
    const dispatch = createDispatch(ctx);
    for (const [method, input] of [['demo.load', {}], ['settings.setLanguage', { language }], ['backups.create', {}]] as const) {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(r.error.message);
    }
    await ctx.close();
    return dir;
  }

  async function startOn(port = 0) {
    const host = spawnWeb(dataDir, { port });
    hosts.push(host);
    return { host, ...(await host.ready) };
  }

  /**
   * The page stays open while browser mode starts again (on the same port) on a file that passes
   * `quick_check`, so the start opens it; the full check that follows in the background finds the damage.
   */
  async function startAgainOnDamagedFile(running: { host: WebProcess; port: number }) {
    await running.host.stop();
    makeIndexDisagree(path.join(dataDir, DATABASE_FILE));
    return startOn(running.port);
  }

  /** Marks the page, so a reload (which forgets the mark) would show. */
  const mark = (page: Page) => page.evaluate(() => void ((window as { notReloaded?: boolean }).notReloaded = true));
  const stillMarked = (page: Page) => page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

  // While browser mode starts again the browser logs each refused connection, and each request it was
  // answering when it stopped (the page fetches the other pages' scripts once it is idle).
  const unexpected = (errors: string[]) => errors.filter((e) => !/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/.test(e));

  test('an open page shows the recovery screen by itself, without a reload', async ({ page, consoleErrors }) => {
    dataDir = await folderWithDemo('ms');
    const first = await startOn();
    const schools = new SchoolsPage(page);
    await schools.open(first.url);
    await expect(schools.rows).toHaveCount(26);
    await mark(page);

    await startAgainOnDamagedFile(first);
    // Nobody touches the page.
    await expect(page.getByTestId('recovery-screen')).toBeVisible({ timeout: 20_000 });
    const message = page.getByTestId('recovery-message');
    await expect(message).toContainText('Fail data rosak dan tidak selamat digunakan.');
    await expect(message).toContainText(path.join(dataDir, 'damaged'));
    expect(await stillMarked(page)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'recovery.log'), 'utf8')).toMatch(/found by the background integrity_check.*\n.*missing from index scratch_a/);

    await page.getByTestId('restore-newest').click();
    await expect(schools.rows).toHaveCount(26);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test('a form with typed changes keeps them: its save is refused with the reason, and the recovery screen asks first', async ({ page, consoleErrors }) => {
    dataDir = await folderWithDemo('en');
    const first = await startOn();
    const schools = new SchoolsPage(page);
    await schools.open(first.url);
    await expect(schools.rows).toHaveCount(26);
    await schools.startNewSchool();
    await schools.field('name').fill('Sekolah Rendah Tertaip');
    await schools.field('abbreviation').fill('SR TT');
    await schools.chooseLevel('Primary School');
    await mark(page);

    await startAgainOnDamagedFile(first);
    await schools.save();
    // The save is refused and says why; a notice says nothing can be saved any more; the typing stays.
    await expect(schools.form.getByTestId('form-error')).toContainText('The data file is damaged and cannot be used safely.');
    const notice = page.getByTestId('data-unusable-notice');
    await expect(notice).toContainText('Nothing can be saved any more.');
    await expect(schools.field('name')).toHaveValue('Sekolah Rendah Tertaip');
    await expect(page.getByTestId('recovery-screen')).toBeHidden();
    await screenshot(page, 'recovery-03-damaged-while-editing', { fullPage: false });

    // The recovery screen asks before the typing goes: Keep editing keeps it.
    const confirmation = new Confirmation(page);
    await page.getByTestId('data-unusable-open').click();
    await expect(confirmation.discard).toBeVisible();
    await confirmation.answer(false);
    await expect(schools.field('name')).toHaveValue('Sekolah Rendah Tertaip');
    await expect(notice).toBeVisible();
    await page.getByTestId('data-unusable-open').click();
    await confirmation.answer(true);
    await expect(page.getByTestId('recovery-screen')).toBeVisible();
    await expect(page.getByTestId('recovery-message')).toContainText('The data file is damaged and cannot be used safely.');
    await expect(notice).toBeHidden();
    expect(await stillMarked(page)).toBe(true);

    // The newest backup brings the data back; the refused school was never saved.
    await page.getByTestId('restore-newest').click();
    await expect(schools.rows).toHaveCount(26);
    await expect(page.locator('[data-testid="school-row"][data-abbreviation="SR TT"]')).toHaveCount(0);
    // The refused save is answered 503 (the data file cannot be used), which the browser logs.
    expect(unexpected(consoleErrors).filter((e) => !/status of 503/.test(e))).toEqual([]);
  });
});
