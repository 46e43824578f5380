import { expect, type Locator, type Page } from '@playwright/test';

/** A stored date as the app shows and takes it: 2023-03-15 → 15/03/2023. */
export const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

/** Types a date into a date field the way a user does (DD/MM/YYYY), then leaves the field. */
export async function fillDate(input: Locator, iso: string) {
  await input.fill(dayFirst(iso));
  await input.press('Tab');
  await expect(input).toHaveValue(dayFirst(iso));
}

/** The app's confirmation dialogs: "Discard your changes?" and the ones before deleting or archiving. */
export class Confirmation {
  readonly discard: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.discard = page.getByTestId('discard-dialog').getByRole('dialog');
    this.dialog = page.getByTestId('confirm-dialog').getByRole('dialog');
  }

  /** Answers whichever confirmation is open. */
  async answer(ok: boolean) {
    await this.page.getByTestId(ok ? 'confirm-ok' : 'confirm-cancel').click();
  }
}

/** Clicks the dimmed page beside an open dialog (its overlay), as a user does to close it. */
export async function clickOutside(page: Page) {
  await page.mouse.click(12, page.viewportSize() ? (page.viewportSize()?.height ?? 600) - 12 : 588);
}
