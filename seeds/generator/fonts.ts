// Text widths for wrapping. Liberation fonts are metric-compatible with the PDF standard fonts
// (Sans = Helvetica, Serif = Times, Mono = Courier), so pdf-lib's AFM metrics are exact for
// them; DejaVu is wider and measured against them with a factor (checked by rendering).
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import type { FontFamily } from './model.ts';

type Embedder = ReturnType<typeof StandardFontEmbedder.for>;
const embedders = new Map<string, Embedder>();

export function standardFontName(family: FontFamily, bold: boolean): StandardFonts {
  if (family.endsWith('Mono')) return bold ? StandardFonts.CourierBold : StandardFonts.Courier;
  if (family.endsWith('Serif')) return bold ? StandardFonts.TimesRomanBold : StandardFonts.TimesRoman;
  return bold ? StandardFonts.HelveticaBold : StandardFonts.Helvetica;
}

const WIDTH_FACTOR: Record<FontFamily, number> = {
  'Liberation Sans': 1, 'Liberation Serif': 1, 'Liberation Mono': 1,
  'DejaVu Sans': 1.14, 'DejaVu Serif': 1.3,
};

export function textWidth(text: string, family: FontFamily, bold: boolean, sizePx: number): number {
  const name = standardFontName(family, bold);
  let embedder = embedders.get(name);
  if (!embedder) {
    // pdf-lib's StandardFonts enum and its FontNames are the same strings under two types.
    embedder = StandardFontEmbedder.for(name as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);
    embedders.set(name, embedder);
  }
  return embedder.widthOfTextAtSize(text, sizePx) * WIDTH_FACTOR[family];
}

/** Greedy word wrap; a word longer than the line is left to overflow rather than split. */
export function wrap(text: string, family: FontFamily, bold: boolean, sizePx: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, family, bold, sizePx) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
