// `npm start`: builds the renderer and the main process, rebuilds the native modules for Electron,
// starts the desktop app from the repository, and gives node_modules back to plain Node afterwards.
// Arguments after `--` go to the app: `npm start -- --config my.yaml --data D:\\Post --close-to-tray`.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electronBinary.ts';
import { electronRebuildEnv, npm, packageBin, restoreNodeNativeModules, ROOT, run, runOrExit } from './run.ts';

const electron = findElectronBinary();
if (!electron.found) {
  process.stderr.write(`npm start: no Electron binary: ${electron.reason}.\nThe headless app runs without it: npm run epost -- serve (browser) or npm run epost -- run.\n`);
  process.exit(1);
}

runOrExit(npm, ['run', 'build:renderer']);
runOrExit(npm, ['run', 'build:electron']);
if (run(process.execPath, [packageBin('electron-builder', 'cli.js'), 'install-app-deps'], { env: electronRebuildEnv() }) !== 0) {
  restoreNodeNativeModules();
  process.exit(1);
}

const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
// Ctrl+C reaches the app, which shuts down cleanly (intake, OCR workers, database) before exiting.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  restoreNodeNativeModules();
  process.exit(code ?? 1);
});
