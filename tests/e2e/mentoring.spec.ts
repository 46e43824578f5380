import fs from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { MentoringPage } from './pages/MentoringPage';
import { SchoolsPage } from './pages/SchoolsPage';

test('pairs are made by dragging and by the form, a session puts an overdue pair on track, and the letters download', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const board = new MentoringPage(page);
  await board.open();

  await expect(page.getByTestId('mentoring-year')).toHaveValue('2023');
  await expect(page.getByTestId('pair-card')).toHaveCount(16);
  await expect(board.mentors.filter({ hasText: 'Rosnani' })).toHaveCount(0); // the clerk keeps records, does not mentor
  await screenshot(page, 'mentoring-01-board');

  // Drag a leader without a mentor onto Huzaimi's column: the form opens with both filled in.
  const leader = board.unassigned.first();
  const leaderName = (await leader.locator('p').first().textContent()) ?? '';
  const secondName = (await board.unassigned.nth(1).locator('p').first().textContent()) ?? '';
  const huzaimi = board.mentor('Huzaimi bin Hj Abdul Kassim');
  const before = Number((await huzaimi.getByTestId('mentor-load').textContent())?.split('/')[0]);
  await leader.dragTo(huzaimi);
  await expect(board.pairForm.getByTestId('pair-save')).toBeVisible();
  await expect(board.pairForm.getByTestId('pair-mentee')).toHaveValue(new RegExp(leaderName.replace(/[()]/g, '\\$&')));
  await board.pairForm.getByTestId('pair-save').click();
  await expect(board.pairForm.getByText('Choose a competency', { exact: true })).toBeVisible();
  await board.chooseFocus('SL2 · Leading teaching and learning');
  await board.pairForm.getByTestId('pair-save').click();
  await expect(board.pairForm).toBeHidden();
  await expect(huzaimi.getByTestId('mentor-load')).toHaveText(`${before + 1} / 3`);
  await expect(board.pair(leaderName)).toContainText('Proposed');

  // By the form: a second mentor for a mentee who has one is refused at the field.
  const taken = (await page.getByTestId('pair-card').first().getAttribute('data-mentee')) ?? '';
  await page.getByTestId('new-pair').click();
  await board.pairForm.getByTestId('pair-mentor').click();
  await page.getByRole('option', { name: /^Huzaimi/ }).click();
  await expect(board.pairForm.getByTestId('load-warning')).toHaveText('Huzaimi bin Hj Abdul Kassim already has 3 mentees; the limit is 3.');
  await board.pairForm.getByTestId('pair-mentor').click();
  await page.getByRole('option', { name: /^Abdul Rani/ }).click();
  await expect(board.pairForm.getByTestId('load-warning')).toHaveCount(0);
  await board.pairForm.getByTestId('pair-mentee').click();
  await page.getByRole('option', { name: new RegExp(`^${taken.replace(/[()]/g, '\\$&')}`) }).click();
  await board.chooseFocus('SL1 · Leading the strategic direction of the school');
  await board.pairForm.getByTestId('pair-save').click();
  await expect(board.pairForm.getByText(new RegExp(`already has a mentor for 2023`))).toBeVisible();
  await board.pairForm.getByTestId('pair-mentee').click();
  await page.getByRole('option', { name: new RegExp(`^${secondName.replace(/[()]/g, '\\$&')}`) }).click();
  await board.pairForm.getByTestId('pair-save').click();
  await expect(board.pairForm).toBeHidden();
  await expect(board.mentor('Abdul Rani bin Hj Saman').locator(`[data-mentee="${secondName}"]`)).toBeVisible();

  // An overdue pair (no session yet) gets its first session today and turns "on track".
  const overdue = page.getByTestId('pair-card').filter({ hasText: 'Overdue' }).filter({ hasText: '0 of' }).first();
  const mentee = (await overdue.getAttribute('data-mentee')) ?? '';
  await overdue.click();
  await expect(board.pairPage.getByTestId('pair-state')).toHaveText('Overdue');
  await board.pairPage.getByTestId('log-session').click();
  const form = page.getByTestId('session-form');
  await form.getByTestId('session-topics').fill('Targets for the term');
  await form.getByTestId('add-action').click();
  await form.getByTestId('action-text').fill('Draft the development plan');
  await form.getByTestId('session-save').click();
  await expect(form).toBeHidden();
  await expect(board.pairPage.getByTestId('pair-state')).toHaveText('On track');
  await expect(board.pairPage.getByTestId('pair-action')).toHaveCount(1);
  await board.pairPage.getByTestId('pair-action').click();
  await expect(board.pairPage.getByTestId('pair-action')).toBeChecked();
  await screenshot(page, 'mentoring-02-pair');
  await page.keyboard.press('Escape');
  await expect(board.pair(mentee).getByTestId('pair-state')).toHaveText('On track');
  await expect(board.pair(mentee)).toContainText('1 of');

  // Setup: mark a school leader as able to mentor; they get a column on the board.
  const experienced = secondName === leaderName ? '' : ((await board.unassigned.first().locator('p').first().textContent()) ?? '');
  await page.getByTestId('mentoring-setup-open').click();
  // The box follows the saved record, so it ticks once the change is stored.
  const mayMentor = page.getByLabel(`may mentor: ${experienced}`, { exact: true });
  await mayMentor.click();
  await expect(mayMentor).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(board.mentor(experienced)).toHaveCount(1);

  // Survives a reload.
  await page.reload();
  await board.open();
  await expect(board.pair(mentee).getByTestId('pair-state')).toHaveText('On track');

  // The appointment letters for every appointed pair.
  await page.getByTestId('mentoring-word').click();
  const waiting = page.waitForEvent('download');
  await page.getByTestId('letters-word').click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = `test-results/${download.suggestedFilename()}`;
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  await screenshot(page, 'mentoring-03-board-after');
  expect(consoleErrors).toEqual([]);
});
