import fs from 'node:fs';
import { docxText } from '../helpers/docx';
import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

test('a clerk loads the demo, searches, adds a school, switches to English and downloads the roster', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  await schools.open(app.url);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await screenshot(page, 'roster-01-welcome');

  await schools.loadDemo();
  await expect(schools.countLine).toHaveText('26 sekolah: 1 tingkatan enam, 7 menengah, 18 rendah');
  await expect(page.getByTestId('cluster-name')).toContainText('Kluster 2');
  await screenshot(page, 'roster-02-demo-loaded');

  await schools.searchFor('Mentiri');
  await expect(schools.rows).toHaveCount(3);
  for (const name of await schools.rows.locator('td:nth-child(2)').allTextContents()) expect(name).toContain('Mentiri');
  await expect(schools.countLine).toHaveText('3 sekolah: 1 menengah, 2 rendah');
  await screenshot(page, 'roster-03-search-mentiri');
  await schools.searchFor('');
  await expect(schools.rows).toHaveCount(26);

  await schools.startNewSchool();
  await schools.field('name').fill('Sekolah Rendah Ujian Kampong Baru');
  await schools.field('abbreviation').fill('sr men');
  await schools.chooseLevel('Sekolah Rendah');
  await schools.save();
  await expect(schools.fieldError('abbreviation')).toContainText('sudah digunakan oleh Sekolah Rendah Mentiri');
  await expect(schools.form).toBeVisible();
  await screenshot(page, 'roster-04-duplicate-abbreviation');

  await schools.field('abbreviation').fill('SR UKB');
  await schools.save();
  await expect(schools.form).toBeHidden();
  await expect(schools.rows).toHaveCount(27);
  await expect(page.locator('[data-testid="school-row"][data-abbreviation="SR UKB"]')).toContainText('Sekolah Rendah Ujian Kampong Baru');
  await expect(schools.countLine).toHaveText('27 sekolah: 1 tingkatan enam, 7 menengah, 19 rendah');

  await schools.switchLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Schools' })).toBeVisible();
  await expect(schools.countLine).toHaveText('27 schools: 1 sixth form, 7 secondary, 19 primary');
  await schools.reload();
  await expect(schools.countLine).toHaveText('27 schools: 1 sixth form, 7 secondary, 19 primary');
  await screenshot(page, 'roster-05-english');

  const download = await schools.downloadRoster('en');
  expect(download.suggestedFilename()).toMatch(/^Kluster 2 School Roster KL-SEK-\d{4}-001 \d{4}-\d{2}-\d{2}\.docx$/);
  const file = 'test-results/roster-en.docx';
  await download.saveAs(file);
  const text = await docxText(fs.readFileSync(file));
  expect(text).toContain('KLUSTER 2 SCHOOL ROSTER');
  expect(text).toContain('Sekolah Rendah Ujian Kampong Baru');
  expect(text).toContain('Primary School (19)');

  expect(consoleErrors).toEqual([]);
});
