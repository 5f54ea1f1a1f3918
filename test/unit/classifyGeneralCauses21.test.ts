// General causes of misclassification found on the twenty-first and twenty-second independently
// written dev splits, each on a letter written for this test: a municipal tax named as a
// vendor's product, another municipality's tax assessment of the city as owner, »Bewertung« fuzzily read as
// »Bewerbung«, a seminar mailing's early-booking deals, English payment reminders, foreign fine
// proceedings (a payment demand that imposes the sanction, an Austrian Lenkerauskunft), a bank's
// statement of charges, and address lines damaged by OCR.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2028-06-02T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const ruleIds = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation })).hits
  .filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('a municipal tax named as a vendor\'s product is no one\'s tax data', () => {
  it('a software vendor\'s invoice for its dog-tax module stays normal', () => {
    const result = classify(letter({
      head: ['Kommunalsoft Nord GmbH', 'Kommunalsoft Nord GmbH · Werftstraße 9 · 23552 Lübeck'], to: city('Kämmerei'),
      subject: ['Rechnung Nr. KS-2028-7781'],
      body: 'für die Lizenzen im zweiten Halbjahr 2028 berechnen wir Ihnen:\n\n'
        + 'Pos 1  Lizenz Fachverfahren Zweitwohnungsteuer      2.100,00 €\n'
        + 'Pos 2  Lizenz Modul Grundsteuer B                    3.400,00 €\n'
        + 'Nettobetrag 5.500,00 €, zzgl. 19 % USt 1.045,00 €, Rechnungsbetrag 6.545,00 €.\n\n'
        + 'Zahlbar innerhalb von 30 Tagen ohne Abzug.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
  });
  it('a training offer on a tax kind names no taxpayer', () => {
    expect(protectionFromContent('Unsere Schulung zur Gewerbesteuer-Zerlegung findet am 12.05. statt.').level).toBe('normal');
  });
  it('guard: a taxpayer\'s dog-tax assessment, arrears or deferral is tax data', () => {
    expect(protectionFromContent('Die Hundesteuer für 2028 wird auf 96,00 € festgesetzt. Kassenzeichen 4410-2231.').level).toBe('high');
    expect(protectionFromContent('Ich bitte um Stundung der Grundsteuer für das dritte Quartal.').level).toBe('high');
    expect(protectionFromContent('Ihr Steuerbescheid für 2027 weist eine Nachzahlung aus.').level).toBe('high');
  });
});

describe('another municipality assessing a municipal tax on the city\'s land there', () => {
  const assessment = (sender: string[], subject: string) => letter({
    head: sender, to: city('Liegenschaften'), refs: ['Kassenzeichen: 77-0412-19'],
    subject: [subject],
    body: 'für das Grundstück Waldweg 3 (Jugendzeltplatz) werden für 2029 folgende Abgaben festgesetzt:\n\n'
      + 'Grundsteuer B (Messbetrag 210,00 €, Hebesatz 450 %)    945,00 €\n'
      + 'Die Beträge sind zum 15.02., 15.05., 15.08. und 15.11.2029 fällig.\n\n'
      + 'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
  });
  it('is tax: the city is assessed as the taxpayer', () => {
    const result = classify(assessment(['Gemeinde Birkenfelde', 'Der Bürgermeister', 'Gemeinde Birkenfelde · Kirchplatz 2 · 12399 Birkenfelde'], 'Grundsteuerbescheid 2029'));
    expect(result.documentType).toBe('tax');
    expect(result.protectionLevel).toBe('high');
  });
  it('guard: a tax office\'s Messbescheid with remedy instructions served on the city stays a notice', () => {
    const result = classify(letter({
      head: ['Finanzamt Nordheide', 'Finanzamt Nordheide · Postfach 11 20 · 21201 Nordheide'], to: city('Steuern und Abgaben'),
      subject: ['Gewerbesteuermessbescheid 2027 für die Hallberg Logistik GmbH'],
      body: 'für die oben genannte Gesellschaft wird der Messbetrag für die Gewerbesteuer 2027 auf 3.120,00 € festgesetzt. '
        + 'Die Zerlegung entfällt.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch gegeben. '
        + 'Der Einspruch ist innerhalb eines Monats nach Bekanntgabe bei dem Finanzamt einzulegen.',
    }));
    expect(result.documentType).toBe('notice');
  });
});

describe('»Bewertung« is read as it stands, not as a misread »Bewerbung«', () => {
  it('the appraisal of assets gives no job-application point', () => {
    const text = letter({
      head: ['Prüfungsverband Nord', 'Prüfungsverband Nord · Domhof 4 · 21335 Lüneburg'], to: city('Kämmerei'),
      subject: ['Eröffnungsbilanz: Rückfragen'],
      body: 'bei der Bewertung des Straßenvermögens sind uns einige Fragen aufgefallen. Bitte senden Sie uns die Inventurlisten.',
    });
    expect(ruleIds(text)).not.toContain('job.word');
  });
  it('guard: an OCR-misread »Bewerbnng« still counts', () => {
    const text = letter({
      head: ['Lea Sommer', 'Ahornweg 3', '12345 Musterstadt'], to: city('Personalservice'),
      subject: ['Bewerbnng als Erzieherin'],
      body: 'anbei sende ich Ihnen meine Unterlagen für die ausgeschriebene Stelle.',
    });
    expect(ruleIds(text)).toContain('job.word');
  });
});

describe('a seminar mailing whose only sales talk is its booking deals', () => {
  const mailing = letter({
    head: ['Verwaltungsforum Süd', 'Verwaltungsforum Süd GmbH · Königstraße 8 · 70173 Stuttgart'], to: city('Personalservice'),
    subject: ['Fachseminar: Beurteilungen und Zeugnisse im öffentlichen Dienst'],
    body: 'in unserem Fachseminar zeigen Ihnen erfahrene Referenten den sicheren Umgang mit:\n\n'
      + '- Arbeitszeugnis und Zwischenzeugnis: Formulierungen und Fallstricke\n'
      + '- Probezeit, Stufenaufstieg und Eingruppierung nach TVöD\n\n'
      + 'Termine: 14.05.2029 Stuttgart, 21.05.2029 online.\n'
      + 'Teilnahmegebühr: 390,00 € je Person. Bei Anmeldung bis zum 31. März 2029 zahlen Sie nur 340,00 €; '
      + 'jede dritte Anmeldung aus Ihrem Haus ist kostenfrei.\n\nWir freuen uns auf Sie!',
  });
  it('is advertising without a department, and normal', () => {
    expect(ruleIds(mailing)).toContain('ads.words');
    const result = classify(mailing);
    expect(result.documentType).toBe('advertising');
    expect(result.department).toBeNull();
    expect(result.protectionLevel).toBe('normal');
  });
  it('guard: an employee asking to attend a paid seminar is no advertisement', () => {
    const request = letter({
      head: ['Jana Roth', 'Personalservice, Zimmer 12'], to: city('Personalservice'),
      subject: ['Antrag auf Teilnahme am Seminar »Arbeitszeugnisse im TVöD«'],
      body: 'ich beantrage die Teilnahme am Seminar am 14.05.2029 in Stuttgart. Die Teilnahmegebühr beträgt 390,00 €. '
        + 'Meine Vertretung ist mit Frau Kern abgestimmt.',
    });
    expect(ruleIds(request)).not.toContain('ads.words');
    expect(classify(request).documentType).not.toBe('advertising');
  });
});

describe('a payment reminder in English', () => {
  it('is a reminder, not the invoice it quotes', () => {
    const text = letter({
      head: ['Baltic Stage Systems ApS', 'Havnegade 12 · 6400 Sønderborg · Denmark'], to: city('Kulturbüro'),
      subject: ['PAYMENT REMINDER'],
      body: 'our records show that the following invoice for the stage equipment is still outstanding:\n\n'
        + 'Invoice no. BSS-2028-311   Invoice date 02 May 2028   Amount EUR 2,480.00\n\n'
        + 'Please transfer the outstanding amount by 20 June 2028.',
    });
    expect(ruleIds(text)).toEqual(expect.arrayContaining(['reminder.word', 'reminder.overdue']));
    expect(classify(text).documentType).toBe('reminder');
  });
  it('guard: an English invoice stays an invoice', () => {
    const text = letter({
      head: ['Baltic Stage Systems ApS', 'Havnegade 12 · 6400 Sønderborg · Denmark'], to: city('Kulturbüro'),
      subject: ['INVOICE BSS-2028-344'],
      body: 'Invoice date: 28 May 2028\nStage rental, 3 days          EUR 1,900.00\nTotal amount EUR 1,900.00\nPayment terms: 30 days net.',
    });
    expect(classify(text).documentType).toBe('invoice');
  });
});

describe('foreign fine proceedings against the keeper of a city vehicle', () => {
  it('a payment demand that imposes the sanction is the fine, not a reminder', () => {
    const text = letter({
      head: ['Agence nationale de traitement automatisé des infractions', 'ANTAI · CS 41101 · 35911 Rennes · France'], to: city('Bauhof', 'Fuhrpark'),
      refs: ['Kennzeichen: MS-BH 207 (D)'],
      subject: ['Zahlungsaufforderung – Verwaltungssanktion wegen Geschwindigkeitsüberschreitung'],
      body: 'mit dem oben genannten Fahrzeug wurde am 03.05.2028 um 09:12 Uhr auf der A 4 die zulässige Höchstgeschwindigkeit um 16 km/h überschritten.\n\n'
        + 'Zu zahlender Betrag: 135,00 €. Bitte zahlen Sie bis zum 30.06.2028.\n\n'
        + 'Gegen diese Entscheidung kann innerhalb von 45 Tagen Einspruch eingelegt werden.',
    });
    const result = classify(text);
    expect(result.documentType).toBe('fine');
    expect(result.protectionLevel).toBe('high');
  });
  it('guard: a reminder of an unpaid fine that says it is late stays a reminder by its words', () => {
    const text = letter({
      head: ['Stadtkasse Rosenau', 'Stadt Rosenau · Markt 2 · 12388 Rosenau'], to: city('Bauhof', 'Fuhrpark'),
      subject: ['Mahnung – Verwarnungsgeld Az. 22-OW-1187'],
      body: 'das Verwarnungsgeld von 35,00 € wegen Parkverstoß ist noch nicht beglichen. Wir erheben eine Mahngebühr von 5,00 €.',
    });
    expect(ruleIds(text)).toContain('reminder.dunning');
  });
  it('an Austrian Lenkerauskunft is the keeper\'s questionnaire of fine proceedings', () => {
    const text = letter({
      head: ['BEZIRKSHAUPTMANNSCHAFT LIENZ', 'Verkehrsrecht', 'Dolomitenstraße 3 · 9900 Lienz · Österreich'], to: city('Ordnungsamt'),
      subject: ['Aufforderung zur Lenkerauskunft gemäß § 103 Abs. 2 KFG'],
      body: 'Sie werden als Zulassungsbesitzerin des Fahrzeugs MS-OA 55 aufgefordert, binnen zwei Wochen ab Zustellung '
        + 'dieses Schreibens bekanntzugeben, wer das Fahrzeug am 12.04.2028 gelenkt hat. Die Verweigerung ist eine Verwaltungsübertretung.',
    });
    expect(ruleIds(text)).toContain('fine.form');
    expect(ruleIds(text)).not.toContain('court.doc');
    expect(classify(text).documentType).toBe('fine');
  });
  it('guard: a court\'s »Zustellung« of a claim stays court evidence', () => {
    const text = letter({
      head: ['Verwaltungsgericht Nordstadt', 'Verwaltungsgericht Nordstadt · Postfach 3 · 12300 Nordstadt'], to: city('Rechtsamt'),
      subject: ['Zustellung einer Klage – 3 A 118/28'],
      body: 'anbei erhalten Sie die Klageschrift. Die Klageerwiderung ist binnen vier Wochen nach Zustellung einzureichen.',
    });
    expect(ruleIds(text)).toContain('court.doc');
  });
});

describe('a bank\'s yearly statement of charges', () => {
  it('is a general letter, not a reminder or an offer', () => {
    const text = letter({
      head: ['Volksbank Heideland eG', 'Volksbank Heideland eG · Bahnhofstraße 2 · 12345 Musterstadt'], to: city('Stadtkasse'),
      subject: ['Entgeltaufstellung 2028 für Ihr Zahlungskonto'],
      body: 'für das Konto DE44 **** 3301 wurden 2028 folgende Entgelte berechnet und bereits belastet:\n\n'
        + 'Kontoführung 12 × 19,90 €     238,80 €\nBuchungsposten 9.114 × 0,06 €    546,84 €\nSumme 785,64 €\n\n'
        + 'Ab dem 01.07.2029 gilt ein neues Preis- und Leistungsverzeichnis.',
    });
    expect(ruleIds(text)).not.toContain('offer.word');
    expect(classify(text).documentType).toBe('other');
  });
});

describe('address lines damaged by OCR', () => {
  it('a court\'s representation formula read as »vcrtreten durcb« names no department', () => {
    const text = letter({
      head: ['Amtsgericht Nordstadt', 'Amtsgericht Nordstadt · Gerichtsplatz 1 · 12300 Nordstadt'],
      to: ['Stadt Musterstadt', 'vcrtreten durcb den Oberbürgermeister', 'Markt 1', '12345 Musterstadt'],
      subject: ['Ladung zum Termin zur mündlichen Verhandlung – 4 C 211/28'],
      body: 'in dem Rechtsstreit Kaya ./. Stadt Musterstadt werden Sie zum Termin am 12.07.2028 geladen.',
    });
    expect(classify(text).department).toBe('1.30');
  });
  it('a department of several words misread (»Jugend und Farnilie«) is still named', () => {
    const text = letter({
      head: ['Landratsamt Oberwald', 'Kreisjugendamt', 'Landratsamt Oberwald · Am Anger 4 · 12377 Oberwald'],
      to: ['Stadt Musterstadt', 'Jugend und Farnilie', 'Markt 1', '12345 Musterstadt'],
      subject: ['Zuständigkeitswechsel Hilfe zur Erziehung – Kind Ben K., geb. 03.02.2017'],
      body: 'die Familie ist in Ihren Bereich verzogen. Wir bitten um Übernahme der Hilfe zur Erziehung nach SGB VIII.',
    });
    expect(classify(text).department).toBe('5.20');
  });
});

describe('an Austrian court\'s payment order', () => {
  it('»Zahlungsbefehl« is the court\'s own act, like a Mahnbescheid', () => {
    const text = letter({
      head: ['Bezirksgericht Kufstein', 'Bezirksgericht Kufstein · Rathausplatz 2 · 6330 Kufstein · Österreich'],
      to: city('Rechtsamt'),
      subject: ['Zahlungsbefehl', '7 C 233/29k'],
      body: 'die klagende Partei Alpen Holzbau GmbH begehrt von Ihnen 4.180,00 EUR samt Zinsen und Kosten. '
        + 'Sie können binnen vier Wochen Einspruch erheben; sonst wird der Zahlungsbefehl vollstreckbar.',
    });
    expect(ruleIds(text)).toContain('court.doc');
    expect(classify(text).documentType).toBe('court');
  });
});
