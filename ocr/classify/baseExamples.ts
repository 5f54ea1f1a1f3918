// The examples the shipped model learns from: the hand-written snippets of trainingExamples.ts and,
// when present, baseExamples.json — letters made by the seeds/ generator with a seed (2) that is
// NOT the evaluation corpus' seed (1); see buildBaseModel.ts. A fixed, stratified fifth of the
// generated letters is held back: no model ever trains on it, so every retrain (learning.ts) is
// compared with the model in use on letters neither has seen.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DocumentTypeSchema } from '../../electron/contract/domain.ts';
import type { TrainingExample } from './model.ts';
import { BUILTIN_EXAMPLES } from './trainingExamples.ts';

export const BASE_EXAMPLES_FILE = fileURLToPath(new URL('./baseExamples.json', import.meta.url));

export const BaseExamplesFileSchema = z.object({
  description: z.string(),
  seed: z.number().int(),
  examples: z.array(z.object({ documentType: DocumentTypeSchema, text: z.string() })),
});

export interface BaseExamples {
  train: TrainingExample[];
  heldBack: TrainingExample[];
}

/** Every fifth example of each type (in a content-hash order) is held back. */
export function splitStratified<T extends { documentType: string }>(examples: T[], keyOf: (example: T) => string, share = 0.2): { train: T[]; heldBack: T[] } {
  const byType = new Map<string, { example: T; key: string }[]>();
  for (const example of examples) {
    const list = byType.get(example.documentType) ?? [];
    list.push({ example, key: createHash('sha256').update(keyOf(example)).digest('hex') });
    byType.set(example.documentType, list);
  }
  const train: T[] = [];
  const heldBack: T[] = [];
  for (const list of byType.values()) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const every = Math.max(2, Math.round(1 / share));
    list.forEach(({ example }, i) => ((i % every === every - 1) ? heldBack : train).push(example));
  }
  return { train, heldBack };
}

export function loadBaseExamples(file = BASE_EXAMPLES_FILE): BaseExamples {
  if (!existsSync(file)) return { train: [...BUILTIN_EXAMPLES], heldBack: [] };
  const parsed = BaseExamplesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const { train, heldBack } = splitStratified(parsed.examples, (e) => e.text);
  return { train: [...BUILTIN_EXAMPLES, ...train], heldBack };
}
