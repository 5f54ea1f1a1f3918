// Browser tests: the built renderer in Debian's Chromium against a real `epost serve` (real OCR,
// real SQLite, real HTTP bridge). One worker: the tests share one server and follow the mail's way.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: /.*\.spec\.ts$/,
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Never `playwright install`: the machine's Chromium, no downloads, no sandbox inside containers.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // --lang: date inputs follow the browser's UI language, and our users read TT.MM.JJJJ.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=de-DE'],
    },
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
