// Field extraction for failure families seen on the dev31/dev32 letters (own wording): a club
// officer's return line under the club's letterhead, an office named after its holder, a title
// and initial in the return line, mixed-case authority acronyms and their file numbers, OCR
// misreads in return lines, labels and Kassenzeichen, file-number lines under an objection's
// matter, a laboratory report's field paragraphs, a right-hand information block without colons
// and a header table of label–value pairs.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bauhof', 'Marktplatz 1', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen', ''];

describe('sender', () => {
  it('takes the club, not the officer whose name opens the return line under the office line', () => {
    const lines = ['TuS Grünhagen 1908 e.V.', 'Leichtathletik · Tischtennis · Turnen', '– Die Kassenwartin –', 'Meike Brodersen · Lindenweg 7 · 17100 Musterstadt', '',
      ...recipient, 'Musterstadt, 4. Februar 2030', '', 'Zuschuss für neue Hürden', '', ...body, 'Meike Brodersen', 'Kassenwartin'];
    expect(fieldsOf(lines).sender).toBe('TuS Grünhagen 1908 e.V.');
  });
  it('reads the office line as OCR misreads one of its letters ("Schriftführcr")', () => {
    const lines = ['Angelverein Petri Heil Nordheim e.V.', '– Der Schriftführcr –', 'Holger Timm · Seeweg 3 · 17100 Musterstadt', '',
      ...recipient, 'Musterstadt, 4. Februar 2030', '', 'Pacht des Stadtteichs', '', ...body, 'Holger Timm'];
    expect(fieldsOf(lines).sender).toBe('Angelverein Petri Heil Nordheim e.V.');
  });
  it('keeps a citizen named in the return line when no office line stands over it', () => {
    const lines = ['Meike Brodersen · Lindenweg 7 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 4. Februar 2030', '', 'Laterne im Lindenweg', '', ...body, 'Meike Brodersen'];
    expect(fieldsOf(lines).sender).toBe('Meike Brodersen');
  });
  it('takes the holder the letterhead names over "Steuerbüro <surname>" in the return line', () => {
    const lines = ['Jörn Matthiesen', 'Steuerberater', '', 'Steuerbüro Matthiesen · Hafenstraße 12 · 17100 Musterstadt', '', ...recipient,
      'Musterstadt, 04.02.2030', '', 'Stundungsantrag Gewerbesteuer 2028', '', ...body, 'Jörn Matthiesen'];
    expect(fieldsOf(lines).sender).toBe('Jörn Matthiesen');
  });
  it('keeps the office when the letterhead itself is headed by the office\'s name', () => {
    const lines = ['INGENIEURBÜRO HALLMANN', 'Frank Hallmann · Beratender Ingenieur', '', 'Ingenieurbüro Hallmann · Hafenstraße 12 · 17100 Musterstadt', '', ...recipient,
      'Musterstadt, 04.02.2030', '', 'Statik Bauhofhalle', '', ...body, 'Frank Hallmann'];
    expect(fieldsOf(lines).sender).toBe('Ingenieurbüro Hallmann');
  });
  it('spells out a titled initial in the return line by the signature with its titles', () => {
    const lines = ['Zahnarztpraxis am Stadtwall', 'Dr. med. dent. Birte Kowalczyk · Oralchirurgie', '', 'Dr. B. Kowalczyk · Wallstraße 2 · 17100 Musterstadt', '', ...recipient,
      'Musterstadt, 04.02.2030', '', 'Rechnung', '', ...body, 'Dr. med. dent. Birte Kowalczyk'];
    expect(fieldsOf(lines).sender).toBe('Dr. med. dent. Birte Kowalczyk');
  });
  it('spells out a mixed-case authority acronym whose region stands on the next letterhead line', () => {
    const lines = ['Staatliches Amt für Umwelt und Natur', 'Westliches Vorpommern', 'Abteilung Wasserwirtschaft', '', 'StAUN WV · Am Hafen 8 · 17489 Greifswald', '', ...recipient,
      'Greifswald, 04.02.2030', '', 'Gebührenbescheid', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Staatliches Amt für Umwelt und Natur Westliches Vorpommern');
  });
  it('spells out a return line\'s short form whose place OCR misread ("0bere" for "Obere")', () => {
    const lines = ['Deichverband „Untere Recknitz“', 'Körperschaft des öffentlichen Rechts', 'Deichstraße 4 · 18334 Marlow', '', 'DV Untere Rccknitz · Deichstraße 4 · 18334 Marlow', '', ...recipient,
      'Marlow, 04.02.2030', '', 'Beitragsbescheid 2030', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Deichverband „Untere Recknitz“');
  });
  it('takes the registered name at the foot when the return line misread a partner\'s name', () => {
    const lines = ['DR. ALBERS · RIECK · WENDT', 'RECHTSANWÄLTE · NOTARE', '', 'Dr. Albers Rieck Wcndt PartG mbB · Domplatz 4 · 17100 Musterstadt', '', ...recipient,
      'Musterstadt, 04.02.2030', '', 'Kostennote', '', ...body, 'Dr. Jana Albers', '', '', '',
      'Dr. Albers Rieck Wendt Rechtsanwälte Notare PartG mbB', 'Sitz Musterstadt · PR 118 AG Nordheim'];
    expect(fieldsOf(lines).sender).toBe('Dr. Albers Rieck Wendt Rechtsanwälte Notare PartG mbB');
  });
});

describe('reference', () => {
  it('reads an authority\'s mixed-case acronym with its file-plan number as one file number', () => {
    const lines = ['Staatliches Amt für Umwelt und Natur', '', ...recipient, 'Aktenzeichen: StAUN WV 43a-5520-0117/30', 'Datum: 04.02.2030', '', 'Gebührenbescheid', '', ...body];
    expect(fieldsOf(lines).reference).toBe('StAUN WV 43a-5520-0117/30');
  });
  it('reads "Ihre Bestellung" whose n OCR read as u', () => {
    const lines = ['Kowalski Druck Sp. z o.o.', '', ...recipient, 'Gdańsk, 2030-02-04', '', 'FAKTURA / RECHNUNG Nr. FV/0031/02/2030', '',
      'Ihre Bestelluug:   1.20-BM-2029/77 vom 12.12.2029', 'Lieferdatum:       2030-02-01', '', 'Gesamt EUR 1.200,00'];
    expect(fieldsOf(lines).reference).toBe('1.20-BM-2029/77');
  });
  it('reads a court number whose year OCR read with an O for its 0 ("55/3O")', () => {
    const lines = ['Amtsgericht Nordheim', 'Insolvenzgericht', '', ...recipient, 'Geschäftsnummer: 12 IN 55/3O                 04.02.2030', '', 'Beschluss', '', ...body];
    expect(fieldsOf(lines).reference).toBe('12 IN 55/30');
  });
  it('reads an l closing a serial after its slash as a 1 ("2029/7l")', () => {
    const lines = ['Nordsalz GmbH', '', ...recipient, 'Musterstadt, 04.02.2030', '', 'Rechnung 30-1177', '', 'Ihre Bestellung     9.50.30-WD-2029/7l vom 02.01.2030', '', 'Gesamt EUR 980,00'];
    expect(fieldsOf(lines).reference).toBe('9.50.30-WD-2029/71');
  });
});

describe('cashReference', () => {
  it('reads an S opening a Kassenzeichen of digits and dots as a 5 ("S.4100.…")', () => {
    const lines = ['Bäckerei Lindner GmbH', '', ...recipient, 'Musterstadt, 04.02.2030', '', 'Widerspruch gegen den Gebührenbescheid vom 20.01.2030', 'Kassenzeichen S.4100.022913.8', '', ...body];
    expect(fieldsOf(lines).cashReference).toBe('5.4100.022913.8');
  });
});

describe('subject', () => {
  it('keeps a file-number line naming the child under an objection\'s matter ("Az. …, Kind: …")', () => {
    const lines = ['Sandra und Marco Weber', 'Erlenweg 9', '17100 Musterstadt', '', '', ...recipient, 'Musterstadt, 12. Februar 2030', '',
      'Widerspruch gegen den Beitragsbescheid vom 03.02.2030', 'Az. 5.20-KB-2030-0311, Kind: Lena Weber, geb. 02.04.2027', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Beitragsbescheid vom 03.02.2030 Az. 5.20-KB-2030-0311, Kind: Lena Weber, geb. 02.04.2027');
  });
  it('keeps a line of file numbers joined by a middle dot under the matter', () => {
    const lines = ['Eiscafé Venezia GmbH', 'Markt 2 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 12.02.2030', '',
      'Widerspruch gegen den Sondernutzungsbescheid vom 01.02.2030', 'Ihr Az. 3.10.20-SN-2030-0077 · Kassenzeichen 5.2200.014421.3', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Sondernutzungsbescheid vom 01.02.2030 Ihr Az. 3.10.20-SN-2030-0077 · Kassenzeichen 5.2200.014421.3');
  });
  it('takes a report\'s title over paragraphs of "Label: value" rows set above the salutation', () => {
    const lines = ['Labor Nordwest GmbH', 'Klinikweg 3 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Gesundheitsamt', 'Marktplatz 1', '17100 Musterstadt', '', '12.02.2030', '',
      'Meldung nach § 7 IfSG', 'Nachweis von Norovirus', '',
      'Einsender: Praxis Dr. Lange, Bahnhofstraße 2, 17100 Musterstadt', 'Labornummer: 30-118822', '',
      'Betroffene Person: Jonas Kraft, geb. 03.05.2024', 'Anschrift: Erlenweg 4, 17100 Musterstadt', 'Einrichtung: Kita Regenbogen', '',
      'Material: Stuhl, Eingang 10.02.2030', 'Befund: Norovirus GII', 'mittels PCR nachgewiesen', '',
      'Sehr geehrte Damen und Herren,', '', 'wir übermitteln die Meldung vorab per Post.', '', 'Mit freundlichen Grüßen'];
    expect(fieldsOf(lines).subject).toBe('Meldung nach § 7 IfSG Nachweis von Norovirus');
  });
  it('takes no row of a right-hand information block without colons for the title', () => {
    const lines = ['Hufschmiede Rabe', 'Koppelweg 2 · 17100 Musterstadt', '', ...recipient,
      '                                                 Rechnungsdatum   12.02.2030',
      '                                                 Rechnung Nr.     30-0017',
      '                                                 Ihr Zeichen      3.10.20-FT-2030/011',
      '', 'Rechnung', '', 'Versorgung eines Fundpferdes im Auftrag der Stadt', '', 'Gesamtbetrag 180,00 EUR'];
    expect(fieldsOf(lines).subject).toBe('Rechnung');
  });
  it('takes the line set apart after a header table of label–value pairs, not a table row', () => {
    const lines = ['Funknetz Nord GmbH', '', ...recipient,
      'Kundennummer     4 402 118 900          Rechnungsdatum   12.02.2030',
      'Rechnungsnummer  RN 2030 0212 7781      Abrechnungszeitraum 01.01.–31.01.2030',
      'Vertrag          FN-2029-114            Seite            1 von 2', '',
      'Ihre Festnetzrechnung – 12 Anschlüsse', '', 'Grundgebühr 12 x 19,90 238,80', 'Rechnungsbetrag 284,17'];
    expect(fieldsOf(lines).subject).toBe('Ihre Festnetzrechnung – 12 Anschlüsse');
  });
});
