// Subjects for failure families seen on the dev35/dev36 letters (own wording): a foreign sender's
// bilingual title ("FACTUUR / RECHNUNG Nr. …"), an e-invoice viewer's running header with its page
// counter over the invoice's own title, a two-line title set apart over the order it answers, a
// bare notice title with the matter glued under it, a form's "ANTRAG" / "auf …", a paragraph of
// long "Label: value" rows under a payment advice, a title sharing its row with the information
// block, a Betreff block of labelled rows closed by "hier:", a lawyer's block headed by the
// contested decision with a long compound name, an unlabelled matter line under a two-line
// "An die …" address, and letters without any subject line (the first sentence, an unknown
// greeting, a card's printed "POSTKARTE").
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions (a PDF whose text was extracted as plain lines). */
const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Marktplatz 1', '17100 Musterstadt', ''];
const greeting = ['', 'Sehr geehrte Damen und Herren,', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Jana Wolter', ...Array(12).fill('')];
const invoiceRows = ['', 'Pos  Leistung                              Betrag', '1    Lieferung Ersatzteile              1.210,00 €', '',
  'Gesamtbetrag 1.210,00 €', '', 'Zahlbar innerhalb von 30 Tagen ohne Abzug.', ...Array(12).fill('')];

describe('subject: invoice titles the search passed by', () => {
  it('takes a bilingual title whose German word follows a slash', () => {
    const lines = ['VAN DIJK GROENVOORZIENING B.V.', 'Tuinweg 12, 7411 AB Deventer, Nederland', '', ...recipient, 'DUITSLAND / DEUTSCHLAND', '',
      'FACTUUR / RECHNUNG Nr. VD-2030-0457', '', 'Factuurdatum / Rechnungsdatum: 04.06.2030', 'Klantnummer / Kundennummer: 88120', ...invoiceRows];
    expect(fieldsOf(lines).subject).toBe('FACTUUR / RECHNUNG Nr. VD-2030-0457');
  });
  it('skips a viewer\'s running header that counts the pages', () => {
    const lines = ['XRechnung (Prüfansicht Rechnungseingang) – Seite 1 von 3', 'Erzeugt durch: Prüfwerkzeug am 05.06.2030', '',
      'Rechnung Nr. KL-2030-0912 vom 03.06.2030', '', 'Rechnungsnummer (BT-1) KL-2030-0912', 'Rechnungsdatum (BT-2) 03.06.2030', ...invoiceRows];
    expect(fieldsOf(lines).subject).toBe('Rechnung Nr. KL-2030-0912 vom 03.06.2030');
  });
  it('takes a two-line title set apart over the order it answers', () => {
    const lines = ['Ingenieurbüro Saathoff', 'Saathoff · Deichstraße 5 · 17200 Oststadt', '', ...recipient, 'Oststadt, den 08.06.2030', '',
      'Rechnung Nr. 2030-44', 'Baugrundgutachten Erweiterung Grundschule Nord (Flur 7, Flurstück 12/3)', '',
      'Ihre Bestellung vom 02.04.2030, Az. 6.10-BG-2030/021', ...greeting, 'für das Gutachten berechne ich vereinbarungsgemäß 3.400,00 €.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Rechnung Nr. 2030-44 Baugrundgutachten Erweiterung Grundschule Nord (Flur 7, Flurstück 12/3)');
  });
  it('takes a payment advice\'s title over a paragraph of long "Label: value" rows', () => {
    const lines = ['NORDLICHT Veranstaltungstechnik GmbH', 'Nordlicht GmbH · Kaistraße 3 · 17033 Oststadt', '', ...recipient,
      'Zahlungsavis Nr. 88100452', '', 'Unsere Kreditorennummer bei Ihrem Haus: 30018', 'Zahlungsdatum: 03.06.2030',
      'Gutschrift bei Ihnen voraussichtlich: 05.06.2030', 'Zahlungsart: Überweisung', ...greeting,
      'wir haben heute die folgenden Rechnungen zur Zahlung angewiesen.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Zahlungsavis Nr. 88100452');
  });
  it('takes a title that shares its row with the information block, without the block', () => {
    const lines = ['Bürotechnik Hansen GmbH', 'Bürotechnik Hansen GmbH · Ringstraße 9 · 17200 Oststadt', '', ...recipient,
      'Rechnung                                Rechnungsnummer: 2030-77120',
      '                                        Rechnungsdatum: 30.06.2030',
      '                                        Kundennummer: 55 410',
      '                                        Mietvertrag: MV-2029-118',
      '                                        Leistungszeitraum: 01.04.–30.06.2030', ...greeting, 'für die Miete der Kaffeeautomaten berechnen wir Ihnen 318,00 €.', ...closing];
    expect(fieldsOfPages(textLayer(lines)).subject).toBe('Rechnung');
  });
});

describe('subject: notice and form titles over two lines', () => {
  it('joins a bare notice title and the matter glued under it', () => {
    const lines = ['Landesamt für Geodaten Süd', 'LGS · Postfach 4 · 17300 Südstadt', '', ...recipient, 'Datum: 09.06.2030', '',
      'Kostenbescheid', 'Grenzfeststellung Gemarkung Nordfeld, Flur 3, Flurstück 17', '',
      'Für die Grenzfeststellung werden Kosten von 512,00 € festgesetzt.', '', 'Der Betrag ist bis zum 10.07.2030 zu zahlen.', ...Array(12).fill('')];
    expect(fieldsOf(lines).subject).toBe('Kostenbescheid Grenzfeststellung Gemarkung Nordfeld, Flur 3, Flurstück 17');
  });
  it('keeps a bare notice title alone over a paragraph of several lines', () => {
    const lines = ['Landesamt für Geodaten Süd', 'LGS · Postfach 4 · 17300 Südstadt', '', ...recipient, 'Datum: 09.06.2030', '',
      'Kostenbescheid', 'Die Kosten der Grenzfeststellung in der Gemarkung Nordfeld werden nach', 'der Kostenordnung wie folgt festgesetzt:', '',
      'Gebühr 512,00 €', '', 'Der Betrag ist bis zum 10.07.2030 zu zahlen.', ...Array(12).fill('')];
    expect(fieldsOf(lines).subject).toBe('Kostenbescheid');
  });
  it('joins a form\'s bare "ANTRAG" and what it asks for', () => {
    const lines = [...recipient, 'ANTRAG', 'auf Sondernutzung einer öffentlichen Straßenfläche', '(Baugerüste, Container, Absperrungen)', '',
      'Bitte zwei Wochen vor Beginn einreichen.', '', '1. Antragsteller', 'Name: Gerüstbau Pohl GmbH', 'Anschrift: Werftweg 2, 17100 Musterstadt', ...Array(12).fill('')];
    expect(fieldsOf(lines).subject).toBe('ANTRAG auf Sondernutzung einer öffentlichen Straßenfläche (Baugerüste, Container, Absperrungen)');
  });
});

describe('subject: Betreff blocks of labelled rows', () => {
  it('takes a block of "Label: value" rows closed by its "hier:" line', () => {
    const lines = ['Ruge Tragwerksplanung', 'Ruge · Lotsenweg 1 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 11.06.2030', '',
      'Bauvorhaben: Anbau Feuerwehrgerätehaus, Wiesenstraße 2', 'Bauherr: Stadt Musterstadt, Gebäudemanagement', 'Ihr Zeichen: 6.30-BG-0077/30',
      'hier: Vorlage der geprüften Standsicherheitsnachweise', ...greeting, 'anbei erhalten Sie die geprüften Unterlagen.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Bauvorhaben: Anbau Feuerwehrgerätehaus, Wiesenstraße 2 Bauherr: Stadt Musterstadt, Gebäudemanagement Ihr Zeichen: 6.30-BG-0077/30 hier: Vorlage der geprüften Standsicherheitsnachweise');
  });
  it('heads a lawyer\'s block with the contested decision, however long its name', () => {
    const lines = ['KRAUSE · BEHN Rechtsanwälte', 'Krause Behn · Domplatz 4 · 17300 Südstadt', '', ...recipient, 'Ihr Zeichen: 6.30-NU-2030/0118', 'Südstadt, 12.06.2030', '',
      'Ihre Nutzungsuntersagungsverfügung vom 28.05.2030', 'Mandantin: Heike Sander, Birkenweg 4, 17100 Musterstadt', 'Carport auf dem Flurstück 61/2, Flur 9, Gemarkung Musterstadt',
      ...greeting, 'namens unserer Mandantin legen wir gegen die Verfügung Widerspruch ein.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Ihre Nutzungsuntersagungsverfügung vom 28.05.2030 Mandantin: Heike Sander, Birkenweg 4, 17100 Musterstadt Carport auf dem Flurstück 61/2, Flur 9, Gemarkung Musterstadt');
  });
  it('takes an unlabelled matter line under a two-line "An die …" address', () => {
    const lines = ['An die Elterngeldstelle', 'im Rathaus Musterstadt', '', 'Kitagebühren Az. 5.20-KG-2030/0419', ...greeting,
      'mein Einkommen hat sich seit Mai geändert, die Bescheinigung lege ich bei.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Kitagebühren Az. 5.20-KG-2030/0419');
  });
});

describe('subject: none in letters without a subject line', () => {
  const sender = ['Marta Kühn', 'Eichenweg 4', '17100 Musterstadt', '', ''];
  it('takes no first sentence of a letter that starts at once', () => {
    const lines = [...sender, 'An den Personalservice', 'über Bauhof, Frau Lange', '', '',
      'Wir bitten darum, unseren Vertrag über die Reinigung der Sporthalle zum Ende des Jahres',
      'aufzuheben, weil unser Betrieb schließt und wir keine Leute mehr haben.', '', 'Marta Kühn', ...Array(12).fill('')];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
  it('takes no greeting the salutation rule does not know', () => {
    const lines = ['Obsthof Peters', 'Obsthof Peters · Dorfstraße 2 · 17300 Südstadt', '', 'Stadt Musterstadt', 'Bauhof', 'Frau Lange', 'Am Werkhof 1', '17100 Musterstadt', '', '',
      'Moin Frau Lange,', '', 'wie besprochen kann ich Ihnen zehn Apfelbäume für die Allee für 890,00 € liefern.', ...closing];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
  it('takes no printed "POSTKARTE"', () => {
    const lines = ['POSTKARTE', '', 'Sehr geehrte Damen und Herren,', '', 'unser Kater Moritz ist am Sonntag gestorben, er war schon 17 Jahre alt.',
      'Bitte melden Sie ihn bei der Katzensteuer ab, die Marke lege ich', 'in einen Umschlag und bringe sie vorbei.', 'Kassenzeichen 5.4300.017701.3',
      'Das zu viel gezahlte Geld bitte auf mein Konto', 'DE12 3456 7890 1234 5678 90 überweisen.', 'Ein neues Tier möchte ich nicht mehr.', '',
      'Herzliche Grüße', 'Ernst Bode, Lindenstraße 8, Musterstadt', 'Musterstadt, 02.06.30', '', '',
      'Stadt Musterstadt', 'Steuern und Abgaben', 'Marktplatz 1', '17100 Musterstadt'];
    expect(fieldsOfPages(textLayer(lines)).subject).toBeUndefined();
  });
  it('still takes a two-line title in small letters that is no sentence', () => {
    const lines = [...recipient, '', 'Antrag auf Erteilung einer Erlaubnis zum Aufstellen', 'von Tischen und Stühlen vor dem Café Rosa', '',
      'Name: Rosa Meier', 'Anschrift: Markt 4, 17100 Musterstadt', ...Array(12).fill('')];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Erteilung einer Erlaubnis zum Aufstellen von Tischen und Stühlen vor dem Café Rosa');
  });
});
