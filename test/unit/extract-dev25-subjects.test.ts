// Subjects of invented letters and forms (own wording): a subtitle set between dashes under a
// form's title; the letter's date set alone beside the title; a document title set apart over
// the information row and the block under it; a matter that quotes the file number in brackets;
// a "hier:" line that quotes a customer number; a representative's Betreff block with the city's
// file number and the client row; labels of the information block that start like a title
// ("Rechnungsnummer …"); a title that goes on with "mit …"; the bracketed second line of a form
// behind a fax cover sheet; a cover note without Betreff over the form it covers; a form title
// under a labelled "An:" line.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A page of a text layer (a PDF's), where the dashes and the spacing stay as written. */
const textLayer = (lines: string[]) => fieldsOfPages([{
  index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
} satisfies RecognizedPage]);

const recipient = ['Stadt Musterstadt', 'Ordnung und Sicherheit', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Sache zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', 'Ilse Vogt'];
const firm = ['Tischlerei Brügge e.K.', 'Werkstraße 8 · 17200 Oststadt', ''];

describe('subject: a subtitle between dashes under a title', () => {
  it('keeps the dashed second line of a form title', () => {
    const form = ['Praxis Dr. Lenz · Hafenweg 2 · 17200 Oststadt', '', 'An: Stadt Musterstadt, Gesundheitsamt', 'Fax: 0395 100-5399', '',
      'Mitteilung nach § 34 IfSG', '– Auftreten in einer Gemeinschaftseinrichtung –', '', 'Einrichtung: Kita Sonnenhof', 'Erkrankung: Scharlach', '',
      'Oststadt, 04.06.2026', '', 'Dr. med. Paul Lenz'];
    expect(textLayer(form).subject).toBe('Mitteilung nach § 34 IfSG – Auftreten in einer Gemeinschaftseinrichtung –');
    const capitals = ['Heimatverein Oststadt e.V. · Mühlenweg 2 · 17200 Oststadt', '', ...recipient, 'ANZEIGE EINER VERANSTALTUNG', '– Veranstalter ist ein eingetragener Verein –', '',
      'Veranstaltung: Mühlenfest', 'Datum: 12.07.2026', 'Ort: Mühlenwiese'];
    expect(textLayer(capitals).subject).toBe('ANZEIGE EINER VERANSTALTUNG – Veranstalter ist ein eingetragener Verein –');
  });
  it('leaves a body line with a dash out (guard)', () => {
    const form = ['Praxis Dr. Lenz · Hafenweg 2 · 17200 Oststadt', '', 'An: Stadt Musterstadt, Gesundheitsamt', 'Fax: 0395 100-5399', '',
      'Mitteilung nach § 34 IfSG', '– bitte sofort zurückrufen –', '', 'Einrichtung: Kita Sonnenhof', '', 'Dr. med. Paul Lenz'];
    expect(textLayer(form).subject).toBe('Mitteilung nach § 34 IfSG');
  });
});

describe('subject: the title beside or above the information block', () => {
  it('leaves the letter date set alone beside the title out', () => {
    const lines = [...firm, ...recipient, 'RECHNUNG Nr. T-26-0917                                         4. Juni 2026', '',
      'Ihr Zeichen: 9.40.20-TS-2026/17 · Auftrag vom 12.05.2026', '', 'Pos. Leistung Betrag', '1 Einbau Garderobenbank 840,00', '', 'Mit freundlichen Grüßen'];
    expect(textLayer(lines).subject).toBe('RECHNUNG Nr. T-26-0917');
  });
  it('keeps labelled numbers beside the title out as before (guard)', () => {
    const lines = [...firm, ...recipient, 'RECHNUNG               Nr. T-26-0917', '', 'Pos. Leistung Betrag', '1 Einbau Garderobenbank 840,00'];
    expect(fieldsOf(lines).subject).toBe('RECHNUNG');
  });
  it('takes a title set apart over an information row glued to the block below it', () => {
    const lines = [...firm, ...recipient, 'Rechnung 2026/0331', '', 'Kundennummer 5127', 'Anlass: Ehrenamtsempfang im Ratssaal am 28.05.2026',
      'Lieferung und Aufbau der Bestuhlung', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Rechnung 2026/0331');
  });
  it('takes the invoice title, not a "Rechnungsnummer" row of the information block', () => {
    const lines = ['Reinigungsdienst Kahl GmbH · Südring 4 · 17200 Oststadt', '', ...recipient,
      '                                                 Rechnungsnummer KR-26-118',
      '                                                 Rechnungsdatum 02.06.2026',
      '                                                 Kundennummer 3304', '',
      'RECHNUNG', '', 'Objekt: Rathaus, Am Markt 3', '', 'Pos | Leistung | Betrag', '1 | Unterhaltsreinigung Mai 2026 | 1.210,00', '',
      'Zahlbar innerhalb von 14 Tagen ohne Abzug.'];
    expect(fieldsOf(lines).subject).toBe('RECHNUNG');
  });
});

describe('subject: a matter line that quotes numbers', () => {
  it('keeps a matter that quotes the file number in brackets', () => {
    const lines = [...firm, ...recipient, 'Oststadt, 04.06.2026', '', 'Angebot Nr. 26-044 – Schulhof Nord, neue Sitzbänke (Ihr Zeichen: 1.20-VG-2026/12)', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Angebot Nr. 26-044 – Schulhof Nord, neue Sitzbänke (Ihr Zeichen: 1.20-VG-2026/12)');
  });
  it('leaves a bracketed information row alone out (guard)', () => {
    const lines = [...firm, ...recipient, 'Oststadt, 04.06.2026', '', 'Angebot Nr. 26-044 – Schulhof Nord, neue Sitzbänke', '', '(Ihr Zeichen: 1.20-VG-2026/12)', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Angebot Nr. 26-044 – Schulhof Nord, neue Sitzbänke');
  });
  it('keeps a "hier:" line that quotes a customer number', () => {
    const lines = ['Zweckverband Abwasser Oststadt', 'Bahnhofstraße 9 · 17200 Oststadt', '', ...recipient,
      '                                        Aktenzeichen: ZV 4-118/26', '                                        Datum: 03.06.2026', '',
      'Bescheid über Einleitungsgebühren', 'hier: Einleitungen im Mai 2026 (Kunden-Nr. 40117)', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Bescheid über Einleitungsgebühren hier: Einleitungen im Mai 2026 (Kunden-Nr. 40117)');
  });
  it('keeps a representative\'s block with the city\'s file number and the client row', () => {
    const lines = ['Kanzlei Roth & Senft · Domstraße 4 · 17200 Oststadt', '', ...recipient, '                                        Oststadt, 04.06.2026', '',
      'Widerspruch gegen den Kostenbescheid vom 12.05.2026', 'Ihr Zeichen: 3.10-KB-2026/088', 'Veranstaltung: Hoffest Lindenweg 4 – Mandant: Gärtnerei Ahlers GmbH', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Kostenbescheid vom 12.05.2026 Ihr Zeichen: 3.10-KB-2026/088 Veranstaltung: Hoffest Lindenweg 4 – Mandant: Gärtnerei Ahlers GmbH');
  });
  it('leaves a field row under "Ihr Zeichen" out when it names no client (guard)', () => {
    const lines = ['Kanzlei Roth & Senft · Domstraße 4 · 17200 Oststadt', '', ...recipient, '                                        Oststadt, 04.06.2026', '',
      'Widerspruch gegen den Kostenbescheid vom 12.05.2026', 'Ihr Zeichen: 3.10-KB-2026/088', 'Sachbearbeiter: Herr Ahlers', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Kostenbescheid vom 12.05.2026');
  });
});

describe('subject: forms and the documents a cover sheet or note covers', () => {
  it('keeps the second line of a form title that goes on with "mit …"', () => {
    const lines = ['Jonas Petri, Am Teich 7, 17100 Musterstadt', '', 'An die Stadt Musterstadt', 'Steuern und Abgaben', 'Am Markt 3', '17100 Musterstadt', '',
      'Anmeldung eines Zweitwohnsitzes', 'mit Angaben zur Wohnfläche', '', '1 Meldepflichtige Person', '   Name, Vorname: Petri, Jonas'];
    expect(fieldsOf(lines).subject).toBe('Anmeldung eines Zweitwohnsitzes mit Angaben zur Wohnfläche');
  });
  it('keeps the bracketed second line of the form behind a fax cover sheet', () => {
    const lines = ['F A X', '', 'Kleingartenverein Oststadt e.V.', 'Gartenweg 1 · 17200 Oststadt', '', 'An: Stadt Musterstadt', 'Von: Eva Kuhn', 'Datum: 03.06.2026',
      'Seiten: 2', '', 'Sehr geehrte Damen und Herren,', 'anbei unser Antrag.', '', 'Eva Kuhn', '\f',
      'An die Stadt Musterstadt', '', 'Antrag auf Sondernutzung öffentlicher Verkehrsflächen', '(Aufstellen eines Verkaufsstands zum Gartenfest)', '',
      '1. Antragsteller: Kleingartenverein Oststadt e.V.'];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Sondernutzung öffentlicher Verkehrsflächen (Aufstellen eines Verkaufsstands zum Gartenfest)');
  });
  it('takes the title of the form a short cover note covers', () => {
    const lines = ['Dachdeckerei Holm GmbH · Kirchweg 3 · 17200 Oststadt', '', ...recipient, 'Sehr geehrte Damen und Herren,',
      'beigefügt der Ausdruck unseres Online-Antrags.', 'Mit freundlichen Grüßen – Tom Holm –', '', 'Bürgerportal Musterstadt', 'Ihr Antrag ist eingegangen.', '',
      'Vorgangsnummer: BP-2026-4471', 'Eingereicht am: 02.06.2026', '', 'Antrag auf Erteilung einer Ausnahmegenehmigung zum Parken', '',
      'Firma: Dachdeckerei Holm GmbH', 'Kennzeichen: MU-DH 31'];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Erteilung einer Ausnahmegenehmigung zum Parken');
  });
  it('leaves an ordinary letter without Betreff without a subject (guard)', () => {
    const lines = ['Ilse Vogt', 'Birkenweg 9', '17100 Musterstadt', '', ...recipient, ...body, '', 'Anlage', '', 'Antrag auf Wohngeld vom 02.05.2026'];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
  it('takes a form title under a labelled "An:" line, not the first section heading', () => {
    const lines = ['04/06/2026 09:12 0395-44812 PRAXIS AM HAFEN S. 1/1', '', 'An: Gesundheitsamt Stadt Musterstadt – Fax 0395 100-5399', '',
      'Meldung einer Erkrankung nach § 6 IfSG', '(namentliche Meldung)', '', 'Meldende Einrichtung', '  Praxis am Hafen, Hafenweg 2, 17200 Oststadt', '',
      'Betroffene Person', '  Name, Vorname: Kuhn, Lea'];
    expect(fieldsOf(lines).subject).toBe('Meldung einer Erkrankung nach § 6 IfSG (namentliche Meldung)');
  });
});
