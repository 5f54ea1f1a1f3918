// The page image of a scanner's PDF, taken out as it is. A scanner PDF page is one JPEG drawn over
// the whole page; decoding that JPEG (sharp, ~40 ms) gives the scanner's own pixels at the scan's
// resolution, where rendering the page with pdf.js costs ~0.45 CPU s per A4 page at 300 dpi and
// resamples. Anything else (text, several images, masks, CMYK, a rotated placement) returns null
// and the page is rendered as before.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFObject, type PDFStream } from 'pdf-lib';

export interface ScanImage {
  /** The embedded JPEG file, unchanged. */
  jpeg: Uint8Array;
  /** The image's resolution on the page (its pixel width over the page width in inches). */
  dpi: number;
}

/** How far the image may miss the page edges (fraction of the page), e.g. a crop box of a few points. */
const PAGE_FIT = 0.02;
const POINTS_PER_INCH = 72;

export async function scanImageOfPage(data: Uint8Array, pageIndex: number): Promise<ScanImage | null> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  const page = doc.getPage(pageIndex);
  if (page.getRotation().angle % 360 !== 0) return null;
  const { width, height } = page.getSize();
  const operators = contentOf(page.node.Contents(), (ref) => doc.context.lookup(ref));
  if (operators === null) return null;
  // One image drawn with an axis-aligned matrix filling the page, and no text or vector drawing.
  const tokens = operators.split(/\s+/).filter(Boolean);
  if (tokens.some((token) => TEXT_OR_PATH.has(token))) return null;
  const draws = tokens.flatMap((token, i) => (token === 'Do' ? [tokens[i - 1] ?? ''] : []));
  if (draws.length !== 1) return null;
  // Writers place the image with one or several `cm` (pdf-lib: translate, rotate, scale, skew).
  let [a, b, c, d, e, f] = [1, 0, 0, 1, 0, 0];
  for (const [i, token] of tokens.entries()) {
    if (token !== 'cm') continue;
    const [ma, mb, mc, md, me, mf] = tokens.slice(i - 6, i).map(Number) as [number, number, number, number, number, number];
    [a, b, c, d, e, f] = [ma * a + mb * c, ma * b + mb * d, mc * a + md * c, mc * b + md * d, me * a + mf * c + e, me * b + mf * d + f];
  }
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || !fits(a, width) || !fits(d, height) || !fits(width + Math.abs(e), width) || !fits(height + Math.abs(f), height)) return null;

  const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
  const image = xObjects?.lookup(PDFName.of((draws[0] ?? '').replace(/^\//, '')));
  if (!(image instanceof PDFRawStream)) return null;
  const dict = image.dict;
  const name = (key: string) => dict.lookup(PDFName.of(key));
  const filter = name('Filter');
  const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
  const colourSpace = name('ColorSpace');
  const plain = name('Subtype') === PDFName.of('Image') && filters.length === 1 && filters[0] === PDFName.of('DCTDecode')
    && (colourSpace === PDFName.of('DeviceGray') || colourSpace === PDFName.of('DeviceRGB'))
    && name('Decode') === undefined && name('SMask') === undefined && name('Mask') === undefined;
  const pixelWidth = name('Width');
  if (!plain || !(pixelWidth instanceof PDFNumber)) return null;
  return { jpeg: image.contents, dpi: pixelWidth.asNumber() / (a / POINTS_PER_INCH) };
}

const TEXT_OR_PATH = new Set(['BT', 'Tj', 'TJ', 're', 'l', 'c', 'S', 'f', 'f*', 'B', 'b', 'sh', 'BI']);

function fits(value: number | undefined, size: number): boolean {
  return value !== undefined && Number.isFinite(value) && Math.abs(value - size) <= size * PAGE_FIT;
}

/** The page's content operators as text, or null when a stream cannot be decoded here. */
function contentOf(contents: PDFStream | PDFArray | undefined, lookup: (ref: PDFObject) => PDFObject | undefined): string | null {
  if (!contents) return null;
  const streams = contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents];
  const parts: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return null;
    try {
      parts.push(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'));
    } catch {
      return null;
    }
  }
  return parts.join('\n');
}
