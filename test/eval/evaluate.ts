// `npm run eval`: every letter of the generated corpus (and the real invoices) through the real
// stages — raster → OCR (tesseract pool) → classify+extract → route — scored against the labels.
// Prints the summary and writes test-results/eval.json.
//
//   node test/eval/evaluate.ts [--corpus seeds/corpus] [--workers 2] [--limit N] [--no-real] [--builtin-model]
//
// The corpus is generated when missing (seed 1, 300 letters). The shipped base model is trained on
// a corpus with a different seed (see ocr/classify/buildBaseModel.ts), never on this one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { z } from 'zod';
import type { Config } from '../../electron/contract/config.ts';
import { DocumentTypeSchema, FieldsSchema, maxProtection, ProtectionLevelSchema, type Classification } from '../../electron/contract/domain.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { routeItem } from '../../electron/services/routing.ts';
import { classifyDocument, trainModel, type TrainedModel } from '../../ocr/classify/index.ts';
import { defaultModel } from '../../ocr/classify/defaultModel.ts';
import { BUILTIN_EXAMPLES } from '../../ocr/classify/trainingExamples.ts';
import { openPdf } from '../../ocr/engines/pdf.ts';
import { createOcrPool } from '../../ocr/engines/tesseract.ts';
import { UnreadableInputError, type RasterPage, type RecognizedPage } from '../../ocr/types.ts';
import { allLive, formatReport, receivedAtFor, score, type Expected, type Outcome, type Report } from './metrics.ts';
import { cachedRecognizer, sha256 } from './recognition.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL_SEED = 1;
const EVAL_COUNT = 300;
const MIN_LETTERS = 250;
const REAL_INVOICES = '/work/shared/corpus/real-invoices';

export const LabelLineSchema = z.object({
  file: z.string(),
  documentType: DocumentTypeSchema,
  protectionLevel: ProtectionLevelSchema,
  department: z.string().nullable(),
  fields: FieldsSchema,
  pages: z.number().int(),
  pageTexts: z.array(z.string()).default([]),
  format: z.string().optional(),
  noise: z.string().optional(),
  tags: z.array(z.string()).default([]),
});
export type LabelLine = z.infer<typeof LabelLineSchema>;

export function readLabels(corpusDir: string): LabelLine[] {
  const file = path.join(corpusDir, 'labels.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => LabelLineSchema.parse(JSON.parse(line)));
}

function ensureCorpus(corpusDir: string): LabelLine[] {
  const labels = readLabels(corpusDir);
  if (labels.length >= MIN_LETTERS) return labels;
  console.error(`generating the evaluation corpus in ${corpusDir} (seed ${EVAL_SEED}, ${EVAL_COUNT} letters) …`);
  execFileSync(process.execPath, [path.join(ROOT, 'seeds/generator/cli.ts'), 'corpus', '--out', corpusDir, '--count', String(EVAL_COUNT), '--seed', String(EVAL_SEED)], { stdio: 'inherit' });
  return readLabels(corpusDir);
}

/**
 * What the pipeline ends with (electron/services/pipeline.ts): type and department decided on page 1
 * and kept; after the later pages, missing fields are filled and the protection level may only rise.
 */
function asThePipelineDecides(pages: RecognizedPage[], config: Config, options: { receivedAt: Date; model: TrainedModel }): Classification {
  const first = classifyDocument(pages.slice(0, 1), config, options);
  if (pages.length === 1) return first;
  const full = classifyDocument(pages, config, options);
  return {
    ...first,
    fields: { ...full.fields, ...first.fields },
    protectionLevel: maxProtection(first.protectionLevel, full.protectionLevel),
    mightBeVeryHigh: first.mightBeVeryHigh || full.mightBeVeryHigh,
  };
}

function outcome(expected: Expected, pages: RecognizedPage[], config: Config, live: Config, model: TrainedModel, source: string): Outcome {
  const predicted = asThePipelineDecides(pages, config, { receivedAt: receivedAtFor(expected.fields), model });
  const route = routeItem(predicted, live);
  return { expected, predicted, released: route.state === 'routed' || route.state === 'discarded', source };
}

// ---- real invoices -------------------------------------------------------------------------------

const GroundTruthSchema = z.object({
  ground_truth: z.object({
    issue_date: z.string().nullable().optional(),
    due_payable: z.string().nullable().optional(),
    grand_total: z.string().nullable().optional(),
    currency: z.string().nullable().optional(),
    // A list where the invoice names several payee accounts (any one of them is a right answer; we score the first).
    iban_payee: z.union([z.string(), z.array(z.string())]).nullable().optional(),
    due_date: z.string().nullable().optional(),
    seller_name: z.string().nullable().optional(),
  }),
});

function isoOf(compact: string | null | undefined): string | undefined {
  if (!compact) return undefined;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(compact.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

async function realInvoiceLabels(): Promise<Expected[]> {
  if (!existsSync(REAL_INVOICES)) return [];
  const names = (await readdir(REAL_INVOICES)).filter((f) => f.endsWith('.pdf')).sort();
  const result: Expected[] = [];
  for (const name of names) {
    const truth = GroundTruthSchema.parse(JSON.parse(await readFile(path.join(REAL_INVOICES, name.replace(/\.pdf$/, '.json')), 'utf8'))).ground_truth;
    const amount = truth.due_payable ?? truth.grand_total;
    const fields: Expected['fields'] = {};
    const letterDate = isoOf(truth.issue_date);
    if (letterDate) fields.letterDate = letterDate;
    if (amount) fields.amount = Number(amount);
    if (truth.currency) fields.currency = truth.currency;
    const iban = Array.isArray(truth.iban_payee) ? truth.iban_payee[0] : truth.iban_payee;
    if (iban) fields.iban = iban.replace(/\s/g, '').toUpperCase();
    const due = isoOf(truth.due_date);
    if (due) fields.dueDate = due;
    if (truth.seller_name) fields.sender = truth.seller_name;
    // The XML answers name no subject or file reference, and leave out a due date or an IBAN the
    // printed invoice may still show ("netto bis …"): only what they state is scored.
    const scoredFields = (['sender', 'letterDate', 'iban', 'amount', 'currency', 'dueDate'] as const).filter((name) => fields[name] !== undefined);
    result.push({ file: name, documentType: 'invoice', protectionLevel: 'normal', department: '1.40', fields, scoredFields });
  }
  return result;
}

/** A cheap scan imitation: 300 dpi, slight skew, blur, grain and a grey cast (seeded per page). */
async function scannedPages(pdfBytes: Buffer, seed: number): Promise<RasterPage[]> {
  const pdf = await openPdf(pdfBytes);
  try {
    const pages: RasterPage[] = [];
    for (let index = 0; index < pdf.pageCount; index++) {
      const rendered = await pdf.renderGreyscale(index, 300);
      const { data, info } = await sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 1 } })
        .rotate(((seed + index) % 2 === 0 ? 1 : -1) * 0.6, { background: '#ffffff' })
        .blur(0.7).greyscale().raw().toBuffer({ resolveWithObject: true });
      let state = (seed * 7919 + index * 104729) >>> 0;
      const random = () => {
        // xorshift32: deterministic grain, the same image on every run (and so the same cache key).
        state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
        return state / 0xffffffff;
      };
      for (let i = 0; i < data.length; i++) {
        const grain = (random() + random() + random() - 1.5) * 40;
        data[i] = Math.max(0, Math.min(255, Math.round((data[i] ?? 255) * 0.92 + 8 + grain)));
      }
      pages.push({ index, width: info.width, height: info.height, dpi: 300, pixels: data });
    }
    return pages;
  } finally {
    await pdf.close();
  }
}

// ---- main ----------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: path.join(ROOT, 'seeds/corpus') },
      workers: { type: 'string', default: '2' },
      limit: { type: 'string' },
      'no-real': { type: 'boolean', default: false },
      'builtin-model': { type: 'boolean', default: false },
      failures: { type: 'string', default: '25' },
    },
  });
  const corpusDir = path.resolve(values.corpus);
  const { config } = loadConfig();
  const live = allLive(config);
  // --builtin-model: only the hand-written examples, no generated letters at all: a check of how
  // much the results lean on the generator's wording (a proxy for the independent held-out set).
  const model = values['builtin-model'] ? trainModel(BUILTIN_EXAMPLES) : defaultModel();
  let labels = ensureCorpus(corpusDir);
  if (values.limit) labels = labels.slice(0, Number(values.limit));
  if (labels.length < MIN_LETTERS && !values.limit) console.error(`warning: only ${labels.length} letters in ${corpusDir}`);

  const pool = await createOcrPool({ workers: Number(values.workers), languages: config.ocr.languages });
  const recognizer = cachedRecognizer(pool, path.join(corpusDir, '.ocr-cache'));
  const limit = pLimit(Math.max(2, pool.size + 1));
  const started = Date.now();
  let done = 0;
  try {
    const quarantined: { file: string; reason: string }[] = [];
    const corpusOutcomes = await Promise.all(labels.map((label) => limit(async () => {
      let pages: RecognizedPage[];
      try {
        pages = await recognizer.recognizeFile(await readFile(path.join(corpusDir, label.file)));
      } catch (error) {
        if (!(error instanceof UnreadableInputError)) throw error;
        // The pipeline quarantines such a file: nobody classified it, a person looks at it.
        quarantined.push({ file: label.file, reason: error.message });
        pages = [];
      }
      done += 1;
      if (done % 25 === 0) console.error(`${done}/${labels.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      return outcome(label, pages, config, live, model, 'corpus');
    })));

    const realText: Outcome[] = [];
    const realOcr: Outcome[] = [];
    if (!values['no-real']) {
      const invoices = await realInvoiceLabels();
      await Promise.all(invoices.map((expected, i) => limit(async () => {
        const bytes = await readFile(path.join(REAL_INVOICES, expected.file));
        realText.push(outcome(expected, await recognizer.recognizeFile(bytes), config, live, model, 'real-text'));
        const scanned = await recognizer.recognizeImages(`${sha256(bytes)}-scan${i}`, () => scannedPages(bytes, i + 1));
        realOcr.push(outcome(expected, scanned, config, live, model, 'real-ocr'));
      })));
    }

    const reports: Record<string, Report> = { corpus: score(corpusOutcomes) };
    if (realText.length) reports['realInvoicesTextLayer'] = score(realText);
    if (realOcr.length) reports['realInvoicesOcr'] = score(realOcr);

    const shownFailures = Number(values.failures);
    const corpusReport = reports['corpus']!;
    console.log(formatReport(`corpus ${path.relative(ROOT, corpusDir)}`, corpusReport));
    if (quarantined.length > 0) console.log(`quarantined (unreadable, scored as wrong): ${quarantined.map((q) => `${q.file}: ${q.reason}`).join('; ')}`);
    if (shownFailures > 0 && corpusReport.failures.length > 0) {
      console.log(`\nfailures (first ${shownFailures} of ${corpusReport.failures.length}):`);
      for (const f of corpusReport.failures.slice(0, shownFailures)) console.log(`  ${f.file} [${f.confidence.toFixed(2)}${f.released ? ', released' : ''}] ${f.problems.join('; ')}`);
    }
    for (const key of ['realInvoicesTextLayer', 'realInvoicesOcr'] as const) {
      const report = reports[key];
      if (!report) continue;
      console.log(`\n${formatReport(key === 'realInvoicesTextLayer' ? 'real invoices, text layer' : 'real invoices, rendered + noise + OCR', report, { confusion: false })}`);
      for (const f of report.failures) console.log(`  ${f.file} ${f.problems.join('; ')}`);
    }

    const targets = {
      type: corpusReport.type.rate >= 0.97,
      department: corpusReport.department.rate >= 0.98,
      veryHighNeverLower: corpusReport.veryHighClassifiedLower.length === 0,
      everyField: Object.values(corpusReport.fields).every((f) => f.rate >= 0.95),
      releasedWithoutReview: corpusReport.released.rate >= 0.8,
    };
    console.log(`\ntargets: ${Object.entries(targets).map(([k, ok]) => `${k} ${ok ? 'met' : 'NOT met'}`).join(', ')}`);
    console.log(`OCR cache: ${recognizer.stats.hits} hits, ${recognizer.stats.misses} misses; ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const outDir = path.join(ROOT, 'test-results');
    await mkdir(outDir, { recursive: true });
    const json = {
      generatedAt: new Date().toISOString(),
      corpus: path.relative(ROOT, corpusDir),
      model: values['builtin-model'] ? 'builtin examples only' : 'shipped default',
      threshold: config.routing.confidenceThreshold,
      targets,
      quarantined,
      reports,
      items: corpusOutcomes.map((o) => ({
        file: o.expected.file, expected: o.expected, documentType: o.predicted.documentType, department: o.predicted.department,
        protectionLevel: o.predicted.protectionLevel, confidence: o.predicted.confidence, released: o.released, fields: o.predicted.fields,
      })),
    };
    await writeFile(path.join(outDir, 'eval.json'), `${JSON.stringify(json, null, 1)}\n`);
    console.log(`written ${path.relative(ROOT, path.join(outDir, 'eval.json'))}`);
    return 0;
  } finally {
    // After a failure, queued letters must not start on a closed pool.
    limit.clearQueue();
    await pool.close();
  }
}

// Exit explicitly: after a failure, letters already in flight may still hold OCR worker threads.
main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
