// Amount, due date and letter date for failure families seen on the dev11 letters (a week of winter
// mail with money and deadlines in every kind of letter), in own wording: dates written day-first
// with dashes, an e-mail printout dated by its "Gesendet:" header, a period that ended before the
// letter, a payer's request for relief quoting the due dates of its own bills; the Skonto sum, a sum the writer refuses to pay,
// insured sums, construction costs, a Messbescheid, an example calculation in an advertisement and
// a citizen's refund of an overpaid sum.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bürgerservice', 'Markt 1', '34567 Musterstadt', ''];

describe('letterDate', () => {
  it('reads an invoice date written day-first with dashes and counts the payment period from it', () => {
    const fields = fieldsOf(['Tuinbouw De Vries B.V.', 'Dorpsstraat 8 · 1234 AB Hoorn · Nederland', '', ...recipient, 'FACTUUR / RECHNUNG 77-204', '',
      'Factuurdatum / Rechnungsdatum:   03-11-2026', 'Uw order / Ihre Bestellung:      Telefonat Herr Beck, 14.09.2026', '',
      'Heckenpflanzen, 40 Stück                     640,00 €', 'Totaal / Gesamtbetrag                    EUR 640,00', '',
      'Zahlung innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug.']);
    expect(fields.letterDate).toBe('2026-11-03');
    expect(fields.dueDate).toBe('2026-11-17');
  });
  it('dates an e-mail printout by its "Gesendet:" header, not by the invoice date in its subject', () => {
    const fields = fieldsOf(['Von:       Kasse Malerbetrieb Wendt <kasse@maler-wendt.de>', 'Gesendet:  Dienstag, 9. März 2027 09:12', 'An:        rechnungen@musterstadt.de',
      'Betreff:   Erinnerung – Rechnung 311 vom 02.02.2027', '', 'Sehr geehrte Damen und Herren,', '',
      'unsere Rechnung 311 vom 02.02.2027 über 812,00 EUR ist noch offen. Bitte überweisen Sie den Betrag bis zum 19.03.2027.', '', 'Mit freundlichen Grüßen', 'Petra Wendt']);
    expect(fields.letterDate).toBe('2027-03-09');
  });
});

describe('dueDate', () => {
  it('gives no due date for a period to comment that ended before the order was made', () => {
    const fields = fieldsOf(['Amtsgericht Oberbach', '', ...recipient, 'Datum: 10.03.2027', '', 'Beschluss', '',
      'Die der Klägerin zu erstattenden Kosten werden auf 912,40 EUR festgesetzt.', '',
      'Der Beklagten war Gelegenheit gegeben, sich bis zum 01.03.2027 zu dem Antrag zu äußern; sie hat davon keinen Gebrauch gemacht.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('gives no due date for the due date of the writer\'s own bill in a request for instalments', () => {
    const fields = fieldsOf(['Gärtnerei Sommer OHG', 'Feldweg 2 · 34560 Waldhausen', '', ...recipient, 'Waldhausen, 08.03.2027', '',
      'Betr.: Gewerbesteuer 2025 – Antrag auf Ratenzahlung', '', 'Sehr geehrte Damen und Herren,',
      'nach Ihrem Bescheid ergibt sich eine Nachzahlung von 3.600,00 €, die am 25.03.2027 fällig wird.',
      'Wir bitten Sie, diesen Betrag in drei Monatsraten von je 1.200,00 € zahlen zu dürfen.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('gives no due date for the date a citizen says he has to pay a third party by, when he asks the city to take over the sum', () => {
    const fields = fieldsOf(['Otto Brandl', 'Lindenweg 3', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2027', '', 'Sehr geehrte Damen und Herren,',
      'der Energieversorger verlangt von mir 410,00 Euro für das letzte Jahr. Ich soll das Geld bis zum 31.03.2027 nachzahlen.', '',
      'Ich bitte Sie, die Nachforderung zu übernehmen, weil ich nur eine kleine Rente bekomme.', '', 'Mit freundlichen Grüßen', 'Otto Brandl']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('keeps a deadline a refund request sets for the city', () => {
    const fields = fieldsOf(['Otto Brandl', 'Lindenweg 3', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 12.03.2027', '', 'Betreff: Bitte um Erstattung', '', 'Sehr geehrte Damen und Herren,',
      'ich habe die Parkgebühr von 30,00 Euro doppelt bezahlt. Bitte überweisen Sie mir den Betrag bis zum 31.03.2027 zurück.', '', 'Mit freundlichen Grüßen', 'Otto Brandl']);
    expect(fields.dueDate).toBe('2027-03-31');
  });
});

describe('amount', () => {
  const skontoInvoice = ['Datentechnik Rehbein GmbH', '', ...recipient, 'Rechnungsdatum: 01.03.2027', '', 'Rechnung 2027-118', '',
    '   Nettobetrag          5.000,00 €', '   Umsatzsteuer 19 %      950,00 €', '   Rechnungsbetrag      5.950,00 €', '',
    'Zahlbar bis zum 10.03.2027 unter Abzug von 3 % Skonto (178,50 €, Zahlbetrag 5.771,50 €), sonst bis zum 31.03.2027 ohne Abzug.'];
  it('takes the full invoice sum, not the discounted Zahlbetrag of a Skonto term', () => {
    expect(fieldsOf(skontoInvoice).amount).toBe(5950);
  });
  it('gives no amount for a sum the writer announces it will not pay', () => {
    const fields = fieldsOf(['Kanzlei Vogt & Partner', '', ...recipient, 'Kronsberg, 01.03.2027', '',
      'Gebührenbescheid vom 10.02.2027', 'hier: Einwendungen unseres Mandanten', '', 'Sehr geehrte Damen und Herren,',
      'bis zur Klärung wird unser Mandant den festgesetzten Betrag von 740,00 € nicht zahlen. Wir bitten um Akteneinsicht.']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for the cover sum of a liability insurance named in an event application', () => {
    const fields = fieldsOf(['Schützenverein Waldhausen e.V.', '', ...recipient, 'Waldhausen, 02.03.2027', '', 'Antrag auf Genehmigung des Schützenfestes', '', 'Sehr geehrte Damen und Herren,',
      'wir beantragen die Genehmigung des Festes. Die Haftpflichtversicherung besteht mit einer Deckungssumme von 3.000.000,00 €.',
      'Die Gebühren übernimmt der Verein.']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for the construction costs named in a building application', () => {
    const fields = fieldsOf(['Architekturbüro Lenz', '', ...recipient, 'Waldhausen, 02.03.2027', '', 'Bauantrag Anbau Wintergarten', '', 'Sehr geehrte Damen und Herren,',
      'anbei reiche ich den Bauantrag ein. Die Gebühr bitte ich dem Bauherrn in Rechnung zu stellen.', '', 'Kosten nach DIN 276:', '  Herstellungskosten gesamt     92.000,00 €']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for a Finanzamt\'s Messbescheid sent to the municipality', () => {
    const fields = fieldsOf(['Finanzamt Oberbach', '', ...recipient, 'Datum: 02.03.2027', '', 'Betreff: Grundsteuermessbescheid auf den 01.01.2027', '',
      '  Grundsteuerwert                      210.000 €', '  Steuermesszahl 0,31 Promille', '  Grundsteuermessbetrag                    65,10 €', '',
      'Die Festsetzung der Grundsteuer obliegt der Gemeinde.']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for the figures of an example calculation in an advertisement', () => {
    const fields = fieldsOf(['Solarpark Service GmbH', '', ...recipient, 'Waldhausen, 02.03.2027', '', 'Sonnenstrom für Ihre Turnhallen', '', 'Sehr geehrte Damen und Herren,',
      'rechnen Sie mit unseren Preisen.', '', 'Rechenbeispiel für eine Turnhalle:', '  20 Module à 2.100,00 € netto     42.000,00 €', '  Zuschuss des Landes             -12.000,00 €', '  Ihre Investition                30.000,00 €', '',
      'Rufen Sie uns an.']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes the overpaid sum a citizen asks back', () => {
    const fields = fieldsOf(['Ilse Marten', 'Kirchgasse 2', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.03.2027', '', 'Betr.: Abmeldung meiner Katze aus der Tierhalterliste', '', 'Sehr geehrte Damen und Herren,',
      'die Gebühr für 2027 (60,00 Euro) habe ich schon bezahlt. Für die Monate ab April sind das 45,00 Euro zu viel, die ich gern zurückerstattet hätte.', '', 'Mit freundlichen Grüßen', 'Ilse Marten']);
    expect(fields.amount).toBe(45);
  });
});
