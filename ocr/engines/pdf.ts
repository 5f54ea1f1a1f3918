// PDF engine over pdfjs-dist (legacy build, the one meant for Node): page count, text layer as
// words in image pixels, and rendering to greyscale pixels. Rendering uses @napi-rs/canvas, the
// canvas pdfjs itself loads in Node. Nothing is fetched: fonts, CMaps and decoders come from
// node_modules.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import type { Box } from '../../electron/contract/domain.ts';
import type { Word } from '../types.ts';

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

// In Node pdfjs runs its "worker" in-process (a fake worker that imports this module). Point it at
// the file explicitly instead of relying on pdfjs' relative default, so bundling cannot break it.
GlobalWorkerOptions.workerSrc = pathToFileURL(join(PDFJS_ROOT, 'legacy', 'build', 'pdf.worker.mjs')).href;

/** Points per inch: PDF user space unit. */
const PDF_UNITS_PER_INCH = 72;
/** Cap on rendered pixels so a poster-sized page cannot exhaust memory (A3 at 300 dpi is 17 MP). */
const MAX_RENDER_PIXELS = 40_000_000;

export interface PdfPageSize {
  /** Size in PDF points after the page's /Rotate is applied. */
  widthPt: number;
  heightPt: number;
}

export interface RenderedPage {
  /** 8-bit greyscale pixels, row by row (width × height bytes). */
  pixels: Buffer;
  width: number;
  height: number;
  /** The dpi actually used: lower than requested when the page is huge. */
  dpi: number;
}

export interface PdfDocument {
  readonly pageCount: number;
  pageSize(pageIndex: number): Promise<PdfPageSize>;
  /** Words of the page's text layer, boxes in pixels of the page rendered at `dpi`. */
  textLayer(pageIndex: number, dpi: number): Promise<Word[]>;
  renderGreyscale(pageIndex: number, dpi: number): Promise<RenderedPage>;
  close(): Promise<void>;
}

/** Opens a PDF. Throws pdfjs' own errors (InvalidPDFException, PasswordException, ...). */
export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const loadingTask = getDocument({
    // pdfjs may detach the array it is given: hand it a copy, the caller keeps its buffer.
    data: new Uint8Array(data),
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
    cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
    cMapPacked: true,
    iccUrl: join(PDFJS_ROOT, 'iccs') + '/',
    wasmUrl: join(PDFJS_ROOT, 'wasm') + '/',
    isEvalSupported: false,
    // Errors only: pdfjs warns on every slightly odd PDF, which scanners produce all day.
    verbosity: 0,
  });
  const proxy = await loadingTask.promise;
  return new PdfjsDocument(proxy);
}

class PdfjsDocument implements PdfDocument {
  readonly #proxy: PDFDocumentProxy;
  readonly pageCount: number;

  constructor(proxy: PDFDocumentProxy) {
    this.#proxy = proxy;
    this.pageCount = proxy.numPages;
  }

  async pageSize(pageIndex: number): Promise<PdfPageSize> {
    return this.#withPage(pageIndex, (page) => {
      const viewport = page.getViewport({ scale: 1 });
      return { widthPt: viewport.width, heightPt: viewport.height };
    });
  }

  async textLayer(pageIndex: number, dpi: number): Promise<Word[]> {
    return this.#withPage(pageIndex, async (page) => {
      const viewport = page.getViewport({ scale: dpi / PDF_UNITS_PER_INCH });
      const content = await page.getTextContent();
      return wordsFromTextContent(content, viewport.transform);
    });
  }

  async renderGreyscale(pageIndex: number, requestedDpi: number): Promise<RenderedPage> {
    return this.#withPage(pageIndex, async (page) => {
      const dpi = cappedDpi(page.getViewport({ scale: 1 }), requestedDpi);
      const viewport = page.getViewport({ scale: dpi / PDF_UNITS_PER_INCH });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      const canvas = createCanvas(width, height);
      try {
        // pdfjs' types name the DOM canvas; in Node it draws on @napi-rs/canvas (its own NodeCanvasFactory does the same).
        await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: '#ffffff' }).promise;
        const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
        const pixels = await sharp(rgba, { raw: { width, height, channels: 4 } })
          .flatten({ background: '#ffffff' })
          .toColourspace('b-w')
          .raw({ depth: 'uchar' })
          .toBuffer();
        return { pixels, width, height, dpi };
      } finally {
        // Frees the pixel memory now (35 MB for A4 at 300 dpi) instead of whenever the GC runs.
        canvas.width = 0;
        canvas.height = 0;
      }
    });
  }

  async close(): Promise<void> {
    await this.#proxy.destroy();
  }

  async #withPage<T>(pageIndex: number, use: (page: PDFPageProxy) => T | Promise<T>): Promise<T> {
    const page = await this.#proxy.getPage(pageIndex + 1);
    try {
      return await use(page);
    } finally {
      // Frees the page's operator list and decoded images: documents can have hundreds of pages.
      page.cleanup();
    }
  }
}

function cappedDpi(sizeAtOnePt: { width: number; height: number }, requestedDpi: number): number {
  const areaInSquareInches = (sizeAtOnePt.width / PDF_UNITS_PER_INCH) * (sizeAtOnePt.height / PDF_UNITS_PER_INCH);
  const maxDpi = Math.sqrt(MAX_RENDER_PIXELS / Math.max(areaInSquareInches, 1e-6));
  return Math.min(requestedDpi, Math.floor(maxDpi));
}

// ---- text layer → words ------------------------------------------------------------------------

/** Affine matrix [a, b, c, d, e, f] as used by PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly number[];

interface PlacedWord {
  text: string;
  box: Box;
  /** Baseline height in pixels, for grouping words into lines. */
  baselineY: number;
  fontHeight: number;
}

/** Typical Latin font metrics, for fonts whose ascent/descent pdfjs could not read. */
const FALLBACK_ASCENT = 0.8;
const FALLBACK_DESCENT = -0.2;

function wordsFromTextContent(content: TextContent, viewportTransform: Matrix): Word[] {
  const placed: PlacedWord[] = [];
  let previousEndedWord = false;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    const style = content.styles[item.fontName];
    const pieces = placeItemWords(item, style, viewportTransform);
    const continuesWord = previousEndedWord && !/^\s/.test(item.str);
    const [first, ...rest] = pieces;
    const last = placed.at(-1);
    if (first && last && continuesWord && touches(last, first)) {
      // A font change inside a word ("**Rech**nung") splits it into two items without a space.
      placed[placed.length - 1] = mergeWords(last, first);
      placed.push(...rest);
    } else {
      placed.push(...pieces);
    }
    if (item.str.length > 0 || item.hasEOL) previousEndedWord = !item.hasEOL && /\S$/.test(item.str);
  }
  return assignLines(placed);
}

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

/** Splits one text item into words and places each in pixel space. */
function placeItemWords(item: TextItem, style: TextStyle | undefined, viewportTransform: Matrix): PlacedWord[] {
  if (!/\S/.test(item.str)) return [];
  const toPixels = multiply(viewportTransform, item.transform as Matrix);
  // item.width is in user space; the text-space advance is that divided by the font size.
  const advance = item.width / (Math.hypot(item.transform[0] as number, item.transform[1] as number) || 1);
  const ascent = style?.ascent || FALLBACK_ASCENT;
  const descent = style?.descent || FALLBACK_DESCENT;
  const fractionAt = advanceFractions(item.str, style?.fontFamily);
  const baselineY = toPixels[5] ?? 0;
  const fontHeight = Math.hypot(toPixels[2] ?? 0, toPixels[3] ?? 0);
  return [...item.str.matchAll(/\S+/g)].map((match) => {
    const start = fractionAt(match.index) * advance;
    const end = fractionAt(match.index + match[0].length) * advance;
    return { text: match[0], box: boundingBox(toPixels, [start, descent], [end, ascent]), baselineY, fontHeight };
  });
}

// Spreading the item's exact width over its characters by their widths in the font's generic
// family is far better than equal shares ("Ihnen" vs "WWW"). Widths are measured once per
// character and family; equal shares remain the fallback (e.g. no fonts installed).
let measuringContext: SKRSContext2D | undefined;
const charWidthsByFamily = new Map<string, Map<string, number>>();

/** Returns the fraction (0..1) of the item's advance before a character offset. */
function advanceFractions(str: string, fontFamily: string | undefined): (offset: number) => number {
  const equalShares = (offset: number) => offset / str.length;
  // Offsets are UTF-16 indexes: a surrogate pair (emoji, rare CJK) would need two widths.
  if (/[\uD800-\uDFFF]/.test(str)) return equalShares;
  const prefix = [0];
  for (const char of str) prefix.push((prefix.at(-1) ?? 0) + charWidth(char, fontFamily || 'sans-serif'));
  const total = prefix.at(-1) ?? 0;
  if (!(total > 0)) return equalShares;
  return (offset) => (prefix[offset] ?? total) / total;
}

function charWidth(char: string, family: string): number {
  let widths = charWidthsByFamily.get(family);
  if (!widths) {
    widths = new Map();
    charWidthsByFamily.set(family, widths);
  }
  let width = widths.get(char);
  if (width === undefined) {
    measuringContext ??= createCanvas(1, 1).getContext('2d');
    measuringContext.font = `100px ${family}`;
    width = measuringContext.measureText(char).width;
    widths.set(char, width);
  }
  return width;
}

function multiply(m1: Matrix, m2: Matrix): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

type Point = readonly [x: number, y: number];

/** Axis-aligned pixel box of the text-space rectangle spanned by two opposite corners. */
function boundingBox(m: Matrix, [x0, y0]: Point, [x1, y1]: Point): Box {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const corners: Point[] = [[x0, y0], [x1, y0], [x0, y1], [x1, y1]];
  const pixels = corners.map(([x, y]) => [a * x + c * y + e, b * x + d * y + f] as const);
  const xs = pixels.map(([x]) => x);
  const ys = pixels.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function touches(left: PlacedWord, right: PlacedWord): boolean {
  const gap = right.box.x0 - left.box.x1;
  const tolerance = 0.25 * Math.min(left.fontHeight, right.fontHeight);
  return Math.abs(right.baselineY - left.baselineY) <= tolerance && gap <= tolerance && gap >= -tolerance;
}

function mergeWords(left: PlacedWord, right: PlacedWord): PlacedWord {
  return {
    text: left.text + right.text,
    box: {
      x0: Math.min(left.box.x0, right.box.x0),
      y0: Math.min(left.box.y0, right.box.y0),
      x1: Math.max(left.box.x1, right.box.x1),
      y1: Math.max(left.box.y1, right.box.y1),
    },
    baselineY: left.baselineY,
    fontHeight: Math.max(left.fontHeight, right.fontHeight),
  };
}

/**
 * Groups words into lines by baseline (top to bottom), orders each line left to right and numbers
 * the lines from 0. Words whose baselines differ by less than half a font height share a line.
 */
function assignLines(placed: PlacedWord[]): Word[] {
  const byBaseline = [...placed].sort((p, q) => p.baselineY - q.baselineY);
  const lines: PlacedWord[][] = [];
  for (const word of byBaseline) {
    const line = lines.at(-1);
    const anchor = line?.[0];
    if (line && anchor && word.baselineY - anchor.baselineY <= 0.5 * Math.min(anchor.fontHeight, word.fontHeight)) {
      line.push(word);
    } else {
      lines.push([word]);
    }
  }
  return lines.flatMap((line, lineNumber) =>
    line
      .sort((p, q) => p.box.x0 - q.box.x0)
      .map((word) => ({ text: word.text, box: roundBox(word.box), confidence: 1, line: lineNumber })),
  );
}

function roundBox(box: Box): Box {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) };
}
