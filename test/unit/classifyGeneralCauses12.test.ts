// General causes of misclassification found on the twelfth (and ninth) independently written dev
// splits, each on a letter written for this test: an employee's own travel-expense claim with the
// personnel number in the head of the letter, the tax office's "Bescheid für … über Umsatzsteuer",
// one municipality's Schulkostenbeitrag to another, a club asking for support of its event, a
// lawyer's settlement proposal, and a tenant's notice of defects and rent reduction (which the
// learned model read as a social matter).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent, protectionFromLetter } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('an employee writing in-house to the personnel office', () => {
  const claim = letter({
    head: ['Jonas Petersen', 'Bauaufsicht (6.30)', 'Personalnummer 51208', 'Durchwahl -2210'], to: ['An', 'Personalservice', '– Reisekosten –', 'im Hause'],
    subject: ['Antrag auf Reisekostenvergütung', 'Dienstreise nach Kassel vom 04.05. bis 05.05.2025 (Fachtagung Vergaberecht)'],
    body: 'die Dienstreise wurde am 02.04.2025 von meiner Amtsleitung genehmigt. Ich beantrage die Erstattung folgender Kosten nach dem Landesreisekostengesetz:\n'
      + 'Bahnfahrt 2. Klasse 96,40 €\nÜbernachtung 89,00 €\nTagegeld 28,00 €\nErstattungsbetrag 213,40 €\nDie Tagungsgebühr wurde direkt an den Veranstalter überwiesen.\n'
      + 'Bitte überweisen Sie den Betrag auf mein Gehaltskonto. Die Belege liegen bei.',
    closing: ['Jonas Petersen'],
  });
  it('a travel-expense claim for an official journey is a personnel matter, very-high', () => {
    const result = classify(claim);
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });
  it('a personnel number in the head of the letter is the writer\'s data, not an office\'s remit', () => {
    const result = protectionFromLetter('Sehr geehrte Damen und Herren,\nbitte erstatten Sie mir die Fahrtkosten.', 'Jonas Petersen\nBauaufsicht\nPersonalnummer 51208');
    expect(result.level).toBe('very-high');
  });
});

describe('tax and social vocabulary read by what it names', () => {
  it('the tax office\'s "Bescheid für 2024 über Umsatzsteuer" for the city\'s commercial operation is tax mail', () => {
    const result = classify(letter({
      head: ['Finanzamt Neustadt', 'Steuernummer 12/345/67890', '', 'Finanzamt Neustadt · Postfach 3 · 34567 Neustadt'], to: city('Steuern und Abgaben'),
      subject: ['Bescheid für 2024', 'über Umsatzsteuer'],
      body: 'die Umsatzsteuer für 2024 wird auf 12.410,00 € festgesetzt. Nach Abzug der Vorauszahlungen ergibt sich eine Erstattung von 830,00 €.\n'
        + 'Der Betrag wird auf Ihr Konto überwiesen.',
    }));
    expect(result.documentType).toBe('tax');
    expect(result.protectionLevel).toBe('high');
  });
  it('one municipality\'s Schulkostenbeitrag to another is no social data', () => {
    const text = 'Festsetzung der Schulkostenbeiträge für das Schuljahr 2024/2025\n'
      + 'Für 9 Schülerinnen und Schüler aus Ihrem Stadtgebiet wird der Schulkostenbeitrag auf 10.620,00 € festgesetzt.';
    expect(protectionFromContent(text).level).toBe('normal');
  });
  it('the parents\' Kostenbeitrag of youth welfare law still is', () => {
    expect(protectionFromContent('Festsetzung eines Kostenbeitrags für die Unterbringung Ihres Sohnes in der Wohngruppe').level).toBe('very-high');
  });
});

describe('what a letter asks for', () => {
  it('a club asking the city to support its anniversary festival is an application, and the rules say so', () => {
    const result = classify(letter({
      head: ['Schützenverein Altdorf von 1902 e. V.', 'Am Schießstand 2 · 23456 Altdorf'], to: city('Büro des Oberbürgermeisters'),
      subject: ['Jubiläumsfest 125 Jahre Schützenverein – Bitte um Unterstützung'],
      body: 'zum Jubiläum planen wir eine Festwoche mit Festzelt, Umzug und Ausstellung. Die Kosten schätzen wir auf 9.400,00 €.\n'
        + 'Wir würden uns freuen, wenn sich die Stadt an dem Fest beteiligt, sei es durch einen Zuschuss oder durch die kostenlose Überlassung des Festplatzes.',
    }));
    expect(result.documentType).toBe('application');
    expect(result.confidence).toBeGreaterThanOrEqual(config.routing.confidenceThreshold);
  });
  it('a lawyer\'s settlement proposal on a damage claim of the city is a general letter, no objection', () => {
    const result = classify(letter({
      head: ['Rechtsanwalt Tim Berger', 'Fachanwalt für Verkehrsrecht', 'Ringstraße 4 · 23456 Altdorf'], to: city('Recht'),
      refs: ['Ihr Zeichen: 1.30-SE-2025/014'],
      subject: ['Schadensersatzforderung wegen Beschädigung eines Verkehrsschildes am 02.03.2025', 'hier: Vergleichsvorschlag'],
      body: 'ich vertrete die Müller Transporte GmbH. Mit Schreiben vom 01.04.2025 haben Sie meine Mandantin zur Zahlung von 2.140,00 € aufgefordert. Die Höhe der Forderung ist nicht nachvollziehbar.\n'
        + 'Um einen Rechtsstreit zu vermeiden, schlage ich folgenden Vergleich vor: Meine Mandantin zahlt zur Abgeltung sämtlicher Ansprüche 1.500,00 €. An diesen Vorschlag hält sich meine Mandantin bis zum 30.06.2025 gebunden.',
      closing: ['Tim Berger', 'Rechtsanwalt'],
    }));
    expect(result.documentType).toBe('other');
  });
  it('a court proposing a settlement still writes court mail (high)', () => {
    const result = classify(letter({
      head: ['Amtsgericht Neustadt', '', 'Amtsgericht Neustadt · Gerichtsplatz 1 · 34567 Neustadt'], to: city('Recht'),
      refs: ['Geschäftsnummer: 4 C 118/25'],
      subject: ['Vergleichsvorschlag des Gerichts'],
      body: 'in dem Rechtsstreit Müller Transporte GmbH gegen Stadt Musterstadt schlägt das Gericht zur Abgeltung sämtlicher Ansprüche eine Zahlung von 1.800,00 € vor.\n'
        + 'Die Parteien erhalten Gelegenheit zur Stellungnahme binnen drei Wochen. Termin zur mündlichen Verhandlung bleibt bestehen.',
    }));
    expect(result.documentType).toBe('court');
    expect(result.protectionLevel).toBe('high');
  });
});

describe('topic words the model reads as a social matter', () => {
  it('a tenant of a municipal flat reducing the rent is no social matter', () => {
    const result = classify(letter({
      head: ['Erika Sommer', 'Parkstraße 7, 1. OG rechts', '23456 Altdorf'], to: city('Immobilienservice', 'Wohnungsverwaltung'),
      subject: ['Mietwohnung Parkstraße 7, 1. OG rechts, Mieternummer 30-1184', 'Mängelanzeige und Mietminderung'],
      body: 'seit dem 10.01.2025 fällt in meiner Wohnung die Heizung immer wieder aus. Ich habe den Ausfall mehrfach beim Hausmeister gemeldet; die Heizkörper im Kinderzimmer bleiben kalt.\n'
        + 'Nach § 536 BGB ist die Miete gemindert. Ich mindere die Gesamtmiete von 610,00 € (Grundmiete zuzüglich Vorauszahlungen) um 15 % und fordere den zu viel gezahlten Betrag zurück. Ab März zahle ich die Miete nur unter Vorbehalt.',
      closing: ['Erika Sommer'],
    }));
    expect(result.documentType).not.toBe('social');
    expect(result.protectionLevel).toBe('normal');
  });
});
