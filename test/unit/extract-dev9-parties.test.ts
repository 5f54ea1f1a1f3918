// Field extraction for failure families seen on the dev8/dev9 letters (own wording): a forwarded
// e-mail, names spelled with letters German lacks, a register court in the footer under a logo in
// capitals, a label ("privat:") opening the return line, a notice's capital title under its Betreff
// block, a Betreff line naming a period ("3. Quartal 2026"), an internal memo addressed "An" /
// unit / "im Hause", and a web form's printout with a portal page header and split name fields.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bauhof', 'Marktplatz 1', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen', ''];
/** Blank lines that push what follows to the foot of the page. */
const gap = Array.from({ length: 24 }, () => '');

describe('sender', () => {
  it('takes the original writer of a forwarded e-mail, not the colleague forwarding it', () => {
    const lines = ['Von: Jörg Pahl <j.pahl@musterstadt.de>', 'Gesendet: Dienstag, 3. März 2026 10:02', 'An: Bauhof <bauhof@musterstadt.de>', 'Betreff: WG: Laterne defekt',
      '', 'Hallo zusammen,', '', 'zur Erledigung an euch.', '', 'Viele Grüße', 'Jörg Pahl', '',
      '---------- Weitergeleitete Nachricht ----------', 'Von: Edith Brammer <edith.brammer@web.de>', 'Datum: So., 1. März 2026 um 18:20 Uhr', 'Betreff: Laterne defekt', 'An: <info@musterstadt.de>',
      '', 'Sehr geehrte Damen und Herren,', '', 'die Laterne vor Haus 4 im Birkenweg ist seit einer Woche dunkel.', '', 'Mit freundlichen Grüßen', 'Edith Brammer'];
    expect(fieldsOf(lines).sender).toBe('Edith Brammer');
  });
  it('reads a citizen\'s name spelled with letters German lacks as a name', () => {
    const lines = ['Oğuz Kılıç', 'Birkenweg 4', '17100 Musterstadt', '', ...recipient, 'Musterstadt, 03.03.2026', '', 'Laterne im Birkenweg', '', ...body, 'Oğuz Kılıç'];
    expect(fieldsOf(lines).sender).toBe('Oğuz Kılıç');
  });
  it('takes no register court from the footer for a firm whose letterhead is a logo in capitals', () => {
    const lines = ['PETERS & KRUSE', 'Pflaster mit Verstand', '', ...recipient, 'Musterstadt, 03.03.2026', '', 'Angebot Pflasterarbeiten Lindenallee', '', ...body,
      'Peters & Kruse Tiefbau GmbH', '', 'Jan Peters', ...gap,
      'Peters & Kruse Tiefbau GmbH · Hafenweg 9 · 17100 Musterstadt', 'Amtsgericht Nordheim HRB 5512 · Geschäftsführer: Jan Peters', 'Sparkasse Nordheim · IBAN DE12 1505 0200 0001 2345 67'];
    expect(fieldsOf(lines).sender).toBe('Peters & Kruse Tiefbau GmbH');
  });
  it('takes no label that opens the return line ("privat:") for a name', () => {
    const lines = ['Dr. Konrad Wehling', 'Institut für Landesgeschichte', 'privat: Ulmenweg 5 · 17489 Greifswald', '', ...recipient, 'Greifswald, 03.03.2026', '', 'Vortrag zum Stadtjubiläum', '', ...body, 'Konrad Wehling'];
    expect(fieldsOf(lines).sender).toBe('Dr. Konrad Wehling');
  });
  it('joins the given name and the surname asked on separate lines of a web form', () => {
    const lines = ['Stadt Musterstadt – Bürgerportal            Seite 1 von 2', '', 'Online-Antrag', 'Antrag auf Sondernutzung einer öffentlichen Fläche', '',
      'Eingegangen am: 03.03.2026, 08:15 Uhr', 'Vorgangsnummer: BP-2026-5521', '', '1. Angaben zur antragstellenden Person', 'Anrede: Frau', 'Vorname: Renate', 'Nachname: Kowalewski',
      'Straße, Hausnummer: Birkenweg 4', 'PLZ, Ort: 17100 Musterstadt', '', '2. Angaben zur Nutzung', 'Art: Verkaufsstand', 'Zeitraum: 01.05.2026 bis 31.05.2026'];
    const fields = fieldsOf(lines);
    expect(fields.sender).toBe('Renate Kowalewski');
    expect(fields.subject).toBe('Antrag auf Sondernutzung einer öffentlichen Fläche');
  });
});

describe('subject', () => {
  it('takes the Betreff block over a notice\'s capital title set apart under it', () => {
    const lines = ['Landesamt für Denkmalpflege', 'Schlossstraße 2 · 19053 Schwerin', '', ...recipient, 'Ihr Zeichen: 6.30-DS-2026/04', 'Schwerin, 3. März 2026', '',
      'Sanierung der Stadtmauer am Pulverturm', 'Ihr Antrag vom 12.01.2026', '', 'GENEHMIGUNGSBESCHEID', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Sanierung der Stadtmauer am Pulverturm Ihr Antrag vom 12.01.2026');
  });
  it('keeps a Betreff line that names a period ("3. Quartal 2026"), which is no date', () => {
    const lines = ['Gasversorgung Nordheim GmbH', 'Gasweg 2 · 17300 Nordheim', '', ...recipient, 'Datum: 03.03.2026', '', 'Abschlag 3. Quartal 2026', 'Abnahmestelle Bauhof, Hafenweg 7', '', ...body];
    expect(fieldsOf(lines).subject).toBe('Abschlag 3. Quartal 2026 Abnahmestelle Bauhof, Hafenweg 7');
  });
  it('reads an internal memo addressed "An" / unit / "im Hause" up to its Betreff block', () => {
    const lines = ['Lutz Ehlers', 'Bauhof (9.50.30)', 'Durchwahl -2241', '', 'An', 'Personalservice', 'im Hause', '', 'Musterstadt, 03.03.2026', '',
      'Antrag auf Sonderurlaub', 'Umzug am 20.03.2026', '', ...body, 'Lutz Ehlers'];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Sonderurlaub Umzug am 20.03.2026');
  });
});
