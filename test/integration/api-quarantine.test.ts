// The quarantine through the API over the whole core (real SQLite, real pipeline with sharp and
// tesseract.js): unreadable scans are listed with their reason, read again (still broken: back to
// quarantine, file kept; replaced by a good scan: processed and classified; same content as a live
// item: duplicate), or discarded with a reason, after which retention deletes the quarantine file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuarantineEntry } from '../../electron/contract/methods.ts';
import { createDispatcher, type Dispatcher } from '../../electron/services/api/dispatcher.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { createCore, type Core } from '../../electron/services/core.ts';
import { runRetention } from '../../electron/services/records/retention.ts';
import { eventsOfItem } from '../../electron/services/store/audit.ts';
import { getItem } from '../../electron/services/store/items.ts';
import { DEFAULT_USERS_PATH, importSeedUsers } from '../../electron/services/users.ts';
import { ACCOUNTS, type Account } from '../support/accounts.ts';
import { INVOICE_LINES, invoiceLetter, renderLetter } from '../support/letters.ts';

let core: Core;
let dispatcher: Dispatcher;
let root: string;
const tokens = new Map<Account, string>();
let scanCounter = 0;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'epost-quarantine-'));
  const { config } = loadConfig(undefined, { dataDir: path.join(root, 'data') });
  core = await createCore({ config, ocrWorkers: 1 });
  await importSeedUsers(core.db, DEFAULT_USERS_PATH, config.departments.map((d) => d.code), new Date().toISOString());
  dispatcher = createDispatcher({ core, configFile: null, eventPollMs: 20 });
  for (const account of ['mailroom', 'it', 'clerk140'] as const) {
    const answer = await dispatcher.invoke('session.signIn', ACCOUNTS[account], { token: null });
    if (!answer.ok) throw new Error(answer.error.message);
    tokens.set(account, (answer.value as { token: string }).token);
  }
}, 60_000);
afterAll(async () => {
  dispatcher?.close();
  await core?.close();
});

const call = (method: string, input: unknown, account: Account = 'mailroom') => dispatcher.invoke(method, input, { token: tokens.get(account)! });
async function ok<T>(method: string, input: unknown, account: Account = 'mailroom'): Promise<T> {
  const answer = await call(method, input, account);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** A file as the scanner drops it, through the real claim and pipeline. */
async function scan(name: string, bytes: Buffer | string) {
  const folder = path.join(root, `inbox-${++scanCounter}`);
  const file = path.join(folder, name);
  mkdirSync(folder);
  writeFileSync(file, bytes);
  return core.pipeline.ingest(file, { scanner: 'Scanner Poststelle', keepSource: false });
}

const quarantineFile = (id: string) => path.join(core.config.dataDir, getItem(core.db, id)!.storedPath!);
const listed = async (account: Account = 'mailroom') => (await ok<{ items: QuarantineEntry[] }>('quarantine.list', {}, account)).items;

describe('quarantine', () => {
  it('lists a truncated and a garbage scan with file name, scanner, time and reason', async () => {
    const png = await renderLetter(INVOICE_LINES);
    const truncated = await scan('scan-abgebrochen.png', png.subarray(0, Math.floor(png.length / 3)));
    const garbage = await scan('scan-muell.pdf', 'das ist kein PDF, nur Müll');
    expect(truncated.state).toBe('quarantined');
    expect(garbage.state).toBe('quarantined');

    const items = await listed();
    const entry = items.find((i) => i.id === garbage.id)!;
    expect(entry).toMatchObject({
      sourceName: 'scan-muell.pdf', scanner: 'Scanner Poststelle', fileAvailable: true, sizeBytes: Buffer.byteLength('das ist kein PDF, nur Müll'),
    });
    expect(entry.reason).toMatch(/^nicht lesbar: /);
    expect(entry.quarantinedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(items.find((i) => i.id === truncated.id)).toMatchObject({ sourceName: 'scan-abgebrochen.png', reason: expect.stringMatching(/^nicht lesbar: /) });
    // IT may look (a run of failures is a scanner problem); the list holds no letter content.
    expect((await listed('it')).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('a retry of a file that is still broken leaves it in quarantine with the reason and the file on disk', async () => {
    const broken = await scan('scan-kaputt.pdf', '%PDF-1.4 abgeschnitten');
    const file = quarantineFile(broken.id);
    const answer = await ok<{ state: string; error: string | null }>('quarantine.retry', { id: broken.id, reason: 'Treiber aktualisiert' });
    expect(answer.state).toBe('quarantined');
    expect(answer.error).toMatch(/^nicht lesbar: /);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.4 abgeschnitten');
    expect(readFileSync(`${file}.grund.txt`, 'utf8')).toMatch(/^nicht lesbar: /);
    expect((await listed()).map((i) => i.id)).toContain(broken.id);
    const transitions = eventsOfItem(core.db, broken.id).filter((e) => e.type === 'item.state').map((e) => [e.actor, e.fromState, e.toState, e.reason]);
    expect(transitions.slice(-2)).toEqual([
      ['poststelle', 'quarantined', 'processing', 'erneut verarbeiten: Treiber aktualisiert'],
      ['system', 'processing', 'quarantined', expect.stringMatching(/^nicht lesbar: /)],
    ]);
  });

  it('a retry of a quarantined file replaced by a good scan processes and classifies it', async () => {
    const broken = await scan('scan-0815.png', 'PNG? nein');
    const file = quarantineFile(broken.id);
    const good = await renderLetter(invoiceLetter('4815'));
    writeFileSync(file, good); // the scanner operator put the rescan in place of the broken file
    const answer = await ok<{ state: string; documentType: string; department: string }>('quarantine.retry', { id: broken.id });
    expect(answer).toMatchObject({ state: 'needs-review', documentType: 'invoice', department: '1.40' });
    const item = getItem(core.db, broken.id)!;
    expect(item.error).toBeNull();
    expect(item.storedPath).toMatch(/^scans[\\/]/);
    expect(existsSync(path.join(core.config.dataDir, item.storedPath!))).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.grund.txt`)).toBe(false);
    expect((await listed()).map((i) => i.id)).not.toContain(broken.id);
    // The new content's checksum is recorded, and why it changed.
    const retry = eventsOfItem(core.db, broken.id).find((e) => e.toState === 'processing' && e.actor === 'poststelle')!;
    expect(retry.data).toMatchObject({ retry: true, sha256: { from: broken.sha256, to: item.sha256 } });
    // It is in the mailroom's review queue like any scan.
    const queue = await ok<{ items: { id: string }[] }>('items.reviewQueue', { limit: 500 });
    expect(queue.items.map((i) => i.id)).toContain(broken.id);
  }, 60_000);

  it('a retry whose file now has the content of a live item makes it a duplicate of that item', async () => {
    const letter = await renderLetter(invoiceLetter('5150'));
    const live = await scan('scan-5150.png', letter);
    expect(live.state).toBe('needs-review');
    const broken = await scan('scan-5150-kaputt.png', 'kaputt');
    writeFileSync(quarantineFile(broken.id), letter);
    const answer = await ok<{ state: string; duplicateOf: string }>('quarantine.retry', { id: broken.id });
    expect(answer).toMatchObject({ state: 'duplicate', duplicateOf: live.id });
    expect(getItem(core.db, broken.id)!.storedPath).toBe(live.storedPath);
    expect(existsSync(path.join(core.config.dataDir, live.storedPath!))).toBe(true);
  }, 60_000);

  it('discard needs a reason, is audit-logged, and retention later deletes the quarantine file and its note', async () => {
    const broken = await scan('scan-verworfen.tif', 'II*\u0000 kein TIFF');
    const file = quarantineFile(broken.id);
    expect(await call('quarantine.discard', { id: broken.id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('quarantine.discard', { id: broken.id, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(getItem(core.db, broken.id)!.state).toBe('quarantined');

    expect(await ok('quarantine.discard', { id: broken.id, reason: 'Papier neu gescannt als scan-0816.pdf' })).toEqual({ itemId: broken.id, state: 'discarded', department: null });
    const last = eventsOfItem(core.db, broken.id).at(-1)!;
    expect(last).toMatchObject({ actor: 'poststelle', type: 'item.state', fromState: 'quarantined', toState: 'discarded', reason: 'Papier neu gescannt als scan-0816.pdf' });
    expect(last.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await listed()).map((i) => i.id)).not.toContain(broken.id);
    // Once discarded, it is no longer in quarantine: no second discard, no retry.
    expect(await call('quarantine.retry', { id: broken.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const day = 24 * 60 * 60 * 1000;
    const early = await runRetention({ db: core.db, config: core.config, now: new Date(Date.now() + 89 * day) });
    expect(early.entries.map((e) => e.id)).not.toContain(broken.id);
    expect(existsSync(file)).toBe(true);
    const due = await runRetention({ db: core.db, config: core.config, now: new Date(Date.now() + 91 * day) });
    const entry = due.entries.find((e) => e.id === broken.id)!;
    expect(entry.deleted.join(' | ')).toContain('Quarantänevermerk');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.grund.txt`)).toBe(false);
    expect(eventsOfItem(core.db, broken.id).at(-1)).toMatchObject({ type: 'item.contentDeleted', toState: 'discarded' });
  });

  it('a clerk may neither list nor act; IT may only list', async () => {
    const broken = await scan('scan-rechte.pdf', 'kein PDF');
    for (const [method, input] of [['quarantine.list', {}], ['quarantine.retry', { id: broken.id }], ['quarantine.discard', { id: broken.id, reason: 'Papier neu gescannt' }]] as const) {
      expect(await call(method, input, 'clerk140')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const [method, input] of [['quarantine.retry', { id: broken.id }], ['quarantine.discard', { id: broken.id, reason: 'Papier neu gescannt' }]] as const) {
      expect(await call(method, input, 'it')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(getItem(core.db, broken.id)!.state).toBe('quarantined');
  });

  it('a scan lost before it was stored can only be discarded', async () => {
    const broken = await scan('scan-weg.pdf', 'kein PDF');
    rmSync(quarantineFile(broken.id));
    expect((await listed()).find((i) => i.id === broken.id)).toMatchObject({ fileAvailable: false });
    expect(await call('quarantine.retry', { id: broken.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(getItem(core.db, broken.id)!.state).toBe('quarantined');
  });
});
