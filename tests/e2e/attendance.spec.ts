import { expect, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { PlanPage } from './pages/PlanPage';
import { SchoolsPage } from './pages/SchoolsPage';

test('attendance recorded at an EPIC Wednesday moves the EPIC measure on the plan', async ({ page, app, consoleErrors }) => {
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  // The size the office's laptops have, for the screenshots.
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = new PlanPage(page);
  await plan.open();

  // The demo's EPIC sessions in February: 15 of the 38 school leaders have shared so far.
  const panel = page.getByTestId('measures-panel');
  const presenting = panel.locator('[data-testid="measure-row"][data-code="EPIC"][data-kind="leaders-presenting"]');
  await expect(presenting.getByTestId('measure-basis')).toHaveText('15 of 38 school leaders');
  await expect(presenting.getByTestId('measure-value')).toHaveText('39.5%');
  await expect(presenting.getByTestId('measure-status')).toHaveText('Not met');
  await expect(panel.locator('[data-testid="measure-row"][data-code="PD CYCLE"]').getByTestId('measure-value')).toHaveText('34');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/attendance-plan.png' });

  // The first Wednesday of March: every invited school came but SR2's, and the first school's head shared.
  const cal = new CalendarPage(page);
  await cal.open();
  await cal.goTo('2023-03');
  await cal.event('2023-03-01', 'EPIC').click();
  await page.getByTestId('series-choice').getByTestId('open-attendance').click();
  const dialog = page.getByTestId('attendance-dialog');
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('0 of 26 schools attended');
  await dialog.getByTestId('attendance-all').click();
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('26 of 26 schools attended');
  const schools = dialog.getByTestId('attendance-school');
  await schools.nth(1).getByTestId('attendance-school-check').uncheck();
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('25 of 26 schools attended');
  const first = schools.first();
  await first.getByTestId('attendance-people-toggle').click();
  const head = first.getByTestId('attendance-person').first();
  await expect(head).toContainText('Head');
  await head.getByTestId('attendance-person-presented').check();
  await expect(head.getByTestId('attendance-person-attended')).toBeChecked();
  // Ticking a leader of a school left unticked brings the school back.
  await schools.nth(1).getByTestId('attendance-people-toggle').click();
  await schools.nth(1).getByTestId('attendance-person').first().getByTestId('attendance-person-attended').check();
  await expect(schools.nth(1).getByTestId('attendance-school-check')).toBeChecked();
  await schools.nth(1).getByTestId('attendance-school-check').uncheck();
  await expect(schools.nth(1).getByTestId('attendance-person').first().getByTestId('attendance-person-attended')).not.toBeChecked();
  await dialog.getByTestId('attendance-note').fill('Sharing on reading corners');
  await page.screenshot({ path: '/tmp/attendance-dialog.png' });

  // Closing with unsaved ticks asks first.
  await page.keyboard.press('Escape');
  const discard = page.getByTestId('discard-dialog');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await dialog.getByTestId('attendance-save').click();
  await expect(dialog).toBeHidden();

  // Opened again, the record is as saved.
  await cal.event('2023-03-01', 'EPIC').click();
  await page.getByTestId('series-choice').getByTestId('open-attendance').click();
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('25 of 26 schools attended');
  await expect(dialog.getByTestId('attendance-note')).toHaveValue('Sharing on reading corners');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await plan.open();
  await expect(presenting.getByTestId('measure-basis')).toHaveText('16 of 38 school leaders');
  await expect(presenting.getByTestId('measure-value')).toHaveText('42.1%');
  expect(consoleErrors).toEqual([]);
});
