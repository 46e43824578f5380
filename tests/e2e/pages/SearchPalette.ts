import { expect, type Locator, type Page } from '@playwright/test';

/** Search everywhere: the header's search box, Ctrl+K, and the palette's results and actions. */
export class SearchPalette {
  readonly button: Locator;
  readonly input: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('search-open');
    this.input = page.getByTestId('search-input');
    this.results = page.getByTestId('search-results');
  }

  async openWithButton() {
    await this.button.click();
    await expect(this.input).toBeFocused();
  }

  async openWithKeyboard() {
    await this.page.keyboard.press('Control+K');
    await expect(this.input).toBeFocused();
  }

  async type(text: string) {
    await this.input.fill(text);
  }

  /** The results of one kind (school, person, initiative, phase, event, visit, document). */
  ofKind(kind: string): Locator {
    return this.results.locator(`[data-testid^="search-result-${kind}-"]`);
  }

  action(key: string): Locator {
    return this.page.getByTestId(`search-action-${key}`);
  }
}
