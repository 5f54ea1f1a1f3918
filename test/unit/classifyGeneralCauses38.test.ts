// General causes of misclassification found on the thirty-eighth independently written dev split
// (a December fortnight of money mail around the Finanzservice), each on a letter written for this
// test: an insolvency administrator quoting the Insolvenzgericht's file, a company's insolvency
// read as a person's finances, the city's own Gewerbesteuerumlage read as a taxpayer's tax data, a
// Mahnbescheid whose Antragsgegner block stands below a title the layout took for the subject, a
// benefit recipient's new bank account, a refund request for a double payment, a widow who accepts
// a notice and only asks about it, a SEPA mandate revocation and a payer's Zahlungsavis.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2030-12-20T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const rules = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
const ruleIds = (text: string) => rules(text).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('an insolvency administrator quotes the court proceedings she writes in', () => {
  const administrator = [
    'RECHTSANWALT DR. JONAS BRÜGGEMANN', 'Fachanwalt für Insolvenzrecht · Insolvenzverwalter', '',
    'Kanzlei Brüggemann · Domhof 3 · 23909 Ratzeburg', '', ...city('Stadtkasse – Vollstreckung –'), '',
    'Unser Zeichen: JB/ks', 'Ratzeburg, 04.12.2030', '',
    'Insolvenzverfahren über das Vermögen der Haselbach Fensterbau GmbH, Werkstraße 2, 12345 Musterstadt',
    'Amtsgericht Mölln – Insolvenzgericht –, Az. 5 IN 88/30', '',
    'Sehr geehrte Damen und Herren,', '',
    'das Amtsgericht Mölln hat mit Beschluss vom 27.11.2030 das Insolvenzverfahren eröffnet und mich zum Verwalter bestellt.',
    'Bitte melden Sie Ihre Forderungen bis zum 15.01.2031 bei mir an und stellen Sie die Vollstreckung ein.',
    'Nach den Kontoauszügen der Schuldnerin hat Ihre Vollstreckungsstelle am 18.11.2030 durch Kontopfändung 1.870,20 € eingezogen.',
    'Diese Sicherung ist nach § 88 InsO unwirksam. Bitte überweisen Sie den Betrag bis zum 18.12.2030 auf mein Anderkonto.', '',
    'Mit freundlichen Grüßen', '', 'Dr. Jonas Brüggemann', 'Rechtsanwalt als Insolvenzverwalter',
  ].join('\n');
  it('a lawyer\'s letter naming the Insolvenzgericht and its Az. in the subject is no court mail', () => {
    const result = classify(administrator);
    expect(result.documentType).not.toBe('court');
    expect(result.protectionLevel).toBe('normal');
  });
  it('guard: the Insolvenzgericht\'s own letter stays court mail', () => {
    const court = [
      'Amtsgericht Mölln', '– Insolvenzgericht –', 'Amtsgericht Mölln · Hauptstraße 1 · 23879 Mölln', '', ...city('Stadtkasse'), '',
      'Az. 5 IN 88/30', 'Mölln, 27.11.2030', '',
      'Beschluss', '',
      'In dem Insolvenzverfahren über das Vermögen der Haselbach Fensterbau GmbH wird das Insolvenzverfahren eröffnet.',
      'Gläubiger werden aufgefordert, ihre Forderungen bis zum 15.01.2031 beim Insolvenzverwalter anzumelden.', '',
      'Rechtspflegerin',
    ].join('\n');
    expect(classify(court).documentType).toBe('court');
  });
});

describe('a company\'s insolvency is no person\'s finances', () => {
  it('"über das Vermögen der … GmbH" makes the debtor\'s account statements and garnishment a company\'s', () => {
    expect(protectionFromContent('Insolvenzverfahren über das Vermögen der Kranich Logistik GmbH\nLaut den Kontoauszügen der Schuldnerin wurde ihr Konto gepfändet; die Pfändung ist unwirksam.').level).toBe('normal');
  });
  it('the writer\'s trade in the head ("Fachanwältin für Insolvenzrecht", "Insolvenzverwalterin") is no one\'s insolvency', () => {
    expect(protectionFromContent('Fachanwältin für Insolvenzrecht\nInsolvenzverwalterin').level).toBe('normal');
  });
  it('guard: a person\'s insolvency and account statements stay high', () => {
    expect(protectionFromContent('Insolvenzverfahren über das Vermögen des Herrn Udo Pieper\nKontoauszüge des Schuldners liegen bei.').level).toBe('high');
    expect(protectionFromContent('Ich befinde mich in der Privatinsolvenz und lege meine Kontoauszüge bei.').level).toBe('high');
  });
});

describe('the city\'s own levy to the Land is computed from its total tax income', () => {
  it('a Gewerbesteuerumlage notice with the Ist-Aufkommen an Gewerbesteuer names no taxpayer', () => {
    expect(protectionFromContent('Festsetzung der Gewerbesteuerumlage für das IV. Vierteljahr 2030\nIst-Aufkommen an Gewerbesteuer 2.104.880,00 €\nHebesatz 395 %').level).toBe('normal');
    expect(protectionFromContent('Kreisumlage 2031: Umlagegrundlagen sind die Steuerkraftmesszahl und die Grundsteuer- und Gewerbesteuereinnahmen der Gemeinde.').level).toBe('normal');
  });
  it('guard: a firm\'s Gewerbesteuer prepayments stay under tax secrecy', () => {
    expect(protectionFromContent('Wir beantragen, die Gewerbesteuer-Vorauszahlungen unserer Mandantin für 2031 herabzusetzen.').level).toBe('high');
  });
});

describe('a court form names the city as the party it is served on, wherever the block stands', () => {
  it('the Antragsgegner block below a title taken for the subject names the department', () => {
    const form = [
      'EINGANG', '14. DEZ. 2030', 'Stadt Musterstadt – Posteingang', 'Amtsgericht Wedel Geschäftsnummer',
      '– Zentrales Mahngericht – bei Schriftverkehr bitte angeben', 'Postfach 22 22 30-2201938-0-4', '22870 Wedel',
      'Datum: 10.12.2030', '', 'Antragsgegner:', 'Stadt Musterstadt, vertr. d. d. Bürgermeister', 'Finanzservice – Stadtkasse',
      'Markt 1', '12345 Musterstadt', 'Mahnbeschied', '', 'Antragsteller:', 'Lichtwerk Bühnenservice GmbH, Gewerbering 4, 22880 Wedel', '',
      'macht gegen Sie folgenden Anspruch geltend:', 'Hauptforderung: Rechnung 118 vom 02.09.2030 4.210,00 EUR', 'Gesamtbetrag 4.402,50 EUR', '',
      'Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht.', '', 'Rechtspfleger',
    ].join('\n');
    expect(classify(form).department).toBe('1.40');
  });
});

describe('a benefit recipient\'s new bank account is a social matter', () => {
  const benefit = letter({
    head: ['Jelena Marković', 'Birkenweg 5', '12345 Musterstadt'], to: city('Amt für Soziales', 'Wohngeldstelle'),
    subject: ['Wohngeld – Az. 5.10-WG-2030-0456', 'Neue Bankverbindung'],
    body: 'mein altes Konto wurde gekündigt, die Zahlung für Dezember kam zurück. Meine neue Bankverbindung: IBAN DE02 1203 0000 0000 2020 51. '
      + 'Bitte überweisen Sie das Wohngeld ab sofort dorthin.',
  });
  it('"Wohngeld – Neue Bankverbindung" is social, not a supplier\'s master data', () => {
    expect(classify(benefit).documentType).toBe('social');
  });
  it('guard: a supplier\'s new bank account stays a general letter', () => {
    const supplier = letter({
      head: ['Malerbetrieb Osterkamp GmbH', 'Malerbetrieb Osterkamp GmbH · Hafenstraße 8 · 12345 Musterstadt'], to: city('Finanzservice'),
      subject: ['Änderung unserer Bankverbindung'],
      body: 'ab dem 01.01.2031 lautet unsere neue Bankverbindung IBAN DE02 1203 0000 0000 2020 51. Bitte überweisen Sie künftige Rechnungen dorthin.',
    });
    expect(classify(supplier).documentType).toBe('other');
  });
});

describe('a refund request for a double payment is an application', () => {
  it('"den doppelt überwiesenen Betrag … zurückzuzahlen" asks the city for something', () => {
    expect(ruleIds('Versehentlich habe ich die Gebühr zweimal überwiesen. Ich bitte Sie, mir den zweimal gezahlten Betrag zurückzuzahlen.')).toContain('application.refund');
    expect(ruleIds('Kassenzeichen 4.1100.0021 – doppelte Überweisung, bitte um Rückerstattung')).toContain('application.refund');
  });
  it('guard: a bill\'s refund of a credit note is no such request', () => {
    expect(ruleIds('Den Gutschriftsbetrag erstatten wir Ihnen bis zum 30.12.2030 auf Ihr Konto.')).not.toContain('application.refund');
  });
});

describe('a writer who does not object to a notice asks about it', () => {
  const questions = letter({
    head: ['Herta Blümel', 'Lindenallee 3', '12345 Musterstadt'], to: city('Friedhofsverwaltung'),
    subject: ['Ihr Gebührenbescheid vom 20.11.2030 – Grabstelle B/7/3'],
    body: 'ich habe Ihren Bescheid über die Verlängerung des Nutzungsrechts erhalten. Ich will dem nicht widersprechen, '
      + 'ich habe nur Fragen: Ist die Pflege im Betrag enthalten? Kann mein Sohn einen Teil überweisen? Bitte rufen Sie mich an.',
  });
  it('"Ich will dem nicht widersprechen" with questions is a general letter: no objection, no application for the Nutzungsrecht', () => {
    expect(classify(questions).documentType).toBe('other');
  });
  it('guard: accepting the notice but asking for instalments is an application', () => {
    const instalments = questions.replace('ich habe nur Fragen: Ist die Pflege im Betrag enthalten? Kann mein Sohn einen Teil überweisen? Bitte rufen Sie mich an.',
      'bitte Sie jedoch: Ich bitte Sie um Ratenzahlung in sechs Monatsraten.');
    expect(classify(instalments).documentType).toBe('application');
  });
});

describe('payment mail in which the city pays nothing', () => {
  it('revoking a SEPA mandate is master data for the cash desk, not a tax or a bill', () => {
    const revocation = letter({
      head: ['Bäckerei Timmermann OHG', 'Bäckerei Timmermann OHG · Kirchplatz 2 · 12345 Musterstadt'], to: city('Stadtkasse'),
      subject: ['Widerruf des SEPA-Basislastschriftmandats', 'Kassenzeichen 6.1200.004411.2'],
      body: 'hiermit widerrufen wir das Lastschriftmandat zum 31.12.2030, da unser Konto aufgelöst wird. Künftige Beträge überweisen wir selbst.',
    });
    expect(classify(revocation).documentType).toBe('other');
  });
  it('guard: granting a mandate is no revocation', () => {
    expect(ruleIds('Hiermit erteile ich Ihnen ein SEPA-Lastschriftmandat für die Hundesteuer.')).not.toContain('other.mandateRevocation');
  });
  it('a payer\'s Zahlungsavis listing the city\'s bills it pays is no invoice', () => {
    const advice = [
      'Hanse Kühlhaus AG · Buchhaltung · Kaistraße 9 · 18055 Rostock', '', ...city('Stadtkasse'), '',
      'ZAHLUNGSAVIS', '', 'Avis-Nr. 7700123', 'Zahlungsdatum 15.12.2030', '',
      'Sehr geehrte Damen und Herren,', '',
      'zu Gunsten Ihres Kontos bei der Sparkasse haben wir heute folgende Zahlung angewiesen:',
      'Ihre Rechnung RE-2030/0911 vom 02.11.2030   Bruttobetrag 740,00   Zahlbetrag 740,00',
      'Summe 740,00', '', 'Mit freundlichen Grüßen', 'Hanse Kühlhaus AG',
    ].join('\n');
    expect(classify(advice).documentType).toBe('other');
  });
  it('guard: an invoice stays an invoice', () => {
    const bill = letter({
      head: ['Hanse Kühlhaus AG', 'Hanse Kühlhaus AG · Kaistraße 9 · 18055 Rostock'], to: city('Finanzservice'),
      subject: ['Rechnung Nr. 2030-5512'],
      body: 'für die Einlagerung im November berechnen wir 620,00 € zzgl. 19 % USt 117,80 €, Rechnungsbetrag 737,80 €. Zahlbar bis 30.12.2030.',
    });
    expect(classify(bill).documentType).toBe('invoice');
  });
});
