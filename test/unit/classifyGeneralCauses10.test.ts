// General causes of misclassification found on the tenth independently written dev split, each on
// a letter written for this test: a public body billing its costs to the city in an authority's
// words ("stellen wir Ihnen … in Rechnung", "bitten um Überweisung") instead of a firm's invoice.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('a public body billing its costs', () => {
  it('a neighbouring town charging for its rescue service is an invoice', () => {
    const result = classify(letter({
      head: ['Gemeinde Lindholm', 'Der Bürgermeister', '', 'Gemeinde Lindholm · Dorfstraße 2 · 23456 Lindholm'], to: city('Feuerwehr'),
      refs: ['Aktenzeichen: 37-112/2025', 'Kassenzeichen: 2025.0044'],
      subject: ['Ersatz der Kosten für den Einsatz der Drehleiter am 12.05.2025'],
      body: 'unsere Ortswehr hat auf Anforderung Ihrer Leitstelle mit der Drehleiter vier Stunden lang ausgeholfen.\n'
        + 'Nach der Vereinbarung beider Gemeinden über die gegenseitige Hilfe stellen wir Ihnen dafür 540,00 Euro in Rechnung '
        + '(Drehleiter und Maschinist, je vier Stunden).\n'
        + 'Wir bitten um Überweisung bis zum 30.06.2025 unter Angabe des Kassenzeichens.',
    }));
    expect(result.documentType).toBe('invoice');
  });

  it('a complaint that a sum was billed stays no invoice', () => {
    const result = classify(letter({
      head: ['Karin Wolters', 'Am Deich 4', '23456 Altdorf'], to: city('Bürgerbüro'),
      subject: ['Beschwerde über die Gebühr für meinen Reisepass'],
      body: 'für meinen Reisepass wurden mir 70 Euro in Rechnung gestellt, obwohl die Gebühr 37,50 Euro beträgt.\nIch bitte um Prüfung.',
    }));
    expect(result.documentType).not.toBe('invoice');
  });
});
