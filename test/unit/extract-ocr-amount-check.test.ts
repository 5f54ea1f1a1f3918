// The amount to pay checked against the letter's own arithmetic (ocr/extract/money.ts,
// checkedByArithmetic): a scanned sum whose zero OCR read as 9, 8 or 6, whose 7 it read as 1 or 5 as 3,
// is taken as printed when the posts above it, net + VAT, an old and a new figure, or the same sum
// printed elsewhere confirm exactly one such reading. Invented letters in own wording; the damaged
// digits are written into the text as OCR delivers them.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Gebäudemanagement', 'Markt 1', '34567 Musterstadt', ''];

function invoice(rows: string[], closing = 'Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen.'): string[] {
  return ['Malerbetrieb Kranich GmbH', '', ...recipient, 'Rechnung Nr. 2027-118                       Datum: 12.05.2027', '',
    'Sehr geehrte Damen und Herren,', '', 'für die ausgeführten Arbeiten berechnen wir:', '', ...rows, '', closing, '', 'Mit freundlichen Grüßen'];
}

describe('a misread total corrected by the sums of the letter', () => {
  it('adds net and VAT when the gross sum has a zero read as 9', () => {
    const fields = fieldsOf(invoice([
      'Anstrich Flur Grundschule Nord                2.480,00 €',
      'Lackierarbeiten Treppengeländer                 610,00 €',
      'Summe netto                                   3.090,00 €',
      'zzgl. 19 % USt                                  587,10 €',
      'Rechnungsbetrag                               3.677,19 €',
    ]));
    expect(fields.amount).toBe(3677.1);
  });
  it('adds a reminder’s claim and fees when the total has a 7 read as 1', () => {
    const fields = fieldsOf(['Zweckverband Wasser Aue', '', ...recipient, 'Datum: 04.03.2027', '', 'Mahnung', '',
      'Sehr geehrte Damen und Herren,', '', 'folgende Forderung ist noch offen:', '',
      'Wassergebühr Bauhof, fällig am 15.01.2027      1.742,60 €',
      'Mahngebühr                                         5,00 €',
      'Säumniszuschlag                                   17,00 €',
      'Gesamtbetrag                                   1.164,60 €', '',
      'Bitte zahlen Sie den Gesamtbetrag bis zum 18.03.2027.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(1764.6);
  });
  it('takes the difference of the old and the new figure of a changed notice when its table misread the result', () => {
    const fields = fieldsOf(['Abfallverband Nordkreis', '', ...recipient, 'Datum: 02.06.2027', '', 'Änderungsbescheid Verbandsumlage 2027', '',
      'Sehr geehrte Damen und Herren,', '', 'die Umlage 2027 wird wie folgt geändert:', '',
      '                          bisher              neu',
      'Umlage 2027          84.210,40 EUR      92.615,20 EUR',
      'Nachforderung                            8.464,80 EUR', '',
      'Die Nachforderung ist bis zum 30.06.2027 an die Verbandskasse zu zahlen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(8404.8);
  });
  it('takes the copy in the table that adds up when the sentence misread the sum', () => {
    const fields = fieldsOf(['Dr. Wiebke Hollander', 'Steuerberaterin', '', ...recipient, 'Datum: 09.09.2027', '', 'Antrag auf Erstattung Gewerbesteuer 2026', '',
      'Sehr geehrte Damen und Herren,', '', 'nach dem geänderten Messbescheid ergibt sich:', '',
      'Gewerbesteuer 2026 bisher                     18.240,00 €',
      'Gewerbesteuer 2026 neu                        15.903,60 €',
      'Unterschiedsbetrag (Erstattung)                2.336,40 €', '',
      'Wir beantragen, den Unterschiedsbetrag von 2.336,48 € auf unser Konto zu erstatten.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(2336.4);
  });
});

describe('no correction without unambiguous evidence', () => {
  it('keeps a total that adds up', () => {
    const fields = fieldsOf(invoice([
      'Anstrich Flur Grundschule Nord                2.480,00 €',
      'Lackierarbeiten Treppengeländer                 619,00 €',
      'Summe netto                                   3.099,00 €',
      'zzgl. 19 % USt                                  588,81 €',
      'Rechnungsbetrag                               3.687,81 €',
    ]));
    expect(fields.amount).toBe(3687.81);
  });
  it('keeps the total when a post is what OCR misread (the sum of the posts has the 9)', () => {
    // 1.200,00 + 85,00 printed; the post read as 85,09 makes the posts add up to 1.285,09.
    const fields = fieldsOf(invoice([
      'Wartung Heizungsanlage Rathaus                 1.200,00 €',
      'Anfahrtspauschale                                 85,09 €',
      'Rechnungsbetrag                                1.285,00 €',
    ]));
    expect(fields.amount).toBe(1285);
  });
  it('keeps a total confirmed by net sum and VAT rate although a tax line is misread', () => {
    const fields = fieldsOf(invoice([
      'Summe netto                                   6.515,00 €',
      'zzgl. 19 % USt                                1.231,85 €',
      'Rechnungsbetrag                               7.752,85 €',
    ]));
    expect(fields.amount).toBe(7752.85);
  });
  it('does not take a subtotal for the total it differs from in two digits', () => {
    // 1.099,00 is no misread 1.000,00: the Zwischensumme that adds up is no copy of the sum asked for.
    const fields = fieldsOf(invoice([
      'Position A                                       700,00 €',
      'Position B                                       300,00 €',
      'Zwischensumme                                  1.000,00 €',
      'Position C                                        10,00 €',
      'Position D                                        60,00 €',
      'Rechnungsbetrag                                1.099,00 €',
    ]));
    expect(fields.amount).toBe(1099);
  });
  it('keeps the sum as read when two readings would each add up', () => {
    // 1.096,00 may be a misread 1.090,00 (all three posts) or 1.006,00 (the last two): no correction.
    const fields = fieldsOf(invoice([
      'Gerüststellung                                    84,00 €',
      'Fassadenanstrich Kita Sonnenweg                  916,00 €',
      'Entsorgung Farbreste                              90,00 €',
      'Rechnungsbetrag                                1.096,00 €',
    ]));
    expect(fields.amount).toBe(1096);
  });
  it('keeps a total under a table whose count column runs into the figures', () => {
    // "5     540,00 €" reads as 5.540,00: the first post less the others makes -1.000,00, which must
    // not stand in for the total 1.080,00 (a 0 read as 8).
    const fields = fieldsOf(invoice([
      'Leistung                                     Anzahl     Betrag',
      'Sehtest Bildschirmarbeitsplatz                    5     540,00 €',
      'Impfung Hepatitis B                               3     300,00 €',
      'Beratung Hautschutz                               3     240,00 €',
      'Summe                                                 1.080,00 €',
    ]));
    expect(fields.amount).toBe(1080);
  });
  it('corrects a gross sum with a 5 read as 3 that net sum and VAT confirm', () => {
    const fields = fieldsOf(invoice([
      'Nettobetrag                                   1.850,00 €',
      'zzgl. 19 % USt                                  351,50 €',
      'Gesamtsumme                                   2.201,30 €',
    ]));
    expect(fields.amount).toBe(2201.5);
  });
  it('keeps the gross sum printed twice when a misread net subtotal would add up once corrected', () => {
    // Summe netto 200,00 read as 290,00 and the VAT 38,00 as 38,90: the net sum is not the sum asked for.
    const fields = fieldsOf(invoice([
      'Druckerpatronen schwarz                          60,00 €',
      'Druckerpatronen farbig                          140,00 €',
      'Summe netto                                     290,00 €',
      'Umsatzsteuer 19 %                                38,90 €',
      'Rechnungsbetrag                                 238,00 €',
    ], 'Bitte überweisen Sie den Rechnungsbetrag von 238,00 € bis zum 30.05.2027.'));
    expect(fields.amount).toBe(238);
  });
  it('keeps a sum that no figure of the letter checks', () => {
    const fields = fieldsOf(invoice(['Pauschale Gutachten Brücke Mühlenweg (netto zzgl. USt, Anlage)', 'Rechnungsbetrag                               4.998,00 €']));
    expect(fields.amount).toBe(4998);
  });
});
