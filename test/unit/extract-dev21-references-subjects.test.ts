// References and subjects of invented letters (own wording) for failure families seen on the dev21
// and dev22 letters: a ruled table of header data ("| Kunden-Nr. | Ihr Zeichen |"); Austrian
// "Geschäftszahl:" and "Zahl:"; an English "Our reference:" and an OCR-read "Your refcrence:";
// a label qualified in brackets ("Aktenzeichen (Vorgangs-Nr.):"); an Austrian court number with
// its check letter; OCR look-alikes ("Akteuzeichen", "2027-l04417"); a header data table whose
// longest label leaves one space; a French salutation and a "Label : value" row under "Ihr
// Zeichen"; a notice title glued over "Ihr Antrag vom …"; a Dutch date line "03-05-2028"; an
// Austrian "Zahlungsbefehl". Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { repairCode } from '../../ocr/extract/references.ts';
import { fieldsOfPages } from './extractLetters.ts';

/** Fields of a letter given as its lines in a text layer (a PDF's text, the writer's spacing kept). */
const fieldsOf = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const recipient = ['Stadt Musterstadt', 'Tiefbauamt', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', 'Ilse Brandauer'];

describe('reference: a ruled table of header data', () => {
  const invoice = (header: string, values: string) => ['Zaunbau Reinholt GmbH', 'Feldweg 9 · 23456 Talheim', '', ...recipient,
    header, values, '', 'RECHNUNG', '', ...body];
  it('reads the value under "Ihr Zeichen" in a table ruled with "|"', () => {
    expect(fieldsOf(invoice(
      '| Rechnung Nr. | Datum      | Kunden-Nr. | Ihr Zeichen        |',
      '| 28-5521      | 04.05.2028 | 7781       | 6.60-ZB-2028/041   |')).reference).toBe('6.60-ZB-2028/041');
  });
  it('also with the rule glued to the value', () => {
    expect(fieldsOf(invoice(
      '| Aktenzeichen     | Betrag   | fällig am  |',
      '| 41.2-ZA-0077/28| 95,00 €  | 01.06.2028 |')).reference).toBe('41.2-ZA-0077/28');
  });
  it('takes no customer number when the table has no reference column', () => {
    expect(fieldsOf(invoice(
      '| Rechnung Nr. | Datum      | Kunden-Nr. |',
      '| 28-5521      | 04.05.2028 | 7781       |')).reference).toBeUndefined();
  });
});

describe('reference: labels of other countries and as OCR reads them', () => {
  const agency = (line: string, sender = ['Bezirkshauptmannschaft Lienz', 'Dolomitenstraße 3 · 9900 Lienz · Österreich']) =>
    [...sender, '', ...recipient, line, '', 'Ersuchen um Auskunft', '', ...body];
  it('reads an Austrian "Geschäftszahl:"', () => {
    expect(fieldsOf(agency('Geschäftszahl: LZ-VST-4417/2028              Lienz, 04.05.2028')).reference).toBe('LZ-VST-4417/2028');
  });
  it('reads an Austrian "Zahl:" when it is a file number, not a count or a date', () => {
    expect(fieldsOf(agency('Zahl: LZ-JUG-2028/0077')).reference).toBe('LZ-JUG-2028/0077');
    expect(fieldsOf(agency('Zahl: 3')).reference).toBeUndefined();
    expect(fieldsOf(agency('Zahl: 04.05.2028')).reference).toBeUndefined();
  });
  it('reads a court number with the check letter after its year', () => {
    expect(fieldsOf(agency('Geschäftszahl: 7 C 118/28k', ['Bezirksgericht Lienz', 'Hauptplatz 5 · 9900 Lienz'])).reference).toBe('7 C 118/28k');
  });
  it('reads an English "Our reference:" and a "Your reference:" OCR read with a c', () => {
    expect(fieldsOf(agency('Our reference:  GZ-INF-2028-0412', ['Public Health Service Oostland', 'Stationsweg 4 · 7400 Deventer'])).reference).toBe('GZ-INF-2028-0412');
    expect(fieldsOf(agency('Your refcrence:  5.30-GA-2028/019', ['Datapoint S.à r.l.', 'rue du Parc 4 · L-1234 Luxembourg'])).reference).toBe('5.30-GA-2028/019');
  });
  it('reads the value after a label qualified in brackets', () => {
    expect(fieldsOf(agency('Aktenzeichen (Vorgangs-Nr.): 4412 7781 0093 2210', ['Verkehrsbehörde Oostland', 'Postbus 8 · 8000 Zwolle'])).reference).toBe('4412 7781 0093 2210');
  });
  it('reads "Aktenzeichen" with its n read as u, and a 1 read as l opening a digit group', () => {
    expect(fieldsOf(agency('Akteuzeichen: 31.4-887/KL', ['Gemeinde Talheim', 'Dorfplatz 1 · 23456 Talheim'])).reference).toBe('31.4-887/KL');
    expect(repairCode('32.1-OWi-2027-l04417')).toBe('32.1-OWi-2027-104417');
  });
  it('keeps a register letter I before a short number and an l inside a word', () => {
    expect(repairCode('4.2-I-12')).toBe('4.2-I-12');
    expect(repairCode('1.40-Wal-2028')).toBe('1.40-Wal-2028');
  });
});

describe('subject: invoices and notices', () => {
  it('takes the title over a header data table whose longest label leaves one space', () => {
    const fields = fieldsOf(['Verlag Ostermann KG', 'Postfach 4 · 23456 Talheim', '', ...recipient,
      'Rechnung Nr. 2028-07713', '',
      'Kunden-Nr.        55 120',
      'Lieferschein-Nr.  LS 2028-07713',
      'Rechnungsdatum    02.07.2028',
      'Leistungszeitraum 01.01.2028 – 30.06.2028', '', ...body]);
    expect(fields.subject).toBe('Rechnung Nr. 2028-07713');
  });
  it('takes a French-German title over "Ihr Zeichen" and a "Label : value" row, under a French salutation', () => {
    const fields = fieldsOf(['AUBERGE DES VOSGES', '3, rue Haute · F-67000 Strasbourg', '', ...recipient,
      'Strasbourg, le 3 mai 2028', '', 'FACTURE / RECHNUNG N° 28/0412', '',
      'Votre référence / Ihr Zeichen : 0.10-RE-2028/011',
      'Séjour / Aufenthalt : Besuch der Partnerstadt, 02.05. – 03.05.2028', '',
      'Madame, Monsieur, / Sehr geehrte Damen und Herren,', '', 'nous vous remercions. / wir berechnen:', '', 'Total 480,00 €', '', 'Cordialement / Mit freundlichen Grüßen']);
    expect(fields.subject).toBe('FACTURE / RECHNUNG N° 28/0412');
    expect(fields.reference).toBe('0.10-RE-2028/011');
  });
  it('keeps a notice title glued over "Ihr Antrag vom …, Az. … –" and the matter', () => {
    const fields = fieldsOf(['Landesamt für Wasserwirtschaft', 'Postfach 9 · 23456 Nordheim', '', ...recipient,
      'Geschäftszeichen: 44.2-118/28                        Nordheim, 04.05.2028', '', '',
      'Kostenbescheid', 'Ihr Antrag vom 02.02.2028, Az. 6.60-WR-2028/004 –', 'Erlaubnis zur Entnahme von Grundwasser am Sportplatz', '', '', ...body]);
    expect(fields.subject).toBe('Kostenbescheid Ihr Antrag vom 02.02.2028, Az. 6.60-WR-2028/004 – Erlaubnis zur Entnahme von Grundwasser am Sportplatz');
  });
  it('still takes only "Ihr Antrag vom …" and the matter when a blank line sets the title apart', () => {
    const fields = fieldsOf(['Landesamt für Wasserwirtschaft', 'Postfach 9 · 23456 Nordheim', '', ...recipient,
      'Nordheim, 04.05.2028', '', 'Ihr Antrag vom 02.02.2028, Az. 6.60-WR-2028/004 –', 'Erlaubnis zur Entnahme von Grundwasser am Sportplatz', '', ...body]);
    expect(fields.subject).toBe('Ihr Antrag vom 02.02.2028, Az. 6.60-WR-2028/004 – Erlaubnis zur Entnahme von Grundwasser am Sportplatz');
  });
  it('takes no date line with dashes ("Musterstadt, 03-05-2028") for a subject', () => {
    const fields = fieldsOf(['Pieter Bakker', 'Ahornweg 2', '12345 Musterstadt', '', ...recipient, 'Musterstadt, 03-05-2028', '', ...body]);
    expect(fields.subject).toBeUndefined();
  });
  it('takes an Austrian "Zahlungsbefehl" under a service note', () => {
    const fields = fieldsOf(['BEZIRKSGERICHT LIENZ', 'Hauptplatz 5 · 9900 Lienz', '', ...recipient,
      'Zustellung nach der Verordnung (EU) 2020/1784 – mit Rückschein', '', 'Zahlungsbefehl', '',
      'Klagende Partei:   Seehof Lienz GmbH', 'Beklagte Partei:   Stadt Musterstadt', '',
      'Die beklagte Partei ist schuldig, binnen 14 Tagen EUR 1.200,00 zu bezahlen', 'oder binnen vier Wochen Einspruch zu erheben.', '',
      'Behauptete Klagsgründe: Die Buchung von sechs Zimmern wurde kurzfristig storniert;', 'die vereinbarte Stornogebühr ist trotz Mahnung nicht bezahlt worden.', '',
      'Belehrung', '', 'Wenn Sie den Betrag nicht bezahlen und keinen Einspruch erheben,', 'wird der Zahlungsbefehl vollstreckbar.', '', 'Bezirksgericht Lienz, Abteilung 7']);
    expect(fields.subject).toBe('Zahlungsbefehl');
  });
});
