// Amount, due date and letter date for failure families seen on the dev12 letters (a month of
// invoices and payment mail as accounting software, utilities and public bodies print it), in own
// wording: an English invoice date written day first, "zahlen Sie … sofort", the first date of an
// instalment plan, the dates of next period's advance payments, a settlement ending in the reader's
// favour, a price list, a monthly charge that changes, labels printed apart from their figures, a
// calculation set off under "festgesetzt auf", the breakdown of one position on an annex page and an
// item the letter says is not yet due.
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../ocr/extract/money.ts';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Kämmerei', 'Markt 1', '34567 Musterstadt', ''];

describe('letterDate', () => {
  it('reads an English invoice date written day first and counts "30 days net" from it', () => {
    const fields = fieldsOf(['Nordic Maps Ltd · 12 Harbour Road · Leeds · United Kingdom', '', ...recipient, 'INVOICE / RECHNUNG', '',
      'Invoice date / Rechnungsdatum        4 March 2027', 'Service period / Leistungszeitraum: 01.04.2027 – 31.03.2028', '',
      'Licence renewal (annual)                          EUR 2,400.00', 'Total / Gesamtbetrag                              EUR 2,400.00', '',
      'Payment terms: 30 days net.']);
    expect(fields.letterDate).toBe('2027-03-04');
    expect(fields.dueDate).toBe('2027-04-03');
  });
});

describe('dueDate', () => {
  it('takes the letter date for a reminder that asks to pay the total at once', () => {
    const fields = fieldsOf(['Kreis Waldau – Kreiskasse', '', ...recipient, 'Datum: 10.03.2027', '', 'Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
      'Benutzungsgebühr Kreisarchiv                fällig am 12.01.2027     80,00 €', 'Mahngebühr                                                          4,00 €',
      'Gesamtbetrag                                                       84,00 €', '',
      'Bitte überweisen Sie den Gesamtbetrag umgehend unter Angabe des Kassenzeichens.']);
    expect(fields.dueDate).toBe('2027-03-10');
  });
  it('takes the first date of an instalment plan introduced by a colon', () => {
    const fields = fieldsOf(['Wasser- und Bodenverband Aue', '', ...recipient, 'Datum: 08.01.2027', '', 'Beitragsbescheid 2027', '', 'Sehr geehrte Damen und Herren,', '',
      'Festgesetzter Beitrag 2027                    4.000,00 €', '', 'Der Beitrag ist in zwei gleichen Raten zu zahlen:', '',
      '    am 01.03.2027      2.000,00 €', '    am 01.09.2027      2.000,00 €', '', 'Bitte überweisen Sie die Raten auf unser Konto.']);
    expect(fields.dueDate).toBe('2027-03-01');
  });
  it('gives no due date for the debit date of the new monthly advance after an annual statement', () => {
    const fields = fieldsOf(['Stadtwerke Auetal GmbH', '', ...recipient, 'Datum: 14.01.2027', '', 'Jahresabrechnung Strom 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'Gesamtbetrag brutto                        1.500,00 €', 'abzüglich Abschläge                       -1.560,00 €', 'Guthaben                                      60,00 €', '',
      'Ihr neuer Abschlag beträgt monatlich 130,00 €; er wird erstmals am 15.02.2027 von Ihrem Konto abgebucht.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('gives no due date for the next tax prepayment a tax adviser mentions in a refund request', () => {
    const fields = fieldsOf(['Becker Steuerberatung', '', ...recipient, 'Auetal, 02.02.2027', '', 'Grundbesitzabgaben 2026 – Antrag auf Änderung und Erstattung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen, die überzahlten 300,00 € zu erstatten.', 'Die Vorauszahlungen bitten wir ebenfalls anzupassen; die nächste Vorauszahlung wird am 15.02.2027 fällig.', '',
      'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('amount', () => {
  it('takes the credit a utility statement ends in', () => {
    const fields = fieldsOf(['Abwasserbetrieb Aue AöR', '', ...recipient, 'Datum: 14.01.2027', '', 'Gebührenabrechnung 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'Schmutzwasser 400 m³ x 2,50 €              1.000,00 €', 'Grundgebühr                                   60,00 €', 'Rechnungsbetrag                            1.060,00 €',
      'abzüglich gezahlte Abschläge              -1.200,00 €', '', 'Guthaben                                     140,00 €', '',
      'Das Guthaben erstatten wir auf Ihr Konto.']);
    expect(fields.amount).toBe(140);
  });
  it('takes the refund a tax notice ends in, with the currency from a "Euro" column heading', () => {
    const fields = fieldsOf(['Finanzamt Auetal', '', ...recipient, 'Auetal, 03.02.2027', '', 'Bescheid für 2025 über Umsatzsteuer', '',
      'Abrechnung                                            Euro', 'festgesetzt                                     10.000,00', 'abzüglich Vorauszahlungen                       10.500,00',
      '', 'Erstattung                                         500,00', '', 'Der Erstattungsbetrag wird auf Ihr Konto überwiesen.']);
    expect(fields.amount).toBe(500);
    expect(fields.currency).toBe('EUR');
  });
  it('gives no amount for the prices an advertisement lists under a price heading', () => {
    const fields = fieldsOf(['Ratsinfo Online GmbH', '', ...recipient, 'Auetal, 03.02.2027', '', 'Sitzungsdienst aus der Cloud', '', 'Sehr geehrte Damen und Herren,', '',
      'bestellen Sie jetzt und sparen Sie Rechnungsaufwand.', '', 'Unsere Preise für Städte:', '  Basis      59,00 € monatlich', '  Premium   119,00 € monatlich',
      '  Einrichtung (einmalig)   450,00 €', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('reads no clock time as a sum with cents', () => {
    expect(findAmounts('am Dienstag, 9. März 2027, 14:30 Uhr')).toEqual([]);
  });
  it('gives no amount for a monthly charge that rises from one figure to another', () => {
    const fields = fieldsOf(['Pflegeheim Lindenhof', '', ...recipient, 'Auetal, 03.02.2027', '', 'Anpassung der Entgelte', '', 'Sehr geehrte Damen und Herren,', '',
      'die monatlichen Kosten für Herrn B. erhöhen sich ab dem 01.04.2027 von 2.100,00 € auf 2.250,00 €.', 'Seinen Krankenhausaufenthalt haben wir in der März-Abrechnung berücksichtigt.', 'Wir bitten Sie, die Kostenübernahme anzupassen.']);
    expect(fields.amount).toBeUndefined();
  });
  it('pairs a label column with the value column printed after it', () => {
    const fields = fieldsOf(['Gasversorgung Aue GmbH', '', ...recipient, 'Datum: 14.01.2027', '', 'Jahresabrechnung Gas 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'Gesamtbetrag brutto', 'abzüglich Abschläge', 'Nachzahlung', '', '2.480,00 €', '-2.400,00 €', '80,00 €', '',
      'Den Nachzahlungsbetrag buchen wir am 05.02.2027 von Ihrem Konto ab.']);
    expect(fields.amount).toBe(80);
  });
  it('takes the result of a calculation set off under "festgesetzt auf"', () => {
    const fields = fieldsOf(['Samtgemeinde Auetal', '', ...recipient, 'Auetal, 03.02.2027', '', 'Gastschulbeiträge 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'der von Ihnen zu leistende Gastschulbeitrag wird festgesetzt auf', '', '          6 x 900,00 € = 5.400,00 €.', '',
      'Der Betrag ist bis zum 15.03.2027 zu überweisen. Im Vorjahr hatten Sie 4.800,00 € gezahlt.']);
    expect(fields.amount).toBe(5400);
  });
  it('takes the bill\'s total, not the sum of an annex that breaks down one of its positions', () => {
    const fields = fieldsOf(['Netzwerk Service AG', '', ...recipient, 'Datum: 14.01.2027', '', 'Rechnung 55120', '',
      'Pos. 1  Installation Server                    2.000,00', 'Pos. 2  Fahrtkosten lt. Anlage                    150,00', '  Nettobetrag                                2.150,00',
      '  Umsatzsteuer 19 %                            408,50', '  Endbetrag                                  2.558,50', '',
      'Bitte überweisen Sie den Endbetrag bis zum 28.01.2027.', '', 'Anlage Fahrtkosten', '  Fahrt 1                 90,00 €', '  Fahrt 2                 60,00 €', '  Summe                  150,00 €']);
    expect(fields.amount).toBe(2558.5);
  });
  it('leaves out an item a reminder says is not yet due', () => {
    const fields = fieldsOf(['Leuchtmittel Nord AG', '', ...recipient, 'Datum: 14.01.2027', '', 'Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
      'Summe überfällig                         1.200,00', '', 'Wir bitten Sie, den überfälligen Betrag von 1.200,00 EUR bis zum 25.01.2027 zu überweisen.',
      'Noch nicht fällige Posten (Beleg 77 über 300,00 EUR, fällig 10.02.2027) sind nicht enthalten.']);
    expect(fields.amount).toBe(1200);
  });
});
