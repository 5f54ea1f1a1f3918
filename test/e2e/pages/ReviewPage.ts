import { expect, type Locator, type Page } from '@playwright/test';

/** Prüfplatz. Everything after `select` is done with the keyboard, as the mailroom works. */
export class ReviewPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('review-screen')).toBeVisible();
    return this;
  }

  entry(sourceName: string): Locator {
    return this.page.locator(`[data-testid="queue-entry"][data-source="${sourceName}"]`);
  }

  /** Waits (OCR takes seconds) until the scan shows up in the queue; returns its item id. */
  async waitForEntry(sourceName: string): Promise<string> {
    await expect(this.entry(sourceName)).toBeVisible({ timeout: 60_000 });
    return (await this.entry(sourceName).getAttribute('data-item-id'))!;
  }

  get decision(): Locator { return this.page.getByTestId('decision-form'); }
  get documentType(): Locator { return this.page.getByLabel(/^Dokumentart/); }
  get department(): Locator { return this.page.getByLabel(/^Abteilung/); }
  get protection(): Locator { return this.page.getByLabel(/^Schutzbedarf/); }
  field(label: string): Locator { return this.decision.getByLabel(label, { exact: true }); }
  get shortcutBar(): Locator { return this.page.getByTestId('shortcut-bar'); }
  get status(): Locator { return this.page.getByRole('status').filter({ hasText: /Freigegeben|Papierweg/ }); }

  /** Walks the queue with J/K until the item is the selected one. */
  async selectWithKeyboard(itemId: string): Promise<void> {
    const selected = this.page.locator('[data-testid="queue-entry"][aria-current="true"]');
    for (let step = 0; step < 50; step++) {
      if (await selected.getAttribute('data-item-id') === itemId) break;
      await this.page.keyboard.press('j');
    }
    await expect(selected).toHaveAttribute('data-item-id', itemId);
    await expect(this.decision).toBeVisible();
  }

  /** T, then type the start of the label: the select's type-ahead picks it; Esc leaves the field. */
  async changeTypeByKeyboard(labelStart: string): Promise<void> {
    // Right after the shortcut help closes, a key can land before its Escape has finished (seen once
    // in CI): press T again only if the field did not take the focus.
    await expect(async () => {
      if (!(await this.documentType.evaluate((element) => element === document.activeElement))) await this.page.keyboard.press('t');
      await expect(this.documentType).toBeFocused({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await this.page.keyboard.type(labelStart, { delay: 30 });
    await this.page.keyboard.press('Escape');
  }

  async changeDepartmentByKeyboard(code: string): Promise<void> {
    await this.page.keyboard.press('a');
    await expect(this.department).toBeFocused();
    await this.page.keyboard.type(code, { delay: 30 });
    await this.page.keyboard.press('Escape');
  }

  /** E focuses the first field; Enter walks down the fields until the one wanted. */
  async correctFieldByKeyboard(label: string, value: string): Promise<void> {
    await this.page.keyboard.press('e');
    const target = this.field(label);
    for (let step = 0; step < 12 && !(await target.evaluate((el) => el === document.activeElement)); step++) {
      await this.page.keyboard.press('Enter');
    }
    await expect(target).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Escape');
  }

  async releaseByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  async showShortcuts(): Promise<Locator> {
    await this.page.keyboard.press('?');
    const help = this.page.getByTestId('shortcut-help');
    await expect(help).toBeVisible();
    return help;
  }
}
