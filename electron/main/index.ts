// The desktop app's main process: one window over the same core and API dispatcher that the CLI
// and the loopback bridge use (electron/services), reached through the IPC transport. This file owns
// the order of things: single instance, configuration, locks, core, dispatcher, window, tray, and
// a shutdown that undoes them (shutdown.ts).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, session, type Tray } from 'electron';
import type { Config } from '../contract/config.ts';
import { createDispatcher } from '../services/api/dispatcher.ts';
import { ConfigError, loadConfig } from '../services/config.ts';
import { createCore, type Core } from '../services/core.ts';
import { streamLogger, type Logger } from '../services/log.ts';
import { importSeedUsers } from '../services/users.ts';
import { createIpcTransport, type IpcTransport } from '../transport/ipc.ts';
import { acquireLocks, LockedError, type HeldLock } from './instanceLock.ts';
import { resolveLaunch, userDataArgument, usersFileFor, type Launch } from './launch.ts';
import { appPaths, type AppPaths } from './paths.ts';
import { APP_ORIGIN } from './rendererFiles.ts';
import { createRotatingLog, teeLogger } from './rotatingLog.ts';
import { hardenAllWebContents, hardenSession, registerAppScheme, serveRenderer } from './security.ts';
import { createShutdown, SHUTDOWN_ORDER, type Shutdown } from './shutdown.ts';
import { createTray } from './tray.ts';
import { createMainWindow, focusWindow } from './window.ts';

const APP_ID = 'de.musterstadt.epoststelle';
/** Dot-named: the scanner-folder watcher ignores it (ocr/intake/filenames.ts). */
const LOCK_NAME = '.epost.lock';

// ---- before `ready`: what Electron only accepts this early ---------------------------------------
// `--user-data DIR`: a separate profile (and so a separate single-instance lock and desktop.json),
// for a second data folder on the same account and for the end-to-end test.
const userDataOverride = userDataArgument(process.argv);
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));
registerAppScheme();
app.enableSandbox(); // every renderer sandboxed, whatever a window's options say
app.setAppUserModelId(APP_ID);

let window: BrowserWindow | null = null;
let tray: Tray | null = null;
let quitting = false;
let onSessionEnd: () => void = () => {};

// One app per user session: a second start only brings the first window to the front. The lock
// files below extend this to the data folder (other users, other PCs, `epost run`).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) focusWindow(window);
  });
  start().catch((error: unknown) => {
    // Only a bug in start() lands here; its expected failures are handled inside with a dialog.
    process.stderr.write(`E-Poststelle: start failed: ${(error as Error).stack ?? String(error)}\n`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = appPaths();
  const launch = resolveLaunch({ argv: process.argv, env: process.env, userData: paths.userData, isPackaged: app.isPackaged, demoConfigFile: paths.demoConfigFile });
  const fileLog = createRotatingLog({ dir: paths.logs, minimum: launch.logLevel });
  // Started from a terminal during development: the log goes to stderr as well.
  const log: Logger = app.isPackaged ? fileLog.log : teeLogger(fileLog.log, streamLogger((line) => process.stderr.write(line), launch.logLevel));
  log('info', 'starting', { version: app.getVersion(), electron: process.versions.electron, config: launch.configFile, log: fileLog.file });
  for (const warning of launch.warnings) log('warn', 'desktop settings ignored', { warning });

  const shutdown = createShutdown({ log, timeoutMs: 30_000 });
  installQuitHandling(shutdown, log);

  let config: Config;
  try {
    config = loadConfig(launch.configFile, { dataDir: launch.dataDir }).config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log('error', 'configuration invalid', { file: error.file, problems: error.problems });
    return fatal('Konfiguration fehlerhaft', `${error.file}\n\n${error.problems.map((p) => `${p.path || '(Datei)'}: ${p.message}`).join('\n')}`, 2);
  }

  // Two processes on one store or one scanner folder would claim the same scans twice.
  const lockFiles = [config.dataDir, ...(launch.intake ? config.intake.folders.map((f) => f.path) : [])]
    .map((folder) => path.join(folder, LOCK_NAME));
  let locks: HeldLock[];
  try {
    for (const file of lockFiles) mkdirSync(path.dirname(file), { recursive: true });
    locks = acquireLocks(lockFiles, { app: `E-Poststelle ${app.getVersion()}` });
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    log('error', 'data or scanner folder in use', { file: error.file, owner: error.owner });
    return fatal('E-Poststelle läuft bereits', `Dieser Daten- oder Scannerordner wird schon verarbeitet:\n${error.message}\n\nBitte dort beenden oder einen anderen Datenordner wählen.`, 3);
  }
  shutdown.add({ name: 'release folder locks', order: SHUTDOWN_ORDER.locks, run: () => locks.forEach((lock) => lock.release()) });

  let core: Core;
  try {
    core = await createCore({ config, log });
  } catch (error) {
    log('error', 'core failed to start', { error: (error as Error).stack ?? String(error) });
    locks.forEach((lock) => lock.release());
    return fatal('E-Poststelle konnte nicht starten', (error as Error).message, 1);
  }
  if (shutdown.started) {
    await core.close(); // quit was asked for while the OCR workers were starting
    return;
  }
  shutdown.add({ name: 'close core (drain OCR workers, close database)', order: SHUTDOWN_ORDER.core, run: () => core.close() });

  // First start: the accounts beside the config, as `epost serve` does (electron/cli/serve.ts).
  const usersFile = usersFileFor(launch.configFile);
  if (existsSync(usersFile)) {
    try {
      const imported = await importSeedUsers(core.db, usersFile, config.departments.map((d) => d.code), core.clock().toISOString());
      if (imported > 0) log('info', 'accounts imported', { file: usersFile, count: imported });
    } catch (error) {
      log('error', 'accounts not imported', { file: usersFile, error: (error as Error).message });
    }
  }

  // Retention deletes scans and text a configured time after `done`, as `epost run`/`serve` do;
  // core.close() stops the timer.
  core.startRetention();

  const dispatcher = createDispatcher({ core, configFile: launch.configFile });
  const transport = createIpcTransport({ ipcMain, dispatcher, origin: APP_ORIGIN, log });
  shutdown.add({ name: 'stop ipc', order: SHUTDOWN_ORDER.transport, run: () => transport.dispose() });
  shutdown.add({ name: 'stop api events', order: SHUTDOWN_ORDER.api, run: () => dispatcher.close() });

  hardenAllWebContents(log);
  hardenSession(session.defaultSession, log);
  serveRenderer(session.defaultSession, paths.rendererRoot, log);
  if (app.isPackaged) Menu.setApplicationMenu(null); // no reload or devtools shortcuts for users

  openWindow(paths, launch, transport, log);
  if (launch.closeToTray && existsSync(paths.icon)) {
    tray = createTray(paths.icon, { show: () => openWindow(paths, launch, transport, log), quit: () => app.quit() });
  }
  app.on('window-all-closed', () => {
    // With the tray the intake keeps running; without it, closing the window ends the app.
    if (!tray) app.quit();
  });

  if (launch.intake) {
    try {
      const intake = await core.startIntake();
      shutdown.add({ name: 'stop intake (finish items in flight)', order: SHUTDOWN_ORDER.intake, run: () => intake.stop() });
      await intake.ready;
      log('info', 'watching scanner folders', { folders: config.intake.folders.map((f) => f.path) });
    } catch (error) {
      // The queues still work without the intake; the mailroom must know that scans are not taken.
      log('error', 'intake failed to start', { error: (error as Error).stack ?? String(error) });
      dialog.showErrorBox('Scannerordner nicht erreichbar', `Neue Scans werden nicht verarbeitet, bis die E-Poststelle neu gestartet wird.\n\n${(error as Error).message}`);
    }
  }
}

function openWindow(paths: AppPaths, launch: Launch, transport: IpcTransport, log: Logger): void {
  if (window && !window.isDestroyed()) {
    focusWindow(window);
    return;
  }
  const created = createMainWindow({ preload: paths.preload, icon: existsSync(paths.icon) ? paths.icon : undefined, devTools: !app.isPackaged, log });
  window = created;
  transport.attach(created.webContents);
  created.on('close', (event) => {
    if (quitting || !launch.closeToTray || !tray) return;
    // To the tray: hidden, not destroyed, so the page and its sign-in stay as they were.
    event.preventDefault();
    created.hide();
  });
  created.on('session-end', () => onSessionEnd());
  created.on('closed', () => {
    if (window !== created) return;
    window = null;
    transport.detach();
  });
}

function installQuitHandling(shutdown: Shutdown, log: Logger): void {
  let done = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (done) return;
    event.preventDefault(); // quit for real once the data is safe
    void shutdown.run('quit').then((result) => {
      done = true;
      tray?.destroy();
      app.exit(result.completed ? 0 : 1);
    });
  });
  // Windows log-off and shutdown (a window event): the process is ended soon after, so begin at once.
  onSessionEnd = () => void shutdown.run('session end');
  process.once('SIGINT', () => app.quit());
  process.once('SIGTERM', () => app.quit());
  process.on('uncaughtException', (error) => {
    log('error', 'uncaught exception', { error: error.stack ?? error.message });
    quitting = true;
    void shutdown.run('crash').then(() => app.exit(1));
  });
  process.on('unhandledRejection', (reason) => {
    log('error', 'unhandled rejection', { reason: reason instanceof Error ? (reason.stack ?? reason.message) : String(reason) });
  });
}

function fatal(title: string, message: string, exitCode: number): void {
  dialog.showErrorBox(title, message);
  app.exit(exitCode);
}
