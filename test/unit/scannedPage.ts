// A page as OCR returns it for a monospaced scan, for tests that need word boxes.
import type { RecognizedPage, Word } from '../../ocr/types.ts';

/** Every word with its box, one OCR line per row of 60 px from the top of an A4 page at 300 dpi
 *  (a letter of 35 rows ends around 0.6 of the page height); the spaces of a row place its words,
 *  so wide gaps between columns stay wide. An empty row is a blank line. */
export function scannedPage(rows: string[]): RecognizedPage {
  const charWidth = 25;
  const rowHeight = 60;
  const words: Word[] = [];
  rows.forEach((row, line) => {
    for (const m of row.matchAll(/\S+/g)) {
      const x0 = 180 + m.index * charWidth;
      const y0 = 200 + line * rowHeight;
      words.push({ text: m[0], box: { x0, y0, x1: x0 + m[0].length * charWidth, y1: y0 + 40 }, confidence: 0.9, line });
    }
  });
  return { index: 0, width: 2480, height: 3508, text: rows.join('\n'), words, confidence: 0.9, source: 'ocr', rotation: 0 };
}
