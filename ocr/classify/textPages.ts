// Turns plain text into RecognizedPages with synthetic word boxes (a fixed-pitch layout), for
// tests, the seed tools and text-only input. Pages are separated by form feeds.
import type { RecognizedPage, Word } from '../types.ts';

const CHAR_WIDTH = 10;
const LINE_HEIGHT = 20;
const MARGIN = 100;

export function pagesFromText(text: string, options: { confidence?: number } = {}): RecognizedPage[] {
  const confidence = options.confidence ?? 0.9;
  return text.split('\f').map((pageText, index) => {
    const lines = pageText.split('\n');
    const words: Word[] = [];
    lines.forEach((line, lineNo) => {
      for (const m of line.matchAll(/\S+/g)) {
        const x0 = MARGIN + m.index * CHAR_WIDTH;
        const y0 = MARGIN + lineNo * LINE_HEIGHT;
        words.push({ text: m[0], box: { x0, y0, x1: x0 + m[0].length * CHAR_WIDTH, y1: y0 + LINE_HEIGHT * 0.7 }, confidence, line: lineNo });
      }
    });
    return {
      index,
      width: 2480,
      // A short text fills a page the way a real letter does, so position heuristics still hold.
      height: MARGIN * 2 + Math.max(lines.length, 30) * LINE_HEIGHT,
      text: pageText,
      words,
      confidence,
      source: 'ocr' as const,
      rotation: 0,
    };
  });
}
