import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { SettingsPage } from './pages/SettingsPage';

test('the profile form shows which English values are missing, and typing one counts it', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  await schools.open(app.url);
  await schools.loadDemo();

  const settings = new SettingsPage(page);
  await settings.open();
  // The demo fills the English of the profile; the address is written in neither language.
  const count = page.getByTestId('profile-missing-en');
  await expect(count).toHaveAttribute('data-count', '0');
  await expect(settings.profileField('visionEn')).toHaveValue('Empowering All Towards Quality Education');

  // A Malay address without its English: one missing, marked on the English field.
  await settings.profileField('address').fill('Jalan Menteri Besar, Bandar Seri Begawan');
  await expect(count).toHaveAttribute('data-count', '1');
  await expect(settings.profileField('addressEn')).toHaveAttribute('data-missing', 'true');
  await screenshot(page, 'bilingual-01-missing');

  await settings.profileField('addressEn').fill('Jalan Menteri Besar, Bandar Seri Begawan');
  await expect(count).toHaveAttribute('data-count', '0');
  await expect(settings.profileField('addressEn')).not.toHaveAttribute('data-missing', 'true');
  await settings.saveProfile();
  await page.reload();
  await settings.open();
  await expect(settings.profileField('addressEn')).toHaveValue('Jalan Menteri Besar, Bandar Seri Begawan');
  await expect(page.getByTestId('profile-missing-en')).toHaveAttribute('data-count', '0');
  expect(consoleErrors).toEqual([]);
});
