// Text normalisation for matching German OCR text. Rules and the model never see raw OCR text:
// they see a folded form (lower case, umlauts spelt out, ligatures split, hyphenation joined,
// typical OCR letter/digit swaps repaired inside words), so one pattern covers all spellings.

const LIGATURES: Record<string, string> = {
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
};

const UMLAUTS: Record<string, string> = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'ẞ': 'ss' };

/** Joins words split by a hyphen at a line end ("Rech-\nnung"), keeping real compounds' hyphens
 *  when the next part starts upper case ("Bau-\nAntrag" stays "Bau-Antrag"). */
export function joinHyphenation(text: string): string {
  return text
    .replace(/\u00ad\s*/g, '')
    .replace(/([a-zäöüß])[-‐‑¬]\s*\n\s*([a-zäöüß])/g, '$1$2');
}

/** Repairs digits that OCR put into words ("Rechnuпg", "Mahnunq" stay; "Bescheld", "5teuer"
 *  partly): a token that is mostly letters gets its digit look-alikes turned into letters. */
function repairWordToken(token: string): string {
  const letters = (token.match(/[a-z]/g) ?? []).length;
  const digits = (token.match(/[0-9|]/g) ?? []).length;
  if (digits === 0 || letters < 3 || letters < digits * 2) return token;
  return token.replace(/0/g, 'o').replace(/[1|]/g, 'l').replace(/5/g, 's').replace(/8/g, 'b');
}

/** The folded form used by every matcher: lower case, ASCII, single spaces, one line per line. */
export function foldText(text: string): string {
  let t = joinHyphenation(text.normalize('NFC'));
  t = t.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);
  t = t.toLowerCase().replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c);
  // Remaining accents (é, è, ô) and combining marks from OCR.
  t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  t = t.replace(/[“”„‚‘’´`]/g, '"').replace(/[‐‑–—]/g, '-');
  t = t.replace(/[^\S\n]+/g, ' ');
  t = t.replace(/[a-z0-9|]+/g, repairWordToken);
  return t.split('\n').map((line) => line.trim()).join('\n');
}

/** Folds a single line (no hyphenation across lines). */
export function foldLine(line: string): string {
  return foldText(line).replace(/\n/g, ' ');
}

/** Tokens (letters and digits) of folded text. */
export function tokenize(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** Remembers a pure function's results per word: the fuzzy rules compare every token of a letter
 *  with hundreds of keywords, so the same few thousand words are folded again and again. */
function memoized(compute: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= 50_000) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}

/** Maps OCR-confusable letter groups onto one spelling before fuzzy comparison. */
export const ocrCanonical = memoized((word) =>
  word.replace(/rn/g, 'm').replace(/cl/g, 'd').replace(/vv/g, 'w').replace(/ii/g, 'u').replace(/[il1|]/g, 'l'));

/** Levenshtein distance with an early exit once `max` is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many edits a keyword of this length tolerates: short words none, else one, long ones two. */
export function toleratedEdits(length: number): number {
  if (length < 6) return 0;
  if (length < 12) return 1;
  return 2;
}

/** True when `token` is the keyword up to OCR noise (confusable letters, a few edits). */
export function fuzzyEquals(token: string, keyword: string): boolean {
  if (token === keyword) return true;
  const a = ocrCanonical(token);
  const b = ocrCanonical(keyword);
  if (a === b) return true;
  const max = toleratedEdits(keyword.length);
  return max > 0 && editDistance(a, b, max) <= max;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A coarser canonical form for matching OCR tokens against a closed list of keywords: besides
 *  ocrCanonical's groups, letters print OCR confuses share one symbol (c/e, h/b, q/g, ri and u/n),
 *  so "Entschcidung", "innerbalb", "Taqen", "spätesteris" and "Rechuung" meet their keyword. */
export const ocrConfusable = memoized((word) =>
  ocrCanonical(word.replace(/r[il1|í]/g, 'n')).replace(/c/g, 'e').replace(/b/g, 'h').replace(/q/g, 'g').replace(/u/g, 'n'));

/** True when `token` is `keyword` up to OCR confusions and, for keywords of seven letters or
 *  more, the letters toleratedEdits allows read wrong in place. Only substitutions: an inserted or
 *  dropped letter turns real words into keywords ("Konto" into "Skonto", "Monate" into "Monats"). */
export function ocrMatches(token: string, keyword: string): boolean {
  if (token === keyword) return true;
  const a = ocrConfusable(token);
  const b = ocrConfusable(keyword);
  if (a === b) return true;
  if (a.length !== b.length || keyword.length < 7) return false;
  const max = toleratedEdits(keyword.length);
  let wrong = 0;
  for (let i = 0; i < a.length && wrong <= max; i++) if (a[i] !== b[i]) wrong++;
  return wrong <= max;
}

/** Repairs the tokens of lower-case text that OCR damaged but that are one of `keywords` up to
 *  OCR noise: a confusable or mistyped token ("zahibar", "zurn", "spatesteus") becomes the keyword,
 *  a keyword split by a stray space ("f allig") is joined, two keywords glued by a lost space
 *  ("tagennetto", "biszum") are parted, and digits read as letters in a short number ("3o") are
 *  turned back. Tokens that are keywords themselves stay; the text's length may change. */
export function repairKeywords(text: string, keywords: readonly string[]): string {
  const known = new Set(keywords);
  const cache = new Map<string, string | undefined>();
  const match = (token: string): string | undefined => {
    if (known.has(token)) return token;
    if (cache.has(token)) return cache.get(token);
    let found: string | undefined;
    if (token.length >= 2 && /[a-z]/.test(token)) found = keywords.find((keyword) => ocrMatches(token, keyword));
    if (!found && token.length >= 6) {
      for (let i = 3; i <= token.length - 3 && !found; i++) {
        const head = token.slice(0, i);
        const tail = token.slice(i);
        if (known.has(head) && known.has(tail)) found = `${head} ${tail}`;
      }
    }
    cache.set(token, found);
    return found;
  };
  const tokens = text.split(/([a-z0-9|]+)/);
  // tokens alternates: separator, word, separator, word, …, separator.
  for (let i = 1; i < tokens.length; i += 2) {
    const token = tokens[i] ?? '';
    if (/^[0-9oil|]{1,3}$/.test(token) && /[0-9]/.test(token)) {
      tokens[i] = token.replace(/o/g, '0').replace(/[il|]/g, '1');
      continue;
    }
    const next = tokens[i + 2];
    if (!known.has(token) && next !== undefined && tokens[i + 1] === ' ' && !known.has(next)) {
      const joined = token + next;
      const whole = joined.length >= 5 ? match(joined) : undefined;
      if (whole && !whole.includes(' ') && !match(token) && !match(next)) {
        tokens[i] = whole;
        tokens[i + 1] = '';
        tokens[i + 2] = '';
        i += 2;
        continue;
      }
    }
    if (known.has(token)) continue;
    const repaired = match(token);
    if (repaired) tokens[i] = repaired;
  }
  return tokens.join('');
}

/** The digit printed for each digit a scan's OCR misreads: read → printed (a zero read as 9, 8 or 6;
 *  a 7 as 1; a 5 as 3), measured on the dev scan letters. Only these directions count. */
export const PRINTED_DIGIT_OF: Readonly<Record<string, string>> = { '9': '0', '8': '0', '6': '0', '1': '7', '3': '5' };

/** Month names and the abbreviations letters use, folded (ä → ae), with their numbers; with the
 *  Austrian "Jänner" and "Feber". */
export const GERMAN_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, jaenner: 1, februar: 2, feb: 2, feber: 2, maerz: 3, marz: 3, mrz: 3, maer: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};
// English invoices: "April 7, 2026", "Mar. 31st 2026".
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** French month names without accents (bilingual letters from Luxembourg, Belgium, Switzerland). */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
