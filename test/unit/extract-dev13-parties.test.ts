// Field extraction for failure families seen on the dev13 letters (own wording): a return line that
// gives only an acronym (with small letters inside, or with the legal form), a name joined by "+",
// a profession set letter-spaced, a practice named where the doctor writes, a form section numbered
// without a dot, a fax cover sent by an employee for the firm, a title or an office word that adds
// nothing to a name; Betreff blocks with "Label: value" lines, with the contested notice's file
// numbers, with the file number and whose matter it is; a title going on with "zu …", a row of
// check boxes; references after "Ihre Preisanfrage:", quoted in the running text, a court
// register glued to its number and a misread "Kassenzeichen".
import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Marktplatz 1', '17100 Musterstadt', ''];
const body = ['', 'Sehr geehrte Damen und Herren,', '', 'wir kommen auf die Angelegenheit zurück und bitten um Ihre Stellungnahme.', '',
  'Mit freundlichen Grüßen', '', ...Array(14).fill('')];

/** A text layer without word positions (a PDF whose text was extracted as plain lines). */
const textLayer = (pages: string[][]): RecognizedPage[] => pages.map((lines, index) => ({
  index, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0,
}));

describe('sender: a short form in the return line', () => {
  it('takes the spelled-out letterhead name for an acronym with a small letter inside', () => {
    const lines = ['Landesamt für Umwelt und Naturschutz', 'Abteilung 4 – Wasserwirtschaft', '', 'LfUN · 17200 Hafenstadt', '', ...recipient, 'Datum: 12.05.2027', '',
      'Genehmigung einer Grundwasserentnahme', ...body];
    expect(fieldsOf(lines).sender).toBe('Landesamt für Umwelt und Naturschutz');
  });
  it('takes the name at the foot that spells out an acronym given with its legal form', () => {
    const lines = ['KWS  Kommunale Weiterbildung Süd', 'Kurse · Tagungen', '', 'KWS eG · Lindenallee 3 · 17300 Südstadt', '', ...recipient, 'Südstadt, 12.05.2027', '',
      'Unser Kursprogramm 2027', ...body,
      'Kommunale Weiterbildung Süd eG · Sitz Südstadt · Genossenschaftsregister GnR 88', 'IBAN DE02 1203 0000 0000 2020 51'];
    expect(fieldsOf(lines).sender).toBe('Kommunale Weiterbildung Süd eG');
  });
  it('completes a name joined by "+" from the foot line that carries its legal form', () => {
    const lines = ['BRANDT + KOLL', 'Vermessung · Geoinformation', '', 'Brandt + Koll · Uferweg 7 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '',
      'Lageplan zum Bauantrag', ...body,
      'Brandt + Koll Vermessungsingenieure PartG mbB · Sitz Musterstadt · PR 77'];
    expect(fieldsOf(lines).sender).toBe('Brandt + Koll Vermessungsingenieure PartG mbB');
  });
  it('drops a profession that the letterhead sets letter-spaced on a line of its own', () => {
    const lines = ['Dr. Jonas Weidner', 'R e c h t s a n w a l t', '', 'Rechtsanwalt Dr. Jonas Weidner · Brückenstraße 2 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '',
      'Akteneinsicht', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. Jonas Weidner');
  });
  it('names the doctor of the letterhead, not the practice of the return line', () => {
    const lines = ['Dr. med. Lea Hartung', 'Fachärztin für Allgemeinmedizin', '', 'Praxis Dr. Hartung · Am Markt 4 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '',
      'Ärztliche Bescheinigung', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. med. Lea Hartung');
  });
  it('keeps a firm name that the letterhead only prefixes with a title', () => {
    const lines = ['DR. HOLM - REUTER - SASSE', '', 'Holm Reuter Sasse - Domplatz 1 - 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '',
      'Widerspruch gegen den Bescheid vom 02.05.2027', ...body];
    expect(fieldsOf(lines).sender).toBe('Holm Reuter Sasse');
  });
  it('cuts an office word that OCR ran into the return line\'s name', () => {
    const lines = ['Kommunaler Arbeitgeberverband Nordland', 'Bezirk Süd', '', 'Kommunaler Arbeitgeberverband Nordland Bezirksgeschäftsstelle - Ring 4 - 17100 Musterstadt', '', ...recipient,
      'Datum: 12.05.2027', '', 'Einladung zur Mitgliederversammlung', ...body];
    expect(fieldsOf(lines).sender).toBe('Kommunaler Arbeitgeberverband Nordland');
  });
});

describe('sender: forms and fax covers', () => {
  it('reads the applicant of a form section numbered without a dot', () => {
    const lines = ['An die', 'Stadt Musterstadt', 'Bauaufsicht', 'Marktplatz 1', '17100 Musterstadt', '', 'ANZEIGE EINES ABBRUCHS', '',
      '1 Bauherrin / Bauherr', 'Name, Vorname: Wendt, Ilka', 'Anschrift: Birkenweg 2, 17100 Musterstadt', '', '2 Grundstück', 'Gemarkung: Musterstadt'];
    expect(fieldsOf(lines).sender).toBe('Ilka Wendt');
  });
  it('takes the firm heading a fax cover that an employee sends, and the title of the page it covers', () => {
    const cover = ['12.05.2027 10:14   BAUMARKT LORENZ   S. 1/2', '', 'T E L E F A X', '', 'Baustoffe Lorenz GmbH – Niederlassung Süd', 'Kiesweg 3 · 17100 Musterstadt', '',
      'An:       Stadt Musterstadt, Bauhof', 'Von:      Petra Lorenz, Buchhaltung', 'Datum:    12.05.2027', 'Seiten:   2', '',
      '[ ] Eilt  [x] zur Kenntnis  [ ] Bitte um Rückruf', '', 'Sehr geehrter Herr Kuhn,', 'anbei die Rechnung vorab per Fax.', '', 'Gruß', 'P. Lorenz'];
    const invoice = ['Baustoffe Lorenz GmbH · Kiesweg 3 · 17100 Musterstadt', '', 'Stadt Musterstadt', 'Bauhof', 'Marktplatz 1', '17100 Musterstadt', '',
      'RECHNUNG 27-0412', '', 'Pos. Menge Bezeichnung Betrag', '1 10 Sack Zement 89,00 €', 'Rechnungsbetrag 105,91 €', ...Array(16).fill('')];
    const fields = fieldsOfPages(textLayer([cover, invoice]));
    expect(fields.sender).toBe('Baustoffe Lorenz GmbH');
    expect(fields.subject).toBe('RECHNUNG 27-0412');
  });
});

describe('subject: Betreff blocks', () => {
  const head = ['Wagner Bau GmbH · Hafenweg 2 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '', ''];
  it('keeps the "Label: value" lines under a Betreff, not the attachments', () => {
    const lines = [...head, 'Betreff: Prüfbericht zur Standsicherheit, Neubau Sporthalle Nord', '         Bauherr: Stadt Nordheim',
      'Anlagen: Prüfbericht.pdf', '', 'Sehr geehrte Damen und Herren,', '', 'anbei der Prüfbericht.'];
    expect(fieldsOf(lines).subject).toBe('Prüfbericht zur Standsicherheit, Neubau Sporthalle Nord Bauherr: Stadt Nordheim');
  });
  it('stops at an attachment line that OCR misread', () => {
    const lines = [...head, 'Betreff: Bewerbung als Gärtnerin', 'Arihang: Lebenslauf.pdf', '', 'Sehr geehrte Damen und Herren,', '', 'hiermit bewerbe ich mich.'];
    expect(fieldsOf(lines).subject).toBe('Bewerbung als Gärtnerin');
  });
  it('keeps the contested notice\'s file numbers between the matter and its "hier:" line', () => {
    const lines = ['Ole Brandes', 'Eschenweg 4', '17100 Musterstadt', '', ...recipient, 'Musterstadt, 12.05.2027', '',
      'Ihr Bescheid vom 02.05.2027 über Abfallgebühren 2027', 'Kassenzeichen 4.1100.0123.5 – Aktenzeichen 1.50-AG-2027/118', 'hier: Widerspruch', '',
      'Sehr geehrte Damen und Herren,', '', 'gegen den Bescheid lege ich Widerspruch ein.'];
    expect(fieldsOf(lines).subject).toBe('Ihr Bescheid vom 02.05.2027 über Abfallgebühren 2027 Kassenzeichen 4.1100.0123.5 – Aktenzeichen 1.50-AG-2027/118 hier: Widerspruch');
  });
  it('keeps the file number line that names whose matter it is', () => {
    const lines = ['Ole Brandes', 'Eschenweg 4', '17100 Musterstadt', '', ...recipient, 'Musterstadt, 12.05.2027', '',
      'Widerspruch gegen den Gebührenbescheid vom 02.05.2027', 'Ihr Aktenzeichen: 5.20-KT-2027-0031, Kind: Mia Brandes', '',
      'Sehr geehrte Damen und Herren,', '', 'gegen den Bescheid lege ich Widerspruch ein.'];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Gebührenbescheid vom 02.05.2027 Ihr Aktenzeichen: 5.20-KT-2027-0031, Kind: Mia Brandes');
  });
  it('joins a title that goes on with what it is for ("zu …")', () => {
    const lines = ['Notar Dr. Ben Roth · Lange Straße 1 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '', '',
      'Kostenberechnung gemäß § 19 GNotKG', 'zu UR-Nr. 118/2027 – Kaufvertrag vom 02.05.2027', '', 'Geschäftswert: 50.000,00 €', 'Gesamtbetrag: 412,00 €'];
    expect(fieldsOf(lines).subject).toBe('Kostenberechnung gemäß § 19 GNotKG zu UR-Nr. 118/2027 – Kaufvertrag vom 02.05.2027');
  });
  it('never takes a row of check boxes', () => {
    const lines = ['Wagner Bau GmbH · Hafenweg 2 · 17100 Musterstadt', '', ...recipient, 'Datum: 12.05.2027', '', '[x] zur Kenntnis  [ ] mit der Bitte um Rückruf  [ ] Eilt', '',
      'Sehr geehrte Damen und Herren,', '', 'zur Kenntnis.'];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
});

describe('references', () => {
  const head = ['Medtech Krause OHG · Ring 3 · 17100 Musterstadt', ''];
  it('takes the file number of the city\'s request for a price, not a date', () => {
    const withCode = [...head, 'Stadt Musterstadt                          Ihre Preisanfrage:  1.20-PA-2027-044', 'Zentrale Vergabe', 'Marktplatz 1', '17100 Musterstadt', '',
      'Angebot', ...body];
    expect(fieldsOf(withCode).reference).toBe('1.20-PA-2027-044');
    const withDate = [...head, 'Stadt Musterstadt                          Ihre Anfrage:  03.05.2027', 'Zentrale Vergabe', 'Marktplatz 1', '17100 Musterstadt', '',
      'Angebot', ...body];
    expect(fieldsOf(withDate).reference).toBeUndefined();
  });
  it('takes a city file number quoted in the running text after "das Zeichen"', () => {
    const lines = ['Von: Ute Krämer <u.kraemer@example.de>', 'An: ordnungsamt@musterstadt.de', 'Betreff: Lärm an der Baustelle', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie haben mir im März das Zeichen 3.10.20-LB-2027/0042 gegeben, geändert hat sich nichts.', '', 'Mit freundlichen Grüßen', 'Ute Krämer'];
    expect(fieldsOf(lines).reference).toBe('3.10.20-LB-2027/0042');
  });
  it('splits a court register that OCR glued to the chamber number', () => {
    const lines = ['Amtsgericht Nordheim', '– Insolvenzgericht –', '', 'Amtsgericht Nordheim · 17200 Nordheim', '', ...recipient, 'Geschäfts-Nr.: 21IN 118/27', 'Datum: 12.05.2027', '',
      'Beschluss', ...body];
    expect(fieldsOf(lines).reference).toBe('21 IN 118/27');
  });
  it('reads a Kassenzeichen label with the i read as l', () => {
    const lines = [...head, ...recipient, 'Datum: 12.05.2027', '', 'Erstattung', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte überweisen Sie unter Angabe des Kassenzelchens 4.2027.066.001188 auf unser Konto.', '', 'Mit freundlichen Grüßen'];
    expect(fieldsOf(lines).cashReference).toBe('4.2027.066.001188');
  });
});
