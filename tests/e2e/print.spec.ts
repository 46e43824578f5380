/**
 * Printing pages with charts: what comes out on paper (Chromium's PDF, read back with pdftotext) holds each
 * chart's heading and its table's numbers, and none of the navigation, header or buttons. Text is compared with
 * its white space folded, so no assertion depends on where a line breaks.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { todayLocal } from '../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import { addDays } from '../../shared/plan/calendar-dates';
import type { Coverage, ListEntry, Term, Visit } from '../../shared/visits/types';
import { apiOf, expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

/** The page printed on A4 as Chromium prints it: its text, white space folded, and one PNG per sheet to look at. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-print-'));
  try {
    const pdf = path.join(dir, `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '').length;
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join('test-results/screenshots', `${name}-pdf`)]);
    return { text: text.replace(/\s+/g, ' '), pages };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a printed page must leave out: the navigation, the header with its search, and the page's buttons and tabs. */
function expectNoChrome(text: string, buttons: string[]) {
  for (const nav of ['Annual plan', 'Calendar', 'Settings', 'Cluster Office', 'Search']) expect(text, nav).not.toContain(nav);
  for (const b of buttons) expect(text, b).not.toContain(b);
}

test("a school's page prints its ratings chart with the table's numbers, without navigation or buttons", async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const roster = new SchoolsPage(page);
  await roster.openDemoInEnglish(app.url);
  const api = apiOf(page, app);
  const today = todayLocal();
  // Two terms of the calendar with one rated lesson each, at a school of the test's own.
  const earlier = { start: addDays(today, -150), end: addDays(today, -80) };
  const current = { start: addDays(today, -60), end: addDays(today, 20) };
  await api('periods.create', { kind: 'term', name: 'Term A', ...earlier });
  await api('periods.create', { kind: 'term', name: 'Term B', ...current });
  // The demo's terms of 2023 would come first in the chart; the page is about these two.
  for (const p of await api<{ id: number; name: string }[]>('periods.list', { year: 2023 })) if (p.name.endsWith('(demo)')) await api('periods.delete', { id: p.id });
  const school = await api<SchoolSummary>('schools.create', { name: 'Sekolah Rendah Cetak', abbreviation: 'SR CTK', level: 'primary', number: 27 });
  const officer = (await api<TeamMember[]>('team.list', {})).find((m) => m.role === 'officer') as TeamMember;
  const purpose = (await api<ListEntry[]>('visits.purposes', {}))[0] as ListEntry;
  const [c1, c2] = (await api<ListEntry[]>('rubric.list', {})) as [ListEntry, ListEntry];
  for (const [date, r1, r2] of [[addDays(earlier.start, 10), 1, 3], [addDays(current.start, 5), 4, 2]] as const) {
    const v = await api<Visit>('visits.create', { schoolId: school.id, date, purposeId: purpose.id, officerIds: [officer.id] });
    await api('observations.save', { visitId: v.id, teacher: 'Cikgu Rahimah', ratings: [{ criterionId: c1.id, rating: r1 }, { criterionId: c2.id, rating: r2 }] });
  }
  await roster.reload();
  await roster.rows.filter({ has: page.getByText('SR CTK', { exact: true }) }).getByTestId('school-link').click();
  await expect(page.getByTestId('ratings-chart').locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.locator(`[data-testid="ratings-row"][data-code="${c1.code}"] td`)).toHaveText(['1.00', '4.00']);

  const { text } = await printed(page, 'print-01-school-page');
  expect(text).toContain('Sekolah Rendah Cetak');
  expect(text).toContain('Observation ratings per criterion');
  // Each row's numbers, term by term, beside its criterion.
  expect(text).toMatch(new RegExp(`${c1.nameEn} 1\\.00 4\\.00`));
  expect(text).toMatch(new RegExp(`${c2.nameEn.replace(/[()]/g, '\\$&')}.*? 3\\.00 2\\.00`));
  expectNoChrome(text, ['Term report (Word)', 'Edit school', 'New visit']);
  expect(consoleErrors).toEqual([]);
});

test("the cluster's observation ratings of a year, on Visits › Observations, show and print with their table", async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const api = apiOf(page, app);
  // The demo rates its lessons of term 2 of 2023 (36, each criterion 3); terms 1 and 3 get lessons of the test's:
  //   term 1: plan 2, teach 4 | plan 3   →  plan 2.50, teach 4.00; 2 lessons
  //   term 3: plan 4, engage 1           →  plan 4.00, engage 1.00; 1 lesson
  const terms = await api<Term[]>('terms.list', { year: 2023 });
  const schools = (await api<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const officer = (await api<TeamMember[]>('team.list', {})).find((m) => m.role === 'officer') as TeamMember;
  const purpose = (await api<ListEntry[]>('visits.purposes', {}))[0] as ListEntry;
  const criteria = await api<ListEntry[]>('rubric.list', {});
  const id = (code: string) => criteria.find((c) => c.code === code)?.id;
  const observe = async (term: number, ...lessons: Record<string, number>[]) => {
    const date = addDays((terms[term - 1] as Term).start, 1);
    const v = await api<Visit>('visits.create', { schoolId: schools[0]?.id, date, purposeId: purpose.id, officerIds: [officer.id] });
    for (const lesson of lessons) {
      await api('observations.save', { visitId: v.id, teacher: 'Cikgu Rahimah', ratings: Object.entries(lesson).map(([code, rating]) => ({ criterionId: id(code), rating })) });
    }
  };
  await observe(1, { plan: 2, teach: 4 }, { plan: 3 });
  await observe(3, { plan: 4, engage: 1 });

  const visits = new VisitsPage(page);
  await visits.open();
  await expect(page.getByTestId('visits-year')).toHaveValue('2023');
  await page.getByTestId('tab-ratings').click();
  const section = page.getByTestId('cluster-ratings');
  await expect(section.getByRole('heading', { name: 'Observation ratings per criterion, 2023' })).toBeVisible();
  await expect(section.getByTestId('ratings-chart').locator('svg.recharts-surface').first()).toBeVisible();
  const table = section.getByTestId('ratings-table');
  await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'Term 1', 'Term 2', 'Term 3', 'Term 4']);
  const expected: [string, string[]][] = [
    ['plan', ['2.50', '3.00', '4.00', '–']],
    ['teach', ['4.00', '3.00', '–', '–']],
    ['engage', ['–', '3.00', '1.00', '–']],
    ['assess', ['–', '3.00', '–', '–']],
  ];
  for (const [code, cells] of expected) await expect(section.locator(`[data-testid="ratings-row"][data-code="${code}"] td`), code).toHaveText(cells);
  await expect(section.getByTestId('ratings-observed').locator('td')).toHaveText(['2', '36', '1', '0']);
  await screenshot(page, 'print-02-cluster-ratings');

  const { text, pages } = await printed(page, 'print-03-cluster-ratings');
  expect(text).toContain('Observation ratings per criterion, 2023');
  expect(text).toContain('Lesson planning and objectives 2.50 3.00 4.00 –');
  expect(text).toContain('Student engagement – 3.00 1.00 –');
  // A name that may wrap: its numbers still follow it.
  expect(text).toMatch(/Teaching strategies \(including\b.*? 4\.00 3\.00 – –/);
  expect(text).toContain('Lessons observed 2 36 1 0');
  expectNoChrome(text, ['Record visit', 'Purposes and criteria', 'Follow-up', 'Termly reports']);
  // The chart and its table fit one sheet.
  expect(pages).toBe(1);

  // The coverage of the term prints its weekly chart, drawn for the screen's width, shrunk to the paper's.
  await page.getByTestId('tab-coverage').click();
  const term = Number(/^Term (\d+)/.exec(await page.getByTestId('visits-term').inputValue())?.[1]);
  const coverage = await api<Coverage>('visits.coverage', { year: 2023, term });
  await expect(page.getByTestId('weekly-visits-table').locator('tbody td')).toHaveText(coverage.weeklyTotals.map(String));
  const printedCoverage = await printed(page, 'print-04-coverage');
  expect(printedCoverage.text).toContain(`Visits per week (target ${coverage.weeklyTarget})`);
  expect(printedCoverage.text).toContain(`Visits ${coverage.weeklyTotals.join(' ')}`);
  expectNoChrome(printedCoverage.text, ['Record visit', 'Purposes and criteria']);
  await page.getByTestId('tab-ratings').click();

  // In Malay, the same table under its Malay heading.
  await page.getByTestId('language-switch').getByText('BM').click();
  await expect(section.getByRole('heading', { name: 'Penilaian pencerapan mengikut kriteria, 2023' })).toBeVisible();
  await expect(table.getByRole('columnheader').nth(1)).toHaveText('Penggal 1');
  await expect(section.getByTestId('ratings-observed').locator('th')).toHaveText('Pengajaran dicerap');
  await screenshot(page, 'print-05-cluster-ratings-bm', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});

test('the mentoring board prints its sessions chart with every pair of its table', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  await page.getByTestId('nav-mentoring').click();
  const chart = page.getByTestId('sessions-chart');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  const rows = await page.getByTestId('sessions-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  expect(rows.length).toBeGreaterThan(0);

  const { text } = await printed(page, 'print-06-mentoring');
  expect(text).toContain('Sessions held against planned, per pair');
  // Each pair's held and planned sessions follow its mentor's name.
  for (const [mentee, mentor, held, planned] of rows) {
    expect(text, mentee).toContain(mentee);
    expect(text, mentor).toContain(`${mentor} ${held} ${planned}`);
  }
  expectNoChrome(text, ['School visits', 'Leaders and competencies']);
  expect(consoleErrors).toEqual([]);
});
