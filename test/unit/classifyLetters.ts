// Test letters for the classifier, written for these tests (with typical OCR damage). Not a
// *.test.ts file itself: classify.test.ts and model.test.ts share it.
import type { DocumentType } from '../../electron/contract/domain.ts';

export interface TestLetter { name: string; type: DocumentType; department: string | null; text: string }

const city = ['Stadt Musterstadt', 'Postfach 10 20 30', '12345 Musterstadt'];

function letter(parts: { head: string[]; to?: string[]; date: string; refs?: string[]; subject: string; body: string; sign?: string }): string {
  return [
    ...parts.head, '', ...(parts.to ?? city), '', parts.date, ...(parts.refs ?? []), '', parts.subject, '',
    'Sehr geehrte Damen und Herren,', '', parts.body, '', 'Mit freundlichen Grüßen', '', parts.sign ?? 'K. Berger',
  ].join('\n');
}

export const TEST_LETTERS: TestLetter[] = [
  { name: 'invoice supplier', type: 'invoice', department: '1.40', text: letter({
    head: ['Elektro Sommer GmbH · Hafenweg 4 · 23456 Ahlbeck'], to: ['Stadt Musterstadt', 'Stadtkasse', 'Postfach 10 20 30', '12345 Musterstadt'],
    date: 'Ahlbeck, 03.04.2024', refs: ['Kundennr.: 7781'], subject: 'Rechnunq Nr. RE-24-0318',
    body: 'für die Reparatur der Beleuchtung in der Turnhalle berechnen wir Ihnen:\nArbeitszeit 6 Std. 390,00 €\nMaterial 112,40 €\nNettobetrag 502,40 €\nzzgl. 19 % USt 95,46 €\nRechnungsbetrag 597,86 €\nZahlbar bis 30.04.2024 ohne Abzug.' }) },
  { name: 'credit note', type: 'invoice', department: '1.40', text: letter({
    head: ['Bürobedarf Nord KG', 'Kieler Str. 80', '24100 Kiel'], date: 'Kiel, 5. März 2024', subject: 'Gutschrift Nr. 5521',
    body: 'für die zurückgesandten Toner schreiben wir Ihnen gut:\nGutschriftsbetrag brutto 214,20 EUR\nDer Betrag wird mit der nächsten Rechnung verrechnet.' }) },
  { name: 'reminder', type: 'reminder', department: '1.40', text: letter({
    head: ['Abfallentsorgung Weber GmbH · Ringstr. 2 · 34567 Talheim'], date: '12.O4.2024', refs: ['Kundennummer: 44120'], subject: '2. Mahnunq',
    body: 'leider konnten wir zu unserer Rechnung Nr. 2024-118 vom 01.02.2024 bis heute keinen Zahlungseingang feststellen.\nOffener Betrag 1.190,00 €\nMahngebühr 10,00 €\nzu zahlender Betrag 1.200,00 €\nBitte überweisen Sie den Betrag innerhalb von 7 Tagen.' }) },
  { name: 'payment reminder friendly', type: 'reminder', department: '1.40', text: letter({
    head: ['Druckerei Lindner', 'Am Markt 3', '45678 Bergen'], date: 'Bergen, den 20.03.2024', subject: 'Zahlungserinnerung',
    body: 'sicherlich haben Sie in der Hektik des Alltags übersehen, dass unsere Rechnung vom 15.02.2024 über 345,10 € noch offen ist. Wir bitten um Ausgleich bis zum 31.03.2024.' }) },
  { name: 'tax dog', type: 'tax', department: '1.50', text: letter({
    head: ['Petra Jansen', 'Lindenallee 7', '12345 Musterstadt'], date: 'Musterstadt, 02.02.2024', refs: ['Kassenzeichen: 5.0312.4471.2'], subject: 'Abmeldung Hundesteuer',
    body: 'unser Hund Bello ist am 20.01.2024 verstorben. Ich bitte daher um Abmeldung von der Hundesteuer ab Februar und lege die Steuermarke bei.', sign: 'Petra Jansen' }) },
  { name: 'tax adviser', type: 'tax', department: '1.50', text: letter({
    head: ['Steuerberatung Krüger & Partner mbB · Domplatz 1 · 56789 Hallstadt'], date: '14.03.2024', refs: ['Unser Zeichen: KR/mü 2024-77'], subject: 'Gewerbesteuer 2023 – Antrag auf Herabsetzung der Vorauszahlungen',
    body: 'namens und in Vollmacht unserer Mandantin, der Bäckerei Roth GmbH, beantragen wir, die Gewerbesteuer-Vorauszahlungen ab dem 2. Quartal auf 0,00 € herabzusetzen, da der Gewerbeertrag deutlich gesunken ist.' }) },
  { name: 'notice finanzamt', type: 'notice', department: '1.50', text: letter({
    head: ['Finanzamt Hallstadt', 'Steuerstr. 1', '56789 Hallstadt'], date: 'Datum: 08.03.2024', refs: ['Steuernummer: 123/456/78901'], subject: 'Bescheid über den Gewerbesteuermessbetrag für 2022',
    body: 'Der Steuermessbetrag wird festgesetzt auf 1.250,00 €. Der Bescheid wird der Gemeinde mitgeteilt.\nRechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch gegeben. Er ist innerhalb eines Monats nach Bekanntgabe einzulegen.' }) },
  { name: 'notice pension insurance', type: 'notice', department: '1.10', text: letter({
    head: ['Deutsche Rentenversicherung Bund', '10704 Berlin'], to: ['Stadt Musterstadt', 'Personalservice', 'Postfach 10 20 30', '12345 Musterstadt'], date: '11.04.2024', refs: ['Unser Zeichen: BP 4471-22'], subject: 'Bescheid nach Betriebsprüfung gemäß § 28p SGB IV',
    body: 'aufgrund der Prüfung wird eine Nachforderung in Höhe von 812,44 € festgesetzt.\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.' }) },
  { name: 'objection', type: 'objection', department: '1.50', text: letter({
    head: ['Hans Albers', 'Birkenweg 12', '12345 Musterstadt'], date: 'Musterstadt, 18.03.2024', refs: ['Aktenzeichen: 1.50-GrSt-2024/117'], subject: 'Widersprudh gegen den Grundsteuerbescheid vom 01.03.2024',
    body: 'hiermit lege ich gegen den oben genannten Bescheid fristgerecht Widerspruch ein. Die zugrunde gelegte Fläche ist falsch. Ich beantrage die Aussetzung der Vollziehung.', sign: 'Hans Albers' }) },
  { name: 'objection without code', type: 'objection', department: null, text: letter({
    head: ['Rechtsanwälte Dr. Hoff & Kollegen · Schlossstr. 9 · 12345 Musterstadt'], date: '22.04.2024', subject: 'Ihr Bescheid vom 10.04.2024 – Einspruch',
    body: 'namens unseres Mandanten erheben wir gegen den Bescheid Einspruch. Die Begründung reichen wir nach Akteneinsicht nach.' }) },
  { name: 'application special use', type: 'application', department: null, text: letter({
    head: ['Café Sonnenschein', 'Marktplatz 2', '12345 Musterstadt'], date: '02.05.2024', subject: 'Antrag auf Sondernutzungserlaubnis für Außengastronomie',
    body: 'hiermit beantrage ich die Erlaubnis, vom 01.06. bis 30.09.2024 vier Tische und acht Stühle auf dem Gehweg vor meinem Café aufzustellen. Eine Skizze liegt bei.' }) },
  { name: 'application tree', type: 'application', department: '9.50.30', text: letter({
    head: ['Familie Roth', 'Ulmenweg 3', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Bauhof / Grünflächen', 'Postfach 10 20 30', '12345 Musterstadt'], date: '04.03.2024', subject: 'Antrag auf Fällung einer Kastanie',
    body: 'die Kastanie auf unserem Grundstück ist stark geschädigt. Wir bitten um Genehmigung der Fällung.' }) },
  { name: 'fine hearing', type: 'fine', department: '3.10.20', text: letter({
    head: ['Thomas Klein', 'Heideweg 8', '98765 Dorfen'], date: 'Dorfen, 10.04.2024', refs: ['Aktenzeichen: 3.10.20-OWi-2024-5512'], subject: 'Anhörungsboqen – Stellungnahme',
    body: 'zu dem Vorwurf, am 12.03.2024 die zulässige Höchstgeschwindigkeit überschritten zu haben, nehme ich wie folgt Stellung: Ich war zur Tatzeit nicht Fahrer des Fahrzeugs.' }) },
  { name: 'court summons', type: 'court', department: '1.30', text: letter({
    head: ['Amtsgericht Musterstadt', 'Justizplatz 1', '12345 Musterstadt'], date: '15.04.2024', refs: ['Aktenzeichen: 4 C 231/24'], subject: 'Ladung zum Termin zur mündlichen Verhandlung',
    body: 'In dem Rechtsstreit Meyer ./. Stadt Musterstadt werden Sie zum Termin am 14.05.2024, 10:00 Uhr, Saal 2, geladen.', sign: 'Schulz, Justizbeschäftigte' }) },
  { name: 'court payment order', type: 'court', department: '1.30', text: letter({
    head: ['Amtsgericht Hünfeld - Zentrales Mahngericht -'], date: '05.03.2024', refs: ['Geschäftsnummer: 24-1234567-0-3'], subject: 'Mahnbescheid',
    body: 'Antragsteller: Inkasso Nord GmbH. Antragsgegner: Stadt Musterstadt. Hauptforderung 1.200,00 €. Zustellung am 05.03.2024.' }) },
  { name: 'job application', type: 'job-application', department: '1.10', text: letter({
    head: ['Laura Schmidt', 'Rosenstr. 4', '23456 Ahlbeck'], date: 'Ahlbeck, 01.03.2024', subject: 'Bewerbunq als Verwaltungsfachangestellte (Kennziffer 14/2024)',
    body: 'mit großem Interesse habe ich Ihre Stellenausschreibung gelesen. Im Anhang finden Sie meinen Lebenslauf und meine Zeugnisse. Über eine Einladung zum Vorstellungsgespräch freue ich mich.', sign: 'Laura Schmidt' }) },
  { name: 'sick note', type: 'personnel', department: '1.10', text: letter({
    head: ['Jan Peters', 'Eichenweg 1', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Personalservice', 'Postfach 10 20 30', '12345 Musterstadt'], date: '07.03.2024', refs: ['Personalnummer: 004711'], subject: 'Krankmeldunq',
    body: 'anbei übersende ich die Arbeitsunfähigkeitsbescheinigung meines Hausarztes. Ich bin voraussichtlich bis 15.03.2024 arbeitsunfähig.', sign: 'Jan Peters' }) },
  { name: 'medical attest', type: 'medical', department: '5.30', text: letter({
    head: ['Praxis Dr. med. Anna Vogt · Fachärztin für Allgemeinmedizin · Bahnhofstr. 2 · 12345 Musterstadt'], date: '09.04.2024', subject: 'Ärztliches Attest',
    body: 'Frau Maria Lange, geb. 03.05.1961, befindet sich in meiner Behandlung. Diagnose: J45.9 Asthma bronchiale. Aus medizinischen Gründen ist ihr das Tragen schwerer Lasten nicht möglich.' }) },
  { name: 'ifsg report', type: 'medical', department: '5.30', text: letter({
    head: ['Kita Regenbogen', 'Spielweg 5', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Gesundheitsamt', 'Postfach 10 20 30', '12345 Musterstadt'], date: '12.02.2024', subject: 'Meldung nach § 34 IfSG',
    body: 'in unserer Einrichtung sind seit dem 10.02.2024 sechs Kinder an Durchfall erkrankt. Bei einem Kind wurde Norovirus nachgewiesen.' }) },
  { name: 'social housing benefit', type: 'social', department: '5.10', text: letter({
    head: ['Erika Busch', 'Gartenstr. 19', '12345 Musterstadt'], date: '03.03.2024', subject: 'Wohngeld – Weiterleistungsantrag',
    body: 'anbei übersende ich meinen Antrag auf Weiterleistung des Wohngeldes sowie die Mietbescheinigung und den Rentenbescheid.', sign: 'Erika Busch' }) },
  { name: 'social youth', type: 'social', department: '5.20', text: letter({
    head: ['Diakonie Familienhilfe e. V.', 'Kirchplatz 3', '12345 Musterstadt'], date: '15.03.2024', subject: 'Hilfe zur Erziehung nach § 31 SGB VIII – Jugendamt – Bericht zum Hilfeplangespräch',
    body: 'wir übersenden den Bericht zur sozialpädagogischen Familienhilfe der Familie K. und bitten um Verlängerung der Kostenübernahme.' }) },
  { name: 'building application', type: 'building', department: '6.30', text: letter({
    head: ['Architekturbüro Lang', 'Hauptstr. 40', '12345 Musterstadt'], date: '20.02.2024', subject: 'Bauantrag Neubau Einfamilienhaus, Gemarkung Musterstadt, Flur 4, Flurstück 112',
    body: 'im Auftrag der Bauherren Familie Roth reichen wir die Bauvorlagen in dreifacher Ausfertigung ein.' }) },
  { name: 'neighbour complaint building', type: 'building', department: '6.30', text: letter({
    head: ['Gerd Wolf', 'Amselweg 6', '12345 Musterstadt'], date: '11.04.2024', subject: 'Beschwerde: Anbau auf dem Nachbargrundstück Amselweg 8',
    body: 'mein Nachbar errichtet seit Wochen einen Anbau direkt an der Grundstücksgrenze. Ich bezweifle, dass dafür eine Baugenehmigung vorliegt, und bitte um Prüfung.' }) },
  { name: 'offer', type: 'offer', department: '1.20', text: letter({
    head: ['Gartenbau Fink GmbH · Wiesenweg 2 · 12345 Musterstadt'], date: '06.03.2024', refs: ['Angebots-Nr.: A-2024-031'], subject: 'Angebot Pflege der Grünanlagen 2024',
    body: 'vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:\nRasenmähen 12 Durchgänge 4.800,00 €\nHeckenschnitt 1.200,00 €\nAngebotssumme netto 6.000,00 €\nDas Angebot ist gültig bis 30.04.2024. Die Rechnungsstellung erfolgt monatlich.' }) },
  { name: 'advertising', type: 'advertising', department: null, text: letter({
    head: ['OfficeWorld Versand GmbH'], date: 'März 2024', subject: 'Nur für kurze Zeit: 25 % Rabatt auf Bürostühle!',
    body: 'entdecken Sie unsere neue Kollektion ergonomischer Bürostühle. Jetzt bestellen und sparen – gratis Versand ab 50 €. Fordern Sie noch heute unseren Katalog an!' }) },
  { name: 'invitation', type: 'other', department: null, text: letter({
    head: ['Schützenverein Musterstadt 1862 e. V.', 'Am Schießstand 1', '12345 Musterstadt'], date: '01.04.2024', subject: 'Einladung zum Schützenfest',
    body: 'wir laden Sie herzlich zu unserem Schützenfest am 15.06.2024 ein und würden uns freuen, den Oberbürgermeister begrüßen zu dürfen.' }) },
  { name: 'complaint mentioning invoice', type: 'other', department: null, text: letter({
    head: ['Ingrid Maas', 'Lerchenweg 2', '12345 Musterstadt'], date: '10.04.2024', subject: 'Straßenlaterne defekt',
    body: 'die Laterne vor meinem Haus ist seit Wochen defekt. Ihre Rechnung für die Straßenreinigung habe ich erhalten und bezahlt, aber die Straße wird nicht gereinigt. Bitte kümmern Sie sich darum.', sign: 'Ingrid Maas' }) },
];
