// Sender for failure families seen on the dev29/dev30 letters, in own wording: two-column
// letterheads whose text layer runs the logo word or the other column into the name, an authority's
// head or office beside its name, the return line's short form of a name the letterhead spells out,
// and a letter that labels its writer with "Absender:" on a line of its own.
import { describe, expect, it } from 'vitest';
import { fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions: the columns of a line run together, as in a PDF's text. */
const textLayerFields = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const city = ['Stadt Musterstadt', 'Finanzservice', 'Rathausplatz 1', '31100 Musterstadt', ''];
const body = ['Musterstadt, 04.03.2030', '', 'Ihre Anfrage vom 20.02.2030', '', 'Sehr geehrte Damen und Herren,', '', 'wir kommen auf Ihre Anfrage zurück.', '', 'Mit freundlichen Grüßen', '', 'Jana Kolbe'];

describe('sender: a two-column letterhead run together', () => {
  it('drops a logo word before the name the return line gives whole with its legal form', () => {
    const fields = textLayerFields(['FLINK Gerüstbau                   Flink Gerüstbau GmbH', 'Hafenweg 8', '26122 Oldenburg', '',
      'Flink Gerüstbau GmbH · Hafenweg 8 · 26122 Oldenburg', '', ...city, ...body]);
    expect(fields.sender).toBe('Flink Gerüstbau GmbH');
  });

  it('ends the letterhead name at the legal form the return line ends in', () => {
    const fields = textLayerFields(['NORVIA Abrechnungsservice GmbH          Zertifizierter Dienstleister', 'Kaistraße 3, 24103 Kiel   Tel. 0431 55 20 10', '',
      'NORVIA GmbH · Kaistraße 3 · 24103 Kiel', '', ...city, ...body]);
    expect(fields.sender).toBe('NORVIA Abrechnungsservice GmbH');
  });

  it('keeps a word of the name before the return line\'s shorter name', () => {
    const fields = textLayerFields(['Evangelische Stiftung Lindenhof gGmbH', 'seit 1889 · Pflege in Oldenburg', '',
      'Stiftung Lindenhof gGmbH · Lindenweg 4 · 26122 Oldenburg', '', ...city, ...body]);
    expect(fields.sender).toBe('Evangelische Stiftung Lindenhof gGmbH');
  });

  it('keeps a "& Co. KG" after the form', () => {
    const fields = textLayerFields(['Harms Haustechnik GmbH & Co. KG', 'Mühlenweg 2', '26789 Leer', '',
      'Harms Haustechnik GmbH & Co. KG · Mühlenweg 2 · 26789 Leer', '', ...city, ...body]);
    expect(fields.sender).toBe('Harms Haustechnik GmbH & Co. KG');
  });
});

describe("sender: an authority's head or office beside its name", () => {
  it('drops "Der Landrat" run into the name', () => {
    const fields = textLayerFields(['Landkreis Birkenfeld Der Landrat', 'Fachdienst Soziales Schloßplatz 4, 55765 Birkenfeld', '',
      'Landkreis Birkenfeld · Postfach 12 20 · 55762 Birkenfeld', '', ...city, ...body]);
    expect(fields.sender).toBe('Landkreis Birkenfeld');
  });

  it('drops an office line run into the name', () => {
    const fields = textLayerFields(['GEMEINDE ALTENWALD Fachbereich Bürgerdienste', 'Der Bürgermeister', 'Dorfstraße 1, 27478 Altenwald', '',
      'Gemeinde Altenwald · Dorfstraße 1 · 27478 Altenwald', '', ...city, ...body]);
    expect(fields.sender).toBe('Gemeinde Altenwald');
  });
});

describe('sender: the return line abbreviates the name the letterhead spells out', () => {
  it('spells out an acronym and a word cut short', () => {
    const fields = textLayerFields(['Abwasserverband Obere Lahn', '- Körperschaft des öffentlichen Rechts -', '',
      'AV Obere Lahn · Auweg 3 · 35216 Biedenkopf', '', ...city, ...body]);
    expect(fields.sender).toBe('Abwasserverband Obere Lahn');
  });

  it('spells out a hyphenated acronym of a region', () => {
    const fields = textLayerFields(['Landesforsten Schleswig-Holstein', 'Anstalt des öffentlichen Rechts', '',
      'Landesforsten S-H · Postfach 12 · 24768 Rendsburg', '', ...city, ...body]);
    expect(fields.sender).toBe('Landesforsten Schleswig-Holstein');
  });

  it('spells out a dotted abbreviation inside a club name', () => {
    const fields = textLayerFields(['SC Ahlhorn von 1920 e.V.          Vorsitzender: Ole Brandt', 'Sportweg 1, 26197 Ahlhorn', '',
      'SC Ahlhorn v. 1920 e.V., Sportweg 1, 26197 Ahlhorn', '', ...city, ...body]);
    expect(fields.sender).toBe('SC Ahlhorn von 1920 e.V.');
  });

  it('keeps a return line whose name is not short for the letterhead line', () => {
    const fields = textLayerFields(['Malerbetrieb Engelke', 'Meisterbetrieb seit 1985', '',
      'MB Holtkamp · Am Deich 2 · 26721 Emden', '', ...city, ...body]);
    expect(fields.sender).toBe('MB Holtkamp');
  });
});

describe('sender: "Absender:" on a line of its own', () => {
  it('takes the name under the label, never an empty name', () => {
    const fields = textLayerFields(['Absender:', 'Timo Wessels', 'Lindenweg 9', '31100 Musterstadt', '', ...city, ...body]);
    expect(fields.sender).toBe('Timo Wessels');
  });
});
