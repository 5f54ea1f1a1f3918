// Field extraction for failure families seen on the dev12 letters (own wording): a trade name or
// logo whose registered owner signs only at the foot of the letter (a word in common, the owners
// named under the logo, the operator "Träger des …"), a foreign legal form beside the logo, a
// Betreff block that goes on with a Kassenzeichen and its matter or with the client, a subject
// dated "zum …", an e-mail address "hallo@…" in the letterhead, the date column run into the
// subject row of a text layer without word positions, a DIN 676 row with an order-number column
// and a Kassenzeichen set apart on a line of its own.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Immobilienservice', 'Marktplatz 1', '17100 Musterstadt', ''];

/** A text layer without word positions (a PDF whose text was extracted as plain lines). */
const textLayer = (lines: string[]): RecognizedPage[] => [{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}];

const invoiceBody = ['', 'Rechnung Nr. 2026-311', '', 'Sehr geehrte Damen und Herren,', '', 'für die Leistungen im Februar berechnen wir 1.190,00 €.', 'Zahlbar innerhalb von 14 Tagen.', '',
  'Mit freundlichen Grüßen', '', ...Array(12).fill('')];

describe('sender: the owner of a trade name at the foot', () => {
  it('takes the legal name at the foot that shares a word with the trade name', () => {
    const lines = ['SONNENGLANZ', 'Wir machen Räume hell.', '', 'Sonnenglanz · Industrieweg 4 · 17100 Musterstadt', '', ...recipient, ...invoiceBody,
      'Sonnenglanz Reinigungsdienste GmbH & Co. KG · Industrieweg 4 · 17100 Musterstadt', 'Registergericht AG Musterstadt HRA 3311 · Sparkasse Musterstadt · IBAN DE02 1203 0000 0000 2020 51'];
    expect(fieldsOf(lines).sender).toBe('Sonnenglanz Reinigungsdienste GmbH & Co. KG');
  });
  it('takes the legal name at the foot of the owners the letterhead names under the logo', () => {
    const lines = ['Tafelrunde', 'Partyservice · Buffets · Feiern', 'Becker & Lenz', '', 'Tafelrunde · Marktweg 3 · 17100 Musterstadt', '', ...recipient, ...invoiceBody,
      'Becker & Lenz Partyservice GbR · Gesellschafter: Ina Becker, Olaf Lenz · Marktweg 3 · 17100 Musterstadt', 'Volksbank Musterstadt · IBAN DE02 1203 0000 0000 2020 51'];
    expect(fieldsOf(lines).sender).toBe('Becker & Lenz Partyservice GbR');
  });
  it('takes the operator at the foot that names the house as what it runs', () => {
    const lines = ['Haus Lindenblick', 'Wohnen im Alter · Tagespflege', '', 'Haus Lindenblick · Parkallee 9 · 17100 Musterstadt', '', ...recipient, ...invoiceBody,
      'Evangelische Pflegedienste Nordheim gGmbH · Träger des Hauses Lindenblick', 'Sitz Nordheim · AG Nordheim HRB 1204 · IBAN DE02 1203 0000 0000 2020 51'];
    expect(fieldsOf(lines).sender).toBe('Evangelische Pflegedienste Nordheim gGmbH');
  });
  it('takes a foreign legal form under a logo', () => {
    const lines = ['BALTICODE', 'Balticode ApS · Vesterbrogade 12 · 1620 København V · Denmark', '', ...recipient, ...invoiceBody, 'IBAN DK50 0040 0440 1162 43'];
    expect(fieldsOf(lines).sender).toBe('Balticode ApS');
  });
  it('keeps the trade name where the foot names an unrelated firm', () => {
    const lines = ['Blumenhaus Rieger', 'Floristik für jeden Anlass', '', 'Blumenhaus Rieger · Gartenstraße 8 · 17100 Musterstadt', '', ...recipient, ...invoiceBody,
      'Druckerei Sommer GmbH · gedruckt auf Recyclingpapier'];
    expect(fieldsOf(lines).sender).toBe('Blumenhaus Rieger');
  });
});

describe('subject', () => {
  const head = ['Weber Immobilienverwaltung GmbH · Hafenweg 2 · 17100 Musterstadt', '', ...recipient, 'Datum: 03.03.2026', '', ''];
  it('keeps a Kassenzeichen line that names the matter after a dash in the Betreff block', () => {
    const lines = [...head, 'Widerspruch gegen den Gebührenbescheid vom 10.02.2026', 'Kassenzeichen 4.2200.0177.1 – Objekt Gartenweg 5', '',
      'Sehr geehrte Damen und Herren,', '', 'gegen den Bescheid legen wir Widerspruch ein.'];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Gebührenbescheid vom 10.02.2026 Kassenzeichen 4.2200.0177.1 – Objekt Gartenweg 5');
  });
  it('keeps the client line of a representative under the matter', () => {
    const lines = [...head, 'Grundsteuer 2025 – Antrag auf Erlass', 'Mandant: Holzbau Krüger GmbH, Kassenzeichen 5.3020.1188.0', '',
      'Sehr geehrte Damen und Herren,', '', 'wir vertreten die Holzbau Krüger GmbH.'];
    expect(fieldsOf(lines).subject).toBe('Grundsteuer 2025 – Antrag auf Erlass Mandant: Holzbau Krüger GmbH, Kassenzeichen 5.3020.1188.0');
  });
  it('reads a matter dated "zum …" as a subject line, not as a date line', () => {
    const lines = ['Pflegeheim Abendrot gGmbH · Heideweg 1 · 17100 Musterstadt', '', ...recipient, 'Ihr Zeichen: 5.10-HzP-2025/77', 'Bewohner-Nr.: 3-208', '',
      'Erhöhung der Pflegesätze zum 01.01.2027', 'Bewohner: Herr Kurt Lange', '', 'Sehr geehrte Damen und Herren,', '', 'die Pflegesätze steigen.'];
    expect(fieldsOf(lines).subject).toBe('Erhöhung der Pflegesätze zum 01.01.2027 Bewohner: Herr Kurt Lange');
  });
  it('takes no e-mail address "hallo@…" in the letterhead for the salutation', () => {
    const lines = ['Fotostudio Blende 8', 'Karin Volk', 'Lindenweg 2', '17100 Musterstadt', 'hallo@blende8-foto.de', '', 'Fotostudio Blende 8 · Lindenweg 2 · 17100 Musterstadt', '',
      ...recipient, 'Datum 01.02.2027', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '', 'die Rechnung vom 04.12.2026 über 300,00 € ist noch offen.'];
    const fields = fieldsOf(lines);
    expect(fields.subject).toBe('Zahlungserinnerung');
    expect(fields.letterDate).toBe('2027-02-01');
  });
  it('leaves the place and date run into the title row of a text layer out of the subject', () => {
    const lines = ['Schlüsseldienst Adler · Ringstraße 4 · 17100 Musterstadt', '', ...recipient,
      'Rechnung Nr. 2026-044                                   Musterstadt, den 12.03.2026', '', 'Türöffnung 120,00 €', 'Summe brutto 142,80 €', 'Zahlbar sofort ohne Abzug.', ...Array(12).fill('Vielen Dank für Ihren Auftrag.')];
    const fields = fieldsOfPages(textLayer(lines));
    expect(fields.subject).toBe('Rechnung Nr. 2026-044');
    expect(fields.letterDate).toBe('2026-03-12');
  });
  it('keeps a period named after a comma at the end of a subject ("…, 2. Quartal 2026")', () => {
    const lines = ['Tierheim Pfotenhof e. V. · Waldweg 9 · 17100 Musterstadt', '', ...recipient, 'Datum: 05.07.2026', '',
      'Rechnung Nr. 26/104 – Pflege von Fundkatzen, 2. Quartal 2026', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen 1.250,00 €.'];
    expect(fieldsOf(lines).subject).toBe('Rechnung Nr. 26/104 – Pflege von Fundkatzen, 2. Quartal 2026');
  });
});

describe('reference and Kassenzeichen', () => {
  it('reads Ihr Zeichen from a reference row with an order-number column', () => {
    const lines = ['Bau Kessler GmbH · Am Hang 3 · 17200 Nordheim', '', ...recipient,
      'Ihr Zeichen         Unser Zeichen     Auftrag-Nr.           Datum', '9.40.20-HB-2026/11  Ke/ms             VE 2026-0200          03.03.2026', '', '',
      '2. Abschlagsrechnung', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen 12.000,00 €.'];
    expect(fieldsOfPages(textLayer(lines)).reference).toBe('9.40.20-HB-2026/11');
    expect(fieldsOf(lines).reference).toBe('9.40.20-HB-2026/11');
  });
  it('reads a Kassenzeichen set apart on a line of its own after the sentence that asks for it', () => {
    const lines = ['Landkreis Nordheim', 'Kreiskasse', '', 'Landkreis Nordheim · Postfach 9 · 17200 Nordheim', '', ...recipient, 'Datum: 03.03.2026', '',
      'Kostenrechnung für das Gutachten', '', 'Sehr geehrte Damen und Herren,', '', 'die Kosten betragen 840,00 €.', '',
      'Bitte überweisen Sie den Betrag bis zum 31.03.2026 unter Angabe des Kassenzeichens', '', '            1.4.07.26.000512', '', 'an die Kreiskasse Nordheim.'];
    expect(fieldsOf(lines).cashReference).toBe('1.4.07.26.000512');
  });
});
