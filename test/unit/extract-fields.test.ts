// Field extraction on OCR-damaged letter snippets (own wording): deadlines read per paragraph,
// sums by the label nearest them and by arithmetic, file numbers OCR broke apart, the sender when
// the logo is unreadable, subjects next to the information block.
import { describe, expect, it } from 'vitest';
import { findAmounts, findDates } from '../../ocr/extract/index.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { repairCode, repairDictationMark, trimCode } from '../../ocr/extract/references.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const org = 'Stadt Musterstadt';
const fieldsOf = (lines: string[]) =>
  extractFields(analyseLetter(pagesFromText(lines.join('\n')), { organisation: org }), { organisation: org, receivedAt: new Date('2025-05-20T10:00:00') }).fields;
const head = ['Kanzlei Brandt & Vogel', 'Lindenweg 7', '23456 Altdorf', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Datum: 14.05.2025', ''];

describe('deadlines read across line breaks', () => {
  it('joins a date and its verb that OCR split over two lines', () => {
    expect(fieldsOf([...head, 'Der festgesetzte Betrag ist bis zum 4.', 'Juni 2025 unter Angabe des Kassenzeichens zu entrichten.']).dueDate).toBe('2025-06-04');
    expect(fieldsOf([...head, 'Wir bitten Sie, bis zum 28. Mai 2025 zu dem Antrag der', 'Gegenseite Stellung zu nehmen.']).dueDate).toBe('2025-05-28');
    expect(fieldsOf([...head, 'Bitte überweisen Sie den offenen Betrag von 410,00 EUR bis zum,', '02.06.2025 auf unser Konto.']).dueDate).toBe('2025-06-02');
  });
  it('tolerates lost umlaut dots, "zurn" and a date glued to its word', () => {
    expect(fieldsOf([...head, 'Bitte Uberweisen Sie den Rechnungsbetrag bis zurn 30.05.2025.']).dueDate).toBe('2025-05-30');
    expect(fieldsOf([...head, 'Wir bitten um Ausgleích bis zum30.05.2025 ohne Abzug.']).dueDate).toBe('2025-05-30');
    expect(fieldsOf([...head, 'Der Betrag ist binnen.21 Tagen ab dem Datum dieses Schreibens zu zahlen.']).dueDate).toBe('2025-06-04');
  });
  it('counts a court\'s reply period but not the remedy period of a Bescheid', () => {
    expect(fieldsOf([...head, 'Sie erhalten Gelegenheit, innerhalb von 21 Tagen ab dem Datum dieser Verfügung', 'auf die Klage zu erwidern.']).dueDate).toBe('2025-06-04');
    expect(fieldsOf([...head, 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage erhoben werden.']).dueDate).toBeUndefined();
  });
  it('skips the end of a service period, goods complaints and direct debits', () => {
    const lines = [...head, 'Bitte zahlen Sie innerhalb von 14 Tagen ab Rechnungsdatum.', 'Abrechnungszeitraum: 3. März 2025 bis 28. März 2025.', 'Vielen Dank für Ihren Auftrag.'];
    expect(fieldsOf(lines).dueDate).toBe('2025-05-28');
    expect(fieldsOf([...head, 'Beanstandungen der Ware sind spätestens innerhalb von acht Tagen nach Erhalt schriftlich anzuzeigen.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Mit Ihrem Mandat buchen wir den Beitrag zu den Fälligkeiten 01.07.2025 und 01.10.2025 ab.']).dueDate).toBeUndefined();
  });
  it('reads the payment terms under their own heading', () => {
    expect(fieldsOf([...head, 'Zahlungsbedingungen', 'Den Rechnungsbetrag überweisen Sie bitte bis zum 11.06.2025 auf das genannte Konto.']).dueDate).toBe('2025-06-11');
  });
  it('finds a glued date only when it is a full date', () => {
    expect(findDates('fällig zum07.07.2025').map((h) => h.iso)).toEqual(['2025-07-07']);
    expect(findDates('Best12.3')).toEqual([]);
  });
});

describe('the sum to pay', () => {
  it('lets the label nearest the figure decide (advance payments asked for, deductions not)', () => {
    expect(fieldsOf([...head, 'Betreff: Herabsetzung der Vorauszahlungen', '', 'wir beantragen die Anpassung der Vorauszahlungen in Höhe von 4.310,55 €.'])).toMatchObject({ amount: 4310.55, currency: 'EUR' });
    expect(fieldsOf([...head, 'Gesamtbetrag 526,53 €', 'abzüglich Abschlagszahlung vom 02.05.2025 -221,23 €', 'Zahlbetrag 305,30 €']).amount).toBe(305.3);
    expect(fieldsOf([...head, 'Rechnungsbetrag inkl. 19 % MwSt. 1.190,00 €']).amount).toBe(1190);
  });
  it('takes the label from the line above when the figure starts a line', () => {
    expect(fieldsOf([...head, 'Für die Sanierung der Turnhalle wird eine Zuwendung in Höhe von EUR', '12.400,00 als Festbetrag bewilligt.'])).toMatchObject({ amount: 12400, currency: 'EUR' });
  });
  it('takes the total that adds up open amount and fees in a reminder', () => {
    const reminder = [...head, 'Offener Betrag 1.200,00 €', 'Mahnkosten 5,00 €', 'Verzugszinsen 12,40 €', 'Gesamtbetrag 1.217,40 €'];
    expect(fieldsOf(reminder).amount).toBe(1217.4);
  });
  it('repairs OCR damage in figures', () => {
    expect(findAmounts('Endbetrag 3.45678€')[0]).toMatchObject({ value: 3456.78, currency: 'EUR' });
    expect(findAmounts('Gesamtsumme 52.262,S4 €')[0]?.value).toBe(52262.54);
    expect(findAmounts('abzüglich -15,204,38 €')[0]?.value).toBe(-15204.38);
  });
  it('invents no sum from specks read as currency signs, and guesses no total from line items', () => {
    expect(fieldsOf([...head, '£83', '$8 SO 881/25']).amount).toBeUndefined();
    const items = [...head, 'Währung: EUR', '1 Beratung 26,00 10', '260,00', '2 Hausbesuch 12,00 10', '120,00'];
    expect(fieldsOf(items).amount).toBeUndefined();
  });
});

describe('file numbers as OCR reads them', () => {
  const letter = (...info: string[]) => ['Ingenieurbüro Falk GmbH · Weg 1 · 12345 Ort', '', 'Stadt Musterstadt', 'Postfach 1', '12345 Musterstadt', '', ...info, '', 'Betreff: Nachtrag', '', 'Sehr geehrte Damen und Herren,', 'anbei der Nachtrag.'];
  it('glues a code OCR split at its separators', () => {
    expect(fieldsOf(letter('Ihr Aktenzeichen: 6.30-BV-2 025/1 17')).reference).toBe('6.30-BV-2025/117');
  });
  it('reads damaged labels ("Thr Az.", "Aktcnzeichen", "Ihr Äz") and repairs O/0', () => {
    expect(fieldsOf(letter('Thr Az.: 1.50/Gr-88')).reference).toBe('1.50/Gr-88');
    expect(fieldsOf(letter('Aktcnzeichen: 4 0 311/25')).reference).toBe('4 O 311/25');
    expect(fieldsOf(letter('Ihr Äz: .3.10.20/0Wi-9475')).reference).toBe('3.10.20/OWi-9475');
    expect(repairCode('1.5O-GewSt-2025/202')).toBe('1.50-GewSt-2025/202');
  });
  it('restores the year slash OCR read as a 1, only where the year fits the letter', () => {
    // Letter without a date: the receipt (2025-05-20) gives the plausible years 2022–2025.
    expect(fieldsOf(letter('Ihr Aktenzeichen: 1.40 VG 383125')).reference).toBe('1.40 VG 383/25');
    expect(fieldsOf(letter('Az: 97.79-7901124')).reference).toBe('97.79-7901/24');
    expect(fieldsOf(letter('Az: 6C 554 124')).reference).toBe('6 C 554/24');
    // A year outside the window, a four-digit year already there, or no prefix: left as read.
    expect(fieldsOf(letter('Az: 97.79-7901117')).reference).toBe('97.79-7901117');
    expect(fieldsOf(letter('Ihr Zeichen: 3.10.20-2025-01124')).reference).toBe('3.10.20-2025-01124');
    expect(fieldsOf(letter('Vorgangsnummer: 4711125')).reference).toBe('4711125');
  });
  it('reads look-alike letters in a leading department code and a "$" register letter', () => {
    expect(fieldsOf(letter('Ihr Az: 1.A0/Kred-82')).reference).toBe('1.40/Kred-82');
    expect(fieldsOf(letter('Ihr Aktenzeichen: _1:40-FM-2025/237')).reference).toBe('1.40-FM-2025/237');
    expect(fieldsOf(letter('Geschäftsnummer: $8 SO 881/25')).reference).toBe('S 8 SO 881/25');
    expect(repairCode('9.5O.30-Best-2025/537')).toBe('9.50.30-Best-2025/537');
    expect(repairCode('6.30-BA/64S6')).toBe('6.30-BA/6456');
    // A letter group without any digit may be a register: "1.AB" stays.
    expect(repairCode('1.AB-77')).toBe('1.AB-77');
  });
  it('reads an "Aktenzeichen:" whose first letters OCR lost, but not a Kennzeichen or Kassenzeichen', () => {
    expect(fieldsOf(letter('Verwaltungsgericht Altdorf onzeichen: 8 K 1173/25')).reference).toBe('8 K 1173/25');
    expect(fieldsOf(letter('Amtliches Kennzeichen: AB-CD 123')).reference).toBeUndefined();
    expect(fieldsOf(letter('ennzeichen: AB-CD 123')).reference).toBeUndefined();
    expect(fieldsOf(letter('Kassenzeichen: 12.3456.7890')).reference).toBeUndefined();
  });
  it('reads the city\'s dictation mark whose slash OCR read as l', () => {
    expect(fieldsOf(letter('Ihr Zeichen: Mülmw')).reference).toBe('Mü/mw');
    expect(repairDictationMark('Kl1ab')).toBe('Kl/ab');
    expect(repairDictationMark('Müller')).toBe('Müller');
    expect(repairDictationMark('Hagler')).toBe('Hagler');
  });
  it('takes no mark without digits from "Unser Zeichen"', () => {
    expect(fieldsOf(letter('Unser Zeichen: Hofts')).reference).toBeUndefined();
  });
  it('prefers the copy in the body that kept its slash', () => {
    const lines = ['Petra Lang', 'Am Hang 3', '12345 Musterstadt', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Betreff: Widerspruch', 'Ihr Aktenzeichen: 5.20 JuH 4419', '', 'Sehr geehrte Damen und Herren,', 'gegen den Bescheid, Az. 5.20 JuH 44/19, lege ich Widerspruch ein.'];
    expect(fieldsOf(lines).reference).toBe('5.20 JuH 44/19');
  });
  it('reads a Kassenzeichen that wraps to the next line or follows "lautet"', () => {
    expect(fieldsOf([...head, 'in der Sache unserer Mandantin Nord Bau GmbH, Kassenzeichen', '61 2208 9931, beantragen wir die Stundung.']).cashReference).toBe('61 2208 9931');
    expect(fieldsOf([...head, 'Mein Kassenzeichen lautet 40 1177 2301. Die Marke liegt bei.']).cashReference).toBe('40 1177 2301');
  });
});

describe('sender and subject', () => {
  it('reads the sender from a return line with misread separators, not from a slogan', () => {
    const lines = ['Qualität seit 1980', 'Lindenweg 7', '23456 Altdorf', '', 'Falk Dachbau GmbH ~Lindenweg 7 -23456 Altdorf', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Rechnung 2025-118', 'Gesamtbetrag 100,00 €'];
    expect(fieldsOf(lines).sender).toBe('Falk Dachbau GmbH');
  });
  it('takes the name from the footer when the letterhead shows only a slogan', () => {
    const lines = ['Meisterbetrieb', 'Lindenweg 7', '23456 Altdorf', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Rechnung 2025-118', 'Gesamtbetrag 100,00 €',
      ...Array(22).fill(''), 'Falk Dachbau GmbH Telefon 0123 45678 Amtsgericht Altdorf HRB 1234', 'Lindenweg 7 info@falk-dachbau.de IBAN DE89 3704 0044 0532 0130 00'];
    expect(fieldsOf(lines).sender).toBe('Falk Dachbau GmbH');
  });
  it('completes a shortened return line from the letterhead', () => {
    const lines = ['Sportverein Eintracht Altdorf e. V.', 'Lindenweg 7', '23456 Altdorf', '', 'Sportverein Eintracht Altdorf · Lindenweg 7 · 23456 Altdorf', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Betreff: Hallenzeiten', '', 'Sehr geehrte Damen und Herren,'];
    expect(fieldsOf(lines).sender).toBe('Sportverein Eintracht Altdorf e. V.');
  });
  it('prefers the letterhead\'s reading of a name the small-print return line garbled', () => {
    const lines = ['Bürotechnik Hohenmoor KG', 'Parkring 59a', '52988 Hohenmoor', '', 'srotechnik Ho} KG Parkring 59a 52988 Hol', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Rechnung 2025-118', 'Gesamtbetrag 100,00 €'];
    expect(fieldsOf(lines).sender).toBe('Bürotechnik Hohenmoor KG');
    // Another firm of the same legal form is no reading of it.
    const other = ['Bürotechnik Hohenmoor KG', 'Parkring 59a', '52988 Hohenmoor', '', 'Falk Dachbau KG ~Lindenweg 7 -23456 Altdorf', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Rechnung 2025-118', 'Gesamtbetrag 100,00 €'];
    expect(fieldsOf(other).sender).toBe('Falk Dachbau KG');
  });
  it('keeps the information block and the place-and-date line out of the subject', () => {
    const lines = ['Jana Roth', 'Ulmenweg 2', '23456 Altdorf', '', 'Stadt Musterstadt', 'Personalamt', 'Markt 1', '12345 Musterstadt', '',
      'Altdorf; den 2025-05-14', 'Antrag auf Sonderurlaub', 'Personalnummer: 14248', 'Dienststelle: Bauhof', '', 'Sehr geehrte Damen und Herren,', 'ich beantrage Sonderurlaub.'];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Sonderurlaub');
  });
  it('takes a title that names a file number as the subject', () => {
    const lines = ['Petra Lang', 'Am Hang 3', '12345 Musterstadt', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Widerspruch zu Az. 1.50/Gr-88', '', 'Sehr geehrte Damen und Herren,', 'hiermit lege ich Widerspruch ein.'];
    expect(fieldsOf(lines).subject).toBe('Widerspruch zu Az. 1.50/Gr-88');
  });
});

describe('trimCode', () => {
  it('drops OCR litter at the edges of a file number and stray quote marks inside it', () => {
    expect(trimCode('.1.20/Vergabe-5724')).toBe('1.20/Vergabe-5724');
    expect(trimCode('_1.40-FM-2025/237')).toBe('1.40-FM-2025/237');
    expect(trimCode('‘Ha/Ts')).toBe('Ha/Ts');
    expect(trimCode('Ihre Anfrage’ vom 23.11.2024')).toBe('Ihre Anfrage vom 23.11.2024');
    expect(trimCode('Az. 4 C 231/24 (Berufung)')).toBe('Az. 4 C 231/24 (Berufung)');
    expect(trimCode('§ 35 SGB I.')).toBe('§ 35 SGB I');
  });

  it('repairCode reads a colon or comma in a leading department code as its dot', () => {
    expect(repairCode('1:40-FM-2025/237')).toBe('1.40-FM-2025/237');
    expect(repairCode('6,30 BA 371/24')).toBe('6.30 BA 371/24');
    expect(repairCode('12:30 Uhr')).toBe('12:30 Uhr');
  });
});

describe('a due date needs something the city must pay or do', () => {
  it('ignores dates that only sit next to a trigger word', () => {
    expect(fieldsOf([...head, 'Die Kur verlief gut; die nächste Impfung ist fällig am 10.06.2025 beim Hausarzt.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Meine Mutterschutzfrist endet damit am 30.06.2025.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Fälligkeit: 30.05.2025']).dueDate).toBe('2025-05-30');
  });
  it('ignores a payment the writer makes or was asked to make', () => {
    expect(fieldsOf([...head, 'Den Gutschriftbetrag überweisen wir Ihnen bis zum 30.05.2025 auf Ihr Konto.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Dafür soll ich ein Verwarnungsgeld von 30,00 Euro bis zum 02.06.2025 bezahlen.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Wir bitten Sie, den Betrag bis zum 02.06.2025 zu überweisen.']).dueDate).toBe('2025-06-02');
  });
  it('does not resolve periods counted from delivery, nor an offer\'s terms for later invoices', () => {
    expect(fieldsOf([...head, 'Bitte zahlen Sie den Betrag binnen 10 Tagen nach Zugang dieses Schreibens.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Sie werden aufgefordert, innerhalb von zwei Wochen seit der Zustellung die Forderung zu begleichen.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Angebot: Pflege der Grünanlagen', '', 'Sehr geehrte Damen und Herren,', '', 'Zahlungsbedingungen: zahlbar 14 Tage nach Rechnungsstellung.']).dueDate).toBeUndefined();
    expect(fieldsOf([...head, 'Rechnung Nr. 88', '', 'Sehr geehrte Damen und Herren,', '', 'Zahlungskondition: innert 30 Tagen netto ab Rechnungsdatum.']).dueDate).toBe('2025-06-13');
  });
  it('takes the stated debit date of a SEPA direct debit', () => {
    expect(fieldsOf([...head, 'Der Gesamtbetrag wird am 02.06.2025 von Ihrem Konto eingezogen.']).dueDate).toBe('2025-06-02');
  });
});

describe('which sum is to be paid', () => {
  it('reads Swiss amounts and passes over a conversion', () => {
    const fields = fieldsOf([...head, 'Rechnungsbetrag CHF 3\'480.00', 'Zur Information: entspricht ca. EUR 3\'722.– zum Tageskurs.']);
    expect(fields.amount).toBe(3480);
    expect(fields.currency).toBe('CHF');
  });
  it('passes over values and sums settled with someone else', () => {
    expect(fieldsOf([...head, 'Die Prüfgebühr (Bauwerkswert 1.840.000 EUR) stellen wir dem Bauherrn in Rechnung.']).amount).toBeUndefined();
    expect(fieldsOf([...head, 'Wir schenken Ihnen eine Beratung im Wert von 900 EUR.']).amount).toBeUndefined();
    expect(fieldsOf([...head, 'Die Bescheinigung ist gebührenpflichtig (5,36 EUR) und wurde', 'mit ihm abgerechnet.']).amount).toBeUndefined();
  });
  it('takes the currency from the column header of a table', () => {
    const fields = fieldsOf([...head, 'Pos.  Bezeichnung      Menge   Betrag EUR', '1     Stühle           4       200,00', '                 Rechnungsbetrag brutto   238,00']);
    expect(fields.amount).toBe(238);
    expect(fields.currency).toBe('EUR');
  });
});

describe('the sender', () => {
  it('completes a return-line short form from a letterhead name set over two lines', () => {
    const lines = ['BRANDT & VOGEL', 'Steuerberatungsgesellschaft mbH', '', 'Brandt & Vogel StBG mbH · Lindenweg 7 · 23456 Altdorf', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Datum: 14.05.2025', '', 'Antrag'];
    expect(fieldsOf(lines).sender?.toLowerCase()).toBe('brandt & vogel steuerberatungsgesellschaft mbh');
  });
  it('reads a return line with commas and a court named after the town', () => {
    expect(fieldsOf(['Nordkabel', 'Netze GmbH', '', 'Nordkabel Netze GmbH, Postfach 12 34, 24000 Kiel', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Datum: 14.05.2025']).sender).toBe('Nordkabel Netze GmbH');
    expect(fieldsOf(['Sozialgericht Musterstadt', '', 'Sozialgericht Musterstadt · Am Gericht 2 · 12345 Musterstadt', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '', 'Datum: 14.05.2025']).sender).toBe('Sozialgericht Musterstadt');
  });
  it('takes the applicant of a form and the date by its signature', () => {
    const fields = fieldsOf(['Stadt Musterstadt – Bürgerbüro – Markt 1 – 12345 Musterstadt', '', 'ANTRAG AUF SONDERNUTZUNG', '', '1. Antragsteller', '   Name, Vorname:   Krüger, Anna', '   Anschrift:       Birkenweg 4, 12345 Musterstadt', '', 'Musterstadt, 12.05.2025          A. Krüger', 'Ort, Datum                       Unterschrift']);
    expect(fields.sender).toBe('Anna Krüger');
    expect(fields.letterDate).toBe('2025-05-12');
  });
  it('reads the sender of a fax cover sheet', () => {
    expect(fieldsOf(['TELEFAX', '', 'An:    Stadt Musterstadt – Ordnungsamt', 'Von:   Pflegedienst Sonnenhof, Talweg 3, 12345 Musterstadt', 'Datum: 14.05.2025', '', 'Betreff: Meldung']).sender).toBe('Pflegedienst Sonnenhof');
  });
});
