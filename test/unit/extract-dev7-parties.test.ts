// Field extraction for failure families seen on the dev7/dev8 letters (own wording): a legal name
// at the foot of the page followed by its address parts or completing a name without legal form, a
// "c/o" line, a street named after a place, references labelled "Gesch.-Z." or
// "Ihre Vorgangsnummer", a Kassenzeichen of a letter and digit groups, Betreff blocks over several
// lines (with a "hier:" line or an event's date) and a subject block headed by the letter answered with its file number.
// Second round: logos and acronyms whose legal name stands elsewhere, the legal form "mbB", letters
// to a unit that does not name the city, senders known only from the signature block, and a court
// order's title under a lead-in line.
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

describe('sender, second round', () => {
  it('takes the legal name that another line of the page gives a lower-case logo word', () => {
    const lines = ['wavelight', 'Messtechnik für Kläranlagen', '', 'Wavelight Instruments Ltd', '12 Quay Street, Galway', '', ...recipient, 'Datum: 12.05.2026', '',
      'Rechnung 2026-118', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Wavelight Instruments Ltd');
  });
  it('completes a logo in capitals by the legal name on a line of its own at the foot of the page', () => {
    const lines = ['HOLZ & HOF', 'Brennholz für Kommunen', '', ...recipient, 'Datum: 12.05.2026', '', 'Angebot Kaminholz', '', ...body, '', 'Ina Brandt', ...gap,
      'Holz & Hof Vertriebsgesellschaft mbH · Waldweg 3 · 34002 Lindenau', 'Geschäftsführerin: Ina Brandt · Amtsgericht Nordheim HRB 5120'];
    expect(textFieldsOf(lines).sender).toBe('Holz & Hof Vertriebsgesellschaft mbH');
  });
  it('spells out an acronym set in two parts by the line under it', () => {
    const lines = ['UK NT', 'Unfallkasse Nord Thüringen', 'Gartenweg 3 · 99084 Erfurt', '', 'UK NT · Gartenweg 3 · 99084 Erfurt', ...recipient, 'Datum: 12.05.2026', '',
      'Beitragsbescheid 2026', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Unfallkasse Nord Thüringen');
  });
  it('keeps a firm name of two lines whose legal form is "mbB"', () => {
    const lines = ['BRANDT & VOGEL', 'Ingenieurgesellschaft mbB', '', 'Brandt & Vogel Ingenieurgesellschaft mbB · Mühlenweg 2 · 34002 Lindenau', ...recipient, 'Datum: 12.05.2026', '',
      'Statik Turnhalle', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Brandt & Vogel Ingenieurgesellschaft mbB');
  });
  it('takes the employee who writes, not the unit addressed "im Hause"', () => {
    const lines = ['Jonas Pietsch                              Musterstadt, 12.05.2026', 'Kämmerei, Raum 114', '', 'An die', 'Personalstelle', '– im Hause –', '',
      'Antrag auf Sonderurlaub', '', 'Sehr geehrte Damen und Herren,', '', 'ich bitte um einen Tag Sonderurlaub.', '', 'Mit freundlichen Grüßen', '', 'Jonas Pietsch'];
    expect(textFieldsOf(lines).sender).toBe('Jonas Pietsch');
  });
  it('takes the citizen signing under a bare "Ihr" in a letter to a unit not named after the city', () => {
    const lines = ['                                   Musterstadt, 3. März 2026', '', 'An das Ordnungsamt Musterstadt', 'Abteilung Verkehr', 'Markt 1', '34567 Musterstadt', '',
      'Hallo zusammen,', '', 'danke für die neue Ampel vor der Schule.', '', 'Ihr', 'Paul Wendt', 'Lindenweg 2', '34567 Musterstadt'];
    expect(textFieldsOf(lines).sender).toBe('Paul Wendt');
  });
  it('takes the club that signs under the writer when the letter has no letterhead', () => {
    const lines = [...recipient, '                                   Musterstadt, 3. März 2026', '', 'Sehr geehrte Damen und Herren,', '', 'wir bitten um Hallenzeiten.', '',
      'Mit sportlichem Gruß', '', 'Karin Oltmann', 'Kassenwartin', 'Kanuclub Lindenau von 1921 e.V.', 'Bootshausweg 1, 34002 Lindenau'];
    expect(textFieldsOf(lines).sender).toBe('Kanuclub Lindenau von 1921 e.V.');
  });
});

describe('subject, second round', () => {
  it('takes the title of a court order set under a lead-in line below the rubrum', () => {
    const lines = ['Landgericht Nordheim', 'Landgericht Nordheim · Gerichtsplatz 1 · 34001 Nordheim', '', ...recipient, 'Aktenzeichen: 2 O 88/26', 'Datum: 02.05.2026', '',
      'In dem Rechtsstreit', 'Ilse Brandt ./. Stadt Musterstadt', 'wegen Räumung eines Grundstücks', '', 'wird folgender', '', 'Hinweisbeschluss', '',
      '1. Die Klage dürfte unbegründet sein.', '2. Die Parteien erhalten Gelegenheit zur Stellungnahme.'];
    expect(textFieldsOf(lines).subject).toBe('Hinweisbeschluss');
  });
});

describe('reference, second round', () => {
  it('reads the application number an online portal prints on a submitted form', () => {
    const lines = ['Stadt Musterstadt – Bürgerportal', '', 'Antrag auf Sondernutzung', '', 'Übermittelt: 02.05.2026', 'Antragsnummer: BP-2026-55012', '',
      'Name: Jana Wolff', 'Anschrift: Lindenweg 2, 34567 Musterstadt'];
    expect(textFieldsOf(lines).reference).toBe('BP-2026-55012');
  });
});
