// Field extraction for failure families seen on the dev11 letters (own wording): a two-page
// letter whose legal name stands only in the foot of its last page, a form with the whole
// recipient on one "An:" line and a title over several lines, a court's "Ausfertigung" mark over
// the order's title, a country line under a foreign sender's recipient address, a contact row
// glued under the date row, and DIN 676 reference rows with columns the information block does
// not know ("Vertrag", "Unser Geschäftszeichen", "Telefon / Name").
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Marktplatz 1', '17100 Musterstadt', ''];

describe('sender', () => {
  it('takes the legal form from the foot of the last page of a two-page letter', () => {
    const page1 = ['KRANZ & OTTE', 'ARCHITEKTEN', '', 'Kranz & Otte Architekten · Deichweg 3 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 03.03.2026', '',
      'Nachreichung zum Bauantrag', '', 'Sehr geehrte Damen und Herren,', '', 'anbei die fehlenden Unterlagen.', ...Array(30).fill('Weitere Erläuterungen zu den Plänen folgen hier.')];
    const page2 = ['Die Statik reichen wir nach.', '', 'Mit freundlichen Grüßen', '', 'Lena Otte', ...Array(30).fill(''), 'Kranz & Otte Architekten PartG mbB · Sitz Musterstadt · AG Musterstadt PR 77', 'IBAN DE02 1203 0000 0000 2020 51'];
    expect(fieldsOfPages(pagesFromText(`${page1.join('\n')}\n\f\n${page2.join('\n')}`)).sender).toBe('Kranz & Otte Architekten PartG mbB');
  });
  it('takes the applicant of a form whose recipient is one "An:" line', () => {
    const lines = ['Antrag auf Erteilung', 'einer Sondernutzungserlaubnis', '(§ 18 Straßengesetz)', '', 'An: Stadt Musterstadt, Tiefbauamt, Marktplatz 1, 17100 Musterstadt', '',
      'Antragsteller', 'Name, Vorname: Krüger, Malte', 'Anschrift: Feldweg 2, 17100 Musterstadt', '', 'Zeitraum: 01.04.2026 bis 30.04.2026', '', 'Ort, Datum: Musterstadt, 03.03.2026'];
    const fields = fieldsOf(lines);
    expect(fields.sender).toBe('Malte Krüger');
    expect(fields.subject).toBe('Antrag auf Erteilung einer Sondernutzungserlaubnis (§ 18 Straßengesetz)');
  });
});

describe('subject', () => {
  it('takes the order\'s title under a court\'s "Ausfertigung" mark', () => {
    const lines = ['Amtsgericht Nordheim', '', 'Amtsgericht Nordheim · Gerichtsweg 1 · 17200 Nordheim', '', ...recipient, 'Geschäftsnummer: 3 C 41/26', 'Datum: 03.03.2026', '', '',
      'Beglaubigte Abschrift', '', 'Beschluss über die Kosten', '', 'In dem Rechtsstreit', 'Olaf Brand gegen Stadt Musterstadt', '', 'werden die Kosten auf 312,40 € festgesetzt.'];
    expect(fieldsOf(lines).subject).toBe('Beschluss über die Kosten');
  });
  it('takes no country line under the recipient for the subject', () => {
    const lines = ['Tuinbouw Jansen B.V.', 'Dorpsstraat 4 · 1234 AB Delft · Nederland', '', 'Stadt Musterstadt', 'Grünflächenamt', 'Marktplatz 1', '17100 Musterstadt', 'Deutschland', '', '',
      'FACTUUR / RECHNUNG 2026-77', '', 'Factuurdatum / Rechnungsdatum: 03.03.2026', '', 'Rosen, 40 Stück          240,00 €', 'Totaal / Gesamtbetrag    240,00 €'];
    expect(fieldsOf(lines).subject).toBe('FACTUUR / RECHNUNG 2026-77');
  });
  it('takes no contact row glued under the date row for the subject', () => {
    const lines = ['Stadtwerke Nordheim GmbH · Postfach 4 · 17200 Nordheim', '', ...recipient,
      '                                   Kundennummer: 44 118', '                                   Datum: 03.03.2026', '                                   Ihre Hotline: 0800 123 456 (kostenlos)', '', '',
      'Ihre Stromrechnung für Februar 2026', '', 'Verbrauch 1.200 kWh', 'Rechnungsbetrag 360,00 €'];
    expect(fieldsOf(lines).subject).toBe('Ihre Stromrechnung für Februar 2026');
  });
});

describe('reference', () => {
  it('reads Ihr Zeichen from a reference row with a contract column', () => {
    const lines = ['Grünbau GmbH · Feldmark 2 · 17200 Nordheim', '', ...recipient,
      'Ihr Zeichen          Vertrag               Rechnungs-Nr.       Datum', '6.70-GP-26/04        RV Grünpflege         GB-26-118           03.03.2026', '', '',
      'Abschlagsrechnung Nr. 2', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen 1.200,00 €.'];
    expect(fieldsOf(lines).reference).toBe('6.70-GP-26/04');
  });
  it('reads Ihr Zeichen from a row with "Unser Geschäftszeichen" and "Telefon / Name"', () => {
    const lines = ['Landesamt für Soziales', '', 'Landesamt für Soziales · Postfach 1 · 17300 Südstadt', '', ...recipient,
      'Ihr Zeichen / Ihre Nachricht vom        Unser Geschäftszeichen      Telefon / Name          Datum', '5.20-KE-2026-01 / 02.02.2026            41-KE-26/7                  0381 223-4          03.03.2026', '', '',
      'Betreff: Kostenerstattung 4. Quartal 2025', '', 'Sehr geehrte Damen und Herren,', '', 'die Kosten werden erstattet.'];
    expect(fieldsOf(lines).reference).toBe('5.20-KE-2026-01');
  });
  it('takes no order note for a file number', () => {
    const lines = ['Gärtnerei Vos B.V. · Laan 3 · 2100 Lisse · Nederland', '', ...recipient, 'FACTUUR / RECHNUNG 2026-90', '', 'Rechnungsdatum: 03.03.2026', 'Ihre Referenz: Bestellung Frau Lenz, 02.02.2026', 'Ihre USt-IdNr.: DE 123 456 789', '', 'Tulpen, 500 Stück: 100,00 €'];
    expect(fieldsOf(lines).reference).toBeUndefined();
  });
});
