// Senders for failure families seen on the dev6…dev15 scans (own wording, invented names): a return
// line that starts with an acronym or a brand whose full name stands elsewhere (the letterhead, the
// closing, the foot of a short page), a street named by an adjective ("Kieler Straße") or a branch,
// office or building ("Niederlassung …", "Justizzentrum") that OCR ran into the name where it lost
// the separator, an owner clause or a profession glued to the name.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { scannedPage } from './scannedPage.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Am Markt 3', '17100 Musterstadt', ''];
const opening = ['Aktenzeichen: 44-2027-118', '', 'Festsetzung der Gebühr', '', 'Sehr geehrte Damen und Herren,', '',
  'wir bitten Sie, den Betrag innerhalb eines Monats zu überweisen.', ''];
const body = [...opening, 'Mit freundlichen Grüßen', '', ...Array(14).fill('')];
const scanned = (rows: string[]) => fieldsOfPages([scannedPage(rows)]).sender;

describe('sender: an acronym or brand with its full name elsewhere', () => {
  it('spells out an acronym whose street, named by an adjective, OCR ran into the return line', () => {
    const rows = ['Landesamt für Forsten und Jagdwesen', 'Dezernat 4 – Jagdrecht', '', 'LFJ Kieler Straße 12 - 17300 Südhausen', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Landesamt für Forsten und Jagdwesen');
  });
  it('spells out an acronym whose office OCR ran into the return line', () => {
    const rows = ['Landesamt für Wasserbau und Küstenschutz', 'Dezernat 3 – Deichbau', '',
      'LWK Regionalbereich Küste - Deichweg 3 - 17300 Südhausen', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Landesamt für Wasserbau und Küstenschutz');
  });
  it('takes the full name an acronym signs with in the closing', () => {
    const rows = ['KVZ', '', 'KVZ Bezirksdirektion Ost - Postfach 12 34 - 17300 Südhausen', '', ...recipient, ...opening,
      'Mit freundlichen Grüßen', 'KVZ', 'Bezirksdirektion Ost', 'KVZ Kommunale Verwertungsgesellschaft für Zeitschriftenrechte',
      'Sitz Südhausen - Vorstand: Dr. Ina Pohl', 'Landesbank Süd - IBAN DE12 3456 7890 1234 5678 90'];
    expect(scanned(rows)).toBe('KVZ Kommunale Verwertungsgesellschaft für Zeitschriftenrechte');
  });
  it('keeps an acronym alone when nothing spells it out, without the office OCR ran into it', () => {
    const rows = ['GEWO', '', 'GEWO Bezirksdirektion Süd - Postfach 3 - 17300 Südhausen', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('GEWO');
  });
  it('takes the name with its legal form an acronym signs with, the letterhead misread', () => {
    const rows = ['Abwasserbetrieb Südtal A0R', 'Anstalt des öffentlichen Rechts', '', 'ABS AOR - Klärwerkstraße 2 - 17300 Südtal', '', ...recipient,
      ...opening, 'Mit freundlichen Grüßen', 'Abwasserbetrieb Südtal AöR', 'Kundenservice', ...Array(6).fill('')];
    expect(scanned(rows)).toBe('Abwasserbetrieb Südtal AöR');
  });
  it('takes the legal name a brand logo stands for at the foot of a short page', () => {
    const lines = ['SOL-VARA', 'Solartechnik · Montage · Wartung', '', 'SOL-VARA · Sonnenweg 3 · 17200 Oststadt', '', ...recipient, ...opening,
      'Mit freundlichen Grüßen', '', 'Timo Brandt', '', 'Solvara Energiesysteme GmbH · Sonnenweg 3 · 17200 Oststadt'];
    expect(fieldsOf(lines).sender).toBe('Solvara Energiesysteme GmbH');
  });
  it('takes a foreign firm’s name with its legal form under its logo', () => {
    const lines = ['KELPWAVE', 'MARINE ANALYTICS', '', 'Kelpwave Analytics, Inc.', '200 Harbor Road, Suite 5', 'Portland, ME 04101, USA', '',
      'INVOICE', '', ...recipient, 'Invoice No.: KW-2027-0114', '', 'Total due USD 1,200.00', '', ...Array(14).fill('')];
    expect(fieldsOf(lines).sender).toBe('Kelpwave Analytics, Inc.');
  });
  it('takes the operator signing under a fax from a function, on a short page', () => {
    const rows = ['Haus Lindenhof', 'Pflegeheim der Altenhilfe Oststadt', '', 'TELEFAX', '', 'An: Stadt Musterstadt – Gesundheitsamt', 'Fax: 03741 806-5399',
      'Von: Heimleitung, Frau Ilse Brandt', 'Datum: 09.12.2027', '', 'Meldung einer Erkrankung', '', 'Sehr geehrte Damen und Herren,', '',
      'wir melden zwei Erkrankungen in unserer Einrichtung.', '', 'Mit freundlichen Grüßen', 'I. Brandt', 'Heimleitung', '',
      'Altenhilfe Oststadt gGmbH - Haus Lindenhof - Lindenweg 4 - 17200 Oststadt'];
    expect(scanned(rows)).toBe('Altenhilfe Oststadt gGmbH');
  });
});

describe('sender: an acronym heading the letterhead', () => {
  it('takes the name under the acronym that abbreviates it', () => {
    const lines = ['LFB', 'Landesbetrieb Forst und Bodenschutz', 'Abteilung Gebühren', '', ...recipient, ...body];
    expect(fieldsOf(lines).sender).toBe('Landesbetrieb Forst und Bodenschutz');
  });
  it('takes the name the acronym signs with at the foot', () => {
    const lines = ['KVN', '', ...recipient, ...opening, 'Mit freundlichen Grüßen', '', 'Ihre Kommunale Versorgungskasse Nordland', '', ...Array(14).fill(''),
      'Kommunale Versorgungskasse Nordland · Kassenweg 2 · 17300 Südhausen'];
    expect(fieldsOf(lines).sender).toBe('Kommunale Versorgungskasse Nordland');
  });
  it('keeps the acronym when the line under it does not spell it out', () => {
    const lines = ['KFM', 'Ihr Partner für saubere Gebäude', '', ...recipient, ...body];
    expect(fieldsOf(lines).sender).toBe('KFM');
  });
});

describe('sender: what OCR ran into the name', () => {
  it('drops a court’s building', () => {
    const rows = ['Sozialgericht Oststadt', '3. Kammer', '', 'Sozialgericht Oststadt Justizzentrum - Am Wall 2 - 17200 Oststadt', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Sozialgericht Oststadt');
  });
  it('drops a firm’s branch in a line above the address', () => {
    const rows = ['NORDSTERN BÜROBEDARF', 'Ihr Partner für Büromaterial', '', 'Nordstern Bürobedarf AG Niederlassung Ost Gewerbepark 7 17200 Oststadt', '',
      ...recipient, 'Rechnung 27-0042', '', 'Gesamtbetrag 410,00 €', '', ...Array(14).fill('')];
    expect(scanned(rows)).toBe('Nordstern Bürobedarf AG');
  });
  it('drops the owner clause glued to the trade name', () => {
    const rows = ['BÄCKEREI', 'LINDHOLM', '', 'Bäckerei Lindholm e.K. Inh. Ole Lindholm - Mühlenweg 2 - 17200 Oststadt', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Bäckerei Lindholm e.K.');
  });
  it('drops a profession before the name and the adjective of the street after it', () => {
    const rows = ['Dr. Jonas Ehlert', 'Notar', '', 'Notar Dr. Jonas Ehlert Hohe Straße 5 - 17200 Oststadt', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Dr. Jonas Ehlert');
  });
  it('takes the doctor over the practice in a line above the address without separators', () => {
    const rows = ['Dr. med. Anke Wolter', 'Fachärztin für Innere Medizin', '', 'Praxis Dr. Wolter Bahnhofstraße 61 17200 Oststadt', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Dr. med. Anke Wolter');
  });
  it('keeps a name that ends in a word like a street adjective when the street is one word', () => {
    const rows = ['Tischlerei Becker', '', 'Tischlerei Becker Hauptstraße 4 - 17200 Oststadt', '', ...recipient, ...body];
    expect(scanned(rows)).toBe('Tischlerei Becker');
  });
});
