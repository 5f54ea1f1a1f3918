// General causes of misclassification found on the fifth independently written dev split, each
// on letters written for this test: the press office as addressee, a file number quoted in the
// running text, the tax office's assessments of state taxes, a sender's unit name in its
// letterhead, the life dates of a deceased person, the "Ermittlungsverfahren" of fine
// proceedings, seasonal sales campaigns, an Einspruch against a Bußgeldbescheid and a reminder
// whose quoted invoice the model reads.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument, explainedAway, modelAgreement } from '../../ocr/classify/index.ts';
import { protectionFromContent, protectionFromLetter } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });
const messages = (result: { reasons: { message: string }[] }) => result.reasons.map((r) => r.message).join('\n');


describe('the press office belongs to the mayor\'s office', () => {
  it('an invoice sent by e-mail to the press office goes to 0.10', () => {
    const result = classify([
      'Von: Studio Weitblick <kontakt@studio-weitblick.de>',
      'Gesendet: Dienstag, 3. Juni 2025 08:12',
      'An: pressestelle@musterstadt.de',
      'Betreff: Rechnung 25-114 Bürgerfest',
      '',
      'Guten Tag Herr Albrecht,',
      '',
      'anbei die Rechnung für die Filmaufnahmen beim Bürgerfest.',
      'Rechnungsnummer 25-114',
      'Videoaufnahme 3 Std. 450,00 Euro',
      'Schnitt 200,00 Euro',
      'Nettobetrag 650,00 Euro',
      'zzgl. 19 % USt 123,50 Euro',
      'Gesamtbetrag 773,50 Euro',
      'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
      '',
      'Beste Grüße',
      'Mara Vogt',
    ].join('\n'));
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('0.10');
  });

  it('a letter addressed to the press office of the city goes to 0.10', () => {
    const result = classify(letter({
      head: ['Redaktion Kreisbote', 'Lindenring 4 · 23456 Altdorf'], to: city('Presse- und Öffentlichkeitsarbeit'),
      subject: ['Anfrage zu den Öffnungszeiten im Sommer'],
      body: 'für unsere nächste Ausgabe bitten wir um eine kurze Auskunft zu den Öffnungszeiten der städtischen Bäder.',
    }));
    expect(result.department).toBe('0.10');
  });
});

describe('a file number quoted in the running text names no desk', () => {
  const summons = (quoted: string) => letter({
    head: ['Landgericht Altdorf', '2. Zivilkammer', 'Landgericht Altdorf · Postfach 9 · 23456 Altdorf'],
    to: city('Rechtsamt'), refs: ['Aktenzeichen: 2 O 55/25'],
    subject: ['Rechtsstreit Keller Bau GmbH ./. Stadt Musterstadt'],
    body: `in dem oben genannten Rechtsstreit wird Ihnen die Klageschrift zugestellt. Gegenstand ist die Vergabe
vom 04.03.2025 ${quoted} und die Schlussrechnung des Auftragnehmers.
Sie erhalten Gelegenheit, binnen vier Wochen auf die Klage zu erwidern.`,
    closing: ['Auf Anordnung', 'Möller, Justizangestellte'],
  });

  it('the addressed legal office decides, not the quoted code of another unit', () => {
    const result = classify(summons('(Az. der Vergabestelle 1.20-VG-2025-031)'));
    expect(result.documentType).toBe('court');
    expect(result.department).toBe('1.30');
  });

  it('a reference row of the letter\'s own head still decides', () => {
    const result = classify(letter({
      head: ['Ingenieurbüro Stahl', 'Gartenweg 1 · 23456 Altdorf'], to: city(),
      refs: ['Ihr Zeichen: 9.50.30-FZ-118'],
      subject: ['Rechnung 2025-090 Prüfung Hubsteiger'],
      body: 'Rechnungsnummer 2025-090\nPrüfung nach DGUV 380,00 €\nzzgl. 19 % USt 72,20 €\nGesamtbetrag 452,20 €\nZahlbar innerhalb von 30 Tagen.',
    }));
    expect(result.department).toBe('9.50.30');
  });
});

describe('the tax office assesses the city\'s own state taxes', () => {
  it('a corporate-tax assessment for a commercial operation is tax, high', () => {
    const result = classify(letter({
      head: ['Finanzamt Altdorf', 'Finanzamt Altdorf · Steuerstraße 5 · 23456 Altdorf'], to: city('Kämmerei'),
      subject: ['Festsetzung der Körperschaftsteuer 2023', 'Betrieb gewerblicher Art Freibad'],
      body: 'die Körperschaftsteuer wird auf 4.120,00 € festgesetzt. Abzüglich der Vorauszahlungen verbleiben 620,00 €.\nRechtsbehelfsbelehrung\nGegen diesen Bescheid ist der Einspruch zulässig. Er ist innerhalb eines Monats nach Bekanntgabe beim Finanzamt einzulegen.',
    }));
    expect(result.documentType).toBe('tax');
    expect(result.protectionLevel).toBe('high');
    expect(messages(result)).toMatch(/Bescheid in einer Steuersache/);
  });

  it('the same tax named in the text raises protection to high', () => {
    expect(protectionFromContent('Anbei die Erklärung zur Kapitalertragsteuer des Eigenbetriebs.').level).toBe('high');
  });

  it('VAT on an invoice is no tax matter', () => {
    const result = classify(letter({
      head: ['Druckerei Lenz GmbH', 'Hafenweg 8 · 23456 Altdorf'], to: city(),
      subject: ['Rechnung 7781'],
      body: 'Rechnungsnummer 7781\nFlyer 5000 Stück 310,00 €\nzzgl. 19 % Umsatzsteuer 58,90 €\nGesamtbetrag 368,90 €\nZahlbar innerhalb von 14 Tagen.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
  });

  it('an application that encloses the income-tax notice as proof is no tax matter', () => {
    const text = letter({
      head: ['Jana Feldmann', 'Lindenweg 4 · 12345 Musterstadt'], to: city('Jugend und Familie'),
      subject: ['Antrag auf Ermäßigung der Kita-Gebühren'],
      body: 'hiermit beantrage ich die Ermäßigung der Gebühren für die Betreuung meiner Tochter in der Kita Sonnenblume ab August.\nSie besucht die Einrichtung seit dem Frühjahr, ihr Bruder ab dem Herbst.\nSeit meinem Wechsel in Teilzeit ist unser Einkommen deutlich gesunken.\n\nAls Nachweis lege ich den Einkommensteuerbescheid 2024 und die letzten drei Gehaltsabrechnungen bei.\nÜber eine baldige Entscheidung würde ich mich freuen.',
    });
    const result = classify(text);
    expect(result.documentType).not.toBe('tax');
    expect(result.department).toBe('5.20');
    // Named below the opening, the state tax scores nothing for »tax«.
    const { hits } = scoreRules(analyseLetter(pagesFromText(text), { organisation: 'Stadt Musterstadt' }));
    expect(hits.filter((hit) => hit.rule.id === 'tax.stateKind' && hit.score > 0)).toEqual([]);
  });
});

describe('a sender\'s unit name in its letterhead is its remit, not a person\'s data', () => {
  it('alone it only asks for a review', () => {
    const result = protectionFromLetter('die Zuwendung für den Umbau des Jugendtreffs wird bewilligt.', 'Landesamt für Soziales\nAbteilung 4 – Eingliederungshilfe und Jugendhilfe');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });

  it('in the letter\'s text it is very-high as before', () => {
    const result = protectionFromLetter('für das Kind Lea wird Eingliederungshilfe gewährt.', 'Landesamt für Soziales');
    expect(result.level).toBe('very-high');
  });

  it('with other personal data in the text the doubt is settled upwards', () => {
    const result = protectionFromLetter('betrifft Herrn Ole Sander, geb. 04.07.1979.', 'Abteilung Eingliederungshilfe');
    expect(result.level).toBe('very-high');
  });

  it('a grant notice from such a unit is normal but held for review', () => {
    const result = classify(letter({
      head: ['Landesamt für Soziales', 'Referat 22 – Jugendhilfe und Familienförderung', 'Landesamt für Soziales · Ring 3 · 23456 Altdorf'],
      to: city('Jugend und Familie'),
      subject: ['Zuwendungsbescheid Programm „Spielräume 2025“'],
      body: 'auf Ihren Antrag bewilligen wir für die Ausstattung des Jugendzentrums eine Zuwendung von 12.000,00 EUR.\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden.',
    }));
    expect(result.documentType).toBe('notice');
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
});

describe('the life dates of a deceased person are no living person\'s identifiers', () => {
  it('a grave\'s occupant with birth and death dates stays normal', () => {
    expect(protectionFromContent('Im Grab ruht mein Großvater Karl Ebert, geb. 11.5.1920, gest. 3.1.1999. Ich bitte um Verlängerung.').level).toBe('normal');
  });

  it('a living person\'s birth date is still high', () => {
    expect(protectionFromContent('Antragsteller: Karl Ebert, geb. 11.5.1960, wohnhaft Gartenweg 2.').level).toBe('high');
  });
});

describe('the investigation of an administrative offence is no criminal matter', () => {
  it('»Ermittlungsverfahren wegen einer Ordnungswidrigkeit« is not very-high', () => {
    const result = protectionFromContent('Ermittlungsverfahren wegen einer Verkehrsordnungswidrigkeit: bitte benennen Sie den Fahrer.');
    expect(result.level).not.toBe('very-high');
  });

  it('a criminal investigation still is', () => {
    expect(protectionFromContent('Im Ermittlungsverfahren der Staatsanwaltschaft gegen Ihren Mitarbeiter bitten wir um Auskunft.').level).toBe('very-high');
  });

  it('a witness questionnaire about a speeding vehicle stays high', () => {
    const result = classify(letter({
      head: ['Kreis Altdorf', 'Bußgeldbehörde', 'Kreis Altdorf · Postfach 4 · 23456 Altdorf'], to: city('Betriebshof'),
      subject: ['Zeugenfragebogen', 'Ermittlungsverfahren wegen einer Ordnungswidrigkeit'],
      body: 'mit Ihrem Fahrzeug AL-X 77 wurde am 12.05.2025 die zulässige Höchstgeschwindigkeit überschritten. Bitte nennen Sie uns den Fahrer.',
    }));
    expect(result.documentType).toBe('fine');
    expect(result.protectionLevel).toBe('high');
  });
});

describe('a seasonal sales campaign is advertising', () => {
  it('campaign, price comparison and opt-out make a confident advertisement of normal protection', () => {
    const result = classify(letter({
      head: ['LICHTWERK', 'Gutes Licht für gute Arbeit', 'Lichtwerk Leuchten GmbH · Industriestr. 9 · 23456 Altdorf'], to: city('Zentraler Einkauf'),
      subject: ['Sommeraktion 2025: LED-Leuchten für Ihre Büros'],
      body: `schlechtes Licht ist eine häufige Ursache für Kopfschmerzen und Krankheitstage.
Modell Clara statt 129,00 € nur 89,00 € netto
Modell Lumen (geeignet für Arbeitsplätze von Menschen mit Schwerbehinderung) statt 199,00 € nur 149,00 € netto
Die Lieferung ist ab 20 Stück kostenlos.`,
      closing: ['Ihr Lichtwerk-Team', 'Sie wünschen keine Werbung mehr von uns? Eine kurze E-Mail genügt.'],
    }));
    expect(result.documentType).toBe('advertising');
    expect(result.confidence).toBeGreaterThanOrEqual(config.routing.confidenceThreshold);
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
});

describe('an Einspruch against a Bußgeldbescheid is an objection', () => {
  it('the fine proceedings are what it objects to', () => {
    const result = classify(letter({
      head: ['Kanzlei Roth & Partner', 'Rechtsanwälte', 'Kanzlei Roth & Partner · Marktgasse 2 · 23456 Altdorf'],
      to: city('Bußgeldstelle'), refs: ['Ihr Zeichen: 3.10.20-OWi-2025-7781'],
      subject: ['Bußgeldverfahren gegen Frau Ina Peters', 'hier: Einspruch'],
      body: 'namens unserer Mandantin legen wir gegen den Bußgeldbescheid vom 20.05.2025 Einspruch ein und bitten um Akteneinsicht.',
    }));
    expect(result.documentType).toBe('objection');
    expect(result.protectionLevel).toBe('high');
    expect(messages(result)).toMatch(/Einspruch gegen einen Bußgeldbescheid/);
  });

  it('a hearing form that names the proceedings stays a fine', () => {
    const result = classify(letter({
      head: ['Kreis Altdorf', 'Bußgeldbehörde', 'Kreis Altdorf · Postfach 4 · 23456 Altdorf'], to: city('Bauhof'),
      subject: ['Anhörungsbogen im Bußgeldverfahren'],
      body: 'Ihnen wird vorgeworfen, am 02.05.2025 im Halteverbot geparkt zu haben. Sie können sich zu dem Vorwurf äußern.',
    }));
    expect(result.documentType).toBe('fine');
  });
});

describe('the model\'s reading of quoted vocabulary is explained away by the rule that corrected it', () => {
  it('a quoted type\'s probability counts for the chosen one', () => {
    const merged = explainedAway({ invoice: 0.9, reminder: 0.05, other: 0.05 }, 'reminder',
      [{ type: 'invoice', factor: 0.3, label: 'quoted', to: 'reminder' }]);
    expect(merged.reminder).toBeCloseTo(0.95);
    expect(merged.invoice).toBe(0);
  });

  it('the model\'s preference for a type no rule corrected still counts against the choice', () => {
    const merged = explainedAway({ notice: 0.8, reminder: 0.2 }, 'reminder', [{ type: 'invoice', factor: 0.3, label: 'quoted', to: 'reminder' }]);
    expect(merged.notice).toBe(0.8);
    expect(merged.reminder).toBe(0.2);
    expect(modelAgreement(merged, 'reminder')).toBeCloseTo(0.88);
  });

  it('without an adjustment towards the chosen type nothing changes', () => {
    const probabilities = { invoice: 0.9, reminder: 0.1 };
    expect(explainedAway(probabilities, 'reminder', [{ type: 'invoice', factor: 0.35, label: 'no figures' }])).toBe(probabilities);
  });

  it('a craftsman\'s reminder that quotes its invoice is released as a reminder', () => {
    const result = classify(letter({
      head: ['Tischlerei Hahn', 'Werkstattweg 3 · 23456 Altdorf'], to: city('Immobilienservice'),
      subject: ['Mahnung'],
      body: `unsere Rechnung Nr. 2025-044 vom 02.04.2025 über 1.830,00 € ist trotz Fälligkeit noch offen.
Rechnungsbetrag 1.830,00 €
abzüglich Ihrer Teilzahlung 800,00 €
offener Betrag 1.030,00 €
Bitte überweisen Sie den offenen Betrag bis zum 20.06.2025.`,
    }));
    expect(result.documentType).toBe('reminder');
    expect(result.confidence).toBeGreaterThanOrEqual(config.routing.confidenceThreshold);
  });
});
