// The classifier on realistic test letters with OCR damage: all 16 types, confusable pairs,
// department precedence, protection asymmetry and explanations.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import type { Config } from '../../electron/contract/config.ts';
import { ClassificationSchema, DOCUMENT_TYPES } from '../../electron/contract/domain.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { TEST_LETTERS } from './classifyLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2024-04-20T09:00:00');
const classify = (text: string, cfg: Config = config, confidence = 0.9) => classifyDocument(pagesFromText(text, { confidence }), cfg, { receivedAt });

function letter(head: string, subject: string, body: string, extra: string[] = [], to = ['Stadt Musterstadt', 'Postfach 10 20 30', '12345 Musterstadt']): string {
  return [head, '', ...to, '', 'Musterstadt, 02.04.2024', ...extra, '', subject, '', 'Sehr geehrte Damen und Herren,', '', body, '', 'Mit freundlichen Grüßen', 'A. Autor'].join('\n');
}

describe('document type, department and protection on test letters', () => {
  it.each(TEST_LETTERS.map((l) => [l.name, l] as const))('%s', (_name, l) => {
    const result = classify(l.text);
    expect(ClassificationSchema.parse(result)).toBeTruthy();
    expect(result.documentType).toBe(l.type);
    expect(result.department).toBe(l.department);
    expect(result.protectionLevel).not.toBe(undefined);
  });
  it('covers all 16 document types', () => {
    expect(new Set(TEST_LETTERS.map((l) => l.type)).size).toBe(DOCUMENT_TYPES.length);
  });
});

describe('confusable pairs', () => {
  it('a complaint that mentions an invoice in passing is not an invoice', () => {
    const result = classify(letter('Karl Dorn', 'Beschwerde über die Müllabfuhr', 'Ihre Rechnung vom 03.03.2024 habe ich erhalten. Die Tonne wurde aber dreimal nicht geleert. Ich bitte um Klärung.'));
    expect(result.documentType).not.toBe('invoice');
  });
  it('a Bescheid that mentions the application it decides is a notice', () => {
    const result = classify(letter('Landesamt für Umwelt · Postfach 4 · 99999 Landeshaupt', 'Zuwendungsbescheid', 'auf Ihren Antrag vom 12.01.2024 bewilligen wir Ihnen eine Zuwendung in Höhe von 20.000,00 €.\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.'));
    expect(result.documentType).toBe('notice');
  });
  it('an objection quoting the Bescheid is an objection, not a notice', () => {
    const result = classify(letter('Ute Brand', 'Widerspruch gegen Ihren Gebührenbescheid vom 05.03.2024', 'gegen den Bescheid lege ich Widerspruch ein, da die Gebühr falsch berechnet ist.'));
    expect(result.documentType).toBe('objection');
  });
  it('invoice vs reminder vs offer', () => {
    expect(classify(letter('Firma X GmbH · Weg 1 · 11111 Ort', 'Rechnung Nr. 4711', 'für unsere Leistungen berechnen wir Gesamtbetrag 119,00 €. Zahlbar innerhalb 14 Tagen.')).documentType).toBe('invoice');
    expect(classify(letter('Firma X GmbH · Weg 1 · 11111 Ort', 'Zahlungserinnerung Rechnung Nr. 4711', 'unsere Rechnung über 119,00 € ist noch offen. Bitte zahlen Sie bis zum 30.04.2024.')).documentType).toBe('reminder');
    expect(classify(letter('Firma X GmbH · Weg 1 · 11111 Ort', 'Angebot Nr. 4711', 'gerne unterbreiten wir Ihnen unser Angebot. Die Rechnung erfolgt nach Abnahme. Angebotssumme 119,00 €.')).documentType).toBe('offer');
  });
  it('a Finanzamt Bescheid is a notice, a citizen\'s Grundsteuer letter a tax matter', () => {
    expect(classify(letter('Finanzamt Nordstadt · Amtsweg 1 · 22222 Nordstadt', 'Grundsteuermessbescheid', 'Der Grundsteuermessbetrag wird festgesetzt. Rechtsbehelfsbelehrung: Einspruch ist innerhalb eines Monats einzulegen.')).documentType).toBe('notice');
    expect(classify(letter('Otto Lenz', 'Grundsteuer für mein Grundstück Ahornweg 3', 'ich habe das Grundstück verkauft und bitte, die Grundsteuer ab Juli auf den Käufer umzuschreiben.')).documentType).toBe('tax');
  });
  it('a job application vs a personnel matter', () => {
    expect(classify(letter('Mia Kurz', 'Bewerbung um die Stelle als Erzieherin', 'anbei meine Bewerbungsunterlagen mit Lebenslauf.')).documentType).toBe('job-application');
    expect(classify(letter('Mia Kurz', 'Antrag auf Elternzeit', 'Personalnummer 4471. Ich beantrage Elternzeit vom 01.06.2024 bis 31.05.2025.')).documentType).toBe('personnel');
  });
  it('medical vs social', () => {
    expect(classify(letter('Dr. med. Paul Heil · Praxis · Weg 2 · 12345 Musterstadt', 'Ärztliche Bescheinigung', 'Diagnose F32.1. Der Patient ist in Behandlung.')).documentType).toBe('medical');
    expect(classify(letter('Sven Arm', 'Antrag auf Grundsicherung nach SGB XII', 'ich beantrage Leistungen der Grundsicherung. Kontoauszüge liegen bei.')).documentType).toBe('social');
  });
  it('survives heavy OCR damage in the key word', () => {
    expect(classify(letter('Firma Y · Weg 1 · 11111 Ort', 'Zah1ungserinnerunq', 'Bitte zahlen Sie den offenen Betrag von 50,00 €.')).documentType).toBe('reminder');
    expect(classify(letter('Amtsgerlcht Nordstadt', 'Lad ung', 'In dem Rechtsstreit werden Sie geladen.')).documentType).toBe('court');
  });
});

describe('department precedence', () => {
  const body = 'Bitte prüfen Sie den Vorgang.';
  it('a code in the reference beats a keyword in the address and the type default', () => {
    const text = letter('Firma Z · Weg 1 · 11111 Ort', 'Rechnung Nr. 12', `${body} Gesamtbetrag 10,00 €`, ['Ihr Zeichen: 6.30.12/2024'], ['Stadt Musterstadt', 'Stadtkasse', 'Postfach 1', '12345 Musterstadt']);
    const result = classify(text);
    expect(result.department).toBe('6.30');
    expect(result.reasons.find((r) => r.decision === 'department')?.message).toMatch(/6\.30/);
  });
  it('a keyword in the address beats the type default', () => {
    const text = letter('Firma Z · Weg 1 · 11111 Ort', 'Angebot Nr. 12', 'wir unterbreiten Ihnen unser Angebot.', [], ['Stadt Musterstadt', 'Bauhof', 'Postfach 1', '12345 Musterstadt']);
    expect(classify(text).department).toBe('9.50.30');
  });
  it('falls back to the type default from the config, and to null when there is none', () => {
    expect(classify(letter('Firma Z · Weg 1 · 11111 Ort', 'Angebot Nr. 12', 'wir unterbreiten Ihnen unser Angebot.')).department).toBe('1.20');
    expect(classify(letter('Verein W', 'Einladung', 'Wir laden Sie ein.')).department).toBeNull();
  });
  it('an IT routing rule beats the address, and the config decides (not hard-coded codes)', () => {
    const custom: Config = { ...config, routing: { ...config.routing, rules: [{ id: 'friedhof-steine', description: 'Grabsteine', pattern: 'grabstein', department: '9.60.10' }] } };
    const text = letter('Steinmetz Roth · Weg 1 · 11111 Ort', 'Angebot Grabsteinsanierung', 'wir unterbreiten Ihnen unser Angebot.', [], ['Stadt Musterstadt', 'Bauhof', 'Postfach 1', '12345 Musterstadt']);
    const result = classify(text, custom);
    expect(result.department).toBe('9.60.10');
    expect(result.reasons.some((r) => r.message.includes('friedhof-steine'))).toBe(true);
  });
  it('takes the code from a reference value below its label and from a code OCR damaged', () => {
    const below = letter('Zweckverband Wasser · Weg 1 · 11111 Ort', 'Beitragsbescheid', 'Der Beitrag wird festgesetzt.',
      ['Ihr Zeichen      Geschäftszeichen      Telefon', '9.40.20-Geb/77   AZ 86.76-6239/24      0381 1234']);
    expect(classify(below).department).toBe('9.40.20');
    const damaged = letter('Unfallkasse · Weg 1 · 11111 Ort', 'Beitragsbescheid', 'Der Beitrag wird festgesetzt.', ['Ihr Aktenzeichen: _1:40-FM-2025/237']);
    expect(classify(damaged).department).toBe('1.40');
  });
  it('reads a long department name in the address despite OCR damage, not a short one', () => {
    const to = (line: string) => ['Stadt Musterstadt', line, 'Markt 1', '12345 Musterstadt'];
    const invoice = (line: string) => letter('Reinigung Winkler GmbH · Weg 1 · 11111 Ort', 'Rechnung Nr. 12', 'Gesamtbetrag 10,00 €', [], to(line));
    expect(classify(invoice('Gebaudemanaaement')).department).toBe('9.40.20');
    expect(classify(invoice('Bauhot')).department).toBe('1.40');
  });
  it('advertising has no department', () => {
    expect(classify(letter('Shop AG', 'Jetzt 30 % Rabatt sichern!', 'Nur für kurze Zeit: gratis Versand. Jetzt bestellen!')).department).toBeNull();
  });
});

describe('protection', () => {
  it('a very-high signal raises the level above the type default', () => {
    const result = classify(letter('Firma Q · Weg 1 · 11111 Ort', 'Rechnung Nr. 5', 'Rechnung für die Fahrt zur Dialyse, Diagnose N18.5. Gesamtbetrag 80,00 €.'));
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('very-high');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('a weak health hint sets mightBeVeryHigh without raising the level', () => {
    const result = classify(letter('Verein W', 'Einladung', 'Wegen Krankheit unseres Vorsitzenden verschieben wir das Fest.'));
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('never lowers below the type default', () => {
    expect(classify(letter('Mia Kurz', 'Krankmeldung', 'ich bin krank.')).protectionLevel).toBe('very-high');
    expect(classify(letter('Otto Lenz', 'Hundesteuer', 'Ich melde meinen Hund an.')).protectionLevel).toBe('high');
  });
});

describe('explanations and confidence', () => {
  it('names the deciding phrase, its place, the model and the department source', () => {
    const result = classify(TEST_LETTERS.find((l) => l.name === 'objection')?.text ?? '');
    const messages = result.reasons.map((r) => r.message).join('\n');
    expect(messages).toMatch(/Widerspruch.*Betreff/);
    expect(messages).toMatch(/Modell/);
    expect(messages).toMatch(/Abteilungscode 1\.50/);
    expect(result.fieldSources.reference?.boxes.length).toBeGreaterThan(0);
  });
  it('is lower for bad OCR and for letters without a department', () => {
    const text = TEST_LETTERS.find((l) => l.name === 'invoice supplier')?.text ?? '';
    expect(classify(text, config, 0.5).confidence).toBeLessThan(classify(text, config, 0.95).confidence);
    const invitation = classify(TEST_LETTERS.find((l) => l.name === 'invitation')?.text ?? '');
    expect(invitation.confidence).toBeLessThan(config.routing.confidenceThreshold);
  });
  it('returns a valid empty classification for an empty page', () => {
    const result = classify('');
    expect(result.documentType).toBe('other');
    expect(result.confidence).toBe(0);
  });
});

describe('protection of business mail', () => {
  const invoice = (...extra: string[]) => ['Lieferant GmbH', 'Hauptstr. 1', '80333 München', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Rechnung Nr. 4711', '', 'Miete Oktober 340,96 €', 'Personen-Unfallversicherung 7,98 €', ...extra, 'Zahlbar bis 15.10.2018.', '', 'Steuernummer: 201/113/40209', 'USt-IdNr.: DE123456789', 'HRB Nr. 372876', 'Amtsgericht Musterstadt', 'Zahlung per Kreditkarte möglich'].join('\n');
  it('an invoice stays normal despite tax number, register court, insurance and card payment', () => {
    const result = classifyDocument(pagesFromText(invoice()), config, { receivedAt: new Date('2018-10-05') });
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(false);
  });
  it('a creditor threatening court action against the city is no personal data', () => {
    const text = ['Süd Büromöbel e.K.', 'Weg 2', '05873 Grünberg', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', '2. Mahnung', '', 'Sehr geehrte Damen und Herren,', 'die Rechnung ist noch offen. Nach Ablauf der Frist werden wir die Forderung gerichtlich geltend machen', 'und die Zwangsvollstreckung einleiten.', 'Mit freundlichen Grüßen'].join('\n');
    const result = classifyDocument(pagesFromText(text), config, { receivedAt: new Date('2025-03-27') });
    expect(result.documentType).toBe('reminder');
    expect(result.protectionLevel).toBe('normal');
  });
  it('a creditor\'s statement of the city\'s account is no personal bank statement', () => {
    const reminder = (subject: string) => ['Recycling Auenstadt GmbH', 'Weg 2', '05873 Grünberg', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', subject, '',
      'Sehr geehrte Damen und Herren,', 'die folgende Rechnung ist noch offen: R-118 über 410,00 €.', 'Bitte überweisen Sie den Betrag bis zum 10.04.2025.'].join('\n');
    const statement = classifyDocument(pagesFromText(reminder('1. Mahnung / Kontoauszug')), config, { receivedAt: new Date('2025-03-27') });
    expect(statement.documentType).toBe('reminder');
    expect(statement.protectionLevel).toBe('normal');
    // A person's bank statements still raise it.
    const attached = classifyDocument(pagesFromText(reminder('1. Mahnung').concat('\nAnbei meine Kontoauszüge und der Kontoauszug vom März.')), config, { receivedAt: new Date('2025-03-27') });
    expect(attached.protectionLevel).toBe('high');
  });
  it('the remedy instructions of a Bescheid do not raise it', () => {
    const text = ['Landesamt für Umwelt', 'Allee 3', '10115 Berlin', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Gebührenbescheid', '', 'Sehr geehrte Damen und Herren,', 'die Gebühr wird auf 120,00 € festgesetzt.', 'Rechtsbehelfsbelehrung', 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch', 'erhoben werden. Der Widerspruch ist schriftlich bei der Behörde einzulegen.'].join('\n');
    const result = classifyDocument(pagesFromText(text), config, { receivedAt: new Date('2025-03-27') });
    expect(result.documentType).toBe('notice');
    expect(result.protectionLevel).toBe('normal');
  });
});
