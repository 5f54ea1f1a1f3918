// General causes seen on the dev17 letters, each on a letter written for this test: a parish
// writing from its office ("Pfarramt · …" in the return line), a bill whose »Rechnung« OCR read
// with "ri" for "n", a job application quoting the pay group of the advertised post, and a
// seminar programme whose titles OCR set between guillemets or mixed quotation marks. Guards keep
// the office's own name, plain words that merely contain a keyword and an employee's own pay
// group as they were.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';
import { fieldsOf } from './extractLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2028-02-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.9 }), config, { receivedAt });
const recipient = ['Stadt Musterstadt', 'Bürgermeisteramt', 'Markt 1', '12345 Musterstadt', ''];

describe('sender: a parish writing from its office', () => {
  it('takes the parish of the letterhead, not the office word "Pfarramt"', () => {
    const fields = fieldsOf(['Katholische Kirchengemeinde St. Josef Altdorf', '', 'Pfarramt · Kirchweg 2 · 23456 Altdorf', ...recipient,
      'Altdorf, 03.02.2028', '', 'Glockenläuten zum Stadtjubiläum', '', 'Sehr geehrte Damen und Herren,', '',
      'gern läuten wir zum Festakt am 1. Mai die Glocken von St. Josef.', '', 'Mit freundlichen Grüßen', '', 'Pfarrer Tobias Rehm']);
    expect(fields.sender).toBe('Katholische Kirchengemeinde St. Josef Altdorf');
  });
  it('keeps a return line that names the office with its place as the sender', () => {
    const fields = fieldsOf(['Evangelisches Pfarramt Altdorf · Kirchweg 2 · 23456 Altdorf', ...recipient,
      'Altdorf, 03.02.2028', '', 'Glockenläuten zum Stadtjubiläum', '', 'Sehr geehrte Damen und Herren,', '',
      'gern läuten wir zum Festakt am 1. Mai die Glocken.', '', 'Mit freundlichen Grüßen', '', 'Pfarrerin Ute Lenz']);
    expect(fields.sender).toBe('Evangelisches Pfarramt Altdorf');
  });
});

describe('type: a strong type word read with OCR confusions', () => {
  const bill = (title: string) => ['Holger Wiese', 'Garten- & Landschaftspflege', 'Lindenweg 8', '23456 Altdorf', '',
    ...city('Friedhofsverwaltung'), '', 'Altdorf, den 2.2.28', '', title, '',
    'Für Heckenschnitt am Nordfriedhof berechne ich:', '', '24.1.   Hecke geschnitten     6 Std.', '25.1.   Schnittgut abgefahren  3 Std.',
    '        zus. 9 Std. à 30,00 €                 270,o0 €', '', 'Gem. § 19 UStG wird keine Umsatzsteuer berechnet.', '',
    'Bitte bis 25.2. überweisen.', '', 'Vielen Dank!', '', 'H. Wiese'].join('\n');
  const typeWordHit = (text: string, rule: string) => scoreRules(analyseLetter(pagesFromText(text), { organisation: config.organisation })).hits
    .some((hit) => hit.rule.id === rule && hit.zone === 'subject');
  it('reads »Rechriung« (ri for n) in the subject as »Rechnung«: an invoice', () => {
    expect(typeWordHit(bill('Rechriung Nr. 4/28'), 'invoice.word')).toBe(true);
    expect(classify(bill('Rechriung Nr. 4/28')).documentType).toBe('invoice');
  });
  it('reads »Reclinung« (li for h) as »Rechnung«', () => {
    expect(typeWordHit(bill('Reclinung Nr. 4/28'), 'invoice.word')).toBe(true);
  });
  it('reads »Mahriung« as »Mahnung«', () => {
    const text = letter({ head: ['Druckhaus Lorenz GmbH · Werkstraße 5 · 23456 Altdorf'], to: city('Finanzservice'),
      subject: ['Mahriung'], body: 'unsere Rechnung Nr. 2028-41 vom 04.01.2028 über 312,00 € ist noch offen. Bitte überweisen Sie den Betrag bis zum 20.02.2028.' });
    expect(typeWordHit(text, 'reminder.word')).toBe(true);
    expect(classify(text).documentType).toBe('reminder');
  });
  it('does not read »Berechnung« in a question about fees as an invoice', () => {
    const text = letter({ head: ['Jana Koch', 'Birkenweg 4', '23456 Altdorf'], to: city('Bürgerservice'),
      subject: ['Frage zur Berechnung der Friedhofsgebühren'], body: 'können Sie mir erklären, nach welcher Satzung die Gebühren für die Grabpflege berechnet werden?' });
    expect(classify(text).documentType).not.toBe('invoice');
  });
});

describe('protection: pay groups and seminar titles that name no one', () => {
  it('a job application quoting the pay group of the advertised post stays high', () => {
    const text = letter({ head: ['Mara Schulte', 'Am Deich 5', '23456 Altdorf'], to: city('Personalservice'),
      subject: ['Bewerbung als Sachbearbeiterin Bauaufsicht (m/w/d)'], body: 'auf Ihre Stellenausschreibung bewerbe ich mich um die Stelle in der Bauaufsicht. '
        + 'Die ausgeschriebene Eingruppierung in EG 9b TVöD entspricht meinen Vorstellungen. Lebenslauf und Zeugnisse liegen bei.', closing: ['Mara Schulte'] });
    const result = classify(text);
    expect(result.documentType).toBe('job-application');
    expect(result.protectionLevel).toBe('high');
    expect(protectionFromContent('Die Eingruppierung der ausgeschriebenen Stelle ist EG 8.').level).toBe('normal');
  });
  it('an employee asking about their own pay group stays very-high', () => {
    expect(protectionFromContent('hiermit beantrage ich die Überprüfung meiner Eingruppierung in EG 6.').level).toBe('very-high');
    expect(protectionFromContent('Die Eingruppierung von Frau Berg in EG 9 ist ausgeschrieben worden.').level).toBe('very-high');
  });
  it('titles between guillemets or mixed quotation marks are a seminar topic, not a person', () => {
    const programme = 'unser Programm für Personalverantwortliche, eine Auswahl:\n'
      + '»Eingruppierung im TVöD – Fälle aus der Praxis“   14.04.2028   380,00 €\n'
      + '»Elternzeit und Teilzeit«   21.04.2028   280,00 €';
    const result = protectionFromContent(programme);
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('the same words outside quotation marks still raise the level', () => {
    expect(protectionFromContent('Frau Berg hat Elternzeit bis zum 30.06.2028 beantragt; ihre Eingruppierung bleibt unverändert.').level).toBe('very-high');
  });
});
