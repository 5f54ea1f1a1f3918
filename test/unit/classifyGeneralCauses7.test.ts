// General causes of misclassification found on the seventh and eighth independently written dev
// splits, each on letters written for this test: sensitive words that are only the topic of an
// event or a course, a supplier's change of bank details, a request for patronage, an English
// quotation, defence counsel's request inside fine proceedings and a court's cost bill.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('health or personnel words as the topic of an event or a course', () => {
  it('a lecture evening on dementia and heart attacks names no one: normal, but still reviewed', () => {
    const result = classify(letter({
      head: ['Volkshochschule Altdorf', 'Schulstraße 4 · 23456 Altdorf'], to: city('Büro des Oberbürgermeisters'),
      subject: ['Vortragsreihe im Herbst'],
      body: 'in unserer Vortragsreihe informieren Fachleute über Demenz, Herzinfarkt und Pflegegrad.\nWir würden uns über Ihr Kommen freuen.',
    }));
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });

  it('a seminar title quoted in a bill is its topic', () => {
    const found = protectionFromContent('Unser Programm bietet das Seminar „Elternzeit und Arbeitsvertrag rechtssicher gestalten“ an.');
    expect(found.level).toBe('normal');
    expect(found.mightBeVeryHigh).toBe(true);
  });

  it('a person who is ill stays very-high, course or not', () => {
    expect(protectionFromContent('Mein Mann hatte einen Schlaganfall und kann den Kurs nicht mehr besuchen.').level).toBe('very-high');
    expect(protectionFromContent('Ich bin nach einem Herzinfarkt in Behandlung, das Seminar sage ich ab.').level).toBe('very-high');
  });

  it('the topic next to real personal data is settled upwards', () => {
    expect(protectionFromContent('Die Schulung behandelt Demenz. Teilnehmer: Frau Ott, geb. 03.04.1950.').level).toBe('very-high');
  });
});

describe('a supplier announcing new bank details', () => {
  it('is a general letter for the payables desk, not a reminder or invoice', () => {
    const result = classify(letter({
      head: ['Büromarkt Kessler GmbH', 'Hafenweg 2 · 23456 Altdorf'], to: city('Finanzservice'),
      subject: ['Neue Bankverbindung ab dem 01.07.2025'],
      body: 'ab Juli führen wir unser Konto bei einer anderen Bank. Bitte überweisen Sie künftige Zahlungen nur noch an:\nIBAN DE02 1203 0000 0000 2020 51\nDas alte Konto wird geschlossen.',
    }));
    expect(result.documentType).toBe('other');
    expect(result.department).toBe('1.40');
  });
});

describe('a request to take on the patronage of an event', () => {
  it('is an application', () => {
    const result = classify(letter({
      head: ['Heimatverein Altdorf e.V.', 'Lindenplatz 1 · 23456 Altdorf'], to: city('Büro des Oberbürgermeisters'),
      subject: ['Stadtteilfest 2025', 'hier: Schirmherrschaft'],
      body: 'im September feiern wir unser Stadtteilfest. Wir würden uns freuen, wenn der Oberbürgermeister die Schirmherrschaft übernehmen würde.',
    }));
    expect(result.documentType).toBe('application');
  });
});

describe('an English quotation', () => {
  it('answers an invitation to tender: an offer, not an invoice', () => {
    const result = classify(letter({
      head: ['Fjord Lighting Ltd', '12 Harbour Road · Cork · Ireland'], to: city('Zentrale Vergabe'),
      subject: ['Quotation for LED street lights'],
      body: 'With reference to your invitation to tender we are pleased to submit our quotation.\n120 LED luminaires   unit price EUR 410.00   total EUR 49,200.00\nPayment terms: 30 days net from invoice date. This quotation is valid until 31 July 2025.',
    }));
    expect(result.documentType).toBe('offer');
  });
});

describe('defence counsel writing in pending fine proceedings', () => {
  it('a request to inspect the file there is fine mail', () => {
    const result = classify(letter({
      head: ['Rechtsanwältin Dr. Anke Moll', 'Marktstraße 9 · 23456 Altdorf'], to: city('Bußgeldstelle'),
      refs: ['Ihr Az.: 3.10.20-OWi-25-1190'],
      subject: ['Bußgeldverfahren gegen Frau Lena Struck wegen eines Rotlichtverstoßes', 'hier: Antrag auf Akteneinsicht'],
      body: 'ich vertrete Frau Struck; Vollmacht anbei. Ich beantrage Akteneinsicht und bitte um Übersendung der Akte samt Messunterlagen.',
      closing: ['Dr. A. Moll', 'Rechtsanwältin'],
    }));
    expect(result.documentType).toBe('fine');
    expect(result.protectionLevel).toBe('high');
  });
});

describe("a court's cost bill", () => {
  it('bills the costs of finished proceedings: an invoice', () => {
    const result = classify(letter({
      head: ['Landgericht Altdorf', 'Kostenstelle', 'Landgericht Altdorf · Justizplatz 1 · 23456 Altdorf'], to: city('Rechtsamt'),
      refs: ['Aktenzeichen: 4 O 211/24', 'Kassenzeichen: 7301 2025 0042'],
      subject: ['Kostenrechnung'],
      body: 'in dem Rechtsstreit Bode ./. Stadt Musterstadt werden Sie nach der Kostenentscheidung in Anspruch genommen.\nGebühr für das Verfahren 1.104,00 EUR\nZu zahlen 1.104,00 EUR\nBitte zahlen Sie bis zum 30.06.2025 unter Angabe des Kassenzeichens.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('1.30');
  });
});

describe("the accident insurer's contribution notice", () => {
  it('the employer\'s digital wage report is a wage total, not one person\'s pay', () => {
    expect(protectionFromContent('Nach den mit dem digitalen Lohnnachweis gemeldeten Entgelten setzen wir den Beitrag fest.').level).toBe('normal');
    expect(protectionFromContent('Bitte legen Sie den Lohnnachweis von Herrn Kurz bei.').level).toBe('high');
  });
});

describe('the recipient of an online form', () => {
  it('a field naming the responsible unit routes the form', () => {
    const result = classify(['Stadt Musterstadt – Bürgerportal', '', 'Online-Antrag', 'Antrag auf Genehmigung eines Grabmals', '',
      'Übermittelt am: 02.06.2025, 08:15 Uhr', 'Vorgangsnummer: BP-2025-1182', 'Zuständige Stelle: Friedhofsverwaltung', '',
      'Name: Petra Wendt', 'Ort: 12345 Musterstadt', 'Material: Granit, 90 x 60 cm'].join('\n'));
    expect(result.department).toBe('9.60.10');
  });
});

describe('a sub-unit line that allocates something', () => {
  it('"Vergabe" of rooms under the property service is no procurement desk', () => {
    const result = classify(letter({
      head: ['Schachclub Altdorf e.V.', 'Turmweg 3 · 23456 Altdorf'], to: city('Immobilienservice', 'Vergabe der Gemeinschaftsräume'),
      subject: ['Nutzung des Saals im Bürgerhaus'],
      body: 'wir bitten um die Überlassung des Saals im Bürgerhaus für unser Turnier am 12.07.2025.',
    }));
    expect(result.department).toBe('9.40.20');
  });
});

describe('ninth dev split: payment mail that is not what its vocabulary suggests', () => {
  it("a creditor's account statement dated in its title is no person's bank statement", () => {
    expect(protectionFromContent('Kontoauszug per 30.04.2025 / Mahnung\nOffene Posten aus Lieferungen an den Bauhof.').level).toBe('normal');
    expect(protectionFromContent('Offene Posten: Kontoauszug vom 02.05. – Zahlungserinnerung').level).toBe('normal');
    // A person's own statement enclosed with a letter stays personal financial data.
    expect(protectionFromContent('Als Nachweis lege ich meinen Kontoauszug vom 02.05.2025 bei.').level).toBe('high');
  });

  it("an insurer settling the city's damage claim lists bills but is none", () => {
    const result = classify(letter({
      head: ['Nordsee Kommunalversicherung AG', 'Deichstraße 9 · 23456 Altdorf'], to: city('Finanzservice'),
      refs: ['Schadennummer: HV-77-2025-0042'],
      subject: ['Sturmschaden am Dach der Grundschule Lindenweg'],
      body: 'Ihre Unterlagen haben wir geprüft. Wir regulieren den Schaden wie folgt:\nDachdeckerei Ohm, Rechnung vom 14.04.2025       3.120,00 €\n'
        + 'abzüglich Selbstbeteiligung                      500,00 €\nGesamtbetrag                                   2.620,00 €\n'
        + 'Die Entschädigungsleistung überweisen wir auf das Konto der Stadtkasse.',
    }));
    expect(result.documentType).toBe('other');
    expect(result.protectionLevel).toBe('normal');
  });

  it("an association's bill of its members' fees, due on a date, is an invoice", () => {
    const result = classify(letter({
      head: ['Städtebund Nord e. V.', 'Am Wall 5 · 23456 Altdorf'], to: city('Büro des Oberbürgermeisters'),
      refs: ['Mitglieds-Nr.: 0815'],
      subject: ['Mitgliedsbeitrag 2025'],
      body: 'nach § 5 der Satzung setzt sich Ihr Beitrag für 2025 wie folgt zusammen:\nSockel     400,00 EUR\nje Einwohner 0,02 EUR x 31.000     620,00 EUR\n'
        + 'Beitrag 2025     1.020,00 EUR\nFälligkeit: 30.06.2025\nBitte nennen Sie bei der Überweisung Ihre Mitgliedsnummer.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('0.10');
  });
});
