// Senders, references, Kassenzeichen and subjects of invented letters (own wording) for failure
// families seen on the dev27 and dev28 letters: a brand letterhead whose imprint names the
// registered partnership or the merchant's firm before the register entry; a slogan after a dash
// in the letterhead; an authority's name set over two letterhead lines; a return line's acronym
// whose place OCR misread; a partnership's short form without the professions; an employee's note
// with the date beside the name; a form's "Anzeigende" section as OCR reads it. References: a
// number label as the value of "Unser Zeichen"; "Seite" as the next label of a header row; a
// Kassenzeichen in a header row whose values are pushed right. Subjects: a tenant line under the
// matter; a matter dated "am" read as "arn"; the answered letter with "vom" glued on.
// Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A letter as a PDF text layer gives it: the text with its spacing, no word boxes. */
const textLayer = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const recipient = ['Stadt Musterstadt', 'Fachbereich Soziales', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und eine kurze Rückmeldung.', '', 'Mit freundlichen Grüßen', ''];

describe('sender: registered names in the imprint', () => {
  it('takes the partnership named before its register entry over the brand letterhead', () => {
    const letter = ['ZAHNZENTRUM AM DOM', 'Dr. med. dent. Ole Brinck · Dr. med. dent. Ina Vos', '', 'Domhof 3 · 23456 Talheim', '', ...recipient,
      'Betreff: Untersuchung Schulzahnpflege', '', ...body, 'Dr. Ina Vos', '',
      'Zahnzentrum am Dom Dr. Brinck & Dr. Vos Partnerschaft von Zahnärzten mbB · PR 77 AG Talheim'];
    expect(fieldsOf(letter).sender).toBe('Zahnzentrum am Dom Dr. Brinck & Dr. Vos Partnerschaft von Zahnärzten mbB');
    // Guard: without a register entry a long foot name stays out.
    const noRegister = letter.slice(0, -1).concat('Zahnzentrum am Dom Dr. Brinck & Dr. Vos Partnerschaft von Zahnärzten mbB · Domhof 3');
    expect(fieldsOf(noRegister).sender).toBe('ZAHNZENTRUM AM DOM');
  });
  it('keeps the owner clause of a merchant\'s registered firm ending in e.K.', () => {
    const letter = ['Hirsch-Apotheke Talheim', 'Ihre Apotheke seit 1902', 'Lange Straße 8 · 23456 Talheim', '', ...recipient,
      'Betreff: Aktionstage im Rathaus', '', ...body, 'Jörg Weiland', '', 'Hirsch-Apotheke Talheim, Inh. Jörg Weiland e.K. · HRA 118 AG Talheim'];
    expect(fieldsOf(letter).sender).toBe('Hirsch-Apotheke Talheim, Inh. Jörg Weiland e.K.');
    // Guard: an owner clause without the legal form is no part of the name.
    const plain = letter.slice(0, -1).concat('Hirsch-Apotheke Talheim, Inh. Jörg Weiland · Lange Straße 8');
    expect(fieldsOf(plain).sender).toBe('Hirsch-Apotheke Talheim');
  });
  it('takes the foot\'s registered name that adds the professions the letterhead prints', () => {
    const letter = ['BERGER & KOLLEGEN', 'Rechtsanwälte · Notare', '', 'Berger & Kollegen mbB · Wall 4 · 23456 Talheim', '', ...recipient,
      'Betreff: Widerspruch', '', ...body, 'Petra Berger', '', 'Berger & Kollegen Rechtsanwälte Notare PartG mbB · PR 402 AG Talheim'];
    expect(fieldsOf(letter).sender).toBe('Berger & Kollegen Rechtsanwälte Notare PartG mbB');
    // Guard: other words at the foot than the letterhead's keep the return line's name.
    const other = letter.slice(0, -1).concat('Berger & Kollegen Holding Beteiligungen PartG mbB · PR 402 AG Talheim');
    expect(fieldsOf(other).sender).toBe('Berger & Kollegen mbB');
  });
});

describe('sender: letterhead and return line', () => {
  it('drops the slogan after a dash in the letterhead', () => {
    const letter = ['BKK Auental – Ihre Krankenkasse vor Ort', 'Geschäftsstelle Talheim · Hafenstraße 2 · 23456 Talheim', '',
      'BKK Auental · Hafenstraße 2 · 23456 Talheim', '', ...recipient, 'Betreff: Beitragsnachweis', '', ...body, 'Ihre BKK Auental'];
    expect(fieldsOf(letter).sender).toBe('BKK Auental');
    // Guard: a legal form the letterhead adds to the return line's name is kept.
    const form = ['Heimatverein Kirchdorf e.V.', '', 'Heimatverein Kirchdorf · Dorfstraße 1 · 23456 Talheim', '', ...recipient, 'Betreff: Antrag', '', ...body, 'Karl Ude'];
    expect(fieldsOf(form).sender).toBe('Heimatverein Kirchdorf e.V.');
  });
  it('keeps an authority\'s name set over two letterhead lines that the return line gives whole', () => {
    const letter = ['Berufsgenossenschaft Handel', 'Nord-Ost', '', 'Berufsgenossenschaft Handel Nord-Ost · 23456 Talheim', '', ...recipient,
      'Betreff: Beitragsbescheid', '', ...body, 'Im Auftrag', 'Lührs'];
    expect(fieldsOf(letter).sender).toBe('Berufsgenossenschaft Handel Nord-Ost');
    // Guard: a profession over the person's name is still dropped.
    const lawyer = ['STEUERBERATERIN', 'MAREN OSTHOFF', '', 'Steuerberaterin Maren Osthoff · Wall 9 · 23456 Talheim', '', ...recipient, 'Betreff: Einspruch', '', ...body, 'Maren Osthoff'];
    expect(fieldsOf(lawyer).sender).toBe('Maren Osthoff');
  });
  it('reads the spelled-out name of an acronym whose place OCR misread in the return line', () => {
    const letter = ['ASB', 'Arbeiter-Samariter-Bund Regionalverband Kirchberg e.V.', '', 'ASB Regionalverband Kirchbcrq e.V. · Ringstraße 4 · 23456 Kirchberg', '',
      ...recipient, 'Betreff: Angebot Hausnotruf', '', ...body, 'Uwe Carstens'];
    expect(fieldsOf(letter).sender).toBe('Arbeiter-Samariter-Bund Regionalverband Kirchberg e.V.');
  });
  it('takes the employee\'s name beside the date, not the unit under it', () => {
    const letter = ['Jonas Wrede                                              Musterstadt, 4. März 2029', 'Stadtgärtnerei, Team Friedhof', 'Personalnummer 40 771', '',
      'Stadt Musterstadt', 'Personalservice', '– im Hause –', '', 'Antrag auf Sonderurlaub', '', ...body, 'Jonas Wrede'];
    expect(fieldsOf(letter).sender).toBe('Jonas Wrede');
  });
  it('finds the form\'s applicant under an "Anzeigende" heading OCR read with a u', () => {
    const letter = ['An die Stadt Musterstadt', '– Bauaufsicht –', 'Rathausplatz 1', '12345 Musterstadt', '', 'ANZEIGE EINES ABBRUCHS', '',
      '1. Auzeigende/r', 'Name, Vorname: Wendt, Karla', 'Straße, Nr.: Birkenweg 3', 'PLZ, Ort: 12345 Musterstadt', '', '2. Anlage',
      'Beschreibung: Holzschuppen, 2 m x 3 m', '', 'Musterstadt, 02.03.2029'];
    expect(fieldsOf(letter).sender).toBe('Karla Wendt');
  });
});

describe('reference and Kassenzeichen', () => {
  it('takes no resident\'s or customer\'s number labelled inside "Unser Zeichen"', () => {
    const letter = ['Pflegeheim Lindenhof', 'Lindenweg 2 · 23456 Talheim', '', 'Pflegeheim Lindenhof, Lindenweg 2, 23456 Talheim', '', ...recipient,
      'Unser Zeichen: Verw./Bew.-Nr. 2029-407', '', 'Antrag auf Hilfe zur Pflege', '', ...body, 'Heimleitung'];
    expect(fieldsOf(letter).reference).toBeUndefined();
    // Guard: a file number after "Unser Zeichen" still counts.
    const file = letter.map((line) => line.startsWith('Unser Zeichen') ? 'Unser Zeichen: 4.2-HzP-2029/407' : line);
    expect(fieldsOf(file).reference).toBe('4.2-HzP-2029/407');
  });
  it('reads "Ihr Zeichen" from the header row whose next label is "Seite"', () => {
    const letter = ['Nordsoft GmbH · Kaiserstraße 5 · 23456 Talheim', '', 'Stadt Musterstadt', 'IT-Service', 'Rathausplatz 1', '12345 Musterstadt', '',
      'Rechnung NS-2029-118', '',
      'Rechnungsdatum      Kundennummer      Ihr Zeichen             Seite',
      '03.03.2029          K-4471            1.40-IT-2029/118        1 von 2', '', ...body, 'Nordsoft GmbH'];
    expect(fieldsOf(letter).reference).toBe('1.40-IT-2029/118');
  });
  it('pairs a Kassenzeichen with its value when a longer value before it pushes the row right', () => {
    const letter = ['Kanzlei Stern Steuerberatung', '', 'Kanzlei Stern · Am Markt 1 · 23456 Talheim', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Rathausplatz 1', '12345 Musterstadt', '',
      'Ihr Zeichen       Kassenzeichen        Unser Zeichen   Datum',
      '1.50-GrSt-2029/7711   5.2200.448120.7   St-118/ab    04.03.2029', '', 'Unterlagen zur Grundsteuer', '', ...body, 'Mia Stern'];
    const fields = textLayer(letter);
    expect(fields.cashReference).toBe('5.2200.448120.7');
    expect(fields.reference).toBe('1.50-GrSt-2029/7711');
  });
});

describe('subject blocks', () => {
  it('keeps the tenant line under the matter in the Betreff block', () => {
    const letter = ['Hausverwaltung Ebert GmbH · Kirchweg 4 · 23456 Talheim', '', ...recipient, 'Talheim, 03.03.2029', '',
      'Mietrückstand – Miete Februar 2029', 'Mieter: Herr Paul Gerdes, Lindenstraße 12, EG rechts – Ihr Az. 5.10-GS-2029/114', '', ...body, 'Ebert'];
    expect(fieldsOf(letter).subject).toBe('Mietrückstand – Miete Februar 2029 Mieter: Herr Paul Gerdes, Lindenstraße 12, EG rechts – Ihr Az. 5.10-GS-2029/114');
  });
  it('keeps a matter dated "am" read by OCR as "arn" in the block', () => {
    const letter = ['BKK Auental · Postfach 12 · 23456 Talheim', '', ...recipient, 'Datum: 03.03.2029', '',
      'Ersatzanspruch nach § 116 SGB X', 'Sturz im Freibad Talheim arn 14.02.2029', 'Versicherte: Lena Koch, geb. 01.02.2018', '', ...body, 'Ihre BKK Auental'];
    expect(fieldsOf(letter).subject).toBe('Ersatzanspruch nach § 116 SGB X Sturz im Freibad Talheim arn 14.02.2029 Versicherte: Lena Koch, geb. 01.02.2018');
  });
  it('keeps the answered letter with "vom" glued to the word before it', () => {
    const letter = ['Kanzlei Stern · Am Markt 1 · 23456 Talheim', '', ...recipient, 'Datum: 03.03.2029', '',
      'Bäckerei Rahn GmbH, Steuernummer 12/345/67890', 'Ihre Anfrage zu Vorauszahlungenvom 20.02.2029', '', ...body, 'Mia Stern'];
    expect(fieldsOf(letter).subject).toBe('Bäckerei Rahn GmbH, Steuernummer 12/345/67890 Ihre Anfrage zu Vorauszahlungenvom 20.02.2029');
  });
});
