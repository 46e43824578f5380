import { expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';

test("a school's page issues the cluster's KPI review, and refuses its SIP review while it has no plan", async ({ page, app, consoleErrors }) => {
  // Generous waits: the machines this runs on are shared and slow at times.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const roster = new SchoolsPage(page);
  await roster.open(app.url);
  await page.getByTestId('load-demo').click();
  // The demo's 26 schools; loading them takes a while on a busy machine.
  await expect(roster.rows).toHaveCount(26, { timeout: 45_000 });
  await page.getByTestId('language-switch').getByText('EN').click();
  await roster.rows.filter({ has: page.getByText('SR HMS', { exact: true }) }).getByTestId('school-link').click();
  await expect(page.getByTestId('school-page')).toHaveAttribute('data-school', 'SR HMS', { timeout: 45_000 });

  await page.getByTestId('improvement-documents').click();
  await page.getByTestId('doc-kpi-cluster').hover();
  const year = new Date().getFullYear();
  await expect(page.getByTestId(`doc-kpi-cluster-${year}-en`)).toBeVisible();
  await screenshot(page, 'improvement-documents-menu', { fullPage: false });
  const waiting = page.waitForEvent('download');
  await page.getByTestId(`doc-kpi-cluster-${year}-en`).click();
  expect((await waiting).suggestedFilename()).toMatch(new RegExp(`KPI Results Review ${year}.*\\.docx$`));

  await page.getByTestId('improvement-documents').click();
  await page.getByTestId('doc-sip-review').hover();
  await page.getByTestId(`doc-sip-review-${year}-en`).click();
  await expect(page.getByText(`SR HMS has no school improvement plan for ${year}`)).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'improvement-documents-refused', { fullPage: false });

  // The Improvement page offers the cluster's review beside its title.
  await page.getByTestId('nav-improvement').click();
  await page.getByTestId('improvement-documents').click();
  await expect(page.getByTestId('doc-kpi-cluster')).toBeVisible();
  await expect(page.getByTestId('doc-sip-review')).toHaveCount(0);
  await screenshot(page, 'improvement-documents-page', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
