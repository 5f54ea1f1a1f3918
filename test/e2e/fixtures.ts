// The e2e fixture: one real `epost serve` per worker (shared by the tests of a file, which follow
// one letter's way), and a signed-in page per role through the page objects.
import { test as base, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ShellPage } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { startEpostServer, type EpostServer } from './support/server.ts';
import { ACCOUNTS } from '../support/accounts.ts';

/** The demo accounts of seeds/users.yaml, by the part they play in the browser tests. */
export const USERS = { mailroom: ACCOUNTS.mailroom, it: ACCOUNTS.it, finance: ACCOUNTS.clerk140, tax: ACCOUNTS.clerk150 } as const;
export type UserKey = keyof typeof USERS;

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

interface Fixtures {
  /** Signs a fresh page in as one of the demo users and returns the app shell. */
  signInAs(user: UserKey): Promise<ShellPage>;
  /** Saves a screenshot to test-results/screenshots/<name>.png and returns the path. */
  saveScreenshot(page: Page, name: string): Promise<string>;
}

export const test = base.extend<Fixtures, { server: EpostServer }>({
  // Playwright reads dependencies from the destructuring pattern: an empty one means "none".
  // eslint-disable-next-line no-empty-pattern
  server: [async ({}, use) => {
    const server = await startEpostServer();
    await use(server);
    await server.stop();
  }, { scope: 'worker', timeout: 90_000 }],

  signInAs: async ({ page, server }, use) => {
    await use(async (user) => {
      const signIn = new SignInPage(page);
      await signIn.open(server.url);
      await signIn.signIn(USERS[user].username, USERS[user].password);
      const shell = new ShellPage(page);
      await shell.expectSignedIn();
      return shell;
    });
  },

  // eslint-disable-next-line no-empty-pattern
  saveScreenshot: async ({}, use) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(async (page, name) => {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    });
  },
});

export { expect } from '@playwright/test';
