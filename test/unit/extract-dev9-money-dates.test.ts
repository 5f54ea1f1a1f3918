// Amount and due date for failure families seen on the dev9 letters (sums of money in letters that
// are not ordinary invoices), in own wording: a sum written out in words, a requested sum set off on
// its own line with its full stop, an estimated cost plan, the result of a calculation in running
// text, an account statement's balance; a day of a month named in words (the month after the letter
// date, a month of a quarter), "spätestens N Tage nach Rechnungsdatum", the writer's own promise to
// hand in papers, a sum the city itself fixed and the writer quotes, an abbreviation's dot inside a
// sentence, a grant's conditions, the end of a warranty period, "gleichen Sie den Saldo … aus".
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '34567 Musterstadt', ''];

describe('amount', () => {
  it('takes the sum a decision spells out in words, not the sum claimed before', () => {
    const fields = fieldsOf(['Amtsgericht Oberland', '', ...recipient, 'Datum: 04.05.2026', '', 'KOSTENFESTSETZUNGSBESCHLUSS', '', 'In der Sache Meier gegen Stadt Musterstadt werden die zu erstattenden Kosten auf', '',
      '1.234,56 EUR', '(in Worten: eintausendzweihundertvierunddreißig 56/100 Euro)', '', 'festgesetzt.', '', 'Geltend gemacht waren 1.500,00 EUR.']);
    expect(fields.amount).toBe(1234.56);
  });
  it('takes a granted sum spelled out in words, not the eligible costs it was computed from', () => {
    const fields = fieldsOf(['Landesförderinstitut Oberland', '', ...recipient, 'Datum: 04.05.2026', '', 'Bescheid über eine Zuwendung', '', 'Sehr geehrte Damen und Herren,',
      'für den Umbau der Turnhalle erhalten Sie eine Zuwendung in Höhe von', '', '   50.000,00 Euro', '   (in Worten: fünfzigtausend Euro)', '', '   bewilligt.', '',
      'Zugrunde liegen förderfähige Ausgaben in Höhe von 250.000,00 Euro.']);
    expect(fields.amount).toBe(50000);
  });
  it('takes a requested sum standing alone with its full stop, not the cost plan total', () => {
    const fields = fieldsOf(['Kulturverein Oberland e. V.', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Antrag auf Förderung des Sommerkonzerts', '', 'Sehr geehrte Damen und Herren,',
      'für unser Sommerkonzert beantragen wir eine Förderung in Höhe von', '', '3.000,00 €.', '', 'Kostenplan',
      '  Technik                2.500,00 €', '  Saalmiete             4.500,00 €', '  Gesamtkosten          7.000,00 €']);
    expect(fields.amount).toBe(3000);
  });
  it('gives no amount for an estimated cost plan that asks no sum', () => {
    const fields = fieldsOf(['Förderverein Stadtbibliothek e. V.', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Lesefest im Herbst', '', 'Sehr geehrte Damen und Herren,',
      'für das Lesefest haben wir grob gerechnet:', '', '  Druck der Plakate        1.000,00 €', '  Honorare der Autoren       500,00 €', '  voraussichtliche Gesamtkosten  1.500,00 €', '',
      'Über eine Unterstützung durch die Stadt in welcher Form auch immer würden wir uns freuen.']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes the result of a calculation in running text, not its operand', () => {
    const fields = fieldsOf(['Petra Neumann', 'Lindenweg 3', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Überzahlte Nutzungsentgelte Kleingarten', '', 'Sehr geehrte Damen und Herren,',
      'ich habe drei Monate zu viel gezahlt. Bitte erstatten Sie mir den überzahlten Betrag von 3 × 40,00 € = 120,00 € bis zum 30.05.2026.']);
    expect(fields.amount).toBe(120);
    expect(fields.dueDate).toBe('2026-05-30');
  });
  it('takes an account statement\'s balance, not the column sums of its bookings', () => {
    const fields = fieldsOf(['Wasserversorgung Oberland GmbH', '', ...recipient, 'Datum: 04.05.2026', '', 'Kontoauszug Kundenkonto 4711', '', 'Sehr geehrte Damen und Herren,',
      'Datum        Text                       Soll (EUR)     Haben (EUR)', '02.03.2026   Rechnung März                  500,00', '20.03.2026   Zahlung                                       300,00',
      'Summen                                      500,00          300,00', '', 'Saldo zu unseren Gunsten                    200,00 EUR', '',
      'Bitte gleichen Sie den Saldo bis spätestens 18.05.2026 aus.']);
    expect(fields.amount).toBe(200);
    expect(fields.dueDate).toBe('2026-05-18');
  });
});

describe('dueDate', () => {
  const notice = (sentence: string, date = '20.05.2026') => fieldsOf(['Abwasserverband Oberland', '', ...recipient, `Datum: ${date}`, '', 'Festsetzung einer Gebühr', '', 'Sehr geehrte Damen und Herren,',
    'wir setzen eine Gebühr von 80,00 EUR fest.', sentence]);
  it('resolves the 15th of the month after the letter date', () => {
    expect(notice('Die Gebühr ist bis zum 15. des auf das Datum dieses Schreibens folgenden Monats zu zahlen.').dueDate).toBe('2026-06-15');
  });
  it('does not resolve a day of the month after receipt', () => {
    expect(notice('Die Gebühr ist bis zum 15. des auf die Zustellung folgenden Monats zu zahlen.').dueDate).toBeUndefined();
  });
  it('resolves a day of a month of the quarter the sentence names', () => {
    expect(notice('Die Vorauszahlung für das 3. Quartal ist zum 15. des zweiten Quartalsmonats fällig.', '10.06.2026').dueDate).toBe('2026-08-15');
  });
  it('counts "spätestens N Tage nach Rechnungsdatum" from the letter date', () => {
    const fields = fieldsOf(['Dr. Jan Vogt', 'Am Hang 2', '12345 Oberstadt', '', ...recipient, 'Oberstadt, 04.05.2026', '', 'Rechnung Nr. 7', '', 'Sehr geehrte Damen und Herren,',
      'für die Moderation berechne ich 600,00 €.', 'Ich bitte um Zahlung spätestens 14 Tage nach Rechnungsdatum.']);
    expect(fields.dueDate).toBe('2026-05-18');
  });
  it('gives no due date for papers the writer promises to hand in itself', () => {
    const application = (promise: string) => fieldsOf(['Schachclub Oberland e. V.', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Antrag auf Zuschuss zum Jugendturnier', '', 'Sehr geehrte Damen und Herren,',
      'wir beantragen einen Zuschuss von 800,00 € für das Jugendturnier.', promise]);
    expect(application('Fehlende Quittungen werden wir bis spätestens 31.07.2026 nachreichen.').dueDate).toBeUndefined();
    expect(application('Die Abrechnung des Turniers reichen wir bis zum 31.07.2026 nach.').dueDate).toBeUndefined();
  });
  it('gives no due date for a payment date the city fixed and the writer quotes', () => {
    const fields = fieldsOf(['Karl Brandt', 'Feldweg 9', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Bitte um Stundung', '', 'Sehr geehrte Damen und Herren,',
      'mit Bescheid vom 10.04.2026 haben Sie Gebühren von 900,00 € festgesetzt, die bis zum 15.05.2026 zu zahlen sind.', 'Ich bitte, mir den Betrag bis Ende des Jahres zu stunden.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('reads an abbreviation inside a sentence as part of it', () => {
    const fields = fieldsOf(['Karl Brandt', 'Feldweg 9', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Ihre Anfrage', '', 'Sehr geehrte Damen und Herren,',
      'Sie haben mich mit Ihrem Schreiben (vgl. Anlage) aufgefordert, bis zum 30.05.2026 die Unterlagen vorzulegen. Anbei erhalten Sie diese.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('gives no due date for a grant\'s claim and proof-of-use deadlines', () => {
    const fields = fieldsOf(['Landesförderinstitut Oberland', '', ...recipient, 'Datum: 04.05.2026', '', 'Bescheid über eine Zuwendung', '', 'Sehr geehrte Damen und Herren,',
      'wir bewilligen Ihnen eine Zuwendung in Höhe von 20.000,00 Euro.', 'Der Mittelabruf ist bis zum 30.10.2026 vorzulegen.', '', 'Der Verwendungsnachweis ist bis zum 31.03.2027 einzureichen.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('gives no due date for the end of a warranty period', () => {
    const fields = fieldsOf(['Dachbau Nord GmbH', '', ...recipient, 'Rechnungsdatum: 04.05.2026', '', 'Schlussrechnung Dach Grundschule', '', 'Sehr geehrte Damen und Herren,',
      'Zu zahlender Betrag 12.000,00 EUR', 'Zahlbar innerhalb von 30 Tagen nach Zugang dieser Rechnung.', '', 'Den Einbehalt von 600,00 EUR lösen wir gegen Bürgschaft ab. Die Gewährleistungsfrist endet am 01.04.2031.']);
    expect(fields.dueDate).toBeUndefined();
  });
});
