import { expect, type Locator, type Page } from '@playwright/test';

export class PaperListPage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('paper-screen')).toBeVisible();
    return this;
  }

  group(department: string): Locator { return this.page.locator(`[data-testid="paper-group"][data-department="${department}"]`); }
  item(sourceName: string): Locator { return this.page.locator(`[data-testid="paper-item"][data-source="${sourceName}"]`); }

  /** Reloads until the item is listed (intake is asynchronous). */
  async waitForItem(sourceName: string): Promise<void> {
    await expect(async () => {
      await this.page.reload();
      await expect(this.item(sourceName)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000, intervals: [1_000] });
  }

  /** The printed list: print media, as a PDF file. Returns the PDF's size in bytes. */
  async printToPdf(file: string): Promise<number> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ path: file, format: 'A4', printBackground: true });
    return pdf.length;
  }

  async screenMedia(): Promise<void> { await this.page.emulateMedia({ media: 'screen' }); }
}
