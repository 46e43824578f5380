import JSZip from 'jszip';
import fs from 'node:fs';
import { todayLocal } from '../../shared/dates';
import { addDays } from '../../shared/plan/calendar-dates';
import { expect, screenshot, test } from './fixtures';
import { fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

test('a visit with an observation and two next steps changes coverage; a step is closed; the cluster report is issued; the termly pack is made', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  const today = todayLocal();
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  // The current term, as the clerk enters it on the calendar.
  const term = await page.request.post(`${app.origin}/api/periods.create`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { kind: 'term', name: 'Term 4', start: addDays(today, -30), end: addDays(today, 20) },
  });
  expect(term.ok()).toBe(true);

  const visits = new VisitsPage(page);
  await visits.open();
  await expect(visits.coverageRows).toHaveCount(26);
  await expect(visits.coverageOf('SM PDSM').getByTestId('coverage-total')).toHaveText('0');
  const weekTotalsBefore = await page.getByTestId('week-total').allTextContents();

  // Record the visit.
  await page.getByTestId('new-visit').click();
  await visits.choose('visit-school', /^SM PDSM/);
  await visits.form.getByTestId('visit-save').click();
  await expect(visits.form.getByText('Name the officers who made the visit')).toBeVisible();
  await visits.choose('visit-officers', 'Huzaimi bin Hj Abdul Kassim');
  await page.keyboard.press('Escape');
  await visits.form.getByTestId('visit-findings').fill('Lessons start on time; the reading programme is in place in Years 7 and 8.');
  await visits.form.getByTestId('add-step').click();
  await visits.form.getByTestId('add-step').click();
  await visits.form.getByTestId('step-text').nth(0).fill('Share the Year 9 reading data');
  await visits.form.getByTestId('step-owner').nth(0).fill('Deputy Principal');
  await fillDate(visits.form.getByTestId('step-due').nth(0), addDays(today, -1));
  await visits.form.getByTestId('step-text').nth(1).fill('Observe two Mathematics lessons together');
  await fillDate(visits.form.getByTestId('step-due').nth(1), addDays(today, 14));
  await visits.form.getByTestId('visit-save').click();
  await expect(page.getByText('Visit to SM PDSM saved.')).toBeVisible();

  // The lesson observation, rated on the template.
  await visits.form.getByTestId('add-observation').click();
  const obs = page.getByTestId('observation-form');
  await obs.getByTestId('obs-teacher').fill('Cikgu Rahimah');
  await obs.getByTestId('obs-class').fill('8B');
  await obs.getByTestId('obs-subject').fill('Mathematics');
  for (const [i, rating] of ['3 · good', '4 · very good'].entries()) {
    await obs.getByTestId('obs-rating').nth(i).click();
    await page.getByRole('option', { name: rating }).click();
  }
  await obs.getByTestId('obs-strengths').fill('Clear lesson objectives shared with the class.');
  await obs.getByTestId('obs-save').click();
  await expect(visits.form.getByTestId('observation-row')).toHaveText(/Cikgu Rahimah · 8B · Mathematics/);
  await screenshot(page, 'visits-01-form');
  const report = page.waitForEvent('download');
  await visits.form.getByTestId('visit-report').click();
  expect((await report).suggestedFilename()).toMatch(/^School Visit Report.*\.docx$/);
  await visits.form.getByRole('button', { name: 'Cancel' }).click();

  // Coverage moves: SM PDSM has its visit this week, and leaves the top of the list.
  await expect(visits.coverageOf('SM PDSM').getByTestId('coverage-total')).toHaveText('1');
  const weekTotalsAfter = await page.getByTestId('week-total').allTextContents();
  expect(weekTotalsAfter.map(Number).reduce((a, b) => a + b, 0)).toBe(weekTotalsBefore.map(Number).reduce((a, b) => a + b, 0) + 1);
  await expect(visits.coverageRows.last()).toHaveAttribute('data-school', 'SM PDSM');
  await screenshot(page, 'visits-02-coverage');

  // Follow-up: overdue steps first (the demo's 37 steps of 2023 still open, then this visit's overdue one),
  // the step due later last; closing one needs a note.
  await page.getByTestId('tab-follow-up').click();
  const rows = page.getByTestId('follow-up-row');
  await expect(rows).toHaveCount(37 + 2);
  const shared = rows.filter({ hasText: 'Share the Year 9 reading data' });
  await expect(shared).toHaveAttribute('data-overdue', 'true');
  await expect(rows.nth(37)).toContainText('Share the Year 9 reading data');
  await expect(rows.last()).toContainText('Observe two Mathematics lessons together');
  await expect(rows.last()).toHaveAttribute('data-overdue', 'false');
  await shared.getByTestId('close-step').click();
  const close = page.getByTestId('close-step-form');
  await close.getByTestId('close-save').click();
  await expect(close.getByText('Closing note is required')).toBeVisible();
  await close.getByTestId('close-note').fill('Data shared at the leadership meeting');
  await close.getByTestId('close-save').click();
  await expect(rows).toHaveCount(37 + 1);
  await expect(shared).toHaveCount(0);
  await expect(rows.last()).toContainText('Observe two Mathematics lessons together');
  await screenshot(page, 'visits-03-follow-up');

  // Termly reports: a narrative, then the pack of every report with its progress bar.
  await page.getByTestId('tab-reports').click();
  await page.getByTestId('report-school').click();
  await page.getByRole('option', { name: /^SM PDSM/ }).click();
  await expect(page.getByTestId('report-narrative')).toHaveValue('');
  await page.getByTestId('report-narrative').fill('SM PDSM has kept its reading programme going this term.');
  await page.getByTestId('save-narrative').click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  // The cluster's term report, issued on its own under the year's first LPK number.
  const clusterReport = page.waitForEvent('download');
  await page.getByTestId('cluster-report').click();
  const clusterFile = (await clusterReport).suggestedFilename();
  const clusterNumber = /KL-LPK-(\d{4})-(\d{3})/.exec(clusterFile);
  expect(clusterNumber, clusterFile).not.toBeNull();
  const waiting = page.waitForEvent('download');
  await page.getByTestId('make-pack').click();
  await expect(page.getByTestId('pack-progress')).toBeVisible();
  await screenshot(page, 'visits-04-pack-progress');
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/^Termly reports, term 1 \d{4}\.zip$/);
  const file = `test-results/${download.suggestedFilename()}`;
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(28);
  expect(names.every((n) => n.endsWith('.docx'))).toBe(true);
  // The covering letter and each report are issued under their own reference numbers.
  expect(names.filter((n) => /KL-SRT-\d{4}-\d{3}/.test(n))).toHaveLength(1);
  expect(names.filter((n) => /KL-LPS-\d{4}-\d{3}/.test(n))).toHaveLength(26);
  expect(names.filter((n) => /KL-LPK-\d{4}-\d{3}/.test(n))).toHaveLength(1);

  // The cluster profile document, from Settings.
  await page.getByTestId('nav-settings').click();
  const profile = page.waitForEvent('download');
  await page.getByTestId('profile-doc-en').click();
  expect((await profile).suggestedFilename()).toMatch(/Profile.*KL-PRO-.*\.docx$/);
  // The register lists the visit report, the cluster report, the 28 documents of the pack and the profile.
  await page.getByTestId('tab-register').click();
  await expect(page.getByTestId('register-row')).toHaveCount(31);
  // The cluster report issued alone is found by its number.
  const [, numberYear, seq] = clusterNumber ?? [];
  await page.getByTestId('register-search').fill(`KL/LPK/${numberYear}/${seq}`);
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await expect(page.getByTestId('register-number')).toHaveText(`KL/LPK/${numberYear}/${seq}`);
  await expect(page.getByTestId('register-row')).toContainText('Department of Schools');
  await screenshot(page, 'visits-05-register');
  expect(consoleErrors).toEqual([]);
});
