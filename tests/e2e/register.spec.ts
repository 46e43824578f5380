import { todayLocal } from '../../shared/dates';
import { expect, screenshot, test } from './fixtures';
import { Confirmation } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';
import { SettingsPage } from './pages/SettingsPage';

const year = todayLocal().slice(0, 4);

test('a downloaded document is issued with a reference number, listed in the register, and may keep its number when issued again', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  await schools.open(app.url);
  await schools.loadDemo();

  const first = await schools.downloadRoster('ms');
  expect(first.suggestedFilename()).toContain(`KL-SEK-${year}-001`);

  // The same roster again: the app asks whether to keep the number; keeping it makes version 2.
  await page.getByTestId('export-roster').click();
  const again = page.waitForEvent('download');
  await page.getByTestId('export-roster-ms').click();
  await expect(page.getByTestId('reissue-dialog')).toContainText(`KL/SEK/${year}/001`);
  await new Confirmation(page).answer(true);
  expect((await again).suggestedFilename()).toContain(`KL-SEK-${year}-001 v2`);

  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByTestId('tab-register').click();
  const rows = page.getByTestId('register-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('register-number').first()).toContainText(`KL/SEK/${year}/001`);
  await expect(page.getByTestId('register-number').first()).toContainText('versi 2');
  await screenshot(page, 'register-01-list');

  await page.getByTestId('register-search').fill('tiada-padanan');
  await expect(rows).toHaveCount(0);
  await page.getByTestId('register-search').fill('SEK');
  await expect(rows).toHaveCount(2);

  // Who signs: choosing a checker is kept.
  await page.getByTestId('signatory-checkedById').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('save-signatories').click();
  await expect(page.getByTestId('save-signatories')).toBeDisabled();
  const checker = await page.getByTestId('signatory-checkedById').inputValue();
  expect(checker).not.toBe('');
  await page.reload();
  await settings.open();
  await page.getByTestId('tab-register').click();
  await expect(page.getByTestId('signatory-checkedById')).toHaveValue(checker);

  // A pattern without the running number is refused at its field.
  await page.getByTestId('reference-pattern').fill('K2/<year>');
  await page.getByTestId('save-pattern').click();
  await expect(page.getByText('Corak ini memerlukan <seq>, nombor siri.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
