// The scanner-folder watcher with real chokidar on a temp folder: a PDF written in two parts is
// taken only after its last part, and then quickly; a TIFF waits the full settle time.
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchScanFolders, type ScanWatcher } from '../../electron/services/watcher.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchScanFolders', () => {
  let inbox: string;
  let watcher: ScanWatcher | undefined;
  const taken = new Map<string, number>();
  let started = 0;

  beforeEach(async () => {
    inbox = await mkdtemp(path.join(tmpdir(), 'epost-watch-'));
    taken.clear();
    watcher = watchScanFolders({
      folders: [{ path: inbox, scanner: 'Test' }], settleMs: 3000, completeSettleMs: 300, polling: false, pollIntervalMs: 1000,
      onSettled: (file) => taken.set(path.basename(file), Date.now() - started), onError: () => undefined,
    });
    await watcher.ready;
    started = Date.now();
  });

  afterEach(async () => {
    await watcher?.close();
    await rm(inbox, { recursive: true, force: true });
  });

  it('takes a PDF soon after its end is written, not while the scanner pauses in the middle', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Rechnung Nr. 4711');
    const bytes = Buffer.from(await pdf.save());
    const file = path.join(inbox, 'scan-0001.pdf');
    await writeFile(file, bytes.subarray(0, bytes.length - 200));
    await sleep(1200); // longer than the short quiet time: the missing end keeps it waiting
    expect(taken.has('scan-0001.pdf')).toBe(false);
    await appendFile(file, bytes.subarray(bytes.length - 200));
    const completedAt = Date.now() - started;
    for (let i = 0; i < 40 && !taken.has('scan-0001.pdf'); i++) await sleep(50);
    expect(taken.get('scan-0001.pdf')! - completedAt).toBeLessThan(1500);
  });

  it('lets a TIFF wait the full settle time', async () => {
    await writeFile(path.join(inbox, 'scan-0002.tif'), await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } }).tiff().toBuffer());
    for (let i = 0; i < 100 && !taken.has('scan-0002.tif'); i++) await sleep(50);
    expect(taken.get('scan-0002.tif')).toBeGreaterThanOrEqual(3000);
  });
});
