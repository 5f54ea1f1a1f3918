import { expect, type Page } from '@playwright/test';

export class DashboardPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('dashboard-screen')).toBeVisible();
    await expect(this.page.getByTestId('kpi-share')).toBeVisible();
    return this;
  }

  get charts() { return this.page.locator('.chart-card'); }
}
