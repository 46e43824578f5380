import { expect, type Locator, type Page } from '@playwright/test';

/** The event calendar (FullCalendar). */
export class CalendarPage {
  readonly calendar: Locator;

  constructor(readonly page: Page) {
    this.calendar = page.getByTestId('calendar');
  }

  async open() {
    await this.page.getByTestId('nav-calendar').click();
    await expect(this.calendar.locator('.fc')).toBeVisible();
  }

  /** Goes to a month given as YYYY-MM, typed the way the page shows months (MM/YYYY). */
  async goTo(month: string) {
    await this.page.getByTestId('calendar-goto').fill(month.split('-').reverse().join('/'));
    await expect(this.calendar.locator(`td.fc-daygrid-day[data-date="${month}-15"]`)).toBeVisible();
  }

  day(date: string): Locator {
    return this.calendar.locator(`td.fc-daygrid-day[data-date="${date}"]`);
  }

  /** The dates (month view) on which an event with this title is drawn. */
  async datesOf(title: string): Promise<string[]> {
    return this.calendar.locator('td.fc-daygrid-day:not(.fc-day-other)').evaluateAll(
      (cells, t) =>
        cells
          .filter((c) => [...c.querySelectorAll('.fc-event-title')].some((e) => e.textContent?.trim() === t))
          .map((c) => c.getAttribute('data-date') ?? ''),
      title,
    );
  }

  event(date: string, title: string): Locator {
    return this.day(date).locator('.fc-event').filter({ hasText: title });
  }
}
