// Field extraction on scanned pages (own wording): OCR misreads look-alike characters (0 as "@",
// O as 0, I as 1, ä as a, a leading 0 as 9) and, with word boxes, takes a wide row of an information
// block apart into column parts. Each case here failed before its repair.
import { describe, expect, it } from 'vitest';
import { scannedPage } from './scannedPage.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { findIbans } from '../../ocr/extract/iban.ts';
import { repairCode } from '../../ocr/extract/references.ts';
import { findDates } from '../../ocr/extract/dates.ts';

const org = 'Stadt Musterstadt';

const fieldsOfScan = (rows: string[]) =>
  extractFields(analyseLetter([scannedPage(rows)], { organisation: org }), { organisation: org, receivedAt: new Date('2026-09-20T10:00:00') }).fields;

const address = ['Holzbau Brandt GmbH · Sägewerkstraße 4 · 23456 Altstadt', '', 'Stadt Musterstadt', 'Hochbauamt', 'Markt 1', '12345 Musterstadt', ''];
const body = ['', 'Sehr geehrte Damen und Herren,', 'für die Lieferung der Balken berechnen wir Ihnen den vereinbarten Preis.', '', 'Mit freundlichen Grüßen', 'Holzbau Brandt GmbH'];

describe('information block read as column parts', () => {
  it('pairs the date under "Datum" when OCR split the label row and the value row at their gaps', () => {
    const block = [
      'Ihr Zeichen          Ihre Nachricht vom         Unser Zeichen  Datum',
      '4.20-HB-2026-0311    02.09.2026                 BR-117/tk      14.09.2026',
    ];
    expect(fieldsOfScan([...address, ...block, ...body]).letterDate).toBe('2026-09-14');
  });
  it('reads an invoice row whose "Fälligkeitsdatum" OCR read without the dots of the ä', () => {
    const block = [
      'Rechnungsnummer   Rechnungsdatum   Kundennummer     Falligkeitsdatum',
      'RE-2026-0917-0044 11.09.2026       40317            25.09.2026',
    ];
    const fields = fieldsOfScan([...address, 'Rechnung', '', ...block, ...body]);
    expect(fields.letterDate).toBe('2026-09-11');
    expect(fields.dueDate).toBe('2026-09-25');
  });
});

describe('look-alike characters', () => {
  it('reads an IBAN whose zeros OCR read as "@"', () => {
    expect(findIbans('Sparkasse Altstadt · IBAN DE46 21@5 0170 0047 1553 @0 · BIC NOLADE21XYZ').map((f) => f.iban)).toEqual(['DE46210501700047155300']);
  });
  it('turns a 0 or a 1 inside the letter group of a file number back into O and I', () => {
    expect(repairCode('3.20-0G-2026-118')).toBe('3.20-OG-2026-118');
    expect(repairCode('7.10-B0Z-2026-0042')).toBe('7.10-BOZ-2026-0042');
    expect(repairCode('2.10-1fAG-2025-77')).toBe('2.10-IfAG-2025-77');
  });
  it('keeps digits in a group that is a number with a suffix or a numbered item', () => {
    expect(repairCode('3.2-10A-77')).toBe('3.2-10A-77');
    expect(repairCode('5.30-A1-2026-4')).toBe('5.30-A1-2026-4');
  });
  it('reads a month or day whose leading 0 OCR read as 9 or 8', () => {
    expect(findDates('Rechnungsdatum 03.94.2027')[0]?.iso).toBe('2027-04-03');
    expect(findDates('Datum: 86.05.2027')[0]?.iso).toBe('2027-05-06');
    expect(findDates('Datum: 26.05.2027')[0]?.iso).toBe('2027-05-26');
  });
});
