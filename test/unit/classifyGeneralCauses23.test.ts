// General causes of misclassification found on the twenty-third and twenty-fourth independently
// written dev splits, each on a letter written for this test: an employee asking to be let off
// work, a flyer's "jetzt … sichern", a benefit agency reporting the Bescheid it issued to a
// benefit recipient, an office's name in the address block, an event programme naming a law, the
// insolvency of companies as news, and a small sender's bill with a VAT-exemption note.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2029-07-02T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const ruleIds = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation })).hits
  .filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('an employee asking to be let off work is a personnel matter, not an application', () => {
  it('a request for days off to care for a sick child, with a clinic stay, goes to the personnel file', () => {
    const result = classify(letter({
      head: ['Jana Terhorst', 'Sachbearbeiterin Standesamt', 'Personalnummer 51208'], to: city('Personalservice'),
      subject: ['Antrag auf Freistellung wegen Krankheit meines Sohnes'],
      body: 'mein Sohn Mats (4 Jahre) liegt seit gestern mit einer Lungenentzündung im Kreiskrankenhaus und '
        + 'braucht danach noch einige Tage Pflege zu Hause.\n\n'
        + 'Ich beantrage daher Freistellung von der Arbeit vom 09.07. bis 11.07.2029 (Kinderkrankentage). '
        + 'Die Bescheinigung der Kinderärztin reiche ich nach.',
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });
  it('»Dienstbefreiung« in the subject names the employer\'s leave', () => {
    const result = classify(letter({
      head: ['Olaf Wendling', 'Bauhof, Kolonne 3'], to: city('Personalservice'),
      subject: ['Antrag auf Dienstbefreiung am 20.07.2029'],
      body: 'am 20.07.2029 heiratet meine Schwester. Ich bitte für diesen Tag um Dienstbefreiung.',
    }));
    expect(result.documentType).toBe('personnel');
  });
  it('guard: a club enclosing its »Freistellungsbescheid« asks for a grant, not for leave', () => {
    const text = letter({
      head: ['Heimatverein Osterholz e.V.', 'Am Speicher 2 · 12345 Musterstadt'], to: city('Kulturbüro'),
      subject: ['Antrag auf Zuschuss für das Dorffest 2029'],
      body: 'wir beantragen einen Zuschuss von 800,00 € für unser Dorffest am 25.08.2029. '
        + 'Den Freistellungsbescheid des Finanzamts fügen wir bei.',
    });
    expect(ruleIds(text)).not.toContain('personnel.leave');
    expect(classify(text).documentType).toBe('application');
  });
});

describe('a flyer\'s "jetzt … sichern" is sales talk', () => {
  const flyer = letter({
    head: ['Bootsverleih Seeblick', 'Uferweg 7 · 12399 Seedorf'], to: ['An alle Beschäftigten', 'der Stadtverwaltung Musterstadt', 'Markt 1', '12345 Musterstadt'],
    subject: ['Ihr Teamausflug aufs Wasser – jetzt Wunschtermin sichern!'],
    body: 'Tretboote, Kanus und unser Floß für bis zu 30 Personen warten auf Sie:\n'
      + '  – Kanutour mit Picknick: 24,00 € pro Person\n  – Floßfahrt mit Kaffee und Kuchen: 18,50 € pro Person\n\n'
      + 'Wir freuen uns auf Ihren Anruf!',
  });
  it('a boat hire\'s mailing to all staff is advertising', () => {
    expect(ruleIds(flyer)).toContain('ads.words');
    expect(classify(flyer).documentType).toBe('advertising');
  });
  it('guard: "jetzt zu sichern" in a grant request is no sales talk', () => {
    const text = letter({
      head: ['Förderverein Freibad Lohberg e.V.', 'Badweg 1 · 12345 Musterstadt'], to: city('Sportamt'),
      subject: ['Zuschuss für die Sanierung der Rutsche'],
      body: 'um den Badebetrieb im Sommer jetzt zu sichern, bitten wir um einen Zuschuss von 2.000,00 €.',
    });
    expect(ruleIds(text)).not.toContain('ads.words');
  });
});

describe('a benefit agency reporting the Bescheid it issued to a benefit recipient writes about social data', () => {
  it('a pension fund settling the social office\'s refund claim for a named recipient is social', () => {
    const result = classify(letter({
      head: ['Deutsche Rentenversicherung Nordmark', 'Deutsche Rentenversicherung Nordmark · 24000 Kiel'], to: city('Soziales'),
      refs: ['Versicherungsnummer: 12 150761 M 044', 'Ihr Zeichen: SO-GS-2029/0415'],
      subject: ['Ihr Erstattungsanspruch nach § 103 SGB X', 'Versicherter: Heinz Möllering, geb. 15.07.1961'],
      body: 'mit Bescheid vom 14.06.2029 haben wir Herrn Möllering eine Rente wegen voller Erwerbsminderung ab '
        + '01.01.2029 bewilligt. Für Januar bis Juni 2029 ergibt sich eine Nachzahlung von 4.410,00 EUR.\n\n'
        + 'Ihren Erstattungsanspruch für die in dieser Zeit gezahlte Grundsicherung erkennen wir in Höhe von '
        + '3.980,00 EUR an und überweisen den Betrag in den nächsten Tagen.',
    }));
    expect(result.documentType).toBe('social');
    expect(result.protectionLevel).toBe('very-high');
  });
  it('guard: a Bescheid served on the city itself, with remedy instructions, is not explained away', () => {
    const text = letter({
      head: ['Deutsche Rentenversicherung Nordmark', 'Deutsche Rentenversicherung Nordmark · 24000 Kiel'], to: city('Soziales'),
      refs: ['Versicherungsnummer: 12 150761 M 044'],
      subject: ['Bescheid über Ihren Erstattungsanspruch nach § 103 SGB X', 'Versicherter: Heinz Möllering, geb. 15.07.1961'],
      body: 'Ihr Erstattungsanspruch für die an Herrn Möllering gezahlte Grundsicherung wird hiermit auf 3.980,00 EUR festgesetzt.\n\n'
        + 'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
    });
    const { adjustments } = scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
    expect(adjustments.map((a) => a.label)).not.toContain('Sozialsache: der Bescheid an die Person ist nur zitiert');
  });
});

describe('an office\'s name in the address block is its remit, no one\'s data', () => {
  it('a line "Personalabteilung – Gehaltsabrechnung" alone does not raise the level, but stops a release', () => {
    const result = protectionFromContent('Stadt Musterstadt\nPersonalabteilung – Gehaltsabrechnung\nMarkt 1\n12345 Musterstadt\n\n'
      + 'die Beiträge für Mai 2029 sind verspätet eingegangen. Der Säumniszuschlag beträgt 41,00 Euro.');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('guard: the same word about a person\'s pay still counts', () => {
    expect(protectionFromContent('Bitte senden Sie uns die Gehaltsabrechnung von Frau Brinkmann für April.').level).toBe('very-high');
    expect(protectionFromContent('Abteilung Eingliederungshilfe\nbetr. Lea Korte, geb. 03.03.2015').level).toBe('very-high');
  });
  it('a notice addressed to the payroll office naming no employee keeps its type\'s level', () => {
    const result = classify(letter({
      head: ['Unfallkasse Nordmark', 'Unfallkasse Nordmark · Postfach 9 · 24001 Kiel'], to: city('Personalservice – Entgeltabrechnung'),
      refs: ['Aktenzeichen: UK 29-3310'],
      subject: ['Bescheid über Säumniszuschläge'],
      body: 'der Beitrag 2029 war am 15.05.2029 fällig und ist am 20.06.2029 eingegangen. Der Säumniszuschlag wird '
        + 'hiermit auf 58,00 Euro festgesetzt.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines '
        + 'Monats nach Bekanntgabe Widerspruch erhoben werden.',
    }));
    expect(result.documentType).toBe('notice');
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
});

describe('a law named in an event\'s programme is its topic', () => {
  it('an invitation listing "§ 16e SGB II" among its themes names no benefit recipient', () => {
    const result = protectionFromContent('Themen des Abends sind die Zahlen des Ausbildungsmarkts, die Lage der Handwerksbetriebe '
      + 'in der Region und die Förderung von Arbeitsverhältnissen für Menschen mit langer Arbeitslosigkeit bei den '
      + 'Kommunen (§ 16e SGB II). Bitte teilen Sie uns mit, ob Sie teilnehmen.');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('guard: a named recipient of the same benefit is social data', () => {
    expect(protectionFromContent('Herr Yilmaz bezieht seit März 2029 Leistungen nach dem SGB II.').level).toBe('very-high');
  });
});

describe('the insolvency of companies as news is no one\'s finances', () => {
  it('"die Insolvenz mehrerer Baufirmen" and "der Insolvenz der … GmbH" stay normal', () => {
    expect(protectionFromContent('Die Insolvenz mehrerer Baufirmen hat den Ausbau verzögert.').level).toBe('normal');
    expect(protectionFromContent('Nach der Insolvenz der Nordbau Tiefbau GmbH vergeben wir die Arbeiten neu.').level).toBe('normal');
  });
  it('guard: a person\'s insolvency still counts', () => {
    expect(protectionFromContent('Über das Vermögen von Herrn Kalinski wurde das Insolvenzverfahren eröffnet.').level).toBe('high');
    expect(protectionFromContent('Nach der Insolvenz meines Mannes können wir die Miete nicht zahlen.').level).toBe('high');
  });
});

describe('a small sender\'s bill without the word »Rechnung«', () => {
  const bill = letter({
    head: ['Clownin Pepina', 'Inh. Hanna Groß · Gartenweg 5 · 12346 Musterstadt'], to: city('Kita Sonnenhügel'),
    subject: ['Kinderschminken beim Sommerfest am 15.06.2029'],
    body: 'vielen Dank für die Einladung zu Ihrem Sommerfest. Wie vereinbart berechne ich:\n\n'
      + 'Kinderschminken, 3 Stunden à 45,- €                 135,- €\n'
      + 'Fahrtkosten pauschal                                   15,- €\n'
      + '                                                   ---------\n'
      + 'zusammen                                            150,- €\n\n'
      + 'Als Kleinunternehmerin nach § 19 UStG berechne ich keine Umsatzsteuer.\n\n'
      + 'Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto.',
  });
  it('reads the VAT-exemption note and the "zusammen … ,- €" total as features of a bill', () => {
    const ids = ruleIds(bill);
    expect(ids).toContain('invoice.vat');
    expect(ids).toContain('invoice.amount');
    expect(ids).toContain('invoice.layout');
    const result = classify(bill);
    expect(result.documentType).toBe('invoice');
  });
  it('guard: a small trader\'s offer with the same note stays an offer', () => {
    const offer = letter({
      head: ['Gartenpflege Brandt', 'Inh. Jörg Brandt · Feldweg 2 · 12346 Musterstadt'], to: city('Grünflächen'),
      subject: ['Angebot Heckenschnitt Stadtpark'],
      body: 'gern biete ich Ihnen den Heckenschnitt im Stadtpark an:\n\n'
        + 'Heckenschnitt, 240 m à 4,- €                         960,- €\n'
        + 'Abfuhr Schnittgut                                    120,- €\n'
        + 'zusammen                                           1.080,- €\n\n'
        + 'Als Kleinunternehmer nach § 19 UStG berechne ich keine Umsatzsteuer. Zahlbar 14 Tage nach Rechnungsstellung. '
        + 'An dieses Angebot halte ich mich bis zum 31.08.2029 gebunden.',
    });
    expect(ruleIds(offer)).not.toContain('invoice.layout');
    expect(classify(offer).documentType).toBe('offer');
  });
});
