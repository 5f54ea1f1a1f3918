// IBANs, amounts and due dates for failure families seen on the dev38 letters (own wording): the
// city's own account named as the payee of a credit note, a payment advice, a bank's letter or a
// tax return form; a closed account; a garnishment order's creditor account; sums the writer has
// paid, quotes as the reader's demand, describes as a recurring share or as a set-off; a court
// serving a statement of claim; a tax table's total row with a base and a tax column; an inner
// "(2 x 5,00 €)" in a reminder's cost rows; a deadline to file claims beside one to pay; a tax
// return due "am 10. Tag nach Ablauf des Anmeldezeitraums".
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Finanzservice – Stadtkasse', 'Markt 1', '17033 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Henrike Vollmer'];

describe('iban: the city\'s own account is never the one to pay to', () => {
  it('takes no IBAN that a credit note pays to "Ihr Konto", the phrase on the line above', () => {
    const lines = ['Elbe Bürotechnik GmbH · Hafenstraße 3 · 21680 Stade', '', ...recipient, 'Stade, 05.03.2031', '',
      'Gutschrift Nr. GS-2031-044', '', 'Sehr geehrte Damen und Herren,', '',
      'für den zurückgegebenen Toner schreiben wir Ihnen 212,30 € gut. Den Betrag erstatten wir bis 20.03.2031 auf Ihr Konto bei der',
      'Volksbank Nordheide, IBAN DE17 2105 0170 0001 2345 67.', ...closing];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
  it('still takes "unser Konto" after "unter Angabe Ihrer Kundennummer"', () => {
    const lines = ['Elbe Bürotechnik GmbH · Hafenstraße 3 · 21680 Stade', '', ...recipient, 'Stade, 05.03.2031', '',
      'Rechnung Nr. R-2031-118', '', 'Sehr geehrte Damen und Herren,', '',
      'Gesamtbetrag 418,00 €', '', 'Bitte überweisen Sie den Betrag unter Angabe Ihrer Kundennummer auf unser Konto bei der',
      'Volksbank Nordheide, IBAN DE17 2105 0170 0001 2345 67.', ...closing];
    expect(fieldsOf(lines).iban).toBe('DE17210501700001234567');
  });
  it('takes no IBAN of "das Konto der Stadtkasse Musterstadt" in a tax return addressed to that city', () => {
    const lines = ['An die', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '',
      'ZWEITWOHNUNGSTEUER – ERKLÄRUNG', '', 'Steuerpflichtiger: Bernd Kaltofen, Uferweg 2, 17033 Musterstadt', '',
      'Die Steuer wird überwiesen auf das Konto der Stadtkasse Musterstadt,', 'IBAN DE25 1305 0000 0000 9876 54, unter Angabe des Kassenzeichens.', '',
      'Musterstadt, 10.02.2031                 B. Kaltofen'];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
  it('still takes the account of another town\'s Stadtkasse that a fine asks the city to pay to', () => {
    const lines = ['Stadt Lindenau · Bußgeldstelle · Postfach 12 · 29439 Lindenau', '', 'Stadt Musterstadt', 'Bauhof', 'Am Güterbahnhof 9', '17033 Musterstadt', '',
      'Datum: 11.02.2031', '', 'Verwarnungsgeldangebot', '', 'Sehr geehrte Damen und Herren,', '',
      'es wird ein Verwarnungsgeld von 35,00 € erhoben. Bitte überweisen Sie den Betrag bis zum 25.02.2031',
      'auf das Konto der Stadtkasse Lindenau, IBAN DE11 2003 0000 0005 5512 34.', ...closing];
    expect(fieldsOf(lines).iban).toBe('DE11200300000005551234');
  });
  it('takes no "Empfängerkonto" of a payment advice: the payee is the city', () => {
    const lines = ['Holzbau Reinke KG · Buchhaltung · Am Sägewerk 1 · 17039 Trollenhagen', '', ...recipient,
      'ZAHLUNGSAVIS', '', 'Avis-Nr.            77120', 'Zahlungsdatum       14.03.2031',
      'Empfängerkonto      Sparkasse Nordheim, IBAN DE03 1405 1000 0000 0077 88', '',
      'Sehr geehrte Damen und Herren,', '', 'wir haben heute den Betrag von 1.280,00 € für Ihren Bescheid angewiesen.', ...closing];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
  it('takes no account the letter says will be closed', () => {
    const lines = ['Fischerei Tamm GbR · Hafen 4 · 17033 Musterstadt', '', ...recipient, 'Musterstadt, 02.03.2031', '',
      'Mandat für Kassenzeichen 6.1200.044120.3', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte buchen Sie die Abgaben ab April nicht mehr ab. Das bisher belastete Konto bei der Sparkasse',
      '(IBAN DE61 2306 4107 0004 4556 67) wird zum 31.03.2031 aufgelöst. Wir zahlen künftig selbst.', ...closing];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
  it('takes no IBAN from a bank\'s letter about the reader\'s accounts', () => {
    const lines = ['Sparkasse Nordheim · Postfach 4 · 17033 Musterstadt', '', ...recipient, 'Datum 06.03.2031', '',
      'Umstellung der Kontonummern Ihrer Konten', '', 'Sehr geehrte Damen und Herren,', '',
      'zum 01.06.2031 erhalten Ihre Konten neue Nummern:', '',
      '  Konto              künftige IBAN', '  Verwahrkonto       DE03 1405 1000 0000 0077 88', ...closing];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
  it('takes no creditor\'s account from a garnishment order served on the city as Drittschuldnerin', () => {
    const lines = ['Amtsgericht Lindenau – Vollstreckungsgericht – · Gerichtsstraße 1 · 29439 Lindenau', '',
      'Stadt Musterstadt', 'Personalservice – Drittschuldnerangelegenheiten', 'Markt 1', '17033 Musterstadt', '',
      'Lindenau, 04.03.2031', '', 'Pfändungs- und Überweisungsbeschluss', '',
      'Die angebliche Forderung des Schuldners gegen die Drittschuldnerin auf Arbeitseinkommen wird gepfändet.',
      'Zahlungen werden erbeten an den Bevollmächtigten der Gläubigerin, IBAN DE96 1203 0000 0003 3221 10.', '', 'Richterin am Amtsgericht'];
    expect(fieldsOf(lines).iban).toBeUndefined();
  });
});

describe('amount: sums nobody asks the city to pay', () => {
  it('takes no sum the writer says it paid on a date, nor the same sum where the reminder is quoted', () => {
    const lines = ['Jonas Ebeling', 'Wiesenweg 8', '17033 Musterstadt', '', ...recipient, 'Musterstadt, 08.03.2031', '',
      'Kassenzeichen 2.1100.077341.2', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie schreiben, die Gebühr von 45,00 € sei nicht eingegangen.', '',
      'Ich habe die 45,00 € am 12.02.2031 überwiesen, nur mit einem Zahlendreher im Kassenzeichen.',
      'Bitte ordnen Sie die Zahlung zu.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no sum paid where OCR misread a digit of it in the quoted reminder ("45,08 €")', () => {
    const lines = ['Jonas Ebeling', 'Wiesenweg 8', '17033 Musterstadt', '', ...recipient, 'Musterstadt, 08.03.2031', '',
      'Kassenzeichen 2.1100.077341.2', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie schreiben, die Gebühr von 45,08 € sei nicht eingegangen.', '',
      'Ich habe die 45,00 € am 12.02.2031 überwiesen, nur mit einem Zahlendreher im Kassenzeichen.',
      'Bitte ordnen Sie die Zahlung zu.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes the whole claim, not the first instalment paid already "(habe ich gestern überwiesen)"', () => {
    const lines = ['Malerbetrieb Kusch · Gartenweg 2 · 17033 Musterstadt', '', ...recipient, 'Musterstadt, 09.03.2031', '',
      'Ratenzahlung Kassenzeichen 9.0100.012345.6', '', 'Sehr geehrte Damen und Herren,', '',
      'die Forderung über insgesamt 1.450,00 € kann ich nicht auf einmal zahlen. Ich beantrage',
      '  – eine erste Rate von 200,00 € sofort (habe ich gestern überwiesen),',
      '  – danach monatlich 125,00 €.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1450);
  });
  it('takes no prepayment the writer asks to lower "auf … je Quartal" with the verb on the next line', () => {
    const lines = ['Steuerbüro Lanz · Am Markt 5 · 17033 Musterstadt', '', ...recipient, 'Musterstadt, 10.03.2031', '',
      'Gewerbesteuer-Vorauszahlungen 2031 – Mandantin Kröger GmbH', '', 'Sehr geehrte Damen und Herren,', '',
      'mit Bescheid vom 14.03.2030 sind die Vorauszahlungen festgesetzt, fällig jeweils zum Quartalsende.',
      'Die Umsätze unserer Mandantin sind deutlich gesunken. Wir beantragen bei Ihnen, die',
      'Vorauszahlungen ab dem Erhebungszeitraum 2031 vorläufig auf 2.400,00 € je Quartal',
      'herabzusetzen, und bitten um einen geänderten Bescheid.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no share of a recurring charge a citizen describes ("zweimal im Jahr fällig, jeweils …")', () => {
    const lines = ['Hannelore Fitz', 'Birkenallee 4', '17033 Musterstadt', '', ...recipient, 'Musterstadt, 11.03.2031', '',
      'Sehr geehrte Damen und Herren,', '',
      'ich habe gelesen, dass die Hundesteuer zweimal im Jahr fällig ist, jeweils 60,00 Euro.',
      'Kann ich das auch einmal im Jahr zahlen? Was muss ich dafür tun?', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no demand the writer only quotes to ask about it ("Sie verlangen …")', () => {
    const lines = ['Ruth Behnke', 'Lindenstraße 9', '17033 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2031', '',
      'Sehr geehrte Damen und Herren,', '',
      'Sie verlangen 980,00 Euro für die Verlängerung des Grabes. Ich möchte das nur verstehen:',
      'wofür genau ist diese Gebühr, und gilt sie für alle drei Plätze?', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('still takes the quoted demand when the writer asks to pay it in instalments', () => {
    const lines = ['Ruth Behnke', 'Lindenstraße 9', '17033 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2031', '',
      'Sehr geehrte Damen und Herren,', '',
      'Sie verlangen 980,00 Euro für die Verlängerung des Grabes. Ich bitte darum, den Betrag in vier Raten zahlen zu dürfen.', ...closing];
    expect(fieldsOf(lines).amount).toBe(980);
  });
  it('takes no set-off that a letter reports ("eine Aufrechnung in Höhe von … monatlich")', () => {
    const lines = ['Sozialverband Nord · Beratungsstelle · Hafenweg 1 · 17033 Musterstadt', '', ...recipient, 'Musterstadt, 13.03.2031', '',
      'Sehr geehrte Damen und Herren,', '',
      'unsere Ratsuchende teilt mit, die Stadtkasse habe eine Aufrechnung in Höhe von 42,10 € monatlich',
      'angekündigt. Wir bitten um Auskunft, auf welcher Grundlage das geschieht.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no disputed sum from a court that serves a statement of claim on the city', () => {
    const lines = ['Sozialgericht Lindenau · Gerichtsstraße 3 · 29439 Lindenau', '', ...recipient, 'Datum: 14.03.2031', '',
      'In dem Rechtsstreit Pahl ./. Stadt Musterstadt', '',
      'erhalten Sie anliegend eine Abschrift der Klageschrift zur Kenntnis.', '',
      'Der Kläger wendet sich gegen den Bescheid, mit dem Leistungen in Höhe von 1.730,00 € zurückgefordert werden.',
      'Die Beklagte wird gebeten, binnen vier Wochen auf die Klage zu erwidern.', '', 'Auf Anordnung', 'Petersen'];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
});

describe('amount: the total a table computes', () => {
  it('takes the tax column\'s total of a total row that also sums the tax base', () => {
    const lines = ['An die', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '',
      'VERGNÜGUNGSTEUER-ERKLÄRUNG', '', 'Steuerpflichtige: Spielhalle Zentrum GmbH', '',
      '   Gerät   Einsatz (€)     Steuersatz    Steuer (€)',
      '   1        6.100,00          12 %          732,00',
      '   2        5.900,00          12 %          708,00',
      '           -----------                  ----------',
      '   Summe   12.000,00                     1.440,00', '',
      'Musterstadt, 05.02.2031                 K. Bremer'];
    expect(fieldsOf(lines).amount).toBe(1440);
  });
  it('takes the grand total under cost rows whose label holds a figure of its own ("(3 x 4,00 €)")', () => {
    const lines = ['Druckhaus Weller GmbH · Werkstraße 2 · 17033 Musterstadt', '', ...recipient, 'Datum 15.03.2031', '',
      'Letzte Mahnung', '', 'Sehr geehrte Damen und Herren,', '', 'folgende Posten sind offen:', '',
      'R-2031-011   Plakate Stadtfest                   1.210,00',
      'R-2031-024   Flyer Bibliothek                      340,50',
      '             Summe Rechnungsbeträge              1.550,50',
      '             Mahngebühren (3 x 4,00 €)              12,00',
      '             Verzugszinsen                          18,20',
      '             GESAMTBETRAG                        1.580,70', '',
      'Bitte überweisen Sie den Gesamtbetrag bis zum 31.03.2031.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1580.7);
  });
});

describe('due date', () => {
  it('takes the date to pay a sum back, not the date to file claims with an insolvency administrator', () => {
    const lines = ['Rechtsanwältin Dr. Imke Sturm · Insolvenzverwalterin · Wallstraße 7 · 17033 Musterstadt', '', ...recipient, 'Datum: 16.03.2031', '',
      'Insolvenzverfahren über das Vermögen der Nordlicht Reinigung GmbH', '', 'Sehr geehrte Damen und Herren,', '',
      'ich bitte Sie, Ihre Forderungen bis zum 30.04.2031 (Anmeldefrist) schriftlich bei mir anzumelden.', '',
      'Ihre Vollstreckungsstelle hat nach dem Insolvenzantrag gepfändet. Ich fordere Sie daher auf, den Betrag von', '',
      '                    1.875,00 €', '', 'bis spätestens 04.04.2031 auf das Anderkonto', '',
      '    IBAN: DE77 3006 0601 0000 0445 56', '', 'zu überweisen.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2031-04-04');
  });
  it('counts "am 10. Tag nach Ablauf des Anmeldezeitraums" from the month the return ticks', () => {
    const lines = ['Stadt Musterstadt – Steuern und Abgaben – Markt 1 – 17033 Musterstadt', '',
      'VERGNÜGUNGSTEUER-ANMELDUNG', '', 'Anmeldezeitraum:   [ ] Januar ... [x] Oktober      Jahr: 2031', '',
      'Steuerpflichtige: Spielhalle Zentrum GmbH', '', 'Summe der Steuer                       1.440,00 €', '',
      'Die angemeldete Steuer ist am 10. Tag nach Ablauf des Anmeldezeitraums fällig.', '',
      'Musterstadt, 04.11.2031                 K. Bremer'];
    expect(fieldsOf(lines).dueDate).toBe('2031-11-10');
  });
  it('takes the ticked month where the scan lost the empty boxes ("Januar [x] Oktober")', () => {
    const lines = ['Stadt Musterstadt – Steuern und Abgaben – Markt 1 – 17033 Musterstadt', '',
      'VERGNÜGUNGSTEUER-ANMELDUNG', '', 'Anmeldezeitraum: Januar [x] Oktober Jahr: 2031', '',
      'Steuerpflichtige: Spielhalle Zentrum GmbH', '', 'Summe der Steuer                       1.440,00 €', '',
      'Die angemeldete Steuer ist am 10. Tag nach Ablauf des Anmeldezeitraums fällig.', '',
      'Musterstadt, 04.11.2031                 K. Bremer'];
    expect(fieldsOf(lines).dueDate).toBe('2031-11-10');
  });
  it('reads a period named after its label ("Anmeldezeitraum: März 2031")', () => {
    const lines = ['Stadt Musterstadt – Steuern und Abgaben – Markt 1 – 17033 Musterstadt', '',
      'ÜBERNACHTUNGSTEUER-ANMELDUNG', '', 'Anmeldezeitraum: März 2031', '',
      'Betrieb: Pension Seeblick', '', 'Summe der Steuer                       318,40 €', '',
      'Die Steuer ist bis zum 15. Tag nach Ablauf des Anmeldezeitraums zu entrichten.', '',
      'Musterstadt, 02.04.2031                 P. Lenz'];
    expect(fieldsOf(lines).dueDate).toBe('2031-04-15');
  });
});
