// The letter as lines with word boxes, and its parts (letterhead, recipient address, reference
// block, subject, body, footer). Rules weigh evidence by the part it stands in, extractors read
// fields from the right part, and every match maps back to the word boxes it came from.
import type { Box, FieldSource } from '../../electron/contract/domain.ts';
import type { RecognizedPage, Word } from '../types.ts';
import { editDistance, ENGLISH_MONTHS, foldLine, GERMAN_MONTHS } from './normalize.ts';

export type Zone = 'letterhead' | 'returnAddress' | 'address' | 'reference' | 'date' | 'subject' | 'salutation' | 'body' | 'closing' | 'footer';

export interface Line {
  page: number;
  /** Position in the whole letter. */
  index: number;
  words: Word[];
  raw: string;
  /** Start offset of each word in `raw`. */
  rawStarts: number[];
  /** Folded form (see normalize.ts), built word by word so offsets map back to words. */
  folded: string;
  foldedStarts: number[];
  /** A visible gap (blank line) precedes this line. */
  gapBefore: boolean;
  /** Vertical position 0..1 on its page. */
  top: number;
  /** Horizontal start 0..1 on its page (0 without word boxes). */
  left: number;
  /** Part of a header line that OCR read together with text far to its left (the information
   *  block beside the recipient address, a date at the right margin): its own column. */
  rightColumn: boolean;
  /** The OCR line this part came from: parts of one row share it. */
  row: number;
  /** A text layer without word boxes keeps the writer's spacing: the character column where a
   *  second column starts after a wide run of spaces ("RECHNUNG        Nr.  R-27-1476"), with the
   *  index of its first word, and how far the line is indented. */
  textColumn?: { at: number; word: number };
  textIndent?: number;
  /** The same text layer's character column of each word, so a row of labels can be paired with
   *  the row of values below it by where each cell starts ("Kunden-Nr.    Ihr Zeichen" over
   *  "77104         9.50.30-WD-…"), as word boxes pair them on a scan. */
  textStarts?: number[];
  zone: Zone;
}

export interface Letter {
  lines: Line[];
  pages: RecognizedPage[];
  /** Mean OCR confidence over pages, 0..1. */
  ocrConfidence: number;
  /** Index range of the recipient address block, when found. */
  address?: { start: number; end: number };
  subjectLines: number[];
  salutation?: number;
  /** Lines of a firm's imprint recognised by what they say (register, tax number, management,
   *  bank) after the closing, wherever they stand on the page: footer lines as much as those at
   *  the bottom edge. */
  imprint?: number[];
}

export interface LayoutOptions {
  /** The receiving organisation ("Stadt Musterstadt"): its address block is the recipient. */
  organisation: string;
}

// "zeichen" as OCR may read it: e/c, h/b, n read as u or ri ("Geschaeftszeicheu", "Zeicheri").
const ZEICHEN_READ = 'z[ec]i[ce][hb][ec](?:n|u|ri)';
const REFERENCE_LABEL = new RegExp(String.raw`\b(ihr(e)? ?(${ZEICHEN_READ}|az|aktenzeichen|schreiben|nachricht)|unser(e)? ?(zeichen|az|aktenzeichen)|akt[ec](?:n|ri|rn)${ZEICHEN_READ}|geschaefts${ZEICHEN_READ}|az\.?|kassenzeichen|kundennummer|kunden-nr|rechnungsnummer|rechnungs-nr|steuernummer|vertragsnummer|personalnummer|mitgliedsnummer|versicherungsnummer|zeichen)\b`);
// "Sehr geehrte" as OCR often reads it ("Sehr gcehrte", "Sebr geehrtc").
// A stray sign OCR read before it ("‘Sehr geehrte …").
// ("hallo@firma.de" in a letterhead's contact lines is an e-mail address, no greeting.)
// The northern greeting opens a letter as "Hallo" does ("Moin Herr Grote,").
// Bilingual letters from neighbouring countries open in French or Dutch ("Madame, Monsieur, /
// Sehr geehrte …", "Geachte heer/mevrouw").
const SALUTATION = /^[^a-z0-9]{0,2}(sehr ?geehrte|s[ec][a-z]r ?[gq][a-z]{5,7}\b|guten tag|hallo\b(?![@.-])|moin\b(?![@.-])|li[ec]b[ec][rs]?\b|sg\.? |werte[rs]? |dear |madame,? (et )?monsieur\b|mesdames,? (et )?messieurs\b|geachte (heer|mevrouw|dames)\b)/;
const CLOSING = /^(mit freundlichen gruessen|mit freundlichem gruss|freundliche gruesse|hochachtungsvoll|viele gruesse|beste gruesse|mfg\b|i\. ?a\.|i\. ?v\.|gez\.)/;
const FOOTER = /\b(iban|bic|swift|bankverbindung|sparkasse|volksbank|commerzbank|deutsche bank|postbank|geschaeftsfuehr|amtsgericht .*hrb|hrb \d|hra \d|ust-?id|ust\.?-?idnr|steuer-?nr|registergericht|sitz der gesellschaft|vorstand|aufsichtsrat|telefon|telefax|e-mail|www\.)/;
// What only a firm's imprint says, by kind: its register entry, its tax number, who runs it, its
// bank. ("AG Nordheim HRB 8820": "AG" is the Amtsgericht there.)
const IMPRINT_KINDS: readonly RegExp[] = [
  /\b(amtsgericht|registergericht|handelsregister|vereinsregister|genossenschaftsregister|partnerschaftsregister|sitz der gesellschaft|hr ?[ab] ?\d|vr ?\d|gnr ?\d|pr ?\d)/,
  /\b(ust-?id|ust\.?-?idnr|umsatzsteuer-?id|steuer-?nr|steuernummer)/,
  /\b(geschaeftsfuehr|inhaber(in)?\b|inh\.|vorstand|gesellschafter(in)?\b|komplementaer|aufsichtsrat)/,
  /\b(iban|bic|bankverbindung)\b/,
];
/** A register number alone marks an imprint ("… · AG Nordheim HRB 9034", a partnership's "PR 207"). */
const REGISTER_NUMBER = /\b(hr ?[ab]|vr|gnr|pr) ?\d{2,}/;
/** Words of a sentence: a P.S. or a body line that names the firm's bank or manager is no imprint. */
const SENTENCE_WORD = /\b(bitte|wir|ich|sie|ihnen|uns|unser[a-z]*|ist|sind|wird|werden|haben|hat|koennen|moechten)\b/;
/** Any closing formula, for where the imprint may begin ("Mit herzlichen Grüßen aus der …"). */
const ANY_CLOSING = /^(mit|viele|beste|herzliche|freundliche|liebe)\b.{0,30}\bgr(ue|u)s{1,2}[a-z]{0,2}\b/;

/** A postcode and its town: German "24103 Kiel" (not at the line's end: "akkreditiert nach DIN
 *  EN ISO/IEC 17025" is no address), or a neighbouring country's four digits before a town at the
 *  start of a part ("· A-6272 Kaltenbach", "· 5020 Salzburg", "CH-8604 Volketswil", the Dutch
 *  "· 7731 KB Ommen"; not "seit 1998 Ihr Partner"). */
const POSTCODE_TOWN = /\b\d{5}\b(?!\s*$)|(?:^|[·•|,]\s*|\s[-–—+*«»]\s)(?:(?:A|CH|L|NL|B|DK)-\s?)?\d{4}(?: [A-Z]{2})? [A-ZÄÖÜ][a-zäöüß]{2}/;

/** What OCR often reads a spaced "·" as: "Firma GmbH - Straße 1 + 12345 Ort" (a regex character class body). */
export const MISREAD_SEPARATOR_CHARS = '\\-–—+*«»';
const MISREAD_SEPARATOR = new RegExp(`\\s[${MISREAD_SEPARATOR_CHARS}]\\s`);

/** Digits as OCR may read them inside a date or number ("19.1l.2025", "11.o1.2024", "202S"):
 *  a look-alike letter next to a digit or a dot between digits is that digit; "dcn" is "den". */
export function digitsRead(folded: string): string {
  const digit: Record<string, string> = { o: '0', l: '1', i: '1', s: '5' };
  return folded.replace(/(?<=\d\.?)[olis](?=[\d.-]|$)|(?<=[\s.]|^)[olis](?=\d)/g, (c) => digit[c] ?? c).replace(/\bd[ec][nu]\b(?= \d)/g, 'den');
}
export const DATE_ONLY_LINE = /^([a-z. -]{2,30}, ?(den )?|den |datum:? )?\d{1,2}\. ?(\d{1,2}\.|[a-z]+\.? ?)\d{2,4}$/;
const PLZ_LINE = /\b\d{5} [a-z]/;
/** A postcode with one digit misread as a letter ("1234S", "I2345", "1234O"). */
const PLZ_LINE_DAMAGED = /^(\d{4}[osilz]|[osilz]\d{4}|\d{2}[osilz]\d{2}|\d[osilz]\d{3}|\d{3}[osilz]\d) [a-z]/;

function wordsToLines(page: RecognizedPage): Word[][] {
  if (page.words.length > 0) {
    const byLine = new Map<number, Word[]>();
    for (const word of page.words) {
      if (!word.text.trim()) continue;
      const list = byLine.get(word.line) ?? [];
      list.push(word);
      byLine.set(word.line, list);
    }
    return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, words]) => words.sort((a, b) => a.box.x0 - b.box.x0));
  }
  // Text without word boxes (a plain text layer, tests): one pseudo word per token, no boxes.
  const lines: Word[][] = [];
  page.text.split('\n').forEach((text, lineNo) => {
    const words = text.split(/\s+/).filter(Boolean).map((token) => ({
      text: token, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, confidence: page.confidence, line: lineNo,
    }));
    lines.push(words);
  });
  return lines;
}

function hasBoxes(words: Word[]): boolean {
  return words.some((word) => word.box.x1 > word.box.x0);
}

const HAS_ALNUM = /[0-9A-Za-zÄÖÜäöüß€$£%§]/;

/** OCR reads specks, stamps, logos and fold marks as stray signs and letter scraps ("|", ";",
 *  "©", "be", "Sh"): a word without letters or digits at a line end or far from its neighbours,
 *  and a short or isolated word OCR itself hardly believes. Separators between words ("·", "-",
 *  "&") stay. Lines without word boxes are left as they are. */
export function dropOcrNoise(words: Word[], lineHeight: number, inLetterhead = false): Word[] {
  if (!hasBoxes(words) || lineHeight <= 0) return words;
  let current = words;
  for (let round = 0; round < 3; round++) {
    const kept = current.filter((word, i) => {
      const previous = current[i - 1];
      const next = current[i + 1];
      const gapLeft = previous ? word.box.x0 - previous.box.x1 : Infinity;
      const gapRight = next ? next.box.x0 - word.box.x1 : Infinity;
      const isolated = Math.min(gapLeft, gapRight) > lineHeight * 2;
      const atEdge = !previous || !next;
      const text = word.text.trim();
      if (!HAS_ALNUM.test(text)) return !(atEdge || isolated || word.confidence < 0.6);
      // Figures are kept unless a lone digit: a badly read sum is still the sum.
      if (/\d/.test(text)) return !(word.confidence < 0.35 && text.length <= 1);
      if (/[€$£%§]/.test(text)) return true;
      // Long words are kept however unsure: a badly read label ("Zahlbetrag") still names the sum.
      const letters = text.replace(/[^A-Za-zÄÖÜäöüß]/g, '').length;
      if (word.confidence < 0.35 && (letters <= 3 || (isolated && letters <= 5))) return false;
      // A logo mark read as a letter or two before the letterhead's name, set off by more than a word space.
      if (inLetterhead && !previous && next && letters <= 2 && text.length <= 3 && gapRight > lineHeight * 1.2) return false;
      return true;
    });
    if (kept.length === current.length) break;
    current = kept;
  }
  return current;
}

/** Splits a header line at wide gaps: the recipient address and the information block beside it
 *  (or the return line and a reference at the right margin) are separate columns. */
function splitColumns(words: Word[], lineHeight: number, pageWidth: number): Word[][] {
  if (!hasBoxes(words) || lineHeight <= 0) return [words];
  const minGap = Math.max(lineHeight * 4, pageWidth * 0.06);
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (const word of words) {
    const previous = current[current.length - 1];
    // A label keeps its value ("Datum:      24.03.2025"): no split right after a colon.
    if (previous && word.box.x0 - previous.box.x1 > minGap && !/:$/.test(previous.text)) {
      parts.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Where a text layer line's second column starts: eight or more spaces between words. */
function textLayout(text: string, wordCount: number): Pick<Line, 'textColumn' | 'textIndent' | 'textStarts'> {
  const indent = /^ */.exec(text)?.[0].length ?? 0;
  const starts = [...text.matchAll(/\S+/g)].map((m) => m.index);
  const textStarts = starts.length === wordCount ? { textStarts: starts } : {};
  const gap = / {8,}(?=\S)/.exec(text.slice(indent));
  if (!gap) return { textIndent: indent, ...textStarts };
  const at = indent + gap.index + gap[0].length;
  const word = text.slice(0, at).split(/\s+/).filter(Boolean).length;
  return word > 0 && word < wordCount ? { textIndent: indent, textColumn: { at, word }, ...textStarts } : { textIndent: indent, ...textStarts };
}

const SALUTATION_START = /^(sehr ?geehrte|guten tag|hallo\b(?![@.-])|moin\b(?![@.-])|liebe[rs]?\b|sg\.? |werte[rs]? |dear )/;

function buildLines(pages: RecognizedPage[]): Line[] {
  const lines: Line[] = [];
  let row = 0;
  const firstPage = pages[0]?.index;
  for (const page of pages) {
    const rawLines = wordsToLines(page);
    const textLines = page.words.length === 0 ? page.text.split('\n') : [];
    const heights = rawLines.filter(hasBoxes).map((words) => Math.max(...words.map((w) => w.box.y1 - w.box.y0)));
    const lineHeight = heights.length > 0 ? [...heights].sort((a, b) => a - b)[Math.floor(heights.length / 2)] ?? 0 : 0;
    const pageLines = rawLines.map((words) => dropOcrNoise(words, lineHeight,
      page.index === firstPage && hasBoxes(words) && page.height > 0 && Math.min(...words.map((w) => w.box.y0)) / page.height < 0.12));
    // The header of the first page (above the salutation): columns side by side.
    const salutationAt = page.index === firstPage
      ? pageLines.findIndex((words) => SALUTATION_START.test(foldLine(words.map((w) => w.text).join(' '))))
      : -1;
    let previousBottom: number | undefined;
    let blank = true;
    pageLines.forEach((lineWords, lineNo) => {
      if (lineWords.length === 0) { blank = true; return; }
      const boxedLine = hasBoxes(lineWords);
      const y0Line = boxedLine ? Math.min(...lineWords.map((w) => w.box.y0)) : 0;
      const inHeader = page.index === firstPage && boxedLine && page.height > 0 && y0Line / page.height < 0.45
        && (salutationAt < 0 || lineNo < salutationAt);
      const parts = inHeader ? splitColumns(lineWords, lineHeight, page.width) : [lineWords];
      const gapBeforeLine = boxedLine && previousBottom !== undefined && lineHeight > 0
        ? y0Line - previousBottom > lineHeight * 1.1
        : blank;
      parts.forEach((words, partNo) => {
        const rawStarts: number[] = [];
        const foldedStarts: number[] = [];
        let raw = '';
        let folded = '';
        for (const word of words) {
          if (raw) { raw += ' '; folded += ' '; }
          rawStarts.push(raw.length);
          foldedStarts.push(folded.length);
          raw += word.text;
          folded += foldLine(word.text) || '?';
        }
        const boxed = hasBoxes(words);
        const y0 = boxed ? Math.min(...words.map((w) => w.box.y0)) : 0;
        const top = boxed && page.height > 0 ? y0 / page.height : lineNo / Math.max(1, pageLines.length);
        const left = boxed && page.width > 0 ? Math.min(...words.map((w) => w.box.x0)) / page.width : 0;
        const line: Line = {
          page: page.index, index: lines.length, words, raw, rawStarts, folded, foldedStarts,
          gapBefore: partNo === 0 ? gapBeforeLine : false, top, left, rightColumn: partNo > 0, row, zone: 'body',
        };
        const text = textLines[lineNo];
        if (text !== undefined) Object.assign(line, textLayout(text, words.length));
        lines.push(line);
      });
      row += 1;
      if (boxedLine) previousBottom = Math.max(...lineWords.map((w) => w.box.y1));
      blank = false;
    });
  }
  return lines;
}

/** Words of an organisation name that identify it ("stadt musterstadt" → "musterstadt"). */
export function organisationTokens(organisation: string): string[] {
  return foldLine(organisation).split(/[^a-z0-9]+/).filter((t) => t.length > 3 && !/^(stadt|gemeinde|kreis|landkreis|verwaltung|stadtverwaltung|hansestadt)$/.test(t));
}

/** Lines that name the receiving organisation itself (its address block, never the sender). */
export function namesOrganisation(folded: string, organisation: string): boolean {
  const tokens = organisationTokens(organisation);
  // A company or association named after the town ("Stadtwerke Musterstadt GmbH", "Bürgerverein
  // Altstadt Musterstadt e. V.") is a separate legal person, never the city itself.
  if (/\b(gmbh|ggmbh|mbh|ag|kg|ohg|gbr|e\. ?v|kgaa|partg)\b/.test(folded)) return false;
  // Nor are a court, an association or a savings bank of the town ("Verwaltungsgericht Musterstadt",
  // "Kreisverband Musterstadt", "Stadtsparkasse Musterstadt"): "verwaltung", "kreis" and "stadt"
  // in them are parts of another word. (OCR reads e as c: "Kreisvcrband".)
  if (/(g[ec]ri[ce]ht|v[ec]rband|v[ec]r[ec]in\b|sparkass[ec]|stadtw[ec]rk[ec]|handw[ec]rk[ec]rschaft|innung)/.test(folded)) return false;
  if (tokens.length === 0) return folded.includes(foldLine(organisation));
  // The town's name with an e read as c ("Mustcrstadt").
  const eForC = (text: string) => text.replace(/c(?![hk])/g, 'e');
  return tokens.every((token) => folded.includes(token) || eForC(folded).includes(eForC(token))) && /\b(stadt|gemeinde|kreis|verwaltung|stadtverwaltung|buergermeister|oberbuergermeister|magistrat|rathaus)/.test(folded);
}

/** The label of the mailroom's receipt stamp ("Eingegangen", "Eingang 13. Nov. 2029", "Posteingang:"),
 *  as OCR may misread the stamp's ink ("Eingegarigen"). */
const RECEIPT_STAMP_LABEL = /^(eingang|eingeg[a-z]{3,6}|posteingang|eingangsstempel)\b(?!\s+(im|in|der|des|bei|von)\b)/;
const STAMP_DATE = /\d{1,2}\.\s?(\d{1,2}\.|[a-zä]{3,9}\.?)\s?\d{2,4}/;

/** A line of the recipient's receipt stamp: its label, or the date and the city's name ("Stadt
 *  Musterstadt – Poststelle") the stamp prints on the two lines under it. The recipient's own mark,
 *  neither the sender nor the recipient's address. */
export function inReceiptStamp(lines: Line[], line: Line): boolean {
  if (RECEIPT_STAMP_LABEL.test(line.folded.trim()) && line.words.length <= 5) return true;
  return lines.slice(Math.max(0, line.index - 2), line.index).some((above) => above.page === line.page && RECEIPT_STAMP_LABEL.test(above.folded.trim())
    && above.words.length <= 5 && (STAMP_DATE.test(above.folded) || !/\d/.test(above.folded)) && (line.index - above.index === 1 || !lines[above.index + 1]?.gapBefore) && !line.gapBefore);
}

function findAddress(lines: Line[], organisation: string): { start: number; end: number } | undefined {
  const firstPage = lines.filter((line) => line.page === lines[0]?.page && line.top < 0.6);
  for (const line of firstPage) {
    if (line.rightColumn || !namesOrganisation(line.folded, organisation)) continue;
    // The receipt stamp names the city as well ("Eingegangen" / "12. DEZ. 2030" / "Stadt
    // Musterstadt – Poststelle"), at the top of the page where a letterhead is.
    if (inReceiptStamp(lines, line)) continue;
    // A return-address line ("Stadt X · Postfach · PLZ Ort") names the sender of the city's own letters; skip separators.
    if (/[·•|]/.test(line.raw)) continue;
    // … also with its "·" read as a dash ("Ärztehaus am Stadtpark - Parkallee 5 - 12345 Musterstadt"),
    // when the city is named again further down on its own short line: the recipient.
    const misreadSeparators = line.raw.match(new RegExp(MISREAD_SEPARATOR.source, 'g')) ?? [];
    if (misreadSeparators.length >= 2 && /\b\d{5} [A-ZÄÖÜ]/.test(line.raw) && firstPage.some((other) => other.index > line.index && !other.rightColumn && other.top < 0.5 && other.words.length <= 5 && namesOrganisation(other.folded, organisation))) continue;
    // A printout's page header ("Stadt Musterstadt – Online-Dienste   Seite 1 von 1") names the
    // city's portal, not the recipient.
    // (On a scan the page number is read as a column part of its own in the same row.)
    if (lines.some((other) => other.page === line.page && other.row === line.row && /\bseite \d+ (von|\/) \d+/.test(other.folded))) continue;
    return addressFrom(lines, line);
  }
  // An address to a unit that does not name the city ("An die Feuerwehr …", "An den" /
  // "Personalservice" / "– im Hause –"): the recipient all the same, above the salutation.
  const salutation = lines.findIndex((line) => SALUTATION.test(line.folded));
  const addressed = firstPage.find((line) => !line.rightColumn && line.top < 0.5 && (salutation < 0 || line.index < salutation)
    && /^an (die|den|das)\b|^an$/.test(line.folded.trim()) && line.words.length <= 6 && !/[.:;!?]$/.test(line.raw.trim()));
  return addressed && addressFrom(lines, addressed);
}

/** Germany in the languages of the neighbours that write to a German city. */
const COUNTRY_LINE = /^(deutschland|germany|allemagne|duitsland|tyskland|niemcy|nemecko|germania|alemania|alemanha|d-?eutschland|brd)$/;

/** The address block that starts with the given line: up to its postcode line or a gap. */
function addressFrom(lines: Line[], line: Line): { start: number; end: number } {
  let end = line.index;
  // A whole address on one line ("An: Stadt X, Bauaufsicht, Rathausplatz 1, 12345 X"), as forms
  // print it: the lines under it are the form's fields.
  // (… also with its parts set apart by dashes: "Stadt X – Steuern – Markt 1 – 12345 X".)
  const dashedParts = (line.raw.match(new RegExp(MISREAD_SEPARATOR.source, 'g')) ?? []).length >= 2;
  const oneLine = (line.raw.includes(',') || dashedParts) && PLZ_LINE.test(line.folded) && !/^\s*\d{5}/.test(line.raw);
  for (let i = line.index + 1; !oneLine && i < Math.min(lines.length, line.index + 12); i++) {
    const next = lines[i];
    if (!next || next.page !== line.page) break;
    // The information block beside the address is not part of it.
    if (next.rightColumn || (next.left > 0.5 && line.left < 0.4)) continue;
    // An addressee labelled as on a fax or a form ("An: Gesundheitsamt …, Fax …") stands on its
    // own line: what follows after a blank line is the document (its title), no address line.
    const labelled = /^(an|to)\s?:/.test(line.folded);
    // (… nor after a two-line address that opens with "An die …" over the city's line: "An die
    // Wohngeldstelle" / "im Rathaus Musterstadt" / gap / "Wohngeld Az. …" is the matter.)
    const opener = lines[line.index - 1];
    const openedAbove = !line.gapBefore && opener !== undefined && opener.page === line.page && /^an (die|den|das)\b/.test(opener.folded);
    if ((i > line.index + 1 || labelled || openedAbove) && next.gapBefore && lines[i - 1]?.rightColumn !== true) break;
    // The information block beside the address hides the blank line before the subject: a
    // jump of more than two lines below the last address line ends the address as well.
    const last = lines[end];
    if (i > line.index + 1 && next.gapBefore && hasBoxes(next.words) && last && next.top - last.top > 0.04) break;
    // An address line is short; the salutation or a sentence means the address has ended
    // (when OCR damaged the postcode line that should have closed it).
    if (SALUTATION.test(next.folded) || next.words.length > 8 || (next.words.length === 0 && next.folded.split(' ').length > 8)) break;
    // Nor is a labelled line of the information block or the Betreff ("Auskunft: …", "Betreff: …").
    if (SUBJECT_LABEL.test(next.folded) || isInfoRow(next.folded)) break;
    end = i;
    // The postcode glued to the town ("12340Musterstadt") closes it as well.
    if (PLZ_LINE.test(next.folded) || PLZ_LINE_DAMAGED.test(next.folded) || /^\s*\d{5}[A-ZÄÖÜ][a-zäöüß]{2}/.test(next.raw)) {
      // A letter from abroad adds the country under the town ("Duitsland", "Germany").
      const country = lines[i + 1];
      if (country && !country.gapBefore && country.page === line.page && COUNTRY_LINE.test(country.folded.trim())) end = i + 1;
      break;
    }
  }
  let start = line.index;
  const previous = lines[start - 1];
  if (previous && !previous.gapBefore && /^(an (die|das|den)|herrn?|frau|firma)\b/.test(previous.folded)) start -= 1;
  return { start, end };
}

/** Splits the letter into lines and zones. */
export function analyseLetter(pages: RecognizedPage[], options: LayoutOptions): Letter {
  const lines = buildLines(pages);
  const confidences = pages.filter((p) => p.text.trim() || p.words.length > 0).map((p) => p.confidence);
  const ocrConfidence = confidences.length > 0 ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
  const address = findAddress(lines, options.organisation);
  const firstPage = lines[0]?.page ?? 0;
  const salutation = lines.find((line) => line.page === firstPage && SALUTATION.test(line.folded))?.index;
  const closing = lines.find((line) => (salutation === undefined || line.index > salutation) && CLOSING.test(line.folded))?.index;

  for (const line of lines) {
    if (address && line.index >= address.start && line.index <= address.end && !line.rightColumn && !(line.left > 0.5 && (lines[address.start]?.left ?? 0) < 0.4)) line.zone = 'address';
    else if (line.page === firstPage && salutation !== undefined && line.index < salutation && !address) line.zone = 'letterhead';
    // A postcard names its recipient under the text: the lines after the salutation are no letterhead.
    else if (line.page === firstPage && address && line.index < address.start && (salutation === undefined || line.index < salutation)) line.zone = 'letterhead';
    // A bank line above the closing on the same page continues the body's sentence ("… auf das
    // Konto …,\nIBAN DE81 …, zu überweisen."): it is no footer.
    const aboveClosing = closing !== undefined && line.index < closing && lines[closing]?.page === line.page;
    if (line.zone !== 'address' && FOOTER.test(line.folded) && (line.top > 0.8 && !aboveClosing || line.zone === 'letterhead')) line.zone = 'footer';
    // OCR reads the return line's "·" as "-", "+" or "—": right above the recipient those count too.
    const separated = /[·•|]/.test(line.raw) || (address !== undefined && line.index < address.start && address.start - line.index <= 2 && MISREAD_SEPARATOR.test(line.raw));
    if (line.zone !== 'address' && line.top < 0.5 && separated && POSTCODE_TOWN.test(line.raw) && (!address || line.index <= address.start + 1)) line.zone = 'returnAddress';
    // The return line with commas ("NordNetz GmbH, Postfach 10 44 20, 24034 Kiel") right above the recipient.
    else if (address && line.index < address.start && address.start - line.index <= 2 && line.top < 0.5 && line.zone !== 'address'
      && /^[^,]{3,60},\s*[^,]{3,40}\d[^,]*,\s*(D-\s?)?\d{5}\s+\S/.test(line.raw.trim())) line.zone = 'returnAddress';
    if (closing !== undefined && line.index >= closing && line.index <= closing + 4 && line.zone === 'body') line.zone = 'closing';
  }
  const imprint = imprintByContent(lines, salutation);
  for (const index of imprint) {
    const line = lines[index];
    if (line) line.zone = 'footer';
  }
  if (salutation !== undefined) {
    const line = lines[salutation];
    if (line) line.zone = 'salutation';
  }
  const headerEnd = salutation ?? lines.findIndex((line) => line.page !== firstPage || line.top > 0.55);
  const headerStart = address ? address.end + 1 : 0;
  for (let i = 0; i < (headerEnd < 0 ? lines.length : headerEnd); i++) {
    const line = lines[i];
    if (!line || line.zone === 'address' || line.zone === 'returnAddress') continue;
    // Above the end of the address only the information block beside it (right column).
    if (i < headerStart && !line.rightColumn && !(line.left > 0.5)) continue;
    // A label at the start of a line (or of its column) is the information block; one inside a
    // title ("Widerspruch zu Az. 1.50/…", "1. Mahnung – Kundennummer 82753") is a subject.
    const label = REFERENCE_LABEL.exec(line.folded);
    if (label && (label.index <= 2 || /:/.test(line.folded.slice(label.index, label.index + label[0].length + 2)) && !TITLE_START.test(line.folded))) line.zone = 'reference';
    else if (DATE_ONLY_LINE.test(digitsRead(line.folded)) || /^datum:? /.test(line.folded)) line.zone = 'date';
  }
  const found = findSubject(lines, headerStart, headerEnd < 0 ? lines.length : headerEnd, salutation);
  const faxTitle = found.length > 0 ? [] : faxCoverTitle(lines, firstPage);
  const subjectLines = found.length > 0 ? found : faxTitle.length > 0 ? faxTitle : coverNoteTitle(lines, salutation, closing);
  for (const index of subjectLines) {
    const line = lines[index];
    if (line) line.zone = 'subject';
  }
  const letter: Letter = { lines, pages, ocrConfidence, subjectLines };
  if (address) letter.address = address;
  if (salutation !== undefined) letter.salutation = salutation;
  if (imprint.length > 0) letter.imprint = imprint;
  return letter;
}

/** A line that may belong to an imprint: it says what only an imprint says, or it lists parts
 *  (name · street · town · phone) — and it is no sentence. */
function imprintLike(line: Line): boolean {
  if (SENTENCE_WORD.test(line.folded) || line.zone === 'address') return false;
  if (IMPRINT_KINDS.some((kind) => kind.test(line.folded))) return true;
  return /[·•|]/.test(line.raw) || MISREAD_SEPARATOR.test(line.raw);
}

/**
 * The imprint at the end of a page after the closing, found by its content: a firm on plain
 * paper, an e-mail printout or a short letter prints it right under the signature, far above the
 * bottom edge where the footer rule looks. The block is the run of list-like lines that ends its
 * page, set apart from the signature by a gap, and it must carry a register number or two kinds
 * of imprint content — a P.S. naming the IBAN, or "Geschäftsführer" in a sentence, stays body.
 */
function imprintByContent(lines: Line[], salutation: number | undefined): number[] {
  const closing = lines.find((line) => (salutation === undefined || line.index > salutation) && (CLOSING.test(line.folded) || ANY_CLOSING.test(line.folded)))?.index;
  // Without a closing (a hotel's or a shop's invoice) only the last page's end in its lower half,
  // with a register number and another kind of imprint content.
  const lastPage = lines[lines.length - 1]?.page;
  const from = closing ?? lines.findLastIndex((line) => line.page !== lastPage);
  const found: number[] = [];
  const pages = [...new Set(lines.filter((line) => line.index > from).map((line) => line.page))];
  for (const page of pages) {
    const after = lines.filter((line) => line.page === page && line.index > from);
    let start = after.length;
    while (start > 0 && imprintLike(after[start - 1]!)) start--;
    const block = after.slice(start);
    if (block.length === 0 || !block[0]!.gapBefore) continue;
    const kinds = IMPRINT_KINDS.filter((kind) => block.some((line) => kind.test(line.folded))).length;
    const registered = block.some((line) => REGISTER_NUMBER.test(line.folded));
    const accepted = closing !== undefined ? kinds >= 2 || registered : registered && kinds >= 2 && block[0]!.top >= 0.5;
    if (accepted) found.push(...block.map((line) => line.index));
  }
  return found;
}

/** The start of a title line: a document word, maybe after a dunning level ("2. Mahnung"). */
const TITLE_START = /^(\d\. )?(mahnung|zahlungserinnerung|rechnung|widerspruch|einspruch|antrag|bescheid|anhoerung|ladung|kuendigung|bewerbung|angebot|beschluss|urteil|grundsteuer|gewerbesteuer|hundesteuer)/;
/** Fields of an information block ("Dienststelle: Bauhof", "Geschäftsnummer  Ansprechpartner").
 *  "falligkeitsdatum": OCR often loses the dots of an ä. A court's block names its
 *  "Geschäftsstelle" (the clerk) and when the office answers ("Servicezeiten: Mo–Fr 9–12 Uhr"). */
const INFO_FIELD = /^(dienststelle|abteilung|amt|fachbereich|ansprechpartner(in)?|ansprechpartner\/in|bearbeiter(in)?|bearbeiter\/in|sachbearbeiter(in)?|sachbearbeiter\/in|auskunft|geschaeftsnummer|geschaeftszeichen|aktenzeichen|personalnummer|personal-nr\.?|rechnungsdatum|rechnungsnummer|rechnungs-nr\.?|f(?:ae|a)lligkeitsdatum|kundennummer|kunden-nr\.?|steuernummer|vertragsnummer|mitgliedsnummer|versicherungsnummer|telefon|tel\.?|durchwahl|telefax|fax|e-mail|zimmer|datum|sprechzeiten|servicezeiten|oeffnungszeiten|geschaeftsstelle|ihr zeichen|unser zeichen|ihre nachricht( vom)?)$/;

/** Long labels of an information block, for labels OCR misread in a letter ("Dicnststelle"). */
const LONG_INFO_LABELS = INFO_FIELD.source.replace(/^\^\(|\)\$$/g, '').split('|').filter((word) => /^[a-z]{8,}$/.test(word));

function misreadLongLabel(text: string): boolean {
  return text.length >= 8 && LONG_INFO_LABELS.some((word) => editDistance(text.replace(/rn/g, 'm'), word, 1) <= 1);
}

function isInfoRow(folded: string): boolean {
  const label = /^([a-z][a-z ./-]{1,30}?)\s*:/.exec(folded);
  const labelText = (label?.[1] ?? '').trim();
  if (label && INFO_FIELD.test(labelText)) return true;
  // A long label with one letter misread ("dienststeile", "geschaftsnummer", "geschaeftsnurnmer").
  if (label && misreadLongLabel(labelText)) return true;
  // A row of labels only ("Geschäftsnummer Ansprechpartner Telefon Datum").
  const words = folded.split(' ').filter(Boolean);
  return words.length >= 2 && words.every((word, i) => INFO_FIELD.test(word.replace(/:$/, '')) || misreadLongLabel(word.replace(/:$/, '')) || (i > 0 && INFO_FIELD.test(`${words[i - 1]} ${word}`.replace(/:$/, ''))) || /^(ihr|ihre|unser|unsere)$/.test(word));
}

/** Any one-word number label of a sender's own ("Schadennummer", "Vorgangs-Nr."): a cell of the
 *  label row, so the row is still read and the values under the known labels pair up. */
const NUMBER_LABEL = /^[a-z]{3,}(-?nummer|-?nr\.?)$/;
/** Other columns a DIN 676 reference row may carry beside the labels of the information block
 *  ("Ihr Zeichen  Vertrag  Rechnungs-Nr.  Datum", "Telefon / Name"). */
// (A contractor's order number: "Ihr Zeichen  Unser Zeichen  Auftrag-Nr.  Datum".)
const TABLE_COLUMN = /^(name|vertrag|vertragsnummer|vertrags-nr\.?|bestellnummer|bestell-nr\.?|auftragsnummer|auftrags?-nr\.?|lieferdatum|leistungszeitraum|objekt|projekt)$/;

/** The label phrases of a row of labels only ("Ihr Zeichen Ihre Nachricht vom Unser Zeichen
 *  Datum"), each with its character range in the folded line; undefined for any other line. */
function labelPhrases(folded: string): { label: string; start: number; end: number }[] | undefined {
  // "Ihr Zeichen / Ihr Auftrag vom": a slash joins two labels over one cell.
  // (… also glued to a word on a scan: "Mein Zeichen /Bearbeiterin".)
  const words = [...folded.matchAll(/\S+/g)].filter((m) => m[0] !== '/').map((m) => ({ text: m[0].replace(/:$/, '').replace(/^\/|\/$/g, ''), start: m.index, end: m.index + m[0].length }));
  const phrases: { label: string; start: number; end: number }[] = [];
  let unknown = 0;
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).map((w) => w.text).join(' ');
      // OCR reads e as c ("Unscr Zeichen", "Datnm" stays unread), h as b ("Ibr"), n as ri
      // ("Zeicheri") and m as rn ("Geschäftsnurnmer"), and drops the space of a label ("UnserZeichen").
      const repaired = phrase.replace(/c(?=[^h])/g, 'e').replace(/^ibr\b/, 'ihr').replace(/ri\b/g, 'n').replace(/rn/g, 'm')
        .replace(/^(ihre?|unsere?|meine?)(zeichen|nachricht|aktenzeichen)/, '$1 $2')
        // … and c as e ("Ihr Zeiehen"): every reading of "zeichen" that ZEICHEN_READ knows.
        .replace(new RegExp(`${ZEICHEN_READ}$`), 'zeichen');
      if ([phrase, repaired].some((p) => INFO_FIELD.test(p) || NUMBER_LABEL.test(p) || /^(mein|meine|unsere) (zeichen|nachricht( vom)?)$/.test(p) || /^ihre? [a-z]{4,} vom$/.test(p) || /^(ihr|ihre|unser|unsere) (az\.?|aktenzeichen|geschaeftszeichen)$/.test(p) || TABLE_COLUMN.test(p))) {
        phrases.push({ label: phrase, start: words[i]?.start ?? 0, end: words[i + n - 1]?.end ?? 0 });
        taken = n;
        break;
      }
    }
    // The place over the date at the row's end ("… Unser Zeichen  Nordheim," / "… 29.05.2026").
    if (taken === 0 && i === words.length - 1 && phrases.length >= 1 && /^[a-z][a-z-]{2,},$/.test(words[i]?.text ?? '')) {
      phrases.push({ label: 'datum', start: words[i]?.start ?? 0, end: words[i]?.end ?? 0 });
      taken = 1;
    }
    // A note in brackets after a label ("Mein Zeichen (bei Antwort angeben)") belongs to its cell.
    if (taken === 0 && phrases.length >= 1 && /^\(/.test(words[i]?.text ?? '')) {
      let close = i;
      while (close < words.length - 1 && close - i < 5 && !/\)$/.test(words[close]?.text ?? '')) close++;
      if (/\)$/.test(words[close]?.text ?? '')) {
        i = close + 1;
        continue;
      }
    }
    // A word no label starts with ("Bearbeitung", or a label OCR damaged: "Geschäftszeicben")
    // widens the cell before it: a row of words ending in "Datum" is still the row of labels.
    const last = phrases[phrases.length - 1];
    if (taken === 0 && last && /^[a-z][a-z./-]+$/.test(words[i]?.text ?? '')) {
      last.end = words[i]?.end ?? last.end;
      unknown++;
      taken = 1;
    }
    if (taken === 0) return undefined;
    i += taken;
  }
  if (phrases.length < 2) return undefined;
  if (unknown === 0) return phrases;
  // Such a row is read for its last cell only, the date at the row's end: which value belongs
  // under which of the other cells is not known once a cell holds an unknown word.
  if (phrases[phrases.length - 1]?.label !== 'datum' || unknown > phrases.length) return undefined;
  return phrases.map((phrase, i) => (i === phrases.length - 1 ? phrase : { ...phrase, label: '' }));
}

/** The values of a DIN 5008 information block written as a row of labels over a row of values
 *  ("Ihr Zeichen  Ihre Nachricht vom  Unser Zeichen  Datum" / "6.30-BA-2025/0412  03.06.2025
 *  HP-2417/ka  17.06.2025"). With word boxes a value is the words below its label's column; in
 *  plain text the values are the row's tokens, paired one to one when the counts agree, else
 *  only the first and last label with the first and last token. */
export function infoBlockValues(letter: Letter, part: Line): { label: string; value: string; line: Line; start: number; end: number }[] {
  // On a scan the wide label and value rows come apart into column parts at their wide gaps
  // (splitColumns): labels and values pair up across the whole rows, so the parts are joined again.
  const rows = rowLines(letter);
  const at = rows.findIndex((row) => row.page === part.page && row.row === part.row);
  const line = rows[at] ?? part;
  const phrases = labelPhrases(line.folded);
  const below = rows[at + 1];
  if (!phrases || !below || below.page !== line.page || below.row === line.row || labelPhrases(below.folded)) return [];
  const rawStartOf = (foldedStart: number) => line.rawStarts[line.foldedStarts.findIndex((s, i) => s <= foldedStart && (line.foldedStarts[i + 1] ?? Infinity) > foldedStart)] ?? 0;
  const result: { label: string; value: string; line: Line; start: number; end: number }[] = [];
  if (hasBoxes(line.words) && hasBoxes(below.words)) {
    const wordAt = (rawStart: number) => line.words[line.rawStarts.indexOf(rawStart)];
    phrases.forEach((phrase, i) => {
      const left = wordAt(rawStartOf(phrase.start))?.box.x0;
      const next = phrases[i + 1];
      const right = next ? wordAt(rawStartOf(next.start))?.box.x0 : Infinity;
      if (left === undefined || right === undefined) return;
      const height = (wordAt(rawStartOf(phrase.start))?.box.y1 ?? 0) - (wordAt(rawStartOf(phrase.start))?.box.y0 ?? 0);
      const picked = below.words.map((word, wi) => ({ word, wi })).filter(({ word }) => word.box.x0 >= left - height && word.box.x0 < right - height * 0.5);
      const first = picked[0];
      const last = picked[picked.length - 1];
      if (!first || !last) return;
      const start = below.rawStarts[first.wi] ?? 0;
      const end = (below.rawStarts[last.wi] ?? 0) + last.word.text.length;
      result.push({ label: phrase.label, value: below.raw.slice(start, end), line: below, start, end });
    });
    return result;
  }
  const tokens = [...below.raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const pair = (phrase: { label: string } | undefined, token: { text: string; start: number; end: number } | undefined) => {
    if (phrase && token) result.push({ label: phrase.label, value: token.text, line: below, start: token.start, end: token.end });
  };
  if (tokens.length === phrases.length) phrases.forEach((phrase, i) => pair(phrase, tokens[i]));
  else if (tokens.length > 1) {
    pair(phrases[0], tokens[0]);
    // More values than labels (a phone number in two groups): the cells from the left pair up as
    // long as each value is one code or date ("19.01.2026  66.21-0417/26  05531 707-412 …").
    const single = (token: { text: string } | undefined) => token !== undefined && /\d[./-]\d|^[–-]$/.test(token.text);
    for (let i = 1; i < phrases.length - 1 && single(tokens[i - 1]) && single(tokens[i]) && !MULTI_TOKEN_LABEL.test(phrases[i - 1]?.label ?? ''); i++) pair(phrases[i], tokens[i]);
    pair(phrases[phrases.length - 1], tokens[tokens.length - 1]);
  }
  return result;
}

/** Labels whose value may run over several words ("Herr Tamm", "0551 707-412"). */
const MULTI_TOKEN_LABEL = /(ansprechpartner|bearbeiter|auskunft|telefon|tel\b|durchwahl|fax|zimmer|dienststelle|abteilung|amt\b|fachbereich|sprechzeiten)/;

const MONTHS = [...new Set([...Object.keys(GERMAN_MONTHS), ...Object.keys(ENGLISH_MONTHS)])];

const WEEKDAY = '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)';
/** What stands before the date of a date line: the place, then "den", or after a comma "am"
 *  and the weekday. */
const DATE_LINE_LEAD = new RegExp(`^[a-z .-]{0,40}([,;.]?\\s*(den\\s*)?|,\\s*(am\\s*)?(${WEEKDAY},?\\s*)?)$`);

/** A line that ends in a date or holds the information block's values: no part of a subject. */
function isDateOrInfoLine(line: Line): boolean {
  if (isInfoRow(line.folded)) return true;
  // The date line with a note set beside it after a middle dot ("Kiel, im Mai 2029 · Aktionscode
  // …", "Musterstadt, 03.05.2029 · Seite 1"): the date line all the same.
  const parts = line.folded.split(/\s+[·•]\s+/);
  if (parts.length > 1 && parts[0] && isDateOrInfoLine({ ...line, folded: parts[0] })) return true;
  const folded = digitsRead(line.folded);
  // A mailing's date line by month only ("Hamburg, im Dezember 2027", "im Februar 2026").
  const monthOnly = /^([a-z. -]{2,30}, ?)?im ([a-z]+) \d{4}$/.exec(folded);
  if (monthOnly && MONTHS.some((month) => editDistance(monthOnly[2] ?? '', month, 1) <= (month.length >= 5 ? 1 : 0))) return true;
  // (Dutch and other writers set the day, month and year apart by dashes: "02-03-2029".)
  const date = /(\d{1,2}[.,]\s?\d{1,2}[.,]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}[.,] ?([a-z]+) \d{4})\s*\.?\s*$/.exec(folded);
  if (!date) return false;
  // "2. Quartal 2026", "3. Halbjahr 2025" name a period, no day: only a month (as OCR may misspell
  // it) makes a date.
  if (date[2] && !MONTHS.some((month) => editDistance(date[2] ?? '', month, 1) <= (month.length >= 5 ? 1 : 0))) return false;
  const before = folded.slice(0, date.index);
  // "Rechnung Nr. 4711 vom …", "Wohngeld – Weiterleistung ab …": a matter dated by a preposition
  // is a subject line ("Ihr Schreiben vom …" alone is the information block's).
  // So is a matter dated by its day ("… für das Sommerfest am Sonntag, 5. Juli 2026").
  // … or by "am" without a comma before ("Sommerfest am 04.07.2026"; "Ort, am …" is the date line).
  // … or by the day it takes effect ("Anpassung der Heimentgelte zum 01.03.2027").
  // (OCR reads the m of "am" and "vom" as "rn": "Hohe Weide arn 07.07.2029".)
  const dated = /\b(vom|vorn|ab|seit|am|arn|zum)\s*$|\bam (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?\s*$/.exec(before);
  if (dated && !(/^(am|arn)\s*$/.test(dated[0]) && /,/.test(before)) && !/^(ihre?|unsere?|meine?)\b/.test(before) && before.slice(0, dated.index).split(' ').filter((w) => /[a-z]{4,}/.test(w)).length >= 1 && !/:/.test(before)) return false;
  // … or a document word and its matter before the date, no place ("Angebot Seniorenfeier 11.12.2030").
  if (!/[,:]/.test(before) && TITLE_WORD.test(before) && before.trim().split(' ').length >= 2) return false;
  // "Ort, den …", a bare date, or the values row of an information block (phone numbers, codes);
  // a subject may end in a date itself ("Widerspruch gegen den Bescheid vom 14. August 2025").
  // The date line is written "Ort, den …", "Ort, am …" or with the weekday ("Musterstadt, am
  // 11. Februar 2028", "Kiel, Freitag, 3. März 2028"), as "Ort, im Monat JJJJ" above.
  return DATE_LINE_LEAD.test(before) || /\d{5,}|\d{3,5} \d{4,}/.test(before) || /^[^:]{2,30}:\s*$/.test(before);
}

// OCR often puts a stray sign before the label (": Betreff:"). The label is a word of its own:
// "Betriebsnummer:" is no "Betr.:".
// "Betreff" as OCR may read it ("Betrcff", "Bctreff"), "Subject" as "Subjcct".
const SUBJECT_LABEL = /^[^a-z0-9]*(b[ec]tr[ec]ff|b[ec]tr\.?|b[ec]trifft|bzgl\.?|subj[ec][ec]t|thema)(?![a-z])\s*[:.]?\s*/;
/** Notes beside the reference or above the subject that are no subject: "Bitte bei allen
 *  Schreiben angeben!", "(bitte stets angeben)", how the letter was sent ("Per Fax vorab",
 *  "Gegen Empfangsbekenntnis", "Einschreiben"), a court's certification mark over its title
 *  ("Ausfertigung", "Beglaubigte Abschrift"). */
const NOT_A_SUBJECT = /^[^a-z0-9]*((bitt[ec] )?(bei (allen|jeder|ihren?) [a-z]+ |stets |immer |unbedingt )*(mit )?(ang[ec]b[ec]n|anzug[ec]b[ec]n)\b|bitt[ec] [a-z ]{0,40}\b(ang[ec]b[ec]n|anzug[ec]b[ec]n)[!.)]*$|(per|vorab per|vorab) (fax|telefax|e-?mail|boten)\b|(fax|e-?mail) vorab\b|(zustellung )?gegen (empfangsbekenntnis|zustellungsurkunde)|(einwurf-?)?einschreiben\b|eilt\b|eilsache|persoenlich\b|vertraulich\b|(beglaubigte |vollstreckbare |einfache )?(ausfertigung|abschrift)$|(post|ansichts)karte$)/;

function isSubjectCandidate(line: Line): boolean {
  if (line.zone === 'footer' || line.zone === 'returnAddress' || line.zone === 'address' || line.zone === 'date') return false;
  // ("hier: Anlieferungen im Juli (Kunden-Nr. …)" names the matter, whatever number it quotes.)
  // Nor does a matter that quotes the file number in brackets behind it ("Angebot Nr. 14 –
  // Sanierung Turnhalle (Ihr Zeichen: 1.20-…)").
  const outside = line.folded.replace(/\([^()]*\)/g, ' ');
  const unbracketed = /[a-z]{3}/.test(outside) ? outside : line.folded;
  if (REFERENCE_LABEL.test(unbracketed) && !SUBJECT_LABEL.test(line.folded) && /:/.test(unbracketed) && !/^(widerspruch|einspruch|antrag|rechnung|mahnung|hier\s?:\s?[a-z]{3,})/.test(line.folded)) return false;
  if (/^(seite|page) \d|\bseite \d+ (von|\/) \d+/.test(line.folded) || /^(tel|fax|e-mail|email|telefon)/.test(line.folded)) return false;
  if (isInfoRow(line.folded)) return false;
  // "Personalnummer: 14248" however OCR spells the label: a label with a number is no subject.
  // So is a label with a single code ("Geschaeftszeicheu: MU-4471-9").
  // … also with the label shortened ("Register-Nr.: DE-2028-0418827", "Kunden-Nr.: 40 1187").
  if (/^[a-z-]{4,25}(-nr\.)?\s?:\s*[\d\s/.-]+$/.test(line.folded) || /^[a-z-]{4,25}(-nr\.)?\s?:\s*[a-z]{0,5}[-/.]?\d[\w/.-]*$/.test(line.folded)) return false;
  // A bare label of the information block ("Datum:", "Ansprechpartner:") is no subject.
  if (/^[a-z ./-]{2,30}:?$/.test(line.folded) && /:$/.test(line.folded)) return false;
  if (PLZ_LINE.test(line.folded) && line.words.length <= 4) return false;
  // A row of check boxes on a fax cover or a form ("[ ] Eilt [x] zur Kenntnis [ ] Bitte um Rückruf")
  // marks how to handle the item, it names no matter.
  if ((line.raw.match(CHECK_BOX) ?? []).length >= 2) return false;
  // A row of a box-drawn table ("│ Veranstaltung │ Stadtfest Musterstadt │") holds data, no title.
  if ((line.raw.match(/[│┃║]/g) ?? []).length >= 2) return false;
  // "Eilt! Drohende Stromsperre" names the matter after the urgency mark; "EILT – bitte sofort
  // vorlegen" only how to handle the letter.
  // ("EILT! Bitte sofort vorlegen!": a capitalised "Bitte" is still the handling.)
  const urgentMatter = /^(Eilt|EILT)\s*[!:.–-]?\s+[A-ZÄÖÜ][a-zäöüß]{2,}/.test(line.raw.trim()) && !/^eilt\W*\s+(bitte|sofort|umgehend|dringend)\b/.test(line.folded);
  if (NOT_A_SUBJECT.test(line.folded) && line.folded.split(' ').length <= 10 && !urgentMatter) return false;
  return /[a-z]{3}/.test(line.folded);
}

/** A check box as typed or read by OCR: "[ ]", "[x]", "[X]", "☐", "☒". */
const CHECK_BOX = /\[\s?[xX]?\s?\]|[☐☑☒]/g;

/** OCR splits a row of check boxes into columns and may lose the empty boxes ("Eilt [x] zur
 *  Kenntnis" · "Bitte um Rückruf"): a box anywhere in the row marks all its parts. */
function inCheckBoxRow(lines: Line[], line: Line): boolean {
  return lines.some((other) => other.row === line.row && other.page === line.page && (other.raw.match(CHECK_BOX) ?? []).length > 0);
}

const FIELD_LINE = /^[A-Za-zÄÖÜäöü][A-Za-zÄÖÜäöüß ./-]{1,25}:\s*\S/;

/** A "Label: value" line (also with accents and the French space before the colon: "Séjour : …")
 *  glued under a "Label: value" line of the reference zone. */
const ANY_FIELD_LINE = /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ ./-]{1,30}\s?:\s*\S/;
/** A "Label: value" row with a long label ("Unsere Lieferantennummer bei Ihnen: …",
 *  "Wertstellung beim Empfänger ca.: …"). */
const DATA_ROW = /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ ./-]{1,40}\s?:\s*\S/;
function headerFieldUnderReference(lines: Line[], i: number): boolean {
  const line = lines[i];
  const above = lines[i - 1];
  return line !== undefined && above !== undefined && !line.gapBefore && above.page === line.page && above.zone === 'reference'
    && ANY_FIELD_LINE.test(line.raw.trim()) && ANY_FIELD_LINE.test(above.raw.trim()) && !SUBJECT_LABEL.test(line.folded) && !yourLetterLine(line);
}

/** A line of a list of fields ("Invoice No.: …" / "Invoice date: …" / "Customer no.: …"): three
 *  or more "Label: value" lines without a gap are the header data of an invoice, not its subject
 *  (a two-line subject may well read "Bauvorhaben: …" / "Grundstück: …"). */
function inFieldList(lines: Line[], i: number): boolean {
  const isField = (line: Line | undefined) => line !== undefined && FIELD_LINE.test(line.raw.trim()) && !SUBJECT_LABEL.test(line.folded);
  if (!isField(lines[i])) return false;
  let start = i;
  while (start > 0 && !lines[start]?.gapBefore && isField(lines[start - 1]) && lines[start - 1]?.page === lines[i]?.page) start--;
  let end = i;
  while (isField(lines[end + 1]) && !lines[end + 1]?.gapBefore && lines[end + 1]?.page === lines[i]?.page) end++;
  return end - start + 1 >= 3;
}

const PERSON_FIELD = /^(steuerpflichtige[r]?|patient(in)?|name|vorname|nachname|name, vorname|geburtsdatum|geb\.|anschrift|wohnhaft|taetigkeit|beruf|versicherte[rn]?|beschaeftigte[rn]?|mitarbeiter(in)?|kind|schueler(in)?|mieter(in)?|bewohner(in)?|leistungsberechtigte[rn]?)\s*:/;

// (… also named by the court branch: "In dem verwaltungsgerichtlichen Verfahren".)
const RUBRUM = /^in (dem|der) ([a-z]*(gerichtlich|rechtlich)en )?([a-z]+)?(rechtsstreit|rechtssache|streitsache|strafsache|verfahren|sache|angelegenheit)\b/;

/** "Ihr Schreiben vom 21.11.2025 – Verwarnung …", "Ihr Antrag vom 14.10.2025": the letter answered,
 *  named in the Betreff block. It reads like an information row (a label and a date), but glued to
 *  the subject or followed by the matter it is the subject's own line. */
// The letter answered may be named with where it appeared ("Ihre Stellenanzeige in der
// Nordheimer Zeitung vom …").
// (OCR may lose the space before "vom": "Ihre Anforderung von Unterlagenvom 29.08.2029".)
const YOUR_LETTER = /^(ihre?|unsere?) [a-z-]{3,20}( (?!vom\b)[^ ]+){0,5} ?vom \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/;
function yourLetterLine(line: Line | undefined): boolean {
  return line !== undefined && YOUR_LETTER.test(digitsRead(line.folded));
}
/** … and followed by the matter ("– Verwarnung wegen …"): a subject on its own. */
function yourLetterWithMatter(line: Line): boolean {
  const folded = digitsRead(line.folded);
  // "Ihr Zeichen 3.30-KE-2026/0217 – Kostenbescheid vom …", "Az. 3.10.20-OW-… – Ihr Anhörungsbogen …":
  // the file number with the matter after a dash is the Betreff, however it is unlabelled.
  // Another file number after the dash ("Az. 1.50-EB-… – Kassenzeichen 5.61…") names no matter:
  // such a line is the middle of a Betreff block, not its head.
  if (/^(ihr zeichen|ihr az\.?|az\.|aktenzeichen)\s*:?\s*\S*\d\S*\s+[–—-]\s+[a-z]{3,}/.test(folded) && !FILE_NUMBERS_LINE.test(folded)) return true;
  // So does a Kassenzeichen without a colon ("Kassenzeichen 6.1300.… – doppelte Zahlung"); with one
  // ("Kassenzeichen: … – Objekt …") it is a labelled row of the block (see fileNumberRowsOverTitle).
  if (/^kassenzeichen\s+\S*\d\S*\s+[–—-]\s+[a-z]{3,}/.test(folded) && !FILE_NUMBERS_LINE.test(folded)) return true;
  const m = YOUR_LETTER.exec(folded);
  // "Ihr Schreiben vom … – Az. …": the letter answered with its file number heads the Betreff block.
  return m !== null && (/[a-z]{3,}.*[a-z]{3,}/.test(folded.slice(m[0].length)) || /^\s*[–—,-]\s*(az\b|aktenzeichen|ihr zeichen|gz\b|gesch)\S*\s*:?\s*\S*\d/.test(folded.slice(m[0].length)));
}

/** A form's title in capitals ("VERGNÜGUNGSSTEUER-ANMELDUNG", "M A H N B E S C H E I D",
 *  "ANMELDUNG EINES HUNDES ZUR HUNDESTEUER"): capitals alone may be a letterhead name, so the
 *  title must name a kind of document. */
const DOCUMENT_NOUN = /(anmeldung|meldung|antrag|erklaerung|anzeige|bescheid|bescheinigung|nachricht|beschluss|fragebogen|formular|mitteilung|nachweis|invoice)\b/;
function isCapitalTitle(line: Line): boolean {
  const letters = line.raw.replace(/[^A-Za-zÄÖÜäöüß]/g, '');
  // OCR reads a capital inside a word as the digit it resembles ("ZWEITWOHNUNG5TEUER"): such a
  // digit between capitals is a letter, any other digit makes the line no title.
  const digitsLeft = line.raw.replace(/(?<=[A-ZÄÖÜ])[015](?=[A-ZÄÖÜ]{2})/g, '');
  if (letters.length < 8 || /\d/.test(digitsLeft) || /[a-zäöüß]/.test(letters)) return false;
  // Letter-spaced: "M A H N B E S C H E I D".
  const joined = line.folded.replace(/\b([a-z]) (?=[a-z]\b)/g, '$1');
  return DOCUMENT_NOUN.test(joined);
}

/** A form's title in capitals that names its law ("MELDUNG GEMÄSS § 6 ABS. 1 NR. 1 IfSG", which
 *  isCapitalTitle does not take for its digits) with a second line in ordinary case under it
 *  ("Verdacht auf Masern – bitte sofort bearbeiten"), the two set apart from what follows: one
 *  title. The second line is no field ("Name: …") and no date or information line. */
function capitalTitleWithSecondLine(lines: Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (!line || !next || next.gapBefore || next.page !== line.page || (after && !after.gapBefore && after.page === next.page)) return false;
  const letters = line.raw.replace(/[^A-Za-zÄÖÜäöüß]/g, '');
  const capitals = letters.replace(/[^A-ZÄÖÜ]/g, '').length;
  if (letters.length < 8 || capitals < letters.length * 0.8 || !/[a-zäöüß]{3}/.test(next.raw)) return false;
  // Two words only when one is a long compound ("Meldepflichtiger Erregernachweis"), no name.
  return isSubjectCandidate(next) && !isDateOrInfoLine(next) && !FIELD_LINE.test(next.raw.trim())
    && (next.words.length >= 3 || (next.words.length === 2 && next.words.some((word) => word.text.length >= 13)));
}

/** A bracketed line right under a title names what the title means ("(namentliche Meldung eines
 *  Krankheitserregers)", "(§ 184 Abs. 3 AO)"): part of it. A bracketed instruction ("(bitte
 *  innerhalb von 14 Tagen zurücksenden)") is not. */
function titleExplanation(lines: Line[], last: number): boolean {
  const line = lines[last];
  const next = lines[last + 1];
  if (!line || !next || next.gapBefore || next.page !== line.page) return false;
  const text = next.raw.trim();
  // OCR reads a round bracket as a curly or square one ("{Aufstellen von … Straßenraum)").
  // A subtitle set between dashes ("– Verdacht auf … –", "– Halter ist eine Firma –") is read
  // the same way.
  return (/^[({[].{3,100}[)}\]]$/.test(text) || /^[–—-]\s*[^\s–—-].{2,100}[^\s–—-]\s*[–—-]$/.test(text))
    && !/\b(bitte|bitten|ausfuellen|zurueck)/.test(next.folded) && !NOT_A_SUBJECT.test(next.folded);
}

/** A form's title in ordinary case, named by the kind of document and what it is about ("Anzeige
 *  des Baubeginns", "Mitteilung über …", "Erklärung zur …"): it may head the form above the
 *  address block. */
const FORM_TITLE = /^(anzeige|meldung|mitteilung|erklaerung|anmeldung|abmeldung|ummeldung|bescheinigung|nachweis) (des|der|ueber|zur|zum|eines|einer|von|an die|an den|an das|nach)\b/;
/** The second line of a title that goes on in small letters ("… für 2025" / "über die …"). */
const TITLE_GOES_ON = /^(ueber|uber|für|fuer|zur|zum|wegen|betreffend|hier)\b/;
/** … or in an article in small letters, the title's object ("Antrag auf Verlängerung der
 *  Geltungsdauer" / "einer Baugenehmigung"). Case matters: "Der Betrag …" starts a sentence. */
function titleGoesOn(line: Line): boolean {
  // … or in what the title is for ("Kostenberechnung …" / "zu UR-Nr. … – Kaufvertrag vom …").
  // … or in what comes with it ("Anmeldung eines Hundes zur Hundesteuer" / "mit SEPA-Lastschriftmandat").
  // (OCR may lose the space after it: "mitSEPA-Lastschriftmandat".)
  return TITLE_GOES_ON.test(line.folded) || /^(eine[rsm]?|des|der|den|von|zu)\s|^(mit|sowie|nebst)(\s|(?=[A-ZÄÖÜ]))/.test(line.raw.trim());
}

/** The title's lines, with the bracketed explanation under them. */
function withExplanation(lines: Line[], title: number[]): number[] {
  const last = title[title.length - 1];
  return last !== undefined && titleExplanation(lines, last) ? [...title, last + 1] : title;
}

/** A court's order opens with the rubrum ("In dem Rechtsstreit" / the parties / "wegen …"); the
 *  title of the order stands on its own under it ("Hinweisbeschluss", "Anordnung des …"). */
function courtTitle(lines: Line[], rubrum: number, salutation?: number): number[] {
  const page = lines[rubrum]?.page;
  for (let i = rubrum + 1; i < Math.min(lines.length, rubrum + 14); i++) {
    const line = lines[i];
    if (!line || line.page !== page || !/^wegen\b/.test(line.folded)) continue;
    // The "wegen" line may run on; the title is the next paragraph of one short line.
    let j = i + 1;
    while (lines[j] && !lines[j]?.gapBefore && j < i + 3) j++;
    // A lead-in of its own in small letters ("ergeht folgender", "wird beschlossen:") comes first.
    const leadIn = lines[j];
    if (leadIn && /^[a-zäöüß]/.test(leadIn.raw.trim()) && leadIn.words.length <= 6 && lines[j + 1]?.gapBefore && lines[j + 1]?.page === leadIn.page) j++;
    const title = lines[j];
    const after = lines[j + 1];
    if (!title || title.page !== page || !title.gapBefore || (after && !after.gapBefore && after.page === page)) return [];
    const text = title.raw.trim();
    // A title set right over the salutation may be long ("Übersendung der Klageschrift und
    // Aufforderung zur Vorlage der …"); a digit OCR read for a letter inside a word
    // ("Terminsmittei1ung") makes it no dated or numbered line.
    const words = j + 1 === salutation ? 14 : 8;
    if (title.words.length > words || !/^[A-ZÄÖÜ]/.test(text) || /[.,:;]$/.test(text) || /\d/.test(text.replace(/(?<=[A-Za-zäöüß])[01](?=[a-zäöüß])/g, '')) || !isSubjectCandidate(title)) return [];
    return [j];
  }
  return [];
}

/** A labelled file number of the matter ("Kassenzeichen: …", "Ihr Az.: … · Kassenzeichen …") and
 *  the owner or object it concerns ("Eigentümer: …", "Objekt: …"). */
const MATTER_FILE_ROW = /^(ihr(e)? )?(kassenzeichen|aktenzeichen|az\.?|zeichen|geschaeftszeichen)\s?:\s*\S*\d/;
const MATTER_OWNER_ROW = /^(eigentuemer(in)?|grundstueck|objekt|steuerpflichtige[r]?|mandant(in)?)\s?:\s*\S/;
/** Labelled rows that open a paragraph set apart over the subject line glued under them, from
 *  `last` upwards: at most three, one of them the matter's file number; else none. */
function fileNumberRowsOverTitle(lines: Line[], last: number): number[] {
  const rows: number[] = [];
  for (let k = last; k >= 0 && rows.length < 3; k--) {
    const row = lines[k];
    const below = lines[k + 1];
    if (!row || !below || row.page !== below.page || (below.gapBefore && k < last)) return [];
    if (!MATTER_FILE_ROW.test(row.folded) && !MATTER_OWNER_ROW.test(row.folded)) return [];
    rows.unshift(k);
    // (A lone row of one file number, "Kassenzeichen: …" over the title, is the information block's.)
    const more = rows.length >= 2 || /:\s*\S+\s+\S/.test(lines[rows[0]!]?.folded ?? '');
    if (row.gapBefore) return more && rows.some((r) => MATTER_FILE_ROW.test(lines[r]?.folded ?? '')) ? rows : [];
  }
  return [];
}

/** A short title line set apart right over a court's rubrum ("Zustellung der Klage und
 *  Terminsladung" / gap / "In dem Rechtsstreit"): no note how it was sent, no field, no date line. */
function titleAboveRubrum(lines: Line[], rubrum: number): number[] {
  const line = lines[rubrum];
  const title = lines[rubrum - 1];
  if (!line || !title || !line.gapBefore || !title.gapBefore || title.page !== line.page || title.zone !== 'body') return [];
  const text = title.raw.trim();
  if (title.words.length > 8 || !/^[A-ZÄÖÜ]/.test(text) || /[.,:;]$/.test(text) || FIELD_LINE.test(text) || !isSubjectCandidate(title) || isDateOrInfoLine(title)) return [];
  return [rubrum - 1];
}

/** A file number without a colon that goes on with the matter it concerns after a dash. */
// OCR may lose the dash ("Kassenzeichen 5.3140.018822.4 WEG Lindenstraße 22"): then the matter
// must start with a capital and be no further label.
const FILE_NUMBER_WITH_MATTER = /^(kassenzeichen|aktenzeichen|az\.?|ihr zeichen|geschaeftszeichen)\s+\S*\d\S*\s+[–—-]\s+\S*[a-z]{2,}/;
const FILE_NUMBER_WITH_UNDASHED_MATTER = /^(Kassenzeichen|Aktenzeichen|Az\.?|Ihr Zeichen|Geschäftszeichen)\s+\S*\d\S*\s+(?!(Ihr|Ihre|Unser|Unsere|Datum|Tel|Telefon|Kassenzeichen|Aktenzeichen|Az|Vom)\b)[A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]+\s+\S/;
/** A file number with a colon followed, after a comma, by the person or object it concerns
 *  ("Ihr Aktenzeichen: 5.20-KB-…, Kind: …"), not by another label of the information block. */
const FILE_NUMBER_WITH_PARTY = /^(ihr(e)? |unser(e)? )?(kassenzeichen|aktenzeichen|az\.?|zeichen|geschaeftszeichen)\s?:\s*\S*\d\S*,\s+(?!(ihr|ihre|unser|unsere|datum|tel|telefon)\b)[a-z]{3,}/;
/** … or without a colon, when the person or client follows as a field of its own ("Az. 5.20-…,
 *  Kind: …, geb. …", "Kassenzeichen …, Mandantin: …"). */
const FILE_NUMBER_THEN_COMMA = /^(ihr(e)? |unser(e)? )?(kassenzeichen|aktenzeichen|az\.?|geschaeftszeichen)\s+\S*\d\S*?,\s+/;
function fileNumberWithPartyField(folded: string): boolean {
  const m = FILE_NUMBER_THEN_COMMA.exec(digitsRead(folded));
  if (!m) return false;
  const rest = digitsRead(folded).slice(m[0].length);
  return PERSON_FIELD.test(rest) || CLIENT_LINE.test(rest);
}
/** A line of file numbers only ("Kassenzeichen 5.1300… – Aktenzeichen 1.50-…"). */
const FILE_NUMBERS_LINE = /^(kassenzeichen|aktenzeichen|az\.?|geschaeftszeichen|ihr zeichen)\s+\S*\d\S*(\s+[–—-]\s+(kassenzeichen|aktenzeichen|az\.?|geschaeftszeichen)\s+\S*\d\S*)*$/;
/** … also joined by a comma ("Ihr Zeichen 9.60.10-GN-2026-0388, Kassenzeichen 6.200.418.2") or a
 *  middle dot ("Ihr Az. 3.10.20-SN-… · Kassenzeichen 5.22…"). */
// (… or by a slash, and the matter's further numbers after the first: "Kassenzeichen 6.1200.… /
// Mandatsreferenz MST-…", "… / Vertragsnummer …".)
const FILE_NUMBERS_LIST = /^(kassenzeichen|aktenzeichen|az\.?|geschaeftszeichen|ihr zeichen|ihr az\.?|ihr aktenzeichen)\s+\S*\d\S*((,\s+|\s+[–—·•/-]\s+)(kassenzeichen|aktenzeichen|az\.?|geschaeftszeichen|ihr zeichen|ihr az\.?|ihr aktenzeichen|mandatsreferenz|[a-z]*nummer)\s+\S*\d\S*)+$/;
/** A line of file numbers only, in any of these forms, also one of the city's own headed "Ihr
 *  Aktenzeichen …" / "Ihr Az. …" ("Ihr Zeichen …, Kassenzeichen …"). */
function fileNumbersOnly(folded: string): boolean {
  return FILE_NUMBERS_LINE.test(folded) || FILE_NUMBERS_LIST.test(folded) || /^ihr (aktenzeichen|az\.?)\s+\S*\d\S*$/.test(folded);
}
/** The label of a file number as OCR may read it ("Kasserizeichen", "Kassenzeiehen", "Aktcnzeichen"). */
const FILE_NUMBER_LABEL_READ = String.raw`kass[ec](?:n|u|ri|rn)${ZEICHEN_READ}|akt[ec](?:n|ri|rn)${ZEICHEN_READ}|az\.?|ihr ${ZEICHEN_READ}|geschaefts${ZEICHEN_READ}`;
// (… also the city's own, labelled with a colon: "Ihr Aktenzeichen: 5.20-… – Kind: …".)
const FILE_NUMBER_THEN_DASH = new RegExp(String.raw`^(ihre? (?=akt|kass|gesch))?(${FILE_NUMBER_LABEL_READ})\s*:?\s+\S*\d\S*\s+[–—-]\s+`);
/** A file number followed, after a dash, by the person or client it concerns ("Kassenzeichen
 *  5.2300.… – Kind: Finn R., geb. …"): the last line of the Betreff block. */
function fileNumberWithDashedParty(folded: string): boolean {
  const read = digitsRead(folded);
  const m = FILE_NUMBER_THEN_DASH.exec(read);
  if (!m) return false;
  const rest = read.slice(m[0].length);
  return PERSON_FIELD.test(rest) || CLIENT_LINE.test(rest);
}
/** A file number set under the matter without a colon ("Kassenzeichen 4.20.1.5566"), maybe going
 *  on with whose matter it is ("Kassenzeichen 5.31.0188.4 – WEG Lindenstr. 22"), or with a colon
 *  when it goes on with whose matter it is ("Ihr Aktenzeichen: …, Kind: …"): the last line of an
 *  unlabelled Betreff block. */
function fileNumberUnderMatter(line: Line | undefined): boolean {
  if (!line) return false;
  if ((line.zone === 'reference' || line.zone === 'body') && fileNumberWithDashedParty(line.folded)) return true;
  if (line.zone !== 'reference') return false;
  return (!/:/.test(line.raw) && /\d/.test(line.raw) && (line.words.length <= 4 || FILE_NUMBER_WITH_MATTER.test(line.folded) || FILE_NUMBER_WITH_UNDASHED_MATTER.test(line.raw.trim()) || FILE_NUMBERS_LIST.test(line.folded)) && !isInfoRow(line.folded))
    || FILE_NUMBER_WITH_PARTY.test(line.folded) || fileNumberWithPartyField(line.folded);
}
/** A line of the Betreff block that starts with a file number, its label without a colon
 *  ("Kassenzeichen 5.4700.031877.2 – Az.: 1.50-SR-…", "Ihr Az. 3.10.20-…, Kassenzeichen …"), or
 *  with one when the line names the letter answered by its file number and date ("Ihr Zeichen:
 *  9.60.10-… vom 11.04.2028"). A bare "Ihr Aktenzeichen: …" under the Betreff is the
 *  information block's. */
const BETREFF_FILE_NUMBERS = new RegExp(String.raw`^(${FILE_NUMBER_LABEL_READ}|ihr az\.?|ihr aktenzeichen)(\s+\S*\d|\s*:\s+\S*\d\S*\s+vom\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$)`);
/** Whom a representative writes for, as the last line of a Betreff block ("Mandant: …", "in Sachen …"). */
const CLIENT_LINE = /^(mandant(in|schaft)?|in sachen|auftraggeber(in)?)\b\s*:?\s*\S/;

/** The client named in a row of the Betreff block, at its start or after the object it concerns
 *  ("Mandantin: …", "Bauvorhaben: … – Mandant: …", "in Sachen …"). */
const CLIENT_PART = /^(mandant(in|schaft)?|in sachen|auftraggeber(in)?)\b\s*:?\s*\S|\s[–—-]\s+(mandant(in|schaft)?|auftraggeber(in)?)\s*:\s*\S/;

/** A representative's Betreff block: the matter set apart, one or two rows of the city's file
 *  number glued under it ("Ihr Zeichen: …") and the row naming the client last. The block's lines
 *  from the matter to the client row, or undefined. */
function clientUnderFileNumber(lines: Line[], i: number, from: number): number[] | undefined {
  const line = lines[i];
  if (!line || line.gapBefore || line.zone !== 'body' || !CLIENT_PART.test(line.folded)) return undefined;
  let k = i - 1;
  while (k > from && i - k <= 2 && lines[k]?.zone === 'reference' && !lines[k]?.gapBefore && lines[k]?.page === line.page && /^ihr(e)? /.test(lines[k]?.folded ?? '')) k--;
  const matter = lines[k];
  if (k === i - 1 || !matter || matter.page !== line.page || !matter.gapBefore || matter.zone !== 'body') return undefined;
  if (!isSubjectCandidate(matter) || isDateOrInfoLine(matter) || FIELD_LINE.test(matter.raw.trim())) return undefined;
  return Array.from({ length: i - k + 1 }, (_, n) => k + n);
}

/** A short document title with the information block's column beside it in the same row,
 *  the column opening with a labelled number or date ("Rechnung ⟨gap⟩ Rechnungsnummer: …"). */
function titleBesideInfoColumn(line: Line): boolean {
  const column = line.textColumn;
  if (!column || column.word > 4 || line.zone !== 'body') return false;
  const title = line.folded.slice(0, line.foldedStarts[column.word] ?? line.folded.length).trim();
  const beside = line.folded.slice(line.foldedStarts[column.word] ?? line.folded.length);
  return TITLE_WORD.test(title) && !/:/.test(title) && /^[a-z.-]*(nr|nummer|datum|zeichen)\b[^:]{0,20}:/.test(beside);
}

/** A Betreff block of "Label: value" rows closed by its "hier:" line ("Bauvorhaben: …" /
 *  "Bauherr: …" / "Ihr Aktenzeichen: …" / "hier: Nachweis …"), set apart as a paragraph of its
 *  own: all its lines, the rows naming the matter however much they read like the information
 *  block. Undefined unless line `i` is such a "hier:" line. */
function rowsOverMatter(lines: Line[], i: number, from: number): number[] | undefined {
  const line = lines[i];
  if (!line || line.gapBefore || line.zone !== 'body' || !/^hier\s*:\s*[a-z]{3,}/.test(line.folded)) return undefined;
  let top = i - 1;
  while (top > from && i - top < 4 && !lines[top]?.gapBefore && lines[top - 1]?.page === line.page) top--;
  const rows = lines.slice(top, i);
  const head = rows[0];
  if (!head?.gapBefore || head.page !== line.page || !/^[A-ZÄÖÜ]/.test(head.raw.trim()) || isInfoRow(head.folded)) return undefined;
  if (!rows.every((row) => (row.zone === 'body' || row.zone === 'reference') && ANY_FIELD_LINE.test(row.raw.trim()))) return undefined;
  return Array.from({ length: i - top + 1 }, (_, n) => top + n);
}

/** The document word a title line starts with ("Rechnung Nr. …", "2. Mahnung", "Beschluss"). */
// ("Rechnungsnummer RG-…", "Rechnungsdatum …" label a row of the information block, no title.)
// A court's order named by two kinds joined ("Pfändungs- und Überweisungsbeschluss") is one title.
// A foreign sender prints the title in its own language first ("FACTURE / RECHNUNG N° …",
// "FAKTURA VAT / RECHNUNG Nr …"): the German document word after the slash is the title's.
const TITLE_WORD = /^(\d\. )?([a-z]{4,12}( [a-z]{2,4})? \/ )?(antrag (auf|zur|zum|ueber)\b|rechnung(?!s?-?(nummer|nr\b|datum|betrag|summe|empfaenger|anschrift|adresse))|gutschrift|[a-z]*rechnung\b|mahnung|zahlungserinnerung|angebot|auftragsbestaetigung|kostenvoranschlag|[a-z]*bescheid\b|anhoerungsbogen|zeugenfragebogen|ladung|([a-z]+- und )?[a-z]*beschluss\b|urteil|zahlungsbefehl|strafbefehl|invoice|credit note)/;
/** "Seite 1 von 2", "Seite 2/3": the page counter of a running header. */
const PAGE_COUNTER = /\bseite \d+ ?(von|\/) ?\d+\b/;
/** The total of an invoice's table, a "Rechnungs…" word before the sum ("Rechnungsbetrag EUR 752,02"). */
const INVOICE_TOTAL = /^rechnungs(betrag|summe|endbetrag|gesamtbetrag|total)\b.*\d[.,]\d{2}\s*(€|eur)?\s*$/;
/** A fax cover sheet: "TELEFAX" set as its title, or its "Seiten: 2" field. */
const FAX_COVER = /^(telefax|fax|faxnachricht|faxmitteilung|fax-?deckblatt)$|^seiten\s*:\s*\d/;

/** A fax cover sheet names no matter of its own: the document it covers does, by the title at the
 *  head of the next page ("RECHNUNG 40-27-1183" under the firm's letterhead). */
function faxCoverTitle(lines: Line[], firstPage: number): number[] {
  const cover = lines.filter((line) => line.page === firstPage);
  if (!cover.some((line) => FAX_COVER.test(line.folded.replace(/\b([a-z]) (?=[a-z]\b)/g, '$1')))) return [];
  const nextPage = lines.find((line) => line.page !== firstPage)?.page;
  const title = lines.find((line) => line.page === nextPage && line.top < 0.5 && TITLE_WORD.test(line.folded) && !inFieldList(lines, line.index) && !FIELD_LINE.test(line.raw.trim()));
  // … with the bracketed explanation under it ("(vorübergehender Betrieb aus besonderem Anlass)").
  return title ? withExplanation(lines, [title.index]) : [];
}

/** A short cover note without a Betreff ("anbei der Ausdruck unseres Online-Antrags …", then the
 *  greeting) names no matter of its own: the document it covers does, by its title set apart as
 *  a paragraph of its own below the greeting ("Antrag auf Erteilung eines …"). */
function coverNoteTitle(lines: Line[], salutation: number | undefined, closing: number | undefined): number[] {
  if (salutation === undefined || closing === undefined || closing <= salutation || closing - salutation > 5) return [];
  for (let i = closing + 1; i < Math.min(lines.length, closing + 25); i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || !line.gapBefore || (next && !next.gapBefore && next.page === line.page)) continue;
    // A list of enclosures names documents, it holds none of them.
    if (/^(anlagen?|anhang|anhaenge)\b/.test(line.folded)) return [];
    const text = line.raw.trim();
    // The document is a form: field rows ("Firma: …", "Kennzeichen: …") follow its title.
    const fields = lines.slice(i + 1, i + 8).filter((row) => row.page === line.page && FIELD_LINE.test(row.raw.trim())).length;
    if (fields >= 2 && (TITLE_WORD.test(line.folded) || FORM_TITLE.test(line.folded)) && line.words.length <= 12 && /^[A-ZÄÖÜ0-9]/.test(text) && !/[.,:;]$/.test(text)
      && !INVOICE_TOTAL.test(line.folded) && !FIELD_LINE.test(text) && isSubjectCandidate(line) && !isDateOrInfoLine(line)) return [i];
  }
  return [];
}

/** Labels of lines that follow a Betreff line without belonging to it: attachments, an e-mail's header. */
const BETREFF_FOLLOWER = /^(anlagen?|anhang|anhaenge|attachments?|an|cc|bcc|von|from|to|gesendet|sent|datum|date|betreff|subject)$/;
/** … as OCR may read them ("Arihang", "Anlagcn"): n read as "ri", m as "rn", e as "c", one letter off. */
function followsBetreff(folded: string): boolean {
  const label = /^([a-z]{2,12})\s*:/.exec(folded)?.[1];
  if (!label) return false;
  const repaired = label.replace(/ri/g, 'n').replace(/rn/g, 'm');
  return [label, repaired].some((text) => BETREFF_FOLLOWER.test(text) || (text.length >= 5 && ['anlage', 'anlagen', 'anhang', 'anhaenge', 'gesendet'].some((word) => editDistance(text, word, 1) <= 1)));
}

/** A line of the information block set beside the title in a column of its own ("Kundennummer …"
 *  right of "Jahresabrechnung 2026", "Zeitraum …" under it at the same indent): read beside text
 *  to its left, or indented to where such a column starts in the lines just above. */
function inInfoColumn(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  if (line.rightColumn) return true;
  const indent = line.textIndent ?? 0;
  const boxedIndent = line.left;
  if (indent < 20 && boxedIndent < 0.15) return false;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const above = lines[j];
    const below = lines[j + 1];
    if (!above || !below || below.gapBefore || above.page !== line.page) return false;
    if (indent >= 20 && above.textColumn && Math.abs(above.textColumn.at - indent) <= 3) return true;
    if (boxedIndent >= 0.15 && above.rightColumn && Math.abs(above.left - boxedIndent) <= 0.03) return true;
  }
  return false;
}

/** A text layer row of label–value pairs side by side, cells set apart by two spaces or more
 *  ("Kundenkonto   8 811 402 377   Rechnungsdatum   14.02.2030"), in a block of two such rows or
 *  more glued together: a header table, no title. */
function pairedLabelValueRow(lines: Line[], i: number): boolean {
  const cellsOf = (line: Line | undefined) => {
    const starts = line?.textStarts;
    if (!line || !starts) return [];
    const cells: { text: string; at: number }[] = [];
    line.words.forEach((word, k) => {
      const previous = line.words[k - 1];
      const last = cells[cells.length - 1];
      if (previous === undefined || !last || (starts[k] ?? 0) - ((starts[k - 1] ?? 0) + previous.text.length) >= 2) cells.push({ text: word.text, at: starts[k] ?? 0 });
      else last.text += ` ${word.text}`;
    });
    return cells;
  };
  const line = lines[i];
  const cells = cellsOf(line);
  if (!line || cells.length < 4 || cells.length % 2 !== 0 || !cells.every((cell, k) => k % 2 === 1
    ? /\d/.test(cell.text)
    : /^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß.-]*( [A-Za-zÄÖÜäöüß.-]+){0,2}:?$/.test(cell.text))) return false;
  // A row glued above or below whose first three cells start in the same columns (a label as
  // long as its column may run into its value: "Leistungszeitraum 01.01.–31.01.2030").
  const aligned = (k: number) => {
    const other = cellsOf(lines[k]);
    return lines[k]?.page === line.page && other.length >= 3 && [0, 1, 2].every((c) => other[c]?.at === cells[c]?.at);
  };
  return (!line.gapBefore && aligned(i - 1)) || (!lines[i + 1]?.gapBefore && aligned(i + 1));
}

/** An information block set far to the right without a column gap of its own: three rows or
 *  more glued together at the same deep indent, one of them a reference or date row. */
function indentedInfoRow(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  // Counted in the text layer's characters, or measured on the word boxes.
  const text = line.textIndent !== undefined;
  const indent = text ? line.textIndent ?? 0 : line.left;
  if (indent < (text ? 30 : 0.2)) return false;
  const aligned = (k: number) => lines[k]?.page === line.page && Math.abs((text ? lines[k]?.textIndent ?? 0 : lines[k]?.left ?? 0) - indent) <= (text ? 1 : 0.01);
  let start = i;
  while (start > 0 && !lines[start]?.gapBefore && aligned(start - 1)) start--;
  let end = i;
  while (aligned(end + 1) && !lines[end + 1]?.gapBefore) end++;
  const run = lines.slice(start, end + 1);
  return run.length >= 3 && run.some((other) => other !== line && (other.zone === 'reference' || other.zone === 'date' || isDateOrInfoLine(other)));
}

/** A row of a two-column table: a short label without digits and, after a wide gap, its value
 *  ("Kundennummer      880 214 557", "Ihr Anschluss     Feuerwache, Brandweg 3"). Where the value
 *  starts: the character column in a text layer, the row's second part on a scan (splitColumns
 *  cut the row there); undefined for any other line. */
function labelValueColumn(lines: Line[], line: Line): { column: number; tolerance: number } | undefined {
  const parts = lines.filter((other) => other.page === line.page && other.row === line.row);
  const label = (text: string) => /^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß.-]*( [A-Za-zÄÖÜäöüß.-]+){0,2}$/.test(text.trim());
  if (parts.length === 2 && parts[0] === line && hasBoxes(line.words)) {
    return label(line.raw) && parts[1] ? { column: parts[1].left, tolerance: 0.02 } : undefined;
  }
  if (parts.length !== 1) return undefined;
  // One part: the cells are told apart by a gap of two characters or more, counted in the text
  // layer's spacing or measured on the word boxes.
  const starts = line.textStarts;
  const boxes = hasBoxes(line.words);
  if (!starts && !boxes) return undefined;
  const charWidth = (word: Word) => (word.box.x1 - word.box.x0) / Math.max(1, word.text.length);
  const cells = line.words.flatMap((word, i) => {
    const previous = line.words[i - 1];
    if (!previous) return [];
    const wide = starts ? (starts[i] ?? 0) - ((starts[i - 1] ?? 0) + previous.text.length) >= 2 : word.box.x0 - previous.box.x1 >= charWidth(previous) * 2.5;
    return wide ? [i] : [];
  });
  const value = cells[0];
  const valueWord = value === undefined ? undefined : line.words[value];
  if (cells.length !== 1 || value === undefined || !valueWord || !label(line.words.slice(0, value).map((w) => w.text).join(' '))) return undefined;
  return starts ? { column: starts[value] ?? 0, tolerance: 1 } : { column: valueWord.box.x0, tolerance: charWidth(valueWord) * 1.5 };
}

/** Three or more such rows with their values in one column make up the whole block glued over
 *  `end` (the salutation): the index of its first line, or undefined. */
function headerDataTable(lines: Line[], from: number, end: number): number | undefined {
  const columns: number[] = [];
  // A label as long as the label column leaves a single space before its value
  // ("Leistungszeitraum 01.01.2029 – …" under "Kunden-Nr.        118 332"): such a row is judged
  // by the column the other rows set.
  const snug: Line[] = [];
  let tolerance = 0;
  let top: number | undefined;
  for (let k = end - 1; k >= from;) {
    const line = lines[k];
    const first = line && lines.find((other) => other.page === line.page && other.row === line.row);
    const cell = first && labelValueColumn(lines, first);
    if (!first || (!cell && !first.textStarts)) return undefined;
    if (cell) {
      columns.push(cell.column);
      tolerance = cell.tolerance;
    } else snug.push(first);
    top = first.index;
    if (first.gapBefore || lines[first.index - 1]?.page !== first.page) break;
    k = first.index - 1;
  }
  if (top === undefined || columns.length < 2 || columns.length + snug.length < 3 || !lines[top]?.gapBefore) return undefined;
  const column = columns[0] ?? 0;
  if (!snug.every((line) => snugLabelValue(line, column))) return undefined;
  return columns.every((other) => Math.abs(other - column) <= tolerance) ? top : undefined;
}

/** A text layer row whose label, without digits, runs up to one space before `column`, where its
 *  value starts. */
function snugLabelValue(line: Line, column: number): boolean {
  const value = line.textStarts?.findIndex((start) => start === column) ?? -1;
  if (value < 1) return false;
  return /^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß.-]*( [A-Za-zÄÖÜäöüß.-]+){0,2}$/.test(line.words.slice(0, value).map((w) => w.text).join(' '));
}

/** A greeting by name in any words ("Moin Herr Grote,", "Servus Frau Dr. Lange,"). */
const UNKNOWN_GREETING = /^[a-z]+( [a-z]+)? (herr|frau|herrn)( dr\.)? [a-z-]+,$/;
/** The writer speaks in the first person or asks ("ich", "wir", "bitte"): a sentence, no title. */
const FIRST_PERSON = /\b(ich|wir|bitte|bitten|moechte|moechten)\b/;
/** A line that starts the letter's running text: a long line that breaks mid-sentence (after a
 *  comma or a word) into a line in small letters, the two spoken in the first person. */
function opensProse(lines: Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || next.gapBefore || next.page !== line.page || line.words.length < 6) return false;
  return /[,a-zäöüß]$/.test(line.raw.trim()) && /^[a-zäöüß]/.test(next.raw.trim()) && FIRST_PERSON.test(`${line.folded} ${next.folded}`);
}

/** The decision a representative contests, by its date alone; German compounds run long ("Ihre
 *  Beseitigungsanordnung vom 08.10.2030", "Ihre Nutzungsuntersagungsverfügung vom …"). */
const CONTESTED_DECISION = /^ihre?( [a-z]+)? [a-z-]{3,40} vom \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$/;

/** A line that lists further receivers ("cc: …", "Kopie: …", "Verteiler: …", "nachrichtlich: …"). */
const COPY_LINE = /^(cc|bcc|kopie|kopien|abschrift|verteiler|nachrichtlich|zur kenntnis)\s*:/;

function findSubject(lines: Line[], from: number, to: number, salutation: number | undefined): number[] {
  for (let i = 0; i < Math.min(lines.length, to + 1); i++) {
    const line = lines[i];
    if (line && line.zone !== 'address' && SUBJECT_LABEL.test(line.folded) && line.folded.replace(SUBJECT_LABEL, '').length > 2) {
      const result = [i];
      // The Betreff block goes on without a gap, up to three lines ("… 2026" / "hier: …"); a
      // single word only when the line above breaks mid-sentence ("… für öffentliche" /
      // "Auftraggeber"); never a field of the information block.
      for (let j = i + 1; j <= i + 3; j++) {
        const next = lines[j];
        const above = lines[j - 1];
        if (!next || !above) break;
        const continues = next.words.length > 1 || (next.raw.trim().length >= 4 && !/[.:!?]$/.test(above.raw.trim()) && above.words.length >= 4);
        // A "Label: value" line under the Betreff names what the matter concerns ("Bauherr: …",
        // "Leistungsberechtigter: …") and stays in the block; the attachments and the header of an
        // e-mail ("Anlagen: …", "An: …") follow the Betreff but are no part of it.
        const field = /^[^:]{2,30}:\s*\S/.test(next.raw) && (followsBetreff(next.folded) || inFieldList(lines, j));
        // The file numbers of the matter, set under it without a colon after their first label
        // ("Kassenzeichen 5.47… – Az.: 1.50-…"), stay in the Betreff block.
        const fileNumbers = BETREFF_FILE_NUMBERS.test(digitsRead(next.folded));
        if (!continues || next.gapBefore || j === salutation || next.page !== line.page || (!isSubjectCandidate(next) && !fileNumbers) || SALUTATION.test(next.folded) || field || (isDateOrInfoLine(next) && !fileNumbers)) break;
        result.push(j);
      }
      return result;
    }
  }
  if (salutation !== undefined) {
    // A court letter whose rubrum ("In dem Rechtsstreit" / the parties / "wegen …") runs up to the
    // salutation: the "wegen" line names the case's matter, no Betreff; only a title set apart
    // under it is the subject.
    const rubrum = lines.slice(from, salutation).findIndex((line) => RUBRUM.test(line.folded));
    // (The rubrum may name only the parties, "X ./. Stadt Musterstadt", without a "wegen" line,
    // and run up to the salutation: no title under it.)
    const afterRubrum = lines.slice(from + rubrum + 1, salutation);
    const partiesOnly = afterRubrum.some((line) => /\S\s+\.\/\.\s+\S/.test(line.raw)) && !afterRubrum.some((line) => line.gapBefore);
    // (A family court names the matter "betreffend …": "In der Familiensache" / "betreffend die
    // elterliche Sorge für …" / the parties.)
    const matterLine = (line: Line) => /^(wegen|betreffend)\b/.test(line.folded);
    if (rubrum >= 0 && (afterRubrum.some(matterLine) || partiesOnly)) {
      // The court letter's own title set apart over the rubrum ("Zustellung eines Beschlusses",
      // "Ladung zum Gütetermin …") names it; else a title under the rubrum does.
      const above = titleAboveRubrum(lines, from + rubrum);
      if (above.length > 0) return above;
      const title = courtTitle(lines, from + rubrum, salutation);
      if (title.length > 0) return title;
      // Without a title, a short rubrum set as one block over the salutation, the case named by
      // its parties on one line and its matter ("In der Verwaltungsstreitsache" / "X ./. Stadt …" /
      // "wegen Baugenehmigung …"), is the letter's Betreff, as it is without the opening words
      // ("Verwaltungsrechtssache" / "X ./. Stadt …" / "wegen …"). A rubrum of paragraphs with the
      // parties' addresses, or parties without a matter, names no subject.
      const block = lines.slice(from + rubrum, salutation);
      const compact = block.length <= 4 && block.slice(1).every((line) => !line.gapBefore && line.page === block[0]?.page)
        && block.some((line) => /\S\s+\.\/\.\s+\S/.test(line.raw)) && block.some((line) => /^wegen\b/.test(line.folded));
      return compact ? block.map((line) => line.index) : [];
    }
    // A table of the invoice's header data set apart over the salutation ("Rechnungsnummer
    // 6047 …" / "Kundennummer 880 …" / "Ihr Anschluss  Feuerwache …"): the data the letter
    // concerns, like "Label: value" rows; the title above it is the subject.
    const table = headerDataTable(lines, from, salutation);
    if (table !== undefined) {
      const above = findSubject(lines, from, to, table);
      if (above.length > 0) return above;
    }
    // A block of a person's data between the subject and the salutation ("Patient: …" / its
    // address / "Tätigkeit: …" in a doctor's certificate, "Name: …" / "geb.: …" in a request
    // about an employee or a child) is no subject: the subject stands above it.
    let blockStart = salutation - 1;
    while (blockStart > from && !lines[blockStart]?.gapBefore && lines[blockStart - 1]?.page === lines[blockStart]?.page) blockStart--;
    // (… unless the block names the matter in a "hier:" line: "Patient: …" / "hier: Entlassung …"
    // is the Betreff block itself.)
    const personData = PERSON_FIELD.test(lines[blockStart]?.folded ?? '') && lines[blockStart]?.gapBefore === true
      && !lines.slice(blockStart + 1, salutation).some((line) => /^hier\s*:/.test(line.folded));
    // The subject stands right above the salutation, possibly over two lines.
    for (let i = personData ? blockStart - 1 : salutation - 1; i >= from; i--) {
      const line = lines[i];
      if (!line) break;
      // The postcode line ends an address block the layout did not recognise ("Herrn
      // Oberbürgermeister" / "Rathaus, Markt 1" / "12345 Musterstadt"): the subject stands below it.
      if (PLZ_LINE.test(line.folded) && line.words.length <= 4) break;
      const answered = yourLetterWithMatter(line);
      // "… mit Winterdienstfahrzeugen," over "Ihr Antrag vom 14.10.2025": the block ends in the
      // letter it answers.
      const above = lines[i - 1];
      // … or in a file number set under the matter without a colon ("… meines Hundes" over
      // "Kassenzeichen 4.20.1.5566"): still the Betreff block (see fileNumberUnderMatter).
      const fileNumberLine = fileNumberUnderMatter(line);
      // Two or three such lines under the matter ("Kassenzeichen …" / "Steuernummer …") all close it.
      let runTop = i;
      while (fileNumberLine && i - runTop < 2 && !lines[runTop]?.gapBefore && lines[runTop - 1]?.page === line.page && fileNumberUnderMatter(lines[runTop - 1])) runTop--;
      // … or in the number the last subject line announces, wrapped onto a line of its own
      // ("… – Aktenzeichen" / "2026/114.").
      const wrappedNumber = i === salutation - 1 && /^\S+$/.test(line.raw.trim()) && /\d[./-]\d/.test(line.raw) && !/:/.test(line.raw) && /[A-Za-zäöüß]$/.test(above?.raw.trim() ?? '');
      // … or in the person the matter concerns, glued under it ("Versicherte: …, geb. …,
      // Versicherungsnummer …"), however many numbers that line names.
      const personLine = i === salutation - 1 && line.zone === 'body' && PERSON_FIELD.test(line.folded);
      const matter = lines[runTop - 1];
      const endsInAnswered = (yourLetterLine(line) && !answered || fileNumberLine || wrappedNumber || personLine) && !lines[runTop]?.gapBefore && matter !== undefined && matter.page === line.page && isSubjectCandidate(matter)
        && matter.zone !== 'reference' && matter.zone !== 'letterhead' && matter.zone !== 'date' && !isDateOrInfoLine(matter) && !yourLetterLine(matter) && !inFieldList(lines, runTop - 1);
      // A title that goes on with the date it takes effect, in small letters ("Antrag auf … der
      // Feuerwehr Musterstadt" / "ab dem 1. Januar 2028"): no date line of the information block.
      // … or named by a noun before the date ("Versicherungsbeginn 01.09.2029") in a letter whose
      // date line stands elsewhere: no "Ort, den …".
      const namedDate = /^[A-ZÄÖÜ][a-zäöüß-]{5,}\s+\d{1,2}\.\d{1,2}\.\d{4}$/.test(line.raw.trim()) && !/^datum\b/.test(line.folded)
        && lines.some((other) => other.zone === 'date' && other.index < i && other.page === line.page);
      const datedGoesOn = (/^(ab|seit|bis|vom|zum|am)\s/.test(line.raw.trim()) || namedDate) && !line.gapBefore && above !== undefined && above.page === line.page && isSubjectCandidate(above)
        && above.zone !== 'reference' && above.zone !== 'letterhead' && above.zone !== 'date' && !isDateOrInfoLine(above) && !/[.:!?]$/.test(above.raw.trim());
      // The title set at the head of the information block's column, sharing its row with the
      // block's first field ("Gutschrift ⟨wide gap⟩ Belegnummer: G-…" over "Belegdatum: …"): the
      // title is the subject (the column beside it is cut off when the subject is read).
      if (titleBesideInfoColumn(line)) return [i];
      if (inInfoColumn(lines, i)) continue;
      // A "Label: value" row glued under a "Label: value" row of the information block ("Ihr
      // Zeichen: …" / "Aufenthalt: …", French "Séjour : …") is header data as well, no Betreff.
      // … unless it names the client a representative writes for ("Bauvorhaben: … – Mandantin:
      // … GmbH") under the matter and the city's file number ("Widerspruch gegen …" / "Ihr
      // Zeichen: …"): that row closes the Betreff block, the file number is its own.
      const representedBlock = clientUnderFileNumber(lines, i, from);
      if (representedBlock) return representedBlock;
      const matterRows = rowsOverMatter(lines, i, from);
      if (matterRows) return matterRows;
      if (headerFieldUnderReference(lines, i)) continue;
      if (!answered && !endsInAnswered && (!isSubjectCandidate(line) || inCheckBoxRow(lines, line) || line.zone === 'reference' || (isDateOrInfoLine(line) && !datedGoesOn) || inFieldList(lines, i))) continue;
      // The whole Betreff block, up to four lines without a gap ("Zuwendungsbescheid" /
      // "Beschaffung eines …" / "Ortswehr …").
      const block = endsInAnswered ? Array.from({ length: i - runTop + 2 }, (_, k) => runTop - 1 + k) : [i];
      for (let j = (endsInAnswered ? runTop - 1 : i) - 1; j >= from && block.length < 4; j--) {
        const current = lines[j + 1];
        const previous = lines[j];
        if (!current || !previous || current.gapBefore || previous.page !== current.page) break;
        // "Ihr Schreiben vom 26.03.2026 – Nachreichung von Unterlagen" over the matter.
        if (yourLetterWithMatter(previous) && previous.zone !== 'letterhead') {
          block.unshift(j);
          // … under the notice's title, glued over it ("Gebührenbescheid" / "Ihr Antrag vom …").
          const title = lines[j - 1];
          if (title && !previous.gapBefore && title.page === previous.page && title.zone === 'body' && title.words.length <= 6 && TITLE_WORD.test(title.folded)
            && isSubjectCandidate(title) && !isDateOrInfoLine(title) && !FIELD_LINE.test(title.raw.trim())) block.unshift(j - 1);
          break;
        }
        // The file numbers of the contested notice between the matter and its "hier:" line
        // ("Ihr Bescheid vom … über …" / "Kassenzeichen … – Aktenzeichen …" / "hier: Widerspruch"):
        // the Betreff block goes on above them.
        const glued = lines[j - 1];
        if (previous.zone === 'reference' && fileNumbersOnly(previous.folded) && !/:/.test(previous.raw) && glued && glued.page === previous.page && !previous.gapBefore
          && glued.zone !== 'reference' && glued.zone !== 'letterhead' && glued.zone !== 'date' && (yourLetterWithMatter(glued) || (isSubjectCandidate(glued) && !isDateOrInfoLine(glued)))) {
          block.unshift(j);
          continue;
        }
        // A file number without a colon set apart over the matter ("Kassenzeichen 1.50.…" /
        // "Straßenausbaubeitrag …"): it heads the Betreff block.
        if (previous.zone === 'reference' && previous.gapBefore && fileNumbersOnly(previous.folded) && !/:/.test(previous.raw)) {
          block.unshift(j);
          break;
        }
        // The client or person the matter concerns, named inside the block with their file
        // number ("Gewerbesteuer-Vorauszahlungen 2028" / "Mandantin: … GmbH, Kassenzeichen …" /
        // "Antrag auf …"): a row of the block, however its number reads like the information block's.
        const partyRow = (CLIENT_LINE.test(previous.folded) || PERSON_FIELD.test(previous.folded)) && previous.zone === 'body' && !isInfoRow(previous.folded);
        // … under the contested decision opening the paragraph ("Ihr Bescheid vom 02.09.2030" /
        // "Mandantin: … GmbH" / "Carport auf dem Flurstück …"): a lawyer's Betreff block, the
        // decision its head, however its date reads like the information block's "Ihr Schreiben vom".
        if (partyRow && CLIENT_LINE.test(previous.folded) && glued && !previous.gapBefore && glued.gapBefore && glued.page === previous.page && glued.zone === 'body' && CONTESTED_DECISION.test(digitsRead(glued.folded))) {
          block.unshift(j - 1, j);
          break;
        }
        if (partyRow && glued && !previous.gapBefore && glued.page === previous.page && glued.zone === 'body' && isSubjectCandidate(glued) && !isDateOrInfoLine(glued)) {
          block.unshift(j);
          continue;
        }
        // … or heading the block after a blank line ("Mandant: X GmbH, Steuernummer …" / "Antrag
        // auf …"): the client's row opens the Betreff block, however many numbers it names.
        if (CLIENT_LINE.test(previous.folded) && previous.zone === 'body' && previous.gapBefore && !isInfoRow(previous.folded)) {
          block.unshift(j);
          break;
        }
        // The matter's file numbers and owner as labelled rows opening the Betreff paragraph
        // ("Eigentümer: … GbR" / "Kassenzeichen: … – Objekt …" / "Antrag auf …"): rows of the block.
        const rows = fileNumberRowsOverTitle(lines, j);
        if (rows.length > 0) {
          block.unshift(...rows);
          break;
        }
        // A matter that names an address wraps its postcode and town onto a line of their own
        // ("Insolvenzverfahren über das Vermögen der X GmbH, Am Hafen 2," / "12345 Musterstadt"):
        // a line of the block, no end of an address block.
        if (PLZ_LINE.test(previous.folded) && previous.words.length <= 4 && previous.zone === 'body' && glued && !previous.gapBefore && glued.page === previous.page
          && glued.zone === 'body' && /,$/.test(glued.raw.trim()) && glued.words.length >= 4 && isSubjectCandidate(glued) && !isDateOrInfoLine(glued) && block.length <= 2) {
          block.unshift(j - 1, j);
          j--;
          continue;
        }
        if (!isSubjectCandidate(previous) || previous.zone === 'reference' || previous.zone === 'letterhead' || previous.zone === 'date' || isDateOrInfoLine(previous)) break;
        block.unshift(j);
      }
      // A table of "label | value" rows glued under a row of the information block, its frame lost
      // by OCR ("Ihr Zeichen | 0.10-SF-2027" / "Veranstaltung | Stadtfest …" / …): the rows are
      // the data the letter concerns; the subject is a title set apart above the table, if any.
      const top = lines[block[0]!];
      const head = lines[block[0]! - 1];
      const rowParts = (k: number) => lines.filter((other) => other.page === lines[k]?.page && other.row === lines[k]?.row).length;
      if (top && head && !top.gapBefore && head.page === top.page && rowParts(head.index) >= 2 && block.some((k) => rowParts(k) >= 2)
        && lines.some((other) => other.page === head.page && other.row === head.row && other.zone === 'reference')) {
        let start = head.index;
        while (start > from && !lines[start]?.gapBefore && lines[start - 1]?.page === head.page) start--;
        return findSubject(lines, from, to, start);
      }
      // The client a representative writes for, glued under the matter ("Mandantin: X GmbH,
      // Kassenzeichen …"), closes the Betreff block: a field line, but the block's own.
      for (let k = block[block.length - 1]! + 1; k < salutation; k++) {
        const next = lines[k];
        if (!next || next.gapBefore || next.page !== line.page || !CLIENT_LINE.test(next.folded)) break;
        block.push(k);
      }
      // A document's title set apart as a paragraph of its own over the block ("Rechnung Nr. 27-114",
      // "2. MAHNUNG", "GUTSCHRIFT Nr. …" / gap / "Ihre Bestellung vom …"): the title names the
      // letter; the lines below it are what it bills or reminds of.
      // (The rows of the information block glued over the block, "Kundennummer 4410", belong to
      // that paragraph: the title stands apart above them.)
      let paragraphTop = block[0]!;
      while (!lines[paragraphTop]?.gapBefore && lines[paragraphTop - 1]?.zone === 'reference' && lines[paragraphTop - 1]?.page === lines[paragraphTop]?.page) paragraphTop--;
      const head0 = lines[paragraphTop];
      const docTitle = lines[paragraphTop - 1];
      if (head0?.gapBefore && docTitle && docTitle.gapBefore && docTitle.page === head0.page && docTitle.zone === 'body' && docTitle.words.length <= 8
        && TITLE_WORD.test(docTitle.folded) && !INVOICE_TOTAL.test(docTitle.folded) && !FIELD_LINE.test(docTitle.raw.trim()) && isSubjectCandidate(docTitle) && !isDateOrInfoLine(docTitle)
        && !SUBJECT_LABEL.test(head0.folded)) return [docTitle.index];
      // … also a title block of two lines, what it bills glued under the title ("Rechnung Nr. 12/40" /
      // "Gutachten über …" / gap / "Ihr Auftrag vom …"): both lines are the subject.
      const twoLineTitle = lines[paragraphTop - 2];
      if (head0?.gapBefore && docTitle && twoLineTitle && !docTitle.gapBefore && twoLineTitle.gapBefore && docTitle.page === head0.page && twoLineTitle.page === head0.page
        && twoLineTitle.zone === 'body' && docTitle.zone === 'body' && twoLineTitle.words.length <= 8 && TITLE_WORD.test(twoLineTitle.folded) && !INVOICE_TOTAL.test(twoLineTitle.folded)
        && !FIELD_LINE.test(twoLineTitle.raw.trim()) && isSubjectCandidate(twoLineTitle) && !isDateOrInfoLine(twoLineTitle)
        && /^[A-ZÄÖÜ][a-zäöüß]/.test(docTitle.raw.trim()) && !TITLE_WORD.test(docTitle.folded) && !FIELD_LINE.test(docTitle.raw.trim()) && isSubjectCandidate(docTitle) && !isDateOrInfoLine(docTitle)
        && !/\d[.,]\d{2}\s*(€|eur)/i.test(docTitle.raw) && !SUBJECT_LABEL.test(head0.folded)) return [twoLineTitle.index, docTitle.index];
      // … also when the block stopped at a dated row of that paragraph ("ZAHLUNGSAVIS Nr. …" / gap /
      // "Ihre Kundennummer: …" / "Zahlungsdatum: 17.07.2030" / "Zahlweg: Überweisung"): the
      // paragraph is all data, the title set apart above it is the subject.
      let fieldTop = block[0]!;
      const dataRow = (k: number) => DATA_ROW.test(lines[k]?.raw.trim() ?? '') && !SUBJECT_LABEL.test(lines[k]?.folded ?? '') && !CLIENT_LINE.test(lines[k]?.folded ?? '')
        && !/^hier\s*:/.test(lines[k]?.folded ?? '');
      while (fieldTop > from && !lines[fieldTop]?.gapBefore && lines[fieldTop - 1]?.page === line.page && dataRow(fieldTop - 1)) fieldTop--;
      if (fieldTop < block[0]! && lines[fieldTop]?.gapBefore && block.every(dataRow)) {
        const above = findSubject(lines, from, to, fieldTop);
        if (above.length > 0 && !above.some((k) => DATA_ROW.test(lines[k]?.raw.trim() ?? ''))) return above;
      }
      // "Label: value" rows set apart under a title ("Rechnung …" / gap / "Leistungsort: …" /
      // "Einsatz: …") are the data the letter concerns; the title above them is the subject.
      // (Rows glued under the title, "Bauvorhaben: …", stay part of its block.)
      const first = lines[block[0]!];
      const title = lines[block[0]! - 1];
      if (first?.gapBefore && FIELD_LINE.test(first.raw.trim()) && !SUBJECT_LABEL.test(first.folded) && !CLIENT_LINE.test(first.folded) && title && title.page === first.page && isSubjectCandidate(title)
        && title.zone !== 'reference' && title.zone !== 'letterhead' && title.zone !== 'date' && !isDateOrInfoLine(title) && !FIELD_LINE.test(title.raw.trim())) {
        const above = findSubject(lines, from, to, block[0]);
        if (above.length > 0) return above;
      }
      // … also under further paragraphs of such rows (a laboratory's report: "Betroffene Person:
      // …" / "Anschrift: …" / gap / "Untersuchungsmaterial: …" / "Befund: …"): all of them are the
      // data; the title set apart above them is the subject, if there is one that is no row.
      const fieldRow = (k: number) => FIELD_LINE.test(lines[k]?.raw.trim() ?? '') || /^[a-zäöüß(]/.test(lines[k]?.raw.trim() ?? '');
      if (first?.gapBefore && FIELD_LINE.test(first.raw.trim()) && !SUBJECT_LABEL.test(first.folded) && !CLIENT_LINE.test(first.folded) && block.every(fieldRow)
        && title && title.page === first.page && title.zone === 'body' && FIELD_LINE.test(title.raw.trim())) {
        const above = findSubject(lines, from, to, block[0]);
        if (above.length > 0 && !above.some((k) => FIELD_LINE.test(lines[k]?.raw.trim() ?? ''))) return above;
      }
      // A notice's title in capitals ("ZUWENDUNGSBESCHEID") set apart over the salutation, under
      // a Betreff block: the Betreff block is the subject, as a "Betreff:" line beats a title.
      if (block.length === 1 && line.gapBefore && isCapitalTitle(line)) {
        const betreff = findSubject(lines, from, to, i);
        if (betreff[betreff.length - 1] === i - 1) return betreff;
      }
      return block;
    }
    return [];
  }
  // No salutation (invoices, forms): a title line ("Rechnung Nr. …", "Gutschrift …") first,
  // else the first prominent line after the address block.
  for (let i = 0; i < to; i++) {
    const line = lines[i];
    if (line && line.zone !== 'footer' && line.zone !== 'returnAddress' && line.top < 0.5 && isCapitalTitle(line)) {
      // A title set over two lines ("VERGNÜGUNGSSTEUER-ANMELDUNG" / "für Spielgeräte mit …"); a
      // note in brackets under it ("(bitte innerhalb von 14 Tagen …)") is no part of it.
      const next = lines[i + 1];
      if (next && !next.gapBefore && next.page === line.page && /^[a-zäöüß]/.test(next.raw.trim()) && isSubjectCandidate(next) && !isDateOrInfoLine(next)) return withExplanation(lines, [i, i + 1]);
      return withExplanation(lines, [i]);
    }
  }
  for (let i = 0; i < to; i++) {
    const line = lines[i];
    // A field of the invoice's header data ("Rechnungsnummer: …" / "Rechnungsdatum: …") is no title.
    // Nor is the invoice's total ("Rechnungsbetrag EUR 752,02"): a sum, no title.
    // Nor is a row of the information block set to the right ("Rechnung Nr.   30-0041" between
    // "Rechnungsdatum …" and "Ihr Zeichen …").
    // Nor is a running header that counts the pages ("XRechnung – Visualisierung … Seite 1 von 2"),
    // printed by the viewer over every page: the invoice's own title stands below it.
    if (line && line.zone !== 'address' && line.zone !== 'footer' && line.top < 0.5 && !inFieldList(lines, i) && (TITLE_WORD.test(line.folded) || FORM_TITLE.test(line.folded)) && !INVOICE_TOTAL.test(line.folded)
      && !indentedInfoRow(lines, i) && !lines.some((other) => other.page === line.page && other.row === line.row && PAGE_COUNTER.test(other.folded))) {
      // A title that goes on in small letters on the next line ("Bescheid für 2025" / "über die
      // Gewerbesteuer") is one subject, with the bracketed explanation under it.
      const next = lines[i + 1];
      if (next && !next.gapBefore && next.page === line.page && titleGoesOn(next) && isSubjectCandidate(next) && !isDateOrInfoLine(next)) return withExplanation(lines, [i, i + 1]);
      // A numbered title with what it bills on the line under it, set apart from the rest
      // ("Rechnung 2026/118" / "Wartung der Lüftungsanlage, Mai 2026"): one subject.
      const after = lines[i + 2];
      // (… or a report's long title with what it reports under it: "Meldung eines Befunds nach
      // § 6 IfSG" / "Masern – zwei Fälle in einer Grundschule".)
      const longTitle = line.words.length >= 5 && !/[.,:;!?]$/.test(line.raw.trim()) && !TITLE_WORD.test(next?.folded ?? '');
      // (… or a bare document word with the matter it settles under it: "Gebührenbescheid" /
      // "Grenzvermessung Gemarkung …, Flurstück …".)
      const bareTitle = line.words.length === 1 && !TITLE_WORD.test(next?.folded ?? '');
      if (next && !next.gapBefore && next.page === line.page && ((/\d/.test(line.raw) && line.words.length <= 5) || longTitle || bareTitle) && /^[A-ZÄÖÜ][a-zäöüß]/.test(next.raw.trim()) && next.words.length >= 3
        && (!after || after.gapBefore || after.page !== next.page) && isSubjectCandidate(next) && !isDateOrInfoLine(next) && !FIELD_LINE.test(next.raw.trim()) && !/\d[.,]\d{2}\s*(€|eur)/i.test(next.raw)
        // A row of the invoice's header data ("Kundennummer … · Lieferdatum …") bills nothing.
        && next.zone !== 'reference' && next.zone !== 'date') return [i, i + 1];
      return withExplanation(lines, [i]);
    }
  }
  for (let i = from; i < to; i++) {
    const line = lines[i];
    // The rubrum of a court letter ("In dem Rechtsstreit", "In der Verwaltungsrechtssache") opens
    // the body: a letter without a Betreff has no subject below it.
    if (line && RUBRUM.test(line.folded)) return courtTitle(lines, i);
    // A line glued under an information row ("Geschäftszeichen: …" / "Grundbuch von …, Blatt …")
    // continues that row: the title stands apart ("Eintragungsnachricht").
    const above = lines[i - 1];
    if (line && !line.gapBefore && above && above.zone === 'reference' && above.page === line.page) continue;
    // … and a "Label: value" row glued under the date row is the block's last field ("Datum: …" /
    // "Ihr Kundenservice: 0800 …").
    if (line && !line.gapBefore && above && above.zone === 'date' && above.page === line.page && FIELD_LINE.test(line.raw.trim()) && !SUBJECT_LABEL.test(line.folded)) continue;
    // A row of the header table that sets two label–value pairs side by side ("Kundenkonto   8 811
    // 402 377   Rechnungsdatum   14.02.2030" / "Rechnungsnummer   …   Leistungszeitraum   …") is data.
    if (line && pairedLabelValueRow(lines, i)) continue;
    // A copy or distribution line under the address ("cc: 5.20 Jugend …", "Verteiler: …") names
    // who else receives the letter, not what it is about.
    if (line && COPY_LINE.test(line.folded)) continue;
    if (line && isSubjectCandidate(line) && line.zone !== 'reference' && line.zone !== 'letterhead' && !isDateOrInfoLine(line)) {
      // A letter without a Betreff that starts at once with its first sentence ("Wir bitten
      // darum, …" / "… zu verlängern.") or with a greeting the salutation rule does not know
      // ("Moin Frau Lange,"): the matter is only in the text, there is no subject line.
      if (opensProse(lines, i) || UNKNOWN_GREETING.test(line.folded)) return [];
      // A title over two lines ("Mitteilung an die Gemeinde" / "über den Messbetrag für 2025").
      const next = lines[i + 1];
      // (… or a form's bare document word with what it asks for: "ANTRAG" / "auf Genehmigung …".)
      const askedFor = line.words.length === 1 && DOCUMENT_NOUN.test(line.folded) && /^auf\s/.test(next?.raw.trim() ?? '');
      if (next && !next.gapBefore && next.page === line.page && !/[.,:;!?]$/.test(line.raw.trim()) && (TITLE_GOES_ON.test(next.folded) || askedFor) && isSubjectCandidate(next) && !isDateOrInfoLine(next)) return withExplanation(lines, [i, i + 1]);
      if (next && capitalTitleWithSecondLine(lines, i)) return [i, i + 1];
      return withExplanation(lines, [i]);
    }
  }
  return [];
}

/** The writer objects to a decision ("Widerspruch gegen den Bescheid …" as the subject, "lege ich
 *  … Widerspruch ein"): sums and payment dates in such a letter are quoted from the contested
 *  notice, the writer asks nobody to pay them. */
export function disputesDecision(letter: Letter): boolean {
  const subject = letter.subjectLines.map((i) => letter.lines[i]?.folded ?? '').join(' ').replace(SUBJECT_LABEL, '');
  // "Widerspruch gegen …" is the writer's; "Ihr Widerspruch vom …" answers one (and may ask for costs).
  if (/^[^a-z0-9]*(widerspruch|einspruch|beschwerde|dienstaufsichtsbeschwerde)\b/.test(subject)) return true;
  const body = letter.lines.filter((line) => line.zone === 'body' || line.zone === 'subject').map((line) => line.folded).join(' ');
  // The writer's own act ("lege ich … Widerspruch ein", "erheben wir Einspruch"), not a remedy
  // instruction ("können Sie Widerspruch einlegen", "kann Widerspruch erhoben werden").
  return /\b(lege|legen|erhebe|erheben)\b(?! sie\b)[^.]{0,120}\b(widerspruch|einspruch)\b/.test(body);
}

/** The word boxes covering [start, end) of a line's raw (or folded) text. */
export function sourceOf(line: Line, start: number, end: number, folded = false): FieldSource {
  const starts = folded ? line.foldedStarts : line.rawStarts;
  const text = folded ? line.folded : line.raw;
  const boxes: Box[] = [];
  line.words.forEach((word, i) => {
    const wordStart = starts[i] ?? 0;
    const wordEnd = (starts[i + 1] ?? text.length + 1) - 1;
    if (wordStart < end && wordEnd > start && word.box.x1 > word.box.x0) boxes.push(word.box);
  });
  return { page: line.page, boxes };
}

/** Raw text of the words covering folded range [start, end): values keep their original spelling. */
export function rawOfFolded(line: Line, start: number, end: number): string {
  const parts: string[] = [];
  line.words.forEach((word, i) => {
    const wordStart = line.foldedStarts[i] ?? 0;
    const wordEnd = (line.foldedStarts[i + 1] ?? line.folded.length + 1) - 1;
    if (wordStart < end && wordEnd > start) parts.push(word.text);
  });
  return parts.join(' ');
}

/** Merges the sources of several lines (a field spanning lines keeps the first line's page). */
export function mergeSources(sources: FieldSource[]): FieldSource {
  const first = sources[0];
  if (!first) return { page: 0, boxes: [] };
  return { page: first.page, boxes: sources.filter((s) => s.page === first.page).flatMap((s) => s.boxes) };
}

/** The letter's lines with the column parts of a row joined again: a label and its value may
 *  stand far apart in one row ("Rechnungsbetrag ……… 147,65 €"). Zone and index of the first part. */
export function rowLines(letter: Letter): Line[] {
  const result: Line[] = [];
  for (const line of letter.lines) {
    const previous = result[result.length - 1];
    if (!previous || previous.row !== line.row || previous.page !== line.page) {
      result.push(line);
      continue;
    }
    const raw = `${previous.raw} ${line.raw}`;
    const folded = `${previous.folded} ${line.folded}`;
    result[result.length - 1] = {
      ...previous,
      words: [...previous.words, ...line.words],
      raw,
      folded,
      rawStarts: [...previous.rawStarts, ...line.rawStarts.map((s) => s + previous.raw.length + 1)],
      foldedStarts: [...previous.foldedStarts, ...line.foldedStarts.map((s) => s + previous.folded.length + 1)],
    };
  }
  return result;
}

/** Text of the lines in the given zones, joined with newlines (for rules and the model). */
export function zoneText(letter: Letter, zones: Zone[]): string {
  return letter.lines.filter((line) => zones.includes(line.zone)).map((line) => line.raw).join('\n');
}

export function fullText(letter: Letter): string {
  return letter.lines.map((line) => line.raw).join('\n');
}
