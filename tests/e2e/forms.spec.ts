import { monthName, todayLocal } from '../../shared/dates';
import { expect, screenshot, test } from './fixtures';
import { clickOutside, Confirmation, dayFirst, fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

test.use({ viewport: { width: 1366, height: 768 } });

test('the school form asks before discarding typed changes: click outside, Escape, Cancel, switching page; unchanged it closes at once', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  const confirmation = new Confirmation(page);
  await schools.openDemoInEnglish(app.url);
  const row = page.locator('[data-testid="school-row"][data-abbreviation="SR MEN"]');
  const name = (await row.locator('td:nth-child(2)').textContent())?.trim() ?? '';

  // Click outside a changed form: asked; Keep editing keeps the text.
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await expect(schools.field('name')).toHaveValue(name);
  await schools.field('name').fill(`${name} (renamed)`);
  await clickOutside(page);
  await expect(confirmation.discard).toBeVisible();
  await expect(confirmation.discard).toContainText('Discard your changes?');
  await screenshot(page, 'forms-01-discard-guard', { fullPage: false });
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirmation.discard).toBeHidden();
  await expect(schools.form).toBeVisible();
  await expect(schools.field('name')).toHaveValue(`${name} (renamed)`);

  // Escape: asked again; Escape on the question keeps editing; Discard closes and nothing is saved.
  await schools.field('phone').click();
  await page.keyboard.press('Escape');
  await expect(confirmation.discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirmation.discard).toBeHidden();
  await expect(schools.field('name')).toHaveValue(`${name} (renamed)`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(schools.form).toBeHidden();
  await expect(row.locator('td:nth-child(2)')).toHaveText(name);

  // Cancel with a change asks too; the close button likewise.
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await schools.field('email').fill('office@example.org');
  await schools.form.getByTestId('cancel-school').click();
  await expect(confirmation.discard).toBeVisible();
  await confirmation.answer(false);
  await page.locator('.mantine-Modal-close').click();
  await expect(confirmation.discard).toBeVisible();
  await confirmation.answer(true);
  await expect(schools.form).toBeHidden();

  // Unchanged: Escape, click outside and Cancel close without asking. A change typed back is no change.
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await page.keyboard.press('Escape');
  await expect(schools.form).toBeHidden();
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await schools.field('name').fill('x');
  await schools.field('name').fill(name);
  await clickOutside(page);
  await expect(schools.form).toBeHidden();
  await schools.startNewSchool();
  await schools.form.getByTestId('cancel-school').click();
  await expect(schools.form).toBeHidden();
  await expect(confirmation.discard).toHaveCount(0);

  // A leader's appointment date is typed day first and shown the same way after saving.
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await schools.form.getByTestId('add-leader').click();
  await schools.form.getByTestId('leader-name').last().fill('Awg Hj Salleh (demo)');
  await fillDate(schools.form.getByTestId('leader-appointed').last(), '2023-03-15');
  await schools.save();
  await expect(schools.form).toBeHidden();
  await page.getByRole('button', { name: 'Edit SR MEN' }).click();
  await expect(schools.form.getByTestId('leader-appointed').last()).toHaveValue('15/03/2023');
  await page.keyboard.press('Escape');
  await expect(schools.form).toBeHidden();

  // A page-level form (the cluster profile): switching page asks; Keep editing stays; Discard leaves.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('profile-department').fill('Department of Schools');
  await page.getByTestId('nav-schools').click();
  await expect(confirmation.discard).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByTestId('profile-department')).toHaveValue('Department of Schools');
  await page.getByTestId('tab-team').click();
  await expect(confirmation.discard).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByTestId('profile-department')).toHaveValue('Department of Schools');

  // Closing the tab with unsaved input: the browser asks first.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await page.getByTestId('nav-schools').click();
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(schools.rows).toHaveCount(26);
  expect(consoleErrors).toEqual([]);
});

test('a half-filled visit is kept on Escape and Cancel until the user discards it; a date is typed DD/MM/YYYY', async ({ page, app, consoleErrors }) => {
  const today = todayLocal();
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const visits = new VisitsPage(page);
  const confirmation = new Confirmation(page);
  // The Modal's root has no box of its own: its dialog is what shows.
  const dialog = visits.form.getByRole('dialog');
  await visits.open();
  await page.getByTestId('tab-visits').click();
  // The page opens on the demo's term of visits (the current year has none).
  await expect(page.getByTestId('visit-row').first()).toBeVisible();
  const listed = await page.getByTestId('visit-row').count();

  await page.getByTestId('new-visit').click();
  await expect(visits.form.getByTestId('visit-date')).toHaveValue(dayFirst(today));
  await visits.choose('visit-school', /^SM PDSM/);
  await visits.form.getByTestId('visit-findings').fill('Reading programme in place.');
  await page.keyboard.press('Escape');
  await expect(confirmation.discard).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(visits.form.getByTestId('visit-findings')).toHaveValue('Reading programme in place.');

  // An Escape that closes an open list or date picker closes only that.
  await visits.form.getByTestId('visit-next').click();
  await expect(page.locator('[data-dates-dropdown]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-dates-dropdown]')).toBeHidden();
  await expect(confirmation.discard).toBeHidden();
  await expect(visits.form.getByTestId('visit-findings')).toBeVisible();

  await visits.form.getByTestId('visit-cancel').click();
  await expect(confirmation.discard).toBeVisible();
  await confirmation.answer(true);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('visit-row')).toHaveCount(listed);

  // Typed day first, saved, listed day first.
  await page.getByTestId('new-visit').click();
  await visits.choose('visit-school', /^SM PDSM/);
  await visits.choose('visit-officers', 'Huzaimi bin Hj Abdul Kassim');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await fillDate(visits.form.getByTestId('visit-date'), `${today.slice(0, 4)}-01-02`);
  await visits.form.getByTestId('visit-save').click();
  await expect(page.getByText('Visit to SM PDSM saved.')).toBeVisible();
  await visits.form.getByTestId('visit-cancel').click();
  await expect(dialog).toBeHidden();
  await expect(confirmation.discard).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('archiving a school asks first and says what happens; Cancel leaves it active', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  const confirmation = new Confirmation(page);
  await schools.openDemoInEnglish(app.url);
  const row = page.locator('[data-testid="school-row"][data-abbreviation="SR MEN"]');

  await row.getByTestId('archive-school').click();
  await expect(confirmation.dialog).toContainText('Archive SR MEN?');
  await expect(confirmation.dialog).toContainText('leaves the roster and the lists; its records are kept and you can restore it.');
  await screenshot(page, 'forms-02-archive-asks', { fullPage: false });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmation.dialog).toBeHidden();
  await expect(schools.rows).toHaveCount(26);
  await expect(row.getByTestId('archive-school')).toBeVisible();

  await row.getByTestId('archive-school').click();
  await page.keyboard.press('Escape');
  await expect(confirmation.dialog).toBeHidden();
  await expect(schools.rows).toHaveCount(26);

  await row.getByTestId('archive-school').click();
  await confirmation.answer(true);
  await expect(schools.rows).toHaveCount(25);
  await expect(schools.countLine).toHaveText('25 schools: 1 sixth form, 7 secondary, 17 primary');

  await page.getByRole('switch', { name: 'Show archived' }).check();
  await row.getByTestId('restore-school').click();
  await expect(confirmation.dialog).toContainText('Restore SR MEN?');
  await confirmation.answer(true);
  await expect(row.getByTestId('archive-school')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('date fields read DD/MM/YYYY and the picker speaks the UI language; times are 24-hour', async ({ page, app, consoleErrors }) => {
  const today = todayLocal();
  const schools = new SchoolsPage(page);
  await schools.open(app.url);
  await schools.loadDemo();
  const visits = new VisitsPage(page);
  await visits.open();
  await page.getByTestId('new-visit').click();
  const next = visits.form.getByTestId('visit-next');
  await expect(next).toHaveAttribute('placeholder', 'HH/BB/TTTT');
  await next.click();
  const picker = page.locator('[data-dates-dropdown]');
  await expect(picker).toContainText(`${monthName(Number(today.slice(5, 7)), 'ms')} ${today.slice(0, 4)}`);
  await screenshot(page, 'forms-04-date-picker-bm', { fullPage: false });
  await next.fill('03/04/2031');
  await next.press('Tab');
  await expect(next).toHaveValue('03/04/2031');
  // A day that does not exist is refused at the field, and the date already there stays.
  await next.fill('31/02/2031');
  await next.press('Tab');
  await expect(visits.form.getByText('“31/02/2031” bukan tarikh')).toBeVisible();
  await expect(next).toHaveValue('03/04/2031');
  await next.fill('04/04/2031');
  await next.press('Tab');
  await expect(visits.form.getByText('bukan tarikh')).toHaveCount(0);
  await next.fill('03/04/2031');
  await next.press('Tab');
  await next.click();
  await expect(picker).toContainText('April 2031');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await visits.form.getByTestId('visit-cancel').click();
  await new Confirmation(page).answer(true);

  // English: the same day-first dates; the calendar's event times in 24-hour form.
  await schools.switchLanguage('EN');
  await page.getByTestId('nav-calendar').click();
  await page.getByTestId('new-event').click();
  const event = page.getByTestId('event-form');
  await expect(event.getByTestId('event-start')).toHaveValue(dayFirst(today));
  await event.getByTestId('event-all-day').uncheck();
  const start = event.getByTestId('event-start-time');
  await start.getByRole('spinbutton').first().fill('14');
  await start.getByRole('spinbutton').nth(1).fill('30');
  await expect(start.getByRole('spinbutton').first()).toHaveValue('14');
  await expect(start).not.toContainText(/AM|PM/);
  await screenshot(page, 'forms-05-event-times-en', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});

test('deleting and archiving ask first across the app; a drawer with an edit in progress asks before closing', async ({ page, app, consoleErrors }) => {
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const confirmation = new Confirmation(page);

  // A holiday of this year (the calendar opens on the demo's 2023): Cancel keeps it, Delete removes it.
  await page.getByTestId('nav-calendar').click();
  await page.getByTestId('calendar-year').click();
  await page.getByRole('option', { name: todayLocal().slice(0, 4) }).click();
  await expect(page.getByTestId('calendar-year')).toHaveValue(todayLocal().slice(0, 4));
  await page.getByTestId('open-dates').click();
  const panel = page.getByTestId('dates-panel');
  await panel.getByTestId('period-name').fill('Hari Raya Aidilfitri');
  await fillDate(panel.getByTestId('period-start'), `${todayLocal().slice(0, 4)}-04-10`);
  await panel.getByTestId('period-save').click();
  const holiday = panel.getByTestId('periods-table').getByRole('row').filter({ hasText: 'Hari Raya Aidilfitri' });
  await expect(holiday).toContainText(`10/04/${todayLocal().slice(0, 4)}`);
  await holiday.getByTestId('period-delete').click();
  await expect(confirmation.dialog).toContainText(`Delete "Hari Raya Aidilfitri" (10/04/${todayLocal().slice(0, 4)})?`);
  await confirmation.answer(false);
  await expect(holiday).toHaveCount(1);
  await holiday.getByTestId('period-delete').click();
  await confirmation.answer(true);
  await expect(holiday).toHaveCount(0);

  // Half-typed in the drawer: Escape asks; Discard closes it.
  await panel.getByTestId('period-name').fill('Half typed');
  await page.keyboard.press('Escape');
  await expect(confirmation.discard).toBeVisible();
  await confirmation.answer(true);
  await expect(panel.getByRole('dialog')).toBeHidden();

  // A visit purpose: archiving says what happens to the records that use it.
  await page.getByTestId('nav-visits').click();
  await page.getByTestId('open-visit-lists').click();
  const purposes = page.getByTestId('list-purposes');
  await purposes.getByTestId('archive-entry').first().click();
  await expect(confirmation.dialog).toContainText('It is no longer offered for new records; records that use it keep it, and you can restore it.');
  await confirmation.answer(false);
  await expect(purposes.getByTestId('restore-entry')).toHaveCount(0);
  await purposes.getByTestId('archive-entry').first().click();
  await confirmation.answer(true);
  await expect(purposes.getByTestId('restore-entry')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
