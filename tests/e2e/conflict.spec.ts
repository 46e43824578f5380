import { expect, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

test('two tabs edit one school: the later save is refused, keeps its input, and after Reload applies on top of the other', async ({ page, app, context, consoleErrors }) => {
  const first = new SchoolsPage(page);
  await first.openDemoInEnglish(app.url);
  const other = await context.newPage();
  const second = new SchoolsPage(other);
  await second.open(app.url);
  await expect(second.rows).toHaveCount(26);

  // Both open SR MEN; the second tab saves a phone number first.
  await page.getByRole('button', { name: /SR MEN$/ }).click();
  await other.getByRole('button', { name: /SR MEN$/ }).click();
  const name = await first.field('name').inputValue();
  const phoneBefore = await first.field('phone').inputValue();
  await second.field('phone').fill('2345001');
  await second.save();
  await expect(second.form).toBeHidden();

  // The first tab, opened before that save, renames the school: refused, the input stays.
  await first.field('name').fill(`${name} (renamed)`);
  await first.save();
  const alert = first.form.getByTestId('conflict-alert');
  await expect(alert).toContainText('This record was changed since you opened it. Reload to take the latest version; your changes stay in the form.');
  await expect(first.field('name')).toHaveValue(`${name} (renamed)`);
  await expect(first.field('phone')).toHaveValue(phoneBefore);

  // Reload: the other tab's phone comes in, the rename stays; the next save applies.
  await first.form.getByTestId('conflict-reload').click();
  await expect(alert).toBeHidden();
  await expect(first.field('phone')).toHaveValue('2345001');
  await expect(first.field('name')).toHaveValue(`${name} (renamed)`);
  await first.save();
  await expect(first.form).toBeHidden();
  await page.getByRole('button', { name: /SR MEN$/ }).click();
  await expect(first.field('name')).toHaveValue(`${name} (renamed)`);
  await expect(first.field('phone')).toHaveValue('2345001');
  expect(consoleErrors).toEqual([]);
});
