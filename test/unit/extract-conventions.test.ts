// Field extraction on German business-letter conventions that unseen mail showed: slogans and
// logo words over the letterhead name, "Ort, Datum" in the reference row, information blocks in
// plain text, sums left after instalments, English invoices, file numbers in digit groups, and
// deadlines phrased with separable verbs or weekdays.
import { describe, expect, it } from 'vitest';
import { analyseLetter, extractFields } from '../../ocr/extract/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const extract = (text: string) =>
  extractFields(analyseLetter(pagesFromText(text), { organisation: 'Stadt Musterstadt' }), { organisation: 'Stadt Musterstadt', receivedAt: new Date('2026-06-01T10:00:00') }).fields;

// A text layer without word boxes (a PDF's text, or a letter typed in): no columns to align.
const extractPlain = (text: string) =>
  extractFields(analyseLetter([{ index: 0, width: 2480, height: 3508, text, words: [], confidence: 1, source: 'text-layer', rotation: 0 }], { organisation: 'Stadt Musterstadt' }),
    { organisation: 'Stadt Musterstadt', receivedAt: new Date('2026-06-01T10:00:00') }).fields;

const ADDRESS = ['Stadt Musterstadt', 'Bauhof', 'Markt 1', '12345 Musterstadt'];

describe('sender', () => {
  it('reads a firm whose name starts like a label ("Tel…", "Fax…") from the return line', () => {
    const fields = extract(['telfix', '                                  Telfix Kommunal GmbH', '                                  Hafenweg 3', '',
      'Telfix Kommunal GmbH, Hafenweg 3, 20457 Hamburg', '', ...ADDRESS, '', 'Ihre Rechnung für Mai 2026', '', 'Guten Tag,', '', 'anbei Ihre Rechnung.'].join('\n'));
    expect(fields.sender).toBe('Telfix Kommunal GmbH');
  });
  it('passes over a slogan above the letterhead name', () => {
    const fields = extract(['Wir machen das Dach dicht!', 'Dachdeckerei Holger Brandt', 'Lindenweg 4 · 12348 Musterstadt · Telefon 03461 77 12', '',
      ...ADDRESS, '', 'Musterstadt, 12.05.2026', '', 'Rechnung Nr. 55/26', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen die Reparatur.'].join('\n'));
    expect(fields.sender).toBe('Dachdeckerei Holger Brandt');
    const english = extract(['Better light for better streets.', 'LUMEN WORKS B.V.', 'Kade 2 · 1011 AB Amsterdam · The Netherlands', '',
      ...ADDRESS, '', 'INVOICE', '', 'Dear Sir or Madam,', '', 'please find our invoice.'].join('\n'));
    expect(english.sender).toBe('LUMEN WORKS B.V.');
  });
});

describe('letter date and reference in the reference row', () => {
  it('takes "Ort, Datum" at the end of an "Ihr Zeichen" row over a quoted invoice date', () => {
    const fields = extractPlain(['Malerbetrieb Sven Ott', 'Ringstraße 2 · 12348 Musterstadt', '', ...ADDRESS, '',
      'Ihr Zeichen: 9.50.30-M-2026/004                                    Musterstadt, 18.04.2026', '',
      'Zahlungserinnerung Rechnung Nr. 77/26 vom 02.03.2026', '', 'Sehr geehrte Damen und Herren,', '', 'unsere Rechnung ist noch offen.'].join('\n'));
    expect(fields.letterDate).toBe('2026-04-18');
    expect(fields.reference).toBe('9.50.30-M-2026/004');
  });
  it('reads an information block in plain text: labels with a slash and the place over the date', () => {
    const fields = extract(['Vermessungsbüro Kranz', 'Am Hang 3 · 12480 Nordheim', '', ...ADDRESS, '',
      'Ihr Zeichen / Ihr Auftrag vom      Unser Zeichen      Nordheim,', '6.30-V-2026/0088 / 02.03.2026          V-26-11 Kr/ab      14.04.2026', '',
      'Rechnung Nr. V-26-0042', '', 'Sehr geehrte Damen und Herren,', '', 'für die Vermessung berechnen wir 1.190,00 €.'].join('\n'));
    expect(fields.letterDate).toBe('2026-04-14');
    expect(fields.reference).toBe('6.30-V-2026/0088');
  });
  it('pairs "Ihr Zeichen" with the first value of a block whose values outnumber the labels', () => {
    const fields = extractPlain(['Prüflabor Nord GmbH', 'Laborweg 9 · 12481 Nordheim', '', ...ADDRESS, '',
      'Ihr Zeichen        Unser Zeichen       Telefon             Datum', '5.30-TW-2026/031   PL-ab/kn           03461 50 80-0       11.05.2026', '',
      'Rechnung Nr. 26-2201', '', 'Sehr geehrte Damen und Herren,', '', 'anbei unsere Rechnung.'].join('\n'));
    expect(fields.reference).toBe('5.30-TW-2026/031');
    expect(fields.letterDate).toBe('2026-05-11');
  });
  it('keeps a file number set in digit groups or joined by a dash', () => {
    const row = (value: string) => extract(['Landratsamt Nordheim', 'Amtsweg 1 · 12480 Nordheim', '', ...ADDRESS, '', `Aktenzeichen: ${value}`, 'Datum: 04.05.2026', '',
      'Anhörung', '', 'Sehr geehrte Damen und Herren,', '', 'wir hören Sie an.'].join('\n')).reference;
    expect(row('32.1-OWi 2026 017 554')).toBe('32.1-OWi 2026 017 554');
    expect(row('2026/338 104-7')).toBe('2026/338 104-7');
    expect(row('B 3.1 – 0217/2026')).toBe('B 3.1 – 0217/2026');
  });
});

describe('amount', () => {
  it('takes what remains after instalments or partial payments, not the gross total', () => {
    const lines = (label: string) => extract(['Stadtwerke Nordheim GmbH', 'Werkstraße 1 · 12480 Nordheim', '', ...ADDRESS, '', 'Datum: 20.11.2025', '', 'Jahresabrechnung Strom', '',
      'Sehr geehrte Damen und Herren,', '', '  Gesamtbetrag brutto                       20.130,00 €', '  abzüglich geleistete Abschläge             -19.200,00 €', '',
      `  ${label}                                  930,00 €`].join('\n'));
    expect(lines('Nachzahlung').amount).toBe(930);
    expect(lines('Restforderung').amount).toBe(930);
  });
});

describe('English invoice', () => {
  it('reads the English date, "Your reference", "30 days net" and the title line', () => {
    const fields = extract(['NORDIC PARTS AB', 'Hamngatan 4 · 111 47 Stockholm · Sweden', '', ...ADDRESS, '', 'INVOICE', '',
      'Invoice No.:        NP-2026-118', 'Invoice date:       March 3, 2026', 'Your reference:     9.50.30-E-2026/007', 'Customer no.:       SE-5521', '',
      'Dear Sir or Madam,', '', '  TOTAL DUE                    EUR  1,250.00', '', 'Payment terms: 30 days net.'].join('\n'));
    expect(fields.letterDate).toBe('2026-03-03');
    expect(fields.reference).toBe('9.50.30-E-2026/007');
    expect(fields.dueDate).toBe('2026-04-02');
    expect(fields.subject).toBe('INVOICE');
    expect(fields.amount).toBe(1250);
  });
});

describe('due date', () => {
  const letter = (...body: string[]) => extract(['Kreisverwaltung Nordheim', 'Amtsweg 1 · 12480 Nordheim', '', ...ADDRESS, '', 'Datum: 10.04.2026', '', 'Ihre Angelegenheit', '',
    'Sehr geehrte Damen und Herren,', '', ...body].join('\n')).dueDate;
  it('reads the debit date of a separable verb ("buchen wir am … von Ihrem Konto ab")', () => {
    expect(letter('Den Nachzahlungsbetrag von 930,00 € buchen wir am 05.05.2026 per SEPA-Lastschrift von Ihrem Konto ab.')).toBe('2026-05-05');
  });
  it('reads a date after a weekday and requests to send something back', () => {
    expect(letter('Für eine Antwort bis Donnerstag, 23.04.2026, wäre ich dankbar.')).toBe('2026-04-23');
    expect(letter('Bitte senden Sie den Fragebogen bis zum 24.04.2026 zurück.')).toBe('2026-04-24');
    expect(letter('Bitte übersenden Sie uns bis zum 27.04.2026 die Unfallanzeige.')).toBe('2026-04-27');
  });
  it('prefers the requested payment date over the original due dates of the listed items', () => {
    expect(letter('  Gebühr Prüfung Küche, fällig am 14.02.2026            120,00 EUR', '  Mahngebühr                                              5,00 EUR', '',
      'Wir bitten Sie, den Gesamtbetrag bis spätestens 30.04.2026 auf unser Konto zu überweisen.')).toBe('2026-04-30');
  });
  it('sets none when a citizen asks the city to debit from a new account', () => {
    expect(letter('bitte buchen Sie die Grundsteuer ab der Fälligkeit zum 15.05.2026 von meinem neuen Konto abzubuchen.')).toBeUndefined();
  });
});
