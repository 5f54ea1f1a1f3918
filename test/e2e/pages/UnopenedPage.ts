import { expect, type Locator, type Page } from '@playwright/test';

export class UnopenedPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('unopened-screen')).toBeVisible();
    return this;
  }

  async record(entry: { kind: 'persönlich' | 'vertraulich' | 'Personalrat' | 'Gleichstellungsbeauftragte'; addressee: string; department: string; sender?: string }): Promise<void> {
    await this.page.getByRole('radio', { name: entry.kind, exact: true }).check();
    await this.page.getByLabel('Empfänger/in').fill(entry.addressee);
    await this.page.getByLabel('Abteilung').selectOption(entry.department);
    if (entry.sender) await this.page.getByLabel(/^Absender/).fill(entry.sender);
    await this.page.getByRole('button', { name: 'Erfassen' }).click();
  }

  async submitEmpty(): Promise<void> { await this.page.getByRole('button', { name: 'Erfassen' }).click(); }
  get recorded(): Locator { return this.page.getByTestId('unopened-recorded'); }
  errorOf(label: string): Locator { return this.page.getByLabel(label); }
}
