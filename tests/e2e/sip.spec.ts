import { expect, screenshot, test } from './fixtures';
import { fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';

test('a school improvement plan with two targets is entered, saved, reviewed and kept', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);

  // Improvement › SIP opens on the demo year with every school and the three demo plans.
  await page.getByTestId('nav-improvement').click();
  await page.getByTestId('improvement-tab-sip').click();
  await expect(page.getByTestId('sip-year').first()).toHaveValue('2023');
  const rows = page.getByTestId('sip-row');
  await expect(rows).toHaveCount(26);
  await expect(page.getByTestId('sip-last-review')).toHaveCount(3);
  await screenshot(page, 'sip-01-list', { fullPage: false });
  await page.screenshot({ path: '/tmp/sip-list.png' });

  const row = rows.filter({ has: page.getByTestId('sip-state') }).first();
  const school = (await row.getAttribute('data-school')) ?? '';
  await row.getByTestId('sip-open').click();
  const editor = page.getByTestId('sip-editor');
  await expect(editor.getByTestId('sip-new')).toBeVisible();

  // One priority with two targets and an action.
  await editor.getByTestId('sip-add-priority').click();
  await editor.getByTestId('priority-title').fill('Raise Mathematics results in Year 6');
  await editor.getByTestId('priority-aspects').click();
  await page.getByRole('option', { name: /4\.1\.1/ }).click();
  await page.keyboard.press('Escape');
  const targets = editor.getByTestId('sip-target');
  await targets.nth(0).getByTestId('target-measure').fill('A–C % in Year 6 Mathematics');
  await targets.nth(0).getByTestId('target-baseline').fill('48');
  await targets.nth(0).getByTestId('target-target').fill('60');
  await targets.nth(0).getByTestId('target-exam').click();
  await page.getByRole('option', { name: 'PSR' }).click();
  await targets.nth(0).getByTestId('target-subject').click();
  await page.getByRole('option', { name: 'Mathematics' }).click();
  await editor.getByTestId('add-target').click();
  await targets.nth(1).getByTestId('target-measure').fill('Pupils reading at their year level');
  await targets.nth(1).getByTestId('target-baseline').fill('55');
  await targets.nth(1).getByTestId('target-target').fill('70');
  // A due date outside the plan's year is refused at its field.
  await fillDate(targets.nth(1).getByTestId('target-due'), '2024-01-31');
  const action = editor.getByTestId('sip-action').first();
  await action.getByTestId('action-what').fill('Weekly Mathematics clinic for Year 6');
  await action.getByTestId('action-owner').fill('Head of Mathematics');
  await fillDate(action.getByTestId('action-start'), '2023-02-01');
  await fillDate(action.getByTestId('action-end'), '2023-09-29');
  await editor.getByTestId('sip-save').click();
  await expect(targets.nth(1).getByText("The due date must be in 2023, the plan's year")).toBeVisible();
  await fillDate(targets.nth(1).getByTestId('target-due'), '2023-11-30');
  await editor.getByTestId('sip-save').click();
  await expect(page.getByText(`Plan of ${school} for 2023 saved.`)).toBeVisible();
  await expect(editor.getByTestId('sip-new')).toHaveCount(0);

  // SIP Review 1 (dated from the plan's "SIP Review 1" phase) with progress on both targets.
  const review = editor.locator('[data-testid="sip-review"][data-number="1"]');
  await expect(review.getByTestId('review-date')).toHaveValue('15/05/2023');
  await review.getByTestId('review-reviewer').click();
  await page.getByRole('option', { name: 'Huzaimi bin Hj Abdul Kassim' }).click();
  await review.getByTestId('review-peer').click();
  await page.getByRole('option').first().click();
  const rated = review.getByTestId('review-target');
  await expect(rated).toHaveCount(2);
  await rated.nth(0).getByTestId('review-progress').click();
  await page.getByRole('option', { name: 'On track' }).click();
  await rated.nth(0).getByTestId('review-evidence').fill('Mid-year test: 55% A–C');
  await rated.nth(1).getByTestId('review-progress').click();
  await page.getByRole('option', { name: 'Behind' }).click();
  await rated.nth(1).getByTestId('review-evidence').fill('Two classes below the level');
  await review.getByTestId('review-findings').fill('Mathematics on track; reading needs more support.');
  await editor.getByTestId('sip-save').click();
  await expect(page.getByText(`Plan of ${school} for 2023 saved.`).first()).toBeVisible();
  await review.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/sip-review.png' });
  await screenshot(page, 'sip-02-editor');

  // After a reload the plan and its review are as saved.
  await page.reload();
  await page.getByTestId('nav-improvement').click();
  await page.getByTestId('improvement-tab-sip').click();
  const again = page.locator(`[data-testid="sip-row"][data-school="${school}"]`);
  await expect(again.getByTestId('sip-last-review')).toHaveText('Review 1 · 15/05/2023');
  await expect(again.getByTestId('sip-targets')).toHaveText('0 / 2');
  // The school's page sums the plan up and leads to it.
  await page.getByTestId('nav-schools').click();
  await page.locator(`[data-testid="school-row"][data-abbreviation="${school}"]`).getByTestId('school-link').click();
  await expect(page.getByTestId('school-sip-summary')).toHaveText('Priorities: 1 · targets: 2 · actions done: 0/1');
  // A new next step on the school's latest visit (2023) serves a target of the plan.
  await page.getByTestId('school-new-step').click();
  const visitForm = page.getByTestId('visit-form');
  await visitForm.getByTestId('step-text').last().fill('Share the Year 6 Mathematics clinic timetable');
  await visitForm.getByTestId('step-sip').last().click();
  await page.getByRole('option', { name: 'Target: A–C % in Year 6 Mathematics' }).click();
  await page.screenshot({ path: '/tmp/sip-visit-step.png' });
  await visitForm.getByTestId('visit-save').click();
  await expect(page.getByText(`Visit to ${school} saved.`)).toBeVisible();
  await visitForm.getByTestId('visit-cancel').click();
  await expect(visitForm).toHaveCount(0);
  await page.getByTestId('school-sip-open').click();
  await expect(editor.getByTestId('sip-title')).toHaveText(`SIP ${school} 2023`);
  await expect(editor.getByTestId('sip-target')).toHaveCount(2);
  await expect(editor.getByTestId('target-measure').nth(0)).toHaveValue('A–C % in Year 6 Mathematics');
  await expect(editor.getByTestId('sip-target').nth(0)).toContainText('1 visit step(s)');
  await expect(editor.getByTestId('target-baseline').nth(0)).toHaveValue('48');
  await expect(editor.getByTestId('target-due').nth(1)).toHaveValue('30/11/2023');
  const kept = editor.locator('[data-testid="sip-review"][data-number="1"]');
  await expect(kept.getByTestId('review-progress').nth(0)).toHaveValue('On track');
  await expect(kept.getByTestId('review-progress').nth(1)).toHaveValue('Behind');
  await expect(kept.getByTestId('review-evidence').nth(1)).toHaveValue('Two classes below the level');
  await expect(kept.getByTestId('review-findings')).toHaveValue('Mathematics on track; reading needs more support.');

  // Unsaved typing is not thrown away without asking.
  await kept.getByTestId('review-findings').fill('Changed, not saved');
  await editor.getByTestId('sip-back').click();
  await expect(page.getByTestId('discard-dialog').getByRole('dialog')).toBeVisible();
  await page.getByTestId('confirm-cancel').click();
  await expect(kept.getByTestId('review-findings')).toHaveValue('Changed, not saved');
  expect(consoleErrors).toEqual([]);
});
