// `npm run build:electron`: compiles the main process and preload with tsconfig.electron.json into
// dist/, then copies the files the compiled code reads next to itself (migrations, the demo
// config), because they are found relative to each module's own URL. Run with plain Node.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = path.join(root, 'dist');
/** Source folders whose non-TypeScript files the compiled code may read at run time. */
const ASSET_FOLDERS = ['electron', 'ocr'];
/** Demo configuration and users: the services find them relative to their own modules. */
const ASSET_FILES = ['seeds/config.yaml', 'seeds/users.yaml'];
// The shipped OCR models (ocr/engines/tessdata) are data the compiled code reads by path too.
const ASSET_PATTERN = /\.(sql|json|ya?ml|txt|traineddata\.gz)$/i;

function fail(message: string): never {
  process.stderr.write(`build:electron: ${message}\n`);
  process.exit(1);
}

function copyAssets(folder: string): number {
  let copied = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist' && !entry.name.startsWith('.')) walk(full);
      } else if (ASSET_PATTERN.test(entry.name) && statSync(full).size < 5 * 1024 * 1024) {
        cpSync(full, path.join(dist, path.relative(root, full)));
        copied++;
      }
    }
  };
  if (existsSync(path.join(root, folder))) walk(path.join(root, folder));
  return copied;
}

// Stale output of a deleted source file must not end up in the package.
for (const folder of ['electron', 'ocr', 'seeds']) rmSync(path.join(dist, folder), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.electron.json')], { stdio: 'inherit', cwd: root });
if (compiled.status !== 0) fail('tsc failed');

let copied = ASSET_FOLDERS.reduce((sum, folder) => sum + copyAssets(folder), 0);
for (const file of ASSET_FILES.filter((f) => existsSync(path.join(root, f)))) {
  cpSync(path.join(root, file), path.join(dist, file));
  copied++;
}

// The sandboxed preload is evaluated as a classic script with require(): an ES import would break it.
const preload = path.join(dist, 'electron', 'preload', 'index.cjs');
if (!existsSync(preload)) fail(`${path.relative(root, preload)} missing`);
const preloadSource = readFileSync(preload, 'utf8');
if (/^\s*(import|export)\s/m.test(preloadSource)) fail('the preload contains ES module syntax');
const required = [...preloadSource.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
if (required.some((name) => name !== 'electron')) fail(`the sandboxed preload may only require electron, not ${required.join(', ')}`);

const main = path.join(dist, 'electron', 'main', 'index.js');
if (!existsSync(main)) fail(`${path.relative(root, main)} missing`);
process.stdout.write(`build:electron: ${path.relative(root, main)}, ${path.relative(root, preload)}, ${copied} asset files\n`);
