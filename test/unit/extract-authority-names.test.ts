// Senders that are authorities printing a long name over several letterhead lines, with their
// offices under it (own wording): the lines that go on with the name join it, office lines stay out,
// whether the sender was read from the return line or the letterhead, and where OCR damaged either.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';
import { scannedPage } from './scannedPage.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['Aktenzeichen: 44-2027-118', '', 'Genehmigung der Maßnahme', '', 'Sehr geehrte Damen und Herren,', '',
  'wir bitten Sie, die Angelegenheit zu prüfen und uns Ihre Entscheidung mitzuteilen.', '', 'Mit freundlichen Grüßen', '', ...Array(14).fill('')];

describe('sender: an authority name set over several letterhead lines', () => {
  it('goes on with "und …" and "des Landes …" after a damaged first line', () => {
    const lines = ['Landesamt für Natursch1itz', 'und Landschaftspflege des Landes Südmark', '– Abteilung Artenschutz –', '',
      'Landesamt für Naturschutz und Landschaftspflege · Postfach 40 12 · 17300 Südhausen', '', ...recipient, ...body];
    expect(fieldsOf(lines).sender).toBe('Landesamt für Naturschutz und Landschaftspflege des Landes Südmark');
  });
  it('takes the name from the letterhead up to the office line where the return line lost its separators', () => {
    const rows = ['Landesamt für Straßenbau', 'und Verkehr des Landes Südmark', 'Abteilung Brückenbau', '',
      'Landesamt für Straßenbau Postfach 40 12 - 17300 Südhausen', '', ...recipient, ...body];
    expect(fieldsOfPages([scannedPage(rows)]).sender).toBe('Landesamt für Straßenbau und Verkehr des Landes Südmark');
  });
  it('drops an office line that OCR ran into the return line', () => {
    const rows = ['Wasserwirtschaftsamt des Landes Südmark', 'Zentrale Gebührenstelle', '',
      'Wasserwirtschaftsamt Zentrale Geb&hrenstelle - Postfach 12 - 17300 Südhausen', '', ...recipient, ...body];
    expect(fieldsOfPages([scannedPage(rows)]).sender).toBe('Wasserwirtschaftsamt des Landes Südmark');
  });
  it('leaves an office line that is no continuation out of the name', () => {
    const rows = ['Landesamt für Bodenschutz und Geologie', 'Bodenschutzamt Nordheim', '', '',
      'LBG Bodenschutzamt Nordheim Bahnhofstraße 22 31582 Nordheim', '', ...recipient, ...body];
    expect(fieldsOfPages([scannedPage(rows)]).sender).toBe('Landesamt für Bodenschutz und Geologie');
  });
});
