// Watches the scanner folders and hands over each file once the scanner has finished writing it.
import chokidar, { type FSWatcher } from 'chokidar';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StabilityTracker } from '../../ocr/intake/stability.ts';
import { isIgnoredScanName } from '../../ocr/intake/filenames.ts';

export interface WatchedFolder { path: string; scanner: string }

export interface ScanWatcherOptions {
  folders: WatchedFolder[];
  settleMs: number;
  polling: boolean;
  pollIntervalMs: number;
  onSettled: (file: string, folder: WatchedFolder) => void;
  onError: (error: Error) => void;
  now?: () => number;
}

export interface ScanWatcher {
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchScanFolders(options: ScanWatcherOptions): ScanWatcher {
  const now = options.now ?? Date.now;
  const tracker = new StabilityTracker(options.settleMs);
  const folderOf = (file: string) => options.folders.find((f) => path.dirname(file) === path.resolve(f.path));

  const observe = async (file: string) => {
    try {
      const info = await stat(file);
      if (info.isFile()) tracker.observe(file, { size: info.size, mtimeMs: info.mtimeMs }, now());
    } catch {
      tracker.forget(file); // gone again (moved away by the scanner software, or deleted)
    }
  };

  const watcher: FSWatcher = chokidar.watch(options.folders.map((f) => path.resolve(f.path)), {
    depth: 0,
    ignored: (file, stats) => Boolean(stats?.isFile()) && isIgnoredScanName(file),
    usePolling: options.polling,
    interval: options.pollIntervalMs,
    ignoreInitial: false, // files already in the inbox at start are processed too
  });
  watcher.on('add', (file) => void observe(file));
  watcher.on('change', (file) => void observe(file));
  watcher.on('unlink', (file) => tracker.forget(file));
  watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))));

  // Re-check pending files on a timer: on some shares no 'change' event arrives while a file grows.
  const tick = setInterval(async () => {
    await Promise.all(tracker.pending.map(observe));
    for (const file of tracker.takeSettled(now())) {
      const folder = folderOf(file);
      if (folder && !isIgnoredScanName(file)) options.onSettled(file, folder);
    }
  }, Math.max(50, Math.min(1000, options.settleMs / 2)));

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearInterval(tick);
      await watcher.close();
    },
  };
}
