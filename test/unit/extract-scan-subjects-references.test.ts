// Subjects and references as they arrive from a scan (own wording, invented letters): a city file
// number whose department code OCR read one digit off, a register read with 0 for O, the dash of a
// clerk's serial lost, "Ihr Gesch.-Z." cut to "Ihr Gesch.", a value of the information block run
// on into the next cell; a title's bracketed explanation read with a curly bracket, a file number
// line under the matter with its dash lost or two numbers joined by a comma, a table of rows under
// the information block (box-drawn or with its frame lost), an invoice total, a return line with
// its "·" read as dashes, a page header split off its page number.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { repairDepartmentCode } from '../../ocr/extract/references.ts';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOfPages, org } from './extractLetters.ts';
import { scannedPage } from './scannedPage.ts';

const CODES = ['0.10', '1.10', '1.20', '1.30', '1.40', '1.50', '3.10.20', '5.30', '6.30', '9.60.10'];

const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];
const scanned = (rows: string[]) => fieldsOfPages([scannedPage(rows)]);
const withCodes = (rows: string[]) => extractFields(analyseLetter([scannedPage(rows)], { organisation: org }),
  { organisation: org, receivedAt: new Date('2026-07-01T10:00:00'), departmentCodes: CODES }).fields;

const recipient = ['Stadt Musterstadt', 'Bauverwaltung', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Sache zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', 'Ilse Vogt'];
const head = ['Ilse Vogt', 'Birkenweg 9', '17100 Musterstadt', ''];

describe('reference: the city department code read one digit off', () => {
  const letter = (line: string) => [...head, ...recipient, line, 'Datum: 03.06.2026', '', 'Widerspruch gegen die Gebühr', '', ...body];
  it('repairs the code of the city\'s own file number', () => {
    expect(withCodes(letter('Ihr Zeichen: 5.38-WG-2026/114')).reference).toBe('5.30-WG-2026/114');
    expect(withCodes(letter('Ihr Aktenzeichen: 3.18.20-OW-2026-0412')).reference).toBe('3.10.20-OW-2026-0412');
  });
  it('leaves a known code, another authority\'s number and a code near several known ones as read', () => {
    expect(withCodes(letter('Ihr Zeichen: 6.30-BA-2026/0412')).reference).toBe('6.30-BA-2026/0412');
    expect(withCodes(letter('Unser Zeichen: 5.38-WG-2026/114')).reference).toBe('5.38-WG-2026/114');
    expect(repairDepartmentCode('1.60-KS-2026/11', CODES)).toBe('1.60-KS-2026/11');
    expect(repairDepartmentCode('7.38-KS-2026/11', CODES)).toBe('7.38-KS-2026/11');
    expect(repairDepartmentCode('5.31.0188.4', CODES)).toBe('5.31.0188.4');
  });
});

describe('reference: cut or run on by the scan', () => {
  const letter = (rows: string[]) => [...head, ...recipient, ...rows, '', 'Anhörung im Verfahren', '', ...body];
  it('keeps the digit groups after a register read with 0 for O', () => {
    expect(scanned(letter(['Aktenzeichen: 41.2-0Wi 2026 118 204'])).reference).toBe('41.2-OWi 2026 118 204');
  });
  it('keeps a clerk\'s serial whose dash OCR lost', () => {
    expect(scanned(letter(['Unser Zeichen: 31 40 07 Kra/2026-11'])).reference).toBe('31 40 07 Kra/2026-11');
  });
  it('reads "Ihr Gesch." before a file number as the city\'s Geschäftszeichen, not before a date', () => {
    expect(scanned(letter(['Ihr Gesch. 5.30-HY-2026-044'])).reference).toBe('5.30-HY-2026-044');
    expect(scanned(letter(['Ihr Gesch. 12.05.2026'])).reference).toBeUndefined();
  });
  it('ends a value of the information block at the gap to the next cell', () => {
    const rows = ['Ihr Zeichen          Unser Zeichen        Datum', '1.30-RA-2026-041     377/26 Kl/mo         03.06.2026'];
    expect(scanned(letter(rows)).reference).toBe('1.30-RA-2026-041');
  });
  it('reads a reference in a box-drawn cell', () => {
    const lines = [...head, ...recipient, 'Rechnung Nr. 2026-77', '', '│ Ihr Zeichen │ 1.20-EK-2026 │', '│ Lieferung   │ Stühle      │', '', ...body];
    expect(fieldsOfPages(textLayer(lines)).reference).toBe('1.20-EK-2026');
  });
});

describe('subject: lines a scan cut off the Betreff', () => {
  it('keeps a bracketed explanation read with a curly bracket under a title', () => {
    const rows = ['Stadt Musterstadt - Ordnungsamt', 'Markt 1 - 17100 Musterstadt', '', 'ANTRAG AUF ERTEILUNG EINER AUFGRABUNGSERLAUBNIS',
      '{Leitungsarbeiten im öffentlichen Gehweg)', '', 'Antragsteller: Tiefbau Ohle GmbH', 'Ort: Lindenweg 4'];
    expect(scanned(rows).subject).toBe('ANTRAG AUF ERTEILUNG EINER AUFGRABUNGSERLAUBNIS {Leitungsarbeiten im öffentlichen Gehweg)');
  });
  it('keeps a file number line under the matter whose dash OCR lost', () => {
    const rows = [...head, ...recipient, 'Ihr Zeichen: 1.50-GS-2026/118', 'Datum: 03.06.2026', '',
      'Widerspruch gegen den Grundsteuerbescheid 2026 vom 12.05.2026', 'Kassenzeichen 5.2201.4410.7 Erbengemeinschaft Lindenweg 4', '', ...body];
    expect(scanned(rows).subject).toBe('Widerspruch gegen den Grundsteuerbescheid 2026 vom 12.05.2026 Kassenzeichen 5.2201.4410.7 Erbengemeinschaft Lindenweg 4');
  });
  it('keeps two file numbers joined by a comma under the matter', () => {
    const rows = [...head, ...recipient, 'Widerspruch gegen den Kostenbescheid vom 11.05.2026', 'Ihr Zeichen 6.30-BA-2026-0221, Kassenzeichen 4.100.377.1', '', ...body];
    expect(scanned(rows).subject).toBe('Widerspruch gegen den Kostenbescheid vom 11.05.2026 Ihr Zeichen 6.30-BA-2026-0221, Kassenzeichen 4.100.377.1');
  });
  it('leaves a file number line with an information label after it out', () => {
    const rows = [...head, ...recipient, 'Widerspruch gegen den Kostenbescheid vom 11.05.2026', 'Kassenzeichen 4.100.377.1 Telefon 0395 441 27', '', ...body];
    expect(scanned(rows).subject).toBe('Widerspruch gegen den Kostenbescheid vom 11.05.2026');
  });
});

describe('subject: rows of data that are no Betreff', () => {
  it('takes the title above a table glued under the information row, its frame lost (scan)', () => {
    const rows = ['Bühnenbau Lenz', 'Hafenstraße 2', '17200 Oststadt', '', ...recipient, 'Oststadt, 02.06.2026', '', 'Schlussrechnung Nr. BL-2026-044', '',
      '  Ihr Zeichen              0.10-MF-2026', '  Veranstaltung            Maifest Musterstadt', '  Aufbautage 28. und 29.04.2026', '  Angebot AN-2026-011 vom 14.02.2026', '', ...body];
    expect(scanned(rows).subject).toBe('Schlussrechnung Nr. BL-2026-044');
  });
  it('takes the title above a box-drawn table (text layer)', () => {
    const lines = ['Bühnenbau Lenz', 'Hafenstraße 2', '17200 Oststadt', '', ...recipient, 'Oststadt, 02.06.2026', '', 'Schlussrechnung Nr. BL-2026-044', '',
      '┌──────────────┬─────────────────────┐', '│ Ihr Zeichen  │ 0.10-MF-2026        │', '│ Veranstaltung│ Maifest Musterstadt │', '└──────────────┴─────────────────────┘', '', ...body];
    expect(fieldsOfPages(textLayer(lines)).subject).toBe('Schlussrechnung Nr. BL-2026-044');
  });
  it('does not take an invoice total for the title', () => {
    const rows = ['SCHLOSSEREI KNUTH', 'Knuth GmbH - Werkstraße 3 - 17200 Oststadt', '', ...recipient, 'Einsatzbericht / Rechnung', '',
      'Einsatzort: Schule Nord, Am Hang 4', '', '  Anfahrt                              1x 60,00      60,00', '  Nettobetrag 60,00',
      '  MwSt. 19 % 11,40', '  Rechnungsbetrag EUR 71,40', '', 'Zahlbar sofort ohne Abzug.'];
    expect(scanned(rows).subject).toBe('Einsatzbericht / Rechnung');
  });
});

describe('layout: the recipient behind look-alike lines', () => {
  it('takes a return line with its dots read as dashes for no recipient', () => {
    const rows = ['Dr. med. Eva Lind', 'Praxis am Stadtgarten - Gartenweg 2 - 17100 Musterstadt', '', 'Stadt Musterstadt', 'Personalservice',
      'Am Markt 3', '17100 Musterstadt', '', '                                                    02.06.2026', '',
      'Ärztliche Bescheinigung über die Dienstfähigkeit', '', 'Hiermit bescheinige ich die Dienstfähigkeit ab dem 03.06.2026.'];
    const letter = analyseLetter([scannedPage(rows)], { organisation: org });
    expect(letter.lines[letter.address?.start ?? -1]?.raw).toBe('Stadt Musterstadt');
    expect(scanned(rows).subject).toBe('Ärztliche Bescheinigung über die Dienstfähigkeit');
  });
  it('takes a portal\'s page header split off its page number for no recipient', () => {
    const rows = ['Stadt Musterstadt - Online-Dienste                                 Seite 1 von 1', '', 'Online-Formular',
      'Antrag auf Ausstellung einer Parkerlaubnis', '', 'Eingereicht am: 02.06.2026, 10:12 Uhr', 'Antragsnummer: OD-2026-5521', '',
      '1. Angaben zur Person', 'Name: Vogt', 'Vorname: Ilse'];
    expect(scanned(rows).subject).toBe('Antrag auf Ausstellung einer Parkerlaubnis');
  });
});
