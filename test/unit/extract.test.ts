// Field extractors on OCR-damaged strings, and on the real invoices of shared/corpus when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAmounts, isValidIban, parseGermanAmount, parseGermanDate, repairIban } from '../../ocr/extract/index.ts';
import { analyseLetter, dropOcrNoise } from '../../ocr/extract/layout.ts';
import type { RecognizedPage } from '../../ocr/types.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const extract = (text: string, receivedAt = new Date('2024-04-20T10:00:00'), includeInvoiceNumber = true) =>
  extractFields(analyseLetter(pagesFromText(text), { organisation: 'Stadt Musterstadt' }), { organisation: 'Stadt Musterstadt', receivedAt, includeInvoiceNumber });

describe('IBAN', () => {
  it('repairs OCR swaps in digit positions and validates the check digits', () => {
    expect(repairIban('DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(repairIban('DE89 37O4 0044 0532 0l30 00')).toBe('DE89370400440532013000');
    expect(repairIban('DE89 3704 OO44 O532 Ol3O OO')).toBe('DE89370400440532013000');
  });
  it('rejects an invalid checksum instead of guessing', () => {
    expect(repairIban('DE88 3704 0044 0532 0130 00')).toBeUndefined();
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    const fields = extract('Firma A\n\nBankverbindung: IBAN DE88 3704 0044 0532 0130 00').fields;
    expect(fields.iban).toBeUndefined();
  });
  it('finds the IBAN in a letter and keeps its word boxes', () => {
    const result = extract('Firma A\n\nBitte überweisen Sie auf IBAN: DE89 37O4 0044 0532 0130 00 BIC COBADEFFXXX');
    expect(result.fields.iban).toBe('DE89370400440532013000');
    expect(result.fieldSources.iban?.boxes.length).toBe(6);
  });
  it('accepts other countries (Austria)', () => {
    expect(repairIban('AT61 1904 3002 3457 3201')).toBe('AT611904300234573201');
  });
});

describe('amounts', () => {
  it('parses German formats', () => {
    expect(parseGermanAmount('1.234,56 €')).toBe(1234.56);
    expect(parseGermanAmount('EUR 1.234,56')).toBe(1234.56);
    expect(parseGermanAmount('1 234,56 EUR')).toBe(1234.56);
    expect(parseGermanAmount('Betrag: 99,- €')).toBe(99);
    expect(parseGermanAmount('l.2O0,00 €')).toBe(1200);
    expect(parseGermanAmount('160.00 €')).toBe(160);
  });
  it('does not read dates or department codes as amounts', () => {
    expect(findAmounts('am 12.03.2024 unter 1.40-123')).toEqual([]);
  });
  it('takes the sum to pay, never a line item or the net sum', () => {
    const text = ['Firma B', '', 'Rechnung', 'Position 1 100,00 €', 'Position 2 50,00 €', 'Nettobetrag 150,00 €', '19 % MwSt 28,50 €', 'Gesamtbetrag 178,50 €'].join('\n');
    expect(extract(text).fields).toMatchObject({ amount: 178.5, currency: 'EUR' });
    const reminder = ['Firma C', '', 'Mahnung', 'Rechnungsbetrag 200,00 €', 'Mahngebühr 5,00 €', 'Zu zahlender Betrag: 205,00 €'].join('\n');
    expect(extract(reminder).fields.amount).toBe(205);
  });
  it('leaves amount and currency out when the letter names no sum', () => {
    const fields = extract('Hans Meier\nWeg 1\n12345 Ort\n\nBitte um Rückruf.').fields;
    expect(fields.amount).toBeUndefined();
    expect(fields.currency).toBeUndefined();
  });
});

describe('dates', () => {
  it('parses numeric, short and written dates with OCR damage', () => {
    expect(parseGermanDate('12.03.2024')).toBe('2024-03-12');
    expect(parseGermanDate('12.3.24')).toBe('2024-03-12');
    expect(parseGermanDate('12. März 2024')).toBe('2024-03-12');
    expect(parseGermanDate('l2.O3.2024')).toBe('2024-03-12');
    expect(parseGermanDate('31.02.2024')).toBeUndefined();
  });
  it('finds the letter date, not the date of the letter it answers', () => {
    const text = ['Firma D', '', 'Ihr Schreiben vom 01.03.2024', 'Musterstadt, 12.03.2024', '', 'Betreff: Anfrage', '', 'Sehr geehrte Damen und Herren,', 'Text'].join('\n');
    expect(extract(text).fields.letterDate).toBe('2024-03-12');
    expect(extract('Firma E\n\nDatum: 12. März 2024\n\nSehr geehrte Damen und Herren,').fields.letterDate).toBe('2024-03-12');
  });
  it('reads absolute and relative deadlines', () => {
    const base = 'Firma F\n\nRechnungsdatum: 01.04.2024\n\nRechnung\nGesamtbetrag 10,00 €\n';
    expect(extract(`${base}Zahlbar bis 30.04.2024.`).fields.dueDate).toBe('2024-04-30');
    expect(extract(`${base}Zahlbar innerhalb von 14 Tagen.`).fields.dueDate).toBe('2024-04-15');
    expect(extract(`${base}Bitte zahlen Sie binnen 30 Tagen nach Rechnungsdatum.`).fields.dueDate).toBe('2024-05-01');
    expect(extract(`${base}Der Betrag ist sofort fällig.`).fields.dueDate).toBe('2024-04-01');
    expect(extract(`${base}Zahlbar innerhalb von vierzehn Tagen ohne Abzug.`).fields.dueDate).toBe('2024-04-15');
    expect(extract(`${base}Bei Zahlung innerhalb 10 Tagen 2 % Skonto, 30 Tage netto.`).fields.dueDate).toBe('2024-05-01');
  });
  it('reads deadlines whose trigger words and dates OCR damaged', () => {
    const base = 'Firma F\n\nRechnungsdatum: 01.04.2024\n\nRechnung\nGesamtbetrag 10,00 €\n';
    expect(parseGermanDate('15.12,202S')).toBe('2025-12-15');
    expect(parseGermanDate('1S.O3.2026')).toBe('2026-03-15');
    expect(extract(`${base}Bitte überweisen Sie den Betrag bis spätesteris 30.04.2024.`).fields.dueDate).toBe('2024-04-30');
    expect(extract(`${base}Bitte überweisen Sie den Betrag biszurn 30.04.2024.`).fields.dueDate).toBe('2024-04-30');
    expect(extract(`${base}Der Betrag ist am 30.04.2024 f ällig.`).fields.dueDate).toBe('2024-04-30');
    expect(extract(`${base}Zahlbar innerbalb von 3O Taqen.`).fields.dueDate).toBe('2024-05-01');
    expect(extract(`${base}Zahlungsziel: 30 Tagennetto.`).fields.dueDate).toBe('2024-05-01');
    expect(extract(`${base}Den Betrag buchen wir am 12.04.2024 per SEPA-Lastschrlft von Ihrem Konto ab.`).fields.dueDate).toBe('2024-04-12');
    // Damage that turns no word into a trigger: the bank account stays "Konto", not "Skonto".
    expect(extract(`${base}Bitte überweisen Sie bis zum 30.04.2024 auf das Konto.`).fields.dueDate).toBe('2024-04-30');
    expect(extract('Firma G\n\nDatum: 01.04.2024\n\nLeistungszeitraum 01.03.2024 bis 31.O3.2024\nIch bin bis 1S.04.2024 krank.').fields.dueDate).toBeUndefined();
  });
  it('does not take a period or a sick-note end date as the deadline', () => {
    const text = 'Firma G\n\nDatum: 01.04.2024\n\nLeistungszeitraum 01.03.2024 bis 31.03.2024\nIch bin bis 15.04.2024 krank.';
    expect(extract(text).fields.dueDate).toBeUndefined();
  });
  it('takes receivedAt from the options as the calendar day in Germany, whatever the machine\'s time zone', () => {
    expect(extract('Firma H', new Date('2024-05-02T10:30:00Z')).fields.receivedAt).toBe('2024-05-02');
    // 23:30 UTC is 01:30 the next day in Germany (summer time).
    expect(extract('Firma H', new Date('2024-05-02T23:30:00Z')).fields.receivedAt).toBe('2024-05-03');
  });
});

describe('references, sender, subject', () => {
  it('reads Aktenzeichen, Ihr Zeichen and Kassenzeichen', () => {
    const text = ['Hans Albers', 'Birkenweg 12', '12345 Musterstadt', '', 'Stadt Musterstadt', 'Postfach 1', '12345 Musterstadt', '', 'Ihr Zeichen: 1.50-GrSt/117', 'Kassenzeichen: 5.0312.4471.2', '', 'Widerspruch', '', 'Sehr geehrte Damen und Herren,', 'Text'].join('\n');
    const { fields } = extract(text);
    expect(fields).toMatchObject({ reference: '1.50-GrSt/117', cashReference: '5.0312.4471.2', sender: 'Hans Albers', subject: 'Widerspruch' });
  });
  it('reads a DIN 5008 information block (labels above values)', () => {
    const text = ['Firma K · Weg 1 · 12345 Ort', '', 'Stadt Musterstadt', 'Postfach 1', '12345 Musterstadt', '', 'Ihr Zeichen     Unser Zeichen   Datum', '1.40-77/24      AB-9            03.04.2024', '', 'Betreff: Lieferung', '', 'Sehr geehrte Damen und Herren,'].join('\n');
    const { fields } = extract(text);
    expect(fields.reference).toBe('1.40-77/24');
    expect(fields.sender).toBe('Firma K');
  });
  it('uses the subject after "Betreff:" and never names the city as sender', () => {
    const text = ['Stadt Musterstadt', 'Postfach 1', '12345 Musterstadt', '', 'Betr.: Sperrmüllabholung', '', 'Sehr geehrte Damen und Herren,', 'bitte holen Sie den Sperrmüll ab.', '', 'Mit freundlichen Grüßen', 'Olga Frisch'].join('\n');
    const { fields } = extract(text);
    expect(fields.subject).toBe('Sperrmüllabholung');
    expect(fields.sender).toBe('Olga Frisch');
  });
});

/** An OCR page from hand-placed words: [text, x0, y0, confidence?] per word, line per y. */
function ocrPage(words: [string, number, number, number?][]): RecognizedPage[] {
  const lineOf = new Map<number, number>();
  const list = words.map(([text, x0, y0, confidence = 0.95]) => {
    if (!lineOf.has(y0)) lineOf.set(y0, lineOf.size);
    return { text, box: { x0, y0, x1: x0 + text.length * 22, y1: y0 + 40 }, confidence, line: lineOf.get(y0) ?? 0 };
  });
  return [{ index: 0, width: 2480, height: 3508, text: '', words: list, confidence: 0.9, source: 'ocr', rotation: 0 }];
}
const extractPages = (pages: RecognizedPage[]) =>
  extractFields(analyseLetter(pages, { organisation: 'Stadt Musterstadt' }), { organisation: 'Stadt Musterstadt', receivedAt: new Date('2025-07-01T10:00:00') });
const words = (text: string, x: number, y: number, confidence?: number): [string, number, number, number?][] => {
  let at = x;
  return text.split(' ').map((w) => { const word: [string, number, number, number?] = [w, at, y, confidence]; at += w.length * 22 + 14; return word; });
};

describe('layout: OCR noise and columns', () => {
  it('drops stray signs and scraps OCR doubts, keeps separators and currency signs', () => {
    const line = [...words('be', 590, 100, 0.01), ...words('Finanzamt Musterstadt', 760, 100), ['|', 2300, 100, 0.4] as [string, number, number, number]];
    const kept = dropOcrNoise(ocrPage(line)[0]!.words, 40).map((w) => w.text);
    expect(kept).toEqual(['Finanzamt', 'Musterstadt']);
    const row = words('Firma A - Weg 1 - 12345 Ort', 300, 100).concat(words('155,50 €', 2000, 100));
    expect(dropOcrNoise(ocrPage(row)[0]!.words, 40).map((w) => w.text)).toEqual(['Firma', 'A', '-', 'Weg', '1', '-', '12345', 'Ort', '155,50', '€']);
  });
  it('separates the information block OCR read into the recipient address lines', () => {
    const pages = ocrPage([
      ...words('Meyer Gebäudereinigung KG', 300, 150),
      ...words('Meyer Gebäudereinigung KG · Hafenweg 3 · 12000 Altdorf', 300, 560), ...words('Ihr Zeichen: 9.40.20/B-17', 1500, 560),
      ...words('Stadt Musterstadt', 300, 630), ...words('Datum: 03.06.2025', 1500, 630),
      ...words('Markt 1', 300, 680), ...words('Unser Zeichen: Lo/mw', 1500, 680),
      ...words('12345 Musterstadt', 300, 730), ...words('Rechnungs-Nr.: 4711', 1500, 730),
      ...words('Rechnung 4711', 300, 1100),
      ...words('Sehr geehrte Damen und Herren,', 300, 1200),
      ...words('Rechnungsbetrag', 300, 1400), ...words('1.190,00 €', 2000, 1400),
    ]);
    const { fields } = extractPages(pages);
    expect(fields.sender).toBe('Meyer Gebäudereinigung KG');
    expect(fields.reference).toBe('9.40.20/B-17');
    expect(fields.letterDate).toBe('2025-06-03');
    expect(fields.subject).toBe('Rechnung 4711');
    // The label and its sum stand far apart in one row: still one amount.
    expect(fields.amount).toBe(1190);
  });
  it('pairs info-block labels with the values below them when OCR reads every cell as a line', () => {
    const pages = ocrPage([
      ...words('Süd Bürobedarf AG', 450, 150),
      ...words('Stadt Musterstadt', 280, 650), ...words('Postfach 7', 280, 700), ...words('12340 Musterstadt', 280, 750),
      ...words('Ihr Az.', 285, 1120), ...words('Unser Zeichen', 934, 1120), ...words('Rechnungsnummer', 1584, 1120),
      ...words('1.40 VG 383/25', 287, 1180), ...words('Kr/ts', 936, 1180), ...words('R2586664', 1584, 1180),
      ...words('Sehr geehrte Damen und Herren,', 290, 1400),
    ]);
    expect(extractPages(pages).fields.reference).toBe('1.40 VG 383/25');
  });
  it('takes a file number next to a lone "Ihr" whose "Az.:" OCR lost, and nothing else', () => {
    const info = (value: string) => ocrPage([
      ...words('Recycling Auenstadt GmbH', 800, 220),
      ...words('Ihr', 1510, 611), ...words(value, 1820, 611),
      ...words('Stadtverwaltung Musterstadt', 330, 675), ...words('Unser Zeichen: Di/ab', 1510, 664),
      ...words('Markt 1', 330, 785), ...words('12345 Musterstadt', 330, 841),
      ...words('Sehr geehrte Damen und Herren,', 330, 1350),
    ]);
    expect(extractPages(info('1.40/Kred-3250')).fields.reference).toBe('1.40/Kred-3250');
    expect(extractPages(info('Schreiben')).fields.reference).toBeUndefined();
  });
});

describe('reference conventions', () => {
  const letter = (...info: string[]) => ['Firma K GmbH · Weg 1 · 12345 Ort', '', 'Stadt Musterstadt', 'Postfach 1', '12345 Musterstadt', '', ...info, '', 'Betreff: X', '', 'Sehr geehrte Damen und Herren,'].join('\n');
  it('never takes a dictation mark, an invoice number or a company\'s own mark', () => {
    expect(extract(letter('Unser Zeichen: Lo/mw', 'Rechnungs-Nr.: R2550773')).fields.reference).toBeUndefined();
    expect(extract(letter('Unser Zeichen: Fi/kr 22960')).fields.reference).toBeUndefined();
    expect(extract(letter('Unser Zeichen: 2024/105')).fields.reference).toBeUndefined();
  });
  it('keeps a register abbreviation between code and file number, and a quoted letter', () => {
    expect(extract(letter('Ihr Zeichen: 1.50 GewSt 272/24')).fields.reference).toBe('1.50 GewSt 272/24');
    expect(extract(letter('Geschäftsnummer: 1 Ca 1470/24')).fields.reference).toBe('1 Ca 1470/24');
    expect(extract(letter('Ihr Zeichen: Ihre Anfrage vom 17.03.2024')).fields.reference).toBe('Ihre Anfrage vom 17.03.2024');
    expect(extract(letter('Ihr Zeichen: Mü/Ts')).fields.reference).toBe('Mü/Ts');
  });
});

const corpus = fileURLToPath(new URL('../../../shared/corpus/real-invoices/', import.meta.url));
const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();

describe.skipIf(!existsSync(corpus) || !hasPdftotext)('real invoices (shared/corpus, text layer)', () => {
  const isoOf = (compact: string) => (compact ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}` : undefined);
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.pdf')) : [];
  it('reads amount, date, currency and IBAN of most invoices exactly', () => {
    let amount = 0; let date = 0; let currency = 0; let iban = 0; let ibanTotal = 0;
    for (const file of files) {
      const text = execFileSync('pdftotext', ['-layout', corpus + file, '-']).toString();
      const truth = JSON.parse(readFileSync(corpus + file.replace(/\.pdf$/, '.json'), 'utf8')).ground_truth as Record<string, string | string[] | null>;
      const payee = [truth.iban_payee].flat()[0];
      const { fields } = extract(text);
      if (fields.amount === Number(truth.due_payable)) amount += 1;
      if (fields.letterDate === isoOf(String(truth.issue_date))) date += 1;
      if (fields.currency === truth.currency) currency += 1;
      if (payee) { ibanTotal += 1; if (fields.iban === payee.replace(/\s/g, '')) iban += 1; }
    }
    expect(amount / files.length).toBeGreaterThanOrEqual(0.9);
    expect(date / files.length).toBeGreaterThanOrEqual(0.9);
    expect(currency / files.length).toBeGreaterThanOrEqual(0.9);
    expect(iban).toBe(ibanTotal);
  });
});
