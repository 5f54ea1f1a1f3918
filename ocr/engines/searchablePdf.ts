// Searchable PDF of an item: each page is the upright scan image with the recognised words laid
// over it as invisible text (PDF text render mode 3), placed from the word boxes, so a viewer or
// DMS can search and copy while showing the scan. pdf-lib only: offline, no fonts to ship
// (Helvetica is one of the 14 standard fonts every reader has; WinAnsi covers German).
import { PDFDocument, StandardFonts, TextRenderingMode, setTextRenderingMode, type PDFFont } from 'pdf-lib';
import sharp from 'sharp';
import type { Word } from '../types.ts';

export interface SearchablePage {
  /** The page image (PNG or JPEG), any size: it is stretched over the whole page. */
  image: Buffer;
  /** Size of the coordinate space of `words` (the OCR image), and its resolution. */
  width: number;
  height: number;
  dpi: number;
  words: Word[];
}

const POINTS_PER_INCH = 72;
/** Greyscale JPEG at this quality keeps scans readable at a fraction of a PNG's size. */
const JPEG_QUALITY = 70;

export async function buildSearchablePdf(pages: SearchablePage[], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // Stable output for the same input: no creation date that changes on every export.
  pdf.setProducer('E-Poststelle');
  pdf.setCreator('E-Poststelle');
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const charset = new Set(font.getCharacterSet());
  for (const page of pages) {
    const widthPt = (page.width / page.dpi) * POINTS_PER_INCH;
    const heightPt = (page.height / page.dpi) * POINTS_PER_INCH;
    const pdfPage = pdf.addPage([widthPt, heightPt]);
    // The pipeline's page images are JPEGs already: embedded as they are, not encoded again.
    const jpeg = isJpeg(page.image) ? page.image : await sharp(page.image).toColourspace('b-w').jpeg({ quality: JPEG_QUALITY }).toBuffer();
    const image = await pdf.embedJpg(jpeg);
    pdfPage.drawImage(image, { x: 0, y: 0, width: widthPt, height: heightPt });
    // Invisible text: selectable and searchable, never drawn over the scan.
    pdfPage.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    const scale = POINTS_PER_INCH / page.dpi;
    for (const word of page.words) drawWord(pdfPage, font, charset, word, scale, heightPt);
  }
  return pdf.save({ useObjectStreams: true });
}

type PdfPage = ReturnType<PDFDocument['addPage']>;

function drawWord(page: PdfPage, font: PDFFont, charset: Set<number>, word: Word, scale: number, pageHeight: number): void {
  // Characters Helvetica/WinAnsi lacks would make pdf-lib throw: they become '?'.
  const text = [...word.text].map((char) => (charset.has(char.codePointAt(0) ?? 0) ? char : '?')).join('');
  if (text.trim() === '') return;
  const boxWidth = (word.box.x1 - word.box.x0) * scale;
  const boxHeight = (word.box.y1 - word.box.y0) * scale;
  const unitWidth = font.widthOfTextAtSize(text, 1);
  if (!(boxWidth > 0) || !(boxHeight > 0) || !(unitWidth > 0)) return;
  // The size that makes the word as wide as its box: selection then matches the scan.
  const size = Math.max(1, Math.min(boxWidth / unitWidth, boxHeight * 1.5));
  page.drawText(text, { x: word.box.x0 * scale, y: pageHeight - word.box.y1 * scale + boxHeight * 0.2, size, font });
}

function isJpeg(image: Buffer): boolean {
  return image[0] === 0xff && image[1] === 0xd8 && image[2] === 0xff;
}
