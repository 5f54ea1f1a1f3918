// The model used when none is configured: trained once, lazily, from the built-in examples.
import { trainModel, type TrainedModel } from './model.ts';
import { BUILTIN_EXAMPLES } from './trainingExamples.ts';

let cached: TrainedModel | undefined;

export function defaultModel(): TrainedModel {
  cached ??= trainModel(BUILTIN_EXAMPLES);
  return cached;
}
