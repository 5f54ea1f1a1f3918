// Where the Electron binary is, without `require('electron')`: in Electron 45 that require starts a
// download when the binary is missing, and on a machine without internet it would hang or fail
// instead of answering "not here". This mirrors node_modules/electron/index.js read-only.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(env: Readonly<Record<string, string | undefined>> = process.env): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const binary = path.join(override, relative || 'electron');
    return existsSync(binary) ? { found: true, path: binary } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${binary}` };
  }
  if (!relative) {
    return { found: false, reason: 'the Electron binary was never downloaded (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline); run `npx install-electron` where the internet is reachable' };
  }
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? { found: true, path: binary } : { found: false, reason: `${binary} is missing` };
}
