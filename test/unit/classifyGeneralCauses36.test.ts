// General causes of misclassification found on the thirty-fifth and thirty-sixth independently
// written dev splits (money mail of a summer month, plain autumn mail), each on a letter written
// for this test: an offer's payment term "Zahlung nach Rechnung" (also wrapped onto a line of its
// own), an offer's price with VAT, a newspaper's »Anzeigenrechnung«, a traffic order citing
// "§ 45 Abs. 1 und 6 StVO" (OCR: "$ 45"), an authority's answer to the city's own application,
// a bill's buyer column naming the invoice intake above a delivery place, and a club's plain request
// whose verb grants the use of a hall ("bitten wir darum, … zu überlassen").
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2030-03-02T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const rules = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
const ruleIds = (text: string) => rules(text).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('an offer\'s payment term names the bill still to come', () => {
  it('"Zahlung nach Rechnung" and "Lieferung gegen Rechnung", also wrapped before the word, are no »Rechnung«', () => {
    expect(ruleIds('Die Lieferung erfolgt gegen Rechnung, Zahlung nach Rechnung binnen 10 Tagen.')).not.toContain('invoice.word');
    expect(ruleIds('Das Streugut liefern wir im Dezember. Zahlung nach\nRechnung innerhalb von 10 Tagen.')).not.toContain('invoice.word');
  });
  it('guard: a bill\'s own »Rechnung« still counts', () => {
    expect(ruleIds('Rechnung Nr. 2030-118\n\nfür die Lieferung vom 04.03.2030 berechnen wir 480,00 EUR.')).toContain('invoice.word');
  });
  it('a newspaper\'s »Anzeigenrechnung« is a bill\'s title', () => {
    expect(ruleIds('Anzeigenrechnung\n\nStellenanzeige in der Ausgabe vom 02.03.2030, 2-spaltig, 90 mm.')).toContain('invoice.word');
  });
});

describe('an offer prices what it offers: VAT and a total are no bill', () => {
  const offer = [
    'Gärtnerei Wessel', 'Gärtnerei Wessel · Lindenweg 7 · 12399 Seedorf', '', ...city('Grünflächen'), '',
    'Moin Frau Albers,',
    'wie besprochen biete ich Ihnen die Bepflanzung der drei Kübel am Rathaus für den Sommer an: Stauden, Erde und',
    'Pflege bis September für 820,00 € zzgl. 19 % MwSt. 155,80 €, zusammen 975,80 €. Das Angebot gilt bis Ende April. Bezahlung nach',
    'Rechnung, 10 Tage. Melden Sie sich einfach, wenn es so passt.',
    'Viele Grüße',
    'Hanne Wessel',
    'Seedorf, 12.03.2030',
  ].join('\n');
  it('"biete ich Ihnen … an" with an »Angebot« and a price with VAT is an offer', () => {
    expect(classify(offer).documentType).toBe('offer');
  });
  it('guard: the same figures with the bill\'s own marks stay an invoice', () => {
    const bill = letter({
      head: ['Gärtnerei Wessel', 'Gärtnerei Wessel · Lindenweg 7 · 12399 Seedorf'], to: city('Finanzservice'),
      subject: ['Rechnung Nr. 30-044 – Bepflanzung der Rathauskübel'],
      body: 'für die Bepflanzung laut unserem Angebot vom 12.03.2030 berechnen wir 820,00 € zzgl. 19 % MwSt. 155,80 €, '
        + 'Rechnungsbetrag 975,80 €. Zahlbar ohne Abzug bis 15.05.2030.',
    });
    expect(classify(bill).documentType).toBe('invoice');
  });
});

describe('the StVO\'s traffic-order section is no offence, however its paragraphs are listed', () => {
  it('"§ 45 Abs. 1 und 6 StVO" (and OCR\'s "$ 45 Abs. 1, 3 und 6 StVO") is no fine', () => {
    expect(ruleIds('Verkehrsrechtliche Anordnung nach § 45 Abs. 1 und 6 StVO für die Baustelle Mühlenweg')).not.toContain('fine.words');
    expect(ruleIds('Anordnung gemäß $ 45 Abs. 1, 3 und 6 StVO – Vollsperrung Kirchgasse')).not.toContain('fine.words');
  });
  it('guard: an offence under another section of the StVO is one', () => {
    expect(ruleIds('Sie parkten entgegen § 12 Abs. 1 und 3 StVO im Halteverbot.')).toContain('fine.words');
  });
});

describe('an authority\'s answer to the city\'s own application decides, it applies for nothing', () => {
  const order = letter({
    head: ['Landkreis Südheide', 'Der Landrat', 'Landkreis Südheide · Postfach 40 · 29301 Südheide'], to: city('Bauhof'),
    refs: ['Ihr Antrag vom: 02.05.2030'],
    subject: ['Sondernutzungserlaubnis für die Kreisstraße 12 – Aufstellung eines Bauzauns'],
    body: 'auf Ihren Antrag vom 02.05.2030 wird die Sondernutzung der Kreisstraße 12 vom 01.06. bis 30.06.2030 erlaubt. '
      + 'Die Absperrung ist nach dem beigefügten Plan einzurichten.\n\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb '
      + 'eines Monats nach Bekanntgabe Widerspruch beim Landkreis Südheide erhoben werden.',
  });
  it('"Ihr Antrag vom" with remedy instructions from a Landkreis is a notice', () => {
    expect(classify(order).documentType).toBe('notice');
  });
  it('guard: the city\'s own application for the same permit stays an application', () => {
    const request = letter({
      head: ['Stadt Musterstadt', 'Bauhof'], to: ['Landkreis Südheide', 'Straßenverkehrsbehörde', 'Postfach 40', '29301 Südheide'],
      subject: ['Antrag auf Sondernutzungserlaubnis für die Kreisstraße 12'],
      body: 'hiermit beantragen wir die Sondernutzung der Kreisstraße 12 vom 01.06. bis 30.06.2030 für einen Bauzaun.',
    });
    expect(classify(request).documentType).toBe('application');
  });
});

describe('a plain request asks to be granted something without the word »Antrag«', () => {
  const request = (sentence: string) => [
    'Kleingartenverein Am Mühlbach e.V.', 'Mühlbachweg 2 · 12345 Musterstadt', '', ...city('Immobilienservice'), '',
    'Sehr geehrte Damen und Herren,', '', sentence, '', 'Mit freundlichen Grüßen', '', 'Jens Roloff', 'Kassenwart',
  ].join('\n');
  it('"bitten wir darum, uns … zu überlassen" is an application', () => {
    const text = request('für unser Sommerfest am 14. Juni bitten wir darum, uns den Saal im Bürgerhaus von 14 bis 22 Uhr zu\nüberlassen; für Aufbau und Reinigung sorgen wir selbst.');
    expect(ruleIds(text)).toContain('application.askToGrant');
    expect(classify(text).documentType).toBe('application');
  });
  it('guard: asking for papers or an answer is no application', () => {
    expect(ruleIds(request('wir bitten Sie, uns die Unterlagen zum Pachtvertrag bis Ende Mai zu übersenden.'))).not.toContain('application.askToGrant');
    expect(ruleIds(request('ich bitte Sie, mir mitzuteilen, wann die Hecke geschnitten wird.'))).not.toContain('application.askToGrant');
  });
});
