// Corpus, samples and bench pages: many letters written to a folder with labels.jsonl, the
// committed seeds/samples with expected.json, and single-page letters with known text.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_TYPES, type DocumentType } from '../../electron/contract/domain.ts';
import type { GeneratedLetter, OutputFormat, ScanPlan } from './model.ts';
import { generateLetter } from './letter.ts';
import { createRng, hashSeed } from './prng.ts';
import { encodeLetter, encodePng, EXTENSIONS } from './output.ts';
import { scanPage } from './scan.ts';

export interface LabelLine {
  file: string;
  documentType: DocumentType;
  protectionLevel: GeneratedLetter['labels']['protectionLevel'];
  department: string | null;
  fields: GeneratedLetter['labels']['fields'];
  pages: number;
  pageTexts: string[];
  /** Not part of the brief's minimum: how the file was made, for slicing results. */
  format: OutputFormat;
  rotations: number[];
  noise: ScanPlan['noise'];
  tags: string[];
  seed: number;
}

export function labelLine(file: string, letter: GeneratedLetter): LabelLine {
  return {
    file, ...letter.labels, pages: letter.pages.length, pageTexts: letter.pageTexts,
    format: letter.plan.format, rotations: letter.plan.rotations, noise: letter.plan.noise, tags: letter.tags, seed: letter.seed,
  };
}

/** Every type once in the first 16 letters, then a mailroom-like mix with more invoices. */
export function corpusType(seed: number, index: number): DocumentType {
  if (index < DOCUMENT_TYPES.length) return DOCUMENT_TYPES[index] as DocumentType;
  const rng = createRng(hashSeed(seed, 'type', index));
  return rng.weighted(DOCUMENT_TYPES.map((t) => [t, t === 'invoice' ? 4 : t === 'reminder' ? 2 : t === 'advertising' ? 1.5 : 1] as const));
}

async function pool<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  });
  await Promise.all(runners);
  return results;
}

export interface CorpusOptions {
  out: string;
  count: number;
  seed: number;
  /** Letters rendered at the same time; sharp itself uses the cores per operation. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function generateCorpus(opts: CorpusOptions): Promise<LabelLine[]> {
  await mkdir(opts.out, { recursive: true });
  let done = 0;
  const lines = await pool(opts.count, opts.concurrency ?? 2, async (i) => {
    const letter = generateLetter(hashSeed(opts.seed, 'letter', i), corpusType(opts.seed, i));
    // File names carry no label: the system under test must not read the answer from them.
    const file = `scan-${String(i + 1).padStart(4, '0')}.${EXTENSIONS[letter.plan.format]}`;
    await writeFile(join(opts.out, file), await encodeLetter(letter));
    opts.onProgress?.(++done, opts.count);
    return labelLine(file, letter);
  });
  await writeFile(join(opts.out, 'labels.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return lines;
}

/** The committed samples: several types and every format, small enough for the repository. */
export const SAMPLE_SPECS: ReadonlyArray<{ name: string; type: DocumentType; format: OutputFormat; pages: 'one' | 'many' }> = [
  { name: 'rechnung', type: 'invoice', format: 'jpeg', pages: 'one' },
  { name: 'mahnung', type: 'reminder', format: 'png', pages: 'one' },
  { name: 'widerspruch', type: 'objection', format: 'pdf-scan', pages: 'one' },
  { name: 'bewerbung', type: 'job-application', format: 'tiff', pages: 'many' },
  { name: 'gerichtspost', type: 'court', format: 'pdf-text', pages: 'one' },
  { name: 'bussgeld', type: 'fine', format: 'jpeg', pages: 'one' },
  { name: 'sozialdaten', type: 'social', format: 'tiff', pages: 'one' },
  { name: 'bauantrag', type: 'building', format: 'pdf-scan', pages: 'one' },
  { name: 'angebot', type: 'offer', format: 'pdf-text', pages: 'one' },
  { name: 'werbung', type: 'advertising', format: 'png', pages: 'one' },
];

function findLetter(type: DocumentType, format: OutputFormat, pages: 'one' | 'many', base: number): GeneratedLetter {
  for (let k = 0; k < 500; k++) {
    const letter = generateLetter(hashSeed(base, type, k), type, { format });
    if ((pages === 'one') === (letter.pages.length === 1)) return letter;
  }
  throw new Error(`no ${pages}-page ${type} letter found`);
}

/** Samples are kept small: light noise, moderate JPEG quality, bilevel TIFF, no turned pages. */
export function sampleLetters(seed = 2024): Array<{ file: string; letter: GeneratedLetter }> {
  return SAMPLE_SPECS.map((spec) => {
    const letter = findLetter(spec.type, spec.format, spec.pages, seed);
    const n = letter.pages.length;
    const small: ScanPlan = {
      // PNG keeps every noise pixel, so the PNG samples are skewed but otherwise clean.
      ...letter.plan, noise: spec.format === 'pdf-text' || spec.format === 'png' ? 'clean' : 'light', rotations: new Array<number>(n).fill(0),
      skew: letter.plan.skew.map((s) => s / 2), bilevel: spec.format === 'tiff', jpegQuality: 45, pngPalette: true,
    };
    return { file: `${spec.name}.${EXTENSIONS[spec.format]}`, letter: { ...letter, plan: small } };
  });
}

export async function generateSamples(out: string, seed = 2024): Promise<Record<string, Omit<LabelLine, 'file'>>> {
  await mkdir(out, { recursive: true });
  const expected: Record<string, Omit<LabelLine, 'file'>> = {};
  for (const { file, letter } of sampleLetters(seed)) {
    await writeFile(join(out, file), await encodeLetter(letter));
    const { file: _file, ...rest } = labelLine(file, letter);
    expected[file] = rest;
  }
  await writeFile(join(out, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  return expected;
}

export interface BenchPage { name: string; png: Buffer; text: string; letter: GeneratedLetter }

/** N single-page letters as PNG with their exact text: fixed input for OCR speed and accuracy. */
export async function generateBenchPages(count: number, seed = 7, noise: ScanPlan['noise'] = 'normal'): Promise<BenchPage[]> {
  const result: BenchPage[] = [];
  for (let i = 0; result.length < count && i < count * 20; i++) {
    const letter = generateLetter(hashSeed(seed, 'bench', i), DOCUMENT_TYPES[i % DOCUMENT_TYPES.length], { format: 'png' });
    if (letter.pages.length !== 1 || !letter.pages[0]) continue;
    const plan: ScanPlan = { ...letter.plan, noise, rotations: [0] };
    const page = await scanPage(letter.pages[0], plan, 0, letter.seed);
    result.push({ name: `bench-${String(result.length + 1).padStart(3, '0')}.png`, png: await encodePng(page), text: letter.pageTexts[0] ?? '', letter: { ...letter, plan } });
  }
  return result;
}

export async function writeBenchPages(out: string, count: number, seed = 7): Promise<void> {
  await mkdir(out, { recursive: true });
  const pages = await generateBenchPages(count, seed);
  for (const p of pages) await writeFile(join(out, p.name), p.png);
  await writeFile(join(out, 'labels.jsonl'), pages.map((p) => JSON.stringify(labelLine(p.name, p.letter))).join('\n') + '\n');
}
