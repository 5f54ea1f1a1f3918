// Amount, due date and letter date for failure families seen on the dev13 letters (two weeks of
// ordinary spring mail), in own wording: an invoice sent by fax or e-mail a day after it was issued,
// the end of a billing period in the header, an early-bird price and booking deadline, one share of a
// total paid in instalments, a refund request naming a changed Messbescheid, the grant a
// cost plan asks for, a project week "vom 14. bis 18. Juni", a deadline quoted from the contested
// order and a limit "über … hinaus".
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Kämmerei', 'Markt 1', '34567 Musterstadt', ''];

describe('letterDate', () => {
  it('dates a faxed invoice by its Rechnungsdatum, not by the cover sheet, and counts its term from it', () => {
    const fields = fieldsOf(['T E L E F A X', '', 'Elektro Aue GmbH · Ringstraße 3 · 34567 Musterstadt', '',
      'An:        Stadt Musterstadt, Bauhof', 'Von:       Buchhaltung', 'Datum:     12.05.2027', 'Seiten:    2', '',
      'Sehr geehrte Damen und Herren,', 'anbei vorab die Rechnung per Fax.', '', 'Gruß', '', '\f', '',
      'Elektro Aue GmbH', '', ...recipient, '                                   Rechnungsdatum:  10.05.2027', '', 'RECHNUNG 27-311', '',
      'Leuchtmittel getauscht                                   400,00 €', 'Gesamtbetrag                                             400,00 €', '',
      'Zahlbar innerhalb 10 Tagen netto.']);
    expect(fields.letterDate).toBe('2027-05-10');
    expect(fields.dueDate).toBe('2027-05-20');
  });
  it('dates an e-mailed invoice by the Rechnungsdatum in the mail, not by the sending date', () => {
    const fields = fieldsOf(['Von:        Büro Kranich <rechnung@kranich.de>', 'Gesendet:   Freitag, 14. Mai 2027 09:02', 'An:         kaemmerei@musterstadt.de',
      'Betreff:    Rechnung 2027-17', '', 'Guten Tag,', '', 'hier die Angaben zur Rechnung:', '', 'Rechnungsdatum:   13.05.2027', 'Rechnungsbetrag:  1.190,00 EUR', '',
      'Bitte überweisen Sie den Betrag bis zum 31. Mai 2027.', '', 'Viele Grüße']);
    expect(fields.letterDate).toBe('2027-05-13');
  });
  it('keeps the sending date when the mail quotes an old invoice date (a reminder)', () => {
    const fields = fieldsOf(['Von:        Büro Kranich <rechnung@kranich.de>', 'Gesendet:   Freitag, 14. Mai 2027 09:02', 'An:         kaemmerei@musterstadt.de',
      'Betreff:    Zahlungserinnerung', '', 'Guten Tag,', '', 'zu dieser Rechnung fehlt noch die Zahlung:', '', 'Rechnungsdatum:   02.03.2027', 'offener Betrag:   1.190,00 EUR', '',
      'Bitte überweisen Sie den Betrag bis zum 31. Mai 2027.', '', 'Viele Grüße']);
    expect(fields.letterDate).toBe('2027-05-14');
  });
  it('does not take the end of a billing period in the header for the letter date', () => {
    const fields = fieldsOf(['Funknetz Aue GmbH', '', ...recipient, '                       Abrechnungszeitraum  01.02.2027 – 28.02.2027', '',
      'Ihre Rechnung Februar 2027', '', 'Guten Tag,', '', 'Rechnungsbetrag                         119,00 €', '', 'Auetal, 03.03.2027']);
    expect(fields.letterDate).not.toBe('2027-02-28');
  });
});

describe('amount and dueDate of offers and requests', () => {
  it('takes neither an early-bird price nor its booking deadline from an advertisement', () => {
    const fields = fieldsOf(['Seminarhaus Nord', '', ...recipient, 'Auetal, 01.03.2027', '', 'Unser Seminarprogramm 2027', '', 'Sehr geehrte Damen und Herren,', '',
      'Teilnahme: 300,00 € pro Person.', 'Frühbucherpreis bei Anmeldung bis zum 15.04.2027: 260,00 €.', '',
      'Anmeldung online unter www.seminarhaus-nord.de.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
    expect(fields.dueDate).toBeUndefined();
  });
  it('takes the total a notice fixes, not the share paid at each of several dates', () => {
    const fields = fieldsOf(['Landesamt für Finanzen', '', ...recipient, 'Datum: 01.03.2027', '', 'Festsetzung der Zuweisungen 2027', '', 'Sehr geehrte Damen und Herren,', '',
      '   Gesamtbetrag der Zuweisungen 2027                    400.000,00 €', '',
      '3. Der Gesamtbetrag wird in zwei Teilbeträgen von je 200.000,00 € zum 01.04. und 01.10.2027 überwiesen.']);
    expect(fields.amount).toBe(400000);
  });
  it('takes the refund a taxpayer asks for although the subject names the changed Messbescheid', () => {
    const fields = fieldsOf(['Auetaler Mühlen AG', '', ...recipient, 'Datum: 02.04.2027', '', 'Gewerbesteuer 2025 nach geändertem Messbescheid – Antrag auf Erstattung', '',
      'Sehr geehrte Damen und Herren,', '', 'das Finanzamt hat den Steuermessbetrag von 5.000,00 € auf 4.000,00 € herabgesetzt.', '',
      '   Gewerbesteuer bisher                 20.000,00 €', '   Gewerbesteuer neu                    16.000,00 €', '', 'Wir beantragen, den Unterschiedsbetrag von 4.000,00 € zu erstatten.']);
    expect(fields.amount).toBe(4000);
  });
  it('takes the grant a cost plan asks for and no due date from the dates of the project week', () => {
    const fields = fieldsOf(['Kulturverein Aue e.V.', '', ...recipient, 'Auetal, 01.03.2027', '', 'Antrag auf Zuschuss: Theaterwoche vom 7. bis 11. Juni 2027', '', 'Sehr geehrte Damen und Herren,', '',
      '   Gesamtkosten                               4.000,00 €', '   Eigenmittel                                2.500,00 €', '   beantragter Zuschuss der Stadt            1.500,00 €', '   Summe                                      4.000,00 €', '',
      'Wir bitten Sie, die Theaterwoche vom 7. bis 11. Juni 2027 zu unterstützen.']);
    expect(fields.amount).toBe(1500);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('sums and dates quoted from the city\'s own decision', () => {
  it('takes no due date from the deadline the contested order set', () => {
    const fields = fieldsOf(['Kanzlei Berg', '', ...recipient, 'Auetal, 01.04.2027', '', 'Verfügung vom 10.03.2027 – Einstellung der Nutzung', '', 'Sehr geehrte Damen und Herren,', '',
      'die von Ihnen gesetzte Frist zur Einstellung der Nutzung bis zum 30.04.2027 würde den Betrieb beenden.', 'Wir bitten um Mitteilung, ob Sie die Vollziehung aussetzen.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('takes neither the limit "über … hinaus" nor the quoted payment date as amount and due date', () => {
    const fields = fieldsOf(['Hanna Voss', 'Bergweg 2', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 01.04.2027', '', 'Gebühren 2027', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie setzen für mein Grundstück Gebühren von 200,00 € fest, zahlbar zum 15.02.2027.', '',
      'Ich bitte, die Forderung nur insoweit einzuziehen, als sie über 40,00 € hinausgeht.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).not.toBe(40);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('a tax office\'s Messbetrag notification', () => {
  it('carries no amount: the Messbetrag is the base of the city\'s own tax, nobody is asked to pay it', () => {
    const fields = fieldsOf(['Finanzamt Nordheim', 'Postfach 12 · 34560 Nordheim', '', ...recipient, 'Datum: 04.05.2027', '',
      'Mitteilung über den Gewerbesteuermessbetrag 2026', '', 'Sehr geehrte Damen und Herren,', '',
      'für das unten genannte Unternehmen teilen wir Ihnen den festgesetzten Messbetrag mit.', '',
      'Unternehmen: Kranbau Lenz GmbH', 'Steuermessbetrag: 4.212,50 €', '', 'Bitte setzen Sie auf dieser Grundlage die Gewerbesteuer fest.']);
    expect(fields.amount).toBeUndefined();
  });
});
