// References and subjects of invented letters (own wording) for failure families seen on the dev19
// and dev20 letters: a contractor's "Ihr Auftrag:" with the city's file number; an office number
// before a spaced dash and a register with its serial ("714.3 – KGZ 2207/28"); a register with
// the number of its procedure ("UMV-A2 2028/31770"); a row of labels whose next label was read as
// a value ("Geschäftszeichen  Kassenzeichen  Sachbearbeitung"); OCR look-alikes in a court-style
// number ("4l BR …") and a register ("-5B-"); a Betreff line with the letter answered under it
// ("Ihr Zeichen: … vom …"); two file-number lines under an unlabelled matter; a person line with
// numbers under the matter; a court's information block ("Servicezeiten:", "Geschäftsstelle:");
// "EILT! Bitte …" over the title; a form title in capitals with a second line; a table of header
// data over the salutation. Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { repairCode } from '../../ocr/extract/references.ts';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bauhof', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', 'Gerd Pohlmann'];

describe('reference: a contractor quotes the city\'s order', () => {
  const reminder = (line: string) => ['Malerbetrieb Pohlmann', 'Kirchweg 3 · 12345 Musterstadt', '', ...recipient, 'Musterstadt, 03.05.2028', '',
    'Zahlungserinnerung', '', line, '', ...body];
  it('takes the file number after "Ihr Auftrag:"', () => {
    expect(fieldsOf(reminder('Ihr Auftrag: 9.50.30-MA-2028/017 (Streichen Bauhofhalle)')).reference).toBe('9.50.30-MA-2028/017');
  });
  it('takes no order date and no plain order number', () => {
    expect(fieldsOf(reminder('Ihr Auftrag: 14.03.2028')).reference).toBeUndefined();
    expect(fieldsOf(reminder('Ihr Auftrag: 4500812733')).reference).toBeUndefined();
  });
});

describe('reference: codes of several parts', () => {
  const agency = (code: string) => ['Landesamt für Statistik Nordland', '', 'Landesamt für Statistik · Postfach 4 · 23456 Nordheim', '', ...recipient,
    `Mein Zeichen: ${code}`, 'Datum: 04.05.2028', '', 'Erhebung über die Bauhöfe 2027', '', ...body];
  it('keeps an office number, a spaced dash and a register with its serial', () => {
    expect(fieldsOf(agency('714.3 – KGZ 2207/28')).reference).toBe('714.3 – KGZ 2207/28');
    // … with the space between register and serial lost by OCR.
    expect(fieldsOf(agency('714.3 – KGZ2207/28')).reference).toBe('714.3 – KGZ2207/28');
  });
  it('keeps a register with the number of its procedure before the serial, without the initials', () => {
    expect(fieldsOf(agency('UMV-A2 2028/31770 – Kl.')).reference).toBe('UMV-A2 2028/31770');
  });
  it('still stops at a dash followed by words', () => {
    expect(fieldsOf(agency('714.3 – bitte angeben')).reference).toBe('714.3');
  });
});

describe('reference and Kassenzeichen: a row of labels over a row of values', () => {
  const kreis = (labels: string) => ['Landkreis Wiesenau', 'Kreiskasse', '', 'Landkreis Wiesenau · Postfach 9 · 23456 Wiesenau', '', ...recipient,
    labels, '31.4 – 1180/28         7 2028 554 1180       Herr Brandt          04111 70-315      05.05.2028', '', 'Mahnung', '', ...body];
  it('reads both values under their labels, not the next label', () => {
    const fields = fieldsOf(kreis('Geschäftszeichen       Kassenzeichen         Sachbearbeitung      Telefon           Datum'));
    expect(fields.reference).toBe('31.4 – 1180/28');
    expect(fields.cashReference).toBe('7 2028 554 1180');
  });
  it('also when OCR misread the Kassenzeichen label', () => {
    const fields = fieldsOf(kreis('Geschäftszeichen       Kasscnzeichen         Sachbearbeitung      Telefon           Datum'));
    expect(fields.reference).toBe('31.4 – 1180/28');
  });
});

describe('reference: OCR look-alikes', () => {
  it('reads an l closing the leading number before a register as a 1', () => {
    expect(repairCode('4l BR 0218/28')).toBe('41 BR 0218/28');
    expect(repairCode('4 BR 0218/28')).toBe('4 BR 0218/28');
  });
  it('reads a 5 opening a register between dashes as an S', () => {
    expect(repairCode('6.30-5B-2027/044')).toBe('6.30-SB-2027/044');
    expect(repairCode('6.30-5-2027/044')).toBe('6.30-5-2027/044');
    expect(repairCode('6.30-KS-2027/044')).toBe('6.30-KS-2027/044');
  });
});

describe('subject: lines under the matter', () => {
  const letter = (subject: string[]) => ['Hof Meyerdierks', 'Dorfstraße 2 · 12399 Wiesenau', '', ...recipient, '                                   Wiesenau, 06.05.2028', '', ...subject, '', ...body];
  it('keeps the letter answered under a "Betr.:" line', () => {
    expect(fieldsOf(letter(['Betr.: Heckenschnitt am Bauhofgelände', 'Ihr Zeichen: 9.50.30-HS/2028-03 vom 12.04.2028'])).subject)
      .toBe('Heckenschnitt am Bauhofgelände Ihr Zeichen: 9.50.30-HS/2028-03 vom 12.04.2028');
  });
  it('still leaves a bare file number with a colon under the "Betreff:" line out', () => {
    expect(fieldsOf(letter(['Betreff: Heckenschnitt am Bauhofgelände', 'Ihr Aktenzeichen: 9.50.30-HS/2028-03'])).subject).toBe('Heckenschnitt am Bauhofgelände');
  });
  it('keeps two file-number lines under an unlabelled matter', () => {
    expect(fieldsOf(letter(['Antrag auf Erlass von Säumniszuschlägen – Grundsteuer 2027', 'Kassenzeichen 5.2200.3317.2', 'Steuernummer 31/118/40276'])).subject)
      .toBe('Antrag auf Erlass von Säumniszuschlägen – Grundsteuer 2027 Kassenzeichen 5.2200.3317.2 Steuernummer 31/118/40276');
  });
  it('keeps the person line with its numbers under the matter', () => {
    expect(fieldsOf(letter(['Beitragsnachweis April 2028 – Rückfrage', 'Beschäftigte: Ilka Brandes, geb. 04.06.1980, Versicherungsnummer 1204 5518 2270'])).subject)
      .toBe('Beitragsnachweis April 2028 – Rückfrage Beschäftigte: Ilka Brandes, geb. 04.06.1980, Versicherungsnummer 1204 5518 2270');
  });
  it('still leaves a person\'s data set apart out of the subject', () => {
    expect(fieldsOf(letter(['Beitragsnachweis April 2028 – Rückfrage', '', 'Beschäftigte: Ilka Brandes, geb. 04.06.1980, Versicherungsnummer 1204 5518 2270'])).subject)
      .toBe('Beitragsnachweis April 2028 – Rückfrage');
  });
});

describe('subject: a court letter without salutation', () => {
  const court = (block: string[], marking: string[] = []) => ['Amtsgericht Wiesenau', 'Zivilabteilung', '', 'Amtsgericht Wiesenau · Markt 2 · 12399 Wiesenau', '',
    'Stadt Musterstadt', 'Rechtsamt', 'Rathausplatz 1', '12345 Musterstadt',
    ...block.map((line) => `                                          ${line}`), '', ...marking,
    'Zustellung eines Mahnbescheids', '', 'In dem Rechtsstreit', '', 'Bäckerei Lohse, Wiesenau', '', 'gegen', '', 'Stadt Musterstadt', '',
    'wegen Forderung', '', 'erhalten Sie anliegend den Antrag zur Kenntnis.'];
  it('skips the office hours and the clerk of the information block', () => {
    expect(fieldsOf(court(['Geschäftsnummer: 4 C 77/28', 'Datum: 02.05.2028', 'Telefon: 04111 80-1', 'Servicezeiten: Mo–Do 8–12 Uhr'])).subject).toBe('Zustellung eines Mahnbescheids');
    expect(fieldsOf(court(['Aktenzeichen: 4 C 77/28', '(bei Antwort bitte angeben)', 'Geschäftsstelle: Justizsekretär Albers', '02.05.2028'])).subject).toBe('Zustellung eines Mahnbescheids');
  });
  it('skips an urgency mark that only says how to handle the letter', () => {
    expect(fieldsOf(court(['Aktenzeichen: 4 C 77/28', 'Datum: 02.05.2028'], ['EILT! Bitte umgehend vorlegen!', ''])).subject).toBe('Zustellung eines Mahnbescheids');
  });
  it('still takes an urgency mark that names the matter', () => {
    expect(fieldsOf(court(['Aktenzeichen: 4 C 77/28', 'Datum: 02.05.2028'], ['Eilt! Drohende Zwangsräumung', ''])).subject).toBe('Eilt! Drohende Zwangsräumung');
  });
});

describe('subject: a form title in capitals with a second line', () => {
  const form = (second: string) => ['Labor Dr. Hanke', 'Ringstraße 8 · 12345 Musterstadt', '', 'An das', 'Gesundheitsamt Musterstadt', 'Fax 01234 99 12', '',
    '             ERREGERMELDUNG NACH § 7 ABS. 1 IfSG', `             ${second}`, '', 'Einsender: Praxis Dr. Voss', 'Material: Stuhlprobe', 'Befund: positiv'];
  it('keeps the second line under the title', () => {
    expect(fieldsOf(form('Verdacht auf Norovirus – Gemeinschaftseinrichtung betroffen')).subject).toBe('ERREGERMELDUNG NACH § 7 ABS. 1 IfSG Verdacht auf Norovirus – Gemeinschaftseinrichtung betroffen');
  });
  it('takes no field line as the second line', () => {
    expect(fieldsOf(form('Eingang: 05.05.2028')).subject).toBe('ERREGERMELDUNG NACH § 7 ABS. 1 IfSG');
  });
});

describe('subject: a table of header data over the salutation', () => {
  const bill = (rows: string[]) => ['wellnet', '', 'Wellnet Kommunikation GmbH · 20095 Hamburg', '', ...recipient, 'Ihre Rechnung für Mai 2028', '', ...rows, '',
    'Guten Tag,', '', 'anbei Ihre Rechnung.', '', 'Ihr Wellnet-Team'];
  it('takes the title above the table, not its rows', () => {
    expect(fieldsOf(bill(['Rechnungsdatum       02.06.2028', 'Kundennummer         771 044 218', 'Leistungszeitraum    01.05.2028 – 31.05.2028', 'Ihr Anschluss        Bauhof, Industriestraße 30'])).subject)
      .toBe('Ihre Rechnung für Mai 2028');
  });
  it('still takes an unlabelled two-line subject over the salutation', () => {
    expect(fieldsOf(bill(['Wartungsvertrag Telefonanlage', 'Verlängerung ab 01.07.2028'])).subject).toBe('Wartungsvertrag Telefonanlage Verlängerung ab 01.07.2028');
  });
});
