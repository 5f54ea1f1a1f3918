// Recognize stage: text-layer pages are taken as they are, every other page is preprocessed
// (upright, deskewed, binarised: ocr/preprocess) and goes through OCR.
import sharp from 'sharp';
import { OcrPoolClosedError, type OcrPool } from './engines/tesseract.ts';
import { preparePage, type PreprocessOptions, type Rotation } from './preprocess/index.ts';
import { rereadIbans } from './reread.ts';
import { UnreadableInputError, type RasterPage, type RecognizedPage, type Word } from './types.ts';

/** A recognized page with the image a person sees: upright, contrast stretched, viewer-sized. */
export interface RecognizedWithImage {
  page: RecognizedPage;
  /** Greyscale JPEG; for text-layer pages the rendered page as it is. */
  viewerImage: Buffer;
  /** Resolution of the page's word-box coordinates (page.width × page.height). */
  dpi: number;
}

export interface RecognizeOptions {
  preprocess?: PreprocessOptions;
  /** A first page: its OCR goes before waiting later pages (see OcrRecognizeOptions.urgent). */
  urgent?: boolean;
}

/**
 * Recognizes all pages; they are submitted together so the pool's workers run in parallel.
 * A page OCR fails on makes the whole item unreadable (UnreadableInputError, for quarantine);
 * a closed pool is a shutdown, not the input's fault, and its error passes through unchanged.
 */
export async function recognizePages(pages: RasterPage[], pool: OcrPool, options: RecognizeOptions = {}): Promise<RecognizedPage[]> {
  return Promise.all(pages.map(async (page) => (await recognizePage(page, pool, options)).page));
}

export async function recognizePage(page: RasterPage, pool: OcrPool, options: RecognizeOptions = {}): Promise<RecognizedWithImage> {
  if (page.textLayer) return { page: fromTextLayer(page, page.textLayer), viewerImage: await viewerJpeg(page), dpi: page.dpi };
  try {
    return await recognizeImage(page, pool, options);
  } catch (error) {
    if (error instanceof OcrPoolClosedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableInputError(`Texterkennung auf Seite ${page.index + 1} fehlgeschlagen: ${reason}`, { cause: error });
  }
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

/** Below these, an orientation guess is checked by reading the page the other way up as well. */
const DOUBTFUL_ORIENTATION = 0.3;
const DOUBTFUL_OCR_CONFIDENCE = 0.6;

async function recognizeImage(page: RasterPage, pool: OcrPool, options: RecognizeOptions): Promise<RecognizedWithImage> {
  const prepared = await preparePage(page, page.dpi, options.preprocess);
  let result = await pool.recognize(prepared.ocrImage, { dpi: prepared.dpi, urgent: options.urgent });
  let chosen = prepared;
  // The ink heuristic is weak on pages with little running text; a second reading decides then.
  if (prepared.orientation.confidence < DOUBTFUL_ORIENTATION && result.confidence < DOUBTFUL_OCR_CONFIDENCE) {
    const flipped = await preparePage(page, page.dpi, { ...options.preprocess, rotation: ((prepared.rotation + 180) % 360) as Rotation });
    const other = await pool.recognize(flipped.ocrImage, { dpi: flipped.dpi, urgent: options.urgent });
    if (other.confidence > result.confidence) {
      result = other;
      chosen = flipped;
    }
  }
  const { confidence } = result;
  const words = await rereadIbans(result.words, chosen.ocrGrey, pool, { dpi: chosen.dpi, urgent: options.urgent });
  const text = words === result.words ? result.text : textOfLines(words);
  return {
    page: { index: page.index, width: chosen.width, height: chosen.height, text, words, confidence, source: 'ocr', rotation: chosen.rotation },
    viewerImage: chosen.viewerImage,
    dpi: chosen.dpi,
  };
}

/** Born-digital pages (rendered at 150 dpi) get a higher quality than scans: sharp edges ring sooner. */
const TEXT_LAYER_JPEG_QUALITY = 90;

async function viewerJpeg(page: RasterPage): Promise<Buffer> {
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 1 } })
    .jpeg({ quality: TEXT_LAYER_JPEG_QUALITY }).toBuffer();
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
