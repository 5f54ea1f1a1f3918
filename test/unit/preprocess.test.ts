// Orientation and deskew on real rendered pages (sharp), small enough to run in a second.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { preparePage, toPbm } from '../../ocr/preprocess/index.ts';
import { textImage } from '../fixtures/scans.ts';

// Running German text as on a letter: capitals, umlauts and descenders in natural proportions.
const LETTER = [
  'Sehr geehrte Damen und Herren,',
  'gegen den Bescheid vom 12. März 2026 lege ich hiermit',
  'fristgerecht Widerspruch ein. Die Begründung folgt',
  'gesondert. Bitte bestätigen Sie mir den Eingang dieses',
  'Schreibens und teilen Sie mir das Aktenzeichen mit.',
  'Die Zahlung der festgesetzten Gebühr erfolgt unter',
  'Vorbehalt, bis über den Widerspruch entschieden ist.',
  'Für Rückfragen erreichen Sie mich werktags telefonisch.',
  'Mit freundlichen Grüßen',
  'Jürgen Köhler, Lindenstraße 14, 12340 Musterstadt',
];

let page: Buffer;

beforeAll(async () => {
  // 150 dpi, 11 pt text: a third of an A4 page.
  page = await textImage(LETTER, { width: 1240, height: 900, fontSize: 23, left: 90, top: 80 }).greyscale().png().toBuffer();
});

async function turned(angle: number): Promise<Buffer> {
  return sharp(page).rotate(angle, { background: '#ffffff' }).png().toBuffer();
}

describe('preprocessing', () => {
  it.each([
    [0, 0],
    [90, 270],
    [180, 180],
    [270, 90],
  ])('a page turned %i° clockwise is turned back by %i°', async (angle, expected) => {
    const prepared = await preparePage(await turned(angle), 150);
    expect(prepared.rotation).toBe(expected);
    expect(prepared.orientation.confidence).toBeGreaterThan(0.3);
    // The upright result is wider than high, like the original.
    expect(prepared.width).toBeGreaterThan(prepared.height);
  });

  it('measures and removes a 2° skew', async () => {
    const prepared = await preparePage(await turned(2), 150);
    expect(prepared.rotation).toBe(0);
    expect(Math.abs(prepared.skewDegrees - 2)).toBeLessThanOrEqual(0.3);
    // Straightened: the lines are level again, so a second pass finds (almost) no skew.
    const again = await preparePage(prepared.viewerImage, 150);
    expect(Math.abs(again.orientation.skewDegrees)).toBeLessThanOrEqual(0.3);
  });

  it('gives Tesseract a 1-bit PBM of the upright page and the viewer a greyscale JPEG', async () => {
    const prepared = await preparePage(page, 150);
    expect(prepared.ocrImage.subarray(0, 2).toString('ascii')).toBe('P4');
    const viewer = await sharp(prepared.viewerImage).metadata();
    expect(viewer.format).toBe('jpeg');
    expect(viewer.channels).toBe(1);
  });

  it('packs ink as set bits, row by row, also for widths that are no multiple of 8', () => {
    // 10 × 2: ink at x = 0, 7, 8, 9 in the first row, x = 1 in the second; 100 is the threshold.
    const row1 = [0, 255, 255, 255, 255, 255, 255, 50, 99, 0];
    const row2 = [255, 10, 255, 255, 255, 255, 255, 255, 100, 255];
    const pbm = toPbm(new Uint8Array([...row1, ...row2]), 10, 2, 100);
    const header = 'P4\n10 2\n';
    expect(pbm.subarray(0, header.length).toString('ascii')).toBe(header);
    expect([...pbm.subarray(header.length)]).toEqual([0b1000_0001, 0b1100_0000, 0b0100_0000, 0b0000_0000]);
  });
});
