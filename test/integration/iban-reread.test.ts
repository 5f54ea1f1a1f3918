// The second reading of IBANs whose check digits fail (ocr/reread.ts), with real tesseract.js on
// small rendered lines. The first reading's misread is written into the words by hand (what the
// page OCR made of footer print on the real invoices: "DEBS" for "DE88"); the second reading is real.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, type OcrPool } from '../../ocr/engines/tesseract.ts';
import { findIbans } from '../../ocr/extract/index.ts';
import type { GreyImage } from '../../ocr/preprocess/index.ts';
import { doubtfulIbanSpans, rereadIbans } from '../../ocr/reread.ts';
import type { Word } from '../../ocr/types.ts';
import { textImage } from '../fixtures/scans.ts';

const SIZE = { width: 1400, height: 200 } as const;
const lineText = (words: Word[]) => words.map((w) => w.text).join(' ');

async function greyLine(text: string): Promise<GreyImage> {
  const { data, info } = await textImage([text], SIZE).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

function word(text: string, x0: number, line = 0): Word {
  return { text, box: { x0, y0: 60, x1: x0 + 40 * text.length, y1: 110 }, confidence: 0.5, line };
}

describe('which spans are read a second time', () => {
  it('takes the words after "IBAN" that hold no valid IBAN, and stops at the BIC', () => {
    const words = [word('IBAN', 0), word('DEBS', 200), word('2008', 400), word('0000', 600), word('0970', 800), word('3757', 1000), word('00', 1200), word('BIC', 1300), word('COBADEFFXXX', 1400)];
    const spans = doubtfulIbanSpans(words);
    expect(spans).toHaveLength(1);
    expect(lineText(spans[0]!.words)).toBe('DEBS 2008 0000 0970 3757 00');
  });

  it('leaves valid IBANs, short numbers and words alone', () => {
    expect(doubtfulIbanSpans([word('IBAN:', 0), word('DE88', 200), word('2008', 400), word('0000', 600), word('0970', 800), word('3757', 1000), word('00', 1200)])).toEqual([]);
    expect(doubtfulIbanSpans([word('USt-IdNr.:', 0), word('DE136695976', 300)])).toEqual([]);
    expect(doubtfulIbanSpans([word('IBAN', 0), word('siehe', 200), word('Rückseite', 400)])).toEqual([]);
  });

  it('takes an IBAN whose 0 came out as "@" (dev31 scan: "DE@6 3002 6900 …")', () => {
    const words = [word('IBAN', 0), word('DE@6', 200), word('3002', 400), word('6900', 600), word('5500', 800), word('9182', 1000), word('73', 1200)];
    expect(doubtfulIbanSpans(words).map((span) => lineText(span.words))).toEqual(['DE@6 3002 6900 5500 9182 73']);
    expect(doubtfulIbanSpans([word('Konto', 0), word('DE@6', 200), word('3002', 400), word('6900', 600), word('5500', 800), word('9182', 1000)])).toHaveLength(1);
  });

  it('finds a misread IBAN without its keyword, from a known country code on, and not across lines', () => {
    const spans = doubtfulIbanSpans([word('Konto:', 0), word('·DE9110060000012345679', 300), word('DE12', 0, 1), word('3456', 200, 1)]);
    expect(spans.map((span) => lineText(span.words))).toEqual(['·DE9110060000012345679']);
  });
});

describe('second reading with tesseract.js', () => {
  let pool: OcrPool;

  beforeAll(async () => {
    pool = await createOcrPool({ workers: 1, languages: ['deu'] });
  });

  afterAll(async () => {
    await pool.close();
  });

  it('replaces a misread IBAN by what the page shows when that passes its check, in groups with boxes', async () => {
    const grey = await greyLine('IBAN DE88 2008 0000 0970 3757 00 BIC COBADEFFXXX');
    const first = await pool.recognize(await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } }).png().toBuffer(), { dpi: 300 });
    // The first reading as the page OCR got it wrong: the check digits misread.
    const misread = first.words.map((w) => (w.text === 'DE88' ? { ...w, text: 'DEBS' } : w));
    expect(findIbans(lineText(misread))).toEqual([]);

    const words = await rereadIbans(misread, grey, pool, { dpi: 300 });

    expect(findIbans(lineText(words)).map((f) => f.iban)).toEqual(['DE88200800000970375700']);
    expect(lineText(words)).toMatch(/^IBAN DE88 2008 0000 0970 3757 00 BIC/);
    for (const { box } of words) {
      expect(box.x1).toBeGreaterThan(box.x0);
      expect(box.x1).toBeLessThanOrEqual(grey.width);
    }
    // The groups follow each other from left to right inside the misread span.
    const groups = words.slice(1, 7).map((w) => w.box.x0);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
  });

  it('guesses nothing: an IBAN printed with wrong check digits stays as the page OCR read it', async () => {
    const grey = await greyLine('IBAN DE89 2008 0000 0970 3757 00');
    const first = await pool.recognize(await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } }).png().toBuffer(), { dpi: 300 });
    expect(doubtfulIbanSpans(first.words)).toHaveLength(1);

    const words = await rereadIbans(first.words, grey, pool, { dpi: 300 });

    expect(words).toBe(first.words);
  });
});
