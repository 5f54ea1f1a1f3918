// Raster + recognize with real tesseract.js (bundled deu/eng data, no network) on small rendered
// images, so the whole file runs in a few seconds.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, OcrPoolClosedError, type OcrPool } from '../../ocr/engines/tesseract.ts';
import { rasterize } from '../../ocr/raster.ts';
import { recognizePages } from '../../ocr/recognize.ts';
import { UnreadableInputError, type RasterPage, type Word } from '../../ocr/types.ts';
import { pdfWithText, textImage } from '../fixtures/scans.ts';

const GERMAN_LINES = ['Sehr geehrte Frau Müller, die Größe der Straße', 'übergeben wir dem Bürgerbüro. Öffnungszeiten: 8 bis 12 Uhr'];
const IMAGE = { width: 1500, height: 260 } as const;

function expectBoxesInside(words: Word[], width: number, height: number): void {
  for (const { box } of words) {
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.y0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(width);
    expect(box.y1).toBeLessThanOrEqual(height);
    expect(box.x1).toBeGreaterThan(box.x0);
    expect(box.y1).toBeGreaterThan(box.y0);
  }
}

describe('OCR with tesseract.js', () => {
  let pool: OcrPool;
  let scan: RasterPage;
  /** The scan as a file: the pool reads encoded images. */
  let png: Buffer;

  beforeAll(async () => {
    pool = await createOcrPool({ workers: 2 });
    png = await textImage(GERMAN_LINES, IMAGE).withMetadata({ density: 300 }).png().toBuffer();
    [scan] = (await rasterize(png)) as [RasterPage];
  });

  afterAll(async () => {
    await pool.close();
  });

  it('reads German text with umlauts and ß, with word boxes, confidences and lines', async () => {
    const result = await pool.recognize(png, { dpi: scan.dpi });
    for (const expected of ['Müller,', 'Größe', 'Straße', 'übergeben', 'Bürgerbüro.', 'Öffnungszeiten:']) {
      expect(result.words.map((word) => word.text)).toContain(expected);
    }
    expect(result.text.split('\n')).toHaveLength(2);
    expect(result.text).toContain('Sehr geehrte Frau Müller');
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(new Set(result.words.map((word) => word.line))).toEqual(new Set([0, 1]));
    expectBoxesInside(result.words, scan.width, scan.height);
    // The first word was drawn at x = 60 with its baseline at y = 100 (font size 50 px).
    const first = result.words[0];
    expect(first?.text).toBe('Sehr');
    expect(Math.abs((first?.box.x0 ?? 0) - 60)).toBeLessThan(10);
    expect(first?.box.y1).toBeGreaterThan(90);
    expect(first?.box.y1).toBeLessThan(115);
  });

  it('takes text-layer pages as they are and OCRs the others, in page order', async () => {
    const [textPage] = await rasterize(await pdfWithText([[{ text: 'Widerspruch gegen den Bescheid vom 12. März 2026, Aktenzeichen 1.40-2026/17', x: 72, y: 760, size: 11 }]]));
    const pages = await recognizePages([{ ...(textPage as RasterPage), index: 0 }, { ...scan, index: 1 }, { ...scan, index: 2 }], pool);

    expect(pages.map((page) => [page.index, page.source, page.rotation])).toEqual([
      [0, 'text-layer', 0],
      [1, 'ocr', 0],
      [2, 'ocr', 0],
    ]);
    expect(pages[0]?.confidence).toBe(1);
    expect(pages[0]?.text).toBe('Widerspruch gegen den Bescheid vom 12. März 2026, Aktenzeichen 1.40-2026/17');
    expect(pages[1]?.text).toContain('Bürgerbüro');
    expect(pages[1]?.text).toBe(pages[2]?.text);
    expect([pages[1]?.width, pages[1]?.height]).toEqual([IMAGE.width, IMAGE.height]);
  });

  it('drops scanner specks and rules read as lone punctuation, keeps signs that mean something (€, %, a sure dash)', async () => {
    const specks = [[40, 30], [700, 25], [1300, 40], [1450, 200], [30, 230], [820, 235], [1200, 228]]
      .map(([x, y]) => `<rect x="${x}" y="${y}" width="4" height="4" fill="#000"/>`).join('');
    const rules = '<rect x="1420" y="70" width="3" height="60" fill="#000"/><rect x="20" y="80" width="3" height="50" fill="#000"/>';
    const base = await textImage(['Betrag 5 € zzgl. 19 % Gebühr - Frist 3'], { width: 1500, height: 260, top: 130 }).png().toBuffer();
    const noisy = await sharp(base).composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="260">${specks}${rules}</svg>`) }]).png().toBuffer();
    const result = await pool.recognize(noisy, { dpi: 300 });
    const texts = result.words.map((word) => word.text);
    expect(texts).toEqual(expect.arrayContaining(['Betrag', '5', '€', '19', '%', '-', 'Frist', '3']));
    expect(texts.filter((text) => !/[\p{L}\p{N}€%§-]/u.test(text))).toEqual([]);
  });

  it('turns a page OCR cannot read into an UnreadableInputError and keeps the pool working', async () => {
    // Fewer bytes than width × height: pixels no image can be made of.
    const broken: RasterPage = { ...scan, pixels: Buffer.from('this is not an image') };
    const error = await recognizePages([broken], pool).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).toMatch(/^Texterkennung auf Seite 1 fehlgeschlagen: /);

    const again = await pool.recognize(png, { dpi: scan.dpi });
    expect(again.text).toContain('Größe');
  });
});

describe('OCR pool lifecycle', () => {
  it('serves an urgent job (a first page) before jobs that waited longer', async () => {
    const pool = await createOcrPool({ workers: 1, languages: ['deu'] });
    try {
      const png = await textImage(['Eingangsstempel'], { width: 600, height: 150 }).png().toBuffer();
      const finished: string[] = [];
      const job = (name: string, urgent: boolean) => pool.recognize(png, { urgent }).then(() => finished.push(name));
      // The one worker takes `running`; the other three wait, the urgent one arriving last.
      await Promise.all([job('running', false), job('later-1', false), job('later-2', false), job('first-page', true)]);
      expect(finished).toEqual(['running', 'first-page', 'later-1', 'later-2']);
    } finally {
      await pool.close();
    }
  });

  it('fails running and queued jobs with OcrPoolClosedError on close, and rejects new ones', async () => {
    const pool = await createOcrPool({ workers: 1, languages: ['deu'] });
    expect(pool.size).toBe(1);
    const png = await textImage(['Eingangsstempel'], { width: 600, height: 150 }).png().toBuffer();
    const jobs = Promise.allSettled([pool.recognize(png), pool.recognize(png)]);
    await pool.close();
    for (const job of await jobs) {
      expect(job.status).toBe('rejected');
      expect(job.status === 'rejected' && job.reason).toBeInstanceOf(OcrPoolClosedError);
    }
    await expect(pool.recognize(png)).rejects.toBeInstanceOf(OcrPoolClosedError);
    // A shutdown is not the input's fault: recognizePages must not turn it into a quarantine.
    const page: RasterPage = { index: 0, width: 600, height: 150, dpi: 300, pixels: Buffer.alloc(600 * 150, 255) };
    await expect(recognizePages([page], pool)).rejects.toBeInstanceOf(OcrPoolClosedError);
  });

  it('abandons a job that exceeds the timeout', async () => {
    const pool = await createOcrPool({ workers: 1, languages: ['deu'], jobTimeoutMs: 1 });
    try {
      const png = await textImage(GERMAN_LINES, IMAGE).png().toBuffer();
      await expect(pool.recognize(png)).rejects.toThrow(/OCR took longer than/);
    } finally {
      await pool.close();
    }
  });
});
