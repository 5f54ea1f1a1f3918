// The API over the whole core: a letter processed by the real pipeline (sharp, tesseract.js,
// classifier, SQLite) is announced to subscribers, shows up at the Prüfplatz with its fields and
// page image, and is released and claimed through the API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../electron/contract/events.ts';
import { createDispatcher, type Dispatcher } from '../../electron/services/api/dispatcher.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { createCore, type Core } from '../../electron/services/core.ts';
import { DEFAULT_USERS_PATH, importSeedUsers } from '../../electron/services/users.ts';
import { ACCOUNTS } from '../support/apiHarness.ts';
import { INVOICE_LINES, renderLetter } from '../support/letters.ts';

let core: Core;
let dispatcher: Dispatcher;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'epost-api-pipeline-'));
  const { config } = loadConfig(undefined, { dataDir: path.join(root, 'data') });
  core = await createCore({ config, ocrWorkers: 1 });
  await importSeedUsers(core.db, DEFAULT_USERS_PATH, config.departments.map((d) => d.code), new Date().toISOString());
  dispatcher = createDispatcher({ core, configFile: null, eventPollMs: 20 });
});
afterAll(async () => {
  dispatcher?.close();
  await core?.close();
});

async function ok<T>(method: string, input: unknown, token: string | null): Promise<T> {
  const answer = await dispatcher.invoke(method, input, { token });
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

describe('API over the pipeline', () => {
  it('a processed letter is announced, reviewed with its page image, released and claimed', async () => {
    const mailroom = (await ok<{ token: string }>('session.signIn', ACCOUNTS.mailroom, null)).token;
    const events: ApiEvent[] = [];
    dispatcher.subscribe((event) => events.push(event), { token: mailroom });

    const file = path.join(root, 'scan-0001.png');
    writeFileSync(file, await renderLetter(INVOICE_LINES));
    const [item] = await core.processFiles([file]);
    const id = item!.id;
    await new Promise((resolve) => setTimeout(resolve, 100)); // the change feed polls every 20 ms

    const stages = events.flatMap((e) => (e.type === 'intake.progress' && e.data.itemId === id ? [e.data.stage] : []));
    expect(stages).toEqual(['received', 'processing', 'classified']);
    expect(events).toContainEqual({ type: 'items.changed', data: { id, state: 'needs-review', department: '1.40' } });

    const queue = await ok<{ items: { id: string; documentType: string }[] }>('items.reviewQueue', {}, mailroom);
    expect(queue.items).toEqual([expect.objectContaining({ id, documentType: 'invoice' })]);
    const detail = await ok<{ item: { fields: { iban?: string }; fieldSources: object }; pages: { hasImage: boolean }[] }>('items.get', { id }, mailroom);
    expect(detail.item.fields.iban).toBe('DE89370400440532013000');
    expect(Object.keys(detail.item.fieldSources).length).toBeGreaterThan(0);
    expect(detail.pages).toEqual([expect.objectContaining({ hasImage: true })]);
    const image = await ok<{ mime: string; base64: string }>('items.pageImage', { id, page: 0 }, mailroom);
    expect(image.mime).toBe('image/jpeg');
    expect([...Buffer.from(image.base64, 'base64').subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    expect(await ok('items.release', { id }, mailroom)).toMatchObject({ state: 'routed', department: '1.40' });
    const clerk = (await ok<{ token: string }>('session.signIn', ACCOUNTS.clerk140, null)).token;
    expect((await ok<{ items: { id: string }[] }>('inbox.list', {}, clerk)).items.map((i) => i.id)).toEqual([id]);
    expect(await ok('items.claim', { id }, clerk)).toMatchObject({ state: 'claimed' });
  });
});
