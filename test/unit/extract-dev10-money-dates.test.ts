// Amount, due date and letter date for failure families seen on the dev10 letters (one ordinary week
// of a city's mail), in own wording: a form whose "Ort, Datum:" row carries its own filled-in value,
// the day a claim became overdue ("fällig seit"), a statistics return "abzugeben" by a date, a
// promotion for orders received by a date, a payment date written without a year, a due date in the
// last cell of an invoice's header table (with and without word positions), a recurring benefit or
// maintenance sum described in running text, a rounding step of a tax computation whose currency
// sign the next bare figure must not borrow, and the writer's approximate earnings.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bürgerservice', 'Markt 1', '34567 Musterstadt', ''];
/** Fields of a letter given as a text layer without word positions (a PDF's text, one row a line). */
const fieldsOfTextLayer = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

describe('letterDate', () => {
  it('takes the date filled in on the "Ort, Datum:" row of a form, not a date of its fields', () => {
    const fields = fieldsOfTextLayer(['Stadt Musterstadt – Ordnungsamt', 'Markt 1 · 34567 Musterstadt', '', 'Antrag auf Sondernutzung einer Gehwegfläche', '',
      'Name, Vorname:        Albers, Heike', 'Standort:             Marktstraße 4', 'Letzte Genehmigung:   14.07.2025', 'Fläche:               6 m²', '',
      'Ich beantrage die Sondernutzung für einen Verkaufsstand.', '',
      'Ort, Datum:           Waldhausen, 22.05.2026', 'Unterschrift:         H. Albers']);
    expect(fields.letterDate).toBe('2026-05-22');
  });
});

describe('dueDate', () => {
  it('gives no due date for the day a claim became overdue when the new period runs from receipt', () => {
    const fields = fieldsOf(['Zweckverband Abwasser Oberland', 'Verbandskasse', '', ...recipient, 'Datum: 12.05.2026', '', 'Zahlungserinnerung', '', 'Sehr geehrte Damen und Herren,',
      'die folgende Forderung ist noch offen:', '', 'Gebühr laut Bescheid vom 02.03.2026', 'überfällig seit:  01.04.2026', '', 'offener Betrag   210,00 €', '',
      'Bitte zahlen Sie den Betrag binnen zehn Tagen nach Zugang dieses Schreibens.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('takes the date by which a statistics return is to be handed in', () => {
    const fields = fieldsOf(['Statistisches Landesamt Oberland', '', ...recipient, 'Datum: 12.05.2026', '', 'Erhebung der Schulden der Gemeinden 2025', '', 'Sehr geehrte Damen und Herren,',
      'Sie sind zur Auskunft verpflichtet. Der ausgefüllte Erhebungsbogen ist bis zum 30.06.2026 abzugeben.']);
    expect(fields.dueDate).toBe('2026-06-30');
  });
  it('gives no due date for the last day of a promotion for orders', () => {
    const fields = fieldsOf(['Spielgeräte Weber GmbH', '', ...recipient, 'Waldhausen, 12.05.2026', '', 'Unser Sommerangebot für Kommunen', '', 'Sehr geehrte Damen und Herren,',
      'alle Schaukeln liefern wir zum Sommerpreis. Der Preis gilt für Bestellungen, die bis zum 31.08.2026 bei uns eingehen.']);
    expect(fields.dueDate).toBeUndefined();
  });
  const handwrittenBill = (date: string, request: string) => fieldsOf(['Heinz Lorenz', 'Malerarbeiten', 'Birkenweg 4 · 34560 Waldhausen', '', ...recipient, `Waldhausen, ${date}`, '', 'Rechnung 12/26', '',
    'Sehr geehrte Damen und Herren,', 'für das Streichen des Flurs berechne ich', '', '   Material und Arbeit   640,00 €', '', request]);
  it('reads a payment date without a year in the year of the letter', () => {
    expect(handwrittenBill('12.05.2026', 'Bitte den Betrag bis 25.5. auf mein Konto überweisen.').dueDate).toBe('2026-05-25');
  });
  it('reads a payment date without a year in January of a December letter as the next year', () => {
    expect(handwrittenBill('15.12.2026', 'Bitte den Betrag bis 10.1. auf mein Konto überweisen.').dueDate).toBe('2027-01-10');
  });
  it('gives no due date for a filing date without a year printed on a form', () => {
    const fields = fieldsOf(['Stadt Musterstadt · Kulturbüro · Markt 1 · 34567 Musterstadt', '', 'ANTRAG AUF KULTURFÖRDERUNG', '(Anträge für das Folgejahr bitte bis 30.09. einreichen)', '',
      'Antragsteller:   Theatergruppe Lindenbühne', 'Vorhaben:        Freilichtaufführung', '',
      'Waldhausen, 12.05.2026          P. Krüger', 'Ort, Datum                      Unterschrift']);
    expect(fields.dueDate).toBeUndefined();
  });
  const tableInvoice = ['Container Service Ost GmbH', '', ...recipient, 'Rechnung', '',
    'Rechnungsnr.     Kunde           Rechnungsdatum   Fällig am', 'RE-2026-0815     KD 20 11 47     12.05.2026       02.06.2026', '',
    'Abholung am 08.05.2026 beauftragt durch Herrn Roth, Bauhof, Telefon, 06.05.2026', '', 'Gesamtbetrag   EUR 480,00', '',
    'Bitte überweisen Sie den Betrag zum Fälligkeitsdatum.'];
  it('takes the due date from the last cell of a header row with many cells', () => {
    expect(fieldsOf(tableInvoice).dueDate).toBe('2026-06-02');
  });
  it('takes the due date from the last cell of a header row in a text layer without word positions', () => {
    expect(fieldsOfTextLayer(tableInvoice).dueDate).toBe('2026-06-02');
  });
});

describe('amount', () => {
  it('gives no amount for a monthly benefit the writer reports paying to a care home', () => {
    const fields = fieldsOf(['Pflegekasse Oberland', '', ...recipient, 'Datum: 12.05.2026', '', 'Auskunft über Pflegeleistungen', '', 'Sehr geehrte Damen und Herren,',
      'auf Ihre Anfrage teilen wir mit, dass Herr Peters seit März im Pflegeheim lebt. Für ihn zahlen wir den Leistungsbetrag in Höhe von monatlich 1.450,00 € direkt an das Heim.']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for the monthly maintenance another person owes, nor for the writer\'s earnings', () => {
    const fields = fieldsOf(['Sandra Vogel', 'Ulmenweg 8', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 12.05.2026', '', 'Antrag auf Unterhaltsvorschuss', '', 'Sehr geehrte Damen und Herren,',
      'hiermit beantrage ich Unterhaltsvorschuss für meinen Sohn. Sein Vater ist verpflichtet, monatlich 280,00 € zu zahlen, zahlt aber nicht.',
      'Ich verdiene ungefähr 1.250 € netto.']);
    expect(fields.amount).toBeUndefined();
  });
  it('gives no amount for a tax base computation rounded to full hundreds', () => {
    const fields = fieldsOf(['Finanzamt Oberland', '', ...recipient, 'Datum: 12.05.2026', '', 'Mitteilung über den Steuermessbetrag 2025', '',
      'Berechnung                                   Euro', 'Gewerbeertrag                              61.250', 'abgerundet auf volle 100 Euro              61.200',
      'Steuermesszahl 3,5 %', 'Steuermessbetrag                            2.142', '', 'Die Festsetzung der Steuer obliegt der Gemeinde.']);
    expect(fields.amount).toBeUndefined();
  });
});
