// Second reading of IBANs whose check digits fail. A page's OCR often gets a digit or two of an
// IBAN in small footer print wrong ("DEBS 2008 …" for "DE88 2008 …"), and the extractor rightly
// drops an IBAN that fails its check: a wrong account must never be guessed. Read once more as
// one line from the greyscale page, with only capitals and digits allowed, it mostly comes out
// right, and the check digits say whether it did. Costs ~50 ms per doubtful IBAN, nothing otherwise.
import sharp from 'sharp';
import type { OcrPool } from './engines/tesseract.ts';
import { findIbans, isIbanCountry } from './extract/iban.ts';
import type { GreyImage } from './preprocess/index.ts';
import type { Word } from './types.ts';

const IBAN_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
/** "IBAN", "IBAN:", also as OCR misreads it; a glued "IBAN:DE88…" keeps its rest. */
const KEYWORD = /^I[BS8]AN:?(.*)$/i;
/** Country code and check digits, look-alikes allowed: "DE88", "DEBS", "DE8S", "DE@6". */
const IBAN_START = /^([A-Z]{2})[0-9OoQIlSBZ@]{2}/;
/** A word that may be part of an IBAN as OCR reads it: letters, digits and look-alikes ('@' for a 0) only. */
const IBAN_PART = /^[A-Za-z0-9|!@]{1,34}[.,;]?$/;
/** The bank code that follows, or a word: three small letters in a row are no misread digits. */
const NOT_A_PART = /^(BIC|SWIFT|BLZ|Kto|Konto)|[a-zäöüß]{3}/;
/** Specks and punctuation OCR puts before a word ("·DE91…"). */
const LEADING_JUNK = /^[^A-Za-z0-9]+/;
const MAX_IBAN_LENGTH = 34;
/** A page names its own account and the payee's at most; more doubtful spans are no IBANs. */
const MAX_REREADS_PER_PAGE = 3;

export interface RereadOptions {
  /** Resolution of `grey` (the word boxes' image). */
  dpi: number;
  urgent?: boolean;
}

/**
 * The page's words with every IBAN that failed its check and reads valid a second time replaced
 * by that reading (one word per group of four, boxes shared out over the span); unchanged
 * otherwise. `grey` is the image the word boxes refer to, before binarising.
 */
export async function rereadIbans(words: Word[], grey: GreyImage, pool: OcrPool, options: RereadOptions): Promise<Word[]> {
  let result = words;
  for (const span of doubtfulIbanSpans(words).slice(0, MAX_REREADS_PER_PAGE)) {
    const reading = await readIban(span, grey, pool, options);
    if (!reading) continue;
    const first = result.indexOf(span.words[0]!);
    result = [...result.slice(0, first), ...ibanWords(reading, span), ...result.slice(first + span.words.length)];
  }
  return result;
}

interface Span {
  words: Word[];
  /** The first word starts with "IBAN" (glued to the number): its reading is stripped of it. */
  gluedKeyword: boolean;
}

/** Runs of IBAN-like words after an "IBAN" keyword or from a country code on, that hold no valid IBAN. */
export function doubtfulIbanSpans(words: Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const keyword = KEYWORD.exec(word.text.replace(LEADING_JUNK, ''));
    const gluedKeyword = keyword !== null && keyword[1] !== '';
    const startsHere = gluedKeyword || (!keyword && startsLikeIban(word.text));
    const from = startsHere ? i : keyword ? i + 1 : -1;
    if (from === -1 || from >= words.length) continue;
    const span: Word[] = [];
    const texts: string[] = [];
    let length = 0;
    let k = from;
    for (; k < words.length && words[k]!.line === word.line; k++) {
      const text = k === i ? (gluedKeyword ? keyword[1]! : words[k]!.text.replace(LEADING_JUNK, '')) : words[k]!.text;
      if (!IBAN_PART.test(text) || NOT_A_PART.test(text) || length >= MAX_IBAN_LENGTH) break;
      span.push(words[k]!);
      texts.push(text);
      length += text.replace(/[.,;]$/, '').length;
    }
    if (length < 15) continue;
    if (findIbans(texts.join(' ')).length === 0) spans.push({ words: span, gluedKeyword });
    i = k - 1;
  }
  return spans;
}

function startsLikeIban(text: string): boolean {
  const start = IBAN_START.exec(text.replace(LEADING_JUNK, ''));
  return start !== null && isIbanCountry(start[1]!);
}

interface Reading {
  iban: string;
  confidence: number;
}

async function readIban(span: Span, grey: GreyImage, pool: OcrPool, options: RereadOptions): Promise<Reading | undefined> {
  const box = unionBox(span.words);
  const lineHeight = box.y1 - box.y0;
  const left = Math.max(0, box.x0 - lineHeight);
  const top = Math.max(0, box.y0 - Math.round(lineHeight / 2));
  const right = Math.min(grey.width, box.x1 + lineHeight);
  const bottom = Math.min(grey.height, box.y1 + Math.round(lineHeight / 2));
  if (right <= left || bottom <= top) return undefined;
  const crop = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .extract({ left, top, width: right - left, height: bottom - top })
    .png({ compressionLevel: 1 }).toBuffer();
  const read = await pool.recognize(crop, { dpi: options.dpi, urgent: options.urgent, lineOf: IBAN_CHARACTERS });
  const text = span.gluedKeyword ? read.text.replace(/^\s*I[BS8]AN\s*/, '') : read.text;
  const iban = findIbans(text)[0]?.iban;
  return iban ? { iban, confidence: read.confidence } : undefined;
}

/** The IBAN in groups of four (after its keyword, if glued to it), each with its share of the span's box. */
function ibanWords({ iban, confidence }: Reading, span: Span): Word[] {
  const box = unionBox(span.words);
  const groups = [...(span.gluedKeyword ? ['IBAN'] : []), ...(iban.match(/.{1,4}/g) ?? [])];
  const characters = groups.reduce((sum, group) => sum + group.length + 1, -1);
  const slot = (box.x1 - box.x0) / Math.max(1, characters);
  let x = box.x0;
  return groups.map((text) => {
    const x0 = Math.round(x);
    x += slot * (text.length + 1);
    return { text, box: { x0, y0: box.y0, x1: Math.round(x - slot), y1: box.y1 }, confidence, line: span.words[0]!.line };
  });
}

function unionBox(words: Word[]): Word['box'] {
  return {
    x0: Math.min(...words.map((w) => w.box.x0)), y0: Math.min(...words.map((w) => w.box.y0)),
    x1: Math.max(...words.map((w) => w.box.x1)), y1: Math.max(...words.map((w) => w.box.y1)),
  };
}
