// The learned part: multinomial naive Bayes over folded word unigrams, bigrams and character
// 4-grams (character n-grams survive OCR damage that breaks whole words). Pure functions, the
// model is plain JSON, so a retrained model can be stored, diffed and compared before use.
import { DOCUMENT_TYPES, type DocumentType } from '../../electron/contract/domain.ts';
import { foldText, tokenize } from '../extract/normalize.ts';
import { stripBoilerplate } from './boilerplate.ts';

export interface TrainingExample { text: string; documentType: DocumentType }
/** An example kept only as its features (very-high mail: see electron/services/learning.ts). */
export interface FeatureExample { features: string[]; documentType: DocumentType }
export type LabelledExample = TrainingExample | FeatureExample;

export function featuresOf(example: LabelledExample): string[] {
  return 'features' in example ? example.features : features(example.text);
}

export interface TrainedModel {
  kind: 'naive-bayes';
  version: 1;
  classes: DocumentType[];
  /** log P(class) */
  logPriors: Record<string, number>;
  /** log P(feature | class) per class, for the kept vocabulary. */
  logLikelihoods: Record<string, Record<string, number>>;
  /** log P(unseen feature | class). */
  logUnseen: Record<string, number>;
  vocabularySize: number;
  trainedOn: number;
}

export interface Prediction {
  documentType: DocumentType;
  /** Class probabilities (softmax of length-normalised log scores), summing to 1. */
  probabilities: Record<string, number>;
  /** Difference between the best and second-best probability. */
  margin: number;
}

const MAX_VOCABULARY = 40_000;
const SMOOTHING = 0.3;

/** Features of a text: word unigrams (digits folded), word bigrams, character 4-grams of words.
 *  Standard text (privacy notices, terms and conditions, page furniture: boilerplate.ts) is left
 *  out: it occurs in letters of every type and would only teach the model which types a training
 *  set happened to print it on. */
export function features(text: string): string[] {
  const tokens = tokenize(foldText(stripBoilerplate(text))).map((t) => t.replace(/\d/g, '0')).filter((t) => t.length > 1);
  const result: string[] = [];
  tokens.forEach((token, i) => {
    result.push(`w:${token}`);
    const next = tokens[i + 1];
    if (next) result.push(`b:${token}_${next}`);
    if (/[a-z]/.test(token) && token.length >= 4) {
      const padded = `_${token}_`;
      for (let j = 0; j + 4 <= padded.length; j++) result.push(`c:${padded.slice(j, j + 4)}`);
    }
  });
  return result;
}

export function trainModel(examples: LabelledExample[]): TrainedModel {
  const classes = DOCUMENT_TYPES.filter((type) => examples.some((e) => e.documentType === type));
  const docFrequency = new Map<string, number>();
  const counts = new Map<DocumentType, Map<string, number>>();
  const classDocs = new Map<DocumentType, number>();
  for (const example of examples) {
    const feats = featuresOf(example);
    for (const f of new Set(feats)) docFrequency.set(f, (docFrequency.get(f) ?? 0) + 1);
    const map = counts.get(example.documentType) ?? new Map<string, number>();
    // Binary counts per document: a word repeated in one letter is no more evidence.
    for (const f of new Set(feats)) map.set(f, (map.get(f) ?? 0) + 1);
    counts.set(example.documentType, map);
    classDocs.set(example.documentType, (classDocs.get(example.documentType) ?? 0) + 1);
  }
  const minDf = examples.length >= 200 ? 2 : 1;
  const vocabulary = [...docFrequency.entries()].filter(([, df]) => df >= minDf)
    .sort((a, b) => b[1] - a[1]).slice(0, MAX_VOCABULARY).map(([f]) => f);
  const vocabSet = new Set(vocabulary);
  const model: TrainedModel = {
    kind: 'naive-bayes', version: 1, classes, logPriors: {}, logLikelihoods: {}, logUnseen: {},
    vocabularySize: vocabulary.length, trainedOn: examples.length,
  };
  for (const type of classes) {
    const map = counts.get(type) ?? new Map<string, number>();
    let total = 0;
    for (const [f, c] of map) if (vocabSet.has(f)) total += c;
    const denominator = total + SMOOTHING * (vocabulary.length + 1);
    // Uniform-ish priors: the mail mix of a city differs from any training set.
    model.logPriors[type] = Math.log(((classDocs.get(type) ?? 0) + 5) / (examples.length + 5 * classes.length));
    const likelihoods: Record<string, number> = {};
    for (const [f, c] of map) if (vocabSet.has(f)) likelihoods[f] = Math.log((c + SMOOTHING) / denominator);
    model.logLikelihoods[type] = likelihoods;
    model.logUnseen[type] = Math.log(SMOOTHING / denominator);
  }
  return model;
}

export function predict(model: TrainedModel, text: string): Prediction {
  return predictFeatures(model, features(text));
}

export function predictFeatures(model: TrainedModel, feats: string[]): Prediction {
  const vocabularyFeatures = feats.filter((f) => model.classes.some((c) => model.logLikelihoods[c]?.[f] !== undefined));
  const raw: Record<string, number> = {};
  for (const type of model.classes) {
    const likelihoods = model.logLikelihoods[type] ?? {};
    const unseen = model.logUnseen[type] ?? -20;
    let sum = 0;
    for (const f of vocabularyFeatures) sum += likelihoods[f] ?? unseen;
    // Naive Bayes sums are wildly overconfident; dividing by sqrt(n) keeps probabilities usable.
    raw[type] = (model.logPriors[type] ?? 0) + sum / Math.max(1, Math.sqrt(vocabularyFeatures.length));
  }
  const max = Math.max(...Object.values(raw));
  const exp = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Math.exp(v - max)]));
  const total = Object.values(exp).reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(Object.entries(exp).map(([k, v]) => [k, v / total]));
  const ranked = Object.entries(probabilities).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  return {
    documentType: (best?.[0] ?? 'other') as DocumentType,
    probabilities,
    margin: (best?.[1] ?? 0) - (ranked[1]?.[1] ?? 0),
  };
}

export interface Evaluation {
  accuracy: number;
  /** Mean F1 over the types present in the examples (each type counts the same). */
  macroF1: number;
  perType: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  confusion: Record<string, Record<string, number>>;
}

/** Scores a classifier (the model alone, or any function) on held-back examples. */
export function evaluateModel(model: TrainedModel | ((text: string) => DocumentType), examples: LabelledExample[]): Evaluation {
  // A function classifier reads text; feature-only examples can only be scored by a model.
  const classify = typeof model === 'function'
    ? (example: LabelledExample) => ('text' in example ? model(example.text) : 'other')
    : (example: LabelledExample) => predictFeatures(model, featuresOf(example)).documentType;
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  for (const example of examples) {
    const predicted = classify(example);
    if (predicted === example.documentType) correct += 1;
    const row = confusion[example.documentType] ?? {};
    row[predicted] = (row[predicted] ?? 0) + 1;
    confusion[example.documentType] = row;
  }
  const perType: Evaluation['perType'] = {};
  const present = DOCUMENT_TYPES.filter((t) => examples.some((e) => e.documentType === t));
  for (const type of present) {
    const tp = confusion[type]?.[type] ?? 0;
    const support = Object.values(confusion[type] ?? {}).reduce((a, b) => a + b, 0);
    const predictedCount = Object.values(confusion).reduce((sum, row) => sum + (row[type] ?? 0), 0);
    const precision = predictedCount > 0 ? tp / predictedCount : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perType[type] = { precision, recall, f1, support };
  }
  const macroF1 = present.length > 0 ? present.reduce((sum, t) => sum + (perType[t]?.f1 ?? 0), 0) / present.length : 0;
  return { accuracy: examples.length > 0 ? correct / examples.length : 0, macroF1, perType, confusion };
}

/** The gate before a retrained model replaces the current one: not worse on held-back examples
 *  in accuracy or macro-F1 (beyond `tolerance`), and no type's recall drops by more than 0.1
 *  (or by more than one letter, for types with fewer than ten held-back letters). */
export function isNotWorse(candidate: Evaluation, current: Evaluation, tolerance = 0.01): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (candidate.accuracy + tolerance < current.accuracy) reasons.push(`Genauigkeit ${candidate.accuracy.toFixed(3)} < ${current.accuracy.toFixed(3)}`);
  if (candidate.macroF1 + tolerance < current.macroF1) reasons.push(`Makro-F1 ${candidate.macroF1.toFixed(3)} < ${current.macroF1.toFixed(3)}`);
  for (const [type, stats] of Object.entries(current.perType)) {
    const now = candidate.perType[type]?.recall ?? 0;
    // A type with few held-back letters may lose one of them: that is noise, not a regression.
    const allowed = Math.max(0.1, 1 / Math.max(1, stats.support)) + 1e-9;
    if (now + allowed < stats.recall) reasons.push(`Trefferquote ${type} ${now.toFixed(2)} < ${stats.recall.toFixed(2)}`);
  }
  return { ok: reasons.length === 0, reasons };
}
