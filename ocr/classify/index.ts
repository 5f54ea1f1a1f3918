// Classification and extraction of one letter: document type (phrase rules weighted by where they
// stand + a learned model), protection level, department, fields with their word boxes, reasons
// and a confidence.
//
// Confidence = P(type) × OCR factor × department certainty, where
//   P(type)     softmax over the combined type scores (rules + model), temperature 2: a margin of
//               about 6 points (one subject hit) gives ~0.95; scaled down when the model
//               prefers another type (AGREEMENT_PENALTY);
//   OCR factor  0.85 + 0.15 × mean OCR word confidence (text layers count 1): tesseract's mean word
//               confidence on a readable scan is 0.85–0.95 and says little about the decision,
//               whose evidence is already fuzzy-matched; only a badly read page should cost;
//   department  how reliable its source is (reference code 0.99 … type default 0.95, none 0.5:
//               the mailroom must decide, so such an item never passes the release threshold).
// Rough by design; the routing threshold (0.85 in the demo) was chosen with this scale in mind.
import type { Config } from '../../electron/contract/config.ts';
import {
  DOCUMENT_TYPES, maxProtection, type Classification, type DocumentType, type Reason,
} from '../../electron/contract/domain.ts';
import type { RecognizedPage } from '../types.ts';
import { extractFields } from '../extract/index.ts';
import { analyseLetter, fullText, type Letter } from '../extract/layout.ts';
import { addressedDepartment, decideDepartment, matchRoutingRule } from './department.ts';
import { predict, type TrainedModel } from './model.ts';
import { protectionFromLetter } from './protection.ts';
import { scoreRules, type Adjustment } from './rules.ts';
import { defaultModel } from './defaultModel.ts';

export interface ClassifyOptions {
  receivedAt: Date;
  /** A trained model; without one the built-in model (trained on the examples in this folder) is used. */
  model?: TrainedModel;
}

/** Base score of "other": a letter needs this much evidence before it is anything specific. */
const OTHER_BASELINE = 2.5;
/** How much the model's log-probability counts next to the rule points. */
const MODEL_WEIGHT = 1.25;
const TEMPERATURE = 2;
/**
 * Rules and model are two estimators. When the model prefers another type, they disagree, and
 * the softmax over rule points alone is overconfident (a lawyer's fee note full of court
 * vocabulary scored 0.99 as court). Then P(type) is scaled by 1 − AGREEMENT_PENALTY × (the
 * model's probability of its own choice − that of the rules' type): ×0.8 when the model is sure
 * of another type (p=1 against 0), but hardly anything when it is merely unsure between several
 * types, the rules' among them (a form-like invoice layout it never saw: 0.35 tax against 0.3
 * invoice). A confident contradiction (a margin of 0.75 or more) keeps any letter under the
 * routing threshold of 0.85, however strong the rules; doubt alone does not.
 * (0.5 before: on 1016 held-out letters the items it held were 95–97 % right, their confidence
 * 0.6–0.8; 0.2 released 1.1–1.4 points more of them, with one more wrong among the released in
 * damaged and scan mode, and left the generated corpus unchanged. `npm run eval` prints the
 * calibration.)
 */
const AGREEMENT_PENALTY = 0.2;

export interface TypeDecision {
  documentType: DocumentType;
  probability: number;
  scores: Record<DocumentType, number>;
  /** The rule points alone (after the conflict adjustments), without the model and the baseline. */
  ruleScores: Partial<Record<DocumentType, number>>;
  /** P(type) for every type (the softmax, before the agreement factor). */
  probabilities: Record<DocumentType, number>;
  reasons: Reason[];
}

export function decideType(letter: Letter, model: TrainedModel | undefined): TypeDecision {
  const { scores: ruleScores, hits, adjustments } = scoreRules(letter);
  const text = fullText(letter);
  const prediction = model ? predict(model, text) : undefined;
  const scores = {} as Record<DocumentType, number>;
  for (const type of DOCUMENT_TYPES) {
    let score = ruleScores[type] ?? 0;
    if (type === 'other') score += OTHER_BASELINE;
    if (prediction) {
      const p = prediction.probabilities[type] ?? 0;
      const best = Math.max(...Object.values(prediction.probabilities));
      score += MODEL_WEIGHT * Math.max(-4, Math.log(Math.max(p, 1e-9) / best));
    }
    scores[type] = score;
  }
  const max = Math.max(...Object.values(scores));
  const exp = DOCUMENT_TYPES.map((t) => Math.exp((scores[t] - max) / TEMPERATURE));
  const total = exp.reduce((a, b) => a + b, 0);
  let bestIndex = 0;
  DOCUMENT_TYPES.forEach((t, i) => { if (scores[t] > (scores[DOCUMENT_TYPES[bestIndex] ?? 'other'] ?? 0)) bestIndex = i; });
  const documentType = DOCUMENT_TYPES[bestIndex] ?? 'other';
  const agreement = prediction ? modelAgreement(explainedAway(prediction.probabilities, documentType, adjustments), documentType) : 1;
  const probability = ((exp[bestIndex] ?? 0) / total) * agreement;

  const reasons: Reason[] = hits
    .filter((hit) => hit.rule.type === documentType || hit.score < 0)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .slice(0, 5)
    .map((hit) => ({
      decision: 'documentType' as const,
      message: `${hit.rule.label} (${ZONE_LABEL[hit.zone]}${hit.fuzzy ? ', unscharf erkannt' : ''}) → ${hit.rule.type}`,
      weight: round(hit.score),
    }));
  for (const adjustment of adjustments) {
    reasons.push({ decision: 'documentType', message: `${adjustment.label}: ${adjustment.type} × ${adjustment.factor}`, weight: adjustment.factor });
  }
  if (prediction) {
    reasons.push({
      decision: 'documentType',
      message: `Modell: ${prediction.documentType} (p=${(prediction.probabilities[prediction.documentType] ?? 0).toFixed(2)})`,
      weight: round(prediction.probabilities[documentType] ?? 0),
    });
    if (agreement < 1) reasons.push({ decision: 'documentType', message: `Regeln und Modell uneinig: Sicherheit × ${agreement.toFixed(2)}`, weight: round(agreement) });
  }
  if (documentType === 'other' && hits.every((h) => h.rule.type !== 'other')) {
    reasons.push({ decision: 'documentType', message: 'keine eindeutigen Merkmale: Sonstiges', weight: OTHER_BASELINE });
  }
  const probabilities = Object.fromEntries(DOCUMENT_TYPES.map((t, i) => [t, (exp[i] ?? 0) / total])) as Record<DocumentType, number>;
  return { documentType, probability, scores, ruleScores, probabilities, reasons };
}

/**
 * The model reads vocabulary; the conflict rules read what the letter does with it. When a rule
 * has moved another type's points to the chosen one because that vocabulary is only quoted (a
 * Mahnung quotes the invoice it reminds of), the model's preference for the quoted type is the
 * very reading the rule corrected: its probability counts for the chosen type.
 */
export function explainedAway(probabilities: Record<string, number>, type: DocumentType, adjustments: readonly Adjustment[]): Record<string, number> {
  const quoted = new Set(adjustments.filter((a) => a.to === type && a.type !== type).map((a) => a.type));
  if (quoted.size === 0) return probabilities;
  const merged: Record<string, number> = { ...probabilities };
  for (const other of quoted) {
    merged[type] = (merged[type] ?? 0) + (merged[other] ?? 0);
    merged[other] = 0;
  }
  return merged;
}

/** The factor on P(type) for how strongly the model prefers another type (AGREEMENT_PENALTY). */
export function modelAgreement(probabilities: Record<string, number>, type: DocumentType): number {
  const best = Math.max(0, ...Object.values(probabilities));
  return Math.min(1, 1 - AGREEMENT_PENALTY * Math.max(0, best - (probabilities[type] ?? 0)));
}

/**
 * The types defined by a person's data (DESIGN: very-high) overlap: a doctor's certificate sent to
 * the employer about an employee is a personnel matter, an attest enclosed with a benefit claim a
 * social one. When the letter is addressed to the desk of another of these types and the rules
 * found that type's evidence as well, the addressee decides between the two (protection is the
 * same). P(type) becomes the pair's: the letter is one of the two, and the address says which.
 */
const PERSONAL_DATA_TYPES: readonly DocumentType[] = ['personnel', 'medical', 'social'];
/** Rule points of at least one real hit (a phrase in the text, not a passing word). */
const ADDRESSEE_EVIDENCE = 3;

export function addresseeType(type: TypeDecision, addressed: string | undefined, config: Config): DocumentType | undefined {
  if (!addressed || !PERSONAL_DATA_TYPES.includes(type.documentType)) return undefined;
  if (config.documentTypes[type.documentType]?.department === addressed) return undefined;
  return PERSONAL_DATA_TYPES.find((t) => t !== type.documentType && config.documentTypes[t]?.department === addressed
    && (type.ruleScores[t] ?? 0) >= ADDRESSEE_EVIDENCE);
}

const ZONE_LABEL: Record<string, string> = {
  subject: 'Betreff', letterhead: 'Briefkopf', returnAddress: 'Absenderzeile', reference: 'Bezugszeichen', date: 'Datumszeile',
  salutation: 'Anrede', body: 'Text', opening: 'Einleitung', boilerplate: 'Textbaustein', closing: 'Grußformel', footer: 'Fußzeile', address: 'Anschrift',
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function classifyDocument(pages: RecognizedPage[], config: Config, options: ClassifyOptions): Classification {
  const letter = analyseLetter(pages, { organisation: config.organisation });
  const text = fullText(letter);
  const reasons: Reason[] = [];

  const type = decideType(letter, options.model ?? defaultModel());
  let documentType = type.documentType;
  let typeProbability = type.probability;
  reasons.push(...type.reasons);
  const addressed = addresseeType(type, addressedDepartment(letter, config)?.code, config);
  if (addressed) {
    reasons.push({ decision: 'documentType', message: `an die Stelle für ${addressed} gerichtet, deren Merkmale es auch trägt: ${addressed} statt ${documentType}` });
    typeProbability = Math.min(1, type.probability + type.probabilities[addressed]);
    documentType = addressed;
  }
  const rule = matchRoutingRule(text, config.routing.rules);
  if (rule?.documentType && rule.documentType !== documentType) {
    reasons.push({ decision: 'documentType', message: `Routing-Regel »${rule.id}« setzt die Dokumentart ${rule.documentType}` });
    documentType = rule.documentType;
  }

  const policy = config.documentTypes[documentType];
  const HEAD_ZONES = ['letterhead', 'returnAddress'];
  const content = protectionFromLetter(
    letter.lines.filter((line) => line.zone !== 'footer' && !HEAD_ZONES.includes(line.zone)).map((line) => line.raw).join('\n'),
    letter.lines.filter((line) => HEAD_ZONES.includes(line.zone)).map((line) => line.raw).join('\n'),
  );
  // An advertisement holds no one's data: the sick notes and personnel files an HR-software
  // vendor writes about are its product's topic. When the letter surely is one, its content
  // signals only stop the discard for a review (mightBeVeryHigh, which routing honours for
  // advertising too); when in doubt about the type they count.
  const topicOnly = documentType === 'advertising' && typeProbability >= config.routing.confidenceThreshold;
  let protectionLevel = maxProtection(policy?.protection ?? 'normal', topicOnly ? 'normal' : content.level);
  reasons.push({ decision: 'protectionLevel', message: `Mindestschutz der Dokumentart ${documentType}: ${policy?.protection ?? 'normal'}` });
  for (const { signal, fuzzy } of content.signals) {
    reasons.push({
      decision: 'protectionLevel',
      message: `${signal.label}${fuzzy ? ' (unscharf erkannt)' : ''}${topicOnly ? ': Thema der Werbung, vor dem Verwerfen prüfen' : signal.weak ? ': möglicherweise sehr hoch' : ` → ${signal.level}`}`,
    });
  }
  if (rule?.protectionLevel) {
    protectionLevel = maxProtection(protectionLevel, rule.protectionLevel);
    reasons.push({ decision: 'protectionLevel', message: `Routing-Regel »${rule.id}«: mindestens ${rule.protectionLevel}` });
  }
  const mightBeVeryHigh = protectionLevel === 'very-high' || content.mightBeVeryHigh || (topicOnly && content.level !== 'normal');

  const extraction = extractFields(letter, {
    organisation: config.organisation,
    receivedAt: options.receivedAt,
    departmentCodes: config.departments.map((d) => d.code),
    ...(typeProbability >= config.routing.confidenceThreshold ? { documentType } : {}),
  });

  const department = decideDepartment(letter, documentType, config, rule, extraction.fields.reference);
  reasons.push({ decision: 'department', message: department.message, weight: department.certainty });

  const ocrFactor = 0.85 + 0.15 * Math.min(1, Math.max(0, letter.ocrConfidence));
  const hasText = letter.lines.length > 0;
  const confidence = hasText ? Math.min(1, Math.max(0, typeProbability * ocrFactor * department.certainty)) : 0;
  reasons.push({
    decision: 'confidence',
    message: `Dokumentart ${typeProbability.toFixed(2)} × OCR ${ocrFactor.toFixed(2)} × Abteilung ${department.certainty.toFixed(2)}`,
    weight: round(confidence),
  });

  return {
    documentType,
    protectionLevel,
    department: department.department,
    confidence,
    fields: extraction.fields,
    fieldSources: extraction.fieldSources,
    reasons,
    mightBeVeryHigh,
  };
}

export { trainModel, predict, predictFeatures, evaluateModel, isNotWorse, features, featuresOf } from './model.ts';
export type { TrainedModel, TrainingExample, FeatureExample, LabelledExample, Prediction, Evaluation } from './model.ts';
export { extractFields } from '../extract/index.ts';
export { analyseLetter } from '../extract/layout.ts';
