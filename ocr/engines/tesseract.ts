// OCR engine: a pool of tesseract.js workers (WebAssembly Tesseract in worker threads). The
// language data ships in the npm packages @tesseract.js-data/<lang>; nothing is fetched and, with
// cacheMethod 'none', nothing is written to the working directory.
import { EventEmitter } from 'node:events';
import { access, copyFile, link, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tesseract from 'tesseract.js';
import type { Word } from '../types.ts';

export type OcrLanguage = 'deu' | 'eng';
/**
 * 'fast': the tessdata_fast models vendored in ./tessdata/fast (smallest network: fastest, and the
 * most accurate on our preprocessed scans; see its README); '4.0.0': Tesseract's standard models;
 * '4.0.0_best_int': the "best" models, integer-quantized. The last two come from @tesseract.js-data.
 */
export type OcrLangVariant = 'fast' | '4.0.0' | '4.0.0_best_int';

export interface OcrPoolOptions {
  /** Worker threads, each with its own Tesseract instance (~100–200 MB). Default: available cores. */
  workers?: number;
  /** Default ['deu', 'eng']: German mail with English words, names and the odd English letter. */
  languages?: readonly OcrLanguage[];
  /** Default 'fast'. */
  langVariant?: OcrLangVariant;
  /**
   * Folder holding `<lang>.traineddata.gz` for every language, e.g. where a packaged app keeps
   * them. Default: the @tesseract.js-data npm packages.
   */
  languageDataDir?: string;
  /** tesseract.js' worker script, for packaged apps that unpack it from the asar. */
  workerPath?: string;
  /** A job running longer than this is abandoned and its worker replaced. Default 120 s. */
  jobTimeoutMs?: number;
  /** Tesseract parameters set on every worker at start; default DEFAULT_TESSERACT_PARAMETERS. */
  parameters?: Readonly<Record<string, string>>;
}

export interface OcrRecognizeOptions {
  /** Resolution of the image; Tesseract scales its expectations of glyph size by it. */
  dpi?: number;
  /** Served before every waiting job that is not urgent (a letter's first page: it decides the route). */
  urgent?: boolean;
  /** Read the image as one line (a field's crop), recognizing only these characters. */
  lineOf?: string;
}

export interface OcrResult {
  /** Lines joined with '\n', the words of a line with ' '. */
  text: string;
  /** Boxes in image pixels, confidence 0..1, lines numbered from 0 in reading order. */
  words: Word[];
  /** Mean word confidence 0..1; 0 when no word was found. */
  confidence: number;
}

export interface OcrPool {
  readonly size: number;
  /** Recognizes a PNG/JPEG/TIFF image. Rejects with OcrPoolClosedError after close(). */
  recognize(image: Buffer, options?: OcrRecognizeOptions): Promise<OcrResult>;
  close(): Promise<void>;
}

/** The pool was closed (shutdown): not a problem of the input. */
export class OcrPoolClosedError extends Error {
  override name = 'OcrPoolClosedError';
}

const DEFAULT_LANGUAGES: readonly OcrLanguage[] = ['deu', 'eng'];
const DEFAULT_VARIANT: OcrLangVariant = 'fast';
const DEFAULT_JOB_TIMEOUT_MS = 120_000;
/**
 * tessedit_do_invert=0: Tesseract 5 re-reads every doubtful line as white-on-black, which on
 * scanned letters (never inverted text) only costs time on noise and rules.
 * Page segmentation stays at the library's default, 6 (the page as one block of text; the CLI
 * defaults to 3, automatic layout analysis). Every field rule in ocr/extract was written against
 * that output, so changing it means re-running the whole evaluation (a quick test of 4, one column
 * of variable sizes, read 16 bench pages 0.7 points of CER better at about the same speed).
 */
export const DEFAULT_TESSERACT_PARAMETERS: Readonly<Record<string, string>> = { tessedit_do_invert: '0' };
const WORKER_START_TIMEOUT_MS = 60_000;

export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const languages = options.languages?.length ? [...new Set(options.languages)] : [...DEFAULT_LANGUAGES];
  const languageData = await prepareLanguageData(languages, options.langVariant ?? DEFAULT_VARIANT, options.languageDataDir);
  const settings: WorkerSettings = {
    languages: languages.join('+'), langPath: languageData.dir, workerPath: options.workerPath,
    parameters: options.parameters ?? DEFAULT_TESSERACT_PARAMETERS,
  };
  const size = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const started = await Promise.allSettled(Array.from({ length: size }, () => WorkerSlot.start(settings)));
  const slots = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(slots.map((slot) => slot.retire()));
    await languageData.dispose();
    throw new Error(`could not start the OCR workers: ${String(failure.reason)}`, { cause: failure.reason });
  }
  return new TesseractPool(slots, settings, languageData, options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS);
}

// ---- pool ----------------------------------------------------------------------------------------

interface WorkerSettings {
  languages: string;
  langPath: string;
  workerPath: string | undefined;
  parameters: Readonly<Record<string, string>>;
}

class TesseractPool implements OcrPool {
  readonly size: number;
  readonly #settings: WorkerSettings;
  readonly #languageData: LanguageData;
  readonly #jobTimeoutMs: number;
  readonly #idle: WorkerSlot[];
  readonly #busy = new Set<WorkerSlot>();
  /** Urgent waiters first (in arrival order), then the others (in arrival order). */
  readonly #waiting: { urgent: boolean; resolve: (slot: WorkerSlot) => void; reject: (error: Error) => void }[] = [];
  /** Replacements being started; close() waits for them, they need the language data. */
  readonly #starting = new Set<Promise<void>>();
  #workerCount: number;
  #closed = false;

  constructor(slots: WorkerSlot[], settings: WorkerSettings, languageData: LanguageData, jobTimeoutMs: number) {
    this.size = slots.length;
    this.#workerCount = slots.length;
    this.#idle = [...slots];
    this.#settings = settings;
    this.#languageData = languageData;
    this.#jobTimeoutMs = jobTimeoutMs;
  }

  async recognize(image: Buffer, options: OcrRecognizeOptions = {}): Promise<OcrResult> {
    const slot = await this.#acquire(options.urgent ?? false);
    let hung = false;
    try {
      return await withTimeout(slot.recognize(image, options), this.#jobTimeoutMs, `OCR took longer than ${this.#jobTimeoutMs / 1000} s`);
    } catch (error) {
      // A job cut off by close() is a shutdown, not a problem of the image.
      if (this.#closed) throw new OcrPoolClosedError('the OCR pool was closed during recognition', { cause: error });
      hung = error instanceof TimeoutError;
      throw error;
    } finally {
      this.#busy.delete(slot);
      // An ordinary job failure (an image Tesseract cannot read) leaves the worker usable.
      if (hung || !slot.usable) this.#replace(slot);
      else this.#release(slot);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter.reject(new OcrPoolClosedError('the OCR pool was closed'));
    // Running jobs fail with OcrPoolClosedError at once; they do not hold up the shutdown.
    await Promise.all([...this.#idle.splice(0), ...this.#busy].map((slot) => slot.retire()));
    await Promise.all(this.#starting);
    await this.#languageData.dispose();
  }

  #acquire(urgent: boolean): Promise<WorkerSlot> {
    if (this.#closed) return Promise.reject(new OcrPoolClosedError('the OCR pool is closed'));
    if (this.#workerCount === 0) return Promise.reject(new Error('no OCR worker left: replacements failed to start'));
    const slot = this.#idle.pop();
    if (slot) {
      this.#busy.add(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve, reject) => {
      const waiter = { urgent, resolve, reject };
      const firstNotUrgent = urgent ? this.#waiting.findIndex((other) => !other.urgent) : -1;
      if (firstNotUrgent === -1) this.#waiting.push(waiter);
      else this.#waiting.splice(firstNotUrgent, 0, waiter);
    });
  }

  #release(slot: WorkerSlot): void {
    if (this.#closed) {
      void slot.retire();
      return;
    }
    const waiter = this.#waiting.shift();
    if (waiter) {
      this.#busy.add(slot);
      waiter.resolve(slot);
    } else {
      this.#idle.push(slot);
    }
  }

  /** A hung or crashed worker is stopped and a fresh one takes its place. */
  #replace(slot: WorkerSlot): void {
    void slot.retire();
    const starting = WorkerSlot.start(this.#settings).then(
      (fresh) => this.#release(fresh),
      (error: unknown) => this.#shrink(error),
    );
    this.#starting.add(starting);
    void starting.finally(() => this.#starting.delete(starting));
  }

  /** The pool runs one worker short; with none left, waiting jobs fail instead of hanging. */
  #shrink(cause: unknown): void {
    this.#workerCount -= 1;
    if (this.#workerCount > 0) return;
    for (const waiter of this.#waiting.splice(0)) {
      waiter.reject(new Error('no OCR worker left: replacements failed to start', { cause }));
    }
  }
}

// ---- one worker ----------------------------------------------------------------------------------

/**
 * One tesseract.js worker, guarded against two traps of tesseract.js 7.0.0 in Node: a crashed
 * thread is never reported (its jobs would hang), and any call after terminate() throws from an
 * unawaited promise inside tesseract.js, an unhandled rejection that ends the process.
 */
class WorkerSlot {
  readonly #worker: Tesseract.Worker;
  /** Rejects when the thread exits or crashes. */
  readonly #lost: Promise<never>;
  #usable = true;
  #retired = false;

  static async start(settings: WorkerSettings): Promise<WorkerSlot> {
    return new WorkerSlot(await startWorker(settings));
  }

  private constructor(worker: Tesseract.Worker) {
    this.#worker = worker;
    this.#lost = threadLost(worker, () => {
      this.#usable = false;
    });
    this.#lost.catch(() => undefined); // observed only while a job runs
  }

  get usable(): boolean {
    return this.#usable;
  }

  async recognize(image: Buffer, options: OcrRecognizeOptions): Promise<OcrResult> {
    return Promise.race([this.#recognize(image, options), this.#lost]);
  }

  /** Stops the worker. Deferred by a macrotask so a call already inside tesseract.js gets its message out first. */
  async retire(): Promise<void> {
    if (this.#retired) return;
    this.#retired = true;
    this.#usable = false;
    await new Promise((resolve) => setImmediate(resolve));
    await this.#worker.terminate().catch(() => undefined);
  }

  async #recognize(image: Buffer, options: OcrRecognizeOptions): Promise<OcrResult> {
    this.#assertUsable();
    // 0 lets Tesseract read the resolution from the image, or guess it.
    await this.#worker.setParameters({ user_defined_dpi: String(Math.round(options.dpi ?? 0)) });
    this.#assertUsable();
    // Tesseract parameters given with a job apply to that job only: tesseract.js passes them
    // through and restores the previous values after it (its typings list only its own options).
    const lineMode = options.lineOf === undefined ? {} : { tessedit_pageseg_mode: '7', tessedit_char_whitelist: options.lineOf };
    const { data } = await this.#worker.recognize(image, lineMode as Partial<Tesseract.RecognizeOptions>, { text: false, tsv: true });
    return resultFromTsv(data.tsv ?? '');
  }

  #assertUsable(): void {
    if (!this.#usable) throw new Error('the OCR worker was stopped');
  }
}

/**
 * tesseract.js (7.0.0) never settles createWorker() when loading fails, and throws from its message
 * handler unless an errorHandler is given; both become a rejection here.
 */
async function startWorker(settings: WorkerSettings): Promise<Tesseract.Worker> {
  let onStartupError: (error: Error) => void = () => undefined;
  const startupFailed = new Promise<never>((_, reject) => {
    onStartupError = reject;
  });
  let started = false;
  const starting = Tesseract.createWorker(settings.languages, Tesseract.OEM.LSTM_ONLY, {
    langPath: settings.langPath,
    gzip: true,
    cacheMethod: 'none',
    ...(settings.workerPath ? { workerPath: settings.workerPath } : {}),
    // After startup, job failures reject the job's own promise; only startup needs this path.
    errorHandler: (error: unknown) => {
      if (!started) onStartupError(new Error(String(error)));
    },
  });
  const worker = await withTimeout(Promise.race([starting, startupFailed]), WORKER_START_TIMEOUT_MS, 'OCR worker did not start');
  started = true;
  if (Object.keys(settings.parameters).length > 0) await worker.setParameters({ ...settings.parameters });
  return worker;
}

function threadLost(worker: Tesseract.Worker, onLost: () => void): Promise<never> {
  // tesseract.js exposes the worker_threads Worker as `worker`, untyped. Without an 'error'
  // listener a crash inside the thread would take the whole process down.
  const thread: unknown = (worker as unknown as { worker?: unknown }).worker;
  if (!(thread instanceof EventEmitter)) return new Promise<never>(() => undefined);
  return new Promise<never>((_, reject) => {
    thread.on('error', (error: unknown) => {
      onLost();
      reject(new Error(`OCR worker crashed: ${String(error)}`));
    });
    thread.once('exit', (code: number) => {
      onLost();
      reject(new Error(`OCR worker stopped (exit code ${code})`));
    });
  });
}

/**
 * Words from Tesseract's TSV output (one row per page, block, paragraph, line and word; a word
 * row has level 5). TSV rather than tesseract.js' `blocks`: the same words and boxes, but built in
 * C++ instead of walking the result tree from JavaScript, ~15 ms less per page.
 */
export function resultFromTsv(tsv: string): OcrResult {
  const words: Word[] = [];
  const lines: string[][] = [];
  let lineKey = '';
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells[0] !== '5' || cells.length < 12) continue;
    const [, , block, paragraph, line, , left, top, width, height, conf] = cells.map(Number) as number[];
    const text = cells.slice(11).join('\t').trim();
    if (text === '' || isSpeck(text, conf ?? 0)) continue;
    const key = `${block}/${paragraph}/${line}`;
    if (key !== lineKey || lines.length === 0) {
      lines.push([]);
      lineKey = key;
    }
    lines.at(-1)?.push(text);
    const x0 = left ?? 0;
    const y0 = top ?? 0;
    words.push({ text, box: { x0, y0, x1: x0 + (width ?? 0), y1: y0 + (height ?? 0) }, confidence: clamp01((conf ?? 0) / 100), line: lines.length - 1 });
  }
  const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return { text: lines.map((line) => line.join(' ')).join('\n'), words, confidence };
}

/** A word that means something: a letter or digit, or a sign that stands alone in letters (5 €, 19 %, § 3). */
const MEANINGFUL = /[\p{L}\p{N}€$%§&@#+=*/]/u;
const DASH = /^[-–—]$/u;

/**
 * Scanner specks and table rules that Tesseract reads as '|', '.', '°', '“' or '\\': punctuation
 * on its own, no letter or digit. They carry nothing for a clerk or the classifier and would
 * litter the search text (on the bench pages they were 3 of the 10 % character errors).
 * A dash between words is kept when Tesseract is sure of it ("Markt 3 - Rechnung").
 */
function isSpeck(text: string, confidence: number): boolean {
  if (MEANINGFUL.test(text)) return false;
  return !(DASH.test(text) && confidence >= 60);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- language data -------------------------------------------------------------------------------

interface LanguageData {
  dir: string;
  dispose(): Promise<void>;
}

/**
 * tesseract.js reads all languages from one `langPath`, but each npm package has its own folder.
 * Its in-memory alternative (Lang objects with `data`) is broken in 7.0.0 (initialize joins the
 * bytes instead of the codes: naptha/tesseract.js#1052), so for several languages a private
 * folder gets links to (or, where linking is not allowed, copies of) the packaged files.
 */
async function prepareLanguageData(languages: OcrLanguage[], variant: OcrLangVariant, override: string | undefined): Promise<LanguageData> {
  const keep = async () => undefined;
  if (override) {
    await Promise.all(languages.map((language) => assertReadable(join(override, dataFileName(language)))));
    return { dir: override, dispose: keep };
  }
  const sources = languages.map((language) => join(packagedLanguageDir(language, variant), dataFileName(language)));
  await Promise.all(sources.map(assertReadable));
  const [onlySource] = sources;
  if (sources.length === 1 && onlySource) return { dir: dirname(onlySource), dispose: keep };
  const dir = await mkdtemp(join(tmpdir(), 'epost-tessdata-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    await Promise.all(languages.map((language, i) => linkOrCopy(sources[i] as string, join(dir, dataFileName(language)))));
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dir, dispose };
}

function packagedLanguageDir(language: OcrLanguage, variant: OcrLangVariant): string {
  if (variant === 'fast') return fileURLToPath(new URL('./tessdata/fast', import.meta.url));
  const packageJson = createRequire(import.meta.url).resolve(`@tesseract.js-data/${language}/package.json`);
  return join(dirname(packageJson), variant);
}

function dataFileName(language: OcrLanguage): string {
  return `${language}.traineddata.gz`;
}

async function assertReadable(file: string): Promise<void> {
  try {
    await access(file);
  } catch (error) {
    throw new Error(`OCR language data missing: ${file}`, { cause: error });
  }
}

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}
