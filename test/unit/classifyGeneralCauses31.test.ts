// General causes of misclassification found on the thirty-first and thirty-second independently
// written dev splits (ordinary January mail, money mail of business software), each on a letter
// written for this test: the spelt-out »Sozialgesetzbuch« of a contributions audit (SGB IV), a
// creditor's statement of the city's account called »Kontoauszug«, a supplier asking for the
// Leitweg-ID, an auditor's balance confirmation ("keine Zahlungsaufforderung"), a mailing's opt-out
// line with its »Widerspruch«, a fire station's compound name under a garbled »Feuerwehr«, the
// tax office's title whose »Bescheid« OCR garbled, reflexive »widersprechen sich«, "nach meiner
// Rechnung" and a misread »Einladung«.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2030-03-02T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const rules = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
const ruleIds = (text: string) => rules(text).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('the Fourth Book of the Sozialgesetzbuch is contribution law, no one\'s social data', () => {
  it('a contributions audit citing "§ 28p des Vierten Buches Sozialgesetzbuch" stays normal', () => {
    expect(protectionFromContent('Wir haben bei Ihnen eine Prüfung nach § 28p Abs. 1 des Vierten Buches Sozialgesetzbuch durchgeführt. '
      + 'Für die Jahre 2026 bis 2028 werden Beiträge von 1.204,50 EUR nachgefordert.').level).toBe('normal');
    expect(protectionFromContent('Prüfung nach § 28p Sozialgesetzbuch (SGB) Viertes Buch (IV) der Beiträge zur Sozialversicherung.').level).toBe('normal');
  });
  it('guard: benefits under another book of the Sozialgesetzbuch are social data', () => {
    expect(protectionFromContent('Frau Yilmaz erhält Leistungen nach dem Zwölften Buch Sozialgesetzbuch.').level).toBe('very-high');
    expect(protectionFromContent('Leistungen nach dem Sozialgesetzbuch für Herrn Aksoy').level).toBe('very-high');
  });
});

describe('a creditor\'s statement of the city\'s account is its ledger, not a bank statement', () => {
  it('»Kontoauszug« with "Saldo zu unseren Gunsten" or "unsere Debitorennummer" stays normal', () => {
    expect(protectionFromContent('Kontoauszug zum 31.03.2030\nUnsere Debitorennummer: 55 120\n\nIhr Saldo beträgt 4.210,00 EUR zu unseren Gunsten.').level).toBe('normal');
    expect(protectionFromContent('Anbei unser Kontoauszug. Saldo zu unseren Gunsten 1.118,40 EUR, davon überfällig 640,00 EUR.').level).toBe('normal');
  });
  it('guard: a person\'s bank statement enclosed with a request stays high', () => {
    expect(protectionFromContent('Als Nachweis lege ich meinen Kontoauszug vom März bei; ich bitte um Ratenzahlung.').level).toBe('high');
  });
});

describe('a supplier changing how it invoices bills nothing: a general letter', () => {
  const changeover = letter({
    head: ['Papierhaus Lindner KG', 'Papierhaus Lindner KG · Hafenstraße 4 · 18055 Rostock'], to: city('Finanzservice'),
    subject: ['Umstellung auf E-Rechnung ab 01.07.2030 – Bitte um Mitteilung Ihrer Leitweg-ID'],
    body: 'ab dem 1. Juli 2030 stellen wir alle Rechnungen nur noch elektronisch aus. Bitte teilen Sie uns dazu die Leitweg-ID '
      + 'Ihrer bestellenden Ämter und die gewünschte Rechnungsanschrift mit. Unsere Kundennummer für Sie lautet 20-771.',
  });
  it('»Umstellung auf E-Rechnung … Leitweg-ID« in the subject is master data, not an invoice', () => {
    expect(ruleIds(changeover)).toContain('other.invoicingChange');
    expect(classify(changeover).documentType).toBe('other');
  });
  it('guard: an e-invoice view naming the Leitweg-ID with its totals stays an invoice', () => {
    const bill = letter({
      head: ['Papierhaus Lindner KG', 'Papierhaus Lindner KG · Hafenstraße 4 · 18055 Rostock'], to: city('Finanzservice'),
      subject: ['Rechnung Nr. 30-4471 vom 02.07.2030'],
      body: 'Leitweg-ID: 13003000-1-55\nKäuferreferenz: Bürgerbüro\n\n   Kopierpapier A4, 40 Kartons   420,00 EUR\n   zzgl. 19 % USt   79,80 EUR\n'
        + '   Gesamtbetrag   499,80 EUR\n\nZahlbar bis 01.08.2030 ohne Abzug.',
    });
    expect(classify(bill).documentType).toBe('invoice');
  });
});

describe('an auditor\'s balance confirmation says it demands nothing', () => {
  const confirmation = letter({
    head: ['Kieswerk Ostsee GmbH', 'Kieswerk Ostsee GmbH · Grubenweg 2 · 18246 Bützow'], to: city('Finanzservice', 'Kreditorenbuchhaltung'),
    subject: ['Bitte um Saldenbestätigung zum 31.12.2029'],
    body: 'für unseren Jahresabschluss bittet unser Wirtschaftsprüfer um Bestätigung unserer Forderungen. Nach unseren Büchern '
      + 'beträgt der Saldo zu unseren Gunsten 8.214,30 EUR. Dies ist keine Zahlungsaufforderung. Bitte senden Sie die Antwort direkt an den Prüfer.',
  });
  it('»Saldenbestätigung« and "keine Zahlungsaufforderung" make a general letter, no reminder', () => {
    const ids = ruleIds(confirmation);
    expect(ids).toContain('other.balanceConfirmation');
    expect(ids).not.toContain('reminder.word');
    expect(ids).not.toContain('reminder.overdue');
    expect(classify(confirmation).documentType).toBe('other');
  });
  it('guard: a demand for payment and "keine Zahlung eingegangen" still dun', () => {
    const text = letter({
      head: ['Kieswerk Ostsee GmbH', 'Kieswerk Ostsee GmbH · Grubenweg 2 · 18246 Bützow'], to: city('Finanzservice'),
      subject: ['Zahlungsaufforderung – Rechnung 29-8812'],
      body: 'zu unserer Rechnung 29-8812 vom 04.11.2029 über 1.930,00 EUR ist bis heute keine Zahlung eingegangen. '
        + 'Wir bitten um Ausgleich bis zum 20.03.2030.',
    });
    expect(ruleIds(text)).toEqual(expect.arrayContaining(['reminder.word', 'reminder.overdue']));
    expect(classify(text).documentType).toBe('reminder');
  });
});

describe('a mailing\'s opt-out line: its »Widerspruch« is against further mailings', () => {
  const mailing = letter({
    head: ['STREUFIX', 'Streufix Vertriebs GmbH · Deichweg 8 · 26721 Emden'], to: city('Bauhof'),
    subject: ['Frost im Anmarsch? Jetzt nachbestellen und Lager füllen!'],
    body: 'viele Gemeinden haben ihre Vorräte schon verbraucht. Wir liefern ab 5 t frei Hof:\n\n'
      + '   Streusalz, lose   ab 104,00 € / t netto\n   Splitt 2/5 mm     ab  41,00 € / t netto\n\n'
      + 'Bestellen Sie per Fax oder mit der beiliegenden Antwortkarte.\n\n'
      + 'Sie erhalten diese Information, weil Sie Kunde eines Streumittelhändlers sind. Widerspruch an kontakt@streufix.de.',
  });
  it('the opt-out line is a mailing\'s, and the letter is advertising', () => {
    expect(ruleIds(mailing)).toContain('ads.optOut');
    expect(classify(mailing).documentType).toBe('advertising');
  });
  it('guard: an objection against a fee notice stays an objection', () => {
    const text = letter({
      head: ['Bernd Aschoff', 'Lindenweg 3', '12345 Musterstadt'], to: city('Bauhof'),
      subject: ['Widerspruch gegen den Gebührenbescheid vom 02.02.2030'],
      body: 'hiermit lege ich gegen den Gebührenbescheid vom 02.02.2030 Widerspruch ein. Die Straße wurde im Januar nicht geräumt.',
    });
    expect(classify(text).documentType).toBe('objection');
  });
});

describe('words that only look like a type', () => {
  it('»die Angaben widersprechen sich« is no objection, »nach meiner Rechnung« no invoice', () => {
    const text = letter({
      head: ['Karin Dombrowski', 'Birkenallee 4', '12345 Musterstadt'], to: city('Bauaufsicht'),
      subject: ['Carport auf meinem Grundstück – Genehmigung nötig?'],
      body: 'ich möchte einen Carport bauen, nach meiner Rechnung etwa 18 m² groß. Im Internet widersprechen sich die Angaben, '
        + 'ob dafür ein Bauantrag nötig ist. Bitte geben Sie mir eine kurze Auskunft.',
    });
    const ids = ruleIds(text);
    expect(ids).not.toContain('objection.word');
    expect(ids).not.toContain('invoice.word');
    expect(classify(text).documentType).toBe('building');
  });
  it('guard: »widersprechen« an objection still is one', () => {
    expect(ruleIds(letter({
      head: ['Karin Dombrowski', 'Birkenallee 4', '12345 Musterstadt'], to: city('Steuern und Abgaben'),
      subject: ['Grundsteuer 2030'], body: 'dem Bescheid vom 03.02.2030 widersprechen wir, weil die Fläche falsch ist.',
    }))).toContain('objection.word');
  });
});

describe('OCR damage to the decisive word', () => {
  it('a fire station\'s compound name decides when »Feuerwehr« is misread', () => {
    const text = letter({
      head: ['Hanse Versicherung AG', 'Hanse Versicherung AG · Ballindamm 3 · 20095 Hamburg'],
      to: ['Stadt Musterstadt', 'Feuerwebr – Fuhrpark', 'Hauptfeuerwache', 'Wachstraße 2', '12345 Musterstadt'],
      subject: ['Zahlungserinnerung Kfz-Versicherung'],
      body: 'der Beitrag von 2.410,00 EUR war am 01.01.2030 fällig und ist noch nicht bezahlt. Bitte zahlen Sie innerhalb von 10 Tagen.',
    });
    expect(classify(text).department).toBe('3.30');
  });
  it('guard: the Bauhof\'s fleet stays the Bauhof\'s', () => {
    const text = letter({
      head: ['Hanse Versicherung AG', 'Hanse Versicherung AG · Ballindamm 3 · 20095 Hamburg'],
      to: ['Stadt Musterstadt', 'Bauhof – Fuhrpark', 'Gewerbestraße 12', '12345 Musterstadt'],
      subject: ['Zahlungserinnerung Kfz-Versicherung'],
      body: 'der Beitrag von 2.410,00 EUR war am 01.01.2030 fällig und ist noch nicht bezahlt. Bitte zahlen Sie innerhalb von 10 Tagen.',
    });
    expect(classify(text).department).toBe('9.50.30');
  });
  it('the tax office\'s "für 2027 über Umsatzsteuer" names the tax when »Bescheid« is garbled', () => {
    const text = letter({
      head: ['Finanzamt Altdorf', 'Finanzamt Altdorf · Postfach 10 · 12340 Altdorf'], to: city('Finanzservice'),
      refs: ['Steuernummer 081/221/40017'],
      subject: ['Bcscheid für 2027 über Umsatzsteuer'],
      body: 'Die Umsatzsteuer wird auf 12.300,00 EUR festgesetzt. Abzüglich der Vorauszahlungen verbleiben 410,00 EUR.\n\n'
        + 'Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden.',
    });
    expect(ruleIds(text)).toContain('tax.stateKind');
    const result = classify(text);
    expect(result.documentType).toBe('tax');
    expect(result.protectionLevel).toBe('high');
  });
  it('a misread »Einladung« in the subject is still an invitation\'s evidence', () => {
    const text = letter({
      head: ['Gmina Lipno', 'Gmina Lipno · ul. Rynek 1 · 87-600 Lipno'], to: city('Büro des Oberbürgermeisters'),
      subject: ['Elnladung zum Stadtfest'],
      body: 'wir möchten eine Delegation Ihrer Stadt im Juni zu unserem Stadtfest begrüßen. Das Programm folgt im Mai.',
    });
    expect(rules(text).hits.some((hit) => hit.rule.id === 'other.words' && hit.zone === 'subject' && hit.fuzzy)).toBe(true);
  });
});
