// Due date and amount for failure families seen on the dev5 letters (own wording): periods counted
// from the invoice's receipt, dates the city itself set or the writer proposes (deferral), a refund
// the city is asked for, "sofort und ohne Abzug fällig", a creditors' filing deadline; net sums
// inside a gross total, a sum set off between blank lines, the sum an application asks for, a gross
// result after "=", payslip figures, and a tax labelled with its year.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '34567 Musterstadt', ''];
const invoice = (body: string[]) => fieldsOf(['Dachdeckerei Albers GmbH', 'Lindenweg 4, 37001 Nordheim', '', ...recipient,
  'Rechnungsdatum: 12.05.2026', '', 'Rechnung Nr. 2026-311', '', 'Sehr geehrte Damen und Herren,', ...body]);

describe('due date', () => {
  it('does not resolve a period counted from the receipt of the invoice', () => {
    for (const phrase of ['Zahlbar binnen 30 Tagen nach Rechnungseingang.', 'Der Betrag ist innerhalb von 10 Tagen nach Erhalt dieser Rechnung zu überweisen.',
      'Bitte zahlen Sie innerhalb von zwei Wochen nach Zugang der Rechnung.']) {
      const fields = invoice(['für die Reparatur des Daches berechnen wir:', 'Rechnungsbetrag                     2.380,00 EUR', '', phrase]);
      expect(fields.amount).toBe(2380);
      expect(fields.dueDate).toBeUndefined();
    }
  });
  it('does not resolve a period from receipt when OCR reads "nach" as "naeh"', () => {
    expect(invoice(['Rechnungsbetrag   2.380,00 EUR', '', 'Zahlbar innerhalb von 21 Tagen naeh Zugang dieser Rechnung.']).dueDate).toBeUndefined();
  });
  it('still resolves a period counted from the invoice date', () => {
    expect(invoice(['Rechnungsbetrag   2.380,00 EUR', '', 'Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum.']).dueDate).toBe('2026-05-26');
  });
  it('reads "sofort und ohne Abzug fällig" as the letter date', () => {
    expect(invoice(['Rechnungsbetrag   2.380,00 EUR', '', 'Die Rechnung ist sofort und ohne Abzug fällig.']).dueDate).toBe('2026-05-12');
  });
  it('ignores a deadline the city itself set that the writer reports', () => {
    const fields = fieldsOf(['Karl Weber', 'Am Bach 2, 34567 Musterstadt', '', ...recipient, 'Musterstadt, 20.04.2026', '', 'Grundsteuer – Nachweis', '',
      'Sehr geehrte Damen und Herren,', 'Sie hatten mich mit Ihrem Brief gebeten, die Unterlagen bis zum 30.04.2026 einzureichen.', 'Anbei finden Sie den Kaufvertrag.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('ignores the dates of a deferral or instalment request', () => {
    const fields = fieldsOf(['Bäckerei Sommer KG', 'Hauptstraße 9, 34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.03.2026', '', 'Antrag auf Stundung der Gewerbesteuer', '',
      'Sehr geehrte Damen und Herren,', 'wir beantragen, die am 15.03.2026 fällige Vorauszahlung bis zum 31.07.2026 zu stunden.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('keeps the due date of an invoice whose payment-terms table has an instalment column', () => {
    const fields = fieldsOf(['Praxis Lindner GmbH', 'Uferweg 3, 34567 Musterstadt', '', ...recipient, 'Rechnung Nr. 26-118 vom 02.03.2026', '',
      'Leistung 5 x Beratung 250,00', 'Zahlbetrag 250,00', '', 'Zahlungsbedingungen', 'Beschreibung Fälligkeit Teilzahlung',
      'Bitte überweisen Sie den Betrag bis zum 01.04.2026 auf das unten genannte Konto. 01.04.2026']);
    expect(fields.dueDate).toBe('2026-04-01');
  });
  it('takes the date by which the city is asked to refund a sum', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Jugendamt', '', ...recipient, 'Datum: 10.02.2026', '', 'Kostenerstattung Jugendhilfe', '', 'Sehr geehrte Damen und Herren,',
      'Erstattungsbetrag 4.210,00 EUR', '', 'Wir bitten um Erstattung bis zum 15.03.2026 auf das Konto der Kreiskasse.']);
    expect(fields.dueDate).toBe('2026-03-15');
  });
  it('takes the date by which creditors are asked to file their claims', () => {
    const fields = fieldsOf(['Amtsgericht Nordheim', 'Insolvenzgericht', '', ...recipient, 'Nordheim, 05.05.2026', '', 'Beschluss', '',
      'Das Verfahren wird wegen Zahlungsunfähigkeit heute, am 05.05.2026, eröffnet.', '', 'Die Gläubiger werden aufgefordert, ihre Forderungen bis zum 16.06.2026 beim Verwalter anzumelden.']);
    expect(fields.dueDate).toBe('2026-06-16');
    // OCR glues and garbles the verb: the request ("werden aufgefordert") still carries the date.
    const garbled = fieldsOf(['Amtsgericht Nordheim', 'Insolvenzgericht', '', ...recipient, 'Nordheim, 05.05.2026', '', 'Beschluss', '',
      'Das Verfahren wird wegen Zahlungsunfähigkeit heute, am 05.05.2026, eröffnet.', '', 'Die Gläubiger werden aufgefordert, ihre Forderungen bis zum 16.06.2026 beim VerwalteranzumeIden.']);
    expect(garbled.dueDate).toBe('2026-06-16');
  });
});

describe('amount', () => {
  it('reads a lower-case o OCR put into the cents ("48,o0 €")', () => {
    const fields = fieldsOf(['Stadt Nordheim', 'Ordnungsamt', '', ...recipient, 'Datum: 03.03.2026', '', 'Verwarnung mit Verwarnungsgeld', '', 'Sehr geehrte Damen und Herren,',
      'Ihr Fahrzeug parkte im Halteverbot. Das Verwarnungsgeld beträgt', '        48,o0 €', 'Bitte überweisen Sie den Betrag innerhalb einer Woche.']);
    expect(fields.amount).toBe(48);
  });
  it('does not take the net sum named inside a gross total ("darin enthalten: Nettobetrag")', () => {
    const fields = invoice(['Wartung Dachrinnen                         410,00 EUR', 'Gesamtbetrag (inkl. 19 % MwSt.)       EUR 487,90', 'darin enthalten: Nettobetrag EUR 410,00, MwSt. EUR 77,90']);
    expect(fields.amount).toBe(487.9);
  });
  it('carries an unfinished sentence over blank lines to a sum set off on its own line', () => {
    const fields = fieldsOf(['Holzbau Krüger GmbH', '', ...recipient, 'Musterstadt, 02.03.2026', '', 'Antrag auf Ratenzahlung', '', 'Sehr geehrte Damen und Herren,',
      'wir bitten, die Gebühr für die Sondernutzung in Höhe von', '', '                  3.150,00 EUR', '', 'in Raten zu je 1.050,00 EUR begleichen zu dürfen.', 'Ab Juli rechnen wir mit Umsätzen von rund 40.000 EUR.']);
    expect(fields.amount).toBe(3150);
  });
  it('does not carry a ceiling ("bis zu") over blank lines', () => {
    const fields = fieldsOf(['Landesförderbank', '', ...recipient, 'Datum: 02.03.2026', '', 'Bewilligung', '', 'Sehr geehrte Damen und Herren,',
      'Ihnen wird eine Zuwendung in Höhe von bis zu', '', '             88.000,00 EUR', '', 'bewilligt. Der Betrag wird auf Abruf überwiesen.']);
    expect(fields.amount).toBe(88000);
  });
  it('takes the sum an application asks for over the cost table it is derived from', () => {
    const fields = fieldsOf(['Sportverein Blau-Weiß e.V.', '', ...recipient, 'Musterstadt, 02.03.2026', '', 'Antrag auf Förderung', '', 'Sehr geehrte Damen und Herren,',
      'Material                  1.200,00 Euro', 'Trainerhonorare           2.300,00 Euro', 'Gesamtkosten              3.500,00 Euro', '',
      'Aus Eigenmitteln tragen wir 2.000,00 Euro. Wir beantragen deshalb für das Sommercamp', 'einen Zuschuss in Höhe von 1.500,00 Euro.']);
    expect(fields.amount).toBe(1500);
  });
  it('takes the gross result of a calculation labelled after it', () => {
    const fields = fieldsOf(['Gebäudeservice Nord GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Auftragsbestätigung', '', 'Sehr geehrte Damen und Herren,',
      'Auftragswert für die Laufzeit von 12 Monaten:', '  12.000,00 € netto zzgl. 19 % USt. 2.280,00 € = 14.280,00 € brutto']);
    expect(fields.amount).toBe(14280);
  });
  it('does not take payslip figures listed in a benefit application', () => {
    const fields = fieldsOf(['Eva Roth', 'Weg 1, 34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.03.2026', '', 'Wohngeld – fehlende Unterlagen', '', 'Sehr geehrte Damen und Herren,',
      'anbei reiche ich nach:', '1. Gehaltsabrechnungen Januar bis März (brutto je 1.940,00 €)', '2. Nachweis über meinen Minijob (monatlich 380,00 €)', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes a tax labelled with its year, not a net rent of the assessment base', () => {
    const fields = fieldsOf(['Jonas Beck', 'Weg 2, 34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.03.2026', '', 'Erklärung zur Zweitwohnungsteuer', '',
      'monatliche Nettokaltmiete:        500,00 €', 'Jahresnettokaltmiete:           6.000,00 €', 'Steuersatz: 10 %', 'Zweitwohnungsteuer 2026:          600,00 €']);
    expect(fields.amount).toBe(600);
  });
});
