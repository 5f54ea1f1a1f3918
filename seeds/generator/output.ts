// Writes a letter's scanned pages in the formats a scanner folder sees: PNG, JPEG, multi-page
// TIFF (JPEG-compressed grey or CCITT G4 bilevel), image-only PDF, and born-digital PDF with a
// real text layer in the PDF standard fonts (WinAnsi: umlauts, €, „“ and – are all encodable).
import sharp from 'sharp';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import type { GeneratedLetter, OutputFormat } from './model.ts';
import type { PageLayout } from './layout.ts';
import { standardFontName } from './fonts.ts';
import { scanPage, type RawPage } from './scan.ts';

export const EXTENSIONS: Record<OutputFormat, string> = { png: 'png', jpeg: 'jpg', tiff: 'tif', 'pdf-scan': 'pdf', 'pdf-text': 'pdf' };

const A4 = { w: 595.28, h: 841.89 };

function rawInput(p: RawPage): { raw: { width: number; height: number; channels: 1 } } {
  return { raw: { width: p.width, height: p.height, channels: 1 } };
}

export async function renderLetterPages(letter: GeneratedLetter): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  // One page at a time: a raw A4 page is 8.7 MB and letters already run in parallel.
  for (let i = 0; i < letter.pages.length; i++) {
    pages.push(await scanPage(letter.pages[i] as PageLayout, letter.plan, i, letter.seed));
  }
  return pages;
}

export async function encodePng(page: RawPage, palette = false): Promise<Buffer> {
  const img = sharp(page.data, rawInput(page)).toColourspace('b-w');
  if (palette) return img.png({ palette: true, colours: 16, dither: 0, compressionLevel: 9 }).toBuffer();
  return img.png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}

export async function encodeJpeg(page: RawPage, quality: number): Promise<Buffer> {
  return sharp(page.data, rawInput(page)).toColourspace('b-w').jpeg({ quality, mozjpeg: false }).toBuffer();
}

async function encodeTiff(pages: RawPage[], bilevel: boolean, quality: number): Promise<Buffer> {
  const first = pages[0];
  if (!first) throw new Error('no pages');
  if (pages.some((p) => p.width !== first.width || p.height !== first.height)) throw new Error('multi-page TIFF needs pages of one size');
  const tall = Buffer.concat(pages.map((p) => p.data));
  const img = sharp(tall, { raw: { width: first.width, height: first.height * pages.length, channels: 1, pageHeight: first.height } }).toColourspace('b-w');
  if (bilevel) return img.threshold(165).tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4 }).toBuffer();
  return img.tiff({ compression: 'jpeg', quality, xres: 300 / 25.4, yres: 300 / 25.4 }).toBuffer();
}

async function encodeScanPdf(pages: RawPage[], quality: number): Promise<Buffer> {
  // updateMetadata: false keeps creation dates out, so the same seed gives the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const p of pages) {
    const jpg = await pdf.embedJpg(await encodeJpeg(p, quality));
    const landscape = p.width > p.height;
    const page = pdf.addPage(landscape ? [A4.h, A4.w] : [A4.w, A4.h]);
    page.drawImage(jpg, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  }
  return Buffer.from(await pdf.save());
}

/** A born-digital PDF: the layout drawn as vector text, so pdf text extraction yields pageTexts. */
export async function encodeTextPdf(layouts: PageLayout[]): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = new Map<string, PDFFont>();
  const k = 72 / 300;
  for (const layout of layouts) {
    const page = pdf.addPage([A4.w, A4.h]);
    const top = A4.h;
    for (const s of layout.shapes) {
      const c = rgb(s.grey / 255, s.grey / 255, s.grey / 255);
      if (s.kind === 'rect') page.drawRectangle({ x: s.x * k, y: top - (s.y + s.h) * k, width: s.w * k, height: s.h * k, color: c });
      else if (s.kind === 'circle') page.drawCircle({ x: s.cx * k, y: top - s.cy * k, size: s.r * k, color: c });
      else if (s.kind === 'line') page.drawLine({ start: { x: s.x0 * k, y: top - s.y0 * k }, end: { x: s.x1 * k, y: top - s.y1 * k }, thickness: s.width * k, color: c });
      else page.drawSvgPath(s.d, { x: 0, y: top, scale: k, borderColor: c, borderWidth: s.width });
    }
    for (const t of layout.texts) {
      const name = standardFontName(t.family, t.bold);
      let font = fonts.get(name);
      if (!font) {
        font = await pdf.embedFont(name);
        fonts.set(name, font);
      }
      const size = t.sizePx * k;
      const width = font.widthOfTextAtSize(t.text, size);
      const x = t.x * k - (t.anchor === 'end' ? width : t.anchor === 'middle' ? width / 2 : 0);
      const y = top - t.y * k;
      const c = rgb(t.grey / 255, t.grey / 255, t.grey / 255);
      page.drawText(t.text, { x, y, size, font, color: c });
      if (t.underline) page.drawLine({ start: { x, y: y - size * 0.15 }, end: { x: x + width, y: y - size * 0.15 }, thickness: size * 0.06, color: c });
    }
  }
  return Buffer.from(await pdf.save());
}

/** The file bytes of a letter in its planned format. */
export async function encodeLetter(letter: GeneratedLetter): Promise<Buffer> {
  const { plan } = letter;
  if (plan.format === 'pdf-text') return encodeTextPdf(letter.pages);
  const pages = await renderLetterPages(letter);
  switch (plan.format) {
    case 'png':
    case 'jpeg': {
      const [only] = pages;
      if (!only || pages.length > 1) throw new Error(`${plan.format} holds one page; letter ${letter.seed} has ${pages.length}`);
      return plan.format === 'png' ? encodePng(only, !!plan.pngPalette) : encodeJpeg(only, plan.jpegQuality);
    }
    case 'tiff':
      return encodeTiff(pages, plan.bilevel, plan.jpegQuality);
    default:
      return encodeScanPdf(pages, plan.jpegQuality);
  }
}
