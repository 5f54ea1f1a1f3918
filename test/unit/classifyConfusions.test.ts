// The confusable pairs on letters written for these tests (classifyLetters.ts): clean, and with
// OCR-like damage. The point is the reason a clerk would give, not the corpus' wording.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { CONFUSION_LETTERS, ocrDamage } from './classifyLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2024-11-20T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.85 }), config, { receivedAt });

describe('confusable pairs on own letters', () => {
  it.each(CONFUSION_LETTERS.map((l) => [`${l.pair}: ${l.name}`, l] as const))('%s', (_name, l) => {
    expect(classify(l.text).documentType).toBe(l.type);
  });
  it.each(CONFUSION_LETTERS.map((l) => [`${l.pair}: ${l.name} (OCR damage)`, l] as const))('%s', (_name, l) => {
    for (const seed of [1, 2, 3]) expect(classify(ocrDamage(l.text, seed)).documentType).toBe(l.type);
  });
});

describe('standard text weighs little', () => {
  it('marks privacy notices, terms, remedy instructions and page furniture, not the letter', async () => {
    const { boilerplateMask } = await import('../../ocr/classify/boilerplate.ts');
    const lines = [
      'Widerspruch gegen den Gebührenbescheid vom 01.02.2024',
      'hiermit lege ich Widerspruch ein.',
      'Mit freundlichen Grüßen',
      'Seite 1 von 2',
      'Hinweise zum Datenschutz',
      'Sie haben ein Recht auf Auskunft und Löschung.',
      'Allgemeine Geschäftsbedingungen',
      'Angebote sind freibleibend.',
    ];
    expect(boilerplateMask(lines)).toEqual([false, false, false, true, true, true, true, true]);
  });
  it('a remedy instruction before the signature ends at the closing formula', async () => {
    const { boilerplateMask } = await import('../../ocr/classify/boilerplate.ts');
    expect(boilerplateMask(['Rechtsbehelfsbelehrung', 'Gegen diesen Bescheid kann Widerspruch erhoben werden.', 'Mit freundlichen Grüßen', 'Anlage: Lageplan']))
      .toEqual([true, true, false, false]);
  });
  it('explains why quoted vocabulary was discounted', () => {
    const reminder = CONFUSION_LETTERS.find((l) => l.name === 'dunning letter titled with the invoice number');
    const messages = classify(reminder?.text ?? '').reasons.map((r) => r.message).join('\n');
    expect(messages).toMatch(/Mahnung: die Rechnung ist nur zitiert/);
  });
});
