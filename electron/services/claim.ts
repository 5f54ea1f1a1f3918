// The claim protocol: how a scan leaves the scanner folder without ever being lost.
//   1. hash the file; record the item row (or a duplicate row) and commit;
//   2. move the file into the content-addressed store; record where it is;
//   3. processing starts only then.
// A crash between any two steps leaves a state that `reconcile` finishes on the next start: a scan
// that entered the inbox is in the store, in quarantine, or still in the inbox. Always.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Item } from '../contract/items.ts';
import {
  findOriginalBySha, getItem, insertItem, itemsInStates, resetQuarantined, setStoredPath, sourcePathOf, transition,
} from './store/items.ts';
import type { Db } from './store/db.ts';

export interface ClaimContext {
  db: Db;
  dataDir: string;
  clock: () => Date;
  newId: () => string;
  actor: string;
}

export interface ScanOrigin {
  scanner: string | null;
  /** `epost process` leaves the caller's files where they are and stores a copy. */
  keepSource: boolean;
}

export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

export function storedPathFor(sha256: string, sourceName: string): string {
  const ext = path.extname(sourceName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 8);
  return path.join('scans', sha256.slice(0, 2), `${sha256}${ext}`);
}

const by = (ctx: ClaimContext) => ({ actor: ctx.actor, at: ctx.clock().toISOString() });

/** Step 1: the item row, committed before the file is touched. A known content becomes a duplicate. */
export async function registerScan(ctx: ClaimContext, file: string, origin: ScanOrigin): Promise<Item> {
  const { sha256, size } = await hashFile(file);
  const info = await stat(file);
  const original = findOriginalBySha(ctx.db, sha256);
  return insertItem(ctx.db, {
    id: ctx.newId(),
    state: original ? 'duplicate' : 'received',
    sourceName: path.basename(file),
    sourcePath: origin.keepSource ? null : path.resolve(file),
    scanner: origin.scanner,
    sha256,
    sizeBytes: size,
    // The scan time stands for the receipt date until the mailroom corrects it.
    receivedAt: new Date(Math.min(info.mtimeMs, ctx.clock().getTime())).toISOString(),
    duplicateOf: original?.id ?? null,
  }, by(ctx), original ? `gleicher Inhalt wie ${original.id}` : undefined);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Moves across devices too: copy to a temporary name, then rename, then remove the source. */
async function moveFile(from: string, to: string, keepSource: boolean): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  if (!keepSource) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    }
  }
  const temporary = `${to}.${process.pid}.partial`;
  await copyFile(from, temporary);
  await rename(temporary, to);
  if (!keepSource) await rm(from);
}

/**
 * Step 2: the original goes into the store; a duplicate's content is there already, so its inbox
 * copy just goes. `storedPath` is set last: while it is null, step 2 is unfinished. Idempotent.
 */
export async function storeOriginal(ctx: ClaimContext, item: Item, file: string | null, origin: ScanOrigin): Promise<Item> {
  const relative = storedPathFor(item.sha256, item.sourceName);
  const target = path.join(ctx.dataDir, relative);
  const sourceThere = file !== null && await exists(file);
  if (await exists(target)) {
    // Same content is already stored (or the move happened before a crash): the inbox copy can go.
    if (sourceThere && !origin.keepSource) await rm(file);
  } else if (sourceThere) {
    await moveFile(file, target, origin.keepSource);
  } else {
    throw new Error(`scan of item ${item.id} is neither in the inbox (${file ?? '—'}) nor in the store`);
  }
  setStoredPath(ctx.db, item.id, relative, ctx.clock().toISOString());
  return getItem(ctx.db, item.id)!;
}

/** Steps 1 and 2 for one settled file. Returns the item, ready for processing unless a duplicate. */
export async function claimScan(ctx: ClaimContext, file: string, origin: ScanOrigin): Promise<Item> {
  const item = await registerScan(ctx, file, origin);
  return storeOriginal(ctx, item, file, origin);
}

/** Moves an unreadable scan to the quarantine folder with a note of the reason next to it. */
export async function quarantine(ctx: ClaimContext, item: Item, reason: string): Promise<Item> {
  const folder = path.join(ctx.dataDir, 'quarantine');
  const name = `${item.id}-${item.sourceName}`;
  const target = path.join(folder, name);
  await mkdir(folder, { recursive: true });
  // A retried scan that is still unreadable may be read from its quarantine copy (a crash between
  // the retry's audit row and the move back into the store): copying it onto itself would empty it.
  if (item.storedPath && path.join(ctx.dataDir, item.storedPath) !== target) {
    const stored = path.join(ctx.dataDir, item.storedPath);
    if (await exists(stored)) await copyFile(stored, target);
    const sharedWithOthers = ctx.db.prepare(`SELECT 1 FROM items WHERE sha256 = ? AND id <> ? AND stored_path = ?`)
      .get(item.sha256, item.id, item.storedPath);
    if (!sharedWithOthers) await rm(stored, { force: true });
  }
  await writeFile(`${target}.grund.txt`, `${reason}\n`, 'utf8');
  setStoredPath(ctx.db, item.id, path.join('quarantine', name), ctx.clock().toISOString());
  return transition(ctx.db, item.id, 'quarantined', { ...by(ctx), reason, error: reason });
}

/** The note next to a quarantined file (`<file>.grund.txt`), relative to the data folder like the file. */
export const quarantineNoteOf = (storedPath: string): string => `${storedPath}.grund.txt`;

/** Whether the item's file is the copy in the quarantine folder (and not a lost scan's last known place). */
export function inQuarantineFolder(storedPath: string | null): storedPath is string {
  return storedPath !== null && storedPath.split(/[\\/]/)[0] === 'quarantine';
}

/**
 * Takes a quarantined scan back for another attempt, as a new claim of the file as it is now (the
 * operator may have replaced it with a good scan): hash it again; a content an item already stands
 * for makes it a duplicate of that item (the claim's rule); otherwise the item goes to `processing`
 * (the audit row first) and the file back into the content-addressed store (its path last), ready
 * for `pipeline.processStaged`. A crash in between leaves an item in `processing` that `reconcile`
 * resumes, reading the quarantine copy. A scan still unreadable is quarantined again by the pipeline.
 */
export async function releaseFromQuarantine(ctx: ClaimContext, item: Item, reason: string | null): Promise<Item> {
  if (item.state !== 'quarantined') throw new Error(`item ${item.id} is ${item.state}, not quarantined`);
  const quarantined = item.storedPath;
  if (!inQuarantineFolder(quarantined) || !await exists(path.join(ctx.dataDir, quarantined))) {
    throw new Error(`item ${item.id} has no file in the quarantine folder`);
  }
  const file = path.join(ctx.dataDir, quarantined);
  const { sha256, size } = await hashFile(file);
  const original = findOriginalBySha(ctx.db, sha256);
  const data: Record<string, unknown> = { retry: true };
  if (sha256 !== item.sha256) data['sha256'] = { from: item.sha256, to: sha256, sizeBytes: size };
  const why = `erneut verarbeiten${reason ? `: ${reason}` : ''}`;
  if (original) {
    ctx.db.transaction(() => {
      resetQuarantined(ctx.db, item.id, { sha256, sizeBytes: size, duplicateOf: original.id, storedPath: original.storedPath }, ctx.clock().toISOString());
      transition(ctx.db, item.id, 'duplicate', { ...by(ctx), from: ['quarantined'], reason: `${why}; gleicher Inhalt wie ${original.id}`, data });
    })();
    // The content is in the store already (the original's file): the quarantine copy can go.
    await rm(file, { force: true });
    await rm(path.join(ctx.dataDir, quarantineNoteOf(quarantined)), { force: true });
    return getItem(ctx.db, item.id)!;
  }
  const processing = ctx.db.transaction(() => {
    resetQuarantined(ctx.db, item.id, { sha256, sizeBytes: size, duplicateOf: null, storedPath: null }, ctx.clock().toISOString());
    return transition(ctx.db, item.id, 'processing', { ...by(ctx), from: ['quarantined'], reason: why, data });
  })();
  const stored = await storeOriginal(ctx, processing, file, { scanner: item.scanner, keepSource: false });
  await rm(path.join(ctx.dataDir, quarantineNoteOf(quarantined)), { force: true });
  return stored;
}

/**
 * On start: finishes every claim a crash interrupted and returns the items whose processing must
 * (re)start. Files still waiting in the inbox are left to the watcher, which sees them at start.
 */
export async function reconcile(ctx: ClaimContext): Promise<Item[]> {
  const unfinished: Item[] = [];
  for (const item of itemsInStates(ctx.db, ['received', 'processing', 'duplicate'])) {
    let claimed = item;
    if (item.storedPath === null) {
      try {
        claimed = await storeOriginal(ctx, item, sourcePathOf(ctx.db, item.id), { scanner: item.scanner, keepSource: false });
      } catch (error) {
        writeLost(ctx, item, (error as Error).message);
        continue;
      }
    }
    if (claimed.state !== 'duplicate') unfinished.push(claimed);
  }
  return unfinished;
}

function writeLost(ctx: ClaimContext, item: Item, reason: string): void {
  transition(ctx.db, item.id, 'quarantined', { ...by(ctx), reason: `Scan nicht auffindbar: ${reason}`, error: reason });
}
