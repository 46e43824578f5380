import { expect, type Locator, type Page } from '@playwright/test';

/** The school roster as a clerk sees it. */
export class SchoolsPage {
  readonly rows: Locator;
  readonly countLine: Locator;
  readonly search: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('school-row');
    this.countLine = page.getByTestId('count-line');
    this.search = page.getByTestId('school-search');
    this.form = page.getByTestId('school-form');
  }

  /** The app at `url`, on the roster (an app holding data opens on Today). */
  async open(url: string) {
    await this.page.goto(url);
    await this.show();
  }

  /** The roster, from wherever the app is. */
  async show() {
    await this.page.getByTestId('nav-schools').click();
  }

  /** A reload, back on the roster. */
  async reload() {
    await this.page.reload();
    await this.show();
  }

  /** A fresh app with the Kluster 2 demo loaded, switched to English (the language the specs read). */
  async openDemoInEnglish(url: string) {
    await this.open(url);
    await this.loadDemo();
    await this.page.getByTestId('language-switch').getByText('EN').click();
  }

  async loadDemo() {
    await this.page.getByTestId('load-demo').click();
    // The demo is written in one transaction (ten years' worth of school improvement too): on a busy 2-core
    // machine that takes longer than a page's usual wait.
    await expect(this.rows).toHaveCount(26, { timeout: 45_000 });
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  async startNewSchool() {
    await this.page.getByTestId('add-school').click();
    await expect(this.form).toBeVisible();
  }

  field(name: string): Locator {
    return this.form.getByTestId(`field-${name}`);
  }

  /** The error text Mantine shows under a field. */
  fieldError(name: string): Locator {
    return this.form.locator(`.mantine-InputWrapper-root:has([data-testid="field-${name}"]) .mantine-InputWrapper-error`);
  }

  async chooseLevel(label: string) {
    await this.field('level').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async save() {
    await this.form.getByTestId('save-school').click();
  }

  async switchLanguage(label: 'BM' | 'EN') {
    await this.page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  }

  async downloadRoster(language: 'ms' | 'en') {
    await this.page.getByTestId('export-roster').click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId(`export-roster-${language}`).click();
    return downloading;
  }
}
