/**
 * The demo is of 2023: the plan, calendar, visits and mentoring pages each open on 2023 (the current year has
 * no data) with the demo's data shown, and their year pickers offer 2023 and the current year.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { MentoringPage } from './pages/MentoringPage';
import { PlanPage } from './pages/PlanPage';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

const thisYear = String(new Date().getFullYear());

/** The options a year picker offers. */
async function offered(page: Page, testId: string): Promise<string[]> {
  await page.getByTestId(testId).click();
  const options = await page.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  return options;
}

test('the demo opens the plan, calendar, visits and mentoring pages on 2023 with its data', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);

  const plan = new PlanPage(page);
  await plan.open();
  await expect(page.getByTestId('plan-year')).toHaveValue('2023');
  await expect(plan.initiatives).toHaveCount(8);
  expect(await offered(page, 'plan-year')).toEqual(['2023', thisYear]);
  await screenshot(page, 'years-01-plan', { fullPage: false });
  // The current year has no plan yet: choosing it offers to start one.
  await page.getByTestId('plan-year').click();
  await page.getByRole('option', { name: thisYear }).click();
  await expect(page.getByTestId('no-plan-for-year')).toContainText(`No plan for ${thisYear}`);
  await expect(page.getByTestId('start-year')).toHaveText(`Start the ${thisYear} plan`);

  const calendar = new CalendarPage(page);
  await calendar.open();
  await expect(page.getByTestId('calendar-year')).toHaveValue('2023');
  expect(await offered(page, 'calendar-year')).toEqual(['2023', thisYear]);
  // January 2023: term 1 and the New Year holiday (marked demo) behind the days.
  await expect(calendar.day('2023-01-15')).toBeVisible();
  await expect(calendar.calendar.locator('.period-term').first()).toBeVisible();
  await expect(calendar.calendar.locator('.period-holiday').first()).toBeVisible();
  await screenshot(page, 'years-02-calendar', { fullPage: false });
  // Choosing the year again from the picker after moving away returns to its January.
  await calendar.goTo('2023-05');
  await expect(calendar.event('2023-05-10', 'EPIC')).toBeVisible();
  await expect(page.getByTestId('calendar-year')).toHaveValue('2023');

  const visits = new VisitsPage(page);
  await visits.open();
  await expect(page.getByTestId('visits-year')).toHaveValue('2023');
  expect(await offered(page, 'visits-year')).toEqual(['2023', thisYear]);
  // It opens on term 2, the term of the demo's visits: every school visited at least once.
  await expect(page.getByTestId('visits-term')).toHaveValue(/^Term 2 · 20\/3–16\/6$/);
  await expect(visits.coverageRows).toHaveCount(26);
  await expect(visits.coverageOf('PTM')).toBeVisible();
  await page.getByTestId('tab-visits').click();
  await expect(page.getByTestId('visit-row').first()).toBeVisible();
  expect(await page.getByTestId('visit-row').count()).toBeGreaterThanOrEqual(30);
  await screenshot(page, 'years-03-visits', { fullPage: false });

  const mentoring = new MentoringPage(page);
  await mentoring.open();
  await expect(page.getByTestId('mentoring-year')).toHaveValue('2023');
  await expect(page.getByTestId('pair-card')).toHaveCount(16);
  await screenshot(page, 'years-04-mentoring', { fullPage: false });

  expect(consoleErrors).toEqual([]);
});
