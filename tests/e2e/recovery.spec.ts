import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../../electron/app-context';
import { DATABASE_FILE } from '../../electron/data-dir';
import { createDispatch } from '../../electron/dispatch';
import { expect, screenshot, startHost, test } from './fixtures';
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
