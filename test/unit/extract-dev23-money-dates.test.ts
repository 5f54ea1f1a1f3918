// Amount, due date, letter date and IBAN for failure families seen on the dev23/dev24 letters, in
// own wording: a sum referred back to by "Der Beitrag ist … zu zahlen" after a unit-price
// calculation, a refund asked with "den Betrag … zu erstatten" among prepayments that add up, a sum
// printed twice in a waiver request, a sum the writer has paid already, a sum the writer transfers
// to the city beside a larger back payment; due dates from a net term printed on the line under a
// Skonto term, a noun request ("Um Vorlage … wird gebeten"), an imperative with its particle after
// the date ("Senden Sie … bis zum … zurück"), a debit by mandate whose account OCR damaged; no due
// date for the reply an invitation asks for when the subject names the occasion first; no sum in an
// objection whose "Widerspruch" OCR damaged; letter dates: an event period "23.–24. Oktober" is no
// letter date, OCR's "Ibr Bescheid vom" is the addressee's document; an IBAN with "o" for 0 in its
// check digits.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';
import { findIbans } from '../../ocr/extract/iban.ts';

const city = ['Stadt Musterstadt', 'Kämmerei', 'Markt 1', '34567 Musterstadt', ''];

describe('amount: a calculated sum the next sentence asks for as "der Beitrag"', () => {
  it('takes the result of "Fläche × Satz je ha = Summe" when "Der Beitrag ist … zu zahlen" follows', () => {
    const fields = fieldsOf(['Wasser- und Bodenverband Lindtal', 'Deichweg 5', '34111 Lindtal', '', ...city, 'Lindtal, 03.09.2029', '',
      'Verbandsbeitrag für das Jahr 2029', '', 'Sehr geehrte Damen und Herren,', '',
      'für die im Verbandsgebiet gelegenen Flächen der Stadt wird der Beitrag wie folgt festgesetzt:', '',
      '   Beitragsfläche 88,4 ha × 12,50 € je ha  =  1.105,00 EUR', '',
      'Der Beitrag ist innerhalb eines Monats nach Bekanntgabe auf das Konto des Verbandes zu zahlen.', '',
      'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(1105);
  });
});

describe('amount: a refund the writer asks for', () => {
  it('takes the overpayment set off on its line and asked back, not the prepayments that add up to tax plus refund', () => {
    const fields = fieldsOf(['Brennwerk Industrie AG', 'Steuerabteilung', 'Hafenstraße 9', '28195 Bremen', '', ...city, 'Bremen, 14.08.2029', '',
      'Gewerbesteuer 2028 – Erstattung der Überzahlung', '', 'Sehr geehrte Damen und Herren,', '',
      'mit Ihrem Änderungsbescheid wurde die Gewerbesteuer 2028 auf 10.500,00 EUR herabgesetzt. Gezahlt hatten wir',
      '13.700,00 EUR. Nach Ihrer Abrechnung ergibt sich damit eine Überzahlung von', '',
      '                              3.200,00 EUR', '',
      'aus. Wir bitten, den Betrag auf unser Konto bei der Sparkasse zu erstatten.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(3200);
  });
});

describe('amount: a sum printed twice in a request to waive it', () => {
  it('takes the sum named as the total and again as the sum to waive, not the single day\'s rent', () => {
    const fields = fieldsOf(['Schachfreunde Musterstadt e.V.', 'Turmweg 3', '34567 Musterstadt', '', ...city, 'Musterstadt, 02.10.2029', '',
      'Jugendturnier im November – Nutzung der Aula', '', 'Sehr geehrte Damen und Herren,', '',
      'für unser Jugendturnier brauchen wir die Aula an zwei Tagen. Die Miete beträgt je Tag 175,- EUR, also',
      '350,- EUR für das Wochenende. Wir bitten Sie, uns die Miete von 350,- EUR zu erlassen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(350);
  });
});

describe('amount: a sum the writer says it has paid already', () => {
  it('invents no sum to pay from a fee the writer reports having paid every month', () => {
    const fields = fieldsOf(['Sandra Kühn', 'Birkenweg 8', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Jugendamt', 'Markt 1', '34567 Musterstadt', '',
      'Musterstadt, 06.09.2029', '', 'Sehr geehrte Damen und Herren,', '',
      'meine Tochter geht in den Hort an der Lindenschule. Ich habe bisher jeden Monat den Hortbeitrag von',
      '98,- EUR bezahlt, seit meiner Kündigung geht das nicht mehr. Können Sie den Beitrag übernehmen?', '',
      'Viele Grüße', '', 'Sandra Kühn']);
    expect(fields.amount).toBeUndefined();
  });
  it('still takes a sum the writer asks to have paid (guard)', () => {
    const fields = fieldsOf(['Sandra Kühn', 'Birkenweg 8', '34567 Musterstadt', '', ...city, 'Musterstadt, 06.09.2029', '', 'Rechnung Nachhilfe', '',
      'Sehr geehrte Damen und Herren,', '', 'ich habe die Nachhilfe in den Ferien gegeben und berechne Ihnen dafür',
      '240,00 EUR. Bitte überweisen Sie den Betrag bis zum 20.09.2029.', '', 'Viele Grüße', '', 'Sandra Kühn']);
    expect(fields.amount).toBe(240);
  });
});

describe('amount: the sum the writer transfers to the city', () => {
  it('takes the share the writer pays to the city, not the whole back payment it came from', () => {
    const fields = fieldsOf(['Versorgungskasse Nordland', 'Postfach 12', '30001 Hannover', '', 'Stadt Musterstadt', 'Sozialamt', 'Markt 1', '34567 Musterstadt', '',
      'Datum: 09.07.2029', '', 'Erstattungsanspruch nach § 104 SGB X', '', 'Sehr geehrte Damen und Herren,', '',
      'für die Zeit vom 01.01.2029 bis 30.06.2029 ergibt sich für Herrn Albers eine Nachzahlung von 1.940,00 EUR.',
      'Ihr Erstattungsanspruch ist in Höhe von 1.210,50 EUR begründet.', '',
      'Den Betrag von 1.210,50 EUR überweisen wir in den nächsten Tagen auf Ihr Konto.',
      'Den Rest erhält Herr Albers.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(1210.5);
  });
});

describe('dueDate: the net term on the line under a Skonto term', () => {
  it('takes the date of "zahlbar bis … ohne Abzug" printed under the discount line', () => {
    const fields = fieldsOf(['Glanzpunkt Reinigung GmbH', 'Werkstraße 4', '34500 Neudorf', '', ...city, 'Datum: 02.09.2029', '', 'Rechnung Nr. 29-311', '',
      'Sehr geehrte Damen und Herren,', '',
      'Unterhaltsreinigung August 2029                        2.000,00 €',
      'USt 19 %                                                 380,00 €',
      'Gesamtbetrag                                           2.380,00 €', '',
      'Zahlungsbedingungen:',
      'bei Zahlung bis 12.09.2029 abzüglich 3 % Skonto (71,40 €) = 2.308,60 €',
      'zahlbar bis 02.10.2029 ohne Abzug', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2029-10-02');
  });
  it('keeps out the Skonto date when both terms stand on one line (guard)', () => {
    const fields = fieldsOf(['Glanzpunkt Reinigung GmbH', 'Werkstraße 4', '34500 Neudorf', '', ...city, 'Datum: 02.09.2029', '', 'Rechnung Nr. 29-312', '',
      'Sehr geehrte Damen und Herren,', '', 'Gesamtbetrag                                           2.380,00 €', '',
      'Bei Zahlung bis 12.09.2029 gewähren wir 3 % Skonto.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('dueDate: a deadline for something the city hands in', () => {
  it('reads a request by noun: "Um Vorlage des Berichts wird bis zum … gebeten"', () => {
    const fields = fieldsOf(['Amtsgericht Lindtal', 'Betreuungsgericht', 'Gerichtsplatz 1', '34111 Lindtal', '', 'Stadt Musterstadt', 'Betreuungsbehörde', 'Markt 1', '34567 Musterstadt', '',
      'Geschäftsnummer: 3 XVII 41/29', 'Datum: 04.09.2029', '', 'Betreuungssache Erna Vogt', '', 'Sehr geehrte Damen und Herren,', '',
      'in der Betreuungssache wird die Betreuungsbehörde um einen Bericht zur sozialen Lage gebeten.',
      'Um Vorlage des Berichts wird bis zum 05.10.2029 gebeten.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2029-10-05');
  });
  it('sets no deadline for a promotion\'s condition "Bei Vorlage dieses Schreibens bis zum … erhalten Sie …" (guard)', () => {
    const fields = fieldsOf(['FrischLuft Handel GmbH', 'Gewerbering 7', '34600 Tannstadt', '', ...city, 'Tannstadt, 01.10.2029', '',
      'Herbst-Angebot für Kommunen: Luftreiniger für Büros und Klassenzimmer', '', 'Sehr geehrte Damen und Herren,', '',
      'unsere Luftreiniger filtern 99 % der Pollen und Feinstäube aus der Raumluft.',
      'Bei Vorlage dieses Schreibens bis zum 30.11.2029 erhalten Sie eine Tragetasche gratis dazu.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('reads an imperative whose particle follows the date: "Senden Sie … bis zum … zurück"', () => {
    const fields = fieldsOf(['Landkreis Wendberg', 'Bußgeldstelle', 'Kreisstraße 2', '34222 Wendberg', '', 'Stadt Musterstadt', 'Bauhof', 'Markt 1', '34567 Musterstadt', '',
      'Aktenzeichen 77.311.902', 'Datum 03.09.2029', '', 'Anhörung im Bußgeldverfahren', '', 'Sehr geehrte Damen und Herren,', '',
      'mit Ihrem Fahrzeug wurde die zulässige Höchstgeschwindigkeit überschritten. Senden Sie den',
      'ausgefüllten Bogen bis zum 24.09.2029 zurück oder nutzen Sie das Online-Portal.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2029-09-24');
  });
});

describe('dueDate: a debit named by its mandate', () => {
  it('takes the debit date of "buchen wir am … gemäß SEPA-Lastschriftmandat von Ihrem Korito … ab"', () => {
    const fields = fieldsOf(['Stadtwerke Lindtal GmbH', 'Energieweg 1', '34111 Lindtal', '', ...city, 'Datum: 10.09.2029', '', 'Rechnung Wasser 3. Quartal 2029', '',
      'Sehr geehrte Damen und Herren,', '', 'Rechnungsbetrag                                          512,40 €', '',
      'Den Rechnungsbetrag buchen wir am 24.09.2029 gemäß dem erteilten SEPA-Lastschriftmandat',
      'von Ihrem Korito DE** **** **** **** **31 07 ab.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2029-09-24');
  });
});

describe('dueDate: the reply an invitation asks for', () => {
  it('sets no deadline when the subject names the occasion before "Einladung"', () => {
    const fields = fieldsOf(['Männergesangverein Liederkranz 1879 e.V.', 'Sängerweg 4', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Büro des Bürgermeisters', 'Markt 1', '34567 Musterstadt', '',
      'Musterstadt, 01.08.2029', '', '150 Jahre Liederkranz – Einladung zum Festkonzert am 12. Oktober 2029', '',
      'Sehr geehrter Herr Bürgermeister,', '', 'zu unserem Festkonzert laden wir Sie herzlich ein.',
      'Eine kurze Rückmeldung bis zum 15.09.2029 wäre schön, damit wir Plätze reservieren können.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('objection: OCR damage to "Widerspruch"', () => {
  it('asks for no sum and sets no deadline when "Widersprueh" is read for "Widerspruch"', () => {
    const fields = fieldsOf(['Horst Lindemann', 'Ahornweg 2', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '34567 Musterstadt', '',
      '12.09.2029', '', 'Betreff: Ihr Schreiben vom 20.08.2029', '', 'Sehr geehrte Damen und Herren,', '',
      'mit dem Schreiben haben Sie mir Abwassergebühren in Höhe von 212,60 € berechnet,',
      'zu zahlen bis 30.09.2029. Dagegen lege ich Widersprueh ein.', '', 'Mit freundlichen Grüßen', '', 'Horst Lindemann']);
    expect(fields.amount).toBeUndefined();
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('letterDate: dates that are not the letter\'s own', () => {
  it('does not take the end of an event period "23.–24. Oktober" in the letterhead of a mailing dated by month only', () => {
    const fields = fieldsOf(['KOMMUNAL EXPO 2029', 'Die Messe für Verwaltung · 23.–24. Oktober 2029 · Messe Kassel', '', 'Messeverlag Nord GmbH · Postfach 1 · 34001 Kassel', '',
      'Stadt Musterstadt', 'Markt 1', '34567 Musterstadt', '', '                                          Kassel, im August 2029', '',
      'Zwei Tage Verwaltung der Zukunft', '', 'Sehr geehrte Damen und Herren,', '', 'besuchen Sie uns auf der KOMMUNAL EXPO 2029.', '', 'Ihr Messeteam']);
    expect(fields.letterDate).toBeUndefined();
  });
  it('prefers the bare date line over "Ibr Bescheid vom …" in the subject', () => {
    const fields = fieldsOf(['Inge Baumann · Lärchenweg 5 · 34567 Musterstadt', '', 'Stadt Musterstadt', 'Friedhofsverwaltung', 'Markt 1', '34567 Musterstadt', '',
      '18.09.2029', '', 'Ibr Gebührenbescheid vom 30.08.2029 – Az. 9.60.10-FG-2029/0417', 'hier: Widerspruch', '',
      'Sehr geehrte Damen und Herren,', '', 'gegen den Bescheid lege ich Widerspruch ein.', '', 'Mit freundlichen Grüßen', '', 'Inge Baumann']);
    expect(fields.letterDate).toBe('2029-09-18');
  });
});

describe('iban: check digits read as lower-case look-alikes', () => {
  it('repairs "DEo6" to DE06 when the check digits then hold', () => {
    expect(findIbans('Sparkasse Lindtal · IBAN DEo6 2505 0180 0910 3456 72 · BIC NOLADE21SPL').map((f) => f.iban)).toEqual(['DE06250501800910345672']);
  });
  it('finds no IBAN in a word with an o that fails the check (guard)', () => {
    expect(findIbans('Ab sofort 1234 5678 9012 3456 gilt')).toEqual([]);
  });
});
