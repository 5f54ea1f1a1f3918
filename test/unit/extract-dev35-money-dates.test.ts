// Amounts, due dates and letter dates for failure families seen on the dev35/dev36 letters (own
// wording): day-first dates with slashes on foreign invoices, a form's "Ort, Datum" row above the
// signature rule, a bare date under the signature, a delivery "am 14. oder 15.12.", Swiss sums
// with an apostrophe under a "CHF" column, a total label hyphenated over the line break, a
// "Zahlungsfrist: 14 Tage" label, instalments "von je 1.250,00 EUR … und zwar am", a grant's
// Mittelabruf "in Höhe von", OCR's "zusammcn" and "Kirchdorf. 12.05.2026", and dates that are no deadline ("möglichst bis", the deadline the
// city's own order set, the next prepayment's "nächste Fälligkeit").
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions, as a PDF printout delivers it (the signature rule stays). */
const textLayer = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17033 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Malte Griese'];

describe('letter date and due date: day-first dates with slashes', () => {
  it('reads "Rechnungsdatum : 03/05/2026" and "Fällig am : 02/06/2026" on a bilingual invoice', () => {
    const lines = ['Veloroute SARL · 3 place Kléber · 67000 Strasbourg', '', ...recipient,
      'FACTURE / RECHNUNG N° VR-2026-118', '',
      'Date de facture / Rechnungsdatum :        03/05/2026',
      'Date de livraison / Lieferdatum :         28/04/2026', '',
      'Fahrradbügel verzinkt, 20 Stück                          1 880,00 €',
      'Net à payer / Zu zahlen                                  1 880,00 €', '',
      'Conditions de paiement / Zahlungsbedingungen : 30 jours net / 30 Tage netto',
      'Échéance / Fällig am : 02/06/2026', ...closing];
    const fields = fieldsOf(lines);
    expect(fields.letterDate).toBe('2026-05-03');
    expect(fields.dueDate).toBe('2026-06-02');
  });
  it('reads no date out of an invoice number with slashes ("FV/0318/05/2026")', () => {
    const lines = ['Ogrody Wisła Sp. z o.o.', '', ...recipient, 'Datum: 07.05.2026', '', 'FAKTURA VAT / RECHNUNG Nr FV/0318/05/2026', '',
      'Sehr geehrte Damen und Herren,', '', 'für die Lieferung berechnen wir 912,00 EUR.', ...closing];
    expect(fieldsOf(lines).letterDate).toBe('2026-05-07');
  });
});

describe('letter date: forms and short notes dated at the foot', () => {
  it('takes the filled-in "Ort, Datum" row above the signature rule, not the dates the fields ask for', () => {
    const lines = ['An die', 'Stadt Musterstadt', '– Bauaufsicht –', 'Markt 1', '17033 Musterstadt', '', '', '',
      'ANZEIGE DES BAUBEGINNS', '',
      '1. Bauvorhaben',
      '   Aktenzeichen der Genehmigung:   6.30-BG-2026/0211',
      '   Datum der Genehmigung:          03.03.2026',
      '   Vorhaben: Anbau eines Wintergartens', '',
      '2. Bauherr',
      '   Name, Vorname: Hansen, Peter',
      '   Anschrift:     Birkenweg 4, 17033 Musterstadt', '',
      '3. Anzeige',
      '   [x] Mit den Bauarbeiten wird begonnen am: 01.06.2026',
      '   [ ] Die Bauleitung hat übernommen: ____________', '',
      '4. Bemerkungen',
      '   keine', '',
      'Musterstadt, 12.05.2026                     Peter Hansen',
      '______________________________              ______________________________',
      'Ort, Datum                                  Unterschrift Bauherr'];
    expect(fieldsOf(lines).letterDate).toBe('2026-05-12');
    expect(textLayer(lines).letterDate).toBe('2026-05-12');
  });
  it('takes a bare date under the signature of a note without a dated header', () => {
    const lines = ['Rechnung Nr. 17', '', 'An', 'Stadt Musterstadt, Bauhof', 'z. Hd. Herrn Ott', 'Am Werkhof 4', '17033 Musterstadt', '',
      'Für Schärfarbeiten, gebracht am 04.05. und abgeholt am 11.05.:', '',
      ' 8 Stechbeitel abziehen                      je 6,00  =  48,00',
      ' 3 Hobeleisen schleifen                      je 7,50  =  22,50',
      ' 2 Kettensägeketten schärfen                 je 11,00 =  22,00',
      '   Anfahrt                                            =  10,00',
      '                                                       -------',
      '                                             Summe      102,50 €', '',
      'Kein Ausweis der Umsatzsteuer, Kleinunternehmer nach § 19 UStG.', '',
      'Bitte bis 2.6.26 überweisen auf', 'IBAN DE12 1234 5678 0000 1111 22', '',
      'Gruß an die Kollegen, die Hobeleisen waren ziemlich stumpf.', '', 'K. Brandt', '', '18.05.26', '',
      'SCHÄRFEREI BRANDT', 'Dorfstraße 3 · 17099 Kirchdorf'];
    expect(fieldsOf(lines).letterDate).toBe('2026-05-18');
  });
  it('takes no bare date that answers a label on the line above ("Termin:")', () => {
    const lines = ['An die Stadt Musterstadt', 'Markt 1', '17033 Musterstadt', '', 'Sehr geehrte Damen und Herren,', '',
      'ich bitte um einen Termin zur Beratung.', '', 'Mit freundlichen Grüßen', 'Ute Lamm', '', 'Gewünschter Termin:', '14.06.2026'];
    expect(fieldsOf(lines).letterDate).toBeUndefined();
  });
  it('does not date an offer by the second of two delivery days ("am 14. oder 15.12.2026")', () => {
    const lines = ['Gärtnerei Holm', 'Zierpflanzen · Gestecke · Baumschule', 'Wiesenweg 2 · 17099 Kirchdorf · Tel. 03 99 / 12 34', '',
      'Stadt Musterstadt', 'Bauhof', 'Herrn Ott', 'Am Werkhof 4', '17033 Musterstadt', '', '', '',
      'Moin Herr Ott,', '',
      'wie am Telefon besprochen liefern wir die 40 Weihnachtssterne für das Rathaus',
      'am 14. oder 15.12.2026 nach Absprache, dazu zwölf Gestecke für die Sitzungssäle, zum Festpreis von',
      '360,00 € zzgl. 19 % MwSt. 68,40 €, also 428,40 € brutto. Das Angebot gilt bis 30.11.2026.',
      'Bezahlung nach Rechnung, 14 Tage. Wenn Sie die Pflanzen vorher sehen wollen, kommen Sie vorbei.', '',
      'Schöne Grüße', '', 'Ina Holm', '', 'Kirchdorf, 20.11.2026', '',
      'Gärtnerei Holm · Ina Holm · Sparkasse Nordheim · IBAN DE12 1234 5678 0000 1111 22'];
    expect(fieldsOf(lines).letterDate).toBe('2026-11-20');
  });
});

describe('letter date: OCR damage at the foot', () => {
  it('takes "Kirchdorf. 12.05.2026" (the comma read as a full stop) under the signature', () => {
    const lines = ['Angelverein Hechtkuhle e.V.', 'Seeweg 1, 17099 Kirchdorf', '', ...recipient, 'Sehr geehrte Damen und Herren,', '',
      'wir bitten um die Nutzung des Bootsstegs am Stadtsee für unser Anangeln im Frühjahr.', '', 'Mit freundlichen Grüßen', 'Rolf Eick', '', 'Kirchdorf. 12.05.2026'];
    expect(fieldsOf(lines).letterDate).toBe('2026-05-12');
  });
});

describe('amount: foreign formats and broken labels', () => {
  it('reads a Swiss total with an apostrophe under a "CHF" column header', () => {
    const lines = ['Glockengiesserei Huber AG · Dorfstrasse 8 · 8400 Winterthur', '', ...recipient, 'Winterthur, 5. Mai 2026', '', 'Rechnung Nr. 26-0207', '',
      'Pos.  Bezeichnung                                                  CHF',
      '1     Wartung Läutwerk, pauschal                                2\'140.00',
      '2     Arbeitszeit 6 Std. à CHF 96.00                              576.00',
      '      Rechnungstotal                                            2\'716.00', '',
      'Zahlbar innert 30 Tagen netto.', ...closing];
    const fields = fieldsOf(lines);
    expect(fields.amount).toBe(2716);
    expect(fields.currency).toBe('CHF');
  });
  it('joins a total label hyphenated over the line break ("Gesamt-" / "forderung")', () => {
    const lines = ['Malerbetrieb Kunert e.K.', '', ...recipient, 'Datum: 11.05.2026', '', '2. Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
      'unsere Rechnung ist noch offen.', '',
      'Rechnungsbetrag (fällig seit 02.04.2026)                     2.310,00 €',
      'Mahngebühr                                                       7,50 €',
      '                                                          ------------',
      'Gesamt-',
      'forderung                                                    2.317,50 €', '',
      'Bitte überweisen Sie die Gesamtforderung bis zum 25.05.2026.', ...closing];
    expect(fieldsOf(lines).amount).toBe(2317.5);
  });
});

describe('amount: sums named in running text', () => {
  it('takes the sum a grant recipient calls ("rufen wir … in Höhe von … ab"), not its expenses', () => {
    const lines = ['Chorgemeinschaft Liederkranz e.V.', '', ...recipient, 'Datum: 14.05.2026', '', 'Mittelabruf – 1. Teilbetrag', '', 'Sehr geehrte Damen und Herren,', '',
      'für die anstehenden Ausgaben', '',
      '    Notenmaterial                                   420,00 €',
      '    Saalmiete Konzert                               980,00 €',
      '                                                 ----------',
      '    zusammen                                      1.400,00 €', '',
      'rufen wir hiermit den ersten Teilbetrag der Zuwendung in Höhe von', '', '                   1.100,00 €', '',
      'ab; den Rest tragen wir selbst.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1100);
  });
  it('takes a total in running text whose "zusammen" OCR read as "zusammcn"', () => {
    const lines = ['Landgasthof Eiche', 'Inh. Gerd Raabe', '', ...recipient, 'Datum: 15.05.2026', '', 'Sehr geehrte Damen und Herren,', '',
      'für den Empfang berechnen wir Ihnen das Essen für 40 Personen zu je 16,00 €, das sind 640,00 €,',
      'dazu die Getränke mit 212,40 €, zusammcn also 852,40 € (darin enthalten 7 % MwSt. auf das Essen',
      '41,87 € und 19 % MwSt. auf die Getränke 33,91 €). Bitte überweisen Sie den Betrag bis zum 29.05.2026.', ...closing];
    expect(fieldsOf(lines).amount).toBe(852.4);
  });
});

describe('due date: terms and dates that are no deadline', () => {
  it('takes the first date of instalments "von je 1.250,00 EUR zu zahlen, und zwar am"', () => {
    const lines = ['Zweckverband Wasser Nordheim', '', ...recipient, 'Datum: 10.05.2026', '', 'Umlagebescheid 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'die Umlage wird auf 3.750,00 EUR festgesetzt.', '',
      'Der festgesetzte Betrag ist in drei Teilbeträgen von je 1.250,00 EUR zu zahlen, und zwar am', '',
      '    01.07.2026        01.09.2026        01.11.2026.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-07-01');
  });
  it('counts "Zahlungsfrist: 14 Tage ab Rechnungsdatum" from the letter date', () => {
    const lines = ['Baumschule Kowal', '', ...recipient, 'Rechnungsdatum: 04.05.2026', '', 'Rechnung Nr. 2026/55', '', 'Sehr geehrte Damen und Herren,', '',
      'für 12 Hochstämme berechnen wir 2.640,00 EUR.', '', 'Zahlungsfrist: 14 dni / Tage od daty wystawienia / ab Rechnungsdatum', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-05-18');
  });
  it('sets no deadline for a wish "möglichst bis zum …", but keeps "bis zum …"', () => {
    const wish = ['Kreissparkasse Nordheim', '', ...recipient, 'Nordheim, 06.05.2026', '', 'Änderung unserer Kontoführungsentgelte', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte senden Sie uns die beigefügte Zustimmung möglichst bis zum 30.06.2026 unterschrieben zurück.', ...closing];
    expect(fieldsOf(wish).dueDate).toBeUndefined();
    const firm = ['Kreissparkasse Nordheim', '', ...recipient, 'Nordheim, 06.05.2026', '', 'Rechnung Nr. 4410', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte überweisen Sie den Betrag von 88,00 EUR bis zum 30.06.2026.', ...closing];
    expect(fieldsOf(firm).dueDate).toBe('2026-06-30');
  });
  it('sets no deadline for the one the city\'s own order set, quoted in the reply to it', () => {
    const lines = ['Rechtsanwälte Stahl & Partner · Markt 3 · 17099 Kirchdorf', '', 'Stadt Musterstadt', 'Bauaufsicht', 'Markt 1', '17033 Musterstadt', '',
      '                                   Kirchdorf, 08.05.2026', '',
      'Ihre Nutzungsuntersagung vom 20.04.2026', 'Mandantin: Erna Pohl, Seestraße 4', '', 'Sehr geehrte Damen und Herren,', '',
      'wir zeigen die Vertretung von Frau Pohl an und beantragen Akteneinsicht. Bis zur Entscheidung',
      'bitten wir, von Vollstreckungsmaßnahmen abzusehen; die in der Verfügung gesetzte Frist zum',
      '31.07.2026 kann unsere Mandantin bis dahin nicht einhalten.', ...closing];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
  it('sets no deadline on a payment advice ("ZAHLUNGSAVIS", "Zahlungsdatum:"), but keeps an invoice\'s', () => {
    const avis = ['Messebau Nord GmbH · Hafenstraße 4 · 17033 Musterstadt', '', ...recipient, 'ZAHLUNGSAVIS Nr. 77120', '',
      'Zahlungsdatum:                  12.06.2026', 'Wertstellung beim Empfänger:    14.06.2026', '',
      'Sehr geehrte Damen und Herren,', '', 'wir haben folgende Posten zur Zahlung angewiesen:', '',
      'Ihr Beleg AR-2026-0190   Saalmiete   1.200,00   Zahlbetrag 1.200,00 EUR', ...closing];
    expect(fieldsOf(avis).dueDate).toBeUndefined();
    const invoice = ['Messebau Nord GmbH · Hafenstraße 4 · 17033 Musterstadt', '', ...recipient, 'Datum: 02.06.2026', '', 'RECHNUNG Nr. 77120', '',
      'Sehr geehrte Damen und Herren,', '', 'für die Saalmiete berechnen wir 1.200,00 EUR.', 'Zahlbar bis: 16.06.2026', ...closing];
    expect(fieldsOf(invoice).dueDate).toBe('2026-06-16');
  });
  it('sets no deadline for the next prepayment ("Vorauszahlungen …, nächste Fälligkeit …")', () => {
    const lines = ['Steuerberatung Engel', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '', 'Datum: 09.05.2026', '',
      'Gewerbesteuer 2025 – Antrag auf Erstattung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen die Erstattung von 4.210,00 EUR. Die Vorauszahlungen (derzeit 2.100,00 EUR im Quartal,',
      'nächste Fälligkeit 15.08.2026) bitten wir ebenfalls herabzusetzen.', ...closing];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
});
