// Amount, due date and letter date for failure families seen on the dev6 letters (own wording):
// a warning fine "erhoben" on the next line, a court's Streitwert "festgesetzt", a grant's ceiling
// ("in Höhe von / bis zu …") as the granted sum, a budget approval's credit limits; an authority's
// deadline for a report in the passive ("… bis zum … vorgelegt wird"); a form dated above its
// "Ort, Datum" caption rather than by the dates its fields ask for.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bauhof', 'Markt 1', '34567 Musterstadt', ''];

describe('amount', () => {
  it('takes a warning fine whose verb "erhoben" opens the next line', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Verkehrsüberwachung', '', ...recipient, 'Datum: 04.05.2026', '', 'Verwarnung wegen Falschparkens', '',
      'Sehr geehrte Damen und Herren,', 'Ihr Transporter stand am 28.04.2026 auf einem Gehweg. Dafür wird ein Verwarnungsgeld von 35,00 EUR',
      'erhoben. Die Verwarnung wird wirksam, wenn Sie das Geld binnen einer Woche nach Zugang zahlen.']);
    expect(fields.amount).toBe(35);
  });
  it('does not take a value in dispute that a court sets ("Streitwert … festgesetzt")', () => {
    const fields = fieldsOf(['Landgericht Nordheim', '2. Zivilkammer', '', ...recipient, 'Nordheim, 04.05.2026', '', 'Verfügung', '',
      'In dem Rechtsstreit Fa. Bergmann gegen Stadt Musterstadt wird Termin bestimmt.', '', 'Der Streitwert wird für das Verfahren vorläufig auf 12.900,00 EUR festgesetzt.']);
    expect(fields.amount).toBeUndefined();
  });
  it('takes a grant ceiling set off on its own line as the granted sum', () => {
    const fields = fieldsOf(['Landesamt für Denkmalpflege', '', ...recipient, 'Datum: 04.05.2026', '', 'Zuwendungsbescheid Stadtmauer', '', 'Sehr geehrte Damen und Herren,',
      'hiermit bewilligen wir Ihnen für die Sicherung der Stadtmauer einen Zuschuss in Höhe von', '', '            bis zu 9.600,00 EUR', '',
      'Das entspricht 40 % der zuwendungsfähigen Kosten von 24.000,00 EUR.']);
    expect(fields.amount).toBe(9600);
  });
  it('keeps a floor ("mindestens") in a grant notice as a threshold', () => {
    const fields = fieldsOf(['Landesamt für Denkmalpflege', '', ...recipient, 'Datum: 04.05.2026', '', 'Zuwendungsbescheid Stadtmauer', '', 'Sehr geehrte Damen und Herren,',
      'für die Sicherung der Stadtmauer wird eine Zuwendung in Höhe von bis zu', '', '            72.000,00 EUR', '', 'bewilligt.',
      'Der Eigenanteil der Stadt beträgt mindestens 18.000,00 EUR. Der Betrag wird auf Abruf ausgezahlt.']);
    expect(fields.amount).toBe(72000);
  });
  it('still treats "bis zu" as a ceiling outside a grant', () => {
    const fields = fieldsOf(['Landkreis Birkenau', '', ...recipient, 'Datum: 04.05.2026', '', 'Hinweis zur Winterdienstpflicht', '', 'Sehr geehrte Damen und Herren,',
      'Verstöße gegen die Räumpflicht können mit einem Bußgeld in Höhe von', '', '            bis zu 1.000,00 EUR', '', 'geahndet werden.']);
    expect(fields.amount).toBeUndefined();
  });
  it('does not take the credit limits a budget approval names', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Kommunalaufsicht', '', ...recipient, 'Datum: 04.05.2026', '', 'Haushaltssatzung 2027 – Genehmigung', '', 'Sehr geehrte Damen und Herren,',
      'der festgesetzte Gesamtbetrag der Kredite für Investitionen wird in Höhe von 2.300.000 EUR genehmigt.',
      'Der Höchstbetrag der Liquiditätskredite beträgt 5.000.000 EUR.']);
    expect(fields.amount).toBeUndefined();
  });
  it('does not take the reference price an advertisement strikes through', () => {
    const fields = fieldsOf(['Kanzleisoft AG', '', ...recipient, 'Datum: 04.05.2026', '', 'Digitale Akte für Ihre Verwaltung', '', 'Sehr geehrte Damen und Herren,',
      'wer bis Ende Juni bestellt, bekommt die Schulung vor Ort (statt 1.250,00 €) gratis dazu.', 'Preise auf Anfrage.']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('due date', () => {
  it('takes an authority\'s deadline for a report written in the passive', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Kommunalaufsicht', '', ...recipient, 'Datum: 04.05.2026', '', 'Jahresabschluss 2025', '', 'Sehr geehrte Damen und Herren,',
      'ich erwarte, dass mir bis zum 31.08.2026 ein Zwischenstand zur Sanierung der Kläranlage vorgelegt wird.']);
    expect(fields.dueDate).toBe('2026-08-31');
  });
  it('does not take a passive that announces what the writer will send', () => {
    const fields = fieldsOf(['Landkreis Birkenau', 'Kommunalaufsicht', '', ...recipient, 'Datum: 04.05.2026', '', 'Jahresabschluss 2025', '', 'Sehr geehrte Damen und Herren,',
      'wir sagen zu, dass Ihnen bis zum 31.08.2026 unser Prüfbericht übersandt wird.']);
    expect(fields.dueDate).toBeUndefined();
  });
  it('does not take the date by which an offer is to be accepted', () => {
    const fields = fieldsOf(['Reinigung Sauber GmbH', '', ...recipient, 'Datum: 04.05.2026', '', 'Angebot Glasreinigung Rathaus', '', 'Sehr geehrte Damen und Herren,',
      'Gesamtpreis pro Jahr brutto  5.950,00 €', '', 'Bitte schicken Sie uns die Annahmeerklärung bis zum 30.06.2026 unterschrieben zurück.']);
    expect(fields.amount).toBe(5950);
    expect(fields.dueDate).toBeUndefined();
  });
  it('does not take the reply date an invitation asks for', () => {
    const fields = fieldsOf(['Schützenverein Musterstadt e.V.', '', ...recipient, 'Musterstadt, 04.05.2026', '', 'Einladung zum Königsschießen', '', 'Sehr geehrter Herr Bürgermeister,',
      'am Samstag, 20.06.2026, feiern wir unser Schützenfest und laden Sie herzlich ein.', '', 'Wir bitten um Ihre Rückmeldung bis zum 01.06.2026.']);
    expect(fields.dueDate).toBeUndefined();
  });
});

describe('letter date', () => {
  it('dates a form by the date above its "Ort, Datum" caption, not by an event date in its fields', () => {
    const fields = fieldsOf(['Stadt Musterstadt', 'Ordnungsamt', '', 'ANTRAG AUF SONDERNUTZUNG (STRASSENFEST)', '',
      'Veranstalter:   Nachbarschaft Lindenweg', 'Datum: 13.06.2026      Beginn: 15:00 Uhr', 'Ort: Lindenweg 1–20', '',
      'Musterstadt, 11.05.2026                 P. Albrecht', 'Ort, Datum                              Unterschrift']);
    expect(fields.letterDate).toBe('2026-05-11');
  });
  it('reads the caption when OCR turned its O into a zero ("0rt, Datum")', () => {
    const fields = fieldsOf(['Stadt Musterstadt', 'Ordnungsamt', '', 'ANTRAG AUF SONDERNUTZUNG (STRASSENFEST)', '',
      'Veranstalter:   Nachbarschaft Lindenweg', 'Datum: 13.06.2026      Beginn: 15:00 Uhr', '',
      'Musterstadt, 11.05.2026                 P. Albrecht', '0rt, Datum                              Unterschrift']);
    expect(fields.letterDate).toBe('2026-05-11');
  });
});
