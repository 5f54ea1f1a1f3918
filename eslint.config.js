// Lint: TypeScript's recommended rules, plus the runtime boundary of STYLE.md (VS Code's rule):
// only the Electron entry files may import 'electron'; everything else runs in plain Node or a browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'renderer/dist/**', 'data/**', 'inbox/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron (STYLE.md).' }],
        patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron (STYLE.md).' }],
      }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'test/e2e/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to the services through the API contract only.' }],
        patterns: [{ group: ['node:*', '../electron/services/*', '../../electron/services/*'], message: 'The renderer runs in a browser: contract only, no Node, no services.' }],
      }],
    },
  },
);
