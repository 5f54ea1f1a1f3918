// File references a clerk needs to find or answer the case.
// `reference`: the city's own file first ("Ihr Zeichen" in a letter to the city is the city's
// Aktenzeichen, which finds the file), then an Aktenzeichen/Geschäftszeichen, then the sender's
// "Unser Zeichen" when it is an authority's file number. A company's invoice, customer or order
// number and a dictation mark ("Lo/mw") are never the reference (DESIGN.md). `cashReference`: the
// Kassenzeichen only.
import type { FieldSource } from '../../electron/contract/domain.ts';
import { infoBlockValues, sourceOf, type Letter, type Line } from './layout.ts';
import type { Found } from './dates.ts';

interface Label {
  pattern: RegExp;
  rank: number;
  name: string;
  /** A label word that alone says too little: only a same-row value shaped like a file number. */
  bare?: boolean;
  /** A label that may name a plain number too: its value (beside or below it) counts only when
   *  shaped like a file number. */
  fileNumber?: boolean;
  /** … and only one that opens with a department code ("9.40.20-…"): the city's own file. */
  departmentCode?: boolean;
  /** A value of this shape may follow the label a few words later in the sentence (see
   *  valueLaterInSentence). */
  laterInSentence?: RegExp;
}

/** A date read where a file number may stand ("Ihre Anfrage: 12.03.2027"). */
const DATE_VALUE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$/;

/** "1.40/Kred-3250", "6 C 554/24", "97.79-7901/24": digits and a separator inside. */
function looksLikeFileNumber(value: string): boolean {
  return value.length >= 5 && /\d/.test(value) && /[\w][./-][\w]/.test(value);
}

// Label words as OCR reads them: e/c, h/b, n/u, rn/ri/m swaps, lost umlaut dots
// ("Aktcnzeichen", "Akterizeichen", "Ihr Zcichen", "Gcscbäftszeichen", "Geschaftsnummer").
// "Zeicheri", "Aktenzeíchen": n read as "ri", i with an accent.
// … and i as l or 1 ("Kassenzelchens").
const ZEICHEN = 'z[ec][iíl1][ce][hb][ec](?:n|u|ri)';
const AKTEN = `akt[ec](?:n|u|ri|rn|m)-?`;
// The ä of "Geschäfts" OCR may read with the wrong accent ("Geschàftsnummer", "Geschåftszeichen").
const GESCHAEFTS = 'g[ec]s[ce][hb](?:ae|[äàáâå]|a)fts';
const IHR = '[it1l|][hb]r';
// "Gesch.-Z.", "Gesch.-Zeichen": the short form of Geschäftszeichen.
const GESCH_Z = 'gesch\\.?\\s?-\\s?z(\\.|eichen)';
const label = (source: string) => new RegExp(source, 'i');

const REFERENCE_LABELS: Label[] = [
  // OCR reads "Ihr" as "Thr"/"lhr"/"Ibr" and "Az" as "Äz".
  { pattern: label(`\\b${IHR}(e)?\\s*(${ZEICHEN}|[aä]z\\b\\.?|${AKTEN}${ZEICHEN}|${GESCHAEFTS}${ZEICHEN}|${GESCH_Z}|vorgangs(nummer|-nr\\.?))`), rank: 6, name: 'Ihr Zeichen' },
  // English letters: "Your reference:", "Your ref.:"; Swiss and company German "Ihre Referenz:".
  // OCR reads an e as c ("Your refcrence:").
  { pattern: /\byour ref([ec]r[ec]nc[ec]|\.)?\s*:/i, rank: 6, name: 'Ihr Zeichen' },
  { pattern: label(`\\b${IHR}e?\\s*referenz\\b`), rank: 6, name: 'Ihr Zeichen' },
  // "Ihr Gesch.-Z.:" whose "-Z.:" OCR lost ("Ihr Gesch. 3.10.20-SN-2026-071"): only with a file number.
  { pattern: label(`\\b${IHR}\\s*gesch\\.(?=\\s+\\d)`), rank: 6, name: 'Ihr Zeichen', bare: true },
  // Austrian authorities and courts number their files as "Geschäftszahl" (GZ).
  { pattern: label(`\\b(${AKTEN}${ZEICHEN}|[aä]z\\.|[aä]z:|az\\s|${GESCHAEFTS}${ZEICHEN}|${GESCHAEFTS}nu(?:m|rn)(?:m|rn)er|${GESCHAEFTS}zahl\\b|${GESCHAEFTS}-\\s?nr\\.?|gesch\\.-nr\\.?|${GESCH_Z}|gz\\.|gz:)`), rank: 5, name: 'Aktenzeichen' },
  // "Aktenzeichen:" whose start OCR lost or garbled ("onzeichen:", "enzeichen:"): at most two
  // letters before "nzeichen", none of them an "n", so "Kassenzeichen" and "Kennzeichen" (a
  // number plate) stay out.
  { pattern: label(`(?<![a-zäöüß])[a-zäöü]{0,2}(?<!n)n${ZEICHEN}\\s*[:.]`), rank: 5, name: 'Aktenzeichen' },
  // The sender's "Unser Zeichen" counts only when it is a file number: "Lo/mw" is a dictation
  // mark (author/typist), which finds no file (see isDictationMark).
  // OCR reads the n of "Unser" as "ri" ("Uriser Zeichen").
  { pattern: label(`\\b(u(?:n|ri)s[ec]r(e)?|mein(e)?)\\s*(${ZEICHEN}|az\\.?|${AKTEN}${ZEICHEN}|${GESCHAEFTS}${ZEICHEN}|referenz\\b)`), rank: 4, name: 'Unser Zeichen' },
  // … and in English ("Our reference:", "Our ref.:").
  { pattern: /\bour ref([ec]r[ec]nc[ec]|\.)?\s*:/i, rank: 4, name: 'Unser Zeichen' },
  // An Austrian authority's short "Zahl:" opening a line ("Zahl: BHxx-J-2029/0113"): only a value
  // shaped like a file number, not a count or a date.
  { pattern: /^\s*zahl\s*:/i, rank: 4, name: 'Unser Zeichen', bare: true },
  // The police number a case in their diary ("Tagebuch-Nr.", "Tgb.-Nr."): the file number of the
  // police office that writes.
  { pattern: /\b(tagebuch-?(nummer|nr\.?)|tgb\.?-?\s?nr\.?)\s*:?/i, rank: 4, name: 'Unser Zeichen', fileNumber: true },
  // A bare "Zeichen:" (not the second half of "Unser Zeichen:" / "Ihr Zeichen:"); an online
  // portal's "Antragsnummer:" is the file number of the application it files.
  { pattern: /(?<!(unser|unsere|ihr|ihre)\s*)\b(zeichen|bearbeitungsnummer|vorgangsnummer|vorgangs-nr\.?|antragsnummer|antrags-nr\.?)\s*:/i, rank: 3, name: 'Zeichen' },
  // "Ihre Anfrage vom 02.04.2026, Zeichen 9.50.30-SP-2026/03": a bare "Zeichen" after a comma, before a number.
  { pattern: /(?<=,\s*)zeichen(?=\s+\d)/i, rank: 3, name: 'Zeichen' },
  // The city's request answered, named by its file number ("Ihre Preisanfrage: 1.20-PA-2027-019"):
  // only a value shaped like a file number, not a date.
  { pattern: label(`\\b${IHR}e?\\s*(preis|angebots)?anfrage\\s*:`), rank: 6, name: 'Ihr Zeichen', bare: true },
  // … or the city's order a contractor bills or reminds of ("Ihr Auftrag: 9.40.20-GR-2028/005"):
  // its file number, not an order date or a plain order number without separators.
  // Also in running text or a subject, without the colon ("Schlussrechnung zu Ihrem Auftrag
  // 9.50.30-VG-2029/017 vom 14.05.2029"): bare, so only a value shaped like a file number.
  { pattern: label(`\\b${IHR}(em|en)?\\s*auftrag(\\s*:|(?=\\s+\\d))`), rank: 6, name: 'Ihr Zeichen', bare: true },
  // … named as the city's order number in running text ("Ihre Bestellnummer lautete
  // 9.40.20-BS/28-11."): only a file number, not a plain order number.
  { pattern: label(`\\b${IHR}(e|er|en)?\\s*(auftrags|bestell)(-?nummer|-?nr\\.?)(?=\\s+(lautet|lautete|ist|war)\\s+\\d)`), rank: 6, name: 'Ihr Zeichen', bare: true },
  // … or the city's order in an information block ("Ihre Bestellung" over "1.20-BM/28"), its value
  // beside or below the label: only a file number, not a date or an order number of digits.
  // OCR reads its n as u or ri ("Ihre Bestelluug").
  { pattern: label(`\\b${IHR}e\\s*bestellu(?:n|u|ri)g\\b(?!\\s+vom)`), rank: 6, name: 'Ihr Zeichen', fileNumber: true, departmentCode: true },
  // A city file number quoted in the running text ("Sie haben mir das Zeichen 3.10.20-AZ-2027/0188
  // gegeben"): an article before "Zeichen", a file number after it.
  { pattern: /(?<=\b(das|dem|ihr|ihrem)\s+)zeichen(?=\s+\d)/i, rank: 3, name: 'Zeichen', bare: true },
  // The city's file number quoted with its letter answered ("Ihr Schreiben vom: 02.08.2027 – Az.
  // 1.40-…"): the Az. there is the city's, as "Ihr Zeichen".
  // Also in the dative of running text ("mit Ihrem Schreiben vom 3. Juli 2029, Az. 1.40-…").
  { pattern: label(`(?<=\\b${IHR}(e|em|er|en)?\\s+(schreiben|nachricht|anfrage|antrag|bescheid)\\s+vom\\b[^–—]{0,20}[–—,]\\s*)([aä]z\\.|${AKTEN}${ZEICHEN})`), rank: 6, name: 'Ihr Zeichen' },
  // "Ihr Az.:" with the second word lost: "Ihr" alone in its cell, the file number in the next
  // cell of the row. Only a value shaped like a file number counts (see looksLikeFileNumber).
  { pattern: label(`^\\s*${IHR}\\s*[:.]?\\s*$`), rank: 6, name: 'Ihr Zeichen', bare: true },
];
// "Kassenzeichen" as OCR reads it ("Kassenzelchens", "Kasserizeíchen", "Kasseuzeichen"); its short forms
// "Kassenz.", "Kassen-Z." (also as OCR reads them: "Kasseriz.").
const CASH_LABEL = new RegExp(`\\b(kass[ec](?:n|u|ri|rn)${ZEICHEN}s?\\b|kassen-zeichen|kass[ec](?:n|u|ri|rn)-?z\\.|kz\\.?\\s*:)`, 'i');
const ANY_LABEL = /\b(ihr(e)?\s*(zeichen|nachricht|schreiben)|u(?:n|ri)s[ec]r(e)?\s*(zeichen|nachricht)|aktenzeichen|az\.|gesch(ae|ä)ftszeichen|kassenzeichen|datum|telefon|durchwahl|bearbeiter|e-mail|zimmer|kundennummer|rechnungs-?nummer|steuernummer)/i;

// … and the long labels as OCR reads them ("Geschäftszeicben", "Aktcnzeichen", "Kasserizeichen").
const INFO_LABEL_READ = new RegExp(`^(${GESCHAEFTS}(${ZEICHEN}|nu(?:m|rn)(?:m|rn)er)|${AKTEN}${ZEICHEN}|kass[ec](?:n|u|ri|rn)${ZEICHEN})$`, 'i');
const INFO_LABEL_WORD = /^(rechnungs-?(nummer|nr\.?|datum)|angebots-?(nummer|nr\.?)|liefer(schein)?-?(nummer|nr\.?|datum)|bestell-?(nummer|nr\.?)|geschaeftszeichen|gesch(ä|ae)fts(zeichen|nummer)|aktenzeichen|bearbeiter\/in|sachbearbeiter\/in|ansprechpartner\/in|kassenzeichen|steuernummer|mitgliedsnummer|vertragsnummer|auskunft|ansprechpartner(in)?|telefon|tel\.?|durchwahl|datum|bearbeiter(in)?|sachbearbeiter(in)?|sachbearbeitung|zeichen|kundennummer|kunden-nr\.?|auftrags-?nr\.?|auftragsnummer|e-mail|zimmer|fax|unser|ihr|ihre|mein|meine|vertrag|bestellung|auftrag|seite)$/i;

/** A label of a number, abbreviated or not ("Verw./Bew.-Nr.", "Kd.-Nr.", "Mitgliedsnummer"). */
const NUMBER_LABEL_VALUE = /^(?!(gesch|vorgang|akten|antrag|bearbeitung|verfahren|az|gz))[A-Za-zÄÖÜäöüß./-]*[A-Za-zÄÖÜäöüß]\.?(-?nr\.?|nummer)$/i;

/** "Lo/mw", "Bö/ab": author and typist initials, not a file reference; so is a team's short code
 *  with the typist's initials ("KG-42/ha"): lower-case initials after the slash, no serial number. */
export function isDictationMark(value: string): boolean {
  const first = value.trim().split(/\s+/)[0] ?? '';
  if (/\d{3}/.test(value)) return false;
  return /^[A-ZÄÖÜ][a-zäöüß]{0,2}\s?\/\s?[a-zäöüß]{1,3}$/i.test(first) || /^[A-ZÄÖÜ]{1,4}[-.]?\d{0,2}\/[a-zäöüß]{2,3}$/.test(first);
}

const STOP_WORD = /^(vom|von|den|der|die|das|ihr|ihre|unser|mein|meine|datum|bitte|und|sehr|nr\.?|nummer|no\.?)$/i;

/** A digit group with a look-alike letter OCR put into it ("2o26" → "2026", "0l4" → "014"):
 *  only a token of digits and O/o/l/I/| with at least two real digits. */
function digitGroup(token: string): string {
  if (!/^[\dOolI|]{3,}$/.test(token) || (token.match(/\d/g) ?? []).length < 2) return token;
  return token.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
}

/** A lone "/" or "-" between digit groups of a code, set off by single spaces. */
function spacedSeparator(tokens: { text: string; start: number }[], token: { text: string; start: number }, parts: { text: string }[]): boolean {
  if (parts.length === 0 || !/^[/–—-]$/.test(token.text)) return false;
  const i = tokens.indexOf(token);
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous || !next || !/\d$/.test(previous.text) || !/^\d{1,6}$/.test(next.text.replace(/[,;:)]+$/, ''))) return false;
  return token.start - (previous.start + previous.text.length) <= 2 && next.start - (token.start + 1) <= 2;
}

/** How many tokens from `index` on make the second half of a code after a spaced dash (a letter
 *  suffix of the first half, the dash, the register, the number with its year: "B - FKS 211/28"),
 *  or 0. Only within one cell (no wide gap) and after a first half that ends in a number.
 *  The first half may be an office's dotted number alone ("823.2 – EGZ 0418/28", an agency's
 *  team number before its register). */
function codeSecondHalf(tokens: { text: string; start: number }[], index: number, parts: { text: string }[]): number {
  const joined = parts.map((p) => p.text).join(' ');
  if (!/^[A-ZÄÖÜ]{1,5} \d{2,6}$|^\d[\d.]* [A-ZÄÖÜ]{1,5} \d{2,6}$|^\d{1,4}(\.\d{1,3})+$/.test(joined)) return 0;
  // OCR may lose the space between the register and its number ("– EGZ0418/28").
  for (const count of [2, 3, 4]) {
    const run = tokens.slice(index - 1, index + count);
    if (index < 1 || run.length < count + 1 || run.some((t, i) => i > 0 && t.start - ((run[i - 1]?.start ?? 0) + (run[i - 1]?.text.length ?? 0)) > 2)) continue;
    const text = run.slice(1).map((t) => t.text).join(' ').replace(/[,;:)]+$/, '');
    const half = /^([A-Z] )?[–—-] [A-ZÄÖÜ]{2,5}( ?)\d{1,6}\/\d{2,4}$/.exec(text);
    if (half && count === 1 + (half[1] ? 1 : 0) + (half[2] ? 2 : 1)) return count;
  }
  return 0;
}

/** The serial after a dash in a code ("… – 0411/2026"), maybe with the clerk's letters and a
 *  running number ("22 20 01 – Zer/2027-06"). */
const SERIAL_AFTER_DASH = /^(\d[\d.-]*|[A-Za-z]{2,5})\/\d{2,4}(-\d{1,3})?$/;
/** … as OCR may read it, with an I, l or | for a 1 or an O for a 0 between digits ("77I1/29");
 *  repairCode puts the digits back. */
const serialAfterDash = (token: string) => SERIAL_AFTER_DASH.test(token.replace(/(?<=\d)[lI|](?=\d)/g, '1').replace(/(?<=\d)[Oo](?=\d)/g, '0'));

/** An l, I or | OCR read for a 1 in a dotted number ("5l.2-118734/29", "70.l-AB-…"): after a digit
 *  before a dot or digit, or after a digit's dot before a dot, dash or digit. */
function withDigitLookalikes(token: string): string {
  // … and an O for a 0 after a digit, inside or at the end of a number ("14/3O").
  return token.replace(/(?<=\d)[lI|](?=[\d.])/g, '1').replace(/(?<=\d\.)[lI|](?=[\d.-])/g, '1').replace(/(?<=\d)[Oo](?=\d|$)/g, '0');
}

/** The token at `index` closes its cell: the line ends after it, or a wide gap does (the next
 *  cell of an information block's row: "1 A 37/31 SN      Frau Hübner      20.01.2031"). */
function closesCell(tokens: { text: string; start: number }[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token) return false;
  return next === undefined || next.start - (token.start + token.text.length) > 2;
}

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
  let secondHalfLeft = 0;
  for (const [tokenIndex, token] of tokens.entries()) {
    if (secondHalfLeft > 0) {
      secondHalfLeft--;
      parts.push({ text: token.text.replace(/[,;:)]+$/, ''), start: token.start });
      continue;
    }
    // OCR reads the 0 of a leading "0.10-…" as "@" or "©".
    const cleaned = digitGroup(token.text.replace(/^[@©](?=\.\d)/, '0').replace(/^[:.(-]+/, '').replace(/[,;:)]+$/, ''));
    // The previous word ends at most two characters before this one: the same cell.
    const previousToken = tokens[tokenIndex - 1];
    const narrow = previousToken !== undefined && token.start - (previousToken.start + previousToken.text.length) <= 2;
    // A file number written with spaced separators ("KV 2025 / 118 230 - 7"): a lone "/" or "-"
    // between digit groups within the same cell (no wide gap).
    if (spacedSeparator(tokens, token, parts)) {
      parts.push({ text: token.text, start: token.start });
      continue;
    }
    // A code of two halves joined by a spaced dash, each a register and its number ("SEV 4200 B -
    // FKS 211/28", a customs office's Geschäftszeichen): the second half ends in a serial/year.
    const secondHalf = codeSecondHalf(tokens, tokenIndex, parts);
    if (secondHalf > 0) {
      secondHalfLeft = secondHalf - 1;
      parts.push({ text: token.text, start: token.start });
      continue;
    }
    // A hyphen set as a dash between a number and its serial ("G 1410 - 88/30"): kept as the
    // en dash is below (the cleaning above takes a leading hyphen for litter).
    if (token.text === '-' && parts.length > 0 && /\d$/.test(parts.map((p) => p.text).join(' ')) && narrow && serialAfterDash(tokens[tokenIndex + 1]?.text.replace(/[,;:)]+$/, '') ?? '')) {
      parts.push({ text: token.text, start: token.start });
      continue;
    }
    // A tax office's Geschäftszeichen closes with the office's unit after a spaced dash
    // ("G 1410 - 88/30 - St 23", "EW 077/612-3-04190 – St 21"), a Jobcenter's with its team
    // ("733-BG 0045118 – Team 412"), at the line's or the cell's end.
    const codeSoFar = parts.map((p) => p.text).join(' ');
    if (/^[–—-]$/.test(token.text) && (/\d\/\d{2,4}$/.test(codeSoFar) || (/\d{3,}$/.test(codeSoFar) && /[A-Za-z\d][/-][A-Za-z\d]/.test(codeSoFar))) && narrow && closesCell(tokens, tokenIndex + 2)
      && /^[A-ZÄÖÜ][a-zäöü]{0,3}$/.test(tokens[tokenIndex + 1]?.text ?? '') && /^\d{1,3}$/.test(tokens[tokenIndex + 2]?.text ?? '')
      && tokens.slice(tokenIndex, tokenIndex + 3).every((t, i, run) => i === 0 || t.start - ((run[i - 1]?.start ?? 0) + (run[i - 1]?.text.length ?? 0)) <= 2)) {
      secondHalfLeft = 2;
      parts.push({ text: token.text, start: token.start });
      continue;
    }
    // An association's file-plan number closes with the clerk's and typist's initials after a
    // spaced dash ("600.21 – Ku/Rs"), at the line's or the cell's end: printed as one reference.
    if (/^[–—-]$/.test(token.text) && parts.length === 1 && /^\d{1,4}(\.\d{1,3})+$/.test(parts[0]?.text ?? '') && narrow && closesCell(tokens, tokenIndex + 1)
      && /^[A-ZÄÖÜ][a-zäöü]{0,2}\/[A-ZÄÖÜa-zäöü][a-zäöü]{0,2}$/.test(tokens[tokenIndex + 1]?.text ?? '')
      && (tokens[tokenIndex + 1]?.start ?? 0) - (token.start + token.text.length) <= 2) {
      secondHalfLeft = 1;
      parts.push({ text: token.text, start: token.start });
      continue;
    }
    if (!cleaned) continue;
    if (parts.length === 0 && /^(nr\.?|nummer|no\.?|-|lautet|lautete|lautend|ist|lautet:)$/i.test(cleaned)) continue;
    // The frame between a box-drawn table's cells ("│ Ihr Zeichen │ 0.10-SF-2027 │").
    if (/^[│┃║]+$/.test(cleaned)) { if (parts.length === 0) continue; break; }
    if (parts.length === 0) {
      if (STOP_WORD.test(cleaned)) return undefined;
      const next = tokens[tokenIndex + 1]?.text ?? '';
      // A court's chamber and register read as one word ("6C 554/24" for "6 C 554/24").
      // … also a register of two or three capitals ("14IN 37/27" for "14 IN 37/27").
      const glued = /^(\d{1,3})([A-Z][a-z]?|[A-Z]{2,3})$/.exec(cleaned);
      // A court's chamber number of one digit read as its look-alike letter before the register
      // and serial ("S M 1418/30" for "5 M 1418/30").
      const chamber = /^[Sl]$/.test(cleaned) && /^[A-Z][A-Za-z]{0,2}$/.test(next) && /^\d{1,6}\/\d{2,4}[,;.]?$/.test(tokens[tokenIndex + 2]?.text ?? '');
      const text = glued && /^\d/.test(next) ? `${glued[1]} ${glued[2]}` : chamber ? DIGIT_LOOKALIKE[cleaned] ?? cleaned : cleaned;
      parts.push({ text, start: token.start + token.text.indexOf(cleaned), end: token.start + token.text.indexOf(cleaned) + cleaned.length });
      continue;
    }
    // A dictation mark is a value of its own: the figure after it is the next cell's.
    if (parts.length === 1 && isDictationMark(parts[0]?.text ?? '')) break;
    const joined = parts.map((p) => p.text).join(' ');
    const digitsSoFar = /\d/.test(joined);
    // OCR sets a space on one side of a hyphen inside a code ("6.30-BA- 2026/0142",
    // "46/2025 -0087"): the pieces are one code.
    const hyphenated = /^-\d[\d./-]*$/.test(token.text.replace(/[,;:)]+$/, '')) && /[A-Za-z0-9]$/.test(joined) && digitsSoFar;
    if ((/\S-$/.test(joined) && /^\d[\d./-]*$/.test(cleaned)) || hyphenated) {
      const last = parts[parts.length - 1];
      if (last) {
        const piece = hyphenated ? `-${cleaned}` : cleaned;
        last.text += piece;
        last.end = token.start + token.text.indexOf(cleaned) + cleaned.length;
        continue;
      }
    }
    // OCR sets a space after the dot of a department code ("5. 20-HzE-2026/0317" for
    // "5.20-HzE-…"): the code goes on with its dash, the pieces are one code.
    // … also after a later group ("9.40. 20-HK/29-311").
    if (parts.length === 1 && /^\d{1,2}(\.\d{1,2})*\.$/.test(joined) && /^\d{2}(\.\d{2})*-\S/.test(cleaned) && narrow) {
      const last = parts[0];
      if (last) { last.text += cleaned; last.end = token.start + token.text.indexOf(cleaned) + cleaned.length; continue; }
    }
    // … or before a dot of a Kassenzeichen's groups ("5.0123 .456789.2" for "5.0123.456789.2").
    if (parts.length === 1 && /^\d[\d.]*\d$/.test(joined) && /^\.\d/.test(token.text) && /^\d+(\.\d+)*$/.test(cleaned) && narrow) {
      const last = parts[0];
      if (last) { last.text += `.${cleaned}`; last.end = token.start + token.text.indexOf(cleaned) + cleaned.length; continue; }
    }
    // The dash between an office's dotted number and its serial lost by OCR ("20.2 6603/28" for
    // "20.2 – 6603/28"): two parts of one code, not a fragment to glue on.
    if (parts.length === 1 && /^\d{1,3}\.\d{1,2}$/.test(joined) && /^\d{2,6}\/\d{2,4}$/.test(cleaned) && narrow) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // OCR breaks a code at a separator ("9.40.20-VG-2 024/5 45"): a digit fragment after a
    // separator is glued to the digits that follow it.
    if (/[-/.]\d{1,3}$/.test(joined) && /^\d[\d/]*$/.test(cleaned) && /\d/.test(cleaned) && !/\/\d{2,4}$/.test(joined)) {
      const last = parts[parts.length - 1];
      if (last) { last.text += cleaned; last.end = token.start + token.text.indexOf(cleaned) + cleaned.length; continue; }
    }
    // A file number set in digit groups after its register or serial ("36.3-OWi 2026 004 417",
    // "2026/114 872-3"), or joined by a dash to its serial ("E 4.2 – 0411/2026").
    const following = tokens[tokenIndex + 1]?.text.replace(/[,;:)]+$/, '') ?? '';
    // (The register may be read with a 0 for its O: "36.3-0Wi 2026 004 417".)
    if ((/^\d{4}$/.test(cleaned) && /[\s-][A-Z0][A-Za-z]{1,4}$/.test(joined) && /^\d{3}$/.test(following))
      || (/^\d{3}(-\d{1,2})?$/.test(cleaned) && /(\/|[A-Za-z] )\d{3,4}( \d{3})*$/.test(joined))
      || (/^[–—-]$/.test(cleaned) && /\d$/.test(joined) && serialAfterDash(following))
      || (/\s[–—-]$/.test(joined) && serialAfterDash(cleaned))
      // … with the dash lost by OCR ("22 20 01 Zer/2027-06"): after digit groups only, a serial
      // that carries the clerk's letters.
      || (/^\d{2,3}( \d{2,3}){1,3}$/.test(joined) && /^[A-Za-z]{2,5}\//.test(cleaned) && SERIAL_AFTER_DASH.test(cleaned))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A file named after an event or a project carries its year after the name
    // ("1.40-KS-Weinfest 2026").
    // … also after a slash ("1.10-Ke/Akten 2030").
    if (/[-/][A-ZÄÖÜ][a-zäöüß]{3,}$/.test(joined) && /\d/.test(joined) && /^(19|20)\d{2}$/.test(cleaned) && parts.length === 1) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A file named after an object carries its number after the name, closing the line
    // ("9.50.30-FP/Kehrmaschine 2").
    if (/[-/][A-ZÄÖÜ][a-zäöüß]{3,}$/.test(joined) && /\d/.test(joined) && /^\d{1,3}$/.test(cleaned) && parts.length === 1 && narrow && tokenIndex === tokens.length - 1) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A court's file number closes with the court's place code ("2 A 517/30 HGW", "4 K 88/29 SN")
    // at the line's end.
    // … also at the cell's end in an information block's row.
    if (/^[A-ZÄÖÜ]{2,4}$/.test(cleaned) && /^\d{1,3} [A-Z][A-Za-z]{0,3} \d{1,6}\/\d{2,4}$/.test(joined) && narrow && closesCell(tokens, tokenIndex) && !STOP_WORD.test(cleaned)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A register hung on a code by a dash, then the case's serial as a digit group ("1.50-GewSt
    // 08812", a tax file's Steuernummer; "733-BG 0045118", a Jobcenter's Bedarfsgemeinschaft).
    if (parts.length === 1 && /\d-[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}$/.test(joined) && /^\d{4,8}$/.test(cleaned) && narrow) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // An authority's short form in mixed case before its file number ("LAGuS 420-UV/Q4-2029/071").
    if (parts.length === 1 && /^(?=[A-ZÄÖÜ][a-zäöü]*[A-ZÄÖÜ])(?=.*[a-zäöü])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{2,5}$/.test(joined) && narrow
      && /^\d[\w./-]*[/-][\w./-]*\d$/.test(cleaned) && /[A-Za-z]/.test(cleaned) && looksLikeFileNumber(cleaned)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // The writer's initials after a file number, closing the line ("3.2-114-07/26 Ka", a law
    // firm's "118/28 HL"), maybe with the writer's number in the firm ("0213/29 TW04").
    if (/^([A-ZÄÖÜ][a-zäöü]{1,2}|[A-ZÄÖÜ]{2,3}|[A-ZÄÖÜ]{2,3}\d{1,2})$/.test(cleaned) && /\d\/\d{2,4}$/.test(joined) && parts.length === 1 && tokenIndex === tokens.length - 1
      && !STOP_WORD.test(cleaned) && !/^(ab|an|am|im|in|zu|um|so|da|ob|es|er|wo)$/i.test(cleaned)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // Extend only by code-like pieces: digit groups, short register letters before a number.
    // The register may hang on the code by a hyphen ("6.2-OWi 2025/118772"), be read with a 0
    // for its O ("32.3-0Wi") or carry the number of its procedure ("AAG-U1 2028/55180").
    // (An Austrian court's serial carries a check letter after its year: "15 C 412/29t".)
    // (A file-plan number may carry a letter after its last group: "W 3.4-62a 118/2029".)
    if (/^\d[\d./-]*$/.test(withDigitLookalikes(cleaned).replace(/(\/\d{2})[a-z]$/, '$1').replace(/(?<=^\d[\d.]*-\d{1,4})[a-z]$/, '')) && (!digitsSoFar || /^[A-Z]{0,3}\d+$/.test(joined.replace(/\s/g, '')) || /\s([A-Z]{1,3}|[A-Z][a-z]?[A-Z][a-z]?)$/.test(joined) || /^[A-Za-z]+$/.test(joined) || (/[\s-](?:[A-ZÄÖÜ]|0(?=[A-Za-z]))[A-Za-zÄÖÜäöü]{0,5}\d?$/.test(joined) && /\//.test(cleaned)))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // The serial with its year after a file-plan number in the same cell ("W 3.4-62a 118/2029",
    // a Landesamt's Geschäftszeichen): the code has no serial of its own yet.
    if (narrow && /^\d{1,6}\/(\d{2}|(19|20)\d{2})$/.test(cleaned) && !joined.includes('/') && /\d[.-]\d/.test(joined) && /\d[a-z]?$/.test(joined)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A register named by its book in Roman numerals, glued to the serial ("5.10-SGB XII-2029/0188",
    // "SGB II", "SGB VIII"): the code goes on across the space. The serial may close with the
    // clerk's initials ("5.20-SGB VIII-3318/We").
    if (narrow && /-[A-ZÄÖÜ]{2,5}$/.test(joined) && /^[IVX]{1,5}-\d[\d./-]*\d(\/[A-ZÄÖÜ][a-zäöü]{0,2})?$/.test(cleaned)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // … and the digit groups after such a separator.
    if (narrow && /^\d{1,6}$/.test(cleaned) && /\d \/ \d|\d [–-] \d|\d [/–-]$/.test(joined)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A register abbreviation before a file number that carries its own letters ("KV 12-B-2025/0417").
    if (/^[A-ZÄÖÜ]{1,4}$/.test(joined) && /^\d[\w.-]*[/-]\d{2,}$/.test(cleaned) && /[A-Za-z]/.test(cleaned) && looksLikeFileNumber(cleaned)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A register of capital groups before a serial with dashes ("RB N 41-2027-0882"); the serial
    // may close with the office's letters ("A 3-2028-0417-BG"). An authority's short form may be
    // set in mixed case and its file-plan number carry a letter ("StALU MS 52c-5711-0413/29").
    const SERIAL_WITH_DASHES = /^\d[\d.]*[a-z]?([/-]\d+){2,}(-[A-ZÄÖÜ]{1,3})?$/;
    const register = /^([A-ZÄÖÜ]{1,4}|(?=[A-ZÄÖÜ][a-zäöü]*[A-ZÄÖÜ])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5})( [A-ZÄÖÜ]{1,4})?$/;
    if (register.test(joined) && ((/^[A-ZÄÖÜ]{1,4}$/.test(cleaned) && SERIAL_WITH_DASHES.test(following)) || SERIAL_WITH_DASHES.test(cleaned))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A serial that numbers a quarter or a book in Roman numerals after a register's group
    // ("31-G 1463-2030/III-0370", a Land office's Geschäftszeichen): one code across the space.
    if (narrow && /(^|\s)\d{1,3}-[A-Z]{1,3}$/.test(joined) && /\/(?:[IVX]{1,4})(?:[/-]|$)/.test(cleaned)
      && /^\d[\d./-]*$/.test(cleaned.replace(/(?<=[/-])[IVX]{1,4}(?=[/-]|$)/g, '0'))) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A tax office's register and group before the serial ("St 21-G 1421/26").
    if (/^\d{1,3}-[A-Z]{1,3}$/.test(cleaned) && /^[A-Z][A-Za-z]{0,3}$/.test(joined) && /^\d[\d.-]*\/\d{2,4}$/.test(following)) { parts.push({ text: cleaned, start: token.start }); continue; }
    if (/^[A-Z]{1,3}$/.test(cleaned) && /^\d{1,3}$/.test(joined)) { parts.push({ text: cleaned, start: token.start }); continue; }
    // The "/YY" of a register number read as a separate " 1YY" ("6 C 554 124"); repairYearSlash
    // decides whether it is the year.
    if (/^[1lI|]\d{2}$/.test(cleaned) && !joined.includes('/') && /\s[A-Z][A-Za-z]{0,3} [1-9]\d{2,}$/.test(joined)) {
      parts.push({ text: cleaned, start: token.start });
      continue;
    }
    // A register abbreviation between a code and a file number ("3.10.20 OWi 253/24",
    // "S 8 SO 264/25", "1 Ca 1470/24"): taken only when a number with a slash follows it.
    const next = tokens[tokenIndex + 1]?.text.replace(/[,;:)]+$/, '') ?? '';
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
  // A dash set between the parts of a code is read as an em dash as often as an en dash.
  const value = parts.map((p) => p.text).join(' ').replace(/[.,;:]+$/, '').replace(/ — /g, ' – ');
  // The next label of an information block read as a value ("Ihr Zeichen  Auskunft  Telefon").
  if (INFO_LABEL_WORD.test(value) || INFO_LABEL_READ.test(value)) return undefined;
  // A value that opens with a number label of its own ("Unser Zeichen: Bew.-Nr. 2029-118", "Kd.-Nr.
  // 4711") names a resident's, customer's or other number, no file number; a file's own labels
  // ("Vorgangs-Nr.", "Gesch.-Nr.", "Az.") are read as labels, not values.
  if (parts.length >= 2 && NUMBER_LABEL_VALUE.test(first.text)) return undefined;
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
  let notes = 0;
  for (const next of letter.lines.slice(line.index + 1, line.index + 14)) {
    if (next.page !== line.page) break;
    const y0 = Math.min(...next.words.map((w) => w.box.y0));
    if (y0 < labelWord.box.y1 - height * 0.3) continue; // the same row
    if (y0 > labelWord.box.y1 + height * 3) break;
    const column = next.words.findIndex((word) => Math.abs(word.box.x0 - labelWord.box.x0) < height * 1.5);
    if (column < 0) continue;
    const start = next.rawStarts[column] ?? 0;
    // A note on the label under it ("bei Rückfragen bitte stets angeben"): the value comes next.
    if (!/\d/.test(next.raw.slice(start)) && /^[a-zäöüß]/.test(next.raw.slice(start)) && notes++ < 1) continue;
    // The value ends at the cell's edge: a gap as wide as two characters' height opens the next
    // column ("1.30-VG-2025-022" beside "214/25 HG/mk" when OCR read the row as one line).
    const edge = next.words.findIndex((word, i) => i > column && word.box.x0 - (next.words[i - 1]?.box.x1 ?? word.box.x0) > height * 2 && !lostDash(next.words, i, column, height));
    const found = valueAfter(edge > column ? next.raw.slice(0, next.rawStarts[edge]) : next.raw, start);
    return found ? { ...found, line: next } : undefined;
  }
  return undefined;
}

/** The dash between an office's dotted number and its serial that OCR lost ("20.2 – 6603/28" read
 *  as "20.2   6603/28"): a gap no wider than the dash with its spaces, inside one code. */
function lostDash(words: Line['words'], index: number, column: number, height: number): boolean {
  const before = words[index - 1];
  const word = words[index];
  if (!before || !word || index - 1 !== column) return false;
  return /^\d{1,3}\.\d{1,2}$/.test(before.text) && /^\d{2,6}\/\d{2,4}$/.test(word.text) && word.box.x0 - before.box.x1 <= height * 4;
}

/** The same without word boxes: the row of labels over the row of values, paired by
 *  infoBlockValues ("Ihr Zeichen  Unser Zeichen  Telefon  Datum" / "5.30-TW-2026/018  …"). */
function valueInInfoBlock(letter: Letter, line: Line, label: Label): { value: string; line: Line; start: number; end: number } | undefined {
  for (const cell of infoBlockValues(letter, line)) {
    if (!label.pattern.test(cell.label)) continue;
    // In a text layer the value's cell ends at a run of spaces: "1 A 37/31 SN      Frau Hübner"
    // holds the court's file number with its place code, not the clerk's name after it.
    const cellEnd = textCellEnd(cell.line, cell.start);
    let found = valueAfter(cellEnd !== undefined ? cell.line.raw.slice(0, cellEnd) : cell.line.raw, cell.start);
    // A whole file number in its cell is not run on into the next cell's value ("1.30-VG-2025-022"
    // beside "214/25 HG/mk").
    if (found && found.end > cell.end && looksLikeFileNumber(cell.value) && /[A-Za-z]/.test(cell.value) && cell.value.length >= 8) {
      found = valueAfter(cell.line.raw.slice(0, cell.end), cell.start);
    }
    return found && found.start < cell.end ? { ...found, line: cell.line } : undefined;
  }
  return undefined;
}

/** Where the text-layer cell that starts at raw position `start` ends: at the next word after a
 *  run of two or more spaces (see cellStarts). Undefined without text positions or when the cell
 *  runs to the line's end. */
function textCellEnd(line: Line, start: number): number | undefined {
  const first = line.rawStarts.indexOf(start);
  if (first < 0) return undefined;
  const next = cellStarts(line).find((index) => index > first);
  return next === undefined ? undefined : line.rawStarts[next];
}

/** The same in a text layer, for a label that opens the right-hand column beside the address
 *  ("Stadt Musterstadt        Ihr Zeichen / Ihr Schreiben vom" / "Der Oberbürgermeister
 *  1.40-HH-2028/02 / 19.10.2027"): the code that opens the next line's right-hand column. Only
 *  when the label is followed by nothing or by another label after a slash. */
function valueBelowInTextColumn(letter: Letter, line: Line, labelStart: number, afterLabel: number): { value: string; line: Line; start: number; end: number } | undefined {
  if (!line.textColumn || line.rawStarts[line.textColumn.word] !== labelStart) return undefined;
  // The label may name whose number it is, without a colon ("Geschäftsnummer des Amtsgerichts").
  if (!/^\s*[:.]?\s*(\/\s*[A-Za-zÄÖÜäöüß. ]{2,30}|(des|der)\s+[A-Za-zÄÖÜäöüß.]{3,30})?$/.test(line.raw.slice(afterLabel))) return undefined;
  // A note on the label may stand between it and the value ("bei Rückfragen bitte stets angeben"):
  // a column line of words only.
  for (let next = letter.lines[line.index + 1], notes = 0; next && notes <= 1; next = letter.lines[next.index + 1], notes++) {
    if (next.page !== line.page || next.gapBefore || !next.textColumn) return undefined;
    const columnText = next.raw.slice(next.rawStarts[next.textColumn.word] ?? 0);
    if (!/\d/.test(columnText) && /^[a-zäöüß]/.test(columnText.trim())) continue;
    const found = valueAfter(next.raw, next.rawStarts[next.textColumn.word] ?? 0);
    return found && looksLikeFileNumber(found.value) && !DATE_VALUE.test(found.value) ? { ...found, line: next } : undefined;
  }
  return undefined;
}

/** Where each cell of a text layer line starts: the words after a run of two or more spaces, or
 *  after a ruled table's "|" ("| Kunden-Nr. | Ihr Zeichen |"); the rules themselves are no cells. */
const CELL_RULE = /^[|¦]$/;
function cellStarts(line: Line): number[] {
  const starts = line.textStarts;
  if (!starts) return [];
  return line.words.flatMap((word, i) => {
    if (CELL_RULE.test(word.text)) return [];
    const previous = line.words[i - 1];
    if (previous && CELL_RULE.test(previous.text)) return [i];
    const gap = previous ? (starts[i] ?? 0) - ((starts[i - 1] ?? 0) + previous.text.length) : Infinity;
    return gap >= 2 ? [i] : [];
  });
}

/** The text layer's twin of valueBelow: a header row of cells (a company's invoice sets
 *  "Rechnungsnummer  Rechnungsdatum  Kunden-Nr.  Lieferschein  Ihr Zeichen" over its values)
 *  keeps the writer's spacing, so the value is the cell of the next row that starts in the
 *  label's column. Only for a label that starts a cell of a row of three or more cells. */
function valueBelowInTextCells(letter: Letter, line: Line, labelStart: number): { value: string; line: Line; start: number; end: number } | undefined {
  const labelWord = line.rawStarts.findIndex((start, i) => start <= labelStart && (line.rawStarts[i + 1] ?? Infinity) > labelStart);
  const cells = cellStarts(line);
  const column = line.textStarts?.[labelWord];
  if (column === undefined || cells.length < 3 || !cells.includes(labelWord)) return undefined;
  const next = letter.lines[line.index + 1];
  if (!next || next.page !== line.page || next.row === line.row || next.gapBefore || !next.textStarts) return undefined;
  const nextCells = cellStarts(next);
  const offset = (i: number | undefined) => {
    const start = i === undefined ? undefined : next.textStarts?.[i];
    return start === undefined ? Infinity : Math.abs(start - column);
  };
  // OCR may lose a space of the padding or read a letter as two ("rn", "ri"): the value starts
  // within a character of its label, or a few when the rows have as many cells and it is the
  // label's cell by count.
  const byCount = nextCells.length === cells.length ? nextCells[cells.indexOf(labelWord)] : undefined;
  // A value longer than its label pushes the next values to the right ("Ihr Zeichen   Kassenzeichen"
  // over "1.50-GewSt-2029/3318   6.1001.117734.2"): as many cells, each value starting under its
  // own label's column, before the next label's, pair up by count as well.
  const labelStarts = cells.map((i) => line.textStarts?.[i] ?? 0);
  const inColumns = nextCells.length === cells.length && nextCells.every((i, k) => {
    const start = next.textStarts?.[i] ?? 0;
    return start >= (labelStarts[k] ?? 0) - 2 && start < (labelStarts[k + 1] ?? Infinity);
  });
  const valueWord = byCount !== undefined && (offset(byCount) <= 3 || inColumns) ? byCount : nextCells.find((i) => offset(i) <= 1);
  if (valueWord === undefined) return undefined;
  const edge = nextCells.find((i) => i > valueWord);
  const found = valueAfter(edge === undefined ? next.raw : next.raw.slice(0, next.rawStarts[edge]), next.rawStarts[valueWord] ?? 0);
  return found && /\d/.test(found.value) ? { ...found, line: next } : undefined;
}

const COMPANY_FORM = /\b(gmbh|mbh|ag|kg|ohg|gbr|ug|e\.\s?k\.?|e\.\s?kfm|kgaa|se|partg|ltd|inc)\b/i;
const AUTHORITY = /\b(amt|gericht|beh(ö|oe)rde|ministerium|landkreis|kreisverwaltung|bezirksregierung|regierungspr(ä|ae)sidium|kasse|versicherung|agentur|jobcenter|polizei|staatsanwaltschaft|landesbetrieb|stadt|gemeinde|verwaltung)\b|amt\b|gericht\b/i;

// Lawyers, notaries and tax advisers keep a Handakte per case, numbered by serial and year
// ("Unser Zeichen: 118/28 HL"): their file number, even under a company form ("… PartG mbB").
const CASE_FILE_PROFESSION = /\b(rechtsanw(ä|ae)lt\w*|rechtsanwalts\w*|anwaltskanzlei|kanzlei|notar\w*|steuerberat\w*)\b/i;

/** A company's "Unser Zeichen" is its own file mark, no Aktenzeichen the city can use. */
function companyLetter(letter: Letter): boolean {
  const firstPage = letter.lines[0]?.page ?? 0;
  const head = letter.lines.filter((line) => line.page === firstPage && (line.zone === 'letterhead' || line.zone === 'returnAddress')).map((line) => line.raw).join('\n');
  return COMPANY_FORM.test(head) && !AUTHORITY.test(head) && !CASE_FILE_PROFESSION.test(head);
}

/** What the extractor knows about the letter besides its text. */
export interface ReferenceContext {
  /** Years a file number of this letter plausibly ends with ("…/25"): see repairYearSlash. */
  years: number[];
  /** The receiving organisation's department codes ("1.40", "3.10.20"): see repairDepartmentCode. */
  departmentCodes?: readonly string[];
}

/** A sentence of the letter's text the layout put into the footer zone (a quoted e-mail low on the
 *  page: "Ihren Antrag habe ich unter dem Aktenzeichen … vermerkt."): an imprint lists its parts,
 *  it does not end a sentence after a word. */
function runningText(line: Line): boolean {
  const text = line.raw.trim();
  return line.words.length >= 6 && /[a-zäöüß]{2}[.!?]$/.test(text) && !/[·•|]/.test(text) && !line.folded.includes('@');
}

function findLabelled(letter: Letter, labels: Label[], context: ReferenceContext = { years: [] }): Found<string> & { rank: number } | undefined {
  let best: (Found<string> & { rank: number }) | undefined;
  for (const line of letter.lines) {
    if (line.zone === 'footer' && !runningText(line)) continue;
    for (const label of labels) {
      const m = label.pattern.exec(line.raw);
      if (!m) continue;
      if (best && best.rank >= label.rank) continue;
      // A label qualified before its colon ("Aktenzeichen der Baugenehmigung:", "Geschäftsnummer
      // bei Ihrer Antwort angeben:"): the value follows the colon, not the qualifier's words.
      const qualifier = LABEL_QUALIFIER.exec(line.raw.slice(m.index + m[0].length)) ?? SECOND_LABEL.exec(line.raw.slice(m.index + m[0].length));
      const afterLabel = m.index + m[0].length + (qualifier?.[0].length ?? 0);
      const nextLabel = ANY_LABEL.exec(line.raw.slice(afterLabel));
      let found: { value: string; start: number; end: number; line?: Line } | undefined;
      if (!nextLabel || nextLabel.index > 3) found = valueAfter(line.raw, afterLabel);
      if (found && nextLabel && found.start >= afterLabel + nextLabel.index) found = undefined;
      // In a row of labels the next label is read as the value ("Geschäftszeichen  Kasscnzeichen
      // Sachbearbeitung", however OCR spells it): a word without a digit is no file number, so the
      // value is looked for under the label. (The city's "Ihr Zeichen" may be a dictation mark.)
      if (found && label.name !== 'Ihr Zeichen' && !/\d/.test(found.value) && line.raw.slice(found.end).trim() !== '') found = undefined;
      // A lone date after two labels is the second label's ("Ihr Zeichen / Ihre Nachricht vom
      // 08.02.2028"): the first label was left empty.
      if (found && qualifier && SECOND_LABEL.test(qualifier[0]) && DATE_VALUE.test(found.value)) found = undefined;
      // The value in the next column of the same row ("Ihr Az.        6.30-2026-05049").
      if (!found && line.raw.slice(afterLabel).trim().replace(/^[:.]+/, '') === '') {
        const neighbour = letter.lines[line.index + 1];
        if (neighbour && neighbour.row === line.row && neighbour.page === line.page && !REFERENCE_LABEL_START.test(neighbour.raw)) {
          const value = valueAfter(neighbour.raw, 0);
          if (value && /\d/.test(value.value)) found = { ...value, line: neighbour };
        }
      }
      if (label.bare) {
        if (!found || !looksLikeFileNumber(found.value) || DATE_VALUE.test(found.value)) continue;
      } else if (!found) found = valueBelow(letter, line, m.index) ?? valueInInfoBlock(letter, line, label) ?? valueBelowInTextColumn(letter, line, m.index, afterLabel) ?? valueBelowInTextCells(letter, line, m.index);
      if (label.fileNumber && (!found || !looksLikeFileNumber(found.value) || DATE_VALUE.test(found.value))) continue;
      if (label.departmentCode && !/^\d{1,2}(\.\d{1,2}){1,2}[-/]/.test(found?.value ?? '')) continue;
      // A word of the next line's text found under a label that ends the line ("…, Kassenzeichen" /
      // "6.1500.020417.9) für …") is no value: the value wraps to the next line (below).
      if (found && label.name !== 'Ihr Zeichen' && !/\d/.test(found.value) && line.raw.slice(afterLabel).trim().replace(/^[:.]+/, '') === '') found = undefined;
      // A label at the end of a line of running text: its value wraps to the next line
      // ("… GmbH, Kassenzeichen\n84 3024 8793, bitten wir …").
      // Also a label alone on its line over a value shaped like a file number ("Ihr Zeichen" /
      // "6.30-2024-09072").
      const aloneOverCode = line.raw.slice(0, m.index).trim() === '';
      if (!found && line.raw.slice(afterLabel).trim().replace(/^[:.]+/, '') === '' && (line.words.length >= 4 || qualifier || aloneOverCode)) {
        const next = letter.lines[line.index + 1];
        // The value may be set apart on a line of its own, after a blank line ("… unter Angabe des
        // Kassenzeichens" / "" / "1.2.04.27.000318"): a lone code is the value the sentence announces.
        const setApart = next !== undefined && next.gapBefore && next.words.length === 1 && line.words.length >= 4;
        if (next && next.page === line.page && next.row !== line.row && (!next.gapBefore || setApart)) {
          const value = valueAfter(next.raw, 0);
          const wholeCode = value !== undefined && looksLikeFileNumber(value.value) && value.end === next.raw.trimEnd().length;
          // A lone word after a blank line that is no code starts the next paragraph.
          if (value && (!setApart || wholeCode) && /\d/.test(value.value) && (!aloneOverCode || line.words.length >= 4 || qualifier || wholeCode)) found = { ...value, line: next };
        }
      }
      if (!found && label.laterInSentence) found = valueLaterInSentence(letter, line, afterLabel, label.laterInSentence);
      if (!found) continue;
      found = { ...found, value: repairDictationMark(found.value) };
      // "Ihr Zeichen: Mahnung vom 03.07.2030" names the city's letter by its kind and date: a
      // plain word is no mark to file by, so a file number elsewhere (the subject's "Az.") counts.
      if (label.name === 'Ihr Zeichen' && /^[A-ZÄÖÜ][a-zäöüß]{3,}$/.test(found.value)) continue;
      if (isDictationMark(found.value)) {
        // "Ihr Zeichen: Mü/Ts" quotes the city's own dictation mark: that is how the city finds it.
        if (label.name !== 'Ihr Zeichen') continue;
      } else if (label.name === 'Unser Zeichen' && companyLetter(letter)) continue;
      // The sender's own mark without a digit ("Ho/ts" read as "Holts") is no file number.
      if (label.name !== 'Ihr Zeichen' && !/\d/.test(found.value)) continue;
      found = { ...found, value: repairCode(found.value) };
      if (context.years.length > 0) found = { ...found, value: repairYearSlash(found.value, context.years) };
      if (label.name === 'Ihr Zeichen' && context.departmentCodes) found = { ...found, value: repairDepartmentCode(found.value, context.departmentCodes) };
      // Under any other label only the look-alike letter for the first digit of a known code
      // ("Aktenzeichen S.20-KB-…" for "5.20-KB-…"): no letter opens a file number so.
      else if (context.departmentCodes && /^[Il|OoSB]\./.test(found.value)) found = { ...found, value: repairDepartmentCode(found.value, context.departmentCodes) };
      const source: FieldSource = sourceOf(found.line ?? line, found.start, found.end);
      best = { value: found.value, source, rule: label.name, rank: label.rank };
    }
  }
  return best;
}

// Two labels over one value list, joined by a slash ("Ihr Zeichen / Ihr Antrag vom:
// 5.20-KB-2027/014, 12.10.2027"): the values follow the colon in the labels' order, so the
// first label's value opens the list.
// Without a colon the values stand in the next column ("Ihr Zeichen / Ihre Nachricht vom
// 9.50.30-BI-2028/003 / 08.02.2028"): the "vom" closes the second label.
// The second label may be a number's ("Ihr Zeichen / Bestellnr.: 9.50.30-WD/2030-17").
const SECOND_LABEL = /^\s*\/\s*(?:(?:ihre?|unsere?|meine?)\s+[A-Za-zÄÖÜäöüß.-]+|[A-Za-zÄÖÜäöüß-]*(?:nr\.?|nummer))(?:\s+vom\s*:?|\s*:)/i;

const LABEL_QUALIFIER = /^\s+(?:(?:der|des|dem|bei|im|zur|zum|für|fuer|bitte)\s+(?:[A-Za-zÄÖÜäöüß.-]+\s+){0,3}?[A-Za-zÄÖÜäöüß.-]+|\([A-Za-zÄÖÜäöüß0-9./ -]{2,30}\))\s*:/i;

const REFERENCE_LABEL_START = /^\s*([it1l|]hr|unser|aktenzeichen|az\b|kassenzeichen|kunden|rechnungs|datum|telefon|bearbeiter|auskunft)/i;

/** OCR swaps between O and 0 inside a file number: a 0 in a run of letters is an O ("0Wi" → "OWi",
 *  court register "2 0 200/24" → "2 O 200/24"), an O among digits a 0 ("1.5O-GewSt" → "1.50-GewSt"). */
export function repairCode(value: string): string {
  // A department code at the start read with a colon or comma for its dot ("1:40-FM" → "1.40-FM"),
  // also behind OCR litter ("_1:40-FM"; a "$" may be a register letter, see below).
  const start = value.replace(/^[^0-9A-Za-zÄÖÜäöüß§$]+/, '');
  // Last, a number of digits only with one letter left in it (repairDigitsOnly).
  return repairDigitsOnly(repairLeadingCode(start.replace(/^(\d)[:,](\d{2})(?=[\s/.-])/, '$1.$2'))
    // A court's "S 8 SO 881/25" with its register letter read as a dollar sign.
    .replace(/^\$\s?(?=\d)/, 'S ')
    .replace(/(?<=\d[.,]?)[Oo](?=[\d./-]|$)/g, '0')
    // … and an o after a slash or dash before digits ("2026/o318").
    .replace(/(?<=\d[/-])[Oo](?=\d)/g, '0')
    // S, l, I, | between two digits are a 5 and 1s ("64S6" → "6456").
    .replace(/(?<=\d)[S](?=\d)/g, '5')
    // … and an S, O, l or I at the start of a number of digits and dots ("S20.526130.8"), also
    // as a group of its own before the first dot ("S.2200.011873.6").
    .replace(/^[SOlI](?=\.?\d[\d.]*$)/, (c) => DIGIT_LOOKALIKE[c] ?? c)
    .replace(/(?<=\d)[lI|](?=\d)/g, '1')
    // … and an l closing the serial after its slash ("2029/4l"): no register ends so. (A "|"
    // there is a table's rule.)
    .replace(/(?<=[/-]\d{1,5})l$/, '1')
    // … and in a dotted code, next to its dot ("5l.2-118734/29", "70.l-AB-2029/233").
    .replace(/(?<=\d)[lI|](?=\.\d)/g, '1').replace(/(?<=\d\.)[lI|](?=[\d.-])/g, '1')
    // … and opening a digit group after a slash or dash behind a digit ("2028-l18240").
    .replace(/(?<=\d[/-])[lI|](?=\d{2,}(?:$|[\s/.-]))/g, '1')
    // … also closing the number that opens the code, before its register ("3l BP 0093/28").
    .replace(/^(\d{1,3})[l|](?= [A-ZÄÖÜ]{1,4} \d)/, (_, number: string) => `${number}1`)
    // An S OCR read as a 5 in a register between dashes after a number ("9.50.30-5T-2025/017"):
    // a register starts with a letter.
    .replace(/(?<=\d-)5(?=[A-ZÄÖÜ]{1,4}-\d)/g, 'S')
    .replace(/(?<=[.]|^)[Oo](?=\d)/g, '0')
    .replace(/(?<=^|[\s/.-])0(?=[A-Za-zÄÖÜäöü]{2})/g, 'O')
    .replace(/^(\d{1,3}) 0 (?=\d+\/\d{2,4}\b)/, '$1 O ')
    .replace(/(?<=^|[\s/-])[A-Za-zÄÖÜäöü01]+(?=$|[\s/.-])/g, repairLetterGroup));
}

/** A number made of digits and separators only ("0417/28/512904", a police case number) with a
 *  single letter OCR put into one of its digit groups ("0417/28/S12904"): the letter is the digit
 *  it resembles. Only inside the number (after a digit, or after a separator behind a digit) and
 *  before a digit, so a register or a suffix ("4 O 123/25", "12/345B") stays. */
function repairDigitsOnly(value: string): string {
  const m = /^([\d./-]*[\d][./-]?)([SOolI|B])(\d[\d./-]*)$/.exec(value);
  if (!m?.[1] || !m[2] || !m[3] || (value.match(/\d/g) ?? []).length < 5) return value;
  return `${m[1]}${DIGIT_LOOKALIKE[m[2]] ?? m[2]}${m[3]}`;
}

/** A letter group of a file number ("OW", "FO", "IfSG") that OCR read with a 0 for its O or a 1
 *  for its I ("0W", "F0", "1fSG"). Only when every digit in the group is such a look-alike: "10A"
 *  (a number with a suffix) keeps its digits. A 1 counts only before a lower-case letter, where
 *  the group is a word and not a numbered item ("A1"). */
function repairLetterGroup(group: string): string {
  if (!/[A-Za-zÄÖÜäöü]/.test(group) || !/[01]/.test(group)) return group;
  const repaired = group.replace(/0/g, 'O').replace(/1(?=[a-zäöü])/g, 'I');
  return /\d/.test(repaired) ? group : repaired;
}

const DIGIT_LOOKALIKE: Record<string, string> = { O: '0', o: '0', D: '0', A: '4', l: '1', I: '1', '|': '1', S: '5', B: '8' };

/** A dotted number code at the start ("1.40", "3.10.20", "54.71") holds digits only: a letter
 *  OCR put into one of its groups next to a real digit is that digit's look-alike ("1.A0" → "1.40",
 *  "9.5O.30" → "9.50.30"). A group without any digit is left alone: it may be a register. */
export function repairLeadingCode(value: string): string {
  const lookalike = '[0-9OoDAlI|SB]';
  const code = new RegExp(`^(\\d{1,3})((?:[.,]${lookalike}{2})+)(?=$|[\\s/.-])`).exec(value);
  if (!code?.[1] || !code[2]) return value;
  const groups = code[2].split(/[.,]/).slice(1);
  if (!groups.every((group) => /\d/.test(group))) return value;
  const repaired = groups.map((group) => group.replace(/[^0-9]/g, (c) => DIGIT_LOOKALIKE[c] ?? c)).join('.');
  return `${code[1]}.${repaired}${value.slice(code[0].length)}`;
}

/** "Ihr Zeichen: Mü/mw" with its slash read as l, 1, I or | ("Mülmw"): author initials (an upper
 *  case letter and one or two more) and two typist initials. Only a single token of that exact
 *  shape; a German word of that shape ends in "ll" plus an ending ("Müller", "Keller") or in a
 *  syllable "-ler", "-len", "-les", so those stay. */
export function repairDictationMark(value: string): string {
  const m = /^([A-ZÄÖÜ][a-zäöü]{1,2})([l1I|])([a-zäöü]{2})$/.exec(value.trim());
  if (!m?.[1] || !m[2] || !m[3]) return value;
  if (m[2] === 'l' && (m[1].endsWith('l') || /^e[lnrsm]$/.test(m[3]))) return value;
  return `${m[1]}/${m[3]}`;
}

/** File numbers end with "/YY"; OCR often reads that slash as a 1 ("1.40 VG 383/25" →
 *  "383125", "6 C 554 124"). Repaired only where the reading is clear: the value has no slash and
 *  no four-digit year already ("3.10.20-2025-01124" is a year-and-sequence number), it has a
 *  prefix (department code, register, letters) before the last number, that number keeps three
 *  or more digits before the "1", and "YY" is the letter's year or one of the three before it. */
export function repairYearSlash(value: string, years: number[]): string {
  if (value.includes('/') || /(?<!\d)(19|20)\d{2}(?!\d)/.test(value)) return value;
  const m = /^(.*[A-Za-zÄÖÜäöü.\-\s])([1-9]\d{2,})\s?[1lI|](\d{2})$/.exec(value);
  if (!m?.[1] || !m[2] || !m[3]) return value;
  if (!/[A-Za-zÄÖÜäöü]|\d[.-]/.test(m[1])) return value;
  const year = 2000 + Number(m[3]);
  return years.includes(year) ? `${m[1]}${m[2]}/${m[3]}` : value;
}

/** "Ihr Zeichen" in a letter to the city is the city's own file number, which starts with one of
 *  its department codes ("3.10.20-VG-…", "1.40-FO-…"). A leading code OCR read one digit off
 *  ("3.19.20-VG-…", "1.48-FO-…") is repaired to the one known code of the same shape it differs
 *  from in that single digit. A known code, a code two digits off, or one close to two known codes
 *  stays as read: it may be another authority's number. */
export function repairDepartmentCode(value: string, codes: readonly string[]): string {
  // The code's first digit read as its look-alike letter ("I.50-GrSt-…" for "1.50-GrSt-…").
  const m = /^([\dIl|OoSB](?:\.\d{2}){1,2})(?=[-/\s])/.exec(value);
  const read = m?.[1]?.replace(/^\D/, (c) => DIGIT_LOOKALIKE[c] ?? c);
  if (!read) return value;
  if (codes.includes(read)) return read + value.slice(read.length);
  // A look-alike letter and a digit off as well is too far a reading.
  if (!/^\d/.test(value)) return value;
  const near = codes.filter((code) => code.length === read.length && [...code].filter((c, i) => c !== read[i]).length === 1
    && [...code].every((c, i) => (c === '.') === (read[i] === '.')));
  return near.length === 1 && near[0] ? near[0] + value.slice(read.length) : value;
}

/** The years a letter's file numbers plausibly carry: the letter's year and three before it. */
export function plausibleYears(date: string | undefined): number[] {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? [year, year - 1, year - 2, year - 3] : [];
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

const COURT_FILE_NUMBER = /^(?:[A-Z]{1,2} )?\d{1,3} ?[A-Z][A-Za-z]{0,3} \d{1,6}\/\d{2,4}(?: [A-Z]{1,2})?$/;

/** A court sets its file number without a label on a line of its own above the salutation,
 *  often between dashes ("– 5 K 1187/25 –") under the parties of the case. */
function unlabelledCourtNumber(letter: Letter): (Found<string> & { rank: number }) | undefined {
  for (const line of letter.lines) {
    if (line.zone === 'salutation' || line.zone === 'body' && line.page > (letter.lines[0]?.page ?? 0)) break;
    if (line.zone === 'footer' || line.zone === 'address') continue;
    // The court's file number may share its row with the date ("2 Ca 517/26        06.05.2026").
    const withoutDate = line.raw.replace(/\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*$/, '');
    const framed = /^[\s–—-]*(?:az\.?:?\s*)?(.+?)[\s–—-]*$/i.exec(withoutDate);
    const value = framed?.[1]?.trim();
    if (!value || !COURT_FILE_NUMBER.test(value)) continue;
    const start = line.raw.indexOf(value);
    return { value, source: sourceOf(line, start, start + value.length), rule: 'Aktenzeichen des Gerichts', rank: 2 };
  }
  return undefined;
}

export function extractReference(letter: Letter, context: ReferenceContext = { years: [] }): Found<string> | undefined {
  const found = findLabelled(letter, REFERENCE_LABELS, context) ?? unlabelledCourtNumber(letter);
  if (!found) return undefined;
  const value = trimCode(betterCopy(letter, found.value));
  return value ? { value, source: found.source, rule: found.rule } : undefined;
}

/** A Kassenzeichen as cities print them: dotted digit groups ("6.1200.028817.4", "5400.2030.11874"). */
const DOTTED_CASH_CODE = /^\d{1,5}(?:\.\d{1,8}){2,4}$/;

/** How many words of running text may stand between a label and its value. */
const WORDS_BEFORE_VALUE = 5;

/** A label in running text whose value follows a few words later in the same sentence, maybe at
 *  the start of the next line ("… das Kassenzeichen falsch abgetippt: statt" / "6.1200.028817.4
 *  steht …"): the first code of the label's shape, when only words without digits stand between
 *  and no sentence or other label ends the run. */
function valueLaterInSentence(letter: Letter, line: Line, from: number, shape: RegExp): { value: string; start: number; end: number; line: Line } | undefined {
  let words = 0;
  for (let current: Line | undefined = line, at = from; current && words <= WORDS_BEFORE_VALUE; at = 0) {
    for (const m of current.raw.slice(at).matchAll(/\S+/g)) {
      // (The code may close the sentence: "… lautet 6.1200.028817.4.")
      const token = m[0].replace(/[,;:)]+$/, '').replace(/(?<=\d)\.$/, '');
      const start = at + m.index;
      if (shape.test(token)) return { value: token, start, end: start + token.length, line: current };
      if (/\d/.test(token) || /[.!?]$/.test(token) || ANY_LABEL.test(token) || ++words > WORDS_BEFORE_VALUE) return undefined;
    }
    const next: Line | undefined = letter.lines[current.index + 1];
    current = next && next.page === current.page && !next.gapBefore && next.row !== current.row ? next : undefined;
  }
  return undefined;
}

export function extractCashReference(letter: Letter): Found<string> | undefined {
  const found = findLabelled(letter, [{ pattern: CASH_LABEL, rank: 1, name: 'Kassenzeichen', laterInSentence: DOTTED_CASH_CODE }]);
  if (!found) return undefined;
  return { value: found.value, source: found.source, rule: found.rule };
}

/** Every reference-like value (for department detection by code). */
export function referenceLines(letter: Letter): Line[] {
  return letter.lines.filter((line) => /\b(ihr(e)?\s*(zeichen|az)|aktenzeichen|az[.:]|gesch(ae|ä)ftszeichen|zeichen\s*:|unser(e)?\s*zeichen|gz[.:])/i.test(line.raw));
}
