// What the OCR stages hand each other. Coordinates are pixels of the page image at `dpi`.
import type { Box } from '../electron/contract/domain.ts';

export interface Word {
  text: string;
  box: Box;
  /** 0..1; text-layer words have 1. */
  confidence: number;
  line: number;
}

/** A page ready for recognition: either its image, or the words of a PDF text layer. */
export interface RasterPage {
  index: number;
  width: number;
  height: number;
  dpi: number;
  /**
   * The page as 8-bit greyscale pixels, row by row (width × height bytes). Raw, not encoded: a
   * page is decoded once and never encoded again on its way to OCR (a PNG round trip cost
   * ~0.2 CPU s per A4 page at 300 dpi, a quarter of the OCR itself).
   */
  pixels: Buffer;
  /** Words from a PDF text layer; when present, OCR is skipped for this page. */
  textLayer?: Word[];
}

export interface RecognizedPage {
  index: number;
  width: number;
  height: number;
  text: string;
  words: Word[];
  /** Mean word confidence 0..1. */
  confidence: number;
  source: 'ocr' | 'text-layer';
  /** Clockwise rotation applied before recognition (0/90/180/270). */
  rotation: number;
}

/** Thrown for input that cannot be read; the runner quarantines the file with this message. */
export class UnreadableInputError extends Error {
  override name = 'UnreadableInputError';
}
