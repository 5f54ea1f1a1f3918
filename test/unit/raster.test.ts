// Raster stage against real sharp and pdfjs, on synthetic scanner output.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, rasterize } from '../../ocr/raster.ts';
import { UnreadableInputError, type RasterPage } from '../../ocr/types.ts';
import { A4_POINTS, helveticaWidth, imageOnlyPdf, multiPageTiff, pdfWithText, scannerPdf, textImage } from '../fixtures/scans.ts';

const LETTER_LINES = ['Sehr geehrte Damen und Herren,', 'anbei die Rechnung für Oktober.'];

/** Decoded greyscale: one byte per pixel, paper white and some ink. */
async function expectGreyscalePixels(page: RasterPage): Promise<void> {
  expect(page.pixels.length).toBe(page.width * page.height);
  const { channels } = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } }).stats();
  expect(channels[0]?.max).toBeGreaterThan(200);
  expect(channels[0]?.min).toBeLessThan(100);
}

async function expectUnreadable(input: Buffer, message: RegExp): Promise<void> {
  const error = await rasterize(input).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UnreadableInputError);
  expect((error as Error).message).toMatch(message);
}

describe('rasterize images', () => {
  let png: Buffer;
  beforeAll(async () => {
    png = await textImage(LETTER_LINES, { width: 1200, height: 400 }).withMetadata({ density: 200 }).png().toBuffer();
  });

  it('turns a PNG into one greyscale page at the density it states', async () => {
    const [page, ...rest] = await rasterize(png);
    expect(rest).toHaveLength(0);
    expect(page).toMatchObject({ index: 0, width: 1200, height: 400, dpi: 200 });
    expect(page?.textLayer).toBeUndefined();
    await expectGreyscalePixels(page as RasterPage);
  });

  it('assumes 300 dpi for a JPEG with only the 72 dpi placeholder density', async () => {
    const jpeg = await textImage(LETTER_LINES, { width: 900, height: 300 }).jpeg().toBuffer();
    const pages = await rasterize(jpeg);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ width: 900, height: 300, dpi: 300 });
    await expectGreyscalePixels(pages[0] as RasterPage);
  });

  it('returns every page of a multi-page G4 TIFF, in order', async () => {
    const tiff = await multiPageTiff(['Seite eins', 'Seite zwei', 'Seite drei'], 300);
    const pages = await rasterize(tiff);
    expect(pages.map((page) => [page.index, page.width, page.height, page.dpi])).toEqual([
      [0, 800, 300, 300],
      [1, 800, 300, 300],
      [2, 800, 300, 300],
    ]);
    for (const page of pages) await expectGreyscalePixels(page);
    // Different text on each page: the images must differ.
    expect(pages[0]?.pixels.equals(pages[1]?.pixels ?? Buffer.alloc(0))).toBe(false);
  });

  it('detects the format from the content, not the file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'raster-test-'));
    try {
      const misnamed = join(dir, 'scan.pdf');
      await writeFile(misnamed, png);
      const pages = await rasterize(await readFile(misnamed));
      expect(pages).toHaveLength(1);
      expect(pages[0]?.textLayer).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(detectFormat(png)).toBe('png');
    expect(detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectFormat(Buffer.from('II*\0'))).toBe('tiff');
    expect(detectFormat(Buffer.from('MM\0*'))).toBe('tiff');
    expect(detectFormat(Buffer.from('\r\n%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat(Buffer.from('GIF89a'))).toBeUndefined();
  });
});

describe('rasterize unreadable input', () => {
  it('rejects a truncated PNG', async () => {
    const png = await textImage(LETTER_LINES, { width: 600, height: 200 }).png().toBuffer();
    await expectUnreadable(png.subarray(0, Math.floor(png.length / 2)), /^PNG beschädigt: Datei endet vorzeitig, wohl nicht fertig geschrieben \(.+\)$/);
  });

  it('rejects a truncated JPEG', async () => {
    const jpeg = await textImage(LETTER_LINES, { width: 600, height: 200 }).jpeg().toBuffer();
    await expectUnreadable(jpeg.subarray(0, Math.floor(jpeg.length / 2)), /^JPEG beschädigt: /);
  });

  it('rejects a truncated TIFF', async () => {
    const tiff = await multiPageTiff(['Seite eins', 'Seite zwei'], 300);
    await expectUnreadable(tiff.subarray(0, 40), /^TIFF beschädigt: [A-ZÄÖÜ][a-zäöüß]+ .*\(.+\)$/);
  });

  it('rejects a truncated PDF', async () => {
    const pdf = await pdfWithText([[{ text: 'Hallo', x: 72, y: 700, size: 12 }]]);
    await expectUnreadable(pdf.subarray(0, 200), /^PDF beschädigt: PDF-Aufbau ungültig, wohl abgebrochen oder nicht fertig geschrieben \(Invalid PDF structure\.\)$/);
  });

  it('rejects a PDF without pages', async () => {
    await expectUnreadable(await pdfWithText([]), /^PDF ohne Seiten$/);
  });

  it('rejects random bytes and names what they start with', async () => {
    const random = Buffer.from([0x13, 0x37, 0x00, 0xfe, 0x41, 0x42, 0x43, 0x44, 0x99, 0x98]);
    await expectUnreadable(random, /^weder Bild noch PDF in einem unterstützten Format \(beginnt mit 13 37 00 fe 41 42 43 44 "\.7\.\.ABCD"\)/);
  });

  it('recognizes common wrong formats in the message', async () => {
    await expectUnreadable(Buffer.from('GIF89a\x01\x00\x01\x00'), /vermutlich ein GIF-Bild/);
    await expectUnreadable(Buffer.from('PK\x03\x04\x14\x00\x06\x00'), /vermutlich ein ZIP-Archiv/);
  });

  it('rejects an empty file', async () => {
    await expectUnreadable(Buffer.alloc(0), /^leere Datei/);
  });
});

describe('rasterize PDFs', () => {
  it('keeps the text layer of a born-digital page, with word boxes in pixels of a 150 dpi image', async () => {
    const size = 12;
    const sentence = 'Sehr geehrte Damen und Herren, hiermit übersenden wir Ihnen die Rechnung.';
    const pdf = await pdfWithText([
      [
        { text: sentence, x: 72, y: 700, size },
        { text: 'Rechnungsbetrag: 999,60 EUR', x: 72, y: 680, size },
      ],
    ]);
    const [page, ...rest] = await rasterize(pdf);
    expect(rest).toHaveLength(0);
    const scale = 150 / 72;
    expect(page).toMatchObject({ index: 0, dpi: 150, width: Math.round(A4_POINTS.width * scale), height: Math.round(A4_POINTS.height * scale) });
    await expectGreyscalePixels(page as RasterPage);

    const words = page?.textLayer ?? [];
    expect(words.map((word) => word.text).join(' ')).toBe(`${sentence} Rechnungsbetrag: 999,60 EUR`);
    expect(new Set(words.filter((word) => word.line === 0).map((word) => word.text))).toContain('übersenden');
    expect(words.find((word) => word.text === 'EUR')?.line).toBe(1);
    expect(words.every((word) => word.confidence === 1)).toBe(true);

    // "Herren," was drawn at x = 72 + width("Sehr geehrte Damen und "), baseline y = 700 pt.
    const herren = words.find((word) => word.text === 'Herren,');
    const left = (72 + (await helveticaWidth('Sehr geehrte Damen und ', size))) * scale;
    const right = left + (await helveticaWidth('Herren,', size)) * scale;
    const baseline = (A4_POINTS.height - 700) * scale;
    const tolerance = 3; // px at 150 dpi, half a millimetre
    expect(Math.abs((herren?.box.x0 ?? 0) - left)).toBeLessThan(tolerance);
    expect(Math.abs((herren?.box.x1 ?? 0) - right)).toBeLessThan(tolerance);
    expect(herren?.box.y1).toBeGreaterThan(baseline);
    expect(herren?.box.y0).toBeLessThan(baseline - size * scale * 0.6);
    expect(herren?.box.y0).toBeGreaterThan(baseline - size * scale * 1.2);
  });

  it('renders an image-only page at 300 dpi for OCR', async () => {
    const scan = await textImage(LETTER_LINES, { width: 1240, height: 1754, top: 300 }).png().toBuffer();
    const [page, ...rest] = await rasterize(await imageOnlyPdf(scan));
    expect(rest).toHaveLength(0);
    expect(page).toMatchObject({ index: 0, dpi: 300, width: 2480, height: 3508 });
    expect(page?.textLayer).toBeUndefined();
    await expectGreyscalePixels(page as RasterPage);
  });

  it('takes a scanner PDF page\'s JPEG as it is: its own pixels at its own resolution', async () => {
    // 1654 px over 210 mm: a 200-dpi scan, which pdf.js would have resampled to 300 dpi.
    const jpeg = await textImage(LETTER_LINES, { width: 1654, height: 2339, top: 300 }).jpeg({ quality: 90 }).toBuffer();
    const pages = await rasterize(await scannerPdf([jpeg, jpeg]));
    expect(pages.map((page) => [page.index, page.dpi, page.width, page.height])).toEqual([[0, 200, 1654, 2339], [1, 200, 1654, 2339]]);
    const decoded = await sharp(jpeg).toColourspace('b-w').raw().toBuffer();
    expect(pages[0]?.pixels.equals(decoded)).toBe(true);
  });

  it('renders a scanner PDF page with pdf.js when the image is turned or the scanner added text', async () => {
    const jpeg = await textImage(LETTER_LINES, { width: 1654, height: 2339, top: 300 }).jpeg().toBuffer();
    const [turned] = await rasterize(await scannerPdf([jpeg], { rotate: 90 }));
    expect(turned).toMatchObject({ dpi: 300, width: 3508, height: 2480 });
    const [searchable] = await rasterize(await scannerPdf([jpeg], { text: 'Sehr geehrte Damen und Herren, anbei die Rechnung für Oktober 2026.' }));
    expect(searchable?.textLayer?.map((word) => word.text)).toContain('Rechnung');
  });

  it('treats a page number alone as no text layer, and handles each page on its own', async () => {
    const pdf = await pdfWithText([
      [{ text: 'Seite 1', x: 500, y: 40, size: 9 }],
      [{ text: 'Dieser Absatz hat deutlich mehr als dreißig Buchstaben und Ziffern.', x: 72, y: 700, size: 11 }],
    ]);
    const pages = await rasterize(pdf);
    expect(pages.map((page) => [page.index, page.dpi, page.textLayer !== undefined])).toEqual([
      [0, 300, false],
      [1, 150, true],
    ]);
  });
});

describe('rasterize PDFs concurrently', () => {
  // Regression: with two documents open in pdf.js' in-process worker, the first one's later
  // pages failed with "Invalid page request" and a good scan went to quarantine.
  it('a second PDF arriving while the first is being read does not break the first', async () => {
    const line = (n: number) => [{ text: `Seite ${n}: Rechnung über Büromaterial, Betrag 99,00 EUR`, x: 72, y: 700, size: 12 }];
    const long = await pdfWithText([1, 2, 3, 4, 5, 6].map(line));
    const short = await pdfWithText([1, 2].map(line));
    const staggered = [long, short, short].map(async (pdf, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 30));
      return rasterize(pdf);
    });
    const pages = await Promise.all(staggered);
    expect(pages.map((p) => p.length)).toEqual([6, 2, 2]);
  });
});
