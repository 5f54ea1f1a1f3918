// The evaluation's release figures: what the hold rules cost with the classifier as it is, and
// what they would cost with a perfect one (the ceiling a corpus's mix allows); and whether the
// confidence says how often the routing decision is right.
import { describe, expect, it } from 'vitest';
import type { DocumentType, ProtectionLevel } from '../../electron/contract/domain.ts';
import { calibrate, score, type Outcome } from '../eval/metrics.ts';

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

describe('confidence calibration', () => {
  it('puts each item into its confidence band and counts how many decisions there were right', () => {
    const { bands } = calibrate([
      { confidence: 0.6, right: true }, { confidence: 0.65, right: false },
      { confidence: 0.9, right: true }, { confidence: 1, right: true }, { confidence: 0.97, right: false },
    ]);
    const band = (from: number) => bands.find((b) => b.from === from)!;
    expect(band(0.5)).toMatchObject({ items: 2, decisionRight: { correct: 1, total: 2 } });
    expect(band(0.5).meanConfidence).toBeCloseTo(0.625);
    expect(band(0.85)).toMatchObject({ items: 1, decisionRight: { correct: 1, total: 1 } });
    // A confidence of exactly 1 belongs to the top band.
    expect(band(0.95)).toMatchObject({ items: 2, decisionRight: { correct: 1, total: 2 } });
    expect(bands.reduce((sum, b) => sum + b.items, 0)).toBe(5);
  });

  it('the gap is the item-weighted distance between confidence and observed rate', () => {
    // 0.9 claimed, 1 of 2 right: 0.4 off on both items; 0.6 claimed and right: 0.4 off. Mean 0.4.
    const { gap } = calibrate([{ confidence: 0.9, right: true }, { confidence: 0.9, right: false }, { confidence: 0.6, right: true }]);
    expect(gap).toBeCloseTo(0.4);
    expect(calibrate([{ confidence: 0.9, right: true }, { confidence: 0.88, right: true }]).gap).toBeCloseTo(0.11);
  });

  it('every report carries it, over the routing decision of type, department and protection', () => {
    const wrongDepartment: Item = { ...invoice, department: '2.10' };
    const report = score([outcome('a', invoice), outcome('b', invoice, wrongDepartment)]);
    expect(report.calibration.bands.find((b) => b.from === 0.85)).toMatchObject({ items: 2, decisionRight: { correct: 1, total: 2 } });
  });
});
