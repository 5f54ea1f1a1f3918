// General causes of misclassification found on the twenty-fifth and twenty-sixth independently
// written dev splits, each on a letter written for this test: a final bill that nets the advance
// payments already made, an employee's new account for the pay, a register mailing with the
// disclaimer "nicht mit einem amtlichen Register verbunden", OCR damage in "Ermittlungsverfahren
// wegen einer Ordnungswidrigkeit" and in "§ 43 IfSG", and an e-mail recipient whose "An:" label and
// domain dots OCR garbled.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2029-09-03T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const ruleIds = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation })).hits
  .filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('a final bill names the balance left after the advance payments: nothing is late', () => {
  const finalBill = (paid: string) => letter({
    head: ['Dachdeckerei Wilms & Sohn', 'Dachdeckerei Wilms & Sohn · Feldstraße 8 · 12345 Musterstadt'], to: city('Gebäudemanagement'),
    refs: ['Rechnungs-Nr.: 2029-318', 'Datum: 28.08.2029'],
    subject: ['Schlussrechnung Nr. 2029-318 – Neueindeckung Turnhalle Nord'],
    body: `die Arbeiten sind abgeschlossen und am 21.08.2029 abgenommen. Die Einzelpositionen, die ${paid} Anzahlung und der noch offene Betrag stehen in der Aufstellung unten.\n\n`
      + '  Summe netto              38.400,00 €\n  zzgl. 19 % USt.           7.296,00 €\n  Gesamtbetrag brutto      45.696,00 €\n'
      + '  abzgl. Anzahlung vom 02.07.2029   -15.000,00 €\n  Restbetrag               30.696,00 €\n\n'
      + 'Zahlbar innerhalb von 21 Tagen nach Rechnungsdatum ohne Abzug.',
  });
  it('»die bereits geleistete Anzahlung und der noch offene Betrag« in the opening is no reminder', () => {
    const text = finalBill('bereits geleistete');
    expect(ruleIds(text)).not.toContain('reminder.overdue');
    expect(classify(text).documentType).toBe('invoice');
  });
  it('the same with the »l« of »geleistete« read as »I« by OCR', () => {
    const text = finalBill('bereits geIeistete');
    expect(ruleIds(text)).not.toContain('reminder.overdue');
    expect(classify(text).documentType).toBe('invoice');
  });
  it('guard: an advance that is itself unpaid is still late', () => {
    const text = letter({
      head: ['Stadtwerke Lohberg GmbH', 'Stadtwerke Lohberg GmbH · Postfach 4 · 12399 Lohberg'], to: city('Finanzservice'),
      subject: ['Ihr Abschlag für August 2029'],
      body: 'der Abschlag für August 2029 über 1.240,00 € ist noch offen. Bitte überweisen Sie den offenen Betrag bis zum 14.09.2029.',
    });
    expect(ruleIds(text)).toContain('reminder.overdue');
    expect(classify(text).documentType).toBe('reminder');
  });
  it('guard: »noch offen« about the bill after a reminder\'s netting is still late', () => {
    const text = letter({
      head: ['Gerüstbau Halbach GmbH', 'Gerüstbau Halbach GmbH · Ringstraße 2 · 12345 Musterstadt'], to: city('Finanzservice'),
      subject: ['Unsere Rechnung Nr. 29-552 vom 10.07.2029'],
      body: 'leider ist unsere Rechnung über 4.320,00 € bis heute noch offen. Bitte gleichen Sie den Betrag bis zum 12.09.2029 aus.',
    });
    expect(classify(text).documentType).toBe('reminder');
  });
});

describe('an employee\'s new account for the pay is personnel master data', () => {
  it('the personnel office\'s bank-details form returned by an employee is personnel, very-high', () => {
    const result = classify(letter({
      head: ['Tobias Brandes', 'Lerchenstieg 4 · 12345 Musterstadt'], to: city('Personalservice'),
      subject: ['Mitteilung über die Änderung der Bankverbindung', 'für die Zahlung der Dienstbezüge'],
      body: 'Name: Brandes, Tobias\nPersonalnummer: 31 7720\nDienststelle: Bauordnung\n\n'
        + 'Neue Bankverbindung ab Oktober 2029: IBAN DE02 1203 0000 0000 2020 51\n\n'
        + 'Ort, Datum, Unterschrift\nMusterstadt, 02.09.2029   Tobias Brandes',
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });
  it('guard: a supplier announcing new bank details stays a general letter', () => {
    const result = classify(letter({
      head: ['Elektro Sandmann GmbH', 'Elektro Sandmann GmbH · Kanalweg 3 · 12345 Musterstadt'], to: city('Finanzservice'),
      subject: ['Änderung unserer Bankverbindung ab 01.10.2029'],
      body: 'bitte überweisen Sie Zahlungen für unsere Rechnungen ab dem 01.10.2029 nur noch auf unsere neue Bankverbindung '
        + 'IBAN DE89 3704 0044 0532 0130 00. Das bisherige Konto wird aufgelöst.',
    }));
    expect(result.documentType).toBe('other');
  });
});

describe('a register mailing that says it is no official register is advertising', () => {
  it('»Aktualisierung Ihres Eintrags« with »nicht mit einem amtlichen Register verbunden« is advertising', () => {
    const text = letter({
      head: ['EBV – Europäisches Behörden-Verzeichnis', 'Datenservice · Hlavná 12 · 040 01 Košice · Slowakei'], to: city('Verwaltung'),
      subject: ['Aktualisierung Ihres Eintrags – Formular EBV-29-5521'],
      body: 'bitte prüfen Sie die Angaben und senden Sie das Formular unterschrieben zurück.\n\n'
        + 'Mit Ihrer Unterschrift erteilen Sie den Auftrag zur Veröffentlichung im Internet-Register für 2 Jahre zu je 980,00 EUR '
        + 'zzgl. MwSt. Das Verzeichnis ist nicht mit einem amtlichen Register verbunden.',
    });
    const ids = ruleIds(text);
    expect(ids).toContain('ads.directoryEntry');
    expect(ids).toContain('ads.notAnInvoice');
    expect(classify(text).documentType).toBe('advertising');
  });
  it('guard: a publisher\'s offer for an advert the city asked for stays an offer', () => {
    const text = letter({
      head: ['Kreiszeitung Verlag GmbH', 'Kreiszeitung Verlag GmbH · Pressehaus 1 · 12345 Musterstadt'], to: city('Personalservice'),
      subject: ['Angebot Nr. A-29-114 – Stellenanzeige Erzieher/in'],
      body: 'auf Ihre Anfrage vom 28.08.2029 bieten wir Ihnen die Veröffentlichung Ihrer Anzeige im Online-Portal und in der '
        + 'Samstagsausgabe an: Gesamtpreis 640,00 € zzgl. 19 % MwSt. Das Angebot ist gültig bis 30.09.2029.',
    });
    expect(ruleIds(text)).not.toContain('ads.directoryEntry');
    expect(classify(text).documentType).toBe('offer');
  });
});

describe('OCR damage does not make a protection signal of an ordinary phrase', () => {
  it('»Ermittlungsverfahren wegen eirier Verkehrsordnungswidrigkeit« is no criminal matter', () => {
    const result = protectionFromContent('Ermittlungsverfahren wegen eirier Verkehrsordnungswidrigkeit – Az. OWi 7-2231/29\nBitte benennen Sie den Fahrer.');
    expect(result.level).not.toBe('very-high');
    expect(result.mightBeVeryHigh).toBe(false);
  });
  it('guard: an investigation of a crime stays very-high', () => {
    expect(protectionFromContent('Ermittlungsverfahren wegen Diebstahls gegen Ihren Mitarbeiter, Az. 21 Js 118/29').level).toBe('very-high');
  });
  it('»Belehrung nach $ 43 IfSG« (the § read as $) is the food-hygiene instruction, no health data', () => {
    const result = protectionFromContent('[x] Eine Belehrung nach $ 43 IfSG liegt für alle Helfer am Imbissstand vor.');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(false);
  });
  it('guard: a report under § 6 IfSG is health data', () => {
    expect(protectionFromContent('Meldung nach $ 6 IfSG: Verdacht auf Keuchhusten bei einem Kind der Gruppe Igel.').level).toBe('very-high');
  });
});

describe('an e-mail printout whose »An:« label OCR lost still names its recipient', () => {
  it('a bare recipient address with a doubled domain dot in the mail header decides the department', () => {
    const result = classify([
      'Von: Mara Lenz <mara.lenz@post.example>',
      'einsatzleitung@feuerwehr-musterstadt.. example',
      'Datum: 12.09.2029, 18:02',
      'Betreff: Bewerbung als Brandmeisteranwärterin – Ihre Ausschreibung vom 01.09.2029',
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      'hiermit bewerbe ich mich um die ausgeschriebene Stelle als Brandmeisteranwärterin. Lebenslauf und Zeugnisse hänge ich an.',
      '',
      'Mit freundlichen Grüßen',
      'Mara Lenz',
    ].join('\n'));
    expect(result.documentType).toBe('job-application');
    expect(result.department).toBe('3.30');
  });
  it('guard: the sender\'s address in the same header is not taken for the recipient', () => {
    const result = classify([
      'Von: Mara Lenz <mara.lenz@feuerwehr-verband.example>',
      'Datum: 12.09.2029, 18:02',
      'Betreff: Bewerbung als Verwaltungsfachangestellte',
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      'hiermit bewerbe ich mich um die ausgeschriebene Stelle. Lebenslauf und Zeugnisse hänge ich an.',
      '',
      'Mit freundlichen Grüßen',
      'Mara Lenz',
    ].join('\n'));
    expect(result.department).toBe('1.10');
  });
});

describe('a citizen deregistering a dog writes about the dog tax', () => {
  it('»Abmeldung meiner Hündin« in the subject is tax evidence', () => {
    const text = letter({
      head: ['Helga Ostendorf', 'Birkenhain 12 · 12345 Musterstadt'], to: city('Steuern und Abgaben'),
      subject: ['Abmeldung meiner Hündin „Lotte“'],
      body: 'Lotte ist am 02.09.2029 gestorben. Die Marke lege ich bei. Zu viel Gezahltes überweisen Sie bitte auf mein Konto.',
    });
    expect(ruleIds(text)).toContain('tax.kind');
    expect(classify(text).documentType).toBe('tax');
  });
  it('guard: a change of address »Abmeldung meiner Wohnung« is no dog tax', () => {
    const text = letter({
      head: ['Helga Ostendorf', 'Birkenhain 12 · 12345 Musterstadt'], to: city('Bürgerbüro'),
      subject: ['Abmeldung meiner Nebenwohnung'],
      body: 'zum 30.09.2029 gebe ich meine Nebenwohnung in der Kirchstraße 3 auf.',
    });
    expect(ruleIds(text)).not.toContain('tax.kind');
  });
});
