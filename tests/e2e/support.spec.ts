import { apiOf, expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

interface Ranking {
  rows: { schoolId: number; abbreviation: string; level: string; acPercent: number | null; higherResults: boolean | null; group: number | null; partner: { abbreviation: string } | null; need: number }[];
}

test('Support ranks the schools by need; setting contexts places them in the four groups with partners, and Today lists the neediest', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const schools = new SchoolsPage(page);
  await schools.openDemoInEnglish(app.url);
  const api = apiOf(page, app);

  await page.getByTestId('nav-improvement').click();
  await page.getByTestId('support-year').click();
  await page.getByRole('option', { name: '2023', exact: true }).click();
  const rows = page.getByTestId('support-row');
  await expect(rows).toHaveCount(26);

  // The demo's results split the primary schools at their median; give every primary school but one a
  // context through the API, and the last one through the page.
  const before = await api<Ranking>('support.ranking', { year: 2023 });
  const primaries = before.rows.filter((r) => r.level === 'primary' && r.acPercent !== null);
  expect(primaries.length).toBeGreaterThan(4);
  const [last, ...others] = primaries;
  for (const r of others) await api('support.setContext', { schoolId: r.schoolId, context: 'challenging' });
  await page.getByTestId('nav-today').click();
  await page.getByTestId('nav-improvement').click();
  await page.getByTestId('support-year').click();
  await page.getByRole('option', { name: '2023', exact: true }).click();
  const row = page.locator(`[data-testid="support-row"][data-school="${last!.abbreviation}"]`);
  await row.getByTestId('support-context').click();
  await page.getByRole('option', { name: 'Challenging', exact: true }).click();
  await expect(row.getByTestId('support-group')).toHaveText(last!.higherResults ? 'G2' : 'G1');

  // Every challenging primary school with lower results has a partner among those with higher results.
  const after = await api<Ranking>('support.ranking', { year: 2023 });
  const lower = after.rows.filter((r) => r.group === 1);
  const higher = new Set(after.rows.filter((r) => r.group === 2).map((r) => r.abbreviation));
  expect(lower.length).toBeGreaterThan(0);
  for (const r of lower) expect(higher.has(r.partner?.abbreviation ?? '')).toBe(true);
  const first = lower[0]!;
  await expect(page.locator(`[data-testid="support-row"][data-school="${first.abbreviation}"]`).getByTestId('support-partner')).toHaveText(first.partner!.abbreviation);
  await expect(page.getByTestId('support-group-1')).toContainText(first.abbreviation);
  await screenshot(page, 'support-01-ranking', { fullPage: false });
  await page.getByTestId('support-groups').scrollIntoViewIfNeeded();
  await screenshot(page, 'support-02-groups', { fullPage: false });

  // Today, as of a day in 2023, lists the schools most in need in the ranking's order.
  await page.getByTestId('nav-today').click();
  const asOf = page.getByTestId('today-as-of');
  await asOf.fill('30/06/2023');
  await asOf.press('Enter');
  await asOf.blur();
  const ranked = await api<Ranking>('support.ranking', { year: 2023, asOf: '2023-06-30' });
  const neediest = ranked.rows.filter((r) => r.need > 0).slice(0, 5).map((r) => r.abbreviation);
  const items = page.getByTestId('today-support-list').locator('li');
  await expect(items).toHaveCount(neediest.length);
  for (const [i, abbr] of neediest.entries()) await expect(items.nth(i)).toContainText(abbr);
  await page.getByTestId('today-support-open').click();
  await expect(page.getByTestId('support-view')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
