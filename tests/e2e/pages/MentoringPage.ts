import { expect, type Locator, type Page } from '@playwright/test';

/** The Mentoring & Coaching board and pair page. */
export class MentoringPage {
  readonly mentors: Locator;
  readonly unassigned: Locator;
  readonly pairForm: Locator;
  readonly pairPage: Locator;

  constructor(readonly page: Page) {
    this.mentors = page.getByTestId('mentor-column');
    this.unassigned = page.getByTestId('unassigned-person');
    this.pairForm = page.getByTestId('pair-form');
    this.pairPage = page.getByTestId('pair-page');
  }

  async open() {
    await this.page.getByTestId('nav-mentoring').click();
    await expect(this.mentors.first()).toBeVisible();
  }

  mentor(name: string): Locator {
    return this.mentors.filter({ hasText: name });
  }

  pair(mentee: string): Locator {
    return this.page.locator(`[data-testid="pair-card"][data-mentee="${mentee}"]`);
  }

  /** Chooses the first focus competency's option by its visible text. */
  async chooseFocus(text: string) {
    await this.pairForm.getByTestId('focus-competency').first().click();
    await this.page.getByRole('option', { name: text }).click();
  }
}
