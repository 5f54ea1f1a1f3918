// Preprocessing before OCR, with sharp: greyscale, orientation (0/90/180/270), deskew, contrast
// stretch, resolution by text height, and a binarised image for Tesseract. Also yields the
// upright greyscale image the viewer shows, so the scan is decoded once per page.
//
// Measured on the generator's bench pages (test/bench/ocr-bench.ts, 2-core machine): stretching
// paper to white and binarising at the midpoint cut the character error rate of tesseract.js
// with the tessdata_fast German model by about a third (scanner grey and specks otherwise
// become "words") and saved ~10 % of OCR time; 300 dpi beat 250 and 200 dpi on accuracy at
// nearly the same OCR time, because Tesseract scales every line to its network's height anyway.
import sharp from 'sharp';
import { detectOrientation, inkPoints, measureLevels, type Orientation, type Rotation } from './geometry.ts';

export { detectOrientation, findSkew, inkPoints, measureLevels, analyseLines } from './geometry.ts';
export type { Orientation, Rotation, GreyPixels, InkPoints, Levels, Skew, TextLines } from './geometry.ts';

/** Decoded 8-bit greyscale pixels, row by row (what the raster stage hands over). */
export interface GreyImage {
  pixels: Buffer;
  width: number;
  height: number;
}

export interface PreprocessOptions {
  /** Resolution the orientation and skew are measured at. Default 100 dpi. */
  analysisDpi?: number;
  /** Median text-line height (ink, in OCR pixels) aimed for; default 40 px (11 pt at 300 dpi). */
  targetLineHeight?: number;
  /** Viewer image width cap in pixels (about 200 dpi for A4). Default 1654. */
  viewerMaxWidth?: number;
  /** Use this quarter turn instead of the detected one (the second opinion for doubtful pages). */
  rotation?: Rotation;
}

export interface PreparedPage {
  /**
   * Binarised page, upright and deskewed, as a 1-bit PBM: Tesseract (Leptonica) reads it with no
   * decoding and skips its own thresholding (~0.2 s less CPU per page than a PNG, measured).
   */
  ocrImage: Buffer;
  /** The same page before binarising (8-bit greyscale, width × height): for re-reading a field. */
  ocrGrey: GreyImage;
  width: number;
  height: number;
  /** Resolution of ocrImage (after text-height scaling). */
  dpi: number;
  /**
   * Upright, deskewed greyscale JPEG (contrast stretched), at most viewerMaxWidth wide. JPEG, not
   * PNG: a fifth of the size and half the encoding time for a scan, and the searchable PDF embeds it as is.
   */
  viewerImage: Buffer;
  viewerWidth: number;
  viewerHeight: number;
  /** Clockwise quarter turn applied. */
  rotation: Rotation;
  /** Skew corrected, degrees (positive: the lines descended to the right). */
  skewDegrees: number;
  orientation: Orientation;
}

const DEFAULTS = { analysisDpi: 100, targetLineHeight: 40, viewerMaxWidth: 1654 } as const;
/**
 * Text stays crisp at 200 dpi; below quality ~75 JPEG rings around glyphs show. Without Huffman
 * optimisation (sharp's default is on) encoding takes about half the time for ~10 % more bytes
 * (a page: ~0.04 CPU s less, ~195 instead of ~178 KiB; bench pages).
 */
const VIEWER_JPEG = { quality: 80, optimiseCoding: false } as const;
/**
 * Below this the skew is left to Tesseract: resampling costs ~0.1–0.2 CPU s per page. Moving rows
 * and columns instead (three shears, no resampling: ~0.05 s) was tried and cost the corpus 4 points
 * of references and 1 of senders and letter dates: the glyphs' stair steps misread. Leaving
 * 0.8–1.5° to Tesseract cost nothing on the bench pages but broke the spacing of file numbers
 * ("1 Ca 1470/24" read "1Cal 470/24") on the corpus.
 */
const MIN_DESKEW_DEGREES = 0.8;
/**
 * Scale only when the text is clearly off the target size: resampling blurs glyphs a little.
 * Small print is enlarged only when tiny (low-resolution scans): enlarging 9-pt text at 300 dpi
 * by 1.5 cost 12 % more OCR time for the same error rate (bench pages, measured).
 */
const SCALE_BAND = { min: 0.75, max: 1.9 } as const;

/** `image`: the raster stage's pixels, or an encoded image file (PNG, JPEG, TIFF) that is decoded here. */
export async function preparePage(image: GreyImage | Buffer, dpi: number, options: PreprocessOptions = {}): Promise<PreparedPage> {
  const settings = { ...DEFAULTS, ...options };
  const decoded = Buffer.isBuffer(image)
    ? await sharp(image).flatten({ background: '#ffffff' }).greyscale().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true })
    : { data: image.pixels, info: { width: image.width, height: image.height } };
  const { width, height } = decoded.info;

  const analysisScale = Math.min(1, settings.analysisDpi / dpi);
  const small = analysisScale < 1
    ? await sharp(decoded.data, { raw: { width, height, channels: 1 } })
      .resize({ width: Math.max(1, Math.round(width * analysisScale)), kernel: 'linear' })
      // sharp turns one-channel raw input into sRGB on output unless told otherwise.
      .toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
    : decoded;
  const smallPixels = { data: new Uint8Array(small.data.buffer, small.data.byteOffset, small.data.length), width: small.info.width, height: small.info.height };
  const levels = measureLevels(smallPixels);
  const found = detectOrientation(inkPoints(smallPixels, levels));
  const orientation: Orientation = options.rotation === undefined ? found : { ...found, rotation: options.rotation };
  const skew = Math.abs(orientation.skewDegrees) >= MIN_DESKEW_DEGREES ? orientation.skewDegrees : 0;

  // Text-height scaling: lines measured at the analysis resolution, mapped back to the page's.
  const lineHeight = orientation.lines.medianHeight / (small.info.width / width);
  const wanted = lineHeight > 0 ? settings.targetLineHeight / lineHeight : 1;
  const scale = wanted < SCALE_BAND.min || wanted > SCALE_BAND.max ? Math.min(2, Math.max(0.5, wanted)) : 1;

  // One rotation: the quarter turn plus undoing the skew (sharp turns clockwise for positive angles).
  const angle = orientation.rotation - skew;
  const rotated = angle === 0
    ? decoded
    : await sharp(decoded.data, { raw: { width, height, channels: 1 } })
      .rotate(angle, { background: { r: levels.white, g: levels.white, b: levels.white } })
      .toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const rw = rotated.info.width;
  const rh = rotated.info.height;
  const raw = { raw: { width: rw, height: rh, channels: 1 } } as const;

  const ocrPixels = scale === 1
    ? rotated
    : await sharp(rotated.data, raw).resize({ width: Math.max(1, Math.round(rw * scale)), kernel: 'lanczos3' })
      .toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const ocrImage = toPbm(ocrPixels.data, ocrPixels.info.width, ocrPixels.info.height, (levels.black + levels.white) / 2);

  // Paper to white, darkest ink to black, for people.
  const gain = 255 / Math.max(1, levels.white - levels.black);
  const viewerOut = await sharp(rotated.data, raw).linear(gain, -levels.black * gain)
    // Linear is enough for a 2/3 reduction of a scan and a fifth cheaper than lanczos.
    .resize({ width: Math.min(rw, settings.viewerMaxWidth), withoutEnlargement: true, kernel: 'linear' })
    .toColourspace('b-w').jpeg(VIEWER_JPEG).toBuffer({ resolveWithObject: true });

  return {
    ocrImage, ocrGrey: { pixels: ocrPixels.data, width: ocrPixels.info.width, height: ocrPixels.info.height },
    width: ocrPixels.info.width, height: ocrPixels.info.height, dpi: Math.round(dpi * scale),
    viewerImage: viewerOut.data, viewerWidth: viewerOut.info.width, viewerHeight: viewerOut.info.height,
    rotation: orientation.rotation, skewDegrees: skew, orientation,
  };
}

/** Packs ink (darker than `threshold`) as set bits of a binary PBM (P4): 1 = black. */
export function toPbm(data: Uint8Array, width: number, height: number, threshold: number): Buffer {
  const header = Buffer.from(`P4\n${width} ${height}\n`, 'ascii');
  const rowBytes = Math.ceil(width / 8);
  const out = Buffer.alloc(header.length + rowBytes * height);
  header.copy(out, 0);
  // This runs over ~9 million pixels per A4 page: a lookup table and eight pixels per byte without
  // branches take a third less time than testing pixel by pixel (measured, 2480 × 3508).
  const ink = new Uint8Array(256);
  for (let value = 0; value < 256; value++) ink[value] = value < threshold ? 1 : 0;
  const fullBytes = width >> 3;
  for (let y = 0; y < height; y++) {
    let i = y * width;
    let target = header.length + y * rowBytes;
    for (let byte = 0; byte < fullBytes; byte++, i += 8) {
      out[target++] = (ink[data[i]!]! << 7) | (ink[data[i + 1]!]! << 6) | (ink[data[i + 2]!]! << 5) | (ink[data[i + 3]!]! << 4)
        | (ink[data[i + 4]!]! << 3) | (ink[data[i + 5]!]! << 2) | (ink[data[i + 6]!]! << 1) | ink[data[i + 7]!]!;
    }
    if (width % 8 === 0) continue;
    let bits = 0;
    for (let mask = 0x80, end = (y + 1) * width; i < end; i++, mask >>= 1) if (ink[data[i]!]) bits |= mask;
    out[target] = bits;
  }
  return out;
}
