import ExcelJS from 'exceljs';
import { apiOf, screenshot, test } from './fixtures';
import { expect, ResultsPage } from './pages/ResultsPage';
import { CalendarPage } from './pages/CalendarPage';
import { fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';

test.setTimeout(240_000);

async function sheet(lines: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PSR 2024');
  for (const l of lines) ws.addRow(l);
  return { name: 'psr-2024.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

test('results are imported from Excel with one bad line shown by its number, the good lines committed, seen in the grid and the chart; a cell error shows at the cell; a checkpoint is reviewed', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The demo and the language set through the API: this spec is about results, not the start page.
  const api = apiOf(page, app);
  await api('demo.load', {});
  await api('settings.setLanguage', { language: 'en' });
  await page.goto(app.url);
  const results = new ResultsPage(page);
  await results.open();

  // The demo's latest year with results, PSR first: the primary schools × E/M/S/BM.
  await expect(page.getByTestId('results-year')).toHaveValue('2023');
  await expect(results.grid.getByTestId('results-row')).toHaveCount(18);
  await expect(page.getByTestId('results-school-chart')).toBeVisible();
  await screenshot(page, 'results-01-demo');
  await page.screenshot({ path: '/tmp/results-01-demo.png', fullPage: true });

  // 2024 has none yet: import it from Excel. Line 4 has more at A–C than sat.
  await results.choose('results-year', '2024');
  await expect(results.cell('SR HMS', 'ENG', 'percent')).toHaveText('–');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('results-import').click();
  await (
    await chooser
  ).setFiles(
    await sheet([
      ['School', 'Subject', 'Sat', 'A–C', 'Target %'],
      ['SR HMS', 'English', 40, 30, 70],
      ['SR HMS', 'Mathematics', 40, 45, 60],
      ['SR TJ', 'ENG', 50, 20, 45],
      ['Sekolah Rendah Serasa', 'SCI', 30, 24, null],
    ]),
  );
  const preview = page.getByTestId('results-import-preview').getByRole('dialog');
  await expect(preview.getByTestId('results-import-counts')).toContainText('3 new, 0 to update, 0 unchanged, 1 with errors');
  const bad = preview.locator('[data-testid="import-row"][data-outcome="error"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toHaveAttribute('data-row', '3');
  await expect(bad).toContainText('A–C (45) cannot be more than those who sat (40)');
  await page.screenshot({ path: '/tmp/results-02-import-preview.png' });
  await preview.getByTestId('results-import-commit').click();
  await expect(page.getByText('3 results added, 0 updated.')).toBeVisible();

  // The good lines are in the grid with their A–C %; the bad one is not.
  await expect(results.cell('SR HMS', 'ENG', 'percent')).toContainText('75.0');
  await expect(results.cell('SR TJ', 'ENG', 'percent')).toContainText('40.0');
  await expect(results.cell('SR S', 'SCI', 'percent')).toContainText('80.0');
  await expect(results.cell('SR HMS', 'MATH', 'percent')).toHaveText('–');
  await expect(results.cell('SR HMS', 'ENG', 'target').locator('input')).toHaveValue('70');
  // English across the cluster: (30 + 20) / (40 + 50).
  await expect(page.getByTestId('results-totals').locator('[data-cell="cluster|ENG|percent"]')).toContainText('55.6');

  // The chart of SR HMS over the years, with 2024 in it.
  await results.choose('results-chart-school', /^SR HMS/);
  const chart = page.getByTestId('results-school-chart');
  await expect(chart.locator('.recharts-line')).not.toHaveCount(0);
  await expect(page.getByTestId('results-school-chart-table')).toContainText('2024');
  await expect(page.getByTestId('results-school-chart-table').getByRole('row', { name: /English/ })).toContainText('75.0');

  // A–C above sat typed in the grid: refused at that cell, nothing saved.
  await results.cell('SR HMS', 'MATH', 'sat').locator('input').fill('40');
  await results.cell('SR HMS', 'MATH', 'passed').locator('input').fill('41');
  await page.getByTestId('results-save').click();
  await expect(page.getByRole('tooltip').filter({ hasText: 'A–C (41) cannot be more than those who sat (40)' })).toBeVisible();
  await expect(results.cell('SR HMS', 'MATH', 'passed').locator('input')).toHaveAttribute('aria-invalid', 'true');
  await results.cell('SR HMS', 'MATH', 'passed').locator('input').fill('28');
  await page.getByTestId('results-save').click();
  await expect(page.getByText('Results saved.')).toBeVisible();
  await expect(results.cell('SR HMS', 'MATH', 'percent')).toContainText('70.0');
  await page.mouse.wheel(0, 2000);
  await screenshot(page, 'results-02-imported');
  await page.screenshot({ path: '/tmp/results-03-imported.png', fullPage: true });

  // Checkpoint reviews of the demo year: SR HMS marked at risk at 20 days before PSR.
  await results.openCheckpoints();
  await results.choose('checkpoints-year', '2023');
  const psr = page.locator('[data-testid="checkpoint-exam"][data-exam="PSR (demo)"]');
  await expect(psr.getByTestId('checkpoint-row')).toHaveCount(18);
  await expect(psr.getByTestId('checkpoint-curve')).toBeVisible();
  await psr.getByTestId('checkpoint-edit-20').click();
  const form = page.getByTestId('checkpoint-form').getByRole('dialog');
  const row = form.locator('[data-testid="checkpoint-form-row"][data-school="SR HMS"]');
  await row.getByText('At risk').click();
  await row.getByLabel('SR HMS Predicted A–C %').fill('52');
  await row.getByLabel('SR HMS Note').fill('Two Science teachers on leave');
  await form.getByTestId('checkpoint-save').click();
  await expect(page.getByText('Review saved.')).toBeVisible();
  await expect(psr.locator('[data-cell="SR HMS|20"]')).toContainText('At risk');
  await expect(psr.locator('[data-cell="SR HMS|20"]')).toContainText('52.0');
  await page.screenshot({ path: '/tmp/results-04-checkpoints.png', fullPage: true });

  // The school's page: its latest A–C % per subject, and the way back to its results.
  const roster = new SchoolsPage(page);
  await page.getByTestId('nav-schools').click();
  await roster.rows.filter({ has: page.getByText('SR HMS', { exact: true }) }).getByTestId('school-link').click();
  const card = page.getByTestId('school-results');
  await expect(card.locator('[data-testid="school-result"][data-subject="ENG"]')).toContainText('PSR 2024');
  await expect(card.locator('[data-testid="school-result"][data-subject="ENG"]')).toContainText('75.0%');
  await card.screenshot({ path: '/tmp/results-05-school-card.png' });
  await card.getByTestId('school-results-open').click();
  await expect(page.getByTestId('results-tab')).toBeVisible();
  await expect(page.getByTestId('results-chart-school')).toHaveValue(/^SR HMS/);

  // The calendar's exam form names the exam's type; the checkpoint reviews then take in the schools sitting it.
  const cal = new CalendarPage(page);
  await cal.open();
  await cal.goTo('2023-10');
  await page.getByTestId('open-dates').click();
  const panel = page.getByTestId('dates-panel');
  await panel.getByTestId('exam-name').fill('IGCSE (demo)');
  await fillDate(panel.getByTestId('exam-date'), '2023-11-06');
  await panel.getByTestId('exam-type').click();
  await page.getByRole('option', { name: 'IGCSE', exact: true }).click();
  await panel.getByTestId('exam-save').click();
  await expect(panel.getByTestId('exams-table').getByRole('row', { name: /IGCSE \(demo\)/ })).toContainText('IGCSE');
  await page.screenshot({ path: '/tmp/results-06-dates.png' });

  expect(consoleErrors).toEqual([]);
});
