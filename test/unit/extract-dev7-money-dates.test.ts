// Amount and due date for failure families seen on the dev7/dev8 letters (own wording): a levy
// notice's share vs the base it is shared out of, a changed notice's difference vs its instalments,
// a rest after deducted advances, a net/VAT/gross summary row, a cancellation printed negative, a
// Zerlegungsbescheid, a fee added in running text, an advertised price; a "Zahlungsfrist:" cell,
// an English "Due date:", a recalled past due date, a debit date after a mandate reference, an
// invitation's sign-up date, a request to suspend a due date, net days counted from delivery and
// "erwarten wir bis zum".
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '34567 Musterstadt', ''];

describe('amount', () => {
  it('takes a member\'s levy, not the need it is shared out of', () => {
    const fields = fieldsOf(['Schulverband Oberland', '', ...recipient, 'Datum: 02.02.2026', '', 'Bescheid über die Schulumlage 2026', '', 'Sehr geehrte Damen und Herren,',
      'der durch Umlage zu deckende Finanzbedarf wurde auf 820.000,00 EUR festgesetzt.', '',
      'Finanzbedarf gesamt                 820.000,00 EUR', 'Anteil Musterstadt                       31,20 %', 'Schulumlage Musterstadt             255.840,00 EUR', '',
      'Fälligkeit: 31.03.2026']);
    expect(fields.amount).toBe(255840);
  });
  it('takes the additional demand of a changed notice, not instalments named in the next sentence', () => {
    const fields = fieldsOf(['Landkreis Oberland', '', ...recipient, 'Datum: 02.06.2026', '', 'Änderung der Kreisumlage 2026', '', 'Sehr geehrte Damen und Herren,',
      'Kreisumlage 2026 bisher      9.100.000,00 EUR', 'Kreisumlage 2026 neu         9.250.000,00 EUR', 'Nachforderung                  150.000,00 EUR', '',
      'Die Nachforderung ist bis zum 15.07.2026 zu zahlen. Die Teilbeträge von je 2.275.000,00 EUR bleiben unverändert.']);
    expect(fields.amount).toBe(150000);
  });
  it('takes a rest contribution after deducted advances', () => {
    const fields = fieldsOf(['Unfallkasse Oberland', '', ...recipient, 'Datum: 02.04.2026', '', 'Beitragsbescheid 2025', '', 'Sehr geehrte Damen und Herren,',
      'Beitrag 2025                          6.200,00 EUR', 'abzüglich Vorschüsse                 -4.000,00 EUR', 'Restbeitrag                           2.200,00 EUR', '',
      'Der Restbeitrag ist am 15.05.2026 fällig.']);
    expect(fields.amount).toBe(2200);
  });
  it('takes the gross column of a summary row printed net, VAT, gross', () => {
    const fields = fieldsOf(['Kopierer Service GmbH', '', ...recipient, 'Datum: 02.04.2026', '', 'Rechnung 4411', '', 'Sehr geehrte Damen und Herren,',
      'Pos.  Leistung               netto       USt 19 %      brutto', '1     Miete April           300,00 EUR   57,00 EUR   357,00 EUR', '',
      'Rechnungsbetrag             300,00 EUR   57,00 EUR   357,00 EUR', '', 'Zahlbar innerhalb von 14 Tagen.']);
    expect(fields.amount).toBe(357);
  });
  it('reads a cancellation printed with negative sums as its positive sum', () => {
    const fields = fieldsOf(['Bühnentechnik Nord GmbH', '', ...recipient, 'Datum: 02.04.2026', '', 'Stornorechnung zur Rechnung 2026-118', '', 'Sehr geehrte Damen und Herren,',
      'wir stornieren die Rechnung 2026-118 vollständig.', '', 'Summe netto            -500,00 EUR', 'Umsatzsteuer 19 %       -95,00 EUR', 'Stornobetrag           -595,00 EUR']);
    expect(fields.amount).toBe(595);
    expect(fields.currency).toBe('EUR');
  });
  it('takes no sum from a Zerlegungsbescheid', () => {
    const fields = fieldsOf(['Finanzamt Oberland', '', ...recipient, 'Datum: 02.04.2026', '', 'Zerlegungsbescheid 2025 über den Gewerbesteuermessbetrag', '', 'Sehr geehrte Damen und Herren,',
      'der Messbetrag von 20.000 EUR wird wie folgt zerlegt:', '', 'Gemeinde          Arbeitslöhne      Anteil', 'Musterstadt       400.000 EUR    10.000 EUR',
      'Nachbarort        400.000 EUR    10.000 EUR', 'Summe             800.000 EUR    20.000 EUR']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes the total of a sum and its fee added up in running text, not the fee', () => {
    const fields = fieldsOf(['Stadtwerke Oberland', '', ...recipient, 'Datum: 02.04.2026', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,',
      'die Rate für März in Höhe von 140,00 € ist noch nicht eingegangen.', '', 'Bitte zahlen Sie die Rate zuzüglich 3,00 € Gebühr, zusammen also 143,00 €, bis zum 20.04.2026.']);
    expect(fields.amount).toBe(143);
  });
  it('takes no amount from an advertised price', () => {
    const fields = fieldsOf(['Fachverlag Nord', '', ...recipient, 'Datum: 02.04.2026', '', 'Neu: Kommunalrecht online', '', 'Sehr geehrte Damen und Herren,',
      'testen Sie unsere Datenbank einen Monat gratis. Danach bekommen Sie den', 'Zugang für Ihr Amt zum Sonderpreis von 24,50 EUR im Monat (zzgl. MwSt.). Bestellen Sie noch heute.']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('dueDate', () => {
  it('reads a "Zahlungsfrist:" line as the due date', () => {
    const fields = fieldsOf(['Ingenieurbüro Lenz', '', ...recipient, 'Datum: 02.04.2026', '', 'Abschlagsrechnung 2', '', 'Zahlbetrag        4.000,00 EUR', '', 'Zahlungsfrist: 30.04.2026']);
    expect(fields.dueDate).toBe('2026-04-30');
  });
  it('reads an English "Due date:" label', () => {
    const fields = fieldsOf(['Cloudify Ltd', 'Dublin', '', 'INVOICE', '', 'Invoice date:   April 2, 2026', 'Due date:       May 2, 2026', '', ...recipient, 'Total due    EUR 1,200.00']);
    expect(fields.dueDate).toBe('2026-05-02');
  });
  it('prefers the new deadline to a due date recalled from before the letter', () => {
    const fields = fieldsOf(['Inkasso Süd GmbH', '', ...recipient, 'Datum: 02.09.2026', '', 'Forderung Bürobedarf Meyer', '', 'Sehr geehrte Damen und Herren,',
      'Rechnung 4711 vom 01.05.2026 (Papier), fällig am 01.06.2026, trotz Erinnerung offen.', '', 'Gesamtforderung     512,00 EUR', '',
      'Zahlen Sie die Forderung bis spätestens zum 20. September 2026 auf unser Konto.']);
    expect(fields.dueDate).toBe('2026-09-20');
  });
  it('reads a debit date whose verb follows a mandate reference and an account', () => {
    const fields = fieldsOf(['Fuhrpark Leasing GmbH', '', ...recipient, 'Datum: 10.06.2026', '', 'Rechnung Leasingrate Juli', '', 'Rechnungsbetrag      595,00 EUR', '',
      'Der Rechnungsbetrag wird am 01.07.2026 aufgrund des uns erteilten SEPA-Lastschriftmandats (Mandatsreferenz FL-2231-7788-04, Gläubiger-ID DE98ZZZ09999999999) von Ihrem Konto abgebucht.']);
    expect(fields.dueDate).toBe('2026-07-01');
  });
  it('sets no due date for the sign-up an invitation asks for', () => {
    const fields = fieldsOf(['Krankenkasse Nord', '', ...recipient, 'Datum: 02.04.2026', '', 'Einladung zum Arbeitskreis Gesundheit am 12.05.2026', '', 'Sehr geehrte Damen und Herren,',
      'Die Teilnahme ist kostenfrei. Bitte melden Sie sich bis zum 30.04.2026 telefonisch bei uns an.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('sets no due date when the writer asks to suspend a due date', () => {
    const fields = fieldsOf(['Steuerkanzlei Brandt', '', ...recipient, 'Datum: 02.04.2026', '', 'Gewerbesteuer-Vorauszahlungen 2026', '', 'Sehr geehrte Damen und Herren,',
      'wir beantragen die Herabsetzung und regen an, die Fälligkeit der Vorauszahlung zum 15.05.2026 bis zur Entscheidung auszusetzen.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('does not resolve net days counted from delivery', () => {
    const fields = fieldsOf(['Streusalz Nord GmbH', '', ...recipient, 'Datum: 02.09.2026', '', 'Ihre Anfrage Streusalz', '', 'Gesamtsumme brutto     12.000,00 EUR', '',
      'Zahlungsbedingungen: 14 Tage netto nach Lieferung.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('reads "erwarten wir bis zum" as a payment deadline', () => {
    const fields = fieldsOf(['Kanzlei Roth', '', ...recipient, 'Datum: 02.02.2026', '', 'Forderung Malerbetrieb Kunz', '', 'Gesamt     2.100,00 EUR', '',
      'Den Gesamtbetrag erwarten wir bis zum 16.02.2026 auf unserem Konto.']);
    expect(fields.dueDate).toBe('2026-02-16');
  });
});
