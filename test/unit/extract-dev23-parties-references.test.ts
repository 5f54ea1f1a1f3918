// Senders, references and subjects of invented letters (own wording) for failure families seen on
// the dev23 and dev24 letters: a degree after a person's name; a trade name contracted from the
// syllables of the letterhead's name ("WoBau" of "Wohnungs- und Hochbau"); a law office named after
// its one holder without a title; a building's name opening the letterhead's address line under a
// club's registered name; a Geschäftszeichen with a letter after its file-plan number and a serial;
// a register named by a Roman book number ("SGB XII"); a serial OCR read with an I for a 1; a long
// label OCR misread taken for the value; a court's long title over the salutation or one OCR read
// with a digit; a capital form title with a two-word second line; a patient line with its "hier:"
// line as the Betreff block; the subject going on with a dated line. Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bauverwaltung', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = (closing: string[]) => ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', ...closing];

describe('sender: a degree after the name, a contracted trade name, a law office, a building', () => {
  it('drops a degree after a person\'s name, keeps a title before it', () => {
    const letter = (name: string) => [name, 'Birkenweg 4 · 23456 Talheim', '', `${name.split(',')[0]} · Birkenweg 4 · 23456 Talheim`, '', ...recipient,
      'Talheim, 04.05.2029', '', 'Bewerbung als Sachbearbeiter', '', ...body([name.split(',')[0] ?? ''])];
    expect(fieldsOf(letter('Tobias Wendler, M.Sc.')).sender).toBe('Tobias Wendler');
    expect(fieldsOf(letter('Marie Kolbe, Dipl.-Ing. (FH)')).sender).toBe('Marie Kolbe');
    expect(fieldsOf(letter('Dr. Tobias Wendler')).sender).toBe('Dr. Tobias Wendler');
  });
  it('takes the letterhead name a return line contracts by its syllables', () => {
    const letter = (head: string, short: string) => [head, 'Inh. Bernd Aalders · Meisterbetrieb', '', `${short} · Deichweg 7 · 23456 Talheim`, '', ...recipient,
      'Talheim, 04.05.2029', '', 'Angebot Nr. 29-118', '', ...body(['Bernd Aalders'])];
    expect(fieldsOf(letter('Wohnungs- und Hochbau Aalders', 'WoHoBau Aalders')).sender).toBe('Wohnungs- und Hochbau Aalders');
    // Guard: a return line that is no contraction of the letterhead keeps its own name.
    expect(fieldsOf(letter('Wohnungs- und Hochbau Aalders', 'Dachdeckerei Aalders')).sender).toBe('Dachdeckerei Aalders');
  });
  it('takes the lawyer a return line names by the office after her surname', () => {
    const letter = (returnName: string) => ['Carla Behrendt', 'Rechtsanwältin', 'Fachanwältin für Baurecht', '', `${returnName} · Lindenstraße 3 · 23456 Talheim`, '', ...recipient,
      'Talheim, 04.05.2029', '', 'Widerspruch gegen den Gebührenbescheid vom 20.04.2029', '', ...body(['Carla Behrendt', 'Rechtsanwältin'])];
    expect(fieldsOf(letter('Kanzlei Behrendt')).sender).toBe('Carla Behrendt');
    // Guard: an office named otherwise stays.
    expect(fieldsOf(letter('Kanzlei am Lindenplatz')).sender).toBe('Kanzlei am Lindenplatz');
  });
  it('takes the club\'s registered name over the building that opens its address line', () => {
    const letter = (third: string) => ['RV Talheim 1921', 'Reiterverein Talheim von 1921 e.V.', `${third} · Am Reitplatz 2 · 23456 Talheim`, '', 'An die', ...recipient,
      'Talheim, 04.05.2029', '', 'Abrechnung Hallennutzung April 2029', '', ...body(['Jens Harms', 'Kassenwart'])];
    expect(fieldsOf(letter('Reiterstübchen')).sender).toBe('Reiterverein Talheim von 1921 e.V.');
  });
});

describe('reference: file-plan numbers, Roman book numbers and OCR readings', () => {
  const letter = (row: string) => ['Landesamt für Bergbau und Energie Nordland', '', 'LBEN · Postfach 4 · 23400 Nordheim', '', ...recipient,
    row, '', 'Gebührenbescheid', '', ...body(['Im Auftrag', 'Krause'])];
  it('reads a Geschäftszeichen whose file-plan number carries a letter, with its serial', () => {
    expect(fieldsOf(letter('Ihr Antrag vom 02.03.2029          Geschäftszeichen: B 2.1-17c 404/2029')).reference).toBe('B 2.1-17c 404/2029');
  });
  it('reads a register named by its book in Roman numerals', () => {
    expect(fieldsOf(letter('Ihr Zeichen:   5.10-SGB II-2029/0417')).reference).toBe('5.10-SGB II-2029/0417');
    expect(fieldsOf(letter('Ihr Zeichen:   5.20-SGB VIII-2029/12')).reference).toBe('5.20-SGB VIII-2029/12');
  });
  it('reads a serial after a spaced dash that OCR read with an I for a 1', () => {
    expect(fieldsOf(letter('Geschäftszeichen: FB 3 – 41I7/29')).reference).toBe('FB 3 – 4117/29');
  });
  it('takes no misread label of the next column for the value', () => {
    const lines = ['Landesamt für Bergbau und Energie Nordland', '', 'LBEN · Postfach 4 · 23400 Nordheim', '', ...recipient,
      'Ihr Zeichen / Ihr Antrag vom Aktcnzeichen Datum', '6.30-BG-2029/044 / 12.02.2029 B 7-1180/29 10.05.2029', '', 'Gebührenbescheid', '', ...body(['Krause'])];
    expect(fieldsOf(lines).reference).not.toBe('Aktcnzeichen');
  });
  it('guard: a file number followed by a date keeps no date', () => {
    expect(fieldsOf(letter('Geschäftszeichen: 4.2-118/2029   Datum: 04.05.2029')).reference).toBe('4.2-118/2029');
  });
});

describe('subject: court titles, form titles, patient blocks and dated lines', () => {
  const court = (title: string) => ['Verwaltungsgericht Nordheim', '', 'Verwaltungsgericht Nordheim · Postfach 9 · 23400 Nordheim', '', ...recipient,
    'Aktenzeichen: 3 K 118/29', 'Datum: 04.05.2029', '', 'In der Verwaltungsrechtssache', 'Eva Lorenz, Am Bach 2, 23456 Talheim, – Klägerin –', 'gegen',
    'Stadt Musterstadt – Beklagte –', '', 'wegen Erschließungsbeitrags', '', title, '', ...body(['Auf Anordnung', 'Kühl'])];
  it('takes a long title set right over the salutation under the rubrum', () => {
    expect(fieldsOf(court('Zustellung der Klage und Bitte um Übersendung der vollständigen Beitragsakte')).subject)
      .toBe('Zustellung der Klage und Bitte um Übersendung der vollständigen Beitragsakte');
  });
  it('takes a title OCR read with a 1 for an l', () => {
    expect(fieldsOf(court('Ladungsmittei1ung – Gütetermin')).subject).toBe('Ladungsmittei1ung – Gütetermin');
  });
  it('guard: a dated line under the rubrum is no title', () => {
    expect(fieldsOf(court('Termin am 12.06.2029 um 10 Uhr')).subject).toBeUndefined();
  });
  it('takes a capital form title with a two-word second line', () => {
    const lines = ['Labor Nordheim GmbH', '', 'Labor Nordheim GmbH · Laborweg 1 · 23400 Nordheim', '', 'Stadt Musterstadt', 'Gesundheitsamt', 'Markt 1', '12345 Musterstadt', '',
      'ERREGERMELDUNG GEMÄSS § 7 IfSG', 'Namentlicher Krankheitserregernachweis', '', 'Labor-Nr.: 29-4471', 'Erreger: Norovirus', '', 'Dr. med. Ute Hesse'];
    expect(fieldsOf(lines).subject).toBe('ERREGERMELDUNG GEMÄSS § 7 IfSG Namentlicher Krankheitserregernachweis');
  });
  it('takes a patient line with its "hier:" line as the Betreff block', () => {
    const lines = ['Kreisklinikum Nordheim', '', 'Kreisklinikum Nordheim · Klinikweg 3 · 23400 Nordheim', '', 'Stadt Musterstadt', 'Gesundheitsamt', 'Markt 1', '12345 Musterstadt', '',
      'Nordheim, den 04.05.2029', '', 'Patientin: Frau Ida Wolf, geb. 02.03.1960, wohnhaft Talweg 1, 12345 Musterstadt', 'hier: Verdacht auf Legionellose', '',
      ...body(['Dr. med. Paul Grimm'])];
    expect(fieldsOf(lines).subject).toBe('Patientin: Frau Ida Wolf, geb. 02.03.1960, wohnhaft Talweg 1, 12345 Musterstadt hier: Verdacht auf Legionellose');
  });
  it('takes the dated line the subject goes on with when the date line stands elsewhere', () => {
    const letter = (dated: string) => ['Hansa Versicherung AG', '', 'Hansa Versicherung AG · Hafenstraße 1 · 20095 Hamburg', '', ...recipient,
      'Ihr Zeichen: 1.20-V-2029/071', 'Datum: 04.05.2029', '', 'Angebot Gebäudeversicherung für das Rathaus', dated, '', ...body(['Hansa Versicherung AG'])];
    expect(fieldsOf(letter('Vertragsbeginn 01.07.2029')).subject).toBe('Angebot Gebäudeversicherung für das Rathaus Vertragsbeginn 01.07.2029');
    // Guard: a line "Datum …" is no part of the subject.
    expect(fieldsOf(letter('Datum 04.05.2029')).subject).toBe('Angebot Gebäudeversicherung für das Rathaus');
  });
});
