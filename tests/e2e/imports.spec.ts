import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

const csv = (lines: string[]) => ({ name: 'sekolah-baharu.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });

test('importing a file with two bad rows shows them by row number and imports nothing; the corrected file is imported whole', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);
  await page.getByTestId('nav-schools').click();
  await expect(schools.rows).toHaveCount(26);

  await page.getByTestId('import-open').click();
  const dialog = page.getByTestId('import-roster').getByRole('dialog');
  await expect(dialog).toBeVisible();
  const choose = async (file: ReturnType<typeof csv>) => {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByTestId('import-choose').click();
    await (await chooser).setFiles(file);
  };
  const header = 'No.,School name,Abbreviation,Level';
  // Row 3 has no name, row 5 a level the roster does not know.
  await choose(csv([header, '27,Sekolah Rendah Baharu Satu,SR BS,Primary School', '28,,SR BD,Primary School', '29,Sekolah Menengah Baharu,SM BR,Secondary School', '30,Sekolah Rendah Baharu Empat,SR BE,Kindergarten']));
  await expect(dialog.getByTestId('import-counts')).toContainText('2 new, 0 to update, 0 unchanged, 2 with errors');
  const errors = dialog.locator('[data-testid="import-row"][data-outcome="error"]');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveAttribute('data-row', '3');
  await expect(errors.nth(1)).toHaveAttribute('data-row', '5');
  await expect(errors.nth(1)).toContainText('Level');
  await expect(dialog.getByTestId('import-fix-first')).toBeVisible();
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await screenshot(page, 'import-01-two-bad-rows', { fullPage: false });

  // The file corrected and chosen again: four new schools, imported together.
  await choose(csv([header, '27,Sekolah Rendah Baharu Satu,SR BS,Primary School', '28,Sekolah Rendah Baharu Dua,SR BD,Primary School', '29,Sekolah Menengah Baharu,SM BR,Secondary School', '30,Sekolah Rendah Baharu Empat,SR BE,Primary School']));
  await expect(dialog.getByTestId('import-counts')).toContainText('4 new, 0 to update, 0 unchanged, 0 with errors');
  await dialog.getByTestId('import-commit').click();
  await expect(page.getByText('4 schools added, 0 updated.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(schools.rows).toHaveCount(30);
  await expect(schools.rows.filter({ hasText: 'SR BE' })).toBeVisible();
  await screenshot(page, 'import-02-imported', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
