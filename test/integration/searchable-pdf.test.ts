// The searchable PDF: page images with an invisible text layer, read back with pdf.js.
import { describe, expect, it } from 'vitest';
import { buildSearchablePdf } from '../../ocr/engines/searchablePdf.ts';
import { openPdf } from '../../ocr/engines/pdf.ts';
import type { Word } from '../../ocr/types.ts';
import { textImage } from '../fixtures/scans.ts';

function wordsOf(line: string, y: number): Word[] {
  let x = 60;
  return line.split(' ').map((text) => {
    const box = { x0: x, y0: y - 40, x1: x + text.length * 28, y1: y + 10 };
    x = box.x1 + 20;
    return { text, box, confidence: 0.9, line: 0 };
  });
}

describe('searchable PDF', () => {
  it('has one page per scan page and the recognised words as text', async () => {
    const lines = ['Widerspruch gegen den Bescheid', 'Größe Straße Müller €'];
    const pages = await Promise.all(lines.map(async (line) => ({
      image: await textImage([line], { width: 1240, height: 1754 }).greyscale().png().toBuffer(),
      width: 2480, height: 3508, dpi: 300, words: wordsOf(line, 100),
    })));
    const bytes = await buildSearchablePdf(pages, 'test.tif');
    const pdf = await openPdf(bytes);
    try {
      expect(pdf.pageCount).toBe(2);
      const size = await pdf.pageSize(0);
      // A4 at 300 dpi: 2480 × 3508 px is 595 × 842 pt.
      expect(Math.round(size.widthPt)).toBe(595);
      expect(Math.round(size.heightPt)).toBe(842);
      const first = (await pdf.textLayer(0, 72)).map((word) => word.text).join(' ');
      const second = (await pdf.textLayer(1, 72)).map((word) => word.text).join(' ');
      expect(first).toBe('Widerspruch gegen den Bescheid');
      expect(second).toBe('Größe Straße Müller €');
      // Words sit where the boxes said: "Widerspruch" starts at x = 60 px of 300 dpi = 14.4 pt.
      const [word] = await pdf.textLayer(0, 72);
      expect(Math.abs((word?.box.x0 ?? 0) - 14.4)).toBeLessThan(1);
    } finally {
      await pdf.close();
    }
  });
});
