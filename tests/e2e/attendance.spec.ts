import { expect as baseExpect, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { Confirmation } from './pages/forms';
import { PlanPage } from './pages/PlanPage';
import { SchoolsPage } from './pages/SchoolsPage';

// The machine running the tests is shared: the demo and each page may take a while to arrive.
const expect = baseExpect.configure({ timeout: 45_000 });

test('attendance recorded at an EPIC Wednesday moves the EPIC measure on the plan', async ({ page, app, consoleErrors }) => {
  test.setTimeout(300_000);
  const schools = new SchoolsPage(page);
  await schools.open(app.url);
  await page.getByTestId('load-demo').click();
  await expect(schools.rows).toHaveCount(26);
  await page.getByTestId('language-switch').getByText('EN').click();
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
  const invited = dialog.getByTestId('attendance-school');
  await invited.nth(1).getByTestId('attendance-school-check').uncheck();
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('25 of 26 schools attended');
  const first = invited.first();
  await first.getByTestId('attendance-people-toggle').click();
  const head = first.getByTestId('attendance-person').first();
  await expect(head).toContainText('Head');
  await head.getByTestId('attendance-person-presented').check();
  await expect(head.getByTestId('attendance-person-attended')).toBeChecked();
  // Ticking a leader of a school left unticked brings the school back.
  await invited.nth(1).getByTestId('attendance-people-toggle').click();
  await invited.nth(1).getByTestId('attendance-person').first().getByTestId('attendance-person-attended').check();
  await expect(invited.nth(1).getByTestId('attendance-school-check')).toBeChecked();
  await invited.nth(1).getByTestId('attendance-school-check').uncheck();
  await expect(invited.nth(1).getByTestId('attendance-person').first().getByTestId('attendance-person-attended')).not.toBeChecked();
  await dialog.getByTestId('attendance-note').fill('Sharing on reading corners');
  await page.screenshot({ path: '/tmp/attendance-dialog.png' });

  // Closing with unsaved ticks asks first.
  await page.keyboard.press('Escape');
  const discard = new Confirmation(page).discard;
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(dialog.getByTestId('attendance-summary')).toHaveText('25 of 26 schools attended');
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

  // The initiative's form edits its measures: a result change needs its exam, refused at that field.
  await panel.locator('[data-testid="measure-row"][data-code="EPIC"]').first().getByTestId('measure-edit').click();
  const form = page.getByTestId('initiative-form');
  const editor = form.getByTestId('measures-editor');
  await expect(editor.getByTestId('measure-form-row')).toHaveCount(2);
  await expect(editor.getByTestId('measure-form-row').first()).toContainText('16 of 38 school leaders');
  await editor.getByTestId('measure-add').click();
  const added = editor.getByTestId('measure-form-row').nth(2);
  await added.getByTestId('measure-label-ms').fill('Peratus A–C Sains PSR');
  await added.getByTestId('measure-label-en').fill('PSR Science A–C %');
  await added.getByTestId('measure-kind').click();
  await page.getByRole('option', { name: 'Change in A–C % (points)' }).click();
  await added.getByTestId('measure-target').fill('3');
  await form.getByTestId('initiative-save').click();
  await expect(added.getByText('Choose the exam whose A–C % should change')).toBeVisible();
  await page.screenshot({ path: '/tmp/attendance-initiative.png' });
  await added.getByTestId('measure-exam').click();
  await page.getByRole('option', { name: /^PSR/ }).click();
  await form.getByTestId('initiative-save').click();
  await expect(form).toBeHidden();
  await expect(panel.locator('[data-testid="measure-row"][data-code="EPIC"][data-kind="result-change"]').getByTestId('measure-status')).toHaveText('Not met');
  expect(consoleErrors).toEqual([]);
});
