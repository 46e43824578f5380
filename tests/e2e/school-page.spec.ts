import { todayLocal } from '../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../shared/domain';
import { addDays } from '../../shared/plan/calendar-dates';
import type { ListEntry, Visit } from '../../shared/visits/types';
import { apiOf, expect, screenshot, test } from './fixtures';
import { SchoolsPage } from './pages/SchoolsPage';
import { VisitsPage } from './pages/VisitsPage';

test("a school's page opened from the roster shows its visits and the ratings per criterion with their table; the school is edited and a visit recorded from it", async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const today = todayLocal();
  const roster = new SchoolsPage(page);
  await roster.openDemoInEnglish(app.url);

  const api = apiOf(page, app);
  // Two terms as the clerk enters them on the calendar, the second one running.
  const earlier = { start: addDays(today, -150), end: addDays(today, -80) };
  const current = { start: addDays(today, -60), end: addDays(today, 20) };
  await api('periods.create', { kind: 'term', name: 'Term A', ...earlier });
  await api('periods.create', { kind: 'term', name: 'Term B', ...current });
  // A school of its own: the demo's schools carry the demo's visits of 2023, whose terms give way to these.
  for (const p of await api<{ id: number; name: string }[]>('periods.list', { year: 2023 })) if (p.name.endsWith('(demo)')) await api('periods.delete', { id: p.id });
  const school = await api<SchoolSummary>('schools.create', { name: 'Sekolah Rendah Ujian', abbreviation: 'SR UJI', level: 'primary', number: 27 });
  const officer = (await api<TeamMember[]>('team.list', {})).find((m) => m.role === 'officer') as TeamMember;
  const purpose = (await api<ListEntry[]>('visits.purposes', {}))[0] as ListEntry;
  const [c1, c2] = (await api<ListEntry[]>('rubric.list', {})) as [ListEntry, ListEntry];
  const visit = async (date: string, findings: string, ratings: [number, number]) => {
    const v = await api<Visit>('visits.create', { schoolId: school.id, date, purposeId: purpose.id, officerIds: [officer.id], findings, nextSteps: [{ text: `Follow up the visit of ${date}`, dueDate: addDays(date, 14) }] });
    await api('observations.save', { visitId: v.id, teacher: 'Cikgu Rahimah', className: '6 Cempaka', subject: 'Mathematics', ratings: [{ criterionId: c1.id, rating: ratings[0] }, { criterionId: c2.id, rating: ratings[1] }] });
  };
  await visit(addDays(earlier.start, 10), 'Reading corners set up in Years 1 to 3.', [2, 3]);
  await visit(addDays(current.start, 5), 'Differentiation seen in Year 6 Mathematics.', [4, 3]);
  await roster.reload();
  await expect(roster.rows).toHaveCount(27);

  // From the roster, the school's name opens its page.
  await roster.rows.filter({ has: page.getByText('SR UJI', { exact: true }) }).getByTestId('school-link').click();
  const schoolPage = page.getByTestId('school-page');
  await expect(schoolPage).toHaveAttribute('data-school', 'SR UJI');
  await expect(page.getByTestId('school-page-name')).toHaveText(school.name);
  await expect(page.getByTestId('school-visit')).toHaveCount(2);
  await expect(page.getByTestId('school-visit').first()).toContainText('Differentiation seen in Year 6 Mathematics.');
  await expect(page.getByTestId('visit-total')).toHaveText('2');
  await expect(page.getByTestId('days-since')).toHaveText('55');
  await expect(page.getByTestId('open-steps-count')).toHaveText('2');

  // The chart, and its numbers as a table: criterion 1 went from 2 to 4, criterion 2 stayed at 3.
  await expect(page.getByTestId('ratings-chart').locator('svg.recharts-surface').first()).toBeVisible();
  const termA = `${earlier.start.slice(0, 4)} T`;
  await expect(page.getByTestId('ratings-table').getByRole('columnheader')).toHaveCount(3);
  await expect(page.getByTestId('ratings-table').getByRole('columnheader').nth(1)).toContainText(termA);
  await expect(page.locator(`[data-testid="ratings-row"][data-code="${c1.code}"] td`)).toHaveText(['2.00', '4.00']);
  await expect(page.locator(`[data-testid="ratings-row"][data-code="${c2.code}"] td`)).toHaveText(['3.00', '3.00']);
  await screenshot(page, 'school-page-01-top', { fullPage: false });
  await screenshot(page, 'school-page-02-whole');

  // Edit the school from its page: the page shows the change.
  await page.getByTestId('school-edit').click();
  const form = page.getByTestId('school-form');
  await form.getByTestId('field-phone').fill('2771234');
  await form.getByTestId('save-school').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('school-details')).toContainText('2771234');

  // A new visit from the page: the form opens with the school chosen.
  await page.getByTestId('school-new-visit').click();
  const visitForm = page.getByTestId('visit-form');
  await expect(visitForm.getByTestId('visit-school')).toHaveValue(new RegExp(`^SR UJI`));
  await visitForm.getByTestId('visit-officers').click();
  await page.getByRole('option', { name: officer.name }).click();
  await page.keyboard.press('Escape');
  await visitForm.getByTestId('visit-findings').fill('Lesson study cycle planned with the Mathematics panel.');
  await screenshot(page, 'school-page-03-new-visit', { fullPage: false });
  await visitForm.getByTestId('visit-save').click();
  await expect(page.getByText('Visit to SR UJI saved.')).toBeVisible();
  await visitForm.getByTestId('visit-cancel').click();
  await expect(visitForm).toBeHidden();
  await expect(page.getByTestId('school-visit')).toHaveCount(3);
  await expect(page.getByTestId('days-since')).toHaveText('0');

  // A new next step goes on the latest visit: its form opens with an empty step after its own.
  await page.getByTestId('school-new-step').click();
  await expect(visitForm.getByTestId('step-text')).toHaveCount(1);
  await expect(visitForm.getByTestId('visit-findings')).toHaveValue('Lesson study cycle planned with the Mathematics panel.');
  await visitForm.getByTestId('step-text').fill('Share the lesson study plan with the panel');
  await visitForm.getByTestId('visit-save').click();
  await expect(page.getByText('Visit to SR UJI saved.').first()).toBeVisible();
  await visitForm.getByTestId('visit-cancel').click();
  await expect(visitForm).toBeHidden();
  await expect(page.getByTestId('open-steps-count')).toHaveText('3');
  await expect(page.getByTestId('school-steps')).toContainText('Share the lesson study plan with the panel');

  // The term report of the running term, in English, downloaded from the page.
  await page.getByTestId('school-print-report').click();
  await page.getByTestId('report-term').first().hover();
  const download = page.waitForEvent('download');
  await page.getByTestId('report-en').click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // And back to the roster.
  await page.getByTestId('school-page-back').click();
  await expect(roster.rows).toHaveCount(27);

  // The coverage matrix and the follow-up lead to the page too, and back to where they were.
  const visits = new VisitsPage(page);
  await visits.open();
  await visits.coverageOf('SR UJI').getByTestId('school-link').click();
  await expect(schoolPage).toHaveAttribute('data-school', 'SR UJI');
  await expect(page.getByTestId('school-page-back')).toHaveText('← Back to Visits');
  await page.getByTestId('school-page-back').click();
  await page.getByTestId('tab-follow-up').click();
  await page.getByTestId('follow-up-row').filter({ hasText: 'Share the lesson study plan with the panel' }).getByTestId('school-link').click();
  await expect(schoolPage).toHaveAttribute('data-school', 'SR UJI');
  expect(consoleErrors).toEqual([]);
});
