import { expect, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage.ts';
import { DashboardPage } from './DashboardPage.ts';
import { InboxPage } from './InboxPage.ts';
import { PaperListPage } from './PaperListPage.ts';
import { QuarantinePage } from './QuarantinePage.ts';
import { ReviewPage } from './ReviewPage.ts';
import { UnopenedPage } from './UnopenedPage.ts';

/** The frame around every workplace: navigation, user, sign-out. */
export class ShellPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async expectSignedIn(): Promise<void> {
    await expect(this.page.getByTestId('current-user')).toBeVisible();
  }

  private async go(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Arbeitsplätze' }).getByRole('link', { name }).click();
  }

  async review(): Promise<ReviewPage> { await this.go('Prüfplatz'); return new ReviewPage(this.page).ready(); }
  async paperList(): Promise<PaperListPage> { await this.go('Übergabeliste'); return new PaperListPage(this.page).ready(); }
  async unopened(): Promise<UnopenedPage> { await this.go('Ungeöffnete Post'); return new UnopenedPage(this.page).ready(); }
  async quarantine(): Promise<QuarantinePage> { await this.go('Quarantäne'); return new QuarantinePage(this.page).ready(); }
  async inbox(): Promise<InboxPage> { await this.go('Posteingang'); return new InboxPage(this.page).ready(); }
  async console(): Promise<ConsolePage> { await this.go('Einführung & Konfiguration'); return new ConsolePage(this.page).ready(); }
  async dashboard(): Promise<DashboardPage> { await this.go('Kennzahlen'); return new DashboardPage(this.page).ready(); }

  /** The API as this page calls it (bridge token from the page, session from sessionStorage). */
  async callApi(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
    return this.page.evaluate(async ([name, body]) => {
      const bridge = document.querySelector<HTMLMetaElement>('meta[name="epost-bridge-token"]')?.content ?? '';
      const session = sessionStorage.getItem('epost.session');
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-epost-bridge': bridge, ...(session ? { authorization: `Bearer ${session}` } : {}) },
        body: JSON.stringify(body),
      });
      return response.json();
    }, [method, input] as const);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(this.page.getByLabel('Benutzername')).toBeVisible();
  }
}
