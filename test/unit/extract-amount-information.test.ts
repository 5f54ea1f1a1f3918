// Amount: a figure quoted for information only ("Nachrichtlich: …") is no sum the letter asks for,
// even when it stands last and is the largest; nor is a bare figure of an enclosure's calculation
// behind a cover letter that names no sum. Own wording.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const notice = (last: string) => [
  'Landkreis Nordheim · Umweltamt · Schlossplatz 1 · 31134 Nordheim', '',
  'Stadt Musterstadt', 'Finanzservice', 'Rathausplatz 1', '31100 Musterstadt', '',
  'Nordheim, 04.12.2029', '',
  'Bescheid über die Abgabe für Kleineinleitungen 2028', '',
  'Sehr geehrte Damen und Herren,', '',
  'gegenüber der Stadt Musterstadt wird festgesetzt:', '',
  '   Abgabe für das Veranlagungsjahr 2028:          3.118,72 €', '',
  'Der Betrag ist bis zum 15.01.2030 zu überweisen.', '',
  'Berechnung: 88 SE x 35,44 € = 3.118,72 €', '',
  last, '',
  'Mit freundlichen Grüßen', 'Im Auftrag', 'Tjark Behrens',
];

describe('amount: figures for information', () => {
  it('passes over a "Nachrichtlich" line with last year\'s larger figure', () => {
    expect(fieldsOf(notice('Nachrichtlich: Abgabe 2027 (Bescheid vom 08.12.2028): 3.402,24 €')).amount).toBe(3118.72);
  });

  it('still reads a larger last figure that is no mere information', () => {
    expect(fieldsOf(notice('Hinzu kommt die Abgabe 2027 (Bescheid vom 08.12.2028): 3.402,24 €')).amount).toBe(3402.24);
  });
});

describe('amount: an enclosure\'s calculation', () => {
  const request = (enclosure: string[]) => [
    'Steuerberatung Ohlsen · Hafenweg 2 · 31134 Nordheim', '',
    'Stadt Musterstadt', 'Steuern und Abgaben', 'Rathausplatz 1', '31100 Musterstadt', '',
    'Nordheim, 09.12.2029', '',
    'Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen 2029', '',
    'Sehr geehrte Damen und Herren,', '',
    'namens unserer Mandantin beantragen wir, die Vorauszahlungen herabzusetzen. Die Hochrechnung liegt bei.', '',
    'Mit freundlichen Grüßen', '', 'Jan Ohlsen', 'Steuerberater', '\f',
    'Hochrechnung Gewerbeertrag 2029', '',
    ...enclosure,
  ];

  it('guesses no bare figure of the enclosed projection', () => {
    expect(fieldsOf(request(['Ergebnis 01-11/2029                 41.200,00 €', 'erwartetes Ergebnis Dezember        +6.300,00 €', 'Hinzurechnungen, geschätzt          +52.500,00 €'])).amount).toBeUndefined();
  });

  it('still reads an enclosed bill\'s labelled total', () => {
    expect(fieldsOf(request(['Rechnung Nr. 2029-88', 'Beratung 6 Std. x 120,00 €          720,00 €', 'Gesamtbetrag                        856,80 €'])).amount).toBe(856.8);
  });
});

