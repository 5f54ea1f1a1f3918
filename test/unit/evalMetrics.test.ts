// The evaluation's release figures: what the hold rules cost with the classifier as it is, and
// what they would cost with a perfect one (the ceiling a corpus's mix allows).
import { describe, expect, it } from 'vitest';
import type { DocumentType, ProtectionLevel } from '../../electron/contract/domain.ts';
import { score, type Outcome } from '../eval/metrics.ts';

interface Item { type: DocumentType; level: ProtectionLevel; department: string | null; mightBeVeryHigh?: boolean; released: boolean }

function outcome(file: string, labelled: Item, predicted: Item = labelled): Outcome {
  return {
    expected: { file, documentType: labelled.type, protectionLevel: labelled.level, department: labelled.department, fields: {} },
    predicted: {
      documentType: predicted.type, protectionLevel: predicted.level, department: predicted.department, confidence: 0.9,
      fields: {}, fieldSources: {}, reasons: [], mightBeVeryHigh: predicted.mightBeVeryHigh ?? false,
    },
    released: predicted.released,
    source: 'unit',
  };
}

const invoice: Item = { type: 'invoice', level: 'normal', department: '1.40', released: true };
const sickNote: Item = { type: 'personnel', level: 'very-high', department: '1.10', released: false };
const unclear: Item = { type: 'other', level: 'normal', department: null, released: false };
const advert: Item = { type: 'advertising', level: 'normal', department: null, released: true };

describe('release figures', () => {
  it('the ceiling counts the items the rules hold whatever the classifier: labelled very-high, or no department except advertising', () => {
    const report = score([outcome('a', invoice), outcome('b', sickNote), outcome('c', unclear), outcome('d', advert)]);
    expect(report.releaseCeiling).toMatchObject({ correct: 2, total: 4, veryHigh: 1, noDepartment: 1 });
    expect(report.released).toMatchObject({ correct: 2, total: 4 });
  });

  it('an invoice held as possibly very-high lowers the release rate but not the ceiling', () => {
    const heldInvoice: Item = { ...invoice, mightBeVeryHigh: true, released: false };
    const report = score([outcome('a', invoice), outcome('b', invoice, heldInvoice)]);
    expect(report.releaseCeiling).toMatchObject({ correct: 2, total: 2 });
    expect(report.released).toMatchObject({ correct: 1, total: 2 });
    expect(report.heldByRule).toMatchObject({ veryHigh: 1, noDepartment: 0 });
  });
});
