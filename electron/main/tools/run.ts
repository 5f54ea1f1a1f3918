// Small helpers for the shell's npm scripts (start, dist): run a command, stop on failure.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function run(command: string, args: string[], options: SpawnSyncOptions = {}): number {
  process.stdout.write(`> ${command} ${args.join(' ')}\n`);
  // shell on Windows: npm and the .bin shims are .cmd files there.
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, shell: process.platform === 'win32', ...options });
  if (result.error) process.stderr.write(`${command}: ${result.error.message}\n`);
  return result.status ?? 1;
}

export function runOrExit(command: string, args: string[]): void {
  const status = run(command, args);
  if (status !== 0) process.exit(status);
}

/** The CLI of an installed package, run with this Node (no shell, no .bin shim). */
export function packageBin(name: string, bin: string): string {
  const packageJson = createRequire(import.meta.url).resolve(`${name}/package.json`);
  return path.join(path.dirname(packageJson), bin);
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The environment for rebuilding native modules against Electron. `npm_config_nodedir` (set by
 * .ci/run and the dev setup so better-sqlite3 builds for the local Node) would make node-gyp use
 * Node's headers instead of Electron's: @electron/rebuild then reports success and labels the
 * module for Electron, but it only loads in plain Node. Without the variable it fetches Electron's
 * headers, and fails loudly where it cannot.
 */
export function electronRebuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

/**
 * node_modules serves plain Node (tests, CLI); packaging and `npm start` rebuild better-sqlite3 for
 * Electron in place. Afterwards it is rebuilt for Node again, so `npm test` keeps working.
 */
export function restoreNodeNativeModules(): void {
  process.stdout.write('Rebuilding native modules for plain Node again (tests, CLI) …\n');
  if (run(npm, ['rebuild', 'better-sqlite3']) !== 0) {
    process.stderr.write('Could not rebuild better-sqlite3 for Node: run `npm rebuild better-sqlite3` before `npm test`.\n');
  }
}
