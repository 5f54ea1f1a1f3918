// References and subjects of invented letters (own wording) for failure families seen on the dev18
// letters: a law firm's own file number ("Unser Zeichen: 77/28 KW") when it quotes no Ihr Zeichen;
// two labels joined by a slash without a colon ("Ihr Zeichen / Ihre Nachricht vom" over a
// code and a date); a code of two halves joined by a spaced dash ("ZK 3100 A - FKS 418/28"); a
// department code whose first digit OCR read as I; a Betreff block whose middle line holds two
// file numbers ("Az. … – Kassenzeichen …"); a form title in capitals with a digit OCR put into a
// word; a "…-Nr.: code" row that is no subject. Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { repairDepartmentCode } from '../../ocr/extract/references.ts';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Recht', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', 'Frieda Kolbe'];
const CODES = ['0.10', '1.10', '1.20', '1.30', '1.40', '1.50', '3.10.20', '3.30', '5.10', '5.20', '5.30', '6.30', '9.40.20', '9.50.30', '9.60.10'];

describe('reference: a law firm\'s own file number', () => {
  const lawFirm = (sign: string) => ['KOLBE & ARNDT', 'Rechtsanwälte', '', 'Kolbe & Arndt Rechtsanwälte PartG mbB · Domstraße 4 · 23456 Nordheim', '',
    ...recipient, sign, 'Sachbearbeiterin: RAin Frieda Kolbe', '', 'Nordheim, 02.04.2028', '', 'Betreff: Bäckerei Ohm ./. Stadt Musterstadt', '', ...body];
  it('takes "Unser Zeichen" of a lawyers\' PartG mbB with the writer\'s initials', () => {
    expect(fieldsOf(lawFirm('Unser Zeichen: 77/28 KW')).reference).toBe('77/28 KW');
  });
  it('still leaves out a trading company\'s own mark', () => {
    const shop = ['Ohm Backwaren GmbH · Mühlenweg 2 · 23456 Nordheim', '', ...recipient, 'Unser Zeichen: 77/28 KW', 'Datum: 02.04.2028', '',
      'Betreff: Lieferung Brötchen', '', ...body];
    expect(fieldsOf(shop).reference).toBeUndefined();
  });
});

describe('reference: two labels joined by a slash, without a colon', () => {
  const authority = (row: string) => ['Landesamt für Wasserwirtschaft Nordland', 'Dezernat 21', '',
    'Landesamt für Wasserwirtschaft · Postfach 12 · 23456 Nordheim', '', 'Stadt Musterstadt', 'Bauhof', 'Industriestraße 30', '12345 Musterstadt', '',
    row, 'Mein Zeichen                        LW 21-6620/28-004', 'Datum                               03.04.2028', '',
    'Wasserrechtliche Erlaubnis', '', ...body];
  it('takes the city\'s code, the first value, not the sender\'s "Mein Zeichen"', () => {
    expect(fieldsOf(authority('Ihr Zeichen / Ihre Nachricht vom    9.50.30-WR-2028/011 / 12.02.2028')).reference).toBe('9.50.30-WR-2028/011');
  });
  it('takes no date as the city\'s code when only the date is given', () => {
    expect(fieldsOf(authority('Ihr Zeichen / Ihre Nachricht vom    12.02.2028')).reference).toBe('LW 21-6620/28-004');
  });
});

describe('reference: a code of two halves joined by a spaced dash', () => {
  const customs = (code: string) => ['Hauptzollamt Südheim', 'Finanzkontrolle Schwarzarbeit', '', 'Hauptzollamt Südheim · Postfach 3 · 34567 Südheim', '',
    ...recipient, `Geschäftszeichen: ${code}`, 'Datum: 06.04.2028', '', 'Abgabe eines Verfahrens', '', ...body];
  it('keeps both halves', () => {
    expect(fieldsOf(customs('ZK 3100 A - FKS 418/28')).reference).toBe('ZK 3100 A - FKS 418/28');
    expect(fieldsOf(customs('ZK 3100 - FKS 418/28')).reference).toBe('ZK 3100 - FKS 418/28');
  });
  it('stops at a dash followed by words', () => {
    expect(fieldsOf(customs('ZK 3100 A - bitte stets angeben')).reference).toBe('ZK 3100');
  });
});

describe('reference: a department code with its first digit read as a letter', () => {
  it('repairs "I.50-…" to the known code "1.50-…"', () => {
    expect(repairDepartmentCode('I.50-HuSt-2027/0815', CODES)).toBe('1.50-HuSt-2027/0815');
    expect(repairDepartmentCode('S.20-KB-2028/14', CODES)).toBe('5.20-KB-2028/14');
  });
  it('leaves a letter code that is no known department, and a letter before a code one digit off', () => {
    expect(repairDepartmentCode('I.70-XY-2027/1', CODES)).toBe('I.70-XY-2027/1');
    expect(repairDepartmentCode('B.50-XY-2027/1', CODES)).toBe('B.50-XY-2027/1');
    expect(repairDepartmentCode('1.48-FO-2027/1', CODES)).toBe('1.40-FO-2027/1');
  });
});

describe('subject: a Betreff block with two file numbers in its middle line', () => {
  it('keeps the letter answered at the head of the block', () => {
    const lines = ['Musterstadt, den 09. April 2028', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Rathausplatz 1', '12345 Musterstadt', '',
      'Ihr Bescheid vom 20.03.2028 über den Straßenausbaubeitrag für das Grundstück Lindenweg 3',
      'Az. 1.50-SB-2028/044 – Kassenzeichen 5.6100.031177.2', 'hier: Widerspruch', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Ihr Bescheid vom 20.03.2028 über den Straßenausbaubeitrag für das Grundstück Lindenweg 3 '
      + 'Az. 1.50-SB-2028/044 – Kassenzeichen 5.6100.031177.2 hier: Widerspruch');
  });
  it('still starts the block at a file number followed by the matter', () => {
    const lines = ['Musterstadt, den 09. April 2028', '', 'Stadt Musterstadt', 'Steuern und Abgaben', 'Rathausplatz 1', '12345 Musterstadt', '',
      'Gesamtschuldner Otto und Ina Brehm', 'Az. 1.50-SB-2028/044 – Widerspruch gegen den Beitragsbescheid', 'hier: Begründung', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Az. 1.50-SB-2028/044 – Widerspruch gegen den Beitragsbescheid hier: Begründung');
  });
});

describe('subject: a form title in capitals', () => {
  const form = (title: string) => ['Stadt Musterstadt – Steuern und Abgaben – Rathausplatz 1 – 12345 Musterstadt', '', title,
    '(Anmeldung nach § 4 der Hundesteuersatzung)', '', 'Bitte vollständig ausfüllen und zurücksenden.', '',
    '1. Halterin', '   Name, Vorname:   Aydin, Selin', '   Anschrift:       Kastanienweg 4, 12345 Musterstadt', '',
    '2. Berechnung', '   Steuer für 2028:     120,00 €', '', 'Musterstadt, 11.03.2028        Selin Aydin'];
  it('takes the title with its bracketed line, also with a digit OCR put into a word', () => {
    expect(fieldsOf(form('ANMELDUNG ZUR HUNDE5TEUER')).subject).toBe('ANMELDUNG ZUR HUNDE5TEUER (Anmeldung nach § 4 der Hundesteuersatzung)');
    expect(fieldsOf(form('ANMELDUNG ZUR HUNDESTEUER')).subject).toBe('ANMELDUNG ZUR HUNDESTEUER (Anmeldung nach § 4 der Hundesteuersatzung)');
  });
  it('takes no capital line with a real number as a title', () => {
    expect(fieldsOf(['ANMELDUNG 2028 ZUR HUNDESTEUER', '', ...recipient, 'Sehr geehrte Damen und Herren,']).subject).not.toBe('ANMELDUNG 2028 ZUR HUNDESTEUER');
  });
});

describe('subject: a "…-Nr.: code" row is no subject', () => {
  it('takes the title under the row', () => {
    const lines = ['FWV', 'Firmenverzeichnis West', '', 'FWV Ltd. · 1 Dock Road · London', '', 'Stadt Musterstadt', 'Rathausplatz 1', '12345 Musterstadt',
      '                                              Eintrags-Nr.:   GB-2028-771042', '                                              Datum:          18.03.2028', '',
      'EINTRAGUNGSANTRAG / Prüfung Ihrer Firmendaten', 'Bitte unterschrieben zurücksenden', '',
      'Der Jahresbeitrag beträgt 990,00 € zzgl. MwSt.'];
    expect(fieldsOf(lines).subject).toBe('EINTRAGUNGSANTRAG / Prüfung Ihrer Firmendaten');
  });
  it('keeps a Betreff whose second line names a project with a number', () => {
    const lines = ['Bau Brandt GmbH · Ring 2 · 12345 Musterstadt', '', ...recipient, 'Datum: 03.04.2028', '',
      'Betreff: Baubeginnsanzeige', 'Bauvorhaben Lindenweg 3, Flurstück 44/2', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Baubeginnsanzeige Bauvorhaben Lindenweg 3, Flurstück 44/2');
  });
});
