import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

/** Clicks Excel › English and reads the spreadsheet the browser downloads. */
async function downloadExcel(page: Page, testId: string): Promise<{ name: string; book: ExcelJS.Workbook }> {
  await page.getByTestId(testId).click();
  const waiting = page.waitForEvent('download');
  await page.getByTestId(`${testId}-en`).click();
  const download = await waiting;
  const file = path.join(os.tmpdir(), `cluster-office-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { name: download.suggestedFilename(), book };
}

test('the roster and the coverage matrix go out to Excel as the pages show them', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);
  await page.getByTestId('nav-schools').click();
  await expect(schools.rows).toHaveCount(26);
  const roster = await downloadExcel(page, 'excel-roster');
  expect(roster.name).toMatch(/School roster.*\.xlsx$/);
  const sheet = roster.book.getWorksheet('Schools');
  expect(sheet?.getCell('B3').value).toBe('School name');
  expect(sheet?.rowCount).toBe(3 + 26);

  // Visits opens on the demo's term with visits: its matrix, row by row, in the spreadsheet.
  const visits = new VisitsPage(page);
  await visits.open();
  await expect(visits.coverageRows.first()).toBeVisible();
  const first = visits.coverageRows.first();
  const abbreviation = (await first.getAttribute('data-school')) ?? '';
  const total = Number(await first.getByTestId('coverage-total').textContent());
  await screenshot(page, 'exports-01-coverage');
  const coverage = await downloadExcel(page, 'excel-coverage');
  const ws = coverage.book.getWorksheet('Coverage');
  if (!ws) throw new Error('No coverage sheet');
  expect(ws.getCell('A4').value).toBe(abbreviation);
  const totalColumn = (ws.getRow(3).values as ExcelJS.CellValue[]).indexOf('Total');
  expect(ws.getRow(4).getCell(totalColumn).value).toBe(total);
  expect(ws.rowCount).toBe(3 + (await visits.coverageRows.count()) + 1);
  expect(consoleErrors).toEqual([]);
});
