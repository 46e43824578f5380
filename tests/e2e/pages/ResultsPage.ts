/** The Improvement page's Results and Checkpoints tabs, as a clerk uses them. */
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// The machines these run on are shared and busy: a page of a few hundred inputs may take a while to draw.
export const expect = baseExpect.configure({ timeout: 30_000 });

export class ResultsPage {
  readonly grid: Locator;
  constructor(readonly page: Page) {
    this.grid = page.getByTestId('results-grid');
  }

  async open() {
    await this.page.getByTestId('nav-improvement').click();
    await this.page.getByTestId('improvement-tab-results').click();
    await expect(this.page.getByTestId('results-tab')).toBeVisible();
  }

  async openCheckpoints() {
    await this.page.getByTestId('improvement-tab-checkpoints').click();
    await expect(this.page.getByTestId('checkpoints-tab')).toBeVisible();
  }

  /** Picks an entry of one of the tab's selects by its visible label. */
  async choose(testId: string, option: string | RegExp) {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  row(abbreviation: string) {
    return this.grid.locator(`[data-testid="results-row"][data-school="${abbreviation}"]`);
  }

  cell(abbreviation: string, subject: string, field: 'sat' | 'passed' | 'percent' | 'target') {
    return this.grid.locator(`[data-cell="${abbreviation}|${subject}|${field}"]`);
  }
}
