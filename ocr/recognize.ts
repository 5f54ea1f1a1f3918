// Recognize stage: text-layer pages are taken as they are, every other page goes through OCR.
import { OcrPoolClosedError, type OcrPool } from './engines/tesseract.ts';
import { UnreadableInputError, type RasterPage, type RecognizedPage, type Word } from './types.ts';

/**
 * Recognizes all pages; they are submitted together so the pool's workers run in parallel.
 * A page OCR fails on makes the whole item unreadable (UnreadableInputError, for quarantine);
 * a closed pool is a shutdown, not the input's fault, and its error passes through unchanged.
 */
export async function recognizePages(pages: RasterPage[], pool: OcrPool): Promise<RecognizedPage[]> {
  return Promise.all(pages.map((page) => (page.textLayer ? fromTextLayer(page, page.textLayer) : recognizeImage(page, pool))));
}

function fromTextLayer(page: RasterPage, words: Word[]): RecognizedPage {
  return {
    index: page.index,
    width: page.width,
    height: page.height,
    text: textOfLines(words),
    words,
    confidence: 1,
    source: 'text-layer',
    rotation: 0,
  };
}

async function recognizeImage(page: RasterPage, pool: OcrPool): Promise<RecognizedPage> {
  try {
    const { text, words, confidence } = await pool.recognize(page.image, { dpi: page.dpi });
    return { index: page.index, width: page.width, height: page.height, text, words, confidence, source: 'ocr', rotation: 0 };
  } catch (error) {
    if (error instanceof OcrPoolClosedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableInputError(`OCR failed on page ${page.index + 1}: ${reason}`, { cause: error });
  }
}

/** Words of a line joined with ' ', lines (in order of their numbers) with '\n'. */
function textOfLines(words: Word[]): string {
  const lines = new Map<number, string[]>();
  for (const word of words) {
    const line = lines.get(word.line);
    if (line) line.push(word.text);
    else lines.set(word.line, [word.text]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, texts]) => texts.join(' '))
    .join('\n');
}
