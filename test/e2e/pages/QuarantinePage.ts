import { expect, type Locator, type Page } from '@playwright/test';

export class QuarantinePage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('quarantine-screen')).toBeVisible();
    return this;
  }

  item(sourceName: string): Locator { return this.page.locator(`[data-testid="quarantine-item"][data-source="${sourceName}"]`); }
  get empty(): Locator { return this.page.getByTestId('quarantine-empty'); }
  get dialog(): Locator { return this.page.getByTestId('quarantine-discard-dialog'); }

  async retry(sourceName: string): Promise<void> {
    await this.item(sourceName).getByRole('button', { name: 'Erneut verarbeiten' }).click();
  }

  /** Opens the discard dialog by keyboard, as the mailroom works: focus the button, Enter. */
  async openDiscard(sourceName: string): Promise<void> {
    await this.item(sourceName).getByRole('button', { name: /verwerfen/i }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }
}
