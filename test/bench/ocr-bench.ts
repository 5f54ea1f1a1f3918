// OCR benchmark (`npm run bench`, quick: `npm run bench -- --quick`). Prints and writes
// test-results/bench.json:
//   1. full OCR of rendered bench pages (generator, fixed seed): pages/min, CPU s/page, CER,
//      against the native `tesseract` CLI (one single-threaded process per core, -l deu, psm 3),
//      in --rounds alternating rounds (median ratio);
//   2. steady arrival: scanner PDFs (one JPEG per page) of 1–4 pages at --rate letters/min
//      written into a folder the real intake watches (temp data dir): landing → routed p50/p95,
//      the settle time included;
//   3. burst of --burst multi-page letters: were all letters routed before the later pages?
//   4. burst of --files files: peak RSS.
// Sizes are flags; see README "Benchmark" for how long each run takes.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { createOcrPool, type OcrLangVariant, type OcrPool } from '../../ocr/engines/tesseract.ts';
import { openRaster } from '../../ocr/raster.ts';
import { recognizePage } from '../../ocr/recognize.ts';
import { PageScheduler } from '../../ocr/schedule.ts';
import { createCore, type Core } from '../../electron/services/core.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { encodeLetter, generateBenchPages, generateLetter, type BenchPage } from '../../seeds/generator/index.ts';
import { characterErrors } from './cer.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    pages: { type: 'string' }, letters: { type: 'string' }, rate: { type: 'string' }, burst: { type: 'string' },
    files: { type: 'string' }, workers: { type: 'string' }, variant: { type: 'string' }, skip: { type: 'string' }, rounds: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const int = (value: string | undefined, full: number, short: number) => (value === undefined ? (quick ? short : full) : Number(value));
const sizes = {
  pages: int(values.pages, 40, 8),
  letters: int(values.letters, 60, 12),
  rate: int(values.rate, 30, 30),
  burst: int(values.burst, 100, 12),
  files: int(values.files, 500, 16),
  workers: int(values.workers, availableParallelism(), availableParallelism()),
  rounds: int(values.rounds, 3, 1),
};
const variant = (values.variant ?? 'fast') as OcrLangVariant;
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const results: Record<string, unknown> = { sizes, variant, quick, cores: availableParallelism(), startedAt: new Date().toISOString() };
let peakRss = 0;
const rssTimer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
const mb = (bytes: number) => Math.round(bytes / 1048576);
const say = (line: string) => process.stdout.write(`${line}\n`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// ---- 1. full OCR vs the native CLI -----------------------------------------------------------------

interface Throughput { pagesPerMinute: number; wallSeconds: number; cpuSecondsPerPage: number | null; cer: number; bagCer: number }

/**
 * tesseract.js against the CLI in alternating rounds (js, CLI per page, CLI over page lists, then
 * again): this machine's speed drifts by ±15 % between minutes, so a single pair of runs can tip
 * either way; the median of the per-round ratios is the figure, the range is printed beside it.
 */
async function fullOcr(pages: BenchPage[], warmUpPages: BenchPage[]): Promise<void> {
  const startCpu = process.cpuUsage();
  const pool = await createOcrPool({ workers: sizes.workers, languages: ['deu'], langVariant: variant });
  // The app starts its workers once and keeps them: the first pages a worker reads are slower (V8
  // compiles the hot parts of Tesseract's WebAssembly while they run), so each worker reads one page
  // of its own before the clock starts. That start-up is printed separately.
  await Promise.all(warmUpPages.slice(0, pool.size).map(async (page) => recognizePage(await (await openRaster(page.png)).page(0), pool)));
  const startUsed = process.cpuUsage(startCpu);
  const startUpCpu = +((startUsed.user + startUsed.system) / 1e6).toFixed(1);
  results['tesseract.js start-up CPU s'] = startUpCpu;
  say(`full OCR of ${pages.length} pages, ${sizes.rounds} round(s); start-up before (once per app start): ${sizes.workers} workers started and one page each read, ${startUpCpu} CPU s`);
  const cli = await hasCli();
  if (!cli) say('native tesseract CLI not found: tesseract.js alone');
  const dir = await mkdtemp(path.join(tmpdir(), 'epost-bench-cli-'));
  const rounds: { js: Throughput; cli?: Throughput; cliLists?: Throughput }[] = [];
  try {
    const files = await Promise.all(pages.map(async (page) => {
      const file = path.join(dir, page.name);
      await writeFile(file, page.png);
      return file;
    }));
    for (let round = 1; round <= sizes.rounds; round++) {
      const js = await tesseractJs(pages, pool);
      say(`round ${round}: tesseract.js (${variant}, preprocessed, ${sizes.workers} workers, warm): ${describe(js)}`);
      if (!cli) { rounds.push({ js }); continue; }
      const perPage = await cliPerPage(files, pages);
      say(`round ${round}: tesseract CLI ${cli} (deu, OMP_THREAD_LIMIT=1, ${sizes.workers} processes, one per page): ${describe(perPage)}`);
      const lists = await cliWithPageLists(dir, files, pages);
      say(`round ${round}: tesseract CLI, one process per core over a page list (model loaded once): ${describe(lists)}`);
      rounds.push({ js, cli: perPage, cliLists: lists });
    }
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
  results['fullOcrRounds'] = rounds;
  const js = rounds.map((r) => r.js);
  results['tesseract.js'] = js[0];
  say(`tesseract.js: median ${median(js.map((t) => t.pagesPerMinute))} pages/min, CER ${js[0]?.cer} % (order-independent ${js[0]?.bagCer} %)`);
  const compare = (name: string, key: 'cli' | 'cliLists', resultKey: string) => {
    const ratios = rounds.flatMap((r) => (r[key] ? [r.js.pagesPerMinute / r[key].pagesPerMinute] : []));
    if (ratios.length === 0) return;
    const other = rounds[0]?.[key];
    results[resultKey] = +median(ratios).toFixed(2);
    say(`throughput ratio tesseract.js / ${name}: median ${results[resultKey]}× (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}); CER difference ${((js[0]?.cer ?? 0) - (other?.cer ?? 0)).toFixed(2)} points (order-independent ${((js[0]?.bagCer ?? 0) - (other?.bagCer ?? 0)).toFixed(2)})`);
    const cpuRatios = rounds.flatMap((r) => (r[key]?.cpuSecondsPerPage && r.js.cpuSecondsPerPage ? [r[key].cpuSecondsPerPage / r.js.cpuSecondsPerPage] : []));
    // CPU per page depends less on what else the machine runs: the steadier comparison.
    if (cpuRatios.length > 0) say(`  CPU per page, ${name} / tesseract.js: median ${median(cpuRatios).toFixed(2)}× (above 1: tesseract.js needs less CPU per page)`);
  };
  compare('CLI one process per page', 'cli', 'throughputRatio');
  compare('CLI over page lists (its best case)', 'cliLists', 'throughputRatioPageLists');
  if (rounds[0]?.cli) results['tesseract CLI'] = rounds[0].cli;
  if (rounds[0]?.cliLists) results['tesseract CLI, page lists'] = rounds[0].cliLists;
}

function describe(t: Throughput): string {
  return `${t.pagesPerMinute} pages/min, ${t.cpuSecondsPerPage ?? '?'} CPU s/page, CER ${t.cer} %`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] ?? NaN : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function throughput(pages: BenchPage[], texts: string[], wallSeconds: number, cpuSeconds: number): Throughput {
  return {
    pagesPerMinute: +(pages.length / wallSeconds * 60).toFixed(1), wallSeconds: +wallSeconds.toFixed(1),
    cpuSecondsPerPage: Number.isNaN(cpuSeconds) ? null : +(cpuSeconds / pages.length).toFixed(2),
    ...characterErrors(pages.map((page) => page.text), texts),
  };
}

async function tesseractJs(pages: BenchPage[], pool: OcrPool): Promise<Throughput> {
  const scheduler = new PageScheduler({ concurrency: pool.size + 1 });
  const cpu = process.cpuUsage();
  const started = Date.now();
  // From the PNG file, as the pipeline and the CLI do: decoding is part of the work measured.
  const texts = await Promise.all(pages.map((page) => scheduler.run('first', async () =>
    (await recognizePage(await (await openRaster(page.png)).page(0), pool)).page.text)));
  const used = process.cpuUsage(cpu);
  return throughput(pages, texts, (Date.now() - started) / 1000, (used.user + used.system) / 1e6);
}

/** One CLI process per page, one page per core at a time: what a script or OCRmyPDF pays. */
async function cliPerPage(files: string[], pages: BenchPage[]): Promise<Throughput> {
  const outputs: string[] = new Array<string>(files.length).fill('');
  let next = 0;
  const started = Date.now();
  const childCpu = childCpuSeconds();
  await Promise.all(Array.from({ length: sizes.workers }, async () => {
    while (next < files.length) {
      const index = next++;
      const { stdout } = await run('tesseract', [files[index]!, '-', '-l', 'deu'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
      outputs[index] = stdout;
    }
  }));
  return throughput(pages, outputs, (Date.now() - started) / 1000, childCpuSeconds() - childCpu);
}

/**
 * The CLI's best case: one long-lived process per core reading a list of pages, so the model is
 * loaded once per process instead of once per page.
 */
async function cliWithPageLists(dir: string, files: string[], pages: BenchPage[]): Promise<Throughput> {
  const lists = Array.from({ length: sizes.workers }, (_, lane) => files.filter((_, i) => i % sizes.workers === lane));
  const started = Date.now();
  const childCpu = childCpuSeconds();
  const outputs = await Promise.all(lists.map(async (list, lane) => {
    const listFile = path.join(dir, `pages-${lane}.txt`);
    await writeFile(listFile, `${list.join('\n')}\n`);
    const { stdout } = await run('tesseract', [listFile, '-', '-l', 'deu'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 26 });
    // The text renderer ends every page with a form feed.
    return stdout.split('\f').slice(0, list.length);
  }));
  const texts = files.map((_, i) => outputs[i % sizes.workers]?.[Math.floor(i / sizes.workers)] ?? '');
  return throughput(pages, texts, (Date.now() - started) / 1000, childCpuSeconds() - childCpu);
}

/** CPU seconds of finished child processes (Linux /proc; NaN elsewhere). */
function childCpuSeconds(): number {
  try {
    // Fields after the ")" of the command name: cutime and cstime are the 14th and 15th.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

async function hasCli(): Promise<string | null> {
  try {
    const { stdout, stderr } = await run('tesseract', ['--version']);
    return (stdout || stderr).split('\n')[0]?.trim() ?? 'tesseract';
  } catch {
    return null;
  }
}

// ---- letters for the pipeline scenarios ------------------------------------------------------------

interface LetterFile { bytes: Buffer; pages: number; format: 'tiff' | 'pdf' }

/**
 * Distinct TIFF letters, `perLength` each of 1, 2, 3 and 4 pages (rendering is slow: a few are
 * made and reused with a nonce). Most generated letters have one page, so seeds are searched.
 */
async function letterFiles(perLength: number, format: 'tiff' | 'pdf'): Promise<LetterFile[]> {
  const wanted = new Map<number, number>([[1, perLength], [2, perLength], [3, perLength], [4, perLength]]);
  const made: LetterFile[] = [];
  for (let seed = 1; [...wanted.values()].some((n) => n > 0) && seed < 5000; seed++) {
    const letter = generateLetter(1000 + seed);
    const pages = Math.min(4, letter.pages.length);
    const missing = wanted.get(pages) ?? 0;
    if (missing === 0 || letter.pages.length > 4) continue;
    wanted.set(pages, missing - 1);
    letter.plan = { ...letter.plan, format: format === 'pdf' ? 'pdf-scan' : 'tiff', rotations: letter.pages.map(() => 0) };
    made.push({ bytes: await encodeLetter(letter), pages: letter.pages.length, format });
  }
  // Interleaved lengths (1, 2, 3, 4, 1, 2, ...), so any prefix has a mix.
  const byLength = [1, 2, 3, 4].map((pages) => made.filter((letter) => letter.pages === pages));
  return Array.from({ length: perLength }, (_, round) => byLength.flatMap((group) => group.slice(round, round + 1))).flat();
}

/**
 * Same scan, different bytes, so the hash differs: trailing data after a TIFF's last page; a
 * comment and a repeated end marker after a PDF's, so it still ends as a finished PDF does.
 */
function variantOf(file: LetterFile, nonce: number): Buffer {
  const tag = `bench-${nonce}-${Math.random()}`;
  return Buffer.concat([file.bytes, Buffer.from(file.format === 'pdf' ? `\n%${tag}\n%%EOF\n` : `\n${tag}`)]);
}

async function withCore<T>(use: (core: Core, inbox: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(tmpdir(), 'epost-bench-'));
  const { config } = loadConfig(undefined, { dataDir: path.join(root, 'data') });
  const inbox = path.join(root, 'inbox');
  const core = await createCore({
    config: { ...config, intake: { ...config.intake, folders: [{ path: inbox, scanner: 'Bench' }] }, ocr: { ...config.ocr, languages: ['deu'] } },
    ocrWorkers: sizes.workers,
  });
  await mkdir(inbox, { recursive: true });
  try {
    return await use(core, inbox);
  } finally {
    await core.close();
    await rm(root, { recursive: true, force: true });
  }
}

// ---- 2. steady arrival ------------------------------------------------------------------------------

async function steady(pool: LetterFile[]): Promise<void> {
  await withCore(async (core, inbox) => {
    const landed = new Map<string, number>();
    const latencies: number[] = [];
    core.onProgress((progress) => {
      if (progress.stage !== 'routed') return;
      const at = landed.get(progress.file);
      if (at !== undefined) latencies.push(Date.now() - at);
    });
    const interval = 60_000 / sizes.rate;
    // The real intake: the watcher sees the file, waits until it is written (a PDF with its end
    // marker: config intake.completeSettleSeconds) and hands it over.
    const intake = await core.startIntake();
    await intake.ready;
    const cpu = process.cpuUsage();
    const started = Date.now();
    for (let i = 0; i < sizes.letters; i++) {
      const wait = started + i * interval - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const name = `steady-${i}.pdf`;
      landed.set(name, Date.now());
      await writeFile(path.join(inbox, name), variantOf(pool[i % pool.length]!, i));
    }
    while (latencies.length < sizes.letters) await new Promise((resolve) => setTimeout(resolve, 100));
    await intake.idle();
    await intake.stop();
    const used = process.cpuUsage(cpu);
    const steadyResult = {
      letters: sizes.letters, ratePerMinute: sizes.rate,
      routedP50Seconds: +(percentile(latencies, 50) / 1000).toFixed(2), routedP95Seconds: +(percentile(latencies, 95) / 1000).toFixed(2),
      routedMaxSeconds: +(Math.max(...latencies) / 1000).toFixed(2),
      cpuBusy: +((used.user + used.system) / 1000 / (Date.now() - started) / availableParallelism()).toFixed(2),
    };
    results['steady'] = steadyResult;
    say(`steady ${sizes.rate} letters/min (${sizes.letters} letters of 1–4 pages): landing → routed p50 ${steadyResult.routedP50Seconds} s, p95 ${steadyResult.routedP95Seconds} s, max ${steadyResult.routedMaxSeconds} s (CPU ${Math.round(steadyResult.cpuBusy * 100)} % busy)`);
  });
}

// ---- 3. burst of multi-page letters ------------------------------------------------------------------

async function burst(pool: LetterFile[]): Promise<void> {
  await withCore(async (core, inbox) => {
    let totalPages = 0;
    const files: string[] = [];
    for (let i = 0; i < sizes.burst; i++) {
      const letter = pool[i % pool.length]!;
      const file = path.join(inbox, `burst-${i}.tif`);
      await writeFile(file, variantOf(letter, 10_000 + i));
      files.push(file);
      totalPages += letter.pages;
    }
    let pagesRead = 0;
    let routed = 0;
    let pendingAtLastRouted = -1;
    let lastRoutedAt = 0;
    let lastPageAt = 0;
    core.onProgress((progress) => {
      if (progress.stage === 'routed' || progress.stage === 'page') {
        pagesRead++;
        lastPageAt = Date.now();
      }
      if (progress.stage === 'routed') {
        routed++;
        if (routed === sizes.burst) {
          pendingAtLastRouted = totalPages - pagesRead;
          lastRoutedAt = Date.now();
        }
      }
    });
    const started = Date.now();
    await core.processFiles(files);
    const burstResult = {
      letters: sizes.burst, pages: totalPages, laterPages: totalPages - sizes.burst,
      pagesPendingWhenLastLetterRouted: pendingAtLastRouted,
      lastRoutedSeconds: +((lastRoutedAt - started) / 1000).toFixed(1), allPagesSeconds: +((lastPageAt - started) / 1000).toFixed(1),
    };
    results['burst'] = burstResult;
    say(`burst of ${sizes.burst} letters (${totalPages} pages): last letter routed after ${burstResult.lastRoutedSeconds} s with ${pendingAtLastRouted} of ${burstResult.laterPages} later pages still pending; all pages read after ${burstResult.allPagesSeconds} s`);
  });
}

// ---- 4. many files: peak RSS ------------------------------------------------------------------------

async function manyFiles(pool: LetterFile[]): Promise<void> {
  await withCore(async (core, inbox) => {
    const files: string[] = [];
    for (let i = 0; i < sizes.files; i++) {
      const file = path.join(inbox, `many-${i}.tif`);
      await writeFile(file, variantOf(pool[i % pool.length]!, 50_000 + i));
      files.push(file);
    }
    peakRss = process.memoryUsage().rss;
    const started = Date.now();
    const items = await core.processFiles(files);
    const result = {
      files: sizes.files, pages: items.reduce((sum, item) => sum + item.pageCount, 0),
      seconds: +((Date.now() - started) / 1000).toFixed(1), peakRssMb: mb(peakRss),
      peakQueued: core.pipeline.scheduler.stats().peakQueued,
    };
    results['manyFiles'] = result;
    say(`burst of ${sizes.files} files (${result.pages} pages) in ${result.seconds} s: peak RSS ${result.peakRssMb} MB (queues peaked at first ${result.peakQueued.first}, rest ${result.peakQueued.rest})`);
  });
}

async function main(): Promise<void> {
  say(`E-Poststelle OCR bench (${quick ? 'quick' : 'full'}): ${JSON.stringify(sizes)}, model ${variant}`);
  if (!skip.has('ocr')) {
    const generated = await generateBenchPages(sizes.pages + sizes.workers, 7);
    await fullOcr(generated.slice(0, sizes.pages), generated.slice(sizes.pages));
  }
  const needsLetters = !skip.has('steady') || !skip.has('burst') || !skip.has('files');
  const pool = needsLetters ? await letterFiles(quick ? 2 : 4, 'tiff') : [];
  say(`letters: ${pool.map((letter) => letter.pages).join(', ')} pages`);
  const multi = pool.filter((letter) => letter.pages > 1);
  if (!skip.has('steady')) await steady(await letterFiles(quick ? 2 : 4, 'pdf'));
  if (!skip.has('burst')) await burst(multi.length > 0 ? multi : pool);
  if (!skip.has('files')) await manyFiles(pool);
  results['peakRssMb'] = mb(peakRss);
  results['finishedAt'] = new Date().toISOString();
  await mkdir('test-results', { recursive: true });
  await writeFile(path.join('test-results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`written test-results/bench.json`);
}

main().then(() => clearInterval(rssTimer), (error: unknown) => {
  clearInterval(rssTimer);
  console.error(error);
  process.exitCode = 1;
});
