// General causes of misclassification found on the fourth independently written dev split, each
// on letters written for this test: a vet's bill, an invoice without the word »Rechnung«, an offer
// without the word »Angebot«, an HR-software campaign, a firm's own employee, a labour-court
// dismissal case and the food-hygiene instruction under § 43 IfSG.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-03-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

function letter(parts: { head: string[]; to: string[]; refs?: string[]; subject: string[]; body: string; closing?: string[] }): string {
  return [
    ...parts.head, '', ...parts.to, '', ...(parts.refs ?? []), 'Neustadt, 03.03.2025', '', ...parts.subject, '',
    'Sehr geehrte Damen und Herren,', '', parts.body, '', 'Mit freundlichen Grüßen', '', ...(parts.closing ?? ['H. Lorenz']),
  ].join('\n');
}

const city = (...units: string[]) => ['Stadt Musterstadt', ...units, 'Markt 1', '12345 Musterstadt'];

describe('a vet treats animals: no health data, and the bill is an invoice', () => {
  const vetBill = letter({
    head: ['Kleintierpraxis an der Aue', 'Dr. med. vet. Jana Kruse', 'Auweg 3 · 23456 Neustadt'], to: city('Ordnungsamt'),
    subject: ['Behandlung der Fundkatze „Minka“'],
    body: 'die von Ihrem Außendienst gebrachte Katze wurde untersucht und behandelt.\nUntersuchung 23,62 €\nWundversorgung 35,93 €\nImpfung 42,73 €\nnetto 102,28 €\n19 % MwSt. 19,43 €\nGesamtbetrag 121,71 €\nDer Betrag ist sofort und ohne Abzug fällig.',
  });

  it('is an invoice of normal protection', () => {
    const result = classify(vetBill);
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
    expect(result.reasons.map((r) => r.message).join('\n')).toMatch(/Tierarzt: Behandlung eines Tieres/);
  });

  it('a physician\'s letter about a person stays medical', () => {
    const result = classify(letter({
      head: ['Praxis Dr. med. Jana Kruse · Allgemeinmedizin', 'Auweg 3 · 23456 Neustadt'], to: city('Gesundheitsamt'),
      subject: ['Ärztliches Attest für Herrn Paul Weber, geb. 02.05.1960'],
      body: 'Herr Weber ist wegen einer chronischen Erkrankung in meiner Behandlung. Diagnose: Asthma bronchiale.',
    }));
    expect(result.documentType).toBe('medical');
    expect(result.protectionLevel).toBe('very-high');
  });
});

describe('an itemised bill without the word »Rechnung« is an invoice', () => {
  it('services with VAT, a total and payment terms outweigh a topic word in the subject', () => {
    const result = classify(letter({
      head: ['Gartenbau Lenz e.K.', 'Feldweg 2 · 23456 Neustadt'], to: city('Grünflächenamt'),
      subject: ['Pflege der Grünanlage am Stadtpark, März 2025'],
      body: 'für die ausgeführten Arbeiten berechnen wir:\nRasenschnitt 6 Std. à 48,00 € 288,00 €\nHeckenschnitt 4 Std. à 48,00 € 192,00 €\nnetto 480,00 €\nzzgl. 19 % USt. 91,20 €\nGesamtbetrag 571,20 €\nZahlbar innerhalb von 14 Tagen ohne Abzug.',
    }));
    expect(result.documentType).toBe('invoice');
  });
});

describe('an offer need not say »Angebot«', () => {
  it('"wir bieten Ihnen die Verlängerung … an" with future billing is an offer, not an invoice', () => {
    const result = classify(letter({
      head: ['DataNord Software GmbH', 'Hafenstraße 1 · 23456 Neustadt'], to: city('Zentrale Vergabe'), refs: ['Vertragsnummer: WV-2020-17'],
      subject: ['Verlängerung Wartungsvertrag WV-2020-17 für 2026–2028'],
      body: 'der Wartungsvertrag für Ihr Finanzverfahren endet am 31.12.2025. Wir bieten Ihnen die Verlängerung um drei Jahre zu folgenden Konditionen an:\nJahrespauschale 8.000,00 €\nzzgl. 19 % Umsatzsteuer 1.520,00 €\nJahresbetrag brutto 9.520,00 €\nDer Jahresbetrag wird jeweils im Januar in Rechnung gestellt. Bitte senden Sie uns die beigefügte Annahmeerklärung unterschrieben zurück.',
    }));
    expect(result.documentType).toBe('offer');
  });
});

describe('an HR-software campaign is advertising, its personnel vocabulary only the topic', () => {
  it('check-mark selling points and campaign mechanics outweigh the sick notes it names', () => {
    const result = classify(letter({
      head: ['PERSONALWOLKE', 'einfach · sicher', 'Personalwolke GmbH · Kaiserstraße 9 · 60311 Frankfurt'], to: city('Personalamt'),
      subject: ['Nie wieder Papier in der Personalabteilung!'],
      body: 'Krankmeldungen, Arbeitsverträge, Abmahnungen und Beurteilungen gehören nicht in offene Schränke.\nMit Personalwolke führen Sie jede Personalakte digital:\n  ✓ AU-Bescheinigungen getrennt und verschlüsselt\n  ✓ Löschfristen automatisch\n  ✓ Schnittstelle zur Entgeltabrechnung\nUnsere Lösung für Kommunen kostet 3,10 € je Mitarbeiter und Monat. Vereinbaren Sie jetzt Ihre kostenlose Demo mit dem Aktionscode STADT25.',
    }));
    expect(result.documentType).toBe('advertising');
    // Its content still stops the discard for a review.
    expect(result.mightBeVeryHigh).toBe(true);
  });
});

describe('a firm\'s own employee is no personnel matter of the city', () => {
  it('an employer\'s application for a volunteer firefighter\'s continued pay stays an application (high: pay data)', () => {
    const result = classify(letter({
      head: ['Tischlerei Brandt GmbH', 'Werkstraße 4 · 23456 Neustadt'], to: city('Feuerwehr'),
      subject: ['Antrag auf Erstattung des fortgezahlten Arbeitsentgelts'],
      body: 'unser Mitarbeiter Herr Jonas Peters ist Mitglied der Freiwilligen Feuerwehr. Für seine Einsätze haben wir den Lohn nach Tarifvertrag weitergezahlt und beantragen die Erstattung von 812,40 €. Die Lohnabrechnungen fügen wir bei. Bitte überweisen Sie den Betrag auf unser Konto.',
    }));
    expect(result.documentType).toBe('application');
    expect(result.protectionLevel).toBe('high');
  });

  it('"Ihre Mitarbeiterin Frau X" is still the city\'s staff', () => {
    const result = classify(letter({
      head: ['Hausarztpraxis Nord', 'Ringstraße 8 · 23456 Neustadt'], to: city('Personalservice'),
      subject: ['Arbeitsunfähigkeitsbescheinigung'],
      body: 'Ihre Mitarbeiterin Frau Lena Stein ist vom 03.03. bis 14.03.2025 arbeitsunfähig. Die Arbeitsunfähigkeitsbescheinigung liegt bei.',
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });
});

describe('protection of labour-court and addiction matters', () => {
  it('a dismissal case before the labour court about an employee is very-high', () => {
    const result = classify(letter({
      head: ['Arbeitsgericht Neustadt', 'Justizplatz 3 · 23456 Neustadt'], to: city('Personalservice'), refs: ['3 Ca 211/25'],
      subject: ['Ladung zum Gütetermin'],
      body: 'In dem Rechtsstreit Meier ./. Stadt Musterstadt wendet sich der Kläger gegen die personenbedingte Kündigung vom 01.02.2025 und beantragt Weiterbeschäftigung.',
    }));
    expect(result.documentType).toBe('court');
    expect(result.protectionLevel).toBe('very-high');
  });

  it('addiction treatment is health data', () => {
    expect(protectionFromContent('Die Fehlzeiten beruhen auf einer Suchttherapie.').level).toBe('very-high');
    expect(protectionFromContent('Herr K. ist alkoholabhängig.').level).toBe('very-high');
  });

  it('an addiction-help association named in a grant request is no one\'s health', () => {
    expect(protectionFromContent('Zuschuss für die Beratungsstelle der Suchtkrankenhilfe e.V. für Drogenabhängige').level).toBe('normal');
  });

  it('a labour court alone only stops the release', () => {
    const result = protectionFromContent('Arbeitsgericht Neustadt\nTerminsverlegung: der Termin wird auf den 12.05.2025 verlegt.');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
});

describe('the Infektionsschutzgesetz as a topic or as a person\'s health', () => {
  it('the food-hygiene instruction under § 43 IfSG and a file code are no health data', () => {
    expect(protectionFromContent('Dolmetschen bei der Belehrung nach § 43\nInfektionsschutzgesetz am 24.02.2025.').level).toBe('normal');
    expect(protectionFromContent('Ihr Zeichen: 5.30-IfSG-Bel/25').level).toBe('normal');
  });

  it('a notification under § 6 IfSG stays very-high', () => {
    expect(protectionFromContent('Meldung nach § 6 Abs. 1 IfSG für Herrn Max Roth').level).toBe('very-high');
    expect(protectionFromContent('Meldung gemäß Infektionsschutzgesetz').level).toBe('very-high');
  });
});
