// `npm run dist`: builds renderer and main process, then packages for the current platform with
// electron-builder (electron-builder.yml): NSIS + MSI on Windows, AppImage + deb on Linux.
// Extra arguments go to electron-builder, e.g. `npm run dist -- --dir` for an unpacked test build.
import { electronRebuildEnv, npm, packageBin, restoreNodeNativeModules, run, runOrExit } from './run.ts';

runOrExit(npm, ['run', 'build:renderer']);
runOrExit(npm, ['run', 'build:electron']);
const status = run(process.execPath, [packageBin('electron-builder', 'cli.js'), '--publish', 'never', ...process.argv.slice(2)], { env: electronRebuildEnv() });
// electron-builder rebuilds native modules in the project's node_modules for Electron.
restoreNodeNativeModules();
process.exit(status);
