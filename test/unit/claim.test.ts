// The claim protocol: a scan is in the inbox, in the store or in quarantine, always — whatever
// step a crash interrupts. Each test stops the protocol after one step and lets `reconcile` finish.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  claimScan, hashFile, quarantine, reconcile, registerScan, storedPathFor, storeOriginal, type ClaimContext,
} from '../../electron/services/claim.ts';
import { openDatabase } from '../../electron/services/store/db.ts';
import { getItem, itemsInStates, transition } from '../../electron/services/store/items.ts';

let ctx: ClaimContext;
let inbox: string;
let counter = 0;
const origin = { scanner: 'S1', keepSource: false };

beforeEach(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'claim-'));
  inbox = path.join(root, 'inbox');
  mkdirSync(inbox);
  ctx = {
    db: openDatabase(':memory:'), dataDir: path.join(root, 'data'), clock: () => new Date('2026-11-23T08:00:00Z'),
    newId: () => `item-${++counter}`, actor: 'system',
  };
});

function scan(name: string, content = `scan ${name}`): string {
  const file = path.join(inbox, name);
  writeFileSync(file, content);
  return file;
}

function inStore(sha256: string, name: string): string {
  return path.join(ctx.dataDir, storedPathFor(sha256, name));
}

describe('claim protocol', () => {
  it('a completed claim: item row committed, file moved into the content-addressed store', async () => {
    const file = scan('a.pdf');
    const { sha256 } = await hashFile(file);
    const item = await claimScan(ctx, file, origin);
    expect(item.state).toBe('received');
    expect(item.storedPath).toBe(storedPathFor(sha256, 'a.pdf'));
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(inStore(sha256, 'a.pdf'), 'utf8')).toBe('scan a.pdf');
  });

  it('crash after step 1 (row committed, file still in the inbox): reconcile moves it and resumes', async () => {
    const file = scan('b.pdf');
    const item = await registerScan(ctx, file, origin);
    expect(existsSync(file)).toBe(true); // the crash: nothing else happened
    const resumed = await reconcile(ctx);
    expect(resumed.map((i) => i.id)).toEqual([item.id]);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(inStore(item.sha256, 'b.pdf'))).toBe(true);
    expect(getItem(ctx.db, item.id)!.storedPath).not.toBeNull();
  });

  it('crash inside step 2 (file moved, path not yet recorded): reconcile records it', async () => {
    const file = scan('c.pdf');
    const item = await registerScan(ctx, file, origin);
    const target = inStore(item.sha256, 'c.pdf');
    mkdirSync(path.dirname(target), { recursive: true });
    await rename(file, target); // the move happened, the database update did not
    const resumed = await reconcile(ctx);
    expect(resumed).toHaveLength(1);
    expect(resumed[0]!.storedPath).toBe(storedPathFor(item.sha256, 'c.pdf'));
    expect(existsSync(target)).toBe(true);
  });

  it('crash during processing: the item in `processing` is handed back for processing', async () => {
    const item = await claimScan(ctx, scan('d.pdf'), origin);
    transition(ctx.db, item.id, 'processing', { actor: 'system', at: ctx.clock().toISOString() });
    const resumed = await reconcile(ctx);
    expect(resumed.map((i) => [i.id, i.state])).toEqual([[item.id, 'processing']]);
  });

  it('a second file with the same content is recorded as duplicate and leaves the inbox', async () => {
    const first = await claimScan(ctx, scan('e1.pdf', 'same'), origin);
    const second = await claimScan(ctx, scan('e2.pdf', 'same'), origin);
    expect(second.state).toBe('duplicate');
    expect(second.duplicateOf).toBe(first.id);
    expect(existsSync(path.join(inbox, 'e2.pdf'))).toBe(false);
    expect(existsSync(inStore(first.sha256, 'e1.pdf'))).toBe(true);
  });

  it('crash after registering a duplicate: reconcile removes the inbox copy, processes nothing', async () => {
    await claimScan(ctx, scan('f1.pdf', 'same'), origin);
    const file = scan('f2.pdf', 'same');
    const duplicate = await registerScan(ctx, file, origin);
    expect(duplicate.state).toBe('duplicate');
    const resumed = await reconcile(ctx);
    expect(resumed.map((i) => i.id)).not.toContain(duplicate.id);
    expect(existsSync(file)).toBe(false);
  });

  it('keepSource (epost process) copies and leaves the caller\'s file alone', async () => {
    const file = scan('g.pdf');
    const item = await claimScan(ctx, file, { scanner: null, keepSource: true });
    expect(existsSync(file)).toBe(true);
    expect(existsSync(inStore(item.sha256, 'g.pdf'))).toBe(true);
  });

  it('quarantine moves the scan out of the store with the reason next to it', async () => {
    const item = await claimScan(ctx, scan('h.pdf', 'garbage'), origin);
    const moved = await quarantine(ctx, item, 'nicht lesbar: kein PDF');
    expect(moved.state).toBe('quarantined');
    expect(moved.error).toBe('nicht lesbar: kein PDF');
    expect(existsSync(inStore(item.sha256, 'h.pdf'))).toBe(false);
    const kept = path.join(ctx.dataDir, moved.storedPath!);
    expect(readFileSync(kept, 'utf8')).toBe('garbage');
    expect(readFileSync(`${kept}.grund.txt`, 'utf8')).toMatch(/kein PDF/);
  });

  it('a retry interrupted before its file left quarantine: still unreadable, the quarantine copy is kept, not emptied', async () => {
    const item = await claimScan(ctx, scan('q.pdf', 'garbage'), origin);
    const quarantined = await quarantine(ctx, item, 'nicht lesbar: kein PDF');
    // The retry's audit row is written, then the crash: the file is still in quarantine/.
    transition(ctx.db, item.id, 'processing', { actor: 'poststelle', at: ctx.clock().toISOString(), from: ['quarantined'] });
    const [resumed] = await reconcile(ctx);
    expect(resumed!.storedPath).toBe(quarantined.storedPath);
    const again = await quarantine(ctx, resumed!, 'nicht lesbar: immer noch kein PDF');
    expect(again.state).toBe('quarantined');
    const kept = path.join(ctx.dataDir, again.storedPath!);
    expect(readFileSync(kept, 'utf8')).toBe('garbage');
    expect(readFileSync(`${kept}.grund.txt`, 'utf8')).toMatch(/immer noch/);
  });

  it('a registered scan that vanished from both places is quarantined as lost, not silently dropped', async () => {
    const file = scan('i.pdf');
    const item = await registerScan(ctx, file, origin);
    rmSync(file);
    expect(await reconcile(ctx)).toEqual([]);
    expect(getItem(ctx.db, item.id)!.state).toBe('quarantined');
    expect(itemsInStates(ctx.db, ['received'])).toEqual([]);
  });

  it('storeOriginal is idempotent', async () => {
    const file = scan('j.pdf');
    const item = await registerScan(ctx, file, origin);
    const once = await storeOriginal(ctx, item, file, origin);
    const twice = await storeOriginal(ctx, once, file, origin);
    expect(twice.storedPath).toBe(once.storedPath);
  });
});
