import { apiOf, expect, screenshot, test } from './fixtures';
import { CalendarPage } from './pages/CalendarPage';
import { Confirmation, fillDate } from './pages/forms';
import { SchoolsPage } from './pages/SchoolsPage';

const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

test('February 2023 shows EPIC on Wednesdays; days are selected to create, events dragged, series dates edited alone', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const cal = new CalendarPage(page);
  await cal.open();
  await cal.goTo('2023-02');

  await expect(cal.calendar.locator('.fc-toolbar-title')).toHaveText('February 2023');
  await expect.poll(() => cal.datesOf('EPIC')).toEqual(['2023-02-01', '2023-02-08', '2023-02-15', '2023-02-22']);
  expect((await cal.datesOf('EPIC')).every((d) => weekday(d) === 3)).toBe(true);
  await screenshot(page, 'calendar-2023-02-month');

  // Select two days to create an event there.
  const from = await cal.day('2023-02-13').boundingBox();
  const to = await cal.day('2023-02-14').boundingBox();
  if (!from || !to) throw new Error('No day cells');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 10);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 5 });
  await page.mouse.up();
  const form = page.getByTestId('event-form');
  await expect(form.getByTestId('event-start')).toHaveValue('13/02/2023');
  await expect(form.getByTestId('event-end')).toHaveValue('14/02/2023');
  await form.getByTestId('event-save').click();
  await expect(form.getByText('Title is required')).toBeVisible();
  await form.getByTestId('event-title').fill('STEPS sharing');
  await form.getByTestId('event-initiative').click();
  await page.getByRole('option', { name: 'STEPS' }).click();
  await form.getByTestId('event-save').click();
  await expect(form).toBeHidden();
  // A two-day event is one bar starting on the 13th and reaching across the 14th.
  await expect.poll(() => cal.datesOf('STEPS sharing')).toEqual(['2023-02-13']);
  expect((await cal.event('2023-02-13', 'STEPS sharing').boundingBox())?.width).toBeGreaterThan(from.width * 1.5);

  // Drag the 15 February EPIC session to Thursday 16: that date alone moves.
  const epic = await cal.event('2023-02-15', 'EPIC').boundingBox();
  const thu = await cal.day('2023-02-16').boundingBox();
  if (!epic || !thu) throw new Error('No EPIC on 15 February');
  await page.mouse.move(epic.x + epic.width / 2, epic.y + epic.height / 2);
  await page.mouse.down();
  await page.mouse.move(thu.x + thu.width / 2, epic.y + epic.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => cal.datesOf('EPIC')).toEqual(['2023-02-01', '2023-02-08', '2023-02-16', '2023-02-22']);

  // One date of the series: skip 22 February, once the demo's record of who came that day is cleared (a date
  // with attendance stays).
  const series = (await apiOf(page, app)<{ occurrences: { seriesId: number | null; title: string }[] }>('events.list', { from: '2023-02-22', to: '2023-02-22' })).occurrences.find((o) => o.title === 'EPIC');
  await apiOf(page, app)('attendance.save', { eventId: series?.seriesId, occurrenceDate: '2023-02-22', schoolIds: [], people: [], note: '', version: 1 });
  await cal.event('2023-02-22', 'EPIC').click();
  await page.getByTestId('edit-this-date').click();
  await page.getByTestId('event-skip').click();
  const confirmation = new Confirmation(page);
  await expect(confirmation.dialog).toContainText('Remove "EPIC" on 22/02/2023?');
  await confirmation.answer(true);
  await expect.poll(() => cal.datesOf('EPIC')).toEqual(['2023-02-01', '2023-02-08', '2023-02-16']);

  // Filter by initiative.
  await page.getByTestId('filter-initiative').click();
  await page.getByRole('option', { name: 'STEPS' }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => cal.datesOf('EPIC')).toEqual([]);
  await expect.poll(() => cal.datesOf('STEPS sharing')).toEqual(['2023-02-13']);

  // Everything saved: a reload shows the same month.
  await page.reload();
  await cal.open();
  await cal.goTo('2023-02');
  await expect.poll(() => cal.datesOf('EPIC')).toEqual(['2023-02-01', '2023-02-08', '2023-02-16']);

  await cal.calendar.getByRole('button', { name: 'week' }).click();
  await screenshot(page, 'calendar-2023-02-week');
  await cal.calendar.getByRole('button', { name: 'list' }).click();
  await expect(cal.calendar.locator('.fc-list-event').filter({ hasText: 'EPIC' })).toHaveCount(3);
  await screenshot(page, 'calendar-2023-02-list');
  expect(consoleErrors).toEqual([]);
});

test('terms, holidays and exams: entered, imported from CSV, shaded, with STEPS checkpoints that follow the exam date', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const cal = new CalendarPage(page);
  await cal.open();
  await cal.goTo('2023-09');
  await page.getByTestId('open-dates').click();
  const panel = page.getByTestId('dates-panel');

  await panel.getByTestId('exam-name').fill('PSR');
  await fillDate(panel.getByTestId('exam-date'), '2023-09-25');
  await panel.getByTestId('exam-save').click();
  await expect(panel.getByTestId('exams-table')).toContainText('checkpoints 150, 100, 50, 20 days before · STEPS');

  const chooser = page.waitForEvent('filechooser');
  await panel.getByTestId('period-import').click();
  await (await chooser).setFiles({ name: 'holidays.csv', mimeType: 'text/csv', buffer: Buffer.from('date,name\n23/02/2023,National Day\n31/02/2023,Bad\n') });
  // Every line shown first: the bad one by its number, and nothing imported while it is there.
  const bad = panel.locator('[data-testid="import-row"][data-outcome="error"]');
  await expect(bad).toHaveAttribute('data-row', '3');
  await expect(bad).toContainText('"31/02/2023" is not a date');
  await expect(panel.getByTestId('period-import-commit')).toBeDisabled();
  await screenshot(page, 'calendar-dates-import-preview', { fullPage: false });
  const chooser2 = page.waitForEvent('filechooser');
  await panel.getByTestId('period-import').click();
  await (await chooser2).setFiles({ name: 'holidays.csv', mimeType: 'text/csv', buffer: Buffer.from('date,name\n23/02/2023,National Day\n') });
  await expect(panel.getByTestId('period-preview-counts')).toContainText('1 new');
  await panel.getByTestId('period-import-commit').click();
  await expect(panel.getByTestId('periods-table')).toContainText('National Day');
  await expect(panel.getByTestId('period-preview')).toBeHidden();

  await panel.getByLabel('Kind', { exact: true }).click();
  await page.getByRole('option', { name: 'Term' }).click();
  await panel.getByTestId('period-name').fill('Term 3');
  await fillDate(panel.getByTestId('period-start'), '2023-09-11');
  await fillDate(panel.getByTestId('period-end'), '2023-09-01');
  await panel.getByTestId('period-save').click();
  await expect(panel.getByText('The end date is before the start date')).toBeVisible();
  await fillDate(panel.getByTestId('period-end'), '2023-11-24');
  await panel.getByTestId('period-save').click();
  await expect(panel.getByTestId('periods-table')).toContainText('Term 3');
  await page.keyboard.press('Escape');

  await expect.poll(() => cal.datesOf('PSR: 20 days to go')).toEqual(['2023-09-05']);
  await expect.poll(() => cal.datesOf('PSR')).toEqual(['2023-09-25']);
  await expect(cal.calendar.locator('.fc-bg-event.period-term')).not.toHaveCount(0);
  await screenshot(page, 'calendar-2023-09-exam');

  // The plan shows the term and the holiday on the Gantt, beside the demo's own terms and holidays.
  await page.getByTestId('nav-plan').click();
  await expect(page.locator('[data-testid="gantt-period"][title^="Term 3: "]')).toHaveCount(1);
  await expect(page.locator('[data-testid="gantt-period"][title^="National Day: "]')).toHaveCount(1);
  await expect(page.locator('[data-testid="gantt-period"][title*="(demo)"]')).not.toHaveCount(0);
  await screenshot(page, 'plan-2023-with-terms');
  expect(consoleErrors).toEqual([]);
});

test('a busy day shows its first four items and "+N more" counting all the rest; the link lists the whole day', async ({ page, app, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SchoolsPage(page).openDemoInEnglish(app.url);
  const api = apiOf(page, app);
  // Twelve meetings on one Thursday, at hours from 07:00, and one all-day item that comes first.
  const day = '2023-02-16';
  for (let h = 7; h < 19; h++) await api('events.create', { title: `Meeting at ${h}:00`, startDate: day, endDate: day, allDay: false, startTime: `${String(h).padStart(2, '0')}:00`, endTime: `${String(h).padStart(2, '0')}:45`, schoolIds: [], personIds: [] });
  await api('events.create', { title: 'Assembly', startDate: day, endDate: day, schoolIds: [], personIds: [] });
  const all = (await api<{ occurrences: { start: string; end: string }[] }>('events.list', { from: day, to: day })).occurrences.filter((o) => o.start <= day && o.end >= day);

  const cal = new CalendarPage(page);
  await cal.open();
  await cal.goTo('2023-02');
  const cell = cal.day(day);
  // Four items drawn, in the calendar's order, and the rest counted on the "+N more" line.
  await expect(cell.locator('.fc-event:visible')).toHaveCount(4);
  await expect(cell.locator('.fc-event-title').first()).toHaveText('Assembly');
  await expect(cell.locator('.fc-daygrid-more-link')).toHaveText(`+${all.length - 4} more`);
  await screenshot(page, 'calendar-busy-day');

  // The line opens the day as a list of every item on it.
  await cell.locator('.fc-daygrid-more-link').click();
  await expect(cal.calendar.locator('.fc-list-event')).toHaveCount(all.length);
  await expect(cal.calendar.locator('.fc-list-event-title').filter({ hasText: 'Meeting at 18:00' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
