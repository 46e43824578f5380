import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

test('Today as of a day in 2023 shows an overdue next step; closing it from the follow-up it links to brings the count down', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);

  await page.getByTestId('nav-today').click();
  const asOf = page.getByTestId('today-as-of');
  await asOf.fill('30/06/2023');
  await asOf.press('Enter');
  await asOf.blur();
  const count = page.getByTestId('today-overdue-count');
  await expect(page.getByTestId('today-overdue-list')).toBeVisible();
  const before = Number(await count.textContent());
  expect(before).toBeGreaterThan(0);
  const oldest = page.getByTestId('today-overdue-list').locator('li').first();
  // "SR X · the step · owner date": the step's own words sit between the school and the owner.
  const stepText = ((await oldest.textContent()) ?? '').split(' · ')[1] ?? '';
  expect(stepText.length).toBeGreaterThan(3);
  await expect(page.getByTestId('today-schools')).toBeVisible();
  await expect(page.getByTestId('today-exams')).toBeVisible();
  await screenshot(page, 'today-01-as-of-2023');

  // The link opens Visits on its follow-up, where the same step is closed with a note.
  await page.getByTestId('today-overdue-open').click();
  // It counts as of the same day, and says so: the same number overdue as Today's.
  await expect(page.getByTestId('as-of-note')).toContainText('30/06/2023');
  await expect(page.getByTestId('tab-follow-up')).toHaveText(new RegExp(`\\b${before}$`));
  const row = page.getByTestId('follow-up-row').filter({ hasText: stepText }).first();
  await expect(row).toBeVisible();
  await row.getByTestId('close-step').click();
  const close = page.getByTestId('close-step-form');
  await close.getByTestId('close-note').fill('Done at the school, seen on the visit.');
  await close.getByTestId('close-save').click();
  await expect(close).toBeHidden();

  // Back on Today, as of the same day (kept for the session): one fewer.
  await page.getByTestId('nav-today').click();
  await expect(page.getByTestId('today-as-of')).toHaveValue('30/06/2023');
  await expect(count).toHaveText(String(before - 1));
  await expect(page.getByTestId('today-overdue-list')).not.toContainText(stepText);
  await screenshot(page, 'today-02-after-closing');

  // The mentoring board opened from Today marks as overdue the pairs Today counts, as of that day.
  const late = Number(await page.getByTestId('today-mentoring-count').textContent());
  await page.getByTestId('today-mentoring-open').click();
  await expect(page.getByTestId('as-of-note')).toContainText('30/06/2023');
  await expect(page.getByTestId('mentoring-year')).toHaveValue('2023');
  await expect(page.getByTestId('pair-state').first()).toBeVisible();
  await expect(page.getByTestId('pair-state').filter({ hasText: 'Overdue' })).toHaveCount(late);
  await screenshot(page, 'today-03-mentoring-as-of');
  // "Count as of today" drops the day.
  await page.getByTestId('as-of-reset').click();
  await expect(page.getByTestId('as-of-note')).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
