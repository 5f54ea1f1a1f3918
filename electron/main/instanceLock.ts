// A lock file in the data folder (and in each scanner folder): two processes must never work on the
// same store or watch the same scanner folder. Electron's single-instance lock only covers one user
// on one machine; this also covers a second Windows user on a terminal server, `epost run` next to
// the desktop app, and two PCs pointed at the same network share. Plain Node: no electron import.
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

export const LockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  app: z.string(),
  startedAt: z.string(),
});
export type LockOwner = z.infer<typeof LockOwnerSchema>;

export class LockedError extends Error {
  override name = 'LockedError';
  readonly file: string;
  readonly owner: LockOwner | null;
  constructor(file: string, owner: LockOwner | null) {
    super(owner
      ? `${file} gehört schon ${owner.app} (Prozess ${owner.pid} auf ${owner.host}, seit ${owner.startedAt})`
      : `${file} ist gesperrt`);
    this.file = file;
    this.owner = owner;
  }
}

export interface HeldLock {
  readonly file: string;
  readonly owner: LockOwner;
  release(): void;
}

export interface AcquireLockOptions {
  file: string;
  app: string;
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Is a process of this machine still running? Default: signal 0. */
  isAlive?: (pid: number) => boolean;
  /** The holder touches the file this often, so other hosts can tell a live lock from a dead one. */
  heartbeatMs?: number;
  /** A lock not touched for this long belongs to a process that died (or a PC that was switched off). */
  staleAfterMs?: number;
}

const HEARTBEAT_MS = 10_000;
const STALE_AFTER_MS = 60_000;

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user; that still counts as alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = LockOwnerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // half-written by a process that died while creating it, or unreadable
  }
}

/** Takes the lock or throws LockedError. A lock left behind by a crash is taken over. */
export function acquireLock(options: AcquireLockOptions): HeldLock {
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? processIsAlive;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    app: options.app,
    startedAt: now().toISOString(),
  };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' is the atomic part: exactly one process creates the file.
      const fd = openSync(options.file, 'wx');
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      return hold(options.file, owner, options.heartbeatMs ?? HEARTBEAT_MS);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(options.file);
    let ageMs: number;
    try {
      ageMs = now().getTime() - statSync(options.file).mtimeMs;
    } catch {
      continue; // released between our open and stat: try again
    }
    // PID checks only mean something on the same machine; elsewhere only the heartbeat tells.
    const deadHere = current !== null && current.host === owner.host && !isAlive(current.pid);
    if (!deadHere && ageMs < staleAfterMs) throw new LockedError(options.file, current);
    // Two processes taking over the same stale lock at the same moment could both succeed; that
    // needs a crash and two starts within one heartbeat, and Electron's own lock covers the
    // common case (same user, same machine).
    rmSync(options.file, { force: true });
  }
  throw new LockedError(options.file, readOwner(options.file));
}

function hold(file: string, owner: LockOwner, heartbeatMs: number): HeldLock {
  const heartbeat = setInterval(() => {
    try {
      const t = new Date();
      utimesSync(file, t, t);
    } catch {
      // The folder went away (share disconnected); the next start sorts it out.
    }
  }, heartbeatMs);
  heartbeat.unref(); // a lock must never keep the process alive
  let released = false;
  return {
    file,
    owner,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const current = readOwner(file);
      // Only delete our own lock: after a takeover it may belong to someone else now.
      if (current && current.pid === owner.pid && current.host === owner.host && current.startedAt === owner.startedAt) {
        rmSync(file, { force: true });
      }
    },
  };
}

/** Locks every folder or none: a partial set would leave a scanner folder watched twice. */
export function acquireLocks(files: readonly string[], options: Omit<AcquireLockOptions, 'file'>): HeldLock[] {
  const held: HeldLock[] = [];
  try {
    for (const file of files) held.push(acquireLock({ ...options, file }));
    return held;
  } catch (error) {
    for (const lock of held) lock.release();
    throw error;
  }
}
