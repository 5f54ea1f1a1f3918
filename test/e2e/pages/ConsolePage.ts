import { expect, type Locator, type Page } from '@playwright/test';

export type Level = 'normal' | 'high' | 'very-high';
export type RolloutLabel = 'Papierweg' | 'Pilot' | 'Regelbetrieb';

export class ConsolePage {
  readonly page: Page;
  constructor(page: Page) { this.page = page; }

  async ready(): Promise<this> {
    await expect(this.page.getByTestId('rollout-matrix')).toBeVisible();
    return this;
  }

  cell(department: string, level: Level): Locator { return this.page.getByTestId(`rollout-${department}-${level}`); }

  async setRollout(department: string, level: Level, state: RolloutLabel): Promise<void> {
    await this.cell(department, level).selectOption({ label: state });
    await expect(this.page.getByRole('status').filter({ hasText: `${department}, Schutzbedarf` })).toBeVisible();
    await expect(this.cell(department, level).locator('option:checked')).toHaveText(state);
  }

  get waveBanner(): Locator { return this.page.getByTestId('wave-due-banner'); }

  async testRules(text: string): Promise<{ type: string; department: string }> {
    await this.page.getByLabel('Text des Schreibens').fill(text);
    await this.page.getByTestId('tester-run').click();
    const type = this.page.getByTestId('tester-type');
    await expect(type).toBeVisible();
    return { type: await type.innerText(), department: await this.page.getByTestId('tester-department').innerText() };
  }

  async setThreshold(value: string): Promise<void> {
    await this.page.getByLabel(/Schwelle für Freigabe/).fill(value);
  }

  async save(): Promise<void> { await this.page.getByTestId('config-save').click(); }
  fieldError(path: string): Locator { return this.page.getByTestId(`error-${path}`); }
}
