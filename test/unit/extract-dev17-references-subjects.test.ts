// References and subjects of invented letters (own wording): "Ihr Zeichen" as one cell of a
// company's header row over its values (text layer, also with OCR damage); two labels joined by a
// slash over one value list; "Ihr Zeichen" misread in a DIN 676 reference row; "Geschäftsnummer"
// with a wrongly accented ä; a digit-only case number with one digit read as a letter; a date line
// "Ort, am …" that is no subject.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { repairCode } from '../../ocr/extract/references.ts';
import { fieldsOfPages } from './extractLetters.ts';

const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];
const fields = (lines: string[]) => fieldsOfPages(textLayer(lines));

const recipient = ['Stadt Musterstadt', 'Immobilienservice', 'Marktplatz 5', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', 'Jens Haberland'];
const firm = ['Elektro Kranich GmbH · Gewerbering 4 · 17200 Oststadt', ''];

describe('reference: "Ihr Zeichen" as a cell of a header row over its values', () => {
  const invoice = (header: string, values: string) => [...firm, ...recipient, 'RECHNUNG', '', header, values, '',
    'Für die Wartung der Blitzschutzanlage berechnen wir 1.250,00 EUR.', '', ...body];
  it('takes the value in the label\'s column, not the first value of the row', () => {
    const lines = invoice('Beleg-Nr.       Belegdatum      Kundenkonto     Ihr Zeichen', 'RE-55-0912      03.06.2026      40118           9.40.20-EL-2026/044');
    expect(fields(lines).reference).toBe('9.40.20-EL-2026/044');
  });
  it('still finds it when OCR shifted a column by a misread letter', () => {
    const lines = invoice('Beleg-Nr.       Belegdaturn      Kundenkonto     Ihr Zeichen', 'RE-55-0912      03.06.2026     40118           9.40.20-EL-2026/044');
    expect(fields(lines).reference).toBe('9.40.20-EL-2026/044');
  });
  it('leaves a row without the city\'s mark alone: no customer number as the reference (guard)', () => {
    const lines = invoice('Beleg-Nr.       Belegdatum      Kundenkonto     Lieferung', 'RE-55-0912      03.06.2026      40118           02.06.2026');
    expect(fields(lines).reference).toBeUndefined();
  });
  it('keeps a label at the end of running text whose value wraps to the next line (guard)', () => {
    const lines = [...firm, ...recipient, 'Datum: 03.06.2026', '', 'Betreff: Nachzahlung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beziehen uns auf Ihr Schreiben mit dem Aktenzeichen', '9.40.20-MV-2026/118 und teilen Ihnen mit, dass die Zahlung erfolgt ist.', '',
      'Mit freundlichen Grüßen', '', 'Jens Haberland'];
    expect(fields(lines).reference).toBe('9.40.20-MV-2026/118');
  });
});

describe('reference: two labels joined by a slash over one value list', () => {
  it('takes the first value for the first label, before the sender\'s own file number', () => {
    const lines = ['Landesförderinstitut Nord', 'LFI Nord · Hafenstraße 9 · 19000 Schwerin', '', ...recipient,
      'Ihr Zeichen / Ihr Schreiben vom:  9.40.20-FM-2026/071, 04.05.2026', 'Aktenzeichen:                    LFI 22-2026-1187', 'Schwerin, 03.06.2026', '',
      'Zuwendungsbescheid', '', ...body];
    expect(fields(lines).reference).toBe('9.40.20-FM-2026/071');
  });
  it('keeps the sender\'s Aktenzeichen when no city mark is quoted (guard)', () => {
    const lines = ['Landesförderinstitut Nord', 'LFI Nord · Hafenstraße 9 · 19000 Schwerin', '', ...recipient,
      'Ihr Schreiben vom:  04.05.2026', 'Aktenzeichen:       LFI 22-2026-1187', 'Schwerin, 03.06.2026', '', 'Zuwendungsbescheid', '', ...body];
    expect(fields(lines).reference).toBe('LFI 22-2026-1187');
  });
});

describe('reference: labels as OCR misreads them', () => {
  it('reads a DIN 676 row whose "Ihr Zeichen" OCR read as "Ihr Zeiehen"', () => {
    const lines = ['Kanzlei Roth & Lenz · Domstraße 3 · 17200 Oststadt', '', ...recipient,
      'Ihr Zeiehen           Unser Zeichen        Bearbeiter             Datum', '9.40.20-MI-2026/305   77/26 RL             RA Roth                03.06.2026', '',
      'Mietsache Hafenkai 4', '', ...body];
    const found = fields(lines);
    expect(found.reference).toBe('9.40.20-MI-2026/305');
    expect(found.letterDate).toBe('2026-06-03');
  });
  it('reads a court\'s "Geschäftsnummer" with its ä read as à', () => {
    const lines = ['Landgericht Oststadt', '', 'Geschàftsnummer: 4 O 212/26', 'Oststadt, 03.06.2026', '', 'Landgericht Oststadt · Gerichtsweg 1 · 17200 Oststadt', '',
      ...recipient, 'Ladung', '', ...body];
    expect(fields(lines).reference).toBe('4 O 212/26');
  });
});

describe('reference: a digit-only number with one digit read as a letter', () => {
  it('repairs the look-alike inside a digit group', () => {
    expect(repairCode('0312/26/S40871')).toBe('0312/26/540871');
    expect(repairCode('2026/0B1177')).toBe('2026/081177');
  });
  it('keeps registers, suffixes and numbers with letters of their own (guard)', () => {
    expect(repairCode('4 O 212/26')).toBe('4 O 212/26');
    expect(repairCode('12/3456B')).toBe('12/3456B');
    expect(repairCode('B 12/3456')).toBe('B 12/3456');
    expect(repairCode('LS-2026/S40871')).toBe('LS-2026/S40871');
  });
});

describe('subject: a date line is never a subject', () => {
  const letter = (dateLine: string) => ['Heimatverein Musterstadt e. V.', 'Heimatverein · Lindenweg 2 · 17100 Musterstadt', '', ...recipient,
    dateLine, '', 'Sehr geehrte Damen und Herren,', '', 'wir laden Sie herzlich zu unserem Jubiläum ein.', '', 'Mit freundlichen Grüßen', '', 'Erika Brandt'];
  it('leaves "Ort, am <date>" and "Ort, <Wochentag>, <date>" out', () => {
    expect(fields(letter('                                        Musterstadt, am 14. Mai 2026')).subject).toBeUndefined();
    expect(fields(letter('                                        Musterstadt, Donnerstag, 14. Mai 2026')).subject).toBeUndefined();
  });
  it('keeps a matter dated by "am" without a comma (guard)', () => {
    expect(fields(letter('Einladung zum Sommerfest am 04.07.2026')).subject).toBe('Einladung zum Sommerfest am 04.07.2026');
  });
});
