import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { SearchPalette } from './pages/SearchPalette';

test('open a school from Ctrl+K: the palette finds it by part of its name and choosing it leaves the roster for the school', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  const search = new SearchPalette(page);
  await schools.open(app.url);
  await schools.loadDemo();
  await expect(search.button).toContainText('Cari…');
  await screenshot(page, 'search-01-header', { fullPage: false });

  // Ctrl+K works from anywhere, even while typing in the roster's own search.
  await schools.search.click();
  await search.openWithKeyboard();
  await search.type('MENTÍRI');
  await expect(search.ofKind('school')).toHaveCount(3);
  await expect(search.results).toContainText('Sekolah');
  const school = search.ofKind('school').filter({ hasText: 'Sekolah Rendah Mentiri' });
  await expect(school).toBeVisible();
  await screenshot(page, 'search-02-mentiri', { fullPage: false });

  const testId = (await school.getAttribute('data-testid')) ?? '';
  await school.click();
  await expect(search.input).toBeHidden();
  // The school's own page, with its name and visits.
  await expect(page.getByTestId('school-page-name')).toHaveText(/Sekolah Rendah Mentiri/);

  // From the keyboard alone: the abbreviation typed in full comes first, and Enter opens it.
  await page.getByTestId('nav-schools').click();
  await expect(schools.rows).toHaveCount(26);
  await search.openWithKeyboard();
  await search.type('sr men');
  await expect(search.ofKind('school').first()).toContainText('SR MEN · Sekolah Rendah');
  await expect(search.ofKind('school').first()).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(search.input).toBeHidden();
  // The app moved to the school's page: the roster is no longer shown.
  await expect(schools.rows).toHaveCount(0);
  await expect(page.getByTestId('school-page')).toHaveAttribute('data-school', 'SR MEN');
  expect(testId).toMatch(/^search-result-school-\d+$/);
  await screenshot(page, 'search-03-after-choosing', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});

test('the search box finds an initiative, a leader by part of the name and an action, in English too', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  const search = new SearchPalette(page);
  await schools.openDemoInEnglish(app.url);
  await expect(search.button).toContainText('Search…');
  await expect(search.button).toContainText('Ctrl+K');

  await search.openWithButton();
  // Before typing: the actions.
  await expect(search.action('newVisit')).toHaveText(/New visit/);
  await search.type('epic');
  await expect(search.ofKind('initiative').first()).toContainText('EPIC');
  await expect(search.ofKind('event').first()).toContainText('repeats 01/02/2023–30/09/2023');
  await screenshot(page, 'search-04-epic', { fullPage: false });

  // A leader by part of the name (the demo's invented leaders are marked "(demo)").
  await search.type('(demo');
  await expect(search.ofKind('person').first()).toContainText('(demo)');

  // An action, found in either language: "sandaran" is the Malay for backup.
  await search.type('sandaran');
  await expect(search.action('loadBackup')).toHaveText(/Load backup/);
  await search.action('loadBackup').click();
  await expect(search.input).toBeHidden();
  await expect(page.getByTestId('tab-backups')).toBeVisible();

  await search.openWithKeyboard();
  await search.type('zzqx');
  await expect(page.getByTestId('search-empty')).toHaveText('Nothing matches "zzqx".');
  await page.keyboard.press('Escape');
  await expect(search.input).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
