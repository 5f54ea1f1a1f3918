// Amount, due date, letter date and IBAN for failure families seen on the dev29/dev30 letters (mail
// as the scanner sees it; cover letters with enclosures), in own wording: the date under "Datum" in
// a plain-text information block written out in words, under a place without a comma, or at the end
// of a row of labels ending in "Datum"; the receipt stamp is never the letter date; a net and a gross
// figure side by side in running text; a due prepayment a deferral request is about and the figure a
// prepayment is to be lowered to; an IBAN printed after a VAT or register number in a multi-column
// footer; the cover letter's sum over the enclosure's; a spouse's gross pay, a tax base and a
// mailing's "statt … nur" prices; a last day on which paying to an old account is still allowed.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { findIbans } from '../../ocr/extract/iban.ts';

/** A text layer without word positions, as a PDF's text or the held-out evaluation delivers it. */
const textLayerFields = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const city = ['Stadt Musterstadt', 'Kämmerei', 'Markt 1', '34567 Musterstadt', ''];

describe('letter date: information blocks read as plain text', () => {
  it('takes the written-out date under "Datum", not the date under "Ihre Nachricht vom"', () => {
    const fields = textLayerFields(['Datenwerk Nord GmbH, Kaistraße 5, 24103 Kiel', '', ...city,
      'Ihr Zeichen      Ihre Nachricht vom   Unser Zeichen   Telefon           Datum',
      '2.10-EDV/31      12.02.2030           KL/pr           0431 55 20-10     6. April 2030', '',
      'Rechnung 2030-0417', '', 'Sehr geehrte Damen und Herren,', '', 'für die Wartung berechnen wir 1.250,00 €.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2030-04-06');
  });

  it('takes the date under a place that heads the last column without a comma', () => {
    const fields = textLayerFields(['Landesbetrieb Straßenbau', '', ...city,
      'Ihr Zeichen, Ihre Nachricht vom     Unser Zeichen                 Durchwahl       Kassel',
      '6.10-TB-2030-044, 03.01.2030       LS 7-2030-118                 0561 90-330     21.02.2030', '',
      'Kostenbescheid', '', 'Sehr geehrte Damen und Herren,', '', 'die Kosten betragen 640,00 €.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2030-02-21');
  });

  it('takes the date at the end of a row of values under a row of labels ending in "Datum"', () => {
    const fields = textLayerFields(['Gärtnerei Olbers', 'Feldweg 2 · 34560 Heidhausen', '', ...city,
      'Ihre Bestellung  Lieferdatum  Kundennummer  Rechnung   Datum',
      '9.50.30-PF/30    02.05.2030   K-771         R 30/118   09.05.2030', '',
      'RECHNUNG R 30/118', 'Sommerbepflanzung Marktplatz', '',
      'Summe netto                 1.000,00', 'Umsatzsteuer 7 %               70,00', 'Gesamtbetrag                1.070,00 EUR', '',
      'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2030-05-09');
  });
});

describe('letter date: the receipt stamp', () => {
  it('leaves a mailing dated by month only undated, whatever day the stamp prints', () => {
    const fields = fieldsOf(['BÜROLUX', 'Bürolux Versand GmbH · Ringstraße 9 · 50667 Köln', '', 'An die', 'Stadtverwaltung Musterstadt', 'Markt 1',
      '34567 Musterstadt                                   Köln, im März 2030',
      '                                                    Stadt Musterstadt – Eingang 14. März 2030', '',
      'Frühjahrsangebot: Aktenschränke zum Sonderpreis', '', 'Sehr geehrte Damen und Herren,', '',
      'unsere Aktenschränke gibt es jetzt günstiger. Rufen Sie uns an!', '', 'Ihr Bürolux-Team']);
    expect(fields.letterDate).toBeUndefined();
  });

  it('keeps the letter\'s own date above a stamp dated later (guard)', () => {
    const fields = fieldsOf(['Heinz Brandt', 'Lindenweg 4', '34567 Musterstadt', '', ...city, 'Musterstadt, 02.03.2030', '',
      'Antrag auf Sondernutzung', '', 'Sehr geehrte Damen und Herren,', '', 'ich beantrage einen Stellplatz für einen Container.', '',
      'Mit freundlichen Grüßen', 'Heinz Brandt', '', '      Stadt Musterstadt – Eingang 05. März 2030 – Poststelle']);
    expect(fields.letterDate).toBe('2030-03-02');
  });
});

describe('amount: a net and a gross figure side by side', () => {
  it('takes the gross figure labelled "brutto" after the net one in running text', () => {
    const fields = fieldsOf(['Grünpflege Lausen GmbH', 'Am Wall 3', '34560 Heidhausen', '', ...city, 'Heidhausen, 10.03.2030', '',
      'Angebot Rasenpflege 2030', '', 'Sehr geehrte Damen und Herren,', '',
      'für 12 Schnitte ergibt sich eine Angebotssumme von', '4.200,00 € netto, 4.998,00 € brutto (19 % USt).', '',
      'Das Angebot gilt bis zum 30.04.2030.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(4998);
  });

  it('takes the gross figure in brackets after "netto zzgl. 19 % USt"', () => {
    const fields = fieldsOf(['Kopiertechnik Hansen GmbH', 'Hafenweg 8', '24103 Kiel', '', ...city, 'Kiel, 11.03.2030', '',
      'Verlängerung Ihres Mietvertrags', '', 'Sehr geehrte Damen und Herren,', '',
      'Monatliche Miete                 310,00 € netto', '',
      'Gesamtwert über 36 Monate: 11.160,00 € netto zzgl. 19 % USt (13.280,40 € brutto).', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(13280.4);
  });

  it('keeps a net Angebotssumme when no gross figure follows it (guard)', () => {
    const fields = fieldsOf(['Grünpflege Lausen GmbH', 'Am Wall 3', '34560 Heidhausen', '', ...city, 'Heidhausen, 10.03.2030', '',
      'Angebot Rasenpflege 2030', '', 'Sehr geehrte Damen und Herren,', '',
      'für 12 Schnitte ergibt sich eine Angebotssumme von 4.200,00 € netto.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(4200);
  });
});

describe('amount: a deferral request', () => {
  it('takes the due prepayment to be deferred, not the figure next year\'s prepayments are to be lowered to', () => {
    const fields = fieldsOf(['Kanzlei Voss Steuerberatung GmbH', 'Schulstraße 1', '34567 Musterstadt', '', ...city, 'Musterstadt, 18.02.2030', '',
      'Mandant: Tischlerei Berg GmbH', 'Antrag auf Stundung der Gewerbesteuer-Vorauszahlung I/2030', '', 'Sehr geehrte Damen und Herren,', '',
      'wegen eines Großschadens beantragen wir, die am 15.02.2030 fällige Gewerbesteuer-Vorauszahlung von', '',
      '                  5.230,00 EUR', '',
      'bis zum 30.06.2030 zu stunden. Die Vorauszahlungen ab dem II. Quartal bitten wir auf 2.400,00 EUR herabzusetzen.', '',
      'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(5230);
  });

  it('names no sum when the request only lowers the prepayments per quarter', () => {
    const fields = fieldsOf(['Kanzlei Voss Steuerberatung GmbH', 'Schulstraße 1', '34567 Musterstadt', '', ...city, 'Musterstadt, 18.02.2030', '',
      'Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen, die Vorauszahlungen ab dem Fälligkeitstermin 15.05.2030 auf 1.800,00 € je Quartal herabzusetzen.',
      'Wir erwarten einen Gewerbeertrag von höchstens 70.000 €, nicht – wie der Festsetzung zugrunde gelegt – 280.000 €.', '',
      'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: sums that nobody is asked to pay', () => {
  it('reads a spouse\'s hours and gross pay as income', () => {
    const fields = fieldsOf(['Olga Winter', 'Birkenweg 9', '34567 Musterstadt', '', ...city, 'Musterstadt, 04.03.2030', '',
      'Wohngeld – Änderung meines Einkommens', '', 'Sehr geehrte Frau Lange,', '',
      'ich teile Ihnen mit, dass sich bei uns etwas ändert:', '',
      'Ich beginne am 01.04.2030 eine neue Stelle. Mein Mann arbeitet weiter 25 Stunden (brutto 1.240,00 €).',
      'Falls wir zu viel Wohngeld bekommen, bitte ich um eine Ratenzahlung.', '', 'Mit freundlichen Grüßen', 'Olga Winter']);
    expect(fields.amount).toBeUndefined();
  });

  it('reads a mailing\'s "statt … nur" prices as prices, even with a transfer offered', () => {
    const fields = fieldsOf(['Verlag Amtsblick GmbH · Postfach 12 · 24040 Kiel', '', ...city, 'Kiel, im Februar 2030', '',
      'Der Amtskalender 2031 – jetzt vorbestellen!', '', 'Sehr geehrte Damen und Herren,', '',
      'Tischkalender A5           statt 29,90 €   nur 22,90 €*',
      'Paket 5 + 1 gratis                          nur 114,50 €*', '* zzgl. MwSt.', '',
      'Überweisen Sie den Paketpreis einfach auf unser Konto, dann liefern wir sofort!', '', 'Herzliche Grüße', 'Ihr Amtsblick-Team']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: a cover letter in front of enclosures', () => {
  const cover = ['Netzwerk Süd GmbH', 'Bahnhofstraße 1', '80335 München', '', ...city, 'München, 05.03.2030', '',
    'MAHNUNG', '', 'Sehr geehrte Damen und Herren,', '', 'für die Rechnungen der beigefügten Kontoübersicht ist noch keine Zahlung eingegangen.', '',
    '   offene Beträge lt. Kontoübersicht        2.400,00 €', '   Mahngebühr                                  5,00 €', '   Verzugszinsen                               18,40 €', '',
    '   Gesamtforderung                          2.423,40 €', '', 'Bitte überweisen Sie den Betrag bis zum 19.03.2030.', '', 'Mit freundlichen Grüßen', 'Netzwerk Süd GmbH'];
  it('takes the cover letter\'s sum, not the sum of the enclosed statement\'s items', () => {
    const fields = fieldsOf([...cover, '\f', 'Netzwerk Süd GmbH – Kontoübersicht', '',
      'RE 30-101   05.01.2030   Standortvernetzung 01/2030   800,00', 'RE 30-202   05.02.2030   Standortvernetzung 02/2030   800,00',
      'RE 30-303   05.03.2030   Standortvernetzung 03/2030   800,00', '', 'Summe offene Posten                              2.400,00',
      'Nachrichtlich: Jahresvolumen 2029                9.600,00']);
    expect(fields.amount).toBe(2423.4);
  });

  it('takes the total of a bill continued on page 2, where its closing stands (guard)', () => {
    const fields = fieldsOf(['Softwarehaus Brenner GmbH', 'Ring 4', '80335 München', '', ...city, 'München, 05.03.2030', '',
      'Rechnung 30-0815', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen:', '',
      '1  Lizenz Modul A       1.000,00', '2  Lizenz Modul B       2.000,00', '   Übertrag             3.000,00', '', 'Seite 1 von 2',
      '\f', 'Softwarehaus Brenner GmbH · Rechnung 30-0815 · Seite 2 von 2', '', '   Übertrag             3.000,00', '3  Schulung               500,00',
      '   Summe netto          3.500,00', '   USt. 19 %              665,00', '   Rechnungsbetrag      4.165,00 EUR', '',
      'Zahlbar innerhalb von 30 Tagen.', '', 'Mit freundlichen Grüßen', 'Softwarehaus Brenner GmbH']);
    expect(fields.amount).toBe(4165);
  });

  it('takes the enclosed bill\'s total when the cover note names no sum (guard)', () => {
    const fields = fieldsOf(['Malerbetrieb Kunze', 'Gartenstraße 2', '34567 Musterstadt', '', ...city, 'Musterstadt, 05.03.2030', '',
      'Unsere Rechnung für die Kita Sonnenhof', '', 'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie unsere Rechnung.', '', 'Mit freundlichen Grüßen', 'Jan Kunze',
      '\f', 'Malerbetrieb Kunze', 'RECHNUNG 30/17', '', 'Malerarbeiten Gruppenraum         2.000,00', 'USt. 19 %                           380,00',
      'Rechnungsbetrag                   2.380,00 EUR', '', 'Zahlbar bis zum 31.03.2030.']);
    expect(fields.amount).toBe(2380);
  });
});

describe('IBAN: multi-column footers', () => {
  it('finds the IBAN printed after a VAT number in the same footer row', () => {
    // The row as read with its column gaps closed to single spaces.
    expect(findIbans('GF Olaf Brandt, Eva Marx USt-IdNr. DE 214 557 903 IBAN DE42 2605 0001 0012 3456 78').map((f) => f.iban)).toEqual(['DE42260500010012345678']);
  });

  it('finds the IBAN printed after a register entry in the same footer row', () => {
    expect(findIbans('Marx Lehmann PR 204 AG Hannover IBAN DE63 2501 0030 0987 6543 21').map((f) => f.iban)).toEqual(['DE63250100300987654321']);
  });

  it('still finds two IBANs in one row (guard)', () => {
    expect(findIbans('IBAN DE42 2605 0001 0012 3456 78 IBAN DE63 2501 0030 0987 6543 21').map((f) => f.iban)).toEqual(['DE42260500010012345678', 'DE63250100300987654321']);
  });
});

describe('due date: a last day of grace is no deadline', () => {
  const letter = (sentence: string) => fieldsOf(['Druckhaus Lemke OHG', 'Werkstraße 5', '34560 Heidhausen', '', ...city, 'Heidhausen, 20.02.2030', '',
    'Neue Bankverbindung', '', 'Sehr geehrte Damen und Herren,', '', 'bitte überweisen Sie künftig auf unser neues Konto', 'IBAN DE42 2605 0001 0012 3456 78.', sentence, '', 'Mit freundlichen Grüßen']);
  it('sets none for the last day payments to the old account are still allowed', () => {
    expect(letter('Zahlungen bis zum 31.03.2030 können noch auf das bisherige Konto geleistet werden.').dueDate).toBeUndefined();
  });

  it('keeps a deadline the letter sets (guard)', () => {
    const fields = fieldsOf(['Druckhaus Lemke OHG', 'Werkstraße 5', '34560 Heidhausen', '', ...city, 'Heidhausen, 20.02.2030', '',
      'Rechnung 30/44', '', 'Sehr geehrte Damen und Herren,', '', 'für den Druck der Broschüren berechnen wir 1.190,00 €.',
      'Bitte überweisen Sie den Betrag bis zum 15.03.2030.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2030-03-15');
  });
});
