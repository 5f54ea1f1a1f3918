// Subjects and references of invented letters (own wording): a Betreff block that carries the
// client's or child's row with a file number, or the file numbers of the contested notice under a
// "Betr.:" line; a document title set apart over the block below it; a court's own title over its
// rubrum; a mailing dated by month only; "Ihr Zeichen / Ihr Schreiben vom" over its value beside
// the address; the short forms "Kassen-Z." and "Kassenz."; a department code split at its dot.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { scannedPage } from './scannedPage.ts';

const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];
const scanned = (rows: string[]) => fieldsOfPages([scannedPage(rows)]);

const recipient = ['Stadt Musterstadt', 'Steuern und Abgaben', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Sache zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', 'Ilse Vogt'];
const head = ['Ilse Vogt', 'Birkenweg 9', '17100 Musterstadt', ''];
const firm = ['Tischlerei Brügge e.K.', 'Werkstraße 8 · 17200 Oststadt', ''];

describe('subject: the rows of a Betreff block that carry a file number', () => {
  it('keeps a client row with its Kassenzeichen between the matter and the request', () => {
    const lines = ['Steuerbüro Marx GmbH', 'Bahnhofsweg 2 · 17200 Oststadt', '', ...recipient, 'Datum: 03.06.2026', '',
      'Grundsteuer 2027 für das Grundstück Hafenkai 4', 'Mandant: Ole Jansen, Kassenzeichen 4.2210.118.3', 'Antrag auf Stundung der Nachforderung', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Grundsteuer 2027 für das Grundstück Hafenkai 4 Mandant: Ole Jansen, Kassenzeichen 4.2210.118.3 Antrag auf Stundung der Nachforderung');
  });
  it('keeps a Kassenzeichen line that names the child after a dash', () => {
    const lines = [...head, ...recipient, 'Ihr Zeichen: 5.20-KB/2026-114', 'Datum: 03.06.2026', '',
      'Widerspruch gegen den Beitragsbescheid vom 12.05.2026', 'Kassenzeichen 5.2300.0411.8 – Kind: Mia Vogt, geb. 02.02.2022', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Beitragsbescheid vom 12.05.2026 Kassenzeichen 5.2300.0411.8 – Kind: Mia Vogt, geb. 02.02.2022');
  });
  it('keeps the file numbers under a "Betr.:" line up to its "hier:" line', () => {
    const lines = [...head, ...recipient, '                                              Musterstadt, 03.06.2026', '',
      'Betr.: Ihr Abwasserbescheid 2026 vom 12.05.2026', '       Kassenzeichen 6.1100.2044.1 – Az.: 1.50-AW-2026/311', '       hier: Widerspruch', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Ihr Abwasserbescheid 2026 vom 12.05.2026 Kassenzeichen 6.1100.2044.1 – Az.: 1.50-AW-2026/311 hier: Widerspruch');
  });
  it('leaves a row of the information block under the matter out (guard)', () => {
    const lines = [...head, ...recipient, 'Widerspruch gegen den Kostenbescheid vom 11.05.2026', 'Kassenzeichen: 4.100.377.1', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Kostenbescheid vom 11.05.2026');
    const betreff = [...head, ...recipient, 'Betreff: Widerspruch gegen den Kostenbescheid vom 11.05.2026', 'Telefon: 0395 441 27', '', ...body];
    expect(fieldsOf(betreff).subject).toBe('Widerspruch gegen den Kostenbescheid vom 11.05.2026');
  });
});

describe('subject: a document title set apart over the lines below it', () => {
  it('takes the title, not the order or invoice line under it', () => {
    const invoice = [...firm, ...recipient, 'Rechnungsdatum: 02.06.2026', 'Kundennummer: 4471', '', 'Rechnung Nr. 26-0412', '',
      'Ihr Auftrag vom 14.05.2026 (Frau Lenz)', '', ...body];
    expect(fieldsOf(invoice).subject).toBe('Rechnung Nr. 26-0412');
    const reminder = [...firm, ...recipient, 'Ihr Zeichen: 9.40.20-TS-2026/17', '', '1. MAHNUNG', '',
      'Unsere Rechnung Nr. 26-0377 vom 02.04.2026', 'Objekt: Sporthalle Nord, neue Eingangstür', '', ...body];
    expect(fieldsOf(reminder).subject).toBe('1. MAHNUNG');
    const credit = [...firm, ...recipient, 'Belegdatum: 02.06.2026', '', 'GUTSCHRIFT Nr. G-26-008', '', 'Rückvergütung für zurückgenommene Musterstühle', '', ...body];
    expect(fieldsOf(credit).subject).toBe('GUTSCHRIFT Nr. G-26-008');
  });
  it('keeps a block glued under its title and a Betreff below a title (guard)', () => {
    const glued = [...firm, ...recipient, 'Rechnung Nr. 26-0412', 'Objekt: Kita Sonnenhof, Garderobenbank', '', ...body];
    expect(fieldsOf(glued).subject).toBe('Rechnung Nr. 26-0412 Objekt: Kita Sonnenhof, Garderobenbank');
    const betreff = [...firm, ...recipient, 'STORNORECHNUNG Nr. ST-26-002', '', 'Betreff: Storno der Rechnung Nr. 26-0377 vom 02.04.2026', '', ...body];
    expect(fieldsOf(betreff).subject).toBe('Storno der Rechnung Nr. 26-0377 vom 02.04.2026');
    const plain = [...head, ...recipient, 'Musterstadt, 03.06.2026', '', 'Antrag auf Zuschuss für das Sommerfest', '', ...body];
    expect(fieldsOf(plain).subject).toBe('Antrag auf Zuschuss für das Sommerfest');
  });
});

describe('subject: a court letter and a mailing', () => {
  const court = (title: string[]) => ['Landgericht Oststadt', 'Gerichtsplatz 1 · 17200 Oststadt', '', ...recipient, 'Geschäftsnummer: 3 O 77/26', 'Datum: 03.06.2026', '',
    ...title, 'In dem Rechtsstreit', '', 'Karl Brandt ./. Stadt Musterstadt', '', 'wegen Schadensersatzes', '', ...body];
  it('takes the court\'s own title set apart over the rubrum', () => {
    expect(fieldsOf(court(['Zustellung einer Klageschrift', ''])).subject).toBe('Zustellung einer Klageschrift');
  });
  it('takes no note how the letter was sent for a title (guard)', () => {
    expect(fieldsOf(court(['Gegen Empfangsbekenntnis', ''])).subject).toBeUndefined();
  });
  it('takes no date line by month only for the subject of a mailing', () => {
    const lines = ['büroprofi', 'Möbel für Verwaltungen', '', ...recipient, 'Oststadt, im Juni 2026', '', 'Sommeraktion: Stehpulte 20 % günstiger – nur bis 31.07.2026', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Sommeraktion: Stehpulte 20 % günstiger – nur bis 31.07.2026');
  });
});

describe('reference and Kassenzeichen', () => {
  it('reads "Ihr Zeichen / Ihr Schreiben vom" over its value beside the address (text layer)', () => {
    const lines = ['Landesamt Nord', 'Postfach 1 · 17000 Nordstadt', '',
      'Stadt Musterstadt                                  Ihr Zeichen / Ihr Schreiben vom',
      'Finanzservice                                      1.40-HH-2027/05 / 11.05.2026',
      'Am Markt 3', '17100 Musterstadt', '', 'Haushaltssatzung 2027', '', ...body];
    expect(fieldsOfPages(textLayer(lines)).reference).toBe('1.40-HH-2027/05');
  });
  it('reads no date under such a label for a reference (guard)', () => {
    const lines = ['Landesamt Nord', 'Postfach 1 · 17000 Nordstadt', '',
      'Stadt Musterstadt                                  Ihr Schreiben vom',
      'Finanzservice                                      11.05.2026',
      'Am Markt 3', '17100 Musterstadt', '', 'Haushaltssatzung 2027', '', ...body];
    expect(fieldsOfPages(textLayer(lines)).reference).toBeUndefined();
  });
  it('reads the short forms "Kassen-Z." and "Kassenz." (also as OCR reads them)', () => {
    const letter = (row: string) => [...firm, ...recipient, 'Az.: 2.1-KA-2026/44', row, 'Datum: 03.06.2026', '', 'Mahnung', '', ...body];
    expect(fieldsOf(letter('Kassen-Z.:    0815-2026-0311')).cashReference).toBe('0815-2026-0311');
    expect(fieldsOf(letter('Kassenz.:     3.3100.0411.2')).cashReference).toBe('3.3100.0411.2');
    expect(fieldsOf(letter('Kasseriz.:    3.3100.0411.2')).cashReference).toBe('3.3100.0411.2');
  });
  it('joins a department code that a scan split after its dot', () => {
    const rows = [...head, ...recipient, 'Ihr Zeichen: 5. 20-HzE-2026/0317', 'Datum: 03.06.2026', '', 'Antrag auf Fortsetzung der Hilfe', '', ...body];
    expect(scanned(rows).reference).toBe('5.20-HzE-2026/0317');
  });
  it('keeps a court number with a lone leading digit group as read (guard)', () => {
    const rows = [...head, ...recipient, 'Aktenzeichen: 3 O 77/26', 'Datum: 03.06.2026', '', 'Ladung', '', ...body];
    expect(scanned(rows).reference).toBe('3 O 77/26');
  });
});
