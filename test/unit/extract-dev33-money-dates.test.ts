// Amounts, due dates and letter dates for failure families seen on the dev33/dev34 letters (own
// wording): sums a letter only mentions (a fee limit the writer sets with "übersteigen", a cost
// remembered "um die …", a rate with its period after the figure, open bills the writer has
// deferred, a pension on the line above its figure, a value in dispute OCR misspelt), an instalment
// request whose sum is broken down in brackets, a "Restbetrag" named after its instalment, a
// settlement paid "auf Ihr bei uns hinterlegtes Konto"; a date alone on the date line against a
// notice the subject names, a court asking the city "zu berichten", a deadline after a sum set off
// on its own line, a compensation planting and a funding round's closing date that are no
// deadline, a "Fàllig am" column and a damaged "Lastschriftmandat".
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bürgeramt', 'Rathausplatz 2', '17100 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Jana Wollin'];
const citizen = ['Jana Wollin', 'Fliederweg 9', '17100 Musterstadt', ''];

describe('amount: sums a letter only mentions', () => {
  it('takes no fee limit the writer sets ("wenn diese 30 Euro übersteigen"), also as OCR reads it', () => {
    for (const verb of ['überschreiten', 'übersteigen', 'überstelgen']) {
      const lines = [...citizen, ...recipient, 'Musterstadt, 04. Mai 2026', '', 'Antrag auf Akteneinsicht', '', 'Sehr geehrte Damen und Herren,', '',
        'ich möchte die Unterlagen zur Sanierung des Spielplatzes am Mühlenteich einsehen. Sollten dafür',
        `Gebühren anfallen, informieren Sie mich bitte vorher, wenn diese 30 Euro ${verb} sollten.`, ...closing];
      expect(fieldsOf(lines).amount).toBeUndefined();
    }
  });
  it('takes no cost the writer remembers "um die …" in a request', () => {
    const lines = [...citizen, ...recipient, 'Musterstadt, 05. Mai 2026', '', 'Umschreibung einer Grabstelle', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte schreiben Sie die Grabstelle meiner Eltern auf mich um. Beim letzten Mal kostete das um die 450 Euro.',
      'Schicken Sie mir einen Bescheid, dann überweise ich den Betrag.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no rate whose period follows the figure ("… Euro monatlich", OCR "rnonatlich")', () => {
    for (const period of ['monatlich', 'rnonatlich', 'im Monat']) {
      const lines = ['Gemeinde Seewalde', 'Der Bürgermeister', '', ...recipient, 'Seewalde, 06.05.2026', '', 'Gastkinder in Kindertagesstätten', '', 'Sehr geehrte Damen und Herren,', '',
        'bisher rechnen wir jedes Gastkind einzeln ab; für einen Hortplatz waren das zuletzt', `380,00 Euro ${period}. Ich schlage vor, die Abrechnung künftig pauschal zu regeln.`, ...closing];
      expect(fieldsOf(lines).amount).toBeUndefined();
    }
  });
  it('takes no open bills the writer has deferred, nor a pension whose label ends the line above', () => {
    const lines = ['Pflegedienst Lindenhof GmbH', '', ...recipient, 'Datum: 07.05.2026', '', 'Antrag auf Hilfe zur Pflege für Herrn Otto Brink', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen für unseren Klienten Hilfe zur Pflege. Er bezieht eine Witwerrente von',
      '870,00 € netto und hat kein Vermögen.', '',
      'Für März und April sind bei uns Rechnungen über zusammen 980,40 € offen, die wir bis zu Ihrer',
      'Entscheidung gestundet haben. Wir bitten um eine rasche Prüfung.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes no value in dispute OCR misspelt ("Strcitwert")', () => {
    const lines = ['Verwaltungsgericht Nordheim', '', ...recipient, 'Datum: 08.05.2026', '', 'Klagezustellung', '', 'Sehr geehrte Damen und Herren,', '',
      'anbei erhalten Sie die Klageschrift. Bitte erwidern Sie binnen vier Wochen ab Zustellung.',
      'Der Strcitwert wird vorläufig auf 5.000,00 € festgesetzt.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
});

describe('amount: the sum asked for', () => {
  it('keeps the sum of an instalment request broken down in brackets, beside the rate offered', () => {
    const lines = [...citizen, ...recipient, '09.05.26', '', 'Bußgeldbescheid vom 28.04.2026', '', 'Guten Tag,', '',
      'ich kann die 315,00 Euro (Geldbuße 280,00 Euro, Gebühr 30,00 Euro und Auslagen',
      '5,00 Euro) nicht auf einmal bezahlen. Ich könnte 40 Euro im Monat zahlen, beginnend im Juni.', ...closing];
    expect(fieldsOf(lines).amount).toBe(315);
  });
  it('takes the "Restbetrag" named after its instalment below the payments made', () => {
    const lines = ['Planungsbüro Kessler PartG mbB', '', ...recipient, 'Datum: 10.05.2026', '', '2. Abschlagsrechnung Projekt 77', '', 'Sehr geehrte Damen und Herren,', '',
      'wir berechnen für die erbrachten Leistungen:', '',
      '   Honorar erbracht                                40.000,00 EUR', '   Umsatzsteuer 19 %                                7.600,00 EUR',
      '   Gesamthonorar brutto (kumuliert)                47.600,00 EUR', '',
      '   Gesamthonorar brutto (kumuliert)                47.600,00 EUR', '   abzüglich 1. Abschlagsrechnung                 -20.000,00 EUR',
      '   Summe bereits gezahlt                           20.000,00 EUR', '   Restbetrag (2. Abschlag)                        27.600,00 EUR', '',
      'Bitte überweisen Sie den Restbetrag auf unser Konto.', ...closing];
    expect(fieldsOf(lines).amount).toBe(27600);
  });
  it('takes the claim with interest as the total when OCR splits "Gesamt forderung", not the remainder above it', () => {
    const lines = ['Gartenbau Ruhnke e.K.', '', ...recipient, 'Datum: 12.05.2026', '', 'Letzte Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir fordern Sie auf, den Gesamtbetrag bis 26.05.2026 zu zahlen.', '',
      '   Hauptforderung Rechnung 2026-031               2.800,00 EUR', '   abzüglich Teilzahlung vom 02.04.2026          -1.000,00 EUR',
      '   Restforderung                                  1.800,00 EUR', 'Verzugszinsen 11,12 % p. a.',
      '  auf 2.800,00 EUR vom 04.01.2026 bis 02.04.2026 (88 Tage)          75,07 EUR', '  auf 1.800,00 EUR vom 03.04.2026 bis 12.05.2026 (39 Tage)          21,39 EUR',
      'Mahnkosten (2 x 5,00 EUR)                                             10,00 EUR', '',
      '   Gesamt forderung                               1.906,46 EUR', '', 'zahlbar bis spätestens 26.05.2026', ...closing];
    expect(fieldsOf(lines).amount).toBe(1906.46);
  });
  it('takes the settlement an insurer pays "auf Ihr bei uns hinterlegtes Konto"', () => {
    const lines = ['Kommunalversicherung Ost', '', ...recipient, 'Datum: 11.05.2026', '', 'Schaden vom 02.03.2026', '', 'Sehr geehrte Damen und Herren,', '',
      'wir regulieren den Schaden wie folgt:', '', '   geltend gemacht                     1.900,00 €', '   abzüglich Selbstbeteiligung           -250,00 €',
      '   Entschädigung                       1.650,00 €', '', 'Die Entschädigung von 1.650,00 € überweisen wir in den nächsten Tagen auf Ihr bei uns',
      'hinterlegtes Konto.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1650);
  });
  it('guesses no lone sum beside rates named with their period after the figure', () => {
    const lines = [...citizen, ...recipient, 'Musterstadt, 12.05.2026', '', 'Grundsteuer Fliederweg 9', '', 'Sehr geehrte Damen und Herren,', '',
      'seit der Reform beträgt die Grundsteuer 520,40 Euro im Jahr, vorher waren es 310 Euro. Bitte erklären Sie mir die Berechnung.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
    const household = [...citizen, ...recipient, 'Musterstadt, 12.05.2026', '', 'Weiterbewilligung Wohngeld', '', 'Sehr geehrte Damen und Herren,', '',
      'mein Lohn beträgt weiter 1.480,00 € im Monat, das Kindergeld 255,00 € monatlich.', 'Die Miete ist gleich geblieben (610,00 € warm). Bitte bewilligen Sie das Wohngeld weiter.', ...closing];
    expect(fieldsOf(household).amount).toBeUndefined();
  });
  it('keeps an advance on pay asked for beside the instalments that repay it', () => {
    const lines = ['Mirko Senf', 'Personalnummer 4471', '', 'Stadt Musterstadt', 'Personalservice', 'Rathausplatz 2', '17100 Musterstadt', '', 'Musterstadt, 12.05.2026', '',
      'Antrag auf Gehaltsvorschuss', '', 'Sehr geehrte Damen und Herren,', '', 'wegen einer Autoreparatur beantrage ich einen Gehaltsvorschuss in Höhe von 1.200,00 €,',
      'der in vier Monatsraten zu je 300,00 € einbehalten werden kann.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1200);
  });
  it('keeps a labelled monthly sum a bill asks for', () => {
    const lines = ['Hausverwaltung Roth', '', ...recipient, 'Datum: 12.05.2026', '', 'Miete Lagerraum', '', 'Sehr geehrte Damen und Herren,', '',
      'Zu zahlen: 240,00 € monatlich. Bitte überweisen Sie den Betrag bis zum 03.06.2026.', ...closing];
    expect(fieldsOf(lines).amount).toBe(240);
  });
});

describe('letterDate', () => {
  it('takes a date alone on the date line over a notice the subject names', () => {
    const lines = [...citizen, ...recipient, '', '09.05.26', '', 'Bußgeldbescheid vom 28.04.2026', '', 'Guten Tag,', '',
      'ich bitte darum, die Geldbuße in Raten zahlen zu dürfen.', ...closing];
    expect(fieldsOf(lines).letterDate).toBe('2026-05-09');
  });
});

describe('dueDate', () => {
  it('takes the date by which a court asks the city "zu berichten"', () => {
    const lines = ['Amtsgericht Nordheim', 'Familiengericht', '', 'Stadt Musterstadt', 'Jugendamt', 'Rathausplatz 2', '17100 Musterstadt', '',
      'Nordheim, 04.05.2026', '', 'Sehr geehrte Damen und Herren,', '',
      'das Jugendamt wird am Verfahren beteiligt und gebeten, bis zum 29.05.2026 schriftlich zu berichten.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-05-29');
  });
  it('reads a deadline after a sum set off on a line of its own', () => {
    const lines = [...citizen, ...recipient, 'Musterstadt, 05.05.2026', '', '2. Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'ich bitte Sie, die Nachzahlung mit meinen Auslagen zu überweisen, also insgesamt', '', '        412,80 Euro,', '',
      'und zwar bis zum 22. Mai 2026 auf mein Konto bei der Volksbank.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-05-22');
  });
  it('takes no date of a compensation planting, but keeps "zum Ausgleich des offenen Betrags"', () => {
    const permit = ['Landkreis Nordheim', '', ...recipient, 'Datum: 06.05.2026', '', 'Ausnahmegenehmigung Baumfällung', '', 'Sehr geehrte Damen und Herren,', '',
      'die Fällung der zwei Eschen wird genehmigt. Als Ausgleich sind bis zum 30.11.2026 vier Laubbäume zu pflanzen.', ...closing];
    expect(fieldsOf(permit).dueDate).toBeUndefined();
    const reminder = ['Baumschule Lenz', '', ...recipient, 'Datum: 06.05.2026', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'zum Ausgleich des offenen Betrags von 820,00 € bitten wir um Zahlung bis zum 27.05.2026.', ...closing];
    expect(fieldsOf(reminder).dueDate).toBe('2026-05-27');
  });
  it('takes no closing date of a funding round, but keeps papers asked for by a date', () => {
    const round = ['Landesamt für Denkmalpflege', '', ...recipient, 'Datum: 07.05.2026', '', 'Denkmalrechtliche Genehmigung', '', 'Sehr geehrte Damen und Herren,', '',
      'die Sanierung des Torhauses wird genehmigt. Eine Förderung ist gesondert zu beantragen; Anträge für 2027',
      'sind bis zum 30.09.2026 einzureichen.', ...closing];
    expect(fieldsOf(round).dueDate).toBeUndefined();
    const papers = ['Landesamt für Denkmalpflege', '', ...recipient, 'Datum: 07.05.2026', '', 'Ihr Antrag auf Genehmigung', '', 'Sehr geehrte Damen und Herren,', '',
      'bitte legen Sie uns die fehlenden Pläne bis zum 30.06.2026 vor.', ...closing];
    expect(fieldsOf(papers).dueDate).toBe('2026-06-30');
  });
  it('reads a due-date column OCR spelt "Fàllig am" and a debit under a damaged "Lastscbriftmandat"', () => {
    // A text layer without word positions: the header's last cell stands over the row's last value.
    const table = ['Schulküche Vogtland GmbH', 'Gesund essen · Plauener Straße 12 · 08523 Plauen', '', 'Stadt Musterstadt', 'Schulverwaltung', 'Rathausplatz 2', '17100 Musterstadt', '',
      'RECHNUNG', '| Rechnungs-Nr. | Datum      | Fàllig am  |', '| 2026-04-0233  | 04.05.2026 | 22.05.2026 |', '', 'Sehr geehrte Damen und Herren,',
      'für die Schulverpflegung im April 2026 berechnen wir 2.310,40 EUR.', '', 'Bitte überweisen Sie den Zahlbetrag bis zum Fälligkeitsdatum auf unser Konto.', ...closing];
    const page = { index: 0, width: 2480, height: 3508, text: table.join('\n'), words: [], confidence: 1, source: 'text-layer' as const, rotation: 0 };
    expect(fieldsOfPages([page]).dueDate).toBe('2026-05-22');
    const debit = ['Stadtwerke Nordheim GmbH', '', ...recipient, 'Datum: 08.05.2026', '', 'Jahresabrechnung Strom', '', 'Sehr geehrte Damen und Herren,', '',
      'Den Nachzahlungsbetrag von 312,40 EUR buchen wir am 28.05.2026 von Ihrem Konto',
      'DE** **** **** **** **18 ab (SEPA-Lastscbriftmandat vom 02.01.2020). Sie brauchen nichts zu veranlassen.', ...closing];
    expect(fieldsOf(debit).dueDate).toBe('2026-05-28');
  });
});
