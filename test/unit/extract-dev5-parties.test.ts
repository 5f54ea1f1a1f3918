// Field extraction for failure families seen on the dev5 letters (own wording): letterheads with
// an owner line, a profession before the name, a logo acronym or a parent body over the local
// office; subjects over two lines (a title and its matter, "über …", a glued Kassenzeichen, a
// matter dated "ab …" over a "hier:" line); references with spaced separators or register letters.
import { describe, expect, it } from 'vitest';
import type { RecognizedPage, Word } from '../../ocr/types.ts';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Hauptamt', 'Markt 1', '34567 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen'];

describe('sender', () => {
  it('does not join a logo line with the owner line under it ("Inhaber … e.K.")', () => {
    const fields = fieldsOf(['Holz. Form. Handwerk.', 'TISCHLEREI BRANDHORST', 'Inhaberin Clara Brandhorst e.K. · Meisterbetrieb', '',
      'Tischlerei Clara Brandhorst e.K., Sägeweg 4, 34560 Kleinfeld', '', ...recipient, 'Datum: 03.04.2026', '', 'Rechnung Nr. 77/2026', '', ...body]);
    expect(fields.sender).toBe('Tischlerei Clara Brandhorst e.K.');
  });
  it('takes the letterhead name line when the return line puts the profession before it', () => {
    const fields = fieldsOf(['Dr. Tobias Wendland', 'Rechtsanwalt', '', 'Rechtsanwalt Dr. Tobias Wendland · Lindenplatz 2 · 34567 Musterstadt', '', ...recipient,
      'Musterstadt, 02.04.2026', '', 'Mandat Bauvoranfrage Lindenplatz', '', ...body]);
    expect(fields.sender).toBe('Dr. Tobias Wendland');
  });
  it('drops a capital logo acronym over the name it abbreviates', () => {
    const fields = fieldsOf(['KVN', 'Kommunal Versorgung Nord GmbH', 'Energie für die Region', '', 'KVN GmbH · Postfach 44 10 · 34001 Nordheim', '', ...recipient,
      'Nordheim, 05.04.2026', '', 'Abschlagsplan 2026', '', ...body]);
    expect(fields.sender).toBe('Kommunal Versorgung Nord GmbH');
  });
  it('keeps a logo word over the name when it is not its acronym', () => {
    const fields = fieldsOf(['ZEDRA', 'Labor für Wasseranalytik GmbH', '', 'ZEDRA Labor GmbH · Am Kai 3 · 34001 Nordheim', '', ...recipient,
      'Nordheim, 05.04.2026', '', 'Prüfbericht Trinkwasser', '', ...body]);
    expect(fields.sender).toBe('ZEDRA Labor für Wasseranalytik GmbH');
  });
  it('keeps the local office the return line repeats, not the parent body above it', () => {
    const fields = fieldsOf(['Deutsche Rentenversicherung Bund', 'Servicezentrum Nordheim', 'Team Beitragsprüfung', '', 'Servicezentrum Nordheim · 34001 Nordheim', '', ...recipient,
      'Datum: 06.04.2026', '', 'Prüfung der Beitragsnachweise', '', ...body]);
    expect(fields.sender).toBe('Servicezentrum Nordheim');
  });
  it('keeps the spelled-out name under a short name the return line repeats', () => {
    const fields = fieldsOf(['GVS Weserland', 'Gemeindeversicherungsverband Weserland', 'Anstalt des öffentlichen Rechts', '', 'GVS Weserland · Deichweg 4 · 34001 Nordheim', '', ...recipient,
      'Datum: 07.04.2026', '', 'Beitragsrechnung 2026', '', ...body]);
    expect(fields.sender).toBe('Gemeindeversicherungsverband Weserland');
  });
  it('drops a logo acronym set in the same line before the name', () => {
    const fields = fieldsOf(['KVN   Kommunal Versorgung Nord eG', '      Energie für die Region', '', 'KVN eG · Postfach 44 10 · 34001 Nordheim', '', ...recipient,
      'Nordheim, 08.04.2026', '', 'Abschlagsplan 2026', '', ...body]);
    expect(fields.sender).toBe('Kommunal Versorgung Nord eG');
  });
  it('names the doctor under a practice name, not the practice', () => {
    const fields = fieldsOf(['Zahnarztpraxis am Lindenhof', 'Dr. med. dent. Jonas Quade', 'Kieferorthopädie', 'Lindenhof 2 · 34567 Musterstadt · Tel. 0555 1234', '', ...recipient,
      'Datum: 09.04.2026', '', 'Bescheinigung', '', ...body]);
    expect(fields.sender).toBe('Dr. med. dent. Jonas Quade');
  });
  it('cuts the office from a return line whose separator OCR lost', () => {
    const fields = fieldsOf(['Gemeinde Birkenau', 'Der Bürgermeister', 'Bauamt — Tiefbau', '', 'Gemeinde Birkenau Bauamt - Am Anger 2 - 34500 Birkenau', '', ...recipient,
      'Datum: 10.04.2026', '', 'Sperrung der Ortsdurchfahrt', '', ...body]);
    expect(fields.sender).toBe('Gemeinde Birkenau');
  });
  it('skips the station name in a fax header row', () => {
    // Word boxes as OCR gives them: the fax header's cells stand far apart on one row.
    const rows = [['12.04.2026 10:02 FAX +49 5551 44321', 'ELEKTRO VOSS', 'S. 01/01'], ['Elektrotechnik Voss GmbH'], ['Schaltanlagen - Service'],
      ['Kanalweg 9 - 34567 Musterstadt - Tel. 05551 4432-0'], [], ...recipient.map((line) => [line]), ['Datum: 12.04.2026'], [], ['Rechnung Nr. 5521'], [], ...body.map((line) => [line])];
    const words: Word[] = [];
    rows.forEach((cells, line) => {
      let x = 200;
      for (const cell of cells) {
        for (const text of cell.split(' ')) {
          words.push({ text, box: { x0: x, y0: 150 + line * 60, x1: x + text.length * 22, y1: 185 + line * 60 }, confidence: 0.95, line });
          x += text.length * 22 + 18;
        }
        x += 420;
      }
    });
    const page: RecognizedPage = { index: 0, width: 2480, height: 3508, text: rows.map((cells) => cells.join('   ')).join('\n'), words, confidence: 0.95, source: 'ocr', rotation: 0 };
    const fields = fieldsOfPages([page]);
    expect(fields.sender).toBe('Elektrotechnik Voss GmbH');
  });
  it('reads an e-mail header whose address OCR split after a hyphen', () => {
    const fields = fieldsOf(['Von: Mia Hartwig <kontakt@hartwig- grafik.de>', 'Gesendet: Dienstag, 14. April 2026 09:12', 'An: info@musterstadt.de', 'Betreff: Rechnung 2026-014',
      '', 'Hallo zusammen,', 'anbei die Rechnung.', '', 'Viele Grüße', 'Mia Hartwig']);
    expect(fields.sender).toBe('Mia Hartwig');
  });
});

describe('subject', () => {
  it('keeps a dated document line glued under a title line', () => {
    const fields = fieldsOf(['Kanzleibedarf Ohm KG · Hafenweg 2 · 34001 Nordheim', '', ...recipient, 'Nordheim, 10.04.2026', '',
      'Letzte Erinnerung', 'Lieferschein Nr. LS-2026-441977 vom 02.03.2026', '', ...body]);
    expect(fields.subject).toBe('Letzte Erinnerung Lieferschein Nr. LS-2026-441977 vom 02.03.2026');
  });
  it('joins a notice title with its "über …" line when there is no salutation', () => {
    const fields = fieldsOf(['Finanzamt Nordheim', '', 'Finanzamt Nordheim · Postfach 9 · 34001 Nordheim', '', ...recipient, 'Datum: 11.04.2026', '',
      'Bescheid für 2025', 'über den Gewerbesteuermessbetrag', '', 'Festsetzung', 'Messbetrag 1.200,00 €']);
    expect(fields.subject).toBe('Bescheid für 2025 über den Gewerbesteuermessbetrag');
  });
  it('keeps a Kassenzeichen line without a colon at the end of the Betreff block', () => {
    const fields = fieldsOf(['Bernd Kowalski', 'Ulmenweg 3', '34567 Musterstadt', '', ...recipient, 'Musterstadt, den 12.04.2026', '',
      'Erstattung der Zweitwohnungsteuer', 'Kassenzeichen 2.30.1.998877', '', ...body]);
    expect(fields.subject).toBe('Erstattung der Zweitwohnungsteuer Kassenzeichen 2.30.1.998877');
  });
  it('keeps a matter dated "ab …" over its "hier:" line', () => {
    const fields = fieldsOf(['Petra Lindqvist', 'Eschenallee 8', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 13.04.2026', '',
      'Elterngeld – Verlängerung ab 01.06.2026', 'hier: fehlende Bescheinigung des Arbeitgebers', '', ...body]);
    expect(fields.subject).toBe('Elterngeld – Verlängerung ab 01.06.2026 hier: fehlende Bescheinigung des Arbeitgebers');
  });
  it('keeps the number the subject announces when it wraps onto its own line', () => {
    const fields = fieldsOf(['Tanja Reimers', 'Kiefernweg 4', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 17.04.2026', '',
      'Bewerbung als Sachbearbeiter/in im Bürgerbüro – Ausschreibungsnummer', '2026/31', 'Sehr geehrte Damen und Herren,', 'hiermit bewerbe ich mich.', '', 'Mit freundlichen Grüßen']);
    expect(fields.subject).toBe('Bewerbung als Sachbearbeiter/in im Bürgerbüro – Ausschreibungsnummer 2026/31');
  });
  it('finds the salutation behind a stray sign OCR read before it', () => {
    const fields = fieldsOf(['Kältetechnik Ruhnke GmbH · Ostring 5 · 34001 Nordheim', '', ...recipient, 'Rechnungs-Nr.: R-88120', 'Datum: 18.04.2026', '',
      'Rechnung R-88120 – Kühlzelle Mensa', '', '‘Sehr geehrte Damen und Herren,', '', 'wir berechnen die Wartung.']);
    expect(fields.subject).toBe('Rechnung R-88120 – Kühlzelle Mensa');
  });
});

describe('reference', () => {
  it('reads a file number written with spaced separators', () => {
    const fields = fieldsOf(['Nord Inkasso GmbH · Postfach 1 · 20001 Hamburg', '', ...recipient, 'Unser Aktenzeichen:  NIK 2026 / 118 230 - 7', 'Hamburg, 14.04.2026', '',
      'Forderung Beispiel GmbH', '', ...body]);
    expect(fields.reference).toBe('NIK 2026 / 118 230 - 7');
  });
  it('reads a register abbreviation before a file number with letters in it', () => {
    const fields = fieldsOf(['Landkreis Nordheim', 'Kreiskasse', '', 'Landkreis Nordheim · Postfach 2 · 34001 Nordheim', '', ...recipient,
      'Geschäftszeichen:   KV 12-B-2025/0417', 'Datum:              15.04.2026', '', 'Mahnung', '', ...body]);
    expect(fields.reference).toBe('KV 12-B-2025/0417');
  });
  it('joins the pieces of a code that OCR split at a hyphen or set with an em dash', () => {
    const split = fieldsOf(['Landkreis Nordheim', '', 'Landkreis Nordheim · Postfach 2 · 34001 Nordheim', '', ...recipient, 'Ihr Zeichen: 4.20-GR- 2026/0311', 'Datum: 16.04.2026', '', 'Stellungnahme', '', ...body]);
    expect(split.reference).toBe('4.20-GR-2026/0311');
    const leading = fieldsOf(['Landkreis Nordheim', '', 'Landkreis Nordheim · Postfach 2 · 34001 Nordheim', '', ...recipient, 'Az.: 52.1-KB 17/2026 -0042', 'Datum: 16.04.2026', '', 'Stellungnahme', '', ...body]);
    expect(leading.reference).toBe('52.1-KB 17/2026-0042');
    const dash = fieldsOf(['Landesamt für Statistik', '', 'Landesamt für Statistik · Postfach 7 · 34001 Nordheim', '', ...recipient, 'Geschäftszeichen: B 3.1 — 0215/2026', 'Datum: 16.04.2026', '', 'Erhebung', '', ...body]);
    expect(dash.reference).toBe('B 3.1 – 0215/2026');
  });
  it('reads "Mein Zeichen" with a bracketed note in a row of labels over a row of values', () => {
    const fields = fieldsOf(['Landkreis Nordheim', 'Fachdienst Straßen', '', 'Landkreis Nordheim · Postfach 2 · 34001 Nordheim', '', ...recipient,
      'Ihre Nachricht vom     Mein Zeichen (bitte angeben)     Telefon          Nordheim,', '02.03.2026             41.7-0815/26                     04411 87-2214    16.04.2026', '',
      'Sondernutzung Kreisstraße 5', '', ...body]);
    expect(fields.reference).toBe('41.7-0815/26');
  });
});
