// Amount, due date and letter date for failure families seen on the dev21/dev22 letters, in own
// wording: a contribution labelled "Jahresbeitrag" under a net table, a Skonto sum in brackets on the
// line after the discount term, a tax base (Messbetrag) in a levy table, an employee's pay reported
// to a social insurer, a sum set off alone with its currency code before it, a year after a month
// name in a table row, English, bilingual and CHF letters, a waiver asked for, OCR's "Summc" and
// "iu Höhe"; due dates from a list of instalment dates, a pipe table, a bilingual period, English
// "by …"; no due date before the letter date, for the advances of a coming period, for a relief
// request's own duty, for an early-booking price or for a court's payment order; letter dates in
// French, "Ort, am …" at the end of a reference row and a signature place OCR read with a 0.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions, as a PDF's text or the held-out evaluation delivers it. */
const textLayerFields = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const city = ['Stadt Musterstadt', 'Kämmerei', 'Markt 1', '34567 Musterstadt', ''];

describe('amount: the contribution a premium invoice charges', () => {
  it('takes the "Jahresbeitrag" after the tax, not the net sum of the table', () => {
    const fields = fieldsOf(['Nordland Versicherung AG', 'Deichstraße 4', '20095 Hamburg', '', ...city, 'Hamburg, 04.01.2027', '', 'Beitragsrechnung 2027 Gebäudeversicherung', '',
      'Sehr geehrte Damen und Herren,', '', 'für das Versicherungsjahr 2027 berechnen wir:', '',
      'Objekt                     Feuer          Sturm          Netto',
      'Rathaus                    800,00 €       300,00 €       1.100,00 €',
      'Feuerwache                 500,00 €       200,00 €         700,00 €',
      'Summe                    1.300,00 €       500,00 €       1.800,00 €', '',
      'Versicherungsteuer 19 % auf 1.800,00 €                       342,00 €',
      'Jahresbeitrag 2027                                         2.142,00 €', '',
      'Der Jahresbeitrag ist zahlbar bis zum 31. Januar 2027.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(2142);
    expect(fields.dueDate).toBe('2027-01-31');
  });
});

describe('amount: "Beitrag" only as the label of its figure (guard)', () => {
  it('keeps the fixed contribution, not the monthly rate an instalment request offers for it', () => {
    const fields = fieldsOf(['Karl Reuter', 'Amselweg 3', '34567 Musterstadt', '', ...city, 'Musterstadt, 20.09.2027', '', 'Erschließungsbeitrag – Antrag auf Ratenzahlung', '',
      'Sehr geehrte Damen und Herren,', '', 'mit dem Bescheid haben Sie einen Erschließungsbeitrag von',
      '5.120,00 Euro festgesetzt, zahlbar bis zum 15.10.2027.', '',
      'Ich beantrage, den Beitrag in Monatsraten zu 400,00 Euro zahlen zu dürfen.', '', 'Mit freundlichen Grüßen', '', 'Karl Reuter']);
    expect(fields.amount).toBe(5120);
  });
});

describe('amount: a discount term carried over the line break', () => {
  it('keeps the gross sum when the Skonto sum stands in brackets on the next line', () => {
    const fields = fieldsOf(['Datenwerk GmbH', 'Am Hafen 2', '28195 Bremen', '', ...city, 'Datum: 06.01.2027', '', 'Rechnung Nr. 27-0012', '',
      'Sehr geehrte Damen und Herren,', '',
      'Lizenz Kassenverfahren 2027                            4.000,00 €',
      'Nettobetrag                                            4.000,00 €',
      'USt 19 %                                                 760,00 €',
      'Rechnungsbetrag                                        4.760,00 €', '',
      'Zahlbar innerhalb von 10 Tagen ab Rechnungsdatum mit 3 % Skonto',
      '(Zahlbetrag 4.617,20 €) oder innerhalb von 30 Tagen ohne Abzug.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(4760);
  });
});

describe('amount: a levy table with a tax base', () => {
  it('takes the sum of the levies, not the Messbetrag, and the first of the listed dates', () => {
    const fields = fieldsOf(['Gemeinde Tannfeld', 'Schulweg 3', '34999 Tannfeld', '', ...city, 'Datum: 11.01.2027', '', 'Bescheid über Grundbesitzabgaben 2027', '',
      'Sehr geehrte Damen und Herren,', '', 'für Ihr Grundstück Bachgasse 7 werden für 2027 festgesetzt:', '',
      'Grundsteuer B           Messbetrag 150,00 €      500 %          750,00 €',
      'Abfallgebühr            1 Behälter                              240,00 €',
      'Summe der Abgaben 2027                                          990,00 €',
      'Die Abgaben sind zu folgenden Terminen fällig:',
      '15. Februar 2027      247,50 €', '15. Mai 2027          247,50 €', '15. August 2027       247,50 €', '15. November 2027     247,50 €', '',
      'Bitte überweisen Sie die Beträge zu den genannten Terminen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(990);
    expect(fields.dueDate).toBe('2027-02-15');
  });
});

describe('amount: an employee\'s pay is no sum to pay', () => {
  it('leaves out the "beitragspflichtige Entgelt" a health insurer reports', () => {
    const fields = fieldsOf(['AOK Musterland', 'Postfach 12', '30001 Hannover', '', 'Stadt Musterstadt', 'Personalservice', 'Markt 1', '34567 Musterstadt', '', 'Datum: 12.01.2027', '',
      'Jahresmeldung 2026 für Frau Eva Sommer', '', 'Sehr geehrte Damen und Herren,', '',
      'für Ihre Beschäftigte ist die Jahresmeldung mit einem beitragspflichtigen Entgelt von 38.400 Euro eingegangen.',
      'Bitte übermitteln Sie eine berichtigte Meldung innerhalb von 14 Tagen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: a sum set off on its own line with the currency code first', () => {
  it('reads the reminder\'s open sum, not the year of the due date in the table', () => {
    const fields = fieldsOf(['Holzbau Gruber GmbH', 'Bergstraße 9', '5020 Salzburg', 'Österreich', '', ...city, 'Salzburg, 2. März 2027', '', 'Zahlungserinnerung', '',
      'Sehr geehrte Damen und Herren,', '', 'folgende Rechnung ist noch offen:', '',
      'Rechnung Nr.    vom               fällig am           Betrag',
      '2027/0011       10. Jänner 2027   9. Februar 2027     EUR 2.480,00', '',
      'Wir ersuchen Sie, den offenen Betrag von', '', '                              EUR 2.480,00', '',
      'bis 16. März 2027 zu überweisen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(2480);
    expect(fields.dueDate).toBe('2027-03-16');
  });
});

describe('amount and dueDate: English and bilingual letters', () => {
  it('reads an English reminder\'s outstanding amount and "by" date', () => {
    const fields = fieldsOf(['Harbour Lights B.V.', 'Kade 4', '1011 AB Amsterdam', '', ...city, 'Amsterdam, 5 March 2027', '', 'PAYMENT REMINDER', '',
      'Dear Sir or Madam,', '', 'Invoice no.   Invoice date      Due date        Amount',
      'HL-27-004     2 January 2027    1 February 2027  EUR 1,210.00', '',
      'Please transfer the outstanding amount of EUR 1,210.00 by 19 March 2027 at the latest.', '', 'Kind regards']);
    expect(fields.amount).toBe(1210);
    expect(fields.dueDate).toBe('2027-03-19');
  });
  it('counts a bilingual period "14 dagen / Tage" from the invoice date', () => {
    const fields = fieldsOf(['Tulpen Export B.V.', 'Veldweg 2', '7731 Ommen', '', ...city, 'Ommen, 08-03-2027', '', 'Rechnung / Factuur 27-118', '',
      'Sehr geehrte Damen und Herren,', '', 'Tulpenzwiebeln, 2.000 Stück                       EUR 900,00', '',
      'Betalingstermijn / Zahlungsziel: 21 dagen / Tage na factuurdatum / nach Rechnungsdatum.', '', 'Met vriendelijke groet']);
    expect(fields.dueDate).toBe('2027-03-29');
  });
  it('takes a Swiss offer\'s total "ohne MWST" in CHF', () => {
    const fields = fieldsOf(['Alpentechnik AG', 'Industriestrasse 4', '8400 Winterthur', '', ...city, 'Winterthur, 9. März 2027', '', 'Offerte Nr. 27-311', '',
      'Sehr geehrte Damen und Herren', '',
      'Pos.  Bezeichnung                         Menge      Preis CHF',
      '1     Kehrmaschine KM 200                   1       12\'400.00',
      '2     Einweisung                            1          600.00',
      '      Total Offerte (Export, ohne MWST)             CHF 13\'000.00', '', 'Freundliche Grüsse']);
    expect(fields.amount).toBe(13000);
    expect(fields.currency).toBe('CHF');
  });
});

describe('amount: a fee the letter asks to waive', () => {
  it('takes the rent a club asks the city to waive', () => {
    const fields = fieldsOf(['Chor Harmonie Lenzburg', 'Postfach', '5600 Lenzburg', '', ...city, 'Lenzburg, 3. März 2027', '', 'Gesuch um Erlass der Hallenmiete', '',
      'Sehr geehrte Damen und Herren', '', 'für unser Benefizkonzert ersuchen wir Sie, uns die Hallenmiete von 620,00 Euro zu erlassen.', '', 'Freundliche Grüsse']);
    expect(fields.amount).toBe(620);
  });
});

describe('amount: OCR-damaged labels', () => {
  it('reads "Summc" as a total', () => {
    const fields = textLayerFields(['Landgericht Nordheim', 'Gerichtsstraße 1', '34000 Nordheim', '', ...city, 'Datum: 10.03.2027', '', 'Kostenrechnung', '',
      'Wegen: EUR 1.200,00 Hauptforderung', '', 'Sehr geehrte Damen und Herren,', '', 'Hauptforderung                       EUR 1.200,00', 'Auslagen                             EUR    45,60',
      'Summc ohne Zinsen                    EUR 1.245,60', '', 'Die Forderung von EUR 1.200,00 ist trotz Mahnung offen geblieben.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(1245.6);
  });
  it('takes the balance in the city\'s favour after "iu Höhe von"', () => {
    const fields = fieldsOf(['Wärme Süd GmbH', 'Ring 3', '34567 Musterstadt', '', ...city, 'Datum: 12.01.2027', '', 'Jahresabrechnung Wärme 2026', '',
      'Sehr geehrte Damen und Herren,', '',
      'Bruttobetrag                                    8.330,00 €', 'Ihre Abschlagszahlungen (12 x 700,00 €)         8.400,00 €', '',
      'Ihr Guthaben iu Höhe von 70,00 € überweisen wir am 25.01.2027 auf Ihr Konto.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(70);
  });
});

describe('dueDate: no deadline', () => {
  it('drops a due date before the letter date when the reminder counts from receipt', () => {
    const fields = fieldsOf(['Malerbetrieb Frost e.K.', 'Weg 1', '34567 Musterstadt', '', ...city, 'Musterstadt, 20.01.2027', '', 'Mahnung', '',
      'Sehr geehrte Damen und Herren,', '', 'Rechnung Nr. 26-88, fällig am 15.12.2026          1.190,00 €', '',
      'Bitte überweisen Sie den Betrag spätestens zehn Tage nach Erhalt dieses Schreibens.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('leaves out the first date of the coming advances ("jeweils … erstmals am") but keeps the back payment\'s date', () => {
    const fields = fieldsOf(['Versorgungskasse Nord', 'Postfach 3', '30001 Hannover', '', ...city, 'Datum: 14.01.2027', '', 'Bescheid über die Abgabe 2026', '',
      'Sehr geehrte Damen und Herren,', '', 'Nachzahlung                                  240,00 EUR', '',
      'Der Nachzahlungsbetrag ist am 05.02.2027 fällig.', '',
      'Die monatliche Vorauszahlung für 2027 beträgt 95,00 EUR. Sie ist jeweils zum 5. des Folgemonats zu zahlen,',
      'erstmals am 05.03.2027.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-02-05');
  });
  it('leaves out a monthly Abschlag due "jeweils zum Monatsersten, erstmals am …"', () => {
    const fields = fieldsOf(['Fernwärme West GmbH', 'Ring 3', '34567 Musterstadt', '', ...city, 'Datum: 08.01.2027', '', 'Jahresabrechnung 2026', '',
      'Sehr geehrte Damen und Herren,', '', 'Ihr Guthaben von 55,00 € überweisen wir auf Ihr Konto.', '',
      'Ab Februar 2027 beträgt Ihr monatlicher Abschlag 410,00 €; er wird jeweils zum Monatsersten fällig, erstmals am 01.02.2027.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('leaves out the landlord\'s deadline a relief request names as the writer\'s own duty', () => {
    const fields = fieldsOf(['Petra Lange', 'Berufsbetreuerin', 'Gartenweg 2', '34567 Musterstadt', '', 'Stadt Musterstadt', 'Sozialamt', 'Markt 1', '34567 Musterstadt', '', 'Musterstadt, 15.01.2027', '',
      'Betriebskostennachzahlung für Herrn Otto Brandt', '', 'Sehr geehrte Damen und Herren,', '',
      'Die Nachzahlung von 212,40 € ist laut Abrechnung bis zum 28.02.2027 an den Vermieter zu zahlen.',
      'Ich beantrage daher, die Nachzahlung als Bedarf für Unterkunft zu übernehmen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('leaves out an early-booking date ("Bei Anmeldung bis zum … zahlen Sie nur …")', () => {
    const fields = fieldsOf(['Verwaltungsakademie Süd', 'Allee 1', '80001 München', '', ...city, 'München, 10.01.2027', '', 'Seminar Kommunales Haushaltsrecht', '',
      'Sehr geehrte Damen und Herren,', '', 'Teilnahmegebühr: 390,00 € je Person. Bei Anmeldung bis zum 20. Februar 2027 zahlen Sie nur 340,00 €.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('does not count a court payment order\'s period from the letter date', () => {
    const fields = fieldsOf(['Bezirksgericht Graz', 'Marburger Kai 49', '8010 Graz', '', 'Stadt Musterstadt', 'Rechtsamt', 'Markt 1', '34567 Musterstadt', '', 'Graz, 02.03.2027', '', 'Zahlungsbefehl', '',
      'Die beklagte Partei ist schuldig, der klagenden Partei den Betrag von EUR 1.500,00 zu bezahlen oder Einspruch zu erheben.', '',
      'Belehrung', '', 'Wenn Sie den eingeklagten Betrag samt Kosten binnen 14 Tagen bezahlen, ist das Verfahren erledigt.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('guard: an invoice\'s "innerhalb von 14 Tagen" still counts from its date', () => {
    const fields = fieldsOf(['Elektro Lenz GmbH', 'Weg 3', '34567 Musterstadt', '', ...city, 'Datum: 02.03.2027', '', 'Rechnung Nr. 27-044', '',
      'Sehr geehrte Damen und Herren,', '', 'Rechnungsbetrag                 595,00 €', '', 'Bitte zahlen Sie binnen 14 Tagen ab Rechnungsdatum.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-03-16');
  });
});

describe('dueDate: a pipe table', () => {
  it('reads "fällig am" from the header cell of a pipe table (a text layer without word positions)', () => {
    const fields = textLayerFields(['Landkreis Heideland', 'Kreishaus', '34800 Heidestadt', '', ...city, 'Datum: 09.03.2027', '', 'Gebührenbescheid', '',
      'Sehr geehrte Damen und Herren,', '', 'folgende Kosten werden festgesetzt:', '',
      '| Aktenzeichen  | Gebühr   | Gesamtbetrag | fällig am  |',
      '| 66.1-W-12/27  | 210,00 € | 210,00 €     | 12.04.2027 |', '',
      'Bitte überweisen Sie den Gesamtbetrag fristgerecht.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-04-12');
    expect(fields.amount).toBe(210);
  });
});

describe('letterDate: foreign spellings and OCR', () => {
  it('reads a French date "le 8 mars 2027"', () => {
    const fields = fieldsOf(['HÔTEL DES ARDENNES', 'Grand-Rue 4', 'L-9530 Wiltz', '', ...city, 'Wiltz, le 4 mars 2027', '', 'FACTURE / RECHNUNG N° 27/114', '',
      'Hébergement / Übernachtung        2 x 95,00 €      190,00 €', '', 'Zahlbar bis 31.03.2027']);
    expect(fields.letterDate).toBe('2027-03-04');
  });
  it('reads "Ort, am …" at the end of the "Ihr Zeichen" row over an older date in the subject', () => {
    const fields = textLayerFields(['Huber Rechtsanwälte OG', 'Platz 1', '5020 Salzburg', '', 'Stadt Musterstadt', 'Feuerwehr', 'Markt 1', '34567 Musterstadt', '',
      'Ihr Zeichen:    3.30-KE-2027/004                          Salzburg, am 9. März 2027', '',
      'Kostenbescheid vom 11.02.2027, Kassenzeichen 3.3000.0042', 'Widerspruch', '', 'Sehr geehrte Damen und Herren,', '', 'namens unserer Mandantin erheben wir Widerspruch.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBe('2027-03-09');
  });
  it('reads the date by the signature when OCR reads the place\'s O as 0', () => {
    const fields = fieldsOf(['Landkreis Osterfeld', 'Kommunalaufsicht', 'Kreishaus', '34900 Osterfeld', '', ...city, 'Genehmigung der Haushaltssatzung 2027', '',
      'Sehr geehrte Damen und Herren,', '', 'die Haushaltssatzung wird genehmigt.', '', 'Mit freundlichen Grüßen', '', 'Landrat', '', '0sterfeld, den 18.03.2027']);
    expect(fields.letterDate).toBe('2027-03-18');
  });
});
