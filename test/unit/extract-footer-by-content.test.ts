// The imprint of a firm recognised by what it says, not where it stands (own wording): a short
// letter scanned from the top, a letter on plain paper or an e-mail printout has its imprint right
// under the signature, around the middle of the page, where no footer rule by position looks.
import { describe, expect, it } from 'vitest';
import { scannedPage } from './scannedPage.ts';
import { analyseLetter, type Letter } from '../../ocr/extract/layout.ts';
import { extractSender } from '../../ocr/extract/parties.ts';

const org = 'Stadt Musterstadt';

const letterOf = (rows: string[]): Letter => analyseLetter([scannedPage(rows)], { organisation: org });
const zonesOf = (letter: Letter, start: string): string[] => letter.lines.filter((line) => line.raw.startsWith(start)).map((line) => line.zone);

// The letterhead gives only the trade name; the return line repeats it with the address.
const head = [
  'KLEINERT', 'Farben für Haus und Hof', '',
  'Kleinert · Gartenweg 3 · 23456 Altstadt', '',
  'Stadt Musterstadt', 'Bauhof', 'Markt 1', '12345 Musterstadt', '',
  'Lieferung von Fassadenfarbe', '',
  'Sehr geehrte Damen und Herren,', '',
  'für die am Montag gelieferte Farbe berechnen wir den Preis laut Angebot.',
  'Wir danken für die Bestellung.', '',
  'Mit freundlichen Grüßen', '', 'Hanna Kleinert', 'Verkauf', '',
];

describe('imprint under the signature of a short scanned letter', () => {
  it('takes the legal name from an imprint with register, tax number and bank at mid-page', () => {
    const rows = [...head,
      'Farbenhaus Kleinert GmbH · Gartenweg 3 · 23456 Altstadt · Geschäftsführerin: Hanna Kleinert',
      'Amtsgericht Altstadt HRB 4711 · USt-IdNr. DE 123 456 789',
      'Sparkasse Altstadt · IBAN DE02 1203 0000 0000 2020 51'];
    const letter = letterOf(rows);
    // Precondition of the case: the imprint stands far above the bottom edge.
    expect(letter.lines[letter.lines.length - 1]!.top).toBeLessThan(0.7);
    expect(zonesOf(letter, 'Farbenhaus')).toEqual(['footer']);
    expect(extractSender(letter, org)?.value).toBe('Farbenhaus Kleinert GmbH');
  });

  it('recognises a one-line imprint by its register number alone', () => {
    const rows = [...head, 'Farbenhaus Kleinert KG · Gartenweg 3 · 23456 Altstadt · AG Altstadt HRA 815'];
    const letter = letterOf(rows);
    expect(zonesOf(letter, 'Farbenhaus')).toEqual(['footer']);
    expect(extractSender(letter, org)?.value).toBe('Farbenhaus Kleinert KG');
  });

  it('ends the name at its legal form where OCR lost the separator before the street', () => {
    const rows = [...head,
      'Farbenhaus Hanna Kleinert e.K. Gartenweg 3 · 23456 Altstadt',
      'Amtsgericht Altstadt HRA 815 · USt-IdNr. DE 123 456 789'];
    expect(extractSender(letterOf(rows), org)?.value).toBe('Farbenhaus Hanna Kleinert e.K.');
  });

  it('finds the imprint of a letter without a closing formula in the lower half of the page', () => {
    const rows = [
      'KLEINERT', 'Farben für Haus und Hof', '',
      'Kleinert · Gartenweg 3 · 23456 Altstadt', '',
      'Stadt Musterstadt', 'Bauhof', 'Markt 1', '12345 Musterstadt', '',
      'Rechnung 2026-114', '',
      'Fassadenfarbe weiß, 10 Eimer                 420,00', 'Umsatzsteuer 19 %                             79,80',
      'Rechnungsbetrag                              499,80 €', '',
      'Zahlbar innerhalb von 14 Tagen ohne Abzug.', '', '', '', '', '', '', '', '', '', '', '', '',
      'Farbenhaus Kleinert GmbH · Gartenweg 3 · 23456 Altstadt · Amtsgericht Altstadt HRB 4711',
      'USt-IdNr. DE 123 456 789 · Sparkasse Altstadt · IBAN DE02 1203 0000 0000 2020 51'];
    const letter = letterOf(rows);
    expect(letter.lines[letter.lines.length - 1]!.top).toBeLessThan(0.7);
    expect(zonesOf(letter, 'Farbenhaus')).toEqual(['footer']);
    expect(extractSender(letter, org)?.value).toBe('Farbenhaus Kleinert GmbH');
  });
});

describe('what is no imprint', () => {
  it('keeps a postscript that names the IBAN and the manager in a sentence out of the footer', () => {
    const rows = [...head, 'PS: Bitte überweisen Sie an unseren Geschäftsführer, IBAN DE02 1203 0000 0000 2020 51.'];
    expect(zonesOf(letterOf(rows), 'PS:')).not.toContain('footer');
  });

  it('keeps a list under the signature that carries a single kind of imprint content', () => {
    const rows = [...head, 'Sparkasse Altstadt · IBAN DE02 1203 0000 0000 2020 51 · BIC NOLADE21ALT'];
    expect(zonesOf(letterOf(rows), 'Sparkasse')).not.toContain('footer');
  });

  it('does not take the imprint from a bank line above the closing', () => {
    const rows = [...head.slice(0, 16),
      'Bankverbindung · Sparkasse Altstadt · IBAN DE02 1203 0000 0000 2020 51 · Amtsgericht Altstadt HRB 4711', '',
      ...head.slice(16)];
    expect(zonesOf(letterOf(rows), 'Bankverbindung')).toEqual(['body']);
  });
});
