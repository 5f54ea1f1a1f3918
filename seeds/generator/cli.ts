// Command line: node seeds/generator/cli.ts corpus|samples|bench [--out DIR] [--count N] [--seed S]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateCorpus, generateSamples, writeBenchPages } from './corpus.ts';

const USAGE = `usage:
  node seeds/generator/cli.ts corpus  [--out seeds/corpus] [--count 300] [--seed 1] [--concurrency 2]
  node seeds/generator/cli.ts samples [--out seeds/samples]
  node seeds/generator/cli.ts bench   [--out seeds/corpus/bench] [--count 20] [--seed 7]
  node seeds/generator/cli.ts corpus --bench ...   (same as bench)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: { out: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' }, concurrency: { type: 'string' }, bench: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const command = values.bench ? 'bench' : positionals[0];
  const int = (v: string | undefined, fallback: number): number => {
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
    return n;
  };
  const started = Date.now();
  if (command === 'corpus') {
    const out = values.out ?? 'seeds/corpus';
    const count = int(values.count, 300);
    const lines = await generateCorpus({
      out, count, seed: int(values.seed, 1), concurrency: int(values.concurrency, 2),
      onProgress: (done, total) => { if (done % 25 === 0 || done === total) process.stderr.write(`${done}/${total}\n`); },
    });
    const pages = lines.reduce((s, l) => s + l.pages, 0);
    console.log(`${lines.length} letters, ${pages} pages in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  if (command === 'samples') {
    const out = values.out ?? fileURLToPath(new URL('../samples', import.meta.url));
    const expected = await generateSamples(out);
    console.log(`${Object.keys(expected).length} samples in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  if (command === 'bench') {
    const out = values.out ?? 'seeds/corpus/bench';
    await writeBenchPages(out, int(values.count, 20), int(values.seed, 7));
    console.log(`bench pages in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  console.error(USAGE);
  return values.help ? 0 : 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
