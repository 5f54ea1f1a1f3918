// General causes of misclassification found on the fourteenth and fifteenth independently written
// dev splits, each on a letter written for this test: a final invoice quoting the order
// confirmation it bills, a job application listing the usual certificate of conduct, an
// authority's audit of the employer's contributions, a building request under a word the rules
// did not know, a court's cost bill quoting the decision it follows, a municipality preparing an
// objection it has not made, a request for instalments phrased as a "Bitte", a call-off invoice
// naming the city's procurement desk, enforcement against a company, and the Bauhof's vehicle fleet.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });
const hitsOf = (text: string) => scoreRules(analyseLetter(pagesFromText(text), { organisation: config.organisation })).hits;
const messages = (result: ReturnType<typeof classify>) => result.reasons.map((r) => r.message).join('\n');

describe('a bill that quotes the order confirmation it executes', () => {
  const bill = letter({
    head: ['Gerüstbau Hinrichsen', 'Inh. Ole Hinrichsen', 'Gerüstbau Hinrichsen · Deichweg 9 · 23456 Altdorf'], to: city('Immobilienservice'),
    subject: ['Objekt Grundschule Am Park', 'Auftragsbestätigung Nr. AB-25-044 vom 12.03.2025'],
    body: 'Rechnung Nr. 25-0391\nfür das Fassadengerüst berechnen wir wie vereinbart:\nStandzeit 8 Wochen, 640 m²   3.200,00\n19 % MwSt   608,00\n'
      + 'Bitte überweisen Sie den Betrag bis zum 30.06.2025.',
  });
  it('marks the offer document named by number and date as quoted', () => {
    expect(hitsOf(bill).some((hit) => hit.rule.id === 'offer.quoted')).toBe(true);
  });
  it('is an invoice, not an offer', () => {
    const result = classify(bill);
    expect(result.documentType).toBe('invoice');
    expect(messages(result)).toMatch(/Angebot\/Auftragsbestätigung nur zitiert/);
  });
  it('an order confirmation itself stays an offer', () => {
    const result = classify(letter({
      head: ['Gerüstbau Hinrichsen', 'Gerüstbau Hinrichsen · Deichweg 9 · 23456 Altdorf'], to: city('Immobilienservice'),
      subject: ['Auftragsbestätigung Nr. AB-25-044'],
      body: 'wir bestätigen Ihren Auftrag vom 10.03.2025 über das Fassadengerüst an der Grundschule Am Park.\nStandzeit 8 Wochen, 640 m²   3.200,00 zzgl. 19 % MwSt.\nDie Rechnung folgt nach Abbau.',
    }));
    expect(result.documentType).toBe('offer');
  });
});

describe('a job application that lists a certificate of conduct', () => {
  it('the routine Führungszeugnis next to the CV leaves the application high, but held for review', () => {
    const result = classify(letter({
      head: ['Jonas Petersen', 'Mühlenstraße 4', '23456 Altdorf'], to: city('Personalservice'),
      subject: ['Bewerbung als Jugendpfleger – Kennziffer 5.20-2025-11'],
      body: 'hiermit bewerbe ich mich um die ausgeschriebene Stelle im Jugendzentrum. Ich arbeite seit vier Jahren in der offenen Jugendarbeit.\n'
        + 'Anlagen: Lebenslauf, Zeugnisse, erweitertes Führungszeugnis',
    }));
    expect(result.documentType).toBe('job-application');
    expect(result.protectionLevel).toBe('high');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('an entry in the certificate is criminal data, very-high', () => {
    expect(protectionFromContent('Das vorgelegte Führungszeugnis enthält einen Eintrag wegen Körperverletzung. Anlage: Lebenslauf').level).toBe('very-high');
  });
});

describe('an authority auditing the employer\'s contributions', () => {
  const audit = letter({
    head: ['Deutsche Rentenversicherung Süd', 'DRV Süd · 34567 Bergheim'], to: city('Personalamt'),
    refs: ['Aktenzeichen: BP 25-118'],
    subject: ['Bescheid über die Betriebsprüfung nach § 28p SGB IV'],
    body: 'die Prüfung Ihres Betriebs am 12.05.2025 führt zu folgendem Ergebnis:\nfür geringfügig Beschäftigte der Stadtbücherei wurden die Beiträge zu niedrig berechnet.\n'
      + 'Die Beschäftigungsverhältnisse sind im Prüfbericht aufgeführt.\n'
      + 'Nachforderung Gesamtsozialversicherungsbeiträge 1.204,00 €, Insolvenzgeldumlage 12,40 €.\n'
      + 'Die Nachforderung ist mit dem nächsten Beitragsnachweis abzuführen.\n\n'
      + 'Rechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
  });
  it('names a group of staff, no employee: the notice stays a notice, normal', () => {
    const result = classify(audit);
    expect(result.documentType).toBe('notice');
    expect(messages(result)).not.toMatch(/Bescheid in einer Personalangelegenheit/);
    expect(result.protectionLevel).toBe('normal');
  });
  it('the employer\'s levy for insolvency pay is no one\'s insolvency', () => {
    expect(protectionFromContent('Insolvenzgeldumlage 12,40 €').level).toBe('normal');
    expect(protectionFromContent('Über das Vermögen von Herrn Kurz wurde das Insolvenzverfahren eröffnet.').level).toBe('high');
  });
});

describe('a request for a building certificate', () => {
  it('an Abgeschlossenheitsbescheinigung is a building matter, not a general application', () => {
    const result = classify(letter({
      head: ['Hausverwaltung Reents', 'Hausverwaltung Reents · Hafenstraße 2 · 23456 Altdorf'], to: city('Bauaufsicht'),
      subject: ['Antrag auf Abgeschlossenheitsbescheinigung', 'Grundstück Lindenweg 5, Flurstück 12/3'],
      body: 'namens der Eigentümer beantragen wir die Bescheinigung für das Wohnhaus Lindenweg 5, das in vier Wohnungen aufgeteilt werden soll. Der Aufteilungsplan liegt bei.',
    }));
    expect(result.documentType).toBe('building');
  });
});

describe('a court\'s cost bill that names the decision it follows', () => {
  it('"Streitwert (Beschluss vom …)" is quoted: the Kostenrechnung is an invoice', () => {
    const result = classify(letter({
      head: ['Landgericht Altdorf', 'Kostenbeamtin', 'Landgericht Altdorf · Postfach 3 · 23456 Altdorf'], to: city('Recht'),
      refs: ['Geschäftsnummer: 2 O 118/24'],
      subject: ['Kostenrechnung'],
      body: 'Streitwert: 12.000,00 EUR (Beschluss vom 03.04.2025)\nVerfahrensgebühr KV 1210   795,00\nZu zahlender Betrag 795,00 EUR\n'
        + 'Bitte zahlen Sie den Betrag bis zum 30.06.2025 an die Landesjustizkasse.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
  });
});

describe('an objection that is only prepared', () => {
  it('"Abstimmung vor Einspruch" between two municipalities is their tax matter, not an objection', () => {
    const result = classify(letter({
      head: ['Gemeinde Lindholm', 'Steueramt', 'Gemeinde Lindholm · Dorfstraße 1 · 23456 Lindholm'], to: city('Steuern und Abgaben'),
      subject: ['Gewerbesteuer-Zerlegung 2024 der Brandt Spedition GmbH', 'hier: Abstimmung vor Einspruch'],
      body: 'das Finanzamt hat mit Zerlegungsbescheid vom 02.05.2025 den Gewerbesteuermessbetrag nach den Arbeitslöhnen zerlegt. Unser Anteil scheint uns zu niedrig. '
        + 'Bevor wir beim Finanzamt Einspruch einlegen, möchten wir Ihre Sicht kennenlernen.',
    }));
    expect(result.documentType).toBe('tax');
  });
  it('an objection made in the subject stays one', () => {
    const result = classify(letter({
      head: ['Gerda Wilms', 'Am Teich 3', '12345 Musterstadt'], to: city('Steuern und Abgaben'),
      subject: ['Einspruch gegen den Grundsteuerbescheid vom 02.05.2025'],
      body: 'gegen den oben genannten Bescheid lege ich Einspruch ein. Die Fläche ist falsch angesetzt.',
    }));
    expect(result.documentType).toBe('objection');
  });
});

describe('a request for instalments phrased as a "Bitte"', () => {
  it('"Bitte um Ratenzahlung" for a contribution that is no tax is an application, normal', () => {
    const result = classify(letter({
      head: ['Horst Bremer', 'Birkenweg 2', '12345 Musterstadt'], to: city('Steuern und Abgaben'),
      subject: ['Erschließungsbeitrag Birkenweg, Bescheid vom 02.05.2025', 'Bitte um Ratenzahlung'],
      body: 'mit dem genannten Bescheid wurde ein Beitrag von 6.120,00 Euro festgesetzt. Den Betrag kann ich nicht auf einmal zahlen. '
        + 'Ich möchte ihn in zwölf Monatsraten begleichen.',
    }));
    expect(result.documentType).toBe('application');
    expect(result.protectionLevel).toBe('normal');
  });
});

describe('a call-off invoice naming the city\'s procurement desk', () => {
  it('"Zentrale Vergabe" is the city\'s department, no tender vocabulary', () => {
    const hits = hitsOf(letter({
      head: ['Bürobedarf Lange GmbH', 'Bürobedarf Lange GmbH · Hafen 1 · 23456 Altdorf'], to: city('Finanzservice'),
      subject: ['Lieferung Kopierpapier'],
      body: 'Abrufende Stelle: Zentrale Vergabe\nwir lieferten am 02.06.2025 40 Pakete Kopierpapier.',
    }));
    expect(hits.some((hit) => hit.rule.id === 'offer.word')).toBe(false);
  });
});

describe('enforcement against a company', () => {
  it('a bailiff\'s note on a garnishment of a UG is no natural person\'s financial data', () => {
    expect(protectionFromContent('Zwangsvollstreckungssache Stadt Musterstadt ./. Nord Bistro UG (haftungsbeschränkt)\nDer Pfändungsversuch verlief fruchtlos.').level).toBe('normal');
  });
  it('a garnishment against a person stays high', () => {
    expect(protectionFromContent('Zwangsvollstreckungssache Stadt Musterstadt ./. Karl Nordmann\nDer Pfändungsversuch verlief fruchtlos.').level).toBe('high');
  });
});

describe('mail for the Bauhof\'s vehicle fleet', () => {
  it('"Fuhrpark" in the address names the Bauhof', () => {
    const result = classify(letter({
      head: ['Autohaus Kruse', 'Autohaus Kruse · Ring 4 · 23456 Altdorf'], to: city('Fuhrpark'),
      subject: ['Rechnung Nr. 4471'],
      body: 'für die Inspektion des Transporters MU-SB 12 berechnen wir 412,00 EUR zzgl. 19 % MwSt. Zahlbar innerhalb von 14 Tagen.',
    }));
    expect(result.department).toBe('9.50.30');
  });
});
