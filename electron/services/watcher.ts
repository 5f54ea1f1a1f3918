// Watches the scanner folders and hands over each file once the scanner has finished writing it.
import chokidar, { type FSWatcher } from 'chokidar';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { isWrittenToTheEnd, TAIL_BYTES } from '../../ocr/intake/completeness.ts';
import { StabilityTracker } from '../../ocr/intake/stability.ts';
import { isIgnoredScanName } from '../../ocr/intake/filenames.ts';

export interface WatchedFolder { path: string; scanner: string }

export interface ScanWatcherOptions {
  folders: WatchedFolder[];
  settleMs: number;
  /** Quiet time for a file whose end marker shows it complete (PDF, JPEG, PNG); default settleMs. */
  completeSettleMs?: number;
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
  const tracker = new StabilityTracker(options.settleMs, options.completeSettleMs);
  const folderOf = (file: string) => options.folders.find((f) => path.dirname(file) === path.resolve(f.path));

  const observe = async (file: string) => {
    try {
      const info = await stat(file);
      if (!info.isFile()) return;
      const snapshot = { size: info.size, mtimeMs: info.mtimeMs };
      // Ends are read once per size/mtime seen, not on every tick.
      if (tracker.isCurrent(file, snapshot)) tracker.observe(file, snapshot, now());
      else tracker.observe(file, { ...snapshot, complete: await writtenToTheEnd(file, info.size) }, now());
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
  }, Math.max(50, Math.min(1000, tracker.completeSettleMs / 2)));

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearInterval(tick);
      await watcher.close();
    },
  };
}

async function writtenToTheEnd(file: string, size: number): Promise<boolean> {
  if (size < 16) return false;
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return isWrittenToTheEnd(head, tail);
  } finally {
    await handle.close();
  }
}
