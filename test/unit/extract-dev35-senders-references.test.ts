// Senders and references for failure families seen on the dev35/dev36 letters (own wording): an
// XRechnung view's seller field labelled with its business term and no colon, or the seller with
// its address on the labelled line; a form's "Name / Organisation" field; a postcard signed with the
// address on the signature line over the city's address; a recipient block the layout takes for a
// letterhead; a small firm's stamp or a couple's address block at the end of a letter without
// closing; a short note signed only by the name after the last sentence. References: a qualifier
// with a business term in parentheses, "Ihr Zeichen" naming a letter by its kind, a file named
// after its subject with a slash and a year, a court's chamber digit and a city code's first digit
// read as letters.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { fieldsOf, org } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen', ''];
/** Blank lines that push what follows to the foot of the page (a postcard's address side). */
const gap = Array.from({ length: 24 }, () => '');

describe('sender', () => {
  it('takes the seller\'s name an XRechnung view labels "Name (BT-27)" without a colon', () => {
    const lines = ['E-Rechnung – Lesefassung                                     Seite 1 von 1', '', 'Rechnung Nr. KN-0412 vom 12.08.2031', '',
      'ALLGEMEINE ANGABEN', 'Rechnungsnummer (BT-1)            KN-0412', 'Rechnungsdatum (BT-2)             12.08.2031', '',
      'VERKÄUFER (BG-4)', 'Name (BT-27)                      Küstennetz Datendienste GmbH', 'Anschrift (BG-5)                  Deichweg 9',
      '                                  18055 Rostock, DE', '', 'KÄUFER (BG-7)', 'Name (BT-44)                      Stadt Musterstadt', '',
      'Gesamtbetrag (BT-112)             1.190,00 EUR'];
    expect(fieldsOf(lines).sender).toBe('Küstennetz Datendienste GmbH');
  });
  it('takes the seller named on the "Verkäufer (BG-4):" line with its address over a misread return line', () => {
    const lines = ['Brenneke Voss', 'Landschaftsarchitekten', '', 'Brcnncke Voss PartG mbB · Ufer 12 · 24103 Kiel', '', ...recipient,
      'Teilrechnung Nr. 2 vom 12.08.2031', '', 'Verkäufer (BG-4): Brenneke Voss Landschaftsarchitekten PartG mbB, Ufer 12, 24103 Kiel',
      'Käufer (BG-7): Stadt Musterstadt, Markt 1, 17100 Musterstadt', '', 'Zu zahlen (BT-115): 4.210,00 EUR'];
    expect(fieldsOf(lines).sender).toBe('Brenneke Voss Landschaftsarchitekten PartG mbB');
  });
  it('takes the applicant of a filled-in form from its "Name / Organisation:" field', () => {
    const lines = ['Stadt Musterstadt', 'Ordnungsamt', 'Markt 1, 17100 Musterstadt', '', 'ANTRAG', 'auf Sondernutzung einer öffentlichen Fläche',
      '(Infostände, Straßenfeste, Aufsteller)', '', '1. Antragsteller', '   Name / Organisation:  Kleingartenverein Am Mühlbach e.V.',
      '   vertreten durch:      Jens Roloff (Kassenwart)', '   Anschrift:            Mühlbachweg 2, 17100 Musterstadt', '', '2. Art der Nutzung',
      '   [x] Infostand   [ ] Aufsteller', '', 'Musterstadt, 02.09.2031                     J. Roloff'];
    expect(fieldsOf(lines).sender).toBe('Kleingartenverein Am Mühlbach e.V.');
  });
  it('takes the signer of a postcard whose signature line carries the address, not the city\'s address below', () => {
    const lines = ['POSTKARTE', '', 'Sehr geehrte Damen und Herren,', '', 'unsere Katze Minka ist im August zu meiner Tochter nach Bremen gezogen, weil',
      'ich die Treppen nicht mehr so gut schaffe. Sie hatte bei Ihnen eine Marke', 'für die Katzenschutzverordnung, Nummer 0288. Bitte tragen Sie sie aus.',
      'Kassenzeichen 5.4100.020311.8', 'Das Geld für die Marke (6 Euro) bitte auf mein Konto:', 'DE89 3704 0044 0532 0130 00', 'Vielen Dank im Voraus für Ihre Mühe.', '',
      'Viele Grüße', 'Rosemarie Lübbers, Lindenallee 4, Musterstadt', 'Musterstadt, 03.09.31', ...gap,
      '                                      Stadt Musterstadt', '                                      Steuern und Abgaben', '                                      Markt 1',
      '                                      17100 Musterstadt'];
    expect(fieldsOf(lines).sender).toBe('Rosemarie Lübbers');
  });
  it('takes no line of a recipient block the layout reads as a letterhead ("Herrn" / "Bürgermeister")', () => {
    const lines = ['Herrn', 'Bürgermeister', 'Rathaus', '17100 Musterstadt', '', '', '', 'Sehr geehrter Herr Bürgermeister,', '',
      'seit Wochen ist die Laterne vor unserem Haus dunkel. Bitte lassen Sie sie reparieren.', '', 'Mit freundlichen Grüßen', '',
      'Gerd-Heinrich Tamm', 'Brunnenstraße 7', '17100 Musterstadt'];
    expect(fieldsOf(lines).sender).toBe('Gerd-Heinrich Tamm');
  });
  it('takes a small firm\'s stamp with its owner and address at the end of a bill without a closing', () => {
    const lines = ['Rechnung Nr. 17', '', 'An', 'Stadt Musterstadt, Grünflächenamt', 'Markt 1', '17100 Musterstadt', '',
      'Für Reparaturen an den Parkbänken, erledigt am 02.09. und 03.09.:', '', '6 Sitzbretter erneuern          je 18,00  =  108,00',
      'Anfahrt                                    =   20,00', 'Summe 128,00 €', '', 'Bitte überweisen Sie bis 20.9.31.', '', 'P. Drews', '', '05.09.31', '',
      'HOLZWERKSTATT DREWS', 'Inh. Paul Drews', 'Mühlenweg 3 · 17109 Altdorf', 'Tel. 03971 / 22 41 08'];
    expect(fieldsOf(lines).sender).toBe('Holzwerkstatt Drews');
  });
  it('takes a couple\'s address block at the end of a short objection without salutation or closing', () => {
    const lines = ['An die Stadt Musterstadt', 'Steuern und Abgaben', '', 'Gegen den Abwasserbescheid vom 1.9.2031 legen wir Widerspruch ein.', '',
      'Die Dachfläche der Garage ist nicht angeschlossen, das Wasser versickert im Garten. Bitte rechnen Sie neu.', '', 'Erwin Pahl     Gisela Pahl', '',
      'Erwin und Gisela Pahl', 'Am Anger 5', '17100 Musterstadt-Rehberg', 'Rehberg, 09.09.2031'];
    expect(fieldsOf(lines).sender).toBe('Erwin und Gisela Pahl');
  });
  it('takes the name set apart after the last sentence of a short note without salutation or closing', () => {
    const lines = ['An den Personalservice', 'über Bauhof, Frau Wendland', '', 'Ich beantrage für den 14. und 15. Oktober zwei Tage Sonderurlaub,',
      'weil mein Sohn an diesen Tagen heiratet. Die Vertretung ist mit den Kollegen abgesprochen.', '', 'Marco Lindqvist', 'Straßenwärter, Bauhof', '',
      'Musterstadt, den 02.09.2031'];
    expect(fieldsOf(lines).sender).toBe('Marco Lindqvist');
  });
  it('still takes a citizen\'s name over the address at the top of the letter', () => {
    const lines = ['Annegret Wiechmann', 'Lindenallee 4', '17100 Musterstadt', '', ...recipient, 'Musterstadt, 03.09.2031', '',
      'Sehr geehrte Damen und Herren,', '', 'bitte senden Sie mir ein Formular für den Wohngeldantrag.', '', 'Mit freundlichen Grüßen', '', 'Annegret Wiechmann'];
    expect(fieldsOf(lines).sender).toBe('Annegret Wiechmann');
  });
  it('takes no name from the middle of a letter with a salutation: the closing signs it', () => {
    const lines = ['Hafenmeisterei Nordmole', 'Kaiweg 1 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 03.09.2031', '', 'Sehr geehrte Damen und Herren,', '',
      'der Liegeplatz wurde geräumt.', '', 'Karl-Otto Behn', 'Kaiweg 2', '17100 Musterstadt', '', 'hat die Schlüssel abgegeben.', '', 'Mit freundlichen Grüßen', '', 'Hafenmeisterei Nordmole'];
    expect(fieldsOf(lines).sender).toBe('Hafenmeisterei Nordmole');
  });
});

describe('reference', () => {
  const letterWith = (info: string[], subject: string[] = ['Rechnung Nr. 88']) => ['Fenstertechnik Ahrens GmbH', 'Hafenstraße 5 · 17100 Musterstadt', '', ...recipient,
    ...info, 'Datum: 02.09.2031', '', ...subject, '', ...body, 'Fenstertechnik Ahrens GmbH'];
  it('takes the value after a qualifier in parentheses that carries a business term\'s number', () => {
    expect(fieldsOf(letterWith(['Ihr Zeichen (Hinweis BT-22):   6.30-BA-2031/118'])).reference).toBe('6.30-BA-2031/118');
  });
  it('takes the subject\'s file number when "Ihr Zeichen" names the city\'s letter by its kind and date', () => {
    const lines = letterWith(['Ihr Zeichen:   Zahlungserinnerung vom 12.08.2031', 'Unser Zeichen: KL/ra'],
      ['Widerspruch gegen Säumniszuschläge', 'Kassenzeichen 5.4100.118822.1 – Bescheid vom 01.07.2031, Az. 9.50.30-SN-2031/044']);
    expect(fieldsOf(lines).reference).toBe('9.50.30-SN-2031/044');
  });
  it('keeps a dictation mark the city gave as its "Ihr Zeichen"', () => {
    expect(fieldsOf(letterWith(['Ihr Zeichen:   Ko/bf'])).reference).toBe('Ko/bf');
  });
  it('keeps the year of a file named after its subject behind a slash', () => {
    expect(fieldsOf(letterWith(['Ihr Zeichen       1.20-Ru/Archiv 2031'])).reference).toBe('1.20-Ru/Archiv 2031');
  });
  it('reads a court\'s one-digit chamber number OCR took for an S', () => {
    const lines = ['Amtsgericht Nordheim', 'Gerichtsstraße 2 · 17100 Nordheim', '', ...recipient, 'Geschäftsnummer:  S M 233/31', 'Datum: 02.09.2031', '',
      'Pfändungs- und Überweisungsbeschluss', '', 'In der Zwangsvollstreckungssache', 'Tischlerei Brandt e.K., Az. 77/31 RB', '', ...body, 'Justizbeschäftigte'];
    expect(fieldsOf(lines).reference).toBe('5 M 233/31');
  });
  it('repairs a known city code\'s first digit read as a letter under any label', () => {
    const lines = ['Nicole Haase', 'Wiesenweg 3', '17100 Musterstadt', '', ...recipient, 'Musterstadt, 02.09.2031', '', 'Sehr geehrte Damen und Herren,', '',
      'gegen den Bescheid (Aktenzeichen S.20-KB-2031/0077) lege ich Widerspruch ein.', '', 'Mit freundlichen Grüßen', '', 'Nicole Haase'];
    const letter = analyseLetter(pagesFromText(lines.join('\n')), { organisation: org });
    const { fields } = extractFields(letter, { organisation: org, receivedAt: new Date('2031-09-05T10:00:00'), departmentCodes: ['1.40', '5.20', '9.50.30'] });
    expect(fields.reference).toBe('5.20-KB-2031/0077');
  });
});
