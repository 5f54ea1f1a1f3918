// The main window. Its webPreferences are the per-window half of the security checklist: isolated,
// sandboxed, no Node in the page, web security on, nothing experimental, no webview.
import { BrowserWindow, type WebContents } from 'electron';
import type { Logger } from '../services/log.ts';
import { APP_ENTRY_URL } from './rendererFiles.ts';

export interface MainWindowOptions {
  preload: string;
  icon: string | undefined;
  devTools: boolean;
  log: Logger;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'E-Poststelle',
    show: false, // shown once painted: no white flash
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows before setWindowOpenHandler sees them.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      // Dictionaries would be downloaded from the internet; the app stays offline.
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  watchRenderer(window.webContents, options.log);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** A crashed or hung page is logged and reloaded; the services in the main process keep running. */
function watchRenderer(contents: WebContents, log: Logger): void {
  const reloads: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    log('error', 'renderer gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    // A page that crashes on every load must not spin: three reloads a minute at most.
    const now = Date.now();
    while (reloads.length > 0 && now - reloads[0]! > 60_000) reloads.shift();
    if (reloads.length >= 3) {
      log('error', 'renderer keeps crashing; not reloading again');
      return;
    }
    reloads.push(now);
    void contents.loadURL(APP_ENTRY_URL);
  });
  contents.on('unresponsive', () => log('warn', 'renderer unresponsive'));
  contents.on('did-fail-load', (_event, code, description, url) => log('error', 'page failed to load', { code, description, url }));
  contents.on('console-message', (event) => {
    if (event.level === 'error') log('warn', 'renderer console error', { message: event.message, source: event.sourceId, line: event.lineNumber });
  });
}

/** Brings the window to the front (second start, tray click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
