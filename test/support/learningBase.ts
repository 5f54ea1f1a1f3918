// A small base for the learning tests: the hand-written snippets train, the test letters are the
// trusted held-back anchor.
import type { BaseExamples } from '../../ocr/classify/baseExamples.ts';
import { BUILTIN_EXAMPLES } from '../../ocr/classify/trainingExamples.ts';
import { TEST_LETTERS } from '../unit/classifyLetters.ts';

/** The snippets set in a letter's frame (address, salutation, closing), as real base letters are:
 *  otherwise the frame itself would look like evidence for whatever type the corrections have. */
function framed(text: string, i: number): string {
  return ['Absender GmbH · Hauptstraße 1 · 12345 Musterstadt', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '',
    `${(i % 27) + 1}.02.2026`, '', 'Sehr geehrte Damen und Herren,', '', text, '', 'Mit freundlichen Grüßen', 'K. Berger'].join('\n');
}

export const TEST_BASE: BaseExamples = {
  train: BUILTIN_EXAMPLES.map((e, i) => ({ text: framed(e.text, i), documentType: e.documentType })),
  heldBack: TEST_LETTERS.map((l) => ({ text: l.text, documentType: l.type })),
};
