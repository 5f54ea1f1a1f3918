// The runner of the mail's way: claim → raster → recognize → classify+extract → route.
// It owns the order of the stages and their errors; each stage is a plain function of ocr/.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Config } from '../contract/config.ts';
import type { Item } from '../contract/items.ts';
import { rasterize } from '../../ocr/raster.ts';
import { recognizePages } from '../../ocr/recognize.ts';
import { classifyDocument, type TrainedModel } from '../../ocr/classify/index.ts';
import type { OcrPool } from '../../ocr/engines/tesseract.ts';
import { UnreadableInputError, type RasterPage, type RecognizedPage } from '../../ocr/types.ts';
import { claimScan, quarantine, type ClaimContext, type ScanOrigin } from './claim.ts';
import { routeItem } from './routing.ts';
import { getItem, saveRecognition, transition, type StoredPage } from './store/items.ts';
import type { Db } from './store/db.ts';
import type { Logger } from './log.ts';

/** Viewer images are kept at about 200 dpi: sharp enough to read, a fraction of the scan's size. */
const VIEWER_MAX_WIDTH = 1654;

export interface PipelineDeps {
  db: Db;
  /** The current configuration: IT may change rollout and rules while the pipeline runs. */
  config: () => Config;
  ocr: OcrPool;
  clock: () => Date;
  newId: () => string;
  log: Logger;
  /** The current learned model, if one has been trained. */
  model?: () => TrainedModel | undefined;
}

export interface Pipeline {
  /** Claims a settled file and processes it. Never throws for bad input: it quarantines. */
  ingest(file: string, origin: ScanOrigin): Promise<Item>;
  /** (Re)processes an item already claimed into the store. */
  process(item: Item): Promise<Item>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { db, log } = deps;
  const dataDir = deps.config().dataDir;
  const claimContext: ClaimContext = { db, dataDir, clock: deps.clock, newId: deps.newId, actor: 'system' };
  const by = () => ({ actor: 'system', at: deps.clock().toISOString() });

  async function saveViewerImages(item: Item, pages: RasterPage[]): Promise<string[]> {
    const folder = path.join('pages', item.id);
    await mkdir(path.join(dataDir, folder), { recursive: true });
    return Promise.all(pages.map(async (page) => {
      const relative = path.join(folder, `${page.index + 1}.png`);
      await sharp(page.image).resize({ width: VIEWER_MAX_WIDTH, withoutEnlargement: true }).png({ compressionLevel: 6 })
        .toFile(path.join(dataDir, relative));
      return relative;
    }));
  }

  async function process(claimed: Item): Promise<Item> {
    const item = claimed.state === 'processing'
      ? claimed
      : transition(db, claimed.id, 'processing', { ...by(), from: ['received'] });
    const started = Date.now();
    let pages: RasterPage[];
    try {
      pages = await rasterize(await readFile(path.join(dataDir, item.storedPath!)));
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      log('warn', 'scan quarantined', { item: item.id, file: item.sourceName, reason: error.message });
      return quarantine(claimContext, item, `nicht lesbar: ${error.message}`);
    }
    const recognized: RecognizedPage[] = await recognizePages(pages, deps.ocr);
    const imagePaths = await saveViewerImages(item, pages);
    const config = deps.config();
    const classification = classifyDocument(recognized, config, { receivedAt: new Date(item.receivedAt), model: deps.model?.() });
    const stored: StoredPage[] = recognized.map((page, i) => ({ ...page, imagePath: imagePaths[i] ?? null }));
    saveRecognition(db, item.id, stored, classification, by());
    const route = routeItem(classification, config);
    log('info', 'scan processed', {
      item: item.id, file: item.sourceName, pages: pages.length, ms: Date.now() - started,
      documentType: classification.documentType, department: classification.department, state: route.state,
    });
    return transition(db, item.id, route.state, { ...by(), from: ['processing'], reason: route.reason });
  }

  async function ingest(file: string, origin: ScanOrigin): Promise<Item> {
    const claimed = await claimScan(claimContext, file, origin);
    if (claimed.state === 'duplicate') {
      log('info', 'duplicate scan', { item: claimed.id, file, duplicateOf: claimed.duplicateOf });
      return claimed;
    }
    try {
      return await process(claimed);
    } catch (error) {
      // Not the input's fault (disk, database, OCR engine): the item stays in `processing` and
      // is resumed on the next start, so nothing is lost and nothing is quarantined by mistake.
      log('error', 'processing failed', { item: claimed.id, file, error: (error as Error).stack ?? String(error) });
      return getItem(db, claimed.id)!;
    }
  }

  return { ingest, process };
}
