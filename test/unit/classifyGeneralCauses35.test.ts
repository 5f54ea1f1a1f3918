// General causes of misclassification found on the thirty-fifth and thirty-sixth independently
// written dev splits (a summer month of money mail for the Finanzservice, an autumn fortnight),
// each on a letter written for this test: the seller's VAT ID on an e-invoice is no tax secret, a
// bank statement enclosed as proof of a payment shows no one's finances, a request to waive the
// dunning charges quotes the city's »Mahnung« without reminding of anything, a grantee's call for
// the next instalment quotes the Bewilligungsbescheid without being one, and a letter whose address
// names the department with its code while its "Ihr Zeichen" carries another unit's code goes to review.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2030-08-05T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const rules = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
const ruleIds = (text: string) => rules(text).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('the seller\'s VAT ID is no tax secret', () => {
  it('»Umsatzsteuer-ID (BT-31)« on an e-invoice view raises nothing', () => {
    const view = 'Verkäufer (BG-4)        Spreewald Datendienst GmbH\nUmsatzsteuer-ID (BT-31)     DE274519036\n'
      + 'Gesamtbetrag einschließlich Umsatzsteuer (BT-112)     2.380,00 EUR';
    expect(protectionFromContent(view).level).toBe('normal');
    expect(protectionFromContent('Umsatzsteuer-Identifikationsnummer: DE274519036').level).toBe('normal');
  });
  it('guard: a person\'s Steuer-ID is tax data', () => {
    expect(protectionFromContent('Meine Steuer-ID lautet 48 337 120 965.').level).toBe('high');
  });
});

describe('a bank statement enclosed as proof of a payment', () => {
  it('"habe … überwiesen, Kontoauszug anbei" shows the payment, not the writer\'s finances', () => {
    const text = 'Den Beitrag von 2.310,00 € habe ich am 14.06.2030 überwiesen. Eine Kopie des Kontoauszugs füge ich bei.\n\n'
      + 'Anlage: Kontoauszug vom 14.06.2030';
    expect(protectionFromContent(text).level).toBe('normal');
    // The same as OCR reads it ("habc", "iiberwiesen").
    expect(protectionFromContent('Ich habc den Beitrag am 14.06.2030 iiberwiesen, Kontoauszug anbei.').level).toBe('normal');
  });
  it('guard: account statements asked as proof of income stay personal finance', () => {
    expect(protectionFromContent('Zum Nachweis Ihres Einkommens reichen Sie bitte den Kontoauszug des letzten Monats ein.').level).toBe('high');
  });
});

describe('a request to waive dunning charges quotes the city\'s reminder', () => {
  const waiver = letter({
    head: ['Jörg Wendland', 'Imbiss am Hafen', 'Hafenstraße 2 · 12345 Musterstadt'], to: city('Finanzservice', 'Stadtkasse'),
    subject: ['Antrag auf Erlass der Mahngebühr und der Säumniszuschläge', 'Kassenzeichen 5.4412.007731.2 – Ihre Mahnung vom 20.06.2030'],
    body: 'mit Ihrer Mahnung vom 20.06.2030 haben Sie mir Säumniszuschläge von 18,00 € und eine Mahngebühr von 12,50 € berechnet. '
      + 'Die Gebühr selbst habe ich inzwischen gezahlt; die Lastschrift war nur wegen eines Kontowechsels gescheitert. '
      + 'Ich beantrage deshalb, mir die zusammen 30,50 € aus Billigkeitsgründen zu erlassen.',
    closing: ['Jörg Wendland'],
  });
  it('»Ihre Mahnung vom« is no »Mahnung« of the writer\'s own', () => {
    expect(ruleIds(waiver)).not.toContain('reminder.word');
  });
  it('the request is an application, not a reminder', () => {
    expect(classify(waiver).documentType).toBe('application');
  });
  it('guard: a creditor\'s »2. Mahnung« with a dunning fee stays a reminder', () => {
    const reminder = letter({
      head: ['Druckerei Falkner GmbH', 'Druckerei Falkner GmbH · Am Gleis 4 · 12345 Musterstadt'], to: city('Finanzservice'),
      subject: ['2. Mahnung', 'Rechnung Nr. 30-0881 vom 02.05.2030'],
      body: 'unsere Rechnung über 640,00 € ist trotz unserer Erinnerung noch offen. Wir berechnen eine Mahngebühr von 5,00 € '
        + 'und bitten um Zahlung von 645,00 € bis zum 15.08.2030.',
    });
    expect(ruleIds(reminder)).toContain('reminder.word');
    expect(classify(reminder).documentType).toBe('reminder');
  });
});

describe('a grantee\'s call for the next instalment of a grant', () => {
  it('a »Mittelabruf« quoting »Ihr Zuwendungsbescheid« is an application', () => {
    const call = letter({
      head: ['Kunstverein Altstadt e.V.', 'Kunstverein Altstadt e.V. · Am Markt 9 · 12345 Musterstadt'], to: city('Finanzservice'),
      subject: ['Mittelabruf 3. Rate', 'Ihr Zuwendungsbescheid vom 02.03.2030, Az. 0.10-KU-2030/11'],
      body: 'mit dem o. g. Bescheid wurde uns für die Sommerausstellung ein Zuschuss von 12.000,00 € bewilligt. '
        + 'Die ersten beiden Raten sind verwendet. Wir rufen hiermit die dritte Rate von 4.000,00 € ab und bitten um Überweisung.',
    });
    expect(ruleIds(call)).toContain('application.kind');
    expect(classify(call).documentType).toBe('application');
  });
  it('guard: the authority\'s own Zuwendungsbescheid stays a notice', () => {
    const notice = letter({
      head: ['Landesamt für Kultur', 'Landesamt für Kultur · Schlossplatz 1 · 19053 Schwerin'], to: city('Büro des Oberbürgermeisters'),
      subject: ['Zuwendungsbescheid', 'Ihr Antrag vom 10.01.2030'],
      body: 'auf Ihren Antrag wird Ihnen eine Zuwendung von 40.000,00 € bewilligt. Die Mittel können in Raten abgerufen werden. '
        + 'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
    });
    expect(classify(notice).documentType).toBe('notice');
  });
});

describe('an address that names the department with its code, and a reference with another', () => {
  const bill = (to: string[]) => letter({
    head: ['Gartenbau Reinholz GmbH', 'Gartenbau Reinholz GmbH · Feldweg 8 · 12345 Musterstadt'], to,
    refs: ['Ihr Zeichen: 9.50.30-GR-2030/07'],
    subject: ['Rechnung Nr. 2030-0457'],
    body: 'für die Pflege der Grünanlagen im Juni berechnen wir 1.800,00 € zzgl. 19 % USt 342,00 €, Rechnungsbetrag 2.142,00 €, '
      + 'zahlbar innerhalb von 14 Tagen ohne Abzug.',
  });
  // Writers label such mail either way (the desk addressed, or the unit whose file it is): the
  // reference keeps its rank, and the mailroom decides.
  it('an invoice to the »Finanzservice (1.40)« quoting another unit\'s code goes to review', () => {
    const result = classify(bill(city('Finanzservice (1.40)')));
    expect(result.department).toBe('9.50.30');
    expect(result.confidence).toBeLessThan(0.85);
    expect(result.reasons.some((r) => r.decision === 'department' && /Anschrift nennt aber 1\.40/.test(r.message))).toBe(true);
  });
  it('guard: without a department in the address the code in »Ihr Zeichen« decides, and the bill goes out', () => {
    const result = classify(bill(city()));
    expect(result.department).toBe('9.50.30');
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });
  it('an objection to the Stadtkasse\'s dunning charges quoting the Bescheid\'s Az. goes to review', () => {
    const objection = letter({
      head: ['Tiefbau Okonek GmbH', 'Tiefbau Okonek GmbH · Ringstraße 40 · 12345 Musterstadt'], to: city('Finanzservice (1.40)', '– Stadtkasse –'),
      subject: ['Widerspruch gegen Säumniszuschläge', 'Sondernutzungsbescheid vom 04.04.2030, Az. 3.10.20-SN-2030/0190'],
      body: 'gegen die mit Ihrer Mahnung vom 01.07.2030 festgesetzten Säumniszuschläge von 36,00 EUR legen wir hiermit Widerspruch ein. '
        + 'Die Gebühr ist fristgerecht am 02.05.2030 bei Ihnen eingegangen.',
    });
    expect(classify(objection).confidence).toBeLessThan(0.85);
  });
  it('guard: an objection addressed to another unit follows the code of the Bescheid', () => {
    const objection = letter({
      head: ['Heike Sommerfeld', 'Am Teich 3', '12345 Musterstadt'], to: city('Bauhof'),
      subject: ['Widerspruch gegen die Baumfällgenehmigung', 'Az. 6.30-BG-2030/0412'],
      body: 'gegen den Bescheid vom 20.06.2030 lege ich hiermit Widerspruch ein. Die Linde ist gesund.',
      closing: ['Heike Sommerfeld'],
    });
    expect(classify(objection).department).toBe('6.30');
  });
});

describe('personnel files as the object of a records service', () => {
  it('»Digitalisierung der alten Personalakten« on a bill opens no one\'s file (only a hint for review)', () => {
    const found = protectionFromContent('Rechnung Nr. 4471\nDigitalisierung der alten Personalakten, 18 Umzugskartons, Scan und Indexierung.');
    expect(found.level).toBe('normal');
    expect(found.mightBeVeryHigh).toBe(true);
  });
  it('guard: one employee\'s Personalakte is personnel data', () => {
    expect(protectionFromContent('Bitte nehmen Sie die Bescheinigung zur Personalakte von Frau Lüttke.').level).toBe('very-high');
  });
});

describe('a word in spaced letters (Sperrschrift)', () => {
  const objection = (act: string) => letter({
    head: ['Brandt Ehlers Rechtsanwälte', 'Brandt Ehlers Rechtsanwälte · Wallstraße 2 · 12345 Musterstadt'], to: city('Bauaufsicht'),
    refs: ['Ihr Zeichen: 6.30-NU-2030/0077'],
    subject: ['Ihre Nutzungsuntersagung vom 02.07.2030', 'Mandantin: Gisela Harms, Lindenallee 5'],
    body: `in obiger Angelegenheit zeigen wir die Vertretung von Frau Harms an und legen namens und im Auftrag unserer Mandantin gegen die genannte Verfügung\n\n${act}\n\nein. Ferner beantragen wir Akteneinsicht.`,
    closing: ['Ehlers', 'Rechtsanwalt'],
  });
  it('"W i d e r s p r u c h" set apart is the objection itself', () => {
    expect(ruleIds(objection('W i d e r s p r u c h'))).toContain('objection.word');
    expect(classify(objection('W i d e r s p r u c h')).documentType).toBe('objection');
  });
  it('guard: a letter in capitals with single initials is not joined into a word', () => {
    expect(ruleIds(objection('B. u. H. K.'))).not.toContain('objection.word');
  });
});
