// The model used when none has been adopted yet: trained once, lazily, on the base examples
// (baseExamples.ts: hand-written snippets plus generated letters of another seed than the eval).
import { trainModel, type TrainedModel } from './model.ts';
import { loadBaseExamples } from './baseExamples.ts';

let cached: TrainedModel | undefined;

export function defaultModel(): TrainedModel {
  cached ??= trainModel(loadBaseExamples().train);
  return cached;
}
