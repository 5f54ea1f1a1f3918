import { defineConfig } from 'vitest/config';

// OCR tests run real tesseract.js: give them time, and keep files in separate forks so a
// native module (better-sqlite3, sharp) never shares a process with a crashed test.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/tempRoot.ts'],
  },
});
