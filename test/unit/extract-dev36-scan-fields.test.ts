// Fields of short letters as a scan delivers them (own wording): the text of a short letter stands
// in the top half of the page, so what the layout looks for "high on the page" meets the body. A
// postcard with its recipient under the text; a sender's block that must end where the text
// begins; a foot of four lines above the page's lower quarter; the northern greeting "Moin"; a
// month whose trailing 0 OCR read as a 9; the passed due date a reminder's table quotes.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { scannedPage } from './scannedPage.ts';

const scanned = (rows: string[]) => fieldsOfPages([scannedPage(rows)]);
const indent = ' '.repeat(44);

describe('sender of a short scanned letter', () => {
  it('takes the postcard\'s signer, not a body line, when the city\'s address stands under the text', () => {
    const rows = ['POSTKARTE', '', 'Sehr geehrte Damen und Herren,', '',
      'mein Kater Moritz ist im September zu meinem Sohn nach Lübeck umgezogen, und',
      'er kommt auch nicht wieder. Bitte streichen Sie ihn aus dem Register für die',
      'Katzenschutzverordnung. Die Plakette lege ich der Karte bei.', 'Kassenzeichen 5.4100.077120.4',
      'Das restliche Geld (9 Euro) bitte auf mein Konto:', 'DE12 5001 0517 0648 4898 90', 'Danke schön und alles Gute.', '',
      'Freundliche Grüße', 'Erika Wendland, Birkenweg 9, Musterstadt', 'Musterstadt, 11.10.31', '',
      `${indent}Stadt Musterstadt`, `${indent}Steuern und Abgaben`, `${indent}Markt 1`, `${indent}17100 Musterstadt`];
    expect(scanned(rows).sender).toBe('Erika Wendland');
  });
  it('takes no clause of the text for a name over a street the next sentence names', () => {
    const rows = ['An die Stadt Musterstadt', 'Steuern und Abgaben', '',
      'Gegen den Abwasserbescheid vom 4.9.2031, Kassenzeichen 5.2300.018842.1,', 'erheben wir Einspruch.', '',
      'Das Haus Lindenweg 12 in Kleinfeld steht seit dem Frühjahr leer, dort fließt kein',
      'Wasser mehr, der Zähler ist abgebaut. Bitte rechnen Sie neu.', '',
      'Gerda und Paul Sievers', 'Lindenweg 14', '17100 Musterstadt-Kleinfeld', 'Kleinfeld, 22.09.2031'];
    expect(scanned(rows).sender).toBe('Gerda und Paul Sievers');
  });
  it('takes no job title under a signed name for a sender over a staff number', () => {
    const rows = ['An den Personalservice', 'über das Grünflächenamt, Frau Bredow', '',
      'Ich bitte darum, ab dem 1. März für ein Jahr nur noch 25 Stunden in der Woche',
      'zu arbeiten. Mein Vater braucht seit dem Winter Pflege, und ich kümmere mich um ihn.', '',
      'Karl Wessel', 'Gärtner, Stadtpark', 'Pers.-Nr. 51234', '', 'Musterstadt, den 12.01.2031'];
    expect(scanned(rows).sender).toBe('Karl Wessel');
  });
  it('still takes the sender\'s block above the recipient of a short scanned letter', () => {
    const rows = ['Ilse Marquardt', 'Ahornstraße 3', '17100 Musterstadt', '', 'Stadt Musterstadt', 'Bürgerbüro', 'Markt 1', '17100 Musterstadt', '',
      'Musterstadt, 03.02.2031', '', 'Sehr geehrte Damen und Herren,', '', 'bitte schicken Sie mir eine Meldebescheinigung.', '',
      'Mit freundlichen Grüßen', 'Ilse Marquardt'];
    expect(scanned(rows).sender).toBe('Ilse Marquardt');
  });
  it('takes the legal name of a four-line foot that a short letter leaves high on the page', () => {
    const rows = ['nordwind medien', 'Fachbücher für Verwaltungen', '', 'Nordwind Medien Postfach 22 01 - 20001 Hamburg', '',
      'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'unsere Rechnung Nr. NM-5521 vom 02.05.2031 über 212,40 EUR ist noch offen.', '', 'Mit freundlichen Grüßen', '', 'Nordwind Medien für Verwaltungen',
      'Buchhaltung', '', 'i. A. Jens Paulsen', '', 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.',
      'Nordwind Medien für Verwaltungsrecht GmbH & Co. KG - Elbchaussee 40 - 22765 Hamburg',
      'Sitz Hamburg - Amtsgericht Hamburg HRB 99120 - Geschäftsführerin: Tanja Kruse',
      'USt-IdNr. DE287654321', 'Hamburger Sparkasse - IBAN DE44 2005 0550 1234 5678 90 - BIC HASPDEHHXXX'];
    expect(scanned(rows).sender).toBe('Nordwind Medien für Verwaltungsrecht GmbH & Co. KG');
  });
});

describe('salutation "Moin"', () => {
  it('reads "Moin Herr …," as the salutation: no sentence of the text becomes the subject', () => {
    const rows = ['Obsthof Janssen', 'Äpfel - Birnen - Süßmost', 'Hof Janssen 4 - 17109 Altdorf - Tel. 03971 / 2 22 31', '',
      'Stadt Musterstadt', 'Grünflächenamt', 'Herrn Behnke', 'Markt 1', '17100 Musterstadt', '', '', 'Moin Herr Behnke,', '',
      'wie besprochen liefere ich für das Erntefest am Rathaus zwanzig Kisten Äpfel und',
      'zehn Kisten Birnen für zusammen 480,00 € inkl. MwSt., frei Haus am 26.09.2031. Bezahlung nach',
      'Rechnung, 10 Tage. Geben Sie mir bitte bis Freitag Bescheid, ob das so passt.', '', 'Beste Grüße', 'Hauke Janssen'];
    expect(scanned(rows).subject).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads a month whose trailing 0 OCR read as a 9 ("14.19.2031") as October', () => {
    const lines = ['Tischlerei Brandt GmbH', 'Werkstraße 2 · 17109 Altdorf', '', 'Stadt Musterstadt', 'Markt 1', '17100 Musterstadt', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei wie besprochen die Maße für die neuen Regale im Archiv.', '', 'Mit freundlichen Grüßen',
      'Tischlerei Brandt GmbH', 'Altdorf, 14.19.2031'];
    expect(fieldsOf(lines).letterDate).toBe('2031-10-14');
  });
  it('reads no date from an impossible month that no misread 0 explains ("14.13.2031")', () => {
    const lines = ['Tischlerei Brandt GmbH', 'Werkstraße 2 · 17109 Altdorf', '', 'Stadt Musterstadt', 'Markt 1', '17100 Musterstadt', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei wie besprochen die Maße für die neuen Regale im Archiv.', '', 'Mit freundlichen Grüßen',
      'Tischlerei Brandt GmbH', 'Altdorf, 14.13.2031'];
    expect(fieldsOf(lines).letterDate).toBeUndefined();
  });
  const reminder = (due: string) => ['Landkreis Seenplatte', 'Kreiskasse', '', 'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '',
    'Kassenzeichen 3321 2031 0042 7                              Datum 20.08.2031', '', 'Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
    'die folgende Forderung ist noch nicht beglichen:', '',
    'Bescheid vom      Forderungsart                               fällig am',
    `12.06.2031        Gebühr Gaststättenerlaubnis Rathauskeller   ${due}`, '',
    'Bitte zahlen Sie innerhalb einer Woche nach Zugang dieser Mahnung.', '', 'Mit freundlichen Grüßen', 'Kreiskasse'];
  it('sets no due date from the passed date a reminder\'s table quotes', () => {
    expect(fieldsOf(reminder('15.07.2031')).dueDate).toBeUndefined();
  });
  it('still takes a table\'s due date that lies after the letter date', () => {
    expect(fieldsOf(reminder('03.09.2031')).dueDate).toBe('2031-09-03');
  });
});
