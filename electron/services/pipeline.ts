// The runner of the mail's way: claim → raster → recognize → classify+extract → route.
// It owns the order of the stages and their errors; each stage is a plain function of ocr/.
//
// Routing on the first page: page 1 of a letter names sender, addressee, subject and reference,
// so it is read first (the scheduler's first lane), classified and routed at once; the other
// pages follow in the rest lane, behind every waiting first page. When they are read, the item
// is completed: all pages and the full text are stored, extraction re-runs over the whole letter
// and may only ADD fields (page 1's and the mailroom's values stay), document type and department
// stay as routed, and the protection level may only rise. A rise is never silent: the item goes
// back to the mailroom's review (needs-review) with the reason in the audit log, unless it is
// there already or done (then the audit row and the new level are all that change). Finally the
// searchable PDF (scan + invisible text) is written to pdf/<item id>.pdf in the data folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../contract/config.ts';
import type { Item } from '../contract/items.ts';
import type { ItemState } from '../contract/domain.ts';
import { openRaster, type RasterSource } from '../../ocr/raster.ts';
import { recognizePage, type RecognizedWithImage } from '../../ocr/recognize.ts';
import { PageScheduler, type Lane } from '../../ocr/schedule.ts';
import { classifyDocument, type TrainedModel } from '../../ocr/classify/index.ts';
import type { OcrPool } from '../../ocr/engines/tesseract.ts';
import { buildSearchablePdf } from '../../ocr/engines/searchablePdf.ts';
import { UnreadableInputError } from '../../ocr/types.ts';
import { claimScan, quarantine, type ClaimContext, type ScanOrigin } from './claim.ts';
import { routeItem } from './routing.ts';
import { getItem, saveRecognition, transition, type StoredPage } from './store/items.ts';
import { incompleteItems, saveCompletion, setPageCount } from './store/completion.ts';
import type { Db } from './store/db.ts';
import type { Logger } from './log.ts';

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
  /** First pages before the rest; default: one job per OCR worker plus one to overlap rastering. */
  scheduler?: PageScheduler;
  /** Page-level progress for the UI (items.changed / intake.progress come from the audit log). */
  onProgress?: (progress: PageProgress) => void;
  /** Write pdf/<id>.pdf per item. Default true. */
  searchablePdf?: boolean;
}

export interface PageProgress {
  itemId: string;
  file: string;
  stage: 'routed' | 'page' | 'completed';
  pagesDone: number;
  pageCount: number;
}

/** The item as routed on its first page, and the promise of the completed item. */
export interface Staged {
  routed: Item;
  completed: Promise<Item>;
}

export interface Pipeline {
  /** Claims a settled file and processes it to the end. Never throws for bad input: it quarantines. */
  ingest(file: string, origin: ScanOrigin): Promise<Item>;
  /** (Re)processes an item already claimed into the store, to the end. */
  process(item: Item): Promise<Item>;
  /** As ingest, but resolves once the item is routed; `completed` follows when all pages are read. */
  ingestStaged(file: string, origin: ScanOrigin): Promise<Staged>;
  processStaged(item: Item): Promise<Staged>;
  /** Reads the missing pages of items routed before the process stopped. */
  completeInterrupted(): Promise<Item>[];
  readonly scheduler: PageScheduler;
}

/** States from which a rise in protection pulls an item back to the mailroom. */
const PULL_BACK_FROM: readonly ItemState[] = ['routed', 'paper', 'discarded', 'claimed'];

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { db, log } = deps;
  const dataDir = deps.config().dataDir;
  const claimContext: ClaimContext = { db, dataDir, clock: deps.clock, newId: deps.newId, actor: 'system' };
  const by = () => ({ actor: 'system', at: deps.clock().toISOString() });
  const scheduler = deps.scheduler ?? new PageScheduler({ concurrency: deps.ocr.size + 1 });
  const progress = (item: Item, stage: PageProgress['stage'], pagesDone: number, pageCount: number) =>
    deps.onProgress?.({ itemId: item.id, file: item.sourceName, stage, pagesDone, pageCount });

  async function saveViewerImage(item: Item, index: number, image: Buffer): Promise<string> {
    const folder = path.join('pages', item.id);
    await mkdir(path.join(dataDir, folder), { recursive: true });
    const relative = path.join(folder, `${index + 1}.jpg`);
    await writeFile(path.join(dataDir, relative), image);
    return relative;
  }

  /** One page: raster, preprocess, OCR, viewer image to disk. Only the words stay in memory. */
  async function readPage(item: Item, source: RasterSource, index: number, lane: Lane): Promise<RecognizedWithImage & { imagePath: string }> {
    const raster = await source.page(index);
    const recognized = await recognizePage(raster, deps.ocr, { urgent: lane === 'first' });
    const imagePath = await saveViewerImage(item, index, recognized.viewerImage);
    return { ...recognized, imagePath };
  }

  function stored(page: RecognizedWithImage & { imagePath: string }): StoredPage {
    return { ...page.page, imagePath: page.imagePath };
  }

  async function processStaged(claimed: Item): Promise<Staged> {
    const item = claimed.state === 'processing'
      ? claimed
      : transition(db, claimed.id, 'processing', { ...by(), from: ['received'] });
    const started = Date.now();
    const unreadable = async (error: UnreadableInputError): Promise<Staged> => {
      log('warn', 'scan quarantined', { item: item.id, file: item.sourceName, reason: error.message });
      const quarantined = await quarantine(claimContext, item, `nicht lesbar: ${error.message}`);
      return { routed: quarantined, completed: Promise.resolve(quarantined) };
    };
    let source: RasterSource;
    let first: RecognizedWithImage & { imagePath: string };
    try {
      source = await openRaster(await readFile(path.join(dataDir, item.storedPath!)));
      const opened = source;
      first = await scheduler.run('first', () => readPage(item, opened, 0, 'first'));
    } catch (error) {
      if (error instanceof UnreadableInputError) return unreadable(error);
      throw error;
    }
    const pageCount = source.pageCount;
    const config = deps.config();
    const classification = classifyDocument([first.page], config, { receivedAt: new Date(item.receivedAt), model: deps.model?.() });
    saveRecognition(db, item.id, [stored(first)], classification, by());
    setPageCount(db, item.id, pageCount);
    const route = routeItem(classification, config);
    const routed = transition(db, item.id, route.state, { ...by(), from: ['processing'], reason: route.reason });
    log('info', 'scan routed', {
      item: item.id, file: item.sourceName, pages: pageCount, ms: Date.now() - started,
      documentType: classification.documentType, department: classification.department, state: route.state,
    });
    progress(routed, 'routed', 1, pageCount);
    // The file's bytes are not kept while the later pages wait: each page job reads the file again.
    const completed = complete(routed, [first], pageCount);
    return { routed, completed };
  }

  async function complete(item: Item, known: (RecognizedWithImage & { imagePath: string })[], pageCount: number): Promise<Item> {
    const file = path.join(dataDir, item.storedPath!);
    let done = known.length;
    let failure: string | null = null;
    const missing = Array.from({ length: pageCount }, (_, index) => index).filter((index) => !known.some((page) => page.page.index === index));
    const read = await Promise.all(missing.map((index) => scheduler.run('rest', async () => {
      try {
        const page = await readPage(item, await openRaster(await readFile(file)), index, 'rest');
        progress(item, 'page', ++done, pageCount);
        return page;
      } catch (error) {
        if (!(error instanceof UnreadableInputError)) throw error;
        failure ??= error.message;
        return null;
      }
    })));
    const pages = [...known, ...read.flatMap((page) => (page ? [page] : []))].sort((a, b) => a.page.index - b.page.index);
    let current = getItem(db, item.id)!;
    if (pages.length > known.length || pageCount > 1) {
      const config = deps.config();
      const full = classifyDocument(pages.map((page) => page.page), config, { receivedAt: new Date(current.receivedAt), model: deps.model?.() });
      const { item: saved, change } = saveCompletion(db, item.id, pages.map(stored), full, by());
      current = saved;
      const raised = change.raisedProtection;
      if (raised && PULL_BACK_FROM.includes(current.state)) {
        current = transition(db, item.id, 'needs-review', {
          ...by(), from: PULL_BACK_FROM,
          reason: `weitere Seiten zeigen Schutzbedarf ${raised.to}${raised.mightBeVeryHigh ? ' (möglicherweise sehr hoch)' : ''}: zurück zur Prüfung`,
        });
      }
    }
    if (failure !== null && PULL_BACK_FROM.includes(current.state)) {
      current = transition(db, item.id, 'needs-review', { ...by(), from: PULL_BACK_FROM, reason: `eine weitere Seite ist nicht lesbar: ${failure}` });
    }
    if (deps.searchablePdf !== false) await writeSearchablePdf(current, pages);
    progress(current, 'completed', pages.length, pageCount);
    return current;
  }

  async function writeSearchablePdf(item: Item, pages: (RecognizedWithImage & { imagePath: string })[]): Promise<void> {
    const input = await Promise.all(pages.map(async (page) => ({
      image: await readFile(path.join(dataDir, page.imagePath)),
      width: page.page.width, height: page.page.height, dpi: page.dpi, words: page.page.words,
    })));
    const folder = path.join(dataDir, 'pdf');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${item.id}.pdf`), await buildSearchablePdf(input, item.sourceName));
  }

  async function ingestStaged(file: string, origin: ScanOrigin): Promise<Staged> {
    const claimed = await claimScan(claimContext, file, origin);
    if (claimed.state === 'duplicate') {
      log('info', 'duplicate scan', { item: claimed.id, file, duplicateOf: claimed.duplicateOf });
      return { routed: claimed, completed: Promise.resolve(claimed) };
    }
    const keepGoing = (error: unknown): Item => {
      // Not the input's fault (disk, database, OCR engine): the item stays in `processing` (or
      // routed with pages missing) and is resumed on the next start, so nothing is lost.
      log('error', 'processing failed', { item: claimed.id, file, error: (error as Error).stack ?? String(error) });
      return getItem(db, claimed.id)!;
    };
    try {
      const staged = await processStaged(claimed);
      return { routed: staged.routed, completed: staged.completed.catch(keepGoing) };
    } catch (error) {
      const item = keepGoing(error);
      return { routed: item, completed: Promise.resolve(item) };
    }
  }

  function completeInterrupted(): Promise<Item>[] {
    return incompleteItems(db).map(async (id) => {
      const item = getItem(db, id)!;
      const source = await openRaster(await readFile(path.join(dataDir, item.storedPath!)));
      return complete(item, [], source.pageCount);
    });
  }

  return {
    scheduler,
    ingestStaged,
    processStaged,
    completeInterrupted,
    async ingest(file, origin) {
      return (await ingestStaged(file, origin)).completed;
    },
    async process(item) {
      return (await processStaged(item)).completed;
    },
  };
}
