// Field extraction for failure families seen on the dev6 letters (own wording): acronym return
// lines of names spelled out in the letterhead or at the foot, a profession before a personal name
// set in capitals, a fax "Von:" naming a function, two signatures on one line, forms with check-box
// rows and the city's own returned form; subjects over two lines (a letter answered with where it
// appeared, a matter dated by its weekday, an invoice title over what it bills), a header-data
// field before an invoice title, a court order's title under the rubrum; references labelled
// "Geschäfts-Nr.", named after an event with its year, closed by initials, or set in an
// information-block cell beside the next value.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** As a text layer without word positions (a PDF's text, the held-out "clean" mode). */
const textFieldsOf = (lines: string[]) =>
  fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);
const recipient = ['Stadt Musterstadt', 'Kulturamt', 'Markt 1', '34567 Musterstadt', ''];
/** A page's worth of lines under a short test letter, so it stands where it would on A4. */
const filler = Array.from({ length: 30 }, (_, i) => (i % 4 === 3 ? '' : `Weitere Angaben zur Ausführung, Abschnitt ${i + 1}`));
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen'];

describe('sender', () => {
  it('spells out an acronym return line by the letterhead name it abbreviates', () => {
    const lines = ['Bundesanstalt für Flussbau und Deichwesen', '', 'BAFD · Uferweg 12 · 34001 Nordheim', '', ...recipient,
      'Datum: 02.05.2026', '', 'Zuwendung für den Deichpfad', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Bundesanstalt für Flussbau und Deichwesen');
    expect(textFieldsOf(lines).sender).toBe('Bundesanstalt für Flussbau und Deichwesen');
  });
  it('spells out an acronym letterhead by the legal name at the foot of the page', () => {
    const lines = ['KVBW', '', 'KVBW · Postfach 12 04 · 34001 Nordheim', '', ...recipient, 'Datum: 03.05.2026', '', 'Lizenzgebühren Sommerkino', '', ...body,
      '', 'i. A. Kersten', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
      'KVBW Kommunaler Verband für Bild- und Wortrechte', 'Körperschaft des öffentlichen Rechts · Vorstand: Ute Brandes'];
    expect(textFieldsOf(lines).sender).toBe('KVBW Kommunaler Verband für Bild- und Wortrechte');
  });
  it('drops the profession the return line puts before a name the letterhead sets in capitals', () => {
    const lines = ['JANA BRÜCKNER', 'STEUERBERATERIN', '', 'Steuerberaterin Jana Brückner · Lindenplatz 9 · 34567 Musterstadt', '', ...recipient,
      'Datum: 04.05.2026', '', 'Gewerbesteuer 2025 – Mandantin Ella Kraus', '', ...body];
    expect(textFieldsOf(lines).sender).toBe('Jana Brückner');
  });
  it('takes the organisation signing at the foot when a fax "Von:" names a function', () => {
    const lines = ['Seniorenstift Lindenhof', '', 'TELEFAX', '', 'An: Stadt Musterstadt – Sozialamt', 'Von: Heimleitung, Frau Greta Olsen', 'Datum: 05.05.2026', '',
      'Meldung eines Wasserschadens im Speisesaal', '', ...body, '', 'G. Olsen', 'Heimleitung', '',
      'Evangelische Altenhilfe Nordheim gGmbH · Seniorenstift Lindenhof · Parkweg 3 · 34567 Musterstadt'];
    expect(textFieldsOf(lines).sender).toBe('Evangelische Altenhilfe Nordheim gGmbH');
  });
  it('takes the first of two people signing side by side', () => {
    const lines = ['Musterstadt, 06.05.2026', '', ...recipient, 'Grabpflege Feld B', '', 'Sehr geehrte Damen und Herren,', '', 'wir bitten um Auskunft.', '',
      'Mit freundlichen Grüßen', '', 'Jonas Ebeling     Marie Ebeling'];
    expect(textFieldsOf(lines).sender).toBe('Jonas Ebeling');
  });
  it('reads the applicant of a form past a row of check boxes', () => {
    const lines = [...recipient, 'ANTRAG AUF SONDERNUTZUNG ÖFFENTLICHER FLÄCHEN', '', '1. Antragsteller', '[ ] Privatperson [x] Verein [ ] Firma',
      'Name / Bezeichnung: Schützenbrüder Talheim e.V.', 'Anschrift: Am Anger 4, 34560 Talheim', '', '2. Fläche', 'Ort: Marktplatz', ...filler];
    expect(textFieldsOf(lines).sender).toBe('Schützenbrüder Talheim e.V.');
  });
  it('takes the person filling in the city\'s own form sent back', () => {
    const lines = ['Stadt Musterstadt', 'Ordnungsamt · Markt 1 · 34567 Musterstadt', '', 'Aktenzeichen: 3.10-OW-2026-0077', '', 'ZEUGENFRAGEBOGEN', '',
      'Angaben zur Person', 'Name: Lorenz Vorname: Pia', 'Anschrift: Birkenweg 2, 34567 Musterstadt', '', '[x] Ich war nicht am Ort.', ...filler];
    expect(textFieldsOf(lines).sender).toBe('Pia Lorenz');
  });
});

describe('subject', () => {
  it('keeps the line naming the letter answered with where it appeared', () => {
    const lines = ['Ole Hansen', 'Birkenweg 7', '34567 Musterstadt', '', 'Musterstadt, 07.05.2026', ...recipient, '',
      'Bewerbung als Gärtner (m/w/d), Kennziffer 9.50-2026-07', 'Ihre Anzeige auf jobs.de vom 28.04.2026', '', ...body];
    expect(textFieldsOf(lines).subject).toBe('Bewerbung als Gärtner (m/w/d), Kennziffer 9.50-2026-07 Ihre Anzeige auf jobs.de vom 28.04.2026');
  });
  it('keeps a second line that dates the matter by its weekday', () => {
    const lines = ['Kleingartenverein Sonnenhang e.V. · Am Hang 2 · 34567 Musterstadt', '', ...recipient, 'Musterstadt, 08.05.2026', '',
      'Antrag auf Nutzung der Festwiese', 'für unser Sommerfest am Sonntag, 5. Juli 2026', '', ...body];
    expect(textFieldsOf(lines).subject).toBe('Antrag auf Nutzung der Festwiese für unser Sommerfest am Sonntag, 5. Juli 2026');
  });
  it('joins an invoice title with what it bills on the line under it', () => {
    const lines = ['Lüftungsbau Stern GmbH · Ostring 8 · 34001 Nordheim', '', ...recipient, 'Datum: 09.05.2026', '', '',
      'Rechnung 2026/118', 'Wartung der Lüftungsanlagen Rathaus und Stadthalle, Mai 2026', '', 'Pos. 1 Wartung 1.200,00 €', 'Gesamt 1.428,00 €', ...filler];
    expect(textFieldsOf(lines).subject).toBe('Rechnung 2026/118 Wartung der Lüftungsanlagen Rathaus und Stadthalle, Mai 2026');
  });
  it('takes the invoice title, not a header-data field that starts with the same word', () => {
    const lines = ['Malerei Quast · Feldweg 1 · 34567 Musterstadt', '', ...recipient, 'Rechnungsnummer: 2026-044', 'Rechnungsdatum: 10.05.2026',
      'Leistungsdatum: 08.05.2026', '', 'RECHNUNG', '', 'Anstrich Flur 640,00 €', 'Gesamt 761,60 €', ...filler];
    expect(textFieldsOf(lines).subject).toBe('RECHNUNG');
  });
  it('takes a court order\'s title under the rubrum, not the delivery note above it', () => {
    const lines = ['Amtsgericht Nordheim', '', 'Amtsgericht Nordheim · Gerichtsweg 1 · 34001 Nordheim', '', ...recipient, 'Datum: 11.05.2026', '',
      'Zustellung gegen Empfangsbekenntnis', '', 'In dem Rechtsstreit', '', 'Karl Endres, Klägerin', '', 'gegen', '', 'Stadt Musterstadt, Beklagte', '',
      'wegen Schadensersatz', '', 'Hinweis- und Auflagenbeschluss', '', '1. Der Beklagten wird aufgegeben, binnen drei Wochen vorzutragen.'];
    expect(textFieldsOf(lines).subject).toBe('Hinweis- und Auflagenbeschluss');
  });
});

describe('reference', () => {
  it('reads a court\'s "Geschäfts-Nr." label', () => {
    const lines = ['Amtsgericht Nordheim', '', 'Amtsgericht Nordheim · Gerichtsweg 1 · 34001 Nordheim', '', ...recipient, 'Geschäfts-Nr.: 7 C 205/26', 'Datum: 12.05.2026', '',
      'Ladung zum Gütetermin', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('7 C 205/26');
  });
  it('keeps the year of a file named after an event', () => {
    const lines = ['Konzertagentur Hall GmbH · Postfach 3 · 34001 Nordheim', '', ...recipient, 'Ihr Zeichen: 4.10-KS-Weinfest 2026', 'Datum: 13.05.2026', '',
      'Künstlergage Weinfest', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('4.10-KS-Weinfest 2026');
  });
  it('keeps the initials that close a file number', () => {
    const lines = ['Landkreis Nordheim', '', 'Landkreis Nordheim · Kreishaus · 34001 Nordheim', '', ...recipient, 'Aktenzeichen: 3.2-114-07/26 Ka', 'Datum: 14.05.2026', '',
      'Genehmigung der Satzung', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('3.2-114-07/26 Ka');
  });
  it('does not run an information-block cell on into the next cell\'s number', () => {
    const lines = ['Kanzlei Roth & Weber mbB · Domweg 2 · 34001 Nordheim', '', ...recipient, 'Ihr Zeichen    Unser Zeichen    Nordheim,', '2.20-VG-2026-031    118/26 RW/kl    15.05.2026', '',
      'Kostenrechnung 2026-77', '', ...body];
    expect(textFieldsOf(lines).reference).toBe('2.20-VG-2026-031');
  });
});
