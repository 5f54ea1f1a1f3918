// Raster stage: turns a scanned file (JPEG, PNG, TIFF, PDF) into page images for recognition.
// The format comes from the file's first bytes, never from its name: scanners and users rename.
// Anything that cannot be read becomes an UnreadableInputError, which the runner quarantines.
import sharp, { type SharpOptions } from 'sharp';
import { openPdf, type PdfDocument } from './engines/pdf.ts';
import { scanImageOfPage } from './engines/pdfScanImage.ts';
import { UnreadableInputError, type RasterPage, type Word } from './types.ts';

export type InputFormat = 'jpeg' | 'png' | 'tiff' | 'pdf';

export interface RasterOptions {
  /**
   * Resolution for PDF pages that need OCR, and the resolution assumed for images that do not
   * state a plausible one. Default 300, what Tesseract is trained for.
   */
  dpi?: number;
}

export const DEFAULT_OCR_DPI = 300;
/** PDF pages with a text layer are rendered only for the viewer, so a lower resolution suffices. */
export const TEXT_LAYER_PAGE_DPI = 150;
/** Fewer letters and digits than this is a stamp or page number on a scan, not a text layer. */
export const MIN_TEXT_LAYER_CHARS = 30;

// Densities outside this range are placeholders (72 and 96 are what writers store by default),
// not what a document scanner produced.
const PLAUSIBLE_SCAN_DPI = { min: 100, max: 1200 } as const;

const FORMAT_LABELS: Record<InputFormat, string> = { jpeg: 'JPEG', png: 'PNG', tiff: 'TIFF', pdf: 'PDF' };

const IMAGE_INPUT: SharpOptions = {
  // Fail on truncated files (quarantine them) but accept the harmless warnings many scanners
  // trigger, such as "extraneous bytes before marker".
  failOn: 'truncated',
  // Photos from phones and some scanners store the upright orientation in EXIF only.
  autoOrient: true,
};

export async function rasterize(input: Buffer, options: RasterOptions = {}): Promise<RasterPage[]> {
  const format = detectFormat(input);
  if (!format) throw new UnreadableInputError(describeUnsupported(input));
  const dpi = options.dpi ?? DEFAULT_OCR_DPI;
  let pages: RasterPage[];
  try {
    pages = format === 'pdf' ? await rasterizePdf(input, dpi) : await rasterizeImage(input, dpi);
  } catch (error) {
    throw asUnreadable(error, format);
  }
  if (pages.length === 0) throw new UnreadableInputError(`${FORMAT_LABELS[format]} ohne Seiten`);
  return pages;
}

/**
 * A scan opened for rastering page by page: the scheduler renders a page only when a worker is
 * about to read it, so a burst of long letters never holds hundreds of decoded pages. It keeps
 * only the file's bytes; a PDF is opened per page (inside the one-PDF-at-a-time queue below).
 */
export interface RasterSource {
  readonly format: InputFormat;
  readonly pageCount: number;
  /** Renders one page. Throws UnreadableInputError for a page that cannot be read. */
  page(index: number): Promise<RasterPage>;
}

export async function openRaster(input: Buffer, options: RasterOptions = {}): Promise<RasterSource> {
  const format = detectFormat(input);
  if (!format) throw new UnreadableInputError(describeUnsupported(input));
  const dpi = options.dpi ?? DEFAULT_OCR_DPI;
  const guard = <T>(work: () => Promise<T>) => work().catch((error: unknown) => {
    throw asUnreadable(error, format);
  });
  const pageCount = format === 'pdf'
    ? await guard(() => withPdf(input, async (pdf) => pdf.pageCount))
    : (await guard(() => sharp(input, IMAGE_INPUT).metadata())).pages ?? 1;
  if (pageCount === 0) throw new UnreadableInputError(`${FORMAT_LABELS[format]} ohne Seiten`);
  const page = format === 'pdf'
    ? (index: number) => guard(() => pdfPage(input, index, dpi))
    : (index: number) => guard(() => rasterizeImagePage(input, index, dpi));
  return { format, pageCount, page };
}

/** Detects the format from magic bytes; undefined when it is not one we accept. */
export function detectFormat(input: Uint8Array): InputFormat | undefined {
  if (startsWith(input, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(input, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // Classic TIFF ("II*\0" / "MM\0*") and BigTIFF (43 instead of 42).
  if (startsWith(input, [0x49, 0x49, 0x2a, 0x00]) || startsWith(input, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(input, [0x49, 0x49, 0x2b, 0x00]) || startsWith(input, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  // The PDF header may follow some junk; readers accept it within the first 1024 bytes.
  if (Buffer.from(input.buffer, input.byteOffset, Math.min(input.length, 1024)).includes('%PDF-')) return 'pdf';
  return undefined;
}

// ---- images --------------------------------------------------------------------------------------

/** One page at a time, so a 100-page TIFF never has more than one page decoded. */
async function rasterizeImage(input: Buffer, defaultDpi: number): Promise<RasterPage[]> {
  const { pages: pageCount = 1 } = await sharp(input, IMAGE_INPUT).metadata();
  const pages: RasterPage[] = [];
  for (let index = 0; index < pageCount; index++) {
    pages.push(await rasterizeImagePage(input, index, defaultDpi));
  }
  return pages;
}

async function rasterizeImagePage(input: Buffer, index: number, defaultDpi: number): Promise<RasterPage> {
  const page = sharp(input, { ...IMAGE_INPUT, page: index });
  const { density } = await page.metadata();
  const { data, info } = await toGreyscalePixels(page).toBuffer({ resolveWithObject: true });
  return { index, width: info.width, height: info.height, dpi: plausibleDpi(density) ?? defaultDpi, pixels: data };
}

/** 8-bit greyscale raw pixels, also from 16-bit or colour scans. */
export function toGreyscalePixels(image: sharp.Sharp): sharp.Sharp {
  // Flatten first: transparent areas (PNG alpha) must become paper white, not black.
  return image.flatten({ background: '#ffffff' }).toColourspace('b-w').raw({ depth: 'uchar' });
}

function plausibleDpi(density: number | undefined): number | undefined {
  if (density === undefined) return undefined;
  return density >= PLAUSIBLE_SCAN_DPI.min && density <= PLAUSIBLE_SCAN_DPI.max ? Math.round(density) : undefined;
}

// ---- PDF -----------------------------------------------------------------------------------------

// pdf.js in Node runs its worker in-process, and two documents open at once interfere there:
// the first one's later pages fail with "Invalid page request". One PDF at a time, then.
let pdfQueue: Promise<unknown> = Promise.resolve();

async function rasterizePdf(input: Buffer, ocrDpi: number): Promise<RasterPage[]> {
  const pageCount = await withPdf(input, async (pdf) => pdf.pageCount);
  const pages: RasterPage[] = [];
  for (let index = 0; index < pageCount; index++) pages.push(await pdfPage(input, index, ocrDpi));
  return pages;
}

/** A scanner's page (one JPEG over the whole page) is decoded as it is; any other page goes through pdf.js. */
async function pdfPage(input: Buffer, index: number, ocrDpi: number): Promise<RasterPage> {
  // pdf-lib may refuse what pdf.js reads (or explains better): then pdf.js decides.
  const scan = await scanImageOfPage(input, index).catch(() => null);
  if (!scan) return withPdf(input, (pdf) => rasterizePdfPage(pdf, index, ocrDpi));
  const { data, info } = await toGreyscalePixels(sharp(scan.jpeg, { failOn: 'truncated' })).toBuffer({ resolveWithObject: true });
  return { index, width: info.width, height: info.height, dpi: Math.round(scan.dpi), pixels: data };
}

/** Opens the PDF, uses it and closes it, inside the one-PDF-at-a-time queue. */
function withPdf<T>(input: Buffer, use: (pdf: PdfDocument) => Promise<T>): Promise<T> {
  const run = pdfQueue.then(async () => {
    const pdf = await openPdf(input);
    try {
      return await use(pdf);
    } finally {
      await pdf.close();
    }
  });
  pdfQueue = run.catch(() => undefined);
  return run;
}

/** A page with a real text layer keeps its words and gets a viewer image; any other page is rendered for OCR. */
async function rasterizePdfPage(pdf: PdfDocument, index: number, ocrDpi: number): Promise<RasterPage> {
  const words = await pdf.textLayer(index, TEXT_LAYER_PAGE_DPI);
  if (!hasRealText(words)) {
    const { pixels, width, height, dpi } = await pdf.renderGreyscale(index, ocrDpi);
    return { index, width, height, dpi, pixels };
  }
  const { pixels, width, height, dpi } = await pdf.renderGreyscale(index, TEXT_LAYER_PAGE_DPI);
  // A huge page is rendered below the requested dpi: the boxes must match the image actually made.
  const textLayer = dpi === TEXT_LAYER_PAGE_DPI ? words : await pdf.textLayer(index, dpi);
  return { index, width, height, dpi, pixels, textLayer };
}

function hasRealText(words: Word[]): boolean {
  let count = 0;
  for (const word of words) {
    count += word.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (count >= MIN_TEXT_LAYER_CHARS) return true;
  }
  return false;
}

// ---- errors --------------------------------------------------------------------------------------

function asUnreadable(error: unknown, format: InputFormat): UnreadableInputError {
  if (error instanceof UnreadableInputError) return error;
  const label = FORMAT_LABELS[format];
  if (error instanceof Error && error.name === 'PasswordException') {
    return new UnreadableInputError(`${label} verschlüsselt: ohne Kennwort nicht zu öffnen`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  const known = KNOWN_DETAILS.find(({ pattern }) => pattern.test(detail));
  // The library's own words stay in brackets: IT searches for them when a scanner keeps failing.
  return new UnreadableInputError(`${label} beschädigt: ${known ? `${known.german} (${detail})` : detail}`, { cause: error });
}

/** What sharp (libvips) and pdf.js say about a damaged file, in words the mailroom understands. */
const KNOWN_DETAILS: { pattern: RegExp; german: string }[] = [
  { pattern: /end of stream|premature end|truncated|unexpected end/i, german: 'Datei endet vorzeitig, wohl nicht fertig geschrieben' },
  { pattern: /unsupported image format/i, german: 'Inhalt in keinem lesbaren Bildformat, wohl abgebrochen oder falsch benannt' },
  { pattern: /invalid pdf structure|missing pdf|xref/i, german: 'PDF-Aufbau ungültig, wohl abgebrochen oder nicht fertig geschrieben' },
  { pattern: /corrupt header/i, german: 'Dateikopf fehlerhaft' },
];

// Formats people do drop into a scanner folder, named so IT sees at once what arrived.
const KNOWN_UNSUPPORTED: { bytes: number[]; offset?: number; name: string }[] = [
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'ein GIF-Bild' },
  { bytes: [0x42, 0x4d], name: 'ein BMP-Bild' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, name: 'ein WebP-Bild' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'ein HEIF/HEIC-Bild oder -Video' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ein ZIP-Archiv (auch DOCX, XLSX, ODT)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'eine alte Office-Datei (DOC, XLS, MSG)' },
];

function describeUnsupported(input: Uint8Array): string {
  if (input.length === 0) return 'leere Datei (0 Byte)';
  const head = [...input.subarray(0, 8)];
  const hex = head.map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  const ascii = head.map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.')).join('');
  const known = KNOWN_UNSUPPORTED.find(({ bytes, offset = 0 }) => startsWith(input.subarray(offset), bytes));
  const guess = known ? `; vermutlich ${known.name}` : '';
  return `weder Bild noch PDF in einem unterstützten Format (beginnt mit ${hex} "${ascii}"${guess}); angenommen werden JPEG, PNG, TIFF und PDF`;
}

function startsWith(input: Uint8Array, bytes: readonly number[]): boolean {
  return input.length >= bytes.length && bytes.every((byte, i) => input[i] === byte);
}
