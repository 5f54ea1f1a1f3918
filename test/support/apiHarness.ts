// The API over the real store on a temp dir: real SQLite, real config file (a copy of the demo
// config), the demo accounts from seeds/users.yaml, items put in through the real store functions
// and the real classifier on text (OCR is left out: it is tested elsewhere and takes seconds).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import type { Config } from '../../electron/contract/config.ts';
import type { DocumentType, Fields, ItemState, ProtectionLevel } from '../../electron/contract/domain.ts';
import type { Envelope } from '../../electron/contract/api.ts';
import type { MethodName } from '../../electron/contract/methods.ts';
import type { ApiCore } from '../../electron/services/api/context.ts';
import { createLearning } from '../../electron/services/learning.ts';
import { createPipeline } from '../../electron/services/pipeline.ts';
import type { OcrPool } from '../../ocr/engines/tesseract.ts';
import { INVOICE_LINES, letterText } from './letters.ts';
import { createDispatcher, type Dispatcher } from '../../electron/services/api/dispatcher.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { silentLogger } from '../../electron/services/log.ts';
import { openDatabase, type Db } from '../../electron/services/store/db.ts';
import { getItem, insertItem, saveRecognition, transition, type StoredPage } from '../../electron/services/store/items.ts';
import { DEFAULT_USERS_PATH, importSeedUsers } from '../../electron/services/users.ts';

export const SEED_CONFIG = fileURLToPath(new URL('../../seeds/config.yaml', import.meta.url));

export { ACCOUNTS, type Account } from './accounts.ts';
import { ACCOUNTS, type Account } from './accounts.ts';

export const INVOICE_TEXT = letterText(INVOICE_LINES);

export interface ItemSpec {
  /** Letter text; defaults to an invoice. A marker in it lets tests look for leaked content. */
  text?: string;
  state?: Extract<ItemState, 'needs-review' | 'routed' | 'claimed' | 'done' | 'paper'>;
  department?: string | null;
  documentType?: DocumentType;
  protectionLevel?: ProtectionLevel;
  confidence?: number;
  fields?: Fields;
  mightBeVeryHigh?: boolean;
  /** Writes a small page image, as the pipeline does. */
  withImage?: boolean;
}

export interface ApiHarness {
  root: string;
  configFile: string;
  db: Db;
  core: ApiCore;
  dispatcher: Dispatcher;
  clock: { now: Date };
  signIn(account: Account): Promise<string>;
  call(method: MethodName | string, input: unknown, token: string | null): Promise<Envelope<unknown>>;
  /** Calls and returns the value; fails the test with the error otherwise. */
  ok<T = unknown>(method: MethodName, input: unknown, token: string | null): Promise<T>;
  addItem(spec?: ItemSpec): Promise<string>;
  /** Puts a file through the real claim and pipeline; unreadable bytes end in quarantine. Returns the item id. */
  addScan(name: string, bytes: Buffer | string): Promise<string>;
  close(): void;
}

let counter = 0;

const NO_OCR: OcrPool = {
  size: 1,
  recognize: () => Promise.reject(new Error('no OCR in the API harness: use createCore for readable scans')),
  close: () => Promise.resolve(),
};

export async function createApiHarness(): Promise<ApiHarness> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'epost-api-'));
  const configFile = path.join(root, 'config', 'config.yaml');
  mkdirSync(path.dirname(configFile));
  copyFileSync(SEED_CONFIG, configFile);
  const { config } = loadConfig(configFile);
  mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(path.join(config.dataDir, 'epost.sqlite'));
  const clock = { now: new Date('2026-11-23T08:00:00.000Z') };
  let current: Config = config;
  // The real pipeline without OCR: a file the raster stage cannot open is quarantined before any
  // page reaches OCR, which is all the API tests need (OCR is tested with the whole core elsewhere).
  const pipeline = createPipeline({
    db, config: () => current, ocr: NO_OCR, clock: () => new Date(clock.now), newId: () => `item-${++counter}`,
    log: silentLogger, searchablePdf: false,
  });
  const core: ApiCore = {
    get config() { return current; },
    updateConfig(next) { current = { ...next, dataDir: current.dataDir }; },
    db,
    clock: () => new Date(clock.now),
    log: silentLogger,
    learning: createLearning({ db, clock: () => new Date(clock.now) }),
    pipeline,
  };
  await importSeedUsers(db, DEFAULT_USERS_PATH, config.departments.map((d) => d.code), clock.now.toISOString());
  const dispatcher = createDispatcher({ core, configFile, newId: () => `item-${++counter}`, eventPollMs: 20 });
  const by = () => ({ actor: 'system', at: clock.now.toISOString() });

  const call = (method: string, input: unknown, token: string | null) => dispatcher.invoke(method, input, { token });

  async function ok<T>(method: MethodName, input: unknown, token: string | null): Promise<T> {
    const answer = await call(method, input, token);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code}: ${answer.error.message} ${JSON.stringify(answer.error.issues ?? [])}`);
    return answer.value as T;
  }

  async function signIn(account: Account): Promise<string> {
    return (await ok<{ token: string }>('session.signIn', ACCOUNTS[account], null)).token;
  }

  async function addItem(spec: ItemSpec = {}): Promise<string> {
    const id = `item-${++counter}`;
    const text = spec.text ?? INVOICE_TEXT;
    insertItem(db, {
      id, state: 'received', sourceName: `${id}.pdf`, sourcePath: null, scanner: 'Testscanner',
      sha256: (Buffer.from(id).toString('hex') + '0'.repeat(64)).slice(0, 64), sizeBytes: 100, receivedAt: clock.now.toISOString(),
    }, by());
    transition(db, id, 'processing', { ...by(), from: ['received'] });
    const pages = pagesFromText(text);
    const machine = classifyDocument(pages, current, { receivedAt: clock.now });
    const classification = {
      ...machine,
      documentType: spec.documentType ?? machine.documentType,
      protectionLevel: spec.protectionLevel ?? machine.protectionLevel,
      department: spec.department === undefined ? machine.department : spec.department,
      confidence: spec.confidence ?? machine.confidence,
      fields: spec.fields ?? machine.fields,
      mightBeVeryHigh: spec.mightBeVeryHigh ?? false,
    };
    let imagePath: string | null = null;
    if (spec.withImage) {
      imagePath = path.join('pages', id, '1.png');
      mkdirSync(path.join(current.dataDir, 'pages', id), { recursive: true });
      await sharp({ create: { width: 40, height: 56, channels: 3, background: '#ffffff' } }).png().toFile(path.join(current.dataDir, imagePath));
    }
    const stored: StoredPage[] = pages.map((page) => ({ ...page, imagePath: page.index === 0 ? imagePath : null }));
    saveRecognition(db, id, stored, classification, by());
    const steps: Record<NonNullable<ItemSpec['state']>, ItemState[]> = {
      'needs-review': ['needs-review'],
      routed: ['needs-review', 'routed'],
      claimed: ['needs-review', 'routed', 'claimed'],
      done: ['needs-review', 'routed', 'claimed', 'done'],
      paper: ['needs-review', 'paper'],
    };
    for (const state of steps[spec.state ?? 'needs-review']) transition(db, id, state, by());
    if (!getItem(db, id)) throw new Error('item not stored');
    return id;
  }

  async function addScan(name: string, bytes: Buffer | string): Promise<string> {
    const folder = mkdtempSync(path.join(root, 'scan-'));
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    return (await pipeline.ingest(file, { scanner: 'Testscanner', keepSource: false })).id;
  }

  return {
    root, configFile, db, core, dispatcher, clock, signIn, call, ok, addItem, addScan,
    close() {
      dispatcher.close();
      db.close();
    },
  };
}
