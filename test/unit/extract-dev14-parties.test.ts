// Field extraction for failure families seen on the dev14 and dev15 letters (own wording): Betreff
// blocks that swallowed the lines after them (an information block set beside the title in a text
// layer, "Label: value" data rows set apart under the title, a header data row under a numbered
// title), a title going on with the date it takes effect, an urgency mark before the matter, a file
// number heading the block; senders whose return line cuts the name (a genitive line, commas in
// the name), adds the owner, names only the owner or the office, puts a profession before the
// surname, reorders the words or shortens a compound; references quoted with the letter answered,
// a register in capital groups and a serial after a dash.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions (a PDF whose text was extracted as plain lines). */
const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];

const recipient = ['Stadt Musterstadt', 'Bauverwaltung', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['', 'Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Angelegenheit zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', ...Array(14).fill('')];
const invoiceBody = ['', 'Pos  Leistung                         Betrag', '1    Prüfung der Anlage            410,00 €', '', 'Gesamtbetrag 410,00 €', '', ...Array(14).fill('')];

describe('subject: lines that do not belong to the Betreff', () => {
  it('leaves a header data row with customer number and dates under a numbered title out', () => {
    const lines = ['Netzwerk Brandt GmbH', '', 'Netzwerk Brandt GmbH · Ringstraße 2 · 17200 Oststadt', '', ...recipient,
      'Rechnung Nr. NB-4410', 'Kundennummer 55-210 · Lieferdatum 03.05.2027 · Montage 04.05.2027', ...invoiceBody];
    expect(fieldsOf(lines).subject).toBe('Rechnung Nr. NB-4410');
  });
  it('takes the title above "Label: value" rows set apart under it', () => {
    const lines = ['Kanalservice Ohle GmbH', '', 'Kanalservice Ohle GmbH · Moorweg 4 · 17200 Oststadt', '', ...recipient, 'Oststadt, 12.05.2027', '',
      'Bescheinigung über die Dichtheitsprüfung', '', 'Objekt:     Turnhalle Nord, Sportplatzweg 2', 'Prüfung:    am 04.05.2027 mit Kamera und Druckprobe', ...body];
    expect(fieldsOf(lines).subject).toBe('Bescheinigung über die Dichtheitsprüfung');
  });
  const besideTitle = ['Wärmeversorgung Ohle GmbH', '', 'Wärmeversorgung Ohle GmbH · Moorweg 6 · 17200 Oststadt', '', ...recipient,
    'Heizkostenabrechnung 2026                   Vertragsnummer    40-118',
    '                                            Abnahmestelle     Schule Nord, Am Hang 4',
    '                                            Zeitraum          01.01.2026 – 31.12.2026', ...body];
  it('leaves the information block set beside the title out (word positions)', () => {
    expect(fieldsOf(besideTitle).subject).toBe('Heizkostenabrechnung 2026');
  });
  it('leaves the information block set beside the title out (text layer)', () => {
    expect(fieldsOfPages(textLayer(besideTitle)).subject).toBe('Heizkostenabrechnung 2026');
  });
  it('cuts the number column beside a title in capitals in a text layer', () => {
    const lines = ['Werkstatt Ohle', '', 'Werkstatt Ohle · Moorweg 8 · 17200 Oststadt', '', ...recipient,
      'GUTSCHRIFT                        Nr.        G-27-0091', '                                  Datum      12.05.2027', ...invoiceBody];
    expect(fieldsOfPages(textLayer(lines)).subject).toBe('GUTSCHRIFT');
  });
});

describe('subject: lines that belong to the Betreff', () => {
  it('keeps a title going on with the date it takes effect', () => {
    const lines = ['Gemeinde Oststadt', '', 'Gemeinde Oststadt · Dorfplatz 1 · 17200 Oststadt', '', ...recipient, 'Aktenzeichen: 22-OS/2027-3', '',
      'Antrag auf gemeinsame Nutzung des Bauhofs der Stadt Musterstadt', 'ab dem 1. März 2028', ...body];
    expect(fieldsOf(lines).subject).toBe('Antrag auf gemeinsame Nutzung des Bauhofs der Stadt Musterstadt ab dem 1. März 2028');
  });
  it('keeps a matter named after an urgency mark', () => {
    const lines = ['Sozialberatung Oststadt e. V.', '', 'Sozialberatung Oststadt e. V. · Kirchweg 3 · 17200 Oststadt', '', ...recipient, 'Oststadt, 12.05.2027', '',
      'Eilt! Drohende Räumung der Wohnung', 'Frau Erika Beispiel, Lindenweg 2, 17100 Musterstadt', ...body];
    expect(fieldsOf(lines).subject).toBe('Eilt! Drohende Räumung der Wohnung Frau Erika Beispiel, Lindenweg 2, 17100 Musterstadt');
  });
  it('keeps a file number without a colon that heads the block', () => {
    const lines = ['Hans Beispiel', 'Birkenweg 5', '17100 Musterstadt', '', ...recipient, 'Musterstadt, den 12.05.2027', '',
      'Kassenzeichen 4.20.7781.0012', 'Erschließungsbeitrag Birkenweg, Bescheid vom 02.05.2027', 'Antrag auf Stundung', ...body];
    expect(fieldsOf(lines).subject).toBe('Kassenzeichen 4.20.7781.0012 Erschließungsbeitrag Birkenweg, Bescheid vom 02.05.2027 Antrag auf Stundung');
  });
});

describe('sender: the return line against the letterhead', () => {
  it('adds the genitive line under an authority name the return line repeats', () => {
    const lines = ['Ministerium für Umwelt, Energie und Klima', 'des Landes Südland', 'Referat 12: Wasserrecht', '',
      'Ministerium für Umwelt, Energie und Klima · Postfach 40 · 17300 Südstadt', '', ...recipient, 'Südstadt, 12.05.2027', '', 'Genehmigung der Satzung', ...body];
    expect(fieldsOf(lines).sender).toBe('Ministerium für Umwelt, Energie und Klima des Landes Südland');
  });
  it('keeps a name listed with commas whole', () => {
    const lines = ['Zentrale Stelle', '', 'Servicestelle von Bund, Ländern und Gemeinden · 17300 Südstadt', '', ...recipient, 'Südstadt, 12.05.2027', '', 'Festsetzung', ...body];
    expect(fieldsOf(lines).sender).toBe('Servicestelle von Bund, Ländern und Gemeinden');
  });
  it('drops the owner clause after the trade name', () => {
    const lines = ['FAHRRADHANDEL OHLE', 'Verkauf · Reparatur', '', 'Fahrradhandel Ohle, Inh. Jan Ohle, Moorstr. 9, 17200 Oststadt', '', ...recipient,
      'Rechnung Nr. 27-031', ...invoiceBody];
    expect(fieldsOf(lines).sender).toBe('Fahrradhandel Ohle');
  });
  it('passes over a return line that names only the owner', () => {
    const lines = ['Blumen & Pflanzen Ohle', 'Gärtnerei seit 1970', 'Inh. Jana Ohle · Moorweg 3 · 17200 Oststadt', '', ...recipient, 'Oststadt, 12.05.2027', '',
      'Betreff: Widerspruch gegen die Standgebühr', ...body];
    expect(fieldsOf(lines).sender).toBe('Blumen & Pflanzen Ohle');
  });
  it('passes over a return line that names only the board', () => {
    const lines = ['Schützenverein Oststadt e.V.', 'gegründet 1890', '', 'Vorstand · Postanschrift: Karl Ohle, Moorweg 3, 17200 Oststadt', '', ...recipient,
      'Oststadt, 12.05.2027', '', 'Neue Bankverbindung des Vereins', ...body];
    expect(fieldsOf(lines).sender).toBe('Schützenverein Oststadt e.V.');
  });
  it('takes the full name from the letterhead for a profession before the surname', () => {
    const lines = ['Maria Kersting', 'Gerichtsvollzieherin', 'bei dem Amtsgericht Oststadt', '',
      'Gerichtsvollzieherin Kersting · Gerichtsweg 1 · 17200 Oststadt', '', ...recipient, 'Oststadt, 12.05.2027', '', 'Kostenrechnung', ...body];
    expect(fieldsOf(lines).sender).toBe('Maria Kersting');
  });
  it('keeps the return line that names a trade by the first part of the letterhead compound', () => {
    const lines = ['Elektro-Fachbetrieb', '          Yılmaz', 'Installation · Wartung', 'Inh. Emre Yılmaz', '',
      'Elektro Yılmaz · Moorweg 9 · 17200 Oststadt', '', ...recipient, 'Rechnung Nr. 27-118', ...invoiceBody];
    expect(fieldsOf(lines).sender).toBe('Elektro Yılmaz');
  });
  it('takes the letterhead order of a trade name the return line reorders', () => {
    const lines = ['Dachdeckerei Ohle', 'Inh. Piet Ohle · Meister', '', 'Ohle Dachdeckerei | Moorweg 9 | 17200 Oststadt', '', ...recipient, 'Rechnung 27-044', ...invoiceBody];
    expect(fieldsOf(lines).sender).toBe('Dachdeckerei Ohle');
  });
});

describe('reference', () => {
  it('takes the Az. quoted with the letter answered as the city file number', () => {
    const lines = ['Landesverwaltungsamt Südland', '', 'Landesverwaltungsamt Südland · Postfach 9 · 17300 Südstadt', '', ...recipient,
      'Geschäftszeichen: 310.2-KE/27-0441', 'Ihr Schreiben vom: 14.04.2027 – Az. 1.40-KE-2027/07', '', 'Erstattung der Wahlkosten', ...body];
    expect(fieldsOf(lines).reference).toBe('1.40-KE-2027/07');
  });
  it('reads a register in capital groups before a serial with dashes', () => {
    const lines = ['Landesamt für Arbeitsschutz Südland', '', 'Landesamt für Arbeitsschutz Südland · Postfach 3 · 17300 Südstadt', '', ...recipient,
      'Aktenzeichen   RS W 12-2027-0418             Ihre Nachricht vom   –', '', 'Gebührenbescheid', ...body];
    expect(fieldsOf(lines).reference).toBe('RS W 12-2027-0418');
  });
  it('reads a spaced number with the clerk and serial after a dash', () => {
    const lines = ['Gemeinde Oststadt', '', 'Gemeinde Oststadt · Dorfplatz 1 · 17200 Oststadt', '', ...recipient,
      'Unser Zeichen: 31 10 02 – Kle/2027-04', '', 'Gewerbesteuer-Zerlegung 2025', ...body];
    expect(fieldsOf(lines).reference).toBe('31 10 02 – Kle/2027-04');
  });
});
