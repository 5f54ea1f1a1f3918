// Amount, due date and letter date for failure families seen on the dev17 letters, in own wording:
// a sum the next sentence asks for as "den Betrag" / "den Beitrag", a statute's rates, an objection
// whose act closes after a long relative clause, a fee charged to somebody else, OCR splitting a
// label ("Zahlbet rag") or reading a bracket as a brace; a wished-for answer on the writer's own
// application and the return date of a contract to sign (no deadlines); "Ort, am …" as the letter
// date, and a subject's "bis …" date after umlauts (no letter date). Guards keep what is asked for.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Tiefbauamt', 'Markt 1', '34567 Musterstadt', ''];

describe('amount: the sum a request right after it refers back to', () => {
  it('takes a warning fine offered and then asked for as "den Betrag"', () => {
    const fields = fieldsOf(['Gemeinde Waldau', 'Ordnungsamt', '', ...recipient, 'Datum: 03.03.2028', '', 'Anhörung im Verwarnungsverfahren', '',
      'Sehr geehrte Damen und Herren,', '', 'Ihr Fahrzeug stand am 01.03.2028 im Halteverbot. Hierfür wird Ihnen ein Verwarnungsgeld von 20,00 € angeboten. Sie',
      'nehmen die Verwarnung an, wenn Sie den Betrag binnen einer Woche auf unser Konto bei der Kreissparkasse',
      'überweisen. Andernfalls kommen Gebühren von 28,50 € und Auslagen von 3,50 € hinzu.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(20);
  });
  it('takes the last row of a levy table that "Bitte überweisen Sie den Beitrag" asks for', () => {
    const fields = fieldsOf(['Wasser- und Abwasserzweckverband Aue', '', ...recipient, 'Datum: 04.03.2028', '', 'Bescheid über einen Anschlussbeitrag', '',
      'Sehr geehrte Damen und Herren,', '', 'für Ihr Grundstück Flurstück 12/3 setzen wir den folgenden Beitrag fest:', '',
      'Fläche                    1.200 m²', 'Satz                      2,50 EUR/m²', 'Anschlussbeitrag          3.000,00 EUR', '',
      'Bitte überweisen Sie den Beitrag innerhalb eines Monats auf das genannte Konto.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(3000);
  });
  it('keeps a fine that is only mentioned, with no request after it', () => {
    const fields = fieldsOf(['Jana Bode', 'Lindenweg 2', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 05.03.2028', '', 'Sehr geehrte Damen und Herren,', '',
      'letzte Woche habe ich ein Verwarnungsgeld von 25,00 € erhalten. Ich möchte wissen, warum dort kein Schild steht.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
});

describe('amount: sums no letter asks for', () => {
  it('leaves out the rates a statute sets ("Der Steuersatz beträgt …")', () => {
    const fields = fieldsOf(['Stadt Musterstadt – Steuern – Markt 1 – 34567 Musterstadt', '', 'ANMELDUNG ZUR ZWEITWOHNUNGSSTEUER', '',
      'Name:      Petersen, Ole', 'Wohnung:   Seeblick 4', '',
      'Hinweis: Der Steuersatz beträgt nach der Satzung für Wohnungen bis 60 m² 240,00 €,', 'für größere Wohnungen 360,00 € jährlich. Die Steuer wird durch Bescheid festgesetzt.', '',
      'SEPA-Mandat: Ich ermächtige die Stadt, die Steuer von meinem Konto per Lastschrift einzuziehen.', '',
      'Bitte innerhalb eines Monats zurücksenden.', '', 'Ort, Datum:  Musterstadt, 06.03.2028']);
    expect(fields.amount).toBeUndefined();
  });
  it('leaves out the sum an objection quotes when the act closes after a long relative clause', () => {
    const fields = fieldsOf(['Kanzlei Ritter', 'Bahnhofstraße 1', '34567 Musterstadt', '', ...recipient, 'Datum: 07.03.2028', '', 'Gebührenbescheid vom 20.02.2028', '',
      'Sehr geehrte Damen und Herren,', '', 'namens unserer Mandantin legen wir gegen den Gebührenbescheid vom 20.02.2028, mit dem ihr für das Abschleppen',
      'ihres Fahrzeugs aus der Feuerwehrzufahrt in der Schulstraße am 12.02.2028 nebst Verwahrung auf dem Betriebshof Kosten in Höhe von 2.315,00 EUR',
      'auferlegt worden sind,', '', 'Widerspruch', '', 'ein. Die Begründung folgt nach Akteneinsicht.', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBeUndefined();
  });
  it('leaves out a fee charged to somebody else, keeps a fee whose computation is described', () => {
    const doctor = fieldsOf(['Dr. med. Ina Krause', 'Hauptstraße 9', '34567 Musterstadt', '', ...recipient, 'Musterstadt, 08.03.2028', '', 'Ärztliche Bescheinigung', '',
      'Sehr geehrte Damen und Herren,', '', 'ich bestätige, dass Mia Lorenz nicht geimpft werden kann.',
      'Die Gebühr für die Bescheinigung (GOÄ Nr. 70, 5,36 €) wurde dem Vater gesondert berechnet.', '', 'Mit freundlichen Grüßen']);
    expect(doctor.amount).toBeUndefined();
    const notice = fieldsOf(['Landkreis Aue', 'Ordnungsamt', '', ...recipient, 'Datum: 08.03.2028', '', 'Gebührenbescheid', '', 'Sehr geehrte Damen und Herren,', '',
      'die Gebühr von 45,00 € wurde nach Tarifstelle 3 berechnet und ist bis zum 08.04.2028 zu zahlen.', '', 'Mit freundlichen Grüßen']);
    expect(notice.amount).toBe(45);
  });
});

describe('amount: labels OCR damaged', () => {
  it('reads "Zahlbet rag" as the sum to pay below the gross total', () => {
    const fields = fieldsOf(['Zimmerei Lang', '', ...recipient, 'Datum: 09.03.2028', '', 'Schlussrechnung Nr. 7', '', 'Sehr geehrte Damen und Herren,', '',
      'Summe netto                       10.000,00 EUR', 'zzgl. 19 % USt.                    1.900,00 EUR', 'Rechnungsbetrag brutto            11.900,00 EUR',
      'abzgl. Abschlagszahlung 1         -6.000,00 EUR', 'abzgl. Sicherheitseinbehalt 5 %     -595,00 EUR', 'Zahlbet rag                        5.305,00 EUR', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(5305);
  });
  it('reads a sum spelled out after "{in Worten" as the granted sum', () => {
    const fields = fieldsOf(['Landesamt für Förderung', '', ...recipient, 'Datum: 10.03.2028', '', 'Zuwendungsbescheid', '', 'Sehr geehrte Damen und Herren,', '',
      'hiermit bewillige ich Ihnen eine Zuwendung in Höhe von 50 % der zuwendungsfähigen Ausgaben, höchstens', '120.000,00 Euro',
      '{in Worten: einhundertzwanzigtausend Euro).', '1. Zuwendungsfähige Ausgaben: 240.000,00 Euro (Gesamtausgaben 300.000,00 Euro).', '', 'Mit freundlichen Grüßen']);
    expect(fields.amount).toBe(120000);
  });
});

describe('due date: dates that set the city no deadline', () => {
  it('leaves out the answer an applicant wishes for, keeps the answer a question asks for', () => {
    const application = fieldsOf(['Marktverein Aue e. V.', '', ...recipient, 'Aue, 11. März 2028', '', 'Antrag auf Nutzung des Marktplatzes für ein Frühlingsfest', '',
      'Sehr geehrte Damen und Herren,', '', 'wir beantragen hiermit die Nutzung des Marktplatzes am 20.05.2028.',
      'Für die Vorbereitung wäre eine Antwort bis zum 31.03.2028 sehr hilfreich.', '', 'Mit freundlichen Grüßen']);
    expect(application.dueDate).toBeUndefined();
    const question = fieldsOf(['Redaktion Aue-Bote', '', ...recipient, 'Aue, 11. März 2028', '', 'Presseanfrage Baustelle Schulstraße', '',
      'Sehr geehrte Damen und Herren,', '', 'wie lange bleibt die Schulstraße gesperrt? Für eine Antwort bis zum 15.03.2028 wäre ich dankbar.', '', 'Mit freundlichen Grüßen']);
    expect(question.dueDate).toBe('2028-03-15');
  });
  it('leaves out the return date of a contract to sign, keeps a form to send back', () => {
    const contract = fieldsOf(['Kältetechnik Nord GmbH', '', ...recipient, 'Datum: 12.03.2028', '', 'Wartungsvertrag Klimaanlage Rathaus', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie den Wartungsvertrag in zweifacher Ausfertigung.',
      'Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 31.03.2028 zurück.', '', 'Mit freundlichen Grüßen']);
    expect(contract.dueDate).toBeUndefined();
    const form = fieldsOf(['Landkreis Aue', 'Statistikstelle', '', ...recipient, 'Datum: 12.03.2028', '', 'Erhebung Straßenlängen', '',
      'Sehr geehrte Damen und Herren,', '', 'bitte senden Sie den ausgefüllten Fragebogen bis zum 31.03.2028 zurück.', '', 'Mit freundlichen Grüßen']);
    expect(form.dueDate).toBe('2028-03-31');
  });
});

describe('letter date', () => {
  it('reads "Musterstadt, am 11. März 2028" as the letter date', () => {
    const fields = fieldsOf(['Kirchengemeinde St. Jakobi', 'Kirchplatz 2 · 34567 Musterstadt', '', ...recipient,
      '                                        Musterstadt, am 11. März 2028', '', 'Sehr geehrter Herr Bürgermeister,', '',
      'wir laden Sie herzlich zum Gemeindefest am Sonntag, 09. April 2028, ein.', '', 'Mit herzlichen Grüßen']);
    expect(fields.letterDate).toBe('2028-03-11');
  });
  it('takes no end date of a campaign from a subject with umlauts before it', () => {
    const fields = fieldsOf(['Bürobedarf Krüger GmbH', 'Am Hafen 3 · 14467 Potsdam', '', ...recipient, 'Potsdam, im Februar 2028', '',
      'Frühjahrsangebot für Behörden: Aktenschränke günstiger – nur bis 30.04.2028', '', 'Sehr geehrte Damen und Herren,', '',
      'mit unseren Aktenschränken schaffen Sie Ordnung im Büro. Fordern Sie unseren Katalog an.', '', 'Mit freundlichen Grüßen']);
    expect(fields.letterDate).toBeUndefined();
  });
});
