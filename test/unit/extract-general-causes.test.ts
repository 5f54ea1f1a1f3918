// Field extraction for general failure families seen on independently written letters (own
// wording): "Ihre Referenz" and qualified file-number labels, a court's unlabelled file number,
// OCR misreadings of the reference labels, a return line that names only a unit of the sender,
// a person's data block above the salutation, and sums whose decimal comma OCR read as a dot.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { findAmounts } from '../../ocr/extract/money.ts';
import { isDictationMark, repairCode } from '../../ocr/extract/references.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const org = 'Stadt Musterstadt';
const fieldsOf = (lines: string[]) =>
  extractFields(analyseLetter(pagesFromText(lines.join('\n')), { organisation: org }), { organisation: org, receivedAt: new Date('2026-03-20T10:00:00') }).fields;
const recipient = ['Stadt Musterstadt', 'Tiefbauamt', 'Markt 1', '12345 Musterstadt', ''];
const firm = ['Kessler Messtechnik AG', 'Rheinweg 4 · CH-4058 Basel', '', ...recipient];

describe('reference labels', () => {
  it('reads "Ihre Referenz" as Ihr Zeichen and skips a company\'s "Unsere Referenz"', () => {
    const fields = fieldsOf([...firm, 'Basel, 12. März 2026', '', 'Ihre Referenz:   5.20-V-2026/031 (Bestellung vom 02.02.2026)', 'Unsere Referenz: Auftrag 26-118 / K. Imhof', '', 'Rechnung Nr. 26-0412', '', 'Sehr geehrte Damen und Herren']);
    expect(fields.reference).toBe('5.20-V-2026/031');
  });
  it('takes the value after a label qualified before its colon, on the same or the next line', () => {
    const form = ['An die', 'Stadt Musterstadt – Tiefbauamt', 'Markt 1, 12345 Musterstadt', '', 'ANZEIGE DER FERTIGSTELLUNG', '', 'Aktenzeichen der Genehmigung:   6.30-AG-2026/0114', 'Genehmigung vom:   03.02.2026'];
    expect(fieldsOf(form).reference).toBe('6.30-AG-2026/0114');
    const court = ['Amtsgericht Nordheim', 'Postanschrift: 12481 Nordheim', '', '                       Geschäftsnummer bei Ihrer Antwort angeben:', '                       26-1180342-0-7', '', ...recipient, 'Datum: 11.03.2026', '', 'Sehr geehrte Damen und Herren,', 'Rechtsanwalt Udo Berg, Geschäftszeichen 77/26 B, vertritt den Antragsteller.'];
    expect(fieldsOf(court).reference).toBe('26-1180342-0-7');
  });
  it('finds a court\'s file number set between dashes without a label', () => {
    const court = ['Sozialgericht Nordheim', '', ...recipient, 'Nordheim, 10.03.2026', '', 'In dem Rechtsstreit', 'Meier ./. Stadt Musterstadt', '– 4 AS 812/25 –', '', 'Sehr geehrte Damen und Herren,', 'die Klage wird Ihnen übersandt.'];
    expect(fieldsOf(court).reference).toBe('4 AS 812/25');
  });
  it('tolerates "Ibr", "Zeicheri", "Aktenzeíchen" and "Unscr" as OCR reads the labels', () => {
    const head = ['Kessler Messtechnik AG', 'Rheinweg 4 · 79540 Lörrach', '', ...recipient, 'Lörrach, 12.03.2026', ''];
    expect(fieldsOf([...head, 'Ihr Zeicheri: 9.60.10-Geb-2026/0142']).reference).toBe('9.60.10-Geb-2026/0142');
    expect(fieldsOf([...head, 'Ibr Zeichen                 Unser Zeichen      Datum', '3.10.20-OWi-26-01187        GF/sch             12.03.2026']).reference).toBe('3.10.20-OWi-26-01187');
    expect(fieldsOf([...head, 'Aktenzeíchen: 36.3-OWi 2o26 004 417']).reference).toBe('36.3-OWi 2026 004 417');
    // The second label read with c for e is no value of the first.
    expect(fieldsOf([...head, 'Ihr Zeichen       Unscr Zeichen       Datum', '–                 VL/0412             12.03.2026']).reference).toBeUndefined();
  });
  it('repairs an o read for a 0 after a slash', () => {
    expect(repairCode('5.10-HzP-2026/o318')).toBe('5.10-HzP-2026/0318');
    expect(repairCode('3.30-OWi-2026/044')).toBe('3.30-OWi-2026/044');
  });
});

describe('the sender when the return line names a unit', () => {
  it('takes the organisation over its unit in the return line', () => {
    const kita = ['Diakonisches Werk Nordheim e. V.', 'Kindertagesstätte „Sonnenblume“', 'Tel. 03461 22 18 40', '', 'Kita Sonnenblume · Lindenallee 2 · 12348 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2026', '', 'Meldung nach § 34 IfSG', '', 'Sehr geehrte Damen und Herren,'];
    expect(fieldsOf(kita).sender).toBe('Diakonisches Werk Nordheim e. V.');
    const paper = ['Nordheimer Tageblatt', 'Unabhängig seit 1948', 'Lokalredaktion Musterstadt · Marktgasse 3 · 12345 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2026', '', 'Betr.: Anfrage zur Baustelle', '', 'Sehr geehrte Damen und Herren,'];
    expect(fieldsOf(paper).sender).toBe('Nordheimer Tageblatt');
  });
  it('keeps the return line when the letterhead names the same organisation', () => {
    const fields = fieldsOf(['Kessler', 'Messtechnik für Kommunen', '', 'Kessler Messtechnik GmbH · Rheinweg 4 · 79540 Lörrach', '', ...recipient, 'Lörrach, 12.03.2026', '', 'Rechnung', '', 'Sehr geehrte Damen und Herren,']);
    expect(fields.sender).toBe('Kessler Messtechnik GmbH');
  });
  it('repairs a legal form read as "GrnbH"', () => {
    const fields = fieldsOf(['Holzbau Ritter GrnbH · Sägeweg 2 · 12350 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2026', '', 'Rechnung', '', 'Sehr geehrte Damen und Herren,']);
    expect(fields.sender).toBe('Holzbau Ritter GmbH');
  });
});

describe('the sender as OCR reads the return line', () => {
  const tail = ['', ...recipient, 'Musterstadt, 12.03.2026', '', 'Widerspruch', '', 'Sehr geehrte Damen und Herren,'];
  it('keeps an association whose "Kreisverband" OCR read with a c', () => {
    expect(fieldsOf(['Sozialverband Nord', 'Ortsverband Musterstadt', '', 'SV Ortsvcrband Musterstadt · Gartenweg 2 · 12345 Musterstadt', ...tail]).sender).toBe('Sozialverband Nord Ortsverband Musterstadt');
  });
  it('reads an initial whose dot OCR read as a comma', () => {
    expect(fieldsOf(['KRÜGER', 'Ihr Dach in Meisterhand', '                         Bernd Krüger Bedachungen', '', 'B, Krüger Bedachungen · Am Ziegelhof 7 · 12350 Lindow', ...tail]).sender).toBe('Bernd Krüger Bedachungen');
  });
  it('finds a form\'s applicant under "Autragsteller"', () => {
    const form = ['Stadt Musterstadt – Steuern – Markt 1 – 12345 Musterstadt', '', 'ANMELDUNG EINES HUNDES ZUR HUNDESTEUER', '', '1. Autragsteller / Hundehalter', '   Name, Vorname:            Albers, Jonas', '   Geburtsdatum:             04.11.1989'];
    expect(fieldsOf(form).sender).toBe('Jonas Albers');
  });
});

describe('the subject', () => {
  it('stands above a block of a person\'s data before the salutation', () => {
    const certificate = ['Praxis Dr. med. Lena Brandt', 'Fachärztin für Allgemeinmedizin', 'Poststraße 8 · 12345 Musterstadt · Tel. 0345 22 04 11', '', ...recipient, 'Musterstadt, 12.03.2026', '',
      'Bescheinigung über die Arbeitsfähigkeit', '', 'Patientin:    Frau Emma Roth, geb. 02.05.1980', '              Lindenweg 4, 12349 Musterstadt', 'Tätigkeit:    Gärtnerin, Stadtpark', '', 'Sehr geehrte Damen und Herren,'];
    expect(fieldsOf(certificate).subject).toBe('Bescheinigung über die Arbeitsfähigkeit');
  });
  it('skips a "Geschäftszeichen" line however OCR ends the label', () => {
    const court = ['Amtsgericht Nordheim', '– Grundbuchamt –', '', 'Amtsgericht Nordheim · Postfach 11 20 · 12478 Nordheim', '', ...recipient, 'Geschäftszeicheu: MU-2210-4', 'Nordheim, 12.03.2026', '', 'Eintragungsmitteilung', '', 'Im Grundbuch ist folgende Eintragung vorgenommen worden:'];
    expect(fieldsOf(court).subject).toBe('Eintragungsmitteilung');
  });
});

describe('amounts as OCR reads them', () => {
  it('reads a decimal comma read as a dot after grouped thousands next to a currency', () => {
    expect(findAmounts('Gesamt offen   3.418.60 €').map((hit) => hit.value)).toEqual([3418.6]);
    expect(findAmounts('Restforderung 21.004.15 EUR').map((hit) => hit.value)).toEqual([21004.15]);
    // Without a currency a dotted figure stays a code or a date.
    expect(findAmounts('Flurstück 3.418.60 Gemarkung')).toEqual([]);
  });
  it('counts a payment request whose umlaut dots OCR lost', () => {
    const fields = fieldsOf(['Fahrzeugtechnik Wendt GmbH · Ringstraße 4 · 12350 Lindow', '', ...recipient, 'Lindow, 12.03.2026', '', 'Reparatur Einsatzfahrzeug', '', 'Sehr geehrte Damen und Herren,', 'die Reparatur ist abgeschlossen:', '', '        1.250,00 EUR', '', 'Bitte uberweisen Sie ohne Abzug.']);
    expect(fields.amount).toBe(1250);
  });
});

describe('the header as OCR damages it', () => {
  it('reads "deu" before the date as "den" and leaves a sum the writer is told to pay', () => {
    const objection = ['Karin Sommer', 'Birkenweg 5', '12348 Musterstadt', '', 'An die Stadt Musterstadt', 'Ordnungsamt', 'Markt 1', '12345 Musterstadt', '', 'Ihr Aktenzeichen: 3.I0.20-VG-2026-00412', '', 'deu 09.03.2026', '',
      'Ihr Schreiben vom 02.03.2026 – Verwarnung', '', 'Sehr geehrte Damen und Herren,', '', 'Dafür soll ichein Verwarnungsgeld von 35,00 Euro bis zum 20.03.2026 bezahlen. Das ist nicht richtig.'];
    const fields = fieldsOf(objection);
    expect(fields.letterDate).toBe('2026-03-09');
    expect(fields.dueDate).toBeUndefined();
  });
  it('finds the recipient address with an e read as c and ends it at a glued postcode line', () => {
    const fields = fieldsOf(['Hanse Inkasso GmbH', 'Hanse Inkasso GmbH · Speicherweg 2 · 28195 Bremen', 'Stadt Mustcrstadt', 'Stadtkasse', 'Postfach 13 84', '12340Musterstadt', 'Bremen, 9. März 2026', 'Letzte Mahnung', 'Forderung Krüger e. K. ./. Stadt Musterstadt', 'Sehr geehrte Damen und Herren,', 'bitte zahlen Sie.']);
    expect(fields.subject).toBe('Letzte Mahnung Forderung Krüger e. K. ./. Stadt Musterstadt');
    expect(fields.sender).toBe('Hanse Inkasso GmbH');
  });
});

describe('information blocks without column spacing', () => {
  const head = ['Architekturbüro Weiß · Lindenring 9 · 22634 Bergheim', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', ''];
  it('reads a lone "Ihr Zeichen" over a file number on the next line', () => {
    // The block read without blank lines, as the guard corpus prints it.
    expect(fieldsOf(['Architekturbüro Weiß · Lindenring 9 · 22634 Bergheim', 'Stadtverwaltung Musterstadt', 'Markt 1', '12345 Musterstadt', 'Ihr Zeichen', '6.30-2026-01184', 'Bergheim, 12.03.2026', 'Nachbarbeschwerde', 'Sehr geehrte Damen und Herren,']).reference).toBe('6.30-2026-01184');
  });
  it('pairs "Ihr Az." in a row of labels and stops a dictation mark at its cell', () => {
    expect(fieldsOf([...head, 'Ihr Az. Unser Zeichen Kundennummer', '6.30 BA 412/25 Kr/ts 62983', 'Bergheim, 12.03.2026', '', 'Rechnung', '', 'Sehr geehrte Damen und Herren,']).reference).toBe('6.30 BA 412/25');
    expect(fieldsOf([...head, 'Ihr Az. Rechnungsnummer Kundennummer Rechnungsdatum', 'Lö/Ts 2026/0418 94431 12. März 2026', '', 'Rechnung', '', 'Sehr geehrte Damen und Herren,']).reference).toBe('Lö/Ts');
  });
  it('reads "Geschäftsnummer" with its m read as rn', () => {
    const court = ['Arbeitsgericht Nordheim · Am Gericht 2 · 12480 Nordheim', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Geschäftsnurnmer Ansprechpartner Telefon Datum', '3 Ca 118/26 Frau Lenz 0345 2201 12.03.2026', '', 'Terminsladung', '', 'Sehr geehrte Damen und Herren,'];
    const fields = fieldsOf(court);
    expect(fields.reference).toBe('3 Ca 118/26');
    expect(fields.subject).toBe('Terminsladung');
  });
  it('repairs an S read for a 5 at the start of a dotted number', () => {
    expect(repairCode('S20.526130.8')).toBe('520.526130.8');
    expect(repairCode('S 8 SO 881/25')).toBe('S 8 SO 881/25');
  });
  it('takes a team code with typist initials for a dictation mark', () => {
    expect(isDictationMark('KG-42/ha')).toBe(true);
    expect(isDictationMark('Lo/mw')).toBe(true);
    expect(isDictationMark('KG-42/2026')).toBe(false);
    expect(isDictationMark('5.10-WoG-2025/4471')).toBe(false);
  });
});

describe('payment terms of a contract sent for signature', () => {
  it('sets no due date: they count from invoices still to come', () => {
    const contract = ['Brandschutz Ritter GmbH · Am Güterbahnhof 2 · 12480 Nordheim', '', ...recipient, 'Nordheim, 12.03.2026', '', 'Wartungsvertrag Nr. WV-2026-031', '', 'Sehr geehrte Damen und Herren,', 'anbei der Vertrag zur Unterschrift.', 'Jahresbetrag 1.428,00 EUR', 'Abrechnung jährlich im Voraus, Zahlungsziel 14 Tage.'];
    expect(fieldsOf(contract).dueDate).toBeUndefined();
    const bill = ['Brandschutz Ritter GmbH · Am Güterbahnhof 2 · 12480 Nordheim', '', ...recipient, 'Nordheim, 12.03.2026', '', 'Rechnung Wartungsvertrag 2026', '', 'Sehr geehrte Damen und Herren,', 'Jahresbetrag 1.428,00 EUR', 'Zahlungsziel 14 Tage.'];
    expect(fieldsOf(bill).dueDate).toBe('2026-03-26');
  });
});

describe('the subject under OCR damage to the lines around it', () => {
  const head = ['Jana Albers', 'Birkenweg 5', '12348 Musterstadt', '', 'Stadt Musterstadt', 'Personalservice', 'Markt 1', '12345 Musterstadt', ''];
  it('passes over a date line whose digits OCR read as letters', () => {
    expect(fieldsOf([...head, 'Musterstadt, 19.1l.2026', 'Antrag auf Elternzeit', 'Sehr geehrte Damen und Herren,']).subject).toBe('Antrag auf Elternzeit');
    expect(fieldsOf([...head, 'Musterstadt, dcn 25.02.202S', 'Antrag auf Elternzeit', 'Sehr geehrte Damen und Herren,']).subject).toBe('Antrag auf Elternzeit');
  });
  it('passes over misread labels of the information block and reads a misread "Betreff"', () => {
    expect(fieldsOf([...head, 'Antrag auf Elternzeit', '', 'Dicnststelle: Bauhof', '', 'Sehr geehrte Damen und Herren,']).subject).toBe('Antrag auf Elternzeit');
    expect(fieldsOf([...head, 'Betrcff: Antrag auf Elternzeit', '', 'Sehr geehrte Damen und Herren,']).subject).toBe('Antrag auf Elternzeit');
    expect(fieldsOf([...head, 'Zustellung einer Klageschrift', '', 'Ihr Zeicheu: 1.30 R 348/26', '', 'Sehr geehrte Damen und Herren,']).subject).toBe('Zustellung einer Klageschrift');
  });
});
