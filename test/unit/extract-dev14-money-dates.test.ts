// Amount, currency, due date, letter date and IBAN for failure families seen on the dev14/dev15
// letters (a summer fortnight of city mail, an autumn month of money mail), in own wording: a
// subject-less terms sentence "Fällig am …", "bis Ende <Monat>", "Fälligkeit: n Tage", a Skonto table
// with one row per date, a debit announced with a separable verb next to an optional transfer date,
// a box-drawn info table, paired date labels, bare table figures without a currency sign, a
// Restbetrag after a deducted Anzahlung printed with an en dash and a cost-schedule number that
// passes mod-97 by chance; the Abschlusszahlung a deferral request is about; and OCR damage: "rn" for
// the m of a month, "Tagenach" glued, a lower-case o inside a thousands group.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';
import { findIbans, isValidIban } from '../../ocr/extract/index.ts';

const recipient = ['Stadt Musterstadt', 'Tiefbau', 'Markt 1', '34567 Musterstadt', ''];

describe('dueDate', () => {
  it('reads a payment-terms sentence without a subject ("Fällig am …")', () => {
    const fields = fieldsOf(['Abwasserverband Aue', '', ...recipient, 'Datum: 03.05.2027', '', 'Gebührenrechnung Mai', '',
      'Sehr geehrte Damen und Herren,', '', 'Kanalspülung Hauptsammler                 880,00 €', 'Summe                                     880,00 €', '',
      'Fällig am 31.05.2027. Bitte geben Sie die Rechnungsnummer an.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-05-31');
  });
  it('resolves "bis Ende <Monat> <Jahr>" in a request to pay to the last day of that month', () => {
    const fields = fieldsOf(['Gartenbau Lenz', '', ...recipient, 'Auetal, den 10.04.2027', '', 'Rechnung 44/27', '',
      'Sehr geehrte Damen und Herren,', '', 'Heckenschnitt Friedhof                     640,00 €', 'Rechnungsbetrag                            640,00 €', '',
      'Bitte überweisen Sie den Betrag bis Ende April 2027.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-04-30');
  });
  it('does not make a deadline of "bis Ende <Monat>" for a reply', () => {
    const fields = fieldsOf(['Heimatbund Aue e. V.', '', ...recipient, 'Auetal, den 10.04.2027', '', 'Ausstellung im Rathaus', '',
      'Sehr geehrte Damen und Herren,', '', 'wir würden gern im Foyer ausstellen. Über eine Nachricht bis Ende Mai freuen wir uns.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('counts "Fälligkeit: n Kalendertage nach Rechnungsdatum" from the letter date', () => {
    const fields = fieldsOf(['Dachbau Riem GmbH', '', ...recipient, 'Datum: 01.03.2027', '', '2. Abschlagsrechnung', '',
      'Sehr geehrte Damen und Herren,', '', 'Zahlbetrag                                12.000,00 €', '', 'Fälligkeit: 18 Kalendertage nach Rechnungsdatum.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-03-19');
  });
  it('takes the net row of a Skonto table with one row per date', () => {
    const fields = fieldsOf(['Netzwerk Aue GmbH', '', ...recipient, 'Rechnung Nr. 88                                 Auetal, 02.06.2027', '',
      'Switches und Montage                                  10.000,00 €', '', 'Zahlungsbedingungen',
      '│ Zahlung bis   │ Skonto │ Zahlbetrag   │', '│ 09.06.2027    │ 3 %    │  9.700,00 €  │', '│ 16.06.2027    │ 2 %    │  9.800,00 €  │',
      '│ 02.07.2027    │ netto  │ 10.000,00 €  │', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-07-02');
  });
  it('takes an announced debit ("ziehen … ein") over an optional transfer date', () => {
    const fields = fieldsOf(['Gaswerk Aue GmbH', '', ...recipient, 'Datum 02.11.2027', '', 'Rücklastschrift', '', 'Sehr geehrte Damen und Herren,', '',
      'Offener Betrag                        230,00 €', '', 'Wir ziehen den offenen Betrag am 16.11.2027 von Ihrem neuen Konto ein.', '',
      'Falls Sie lieber selbst überweisen möchten, zahlen Sie bitte bis zum 13.11.2027 auf unser Konto.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-11-16');
  });
});

describe('letterDate', () => {
  it('reads the date of a box-drawn info table by its label, not a birth date above it', () => {
    // Wide cells: the reader splits each row into a label line and a value line.
    const fields = fieldsOf(['Pflegedienst Aue', '', ...recipient, '┌─────────────────────┬──────────────────────┐',
      '│ Klient              │ Herr Ohm             │', '│ geb.                │ 03.04.1941           │',
      '│ Datum               │ 12.08.2027           │', '└─────────────────────┴──────────────────────┘', '', 'Kostenübernahme', '',
      'Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung.']);
    expect(fields.letterDate).toBe('2027-08-12');
  });
  it('sorts two labels and two dates in the same order ("Rechnungsdatum / Lieferdatum d1 / d2")', () => {
    const fields = fieldsOf(['Handelsplatz Aue', '', 'Rechnung', '', ...recipient, 'Rechnungsdatum / Lieferdatum 14.09.2027 / 10.09.2027',
      'Bestellt am                  08.09.2027', '', 'Schrauben                        100,00 €', 'Gesamtbetrag                     100,00 €']);
    expect(fields.letterDate).toBe('2027-09-14');
  });
});

describe('amount and currency', () => {
  it('gives a bare table total of a German letter without any currency sign the euro', () => {
    const fields = fieldsOf(['Pumpen Aue GmbH', '', ...recipient, 'Rechnungsdatum: 05.07.2027', '', 'RECHNUNG 27-55', '',
      'Pos. Bezeichnung              Menge   E-Preis   Gesamt', '1    Pumpe getauscht             1    800,00    800,00',
      '                                            Netto             800,00', '                                            19 % USt.         152,00',
      '                                            Rechnungsbetrag   952,00', '', 'Zahlbar innerhalb von 14 Tagen.']);
    expect(fields.amount).toBe(952);
    expect(fields.currency).toBe('EUR');
  });
  it('takes the Abschlusszahlung a deferral request is about, not a larger sum in its reasons', () => {
    const fields = fieldsOf(['Metallbau Fink GmbH', '', ...recipient, 'Datum: 02.05.2027', '', 'Antrag auf Stundung der Gewerbesteuer 2025', '',
      'Sehr geehrte Damen und Herren,', '', 'nach dem Bescheid ergibt sich eine Abschlusszahlung von 9.300,00 €, fällig am 01.06.2027.',
      'Wir beantragen, diesen Betrag bis zum 30.09.2027 zu stunden.', '',
      'Ein Kunde hat unsere Rechnung über 120.000 € noch nicht bezahlt.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(9300);
  });
  it('takes the Restbetrag after a deducted Anzahlung printed with an en dash', () => {
    const fields = fieldsOf(['Bühnentechnik Aue', '', ...recipient, 'Auetal, den 04.08.2027', '', 'Schlussrechnung 19', '', 'Sehr geehrte Damen und Herren,', '',
      'Beschallung Marktplatz                                 1.000,00', '                                 Netto          1.000,00',
      '                                 19 % USt         190,00', '                                 Brutto         1.190,00',
      'abzüglich Anzahlung vom 01.06.2027                       – 400,00', '                                 Restbetrag       790,00 EUR', '',
      'Bitte überweisen Sie den Restbetrag bis zum 20.08.2027.']);
    expect(fields.amount).toBe(790);
  });
});

describe('OCR damage', () => {
  it('reads a month name whose m became "rn"', () => {
    const fields = fieldsOf(['Tierarzt Aue', '', ...recipient, 'Auetal, 14. Novernber 2027', '', 'Rechnung 7', '', 'Sehr geehrte Damen und Herren,', '',
      'Behandlung Fundhund                        80,00 €', 'Gesamtbetrag                               80,00 €']);
    expect(fields.letterDate).toBe('2027-11-14');
  });
  it('counts a period whose unit is glued to "nach" ("14 Kalendertagenach Rechnungsdatum")', () => {
    const fields = fieldsOf(['Dachbau Riem GmbH', '', ...recipient, 'Datum: 01.03.2027', '', 'Rechnung 5', '', 'Sehr geehrte Damen und Herren,', '',
      'Zahlbetrag                                1.200,00 €', '', 'Zahlbar innerhalb von 14 Kalendertagenach Rechnungsdatum.']);
    expect(fields.dueDate).toBe('2027-03-15');
  });
  it('reads a lower-case o inside a thousands group as a zero', () => {
    const fields = fieldsOf(['Labor Aue GmbH', '', ...recipient, 'Datum: 01.03.2027', '', 'Rechnung 9', '', 'Sehr geehrte Damen und Herren,', '',
      'Summe netto                               3.000,00 EUR', 'zzgl. 19 % Umsatzsteuer                     570,00 EUR', 'Rechnungsbetrag                           3.57o,00 EUR']);
    expect(fields.amount).toBe(3570);
  });
});

describe('iban', () => {
  it('does not take a cost-schedule number and a word for an IBAN of an unknown country', () => {
    // "KV 260 Abnahme der" passes mod-97: only the registry's countries count.
    expect(isValidIban('KV260ABNAHMEDER')).toBe(false);
    expect(findIbans('  KV 260  Abnahme der Vermögensauskunft (Vorschuss)     36,00 €')).toEqual([]);
    expect(findIbans('IBAN DE89 2145 0000 7113 0059 41').map((f) => f.iban)).toEqual(['DE89214500007113005941']);
  });
});
