// References and subjects of invented letters (own wording) for failure families seen on the dev29
// and dev30 letters: a Roman-numeral register whose serial closes with the clerk's initials; an
// office's letters after a dashed serial; the city's order named in an information block or in
// running text; a police diary number. Subjects: a client's row opening the Betreff block; a
// court rubrum of the parties only; a report's title with its second line; labelled file-number
// rows opening the Betreff paragraph; a mailing's date line with a note beside it.
// Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Fachbereich Soziales', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und eine kurze Rückmeldung.', '', 'Mit freundlichen Grüßen', '', 'Ina Vogt', ''];

describe('reference: codes with letters at their end', () => {
  it('keeps the clerk\'s initials after a Roman-numeral register', () => {
    const letter = ['Wohnstätten Talheim eG', 'Am Markt 4 · 23456 Talheim', '', ...recipient,
      'Ihr Zeichen: 5.20-SGB VIII-3318/We                Talheim, 04.03.2029', '', 'Übernahme der Mietkaution', '', ...body];
    expect(fieldsOf(letter).reference).toBe('5.20-SGB VIII-3318/We');
    // Guard: the serial without initials as before.
    const plain = letter.map((l) => l.replace('3318/We', '2029/0417'));
    expect(fieldsOf(plain).reference).toBe('5.20-SGB VIII-2029/0417');
  });
  it('keeps the office\'s letters after an authority\'s dashed serial', () => {
    const letter = ['Landesbetrieb Forst Nord', 'Waldweg 2 · 23456 Talheim', '', ...recipient,
      'Unser Zeichen:   A 3-2028-0417-BG', 'Talheim, 04.03.2029', '', 'Festsetzung der Waldumlage', '', ...body];
    expect(fieldsOf(letter).reference).toBe('A 3-2028-0417-BG');
  });
});

describe('reference: the city\'s order and a police diary number', () => {
  it('reads the city\'s order number under "Ihre Bestellung" in an information row', () => {
    const letter = ['Gärtnerei Lindholm', 'Feldstraße 9 · 23456 Talheim', '', ...recipient,
      'Ihre Bestellung  Lieferdatum  Kundennummer  Datum', '1.20-BM/29       02.03.2029   K-881         04.03.2029', '',
      'RECHNUNG 29-114', 'Frühjahrsbepflanzung Rathausvorplatz', '', 'Betrag 940,00 EUR', ''];
    expect(fieldsOf(letter).reference).toBe('1.20-BM/29');
    // Guard: an order number of digits only is no file number.
    const digits = letter.map((l) => l.replace('1.20-BM/29', '4500118822'));
    expect(fieldsOf(digits).reference).toBeUndefined();
    // Guard: the firm's own order code without the city's department code is no city file.
    const own = letter.map((l) => l.replace('1.20-BM/29', 'BE-29-0412 '));
    expect(fieldsOf(own).reference).toBeUndefined();
  });
  it('reads the city\'s order number the running text names', () => {
    const letter = ['Tischlerei Borg', 'Hafenweg 3 · 23456 Talheim', '', ...recipient, 'Talheim, 04.03.2029', '',
      'Zahlungserinnerung zu meiner Rechnung Nr. 77/29', '', 'Sehr geehrte Damen und Herren,', '',
      'die Rechnung ist noch offen. Ihre Bestellnummer lautete 9.40.20-RG/29-03.', '', 'Mit freundlichen Grüßen', '', 'Kai Borg'];
    expect(fieldsOf(letter).reference).toBe('9.40.20-RG/29-03');
  });
  it('takes the police diary number as the sender\'s file number', () => {
    const letter = ['Polizeiinspektion Talheim', 'Wachstraße 1 · 23456 Talheim', '', ...recipient,
      'Tgb.-Nr.:  1144/29/300817', 'Datum:     04.03.2029', '', 'Abgabe einer Anzeige wegen Lärmbelästigung', '', ...body];
    expect(fieldsOf(letter).reference).toBe('1144/29/300817');
    // Guard: a diary entry of words is no file number.
    const words = letter.map((l) => l.replace('1144/29/300817', 'siehe Anlage'));
    expect(fieldsOf(words).reference).toBeUndefined();
  });
});

describe('subject: blocks', () => {
  it('opens the Betreff block with the client\'s row set apart over the matter', () => {
    const letter = ['Kanzlei Hartwig Steuerberatung', 'Steinweg 5 · 23456 Talheim', '', ...recipient,
      'Ihr Zeichen             Datum', '1.50-GrSt-2291          04.03.2029', '',
      'Mandant: Autohaus Peters KG, Steuernummer der Stadt 2291', 'Grundsteuer 2029 – Antrag auf Ratenzahlung', '', ...body];
    expect(fieldsOf(letter).subject).toBe('Mandant: Autohaus Peters KG, Steuernummer der Stadt 2291 Grundsteuer 2029 – Antrag auf Ratenzahlung');
  });
  it('gives a court letter whose rubrum names only the parties no subject', () => {
    const letter = ['SOZIALGERICHT TALHEIM', 'Gerichtsweg 1 · 23456 Talheim', '', ...recipient,
      'Aktenzeichen: S 4 SO 88/29                   Talheim, 04.03.2029', '', 'In dem Rechtsstreit', 'Ernst Lange ./. Stadt Musterstadt', '', ...body];
    expect(fieldsOf(letter).subject).toBeUndefined();
    // Guard: a title set apart over the rubrum stays the subject.
    const titled = letter.map((l) => (l === 'In dem Rechtsstreit' ? 'Übersendung einer Klageschrift' : l));
    titled.splice(titled.indexOf('Übersendung einer Klageschrift') + 1, 0, '', 'In dem Rechtsstreit');
    expect(fieldsOf(titled).subject).toBe('Übersendung einer Klageschrift');
    // Guard: a title set apart under the parties stays the subject.
    const below = letter.map((l) => (l === 'Ernst Lange ./. Stadt Musterstadt' ? 'Ernst Lange ./. Stadt Musterstadt\n\nAnforderung der Verwaltungsakten' : l)).join('\n').split('\n');
    expect(fieldsOf(below).subject).toBe('Anforderung der Verwaltungsakten');
  });
  it('joins a report\'s long title with the line under it', () => {
    const letter = ['Labor Nordküste MVZ GmbH', 'Hafenstraße 3 · 23456 Talheim', '', ...recipient,
      'Datum der Meldung: 04.03.2029', '', 'Meldung eines Befunds nach § 7 Abs. 1 IfSG', 'Masern – zwei Fälle in einer Grundschule', '',
      'Betroffene: siehe Liste', '', 'Dr. Lars Kühn'];
    expect(fieldsOf(letter).subject).toBe('Meldung eines Befunds nach § 7 Abs. 1 IfSG Masern – zwei Fälle in einer Grundschule');
  });
  it('takes labelled file-number rows opening the Betreff paragraph into the block', () => {
    const letter = ['Hausverwaltung Ostsee GmbH', 'Strandweg 1 · 23456 Talheim', '', ...recipient, 'Talheim, 04.03.2029', '',
      'Eigentümer: Erbengemeinschaft Rahn', 'Kassenzeichen: 4.0110.0221.7 – Objekt Uferweg 2', 'Antrag auf Stundung der Grundsteuer 2029', '', ...body];
    expect(fieldsOf(letter).subject).toBe('Eigentümer: Erbengemeinschaft Rahn Kassenzeichen: 4.0110.0221.7 – Objekt Uferweg 2 Antrag auf Stundung der Grundsteuer 2029');
    const az = ['Kiosk Seeblick', 'Seestraße 2 · 23456 Talheim', '', ...recipient, 'Talheim, 04.03.2029', '',
      'Ihr Az.: 3.10.20-SN-2029-0118 · Kassenzeichen 6.1300.0118.2', 'Widerspruch gegen den Gebührenbescheid vom 20.02.2029', '', ...body];
    expect(fieldsOf(az).subject).toBe('Ihr Az.: 3.10.20-SN-2029-0118 · Kassenzeichen 6.1300.0118.2 Widerspruch gegen den Gebührenbescheid vom 20.02.2029');
    // Guard: rows set apart from the title by a blank line stay out.
    const apart = ['Kiosk Seeblick', 'Seestraße 2 · 23456 Talheim', '', ...recipient, 'Talheim, 04.03.2029', '',
      'Ihr Az.: 3.10.20-SN-2029-0118', '', 'Widerspruch gegen den Gebührenbescheid vom 20.02.2029', '', ...body];
    expect(fieldsOf(apart).subject).toBe('Widerspruch gegen den Gebührenbescheid vom 20.02.2029');
    // Guard: a lone row of one file number over the title is the information block's.
    const lone = apart.filter((l, k) => !(l === '' && apart[k - 1] === 'Ihr Az.: 3.10.20-SN-2029-0118'));
    expect(fieldsOf(lone).subject).toBe('Widerspruch gegen den Gebührenbescheid vom 20.02.2029');
  });
  it('takes no mailing\'s date line with a code beside it for the subject', () => {
    const letter = ['Verlag Amtsbedarf', 'Druckerweg 1 · 23456 Talheim', '', ...recipient, 'Talheim, im März 2029 · Bestellcode AB-29-4', '',
      'Jetzt neu: der Sitzungsplaner 2030 für Ihre Gremien', '', ...body];
    expect(fieldsOf(letter).subject).toBe('Jetzt neu: der Sitzungsplaner 2030 für Ihre Gremien');
  });
});
