// Amounts and due dates for failure families seen on the dev39/dev40 letters (own wording): a
// court's order to a party "wird aufgegeben, bis zum …" followed by a numbered list; a weekday with
// its article before the date ("Freitag, den …"); a date set off on its own line after "bis zum";
// a request for an answer by a day without a year; a tax self-assessment table whose sum of posts is
// only the base of a rate; a sum a third party has paid already; a bidder's Rüge quoting its price;
// former values in brackets; the lowered prepayment named again; a forecast monthly figure.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const closing = ['', 'Mit freundlichen Grüßen', '', 'Gerlinde Haase'];

describe('dueDate: deadlines the letter sets for the city to act', () => {
  it('takes the date of a court order "wird aufgegeben, bis zum …" whose tasks follow as a list', () => {
    const lines = ['Landgericht Nordheim · Gerichtsplatz 2 · 17034 Nordheim', '', 'Stadt Musterstadt', 'Rechtsamt', 'Markt 1', '17033 Musterstadt', '',
      'Geschäftsnummer: 4 O 118/31', 'Nordheim, 03.03.2031', '', 'In dem Rechtsstreit', 'Holm ./. Stadt Musterstadt', '',
      'Der Beklagten wird aufgegeben, bis zum 24.03.2031', '',
      '  1. die Prüfprotokolle der Spielgeräte vorzulegen,', '  2. darzulegen, wann die letzte Sichtkontrolle erfolgt ist.', '',
      'Schulze', 'Richterin am Landgericht'];
    expect(fieldsOf(lines).dueDate).toBe('2031-03-24');
  });
  it('does not take a date after "aufgegeben" in the sense of giving up a business', () => {
    const lines = ['Karl Pohl · Gartenweg 3 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 02.03.2031', '', 'Abmeldung', '', 'Sehr geehrte Damen und Herren,', '',
      'meinen Imbiss habe ich zum 31.03.2031 aufgegeben.', ...closing];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
  it('reads a weekday with its article before the date ("spätestens Mittwoch, den 12. März 2031")', () => {
    const lines = ['Tobias Rehm · Lindenallee 9 · 17036 Neustrelitz', '', 'Stadt Musterstadt', 'Personalservice', 'Markt 1', '17033 Musterstadt', '',
      'Neustrelitz, 24.02.2031', '', 'Bescheinigung über meine Beschäftigungszeiten', '', 'Sehr geehrte Damen und Herren,', '',
      'für meine neue Stelle brauche ich eine Bescheinigung über meine Beschäftigung bei Ihnen. Bitte schicken Sie',
      'sie mir bis spätestens Mittwoch, den 12. März 2031, an die obige Anschrift.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2031-03-12');
  });
  it('takes a date set off on its own line after "bis zum" in a demand to pay', () => {
    const lines = ['Rechtsanwälte Krüger & Lenz · Domplatz 1 · 23966 Wismar', '', 'Stadt Musterstadt', 'Rechtsamt', 'Markt 1', '17033 Musterstadt', '',
      'Wismar, 10.03.2031', '', 'Schadensersatz – Sturz auf dem Marktplatz', '', 'Sehr geehrte Damen und Herren,', '',
      'namens unseres Mandanten fordern wir Sie auf, den Betrag von 1.240,00 € bis zum', '',
      '                              31.03.2031', '',
      'auf unser Anderkonto bei der Sparkasse Wismar zu überweisen.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2031-03-31');
  });
  it('takes a request for an answer by a day written without a year', () => {
    const lines = ['Frank Oldag · Am Deich 4 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Personalservice', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 05.03.2031', '', 'Änderung meiner Arbeitszeit', '', 'Sehr geehrte Frau Lange,', '',
      'ab April möchte ich nur noch vier Tage in der Woche arbeiten. Bitte teilen Sie mir bis zum 20.03. mit, ob das geht.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2031-03-20');
  });
  it('still takes no date by which an invitation asks whether the reader will come', () => {
    const lines = ['Schützenverein Grünau e. V. · Am Schießstand 1 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Herrn Bürgermeister', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 02.03.2031', '', 'Königsschießen 2031', '', 'Sehr geehrter Herr Bürgermeister,', '',
      'zum Königsschießen am 10.05.2031 laden wir Sie herzlich ein. Bitte geben Sie uns bis zum 15.04.2031 Bescheid, ob Sie kommen.', ...closing];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
  it('still takes no date without a year that a form prints for every year\'s filing', () => {
    const lines = ['Stadt Musterstadt · Sportförderung', '', 'ANTRAG AUF SPORTFÖRDERUNG 2031', '', 'Verein: SV Blau-Weiß Musterstadt', '',
      'Anträge sind bis zum 31.05. einzureichen.', '', 'Musterstadt, 04.03.2031        U. Brandt'];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
});

describe('amount: the sum to pay, not the figures around it', () => {
  it('takes the tax of a self-assessment, not the sum of the posts the rate applies to', () => {
    const lines = ['Spielothek Nordlicht GmbH · Bahnhofstraße 8 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '',
      '        STEUERANMELDUNG VERGNÜGUNGSTEUER', '        Anmeldezeitraum: Februar 2031', '',
      'Gerät  Typ                 Einspielergebnis', '---------------------------------------------',
      '  1    Novo Star            1.420,00 €', '  2    Merkur Gold          1.580,00 €',
      '---------------------------------------------', '       Summe                3.000,00 €',
      '       Steuersatz              12 %', '       Vergnügungsteuer Februar 2031     360,00 €', '',
      'Der Betrag wird fristgerecht überwiesen.', '', 'Musterstadt, 08.03.2031          K. Demir'];
    expect(fieldsOf(lines).amount).toBe(360);
  });
  it('takes no sum that the letter says a third party has paid already', () => {
    const lines = ['Kanzlei Vogt · Markt 7 · 18055 Rostock', '', 'Stadt Musterstadt', 'Rechtsamt', 'Markt 1', '17033 Musterstadt', '',
      'Rostock, 06.03.2031', '', 'Kostennote – Erinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'mit Schreiben vom 02.02.2031 hatten wir Ihnen unsere Kostennote über', '', '                     EUR 987,40', '',
      'zugesandt. Ein Zahlungseingang ist bisher nicht erkennbar. Wir bitten um Ausgleich binnen 14 Tagen.', '',
      'Im Übrigen weisen wir darauf hin, dass die Gegenseite die Vergleichssumme von 4.000,00 EUR am 01.03.2031 an Ihre Stadtkasse überwiesen hat.', ...closing];
    expect(fieldsOf(lines).amount).toBe(987.4);
  });
  it('takes no price from a bidder\'s Rüge in a tender', () => {
    const lines = ['Tiefbau Hansen GmbH · Gewerbering 2 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Zentrale Vergabe', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 12.03.2031', '', 'Rüge nach § 160 GWB – Ausbau Feldstraße', '', 'Sehr geehrte Damen und Herren,', '',
      'die beabsichtigte Zuschlagserteilung rügen wir als vergaberechtswidrig. Unser Angebot war mit 188.400,00 € netto',
      'das preisgünstigste. Bitte teilen Sie uns mit, ob Sie der Rüge abhelfen.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no former value in brackets from a circular about thresholds', () => {
    const lines = ['Landkreistag Nord · Schlossstraße 1 · 19053 Schwerin', '', 'Stadt Musterstadt', 'Der Bürgermeister', 'Markt 1', '17033 Musterstadt', '',
      'Schwerin, 09.03.2031', '', 'Rundschreiben 14/2031 – neue Wertgrenzen', '', 'Sehr geehrte Damen und Herren,', '',
      'ab 01.05.2031 gelten neue Wertgrenzen. Bitte leiten Sie die Übersicht an die Vergabestelle weiter:', '',
      '  Direktauftrag bis 15.000 € (bisher 5.000 €)', '  Freihändige Vergabe bis 120.000 € (bisher 80.000 €)', '', 'Die Preisprüfung bleibt unverändert.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no sum in a request to lower prepayments that names the lowered figure again', () => {
    const lines = ['Steuerbüro Marquardt · Ringstraße 5 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 03.03.2031', '', 'Gewerbesteuer 2031 – Mandant Bäckerei Kuhn', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen, die Vorauszahlungen von bisher 2.400,00 EUR auf 900,00 EUR je Quartal herabzusetzen.',
      'Bitte ziehen Sie die am 15.05.2031 fällige Vorauszahlung nur in Höhe von 900,00 EUR ein.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no forecast monthly figure, even labelled "Betrag"', () => {
    const lines = ['Seniorenresidenz Am Park · Parkweg 2 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Soziales', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 07.03.2031', '', 'Hilfe zur Pflege – Herr Otto Wolff', '', 'Sehr geehrte Damen und Herren,', '',
      'die Pflegekasse hat Herrn Wolff höher eingestuft. Seine Rente und die Leistungen der Pflegekasse reichen',
      'weiterhin nicht aus; der ungedeckte Betrag beläuft sich ab März voraussichtlich auf 975,20 EUR monatlich.',
      'Wir bitten, die Kostenzusage anzupassen und uns die neue Zusage bis zum 31.03.2031 zu übersenden.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('still takes a monthly sum the letter asks to be transferred', () => {
    const lines = ['Wohnungsgenossenschaft Nord eG · Hafenweg 1 · 17033 Musterstadt', '', 'Stadt Musterstadt', 'Soziales', 'Markt 1', '17033 Musterstadt', '',
      'Musterstadt, 07.03.2031', '', 'Mieter Herr Jens Kopp', '', 'Sehr geehrte Damen und Herren,', '',
      'wir bitten, die Gesamtmiete von 612,00 EUR monatlich ab April 2031 direkt an uns zu überweisen.', ...closing];
    expect(fieldsOf(lines).amount).toBe(612);
  });
});
