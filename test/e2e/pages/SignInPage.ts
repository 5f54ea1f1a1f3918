import { expect, type Page } from '@playwright/test';

export class SignInPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'E-Poststelle' })).toBeVisible();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Benutzername').fill(username);
    await this.page.getByLabel('Passwort').fill(password);
    await this.page.getByRole('button', { name: 'Anmelden' }).click();
  }

  get error() { return this.page.getByRole('alert'); }
}
