// Amount: a figure quoted for information only ("Nachrichtlich: …") is no sum the letter asks for,
// even when it stands last and is the largest. Own wording.
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
