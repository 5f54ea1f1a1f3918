// Letter date, due date, amount and IBAN for failure families seen on the dev25/dev26 letters (key
// facts in unusual places; forms and printouts), in own wording: a department code in the address
// block is no date; a form is dated in the row under its "Ort, Datum, Unterschrift" caption (also
// behind a fax cover sheet or with OCR's full stop for the comma); a portal printout by its
// "Eingereicht am" row; a fax machine's transmission line yields to the date at the letter's foot;
// "am" after the place at the foot; an event's "23. und 24. Oktober" is no letter date; a damaged
// "Rechnungsdatum" still dates an e-mailed invoice. Due dates: a payment sentence printed under the
// signature, a court's "bis zum … zu äußern und einen Antrag anzukündigen", a net date with a
// damaged "ohne Abzug"; none from the earlier mail a reply quotes. Amounts: the sum the writer
// transfers with the verb first beats the sum it deducts; a statutory rate with "für …" is no sum;
// a figure whose currency or label the line break moved. IBANs: the new account of a change of
// bank details, and an IBAN split by a line break.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const city = ['Stadt Musterstadt', 'Tiefbau', 'Markt 1', '34567 Musterstadt', ''];

describe('letter date: forms', () => {
  const form = (address: string[], foot: string[]) => ['Henrik Sommer · Birkenweg 3 · 34567 Musterstadt', '', 'An die', 'Stadt Musterstadt',
    ...address, 'Markt 1', '34567 Musterstadt', '',
    'ANTRAG AUF GENEHMIGUNG EINER STRASSENSPERRUNG', '',
    '1. Antragsteller', '   Name, Vorname:      Sommer, Henrik', '   Anschrift:          Birkenweg 3, 34567 Musterstadt', '',
    '2. Sperrung', '   Veranstaltungstag:  20.10.2029', '   [x] Vollsperrung   [ ] halbseitige Sperrung', '',
    ...foot];

  it('reads no date from a department code in the address block and takes the row under the caption', () => {
    const fields = fieldsOf(form(['Straßenverkehr (4.10.21)'], ['Ort, Datum, Unterschrift', 'Musterstadt, 03.09.2029        H. Sommer']));
    expect(fields.letterDate).toBe('2029-09-03');
  });

  it('still reads a full date that OCR ran from the information block into an address line (its label lost)', () => {
    const fields = fieldsOf(['Gartenbau Lenz KG', 'Auweg 2', '34560 Nordheim', 'Gartenbau Lenz KG Auweg 2 - 34560 Nordheim', 'Kunden-Nr.: 4471',
      'Stadt Musterstadt Rechnungs-Nr.: R 4471-29', 'Bauhof Auskunft: Jan Lenz', 'Markt 1: 14.10.2029', '34567 Musterstadt -', '', 'Rechnung Nr. R 4471-29', '',
      'Sehr geehrte Damen und Herren,', 'für den Heckenschnitt berechnen wir 238,00 €.', '', 'Mit freundlichen Grüßen', 'Gartenbau Lenz KG']);
    expect(fields.letterDate).toBe('2029-10-14');
  });

  it('still takes the filled-in row above the caption', () => {
    const fields = fieldsOf(form(['Straßenverkehr'], ['Musterstadt, 04.09.2029        H. Sommer', 'Ort, Datum, Unterschrift']));
    expect(fields.letterDate).toBe('2029-09-04');
  });

  it('reads the row under the caption where OCR took the comma for a full stop', () => {
    const fields = fieldsOf(form(['Straßenverkehr'], ['Ort, Datum, Unterschrift', 'Musterstadt. 05.09.2029        H. Sommer']));
    expect(fields.letterDate).toBe('2029-09-05');
  });

  it('dates a form behind a fax cover sheet where it was signed, not by the cover', () => {
    const fields = fieldsOf(['T E L E F A X', '', 'Kleingartenverein Am Wall e.V.', 'Gartenweg 1 · 34567 Musterstadt', '',
      'An:           Stadt Musterstadt', '              Ordnungsamt (3.10.20)', 'Fax-Nr.:      0511 100-200', 'Von:          Petra Lorenz, Vorsitzende',
      'Datum:        12.09.2029', 'Seiten:       2', '', 'Nachricht:', 'Sehr geehrte Damen und Herren,', 'anbei unser Antrag.', '', 'Petra Lorenz', '',
      'ANTRAG AUF ERTEILUNG EINER GESTATTUNG', '', '1. Verein:        Kleingartenverein Am Wall e.V.', '2. Anlass:        Sommerfest am 06.10.2029', '',
      'Ort, Datum, Unterschrift', 'Musterstadt, 10.09.2029          P. Lorenz']);
    expect(fields.letterDate).toBe('2029-09-10');
  });

  it('keeps a fax cover date when no signed form follows', () => {
    const fields = fieldsOf(['T E L E F A X', '', 'Kleingartenverein Am Wall e.V.', 'Gartenweg 1 · 34567 Musterstadt', '',
      'An:           Stadt Musterstadt', 'Fax-Nr.:      0511 100-200', 'Von:          Petra Lorenz, Vorsitzende',
      'Datum:        12.09.2029', 'Seiten:       1', '', 'Nachricht:', 'Sehr geehrte Damen und Herren,', 'wir bitten um Rückruf wegen des Sommerfests.', '', 'Petra Lorenz']);
    expect(fields.letterDate).toBe('2029-09-12');
  });

  it('dates a portal printout by its "Eingereicht am" row, not by the printout date', () => {
    const fields = fieldsOf(['Dachdeckerei Kunz GmbH · Lindenallee 4 · 34568 Musterstadt', '', ...city,
      'Sehr geehrte Damen und Herren,', 'anbei der Ausdruck unseres Online-Antrags.', 'Mit freundlichen Grüßen  Jana Kunz', '',
      'Serviceportal Stadt Musterstadt', 'EINGANGSBESTÄTIGUNG', '',
      'Vorgangsnummer:      SP-2029-440171', 'Eingereicht am:      04.09.2029, 18:02:11 Uhr', 'Status:              in Bearbeitung', '',
      'Antrag auf Ausnahmegenehmigung', '  Firma:   Dachdeckerei Kunz GmbH', '',
      'Ausdruck vom 05.09.2029, 07:40 Uhr                          Seite 1 von 1']);
    expect(fields.letterDate).toBe('2029-09-04');
  });
});

describe('letter date: dates at the foot', () => {
  it('takes the date at the foot over a fax machine transmission line a day later', () => {
    const fields = fieldsOf(['11.09.2029 14:05   FAX +49 5121 44180   Tierarztpraxis Hoven   S. 1/1', '',
      'An das Veterinäramt der Stadt Musterstadt', '', 'Meldung eines Tierseuchenverdachts', '', 'Sehr geehrte Damen und Herren,', '',
      'im Bestand Hof Brüning, Wiesenweg 2, wurden am 09.09.2029 zwei verendete Tiere aufgefunden.', 'Proben sind eingesandt.', '',
      'Musterstadt, 10.09.2029', 'Dr. med. vet. Anke Hoven']);
    expect(fields.letterDate).toBe('2029-09-10');
  });

  it('reads "Ort, am …" at the foot after the salutation', () => {
    const fields = fieldsOf(['Martin Vogt', 'Erlenstraße 8', '34567 Musterstadt', '', ...city, 'Sehr geehrte Damen und Herren,', '',
      'seit Wochen lagert auf dem Nachbargrundstück Bauschutt. Ich bitte um Prüfung.', '', 'Mit freundlichen Grüßen', '',
      'Musterstadt, am 12. September 2029', 'Martin Vogt']);
    expect(fields.letterDate).toBe('2029-09-12');
  });

  it('reads no letter date from the second day of an event named in the subject', () => {
    const fields = fieldsOf(['Akademie für Kommunalfinanzen', 'Domplatz 3', '48143 Münster', '', 'Stadt Musterstadt', 'Herrn Oberbürgermeister', 'Markt 1', '34567 Musterstadt', '',
      'Fachtagung Haushaltsrecht 2029', '23. und 24. Oktober 2029, Münster, Stadthalle', '', 'Sehr geehrter Herr Oberbürgermeister,', '',
      'wir laden Sie herzlich zu unserer Fachtagung ein. Die Teilnahme kostet 450 € je Person.', '', 'Mit freundlichen Grüßen', '', 'Münster, 14. August 2029', 'Dr. Karla Wiese']);
    expect(fields.letterDate).toBe('2029-08-14');
  });

  it('dates an e-mailed invoice by its damaged "Reehnungsdatum" and counts the term from it', () => {
    const fields = fieldsOf(['Von: Buchhaltung Feinbäckerei Roth <rechnung@roth.example>', 'Gesendet: Mittwoch, 5. September 2029 08:12',
      'An: rechnungseingang@musterstadt.de', 'Betreff: Rechnung 2029-311', '', 'Sehr geehrte Damen und Herren,', '',
      'anbei unsere Rechnung für das Frühstück beim Ehrenamtstag.', '', 'Rechnungsnummer: 2029-311', 'Reehnungsdatum: 03.09.2029', '',
      'Gesamtbetrag: 612,00 EUR', '', 'Zahlbar innerhalb von 14 Tagen netto ab Rechnungsdatum.', '', 'Mit freundlichen Grüßen', 'Feinbäckerei Roth']);
    expect(fields.letterDate).toBe('2029-09-03');
    expect(fields.dueDate).toBe('2029-09-17');
  });
});

describe('due date', () => {
  it('reads a payment sentence printed under the signature with the bank details', () => {
    const lines = ['Unterhaltungsverband Obere Leine', 'Am Deich 4', '31000 Leinau', '', ...city, 'Leinau, 02.09.2029', '', 'Umlagebescheid 2029', '',
      'Sehr geehrte Damen und Herren,', '', 'für 2029 wird die Umlage der Stadt auf 2.310,40 Euro festgesetzt.', '',
      'Mit freundlichen Grüßen', '', 'Der Verbandsvorsteher'];
    while (lines.length < 40) lines.push('');
    lines.push('Die Umlage ist bis zum 30. September 2029 auf das Konto des Verbandes, IBAN DE66 3705 0198 0012 3456 78, zu zahlen.');
    const fields = fieldsOf(lines);
    expect(fields.dueDate).toBe('2029-09-30');
  });

  it('takes a court\'s deadline to answer even where "einen Antrag anzukündigen" follows', () => {
    const fields = fieldsOf(['Verwaltungsgericht Lindau', 'Gerichtsplatz 1', '34500 Lindau', '', ...city, 'Lindau, 03.09.2029', '',
      'In der Verwaltungsrechtssache Krämer ./. Stadt Musterstadt', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie werden gebeten,', '1. sich bis zum 15.10.2029 zur Klage zu äußern und einen Antrag anzukündigen,', '2. die Verwaltungsvorgänge vorzulegen.', '',
      'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2029-10-15');
  });

  it('takes the net date on the line under a Skonto term where OCR damaged "ohne"', () => {
    const fields = fieldsOf(['Bürotechnik Hagen GmbH', 'Werkstraße 2', '34560 Hagenow', '', ...city, 'Datum: 01.09.2029', '', 'Rechnung 29-0811', '',
      '   Gesamtbetrag                 1.190,00 €', '', 'Zahlungsbedingungen:', 'bis 11.09.2029 abzüglich 2 % Skonto (23,80 €) = 1.166,20 €', 'bis 01.10.2029 ohue Abzug']);
    expect(fields.dueDate).toBe('2029-10-01');
  });

  const reply = (subject: string, quoteHead: string) => ['Von: Vorstand Jugendchor Lindenhof <vorstand@jugendchor.example>', 'Gesendet: Montag, 3. September 2029 19:20',
    'An: Weber, Tom <t.weber@musterstadt.de>', `Betreff: ${subject}`, '', 'Sehr geehrter Herr Weber,', '',
    'anbei wie gewünscht die Teilnehmerliste für die Chorfahrt.', '', 'Mit freundlichen Grüßen', 'Ines Bauer', '',
    quoteHead, 'Von: Weber, Tom <t.weber@musterstadt.de>', 'Gesendet: Freitag, 31. August 2029 10:00', 'An: vorstand@jugendchor.example', `Betreff: ${subject.replace(/^(AW|WG): /, '')}`, '',
    'die Unterlagen für den Zuschuss müssen bis zum 28.09.2029 vollständig vorliegen.'];

  it('sets no deadline from the earlier mail a reply quotes', () => {
    expect(fieldsOf(reply('AW: Zuschuss Chorfahrt', '-----Ursprüngliche Nachricht-----')).dueDate).toBeUndefined();
  });

  it('keeps the deadline of a forwarded message', () => {
    expect(fieldsOf(reply('WG: Zuschuss Chorfahrt', '-----Ursprüngliche Nachricht-----')).dueDate).toBe('2029-09-28');
  });
});

describe('amount', () => {
  it('takes the sum the writer transfers ("überweisen wir Ihnen …"), not the sum it deducts', () => {
    const fields = fieldsOf(['Hanse Assekuranz AG', 'Schadenabteilung', 'Große Elbstraße 9', '22767 Hamburg', '', ...city, 'Datum   04.09.2029', '',
      'Ihre Schadenersatzforderung – beschädigte Verkehrsinsel', '', 'Sehr geehrte Damen und Herren,', '',
      'Ihre Aufstellung über 2.750,00 € haben wir geprüft. Für die alte Beschilderung ziehen wir einen Betrag von 300,00 € ab.', '',
      'Zur Regulierung überweisen wir Ihnen 2.450,00 € auf das Konto der Stadtkasse.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(2450);
  });

  it('reads no sum from a statutory rate stated "für" what it applies to', () => {
    const fields = fieldsOf(['Tim Scholz · Ahornweg 5 · 34567 Musterstadt', '', 'Stadt Musterstadt', 'Steuern', 'Markt 1', '34567 Musterstadt', '',
      'ANMELDUNG EINES HUNDES', '', '1  Halter:   Scholz, Tim', '2  Hund:     Rasse Beagle, gehalten seit 01.09.2029', '',
      '   Hinweis: Der Steuersatz für einen Zweithund beträgt 150,00 EUR jährlich. Die Steuer wird', '   durch Bescheid festgesetzt.', '',
      '3  SEPA-Lastschriftmandat', '   Ich ermächtige die Stadt Musterstadt, die Hundesteuer von meinem Konto einzuziehen.', '   IBAN:   DE25 2505 0000 0098 7654 32', '',
      'Ort, Datum, Unterschrift', 'Musterstadt, 06.09.2029     T. Scholz']);
    expect(fields.amount).toBeUndefined();
  });

  it('reads a sum whose currency the line break moved to the next line, and an IBAN split by the break', () => {
    const fields = fieldsOf(['Clown Pepe', 'Lindenweg 2', '34567 Musterstadt', '', ...city, 'Musterstadt, 02.09.2029', '', 'Rechnung 7/2029', '', 'Liebe Frau Heller,', '',
      'für den Auftritt beim Kinderfest berechne ich eine Gage von 250 Euro und Fahrtkosten von 25 Euro. Bitte überweisen Sie die 275',
      'Euro innerhalb von 14 Tagen auf mein Konto bei der Sparkasse, IBAN DE10 4306 0967 0011',
      '2233 44, Verwendungszweck Rechnung 7/2029.', '', 'Herzliche Grüße']);
    expect(fields.amount).toBe(275);
    expect(fields.iban).toBe('DE10430609670011223344');
  });

  it('carries the label after a figure to the figure that opens the next wrapped line', () => {
    const fields = fieldsOf(['Steinmetz Brandl e.K.', 'Friedhofsweg 1', '34567 Musterstadt', '', ...city, 'Musterstadt, 03.09.2029', '', 'Angebot Gedenkstein', '', 'Sehr geehrte Damen und Herren,', '',
      'für Lieferung und Aufstellung des Gedenksteins biete ich Ihnen einen', 'Festpreis von 5.950,00 € einschließlich 19 % Mehrwertsteuer an (netto 5.000,00 €, MwSt.',
      '950,00 €). Die Beschriftung wird gesondert abgerechnet.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(5950);
  });
});

describe('IBAN: change of bank details', () => {
  it('takes the new account, not the former one printed above it', () => {
    const fields = fieldsOf(['Stadt Musterstadt – Personalservice', '', 'MITTEILUNG ÜBER DIE ÄNDERUNG DER BANKVERBINDUNG', '',
      '1. Beschäftigte/r', '   Name, Vorname:   Krause, Lea', '',
      '2. Bisherige Bankverbindung', '   IBAN:   DE25 2505 0000 0098 7654 32', '',
      '3. Neue Bankverbindung', '   Kontoinhaberin:   Lea Krause', '   IBAN:   DE66 3705 0198 0012 3456 78', '',
      'Ort, Datum, Unterschrift', 'Musterstadt, 07.09.2029     Lea Krause']);
    expect(fields.iban).toBe('DE66370501980012345678');
  });

  it('keeps the only account of an ordinary invoice', () => {
    const fields = fieldsOf(['Malerbetrieb Otte', 'Farbweg 1', '34567 Musterstadt', '', ...city, 'Datum: 03.09.2029', '', 'Rechnung 55', '',
      'Gesamtbetrag: 840,00 EUR', 'Bitte überweisen Sie den Betrag auf unser Konto IBAN DE25 2505 0000 0098 7654 32.']);
    expect(fields.iban).toBe('DE25250500000098765432');
  });
});
