// Sender extraction for failure families seen on the dev19/dev20 letters (own wording): a person's
// letterhead with a trade after a dash; a person owning a trade name printed at the foot; a mutual
// insurer's "VVaG"; a practice in the return line over its doctor; a comma return line whose name
// ends at its legal form; a form's field value running into the next field; an initial in the
// return line and the full given name in the signature; a letterhead name ending in a number; a
// club's founding year in a damaged letterhead; a registered name at the foot spelling out an
// abbreviation; a return line opening with an adjective street; a department glued to the legal
// form; a form's "Name/Firma:" field; an authority's place on a line of its own.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import type { RecognizedPage } from '../../ocr/types.ts';
import { fieldsOf, org } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Grünflächenamt', 'Am Markt 3', '17100 Musterstadt', ''];
const body = (closing: string[]) => ['', 'Sehr geehrte Damen und Herren,', '', 'für die vereinbarten Arbeiten berechne ich Ihnen den folgenden Betrag.', '',
  'Mit freundlichen Grüßen', '', ...closing, ...Array(12).fill('')];

describe('sender: a person with the trade after a dash', () => {
  const letter = (head: string, signature: string) => [head, 'Lindenhof · Feldweg 9 · 17101 Musterstadt-Ost', 'Tel. 0171 / 22 33 44', '', '', ...recipient,
    'Rechnung über Heckenschnitt', ...body([signature])];
  it('drops "– Gärtnermeister" when the letter is signed by the name alone', () => {
    expect(fieldsOf(letter('Ole Petersen – Gärtnermeister', 'Ole Petersen')).sender).toBe('Ole Petersen');
  });
  it('guard: a name the letter never gives alone keeps its dash part', () => {
    expect(fieldsOf(letter('Ole Petersen – Gärtnermeister', 'O. P.')).sender).toBe('Ole Petersen – Gärtnermeister');
  });
  it('guard: an authority keeps its office after the dash', () => {
    const lines = ['Gemeinde Weststadt – Ordnungsamt', 'Rathausweg 1 · 17200 Weststadt', 'Tel. 0123 77 88', '', '', ...recipient, 'Anhörung im Bußgeldverfahren',
      ...body(['Im Auftrag', 'Gemeinde Weststadt'])];
    expect(fieldsOf(lines).sender).toBe('Gemeinde Weststadt – Ordnungsamt');
  });
});

describe('sender: a person who owns a trade name printed at the foot', () => {
  const letter = (foot: string) => ['MARA LINDQVIST', 'Übersetzungen Schwedisch · Norwegisch', 'Fliederweg 3 · 17100 Musterstadt · mara@example.de', '',
    'M. Lindqvist · Fliederweg 3 · 17100 Musterstadt', '', ...recipient, 'Rechnung', ...body(['Mara Lindqvist']), '--', foot, 'Kreissparkasse · IBAN DE02 1203 0000 0000 2020 51'];
  it('takes "Mara Lindqvist Sprachdienste" over "Inhaberin Mara Lindqvist"', () => {
    expect(fieldsOf(letter('Mara Lindqvist Sprachdienste · Inhaberin Mara Lindqvist · Steuernr. 11/222/33333')).sender).toBe('Mara Lindqvist Sprachdienste');
  });
  it('so where OCR lost the "·" before the owner clause', () => {
    expect(fieldsOf(letter('Mara Lindqvist Sprachdienste Inhaberin Mara Lindqvist · Steuernr. 11/222/33333')).sender).toBe('Mara Lindqvist Sprachdienste');
  });
  it('guard: a foot naming another owner leaves the person', () => {
    expect(fieldsOf(letter('Nordtext Sprachdienste · Inhaber Paul Berger · Steuernr. 11/222/33333')).sender).not.toBe('Nordtext Sprachdienste');
  });
});

describe('sender: a mutual insurer (VVaG)', () => {
  const letter = (form: string) => ['OKV', 'Ostmärkische Kommunal-Versicherung', 'Ihr Versicherer im Land', '', 'OKV · Postfach 12 · 17000 Ostheim', '',
    ...recipient, 'Beitragsrechnung 2029', ...body(['Ostmärkische Kommunal-Versicherung', 'Beitragsservice']),
    `Ostmärkische Kommunal-Versicherung ${form} · Sitz Ostheim · Amtsgericht Ostheim HRB 12`, 'IBAN DE02 1203 0000 0000 2020 51'];
  it('takes the name with "VVaG" from the foot', () => {
    expect(fieldsOf(letter('VVaG')).sender).toBe('Ostmärkische Kommunal-Versicherung VVaG');
  });
  it('so with "VaG"', () => {
    expect(fieldsOf(letter('VaG')).sender).toBe('Ostmärkische Kommunal-Versicherung VaG');
  });
});

describe('sender: a practice in the return line over its doctor', () => {
  const letter = (doctor: string) => ['Kleintierpraxis am Mühlenteich', doctor, 'Fachtierarzt für Kleintiere', '',
    'Mühlenweg 4 · 17100 Musterstadt · Tel. 0123 45 67', '', 'Kleintierpraxis am Mühlenteich · Mühlenweg 4 · 17100 Musterstadt', '',
    ...recipient, 'Rechnung für die Versorgung einer Fundkatze', ...body(['Dr. Lars Wendt'])];
  it('takes the doctor set under the practice name', () => {
    expect(fieldsOf(letter('Dr. med. vet. Lars Wendt')).sender).toBe('Dr. med. vet. Lars Wendt');
  });
  it('guard: a joint practice of two doctors stays the practice', () => {
    expect(fieldsOf(letter('Dr. med. vet. Lars Wendt · Dr. med. vet. Ute Kamp')).sender).toBe('Kleintierpraxis am Mühlenteich');
  });
  it('guard: without a doctor line the practice stays', () => {
    expect(fieldsOf(letter('Tierärztliche Versorgung rund um die Uhr')).sender).toBe('Kleintierpraxis am Mühlenteich');
  });
});

describe('sender: a return line set with commas', () => {
  const letter = (returnLine: string) => ['Kulturkreis Oststadt e.V.', '– Arbeitsgruppe Denkmalpflege –', '', returnLine, '',
    'Stadt Musterstadt', 'Kulturamt', 'Am Markt 3', '17100 Musterstadt', '', 'Antrag auf einen Zuschuss', ...body(['Eva Brandt'])];
  it('ends the name at its legal form, not at the building after the comma', () => {
    expect(fieldsOf(letter('Kulturkreis Oststadt e.V., Altes Pfarrhaus, Kirchgasse 4, 17100 Musterstadt')).sender).toBe('Kulturkreis Oststadt e.V.');
  });
});

describe('sender: a form field running into the next one', () => {
  const letter = (reporter: string) => ['Praxis für Allgemeinmedizin', 'Dr. med. Tobias Rehm', 'Facharzt für Allgemeinmedizin',
    'Bahnhofstraße 8 · 17100 Musterstadt · Tel. 0123 98 76', '', 'An das', 'Gesundheitsamt Musterstadt', 'Fax 0123 45 00', '',
    'MELDUNG NACH § 6 IfSG', 'Verdacht auf Keuchhusten', '', reporter, '', 'Angaben zur betroffenen Person', 'Name, Vorname: Ahrens, Mila', ...Array(10).fill('')];
  it('ends the reporting doctor before "(s. o.)" and the date field', () => {
    expect(fieldsOf(letter('Meldender Arzt: Dr. med. Tobias Rehm (s. o.) Datum: 03.03.2029')).sender).toBe('Dr. med. Tobias Rehm');
  });
  it('guard: a plain field keeps its value', () => {
    expect(fieldsOf(letter('Meldender Arzt: Dr. med. Tobias Rehm')).sender).toBe('Dr. med. Tobias Rehm');
  });
});

describe('sender: an initial in the return line', () => {
  const letter = (signature: string) => ['H E L E N E   W A R D', 'Landschaftsarchitektin', '', 'H. Ward · Deichweg 1 · 17100 Musterstadt', '',
    ...recipient, 'Nachreichung von Unterlagen', ...body([signature, 'Landschaftsarchitektin'])];
  it('takes the full given name the letter is signed with', () => {
    expect(fieldsOf(letter('Helene Ward')).sender).toBe('Helene Ward');
  });
  it('guard: a signature with another surname leaves the initial', () => {
    expect(fieldsOf(letter('Helene Wardell')).sender).toBe('H. Ward');
  });
});

describe('sender: a letterhead name ending in a number', () => {
  const letter = (closing: string) => ['CAFÉ HALLE 7', 'Frühstück · Mittag · Kuchen', 'Hafenstraße 7 · 17100 Musterstadt · 0123 55 66 77', '',
    'An alle Beschäftigten', 'im Rathaus Musterstadt', 'Am Markt 3', '17100 Musterstadt', '', 'Unser neuer Mittagstisch', '', 'Liebe Kolleginnen und Kollegen,', '',
    'ab Montag liefern wir Ihnen das Mittagessen an den Arbeitsplatz.', '', 'Guten Appetit wünscht', closing, ...Array(10).fill('')];
  it('takes "CAFÉ HALLE 7" when the letter names it again', () => {
    expect(fieldsOf(letter('Ihr Team vom Café Halle 7')).sender).toBe('CAFÉ HALLE 7');
  });
});

describe('sender: a club with its founding year in a damaged letterhead', () => {
  // OCR of a text layer with word confidences as a damaged scan gives them.
  const pages = (head: string): RecognizedPage[] => [{ index: 0, width: 2480, height: 3508, confidence: 0.85, source: 'text-layer', rotation: 0, words: [],
    text: [head, 'Handball · Volleyball · Turnen · Yoga', 'Geschäftsstelle: Am Sportpark 1 · l7100 Musterstadt · info@example.de', '',
      `${head} · Am Sportpark 1 · l7100 Musterstadt`, '', ...recipient, 'Antrag auf einen Behindertenparkplatz', ...body(['Kai Moll', 'Vorsitzender'])].join('\n') }];
  const senderOf = (head: string) => extractFields(analyseLetter(pages(head), { organisation: org }), { organisation: org, receivedAt: new Date('2029-03-01') }).fields.sender;
  it('takes "SV Oststadt 1908 e.V.", not the line of its sports', () => {
    expect(senderOf('SV Oststadt 1908 e.V.')).toBe('SV Oststadt 1908 e.V.');
  });
});

describe('sender: the registered name at the foot spells out an abbreviation', () => {
  const letter = (head: string, foot: string) => [head, 'Handball · Schwimmen · Turnen', '', `${head} · Sportweg 2 · 17100 Musterstadt`, '',
    ...recipient, 'Antrag auf Sportförderung', ...body(['Jan Stolle', 'Vorsitzender']), foot, 'Volksbank · IBAN DE02 1203 0000 0000 2020 51'];
  it('takes "Turn- und Sportverein Weststadt von 1899 e.V." for "TSV Weststadt von 1899 e.V."', () => {
    expect(fieldsOf(letter('TSV Weststadt von 1899 e.V.', 'Turn- und Sportverein Weststadt von 1899 e.V. · Amtsgericht Oststadt VR 77')).sender)
      .toBe('Turn- und Sportverein Weststadt von 1899 e.V.');
  });
  it('takes "Steuerberatungsgesellschaft" for "StBG"', () => {
    expect(fieldsOf(letter('Krause & Partner StBG mbH', 'Krause & Partner Steuerberatungsgesellschaft mbH · Sitz Oststadt · HRB 991')).sender)
      .toBe('Krause & Partner Steuerberatungsgesellschaft mbH');
  });
  it('guard: a foot naming another club leaves the letterhead', () => {
    expect(fieldsOf(letter('TSV Weststadt von 1899 e.V.', 'Förderverein Weststadt von 1899 e.V. · Amtsgericht Oststadt VR 78')).sender)
      .toBe('TSV Weststadt von 1899 e.V.');
  });
});

describe('sender: a return line opening with a street named by an adjective', () => {
  it('takes the doctor of the joint practice, not "Hohe" of "Hohe Straße 12"', () => {
    const lines = ['Gemeinschaftspraxis', 'Dr. med. Aylin Korkmaz · Peter Dahl', 'Fachärzte für Innere Medizin', 'Hohe Straße 12 · 17100 Musterstadt · Tel. 0123 40 50',
      '', 'An das', 'Gesundheitsamt Musterstadt', 'Infektionsschutz', 'Fax 0123 45 00', '', 'Meldung nach § 6 IfSG', '', 'Sehr geehrte Damen und Herren,', '',
      'wir melden einen Verdacht auf Hepatitis A bei einem Schulkind.', '', 'Mit freundlichen Grüßen', '', 'Dr. med. Aylin Korkmaz', ...Array(10).fill('')];
    expect(fieldsOf(lines).sender).toBe('Dr. med. Aylin Korkmaz');
  });
});

describe('sender: an office glued to the legal form in the return line', () => {
  const letter = (foot: string) => ['NORDKONTOR', 'Fachliteratur für Verwaltungen', '', 'NORDKONTOR Medien AG Kundenbuchhaltung · Postfach 4 · 17000 Ostheim', '',
    ...recipient, 'Zahlungserinnerung', ...body(['NORDKONTOR Medien AG', 'Kundenbuchhaltung']), foot];
  it('ends the name at "AG" when the foot signs so', () => {
    expect(fieldsOf(letter('NORDKONTOR Medien AG · Sitz Ostheim · Amtsgericht Ostheim HRB 5')).sender).toBe('NORDKONTOR Medien AG');
  });
});

describe('sender: the city\'s form filled in by a firm', () => {
  it('takes the value of "Name/Firma:" above the address field', () => {
    const lines = ['Stadt Musterstadt – Steuern – Am Markt 3 – 17100 Musterstadt', '', 'ANMELDUNG ZUR ZWEITWOHNUNGSTEUER', '', '1. Betrieb',
      'Name/Firma: Pension Seeblick Verwaltungs GmbH', 'Betriebsstätte: Seeweg 3, 17100 Musterstadt', 'Ansprechpartner: Ina Kuhl', '', '2. Berechnung',
      'Summe 1.200,00', ...Array(10).fill('')];
    expect(fieldsOf(lines).sender).toBe('Pension Seeblick Verwaltungs GmbH');
  });
});

describe('sender: an authority with its place on a line of its own', () => {
  it('keeps the place line in the name spelled out for "LBV Ostmark"', () => {
    const lines = ['Landesbetrieb Bau und Verkehr', 'Ostmark', 'Regionalbereich Nord', 'Dezernat 12 – Vergabe', '', 'LBV Ostmark · RB Nord · Postfach 9 · 17000 Ostheim', '',
      ...recipient, 'Kostenbeteiligung Kreisverkehr', ...body(['Im Auftrag', 'Meyer']), 'Landesbetrieb Bau und Verkehr Ostmark · Hauptsitz: Schlossweg 1 · 17000 Ostheim'];
    expect(fieldsOf(lines).sender).toBe('Landesbetrieb Bau und Verkehr Ostmark');
  });
});
