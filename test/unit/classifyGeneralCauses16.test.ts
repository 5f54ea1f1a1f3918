// General causes of misclassification found on the sixteenth independently written dev split, each
// on a letter written for this test: a builder's request for a traffic order that cites the StVO
// section on such orders, payment mail addressed to the invoice intake that quotes the ordering
// unit's file code, and a witness form for a city car addressed to a department "z. Hd." of the
// person in charge of its vehicles.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2027-12-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('a request for a traffic order under § 45 StVO', () => {
  const request = (section: string) => letter({
    head: ['Gerüstbau Ohlsen GmbH', 'Gerüstbau Ohlsen GmbH · Kanalweg 4 · 23456 Altdorf'], to: city('Ordnungsamt', 'Straßenverkehrsbehörde'),
    subject: [`Antrag auf verkehrsrechtliche Anordnung nach ${section} StVO`, 'Halbseitige Sperrung Lindenstraße 3 für ein Fassadengerüst'],
    body: 'für die Fassadensanierung Lindenstraße 3 beantragen wir die halbseitige Sperrung der Fahrbahn vom 14.02. bis 28.02.2028.\n'
      + 'Einen Verkehrszeichenplan fügen wir bei. Die Gebühr übernehmen wir.',
  });
  it('is an application of normal protection, not a fine', () => {
    const result = classify(request('§ 45 Abs. 6'));
    expect(result.documentType).toBe('application');
    expect(result.protectionLevel).toBe('normal');
    expect(result.department).toBe('3.10.20');
  });
  it('so for an exemption under § 46', () => {
    expect(classify(request('§ 46 Abs. 1 Nr. 8')).documentType).toBe('application');
  });
  it('guard: a hearing citing the StVO offence is still a fine', () => {
    const result = classify(letter({
      head: ['Landkreis Altdorf', 'Bußgeldstelle', 'Landkreis Altdorf · Postfach 3 · 23456 Altdorf'], to: city('Fuhrpark'),
      subject: ['Anhörung im Bußgeldverfahren'],
      body: 'Ihnen wird vorgeworfen, am 02.11.2027 in Altdorf im Halteverbot geparkt zu haben (§§ 12 Abs. 1, 49 StVO; § 24 StVG).\nSie können sich zu dem Vorwurf äußern.',
    }));
    expect(result.documentType).toBe('fine');
  });
});

describe('payment mail addressed to the invoice desk', () => {
  const bill = (type: 'Rechnung' | 'Mahnung', unit: string) => letter({
    head: ['Elektro Brandhorst e.K.', 'Elektro Brandhorst e.K. · Ringstraße 8 · 23456 Altdorf'], to: city(unit),
    refs: ['Ihr Zeichen: 9.40.20-EL-2027/118'],
    subject: type === 'Rechnung' ? ['Rechnung Nr. 27-4410'] : ['Mahnung', 'Unsere Rechnung Nr. 27-4410 vom 01.10.2027'],
    body: type === 'Rechnung'
      ? 'für die Prüfung der Elektroanlage im Bürgerhaus berechnen wir 1.180,00 € zzgl. 19 % USt 224,20 €, Rechnungsbetrag 1.404,20 €.\nZahlbar bis 30.12.2027.'
      : 'unsere Rechnung über 1.404,20 € ist noch offen. Bitte zahlen Sie den Betrag zuzüglich 5,00 € Mahngebühr bis zum 30.12.2027.',
  });
  it('an invoice to "Finanzservice – Rechnungseingang" goes there, not to the ordering unit of its reference', () => {
    const result = classify(bill('Rechnung', 'Finanzservice – Rechnungseingang'));
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('1.40');
  });
  it('so does a reminder', () => {
    const result = classify(bill('Mahnung', 'Rechnungseingang'));
    expect(result.documentType).toBe('reminder');
    expect(result.department).toBe('1.40');
  });
  it('guard: an invoice addressed to the ordering unit follows the reference code', () => {
    expect(classify(bill('Rechnung', 'Immobilienservice')).department).toBe('9.40.20');
  });
  it('guard: an invoice to the finance department, not its invoice intake, follows the reference code', () => {
    expect(classify(bill('Rechnung', 'Finanzservice')).department).toBe('9.40.20');
  });
  it('guard: an invoice without a desk in the address follows the reference code', () => {
    expect(classify(bill('Rechnung', 'Rathaus')).department).toBe('9.40.20');
  });
});

describe('a witness form for a city car, "z. Hd." of the fleet manager', () => {
  const form = (units: string[]) => letter({
    head: ['Landkreis Altdorf', 'Zentrale Bußgeldstelle', 'Landkreis Altdorf · Postfach 3 · 23456 Altdorf'], to: city(...units),
    subject: ['Zeugenfragebogen', '(Halterin ist eine juristische Person)'],
    body: 'mit dem Fahrzeug AL-ST 44, dessen Halterin Sie sind, wurde am 02.11.2027 die zulässige Höchstgeschwindigkeit um 18 km/h überschritten.\n'
      + 'Bitte teilen Sie uns die Personalien der Person mit, die das Fahrzeug geführt hat.',
  });
  it('goes to the department the address names above the role', () => {
    const result = classify(form(['Jugend und Familie', 'z. Hd. Fuhrparkverantwortliche/r']));
    expect(result.documentType).toBe('fine');
    expect(result.department).toBe('5.20');
  });
  it('guard: "z. Hd." naming a department alone still decides', () => {
    expect(classify(form(['z. Hd. Fuhrpark'])).department).toBe('9.50.30');
  });
  it('guard: a department line under another names the more specific unit', () => {
    expect(classify(form(['Jugend und Familie', 'Fuhrpark'])).department).toBe('9.50.30');
  });
});
