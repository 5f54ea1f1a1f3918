// The core factory: every service gets its engines, clock, id generator and logger from here,
// so the CLI, the HTTP bridge, the Electron shell and the tests all assemble the same thing.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Config } from '../contract/config.ts';
import type { Item } from '../contract/items.ts';
import { createOcrPool, type OcrPool } from '../../ocr/engines/tesseract.ts';
import { reconcile, type ScanOrigin } from './claim.ts';
import { createLearning, type Learning } from './learning.ts';
import { createPipeline, type PageProgress, type Pipeline } from './pipeline.ts';
import { PageScheduler, type SchedulerStats } from '../../ocr/schedule.ts';
import { startRetentionSchedule, type RetentionSchedule } from './records/retention.ts';
import { openDatabase, type Db } from './store/db.ts';
import { silentLogger, type Logger } from './log.ts';
import { watchScanFolders, type ScanWatcher } from './watcher.ts';

export interface CoreOptions {
  config: Config;
  clock?: () => Date;
  newId?: () => string;
  log?: Logger;
  /** Overrides config.ocr.workers (0 = one per core). */
  ocrWorkers?: number;
  /**
   * Items between claim and routing at once (their first page queued or being read). Default
   * 2 × workers + 2: enough to keep every worker busy, few enough to bound memory in a burst.
   */
  maxItemsRouting?: number;
  /** Later pages queued before the item that would add more waits. Default 64. */
  maxQueuedPages?: number;
}

/** Page-level intake progress for the UI, with the scheduler's queue lengths. */
export interface IntakeProgress extends PageProgress {
  queue: SchedulerStats;
}

export interface Intake {
  /** Resolves when the watcher has read the folders and the interrupted items are queued. */
  ready: Promise<void>;
  /** Resolves when every file handed over so far has been processed. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface Core {
  /** The configuration in force; `updateConfig` replaces it (IT console), the data folder stays. */
  readonly config: Config;
  updateConfig(next: Config): void;
  db: Db;
  ocr: OcrPool;
  pipeline: Pipeline;
  /** Page progress (routed on page 1, each later page, completed); returns the unsubscribe. */
  onProgress(listener: (progress: IntakeProgress) => void): () => void;
  /** Corrections as training examples, background retrain, the model in use. */
  learning: Learning;
  clock: () => Date;
  log: Logger;
  /** Processes files once (the `epost process` command); the caller's files stay where they are. */
  processFiles(files: string[]): Promise<Item[]>;
  /** Watches the scanner folders (the `epost run` command and the desktop app). */
  startIntake(): Promise<Intake>;
  /**
   * Deletes content whose retention period is over, now (after a few seconds) and then every
   * config.retention.intervalMinutes; `close()` stops it. For long-running processes only.
   */
  startRetention(): RetentionSchedule;
  close(): Promise<void>;
}

export function databasePath(config: Config): string {
  return path.join(config.dataDir, 'epost.sqlite');
}

export async function createCore(options: CoreOptions): Promise<Core> {
  let config = options.config;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const log = options.log ?? silentLogger;
  mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(databasePath(config));
  const workers = options.ocrWorkers ?? config.ocr.workers;
  const ocr = await createOcrPool({ workers: workers > 0 ? workers : os.availableParallelism(), languages: config.ocr.languages });
  const learning = createLearning({ db, clock, log });
  // One job per worker plus one, so the next page is rastered while the workers read.
  const scheduler = new PageScheduler({ concurrency: ocr.size + 1, maxQueued: { first: ocr.size * 2 + 2, rest: options.maxQueuedPages ?? 64 } });
  const progressListeners = new Set<(progress: IntakeProgress) => void>();
  const pipeline = createPipeline({
    db, config: () => config, ocr, clock, newId, log, model: () => learning.activeModel(), scheduler,
    onProgress: (progress) => {
      for (const listener of progressListeners) listener({ ...progress, queue: scheduler.stats() });
    },
  });
  // The limit covers claim → routed only: a routed item's later pages wait in the scheduler's
  // rest lane (closures, no images), so new letters keep being routed during a burst.
  const limit = pLimit(options.maxItemsRouting ?? Math.max(2, ocr.size * 2 + 2));

  /** Routes under the limit; resolves to the completed item. */
  async function ingest(file: string, origin: ScanOrigin): Promise<Item> {
    const staged = await limit(() => pipeline.ingestStaged(file, origin));
    return staged.completed;
  }

  async function processFiles(files: string[]): Promise<Item[]> {
    const origin: ScanOrigin = { scanner: null, keepSource: true };
    return Promise.all(files.map((file) => ingest(file, origin)));
  }

  async function startIntake(): Promise<Intake> {
    const inFlight = new Set<Promise<unknown>>();
    const track = (work: Promise<unknown>) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    };
    for (const folder of config.intake.folders) mkdirSync(folder.path, { recursive: true });
    // Finish interrupted claims before watching, so the watcher never sees a half-claimed file.
    const unfinished = await reconcile({ db, dataDir: config.dataDir, clock, newId, actor: 'system' });
    for (const item of unfinished) {
      log('info', 'resuming interrupted item', { item: item.id, state: item.state });
      track(limit(() => pipeline.processStaged(item)).then((staged) => staged.completed)
        .catch((error: Error) => log('error', 'resume failed', { item: item.id, error: error.message })));
    }
    // Items routed on page 1 whose later pages were not read before the stop.
    for (const completing of pipeline.completeInterrupted()) {
      track(completing.catch((error: Error) => log('error', 'completing an interrupted item failed', { error: error.message })));
    }
    const watcher: ScanWatcher = watchScanFolders({
      folders: config.intake.folders,
      settleMs: config.intake.settleSeconds * 1000,
      completeSettleMs: config.intake.completeSettleSeconds * 1000,
      polling: config.intake.polling,
      pollIntervalMs: config.intake.pollIntervalMs,
      onSettled: (file, folder) => track(ingest(file, { scanner: folder.scanner, keepSource: false })
        .catch((error: Error) => log('error', 'intake failed; the file stays in the inbox', { file, error: error.message }))),
      onError: (error) => log('error', 'watcher error', { error: error.message }),
    });
    return {
      ready: watcher.ready,
      async idle() {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      },
      async stop() {
        await watcher.close();
        await Promise.allSettled([...inFlight]);
      },
    };
  }

  let retention: RetentionSchedule | undefined;
  function startRetention(): RetentionSchedule {
    retention ??= startRetentionSchedule({ db, config: () => config, clock, log });
    return retention;
  }

  return {
    get config() { return config; },
    updateConfig(next: Config) { config = { ...next, dataDir: config.dataDir }; },
    db, ocr, pipeline, learning, clock, log, processFiles, startIntake, startRetention,
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    async close() {
      await retention?.stop();
      await learning.idle();
      await ocr.close();
      db.close();
    },
  };
}
