import { expect, type Locator, type Page } from '@playwright/test';

export class InboxPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('inbox-screen')).toBeVisible();
    return this;
  }

  row(itemId: string): Locator { return this.page.locator(`[data-testid="inbox-row"][data-item-id="${itemId}"]`); }
  get rows(): Locator { return this.page.getByTestId('inbox-row'); }
  get panel(): Locator { return this.page.getByTestId('item-panel'); }
  get count(): Locator { return this.page.getByTestId('inbox-count'); }

  async open(itemId: string): Promise<void> {
    await this.row(itemId).click();
    await expect(this.panel).toHaveAttribute('data-item-id', itemId);
  }

  async claim(): Promise<void> {
    await this.panel.getByTestId('claim').click();
    await expect(this.panel.getByTestId('item-state')).toHaveText('in Bearbeitung');
  }

  async done(): Promise<void> {
    await this.panel.getByTestId('done').click();
    await expect(this.panel.getByTestId('item-state')).toHaveText('erledigt');
  }

  async sortBy(label: 'Frist' | 'Eingangsdatum'): Promise<void> {
    await this.page.getByTestId('inbox-sort').selectOption({ label });
  }
}
