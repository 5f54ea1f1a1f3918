// Amount, due date and letter date for failure families seen on the dev19/dev20 letters, in own
// wording: a remainder after instalments beside the gross total printed again in a breakdown, a tax
// declaration form with numbered rows, arrears, prices side by side in a flyer, an advance on pay,
// a fine a questionnaire only mentions, a plaintiff's claims served by a court, a cost plan's row
// marked "(beantragt)", a donation; a Skonto term with a decimal comma, a payee between date and
// verb, a deadline set off on its own line; and an information block whose labels are unusual.
// Guards keep what is asked for.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Gebäudemanagement', 'Markt 1', '34567 Musterstadt', ''];

describe('amount: the remainder, not the total it was computed from', () => {
  it('takes the Nachzahlung when the gross total is printed again in the breakdown on page 2', () => {
    const fields = fieldsOf(['Wärmewerk Süd GmbH', 'Gaswerkstraße 2', '34560 Südstadt', '', ...recipient, 'Datum: 03.05.2028', '', 'Ihre Wärmeabrechnung 2027', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei die Jahresabrechnung für die Grundschule Nord.', '',
      '  Abrechnungsbetrag (brutto)                  9.520,00 EUR', '  abzüglich gezahlte Abschläge (12 x 750,00)  9.000,00 EUR', '  Nachzahlung                                   520,00 EUR', '',
      'Bitte überweisen Sie die Nachzahlung bis zum 31.05.2028.', '', 'Freundliche Grüße', 'Ihr Wärmewerk',
      '\f', 'Seite 2', '', 'Einzelheiten', '  Wärme 80 MWh                     7.600,00 EUR', '  Grundpreis                         400,00 EUR',
      '  Summe netto                      8.000,00 EUR', '  Umsatzsteuer 19 %                1.520,00 EUR', '  Abrechnungsbetrag brutto         9.520,00 EUR']);
    expect(fields.amount).toBe(520);
  });
  it('guard: keeps a final invoice\'s sum of posts when no remainder is labelled', () => {
    const fields = fieldsOf(['Malerbetrieb Kunz', 'Farbweg 1', '34567 Musterstadt', '', ...recipient, 'Datum: 04.05.2028', '', 'Rechnung Nr. 88', '',
      '  Malerarbeiten Turnhalle        2.000,00 EUR', '  Umsatzsteuer 19 %                380,00 EUR', '  Gesamtbetrag                   2.380,00 EUR', '',
      'Zahlbar bis 31.05.2028.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(2380);
  });
});

describe('amount: a tax declaration form and numbered rows', () => {
  it('takes the declared tax named with its month, reading "Automat 1 184,20 €" as 184,20', () => {
    const fields = fieldsOf(['Stadt Musterstadt · Steuern · Markt 1 · 34567 Musterstadt', '', 'STEUERANMELDUNG SPIELAPPARATESTEUER', '',
      'Name: Spielhalle Glück GmbH', 'Anmeldezeitraum: März 2028', '', 'Einspielergebnis Automat 1      1.228,00 €', 'Einspielergebnis Automat 2      1.060,00 €',
      'Summe Einspielergebnis          2.288,00 €', 'Steuer Automat 1                  184,20 €', 'Steuer Automat 2                  159,00 €',
      'Anzumeldende Spielapparatesteuer März 2028    343,20 €', '', 'Musterstadt, 05.04.2028      K. Roth', 'Ort, Datum                   Unterschrift']);
    expect(fields.amount).toBe(343.2);
  });
  it('guard: keeps a space-grouped sum where the letter groups no thousands with dots', () => {
    const fields = fieldsOf(['Tischlerei Holm', 'Am Hafen 3', '34567 Musterstadt', '', ...recipient, 'Datum: 06.04.2028', '', 'Rechnung 12/28', '',
      'Für die neuen Regale berechne ich 1 234,50 €.', 'Bitte überweisen Sie den Betrag bis zum 30.04.2028.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(1234.5);
  });
});

describe('amount: arrears, advances, donations and requested rows', () => {
  it('takes the arrears below the monthly rents a landlord lists', () => {
    const fields = fieldsOf(['Werner Lau', 'Ulmenweg 2', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Sozialamt', 'Markt 1', '34567 Musterstadt', '', 'Musterstadt, 07.04.2028', '',
      'Miete für Frau Sommer', '', 'Sehr geehrte Damen und Herren,', '', 'seit Februar fehlt die Miete:', '',
      '   Miete Februar 2028      510,00 €', '   Miete März 2028         510,00 €', '   Mietrückstand         1.020,00 €', '',
      'Ich bitte Sie, den Rückstand von 1.020,00 € an mich zu überweisen.', '', 'Mit freundlichen Grüßen', '', 'Werner Lau']);
    expect(fields.amount).toBe(1020);
  });
  it('takes the advance on pay an employee asks for, not the repair bill he names', () => {
    const fields = fieldsOf(['Jan Krüger', 'Stadtgärtnerei', '', 'An den Personalservice', '', 'Musterstadt, 08.04.2028', '', 'Antrag auf Lohnvorschuss', '',
      'Sehr geehrte Damen und Herren,', '', 'ich beantrage einen Vorschuss auf meinen Lohn in Höhe von 900,00 €.',
      'Die Waschmaschine ist kaputt, eine neue kostet 1.150 €.', '', 'Mit freundlichen Grüßen', '', 'Jan Krüger']);
    expect(fields.amount).toBe(900);
  });
  it('guard: leaves out the wage an applicant names', () => {
    const fields = fieldsOf(['Jan Krüger', 'Lindenweg 4', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 08.04.2028', '', 'Antrag auf Wohngeld', '',
      'Sehr geehrte Damen und Herren,', '', 'mein Lohn beträgt 1.450,00 € im Monat. Ich beantrage Wohngeld.', '', 'Mit freundlichen Grüßen', '', 'Jan Krüger']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes the sum a cost plan\'s row marks "(beantragt)", with OCR\'s "bitteri"', () => {
    const fields = fieldsOf(['Kulturverein Musterstadt e.V.', 'Markt 9', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 09.04.2028', '', 'Zuschuss für das Sommerkonzert', '',
      'Sehr geehrte Damen und Herren,', '', 'wir bitteri die Stadt um Unterstützung des Konzerts. Unser Plan:', '',
      '   Gage                                  3.000,00 €', '   Technik                               1.000,00 €', '   Summe Ausgaben                        4.000,00 €', '',
      '   Eintritt                              3.200,00 €', '   Zuschuss der Stadt (beantragt)          800,00 €', '   Summe Einnahmen                       4.000,00 €', '',
      'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(800);
  });
  it('takes a donation the writer has transferred to the city', () => {
    const fields = fieldsOf(['Erna Voss', 'Kirchweg 5', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Grünflächenamt', 'Markt 1', '34567 Musterstadt', '', 'Musterstadt, 10.04.2028', '',
      'Sehr geehrte Damen und Herren,', '', 'für einen neuen Baum im Stadtpark habe ich gestern', '180,00 € als Spende an die Stadtkasse überwiesen.', '', 'Mit freundlichen Grüßen', '', 'Erna Voss']);
    expect(fields.amount).toBe(180);
  });
});

describe('amount: sums no one is asked to pay by this letter', () => {
  it('leaves out side-by-side prices of a flyer', () => {
    const fields = fieldsOf(['Café Mühle', 'Mühlenweg 1', '34567 Musterstadt', '', 'An alle Beschäftigten', 'der Stadt Musterstadt', 'Markt 1', '34567 Musterstadt', '', 'Musterstadt, 11.04.2028', '',
      'Frühstück ins Büro!', '', 'Ab Mai liefern wir Frühstück ins Rathaus.', '', '  Kleines Frühstück 6,40 € · Großes Frühstück 9,80 €', '',
      'Bestellen Sie bis 9 Uhr, Bezahlung bar oder auf Rechnung.', '', 'Ihr Team vom Café Mühle']);
    expect(fields.amount).toBeUndefined();
  });
  it('guard: keeps a one-row bill whose sum multiplies hours and rate', () => {
    const fields = fieldsOf(['Jens Hoff', 'Fliesenleger', 'Ringstraße 8 · 34567 Musterstadt', '', ...recipient, 'Musterstadt, 3.5.28', '', 'Rechnung Nr. 9/28', '',
      'Arbeit 12 Std. x 48,00 €          576,00 €', '', 'Bitte überweisen Sie bis 20.5.28 auf mein Konto.', '', 'Jens Hoff']);
    expect(fields.amount).toBe(576);
  });
  it('leaves out the fine a witness questionnaire says the catalogue provides', () => {
    const fields = fieldsOf(['Kreis Nordwald', 'Bußgeldstelle', '', ...recipient, 'Datum: 12.04.2028', '', 'Zeugenfragebogen', '',
      'Sehr geehrte Damen und Herren,', '', 'mit Ihrem Fahrzeug wurde am 01.04.2028 ein Rotlichtverstoß begangen. Bitte nennen Sie uns',
      'den Fahrer bis zum 26.04.2028. Für den Verstoß ist eine Geldbuße von 90,00 EUR vorgesehen;', 'dazu kämen die Gebühren des Verfahrens.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('guard: keeps a Verwarnungsgeld that is charged', () => {
    const fields = fieldsOf(['Stadt Nordwald', 'Ordnungsamt', '', ...recipient, 'Datum: 12.04.2028', '', 'Verwarnung mit Verwarnungsgeld', '',
      'Sehr geehrte Damen und Herren,', '', 'wegen Parkens im Halteverbot wird ein Verwarnungsgeld von 35,00 EUR erhoben.',
      'Bitte überweisen Sie den Betrag bis zum 26.04.2028.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(35);
  });
  it('leaves out the claims of a statement of claim a court serves', () => {
    const fields = fieldsOf(['Amtsgericht Nordwald', '', ...recipient, '12.04.2028', '', 'Zustellung einer Klage', '',
      'anliegend erhalten Sie die Klageschrift zur Stellungnahme.', '', 'K L A G E', '',
      'Wir werden beantragen, die Beklagte zu verurteilen, an den Kläger', '   1.450,00 EUR nebst Zinsen zu zahlen.', '', 'Rechtsanwalt Berg']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('dueDate: discount terms, payees and set-off deadlines', () => {
  it('takes the net date, not the Skonto date, when the Skonto sum has a decimal comma', () => {
    const fields = fieldsOf(['Bürobedarf Lenz GmbH', 'Hafenstr. 1', '20000 Hamburg', '', ...recipient, 'Rechnungsdatum: 02.05.2028', '', 'Rechnung Nr. 5521', '',
      '  Gesamtbetrag                 500,00 EUR', '', 'Zahlungsbedingungen: 3 % Skonto (15,00 EUR) bei Zahlung bis 12.05.2028 = 485,00 EUR,', 'netto ohne Abzug bis 01.06.2028.']);
    expect(fields.dueDate).toBe('2028-06-01');
  });
  it('reads the verb after the payee ("zum … an die Kreiskasse zu überweisen")', () => {
    const fields = fieldsOf(['Kreis Nordwald', 'Umweltamt', '', ...recipient, 'Datum: 13.04.2028', '', 'Gebührenbescheid', '',
      'Sehr geehrte Damen und Herren,', '', 'für die Genehmigung wird eine Gebühr von 240,00 EUR festgesetzt.',
      'Der Betrag ist zum 15.05.2028 an die Kreiskasse Nordwald zu überweisen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2028-05-15');
  });
  it('reads a deadline set off on its own line in the middle of the sentence', () => {
    const fields = fieldsOf(['Kreis Nordwald', 'Bußgeldstelle', '', ...recipient, 'Datum: 14.04.2028', '', 'Anhörung', '',
      'Sehr geehrte Damen und Herren,', '', 'bitte schicken Sie den ausgefüllten Bogen', '', '        bis zum 28.04.2028', '', 'an uns zurück.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2028-04-28');
  });
  it('guard: a date line set off after a finished sentence stays apart', () => {
    const fields = fieldsOf(['Kreis Nordwald', 'Kulturamt', '', ...recipient, 'Datum: 14.04.2028', '', 'Ausstellung', '',
      'Sehr geehrte Damen und Herren,', '', 'unsere Ausstellung ist geöffnet.', '', '        bis zum 28.04.2028', '', 'Wir freuen uns auf Ihren Besuch.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('letterDate: the value under "Datum" in a row of unusual labels', () => {
  it('takes the date under "Datum", not the date of the city\'s letter before it', () => {
    const fields = fieldsOf(['Nordsee Versicherung AG', 'Schadenabteilung', '', ...recipient,
      'Ihr Zeichen         Ihr Schreiben vom    Schadennummer      Datum', '9.50.30-K-2028/3    02.03.2028           S-2028-44          20.03.2028', '',
      'Regress aus dem Schaden vom 01.03.2028', '', 'Sehr geehrte Damen und Herren,', '', 'wir fordern 300,00 EUR. Bitte zahlen Sie bis zum 20.04.2028.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2028-03-20');
  });

  it('reads the row also with an abbreviated number label of the sender\'s own ("Vorgangs-Nr.")', () => {
    const fields = fieldsOf(['Kreiswerke Nordwald GmbH', 'Netzbetrieb', '', ...recipient,
      'Ihr Zeichen     Ihre Nachricht vom   Vorgangs-Nr.   Datum', '9.40.20-L/41    11.04.2028           V 2028 0815    02.05.2028', '',
      'Leitungsauskunft Schulstraße', '', 'Sehr geehrte Damen und Herren,', '', 'anbei die Pläne.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2028-05-02');
    expect(fields.reference).toBe('9.40.20-L/41');
  });

  it('finds "Datum" in the middle of such a row, beside the date of the city\'s letter', () => {
    const fields = fieldsOf(['Nordsee Versicherung AG', 'Schadenabteilung', '', ...recipient,
      'Ihr Schreiben vom   Schadennummer   Datum        Ihr Zeichen', '02.03.2028          S-2028-44       20.03.2028   9.50.30-K-2028/3', '',
      'Regress', '', 'Sehr geehrte Damen und Herren,', '', 'wir melden uns zum Schaden.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2028-03-20');
    expect(fields.reference).toBe('9.50.30-K-2028/3');
  });

  it('reads a row with a label no list knows ("Bearbeitung") and one OCR damaged, also with a glued slash', () => {
    const unknown = fieldsOf(['Landesamt für Brandschutz', '', ...recipient,
      'Ihr Zeichen / Ihr Antrag vom        Mein Zeichen / Bearbeitung       Datum', '3.30-FW-2028/7 / 03.02.2028         31.4-77/2028 / Frau Kühn         09.03.2028', '',
      'Zuwendung', '', 'Sehr geehrte Damen und Herren,', '', 'anbei der Bescheid.', '', 'Mit freundlichen Grüßen']);
    expect(unknown.letterDate).toBe('2028-03-09');
    const damaged = fieldsOf(['Landesamt für Brandschutz', '', ...recipient,
      'Ihr Zeichen / Ihre Nachricbt vom     Unser Geschaftszeicben /Bearbeiterin     Datum', '3.30-FW-2028/7 / 03.02.2028          31.4-77/2028 / Frau Kühn                09.03.2028', '',
      'Zuwendung', '', 'Sehr geehrte Damen und Herren,', '', 'anbei der Bescheid.', '', 'Mit freundlichen Grüßen']);
    expect(damaged.letterDate).toBe('2028-03-09');
  });

  it('keeps an ordinary sentence with "nummer" in it out of a label row', () => {
    const fields = fieldsOf(['Kreiswerke Nordwald GmbH', '', ...recipient, 'Datum: 03.05.2028', '',
      'Leitungsauskunft', '', 'Sehr geehrte Damen und Herren,', '', 'bitte nennen Sie die Hausnummer', '12.04.2028 war der Termin.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2028-05-03');
  });
});
