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
  // The demo config lists »Sondernutzung« as a subject of 3.10.20 (Ordnungsamt).
  { name: 'application special use', type: 'application', department: '3.10.20', text: letter({
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

// Letters for the confusable pairs, written for these tests (not taken from any corpus): each
// pair with several phrasings and layouts, plus letters of the other side of the pair. The same
// letters are also run through `ocrDamage` in classifyConfusions.test.ts.
export interface ConfusionLetter extends TestLetter { pair: string }

const privacyNotice = [
  'Datenschutzhinweise',
  'Wir verarbeiten Ihre personenbezogenen Daten nach Art. 6 Abs. 1 DSGVO. Ihnen steht ein',
  'Widerspruchsrecht gegen die Verarbeitung zu. Sie können sich bei der zuständigen',
  'Aufsichtsbehörde beschweren. Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@example.de.',
].join('\n');

const terms = [
  'Allgemeine Geschäftsbedingungen (Auszug)',
  '§ 1 Alle Angebote sind freibleibend und unverbindlich. Ein Vertrag kommt erst mit unserer Auftragsbestätigung zustande.',
  '§ 2 Rechnungen sind innerhalb von 30 Tagen ohne Abzug zahlbar. Bei Zahlungsverzug berechnen wir Verzugszinsen.',
  '§ 3 Gerichtsstand ist unser Firmensitz.',
].join('\n');

function mail(parts: { head: string[]; to?: string[]; date: string; refs?: string[]; subject: string; greeting?: string; body: string; sign?: string; after?: string }): string {
  return [
    ...parts.head, '', ...(parts.to ?? city), '', ...(parts.refs ?? []), parts.date, '', parts.subject, '',
    parts.greeting ?? 'Sehr geehrte Damen und Herren,', '', parts.body, '', 'Mit freundlichen Grüßen', '', parts.sign ?? 'M. Hoffmann',
    ...(parts.after ? ['', parts.after] : []),
  ].join('\n');
}

const bussgeldstelle = ['Landkreis Oberhavel · Der Landrat · Bußgeldstelle', 'Adolf-Dietrich-Str. 4', '16515 Oranienburg'];

export const CONFUSION_LETTERS: ConfusionLetter[] = [
  // fine ↔ objection: a hearing or witness form names the Einspruch only in its instructions
  { pair: 'fine/objection', name: 'witness form to the city as vehicle keeper', type: 'fine', department: '3.10.20', text: mail({
    head: bussgeldstelle, refs: ['Aktenzeichen: 702.118843.1'], date: 'Oranienburg, 14.05.2024', subject: 'Zeugenfragebogen – Verkehrsordnungswidrigkeit',
    body: 'mit dem auf Sie zugelassenen Fahrzeug OHV-ST 214 wurde am 02.05.2024 um 07:42 Uhr auf der B 96 die zulässige Höchstgeschwindigkeit um 23 km/h überschritten.\nDa der Fahrer nicht ermittelt werden konnte, bitten wir Sie als Halterin, uns die Personalien des Fahrzeugführers binnen einer Woche mitzuteilen.\nHinweis: Gegen einen später ergehenden Bußgeldbescheid kann der Betroffene innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.' }) },
  { pair: 'fine/objection', name: 'hearing form about a company car', type: 'fine', department: '3.10.20', text: mail({
    head: ['Stadt Falkensee · Ordnungsamt · Bußgeldstelle', 'Poststr. 31', '14612 Falkensee'], refs: ['Az.: OWi 2024/33817'], date: '22.07.2024', subject: 'Anhörung zu einer Ordnungswidrigkeit',
    body: 'Ihnen wird zur Last gelegt, am 11.07.2024 mit dem Kfz MU-SV 88 im eingeschränkten Halteverbot geparkt zu haben (§ 12 StVO).\nSie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern.\nEin Einspruch ist erst gegen den Bußgeldbescheid möglich; dieser Bogen ist kein Bescheid.' }) },
  { pair: 'fine/objection', name: 'citizen answers a hearing and disputes it', type: 'fine', department: '3.10.20', text: mail({
    head: ['Rainer Voss', 'Kiefernweg 17', '12347 Musterstadt'], refs: ['Ihr Zeichen: 3.10.20-OWi-7731/24'], date: 'Musterstadt, 05.08.2024', subject: 'Anhörung im Bußgeldverfahren – meine Stellungnahme',
    body: 'zu dem mir zur Last gelegten Parkverstoß vom 28.07.2024 äußere ich mich wie folgt: Ich widerspreche dem Vorwurf. Das Fahrzeug stand auf meinem eigenen Stellplatz, ein Foto lege ich bei.\nIch bitte, das Verfahren einzustellen.', sign: 'Rainer Voss', after: privacyNotice }) },
  { pair: 'fine/objection', name: 'caution money offer with payment slip', type: 'fine', department: '3.10.20', text: mail({
    head: ['Zentraler Bußgelddienst', 'Postfach 11 22', '39001 Magdeburg'], refs: ['Kassenzeichen: 55 2024 188 31'], date: '03.09.2024', subject: 'Verwarnung mit Verwarnungsgeld',
    body: 'am 21.08.2024 wurde festgestellt, dass das Fahrzeug MU-KL 501 (Halter: Stadt Musterstadt) ohne gültigen Parkschein abgestellt war.\nWegen dieser Ordnungswidrigkeit wird Ihnen ein Verwarnungsgeld von 30,00 € angeboten. Zahlen Sie bitte innerhalb einer Woche.\nZahlen Sie nicht, wird ein Bußgeldverfahren eingeleitet. Gegen den Bußgeldbescheid kann dann Einspruch erhoben werden.' }) },
  { pair: 'fine/objection', name: 'objection against a fine notice (the other side)', type: 'objection', department: null, text: mail({
    head: ['Sabine Krüger', 'Ahornallee 2', '12349 Musterstadt'], date: '18.09.2024', subject: 'Einspruch gegen den Bußgeldbescheid vom 09.09.2024',
    body: 'gegen den o. g. Bußgeldbescheid lege ich hiermit Einspruch ein. Die Messung ist fehlerhaft, ich beantrage Einsicht in die Messakte.', sign: 'Sabine Krüger' }) },

  // social ↔ application: an Antrag about social benefits is social data
  { pair: 'social/application', name: 'integration assistance for a child', type: 'social', department: null, text: mail({
    head: ['Familie Öztürk', 'Brunnenstr. 9', '12345 Musterstadt'], date: '12.02.2024', subject: 'Antrag auf Eingliederungshilfe für unseren Sohn Emir',
    body: 'wir beantragen für unseren Sohn (8 Jahre) Leistungen der Eingliederungshilfe in Form einer Schulbegleitung. Das Gutachten des SPZ sowie den Bescheid über die Schwerbehinderung fügen wir bei.' }) },
  { pair: 'social/application', name: 'nursing care assistance for a mother', type: 'social', department: '5.10', text: mail({
    head: ['Gisela Brandt', 'Seeweg 3', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Sozialamt', 'Postfach 10 20 30', '12345 Musterstadt'], date: '20.03.2024', subject: 'Antrag auf Hilfe zur Pflege',
    body: 'meine Mutter lebt seit Januar im Pflegeheim. Ihre Rente und das Pflegegeld reichen für die Heimkosten nicht aus. Ich beantrage daher in ihrem Namen die Übernahme der ungedeckten Kosten. Vollmacht und Kontoauszüge liegen bei.' }) },
  { pair: 'social/application', name: 'child day care fee waiver', type: 'social', department: null, text: mail({
    head: ['Tanja Wolff', 'Lindenring 44', '12345 Musterstadt'], date: '02.08.2024', subject: 'Antrag auf Ermäßigung des Elternbeitrags',
    body: 'ich bin alleinerziehend und beziehe Bürgergeld. Ich beantrage, den Elternbeitrag für die Kita Sonnenblume zu erlassen. Den aktuellen Leistungsbescheid des Jobcenters füge ich bei.' }) },
  { pair: 'social/application', name: 'housing benefit, short', type: 'social', department: null, text: mail({
    head: ['Erwin Maaß', 'Am Wall 1', '12345 Musterstadt'], date: '09.01.2024', subject: 'Wohngeldantrag',
    body: 'beiliegend erhalten Sie meinen ausgefüllten Antrag auf Mietzuschuss mit Mietbescheinigung und Einkommensnachweisen meines Haushalts.' }) },
  { pair: 'social/application', name: 'basic income support', type: 'social', department: null, text: mail({
    head: ['Horst Lehmann', 'Bergstr. 5', '12345 Musterstadt'], date: '15.04.2024', subject: 'Antrag auf Grundsicherung im Alter und bei Erwerbsminderung',
    body: 'hiermit stelle ich einen Antrag auf Grundsicherung. Meine Altersrente liegt unter dem Regelsatz. Den Rentenbescheid und meine Kontoauszüge der letzten drei Monate lege ich bei.' }) },
  { pair: 'social/application', name: 'street stall permit (the other side)', type: 'application', department: null, text: mail({
    head: ['Imkerei Sommer', 'Feldweg 2', '12346 Musterstadt'], date: '01.03.2024', subject: 'Antrag auf Erlaubnis für einen Verkaufsstand auf dem Wochenmarkt',
    body: 'ich beantrage einen festen Standplatz (3 m Front) für den Verkauf von Honig an Samstagen von April bis Oktober.' }) },
  { pair: 'social/application', name: 'club grant (the other side)', type: 'application', department: null, text: mail({
    head: ['Chor Harmonie Musterstadt e. V.', 'Kirchgasse 1', '12345 Musterstadt'], date: '10.05.2024', subject: 'Antrag auf einen Zuschuss zum Chorjubiläum',
    body: 'zu unserem 100-jährigen Bestehen planen wir ein Festkonzert. Wir bitten um einen Zuschuss aus Mitteln der Kulturförderung. Kosten- und Finanzierungsplan anbei.' }) },

  // personnel ↔ objection: an employee's matter stays personnel, even with »Widerspruch«
  { pair: 'personnel/objection', name: 'employee objects to a written warning', type: 'personnel', department: '1.10', text: mail({
    head: ['Kerstin Rau', 'Mühlweg 8', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Personalservice', 'Postfach 10 20 30', '12345 Musterstadt'], refs: ['Personalnummer: 20417'], date: '03.06.2024', subject: 'Widerspruch gegen die Abmahnung vom 24.05.2024',
    body: 'der mir erteilten Abmahnung widerspreche ich. Der Vorwurf, ich hätte die Arbeitszeit nicht erfasst, trifft nicht zu. Ich bitte, die Abmahnung aus meiner Personalakte zu entfernen und den Personalrat zu beteiligen.', sign: 'Kerstin Rau' }) },
  { pair: 'personnel/objection', name: 'sick note with a privacy notice', type: 'personnel', department: '1.10', text: mail({
    head: ['Oliver Brandt', 'Hasenweg 2', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Personalservice', 'Postfach 10 20 30', '12345 Musterstadt'], date: '11.11.2024', subject: 'Arbeitsunfähigkeit ab 11.11.2024',
    body: 'leider bin ich erkrankt. Die Bescheinigung meiner Ärztin über die Arbeitsunfähigkeit bis einschließlich 15.11.2024 liegt bei. Meine Vertretung im Bürgerbüro ist informiert.', sign: 'Oliver Brandt', after: privacyNotice }) },
  { pair: 'personnel/objection', name: 'employee objects to a transfer', type: 'personnel', department: '1.10', text: mail({
    head: ['Dirk Salewski', 'Eschenallee 12', '12345 Musterstadt'], refs: ['Personal-Nr. 11873'], date: '19.02.2024', subject: 'Umsetzung in das Bürgeramt – Widerspruch',
    body: 'gegen meine Umsetzung vom Standesamt in das Bürgeramt zum 01.03.2024 erhebe ich Widerspruch. Als Beschäftigter mit Schwerbehinderung hätte die Schwerbehindertenvertretung beteiligt werden müssen.', sign: 'Dirk Salewski' }) },
  { pair: 'personnel/objection', name: 'part-time request', type: 'personnel', department: '1.10', text: mail({
    head: ['Nadine Fuchs', 'Amselstr. 3', '12345 Musterstadt'], to: ['Stadt Musterstadt', 'Personalservice', 'Postfach 10 20 30', '12345 Musterstadt'], date: '07.05.2024', subject: 'Antrag auf Teilzeit nach der Elternzeit',
    body: 'im Anschluss an meine Elternzeit möchte ich ab 01.09.2024 mit 25 Wochenstunden arbeiten. Bitte teilen Sie mir mit, ob die Verteilung auf vier Tage möglich ist. Meine Personalnummer lautet 30552.', sign: 'Nadine Fuchs' }) },
  { pair: 'personnel/objection', name: 'objection against a housing benefit notice (the other side)', type: 'objection', department: null, text: mail({
    head: ['Peter Kranz', 'Nordring 40', '12345 Musterstadt'], date: '30.04.2024', subject: 'Widerspruch gegen den Wohngeldbescheid vom 15.04.2024',
    body: 'gegen den oben genannten Bescheid lege ich Widerspruch ein. Bei der Berechnung wurde das Einkommen meiner Tochter berücksichtigt, obwohl sie ausgezogen ist.', sign: 'Peter Kranz' }) },

  // advertising ↔ invoice/offer: marketing has no business relation and asks for nothing owed
  { pair: 'advertising/invoice', name: 'software ad about e-invoicing', type: 'advertising', department: null, text: mail({
    head: ['KommunalSoft AG', 'Innovationspark 7', '01099 Dresden'], date: 'im Oktober 2024', subject: 'Schluss mit Papierrechnungen: digitale Rechnungsbearbeitung für Ihre Verwaltung',
    body: 'ab 2025 kommt die E-Rechnung auch für Kommunen. Mit unserer Software prüfen und buchen Sie Rechnungen vollautomatisch. Testen Sie 60 Tage kostenlos und unverbindlich – ein Anruf genügt.\nMehr unter www.kommunalsoft.example', sign: 'Ihr Team von KommunalSoft' }) },
  { pair: 'advertising/invoice', name: 'road salt promotion with prices', type: 'advertising', department: null, text: mail({
    head: ['Winterdienst Handel Nord GmbH', 'Hafenstr. 20', '18055 Rostock'], date: 'August 2024', subject: 'Frühbezug Streusalz – jetzt zum Vorteilspreis',
    greeting: 'Guten Tag,', body: 'sichern Sie sich Ihren Vorrat für den kommenden Winter:\nStreusalz lose, je Tonne 79,00 € zzgl. MwSt.\nStreusalz in Säcken à 25 kg, je Palette 410,00 € zzgl. MwSt.\nDieses Angebot gilt nur bei Bestellung bis zum 30.09.2024. Solange der Vorrat reicht.' }) },
  { pair: 'advertising/invoice', name: 'catalogue with discount code', type: 'advertising', department: null, text: mail({
    head: ['Büro & Mehr Versand GmbH', 'Lagerweg 5', '36037 Fulda'], date: '01.02.2024', subject: 'Der neue Frühjahrskatalog ist da',
    greeting: 'Liebe Beschafferinnen und Beschaffer,', body: 'blättern Sie durch über 8.000 Artikel für Büro und Verwaltung. Mit dem Code FRUEHLING24 erhalten Sie 15 % Nachlass auf Ihre nächste Bestellung. Einfach online bestellen oder den QR-Code scannen.' }) },
  { pair: 'advertising/offer', name: 'LED street lighting pitch', type: 'advertising', department: null, text: mail({
    head: ['LichtWerk Kommunal GmbH', 'Am Umspannwerk 3', '44135 Dortmund'], date: '12.06.2024', subject: 'Unser Angebot für Ihre Kommune: bis zu 70 % Energie sparen',
    body: 'viele Städte haben ihre Straßenbeleuchtung bereits auf LED umgestellt und sparen jedes Jahr Tausende Euro. Profitieren auch Sie von Fördermitteln des Bundes. Gerne erstellen wir Ihnen ein unverbindliches Angebot – vereinbaren Sie einfach einen Beratungstermin.' }) },
  { pair: 'advertising/offer', name: 'webinar invitation with fee', type: 'advertising', department: null, text: mail({
    head: ['Akademie für Verwaltungspraxis GmbH', 'Schulstr. 1', '53113 Bonn'], date: '04.03.2024', subject: 'Einladung zum Webinar „Vergaberecht aktuell 2024“',
    body: 'in 90 Minuten erfahren Sie alles Wichtige zu den neuen Schwellenwerten. Teilnahmegebühr 149,00 € zzgl. MwSt. Sichern Sie sich jetzt Ihren Platz – die Plätze sind begrenzt.' }) },
  { pair: 'advertising/offer', name: 'requested offer (the other side)', type: 'offer', department: '1.20', text: mail({
    head: ['Malerbetrieb Kunze GmbH', 'Werkstr. 4', '12345 Musterstadt'], refs: ['Angebotsnummer: 2024-117'], date: '18.04.2024', subject: 'Ihre Anfrage vom 10.04.2024 – Malerarbeiten Grundschule Nord',
    body: 'vielen Dank für Ihre Anfrage. Für die Malerarbeiten in den Klassenräumen bieten wir Ihnen an:\nPos. 1 Wände streichen, 640 m² à 9,50 € = 6.080,00 €\nPos. 2 Türen lackieren, 12 Stück à 85,00 € = 1.020,00 €\nAngebotssumme netto 7.100,00 €\nAn dieses Angebot halten wir uns bis zum 31.05.2024 gebunden.', after: terms }) },
  { pair: 'advertising/invoice', name: 'real invoice with terms (the other side)', type: 'invoice', department: '1.40', text: mail({
    head: ['Kopiertechnik Hansen KG', 'Gewerbering 9', '24103 Kiel'], refs: ['Kundennummer: 88120', 'Rechnungsnummer: 24-4471'], date: '31.05.2024', subject: 'Rechnung Wartung Multifunktionsgeräte Mai 2024',
    body: 'für die Wartung der Geräte im Rathaus berechnen wir:\nWartungspauschale Mai 320,00 €\nKopien 12.400 × 0,01 € 124,00 €\nNettobetrag 444,00 €\n19 % USt 84,36 €\nGesamtbetrag 528,36 €\nBitte überweisen Sie den Betrag bis zum 14.06.2024.', after: terms }) },

  // reminder ↔ invoice: a Mahnung quotes the invoice it is about
  { pair: 'reminder/invoice', name: 'payment reminder with invoice table', type: 'reminder', department: '1.40', text: mail({
    head: ['Getränke Lange GmbH', 'Brauhausstr. 6', '12345 Musterstadt'], refs: ['Kundennummer: 5520'], date: '16.07.2024', subject: 'Zahlungserinnerung',
    body: 'bei der Abstimmung unserer Konten ist uns aufgefallen, dass folgende Rechnung noch nicht beglichen wurde:\nRechnungsnummer 24-0931 Rechnungsdatum 03.06.2024 Betrag 212,80 €\nBitte überweisen Sie den offenen Betrag bis zum 26.07.2024.' }) },
  { pair: 'reminder/invoice', name: 'dunning letter titled with the invoice number', type: 'reminder', department: '1.40', text: mail({
    head: ['Stadtwerke Nordheim GmbH', 'Energieweg 1', '34567 Nordheim'], date: '02.09.2024', subject: 'Rechnung Nr. 7001-2291 vom 01.07.2024',
    body: 'leider haben wir bis heute keinen Zahlungseingang für die oben genannte Rechnung feststellen können. Der Betrag von 1.482,10 € ist seit dem 31.07.2024 überfällig.\nWir berechnen eine Mahngebühr von 5,00 € und bitten um Ausgleich von insgesamt 1.487,10 € innerhalb von 10 Tagen.' }) },
  { pair: 'reminder/invoice', name: 'final demand before collection', type: 'reminder', department: '1.40', text: mail({
    head: ['Containerdienst Petersen', 'Kiesweg 2', '25813 Husum'], date: '20.10.2024', subject: 'Letzte Aufforderung vor Übergabe an das Inkassobüro',
    body: 'trotz unserer Erinnerung vom 30.09.2024 ist der Rechnungsbetrag über 893,00 € weiterhin offen. Sollte der Betrag nicht bis zum 30.10.2024 bei uns eingehen, geben wir die Forderung ohne weitere Ankündigung ab.' }) },
  { pair: 'reminder/invoice', name: 'invoice with late-payment clause (the other side)', type: 'invoice', department: '1.40', text: mail({
    head: ['Gärtnerei Blum', 'Rosenstr. 5', '12345 Musterstadt'], refs: ['Rechnungs-Nr.: 2024-0311'], date: '11.03.2024', subject: 'Rechnung',
    body: 'für die Bepflanzung der Verkehrsinseln im März berechnen wir:\nPflanzen und Material 1.150,00 €\nArbeitsleistung 18 Std. 990,00 €\nGesamtbetrag netto 2.140,00 €, zzgl. 19 % MwSt. 406,60 €, Rechnungsbetrag 2.546,60 €\nZahlbar innerhalb von 14 Tagen. Bei Zahlungsverzug erheben wir Mahngebühren und Verzugszinsen.' }) },

  // notice ↔ objection/tax: who writes decides
  { pair: 'notice/objection', name: 'citizen asks about his tax notice', type: 'tax', department: '1.50', text: mail({
    head: ['Bernd Schulze', 'Talweg 4', '12345 Musterstadt'], refs: ['Kassenzeichen: 4.112.3381.7'], date: '04.04.2024', subject: 'Frage zum Grundsteuerbescheid 2024',
    body: 'in meinem Bescheid ist die Fläche meines Gartens doppelt berücksichtigt. Können Sie die Festsetzung bitte prüfen und mir kurz Bescheid geben?', sign: 'Bernd Schulze' }) },
  { pair: 'notice/objection', name: 'district office grants a subsidy', type: 'notice', department: null, text: mail({
    head: ['Landkreis Musterland · Der Landrat', 'Kreishaus, Am Schloss 1', '12350 Kreisstadt'], refs: ['Unser Zeichen: 61.2-ZW-2024-18'], date: '22.05.2024', subject: 'Zuwendung für die Sanierung des Dorfgemeinschaftshauses',
    body: 'auf Ihren Antrag vom 15.02.2024 bewillige ich Ihnen eine Zuwendung in Höhe von 45.000,00 € als Festbetragsfinanzierung. Die Nebenbestimmungen sind Bestandteil dieses Bescheides.\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.' }) },
];

/** Deterministic OCR-like damage of a text (own, simple): swaps typical look-alikes. */
export function ocrDamage(text: string, seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => { state = (state * 48271) % 2147483647; return state / 2147483647; };
  const swaps: Record<string, string> = { e: 'c', n: 'u', i: 'l', l: '1', o: '0', ü: 'ii', ä: 'a', ö: 'o', ß: 'B', g: 'q', h: 'b', m: 'rn', S: '5' };
  let out = '';
  for (const char of text) out += swaps[char] !== undefined && next() < 0.03 ? swaps[char] : char;
  return out;
}
