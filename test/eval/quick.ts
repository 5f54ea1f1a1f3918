// Quick evaluation of the classifier and extractors without running OCR: letters whose OCR is in
// the corpus cache (`<corpus>/.ocr-cache/`), or the labels' clean page texts (optionally with
// synthetic OCR damage). For iterating on classify/extract; `npm run eval` stays the full measure.
//
//   node test/eval/quick.ts [--corpus seeds/corpus] [--mode cache|clean|damaged] [--limit N]
//                           [--skip-rotated | --no-skip-rotated] [--failures 40] [--fields sender,subject] [--real]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../electron/services/config.ts';
import { routeItem } from '../../electron/services/routing.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { defaultModel } from '../../ocr/classify/defaultModel.ts';
import type { RecognizedPage } from '../../ocr/types.ts';
import { allLive, formatReport, receivedAtFor, score, type Expected, type Outcome } from './metrics.ts';
import { OCR_CACHE_VERSION, sha256 } from './recognition.ts';

/** Deterministic OCR-like damage: letter/digit swaps, dropped umlauts, split words (seeded). */
export function damageText(text: string, seed: number, rate = 0.02): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  const random = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 0xffffffff;
  };
  const swaps: Record<string, string[]> = {
    '0': ['O', 'o'], '1': ['l', 'I'], O: ['0'], l: ['1', 'I'], i: ['l', 'í'], e: ['c'], n: ['u', 'ri'], m: ['rn'],
    ä: ['a', 'à'], ö: ['o'], ü: ['u', 'ii'], ß: ['B', 'ss'], S: ['5'], '5': ['S'], ',': ['.'], '.': [','], c: ['e'], h: ['b'],
  };
  let out = '';
  for (const char of text) {
    const options = swaps[char];
    if (options && random() < rate) out += options[Math.floor(random() * options.length)] ?? char;
    else if (char === ' ' && random() < rate / 4) out += '';
    else out += char;
  }
  return out;
}

export function cleanPages(texts: string[], seed: number, damaged: boolean): RecognizedPage[] {
  return texts.map((text, index) => ({
    index, width: 2480, height: 3508, text: damaged ? damageText(text, seed * 31 + index) : text, words: [],
    confidence: damaged ? 0.85 : 1, source: 'text-layer', rotation: 0,
  }));
}

interface RawLabel extends Expected { pageTexts?: string[]; rotations?: number[]; tags?: string[] }

function main(): void {
  const { values } = parseArgs({
    // `--no-skip-rotated` includes the rotated letters (their OCR is cached like the others).
    allowNegative: true,
    options: {
      corpus: { type: 'string', default: 'seeds/corpus' },  // where npm run eval generates it
      mode: { type: 'string', default: 'cache' },
      limit: { type: 'string' },
      'skip-rotated': { type: 'boolean', default: true },
      failures: { type: 'string', default: '40' },
      fields: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const corpus = path.resolve(values.corpus);
  const { config } = loadConfig();
  const live = allLive(config);
  const model = defaultModel();
  let labels = readFileSync(path.join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RawLabel);
  if (values.limit) labels = labels.slice(0, Number(values.limit));
  const cacheDir = path.join(corpus, '.ocr-cache');
  const cached = new Set(existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')) : []);
  const outcomes: Outcome[] = [];
  let skippedRotated = 0;
  labels.forEach((label, i) => {
    if (values['skip-rotated'] && (label.rotations ?? []).some((r) => r !== 0)) { skippedRotated += 1; return; }
    let pages: RecognizedPage[];
    if (values.mode === 'cache') {
      const hash = sha256(readFileSync(path.join(corpus, label.file)));
      if (!cached.has(hash)) return;
      const entry = JSON.parse(readFileSync(path.join(cacheDir, `${hash}.json`), 'utf8')) as { version: string; pages: RecognizedPage[] };
      if (entry.version !== OCR_CACHE_VERSION) return;
      pages = entry.pages;
    } else {
      pages = cleanPages(label.pageTexts ?? [], i + 1, values.mode === 'damaged');
    }
    const expected: Expected = { file: label.file, documentType: label.documentType, protectionLevel: label.protectionLevel, department: label.department, fields: label.fields };
    const predicted = classifyDocument(pages, config, { receivedAt: receivedAtFor(label.fields), model });
    const route = routeItem(predicted, live);
    outcomes.push({ expected, predicted, released: route.state === 'routed' || route.state === 'discarded', source: values.mode ?? 'cache' });
  });
  const report = score(outcomes);
  console.log(formatReport(`${values.mode} ${corpus} (rotated skipped: ${skippedRotated})`, report));
  const filter = values.fields?.split(',');
  const failures = report.failures
    .map((f) => ({ ...f, problems: filter ? f.problems.filter((p) => filter.some((name) => p.startsWith(name))) : f.problems }))
    .filter((f) => f.problems.length > 0);
  const shown = Number(values.failures);
  if (shown > 0) {
    console.log(`\nfailures (${Math.min(shown, failures.length)} of ${failures.length}):`);
    for (const f of failures.slice(0, shown)) console.log(`  ${f.file} [${f.confidence.toFixed(2)}${f.released ? ', released' : ''}] ${f.problems.join('; ')}`);
  }
  const notReleased = outcomes.filter((o) => !o.released).map((o) => `${o.expected.file}:${o.expected.documentType}:${o.predicted.confidence.toFixed(2)}`);
  console.log(`\nnot released (${notReleased.length}): ${notReleased.slice(0, 60).join(' ')}`);
}

// Run only as a script, so other harnesses (heldout.ts) can import damageText/cleanPages.
if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main();
