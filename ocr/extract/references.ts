// File references a clerk needs to find or answer the case.
// `reference`: the city's own file first ("Ihr Zeichen" in a letter to the city is the city's
// Aktenzeichen, which finds the file), then an Aktenzeichen/Geschäftszeichen, then the sender's
// "Unser Zeichen" when it is an authority's file number. A company's invoice, customer or order
// number and a dictation mark ("Lo/mw") are never the reference (DESIGN.md). `cashReference`: the
// Kassenzeichen only.
import type { FieldSource } from '../../electron/contract/domain.ts';
import { sourceOf, type Letter, type Line } from './layout.ts';
import type { Found } from './dates.ts';

interface Label { pattern: RegExp; rank: number; name: string }

// Label words as OCR reads them: e/c, h/b, n/u, rn/ri/m swaps, lost umlaut dots
// ("Aktcnzeichen", "Akterizeichen", "Ihr Zcichen", "Gcscbäftszeichen", "Geschaftsnummer").
const ZEICHEN = 'z[ec]i[ce][hb][ec][nu]';
const AKTEN = `akt[ec](?:n|ri|rn|m)-?`;
const GESCHAEFTS = 'g[ec]s[ce][hb](?:ae|ä|a)fts';
const IHR = '[it1l|]hr';
const label = (source: string) => new RegExp(source, 'i');

const REFERENCE_LABELS: Label[] = [
  // OCR reads "Ihr" as "Thr"/"lhr" and "Az" as "Äz".
  { pattern: label(`\\b${IHR}(e)?\\s*(${ZEICHEN}|[aä]z\\b\\.?|${AKTEN}${ZEICHEN}|${GESCHAEFTS}${ZEICHEN})`), rank: 6, name: 'Ihr Zeichen' },
  { pattern: label(`\\b(${AKTEN}${ZEICHEN}|[aä]z\\.|[aä]z:|az\\s|${GESCHAEFTS}${ZEICHEN}|${GESCHAEFTS}nummer|gesch\\.-nr\\.?|gz\\.|gz:)`), rank: 5, name: 'Aktenzeichen' },
  // The sender's "Unser Zeichen" counts only when it is a file number: "Lo/mw" is a dictation
  // mark (author/typist), which finds no file (see isDictationMark).
  { pattern: label(`\\bunser(e)?\\s*(${ZEICHEN}|az\\.?|${AKTEN}${ZEICHEN}|${GESCHAEFTS}${ZEICHEN})`), rank: 4, name: 'Unser Zeichen' },
  // A bare "Zeichen:" (not the second half of "Unser Zeichen:" / "Ihr Zeichen:").
  { pattern: /(?<!(unser|unsere|ihr|ihre)\s*)\b(zeichen|bearbeitungsnummer|vorgangsnummer|vorgangs-nr\.?)\s*:/i, rank: 3, name: 'Zeichen' },
];
const CASH_LABEL = /\b(kassenzeichens?\b|kassen-zeichen|kassenz\.|kz\.?\s*:)/i;
const ANY_LABEL = /\b(ihr(e)?\s*(zeichen|nachricht|schreiben)|unser(e)?\s*(zeichen|nachricht)|aktenzeichen|az\.|gesch(ae|ä)ftszeichen|kassenzeichen|datum|telefon|durchwahl|bearbeiter|e-mail|zimmer|kundennummer|rechnungs-?nummer|steuernummer)/i;

const INFO_LABEL_WORD = /^(rechnungs-?(nummer|nr\.?|datum)|angebots-?(nummer|nr\.?)|liefer(schein)?-?(nummer|nr\.?|datum)|bestell-?(nummer|nr\.?)|geschaeftszeichen|gesch(ä|ae)fts(zeichen|nummer)|aktenzeichen|bearbeiter\/in|sachbearbeiter\/in|ansprechpartner\/in|kassenzeichen|steuernummer|mitgliedsnummer|vertragsnummer|auskunft|ansprechpartner(in)?|telefon|tel\.?|durchwahl|datum|bearbeiter(in)?|sachbearbeiter(in)?|zeichen|kundennummer|kunden-nr\.?|auftrags-?nr\.?|auftragsnummer|e-mail|zimmer|fax|unser|ihr|ihre)$/i;

/** "Lo/mw", "Bö/ab": author and typist initials, not a file reference. */
export function isDictationMark(value: string): boolean {
  return /^[A-ZÄÖÜ][a-zäöüß]{0,2}\s?\/\s?[a-zäöüß]{1,3}$/i.test(value.trim().split(/\s+/)[0] ?? '') && !/\d{3}/.test(value);
}

const STOP_WORD = /^(vom|von|den|der|die|das|ihr|ihre|unser|datum|bitte|und|sehr|nr\.?|nummer|no\.?)$/i;

/** The value after a label: tokens up to the next label or a wide gap; a code like
 *  "1.40-123/24", "StNr 123/456/78901", court style "3 C 123/24" or digit groups "1234 5678". */
function valueAfter(text: string, from: number): { value: string; start: number; end: number } | undefined {
  // A quoted letter instead of a file number: "Ihr Zeichen: Ihre Anfrage vom 17.03.2024".
  const quoted = /^[\s:.]*((ihr|ihre|ihren|unser|unsere)\s+[A-ZÄÖÜ][a-zäöüß]+[’'`´]?\s+vom\s+\d{1,2}\.\s?(\d{1,2}\.\s?\d{2,4}|[A-Za-zäÄ]+\.?\s\d{4}))/i.exec(text.slice(from));
  if (quoted?.[1]) {
    const start = from + quoted[0].length - quoted[1].length;
    return { value: quoted[1], start, end: start + quoted[1].length };
  }
  const tokens = [...text.slice(from).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: from + m.index }));
  const parts: { text: string; start: number; end?: number }[] = [];
  for (const token of tokens) {
    const cleaned = token.text.replace(/^[:.(-]+/, '').replace(/[,;:)]+$/, '');
    if (!cleaned) continue;
    if (parts.length === 0 && /^(nr\.?|nummer|no\.?|-|lautet|lautend|ist|lautet:)$/i.test(cleaned)) continue;
    if (parts.length === 0) {
      if (STOP_WORD.test(cleaned)) return undefined;
      parts.push({ text: cleaned, start: token.start + token.text.indexOf(cleaned) });
      continue;
    }
    const joined = parts.map((p) => p.text).join(' ');
    const digitsSoFar = /\d/.test(joined);
    // OCR breaks a code at a separator ("9.40.20-VG-2 024/5 45"): a digit fragment after a
    // separator is glued to the digits that follow it.
    if (/[-/.]\d{1,3}$/.test(joined) && /^\d[\d/]*$/.test(cleaned) && /\d/.test(cleaned) && !/\/\d{2,4}$/.test(joined)) {
      const last = parts[parts.length - 1];
      if (last) { last.text += cleaned; last.end = token.start + token.text.indexOf(cleaned) + cleaned.length; continue; }
    }
    // Extend only by code-like pieces: digit groups, short register letters before a number.
    if (/^\d[\d./-]*$/.test(cleaned) && (!digitsSoFar || /^\d+$/.test(joined.replace(/\s/g, '')) || /\s([A-Z]{1,3}|[A-Z][a-z]?[A-Z][a-z]?)$/.test(joined) || /^[A-Za-z]+$/.test(joined) || (/\s[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}$/.test(joined) && /\//.test(cleaned)))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    if (/^[A-Z]{1,3}$/.test(cleaned) && /^\d{1,3}$/.test(joined)) { parts.push({ text: cleaned, start: token.start }); continue; }
    // A register abbreviation between a code and a file number ("3.10.20 OWi 253/24",
    // "S 8 SO 264/25", "1 Ca 1470/24"): taken only when a number with a slash follows it.
    const next = tokens[tokens.indexOf(token) + 1]?.text.replace(/[,;:)]+$/, '') ?? '';
    if (/^(az|gz|nr|tel|fax|datum)$/i.test(cleaned)) break;
    // … or, for an abbreviation that is no German word ("WoG", "VG", "OWi"), a number whose slash
    // OCR lost ("5.10 WoG 7226"; the letter may repeat it intact, see betterCopy).
    const abbreviation = /^([A-ZÄÖÜ]{1,3}|[A-Z][a-z]?[A-Z][a-z]?)$/.test(cleaned);
    if (/^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}$/.test(cleaned) && /\d/.test(joined) && (/^\d[\d.-]*\/\d{2,4}$/.test(next) || (abbreviation && /^\d{3,}$/.test(next)))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    break;
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return undefined;
  const value = parts.map((p) => p.text).join(' ').replace(/[.,;:]+$/, '');
  // The next label of an information block read as a value ("Ihr Zeichen  Auskunft  Telefon").
  if (INFO_LABEL_WORD.test(value)) return undefined;
  if (!/\d/.test(value) && value.length < 4) return undefined;
  if (!/\d/.test(value) && /^[a-zäöü]/.test(value)) return undefined;
  return { value, start: first.start, end: last.end ?? last.start + last.text.length };
}

/** Value of a label in a DIN 5008 information block: labels in one row, values in the row
 *  below, aligned at the label's left edge. The rows may be read as one line or as one line per
 *  cell, so the value is looked for by position among the next lines of the page. */
function valueBelow(letter: Letter, line: Line, labelStart: number): { value: string; line: Line; start: number; end: number } | undefined {
  const wordIndex = line.rawStarts.findIndex((start, i) => start <= labelStart && (line.rawStarts[i + 1] ?? Infinity) > labelStart);
  const labelWord = line.words[wordIndex];
  if (!labelWord || labelWord.box.x1 <= labelWord.box.x0) return undefined;
  const height = labelWord.box.y1 - labelWord.box.y0;
  for (const next of letter.lines.slice(line.index + 1, line.index + 14)) {
    if (next.page !== line.page) break;
    const y0 = Math.min(...next.words.map((w) => w.box.y0));
    if (y0 < labelWord.box.y1 - height * 0.3) continue; // the same row
    if (y0 > labelWord.box.y1 + height * 3) break;
    const column = next.words.findIndex((word) => Math.abs(word.box.x0 - labelWord.box.x0) < height * 1.5);
    if (column < 0) continue;
    const start = next.rawStarts[column] ?? 0;
    const found = valueAfter(next.raw, start);
    return found ? { ...found, line: next } : undefined;
  }
  return undefined;
}

const COMPANY_FORM = /\b(gmbh|mbh|ag|kg|ohg|gbr|ug|e\.\s?k\.?|e\.\s?kfm|kgaa|se|partg|ltd|inc)\b/i;
const AUTHORITY = /\b(amt|gericht|beh(ö|oe)rde|ministerium|landkreis|kreisverwaltung|bezirksregierung|regierungspr(ä|ae)sidium|kasse|versicherung|agentur|jobcenter|polizei|staatsanwaltschaft|landesbetrieb|stadt|gemeinde|verwaltung)\b|amt\b|gericht\b/i;

/** A company's "Unser Zeichen" is its own file mark, no Aktenzeichen the city can use. */
function companyLetter(letter: Letter): boolean {
  const firstPage = letter.lines[0]?.page ?? 0;
  const head = letter.lines.filter((line) => line.page === firstPage && (line.zone === 'letterhead' || line.zone === 'returnAddress')).map((line) => line.raw).join('\n');
  return COMPANY_FORM.test(head) && !AUTHORITY.test(head);
}

function findLabelled(letter: Letter, labels: Label[]): Found<string> & { rank: number } | undefined {
  let best: (Found<string> & { rank: number }) | undefined;
  for (const line of letter.lines) {
    if (line.zone === 'footer') continue;
    for (const label of labels) {
      const m = label.pattern.exec(line.raw);
      if (!m) continue;
      if (best && best.rank >= label.rank) continue;
      const afterLabel = m.index + m[0].length;
      const nextLabel = ANY_LABEL.exec(line.raw.slice(afterLabel));
      let found: { value: string; start: number; end: number; line?: Line } | undefined;
      if (!nextLabel || nextLabel.index > 3) found = valueAfter(line.raw, afterLabel);
      if (found && nextLabel && found.start >= afterLabel + nextLabel.index) found = undefined;
      // The value in the next column of the same row ("Ihr Az.        6.30-2026-05049").
      if (!found && line.raw.slice(afterLabel).trim().replace(/^[:.]+/, '') === '') {
        const neighbour = letter.lines[line.index + 1];
        if (neighbour && neighbour.row === line.row && neighbour.page === line.page && !REFERENCE_LABEL_START.test(neighbour.raw)) {
          const value = valueAfter(neighbour.raw, 0);
          if (value && /\d/.test(value.value)) found = { ...value, line: neighbour };
        }
      }
      if (!found) found = valueBelow(letter, line, m.index);
      // A label at the end of a line of running text: its value wraps to the next line
      // ("… GmbH, Kassenzeichen\n84 3024 8793, bitten wir …").
      if (!found && line.raw.slice(afterLabel).trim().replace(/^[:.]+/, '') === '' && line.words.length >= 4) {
        const next = letter.lines[line.index + 1];
        if (next && next.page === line.page && next.row !== line.row && !next.gapBefore) {
          const value = valueAfter(next.raw, 0);
          if (value && /\d/.test(value.value)) found = { ...value, line: next };
        }
      }
      if (!found) continue;
      if (isDictationMark(found.value)) {
        // "Ihr Zeichen: Mü/Ts" quotes the city's own dictation mark: that is how the city finds it.
        if (label.name !== 'Ihr Zeichen') continue;
      } else if (label.name === 'Unser Zeichen' && companyLetter(letter)) continue;
      // The sender's own mark without a digit ("Ho/ts" read as "Holts") is no file number.
      if (label.name !== 'Ihr Zeichen' && !/\d/.test(found.value)) continue;
      found = { ...found, value: repairCode(found.value) };
      const source: FieldSource = sourceOf(found.line ?? line, found.start, found.end);
      best = { value: found.value, source, rule: label.name, rank: label.rank };
    }
  }
  return best;
}

const REFERENCE_LABEL_START = /^\s*([it1l|]hr|unser|aktenzeichen|az\b|kassenzeichen|kunden|rechnungs|datum|telefon|bearbeiter|auskunft)/i;

/** OCR swaps between O and 0 inside a file number: a 0 in a run of letters is an O ("0Wi" → "OWi",
 *  court register "2 0 200/24" → "2 O 200/24"), an O among digits a 0 ("1.5O-GewSt" → "1.50-GewSt"). */
export function repairCode(value: string): string {
  return value
    // A department code at the start read with a colon or comma for its dot ("1:40-FM" → "1.40-FM").
    .replace(/^(\d)[:,](\d{2})(?=[\s/.-])/, '$1.$2')
    .replace(/(?<=\d[.,]?)[Oo](?=[\d./-]|$)/g, '0')
    .replace(/(?<=[.]|^)[Oo](?=\d)/g, '0')
    .replace(/(?<=^|[\s/.-])0(?=[A-Za-zÄÖÜäöü]{2})/g, 'O')
    .replace(/^(\d{1,3}) 0 (?=\d+\/\d{2,4}\b)/, '$1 O ');
}

/** A code with its separators dropped or read as a "1" by OCR ("5.10 WoG 7226", "7901124"). */
function skeleton(value: string): string {
  return value.replace(/[^0-9A-Za-zÄÖÜäöü]/g, '').toLowerCase();
}

/** When the letter repeats the file number (the body quotes "Az. 5.10 WoG 72/26"), the copy OCR
 *  read with its separators beats one that lost them. */
function betterCopy(letter: Letter, value: string): string {
  const target = skeleton(value);
  if (target.length < 5 || !/\d/.test(value)) return value;
  const separators = (text: string) => (text.match(/[/.-]/g) ?? []).length;
  let best = value;
  for (const line of letter.lines) {
    const tokens = line.raw.split(/\s+/).filter(Boolean).map((t) => t.replace(/^[(„"]+|[),;:.“"]+$/g, ''));
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
        const candidate = tokens.slice(i, i + n).join(' ');
        const shape = skeleton(candidate);
        const same = shape === target || (shape.length === target.length - 1 && separators(candidate) > separators(best)
          && [...target].some((c, k) => c === '1' && target.slice(0, k) + target.slice(k + 1) === shape));
        if (same && separators(candidate) > separators(best) && /\d/.test(candidate)) best = candidate;
      }
    }
  }
  return best;
}

/** OCR litter at the edges of a value ("._1.40-FM", "‘Ha/Ts") and stray quote marks inside it. */
export function trimCode(value: string): string {
  return value
    .replace(/[‘’‚'`´]/g, '')
    .replace(/^[^0-9A-Za-zÄÖÜäöüß§]+/, '')
    .replace(/[^0-9A-Za-zÄÖÜäöüß)]+$/, '')
    .replace(/\s{2,}/g, ' ');
}

export function extractReference(letter: Letter): Found<string> | undefined {
  const found = findLabelled(letter, REFERENCE_LABELS);
  if (!found) return undefined;
  const value = trimCode(betterCopy(letter, found.value));
  return value ? { value, source: found.source, rule: found.rule } : undefined;
}

export function extractCashReference(letter: Letter): Found<string> | undefined {
  const found = findLabelled(letter, [{ pattern: CASH_LABEL, rank: 1, name: 'Kassenzeichen' }]);
  if (!found) return undefined;
  return { value: found.value, source: found.source, rule: found.rule };
}

/** Every reference-like value (for department detection by code). */
export function referenceLines(letter: Letter): Line[] {
  return letter.lines.filter((line) => /\b(ihr(e)?\s*(zeichen|az)|aktenzeichen|az[.:]|gesch(ae|ä)ftszeichen|zeichen\s*:|unser(e)?\s*zeichen|gz[.:])/i.test(line.raw));
}
