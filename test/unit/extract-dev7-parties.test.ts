// Field extraction for failure families seen on the dev7/dev8 letters (own wording): a legal name
// at the foot of the page followed by its address parts or completing a name without legal form, a
// "c/o" line, a street named after a place, references labelled "Gesch.-Z." or
// "Ihre Vorgangsnummer", a Kassenzeichen of a letter and digit groups, Betreff blocks over several
// lines (with a "hier:" line or an event's date) and a subject block headed by the letter answered with its file number.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** As a text layer without word positions (a PDF's text, the held-out "clean" mode). */
const textFieldsOf = (lines: string[]) =>
  fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);
const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Markt 1', '34567 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen'];
/** Blank lines that push what follows to the foot of the page. */
const gap = Array.from({ length: 30 }, () => '');

describe('sender', () => {
  it('ends a legal name at the foot of the page at the first separator', () => {
    const lines = ['Pension Ostwind', 'Strandallee 3 · 18225 Kühlungsborn · Tel. 038293 4410', '', ...recipient, 'Datum: 12.05.2026', '', 'Übernachtungen Fortbildung', '',
      ...body, '', 'Ines Krüger', ...gap, 'Ostwind Gästehaus GmbH · Strandallee 3 · 18225 Kühlungsborn · Amtsgericht Rostock HRB 4471'];
    expect(textFieldsOf(lines).sender).toBe('Ostwind Gästehaus GmbH');
  });
  it('completes a name without its legal form by the foot of the page', () => {
    const lines = ['Kreiskrankenhaus Lindenau', 'Kreiskrankenhaus Lindenau · Klinikweg 2 · 34002 Lindenau', '', ...recipient, 'Datum: 12.05.2026', '', 'Einladung zum Tag der offenen Tür', '',
      ...body, '', 'Dr. Ina Vogt', ...gap, 'Kreiskrankenhaus Lindenau gGmbH · Sitz Lindenau · Amtsgericht Nordheim HRB 1188'];
    expect(textFieldsOf(lines).sender).toBe('Kreiskrankenhaus Lindenau gGmbH');
  });
  it('passes over a "c/o" line under the name of a club', () => {
    const lines = ['Schützenverein Lindenau e. V.', 'c/o Uwe Brandt, Kassenwart · Feldweg 2 · 34002 Lindenau', '', ...recipient, 'Lindenau, 12.05.2026', '', 'Antrag auf Nutzung des Festplatzes', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Schützenverein Lindenau e. V.');
  });
  it('takes no place name from a letterhead street named after the place', () => {
    const lines = ['Lindner Bürotechnik GmbH', 'Drucker · Kopierer · Service', 'Nordheimer Straße 12 · 34002 Lindenau', '', ...recipient, 'Lindenau, 12.05.2026', '', 'Wartungsvertrag Kopierer', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Lindner Bürotechnik GmbH');
  });
});

describe('reference', () => {
  it('reads a file number labelled with the short form "Gesch.-Z."', () => {
    const lines = ['Kanzlei Brandt Rechtsanwälte', 'Brandt · Hafenweg 2 · 34001 Nordheim', '', ...recipient, 'Gesch.-Z.: 418/26', 'Datum: 02.05.2026', '', 'Forderung aus Werkvertrag', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('418/26');
  });
  it('reads the city file number labelled "Ihre Vorgangsnummer"', () => {
    const lines = ['Werft Petersen GmbH', 'Werft Petersen GmbH · Kaistraße 9 · 34001 Nordheim', '', ...recipient, 'Ihre Vorgangsnummer: 5.20-EG-2026-0771', 'Datum: 02.05.2026', '',
      'Arbeitgeberbescheinigung', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('5.20-EG-2026-0771');
  });
  it('keeps every digit group of a Kassenzeichen that starts with a letter', () => {
    const lines = ['Amtsgericht Nordheim', 'Amtsgericht Nordheim · Gerichtsplatz 1 · 34001 Nordheim', '', ...recipient, 'Kassenzeichen:   B 2026 7710 0042', 'Datum: 02.05.2026', '', 'Kostenrechnung', '', ...body];
    expect(textFieldsOf(lines).cashReference).toBe('B 2026 7710 0042');
  });
});

describe('subject', () => {
  it('keeps the "hier:" line of a labelled Betreff block', () => {
    const lines = ['Heimatverein Lindenau e. V.', 'Heimatverein Lindenau e. V. · Dorfstraße 4 · 34002 Lindenau', '', ...recipient, 'Lindenau, 02.05.2026', '',
      'Betreff: Dorfjubiläum 750 Jahre Lindenau', '         hier: Bitte um einen Zuschuss für die Festschrift', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Dorfjubiläum 750 Jahre Lindenau hier: Bitte um einen Zuschuss für die Festschrift');
  });
  it('keeps a labelled Betreff block over three lines', () => {
    const lines = ['Heimatverein Lindenau e. V.', 'Heimatverein Lindenau e. V. · Dorfstraße 4 · 34002 Lindenau', '', ...recipient, 'Lindenau, 02.05.2026', '',
      'Betreff: Nutzung der Festwiese', 'für den Erntemarkt des Vereins', 'mit Aufbau am Vortag', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Nutzung der Festwiese für den Erntemarkt des Vereins mit Aufbau am Vortag');
  });
  it('keeps a second subject line naming an event by its date', () => {
    const lines = ['Verlag Nordlicht GmbH', 'Verlag Nordlicht GmbH · Hafenweg 1 · 34001 Nordheim', '', ...recipient, 'Datum: 02.05.2026', '',
      'Rechnung für die Anzeige im Veranstaltungskalender', 'Lindenauer Weinfest am 14.08.2026', '', ...body];
    expect(textFieldsOf(lines).subject).toBe('Rechnung für die Anzeige im Veranstaltungskalender Lindenauer Weinfest am 14.08.2026');
  });
  it('starts the subject block with the letter answered and its file number', () => {
    const lines = ['Jörg Albers', 'Birkenweg 4', '34003 Nordheim', '', ...recipient, 'Nordheim, 02.05.2026', '',
      'Ihr Schreiben vom 20.04.2026 – Az. 3.10.20-PK-2026-0412', 'Stellungnahme zum Parkverstoß in der Lindenstraße', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Ihr Schreiben vom 20.04.2026 – Az. 3.10.20-PK-2026-0412 Stellungnahme zum Parkverstoß in der Lindenstraße');
  });
});
