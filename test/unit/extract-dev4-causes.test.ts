// Field extraction for failure families seen on the dev4 letters (own wording): letter dates in
// split "Ort, Datum" blocks, below the header or without a comma; the addressee's document dates;
// a file number read as a date; court and tax file numbers; bracketed title explanations;
// unlabelled "Az. … – matter" subjects; and a reminder recalling a past due date.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ocr/extract/dates.ts';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Markt 1', '34567 Musterstadt', ''];

describe('letter date', () => {
  it('reads the place over the date when the "Ort, Datum" cell spans two rows', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Fachdienst Straßen', '', 'Landkreis Birkenau · Postfach 12 · 37001 Birkenau', '', ...recipient,
      'Ihr Schreiben vom   Mein Zeichen          Birkenau,', '03.02.2026          41.3-2026/118         11.03.2026', '', 'Sondernutzung der Kreisstraße 12', '', 'Sehr geehrte Damen und Herren,', 'wir erteilen die Erlaubnis.']);
    expect(fields.letterDate).toBe('2026-03-11');
  });
  it('takes "Ort Datum" without a comma and does not read "3.10.20-OW" as a date', () => {
    expect(findDates('Az. 4.10.21-VK-2026-118').map((d) => d.iso)).toEqual([]);
    const fields = fieldsOf(['Jana Pohl, Birkenweg 3, 34567 Musterstadt', '', ...recipient, '                                   Musterstadt 14.05.26', '',
      'Az. 4.10.21-VK-2026-118 – Ihre Verwarnung vom 02.05.2026', '', 'Sehr geehrte Damen und Herren,', 'ich bitte um Nachsicht.']);
    expect(fields.letterDate).toBe('2026-05-14');
    expect(fields.subject).toBe('Az. 4.10.21-VK-2026-118 – Ihre Verwarnung vom 02.05.2026');
  });
  it('reads a service-date label as a label, not as a place ("Leistungsdatum 07.05.2017")', () => {
    const fields = fieldsOf(['Muster Event GmbH', 'Ecke 12, 12345 Stadthausen', '                                        09.05.2017', '', ...recipient, 'Rechnung RE-2017/505', 'Leistungsdatum 07.05.2017', '',
      'Menge Produkt Preis', '1,00 Gestaltung 160,00 €', 'Gesamtbetrag 160,00 €']);
    expect(fields.letterDate).toBe('2017-05-09');
  });
  it('does not take the date of the addressee\'s notice the letter answers', () => {
    const fields = fieldsOf(['Seniorenheim Abendrot gGmbH', '', ...recipient, '                                        12. Juni 2026', '',
      'Ihr Zeichen 3.30-KE-2026/0411 – Gebührenbescheid vom 29.05.2026', '', 'Sehr geehrte Damen und Herren,', 'hiermit legen wir Widerspruch ein.']);
    expect(fields.letterDate).toBe('2026-06-12');
    expect(fields.subject).toBe('Ihr Zeichen 3.30-KE-2026/0411 – Gebührenbescheid vom 29.05.2026');
  });
  it('reads a "Rechnungsdatum:" row below the upper part of a fax page without salutation', () => {
    const fields = fieldsOf(['04/05/2026 10:12  FAX +49 511 4410  KLIMA BERGER  S. 01/01', '', 'KLIMA BERGER GmbH', 'Lüftung · Kälte · Service', 'Am Kanal 3 · 30159 Hannover', '', '',
      'FAX an: Stadt Musterstadt, Gebäudemanagement', 'Markt 1, 34567 Musterstadt', '', 'Seiten: 1', '', '', '', '', 'Betreff: Rechnung 8812 – Wartung Lüftungsanlage Rathaus', '', '', '', '',
      'Ihr Zeichen: 8.10-LW-2026/07          Rechnungsdatum: 30.04.2026', 'Kundennummer: 5512', '', 'Wartung pauschal           820,00', 'Rechnungsbetrag       EUR 975,80']);
    expect(fields.letterDate).toBe('2026-04-30');
  });
});

describe('references', () => {
  it('reads a court file number sharing its row with the date', () => {
    const fields = fieldsOf(['Arbeitsgericht Nordheim', 'Gerichtsstraße 2, 37001 Nordheim', '', ...recipient, '4 Ca 233/26                                    18.05.2026', '(Aktenzeichen bitte stets angeben)', '',
      'Ladung zum Gütetermin', '', 'Sehr geehrte Damen und Herren,', 'in dem Rechtsstreit werden Sie geladen.']);
    expect(fields.reference).toBe('4 Ca 233/26');
  });
  it('reads a tax office file number with register and group, and a bare "Zeichen" after a comma', () => {
    const tax = fieldsOf(['Finanzamt Nordheim', '', ...recipient, 'Geschäftszeichen: St 14-K 2207/26', 'Datum: 03.03.2026', '', 'Mitteilung', '', 'Sehr geehrte Damen und Herren,', 'anbei die Mitteilung.']);
    expect(tax.reference).toBe('St 14-K 2207/26');
    const offer = fieldsOf(['Gartenbau Lenz GmbH', '', ...recipient, 'Ihre Anfrage vom 01.04.2026, Zeichen 6.70-GR-2026/12', 'Nordheim, den 09.04.2026', '', 'Angebot Baumpflege', '', 'Sehr geehrte Damen und Herren,', 'gern bieten wir an.']);
    expect(offer.reference).toBe('6.70-GR-2026/12');
  });
});

describe('subject', () => {
  it('keeps a bracketed explanation under a title, and skips the taxpayer line above the salutation', () => {
    const form = fieldsOf(['Stadt Musterstadt', 'Steuern', 'Markt 1, 34567 Musterstadt', '', 'ANMELDUNG ZUR HUNDESTEUER', 'für das Jahr 2026', '(nach der Hundesteuersatzung der Stadt Musterstadt)', '', '1. Halter', 'Name: Rita Mai']);
    expect(form.subject).toBe('ANMELDUNG ZUR HUNDESTEUER für das Jahr 2026 (nach der Hundesteuersatzung der Stadt Musterstadt)');
    const notice = fieldsOf(['Finanzamt Nordheim', '', ...recipient, 'Datum: 03.03.2026', '', 'Mitteilung über den Grundsteuermessbetrag', '(§ 184 Abs. 3 AO)', '', 'Steuerpflichtiger:  Ernst Wolf, Hauptstraße 1, 34567 Musterstadt', '', 'Sehr geehrte Damen und Herren,', 'wir teilen mit.']);
    expect(notice.subject).toBe('Mitteilung über den Grundsteuermessbetrag (§ 184 Abs. 3 AO)');
  });
});

describe('sender of a form', () => {
  it('takes the reporting body named on its section line, not the person of the next section', () => {
    const fields = fieldsOf(['Von: Labor Nordwest  +49 441 1200  02.06.2026 09:10  S. 1/1', '', 'Labor Nordwest MVZ GmbH', 'Am Kanal 5 · 26122 Oldenburg', '', 'An: Gesundheitsamt der Stadt Musterstadt', '    Fax 05551 990-5399', '', '',
      'MELDUNG NACH § 6 IfSG', '', 'Meldende Einrichtung:   Labor Nordwest MVZ GmbH, Ansprechpartnerin Dr. Eva Kurz', 'Betroffene Person', '   Name, Vorname:   Brandt, Lea', '   Geburtsdatum:    04.04.2015']);
    expect(fields.sender).toBe('Labor Nordwest MVZ GmbH');
  });
});

describe('due date', () => {
  it('ignores the past due date a reminder recalls and resolves the new period', () => {
    const fields = fieldsOf(['Büro Technik Nord GmbH', 'Hafenstraße 9 · 28195 Bremen', '', ...recipient, '                                     Bremen, 05. Mai 2026', '', 'Zahlungserinnerung zu Rechnung 26-77', '',
      'Sehr geehrte Damen und Herren,', 'unsere Rechnung vom 01.04.2026 ist noch offen. Sie war am 15.04.2026 fällig.', 'Bitte überweisen Sie 310,00 € innerhalb der nächsten 10 Tage.']);
    expect(fields.dueDate).toBe('2026-05-15');
  });
});
