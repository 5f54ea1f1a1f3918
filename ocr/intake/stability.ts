// Decides when a file the scanner is still writing is finished: its size and mtime have not changed
// for `settleMs`. Pure: the caller feeds observations and the current time (paperless-ngx does the same).

export interface FileSnapshot { size: number; mtimeMs: number }

interface Tracked { snapshot: FileSnapshot; since: number }

export class StabilityTracker {
  readonly settleMs: number;
  private readonly files = new Map<string, Tracked>();

  constructor(settleMs: number) {
    this.settleMs = settleMs;
  }

  /** Records what the file looks like now; any change restarts its settle time. */
  observe(path: string, snapshot: FileSnapshot, now: number): void {
    const tracked = this.files.get(path);
    if (!tracked || tracked.snapshot.size !== snapshot.size || tracked.snapshot.mtimeMs !== snapshot.mtimeMs) {
      this.files.set(path, { snapshot, since: now });
    }
  }

  forget(path: string): void {
    this.files.delete(path);
  }

  /** Files unchanged for the settle time and not empty; they are no longer tracked afterwards. */
  takeSettled(now: number): string[] {
    const settled: string[] = [];
    for (const [path, tracked] of this.files) {
      if (tracked.snapshot.size > 0 && now - tracked.since >= this.settleMs) {
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
