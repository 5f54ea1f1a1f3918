// Field extraction on whole letters as independent writers lay them out (own wording, not the
// corpus generator's): the sender behind letterhead contact lines, return lines and e-mail
// headers; only sums a letter asks to be paid; deadlines that bind the city, not an offer's
// validity or a quoted notice; the whole Betreff block; an information block in two rows.
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { analyseLetter, namesOrganisation } from '../../ocr/extract/layout.ts';
import type { RecognizedPage } from '../../ocr/types.ts';

const org = 'Stadt Musterstadt';
const receivedAt = new Date('2025-05-20T10:00:00');

/** A text layer without word boxes (a PDF's text, the held-out harness), filled to the length of
 *  a page: without boxes a line's position is its number among the page's lines. */
function textLayer(text: string): RecognizedPage[] {
  const page = `${text}${'\n'.repeat(Math.max(0, 50 - text.split('\n').length))}`;
  return [{ index: 0, width: 2480, height: 3508, text: page, words: [], confidence: 1, source: 'text-layer', rotation: 0 }];
}
const fieldsOf = (lines: string[], boxes = true) =>
  extractFields(analyseLetter(boxes ? pagesFromText(lines.join('\n')) : textLayer(lines.join('\n')), { organisation: org }), { organisation: org, receivedAt }).fields;
const both = (lines: string[]) => [fieldsOf(lines, true), fieldsOf(lines, false)];

const recipient = ['Stadt Musterstadt', 'Finanzservice', 'Markt 1', '12345 Musterstadt', ''];
const citizen = ['Jonas Albrecht', 'Birkenhain 4', '12349 Musterstadt', '', ...recipient, 'Musterstadt, 12.05.2025', ''];

describe('the sender', () => {
  it('skips a letterhead contact line that starts with the street and reads the DIN return line', () => {
    const lines = ['TISCHLEREI BRANDL GmbH', 'Innenausbau · Treppen · Fenster', 'Mühlenweg 12 · 23456 Altdorf', '',
      'Tischlerei Brandl GmbH, Mühlenweg 12, 23456 Altdorf', '', ...recipient, 'Altdorf, 09.05.2025', '', 'Rechnung Nr. 2025-118', ''];
    for (const fields of both(lines)) expect(fields.sender).toBe('Tischlerei Brandl GmbH');
  });
  it('takes no role ("1. Vorsitzende: …") and no contact line over a telephone line for the name', () => {
    const club = ['Sportverein Blau-Weiß Altdorf e. V.', '1. Vorsitzende: Jana Kröger · Am Sportplatz 4 · 23456 Altdorf', 'sv-blau-weiss@example.org', '',
      ...recipient, 'Altdorf, 09.05.2025', '', 'Antrag auf Nutzung der Sporthalle', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(club)) expect(fields.sender).toBe('Sportverein Blau-Weiß Altdorf e. V.');
    const practice = ['Dr. med. Carla Neumeier', 'Fachärztin für Allgemeinmedizin', 'Hausarztpraxis am Mühlbach · Mühlbach 9 · 23456 Altdorf',
      'Tel. 04321 88 77 66 · Fax 04321 88 77 67', '', ...recipient, 'Altdorf, 09.05.2025', '', 'Ärztliche Bescheinigung', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(practice)) expect(fields.sender).toBe('Dr. med. Carla Neumeier');
  });
  it('tells a company named after the town from the town, and a footer bank from the sender', () => {
    const lines = ['Stadtwerke Musterstadt GmbH · Postfach 12 21 · 12340 Musterstadt', '', ...recipient, 'Datum 12.05.2025', '', 'Zahlungserinnerung', '',
      'Sehr geehrte Damen und Herren,', 'bitte überweisen Sie den offenen Betrag von 84,20 € bis zum 30.05.2025.', '', 'Freundliche Grüße', '',
      'Stadtwerke Musterstadt GmbH · Sitz Musterstadt · HRB 4711', 'Kreissparkasse Musterstadt · IBAN DE89 3704 0044 0532 0130 00'];
    expect(namesOrganisation('stadtwerke musterstadt gmbh', org)).toBe(false);
    expect(namesOrganisation('stadtverwaltung musterstadt', org)).toBe(true);
    for (const fields of both(lines)) expect(fields.sender).toBe('Stadtwerke Musterstadt GmbH');
  });
  it('prefers the letterhead name that a return line abbreviates', () => {
    const lawyer = ['Rechtsanwalt Dr. Jonas Pfeiffer', 'Miet- und Verwaltungsrecht', 'Bahnhofstraße 3 · 23456 Altdorf · Tel. 04321 12 34 56', '',
      'RA Dr. Pfeiffer · Bahnhofstraße 3 · 23456 Altdorf', '', ...recipient, 'Datum: 09.05.2025', '', 'Ihr Bescheid vom 02.05.2025', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(lawyer)) expect(fields.sender).toBe('Rechtsanwalt Dr. Jonas Pfeiffer');
    const union = ['Wasser- und Bodenverband Obere Aue (WBV)', '– Körperschaft des öffentlichen Rechts –', '', 'WBV · Deichweg 2 · 23460 Auendorf', '',
      ...recipient, 'Datum: 09.05.2025', '', 'Beitragsbescheid 2025', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(union)) expect(fields.sender).toBe('Wasser- und Bodenverband Obere Aue (WBV)');
  });
  it('reads an e-mail printout: the signing organisation, else the display name', () => {
    const mail = ['Von: Kulturkreis Altdorf <info@kulturkreis-altdorf.example>', 'An: buergermeister@musterstadt.example', 'Datum: 09.05.2025 09:14',
      'Betreff: Bitte um einen Zuschuss für das Sommerkonzert', '', 'Sehr geehrter Herr Bürgermeister,', 'wir planen auch in diesem Jahr ein Konzert im Park.', '',
      'Mit musikalischen Grüßeu', '', 'Petra Lange', 'Schriftführerin', 'Kulturkreis Altdorf 1987 e. V.', 'Tel. 04321 55 44 33'];
    for (const fields of both(mail)) expect(fields.sender).toBe('Kulturkreis Altdorf 1987 e. V.');
    const plain = ['Von: Henrik Sommer <h.sommer@example.org>', 'An: info@musterstadt.example', 'Datum: 09.05.2025 09:14', 'Betreff: Straßenlaterne defekt', '',
      'Sehr geehrte Damen und Herren,', 'die Laterne vor Haus 12 ist seit Tagen dunkel.', '', 'Viele Grüße', 'Henrik Sommer'];
    for (const fields of both(plain)) expect(fields.sender).toBe('Henrik Sommer');
  });
});

describe('the sum a letter asks to be paid', () => {
  it('takes no sum from a description ("betragen", a pension, a benefit being paid)', () => {
    const costs = [...citizen, 'Antrag auf Hilfe zur Pflege', '', 'Sehr geehrte Damen und Herren,',
      'die Kosten des Pflegeheims betragen monatlich 3.904,12 EUR. Meine Altersrente von 1.212,40 EUR reicht dafür nicht.', 'Ich bitte um Prüfung.'];
    for (const fields of both(costs)) expect(fields.amount).toBeUndefined();
    const benefit = [...citizen, 'Wechsel der Zuständigkeit', '', 'Sehr geehrte Damen und Herren,', 'derzeit werden monatlich 845,00 EUR Pflegegeld gezahlt.'];
    for (const fields of both(benefit)) expect(fields.amount).toBeUndefined();
  });
  it('takes no threshold from an advert', () => {
    const advert = ['Papierhaus Nord GmbH · Hafenstraße 2 · 20095 Hamburg', '', ...recipient, 'Hamburg, 05.05.2025', '', 'Unser neuer Katalog ist da!', '',
      'Sehr geehrte Damen und Herren,', 'bestellen Sie bequem auf Rechnung – versandkostenfrei ab 50,00 € Bestellwert.'];
    for (const fields of both(advert)) expect(fields.amount).toBeUndefined();
  });
  it('takes no sum from an objection that quotes the contested notice', () => {
    const objection = [...citizen, 'Widerspruch gegen den Gebührenbescheid vom 02.05.2025', '', 'Sehr geehrte Damen und Herren,',
      'mit dem Bescheid wurde die Gebühr auf 412,50 EUR festgesetzt. Der Betrag ist bis zum 02.06.2025 zu zahlen.', 'Das ist zu hoch, weil die Fläche falsch gemessen wurde.'];
    for (const fields of both(objection)) {
      expect(fields.amount).toBeUndefined();
      expect(fields.dueDate).toBeUndefined();
    }
    const body = [...citizen, 'Ihr Bescheid vom 02.05.2025', '', 'Sehr geehrte Damen und Herren,',
      'hiermit lege ich gegen den oben genannten Bescheid Widerspruch ein. Die Gebühr von 412,50 EUR ist nicht geschuldet.'];
    for (const fields of both(body)) expect(fields.amount).toBeUndefined();
  });
  it('still reads costs asked for in an answer to an objection', () => {
    const answer = ['Kreisrechtsausschuss Auental · Postfach 7 · 23460 Auendorf', '', ...recipient, 'Datum: 09.05.2025', '', 'Ihr Widerspruch vom 02.04.2025 – Widerspruchsbescheid', '',
      'Sehr geehrte Damen und Herren,', 'der Widerspruch wird zurückgewiesen. Die Kosten des Verfahrens in Höhe von 35,00 € sind bis zum 15.06.2025 zu überweisen.'];
    for (const fields of both(answer)) {
      expect(fields.amount).toBe(35);
      expect(fields.dueDate).toBe('2025-06-15');
    }
  });
  it('reads the sum a notice fixes below a table whose quantities OCR glued to the prices', () => {
    const notice = ['Abwasserzweckverband Aue · Klärwerkstraße 1 · 23460 Auendorf', '', ...recipient, 'Datum: 09.05.2025', '', 'Gebührenbescheid 2025', '',
      'Sehr geehrte Damen und Herren,', 'für das Grundstück werden folgende Gebühren festgesetzt:', '',
      'Leistung Menge Preis Betrag', 'Schmutzwasser 3 412,10 € 1.236,30 €', 'Grundgebühr 1 9,30 € 9,30 €', '', 'Festgesetzte Gebuhr 2025 1.245,6O €', '',
      'Der Betrag ist am 15.06.2025 fällig.'];
    for (const fields of both(notice)) {
      expect(fields.amount).toBe(1245.6);
      expect(fields.dueDate).toBe('2025-06-15');
    }
  });
});

describe('the deadline', () => {
  const letter = (body: string[]) => [...citizen, 'Ihre Anfrage', '', 'Sehr geehrte Damen und Herren,', ...body];
  it('is no offer validity and no promotion', () => {
    for (const fields of both(letter(['Wir halten uns an dieses Angebot bis zum 15.07.2025 gebunden.']))) expect(fields.dueDate).toBeUndefined();
    // A sentence boundary OCR lost ("Voraus.Unser") joins the validity to invoicing words.
    for (const fields of both(letter(['Die Rechnungsstellung erfolgt im Voraus.Unser Angebot ist bis zum 30.06.2025 gültig.']))) expect(fields.dueDate).toBeUndefined();
    for (const fields of both(letter(['Bis zum 31.05.2025 erhalten Sie auf jede Bestellung 10 % Rabatt.']))) expect(fields.dueDate).toBeUndefined();
  });
  it('is no date quoted from another letter, but a speck read as „ hides no real one', () => {
    for (const fields of both(letter(['In Ihrem Schreiben heißt es: „Der Betrag ist bis zum 02.06.2025 zu überweisen." Das stimmt nicht.']))) expect(fields.dueDate).toBeUndefined();
    const table = letter(['Pos. „Bezeichnung Menge Preis', '1 Wartung 2 120,00', 'Rechnungsbetrag 240,00 €', 'Bitte überweisen Sie den Betrag bis zum 03.06.2025.']);
    for (const fields of both(table)) expect(fields.dueDate).toBe('2025-06-03');
  });
  it('reads a date before its verb and a "bis zum" request', () => {
    for (const fields of both(letter(['Der Betrag ist am 15.06.2025 fällig.']))) expect(fields.dueDate).toBe('2025-06-15');
    for (const fields of both(letter(['Bitte bestätigen Sie die Übernahme bis zum 30.05.2025.']))) expect(fields.dueDate).toBe('2025-05-30');
  });
  it('reads "Vertragskonto" as no Skonto and a "…fortzahlung am" as no deadline', () => {
    const reminder = letter(['Bitte überweisen Sie den offenen Betrag bis zum 28.05.2025 auf unser Konto.', 'Als Verwendungszweck geben Sie bitte Ihr Vertragskonto an.']);
    for (const fields of both(reminder)) expect(fields.dueDate).toBe('2025-05-28');
    const insurer = letter(['Nach dem Ende der Entgeltfortzahlung am 02.05.2025 prüfen wir Krankengeld.',
      'Bitte übermitteln Sie uns die Entgeltbescheinigung über Ihr Abrechnungsprogramm bis zum 30.05.2025.']);
    for (const fields of both(insurer)) expect(fields.dueDate).toBe('2025-05-30');
  });
  it('resolves no period counted from an event the letter does not date', () => {
    const grant = letter(['Die Mittel sind innerhalb von zwei Monaten nach Auszahlung für fällige Zahlungen zu verwenden.',
      '', 'Der Verwendungsnachweis ist innerhalb von sechs Monaten nach Abschluss der Maßnahme vorzulegen.']);
    for (const fields of both(grant)) expect(fields.dueDate).toBeUndefined();
    // Counted from the letter date it is resolved, however OCR spelt the number word.
    for (const fields of both(letter(['Senden Sie den Bogen bitte innerhalb ciner Woche ab Datum dieses Schreibens zurück.']))) expect(fields.dueDate).toBe('2025-05-19');
  });
});

describe('the subject', () => {
  it('takes no "Betriebsnummer:" for "Betr.:" and no "(bitte stets angeben)" note', () => {
    const insurer = ['Ersatzkasse Nord · Postfach 4 40 · 20001 Hamburg', '', ...recipient, 'Unser Zeichen: EN-17/kr', 'Betriebsnummer: 12 345 678', 'Datum: 06.05.2025', '',
      'Anforderung einer Entgeltbescheinigung', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(insurer)) expect(fields.subject).toBe('Anforderung einer Entgeltbescheinigung');
    const court = ['Landgericht Altdorf · Justizplatz 1 · 23456 Altdorf', '', ...recipient, 'Geschäftsnummer: 2 O 114/25', '(bittc stets angeben)', 'Datum: 06.05.2025', '',
      'In dem Rechtsstreit', 'Meier ./. Stadt Musterstadt', 'wird Ihnen die Klageschrift zugestellt.'];
    for (const fields of both(court)) expect(fields.subject).toBeUndefined();
    const note = ['Amtsgericht Altdorf · Justizplatz 2 · 23456 Altdorf', '', ...recipient, 'Aktenzeichen: 5 C 88/25', 'Bitte bei allen Schreiben angeben!', 'Altdorf, 06.05.2025', '',
      'Ladung zum Termin', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(note)) expect(fields.subject).toBe('Ladung zum Termin');
  });
  it('takes the whole Betreff block and no delivery note', () => {
    const grant = ['Landesamt für Denkmalpflege · Postfach 9 · 23400 Landeshauptstadt', '', ...recipient, 'Per Fax vorab: 0431 99 88-7', 'Datum: 06.05.2025', '',
      'Zuwendungsbescheid', 'Sanierung der Stadtmauer am Nordtor,', 'zweiter Bauabschnitt', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(grant)) expect(fields.subject).toBe('Zuwendungsbescheid Sanierung der Stadtmauer am Nordtor, zweiter Bauabschnitt');
    const form = ['Labor Dr. Wenzel GbR · Laborweg 1 · 23456 Altdorf', '', ...recipient, 'Vorab per Fax', '', 'MELDUNG NACH § 7 IFSG', '', 'Datum der Meldung: 06.05.2025'];
    for (const fields of both(form)) expect(fields.subject).toBe('MELDUNG NACH § 7 IFSG');
  });
});

describe('an information block with labels over values', () => {
  it('takes the date under "Datum", not the one under "Ihre Nachricht vom"', () => {
    const block = ['Planungsbüro Kaiser · Am Hafen 3 · 23456 Altdorf', '', ...recipient,
      'Ihr Zeichen   Ihre Nachricht vom   Unser Zeichen   Datum',
      '6.30-B-88/25  02.05.2025           Ka/lm           14.05.2025', '', 'Bauantrag Neubau Lagerhalle', 'hier: Nachreichung von Unterlagen', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(block)) {
      expect(fields.letterDate).toBe('2025-05-14');
      expect(fields.subject).toBe('Bauantrag Neubau Lagerhalle hier: Nachreichung von Unterlagen');
    }
    // "Unser" as OCR reads it, single spaces as a text layer keeps them.
    const damaged = [...block.slice(0, 6), 'Ihr Zeichen Ihre Nachricht vom Unscr Zeichen Datum', '6.30-B-88/25 02.05.2025 Ka/lm 14.05.2025', ...block.slice(8)];
    expect(fieldsOf(damaged, false).letterDate).toBe('2025-05-14');
  });
  it('keeps a register hung on the code by a hyphen with the file number after it', () => {
    const lines = ['Landkreis Auental · Postfach 5 · 23460 Auendorf', '', ...recipient, 'Aktenzeichen: 4.1-OWi 2024/55301', 'Datum: 06.05.2025', '', 'Zeugenfragebogen', '', 'Sehr geehrte Damen und Herren,'];
    for (const fields of both(lines)) expect(fields.reference).toBe('4.1-OWi 2024/55301');
  });
});

describe('senders, subjects and sums of forms and authorities', () => {
  it('reads an acronym return line as the letterhead name, whatever function words it has', () => {
    const lines = ['Landesanstalt für Wasser- und Bodenschutz Süd', '– Außenstelle Kirchdorf –', '',
      'LWBS · Außenstelle Kirchdorf · Am Hafen 4 · 23460 Kirchdorf', '', ...recipient, 'Kirchdorf, 12.05.2025', '',
      'Probenahme an der Kläranlage Ost', '', 'Sehr geehrte Damen und Herren,', 'wir teilen Ihnen mit …'];
    for (const fields of both(lines)) expect(fields.sender).toBe('Landesanstalt für Wasser- und Bodenschutz Süd');
  });
  it('joins a logo word to the firm name under it, cut before the accreditation note', () => {
    const lines = ['AQUALAB', 'Institut für Wasser- und Bodenanalytik GmbH · zertifiziert nach DIN EN ISO 14001', '',
      'AQUALAB Institut GmbH, Hafenweg 3, 23456 Altdorf', '', ...recipient, 'Altdorf, 12.05.2025', '', 'Rechnung Nr. 25-118', '',
      'Sehr geehrte Damen und Herren,', 'für die Untersuchungen berechnen wir 1.200,00 €.'];
    for (const fields of both(lines)) expect(fields.sender).toBe('AQUALAB Institut für Wasser- und Bodenanalytik GmbH');
  });
  it('takes a tax form\'s capital title over two lines as the subject, the taxpayer as sender, the declared tax as amount', () => {
    const lines = ['ZWEITWOHNUNGSSTEUER-ERKLÄRUNG', 'für das Kalenderjahr 2025', '', 'An die', 'Stadt Musterstadt', '– Steuern und Abgaben –', 'Markt 1', '12345 Musterstadt', '',
      'Erklärungszeitraum:      2025', '', '1. Steuerpflichtige', '   Name/Firma:          Hausverwaltung Petersen KG', '   Anschrift:           Seeweg 2, 12345 Musterstadt', '',
      '2. Berechnung', '   Jährliche Nettokaltmiete (brutto umgerechnet)     6.480,00 €', '   Steuersatz                                          10 %',
      '   Steuer für das Kalenderjahr                         648,00 €', '', 'Musterstadt, 10.01.2026           Hausverwaltung Petersen KG'];
    for (const fields of both(lines)) {
      expect(fields.subject).toBe('ZWEITWOHNUNGSSTEUER-ERKLÄRUNG für das Kalenderjahr 2025');
      expect(fields.sender).toBe('Hausverwaltung Petersen KG');
      expect(fields.amount).toBe(648);
    }
  });
  it('leaves a note in brackets under a form title out of the subject', () => {
    const lines = ['ABMELDUNG EINES HUNDES', '(bitte innerhalb von 14 Tagen nach Ende der Haltung einreichen)', '', '1. Hundehalter',
      '   Name, Vorname:    Kröger, Jana', '   Straße:           Am Deich 3', '   PLZ, Ort:         12348 Musterstadt', '', 'Musterstadt, 12.05.2025'];
    for (const fields of both(lines)) expect(fields.subject).toBe('ABMELDUNG EINES HUNDES');
  });
  it('names the court that heads a form with an applicant, and reads its letter-spaced title', () => {
    const lines = ['Amtsgericht Kirchdorf – Zentrales Mahngericht –', 'Postanschrift: 23460 Kirchdorf', '', 'Antragsgegner:', ...recipient,
      'V O L L S T R E C K U N G S B E S C H E I D', '', 'Antragsteller:  Malerbetrieb Sommer GmbH, Hauptstraße 5, 23456 Altdorf', '',
      'Gesamtbetrag                                  2.140,00 EUR'];
    for (const fields of both(lines)) {
      expect(fields.sender).toBe('Amtsgericht Kirchdorf');
      expect(fields.subject?.replace(/\s/g, '')).toBe('VOLLSTRECKUNGSBESCHEID');
    }
  });
  it('keeps "Ihr Schreiben vom …" in the Betreff block, before or after the matter', () => {
    const head = ['Jonas Albrecht', 'Birkenhain 4', '12349 Musterstadt', '', ...recipient, 'Ihr Zeichen: 1.40-MA-2025/118', '', 'Musterstadt, 12.05.2025', ''];
    const alone = [...head, 'Ihr Schreiben vom 02.05.2025 – Mahnung der Abwassergebühren', '', 'Sehr geehrte Damen und Herren,', 'ich habe bereits gezahlt.'];
    for (const fields of both(alone)) expect(fields.subject).toBe('Ihr Schreiben vom 02.05.2025 – Mahnung der Abwassergebühren');
    const over = [...head, 'Ihr Schreiben vom 02.05.2025 – Rückfragen', 'Stundung der Abwassergebühren 2025', '', 'Sehr geehrte Damen und Herren,', 'anbei die Unterlagen.'];
    for (const fields of both(over)) expect(fields.subject).toBe('Ihr Schreiben vom 02.05.2025 – Rückfragen Stundung der Abwassergebühren 2025');
    const after = [...head, 'Sondernutzungserlaubnis für einen Baukran in der Lindenstraße,', 'Ihr Antrag vom 28.04.2025', '', 'Sehr geehrte Damen und Herren,', 'wir erteilen die Erlaubnis.'];
    for (const fields of both(after)) expect(fields.subject).toBe('Sondernutzungserlaubnis für einen Baukran in der Lindenstraße, Ihr Antrag vom 28.04.2025');
  });
  it('takes a title standing apart, not a line glued under an information row, when there is no salutation', () => {
    const lines = ['Amtsgericht Kirchdorf', '– Grundbuchamt –', '', 'Amtsgericht Kirchdorf · Postfach 40 · 23460 Kirchdorf', '', ...recipient,
      'Geschäftszeichen: KI-2211-4', 'Grundbuch von Altdorf, Blatt 2211', 'Kirchdorf, 12.05.2025', '', 'Löschungsnachricht', '',
      'Im oben genannten Grundbuch ist folgende Löschung vorgenommen worden:'];
    for (const fields of both(lines)) expect(fields.subject).toBe('Löschungsnachricht');
  });
  it('takes the fee the authority sets, not a weight with a decimal comma', () => {
    const lines = ['Landratsamt Kirchdorf', '', 'Landratsamt Kirchdorf · Postfach 12 · 23460 Kirchdorf', '', ...recipient, 'Kirchdorf, 12.05.2025', '',
      'Erlaubnis für Großraumtransporte', '', 'Sehr geehrte Damen und Herren,', 'die Fahrzeuge (zulässiges Gesamtgewicht je 18,50 t) dürfen die Strecke befahren.',
      'Für diese Erlaubnis wird eine Gebühr von', '86,40 EUR festgesetzt. Die Gebühr ist binnen zwei Wochen nach Zustellung zu zahlen.', '', 'Mit freundlichen Grüßen'];
    for (const fields of both(lines)) {
      expect(fields.amount).toBe(86.4);
      expect(fields.currency).toBe('EUR');
    }
  });
  it('finds no subject in an address block the layout did not recognise', () => {
    const lines = ['Gerda Mahlow', 'Rosenhof 9', '12348 Musterstadt', '', 'Herrn Oberbürgermeister', 'Dr. Stefan Albers', 'Rathaus, Markt 1', '12345 Musterstadt', '',
      'Musterstadt, 12.05.2025', '', 'Sehr geehrter Herr Oberbürgermeister,', 'vielen Dank für die Glückwünsche.'];
    for (const fields of both(lines)) expect(fields.subject).toBeUndefined();
  });
});
