// The walking skeleton end to end: a scan dropped into the watched inbox becomes a classified,
// routed item in the store — real chokidar, sharp, tesseract.js and SQLite.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { createCore, type Core, type Intake } from '../../electron/services/core.ts';
import { eventsOfItem } from '../../electron/services/store/audit.ts';
import { itemsInStates } from '../../electron/services/store/items.ts';
import type { Item } from '../../electron/contract/items.ts';
import { INVOICE_LINES, renderLetter } from '../support/letters.ts';

let core: Core;
let intake: Intake;
let inbox: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'intake-'));
  inbox = path.join(root, 'inbox');
  mkdirSync(inbox);
  const { config } = loadConfig(undefined, { dataDir: path.join(root, 'data') });
  // A file already waiting when the app starts must be processed too (reconcile at start).
  writeFileSync(path.join(inbox, 'waiting.png'), await renderLetter(INVOICE_LINES.map((l) => l.replace('2026-4711', '2026-0815'))));
  core = await createCore({
    config: { ...config, intake: { ...config.intake, folders: [{ path: inbox, scanner: 'Testscanner' }], settleSeconds: 0.3 } },
    ocrWorkers: 2,
  });
  intake = await core.startIntake();
  await intake.ready;
});

afterAll(async () => {
  await intake?.stop();
  await core?.close();
});

async function waitFor(predicate: () => Item | undefined, timeoutMs = 30_000): Promise<Item> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const found = predicate();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting for the item');
}

const decided = ['needs-review', 'routed', 'paper', 'discarded', 'quarantined'] as const;
const bySource = (name: string) => () => itemsInStates(core.db, decided).find((item) => item.sourceName === name);

describe('scanner folder → store', () => {
  it('processes a file that was already waiting in the inbox at start', async () => {
    const item = await waitFor(bySource('waiting.png'));
    expect(item.documentType).toBe('invoice');
  });

  it('a dropped invoice for the pilot department ends in the review queue, classified and with fields', async () => {
    writeFileSync(path.join(inbox, 'scan-0001.png'), await renderLetter(INVOICE_LINES));
    const item = await waitFor(bySource('scan-0001.png'));
    expect(item.state).toBe('needs-review'); // 1.40 is the pilot: every item is verified
    expect(item.documentType).toBe('invoice');
    expect(item.department).toBe('1.40');
    expect(item.protectionLevel).toBe('normal');
    expect(item.fields.iban).toBe('DE89370400440532013000');
    expect(item.fields.amount).toBe(999.6);
    expect(item.scanner).toBe('Testscanner');
    expect(existsSync(path.join(inbox, 'scan-0001.png'))).toBe(false);
    expect(existsSync(path.join(core.config.dataDir, item.storedPath!))).toBe(true);
    expect(eventsOfItem(core.db, item.id).map((e) => e.toState)).toEqual(['received', 'processing', 'needs-review']);
  });

  it('an unreadable file is quarantined with its reason and the next file goes on', async () => {
    writeFileSync(path.join(inbox, 'broken.pdf'), 'this is not a PDF at all');
    writeFileSync(path.join(inbox, 'scan-0002.png'), await renderLetter(INVOICE_LINES.map((l) => l.replace('4711', '4712'))));
    const broken = await waitFor(bySource('broken.pdf'));
    expect(broken.state).toBe('quarantined');
    expect(broken.error).toMatch(/nicht lesbar/);
    const quarantined = readdirSync(path.join(core.config.dataDir, 'quarantine'));
    expect(quarantined).toContain(`${broken.id}-broken.pdf`);
    expect(quarantined).toContain(`${broken.id}-broken.pdf.grund.txt`);
    const next = await waitFor(bySource('scan-0002.png'));
    expect(next.state).toBe('needs-review');
  });

  it('ignores temporary and hidden files the scanner leaves', async () => {
    writeFileSync(path.join(inbox, 'scan-0003.pdf.part'), 'partial');
    writeFileSync(path.join(inbox, 'Thumbs.db'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await intake.idle();
    const names = itemsInStates(core.db, [...decided, 'received', 'processing', 'duplicate']).map((i) => i.sourceName);
    expect(names).not.toContain('scan-0003.pdf.part');
    expect(names).not.toContain('Thumbs.db');
    expect(existsSync(path.join(inbox, 'Thumbs.db'))).toBe(true);
  });
});
