import { expect, type Locator, type Page } from '@playwright/test';

/** Settings: cluster profile, team and backups. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.page.getByTestId('profile-name')).toBeVisible();
  }

  profileField(name: string): Locator {
    return this.page.getByTestId(`profile-${name}`);
  }

  async saveProfile() {
    await this.page.getByTestId('save-profile').click();
  }

  async openBackups() {
    await this.page.getByTestId('tab-backups').click();
    await expect(this.page.getByTestId('backup-now')).toBeVisible();
  }

  backupRows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  async openTeam() {
    await this.page.getByTestId('tab-team').click();
    await expect(this.page.getByTestId('team-table')).toBeVisible();
  }
}
