// Composers for business mail: invoices, reminders, offers and advertising.
import type { Block } from '../model.ts';
import { randomCompany, type Trade } from '../people.ts';
import { formatCents, centsToNumber } from '../money.ts';
import { addDays } from '../dates.ts';
import {
  cityRef, date, deadline, earlier, euro, itemTable, para, plainRef, someOf,
  RELATIVE_FROM_LETTER, type Ctx, type Draft, type LineItem,
} from './common.ts';

const ITEMS: Record<Trade, Array<[string, string, number, number]>> = {
  office: [['Kopierpapier A4, 80 g/m², 500 Blatt', 'Pck.', 420, 690], ['Toner schwarz für Multifunktionsgerät', 'Stück', 5900, 14900], ['Ordner breit, blau', 'Stück', 189, 349], ['Kugelschreiber, Druckmechanik', 'Pck.', 450, 990], ['Haftnotizen 76 x 76 mm', 'Pck.', 290, 650], ['Briefumschläge DIN lang mit Fenster', 'Karton', 1890, 3490], ['Hängeregistratur, grün', 'Pck.', 1290, 2490], ['Etiketten für Laserdrucker', 'Pck.', 990, 1990]],
  heating: [['Wartung Gasbrennwertkessel', 'Std.', 6500, 8900], ['Austausch Umwälzpumpe', 'Stück', 28000, 52000], ['Anfahrtspauschale', 'psch.', 3500, 6500], ['Thermostatventil', 'Stück', 1890, 3990], ['Spülung Heizkreis', 'psch.', 18000, 34000], ['Monteurstunde', 'Std.', 5800, 7900], ['Dichtungsmaterial', 'psch.', 900, 2400]],
  electric: [['Prüfung ortsveränderlicher Geräte nach DGUV V3', 'Stück', 350, 690], ['LED-Leuchte 60 x 60 cm', 'Stück', 6900, 12900], ['Elektrikerstunde', 'Std.', 5500, 7800], ['Fehlerstromschutzschalter 40 A', 'Stück', 4200, 8900], ['Kabel NYM-J 3 x 1,5 mm²', 'm', 120, 250], ['Anfahrt', 'psch.', 3000, 5500]],
  it: [['Notebook 14", 16 GB RAM, 512 GB SSD', 'Stück', 79000, 129000], ['Monitor 27", höhenverstellbar', 'Stück', 21900, 34900], ['Dockingstation USB-C', 'Stück', 12900, 21900], ['Einrichtung Arbeitsplatz', 'Std.', 8500, 11900], ['Lizenz Virenschutz, 12 Monate', 'Stück', 2900, 4900], ['Netzwerkswitch 24 Port', 'Stück', 29000, 54000], ['Fernwartung', 'Std.', 7500, 9900]],
  cleaning: [['Unterhaltsreinigung Verwaltungsgebäude', 'Monat', 180000, 420000], ['Glasreinigung', 'm²', 120, 260], ['Grundreinigung Sporthalle', 'psch.', 65000, 140000], ['Sonderreinigung nach Veranstaltung', 'Std.', 3200, 4500], ['Hygieneartikel Nachfüllung', 'psch.', 9000, 24000]],
  print: [['Broschüre A5, 24 Seiten, 4/4-farbig', 'Stück', 45, 120], ['Briefbogen mit Wappen', 'Stück', 8, 19], ['Visitenkarten', 'Stück', 9, 25], ['Plakat A1', 'Stück', 390, 990], ['Satz und Gestaltung', 'Std.', 6500, 8900], ['Faltblatt DIN lang', 'Stück', 12, 35]],
  garden: [['Baumschnitt mit Hubsteiger', 'Std.', 9500, 14500], ['Rasenmahd Grünanlage', 'm²', 8, 25], ['Heckenschnitt', 'lfm', 190, 450], ['Entsorgung Grünschnitt', 't', 4500, 9500], ['Pflanzung Jungbaum inkl. Material', 'Stück', 38000, 69000], ['Wässerung Straßenbäume', 'Std.', 6000, 8500]],
  garage: [['Inspektion nach Herstellervorgabe', 'psch.', 24000, 45000], ['Bremsbeläge vorne', 'Satz', 8900, 16900], ['Reifenwechsel inkl. Wuchten', 'psch.', 6000, 9900], ['Hauptuntersuchung', 'psch.', 13500, 16500], ['Arbeitszeit Mechaniker', 'Std.', 8900, 12900], ['Motoröl 5W-30', 'l', 1290, 2290]],
  civil: [['Asphaltarbeiten Gehweg', 'm²', 4500, 8900], ['Bordstein setzen', 'lfm', 3200, 5900], ['Baustelleneinrichtung', 'psch.', 90000, 240000], ['Verkehrssicherung', 'Tag', 8500, 19500], ['Aushub und Entsorgung Boden', 'm³', 2800, 5400], ['Pflasterarbeiten', 'm²', 5500, 9800]],
  furniture: [['Schreibtisch elektrisch höhenverstellbar', 'Stück', 69000, 119000], ['Bürodrehstuhl', 'Stück', 29000, 59000], ['Aktenschrank abschließbar', 'Stück', 39000, 79000], ['Besprechungstisch', 'Stück', 45000, 99000], ['Montage und Lieferung', 'psch.', 15000, 45000]],
  waste: [['Leerung Container 7 m³', 'Stück', 14000, 26000], ['Entsorgung Sperrmüll', 't', 16000, 29000], ['Aktenvernichtung nach DIN 66399', 'kg', 25, 60], ['Containermiete', 'Tag', 400, 900], ['Transportpauschale', 'psch.', 6500, 12000]],
  software: [['Softwarepflege Finanzverfahren, jährlich', 'Jahr', 420000, 980000], ['Schulung Anwender (Tagessatz)', 'Tag', 95000, 140000], ['Lizenz zusätzlicher Arbeitsplatz', 'Stück', 29000, 69000], ['Anpassung Schnittstelle', 'Std.', 11000, 14500], ['Hosting und Betrieb', 'Monat', 45000, 120000]],
  safety: [['Wartung Feuerlöscher', 'Stück', 690, 1490], ['Prüfung Rauchwarnmelder', 'Stück', 290, 690], ['Austausch Brandschutztür-Schließer', 'Stück', 14000, 29000], ['Prüfung Brandmeldeanlage', 'psch.', 45000, 89000], ['Anfahrt', 'psch.', 3500, 6000]],
};

const BUILDINGS = ['Rathaus', 'Grundschule am Park', 'Bürgerhaus Süd', 'Sporthalle West', 'Stadtbibliothek', 'Kita „Regenbogen“', 'Feuerwache Nord', 'Bauhof', 'Verwaltungsgebäude Markt 3', 'Friedhofskapelle'];

function lineItems(ctx: Ctx, trade: Trade, min: number, max: number): LineItem[] {
  const pool = ITEMS[trade] ?? [['Leistung laut Auftrag', 'psch.', 5000, 50000] as [string, string, number, number]];
  const n = ctx.rng.int(min, max);
  const items: LineItem[] = [];
  for (let i = 0; i < n; i++) {
    const [text, unit, lo, hi] = ctx.rng.pick(pool);
    const qty = unit === 'psch.' || unit === 'Jahr' ? 1 : unit === 'Std.' && ctx.rng.chance(0.4) ? ctx.rng.int(2, 17) / 2 : ctx.rng.int(1, unit === 'Stück' || unit === 'Pck.' ? 40 : 12);
    items.push({ text: i > 0 && ctx.rng.chance(0.15) ? `${text} (${ctx.rng.pick(BUILDINGS)})` : text, qty, unit, unitCents: ctx.rng.int(lo, hi) });
  }
  return items;
}

function invoiceNumber(ctx: Ctx): string {
  const r = ctx.rng;
  const y = ctx.letterDate.slice(0, 4);
  return r.pick([`RE-${y}-${String(r.int(1, 99999)).padStart(5, '0')}`, `${y}/${r.int(100, 9999)}`, `R${y.slice(2)}${r.int(10000, 99999)}`, `${r.int(100000, 999999)}`, `AR ${r.int(1000, 9999)}-${y.slice(2)}`]);
}

/** Invoices usually go to Finanzservice; now and then a department ordered and is named. */
function invoiceAddress(ctx: Ctx, trade: Trade): string | null | undefined {
  const r = ctx.rng.next();
  if (r < 0.35) return null;
  if (r < 0.8) return '1.40';
  if (r < 0.9) return { garden: '9.50.30', civil: '9.50.30', safety: '3.30', cleaning: '9.40.20', heating: '9.40.20' }[trade as string] ?? '1.40';
  return undefined;
}

export function composeInvoice(ctx: Ctx): Draft {
  const r = ctx.rng;
  const trade = r.pick(Object.keys(ITEMS) as Trade[]);
  const sender = randomCompany(r, trade);
  const number = invoiceNumber(ctx);
  const multiPage = r.chance(0.18);
  const items = lineItems(ctx, trade, multiPage ? 26 : 1, multiPage ? 42 : 9);
  const partial = r.chance(0.1);
  const paidCents = partial ? -Math.round(items.reduce((s, it) => s + it.qty * it.unitCents, 0) * 0.5) : 0;
  const table = itemTable(items, trade === 'print' && r.chance(0.3) ? 7 : 19, r.pick(['Rechnungsbetrag', 'Gesamtbetrag', 'Bruttobetrag', 'Endbetrag']),
    partial ? [{ label: `abzüglich Abschlagszahlung vom ${date(ctx, earlier(ctx, 30, 90))}`, cents: paidCents }] : []);
  const due = deadline(ctx, [10, 14, 14, 21, 30, 30], [...RELATIVE_FROM_LETTER, 'zahlbar innerhalb von {n} Tagen ab Rechnungsdatum ohne Abzug']);
  const building = r.pick(BUILDINGS);
  const subject = r.pick([
    `Rechnung Nr. ${number}`, `Rechnung ${number}`, `Rechnung ${number} – ${building}`, `${partial ? 'Schlussrechnung' : 'Rechnung'} Nr. ${number}`,
    `Ihre Bestellung vom ${date(ctx, earlier(ctx, 10, 40))} – Rechnung ${number}`, `RECHNUNG ${number}`, `Rechnung für erbrachte Leistungen – ${building}`,
  ]);
  const opening = r.pick([
    'wir bedanken uns für Ihren Auftrag und berechnen Ihnen folgende Leistungen:',
    'für die erbrachten Leistungen erlauben wir uns, wie folgt zu berechnen:',
    'vereinbarungsgemäß stellen wir Ihnen in Rechnung:',
    `hiermit berechnen wir Ihnen die Lieferung bzw. Leistung für das Objekt ${building}:`,
    'vielen Dank für Ihre Bestellung. Wir erlauben uns, Ihnen folgende Positionen in Rechnung zu stellen:',
    `gemäß Ihrem Auftrag vom ${date(ctx, earlier(ctx, 20, 70))} berechnen wir:`,
  ]);
  const dueSentence = r.pick([
    `Bitte überweisen Sie den Rechnungsbetrag ${due.text} auf unser unten genanntes Konto.`,
    `Der Betrag ist ${due.text} ohne Abzug zur Zahlung fällig.`,
    `Zahlungsziel: ${due.text}.`,
    `Wir bitten um Ausgleich ${due.text} unter Angabe der Rechnungsnummer.`,
  ]);
  const extras = someOf(r, [
    `Leistungszeitraum: ${date(ctx, earlier(ctx, 30, 60))} bis ${date(ctx, earlier(ctx, 1, 20))}.`,
    'Bitte geben Sie bei Zahlung stets die Rechnungsnummer an.',
    'Das Lieferdatum entspricht dem Rechnungsdatum, sofern nicht anders angegeben.',
    'Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.',
    'Für Rückfragen zu dieser Rechnung steht Ihnen unsere Buchhaltung gern zur Verfügung.',
    'Wir danken für die gute Zusammenarbeit.',
  ], 1, 3);
  const body: Block[] = [para(opening), table.block, para(dueSentence), ...extras.map(para)];
  const ourCustomer = `${r.int(10000, 99999)}`;
  const withCityRef = r.chance(0.15);
  const theirRef = withCityRef ? cityRef(ctx, r.pick(['1.40', '9.50.30', '9.40.20', '1.20']), r.pick(['B', 'Best', 'VG'])) : r.chance(0.4) ? plainRef(ctx) : undefined;
  return {
    sender, subject, body, theirRef, addressDept: invoiceAddress(ctx, trade),
    extraInfo: r.pick([
      [['Rechnungsnummer', number], ['Kundennummer', ourCustomer]],
      [['Kunden-Nr.', ourCustomer], ['Rechnungs-Nr.', number]],
      [['Kundennummer', ourCustomer]],
    ]) as Array<[string, string]>,
    showBank: true,
    fields: { amount: centsToNumber(table.payCents), currency: 'EUR', dueDate: due.iso },
    tags: [partial ? 'partial-payment' : '', multiPage ? 'long-table' : ''].filter(Boolean),
  };
}

export function composeReminder(ctx: Ctx): Draft {
  const r = ctx.rng;
  const trade = r.pick(Object.keys(ITEMS) as Trade[]);
  const sender = randomCompany(r, trade);
  const level = r.weighted([[0, 3], [1, 3], [2, 2], [3, 1]] as const);
  const invoices = Array.from({ length: r.weighted([[1, 6], [2, 2], [3, 1]] as const) }, () => {
    const invDate = earlier(ctx, 35, 120);
    return { number: invoiceNumber(ctx), date: invDate, due: addDays(invDate, r.pick([14, 30])), cents: r.int(4500, 980000) };
  });
  const fee = level === 0 ? 0 : r.pick([250, 500, 500, 1000, 1500]);
  const interest = level >= 2 && r.chance(0.5) ? r.int(150, 4800) : 0;
  const open = invoices.reduce((s, i) => s + i.cents, 0);
  const total = open + fee + interest;
  const rows = invoices.map((i) => [i.number, date(ctx, i.date), date(ctx, i.due), formatCents(i.cents)]);
  const totals: Array<{ label: string; value: string; bold?: boolean }> = [{ label: 'Offener Betrag', value: `${formatCents(open)} €` }];
  if (fee) totals.push({ label: 'Mahngebühr', value: `${formatCents(fee)} €` });
  if (interest) totals.push({ label: 'Verzugszinsen', value: `${formatCents(interest)} €` });
  totals.push({ label: r.pick(['Gesamtforderung', 'Zu zahlender Betrag', 'Gesamtbetrag']), value: `${formatCents(total)} €`, bold: true });
  const first = invoices[0];
  const due = deadline(ctx, [7, 10, 14], ['innerhalb von {n} Tagen ab Datum dieses Schreibens', 'binnen {n} Tagen ab dem Datum dieses Schreibens']);
  const title = ['Zahlungserinnerung', '1. Mahnung', '2. Mahnung', 'Letzte Mahnung'][level] ?? 'Mahnung';
  const subject = r.pick([
    title, `${title} – Rechnung Nr. ${first?.number ?? ''}`, `${title}: offene Rechnung vom ${date(ctx, first?.date ?? ctx.letterDate)}`,
    level === 0 ? 'Erinnerung an offene Zahlung' : `${title} – Kundennummer ${r.int(10000, 99999)}`, level === 3 ? 'Letzte Mahnung vor Übergabe an ein Inkassounternehmen' : `${title} / Kontoauszug`,
  ]);
  const opening = level === 0 ? r.pick([
    'sicher haben Sie im Alltagsgeschäft übersehen, dass die folgende Rechnung noch offen ist.',
    'bei der Durchsicht unserer Konten haben wir festgestellt, dass zu folgender Rechnung noch kein Zahlungseingang verbucht ist.',
    'vermutlich ist es Ihrer Aufmerksamkeit entgangen: Die unten aufgeführte Rechnung ist bereits fällig.',
  ]) : r.pick([
    'trotz unserer Zahlungserinnerung konnten wir bis heute keinen Zahlungseingang feststellen.',
    'leider haben Sie auf unsere bisherigen Schreiben nicht reagiert. Folgende Posten sind weiterhin offen:',
    'die nachstehend aufgeführten Rechnungen sind seit längerem fällig und noch nicht beglichen.',
    'wir müssen Sie erneut an die Begleichung folgender Forderung erinnern.',
  ]);
  const body: Block[] = [
    para(opening),
    { kind: 'table', columns: [{ title: 'Rechnung', widthMm: 45, align: 'left' }, { title: 'Rechnungsdatum', widthMm: 35, align: 'left' }, { title: 'fällig seit', widthMm: 35, align: 'left' }, { title: 'Betrag €', widthMm: 50, align: 'right' }], rows, totals },
    para(r.pick([
      `Bitte überweisen Sie den Gesamtbetrag von ${euro(ctx, total)} ${due.text} auf unser Konto.`,
      `Wir bitten Sie, den offenen Betrag ${due.text} auszugleichen.`,
      `Bitte gleichen Sie den Betrag ${due.text} aus, um weitere Kosten zu vermeiden.`,
    ])),
    ...someOf(r, [
      'Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.',
      level >= 2 ? 'Nach Ablauf der Frist werden wir die Forderung ohne weitere Ankündigung gerichtlich geltend machen.' : 'Bei Unstimmigkeiten melden Sie sich bitte umgehend bei uns.',
      'Eine Kopie der Originalrechnung fügen wir diesem Schreiben bei.',
    ], 1, 2).map(para),
  ];
  return {
    sender, subject, body, addressDept: r.chance(0.5) ? null : r.chance(0.8) ? '1.40' : undefined, showBank: true,
    theirRef: r.chance(0.15) ? cityRef(ctx, '1.40', 'Kred') : undefined,
    extraInfo: [['Kundennummer', String(r.int(10000, 99999))]],
    fields: { amount: centsToNumber(total), currency: 'EUR', dueDate: due.iso },
    tags: ['lists-original-invoice', invoices.length > 1 ? 'several-invoices' : ''].filter(Boolean),
  };
}

export function composeOffer(ctx: Ctx): Draft {
  const r = ctx.rng;
  const trade = r.pick(['office', 'it', 'furniture', 'cleaning', 'garden', 'civil', 'software', 'safety', 'print'] as Trade[]);
  const sender = randomCompany(r, trade);
  const kind = r.weighted([['offer', 5], ['confirmation', 2], ['contract', 2]] as const);
  const number = `${kind === 'confirmation' ? 'AB' : 'A'}-${ctx.letterDate.slice(0, 4)}-${r.int(100, 9999)}`;
  const tender = r.chance(0.3);
  const theirRef = tender ? cityRef(ctx, '1.20', r.pick(['VG', 'Vergabe', 'AS'])) : r.chance(0.3) ? plainRef(ctx) : undefined;
  const items = lineItems(ctx, trade, 2, 8);
  const table = itemTable(items, 19, r.pick(['Angebotssumme brutto', 'Gesamtsumme', 'Gesamtbetrag brutto']));
  const subject = kind === 'offer' ? r.pick([
    `Angebot Nr. ${number}`, `Unser Angebot ${number} – ${r.pick(BUILDINGS)}`, tender ? `Angebot zur Ausschreibung ${theirRef ?? ''}` : `Angebot über ${r.pick(['Lieferung', 'Leistungen', 'Wartungsarbeiten'])}`,
    `Ihre Anfrage vom ${date(ctx, earlier(ctx, 5, 30))} – Angebot`, 'Kostenvoranschlag',
  ]) : kind === 'confirmation' ? r.pick([`Auftragsbestätigung ${number}`, `Auftragsbestätigung zu Ihrer Bestellung vom ${date(ctx, earlier(ctx, 2, 15))}`])
    : r.pick(['Wartungsvertrag – Vertragsentwurf zur Unterzeichnung', `Rahmenvertrag Nr. ${number}`, 'Vertragsangebot Servicevereinbarung']);
  const opening = kind === 'offer' ? r.pick([
    'vielen Dank für Ihre Anfrage. Gern unterbreiten wir Ihnen folgendes Angebot:',
    'bezugnehmend auf Ihre Anfrage bieten wir Ihnen freibleibend an:',
    'wir freuen uns über Ihr Interesse und bieten Ihnen die gewünschten Leistungen wie folgt an:',
    tender ? 'hiermit reichen wir fristgerecht unser Angebot zur oben genannten Ausschreibung ein.' : 'anbei erhalten Sie unser Angebot für die besprochenen Arbeiten.',
  ]) : kind === 'confirmation' ? r.pick([
    'wir danken für Ihren Auftrag, den wir wie folgt bestätigen:',
    'hiermit bestätigen wir Ihre Bestellung zu den nachstehenden Konditionen:',
  ]) : r.pick([
    'anbei übersenden wir Ihnen den Entwurf des Wartungsvertrages mit den vereinbarten Leistungen und Preisen:',
    'wie besprochen erhalten Sie unseren Vertragsentwurf. Die Leistungen im Überblick:',
  ]);
  const inPassing = r.chance(0.35);
  const terms = someOf(r, [
    'Alle Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer, soweit nicht anders ausgewiesen.',
    'Die Lieferzeit beträgt ca. drei bis vier Wochen nach Auftragserteilung.',
    'Es gelten unsere Allgemeinen Geschäftsbedingungen.',
    'Wir halten uns an dieses Angebot vier Wochen gebunden.',
    kind === 'contract' ? 'Der Vertrag hat eine Laufzeit von zwei Jahren und verlängert sich jeweils um ein Jahr.' : 'Montage und Inbetriebnahme sind im Preis enthalten.',
    'Für Rückfragen steht Ihnen Ihr Ansprechpartner gern zur Verfügung.',
  ], 2, 4);
  if (inPassing) terms.splice(1, 0, r.pick(['Die Rechnungsstellung erfolgt nach Abnahme der Leistungen.', 'Die Rechnung erhalten Sie nach vollständiger Lieferung.', 'Eine Rechnung folgt nach Abschluss der Arbeiten gesondert.']));
  const body: Block[] = [para(opening), table.block, ...terms.map(para),
    para(kind === 'contract' ? 'Bitte senden Sie uns ein unterschriebenes Exemplar zurück.' : r.pick(['Wir würden uns über Ihren Auftrag freuen.', 'Über eine Auftragserteilung freuen wir uns.', 'Wir freuen uns auf die Zusammenarbeit.']))];
  return {
    sender, subject, body, theirRef, addressDept: r.chance(0.5) ? null : r.chance(0.7) ? '1.20' : undefined,
    showBank: r.chance(0.6),
    extraInfo: [[kind === 'confirmation' ? 'Auftrags-Nr.' : 'Angebots-Nr.', number]],
    fields: { amount: centsToNumber(table.grossCents), currency: 'EUR' },
    tags: [inPassing ? 'mentions-rechnung' : '', tender ? 'tender' : ''].filter(Boolean),
  };
}

export function composeAdvertising(ctx: Ctx): Draft {
  const r = ctx.rng;
  const trade = r.pick(['office', 'it', 'software', 'furniture', 'print', 'safety', 'cleaning'] as Trade[]);
  const sender = randomCompany(r, trade);
  const product = {
    office: 'unser neues Sortiment nachhaltiger Büroartikel', it: 'unsere Managed-Workplace-Lösung für Verwaltungen', software: 'unsere Software für die digitale Aktenführung',
    furniture: 'unsere ergonomischen Arbeitsplatzkonzepte', print: 'unseren Online-Druckservice für Behörden', safety: 'unser Rundum-sorglos-Paket für Brandschutzwartung',
    cleaning: 'unsere zertifizierte Gebäudereinigung',
  }[trade as string] ?? 'unsere Produkte';
  const rechnungAd = r.chance(0.25);
  const seminar = !rechnungAd && r.chance(0.25);
  const subject = rechnungAd ? r.pick(['E-Rechnung leicht gemacht – jetzt umstellen', 'Rechnungen digital verarbeiten: Ihr Weg zur E-Rechnung'])
    : seminar ? r.pick(['Einladung: Praxisseminar Vergaberecht für Kommunen', 'Webinar „Digitale Verwaltung 2026“ – jetzt anmelden', 'Fachtagung Kommunalfinanzen – Frühbucherrabatt'])
      : r.pick([`Exklusiv für Kommunen: ${product.replace(/^unser(e|en)? /, '')}`, 'Nur für kurze Zeit: Sonderkonditionen für öffentliche Auftraggeber', 'Neu im Programm – jetzt kennenlernen', 'Sparen Sie bis zu 30 % bei Ihrer nächsten Bestellung', 'Ihr persönlicher Katalog 2026']);
  const sentences = rechnungAd ? [
    'ab 2025 müssen öffentliche Auftraggeber elektronische Rechnungen empfangen und verarbeiten können.',
    'Mit unserer Lösung lesen Sie XRechnung und ZUGFeRD ohne Medienbruch ein – vom Posteingang bis zur Buchung.',
    'Über 300 Kommunen vertrauen bereits auf unsere Software.',
    'Vereinbaren Sie noch heute eine kostenlose Online-Präsentation.',
  ] : seminar ? [
    'gerne laden wir Sie und Ihre Mitarbeiterinnen und Mitarbeiter zu unserer Veranstaltung ein.',
    'Erfahrene Referentinnen und Referenten aus der Praxis vermitteln aktuelles Wissen kompakt an einem Tag.',
    'Die Teilnehmerzahl ist begrenzt, melden Sie sich daher frühzeitig an.',
    'Das Programm und das Anmeldeformular finden Sie auf unserer Internetseite.',
  ] : [
    `heute möchten wir Ihnen ${product} vorstellen.`,
    r.pick(['Profitieren Sie von unseren Sonderkonditionen für Städte und Gemeinden.', 'Als Kommune erhalten Sie bei uns einen Rabatt von 15 % auf alle Artikel.', 'Testen Sie unser Angebot 30 Tage kostenlos und unverbindlich.']),
    r.pick(['Unsere Beraterinnen und Berater kommen gern zu einem persönlichen Gespräch bei Ihnen vorbei.', 'Fordern Sie noch heute Ihren kostenlosen Katalog an.', 'Besuchen Sie unseren Online-Shop und überzeugen Sie sich selbst.']),
    'Wir freuen uns darauf, von Ihnen zu hören.',
  ];
  const body: Block[] = [para(sentences.slice(0, 2).join(' '))];
  if (r.chance(0.5)) body.push({ kind: 'lines', lines: r.sample(['• persönliche Beratung vor Ort', '• kurze Lieferzeiten', '• Rahmenverträge für Kommunen', '• kostenlose Testphase', '• Service aus der Region', '• klimaneutraler Versand'], 3), gapAfter: true });
  body.push(para(sentences.slice(2).join(' ')));
  if (r.chance(0.3)) body.push(para('Sie möchten keine weiteren Informationen von uns erhalten? Dann genügt eine kurze Nachricht an unseren Kundenservice.'));
  return {
    sender, subject, body, addressDept: r.chance(0.7) ? null : r.pick(['1.40', '1.20', '0.10']),
    salutation: r.pick(['Sehr geehrte Damen und Herren,', 'Liebe Kundinnen und Kunden,', 'Guten Tag,']),
    showBank: false, fields: {},
    tags: [rechnungAd ? 'mentions-rechnung' : '', seminar ? 'seminar' : ''].filter(Boolean),
  };
}

