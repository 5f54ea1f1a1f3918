// A price per unit is a rate, never the sum a letter asks for, however the line breaks: the unit
// may stand before the price ("für jede vermittelte Kundin … 50,00 €"), after it ("18 € pro Karte"),
// or on the next line when the break moved the currency there ("… 50" / "Euro Provision"). Words
// that merely start like "pro" ("Provision", "Projektkosten") are no unit.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const head = ['Vertriebsbüro Kessler GmbH', 'Kessler GmbH · Hafenweg 4 · 34567 Musterstadt', '', 'Stadt Musterstadt', 'Markt 1', '34567 Musterstadt', '',
  '                                            Musterstadt, 12.06.2026', '', 'Partnerprogramm für Kommunen', '', 'Sehr geehrte Damen und Herren,', ''];
const foot = ['', 'Mit freundlichen Grüßen', '', 'Vertriebsbüro Kessler GmbH'];
const amountOf = (body: string[]) => fieldsOf([...head, ...body, ...foot]).amount;

describe('a rate per unit is no sum owed', () => {
  it('names no amount when the unit stands before the price in the same sentence', () => {
    expect(amountOf(['für jede vermittelte Kundin zahlen wir Ihnen 50,00 € Provision. Melden Sie sich noch heute.'])).toBeUndefined();
  });

  it('reads a price the same when the line break moved its currency to the next line', () => {
    expect(amountOf(['für jede vermittelte Kundin zahlen wir Ihnen 50', 'Euro Provision. Melden Sie sich noch heute.'])).toBeUndefined();
    // The same wrap on a sum the writer does transfer is still read.
    expect(amountOf(['zur Abgeltung des Schadens überweisen wir Ihnen 312', 'Euro auf das Konto der Stadtkasse.'])).toBe(312);
  });

  it('takes a word that begins with "pro" for what the sum is, not for a unit', () => {
    expect(amountOf(['für die Vermittlung berechnen wir eine Pauschale.', '',
      'Bitte überweisen Sie 450,00 € Projektkosten bis zum 30.06.2026 auf unser Konto.'])).toBe(450);
    // A unit OCR glued to "pro" is still one.
    expect(amountOf(['Bitte überweisen Sie 18,00 € proKarte an der Abendkasse.'])).toBeUndefined();
  });
});
