// Decides when a file the scanner is still writing is finished: its size and mtime have not changed
// for `settleMs`, or for the shorter `completeSettleMs` when its own end marker shows it complete
// (ocr/intake/completeness.ts). Pure: the caller feeds observations and the current time
// (paperless-ngx does the same).

export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  /** The file's format shows it was written to its end (PDF, JPEG, PNG end markers). */
  complete?: boolean;
}

interface Tracked { snapshot: FileSnapshot; since: number }

export class StabilityTracker {
  readonly settleMs: number;
  readonly completeSettleMs: number;
  private readonly files = new Map<string, Tracked>();

  constructor(settleMs: number, completeSettleMs = settleMs) {
    this.settleMs = settleMs;
    this.completeSettleMs = Math.min(settleMs, completeSettleMs);
  }

  /** Records what the file looks like now; any change restarts its settle time. */
  observe(path: string, snapshot: FileSnapshot, now: number): void {
    const tracked = this.files.get(path);
    if (!tracked || tracked.snapshot.size !== snapshot.size || tracked.snapshot.mtimeMs !== snapshot.mtimeMs) {
      this.files.set(path, { snapshot, since: now });
    }
  }

  /** Whether the size and mtime seen last are still those of `snapshot` (so its completeness is known). */
  isCurrent(path: string, snapshot: FileSnapshot): boolean {
    const tracked = this.files.get(path);
    return tracked !== undefined && tracked.snapshot.size === snapshot.size && tracked.snapshot.mtimeMs === snapshot.mtimeMs;
  }

  forget(path: string): void {
    this.files.delete(path);
  }

  /** Files unchanged for the settle time and not empty; they are no longer tracked afterwards. */
  takeSettled(now: number): string[] {
    const settled: string[] = [];
    for (const [path, tracked] of this.files) {
      const settle = tracked.snapshot.complete ? this.completeSettleMs : this.settleMs;
      if (tracked.snapshot.size > 0 && now - tracked.since >= settle) {
        settled.push(path);
        this.files.delete(path);
      }
    }
    return settled;
  }

  get pending(): string[] {
    return [...this.files.keys()];
  }
}
