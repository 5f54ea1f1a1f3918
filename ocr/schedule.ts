// Page scheduler in front of the OCR pool: two lanes, first pages before the rest.
// A first page decides where a letter goes (classify + route), so it jumps every queued later
// page; later pages only complete text and fields. Jobs are closures that raster, preprocess and
// read one page when they start, so a queued page costs a few bytes and at most `concurrency` + 1
// decoded pages exist at once. Each lane's queue is bounded: beyond `maxQueued` a caller waits
// (backpressure to the intake, whose files wait on disk), so a burst of 500 files cannot pile up.

export type Lane = 'first' | 'rest';

export interface SchedulerOptions {
  /**
   * Jobs running at once: one per OCR worker keeps them busy, a few more overlap rastering.
   * First pages may use one slot more, so a letter landing while later pages fill every slot
   * starts at once instead of waiting for one of them to finish.
   */
  concurrency: number;
  /** Jobs waiting per lane before callers wait for room. Default 64 each. */
  maxQueued?: Partial<Record<Lane, number>>;
}

export interface SchedulerStats {
  running: number;
  queued: Record<Lane, number>;
  /** Callers waiting for room in a full lane. */
  admitting: Record<Lane, number>;
  done: Record<Lane, number>;
  peakRunning: number;
  peakQueued: Record<Lane, number>;
}

interface Job {
  start: () => void;
}

const DEFAULT_MAX_QUEUED = 64;
const FIRST_PAGE_EXTRA_SLOTS = 1;

export class PageScheduler {
  readonly concurrency: number;
  readonly #maxQueued: Record<Lane, number>;
  readonly #queues: Record<Lane, Job[]> = { first: [], rest: [] };
  readonly #admissions: Record<Lane, (() => void)[]> = { first: [], rest: [] };
  readonly #done: Record<Lane, number> = { first: 0, rest: 0 };
  readonly #peakQueued: Record<Lane, number> = { first: 0, rest: 0 };
  readonly #listeners = new Set<(stats: SchedulerStats) => void>();
  readonly #idleWaiters: (() => void)[] = [];
  /** Admitted callers about to queue their job: counted so the bound holds in between. */
  readonly #reserved: Record<Lane, number> = { first: 0, rest: 0 };
  #running = 0;
  #peakRunning = 0;

  constructor(options: SchedulerOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency));
    this.#maxQueued = {
      first: Math.max(1, options.maxQueued?.first ?? DEFAULT_MAX_QUEUED),
      rest: Math.max(1, options.maxQueued?.rest ?? DEFAULT_MAX_QUEUED),
    };
  }

  /** Runs `job` when a slot is free, first-lane jobs before rest-lane ones; FIFO within a lane. */
  async run<T>(lane: Lane, job: () => Promise<T>): Promise<T> {
    await this.#admit(lane);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.#running++;
        this.#peakRunning = Math.max(this.#peakRunning, this.#running);
        this.#notify();
        job().then(resolve, reject).finally(() => {
          this.#running--;
          this.#done[lane]++;
          this.#pump();
        });
      };
      this.#reserved[lane]--;
      this.#queues[lane].push({ start });
      this.#peakQueued[lane] = Math.max(this.#peakQueued[lane], this.#queues[lane].length);
      this.#pump();
    });
  }

  stats(): SchedulerStats {
    return {
      running: this.#running,
      queued: { first: this.#queues.first.length, rest: this.#queues.rest.length },
      admitting: { first: this.#admissions.first.length, rest: this.#admissions.rest.length },
      done: { ...this.#done },
      peakRunning: this.#peakRunning,
      peakQueued: { ...this.#peakQueued },
    };
  }

  /** Called after every change (a job queued, started or finished): progress for the UI. */
  onChange(listener: (stats: SchedulerStats) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when nothing runs, waits or queues. */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #admit(lane: Lane): Promise<void> {
    if (this.#room(lane) > 0 && this.#admissions[lane].length === 0) {
      this.#reserved[lane]++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#admissions[lane].push(() => {
      this.#reserved[lane]++;
      resolve();
    }));
  }

  #room(lane: Lane): number {
    return this.#maxQueued[lane] - this.#queues[lane].length - this.#reserved[lane];
  }

  #pump(): void {
    while (this.#running < this.concurrency + FIRST_PAGE_EXTRA_SLOTS && this.#queues.first.length > 0) this.#queues.first.shift()?.start();
    while (this.#running < this.concurrency && this.#queues.rest.length > 0) this.#queues.rest.shift()?.start();
    // Room freed in a lane lets its waiting callers in, in order.
    for (const lane of ['first', 'rest'] as const) {
      while (this.#room(lane) > 0 && this.#admissions[lane].length > 0) this.#admissions[lane].shift()?.();
    }
    this.#notify();
    if (this.#isIdle()) for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  #isIdle(): boolean {
    return this.#running === 0 && this.#queues.first.length === 0 && this.#queues.rest.length === 0
      && this.#admissions.first.length === 0 && this.#admissions.rest.length === 0
      && this.#reserved.first === 0 && this.#reserved.rest === 0;
  }

  #notify(): void {
    if (this.#listeners.size === 0) return;
    const stats = this.stats();
    for (const listener of this.#listeners) listener(stats);
  }
}
