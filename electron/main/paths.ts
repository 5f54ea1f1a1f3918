// Where the shell finds its parts, in development (`electron .` in the repository) and installed
// (inside app.asar, with some files unpacked beside it).
import path from 'node:path';
import { app } from 'electron';

export interface AppPaths {
  /** The folder with package.json: the repository, or resources/app.asar. */
  appRoot: string;
  rendererRoot: string;
  preload: string;
  /** The window and tray icon; undefined when it is missing (an unbuilt checkout). */
  icon: string;
  demoConfigFile: string;
  userData: string;
  logs: string;
}

export function appPaths(): AppPaths {
  const appRoot = app.getAppPath();
  const userData = app.getPath('userData');
  return {
    appRoot,
    rendererRoot: path.join(appRoot, 'renderer', 'dist'),
    // Compiled next to this file: dist/electron/main → dist/electron/preload.
    preload: path.join(import.meta.dirname, '..', 'preload', 'index.cjs'),
    // electron-builder copies build/icon.png into resources/ (extraResources in electron-builder.yml).
    icon: app.isPackaged ? path.join(process.resourcesPath, 'icon.png') : path.join(appRoot, 'build', 'icon.png'),
    demoConfigFile: path.join(appRoot, 'seeds', 'config.yaml'),
    userData,
    logs: path.join(userData, 'logs'),
  };
}
