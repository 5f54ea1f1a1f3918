// General causes found on the thirty-seventh independently written dev split (plain mail from
// private people and small senders), each on a letter written for this test: a reminder whose
// sum "ist immer noch nicht bezahlt", a request "um Zahlung bis Ende Januar", a bill to be paid
// "bis Ende des Monats" or "bis zum Ende des nächsten Monats", and a market trader's »Bewerbung«
// for a stall, which applies for a permit, not a post.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';
import { fieldsOf } from './extractLetters.ts';

const { config } = loadConfig();
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt: new Date('2031-01-20T09:00:00') });

const head = ['Obsthof Reimers', 'Dorfstraße 3 · 12399 Seedorf', '', 'Stadt Musterstadt', 'Bauhof', 'Markt 1', '12345 Musterstadt', '', 'Seedorf, 14.01.2031', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Hauke Reimers'];

describe('a reminder\'s unpaid sum and its deadline in plain words', () => {
  const reminder = [...head, 'Erinnerung – Rechnung 7/2030', '', 'Moin,', '',
    'meine Rechnung vom 3. Dezember über 865,40 Euro ist leider immer noch nicht bezahlt. Das war',
    'für den Baumschnitt an der Schulstraße.', '',
    'Ich bitte jetzt um Zahlung bis Ende Januar, sonst muss ich Mahngebühren berechnen.', '',
    'IBAN DE02 1203 0000 0000 2020 51', ...closing];
  it('takes the sum that "ist immer noch nicht bezahlt" and the end of the named month', () => {
    const fields = fieldsOf(reminder);
    expect(fields.amount).toBe(865.4);
    expect(fields.dueDate).toBe('2031-01-31');
  });
  it('guard: a sum the writer says "ist bereits bezahlt" is still no sum to pay', () => {
    const settled = [...head, 'Ihre Nachfrage', '', 'Sehr geehrte Damen und Herren,', '',
      'die Gebühr von 35,00 Euro ist bereits bezahlt, den Beleg lege ich bei.', ...closing];
    expect(fieldsOf(settled).amount).toBeUndefined();
  });
});

describe('a deadline at the end of the letter\'s month or the next', () => {
  const bill = (term: string) => [...head, 'Rechnung Nr. 2031-02', '', 'Hallo Herr Brandt,', '',
    'für das Schneiden der Kopfweiden berechne ich pauschal 480,00 EUR.', term, '',
    'IBAN DE02 1203 0000 0000 2020 51', ...closing];
  it('"bis Ende des Monats" is the last day of the letter\'s month', () => {
    expect(fieldsOf(bill('Bitte überweisen Sie den Betrag bis Ende des Monats.')).dueDate).toBe('2031-01-31');
  });
  it('"bis zum Ende des nächsten Monats" and "bis zum Folgemonatsende" are the last day of the month after', () => {
    expect(fieldsOf(bill('Bitte zahlen Sie bis zum Ende des nächsten Monats.')).dueDate).toBe('2031-02-28');
    expect(fieldsOf(bill('Bitte überweisen Sie den Betrag bis zum Folgemonatsende.')).dueDate).toBe('2031-02-28');
  });
  it('guard: the end of a month the city need not pay by is no deadline', () => {
    expect(fieldsOf(bill('Die Weiden wachsen bis Ende des Monats wieder aus.')).dueDate).toBeUndefined();
  });
});

describe('a »Bewerbung« for a market stall applies for a permit, not a post', () => {
  const stall = letter({
    head: ['Crêpes & Co. – Lena Vogt', 'Mühlenweg 2 · 12399 Seedorf'], to: city('Ordnungsamt / Märkte'),
    subject: ['Bewerbung um einen Standplatz auf dem Frühlingsmarkt 2031'],
    body: 'hiermit bewerbe ich mich mit meinem Crêpes-Wagen (3 m, Strom 16 A) um einen Platz auf dem Frühlingsmarkt. Reisegewerbekarte und Haftpflichtnachweis liegen bei.',
  });
  it('is an application of normal protection', () => {
    const result = classify(stall);
    expect(result.documentType).toBe('application');
    expect(result.protectionLevel).toBe('normal');
  });
  it('guard: a »Bewerbung« for a post stays a job application', () => {
    const post = letter({
      head: ['Lena Vogt', 'Mühlenweg 2 · 12399 Seedorf'], to: city('Personalservice'),
      subject: ['Bewerbung als Marktmeisterin, Kennziffer 04/2031'],
      body: 'hiermit bewerbe ich mich um die ausgeschriebene Stelle. Lebenslauf und Zeugnisse liegen bei.',
    });
    expect(classify(post).documentType).toBe('job-application');
  });
});
