import { expect, type Locator, type Page } from '@playwright/test';

/** School visits: coverage, the visit form, follow-up and termly reports. */
export class VisitsPage {
  readonly form: Locator;
  readonly coverageRows: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('visit-form');
    this.coverageRows = page.getByTestId('coverage-row');
  }

  async open() {
    await this.page.getByTestId('nav-visits').click();
    await expect(this.page.getByTestId('tab-coverage')).toBeVisible();
  }

  coverageOf(abbreviation: string): Locator {
    return this.page.locator(`[data-testid="coverage-row"][data-school="${abbreviation}"]`);
  }

  async choose(testId: string, option: string | RegExp) {
    await this.form.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
