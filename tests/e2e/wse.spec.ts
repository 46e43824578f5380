import { todayLocal } from '../../shared/dates';
import type { Visit, VisitSummary } from '../../shared/visits/types';
import type { WseDomain } from '../../shared/wse/types';
import { apiOf, expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

test("a band added on a school's page becomes the roster's band; a visit is tagged with a WSE aspect; Settings lists the framework", async ({ page, app, consoleErrors }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const roster = new SchoolsPage(page);
  await roster.open(app.url);
  await page.getByTestId('load-demo').click();
  // Loading the demo can take a while on a busy machine.
  await expect(roster.rows).toHaveCount(26, { timeout: 60_000 });
  await page.getByTestId('language-switch').getByText('EN').click();
  const api = apiOf(page, app);
  const row = roster.rows.filter({ has: page.getByText('SR TJ', { exact: true }) });
  // The demo's history: validated 4 in 2021, internal 3 in 2023; the roster shows the latest.
  await expect(row.getByRole('cell').nth(6)).toHaveText('3');

  await row.getByTestId('school-link').click();
  const card = page.getByTestId('school-wse');
  await expect(card.getByTestId('wse-band-row')).toHaveCount(2);
  await expect(card.locator('[data-testid="wse-band-row"][data-latest="true"]')).toContainText('2023');

  // A validated band of this year, dated today.
  await card.getByTestId('wse-add-band').click();
  const form = page.getByTestId('wse-band-form');
  await form.getByTestId('wse-band-band').click();
  await page.getByRole('option', { name: '5', exact: true }).click();
  await form.getByTestId('wse-band-kind').click();
  await page.getByRole('option', { name: 'Validated' }).click();
  await form.getByTestId('wse-band-note').fill('Validated by the inspectorate');
  await form.getByTestId('wse-band-save').click();
  await expect(form).toBeHidden();
  await expect(card.getByTestId('wse-band-row')).toHaveCount(3);
  const latest = card.locator('[data-testid="wse-band-row"][data-latest="true"]');
  await expect(latest).toContainText(todayLocal().slice(0, 4));
  await expect(latest).toContainText('Validated by the inspectorate');
  await expect(page.getByTestId('school-page')).toContainText('WSE band 5');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'wse-01-school-card', { fullPage: false });
  await page.screenshot({ path: '/tmp/wse-school.png', fullPage: true });

  // A visit from the school's page, tagged with 2.2.4.
  await page.getByTestId('school-new-visit').click();
  const visits = new VisitsPage(page);
  await visits.choose('visit-officers', 'Huzaimi bin Hj Abdul Kassim');
  await page.keyboard.press('Escape');
  await visits.form.getByTestId('visit-aspects').click();
  await page.getByRole('option', { name: '2.2.4 Assessment for Learning' }).click();
  await page.keyboard.press('Escape');
  await visits.form.getByTestId('visit-findings').fill('Exit tickets used in Year 5 Mathematics.');
  // A next step serving 4.1.1.
  await visits.form.getByTestId('add-step').click();
  await visits.form.getByTestId('step-text').fill('Share the Year 5 SBA results with the cluster');
  await visits.form.getByTestId('step-aspects').click();
  await page.getByRole('option', { name: '4.1.1 School-Based Assessment' }).click();
  await page.keyboard.press('Escape');
  await visits.form.getByTestId('visit-save').click();
  await expect(page.getByText('Visit to SR TJ saved.')).toBeVisible();
  await page.screenshot({ path: '/tmp/wse-visit.png' });
  const aspect = (await api<WseDomain[]>('wse.aspects', {})).flatMap((d) => d.aspects).find((a) => a.code === '2.2.4');
  const [summary] = await api<VisitSummary[]>('visits.list', { from: todayLocal(), to: todayLocal() });
  const visit = await api<Visit>('visits.get', { id: summary?.id });
  expect(visit.aspectIds).toEqual([aspect?.id]);
  const sba = (await api<WseDomain[]>('wse.aspects', {})).flatMap((d) => d.aspects).find((a) => a.code === '4.1.1');
  expect(visit.nextSteps.map((n) => n.aspectIds)).toEqual([[sba?.id]]);
  await page.keyboard.press('Escape');

  // Back on the roster, the school's band is the new one.
  await roster.show();
  await expect(row.getByRole('cell').nth(6)).toHaveText('5');

  // Settings › WSE lists the four domains and the 13 aspects.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('tab-wse').click();
  await expect(page.getByTestId('wse-domain')).toHaveCount(4);
  await expect(page.getByTestId('wse-aspect')).toHaveCount(13);
  await page.screenshot({ path: '/tmp/wse-settings.png', fullPage: true });
  await page.locator('[data-testid="wse-aspect"][data-code="1.3.1"]').getByTestId('wse-edit-aspect').click();
  await expect(page.getByTestId('wse-monitoringEn')).toHaveValue('Written and oral feedback, dialogue sessions, work reviews, peer reviews');
  await page.screenshot({ path: '/tmp/wse-aspect-form.png' });
  expect(consoleErrors).toEqual([]);
});
