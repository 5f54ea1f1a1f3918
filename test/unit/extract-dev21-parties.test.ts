// Sender extraction for failure families seen on the dev21/dev22 letters (own wording): legal
// forms of the neighbouring countries (Luxembourg/Swiss "S.à r.l."/"Sàrl", Austrian "OG" and
// "GesmbH") at the foot or in a return line with a foreign postcode; a hotel's classification
// stars after its name; an imprint line under a rule at the bottom edge that the layout left in the
// closing block; a state's legend ("REPUBLIK ÖSTERREICH", "Freistaat …") over the authority that
// writes; a salutation or a subject taken for a citizen's name; a citizen's name and address
// printed at the foot of the page.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Kämmerei', 'Marktplatz 1', '12345 Musterstadt', 'Deutschland', ''];
const body = (closing: string[]) => ['', 'Sehr geehrte Damen und Herren,', '', 'für die erbrachten Leistungen stellen wir Ihnen den folgenden Betrag in Rechnung.', '',
  'Mit freundlichen Grüßen', '', ...closing];

describe('sender: legal forms of the neighbouring countries', () => {
  const brandLetter = (brand: string[], returnLine: string, foot: string) => [...brand, '', returnLine, '', ...recipient, 'RECHNUNG',
    ...body(['Marc Feller', 'Buchhaltung']), ...Array(6).fill(''), foot];
  it('takes a Luxembourg "S.à r.l." from the return line under a brand set in capitals', () => {
    const lines = brandLetter(['NORDLICHT CLOUD', 'hosting for municipalities'], 'Nordlicht Cloud S.à r.l. · 7, rue du Fort · L-2419 Luxembourg',
      'Nordlicht Cloud S.à r.l. · R.C.S. Luxembourg B 123.456 · TVA LU 12345678');
    expect(fieldsOf(lines).sender).toBe('Nordlicht Cloud S.à r.l.');
  });
  it('so a Swiss "Sàrl" from the foot', () => {
    const lines = brandLetter(['ATELIER VERNIER', 'Horlogerie · Restauration'], 'Atelier Vernier Sàrl · Rue du Lac 3 · CH-1400 Yverdon',
      'Atelier Vernier Sàrl · CHE-123.456.789 TVA');
    expect(fieldsOf(lines).sender).toBe('Atelier Vernier Sàrl');
  });
  it('takes an Austrian "OG" whose return line carries a four-digit postcode', () => {
    const lines = brandLetter(['HOFBAUER WIMMER', 'STEUERBERATUNG'], 'Hofbauer Wimmer Steuerberatung OG · Getreidegasse 9 · 5020 Salzburg · Österreich',
      'Hofbauer Wimmer Steuerberatung OG · FN 123456 a · UID ATU 11223344');
    expect(fieldsOf(lines).sender).toBe('Hofbauer Wimmer Steuerberatung OG');
  });
  it('so an Austrian "GesmbH"', () => {
    const lines = brandLetter(['TISCHLEREI PRAXMARER'], 'Tischlerei Praxmarer GesmbH · Dorfstraße 12 · 6460 Imst · Österreich',
      'Tischlerei Praxmarer GesmbH · FN 654321 b · Landesgericht Innsbruck');
    expect(fieldsOf(lines).sender).toBe('Tischlerei Praxmarer GesmbH');
  });
  it('guard: a foot that names another firm leaves the brand', () => {
    const lines = brandLetter(['HOFBAUER WIMMER', 'STEUERBERATUNG'], 'Getreidegasse 9 · 5020 Salzburg · Österreich', 'Salzburger Sparkasse · IBAN AT39 1420 0200 1098 2741');
    expect(fieldsOf(lines).sender).toBe('HOFBAUER WIMMER');
  });
});

describe('sender: a hotel with its stars', () => {
  const letter = (foot: string) => ['GASTHOF ZUM SEEBLICK ★★★S', 'Uferweg 4 · 12399 Seedorf', 'Tel. 04561 2233 · info@seeblick.example', '', ...recipient,
    'Rechnung Nr. 2029/118', ...body(['Ina Brandes', 'Rezeption']), ...Array(6).fill(''), foot];
  it('guard: the legal name at the foot still wins', () => {
    expect(fieldsOf(letter('Gasthof zum Seeblick Brandes GmbH · Amtsgericht Nordheim HRB 4411 · USt-IdNr. DE 123456789')).sender).toBe('Gasthof zum Seeblick Brandes GmbH');
  });
  it('drops the stars where the foot names no legal name', () => {
    expect(fieldsOf(letter('Kreissparkasse Nordheim · IBAN DE02 1203 0000 0000 2020 51')).sender).toBe('GASTHOF ZUM SEEBLICK');
  });
});

describe('sender: an imprint line under a rule at the bottom edge', () => {
  const letter = (foot: string[]) => [...recipient, '', 'Seedorf, 3. April 2029', '', 'Rechnung 29-2211', '', 'Ihr Zeichen: 3.30-KA-2029/004', '',
    'Sehr geehrte Damen und Herren', '', 'wir liefern Ihnen wie bestellt und berechnen:', '', 'Atemschutzmasken, 40 Stück          1.240,00 EUR', '',
    'Zahlbar innert 30 Tagen netto.', '', 'Freundliche Grüsse', '', 'Beat Zwahlen', 'Verkauf', ...Array(8).fill(''), '______________________________________________', ...foot];
  it('takes the firm opening the list line, not the person who signs', () => {
    expect(fieldsOf(letter(['Alpenschutz Technik AG · Gewerbestrasse 5 · CH-3600 Thun · Tel. +41 33 222 11 00', 'UID CHE-111.222.333 MWST'])).sender).toBe('Alpenschutz Technik AG');
  });
  it('guard: a list line without a legal name leaves the signature', () => {
    expect(fieldsOf(letter(['Gewerbestrasse 5 · CH-3600 Thun · Tel. +41 33 222 11 00', 'UID CHE-111.222.333 MWST'])).sender).toBe('Beat Zwahlen');
  });
});

describe('sender: a state legend over the authority', () => {
  const letter = (head: string[]) => [...head, 'Hauptplatz 5 · 9900 Lienz', '', ...recipient, 'Aufforderung zur Stellungnahme', ...body(['Für den Bezirkshauptmann:', 'Mag. Eva Steiner'])];
  it('takes the Bezirkshauptmannschaft under "REPUBLIK ÖSTERREICH"', () => {
    expect(fieldsOf(letter(['REPUBLIK ÖSTERREICH', 'BEZIRKSHAUPTMANNSCHAFT LIENZ'])).sender).toBe('BEZIRKSHAUPTMANNSCHAFT LIENZ');
  });
  it('takes the court under the state legend', () => {
    expect(fieldsOf(letter(['REPUBLIK ÖSTERREICH', 'LANDESGERICHT KLAGENFURT'])).sender).toBe('LANDESGERICHT KLAGENFURT');
  });
  it('so under "Freistaat …"', () => {
    expect(fieldsOf(letter(['Freistaat Thüringen', 'Thüringer Landesverwaltungsamt'])).sender).toBe('Thüringer Landesverwaltungsamt');
  });
  it('guard: a firm that carries a state word in its name stays', () => {
    expect(fieldsOf(letter(['Freistaat Brauerei GmbH', 'Brauerei und Ausschank'])).sender).toBe('Freistaat Brauerei GmbH');
  });
});

describe('sender: no salutation or subject for a citizen name', () => {
  it('leaves a misread salutation over a body line naming a street lamp', () => {
    const lines = ['Stadt Musterstadt', 'Bürgerbüro', 'Marktplatz 1', '12345 Musterstadt', '', '', 'Sebr geehrte Damen und Herren,', '',
      'die Straßenbeleuchtung vor dem Haus Lindenweg 7 ist seit Wochen aus.', 'Bitte lassen Sie das reparieren.', '', 'Mit freundlichen Grüßen', '', 'Herta Olsen', ...Array(24).fill('')];
    expect(fieldsOf(lines).sender).toBe('Herta Olsen');
  });
  it('leaves a dunning title over its invoice line', () => {
    const lines = ['Stadt Musterstadt', 'Bauhof', 'Marktplatz 1', '12345 Musterstadt', '', '', 'Seedorf, 12.03.2029', '', '3. Mahnung', 'Rechnung Nr. 77 vom 02.02.2029', '',
      'Sehr geehrte Damen und Herren,', '', 'die Rechnung ist noch offen. Bitte zahlen Sie 412,00 EUR.', '', 'Mit freundlichen Grüßen', '', 'Glaserei Brandl GmbH', 'i. A. Tom Brandl', ...Array(24).fill('')];
    expect(fieldsOf(lines).sender).toBe('Glaserei Brandl GmbH');
  });
});

describe('sender: a citizen named at the foot', () => {
  const letter = (closing: string, signature: string) => ['Stadt Musterstadt', 'Bürgerbüro', 'Marktplatz 1', '12345 Musterstadt', '', '', 'Sehr geehrte Damen und Herren,', '',
    'am Spielplatz Birkenweg ist die Schaukel seit Wochen kaputt. Bitte reparieren Sie sie.', '', closing, '', signature, '', 'Musterstadt, den 02.04.2029', ...Array(24).fill(''),
    '______________________________________', 'Wilma Sörensen · Birkenweg 22 · 12345 Musterstadt · Tel. 04567 11 22 33'];
  it('takes the foot line where OCR spoiled the closing formula', () => {
    expect(fieldsOf(letter('Freundlicbe Grübe', 'Wilma Sörensen')).sender).toBe('Wilma Sörensen');
  });
  it('guard: the signature wins where the closing is read', () => {
    expect(fieldsOf(letter('Freundliche Grüße', 'Jens Sörensen')).sender).toBe('Jens Sörensen');
  });
});
