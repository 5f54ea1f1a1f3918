// Subjects for failure families seen on the dev33/dev34 letters (own wording): a citizen's Betreff
// block whose last line is the city's file number with a colon and the person concerned after a
// dash, a lawyer's block headed by "Ihr Aktenzeichen …" set apart over the matter, a block whose
// middle line lists two file numbers joined by a comma, and court letters: a title set apart over a
// rubrum named by its court branch ("In dem sozialgerichtlichen Verfahren"), a family court's
// rubrum that names its matter "betreffend …" (no subject), and a short rubrum block "In der
// Verwaltungsrechtssache" / "X ./. Stadt …" / "wegen …" over the salutation (the subject).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Bürgerdienste', 'Marktplatz 1', '17100 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Petra Holm'];
const citizen = ['Petra und Jonas Holm', 'Lindenweg 3', '17100 Musterstadt', ''];

describe('subject: file numbers inside the Betreff block', () => {
  it('keeps the city\'s file number with a colon and the person after a dash as the block\'s last line', () => {
    const lines = [...citizen, ...recipient, '                                   Musterstadt, den 03.02.2026', '',
      'Widerspruch gegen den Gebührenbescheid für die Schulbegleitung vom 20.01.2026',
      'Ihr Aktenzeichen: 5.40-SB-2026-0077 – Schüler: Ole Holm, geb. 04.05.2015', '',
      'Sehr geehrte Damen und Herren,', '', 'gegen den oben genannten Bescheid legen wir Widerspruch ein.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Widerspruch gegen den Gebührenbescheid für die Schulbegleitung vom 20.01.2026 Ihr Aktenzeichen: 5.40-SB-2026-0077 – Schüler: Ole Holm, geb. 04.05.2015');
  });
  it('keeps "Ihr Aktenzeichen …" without a colon set apart over the matter as the head of the block', () => {
    const lines = ['Dr. Frieda Lorenz', 'Rechtsanwältin', 'Hafenstraße 8, 17033 Neustadt', '', ...recipient, '                                   04.02.2026', '', '',
      'Ihr Aktenzeichen 3.10.20-OW-2026-00871', 'Ordnungswidrigkeitenverfahren gegen Frau Maren Kuhl', 'Bußgeldbescheid vom 22.01.2026', '', '',
      'Sehr geehrte Damen und Herren,', '', 'für meine Mandantin lege ich gegen den Bußgeldbescheid Einspruch ein.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Ihr Aktenzeichen 3.10.20-OW-2026-00871 Ordnungswidrigkeitenverfahren gegen Frau Maren Kuhl Bußgeldbescheid vom 22.01.2026');
  });
  it('keeps a middle line of two file numbers joined by a comma between the matter and its "hier:" line', () => {
    const lines = ['Gerd Albers', 'Birkenallee 14 · 19055 Schwerin', '', '', ...recipient, '', 'Schwerin, den 6. Februar 2026', '', '',
      'Hundesteuer meiner Mutter Ilse Albers, Gartenstraße 2', 'Ihr Zeichen 1.50-HSt-2024-0311, Kassenzeichen 4.1180.220931.5', 'hier: Abmeldung des Hundes zum 31.12.2025', '', '',
      'Sehr geehrte Damen und Herren,', '', 'der Hund meiner Mutter ist im Dezember gestorben.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Hundesteuer meiner Mutter Ilse Albers, Gartenstraße 2 Ihr Zeichen 1.50-HSt-2024-0311, Kassenzeichen 4.1180.220931.5 hier: Abmeldung des Hundes zum 31.12.2025');
  });
  it('still leaves out a lone "Ihr Zeichen: …" row glued under a one-line title (guard)', () => {
    const lines = ['Tierpension Ostwind', 'Feldweg 2 · 17100 Musterstadt', '', ...recipient, 'Musterstadt, 12. Januar 2026', '',
      'Sammelrechnung Unterbringung Fundhunde Dezember 2025 – Rechnung Nr. 2025/877', 'Ihr Zeichen: 3.10.20-FH-25', '',
      'Sehr geehrte Frau Bekir,', '', 'für die Unterbringung berechnen wir 412,00 €.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Sammelrechnung Unterbringung Fundhunde Dezember 2025 – Rechnung Nr. 2025/877');
  });
});

describe('subject: court letters', () => {
  const court = ['SOZIALGERICHT NORDHEIM', 'Die Vorsitzende der 4. Kammer', '', 'Sozialgericht Nordheim · Postfach 4 · 17030 Nordheim', '',
    'Stadt Musterstadt', 'Sozialamt', 'Marktplatz 1', '17100 Musterstadt', '', 'Aktenzeichen (bitte stets angeben):   S 4 SO 91/26', 'Datum:                                05.02.2026', ''];
  it('takes the title set apart over a rubrum named by its court branch, not the "wegen" line', () => {
    const lines = [...court, '', 'Zustellung einer Klage', '', '', 'In dem sozialgerichtlichen Verfahren', '', 'Hanna Petersen, Am Teich 4, 17100 Musterstadt',
      '                                                      – Klägerin –', '', 'gegen', '', 'Stadt Musterstadt, vertreten durch den Oberbürgermeister',
      '                                                      – Beklagte –', '', 'wegen Hilfe zur Pflege', '', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie die Klageschrift zur Stellungnahme.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Zustellung einer Klage');
  });
  it('gives a family court\'s rubrum that names its matter "betreffend …" no subject', () => {
    const lines = ['Amtsgericht Nordheim', '- Familiengericht -', '', 'Amtsgericht Nordheim · Gerichtsweg 1 · 17030 Nordheim', '', 'Stadt Musterstadt', 'Jugendamt', 'Marktplatz 1', '17100 Musterstadt',
      '                                         Geschäftsnummer: 12 F 40/26', '                                         Nordheim, 05.02.2026', '', '',
      'In der Familiensache', '', 'betreffend den Umgang mit dem Kind', 'Paul Wendt, geboren am 03.03.2018,', '', 'weitere Beteiligte:',
      '1. Laura Wendt, Seeweg 2, 17100 Musterstadt – Antragstellerin –', '2. Sven Wendt, Bahnhofstraße 9, 17030 Nordheim – Antragsgegner –', '', '',
      'Sehr geehrte Damen und Herren,', '', 'das Jugendamt wird gebeten, bis zum 27.02.2026 zu berichten.', ...closing];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
  it('takes a short rubrum block with the parties on one line and the matter over the salutation', () => {
    const lines = [...court, 'In der Verwaltungsrechtssache', 'Ruth Brammer ./. Stadt Musterstadt', 'wegen Sondernutzungserlaubnis (Café Hafenblick)', '',
      'Sehr geehrte Damen und Herren,', '', 'in der oben bezeichneten Sache erhalten Sie die Klageschrift.', ...closing];
    expect(fieldsOf(lines).subject).toBe('In der Verwaltungsrechtssache Ruth Brammer ./. Stadt Musterstadt wegen Sondernutzungserlaubnis (Café Hafenblick)');
  });
  it('still gives a rubrum of the parties alone, without a matter, no subject (guard)', () => {
    const lines = [...court, 'In dem Rechtsstreit', 'Ruth Brammer ./. Stadt Musterstadt', '',
      'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie eine Abschrift der Klageschrift.', ...closing];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
  it('still takes a title set under a short rubrum over the salutation (guard)', () => {
    const lines = [...court, 'In dem Rechtsstreit', 'Ruth Brammer ./. Stadt Musterstadt', 'wegen Sondernutzungserlaubnis', '', 'Ladung zum Erörterungstermin', '',
      'Sehr geehrte Damen und Herren,', '', 'Sie werden zum Termin am 12.03.2026 geladen.', ...closing];
    expect(fieldsOf(lines).subject).toBe('Ladung zum Erörterungstermin');
  });
});
