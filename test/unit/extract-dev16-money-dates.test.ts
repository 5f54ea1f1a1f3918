// Amount and due date for failure families seen on the dev16 letters (a December fortnight of city
// mail), in own wording: sums in letters that ask the city for no payment (a price per unit, a
// tariff quoted around it, a yearly rate the reader fixed, a sum that could follow as a sanction, a
// budget's figures, an objection lodged in the body without a subject) and dates that are no
// deadline (a wish for an answer, the expected end of an illness); "bis zum Jahresende" in a
// request to pay and an Auflage to hand in a report by a date are deadlines. Guards keep the sums
// and dates that are asked for.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bürgerservice', 'Markt 1', '34567 Musterstadt', ''];

describe('amount: sums in letters that ask for no payment', () => {
  it('leaves out a price per unit ("… € je Stunde", "… € pro Eintrittskarte")', () => {
    const fields = fieldsOf(['Jonas Brandl', 'Hafenweg 3', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.12.2027', '',
      'Antrag auf Genehmigung einer Nebentätigkeit', '', 'Sehr geehrte Damen und Herren,', '',
      'ich möchte ab Februar an der Volkshochschule unterrichten.', 'Vergütung:   42,00 € je Doppelstunde', '',
      'Die Kurse liegen außerhalb meiner Arbeitszeit. Den Honorarvertrag lege ich bei.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
    const club = fieldsOf(['Turnverein Aue e. V.', '', ...recipient, 'Musterstadt, 05.12.2027', '', 'Sehr geehrte Damen und Herren,', '',
      'wir möchten im März unser Frühlingsfest im Bürgerhaus feiern. Die Kosten decken wir über den Eintritt',
      '(12 € pro Eintrittskarte). Bitte teilen Sie uns mit, ob der Saal frei ist und welche Gebühr anfällt.', '', 'Mit freundlichen Grüßen']);
    expect(club.amount).toBeUndefined();
    // Labelled as what a fee is fixed at, a rate per unit still names no sum.
    const form = fieldsOf(['ANTRAG AUF SONDERNUTZUNG', '', ...recipient, 'Name: Café Rose, Marktplatz 2', 'Fläche: 4,00 m²', '',
      '[x] Mir ist bekannt, dass die Gebühr nach der Satzung festgesetzt wird (derzeit 3,00 € je m² und Woche).', '', 'Musterstadt, 01.12.2027']);
    expect(form.amount).toBeUndefined();
  });
  it('takes no bare sum from a letter that quotes a tariff per unit', () => {
    const fields = fieldsOf(['Obsthof Keller', '', ...recipient, 'Musterstadt, 06.12.2027', '', 'Wochenmarkt: Dauerplatz', '', 'Sehr geehrte Damen und Herren,', '',
      'nach Ihrer Gebührensatzung kostet der Platz 1,90 € je laufendem Meter, dazu kommt die Wasserpauschale von 2,00 €.',
      'Ich bitte um einen Dauerplatz ab Januar.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('leaves out a yearly rate the reader fixed and the rate a request proposes', () => {
    const fields = fieldsOf(['Kanzlei Wendt Steuerberatung', '', ...recipient, 'Datum: 03.12.2027', '', 'Antrag auf Herabsetzung der Vorauszahlungen', '',
      'Sehr geehrte Damen und Herren,', '', 'mit Bescheid vom 10.02.2027 haben Sie die Vorauszahlungen unserer Mandantin auf',
      'vierteljährlich 3.100,00 € (jährlich 12.400,00 €) festgesetzt. Der Messbetrag wird deutlich sinken.',
      'Wir beantragen, die Vorauszahlungen auf vierteljährlich 900,00 € herabzusetzen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
    const dogs = fieldsOf(['Hundesportverein Aue e. V.', '', ...recipient, 'Musterstadt, 07.12.2027', '', 'Antrag auf Steuerbefreiung', '',
      'Sehr geehrte Damen und Herren,', '', 'wir beantragen die Befreiung unserer drei Rettungshunde von der Hundesteuer.',
      'Für die Hunde sind bisher jährlich zusammen 324,00 € Hundesteuer festgesetzt.', '', 'Mit freundlichen Grüßen']);
    expect(dogs.amount).toBeUndefined();
  });
  it('leaves out a fine that could follow ("kommt … in Betracht")', () => {
    const fields = fieldsOf(['Landkreis Aue', 'Bußgeldstelle', '', ...recipient, 'Datum: 08.12.2027', '', 'Zeugenfragebogen', '',
      'Sehr geehrte Damen und Herren,', '', 'mit Ihrem Fahrzeug wurde die zulässige Geschwindigkeit überschritten. Nach dem Bußgeldkatalog',
      'kommt eine Geldbuße von 70,00 € zuzüglich Gebühren und Auslagen in Betracht. Bitte nennen Sie uns die Fahrerin oder den Fahrer.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('leaves out the figures of a budget approval', () => {
    const fields = fieldsOf(['Landesamt für Kommunales', '', ...recipient, 'Datum: 09.12.2027', '', 'Haushaltssatzung 2028', '',
      'Sehr geehrte Damen und Herren,', '', 'die Haushaltssatzung wird genehmigt. In Höhe des darüber hinaus veranschlagten Betrages von',
      '250.000 € wird die Genehmigung versagt.', '',
      'Der Ergebnishaushalt 2028 weist einen Fehlbetrag von 1.204.300 € aus.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('leaves out the sum an objection lodged in the body quotes, dates in that sentence notwithstanding', () => {
    const fields = fieldsOf(['Gerda Lorenz', 'Birkenweg 4', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 10.12.2027', '',
      'Sehr geehrte Damen und Herren,', '', 'hiermit lege ich gegen Ihren Bescheid vom 20.11.2027 über den Ausbaubeitrag Widerspruch ein.',
      'Sie verlangen von mir 4.812,20 €. Das halte ich für falsch.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: recurring costs and OCR damage', () => {
  it('leaves out the rows under a heading of monthly costs', () => {
    const fields = fieldsOf(['Sozialstation Aue', '', ...recipient, 'Datum: 04.12.2027', '', 'Kostenübernahme Hilfe zur Pflege', '', 'Sehr geehrte Damen und Herren,', '',
      'für Herrn L. entstehen nach dem neuen Pflegeplan monatlich folgende Kosten:', '  Grundpflege                         1.210,00 €',
      '  Hauswirtschaft                        240,00 €', '  Gesamt                              1.450,00 €', '',
      'Wir bitten um Prüfung der Übernahme der ungedeckten Kosten.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('reads a unit glued to "je" as a price per unit ("€ jeStunde")', () => {
    const fields = fieldsOf(['Karin Vogt', 'Lindenweg 2', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 02.12.2027', '',
      'Anzeige einer Nebentätigkeit', '', 'Sehr geehrte Damen und Herren,', '', 'ich gebe Nachhilfe. Vergütung: 25,00 € jeStunde. Den Honorarvertrag lege ich bei.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: guards', () => {
  it('keeps a fee notice\'s sum, a yearly fee asked for and a bill\'s total next to its unit prices', () => {
    const notice = fieldsOf(['Landkreis Aue', '', ...recipient, 'Datum: 01.12.2027', '', 'Gebührenbescheid', '', 'Sehr geehrte Damen und Herren,', '',
      'Verwaltungsgebühr                                145,00 €', '', 'Bitte überweisen Sie den Betrag bis zum 20.12.2027.', '', 'Mit freundlichen Grüßen']);
    expect(notice.amount).toBe(145);
    const bill = fieldsOf(['Gartenbau Lenz', '', ...recipient, 'Datum: 01.12.2027', '', 'Rechnung 12/27', '', 'Sehr geehrte Damen und Herren,', '',
      'Heckenschnitt 10 Std. zu 45,00 € je Stunde            450,00 €', 'Rechnungsbetrag                                      450,00 €', '',
      'Zahlbar bis 15.12.2027.', '', 'Mit freundlichen Grüßen']);
    expect(bill.amount).toBe(450);
    const dues = fieldsOf(['Verband der Gemeinden', '', ...recipient, 'Datum: 01.12.2027', '', 'Mitgliedsbeitrag 2028', '', 'Sehr geehrte Damen und Herren,', '',
      'der Mitgliedsbeitrag beträgt 1.250,00 € pro Jahr. Bitte überweisen Sie ihn bis zum 31.01.2028.', '', 'Mit freundlichen Grüßen']);
    expect(dues.amount).toBe(1250);
  });
});

describe('dueDate', () => {
  it('resolves "bis zum Jahresende" in a request to pay to 31 December of the letter\'s year', () => {
    const fields = fieldsOf(['Wasserverband Aue', '', ...recipient, 'Datum: 10.12.2027', '', 'MAHNUNG', '', 'Sehr geehrte Damen und Herren,', '',
      '  fällig am 15.10.2027                                 310,00 €', '  Mahngebühr                                             5,00 €',
      '  Gesamtbetrag                                         315,00 €', '',
      'Wir bitten Sie, den Gesamtbetrag bis zum Jahresende zu überweisen.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2027-12-31');
  });
  it('takes an Auflage to hand in a report by a date ("legt mir … bis spätestens … vor")', () => {
    const fields = fieldsOf(['Landesamt für Kommunales', '', ...recipient, 'Datum: 09.12.2027', '', 'Haushaltsgenehmigung 2028', '',
      'Sehr geehrte Damen und Herren,', '', 'die Genehmigung wird erteilt.', '',
      'Auflage: Die Stadt legt mir den fortgeschriebenen Finanzplan bis spätestens 31.05.2028 vor.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBe('2028-05-31');
  });
  it('sets no deadline for a wished-for decision or the reply to an invitation ("wären wir … dankbar")', () => {
    const fields = fieldsOf(['Kranbau Nord GmbH', '', ...recipient, 'Datum: 20.12.2027', '', 'Antrag auf Straßensperrung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen die Sperrung der Mühlenstraße am 12.01.2028. Da der Kran gebucht ist, wären wir für eine',
      'Entscheidung bis spätestens 04.01.2028 dankbar.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
    const twin = fieldsOf(['Stadt Partnerstadt', '', ...recipient, 'Datum: 08.12.2027', '', 'Sehr geehrter Herr Oberbürgermeister,', '',
      'zu unserem Jubiläum laden wir Sie herzlich ein. Wir wären dankbar, wenn Sie uns bis zum 28.02.2028',
      'mitteilen könnten, wie viele Personen teilnehmen.', '', 'Mit freundlichen Grüßen']);
    expect(twin.dueDate).toBeUndefined();
  });
  it('sets no deadline in an objection lodged in the body, whose sentence holds a date', () => {
    const fields = fieldsOf(['Gerda Lorenz', 'Birkenweg 4', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 10.12.2027', '',
      'Sehr geehrte Damen und Herren,', '', 'hiermit lege ich gegen Ihren Bescheid vom 20.11.2027 über den Ausbaubeitrag Widerspruch ein.',
      'Sie verlangen 4.812,20 €, zahlbar bis zum 28.12.2027. Das halte ich für falsch.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('sets no deadline for the expected end of an illness', () => {
    const fields = fieldsOf(['Zweckverband IT Nord', '', ...recipient, 'Datum: 10.12.2027', '', 'Abordnung Herr K.', '', 'Sehr geehrte Damen und Herren,', '',
      'Herr K. ist seit dem 02.11.2027 erkrankt. Nach der uns übermittelten Bescheinigung dauert die Arbeitsunfähigkeit',
      'voraussichtlich bis zum 31.12.2027 an.', '', 'Mit freundlichen Grüßen']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('guards: keeps a polite request to pay, questions to be answered by a date and a court deadline', () => {
    const polite = fieldsOf(['Druckerei Aue', '', ...recipient, 'Datum: 01.12.2027', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'Offener Betrag                               220,00 €', '', 'Wir wären Ihnen dankbar, wenn Sie den Betrag bis zum 15.12.2027 überweisen.', '', 'Mit freundlichen Grüßen']);
    expect(polite.dueDate).toBe('2027-12-15');
    const press = fieldsOf(['Aue-Kurier Redaktion', '', ...recipient, 'Datum: 02.12.2027', '', 'Presseanfrage Hallenbad', '', 'Sehr geehrte Damen und Herren,', '',
      'wir berichten am Samstag. Für eine Antwort auf unsere Fragen bis zum 09.12.2027 wäre ich dankbar.', '', 'Mit freundlichen Grüßen']);
    expect(press.dueDate).toBe('2027-12-09');
    const court = fieldsOf(['Verwaltungsgericht Aue', '', ...recipient, 'Datum: 02.12.2027', '', 'Klage Weber ./. Stadt Musterstadt', '', 'Sehr geehrte Damen und Herren,', '',
      'Sie erhalten Gelegenheit zur Stellungnahme bis zum 14.01.2028.', '', 'Mit freundlichen Grüßen']);
    expect(court.dueDate).toBe('2028-01-14');
  });
});
