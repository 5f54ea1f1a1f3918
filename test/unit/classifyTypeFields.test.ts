// Fields a document type never carries: an objection, a building or job application and an
// advertisement ask the city to pay nothing, and with offers and medical letters they set it no
// deadline, whatever sums and dates they quote. Only a type the classifier is sure of decides.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-05T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });
const fieldsAs = (text: string, documentType?: 'objection' | 'offer' | 'invoice') =>
  extractFields(analyseLetter(pagesFromText(text, { confidence: 0.95 }), { organisation: 'Stadt Musterstadt' }), { organisation: 'Stadt Musterstadt', receivedAt, ...(documentType ? { documentType } : {}) }).fields;

// A citizen contests a fee and names what she would pay instead, with the fee notice's due date.
// The scan misread the words the extractor knows an objection by ("Wlderspruch", "elngelegt"); the
// classifier still recognises the letter, which is what this test is about.
const objection = letter({
  head: ['Karin Wendt', 'Birkenallee 9', '34567 Musterstadt'], to: city('Steuern und Abgaben'),
  subject: ['Wlderspruch gegen den Gebührenbescheid vom 28.05.2025, Kassenzeichen 5200.1187.44'],
  body: 'gegen den Bescheid wird hiermit Wlderspruch elngelegt. Gefordert werden Gebühren in Höhe von 312,40 €, zu zahlen bis 30.06.2025.\n'
    + 'Die Veranlagung der Grundstücksfläche ist falsch. Ich bitte um Aufhebung des Bescheides und um eine Eingangsbestätigung.',
});

// A firm offers a service: a gross sum and the date by which it would like the order.
const offer = letter({
  head: ['Spielgeräte Nord GmbH', 'Spielgeräte Nord GmbH · Hafenstraße 2 · 23456 Altdorf'], to: city('Bauhof'),
  subject: ['Angebot Nr. 2025-114 Prüfung der Spielplätze'],
  body: 'wir bieten Ihnen die jährliche Hauptinspektion Ihrer 14 Spielplätze an.\nAngebotssumme brutto 4.165,00 €.\n'
    + 'Für eine Ausführung im Juli benötigen wir Ihren Auftrag bis spätestens 30.06.2025.',
});

describe('a type the classifier is sure of keeps the fields it never carries out', () => {
  it('an objection quoting the contested fee and its due date has neither amount nor due date', () => {
    const result = classify(objection);
    expect(result.documentType).toBe('objection');
    expect(result.fields.amount).toBeUndefined();
    expect(result.fields.dueDate).toBeUndefined();
    expect(result.fields.cashReference).toBe('5200.1187.44');
  });
  it('an offer keeps its sum, but the date it would like the order by is no due date', () => {
    const fields = fieldsAs(offer, 'offer');
    expect(fields.amount).toBe(4165);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('guards: without a sure type the letter alone decides', () => {
  it('the same objection read without a type still finds the quoted sum', () => {
    expect(fieldsAs(objection).amount).toBeDefined();
  });
  it('the same offer read without a type takes the order date as its due date', () => {
    expect(fieldsAs(offer).dueDate).toBe('2025-06-30');
  });
  it('an invoice keeps its sum and due date', () => {
    const invoice = letter({
      head: ['Elektro Brandt GmbH', 'Elektro Brandt GmbH · Ringstraße 5 · 23456 Altdorf'], to: city('Bauhof'),
      subject: ['Rechnung Nr. 25-0412'],
      body: 'für die Reparatur der Straßenbeleuchtung berechnen wir:\nNetto 1.000,00 €\nUSt. 19 % 190,00 €\nGesamtbetrag 1.190,00 €\n'
        + 'Zahlbar bis 30.06.2025 ohne Abzug.',
    });
    const fields = fieldsAs(invoice, 'invoice');
    expect(fields.amount).toBe(1190);
    expect(fields.dueDate).toBe('2025-06-30');
  });
});
