// Amount, letter date, due date and IBAN for failure families seen on the dev27/dev28 letters
// (sensitive content in ordinary mail; border cases), in own wording. Amounts: a refund the writer
// asks for although the label calls the sum paid ("… bereits gezahlte Gebühr von … zu erstatten"),
// and "gehalten" is no salary; the sum a grant notice's row grants ("bewilligte Zuwendung"); a sum
// named by its period ("Jahresbetrag") is a total below the sum for the whole term; an old/new table
// ("bisher   ab 01.01.2030") names rates, no sum to pay. Letter dates: a month name with OCR's c for
// e ("Dczember"), an "Angebotsdatum", and a "vom" date paired with a reference ("Ihr Zeichen / Ihr
// Schreiben vom: REF / DATE") that is not the letter's. Due dates: a passive request "wird bis zum …
// erbeten", a request to send papers "bis zum …" over a list, OCR's "seriden Sie … zurück"; a grant's
// damaged "Verwendungsnacbweis" date stays none. IBAN: the label glued to it ("IBANDE62 …").
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const city = (unit: string) => ['Stadt Musterstadt', unit, 'Markt 1', '34567 Musterstadt', ''];

describe('amount: a refund the writer asks for', () => {
  const letter = (sentence: string) => ['Jonas Pfeiffer', 'Erlenstraße 8', '34567 Musterstadt', '', ...city('Steuern und Abgaben'),
    'Musterstadt, 02.11.2029', '', 'Hundesteuer – Antrag auf Befreiung', '', 'Sehr geehrte Damen und Herren,', '',
    `mein Hund Bruno ist seit Oktober als Therapiebegleithund anerkannt; nach der Satzung sind Hunde steuerfrei, die für diesen Zweck gehalten werden. ${sentence}`, '',
    'Mit freundlichen Grüßen', '', 'Jonas Pfeiffer'];

  it('takes the paid sum the writer asks back, and "gehalten" names no salary', () => {
    const fields = fieldsOf(letter('Ich bitte, die für das vierte Quartal bereits gezahlte Steuer von 31,50 € auf mein Konto IBAN DE62 2805 0100 0012 3456 78 zu erstatten.'));
    expect(fields.amount).toBe(31.5);
    expect(fields.iban).toBe('DE62280501000012345678');
  });

  it('reads "eingehalten" in the line of the sum to pay as no salary', () => {
    const fields = fieldsOf(['Dachdeckerei Voss', 'Lindenallee 12', '34560 Nordheim', '', ...city('Gebäudemanagement'),
      'Datum: 03.11.2029', '', 'Rechnung 29-310 Reparatur Turnhallendach', '', 'Sehr geehrte Damen und Herren,', '',
      'der vereinbarte Termin wurde eingehalten. Bitte überweisen Sie den Rechnungsbetrag von 1.480,00 € bis zum 17.11.2029.', '',
      'Mit freundlichen Grüßen', 'Dachdeckerei Voss']);
    expect(fields.amount).toBe(1480);
  });

  it('still takes no sum the writer only reports as paid', () => {
    const fields = fieldsOf(letter('Die Steuer von 31,50 € für das vierte Quartal habe ich bereits gezahlt.'));
    expect(fields.amount).toBeUndefined();
  });

  it('still reads a salary as no sum to pay', () => {
    const fields = fieldsOf(['Lea Brandt', 'Ulmenweg 2', '34567 Musterstadt', '', ...city('Personal'), 'Musterstadt, 02.11.2029', '',
      'Antrag auf Vorschuss', '', 'Sehr geehrte Damen und Herren,', '',
      'mein Gehalt von 2.840,00 € reicht für die Kaution der neuen Wohnung nicht aus; ich bitte um ein Gespräch.', '', 'Mit freundlichen Grüßen', '', 'Lea Brandt']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: the sum a grant notice grants', () => {
  it('takes the granted row over the eligible costs above it', () => {
    const fields = fieldsOf(['Landesamt für Jugend und Familie', 'Referat Zuwendungen', '', ...city('Kindertagesstätten'),
      'Aktenzeichen: LJF 3-2029-415', 'Datum: 05.11.2029', '', 'Bescheid über eine Zuwendung für Sprachförderung', '', 'Sehr geehrte Damen und Herren,', '',
      'auf Ihren Antrag wird Ihnen eine Zuwendung gewährt:', '',
      '  zuwendungsfähige Ausgaben (Fachkraft, Material)          12.600,00 €',
      '  Fördersatz                                                    75 %',
      '  bewilligte Zuwendung                                       9.450,00 €', '',
      'Die Mittel werden nach Vorlage der Belege ausgezahlt.', '', 'Mit freundlichen Grüßen', 'Im Auftrag', 'Kessler']);
    expect(fields.amount).toBe(9450);
  });
});

describe('amount: a sum named by its period', () => {
  const offer = (rows: string[]) => ['Grünpflege Adler GmbH', 'Feldweg 9', '34560 Nordheim', '', ...city('Grünflächen'),
    'Datum: 06.11.2029', '', 'Angebot Pflege der Friedhofsanlagen 2030–2032', '', 'Sehr geehrte Damen und Herren,', '',
    'gern bieten wir Ihnen die Pflege der drei Friedhöfe an:', '', ...rows, '',
    'Die Leistungen werden vierteljährlich abgerechnet.', '', 'Mit freundlichen Grüßen', 'Grünpflege Adler GmbH'];

  it('takes the sum for the whole term over the yearly sum printed above it', () => {
    const fields = fieldsOf(offer(['  Rasenpflege                     14.200,00 €', '  Heckenschnitt                    6.300,00 €',
      '  Jahresbetrag                    20.500,00 €', '', '  Vertragssumme 2030–2032 (3 Jahre)   61.500,00 €']));
    expect(fields.amount).toBe(61500);
  });

  it('still takes the yearly sum where no other total follows', () => {
    const fields = fieldsOf(offer(['  Rasenpflege                     14.200,00 €', '  Heckenschnitt                    6.300,00 €',
      '  Jahresbetrag                    20.500,00 €']));
    expect(fields.amount).toBe(20500);
  });
});

describe('amount: a table of old and new rates', () => {
  const letter = (after: string[]) => ['Vereinsheim Blau-Weiß e.V.', 'Sportplatzweg 1', '34567 Musterstadt', '', ...city('Sportstätten'),
    'Musterstadt, 07.11.2029', '', 'Pachtanpassung Vereinsgaststätte', '', 'Sehr geehrte Damen und Herren,', '',
    'wie im Pachtvertrag vereinbart, passen wir die Unterpacht zum Jahreswechsel an; bitte berücksichtigen Sie dies bei Ihrer Berechnung der Zuschüsse:', '',
    '                         bisher        ab 01.01.2030',
    '  Pacht                  410,00 €      445,00 €',
    '  Nebenkosten             95,00 €      110,00 €',
    '  Gesamt                 505,00 €      555,00 €', '', ...after, 'Mit freundlichen Grüßen', 'Der Vorstand'];

  it('takes no sum from the old and new columns', () => {
    expect(fieldsOf(letter([])).amount).toBeUndefined();
  });

  it('still takes a back payment labelled below the table', () => {
    expect(fieldsOf(letter(['Nachforderung für 2029:             150,00 €', ''])).amount).toBe(150);
  });
});

describe('letter date', () => {
  it('reads a month name with OCR\'s c for e', () => {
    const fields = fieldsOf(['Tobias Rieger', 'Kastanienweg 4', '34567 Musterstadt', '', ...city('Bürgerbüro'),
      '                                   Musterstadt, 4, Dczember 2029', '', 'Bewerbung als Verwaltungsfachangestellter', '',
      'Sehr geehrte Damen und Herren,', '', 'hiermit bewerbe ich mich um die ausgeschriebene Stelle.', '', 'Mit freundlichen Grüßen', 'Tobias Rieger']);
    expect(fields.letterDate).toBe('2029-12-04');
  });

  it('takes the Angebotsdatum over an earlier unlabelled date of the enquiry', () => {
    const fields = fieldsOf(['Spielgeräte Lindner KG', 'Hafenstraße 3', '34560 Nordheim', '', ...city('Grünflächen'),
      'Ihre Anfrage: 28.10.2029', 'Angebotsdatum: 12.11.2029', '', 'Angebot Nr. 29-771 Schaukelanlage', '', 'Sehr geehrte Damen und Herren,', '',
      'für die Schaukelanlage bieten wir Ihnen 8.940,00 € brutto an.', '', 'Mit freundlichen Grüßen', 'Spielgeräte Lindner KG']);
    expect(fields.letterDate).toBe('2029-11-12');
  });

  it('does not take the "vom" date of a label pair sharing one row with a reference', () => {
    const fields = fieldsOf(['Ingenieurbüro Falk', 'Bahnhofstraße 20', '34560 Nordheim', '', ...city('Tiefbau'),
      'Ihr Zeichen / Ihr Schreiben vom: 6.40-TB-2029/118 / 21.10.2029', '', 'Brücke Mühlbach – Prüfbericht', '', 'Sehr geehrte Damen und Herren,', '',
      'anbei erhalten Sie den Bericht der Hauptprüfung.', '', 'Mit freundlichen Grüßen', 'Ingenieurbüro Falk', 'Nordheim, 13.11.2029']);
    expect(fields.letterDate).not.toBe('2029-10-21');
  });
});

describe('due date', () => {
  const letter = (body: string[]) => ['Landgericht Nordheim', '– 3. Zivilkammer –', '', ...city('Rechtsamt'),
    'Geschäftsnummer: 3 O 221/29', 'Datum: 08.11.2029', '', 'In dem Rechtsstreit Haller ./. Stadt Musterstadt', '',
    'Sehr geehrte Damen und Herren,', '', ...body, '', 'Mit freundlichen Grüßen', 'Vogt, Justizobersekretär'];

  it('takes the date of a passive request ("wird bis zum … erbeten")', () => {
    expect(fieldsOf(letter(['Eine Stellungnahme zum Gutachten wird bis zum 06.12.2029 erbeten.'])).dueDate).toBe('2029-12-06');
  });

  it('takes the date of a request to send papers listed below it', () => {
    const fields = fieldsOf(letter(['Wir bitten Sie, uns bis zum 29.11.2029',
      '  – die Streupläne des Winters 2028/29 und', '  – die Einsatzberichte des Räumdienstes in Kopie zu übersenden.']));
    expect(fields.dueDate).toBe('2029-11-29');
  });

  it('takes the date of "senden Sie … zurück" with OCR\'s ri for n', () => {
    expect(fieldsOf(letter(['Bitte seriden Sie den ausgefüllten Fragebogen bis zum 03.12.2029 zurück.'])).dueDate).toBe('2029-12-03');
  });

  it('still takes no date of a grant\'s Verwendungsnachweis, also damaged', () => {
    expect(fieldsOf(letter(['Der Verwendungsnacbweis ist bis zum 30.06.2031 vorzulegen.'])).dueDate).toBeUndefined();
  });
});

describe('IBAN', () => {
  const letter = (footer: string) => ['Hausverwaltung Timm GmbH', 'Wallstraße 5', '34560 Nordheim', '', ...city('Soziales'),
    'Datum: 09.11.2029', '', 'Zahlungserinnerung Miete November 2029', '', 'Sehr geehrte Damen und Herren,', '',
    'bitte überweisen Sie die Miete von 612,00 € bis zum 20.11.2029.', '', 'Mit freundlichen Grüßen', 'Hausverwaltung Timm GmbH', '', footer];

  it('reads an IBAN glued to its label', () => {
    expect(fieldsOf(letter('Sparkasse Nordheim · IBANDE82 2509 0100 0004 4712 20 · BIC NOLADE21NOR')).iban).toBe('DE82250901000004471220');
  });

  it('still reads the IBAN after its label with a space', () => {
    expect(fieldsOf(letter('Sparkasse Nordheim · IBAN DE82 2509 0100 0004 4712 20 · BIC NOLADE21NOR')).iban).toBe('DE82250901000004471220');
  });
});
