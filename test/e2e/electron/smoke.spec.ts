// The desktop app end to end, with Playwright's Electron driver: the window opens on the app's own
// origin with the security settings in force, a user signs in, one scanned letter goes through
// (scanner folder → OCR → Prüfplatz → released to 1.40), and quitting shuts down cleanly.
// Runs wherever an Electron binary exists; elsewhere (CI here: no internet for the binary) it is
// skipped with the reason. The page objects are the browser tests' (test/e2e/pages).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { parseDocument } from 'yaml';
import { findElectronBinary } from '../../../electron/main/tools/electronBinary.ts';
import { electronRebuildEnv } from '../../../electron/main/tools/run.ts';
import { ReviewPage } from '../pages/ReviewPage.ts';
import { ShellPage } from '../pages/ShellPage.ts';
import { SignInPage } from '../pages/SignInPage.ts';
import { invoiceLetter, renderLetter } from '../support/letters.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const binary = findElectronBinary();

test.describe.configure({ mode: 'serial' });

let base = '';
let inbox = '';
let dataDir = '';
let app: ElectronApplication;
let win: Page;

function runNode(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed`);
}

test.beforeAll(async () => {
  if (!binary.found) {
    // The list reporter shows a skip as a dash only: say why where the run's output is read.
    const reason = `Electron smoke test skipped: no Electron binary (${binary.reason})`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  test.setTimeout(600_000);
  runNode([path.join(ROOT, 'electron/main/tools/build.ts')]);
  // better-sqlite3 must match Electron's ABI; afterAll gives node_modules back to plain Node.
  runNode([path.join(ROOT, 'node_modules/electron-builder/cli.js'), 'install-app-deps'], electronRebuildEnv());

  base = mkdtempSync(path.join(os.tmpdir(), 'epost-electron-'));
  inbox = path.join(base, 'inbox');
  dataDir = path.join(base, 'data');
  const config = parseDocument(readFileSync(path.join(ROOT, 'seeds/config.yaml'), 'utf8'));
  config.setIn(['dataDir'], dataDir);
  config.setIn(['intake', 'folders'], [{ path: inbox, scanner: 'E2E-Scanner' }]);
  config.setIn(['intake', 'settleSeconds'], 0.5);
  config.setIn(['ocr', 'workers'], 1);
  writeFileSync(path.join(base, 'config.yaml'), String(config));
  copyFileSync(path.join(ROOT, 'seeds/users.yaml'), path.join(base, 'users.yaml')); // imported on first start

  app = await _electron.launch({
    executablePath: binary.path,
    args: [ROOT, '--config', path.join(base, 'config.yaml'), '--user-data', path.join(base, 'profile')],
    cwd: ROOT,
    timeout: 120_000,
  });
  win = await app.firstWindow();
});

test.afterAll(async () => {
  if (!binary.found) return;
  try {
    if (app) await app.close();
  } finally {
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (base) rmSync(base, { recursive: true, force: true });
  }
});

test('the window shows the app from its own origin, isolated from Node', async () => {
  await expect(win.getByRole('heading', { name: 'E-Poststelle' })).toBeVisible({ timeout: 60_000 });
  const page = await win.evaluate(() => ({
    origin: `${location.protocol}//${location.host}`,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { epost: object }).epost).sort(),
  }));
  expect(page).toEqual({ origin: 'epost://app', require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'] });
  // Navigation away and new windows are refused.
  await win.evaluate(() => { window.open('https://example.org/'); });
  await win.evaluate(() => { location.href = 'https://example.org/'; }).catch(() => {});
  await expect.poll(() => app.windows().length).toBe(1);
  expect(win.url()).toMatch(/^epost:\/\/app\//);
});

test('sign-in and one letter through the Prüfplatz', async () => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(win);
  await signIn.signIn('poststelle', 'demo-poststelle');
  const shell = new ShellPage(win);
  await shell.expectSignedIn();

  const name = `rechnung-electron-${Date.now().toString(36)}.png`;
  const temp = path.join(base, `${name}.part`);
  writeFileSync(temp, await renderLetter(invoiceLetter(Date.now().toString(36))));
  renameSync(temp, path.join(inbox, name)); // as a scanner does: complete, then visible

  const review: ReviewPage = await shell.review();
  const id = await review.waitForEntry(name);
  await review.selectWithKeyboard(id);
  await expect(review.department).toHaveValue('1.40');
  await review.releaseByKeyboard();
  await expect(review.entry(name)).toHaveCount(0);

  const detail = await win.evaluate((itemId) => (window as unknown as { epost: { invoke(m: string, i: unknown): Promise<unknown> } })
    .epost.invoke('items.get', { id: itemId }), id) as { ok: boolean; value: { item: { state: string; department: string } } };
  expect(detail.ok).toBe(true);
  expect(detail.value.item).toMatchObject({ state: 'routed', department: '1.40' });
});

test('quitting shuts down cleanly and releases the folder locks', async () => {
  await app.close();
  expect(existsSync(path.join(dataDir, '.epost.lock'))).toBe(false);
  expect(existsSync(path.join(inbox, '.epost.lock'))).toBe(false);
  app = undefined as unknown as ElectronApplication;
});
