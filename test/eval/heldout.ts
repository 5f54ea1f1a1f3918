// Held-out evaluation: letters written independently of the corpus generator and the classifier
// (seeds/heldout/, see its README), run through the real classifier, extractors and routing the
// same way test/eval/quick.ts does for clean text, scored with metrics.ts.
//
//   node test/eval/heldout.ts [--mode clean|damaged] [--split dev|test|all] [--failures N]
//
// The dev split (001–032) may be looked at when fixing general causes; the test split (033–064)
// is only reported. With --split all both are reported separately (and together).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../electron/services/config.ts';
import { routeItem } from '../../electron/services/routing.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { defaultModel } from '../../ocr/classify/defaultModel.ts';
import { allLive, formatReport, receivedAtFor, score, type Expected, type Outcome } from './metrics.ts';
import { cleanPages } from './quick.ts';

const ROOT = path.resolve(import.meta.dirname, '../../seeds/heldout');

interface HeldoutLabel extends Expected { split: 'dev' | 'test' }

/** Pages are separated by a line holding only a form feed (or the two characters `\f`). */
export function splitPages(text: string): string[] {
  return text.split(/\r?\n[ \t]*(?:\f|\\f)[ \t]*\r?\n/).map((page) => page.replace(/^\f/, '').trim());
}

export function loadHeldout(root = ROOT): { label: HeldoutLabel; pages: string[] }[] {
  const labels = JSON.parse(readFileSync(path.join(root, 'labels.json'), 'utf8')) as HeldoutLabel[];
  return labels.map((label) => ({ label, pages: splitPages(readFileSync(path.join(root, 'letters', label.file), 'utf8')) }));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'clean' },
      split: { type: 'string', default: 'all' },
      failures: { type: 'string', default: '20' },
    },
  });
  const mode = values.mode === 'damaged' ? 'damaged' : 'clean';
  if (values.mode !== mode) throw new Error(`--mode must be clean or damaged, not ${values.mode}`);
  const splits = values.split === 'all' ? ['dev', 'test'] : [values.split];
  if (!splits.every((s) => s === 'dev' || s === 'test')) throw new Error(`--split must be dev, test or all, not ${values.split}`);
  const { config } = loadConfig();
  const live = allLive(config);
  const model = defaultModel();
  const letters = loadHeldout();
  const outcomesBySplit: Record<string, Outcome[]> = { dev: [], test: [] };
  for (const { label, pages } of letters) {
    if (!splits.includes(label.split)) continue;
    const seed = Number.parseInt(label.file, 10);
    const recognized = cleanPages(pages, seed, mode === 'damaged');
    const expected: Expected = { file: label.file, documentType: label.documentType, protectionLevel: label.protectionLevel, department: label.department, fields: label.fields };
    const predicted = classifyDocument(recognized, config, { receivedAt: receivedAtFor(label.fields), model });
    const route = routeItem(predicted, live);
    outcomesBySplit[label.split]!.push({ expected, predicted, released: route.state === 'routed' || route.state === 'discarded', source: `heldout-${mode}` });
  }
  const shown = Number(values.failures);
  for (const split of splits) {
    const outcomes = outcomesBySplit[split]!;
    const report = score(outcomes);
    console.log(formatReport(`held-out ${split} (${mode})`, report));
    if (shown > 0) {
      console.log(`\nfailures ${split} (${Math.min(shown, report.failures.length)} of ${report.failures.length}):`);
      for (const f of report.failures.slice(0, shown)) console.log(`  ${f.file} [${f.confidence.toFixed(2)}${f.released ? ', released' : ''}] ${f.problems.join('; ')}`);
    }
    const notReleased = outcomes.filter((o) => !o.released).map((o) => `${o.expected.file}:${o.expected.documentType}:${o.predicted.confidence.toFixed(2)}`);
    console.log(`\nnot released ${split} (${notReleased.length}): ${notReleased.join(' ')}\n`);
  }
  if (splits.length > 1) {
    const all = score([...outcomesBySplit.dev!, ...outcomesBySplit.test!]);
    const pct = (r: { correct: number; total: number; rate: number }) => `${(r.rate * 100).toFixed(1)} % (${r.correct}/${r.total})`;
    console.log(`== held-out all (${mode}): ${all.letters} letters: type ${pct(all.type)}, department ${pct(all.department)}, protection ${pct(all.protection)}, released ${pct(all.released)} (wrong among released ${all.released.wrongAmongReleased}), very-high classified lower ${all.veryHighClassifiedLower.length}`);
  }
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main();
