// Learning from the mailroom's corrections (issue 3, item 6).
//
// 1. A correction in verification becomes a labelled example (`recordCorrectionExample`). Mail that
//    is, or might be, very-high (§35 SGB I, §30 AO: need-to-know) keeps no text: only the set of
//    its features that also occur in the shipped base examples (generic words and word pieces,
//    never names, addresses or numbers unique to the letter), each as a keyed hash (HMAC-SHA256;
//    the key is a file next to the database, not in it). Order and counts are dropped.
// 2. When enough new examples exist, a candidate model is trained on base + corrections and
//    compared with the model in use on held-back examples no model ever trains on: a fixed
//    stratified fifth of the base letters (trusted labels: the anchor against mislabelled
//    corrections) and every fourth correction of each type. It is adopted only when `isNotWorse`
//    holds on the anchor and on all held-back examples. Every attempt is a row in
//    learning_models and an audit event.
// 3. The pipeline asks `activeModel()` for each letter; undefined means the shipped default.
//
// Training runs on the main thread, deferred and one at a time: a few hundred letters take
// about a second. Move it to a worker thread when the example count grows into the thousands.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DocumentTypeSchema, type DocumentType, type ProtectionLevel } from '../contract/domain.ts';
import type { Item } from '../contract/items.ts';
import { loadBaseExamples, type BaseExamples } from '../../ocr/classify/baseExamples.ts';
import {
  evaluateModel, features, isNotWorse, trainModel,
  type Evaluation, type FeatureExample, type LabelledExample, type TrainedModel, type TrainingExample,
} from '../../ocr/classify/model.ts';
import { appendEvent } from './store/audit.ts';
import type { Db } from './store/db.ts';
import { silentLogger, type Logger } from './log.ts';

/** Retrain once this many examples arrived since the last attempt. */
export const DEFAULT_MIN_NEW_EXAMPLES = 20;
/** Every n-th correction of a type is held back for comparisons. */
const HOLD_BACK_EVERY = 4;
/** Retired models whose JSON is kept (for a manual roll-back); older ones are pruned. */
const KEEP_RETIRED_MODELS = 2;

// ---- the key ------------------------------------------------------------------------------------

const memoryKeys = new WeakMap<Db, Buffer>();

/** The HMAC key: `learning.key` next to the database file (created on first use, owner-only);
 *  an in-memory database (tests) gets a random key for its lifetime. */
export function learningKey(db: Db): Buffer {
  if (db.memory || !db.name || db.name === ':memory:') {
    let key = memoryKeys.get(db);
    if (!key) {
      key = randomBytes(32);
      memoryKeys.set(db, key);
    }
    return key;
  }
  const file = path.join(path.dirname(db.name), 'learning.key');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new Error(`${file}: learning key too short`);
  return key;
}

/** Names a key without revealing it: examples hashed with another key cannot be used. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('epost-learning-key-id\0').update(key).digest('hex').slice(0, 12);
}

function hashFeature(key: Buffer, feature: string): string {
  return createHmac('sha256', key).update(feature).digest('hex').slice(0, 16);
}

// ---- the public vocabulary ----------------------------------------------------------------------

const vocabularies = new WeakMap<BaseExamples, Set<string>>();
const baseModels = new WeakMap<BaseExamples, TrainedModel>();

function baseModel(base: BaseExamples): TrainedModel {
  let model = baseModels.get(base);
  if (!model) {
    model = trainModel(base.train);
    baseModels.set(base, model);
  }
  return model;
}

/** The features the base model knows: generic words and pieces of words seen in several base letters. */
export function publicVocabulary(base: BaseExamples): Set<string> {
  let vocabulary = vocabularies.get(base);
  if (!vocabulary) {
    const model = baseModel(base);
    vocabulary = new Set(model.classes.flatMap((type) => Object.keys(model.logLikelihoods[type] ?? {})));
    vocabularies.set(base, vocabulary);
  }
  return vocabulary;
}

let sharedBase: BaseExamples | undefined;
function defaultBase(): BaseExamples {
  sharedBase ??= loadBaseExamples();
  return sharedBase;
}

// ---- examples -----------------------------------------------------------------------------------

export interface ExampleOptions {
  key?: Buffer;
  base?: BaseExamples;
  at?: string;
  actor?: string;
}

export interface StoredExample {
  id: number;
  itemId: string | null;
  documentType: DocumentType;
  protectionLevel: ProtectionLevel;
  department: string | null;
  representation: 'text' | 'hashed-features';
  text: string | null;
  features: string[] | null;
  keyId: string | null;
  heldBack: boolean;
}

const ExampleRowSchema = z.object({
  id: z.number().int(),
  item_id: z.string().nullable(),
  document_type: DocumentTypeSchema,
  protection_level: z.enum(['normal', 'high', 'very-high']),
  department: z.string().nullable(),
  representation: z.enum(['text', 'hashed-features']),
  text: z.string().nullable(),
  features: z.string().nullable(),
  key_id: z.string().nullable(),
  held_back: z.number().int(),
});

function toExample(row: unknown): StoredExample {
  const r = ExampleRowSchema.parse(row);
  return {
    id: r.id, itemId: r.item_id, documentType: r.document_type, protectionLevel: r.protection_level, department: r.department,
    representation: r.representation, text: r.text, features: r.features ? z.array(z.string()).parse(JSON.parse(r.features)) : null,
    keyId: r.key_id, heldBack: r.held_back === 1,
  };
}

export function listExamples(db: Db): StoredExample[] {
  return db.prepare('SELECT * FROM learning_examples ORDER BY id').all().map(toExample);
}

/** True when the item's text must not be kept: very-high before or after the correction, or possibly very-high. */
export function keepsNoText(item: Pick<Item, 'protectionLevel' | 'mightBeVeryHigh'>, corrected: Pick<Item, 'protectionLevel'>): boolean {
  return item.protectionLevel === 'very-high' || corrected.protectionLevel === 'very-high' || item.mightBeVeryHigh;
}

export type CorrectedValues = Pick<Item, 'documentType' | 'protectionLevel' | 'department'>;

/**
 * Stores the item as a labelled example (the values after the correction are the label). Called
 * after `saveCorrection`; a later correction of the same item replaces its example. Returns
 * undefined when there is nothing to learn from (no type, or no text).
 */
/** What an example keeps instead of text: the sorted keyed hashes of its public-vocabulary features. */
function hashedFeaturesOf(text: string, key: Buffer, base: BaseExamples): string {
  const vocabulary = publicVocabulary(base);
  const kept = [...new Set(features(text))].filter((f) => vocabulary.has(f));
  // Sorted hashes: neither the order of the words nor how often they occur survives.
  return JSON.stringify(kept.map((f) => hashFeature(key, f)).sort());
}

/**
 * Retention: once an item's content is deleted, its example keeps no text either — only the hashed
 * features very-high mail keeps — so the label still teaches the model. Returns true if it changed one.
 */
export function forgetExampleText(db: Db, itemId: string, options: Pick<ExampleOptions, 'key' | 'base'> = {}): boolean {
  const row = db.prepare(`SELECT id, text FROM learning_examples WHERE item_id = ? AND representation = 'text'`).get(itemId) as { id: number; text: string } | undefined;
  if (!row) return false;
  const key = options.key ?? learningKey(db);
  db.prepare(`UPDATE learning_examples SET representation = 'hashed-features', text = NULL, features = ?, key_id = ? WHERE id = ?`)
    .run(hashedFeaturesOf(row.text, key, options.base ?? defaultBase()), keyId(key), row.id);
  return true;
}

export function recordCorrectionExample(db: Db, item: Item, corrected: CorrectedValues, options: ExampleOptions = {}): StoredExample | undefined {
  const documentType = corrected.documentType;
  if (!documentType || !item.text.trim()) return undefined;
  const protectionLevel: ProtectionLevel = corrected.protectionLevel ?? item.protectionLevel ?? 'normal';
  const hashed = keepsNoText(item, corrected);
  let text: string | null = null;
  let hashedFeatures: string | null = null;
  let usedKeyId: string | null = null;
  if (hashed) {
    const key = options.key ?? learningKey(db);
    hashedFeatures = hashedFeaturesOf(item.text, key, options.base ?? defaultBase());
    usedKeyId = keyId(key);
  } else {
    text = item.text;
  }
  const at = options.at ?? new Date().toISOString();
  const actor = options.actor ?? 'mailroom';
  return db.transaction(() => {
    const existing = db.prepare('SELECT id, held_back FROM learning_examples WHERE item_id = ?').get(item.id) as { id: number; held_back: number } | undefined;
    const values = {
      itemId: item.id, at, actor, documentType, protectionLevel, department: corrected.department ?? null,
      representation: hashed ? 'hashed-features' : 'text', text, features: hashedFeatures, keyId: usedKeyId,
    };
    if (existing) {
      // The hold-back assignment never changes: a held-back example must never become training data.
      db.prepare(`UPDATE learning_examples SET created_at = @at, actor = @actor, document_type = @documentType,
          protection_level = @protectionLevel, department = @department, representation = @representation,
          text = @text, features = @features, key_id = @keyId WHERE id = @id`).run({ ...values, id: existing.id });
      return toExample(db.prepare('SELECT * FROM learning_examples WHERE id = ?').get(existing.id));
    }
    const sameType = (db.prepare('SELECT COUNT(*) AS n FROM learning_examples WHERE document_type = ?').get(documentType) as { n: number }).n;
    const heldBack = sameType % HOLD_BACK_EVERY === HOLD_BACK_EVERY - 1 ? 1 : 0;
    const result = db.prepare(`INSERT INTO learning_examples (item_id, created_at, actor, document_type, protection_level, department,
        representation, text, features, key_id, held_back)
      VALUES (@itemId, @at, @actor, @documentType, @protectionLevel, @department, @representation, @text, @features, @keyId, @heldBack)`)
      .run({ ...values, heldBack });
    return toExample(db.prepare('SELECT * FROM learning_examples WHERE id = ?').get(result.lastInsertRowid));
  })();
}

/** Examples as the model sees them; hashed ones are mapped back onto the public vocabulary. */
function asLabelled(examples: StoredExample[], key: Buffer, base: BaseExamples, log: Logger): LabelledExample[] {
  const id = keyId(key);
  let unhash: Map<string, string> | undefined;
  const result: LabelledExample[] = [];
  for (const example of examples) {
    if (example.text !== null) {
      result.push({ text: example.text, documentType: example.documentType } satisfies TrainingExample);
      continue;
    }
    if (example.keyId !== id) {
      log('warn', 'learning example hashed with another key: skipped', { example: example.id });
      continue;
    }
    unhash ??= new Map([...publicVocabulary(base)].map((f) => [hashFeature(key, f), f]));
    const feats = (example.features ?? []).flatMap((h) => {
      const f = unhash?.get(h);
      return f ? [f] : [];
    });
    result.push({ features: feats, documentType: example.documentType } satisfies FeatureExample);
  }
  return result;
}

// ---- models -------------------------------------------------------------------------------------

const TrainedModelSchema = z.object({
  kind: z.literal('naive-bayes'),
  version: z.literal(1),
  classes: z.array(DocumentTypeSchema),
  logPriors: z.record(z.string(), z.number()),
  logLikelihoods: z.record(z.string(), z.record(z.string(), z.number())),
  logUnseen: z.record(z.string(), z.number()),
  vocabularySize: z.number().int(),
  trainedOn: z.number().int(),
});

export interface StoredModel {
  id: number;
  createdAt: string;
  status: 'active' | 'retired' | 'rejected';
  trainedOn: number;
  heldBack: number;
  metrics: RetrainMetrics;
  reasons: string[];
}

export interface RetrainMetrics {
  candidate: Summary;
  current: Summary;
  /** The same on the base letters held back only (trusted labels). */
  candidateOnBase: Summary;
  currentOnBase: Summary;
}

interface Summary { accuracy: number; macroF1: number; recall: Record<string, number> }

function summary(evaluation: Evaluation): Summary {
  return {
    accuracy: round(evaluation.accuracy),
    macroF1: round(evaluation.macroF1),
    recall: Object.fromEntries(Object.entries(evaluation.perType).map(([type, s]) => [type, round(s.recall)])),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The adopted model, or undefined while the shipped default is in use. */
export function loadActiveModel(db: Db): TrainedModel | undefined {
  const row = db.prepare(`SELECT model FROM learning_models WHERE status = 'active'`).get() as { model: string } | undefined;
  return row ? TrainedModelSchema.parse(JSON.parse(row.model)) : undefined;
}

export function listModels(db: Db): StoredModel[] {
  const rows = db.prepare('SELECT id, created_at, status, trained_on, held_back, metrics, reasons FROM learning_models ORDER BY id').all() as {
    id: number; created_at: string; status: StoredModel['status']; trained_on: number; held_back: number; metrics: string; reasons: string;
  }[];
  return rows.map((r) => ({
    id: r.id, createdAt: r.created_at, status: r.status, trainedOn: r.trained_on, heldBack: r.held_back,
    metrics: JSON.parse(r.metrics) as RetrainMetrics, reasons: z.array(z.string()).parse(JSON.parse(r.reasons)),
  }));
}

export interface RetrainOptions {
  minNewExamples?: number;
  key?: Buffer;
  base?: BaseExamples;
  at?: string;
  log?: Logger;
  /** Train even when fewer new examples exist (the IT console's "retrain now"). */
  force?: boolean;
}

export interface RetrainResult {
  status: 'skipped' | 'adopted' | 'rejected';
  newExamples: number;
  modelId?: number;
  reasons: string[];
  metrics?: RetrainMetrics;
}

export function newExampleCount(db: Db): number {
  const last = (db.prepare('SELECT COALESCE(MAX(examples_up_to), 0) AS n FROM learning_models').get() as { n: number }).n;
  return (db.prepare('SELECT COUNT(*) AS n FROM learning_examples WHERE id > ?').get(last) as { n: number }).n;
}

/** Within one letter of the held-back set, or the given relative tolerance, whichever is larger. */
function tolerance(count: number): number {
  return Math.max(0.01, 1.5 / Math.max(1, count));
}

export function retrainIfDue(db: Db, options: RetrainOptions = {}): RetrainResult {
  const minNew = options.minNewExamples ?? DEFAULT_MIN_NEW_EXAMPLES;
  const log = options.log ?? silentLogger;
  const newExamples = newExampleCount(db);
  if (newExamples === 0 || (!options.force && newExamples < minNew)) {
    return { status: 'skipped', newExamples, reasons: [`${newExamples} neue Beispiele, nötig sind ${minNew}`] };
  }
  const base = options.base ?? defaultBase();
  const key = options.key ?? learningKey(db);
  const stored = listExamples(db);
  const upTo = stored.reduce((max, e) => Math.max(max, e.id), 0);
  const trainCorrections = asLabelled(stored.filter((e) => !e.heldBack), key, base, log);
  const heldCorrections = asLabelled(stored.filter((e) => e.heldBack), key, base, log);
  const heldBack = [...base.heldBack, ...heldCorrections];
  const current = loadActiveModel(db) ?? baseModel(base);
  const candidate = trainModel([...base.train, ...trainCorrections]);

  const reasons: string[] = [];
  let metrics: RetrainMetrics | undefined;
  if (heldBack.length === 0) {
    reasons.push('keine zurückgehaltenen Beispiele: kein Vergleich möglich');
  } else {
    const candidateAll = evaluateModel(candidate, heldBack);
    const currentAll = evaluateModel(current, heldBack);
    const candidateBase = evaluateModel(candidate, base.heldBack);
    const currentBase = evaluateModel(current, base.heldBack);
    metrics = { candidate: summary(candidateAll), current: summary(currentAll), candidateOnBase: summary(candidateBase), currentOnBase: summary(currentBase) };
    const all = isNotWorse(candidateAll, currentAll, tolerance(heldBack.length));
    reasons.push(...all.reasons.map((r) => `zurückgehaltene Beispiele: ${r}`));
    if (base.heldBack.length > 0) {
      const anchor = isNotWorse(candidateBase, currentBase, tolerance(base.heldBack.length));
      reasons.push(...anchor.reasons.map((r) => `Basisbriefe: ${r}`));
    }
  }
  const adopted = reasons.length === 0;
  const at = options.at ?? new Date().toISOString();
  const modelId = db.transaction(() => {
    if (adopted) db.prepare(`UPDATE learning_models SET status = 'retired' WHERE status = 'active'`).run();
    const result = db.prepare(`INSERT INTO learning_models (created_at, status, examples_up_to, trained_on, held_back, model, metrics, reasons)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      at, adopted ? 'active' : 'rejected', upTo, base.train.length + trainCorrections.length, heldBack.length,
      adopted ? JSON.stringify(candidate) : null, JSON.stringify(metrics ?? {}), JSON.stringify(reasons),
    );
    const id = Number(result.lastInsertRowid);
    if (adopted) {
      db.prepare(`UPDATE learning_models SET model = NULL WHERE status = 'retired' AND id NOT IN
        (SELECT id FROM learning_models WHERE status = 'retired' ORDER BY id DESC LIMIT ?)`).run(KEEP_RETIRED_MODELS);
    }
    appendEvent(db, {
      at, actor: 'system', itemId: null, type: adopted ? 'model.adopted' : 'model.rejected',
      reason: adopted ? 'neues Modell nicht schlechter auf zurückgehaltenen Beispielen' : reasons.join('; '),
      data: {
        modelId: id, newExamples, trainedOn: base.train.length + trainCorrections.length, heldBack: heldBack.length,
        candidateAccuracy: metrics?.candidate.accuracy ?? null, currentAccuracy: metrics?.current.accuracy ?? null,
        candidateMacroF1: metrics?.candidate.macroF1 ?? null, currentMacroF1: metrics?.current.macroF1 ?? null,
      },
    });
    return id;
  })();
  log('info', adopted ? 'model adopted' : 'model rejected', { modelId, newExamples, reasons });
  const result: RetrainResult = { status: adopted ? 'adopted' : 'rejected', newExamples, modelId, reasons };
  if (metrics) result.metrics = metrics;
  return result;
}

// ---- the service --------------------------------------------------------------------------------

export interface LearningDeps {
  db: Db;
  clock?: () => Date;
  log?: Logger;
  minNewExamples?: number;
  key?: Buffer;
  base?: BaseExamples;
}

export interface Learning {
  /** The model the pipeline uses; undefined: the shipped default. */
  activeModel(): TrainedModel | undefined;
  /** Records a correction and starts a background retrain when enough new examples exist. */
  recordCorrection(item: Item, corrected: CorrectedValues, actor?: string): StoredExample | undefined;
  /** Runs a retrain now (when due, or always with force). */
  retrain(force?: boolean): RetrainResult;
  /** Resolves when no background retrain is running (tests, shutdown). */
  idle(): Promise<void>;
}

export function createLearning(deps: LearningDeps): Learning {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? silentLogger;
  const minNewExamples = deps.minNewExamples ?? DEFAULT_MIN_NEW_EXAMPLES;
  let active = loadActiveModel(db);
  let running: Promise<void> | undefined;

  function retrain(force = false): RetrainResult {
    const options: RetrainOptions = { minNewExamples, force, at: clock().toISOString(), log };
    if (deps.key) options.key = deps.key;
    if (deps.base) options.base = deps.base;
    const result = retrainIfDue(db, options);
    if (result.status === 'adopted') active = loadActiveModel(db);
    return result;
  }

  function schedule(): void {
    if (running || newExampleCount(db) < minNewExamples) return;
    running = new Promise<void>((resolve) => {
      // Deferred so the correction's API answer goes out first.
      setImmediate(() => {
        try {
          retrain();
        } catch (error) {
          log('error', 'retrain failed', { error: (error as Error).stack ?? String(error) });
        } finally {
          running = undefined;
          resolve();
        }
      });
    });
  }

  return {
    activeModel: () => active,
    recordCorrection(item, corrected, actor) {
      const options: ExampleOptions = { at: clock().toISOString() };
      if (actor) options.actor = actor;
      if (deps.key) options.key = deps.key;
      if (deps.base) options.base = deps.base;
      const example = recordCorrectionExample(db, item, corrected, options);
      schedule();
      return example;
    },
    retrain,
    async idle() {
      while (running) await running;
    },
  };
}
