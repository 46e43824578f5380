import { expect, screenshot, test } from './fixtures';
import { fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';

test.use({ viewport: { width: 1366, height: 768 } });

test('every invalid field of a school is shown at once at its field, with a short summary above the form', async ({ page, app, consoleErrors }) => {
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);
  await schools.startNewSchool();
  await schools.field('email').fill('not an address');
  await schools.form.getByTestId('add-leader').click();
  await fillDate(schools.form.getByTestId('leader-appointed').last(), '2023-03-15');
  await schools.save();

  // Blank name, blank abbreviation, a wrong email and a leader without a name: all four at once.
  for (const field of ['name', 'abbreviation', 'email']) await expect(schools.fieldError(field), field).toBeVisible();
  const leaderName = schools.form.locator('.mantine-InputWrapper-root:has([data-field="leaders.0.name"]) .mantine-InputWrapper-error');
  await expect(leaderName).toBeVisible();
  await expect(schools.form.getByTestId('form-errors')).toHaveText(/Correct the 4 marked fields\./);
  // The typed date survives the refused save, still written day first.
  await expect(schools.form.getByTestId('leader-appointed').last()).toHaveValue('15/03/2023');
  await screenshot(page, 'forms-03-every-error-at-its-field', { fullPage: false });

  // Fixing one field clears its message only.
  await schools.field('name').fill('Sekolah Rendah Ujian');
  await expect(schools.fieldError('name')).toHaveCount(0);
  await expect(schools.fieldError('abbreviation')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
