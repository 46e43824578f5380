import { apiOf, expect, screenshot, test } from './fixtures';
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

test('the palette\'s actions open their forms, and a record found opens where it is: an event on its month, an initiative on its year, a visit on its term', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  const search = new SearchPalette(page);
  await schools.openDemoInEnglish(app.url);
  const choose = async (text: string, pick: () => ReturnType<SearchPalette['action']>) => {
    await search.openWithKeyboard();
    await search.type(text);
    await pick().click();
    await expect(search.input).toBeHidden();
  };

  // "New visit": the visit form, with the first purpose already chosen.
  await choose('new visit', () => search.action('newVisit'));
  const visitForm = page.getByTestId('visit-form');
  const dialog = (testId: string) => page.getByTestId(testId).getByRole('dialog');
  await expect(dialog('visit-form')).toBeVisible();
  await expect(visitForm.getByTestId('visit-purpose')).not.toHaveValue('');
  await screenshot(page, 'search-05-new-visit', { fullPage: false });
  await visitForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog('visit-form')).toBeHidden();

  // "New event", "New school", "New pair": each page opens with its form.
  await choose('new event', () => search.action('newEvent'));
  await expect(dialog('event-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog('event-form')).toBeHidden();
  await choose('new school', () => search.action('newSchool'));
  await expect(page.getByTestId('school-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('school-form')).toBeHidden();
  await choose('new pair', () => search.action('newPair'));
  await expect(dialog('pair-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog('pair-form')).toBeHidden();

  // EPIC's weekly event, from 1 February 2023, opens the calendar on February 2023.
  await choose('epic', () => search.ofKind('event').first());
  await expect(page.getByTestId('calendar').locator('.fc-toolbar-title')).toHaveText('February 2023');
  // EPIC the initiative opens the 2023 plan.
  await choose('epic', () => search.ofKind('initiative').first());
  await expect(page.getByTestId('plan-year')).toHaveValue('2023');
  // "New initiative": the plan's form for one, over the year's plan.
  await choose('new initiative', () => search.action('newInitiative'));
  await expect(dialog('initiative-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog('initiative-form')).toBeHidden();
  // A visit found by its school opens the Visits list on the visit's year and term.
  const api = apiOf(page, app);
  const [visit] = await api<{ schoolId: number; date: string }[]>('visits.list', { from: '2023-01-01', to: '2023-12-31' });
  if (!visit) throw new Error('The demo has no visits in 2023');
  const school = (await api<{ items: { id: number; abbreviation: string }[] }>('schools.list', {})).items.find((x) => x.id === visit.schoolId);
  const term = (await api<{ term: number; start: string; end: string }[]>('terms.list', { year: 2023 })).find((x) => x.start <= visit.date && visit.date <= x.end);
  await choose(school?.abbreviation ?? '', () => search.ofKind('visit').first());
  await expect(page.getByTestId('visits-year')).toHaveValue('2023');
  await expect(page.getByTestId('visits-term')).toHaveValue(new RegExp(`^Term ${term?.term} `));
  await expect(page.getByTestId('tab-visits')).toHaveAttribute('aria-selected', 'true');
  // The same school from the palette: its page, with its visits and the chart of its ratings.
  await choose(school?.abbreviation ?? '', () => search.ofKind('school').first());
  await expect(page.getByTestId('school-page')).toHaveAttribute('data-school', school?.abbreviation ?? '');
  await expect(page.getByTestId('school-visit').first()).toBeVisible();
  await expect(page.getByTestId('ratings-chart')).toBeVisible();
  await expect(page.getByTestId('ratings-row').first()).toBeVisible();
  await screenshot(page, 'search-06-school-from-palette', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
