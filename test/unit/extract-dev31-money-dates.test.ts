// Amounts, due dates and letter dates for failure families seen on the dev31/dev32 letters (own
// wording): a court's value in dispute on the line above its figure, an assessed value with a date in
// its label, a utility bill whose VAT rate broke the sum of its posts, a cancellation invoice with a
// positive unit price, a travel plan's down payment that is still to be paid, an account statement
// whose balance is partly not due, an order confirmation's "Auftragswert", a warning fine asked for
// in a passive condition, a balance confirmation, a request named in a relative clause; reminders
// dated by their quoted invoice, a subject's second line naming an earlier notice, a mailing dated
// with its month only, a reply asked for with "mitzuteilen" and periods whose unit OCR glued to the
// next word.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Kämmerei', 'Marktplatz 1', '17100 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Petra Holm'];

describe('amount', () => {
  it('takes no value in dispute whose label stands on the line above the figure', () => {
    const lines = ['Landgericht Nordheim', 'Zivilkammer 2', '', ...recipient, 'Aktenzeichen: 2 O 88/26', 'Datum: 02.03.2026', '', 'Terminsladung', '',
      'Sehr geehrte Damen und Herren,', '', 'in dem Rechtsstreit Behnke gegen Stadt Musterstadt wird die Klageschrift zugestellt. Der Streitwert wird',
      'vorläufig auf 5.420,00 EUR festgesetzt. Termin ist am 28.04.2026 um 9:00 Uhr.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('keeps the total of a fee note whose value in dispute heads the fee rows', () => {
    const lines = ['Kanzlei Rehbein', '', ...recipient, 'Datum: 02.03.2026', '', 'Kostennote', '', 'Sehr geehrte Damen und Herren,', '',
      'in der Sache Behnke ./. Stadt Musterstadt berechnen wir nach RVG bei einem Gegenstandswert von 5.000,00 EUR:', '',
      '   1,3 Geschäftsgebühr Nr. 2300 VV RVG          434,20 EUR', '   Pauschale Nr. 7002 VV RVG                     20,00 EUR', '   Zwischensumme netto                          454,20 EUR',
      '   19 % Umsatzsteuer                             86,30 EUR', '   Rechnungsbetrag                              540,50 EUR', ...closing];
    expect(fieldsOf(lines).amount).toBe(540.5);
  });
  it('takes no assessed value whose label carries a date and a remark', () => {
    const lines = ['Finanzamt Nordheim', '', ...recipient, 'Datum: 02.03.2026', '', 'Mitteilung zur Grundsteuer', '', 'Sehr geehrte Damen und Herren,', '',
      'für das Grundstück Lindenweg 7 gelten nach der Teilung folgende Werte:', '',
      '   Grundsteuerwert auf den 01.01.2026 (Nachfeststellung)      131.900 €', '   Grundsteuermessbetrag ab 01.01.2027                         40,89 €', '',
      'Bitte setzen Sie die Grundsteuer auf dieser Grundlage fest.', ...closing];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('keeps a value a bill labels as its order value ("Auftragswert brutto")', () => {
    const lines = ['Holzhandel Brandt GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Auftragsbestätigung AB-2026-118', '', 'Sehr geehrte Damen und Herren,', '',
      'wir bestätigen Ihre Bestellung:', '', '   40 Stück Pfähle Robinie à 21,00 €              840,00 €', '   Warenwert netto                               840,00 €',
      '   Umsatzsteuer 19 %                             159,60 €', '   Auftragswert brutto                           999,60 €', ...closing];
    expect(fieldsOf(lines).amount).toBe(999.6);
  });
  it('reads the gross total of a bill whose VAT row prints its rate as a figure ("19,00 %")', () => {
    const lines = ['WASSERWERK NORDHEIM', '', ...recipient, 'DATUM  : 02.03.2026', '', 'RECHNUNG WASSER', '',
      'POS  BEZEICHNUNG              MENGE   PREIS EUR   BETRAG EUR', '001  Verbrauchspreis           410 m3     2,1500       881,50', '002  Grundpreis                  1          9,5000         9,50',
      '                               SUMME NETTO                  891,00', '                               UMSATZSTEUER 7,00 %           62,37', '                               RECHNUNGSBETRAG              953,37',
      'DER RECHNUNGSBETRAG WIRD AM 16.03.2026 VON IHREM KONTO EINGEZOGEN.'];
    expect(fieldsOf(lines).amount).toBe(953.37);
  });
  it('reads a cancellation invoice\'s negative total as positive though its unit price is printed positive', () => {
    const lines = ['Prüfdienst Kessler GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Stornorechnung S-2026-07', '', 'Sehr geehrte Damen und Herren,', '',
      'die Rechnung R-2026-031 wurde doppelt gestellt. Wir stornieren sie:', '', '  Storno Pos. 1  Prüfung Feuerlöscher   12 x 18,50 €   -222,00 €',
      '  Nettobetrag                                         -222,00 €', '  Umsatzsteuer 19 %                                    -42,18 €', '  Stornobetrag                                        -264,18 €', ...closing];
    expect(fieldsOf(lines).amount).toBe(264.18);
  });
  it('takes the whole price of a payment plan, not the rest after its down payment that is still due', () => {
    const lines = ['Busreisen Hallig GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Buchungsbestätigung Klassenfahrt Sylt', '', 'Sehr geehrte Damen und Herren,', '',
      'wir bestätigen die Klassenfahrt für 30 Personen:', '', '   Reisepreis 30 x 310,00 €                       =  9.300,00 €', '',
      '   Anzahlung 25 %, fällig bis 16.03.2026              2.325,00 €', '   Restzahlung, fällig bis 01.06.2026                 6.975,00 €',
      '   Reisepreis gesamt                                  9.300,00 €', ...closing];
    expect(fieldsOf(lines).amount).toBe(9300);
  });
  it('takes the overdue sum a statement asks to settle, not its balance that is partly not due', () => {
    const lines = ['Elektrogroßhandel Nord GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Kontoauszug und Bitte um Ausgleich', '', 'Sehr geehrte Damen und Herren,', '',
      'unser Kontoauszug weist für Ihr Konto einen Saldo von 4.310,50 EUR zu unseren Gunsten aus.', 'Davon ist die Rechnung 26-114 über 1.200,00 EUR noch nicht fällig.', '',
      'Wir bitten Sie, den überfälligen Betrag von 3.110,50 EUR bis zum 16.03.2026', 'auszugleichen.', ...closing];
    expect(fieldsOf(lines).amount).toBe(3110.5);
  });
  it('takes the warning fine a passive condition asks to be paid ("Wird das Verwarnungsgeld … gezahlt")', () => {
    const lines = ['Gemeinde Seedorf', 'Ordnungsamt', '', ...recipient, 'Aktenzeichen: OW 26/0412', 'Datum: 02.03.2026', '', 'Verwarnung mit Verwarnungsgeld', '', 'Sehr geehrte Damen und Herren,', '',
      'Ihr Fahrzeug parkte am 20.02.2026 im Halteverbot. Es wird ein Verwarnungsgeld von', '25,00 EUR angeboten. Wird das Verwarnungsgeld binnen einer Woche auf unser Konto',
      'gezahlt, ist die Sache erledigt.', ...closing];
    expect(fieldsOf(lines).amount).toBe(25);
  });
  it('takes no amount from a letter that says it is no payment request', () => {
    const lines = ['Reinigungsdienst Sauber GmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Bitte um Saldenbestätigung', '', 'Sehr geehrte Damen und Herren,', '',
      'unser Wirtschaftsprüfer bittet um Bestätigung des Saldos zu unseren Gunsten von', '', '        8.204,30 EUR', '',
      'Dies ist keine Zahlungsaufforderung. Bitte bestätigen Sie den Saldo.', ...closing, '', 'Antwort:', '[ ] Der Saldo von 8.204,30 EUR wird bestätigt.'];
    expect(fieldsOf(lines).amount).toBeUndefined();
  });
  it('takes the sum a request names in a relative clause after the figure', () => {
    const lines = ['Pflegedienst Lotsenhaus gGmbH', '', ...recipient, 'Datum: 02.03.2026', '', 'Antrag auf Übernahme ungedeckter Pflegekosten', '', 'Sehr geehrte Damen und Herren,', '',
      'für Herrn Kurt Jahn verbleibt nach der Leistung der Pflegekasse ein Eigenanteil von',
      'voraussichtlich 1.240,60 €, dessen Übernahme wir hiermit beantragen. Herr Jahn erhält eine', 'Rente von 980,00 € und zahlt Miete von 390,00 €.', ...closing];
    expect(fieldsOf(lines).amount).toBe(1240.6);
  });
  it('reads a scanned row whose column gap closed after a device number ("Nr. 507 311 236,00 EUR") as number and sum, so the misread total is checked against it', () => {
    const lines = ['Landesamt für Eichwesen', '', ...recipient, 'Datum: 02.03.2026', '', 'Gebührenbescheid', '', 'Sehr geehrte Damen und Herren,', '',
      'für die Eichung werden festgesetzt:', 'Eichung Waage Typ K40, Nr. 507 311 236,00 EUR', 'Zuschlag Außenprüfung 48,20 EUR', 'Gesamtbetrag 284,29 EUR', '',
      'Bitte zahlen Sie den Gesamtbetrag unter Angabe des Kassenzeichens.', ...closing];
    const fields = fieldsOf(lines);
    expect(fields.amount).toBe(284.2);
  });
});

describe('letterDate', () => {
  it('dates a reminder by its own date, not by the quoted invoice in its title', () => {
    const lines = ['TISCHLEREI ROOS', '', ...recipient, '                                                   04.03.2026', '', '1. Mahnung – Rechnung 26-019 vom 12.01.2026', '',
      'Sehr geehrte Damen und Herren,', '', 'bitte überweisen Sie den offenen Betrag von 640,00 € bis zum 18.03.2026.', ...closing];
    expect(fieldsOf(lines).letterDate).toBe('2026-03-04');
  });
  it('dates a request by its own date, not by the notice its subject\'s second line names', () => {
    const lines = ['Bäckerei Lind GmbH', '', ...recipient, '                                                   04.03.2026', '', 'Antrag auf Ratenzahlung der Gewerbesteuer',
      'Bescheid vom 10.02.2026 – Kassenzeichen 6.1100.004411.2', '', 'Sehr geehrte Damen und Herren,', '', 'wir bitten um Ratenzahlung.', ...closing];
    expect(fieldsOf(lines).letterDate).toBe('2026-03-04');
  });
  it('keeps an invoice\'s date on its own title line', () => {
    const lines = ['Malerbetrieb Uhl', '', ...recipient, 'Rechnung 2026-044 vom 04.03.2026', '', 'Sehr geehrte Damen und Herren,', '', 'für die Malerarbeiten berechne ich 1.190,00 €.', ...closing];
    expect(fieldsOf(lines).letterDate).toBe('2026-03-04');
  });
  it('gives a mailing dated only with its month no date from the places and dates of its events', () => {
    const lines = ['SEMINARHAUS OSTSEE', '', ...recipient, '                                                   im März 2026', '', 'Unsere Fortbildungen im Frühjahr', '',
      'Sehr geehrte Damen und Herren,', '', 'wir laden Sie zu unseren Seminaren ein:', '', '   Archivrecht kompakt', '      Rostock, 14.04.2026', '   Digitale Akte',
      '      online, 12.05.2026', '', 'Die Teilnahme kostet 290,00 € je Person.', ...closing];
    expect(fieldsOf(lines).letterDate).toBeUndefined();
  });
});

describe('dueDate', () => {
  it('takes the date by which the city is asked "mitzuteilen"', () => {
    const lines = ['AOK Nordwest', '', ...recipient, 'Datum: 04.03.2026', '', 'Stufenweise Wiedereingliederung Ihrer Mitarbeiterin', '', 'Sehr geehrte Damen und Herren,', '',
      'Wir bitten Sie, uns bis zum 18.03.2026 mitzuteilen, ob Sie dem Stufenplan zustimmen.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-03-18');
  });
  it('resolves a period whose unit OCR glued to the next word ("14 Tagenab Rechnungsdatum")', () => {
    const lines = ['Kanzlei Voss', '', ...recipient, 'Datum: 04.03.2026', '', 'Kostennote', '', 'Sehr geehrte Damen und Herren,', '',
      'noch zu zahlen sind 812,00 EUR. Wir bitten um Ausgleich innerhalb von 14 Tagenab', 'Rechnungsdatum.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-03-18');
  });
  it('resolves "innerhalb der nächsten 10 Tageunter Angabe …"', () => {
    const lines = ['Küstenversicherung AG', '', ...recipient, 'Datum: 04.03.2026', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,', '',
      'Bitte überweisen Sie den offenen Betrag von 512,00 EUR innerhalb der nächsten 10 Tageunter Angabe der', 'Versicherungsscheinnummer.', ...closing];
    expect(fieldsOf(lines).dueDate).toBe('2026-03-14');
  });
  it('takes no date from a day of the week joined to a word ("Tagesordnung")', () => {
    const lines = ['Zweckverband Wasser', '', ...recipient, 'Datum: 04.03.2026', '', 'Einladung zur Verbandsversammlung', '', 'Sehr geehrte Damen und Herren,', '',
      'die Verbandsversammlung tagt in 3 Tagesordnungspunkten über den Haushalt.', ...closing];
    expect(fieldsOf(lines).dueDate).toBeUndefined();
  });
});
