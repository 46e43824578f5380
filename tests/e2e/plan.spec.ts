import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { PlanPage } from './pages/PlanPage';
import { Confirmation } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';

type Reference = { calendar2023: { initiative: string; lanes: { name: string; start: string; end: string }[][] }[] };
const reference = JSON.parse(fs.readFileSync('electron/services/demo/kluster2.json', 'utf8').replace(/^\uFEFF/, '')) as Reference;

test('the 2023 demo plan is drawn like the infographic, and a dragged bar stays moved after a reload', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const plan = new PlanPage(page);
  await plan.open();

  await expect(plan.initiatives).toHaveCount(8);
  expect(await plan.initiatives.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(reference.calendar2023.map((i) => i.initiative));
  await expect(plan.months).toHaveCount(13);
  await expect(plan.months.last()).toHaveText('Jan 2024');

  // Every bar of the reference sits exactly over its months' columns.
  const phases = reference.calendar2023.flatMap((i) => i.lanes.flat());
  await expect(plan.bars).toHaveCount(phases.length);
  for (const p of phases) {
    const box = await plan.bar(p.name).boundingBox();
    const [first, last] = [await plan.monthEdges(p.start), await plan.monthEdges(p.end)];
    expect(box, p.name).not.toBeNull();
    expect(Math.abs((box?.x ?? 0) - first.left), `${p.name} starts in ${p.start}`).toBeLessThan(6);
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) - last.right), `${p.name} ends in ${p.end}`).toBeLessThan(6);
  }
  // Long names wrap inside their bar instead of being cut off.
  const clipped = await plan.bars.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent));
  expect(clipped).toEqual([]);
  await screenshot(page, 'plan-2023');

  // Drag PSBC Implementation two months later; Ctrl+Z takes it back; drag again and reload.
  await plan.drag('PSBC Implementation', 2);
  await expect(plan.bar('PSBC Implementation')).toHaveAttribute('data-start', '2023-07');
  await expect(plan.bar('PSBC Implementation')).toHaveAttribute('data-end', '2023-11');
  await page.keyboard.press('Control+z');
  await expect(plan.bar('PSBC Implementation')).toHaveAttribute('data-start', '2023-05');
  await plan.drag('PSBC Implementation', 2);
  await expect(plan.bar('PSBC Implementation')).toHaveAttribute('data-start', '2023-07');

  // Resize: Topics Compilation's end one month on.
  await plan.drag('Topics Compilation', 1, 'end');
  await expect(plan.bar('Topics Compilation')).toHaveAttribute('data-end', '2023-10');

  // An overlap is refused with the reason, and the bar stays where it was.
  await plan.drag('Reading and Research', 1);
  await expect(page.getByText('"Reading and Research" overlaps "Leadership Sharing and School Visits" in the same lane')).toBeVisible();
  expect(await plan.span('Reading and Research')).toEqual(['2023-03', '2023-04']);

  // From the keyboard: arrow moves a bar a month.
  await plan.bar('SIP Review 2').focus();
  await page.keyboard.press('ArrowRight');
  await expect(plan.bar('SIP Review 2')).toHaveAttribute('data-start', '2023-08');
  // Two presses before the page has redrawn: the second move waits for the first and goes out with the version
  // it left, so it is not refused as someone else's change (both were aimed at the same months).
  await plan.bar('SIP Review 2').evaluate((el) => {
    for (let i = 0; i < 2; i++) el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  });
  await expect(plan.bar('SIP Review 2')).toHaveAttribute('data-start', '2023-09');
  await page.waitForLoadState('networkidle');
  expect(await page.getByText('was changed by someone else').count()).toBe(0);

  await page.reload();
  await plan.open();
  expect(await plan.span('PSBC Implementation')).toEqual(['2023-07', '2023-11']);
  expect(await plan.span('Topics Compilation')).toEqual(['2023-05', '2023-10']);
  expect(await plan.span('SIP Review 2')).toEqual(['2023-09', '2023-11']);
  await screenshot(page, 'plan-2023-after-moves');
  expect(consoleErrors).toEqual([]);
});

test('initiatives, lanes and phases are added, renamed and deleted from the view, and print fits one A4 landscape page', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const plan = new PlanPage(page);
  await plan.open();

  await page.getByTestId('add-initiative').click();
  const form = page.getByTestId('initiative-form');
  await form.getByTestId('initiative-code').fill('epic');
  await form.getByTestId('initiative-name').fill('Duplicate');
  await form.getByTestId('initiative-save').click();
  await expect(form.getByText('epic is already an initiative in 2023.')).toBeVisible();
  await form.getByTestId('initiative-code').fill('LNCP');
  await form.getByTestId('initiative-name').fill('Literacy and Numeracy Coaching Programme');
  await form.getByTestId('initiative-save').click();
  await expect(plan.initiatives).toHaveCount(9);

  // A phase from the lane's menu, typed in the form.
  const lnc = plan.initiatives.filter({ hasText: 'LNCP' });
  await page.getByRole('button', { name: 'Actions for LNCP lane 1' }).click();
  await page.getByRole('menuitem', { name: 'Add phase' }).click();
  const phase = page.getByTestId('phase-form');
  await phase.getByTestId('phase-name').fill('Coaching cycle');
  await phase.getByTestId('phase-start').click();
  await page.getByRole('option', { name: 'March 2023' }).click();
  await phase.getByTestId('phase-end').click();
  await page.getByRole('option', { name: 'February 2023' }).click();
  await phase.getByTestId('phase-save').click();
  await expect(phase.getByText('"Coaching cycle" ends before it starts')).toBeVisible();
  await phase.getByTestId('phase-end').click();
  await page.getByRole('option', { name: 'June 2023' }).click();
  await phase.getByTestId('phase-save').click();
  await expect(plan.bar('Coaching cycle')).toHaveAttribute('data-end', '2023-06');

  // Move LNCP to the top, then delete it and bring it back with Ctrl+Z.
  await lnc.getByTestId('initiative-menu').click();
  for (let i = 0; i < 8; i++) {
    await page.getByRole('menuitem', { name: 'Move up' }).click();
    if (i < 7) await lnc.getByTestId('initiative-menu').click();
  }
  await expect(plan.initiatives.first()).toHaveAttribute('data-code', 'LNCP');
  await lnc.getByTestId('initiative-menu').click();
  await page.getByRole('menuitem', { name: 'Delete initiative' }).click();
  const confirmation = new Confirmation(page);
  await expect(confirmation.dialog).toContainText('Delete initiative LNCP?');
  await confirmation.answer(true);
  await expect(plan.initiatives).toHaveCount(8);
  await page.getByTestId('plan-undo').click();
  await expect(plan.initiatives).toHaveCount(9);
  await expect(plan.bar('Coaching cycle')).toBeVisible();

  // EPIC has calendar sessions: deleting it is refused with the reason.
  await plan.initiatives.filter({ hasText: 'EPIC' }).getByTestId('initiative-menu').click();
  await page.getByRole('menuitem', { name: 'Delete initiative' }).click();
  await confirmation.answer(true);
  await expect(page.getByText(/EPIC cannot be deleted: 1 calendar event/)).toBeVisible();

  // Print: the title and the whole plan on one A4 landscape page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('plan-print-title')).toHaveText('Kluster 2 Initiatives 2023');
  const pdf = 'test-results/plan-print.pdf';
  fs.mkdirSync('test-results', { recursive: true });
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'test-results/screenshots/plan-print']);

  // Copy the year forward: 2024 opens with every initiative and bar twelve months on.
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('plan-more').click();
  await page.getByTestId('copy-forward').click();
  await expect(page.getByText('The 2023 plan was copied to 2024.')).toBeVisible();
  await expect(page.getByTestId('plan-year')).toHaveValue('2024');
  await expect(plan.months.first()).toHaveText('Jan 2024');
  await expect(plan.initiatives).toHaveCount(9);
  expect(await plan.span('Coaching cycle')).toEqual(['2024-03', '2024-06']);
  expect(consoleErrors).toEqual([]);
});
