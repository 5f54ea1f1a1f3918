// Senders, references, Kassenzeichen and subjects for failure families seen on the dev37/dev38
// letters (own wording): the mailroom's receipt stamp over a court's form, a law office named after
// its one holder under her name in capitals, a brand of acronym and word over the legal name, a
// profession's abbreviation before the name in the return line; a court's number under "Geschäfts-
// nummer des Amtsgerichts" and a note, "Ihr Zeichen / Bestellnr.", a Land office's code with a
// quarter in Roman numerals, a Kassenzeichen a few words after its label in running text or with its
// n read as u; a court order titled by two kinds, a Betreff whose address wraps its town onto a line
// of its own, a Kassenzeichen with the matter after a dash, a mandate's numbers joined by a slash, a
// bare title line ending in the event's date.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, org } from './extractLetters.ts';

/** Fields of a text layer without word positions (a PDF's text, as the clean evaluation reads it). */
const fieldsOfText = (lines: string[]) => {
  const page: RecognizedPage = { index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 };
  return extractFields(analyseLetter([page], { organisation: org }), { organisation: org, receivedAt: new Date('2031-03-10T10:00:00') }).fields;
};

const closing = ['', 'Mit freundlichen Grüßen', '', 'Frieda Sommerfeld'];

/** A court's payment order under the mailroom's receipt stamp, the court's number in a column. */
const paymentOrder = [
  '                                                  Posteingang',
  '                                                  04. MRZ. 2031',
  '                                                  Stadt Musterstadt – Poststelle',
  '',
  'Amtsgericht Kornfeld                                       Geschäftsnummer des Amtsgerichts',
  '– Zentrales Mahngericht –                                  bei Rückfragen bitte stets angeben',
  'Postfach 20 20                                             31-2207415-0-3',
  '21401 Kornfeld',
  '                                                           Datum: 28.02.2031',
  '',
  'Antragsgegner:',
  'Stadt Musterstadt, vertr. d. d. Bürgermeister',
  'Finanzservice',
  'Markt 1',
  '17100 Musterstadt',
  '                                  Mahnbescheid',
  '',
  'Antragsteller:',
  'Baumann Bühnenbau GmbH, Hafenstraße 4, 21403 Kornfeld',
  '',
  'Prozessbevollmächtigter des Antragstellers:',
  'Rechtsanwältin Ute Kranz, Wallring 2, 21403 Kornfeld, Geschäftszeichen 77/31-UK',
  '',
  'Hauptforderung aus Rechnung 2031-0044                                    2.480,00 EUR',
];

describe('sender', () => {
  it('takes the court under the mailroom\'s receipt stamp, not the stamp\'s label or the column beside it', () => {
    expect(fieldsOfText(paymentOrder).sender).toBe('Amtsgericht Kornfeld');
    expect(fieldsOf(paymentOrder).sender).toBe('Amtsgericht Kornfeld');
  });
  it('still takes a letterhead that merely starts with the word "Eingang" in a longer line', () => {
    const lines = ['Eingang Süd Parkhausbetriebe GmbH', 'Hafenweg 3 · 21403 Kornfeld', '', 'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '',
      'Rechnung Nr. 31-118', '', 'Sehr geehrte Damen und Herren,', '', 'anbei unsere Rechnung.', ...closing];
    expect(fieldsOfText(lines).sender).toBe('Eingang Süd Parkhausbetriebe GmbH');
  });
  it('takes the holder a law office is named after, with her name set in capitals in the letterhead', () => {
    const lines = ['DR. MAREN TIEDGE', 'Rechtsanwältin · Fachanwältin für Insolvenzrecht', '', 'Kanzlei Tiedge · Am Strom 8 · 18119 Rostock', '',
      'Stadt Musterstadt', 'Stadtkasse', 'Markt 1', '17100 Musterstadt', '', 'Insolvenzverfahren Kranich Bau GmbH', '',
      'Sehr geehrte Damen und Herren,', '', 'ich bin zur Insolvenzverwalterin bestellt.', '', 'Mit freundlichen Grüßen', '', 'Dr. Maren Tiedge'];
    expect(fieldsOf(lines).sender).toBe('Dr. Maren Tiedge');
  });
  it('takes the legal name under a brand of its acronym and a word of it, not both run together', () => {
    const lines = ['BTO Oder', 'Büro- und Tagungstechnik Oder GmbH', 'Beamer · Mikrofone · Service', '', 'BTO Oder GmbH | Kaiweg 12 | 15230 Frankfurt (Oder)', '',
      'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '', 'GUTSCHRIFT', '', 'Sehr geehrte Damen und Herren,', '', 'wir schreiben Ihnen gut.', ...closing];
    expect(fieldsOfText(lines).sender).toBe('Büro- und Tagungstechnik Oder GmbH');
    expect(fieldsOf(lines).sender).toBe('Büro- und Tagungstechnik Oder GmbH');
  });
  it('keeps a logo acronym over a name it does not abbreviate as part of the pair', () => {
    const lines = ['NTW Nordost', 'Kabel und Leitungsbau Nordost GmbH', '', 'NTW Nordost GmbH | Kaiweg 12 | 18055 Rostock', '',
      'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '', 'Rechnung 31-7', '', 'Sehr geehrte Damen und Herren,', '', 'anbei die Rechnung.', ...closing];
    expect(fieldsOf(lines).sender).not.toBe('Kabel und Leitungsbau Nordost GmbH');
  });
  it('drops a profession\'s abbreviation the letterhead spells out on a line of its own ("ÖbVI" over "Öffentlich bestellter …")', () => {
    const lines = ['Dipl.-Ing. Carsten Wolter', 'Öffentlich bestellter Vermessungsingenieur', 'Liegenschaftsvermessung · Absteckung', '',
      'ÖbVI Dipl.-Ing. Carsten Wolter · Mühlenstraße 5 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Immobilienservice', 'Markt 1', '17100 Musterstadt', '',
      'Kostenbescheid', '', 'Sehr geehrte Damen und Herren,', '', 'für die Vermessung setze ich die Kosten fest.', ...closing];
    expect(fieldsOf(lines).sender).toBe('Dipl.-Ing. Carsten Wolter');
  });
  it('keeps a body\'s name whose acronym heads the return line: no profession before a person\'s name', () => {
    const lines = ['Zweckverband Wasserversorgung', 'Elbe-Ost', 'Körperschaft des öffentlichen Rechts', '', 'ZVW Elbe-Ost · Brunnenweg 1 · 17109 Altdorf', '',
      'Stadt Musterstadt', 'Bauhof', 'Markt 1', '17100 Musterstadt', '', 'Gebührenbescheid', '', 'Sehr geehrte Damen und Herren,', '', 'wir setzen die Gebühr fest.', ...closing];
    expect(fieldsOf(lines).sender).toBe('Zweckverband Wasserversorgung Elbe-Ost');
  });
});

describe('reference', () => {
  it('takes the court\'s number under "Geschäftsnummer des Amtsgerichts" and its note, not the lawyer\'s Geschäftszeichen', () => {
    expect(fieldsOfText(paymentOrder).reference).toBe('31-2207415-0-3');
    expect(fieldsOf(paymentOrder).reference).toBe('31-2207415-0-3');
  });
  it('takes the city\'s order code after "Ihr Zeichen / Bestellnr.:"', () => {
    const lines = ['Streugut Nord GmbH · Kai 4 · 20457 Hamburg', '', 'Stadt Musterstadt', 'Markt 1', '17100 Musterstadt', '',
      'RECHNUNG                                      Rechnungs-Nr.:        SN-31-00977', '                                              Datum:                03.03.2031',
      '                                              Ihr Zeichen / Bestellnr.: 9.50.30-ST/2031-04', '', 'Splitt 2/5, lose                               12,00 t        540,00'];
    expect(fieldsOfText(lines).reference).toBe('9.50.30-ST/2031-04');
  });
  it('keeps a Land office\'s code whose serial numbers the quarter in Roman numerals whole', () => {
    const lines = ['Landesamt für Finanzen · Postfach 12 · 19006 Schwerin', '', 'Stadt Musterstadt', 'Finanzservice', 'Markt 1', '17100 Musterstadt', '',
      'Geschäftszeichen: 32-G 1471-2031/IV-0112', 'Datum:            02.03.2031', '', 'Bescheid über die Gewerbesteuerumlage', '',
      'Sehr geehrte Damen und Herren,', '', 'die Umlage wird festgesetzt.', ...closing];
    expect(fieldsOf(lines).reference).toBe('32-G 1471-2031/IV-0112');
  });
});

describe('cashReference', () => {
  it('takes the Kassenzeichen a few words after its label, wrapped to the next line', () => {
    const lines = ['Olaf Brinkmann · Moorweg 2 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Bußgeldstelle', 'Markt 1', '17100 Musterstadt', '',
      'Verwarnungsgeld bezahlt', '', 'Sehr geehrte Damen und Herren,', '',
      'ich habe pünktlich überwiesen, aber das Kassenzeichen falsch eingegeben: richtig wäre',
      '4.2030.551872.1 gewesen, ich schrieb 4.2030.551827.1. Bitte ordnen Sie die Zahlung zu.', ...closing];
    expect(fieldsOf(lines).cashReference).toBe('4.2030.551872.1');
  });
  it('takes no code that follows the label only after the sentence has ended', () => {
    const lines = ['Olaf Brinkmann · Moorweg 2 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Bußgeldstelle', 'Markt 1', '17100 Musterstadt', '',
      'Verwarnungsgeld', '', 'Sehr geehrte Damen und Herren,', '', 'das Kassenzeichen habe ich nicht mehr. Unsere Kundennummer ist',
      '4.2030.551872.1 bei der Sparkasse.', ...closing];
    expect(fieldsOf(lines).cashReference).toBeUndefined();
  });
  it('reads a "Kassenzeichen" label whose n OCR read as u', () => {
    const lines = ['Steuerbüro Lenz · Am Markt 3 · 17109 Altdorf', '', 'Stadt Musterstadt', 'Steuern', 'Markt 1', '17100 Musterstadt', '',
      'Steuernummer: 079/222/11111', 'Kasseuzeichen: 2.2100.004411.6', '', 'Antrag auf Herabsetzung', '', 'Sehr geehrte Damen und Herren,', '', 'wir beantragen die Herabsetzung.', ...closing];
    expect(fieldsOf(lines).cashReference).toBe('2.2100.004411.6');
  });
});

describe('subject', () => {
  it('takes a court order\'s title naming two kinds ("Pfändungs- und Überweisungsbeschluss") above the address', () => {
    const lines = ['Amtsgericht Kornfeld', '– Vollstreckungsgericht –', 'Gerichtsstraße 1, 21401 Kornfeld', '', 'Geschäftsnummer: 7 M 118/31       Kornfeld, 01.03.2031', '',
      'Pfändungs- und Überweisungsbeschluss', '', 'In der Zwangsvollstreckungssache', '', 'Möbel Lenz GmbH, Hafenstraße 2, 21403 Kornfeld', '– Gläubigerin –', '',
      'gegen', '', 'Herrn Paul Beck, Lindenweg 3, 17100 Musterstadt', '– Schuldner –', '', 'Drittschuldnerin:', 'Stadt Musterstadt, vertreten durch den Bürgermeister,',
      'Markt 1, 17100 Musterstadt', '', 'wird die Forderung des Schuldners gegen die Drittschuldnerin gepfändet.'];
    expect(fieldsOf(lines).subject).toBe('Pfändungs- und Überweisungsbeschluss');
  });
  it('keeps a Betreff whose address wraps the postcode and town onto a line of their own whole', () => {
    const lines = ['Kanzlei Roth · Am Strom 8 · 18119 Rostock', '', 'Stadt Musterstadt', 'Stadtkasse', 'Markt 1', '17100 Musterstadt', '',
      '                                                 Rostock, 03.03.2031', '',
      'Insolvenzverfahren über das Vermögen der Kranich Bau GmbH, Am Hafen 12,', '17100 Musterstadt', 'Amtsgericht Kornfeld – Insolvenzgericht –, Az. 4 IN 33/31', '',
      'Sehr geehrte Damen und Herren,', '', 'ich bin zur Insolvenzverwalterin bestellt.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Insolvenzverfahren über das Vermögen der Kranich Bau GmbH, Am Hafen 12, 17100 Musterstadt Amtsgericht Kornfeld – Insolvenzgericht –, Az. 4 IN 33/31');
  });
  it('takes a Kassenzeichen line with the matter after a dash as the subject', () => {
    const lines = ['Jörg und Anke Wiese', 'Birkenweg 4', '17100 Musterstadt', '', 'Stadt Musterstadt', 'Stadtkasse', 'Markt 1', '17100 Musterstadt', '',
      'Musterstadt, 03.03.2031', '', 'Kassenzeichen 7.0500.003318.2 – Überzahlung, Bitte um Rückzahlung', '',
      'Sehr geehrte Damen und Herren,', '', 'wir haben die Gebühr zweimal überwiesen.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Kassenzeichen 7.0500.003318.2 – Überzahlung, Bitte um Rückzahlung');
  });
  it('keeps labelled rows of owner and Kassenzeichen with a colon over the matter in the block', () => {
    const lines = ['Hausverwaltung Rehm · Lindenstraße 2 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Steuern', 'Markt 1', '17100 Musterstadt', '',
      'Musterstadt, 03.03.2031', '', 'Eigentümer: Erbengemeinschaft Kruse', 'Kassenzeichen: 3.0140.017722.5 – Objekt Wallstraße 9',
      'Antrag auf Erlass der Grundsteuer 2030', '', 'Sehr geehrte Damen und Herren,', '', 'wir beantragen den Erlass.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Eigentümer: Erbengemeinschaft Kruse Kassenzeichen: 3.0140.017722.5 – Objekt Wallstraße 9 Antrag auf Erlass der Grundsteuer 2030');
  });
  it('keeps a mandate\'s numbers joined by a slash under the Betreff line in the block', () => {
    const lines = ['Gärtnerei Pahl GbR · Feldweg 2 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Stadtkasse', 'Markt 1', '17100 Musterstadt', '',
      'Widerruf des SEPA-Lastschriftmandats', 'Kassenzeichen 6.1300.041122.9 / Mandatsreferenz MU-0041122', '',
      'Sehr geehrte Damen und Herren,', '', 'hiermit widerrufen wir das Mandat.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Widerruf des SEPA-Lastschriftmandats Kassenzeichen 6.1300.041122.9 / Mandatsreferenz MU-0041122');
  });
  it('takes a bare title line that ends in the event\'s date under the date line', () => {
    const lines = ['Duo Sonnenschein · Hafenstraße 3 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Kulturamt', 'Markt 1', '17100 Musterstadt', '',
      'Musterstadt, 01.03.2031', '', 'Angebot Frühlingsfest Seniorenheim 12.04.2031', '', 'Liebe Frau Kohl,', '', 'gern spielen wir wieder für Sie.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Angebot Frühlingsfest Seniorenheim 12.04.2031');
  });
  it('still takes a place and date without a comma as the date line, no subject', () => {
    const lines = ['Duo Sonnenschein · Hafenstraße 3 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Kulturamt', 'Markt 1', '17100 Musterstadt', '',
      'Bad Sülze 01.03.2031', '', 'Liebe Frau Kohl,', '', 'gern spielen wir wieder für Sie.', ...closing];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
});
