// German dates in OCR text: "12.03.2024", "12.3.24", "12. März 2024", "2024-03-12", with the usual
// OCR swaps in digit positions (O→0, l/I→1). Letter date and deadline (absolute or relative).
import type { FieldSource } from '../../electron/contract/domain.ts';
import { ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, PRINTED_DIGIT_OF, repairKeywords } from './normalize.ts';
import { disputesDecision, infoBlockValues, rowLines, sourceOf, type Letter, type Line } from './layout.ts';

export interface DateHit { iso: string; start: number; end: number }

const D = '[0-9OoIl|]';
// OCR also reads 5 as S: next to a real digit in a day or month ("1S.03."), anywhere in a year ("202S").
const DS = `(${D}{1,2}|S[0-9]|[0-9]S)`;
const YEAR = '[0-9OoIl|S]';
// A two-digit "year" followed by a dash and a letter is a file number ("Az. 3.10.20-OW-2026"), no date.
const NUMERIC = new RegExp(`(?<![0-9A-Za-z.])${DS} ?[.,] ?${DS} ?[.,] ?(${YEAR}{4}|${D}{2}(?!-[A-Za-z]))(?![0-9])`, 'g');
// OCR reads the m of a month name as "rn" ("Septernber", "Novernber", "Dezernber").
// It reads an l as a 1 or a bar ("Apri1", "Ju1i"), and an e as a c ("Septcmber", "Oktobcr").
const MONTH_NAMES = 'januar|jan|jänner|februar|feb|märz|maerz|marz|mrz|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez'.replace(/e/g, '[ec]').replace(/m/g, '(?:m|rn)').replace(/l/g, '[l1|]');
const NAMED = new RegExp(`(?<![0-9])(${D}{1,2})[.,]? ?(${MONTH_NAMES})\\.? ?(${D}{4})(?![0-9])`, 'gi');
const ISO = /(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/g;
// English invoices: "April 7, 2026", "Mar. 31st 2026".
const ENGLISH = /(?<![A-Za-z])(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![0-9])/gi;
// British and bilingual invoices write the day first and the English month in words ("18 January
// 2027", "3rd March 2027").
const ENGLISH_DAY_FIRST = /(?<![0-9])(\d{1,2})(?:st|nd|rd|th)?\.? (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,? (\d{4})(?![0-9])/gi;
// French and bilingual letters (Luxembourg, Belgium, Switzerland): "le 8 mars 2029", "1er avril 2029".
const FRENCH = /(?<![0-9])(\d{1,2})(?:er)? (janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre) (\d{4})(?![0-9])/gi;
// Dutch and other continental invoices write the day first with dashes ("18-12-2026").
const DASHED = /(?<![0-9A-Za-z.,_/-])(\d{2})-(\d{2})-(\d{4})(?![0-9-])/g;
// French, Polish and British invoices write the day first with slashes ("Échéance : 10/08/2030");
// a slash or a digit around it makes it part of a number ("FV/0412/07/2030").
const SLASHED = /(?<![0-9A-Za-z.,_/-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![0-9/-])/g;
// A full date OCR glued to the word before it ("bis zum03.06.2024").
const GLUED = /(?<=[a-zäöüß])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![0-9])/g;

function digits(text: string): number {
  return Number(text.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1').replace(/S/g, '5'));
}

/** A day or month OCR read with its leading 0 as a 6, 8 or 9 ("01.94.2027"): no month or day
 *  starts so, so the impossible value is the 0 misread; any other text reads as digits() does.
 *  The same misread of a trailing 0 ("28.19.2030" for October, "39.04." for the 30th). */
function dayOrMonth(text: string, max: number): number {
  const value = digits(text);
  if (value <= max) return value;
  if (/^[689][0-9]$/.test(text)) return Number(text[1]);
  const trailingZero = /^[123][689]$/.test(text) ? Number(`${text[0]}0`) : undefined;
  return trailingZero !== undefined && trailingZero <= max ? trailingZero : value;
}

/** Lower case with ä/ö/ü spelt out, for matching the label before a date in the raw line. */
function labelFold(raw: string): string {
  return raw.toLowerCase().replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ö/g, 'oe');
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every date in a line of raw text, with its character range. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    if (!/[0-9]/.test(m[3] ?? '')) continue;
    const iso = isoDate(digits(m[3] ?? ''), dayOrMonth(m[2] ?? '', 12), dayOrMonth(m[1] ?? '', 31));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NAMED)) {
    const month = GERMAN_MONTHS[(m[2] ?? '').toLowerCase().replace('ä', 'ae').replace(/rn/g, 'm').replace(/[1|]/g, 'l').replace(/c/g, 'e')];
    const iso = month ? isoDate(digits(m[3] ?? ''), month, digits(m[1] ?? '')) : undefined;
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ISO)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ENGLISH)) {
    const month = ENGLISH_MONTHS[(m[1] ?? '').toLowerCase()];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[2])) : undefined;
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ENGLISH_DAY_FIRST)) {
    const month = ENGLISH_MONTHS[(m[2] ?? '').toLowerCase()];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    // "15 April 2027" is German and English alike: read once.
    if (iso && !hits.some((h) => h.start < m.index + m[0].length && h.end > m.index)) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(FRENCH)) {
    const month = FRENCH_MONTHS[(m[2] ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    if (iso && !hits.some((h) => h.start < m.index + m[0].length && h.end > m.index)) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DASHED)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SLASHED)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(GLUED)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso && !hits.some((h) => h.start < m.index + m[0].length && h.end > m.index)) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Parses one date string (tests, helpers). */
export function parseGermanDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface Found<T> { value: T; source: FieldSource; rule: string }

// A date right after these words is not the letter's own date (a reference to another letter,
// a period, a birthday, a deadline).
const FOREIGN_DATE_BEFORE = /(vom|von|bis|ab|seit|zum|am|geb\.?|geboren|leistungszeitraum|zeitraum|faellig|zahlbar|frist|schreiben|nachricht|bescheid|termin|lieferdatum|leistungsdatum|gueltig|spaetestens|stichtag|per)\s*:?\s*(dem|den)?\s*$/;
// "den" as OCR may read it ("deu", "dcn").
// An e-mail printout is dated by its header ("Gesendet: Donnerstag, 7. Januar 2027 08:41").
// An offer is dated by its "Angebotsdatum".
const LETTER_DATE_LABEL = /(^|\b)(datum|rechnungsdatum|belegdatum|ausstellungsdatum|bescheiddatum|angebotsdatum|schreiben vom den|d[ec][nu]|date|gesendet|sent)\s*:?\s*$/;
// A weekday before a date belongs to it ("Datum: Montag, 4. Januar 2027", "bis Freitag, 13.11.2026").
const GERMAN_WEEKDAYS = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
const WEEKDAY_BEFORE = new RegExp(`\\b(${GERMAN_WEEKDAYS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*$`);
const GERMAN_WEEKDAY_BEFORE = new RegExp(`\\b(${GERMAN_WEEKDAYS}),?\\s*$`);
// … also with the article between weekday and date ("bis spätestens Freitag, den 31. Januar 2031").
const GERMAN_WEEKDAY_DEN_BEFORE = new RegExp(`\\b(${GERMAN_WEEKDAYS}),?\\s*(den|dem)?\\s*$`);

// A date and a dash or "bis" before a date: the second date ends a period. So does a bare day
// before a named month ("23.–24. Oktober 2029", "vom 14. bis 18. Juni 2027").
// So does a day joined by "und" ("18. und 19. September 2029": the two days of an event).
// Two labels and their two values in one row, the second label a date of another letter ("Ihr
// Zeichen / Ihre Anfrage vom: 1.20-VG-2029/0217 / 19.09.2029"): the date after the value of the first
// label and " / " belongs to "vom".
const PAIRED_FOREIGN_DATE = /\/[^/:]*\b(vom|von)\s*:\s*\S+\s+\/\s*$/;
// So does a day offered as the alternative ("am 21. oder 22.11.2030": a delivery on either day).
const PERIOD_END_BEFORE = /\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?\s*(bis|-|–|—)\s*$|(^|[^0-9.])\d{1,2}\.\s*(bis|-|–|—|und|&|oder)\s*$/;
// A form portal's printout dates the application by its submission row.
const SUBMITTED_LABEL = /^\s*(eingereicht|abgesendet|uebermittelt)\s+am\s*:?\s*$/;
const EXPLICIT_DATE_LABEL = /\b(datum|rechnungsdatum|belegdatum|ausstellungsdatum|bescheiddatum|angebotsdatum|briefdatum|invoice date)\s*:?\s*$/;
// "Musterstadt, am 11. Februar 2028": the place alone before the date, with "am" (a weekday is no place).
const PLACE_AM_BEFORE = new RegExp(`^\\s*(?!(${GERMAN_WEEKDAYS}),)[A-ZÄÖÜ][a-zäöüß]{2,}([ -][A-ZÄÖÜ]?[a-zäöüß.]+)*,\\s*am\\s+$`, 'i');
// Capitalised words that stand before a date without being a place.
// Labels ending in -datum, -frist, -termin, -tag ("Leistungsdatum 07.05.2017") are no places either.
const NOT_A_PLACE = /^\s*([a-z]*(datum|termin|frist|tag)|stand|bis|ab|am|vom|seit|per|zum|heute|eingang|eingegangen|geboren|faellig|zahlbar|gueltig|stichtag)\s+$/;

/** The line above ends with a place and a comma ("… Durchwahl  Holzhausen,"), or a row of the
 *  information block's labels ends with a place without one ("Ihr Zeichen, Ihre Nachricht vom …
 *  Durchwahl  Hameln"): the place stands over the letter's date at the end of the row of values. */
function placeAbove(letter: Letter, line: Line): boolean {
  const above = letter.lines[line.index - 1];
  if (above === undefined || above.page !== line.page) return false;
  if (/\s[A-ZÄÖÜ][a-zäöüß]{2,}(-[A-ZÄÖÜ]?[a-zäöüß]+)?,\s*$/.test(above.raw)) return true;
  const place = /\s([A-ZÄÖÜ][a-zäöüß]{2,}(-[A-ZÄÖÜ]?[a-zäöüß]+)?)\s*$/.exec(above.raw);
  return place !== undefined && place !== null && INFO_LABEL_ROW.test(labelFold(above.raw)) && !INFO_LABEL_WORD.test(labelFold(place[1] ?? ''));
}
// Written for loose() text: the noun of compensation, not the verb of settling a sum.
const COMPENSATION = /\b(als|zum) ausgleich\b(?! (des|der|dieses|dieser|ihres|ihrer|unseres|unserer|offene|von)\b)|\bausgleichs(massnahm|pflanz|flach)\w*/g;
// Written for loose() text: applications in general ("Anträge", "Förderanträge") due by a date,
// or the round's closing date itself ("Antragsfrist", "Antragsschluss").
const APPLICATION_ROUND = /(?<!\b(ihre|eure|die|diese|unsere|beide|beiden)\s)\b\w*antrage\b(?:[^.;]|\.(?=\d)){0,60}\b(einzureichen|zu stellen)\b|\b(antragsfrist|antragsschluss|bewerbungsschluss|einsendeschluss)\b/;
// "… können noch …", "… darf noch …", "ist noch bis … möglich" (loose(): umlauts folded to their vowel;
// OCR may lose the space: "könnennoch").
const STILL_ALLOWED = /\b(kann|konnen|darf|durfen)\s*(\w+\s+){0,2}noch\b|\bnoch\s+(bis\b[^.]{0,40}\s)?(moglich|zulassig|erlaubt)\b/;
/** The row above is a row of labels whose last cell is "Datum" (not "Lieferdatum"). */
function dateLabelAbove(letter: Letter, line: Line): boolean {
  const above = letter.lines[line.index - 1];
  return above !== undefined && above.page === line.page && findDates(above.raw).length === 0 && /\S\s+(datum|briefdatum|rechnungsdatum)\s*:?\s*$/.test(labelFold(above.raw));
}
// A row of information-block labels: "Ihr Zeichen", "Ihre Nachricht vom", "Unser/Mein Zeichen".
const INFO_LABEL_ROW = /\b(ihre?|unsere?|meine?)\s+(zeichen|nachricht|schreiben|az|aktenzeichen|geschaeftszeichen)\b/;
// The labels that end such a row without being a place.
const INFO_LABEL_WORD = /^(datum|telefon|telefax|fax|durchwahl|zimmer|bearbeiter(in)?|sachbearbeiter(in)?|name|ansprechpartner(in)?|auskunft|e-mail|email|mail|tel|raum|nebenstelle|geschaeftszeichen|aktenzeichen|zeichen|vom|sprechzeiten|internet|kundennummer|rechnungsnummer|seite)$/;
// The receipt stamp's label right before its date.
const RECEIPT_STAMP_BEFORE = /\b(eingang|eingegangen|posteingang|eingangsstempel)\s*(am|:)?\s*:?\s*$/;

/** The dated row belongs to a transmission header: an e-mail's "Gesendet:" row, or "Von:" and "An:"
 *  rows around it (an e-mail's header, a fax cover sheet). Its date is the day the document was sent. */
function transmissionHeader(letter: Letter, line: Line): boolean {
  if (/^\s*(gesendet|sent)\s*:/i.test(line.raw)) return true;
  const near = letter.lines.filter((l) => l.page === line.page && Math.abs(l.index - line.index) <= 6 && l.zone !== 'footer');
  return near.some((l) => /^\s*(von|from)\s*:/i.test(l.raw)) && near.some((l) => /^\s*(an|to)\s*:/i.test(l.raw));
}

// The invoice's own date, labelled, with the date right after the label ("Rechnungsdatum: 06.04.2027").
const INVOICE_DATE_LABEL = /\b(rechnungsdatum|belegdatum|invoice date)\s*:?\s*$/;
const INVOICE_DATE_WORDS = ['rechnungsdatum', 'belegdatum'];
// How long a firm takes at most to fax or mail an invoice after issuing it; an older invoice date
// is quoted (a reminder recalls the invoice it chases).
const TRANSMISSION_DAYS = 14;
/** `date` lies on or up to TRANSMISSION_DAYS before the day `sent`: written, then sent. */
const writtenBeforeSending = (date: string, sent: string) => date <= sent && date >= addDays(sent, -TRANSMISSION_DAYS);

/** An invoice sent by fax or e-mail is dated by its Rechnungsdatum, not by the cover's or the
 *  e-mail header's sending date (README: 415, 524): the one labelled invoice date in the document,
 *  issued a few days before it was sent. */
function invoiceDateBehindCover(letter: Letter, sent: string): Found<string> | undefined {
  const found: Found<string>[] = [];
  for (const line of letter.lines) {
    if (line.zone === 'footer') continue;
    for (const hit of findDates(line.raw)) {
      // OCR damages the label ("Reehnungsdatum"): repaired up to OCR noise.
      if (INVOICE_DATE_LABEL.test(repairKeywords(labelFold(line.raw.slice(0, hit.start)), INVOICE_DATE_WORDS))) found.push({ value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Rechnungsdatum (nicht Sendedatum)' });
    }
  }
  const issued = found[0];
  if (!issued || found.some((f) => f.value !== issued.value)) return undefined;
  return issued.value < sent && writtenBeforeSending(issued.value, sent) ? issued : undefined;
}

// A row of underscores (or dots) to sign or write on, with nothing else on it.
const SIGNATURE_RULE = /^[\s_.]*_{5,}[\s_.]*$/;

/** The date a form was filled in: "Musterstadt, 02.03.2026   K. Berger" right above the caption
 *  "Ort, Datum   Unterschrift". */
function formSignatureDate(letter: Letter): Found<string> | undefined {
  const rows = rowLines(letter);
  for (const [i, line] of rows.entries()) {
    // OCR reads the O as a zero ("0rt, Datum").
    const caption = /^\s*([o0]rt\s*[,/]?\s*(und\s+)?datum|datum\s*[,/]?\s*[o0]rt)\b/i.exec(line.raw);
    if (!caption) continue;
    // A form whose fields are "label: value" rows fills the caption in on its own row
    // ("Ort, Datum:   Lindau, 02.03.2026").
    const filled = findDates(line.raw).find((h) => h.start >= caption[0].length);
    if (filled && /^\s*:?\s*([A-Za-zÄÖÜäöüß .-]{3,40},\s*(den\s*)?)?$/.test(line.raw.slice(caption[0].length, filled.start))) {
      return { value: filled.iso, source: sourceOf(line, filled.start, filled.end), rule: 'Ort, Datum (Formular)' };
    }
    // The signature rule ("______   ______") may stand between the filled-in row and the caption;
    // where OCR drops it as noise it leaves a gap, which a row opening with "Place, date" bridges.
    const ruleAbove = rows[i - 1] !== undefined && SIGNATURE_RULE.test(rows[i - 1]?.raw ?? '') && !line.gapBefore;
    const above = rows[ruleAbove ? i - 2 : i - 1];
    const gap = ruleAbove ? rows[i - 1]?.gapBefore === true : line.gapBefore;
    const hit = above && above.page === line.page ? findDates(above.raw)[0] : undefined;
    const signedRow = gap ? /^\s*[A-ZÄÖÜ][A-Za-zÄÖÜäöüß .-]{2,39},\s*(den\s*)?$/ : /^\s*([A-Za-zÄÖÜäöüß .-]{3,40},\s*(den\s*)?)?$/;
    if (above && hit && signedRow.test(above.raw.slice(0, hit.start))) {
      return { value: hit.iso, source: sourceOf(above, hit.start, hit.end), rule: 'Ort, Datum (Formular)' };
    }
    // The caption printed above the filled-in row ("Ort, Datum, Unterschrift" / "Lindau, 02.03.2026
    // K. Berger"): the place and the date open the row right under it.
    // OCR may read the comma as a full stop ("Lindau. 02.03.2026").
    const below = rows[i + 1];
    const filledBelow = below && below.page === line.page && !below.gapBefore ? findDates(below.raw)[0] : undefined;
    if (below && filledBelow && /^\s*[A-Za-zÄÖÜäöüß -]{3,40}[,.]\s*(den\s*)?$/.test(below.raw.slice(0, filledBelow.start))) {
      return { value: filledBelow.iso, source: sourceOf(below, filledBelow.start, filledBelow.end), rule: 'Ort, Datum (Formular)' };
    }
  }
  return undefined;
}

const BOX_DRAWING = /[\u2500-\u257f]/g;
// Two labels and their two dates in the same order: "Rechnungsdatum / Lieferdatum 06.09.2027 / 03.09.2027".
const TWO_LABELS = /([a-z]+)\s*\/\s*([a-z]+)\s*:?\s*$/;

/** The text before the k-th date of a line, with a pair of labels sorted to their dates: the
 *  first date keeps the first label, the second (right after "/") gets the second label. */
function pairedLabel(raw: string, hits: DateHit[], k: number): string {
  const hit = hits[k];
  if (!hit) return '';
  // The hits' offsets are the raw line's: fold each slice (a folded umlaut is two letters).
  const before = labelFold(raw.slice(0, hit.start));
  const next = hits[k + 1];
  if (next && /^\s*\/\s*$/.test(raw.slice(hit.end, next.start))) {
    const labels = TWO_LABELS.exec(before);
    if (labels) return `${before.slice(0, labels.index)}${labels[1]} `;
  }
  const previous = hits[k - 1];
  if (previous && /^\s*\/\s*$/.test(raw.slice(previous.end, hit.start))) {
    const labels = TWO_LABELS.exec(labelFold(raw.slice(0, previous.start)));
    if (labels) return `${labels[2]} `;
  }
  return before;
}

const WEEKDAY_NUMBERS: Record<string, number> = { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6 };

/** A date named with its weekday ("Montag, 19. April 2028") that falls on another day: OCR misread
 *  a digit of the day. The one reading with one digit corrected that falls on the weekday is the
 *  date printed; otherwise the date stays as read. */
function weekdayChecked(line: Line, iso: string): string {
  const hit = findDates(line.raw).find((h) => h.iso === iso);
  const weekday = hit ? GERMAN_WEEKDAY_BEFORE.exec(labelFold(line.raw.slice(0, hit.start)))?.[1] : undefined;
  const wanted = weekday ? WEEKDAY_NUMBERS[weekday] : undefined;
  const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
  if (wanted === undefined || dayOfWeek(iso) === wanted) return iso;
  const day = iso.slice(8, 10);
  const readings = [0, 1].flatMap((i) => {
    const printed = PRINTED_DIGIT_OF[day[i] ?? ''];
    if (!printed) return [];
    const corrected = isoDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(`${day.slice(0, i)}${printed}${day.slice(i + 1)}`));
    return corrected && dayOfWeek(corrected) === wanted ? [corrected] : [];
  });
  return readings.length === 1 ? (readings[0] as string) : iso;
}

// The marker of a forwarded e-mail, above the original message's own header rows.
const FORWARD_MARKER = /(weitergeleitete nachricht|forwarded message|urspruengliche nachricht weitergeleitet)/;
// A header row of an e-mail that dates it ("Datum: So., 9. Apr. 2028 um 19:52", "Gesendet: …").
const MAIL_DATE_ROW = /^\s*(datum|gesendet|date|sent)\s*:/;

/** A forwarded e-mail is dated by the original message (its writer is the sender, parties.ts), not
 *  by the colleague's forwarding header: the first dated header row below the last marker. */
function forwardedMessageDate(letter: Letter): Found<string> | undefined {
  const marker = letter.lines.findLast((line) => line.zone !== 'footer' && FORWARD_MARKER.test(labelFold(line.raw)));
  if (!marker) return undefined;
  for (const line of letter.lines.filter((l) => l.page === marker.page && l.index > marker.index && l.index <= marker.index + 6)) {
    if (!MAIL_DATE_ROW.test(labelFold(line.raw))) continue;
    const hit = findDates(line.raw)[0];
    if (hit) return { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Datum der weitergeleiteten Nachricht' };
  }
  return undefined;
}

/** The document dated "vom" is an earlier one the letter is about: a reminder's or cancellation's
 *  invoice ("2. Mahnung – Rechnung R-29-0418 vom 20.11.2029", "Stornorechnung … zu Rechnung … vom"),
 *  or a notice named on a later line of the subject block under the letter's own title ("Antrag auf
 *  Stundung …" / "Bescheid vom 23.01.2030 – Kassenzeichen …"). */
function quotesEarlierDocument(letter: Letter, line: Line, before: string): boolean {
  // The earlier document is joined by a dash or a preposition; a credit note's own title ("Gutschrift
  // (Selbst ausgestellte Rechnung) (389) Nr. 471102 vom 05.03.2018") names no other one.
  if (/(mahnung|zahlungserinnerung|erinnerung|storno\w*|korrektur|gutschrift)\b.{0,80}(\b(zu|zur|zum|fuer|betr|betreffend|aus|unserer?|unseres)\b\.?|\s[–—:-])\s*([a-z]+\s+)?(rechnung|abrechnung|bescheid|angebot)\b.{0,80}\bvom\s*$/.test(before)) return true;
  return letter.subjectLines.indexOf(line.index) > 0;
}

/** The date the letter was written: a labelled date ("Datum:", "Rechnungsdatum"), else
 *  "Ort, den 12.03.2024", else the first free-standing date in the letter's header. */
export function extractLetterDate(letter: Letter): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const header = letter.lines.filter((line) => line.page === firstPage && (letter.salutation === undefined ? line.top < 0.6 : line.index <= letter.salutation));
  // A form is dated where it is signed: the date filled in above the caption "Ort, Datum" wins
  // over the dates its fields ask for (event date, offence date) in the header.
  const signed = formSignatureDate(letter);
  if (signed && letter.salutation === undefined) return signed;
  const forwarded = forwardedMessageDate(letter);
  if (forwarded) return forwarded;
  let best: { score: number; found: Found<string>; line?: Line } | undefined;
  // An information block with the labels in one row and the values in the next: the value under
  // "Datum" is the letter date, the one under "Ihre Nachricht vom" is not.
  for (const line of header) {
    if (line.zone !== 'reference' && line.zone !== 'date' && line.zone !== 'letterhead' && line.zone !== 'body') continue;
    for (const cell of infoBlockValues(letter, line)) {
      if (!/^(datum|rechnungsdatum|briefdatum)$/.test(cell.label)) continue;
      const own = findDates(cell.value)[0];
      // Read as plain text the row's last token stands under "Datum": a date written out ("15.
      // November 2029") is several tokens, the one that holds the last of them is the cell's.
      const spanning = own ? undefined : findDates(cell.line.raw).find((h) => h.start < cell.end && h.end > cell.start);
      const hit = own ? { ...own, start: cell.start + own.start, end: cell.start + own.end } : spanning;
      if (hit && (!best || best.score < 3)) best = { score: 3, found: { value: hit.iso, source: sourceOf(cell.line, hit.start, hit.end), rule: 'Datum im Informationsblock' } };
    }
  }
  for (const line of header) {
    // A box-drawn table row ("│ Datum │ 25.06.2027 │"): the rules stand between label and date.
    const hits = findDates(line.raw);
    // A table cell split off its row: the label stands in the cell before ("Datum" | "25.06.2027").
    const cellBefore = letter.lines[line.index - 1];
    const rowLabel = cellBefore && cellBefore.row === line.row && cellBefore.page === line.page
      ? labelFold(cellBefore.raw).replace(BOX_DRAWING, ' ') : '';
    for (const [k, hit] of hits.entries()) {
      const ownBefore = pairedLabel(line.raw.replace(BOX_DRAWING, ' '), hits, k);
      const before = (ownBefore.trim() === '' && rowLabel ? `${rowLabel} ${ownBefore}` : ownBefore).replace(WEEKDAY_BEFORE, '');
      // The end of a period ("Abrechnungszeitraum 01.03.2027 – 31.03.2027") dates the service, not the letter.
      if (PERIOD_END_BEFORE.test(before)) continue;
      // The recipient's receipt stamp ("Stadt Musterstadt – Eingang 18. Nov. 2029 – Poststelle",
      // "Eingegangen am 03.12.2029") dates the day the letter arrived, never the day it was written.
      if (RECEIPT_STAMP_BEFORE.test(before)) continue;
      let score = 0;
      let rule = 'Datum im Briefkopf';
      if (LETTER_DATE_LABEL.test(before) && !/(liefer|leistungs|faelligkeits)datum\s*:?\s*$/.test(before)) { score = 3; rule = 'Datumsangabe'; }
      // "Ihr Bescheid vom", "Widerspruch gegen den Bescheid vom": the addressee's document, not this letter's.
      // OCR reads the h of "Ihr" as b and the I as l ("Ibr Gebührenbescheid vom …").
      else if (/(rechnung|gutschrift|invoice|abrechnung|mahnung|angebot|bescheid)\b.{0,80}\b(vom|issued (at|on)|dated)\s*$/.test(before) && !/(?<![a-z])([il1|][hb]r(e|en|em|er)?|gegen)\b.{0,80}$/.test(before) && !quotesEarlierDocument(letter, line, before)) { score = 2.8; rule = 'Belegdatum'; }
      else if (/\b(invoice date|issued (at|on)|date of issue)\s*:?\s*$/.test(before)) { score = 3; rule = 'Datumsangabe'; }
      else if (/^[a-zäöüß .-]{3,40},\s*(den\s*)?$/i.test(line.raw.slice(0, hit.start)) || PLACE_AM_BEFORE.test(line.raw.slice(0, hit.start))) { score = 3; rule = 'Ort, Datum'; }
      // "Ort, Datum" at the right end of an "Ihr Zeichen" row ("Ihr Zeichen: 9.60.10-U-2026/006
      // Musterstadt, 24.03.2026"): a capitalised place and a comma right before a date that ends the line.
      // Austrian letters write "am" ("Salzburg, am 12. März 2029").
      else if (/\s[A-ZÄÖÜ][a-zäöüß]{2,}(-[A-ZÄÖÜ]?[a-zäöüß]+)?,\s*((den|am)\s*)?$/.test(line.raw.slice(0, hit.start)) && line.raw.slice(hit.end).trim() === '') { score = 2.9; rule = 'Ort, Datum'; }
      // A row of labels ending in "Datum" over a row of values ending in a date ("Ihre Bestellung
      // Lieferdatum  Kundennummer  Rechnung  Datum" / "… 29.11.2029  D-0318  R 29/2207  05.12.2029"):
      // the date under "Datum" is the letter's, the others are the cells' before it.
      else if (line.raw.slice(hit.end).trim() === '' && line.raw.slice(0, hit.start).trim() !== '' && dateLabelAbove(letter, line)) { score = 3; rule = 'Datum im Informationsblock'; }
      // The place alone on the row above, the date alone at the row's end below ("… Musterstadt," /
      // "Kassenzeichen: …  05.02.2026"): an information block with "Ort, Datum" split over two rows.
      else if (line.raw.slice(hit.end).trim() === '' && placeAbove(letter, line)) { score = 2.9; rule = 'Ort, Datum'; }
      // "Musterstadt 02.06.26": place and date alone on their line, the comma left out.
      else if (/^\s*[A-ZÄÖÜ][a-zäöüß]{2,}(-[A-ZÄÖÜ]?[a-zäöüß]+)?\s+$/.test(line.raw.slice(0, hit.start)) && !NOT_A_PLACE.test(before) && line.raw.slice(hit.end).trim() === '') { score = 2.9; rule = 'Ort, Datum'; }
      // A portal's submission row ("Eingereicht am: 06.08.2029, 21:14 Uhr") dates the application (README: 361).
      else if (SUBMITTED_LABEL.test(before)) { score = 3; rule = 'Datumsangabe'; }
      else if (FOREIGN_DATE_BEFORE.test(before) || PAIRED_FOREIGN_DATE.test(before) || /(liefer|leistungs|faelligkeits|geburts)datum\s*:?\s*$/.test(before)) continue;
      // The recipient's address carries no date of the letter: an unlabelled "date" there with a
      // two-digit year is a department code ("Ordnungswidrigkeiten und Außendienst (3.10.20)"). A
      // full date is the information block's, which OCR ran into an address line without its label
      // ("Markt 1: 03.11.2025").
      else if (line.zone === 'address' && !/\d{4}\s*$/.test(line.raw.slice(hit.start, hit.end))) continue;
      // A date alone on the line the layout reads as the date line ("05.03.30" between the address and
      // the subject) is the letter's, above a document the subject names ("Bußgeldbescheid vom …").
      else if (line.raw.slice(0, hit.start).trim() === '' && line.raw.slice(hit.end).trim() === '') score = line.zone === 'date' ? 2.4 : 2;
      else score = 1;
      if (line.zone === 'subject' || line.zone === 'body') score -= 0.5;
      // Two dates alone on their lines, their labels printed apart (an information block read column
      // by column: "Ihre Abrechnung vom" … "Datum" over "05.04.2028" … "19.04.2028"): the letter is
      // not older than the letter it answers, so the later date is its own.
      const laterBare = best?.found.rule === 'Datum im Briefkopf' && rule === 'Datum im Briefkopf' && score === best.score && score >= 1.5 && hit.iso > best.found.value;
      if (!best || score > best.score || laterBare) best = { score, found: { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule }, line };
    }
  }
  // Without a salutation the header ends at 60 % of the page, but an invoice's "Rechnungsdatum:" row
  // may sit lower (a fax cover block above it): an explicitly labelled date on the first page counts.
  // So may a portal printout's "Eingereicht am:" row below a cover note whose header has no date.
  if (letter.salutation === undefined ? !best || best.score < 2.5 : !best) {
    for (const line of letter.lines) {
      if (line.page !== firstPage || header.includes(line) || line.zone === 'footer') continue;
      const folded = labelFold(line.raw);
      const hit = findDates(line.raw).find((h) => EXPLICIT_DATE_LABEL.test(folded.slice(0, h.start)) || SUBMITTED_LABEL.test(folded.slice(0, h.start)));
      if (hit) { best = { score: 2.5, found: { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Datumsangabe' } }; break; }
    }
  }
  if (best?.line && transmissionHeader(letter, best.line)) {
    const issued = invoiceDateBehindCover(letter, best.found.value);
    if (issued) return issued;
    // A fax cover sheet in front of a signed form: the form is dated where it was signed, a few
    // days at most before it was sent (README: 524, 1045).
    if (signed && writtenBeforeSending(signed.value, best.found.value)) return signed;
  }
  // A fax machine's transmission line ("10.07.2029 08:47  FAX +49 …  S. 1/1") is the day the letter
  // was sent; the letter dated at its foot a few days before is dated there (README: 1010).
  if (best?.line && best.score < 2.5 && FAX_LINE.test(best.line.raw)) {
    const foot = footDate(letter, header);
    if (foot && writtenBeforeSending(foot.value, best.found.value)) return foot;
  }
  if (best?.line) return { ...best.found, value: weekdayChecked(best.line, best.found.value) };
  if (best) return best.found;
  // A mailing dated with its month only ("im Januar 2030" where the date stands) has no day to
  // give; the places and dates of its events in the text below are no "Ort, Datum".
  if (header.some((line) => MONTH_ONLY_DATE.test(labelFold(line.raw)))) return undefined;
  return footDate(letter, header);
}

// "im Januar 2030", "Januar 2030" alone on its line (or at the right end of the address block's line);
// OCR may read a 0 of the year as o.
const MONTH_ONLY_DATE = new RegExp(`(^|\\s{3,})(im\\s+)?(${Object.keys(GERMAN_MONTHS).join('|')})\\s+[12][0-9oil]{3}\\s*$`);

// A fax machine's header line: the date and time of sending next to "FAX" and the sender's number.
const FAX_LINE = /^\s*\S+\s+\d{1,2}:\d{2}(:\d{2})?\s.*\b(fax|telefax|von|from)\b/i;

/** A date alone on its line below the letter's text (after the address and the salutation, if
 *  any), the line above it no label ("Termin:") that it would answer. */
function bareDateBelowText(letter: Letter, line: Line, hit: DateHit): boolean {
  if (line.raw.slice(0, hit.start).trim() !== '' || line.raw.slice(hit.end).trim() !== '') return false;
  if (letter.address && line.index <= letter.address.end) return false;
  if (letter.salutation !== undefined && line.index <= letter.salutation) return false;
  const above = letter.lines.slice(0, line.index).reverse().find((l) => l.raw.trim() !== '');
  return !above || !/:\s*$/.test(above.raw);
}

/** Forms and letters written with the date at the foot, by the signature ("Musterstadt, 22.09.2025
 *  … Ort, Datum"): the last "Ort, Datum" below the header. */
function footDate(letter: Letter, header: Line[]): Found<string> | undefined {
  let found: Found<string> | undefined;
  let bare: Found<string> | undefined;
  for (const line of letter.lines) {
    if (line.zone === 'footer' || header.includes(line)) continue;
    const hit = findDates(line.raw)[0];
    // OCR reads a place's initial O as 0 ("0stbrück, den 21.03.2029").
    if (hit && /^\s*[0A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß .-]{2,39},\s*((den|am)\s*)?$/.test(line.raw.slice(0, hit.start))) {
      found = { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Ort, Datum (Unterschrift)' };
    } else if (hit && /^\s*[0A-ZÄÖÜ][a-zäöüß]{2,}([ -][A-ZÄÖÜ][a-zäöüß]+)*\.\s*$/.test(line.raw.slice(0, hit.start)) && line.raw.slice(hit.end).trim() === '') {
      // OCR reads the comma after the place as a full stop ("Musterstadt. 29.10.2030").
      found = { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Ort, Datum (Unterschrift)' };
    } else if (hit && !found && bareDateBelowText(letter, line, hit)) {
      // Short letters and notes typed from handwriting put the bare date under the signature ("24.10.30").
      bare = { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Datum unter der Unterschrift' };
    }
  }
  return found ?? bare;
}

/** The clause (between commas, semicolons or an "oder" that offers the alternative) around a
 *  range: discount terms stay in their clause ("… mit 2 % Skonto oder bis zum … ohne Abzug").
 *  The decimal comma of a sum ("2 % Skonto (32,45 EUR) bei Zahlung bis …") parts no clause. */
function clauseAround(text: string, start: number, end: number): string {
  const separators = [...text.matchAll(/;|,(?!\d)|(?<!\d),|\boder\b/gi)];
  const from = Math.max(0, ...separators.filter((m) => m.index + m[0].length <= start).map((m) => m.index + m[0].length));
  const next = separators.find((m) => m.index >= end);
  return text.slice(from, next?.index ?? text.length);
}

const NUMBER_WORDS: Record<string, number> = {
  eins: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwoelf: 12, vierzehn: 14, fuenfzehn: 15, zwanzig: 20, einundzwanzig: 21, dreissig: 30, vierzig: 40, sechzig: 60,
};

// The words the deadline rules read, in loose() form: OCR damage to them ("zahibar", "zurn",
// "spatesteris", "Taqen", "Entschcidung", "f allig") is repaired before the rules see the text.
const DEADLINE_VOCABULARY = [
  'zahlbar', 'zahlen', 'zahlung', 'zahlungsziel', 'zahlungsfrist', 'zahlungstermin', 'zahlungseingang', 'fallig', 'falligkeit',
  'falligkeitsdatum', 'spatestens', 'innerhalb', 'binnen', 'innert', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monaten',
  'monats', 'kalendertagen', 'werktagen', 'bis', 'zum', 'den', 'dem', 'der', 'von', 'uberweisen', 'uberweisung', 'begleichen',
  'ausgleichen', 'einzahlen', 'entrichten', 'betrag', 'beitrag', 'rechnung', 'rechnungsdatum', 'rechnungsbetrag',
  'rechnungsstellung', 'gesamtbetrag', 'forderung', 'sofort', 'umgehend', 'unverzuglich', 'netto', 'abzug', 'frist',
  'entscheidung', 'mitzuteilen', 'mitteilen', 'antwort', 'stellungnahme', 'erhalt', 'zugang', 'eingang', 'zustellung',
  'datum', 'schreibens', 'nachsten', 'bitte', 'bitten', 'einreichen', 'vorlegen', 'nachreichen', 'zurucksenden',
  'ubermitteln', 'einzureichen', 'vorzulegen', 'uberweise', 'nach', 'seit', 'ohne', 'angebot', 'auftragsbestatigung',
  'bestellbestatigung', 'kostenvoranschlag', 'rahmenvertrag', 'lastschrift', 'lastschriftmandat', 'eingezogen', 'abgebucht', 'abbuchen',
  'rechtsbehelfsbelehrung', 'widerspruch', 'einspruch', 'gultig', 'gebunden', 'bindefrist',
  'senden', 'ubersenden', 'verwendungsnachweis',
];

const LOOSE_NUMBER_WORDS: Record<string, number> = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([word, n]) => [loose(word), n]));

function fold(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** Folding for the deadline rules: OCR often loses the dots of an umlaut ("Uberweisen",
 *  "fallig") or reads an accent into a letter ("Ausgleích"), so umlauts and their spelt-out form
 *  both become the bare vowel ("faellig", "fällig", "fallig" → "fallig"); the length may change. */
export function loose(text: string): string {
  return repairKeywords(looseFold(text), DEADLINE_VOCABULARY);
}

function looseFold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

function quantity(token: string): number | undefined {
  const cleaned = token.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  if (/^\d{1,3}$/.test(cleaned)) return Number(cleaned);
  // OCR reads e as c ("ciner Woche", "zchn Tagen").
  return NUMBER_WORDS[fold(token)] ?? LOOSE_NUMBER_WORDS[loose(token)] ?? LOOSE_NUMBER_WORDS[loose(token).replace(/c/g, 'e')];
}

function unitDays(unit: string, n: number): number {
  const u = loose(unit);
  if (u.startsWith('woche')) return n * 7;
  if (u.startsWith('monat')) return n * 30;
  return n;
}

// Written for loose() text. "zum" as OCR reads it ("zurn", "zurn."), stray signs before the date.
// English: "… to transfer the outstanding amount of EUR 3,927.50 by 28 March 2029".
const ZUM = '(zum|zurn|zun|zuin|spatestens)';
const ABSOLUTE_DUE = new RegExp(`(zahlbar|fallig|zu zahlen|zu uberweisen|zahlungsziel|zahlungsfrist|frist|spatestens|einzahlen|uberweisen|begleichen|ausgleichen|eingehend|(?<![a-z])zahlung|zahlungstermin)[^.]{0,50}?(bis\\s*${ZUM}?|am|zum|per|:)\\s*(den)?[\\s,.]*$|\\bbis\\s*${ZUM}?\\s*(den)?[\\s,.]*$|\\bfalligkeit(sdatum)?\\s*:?\\s*$|\\b(remit|payable|pay|due?)\\s*(until|by|on|date)\\s*:?\\s*$|\\b(transfer|pay|settle|remit)\\b(?:[^.]|(?<=\\d)\\.(?=\\d)){0,80}\\bby\\s*$`);
const BIS_ONLY = new RegExp(`\\bbis\\s*${ZUM}?\\s*(den)?[\\s,.]*$`);
// "spätestens 10 Tage nach Rechnungsdatum": the latest day, counted like a period. A bilingual
// letter names the unit twice ("14 dagen / Tage na factuurdatum / nach Rechnungsdatum").
// A payment-terms label counts as well ("Zahlungsfrist: 21 Tage ab Rechnungsdatum").
const RELATIVE_ALL = /\b(innerhalb|binnen|innert|in|zahlbar|zahlungsziel|zahlungsfrist|falligkeit|netto|spatestens)[\s.,]*(von|der nachsten)?[\s:.,]*([0-9OIl]{1,3}|[a-z]+)\s*(?:[a-z]+\s*\/\s*)?(kalender|werk|bank)?(tag|tage|tagen|woche|wochen|monat|monaten|monats)(?:\b|(?=(nach|ab|unter|ohne|seit|netto)\b))/g;
// A day of a month the letter names in words, for loose() text: "bis zum 15. des auf das Datum
// dieses Bescheides folgenden Monats" (the month after the letter date), "zum 15. des zweiten
// Quartalsmonats" / "des zweiten Monats des Quartals" (of the quarter the sentence or subject names).
const DAY_OF_NAMED_MONTH = /\b(zum|am|bis)\s+(\d{1,2})\.\s*(?:des|eines)\s+(?:(?:auf\s+[^.]{0,60}?\s+)?(?:folgenden|nachsten|nachstfolgenden)\s+monats|(ersten|zweiten|dritten|[123]\.)\s+(?:quartalsmonats|monats\s+(?:des|eines)\s+quartals)|(folgemonats))\b/g;
const ORDINALS: Record<string, number> = { ersten: 1, zweiten: 2, dritten: 3, '1.': 1, '2.': 2, '3.': 3 };

/** The date a DAY_OF_NAMED_MONTH match names, or undefined when its month is not known. */
function dayOfNamedMonth(m: RegExpMatchArray, sentence: string, letter: Letter, letterDate: string | undefined): string | undefined {
  const day = Number(m[2]);
  // "… des auf die Zustellung folgenden Monats" counts from receipt, which the letter does not date.
  if (!letterDate || /(bekanntgabe|zugang|zustellung|erhalt|eingang|empfang|lieferung|auszahlung|abnahme)/.test(m[0])) return undefined;
  const [year, month] = letterDate.split('-').map(Number) as [number, number];
  if (!m[3]) return month === 12 ? isoDate(year + 1, 1, day) : isoDate(year, month + 1, day);
  const subject = letter.subjectLines.map((i) => loose(letter.lines[i]?.raw ?? '')).join(' ');
  const quarter = /\b([1-4])\.\s*quartals?\b(?:\s+(\d{4}))?/.exec(sentence) ?? /\b([1-4])\.\s*quartals?\b(?:\s+(\d{4}))?/.exec(subject);
  if (!quarter) return undefined;
  const q = Number(quarter[1]);
  return isoDate(quarter[2] ? Number(quarter[2]) : year, (q - 1) * 3 + (ORDINALS[m[3]] ?? 1), day);
}
// "bis Ende Juli 2027" (loose() text): the month's last day, in a sentence that asks for payment.
// The month names as loose() spells them, January first.
const LOOSE_MONTHS = ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const LOOSE_MONTH = LOOSE_MONTHS.join('|');
const END_OF_MONTH = new RegExp(`\\b(?:bis|spatestens)\\s+(?:zum\\s+)?ende\\s+(?:des\\s+monats\\s+)?(${LOOSE_MONTH})\\b(?:\\s+(\\d{4}))?`, 'g');
// "bis Ende des Monats", "bis zum Monatsende": the last day of the letter's month; "bis Ende des
// nächsten Monats", "bis zum Ende des Folgemonats": of the month after it.
const END_OF_LETTER_MONTH = new RegExp(`\\b(?:bis|spatestens)\\s+(?:zum\\s+)?(?:ende\\s+(?:des|dieses)\\s+(?:laufenden\\s+)?(nachsten\\s+|folge)?monats(?!\\s+(?:${LOOSE_MONTH})\\b)|(folge)?monatsende)\\b`, 'g');
// "bis zum Jahresende", "bis Ende des Jahres (2027)", "bis Ende 2027": the last day of that year
// (of the letter's year without one), in a sentence that asks for payment.
const END_OF_YEAR = /\b(?:bis|spatestens)\s+(?:zum\s+)?(?:jahresende|ende\s+des\s+(?:laufenden\s+)?(?:kalender)?jahres(?:\s+(\d{4}))?|ende\s+(\d{4}))\b/g;
// "Ich bitte jetzt um Zahlung bis Ende November" asks for payment as well.
const PAYMENT_REQUEST_VERB = /(zahlen sie|zahlbar|zu zahlen|uberweisen sie|zu uberweisen|begleichen sie|zu begleichen|entrichten sie|zu entrichten|\bbitten?\b[^.]{0,20}\bum\s+(?:die\s+|ihre\s+)?(?:zahlung|uberweisung|begleichung|ausgleich))/;

/** The last day of a month named without a day; without a year, the next such month from the letter date. */
function endOfNamedMonth(monthName: string, yearText: string | undefined, letterDate: string | undefined): string | undefined {
  const month = GERMAN_MONTHS[monthName];
  if (month === undefined) return undefined;
  let year = yearText ? Number(yearText) : undefined;
  if (year === undefined) {
    if (!letterDate) return undefined;
    const [letterYear, letterMonth] = letterDate.split('-').map(Number) as [number, number];
    year = month < letterMonth ? letterYear + 1 : letterYear;
  }
  return lastDayOfMonth(year, month);
}

/** The last day of a month (1–12; 13 is January of the next year), as an ISO date. */
function lastDayOfMonth(year: number, month: number): string | undefined {
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0));
  return isoDate(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
}
const NETTO_DAYS = /\b([0-9]{1,3})\s*(tage?|days?)\s*(netto|rein netto|ohne abzug|net)\b/;
// A request to pay at once names no date either: "Bitte zahlen Sie den Gesamtbetrag sofort", "überweisen
// Sie den Betrag umgehend" is due on the letter's date, like "zahlbar sofort".
const IMMEDIATE = /\b(sofort|umgehend|ohne abzug sofort|unverzuglich)\s*(und\s+)?(ohne abzug\s+)?(zahlbar|fallig|zu zahlen|zur zahlung|ohne abzug|nach erhalt)|\b(zahlbar|fallig|zahlung)\s*(ist)?\s*(sofort|umgehend)|\b(zahlen|uberweisen|begleichen|entrichten) sie\b[^.!?]{0,60}\b(sofort|umgehend|unverzuglich)\b/;

/** Consecutive lines of one paragraph joined into one text: German puts the verb after the date
 *  ("bis zum 01.09.2025 zu überweisen"), and OCR breaks a date or a number and its unit over two
 *  lines ("bis zum 1.\nMai 2026", "innerhalb von 10\nTagen"). Offsets map back to the lines. */
interface Paragraph { text: string; parts: { line: Line; start: number }[] }

/** A deadline set off on a line of its own between blank lines, in the middle of its sentence
 *  ("Bitte senden Sie den Fragebogen" / "   bis zum 22.09.2028" / "an uns zurück."). */
function setOffDeadline(line: Line): boolean {
  return /^\s*(bis|spatestens|zum|am)\b/.test(loose(line.raw)) && findDates(line.raw).length === 1 && line.raw.trim().split(/\s+/).length <= 5;
}

/** A bare date set off on a line of its own after a line that ends in "bis zum" ("Wir fordern Sie
 *  auf, den Betrag … bis zum" / "   03.02.2031" / "auf unser Konto … zu überweisen."). */
function setOffDate(line: Line, previous: Line): boolean {
  const hits = findDates(line.raw);
  return hits.length === 1 && line.raw.replace(/[\s,.]/g, '').length <= (hits[0]?.end ?? 0) - (hits[0]?.start ?? 0)
    && /\b(bis|spatestens|zum|am)\s*(den)?\s*$/.test(loose(previous.raw));
}

/** A sum set off on a line of its own between blank lines, in the middle of its sentence ("… also
 *  insgesamt" / "   412,80 Euro," / "und zwar bis zum 30. April 2030 auf mein Konto"). */
function setOffAmount(line: Line): boolean {
  return /^\s*(€|eur|euro)?\s*\d{1,3}(\.\d{3})*(,(\d{2}|-{1,2}))?\s*(€|eur|euro)?\s*[,;]?\s*$/i.test(line.raw) && /(€|eur|euro)/i.test(line.raw);
}

function paragraphs(lines: Line[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | undefined;
  let previous: Line | undefined;
  let previousDateAlone = false;
  for (const line of lines) {
    // Such a deadline line continues the unfinished sentence above it, and the sentence goes on below.
    // So does a sum set off that way.
    const dateAlone = previous !== undefined && setOffDate(line, previous);
    const continued = previous !== undefined && !/[.!?:;]\s*$/.test(previous.raw) && (setOffDeadline(line) || setOffDeadline(previous) || setOffAmount(line) || setOffAmount(previous) || dateAlone || previousDateAlone);
    previousDateAlone = dateAlone;
    const startsNew = !current || !previous || previous.page !== line.page || line.gapBefore && !continued
      || /[.!?:]\s*$/.test(previous.raw) && /^\s*(\d{1,2}\.\s|[-–•·*]\s)/.test(line.raw);
    if (startsNew || !current) {
      current = { text: '', parts: [] };
      result.push(current);
    }
    if (current.text) current.text += ' ';
    current.parts.push({ line, start: current.text.length });
    current.text += line.raw;
    previous = line;
  }
  return result;
}

/** Payment terms printed one per line without punctuation ("bei Zahlung bis 14.05.2029 abzüglich
 *  2 % Skonto (94,32 €) = 4.621,65 €" / "zahlbar bis 03.06.2029 ohne Abzug"): the date's own line
 *  names the net term ("ohne Abzug", "netto") and no discount, so the Skonto line above does not
 *  make it a discount date. */
function netTermOnOwnLine(paragraph: Paragraph, hit: DateHit): boolean {
  const part = paragraph.parts.findLast((candidate) => candidate.start <= hit.start);
  if (!part) return false;
  const own = loose(clauseAround(part.line.raw, hit.start - part.start, hit.end - part.start));
  // loose() folds a damaged "ohne" ("ohue") to "ohu", too short to repair: any "oh…" before "Abzug".
  return /\b(o[hb][a-z]{1,2} abzug|netto)\b/.test(own) && !/(\bskonto|abzug von|\d\s*%)/.test(own);
}

/** The source of [start, end) of a paragraph: the words of the line it starts in. */
function paragraphSource(paragraph: Paragraph, start: number, end: number): FieldSource {
  let part = paragraph.parts[0];
  for (const candidate of paragraph.parts) if (candidate.start <= start) part = candidate;
  if (!part) return { page: 0, boxes: [] };
  const from = start - part.start;
  return sourceOf(part.line, from, Math.min(end - part.start, part.line.raw.length));
}

const SENTENCE_ABBREVIATION = /(?<![a-zäöüß])(geb|gem|vgl|bzw|ggf|inkl|zzgl|bzgl|evtl|abs|str|tel|usw|etc)$/i;

/** The sentence around [start, end): up to a full stop after a word (not the dot of "1. Mai",
 *  "Nr." or an abbreviation of one letter). */
function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /([a-zäöüß)]{3}|\d{4})[.!?](?=\s+[A-ZÄÖÜ0-9„"])/gi;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index + m[0].length;
    // "(geb. 03.05.2011)", "gem. § 3", "vgl. Anlage": an abbreviation's dot ends no sentence.
    if (SENTENCE_ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + (m[1]?.length ?? 0)))) continue;
    if (at <= start) from = at;
    else if (m.index + m[0].length - 1 >= end) { to = at; break; }
  }
  return text.slice(from, to);
}

// Written for loose() text: an offer's or a promotion's validity is no deadline (DESIGN.md).
// A promotion names when orders must reach the seller ("Die Aktion gilt für Bestellungen, die bis
// zum … eingehen", "Wer bis zum … bestellt, erhält …", "Bei Anmeldung bis zum … zahlen Sie nur …"):
// an offer the city may take up, no deadline.
const VALIDITY = /(fruhbucher|annahmeerklarung|annahmefrist|gultig|gebunden|bindefrist|bindungsfrist|gilt bis|gelten bis|befristet|rabatt|preisvorteil|aktionscode|aktionspreis|gutschein|vorteilspreis|einfuhrungspreis|sonderpreis|sparen sie|\b\w*aktion (gilt|lauft)\b|\bbestellungen\b[^.]{0,30}\bbis\b|\bbis\b[^.]{0,40}\b(bestellen|bestellt)\b|\bbei (anmeldung|buchung|bestellung)\b[^.]{0,20}\bbis\b)/;
// A date before its verb: "(ist) am/bis (zum)/spätestens … fällig/zahlbar/zu zahlen/zu überweisen".
const DUE_BEFORE_VERB = new RegExp(`\\b(am|bis\\s*${ZUM}?|${ZUM}|spatestens( am| bis)?)\\s*(den)?[\\s,.]*$`);
// The payee may stand between date and verb ("… ist zum 30.06.2028 an die Landeshauptkasse zu überweisen").
const DUE_VERB_AFTER = /^[\s,.]*((an|auf) (die|das|den|unser\w*|ihr\w*) [^.,;:\d]{0,50}?)?(zur zahlung )?(fallig|zahlbar|zu zahlen|zu uberweisen|zu begleichen|zu entrichten|auszugleichen|einzuzahlen)\b/;

/** True when [start, end) lies inside a quotation („…“, „…", »…«) of the paragraph: opened
 *  before it and closed by the end of its sentence. OCR reads specks in tables as a lone „. */
function insideQuotation(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const open = Math.max(before.lastIndexOf('„'), before.lastIndexOf('»'));
  if (open < 0 || start - open > 400 || /[“”"«]/.test(before.slice(open + 1))) return false;
  const sentence = sentenceAround(text, start, end);
  const sentenceEnd = Math.max(end, text.indexOf(sentence, Math.max(0, open)) + sentence.length);
  return /[“”"«]/.test(text.slice(end, sentenceEnd + 3));
}

// Written for loose() text; "gl[ec]ich": OCR reads e as c. A passive addressed to the writer
// ("dass mir bis zum … ein Bericht vorgelegt wird") asks the city to act.
// The act may be asked for as a noun ("Um Vorlage des Berichts wird … gebeten"; not "Bei Vorlage
// dieses Schreibens … erhalten Sie …", a promotion's condition) or by an imperative whose particle
// follows ("Senden Sie den Fragebogen bis zum … zurück"). A passive request ("Der Bericht wird bis
// zum … erbeten") and a request to send papers ("… bis zum … die Protokolle zu übersenden") ask too.
// A court's order to a party ("Der Beklagten wird aufgegeben, bis zum … mitzuteilen"): the tasks
// may follow as a numbered list in paragraphs of their own, so the order itself counts (CITY_ACT too).
const DEADLINE_WORDS = /(\baufgegeben\s*,?\s*(bis|binnen|innerhalb|spatestens)\b|\berbeten\b|\bzu berichten\b|\bberichten sie\b|ubersend|zusend|\b(mir|uns)\b.{0,160}\b(vorgelegt|eingereicht|ubersandt|ubermittelt|zugeleitet|nachgewiesen|mitgeteilt)\s+(wird|werden)\b|\bum (\w+ ){0,3}(vorlage|einreichung|ubersendung|rucksendung|nachreichung)\b|\b(senden|schicken|reichen) sie\b|frist|zahl|berweis|gl[ec]i[ec]h|fallig|einreich|vorleg|nachreich|zurucksend|zuruckzusend|ubermittel|aussern|(?<!be)stellung|mitteil|mitzuteil|bestatig|\bbitte\b|ruckmeld|antwort|entscheidung|einzureichen|vorzulegen|abzugeben|\babgeben\b|spatestens|erwider|einzahl|entricht|eingehen|eingang|vorliegen|nachweis|anzumeld|anmeld|aufgefordert|remit|payable|\bdue? (date|by|on|until)\b|erwarten|erwartet)/;
const PAYMENT_WORDS = /(zahl|berweis|betrag|fallig|begleich|rechnung|forderung|mahnung|entrichten|ausgleich)/;
// The remedy instructions of a Bescheid ("Gegen diesen Bescheid kann innerhalb eines Monats …
// Widerspruch erhoben werden"), also quoted in an objection, set no deadline for the city.
const REMEDY = /(rechtsbehelf|rechtsmittel|gegen (diesen|diese|den|das|die)\b[^.]{0,40}\b(kann|konnen|ist)\b|\b(kann|konnen)\b[^.]{0,80}\b(widerspruch|einspruch|klage|beschwerde|berufung|revision)\b[^.]{0,40}\b(erhoben|eingelegt|erheben|einlegen)|(widerspruch|einspruch|klage|beschwerde)\s+(erhoben|eingelegt|zu erheben|einzulegen|erheben|einlegen))/;

// Periods that bind no one at the city: complaints about goods, trial offers, rights of withdrawal.
const NO_DEADLINE = /(mangel|reklamation|beanstand|gewahrleist|widerruf|eigentumsvorbehalt|lieferfrist|kostenlos|unverbindlich testen|probezeit|testphase)/;

// Written for loose() text. A due date is a date by which the city must pay or act: the sentence
// names that payment or act. A trigger word alone ("fällig am", "Frist … am", "spätestens") also
// stands before a medication dose, the end of a maternity-protection period or a delivery; the
// trigger words themselves are taken out before this is tested.
// An Auflage in the present tense ("Die Stadt legt mir … bis spätestens … vor", "reichen Sie uns …
// ein") names what the city hands in to the writer by that date.
// The separable verbs of an answer ("geben Sie mir bis … Bescheid", "teilen Sie uns bis … mit").
const CITY_ACT = /(\b(geben|gebt)\s+sie\b.{0,80}\bbescheid\b|\bteilen sie\b.{0,80}\bmit\b|\baufgegeben\s*,?\s*(bis|binnen|innerhalb|spatestens)\b|\berbeten\b|\bzu berichten\b|\bberichten sie\b|\b(mir|uns)\b.{0,160}\b(vorgelegt|eingereicht|ubersandt|ubermittelt|zugeleitet|nachgewiesen|mitgeteilt)\s+(wird|werden)\b|\b(legt|legen|reicht|reichen)\s+(sie\s+)?(mir|uns)\b.{0,200}\b(vor|ein|nach)\b|(?<!an)zahl|berweis|begleich|entricht|ausgleich|einzahl|betrag|rechnung|forderung|gebuhr|beitrag|\brate\b|summe|kosten|honorar|eur\b|€|einreich|einzureich|vorleg|vorzuleg|\bum (\w+ ){0,3}(vorlage|einreichung|ubersendung|rucksendung|nachreichung)\b|nachreich|zurucksend|zuruckzusend|ubermittel|aussern|stellung|mitteil|mitzuteil|bestatig|ruckmeld|antwort|beantwort|erwider|nachweis|vorliegen|eingehen|eingang|abgeben|abzugeben|anmeld|melden|entscheid|remit|payable|pay\b|\bdue? (date|by|on|until)\b|ubersend|zusend|(senden|schicken) sie\b|\bgleichen sie\b|\bsaldo\b)/;
// The label of a payment-terms cell ("Fälligkeit: 15.03.2026", "Zahlungsfrist: …") is its own sentence.
// loose() folds the "ue" of English "due" to "u".
// A payment-terms sentence without a subject ("Fällig am 20.07.2027.", "Zahlbar bis …") is a label too.
const TERMS_SENTENCE = /^\s*(fallig|zahlbar)\s+(am|zum|bis)\b/;
const DUE_LABEL = /\b(falligkeit(sdatum)?|zahlungsziel|zahlungsfrist|zahlbar bis|zahlungstermin|due? date|payable (by|until))\s*:?\s*$/;
// The writer pays or is asked to pay ("Den Betrag überweisen wir Ihnen bis zum …", "Dafür soll
// ich … bis zum … bezahlen"): the city is the payee or the one that asked, not the payer. A
// request to someone ("bitten wir Sie … zu überweisen") uses "Sie" or an infinitive with "zu".
// OCR may glue the next word to "ich" ("soll ichein Verwarnungsgeld … bezahlen").
const WRITER_PAYS = /\b(uberweisen|zahlen|bezahlen|erstatten|uberweise|zahle|bezahle|erstatte|gutschreiben)\s+(wir|ich)\b|\b(wir|ich)\s+(werden|werde)\s+(ihnen\s+)?[^!?]{0,60}\b(uberweisen|zahlen|bezahlen|erstatten|gutschreiben|auszahlen)\b|\b(soll|sollen|muss|mussen|habe|haben)\s+(ich|wir)[^!?]{0,80}\b(zahlen|bezahlen|uberweisen|entrichten|begleichen)\b/;
const REQUEST = /\b(bitten|bitte|ersuchen|fordern|auffordern|aufgefordert)\b|\bfordere\s+(ich\s+)?sie\b[^.]{0,20}\bauf\b|\bzu (uberweisen|zahlen|bezahlen|erstatten|begleichen|entrichten)\b/;
// Claims the city is asked to file ("Ihre Forderungen bis zum … beim Insolvenzverwalter anzumelden",
// "Forderungsanmeldung"): a deadline to file, where "Forderung" is the only word of paying.
const CLAIM_FILING = /\bforderung\w*(?=(?:[^.]|\.(?=\d)){0,160}\b(anzumelden|anmelden|angemeldet|zur tabelle)\b)|\bforderungsanmeldung\w*/g;

// The writer announces what it will hand in itself ("die Belege reichen wir bis zum … nach", "ich
// werde die Unterlagen bis … vorlegen"): a date the writer sets for itself, nothing the city must do.
const WRITER_DELIVERS = /\b(reichen|senden|schicken|legen|liefern|ubersenden|ubermitteln)\s+(wir|ich)\b.{0,100}\b(nach|vor|ein|zu)\b|\b((wir|ich)\s+(werden|werde)|(werden|werde)\s+(wir|ich))\b.{0,80}\b(nachreichen|vorlegen|einreichen|zusenden|ubersenden|ubermitteln|nachliefern)\b/;

/** The writer pays, or hands in something, itself: not a deadline for the city. */
function writerPays(rawSentence: string): boolean {
  const sentence = loose(rawSentence);
  // "Sie" after the first word addresses the reader (at the start it may be "they").
  return (WRITER_PAYS.test(sentence) || WRITER_DELIVERS.test(sentence)) && !REQUEST.test(sentence) && !/\S\s+Sie\b/.test(rawSentence);
}

// A relative period counted from when the letter reaches the city ("binnen 10 Tagen nach Zugang
// dieses Schreibens", "innerhalb von zwei Wochen seit der Zustellung") has no date the letter
// states: the records module computes it from the receipt stamp. Counted from an invoice it is the
// invoice date.
// The invoice's own receipt ("nach Erhalt dieser Rechnung", "nach Rechnungseingang") is the
// city's receipt as well: counted from delivery, not from the invoice date.
// OCR reads "nach" as "naeh", which folds to "nah".
const FROM_DELIVERY = /^\s*(nach|nah|ab|seit|mit) (dem |der |des )?(zugang|erhalt|eingang|empfang|zustellung|bekanntgabe|rechnungs(eingang|erhalt|zugang|empfang))/;

// The writer reports what the city asked of it or fixed ("mit Bescheid vom … haben Sie … einen
// Rückstand berechnet, der bis zum … zu zahlen ist"; "in Ihrem Schreiben haben Sie mich aufgefordert,
// bis zum … vorzulegen", "Sie baten uns, bis … zu antworten"): the city set that date itself.
// So do "die von Ihnen gesetzte Frist … bis zum …" and "Sie setzen … fest, zahlbar … zum …" (an
// objection quoting the contested order; OCR reads the S of "Sie" as 5).
const ADDRESSEE_ASKED = /(?<!\b(wir|ich) )\b(sie (haben|hatten)|(haben|hatten) sie)\b.{0,160}\b(aufgefordert|gebeten|ersucht|verlangt|angefordert|festgesetzt|berechnet|festgelegt)\b|\bsie (baten|ersuchten|forderten|verlangten) (mich|uns)\b|\b(von ihnen|ihre[rmn]?)\s+(\w+\s+)?(gesetzte|bestimmte|festgesetzte|eingeraumte|genannte)\w*\s+frist\b|^\s*[s5]ie (setzen|setzten)\b.{0,160}\bfest\b/;
// A request for deferral or instalments ("beantragen wir, die … Vorauszahlung bis zum … zu stunden",
// "bitte ich um Ratenzahlung zum …"): the dates are the writer's proposal, not a deadline for the city.
// The request and the deferral must stand together: an invoice's payment-terms table has a
// "Teilzahlung" column beside "überweisen Sie bitte bis zum …".
const DEFERRAL = '(stundung|ratenzahlung|ratenweise|in raten|monatsraten|teilzahlungen|zahlungsaufschub|aussetzung der vollziehung)';
// "die Fälligkeit … bis zur Entscheidung auszusetzen" suspends the due date it names.
const DEFERRAL_REQUEST = new RegExp(`\\bzu stunden\\b|\\b(falligkeit|vollziehung|zahlung|vorauszahlung)\\b.{0,100}\\bauszusetzen\\b|\\bum teilzahlung\\b|\\b(beantrag\\w*|bitte[nt]?|ersuche\\w*|antrag)\\b[^.]{0,80}\\b${DEFERRAL}\\b|\\b${DEFERRAL}\\b[^.]{0,40}\\b(beantrag\\w*|bitten|ersuchen)\\b`);
/** Counted from an event the letter does not date ("innerhalb von zwei Monaten nach Auszahlung",
 *  "… nach Erfüllung des Zuwendungszwecks", "14 Tage nach Lieferung"): no date to resolve. */
function countedFromUndatedEvent(after: string): boolean {
  return /^\s*(nach|ab|seit) /.test(after) && !/^\s*(nach|ab|seit) (dem|der|des)?[\s-]*([a-z]*datum|erhalt|zugang|eingang|zustellung|bekanntgabe|[a-z]*rechnung|dieses|diese[ms]|heute|schreiben|brief|mahnung|zahlungsaufforderung)/.test(after);
}
function asksForDeferral(sentence: string): boolean {
  return DEFERRAL_REQUEST.test(sentence) && !/\b(gewahrt|bewilligt|entsprochen|genehmigt|stattgegeben)\b/.test(sentence);
}
// Written for loose() text ("neuer" folds to "neur"): a new or next advance payment (Abschlag,
// Vorauszahlung) or the plan of them.
// The separable verb of a debit: "Wir ziehen den Betrag am 14.10.2027 von Ihrem Konto ein".
const SEPARATED_DEBIT = /\bziehen\b.{0,100}\bein\b/;
const OPTIONAL_ALTERNATIVE = /\b(falls|wenn|sofern)\s+sie\b[^.]{0,60}\b(lieber|stattdessen|mochten|wollen|wunschen)\b/;
// The prepayments' own schedule ("Vorauszahlungen … vierteljährlich …, nächste Fälligkeit …") too.
const NEXT_ADVANCE = /\b(neu(e?[rns])?|nachste[rn]?|kunftige[rn]?)\s+(monatliche[rn]?\s+)?(abschlag|abschlage|abschlagszahlung(en)?|vorauszahlung(en)?)\b|\babschlagsplan\b|\b(vorauszahlung(en)?|abschlag|abschlage)\b(?:[^.]|\.(?=\d)){0,80}\bnachste\s+falligkeit\b/;
// The first date of a recurring charge ("er wird jeweils zum Monatsersten fällig, erstmals am …",
// "Sie ist jeweils zum 10. des Folgemonats zu zahlen, erstmals … am …"): the advances of the coming
// period, like NEXT_ADVANCE; not the instalments of this letter's sum ("Raten", "Teilbeträge").
// OCR reads the e as c ("crstmals").
const RECURRING_SERIES = /^(?!.*\b(rate|raten|teilbetrag\w*|teilzahlung\w*)\b).*\bjeweils\b.{0,120}\b[ec]rstmals\b/;
// The city is asked to refund ("Wir bitten um Erstattung bis zum …", "… bis zum … zu erstatten").
const REFUND_REQUEST = /\b(bitten|bitte|ersuchen|fordern)\b[^.]{0,30}\b(erstattung|ruckzahlung|ruckerstattung)\b|\bzu erstatten\b|\berstatten sie\b/;

// Written for loose() text: the writer asks the city to defer, waive, take over or refund a sum it
// owes or paid itself ("Antrag auf Ratenzahlung", "Wir beantragen, die Gebühr … zu erlassen", "Ich
// bitte Sie, die Nachzahlung … zu übernehmen", "Bitte um Erstattung"). Not a reply about the
// city's own request ("Ihr Antrag auf …").
const RELIEF = '(ratenzahlung|raten|stundung|erlass|ermassigung|ubernahme|kostenubernahme|beihilfe|erstattung|ruckerstattung|zuschuss)';
const RELIEF_REQUEST = new RegExp(`(?<!\\bihr(e[mn]?)? )\\b(antrag|bitte) (auf|um) (\\w+ ){0,2}${RELIEF}\\b|\\b(ich|wir) (beantrage|beantragen|bitte|bitten)\\b[^.]{0,120}\\b(zu ubernehmen|zu erlassen|zu stunden|zu erstatten|in (\\w+ ){0,3}raten\\b|zuruckhaben|zuruck zu|${RELIEF}\\b)`);

/** The writer asks the city for relief on its own payment (deferral, waiver, take-over of costs,
 *  refund): such a letter quotes the due dates of the writer's own bills ("Die Nachforderung ist am
 *  … fällig", "Ich soll … bis zum … nachzahlen"); a deadline for the city would ask it ("Bitte
 *  überweisen Sie … bis zum …"). */
export function asksForRelief(letter: Letter): boolean {
  const text = letter.lines.filter((line) => line.zone !== 'footer').map((line) => loose(line.raw)).join(' ');
  return RELIEF_REQUEST.test(text);
}

// A request in a relief letter's payment sentence. A duty stated without "Sie" ("Die Nachzahlung
// ist … bis zum … an die Vermieterin zu zahlen") is the writer's (or a ward's) own; a refund the
// city is to make ("… zu erstatten") is not.
const OWN_DUE_REQUEST = /\b(bitten|bitte|ersuchen|fordern|auffordern|aufgefordert)\b|\bzu erstatten\b/;

/** In such a letter a payment sentence that asks nothing of the reader quotes the writer's own due date. */
function quotesOwnDue(sentence: string, rawSentence: string): boolean {
  return PAYMENT_WORDS.test(sentence) && !OWN_DUE_REQUEST.test(sentence) && !/\S\s+Sie\b/.test(rawSentence);
}

/** A letter that offers or confirms an order: its payment terms ("zahlbar 14 Tage nach
 *  Rechnungsstellung") apply to invoices still to come and name no date. */
function offersOrConfirms(letter: Letter): boolean {
  const subject = letter.subjectLines.map((i) => loose(letter.lines[i]?.raw ?? '')).join(' ').replace(/^\s*(betreff|betr\.?|subject)\s*:?\s*/, '');
  // A contract sent for signature ("Wartungsvertrag Nr. …") bills later as well; only as the
  // subject's first word ("Rechnung Wartungsvertrag 2026" is a bill).
  return /^[^a-z0-9]*(\w+\s+)?(angebot|auftragsbestatigung|bestellbestatigung|kostenvoranschlag|rahmenvertrag|vertragsangebot|quotation|order confirmation)\b/.test(subject)
    || /^[^a-z0-9]*[a-z]*vertrag(sentwurf)?\b/.test(subject);
}

// A day and month without a year ("bis 30.6. überweisen"): not followed by a year or another digit.
const DAY_MONTH = /(?<![0-9.,])([0-3]?\d)\.\s?([01]?\d)\.(?!\s?[0-9])/g;

/** Dates written without a year, in the year of the letter date (the next year when that day lies
 *  more than half a year before it: "bis 15.1." in a December letter). Only the deadline rules read
 *  them; without a letter date there is no year. */
function yearlessDates(text: string, letterDate: string | undefined): DateHit[] {
  if (!letterDate) return [];
  const year = Number(letterDate.slice(0, 4));
  const hits: DateHit[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    let iso = isoDate(year, month, day);
    if (iso && iso < addDays(letterDate, -183)) iso = isoDate(year + 1, month, day);
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

// Written for loose() text: a direct request to the reader for an answer ("bitte geben Sie mir …
// Bescheid", "bitte antworten Sie uns bis …").
const YEARLESS_REPLY_REQUEST = /\bbitte\b[^.]{0,20}\b(geben|teilen|antworten|melden|sagen)\s+sie\b[^.]{0,60}\b(bescheid|mit|antwort|ruckmeldung)\b|\bbitte\b[^.]{0,20}\b(antworten|melden)\s+sie\b/;

// Written for loose() text: the writer would be glad of something by a date.
// OCR may misread the last letters of "hilfreich" ("hilfreicb").
const WISH = /\b(dankbar|freuen|freue|freut|hilfrei\w*)\b/;
const WISHED_REPLY = /(entscheidung|zusage|genehmigung|bescheid|ruckmeldung|teilnehm|anmeld)/;
// Paying named in a sentence ("die Zahl der Teilnehmenden" is no payment).
const PAYS = /(zahlung|zahlen|zahlbar|berweis|betrag|fallig|begleich|rechnung|forderung|entricht|ausgleich)/;
// Written for the loose() text before a date: a state that lasts until it (illness, a stay).
const LASTS_UNTIL = /\b(dauert|dauern|andauer\w*|anhalt\w*|voraussichtlich|arbeitsunfahig\w*|krankgeschrieben|dienstunfahig\w*)\b.{0,60}\bbis\s*(zum|zur)?\s*(den)?[\s,.]*$/;

// A signed copy sent back ("unterschriebenes Exemplar", "gegengezeichnet zurück"); OCR may misread
// the middle of the word ("untersebriebenes").
const SIGNED_RETURN = /(unter\w{1,3}rieben|unterzeichn|gegengezeichn|gegenzeichn)\w*/;

/** The writer applies for something: the subject opens with "Antrag", or the body says "beantragen
 *  hiermit" / "beantrage ich". */
function appliesForSomething(letter: Letter): boolean {
  const subject = letter.subjectLines.map((i) => loose(letter.lines[i]?.raw ?? '')).join(' ').replace(/^\s*(betreff|betr\.?)\s*:?\s*/, '');
  if (/^[^a-z0-9]*antrag\b/.test(subject)) return true;
  return letter.lines.some((line) => line.zone === 'body' && /\b(beantragen|beantrage)\s+(wir|ich|hiermit)\b/.test(loose(line.raw)));
}

/** The writer lodges an objection in the body ("hiermit legen wir gegen Ihren Bescheid vom
 *  05.07.2027 über … Widerspruch ein"): the dates inside the sentence do not end it (layout.ts's
 *  disputesDecision reads up to the first dot). */
export function objectsInBody(letter: Letter): boolean {
  // The grouping dots of a quoted sum ("Kosten in Höhe von 1.486,00 EUR") end no sentence either.
  // OCR damage to the act's noun ("Widersprueh", "Einsprucb") is repaired.
  const body = repairKeywords(letter.lines.filter((line) => line.zone === 'body' || line.zone === 'subject').map((line) => line.folded).join(' ')
    .replace(/\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/g, ' ').replace(/(\d)\.(?=\d{3}\b)/g, '$1'), ['widerspruch', 'einspruch']);
  // OCR reads an e as a c ("crheben wir Widerspruch").
  if (/\b(lege|legen|[ec]rhebe|[ec]rheben)\b(?! sie\b)[^.]{0,160}\b(widerspruch|einspruch)\b/.test(body)) return true;
  // A bidder's Rüge in a tender ("Diese Entscheidung rügen wir hiermit als vergaberechtswidrig")
  // objects too: it quotes its bid's price and asks nobody to pay it.
  if (/\br(ue|u)gen wir\b|\br(ue|u)ge ich\b/.test(body)) return true;
  // A relative clause may describe the contested notice at length before the act closes with its
  // particle ("legen wir gegen den Kostenbescheid vom …, mit dem … auferlegt wurden, Widerspruch ein").
  return /\b(lege|legen)\b(?! sie\b)[^.]{0,320}\b(widerspruch|einspruch)\s+ein\b/.test(body);
}

/** A line read as footer (bank details near the foot of the page) that the letter's text still
 *  follows on its page ("Bitte überweisen bis 18.4. auf mein Konto bei der Sparkasse …" / IBAN /
 *  "Vielen Dank!" / signature): part of the letter, not the printed footer. */
function footerAboveText(letter: Letter, line: Line): boolean {
  // Bank details printed in the letterhead are read as footer too: only the lower half counts.
  return line.top > 0.5 && letter.lines.some((later) => later.index > line.index && later.page === line.page
    && (later.zone === 'body' || later.zone === 'closing') && /[a-zäöüß]{3}/i.test(later.raw));
}

// The head of the earlier message an e-mail reply quotes below its own text.
const QUOTED_MAIL_MARKER = /^\s*-{2,}\s*(urspr(ue|u)ngliche nachricht|original message)\s*-{2,}\s*$|^\s*am\s.{5,80}\sschrieb\s.{0,80}:\s*$/;
const FORWARDED_SUBJECT = /^\s*(betreff|subject)\s*:\s*(wg|fw|fwd|weitergeleitet)\s*:/;

/** The index of the first line of the earlier message a reply e-mail quotes ("-----Ursprüngliche
 *  Nachricht-----", "Am … schrieb …:"), Infinity for other letters: a deadline there was set by the
 *  earlier writer (often the city itself), not by this letter (README: 1044). A forwarded message
 *  ("WG:", "Weitergeleitete Nachricht") is the letter itself and counts. */
function quotedMailStart(letter: Letter): number {
  const marker = letter.lines.find((line) => QUOTED_MAIL_MARKER.test(labelFold(line.raw)));
  if (!marker) return Infinity;
  const forwarded = letter.lines.some((line) => line.index <= marker.index && (FORWARDED_SUBJECT.test(labelFold(line.raw)) || FORWARD_MARKER.test(labelFold(line.raw))));
  return forwarded ? Infinity : marker.index;
}

/** A whole sentence asking for payment printed at the foot, under the signature, that the layout
 *  read as footer because it names the bank ("Der Beitrag ist bis zum … auf das Konto … IBAN … zu
 *  zahlen."): part of the letter, its deadline counts (README: 1005, 1032). */
function paymentRequestInFooter(line: Line): boolean {
  const folded = loose(line.raw).trim();
  return line.top > 0.5 && /[.!]$/.test(line.raw.trim()) && folded.split(/\s+/).length >= 8 && PAYMENT_REQUEST_VERB.test(folded) && findDates(line.raw).length > 0;
}

// Written for loose() text: a tax return's term ("Die angemeldete Steuer ist am 15. Tag nach Ablauf
// des Anmeldezeitraums fällig", "bis zum 10. Tag nach Ablauf des Voranmeldungszeitraums").
const DAY_AFTER_PERIOD = /\b(am|bis zum|bis|spatestens am|spatestens)\s+(\d{1,2})\.\s*tag\s+nach\s+ablauf\s+des\s+(\w*anmeldezeitraums|\w*anmeldungszeitraums|erhebungszeitraums|kalendermonats)\b/g;
const TICKED_MONTH = new RegExp(`(?:\\[\\s*[x×✓✗]\\s*\\]|[☒☑])\\s*(${LOOSE_MONTHS.join('|')})\\b`);
const NAMED_MONTH = new RegExp(`zeitraum\\s*:?\\s*(${LOOSE_MONTHS.join('|')})\\b`);

/** The month a tax return declares: the ticked month of its "Anmeldezeitraum" line ("[ ] Januar …
 *  [x] November   Jahr: 2030") or the month named after the label ("Anmeldezeitraum: November 2030"),
 *  with the year on that line. */
function declaredPeriod(letter: Letter): { year: number; month: number } | undefined {
  for (const line of letter.lines) {
    const folded = loose(line.raw);
    if (!/zeitraum/.test(folded)) continue;
    // The ticked box decides where a scan lost the empty ones ("Anmeldezeitraum: Januar [x] November").
    const month = (TICKED_MONTH.exec(folded) ?? NAMED_MONTH.exec(folded))?.[1];
    const year = /\b(20\d{2})\b/.exec(folded)?.[1];
    if (month && year) return { year: Number(year), month: LOOSE_MONTHS.indexOf(month) + 1 };
  }
  return undefined;
}

// The title of a payment advice: the payer announces its own transfer to the reader.
const PAYMENT_ADVICE_TITLE = /^\s*(zahlungsavis|uberweisungsavis|zahlungsankundigung|payment advice|remittance advice)\b/;

/** A payment advice ("ZAHLUNGSAVIS Nr. …"): the title stands above the salutation, wherever the
 *  layout puts the subject. */
export function isPaymentAdvice(letter: Letter): boolean {
  const firstPage = letter.lines[0]?.page ?? 0;
  return letter.lines.some((line) => line.page === firstPage && line.zone !== 'footer' && (letter.salutation === undefined || line.index < letter.salutation)
    && PAYMENT_ADVICE_TITLE.test(loose(line.raw)));
}

/** The deadline the letter sets: an absolute date after "zahlbar bis", "bis zum", "fällig am", or a
 *  relative one ("innerhalb von 14 Tagen", "30 Tage netto", "sofort") counted from the letter date
 *  (one counted from receipt, "nach Erhalt", is not resolved). Discount terms (Skonto) and remedy periods are not the
 *  deadline. Dates and their verbs are read per paragraph, across line breaks. */
export function extractDueDate(letter: Letter, letterDate: string | undefined, _receivedAt: string): Found<string> | undefined {
  // A payment advice ("ZAHLUNGSAVIS Nr. …  Zahlungsdatum: …") dates money coming to the city: the
  // payer's transfer and value dates set the city no deadline.
  if (isPaymentAdvice(letter)) return undefined;
  let best: { score: number; found: Found<string> } | undefined;
  const consider = (score: number, found: Found<string>) => {
    // A deadline the letter sets does not lie before its own date: an earlier one is recalled (the
    // original due date a collection letter quotes), not set, even where no later one follows
    // ("… fällig am 12.12.2028" in a reminder that asks for payment "zwei Wochen nach Erhalt").
    if (letterDate && found.value < letterDate) return;
    if (!best || score > best.score) best = { score, found };
  };
  // General terms and conditions on the back set periods ("Mängel innerhalb von acht Tagen"),
  // not this letter's deadline: nothing after their heading counts. "Zahlungsbedingungen" alone
  // is the heading of this invoice's payment terms and stays.
  const terms = letter.lines.find((line) => {
    const folded = loose(line.raw).trim();
    return (/^(allgemeine\s+)?(geschafts|liefer|verkaufs|vertrags|einkaufs)\s*(-\s*und\s+\w+)?bedingungen\b|^agb\b/.test(folded)
      || /^allgemeine\s+\w*bedingungen\b/.test(folded)) && folded.split(' ').length <= 8;
  })?.index ?? Infinity;
  const quoted = quotedMailStart(letter);
  const lines = rowLines(letter).filter((line) => (line.zone !== 'footer' || footerAboveText(letter, line) || paymentRequestInFooter(line)) && line.index < terms && line.index < quoted);
  // An objection quotes the contested notice's payment date; the writer sets no payment deadline.
  const disputes = disputesDecision(letter) || objectsInBody(letter);
  const offer = offersOrConfirms(letter);
  const payerRequest = asksForRelief(letter);
  const ownApplication = appliesForSomething(letter);
  // An invitation (to an event, a ceremony, a meeting) asks for a reply, not for a deadline.
  // The subject may name the occasion first ("100 Jahre TuS – Einladung zum Festakt").
  const invitation = /(^[^a-z0-9]*(\w+\s+)?|\s?[–—:]\s*|\s-\s+)einladung\b/.test(letter.subjectLines.map((i) => loose(letter.lines[i]?.raw ?? '')).join(' ').replace(/^\s*(betreff|betr\.?)\s*:?\s*/, ''));
  // A court's payment order titled as such ("Zahlungsbefehl", "Mahnbescheid") counts its periods
  // ("binnen 14 Tagen … zu bezahlen oder binnen vier Wochen Einspruch zu erheben") from service.
  const servedOrder = lines.some((line) => /^\s*(europaischer\s+)?(zahlungsbefehl|mahnbescheid|vollstreckungsbescheid)\s*$/.test(loose(line.raw)));
  let previousText = '';
  for (const paragraph of paragraphs(lines)) {
    const text = paragraph.text;
    const folded = loose(text);
    const yearless = yearlessDates(text, letterDate);
    // An instalment plan: its first date is when paying starts (README judgement call).
    const firstInstalment = !disputes && !offer && !payerRequest ? instalmentPlanStart(previousText, text) : undefined;
    if (firstInstalment) consider(3, { value: firstInstalment.iso, source: paragraphSource(paragraph, firstInstalment.start, firstInstalment.end), rule: 'erste Rate' });
    previousText = text;
    for (const hit of [...findDates(text), ...yearless]) {
      // A compensation measure ("Als Ausgleich sind bis zum … Bäume zu pflanzen", "Ausgleichsmaßnahme")
      // is no settling of a sum ("… auszugleichen", "Ausgleich des Kontos").
      const sentence = loose(sentenceAround(text, hit.start, hit.end)).replace(COMPENSATION, ' ');
      // Without a year only a payment term counts ("bitte bis 30.6. überweisen"); a filing date
      // without one recurs every year ("Anträge bitte bis 31.05. einreichen", printed on a form).
      // ("Förderung" folds to "forderung": the verbs of paying decide.)
      // A letter's own request for an answer by a day ("Bitte geben Sie mir bis zum 12.02. Bescheid") is
      // this year's, though: no form prints it.
      if (yearless.includes(hit) && !/(zahl|berweis|begleich|entricht|ausgleich)/.test(sentence) && !YEARLESS_REPLY_REQUEST.test(sentence.replace(/\d{1,2}\.\s?\d{1,2}\.(\d{2,4})?/g, ' '))) continue;
      // A weekday before the date belongs to it: "eine Antwort bis Freitag, 13.11.2026".
      const before = loose(text.slice(Math.max(0, hit.start - 80), hit.start)).replace(GERMAN_WEEKDAY_DEN_BEFORE, '');
      // Quoted from another letter („Der Betrag ist bis zum 15.03.2026 … zu zahlen.“).
      if (insideQuotation(text, hit.start, hit.end)) continue;
      // How long an offer binds or a promotion runs ("Wir halten uns an dieses Angebot bis zum …
      // gebunden", "Unser Angebot ist bis zum … gültig", "Bis zum … erhalten Sie 15 % Rabatt").
      if (VALIDITY.test(sentence) && !/(berweis|zahlbar|zu zahlen|begleich)/.test(sentence)) continue;
      // The reply an invitation asks for ("Um Rückmeldung bis zum … wird gebeten") is no deadline.
      if (invitation && /(ruckmeld|zusage|\bzusagen|teilnahme|anmeld|\bmelden\b)/.test(sentence) && !PAYMENT_WORDS.test(sentence)) continue;
      // So is the answer whether the reader will come, whatever the subject ("Bitte geben Sie uns bis zum
      // … Bescheid, ob Sie kommen").
      if (/\bob\b[^.]{0,60}\b(kommen|teilnehmen|dabei sein|erscheinen)\b/.test(sentence) && !PAYMENT_WORDS.test(sentence)) continue;
      if (disputes && PAYMENT_WORDS.test(sentence)) continue;
      // A wish for a decision on the writer's own request or for the reply to an invitation by a
      // date ("wären wir für eine Entscheidung bis spätestens … dankbar", "… wenn ihr uns die Zahl der
      // Teilnehmenden bis … mitteilen könntet") sets the city no deadline. Questions the writer
      // wants answered by then ("Für eine Antwort bis … wäre ich dankbar") and a polite request to
      // pay ("… dankbar, wenn Sie den Betrag bis … überweisen") still do.
      if (WISH.test(sentence) && WISHED_REPLY.test(sentence) && !PAYS.test(sentence)) continue;
      // In the writer's own application the answer wished for is the decision on it ("Für unsere
      // Planung wäre eine Antwort bis zum … sehr hilfreich").
      if (ownApplication && WISH.test(sentence) && /\bantwort\b/.test(sentence) && !PAYS.test(sentence)) continue;
      // The date by which an offer or contract is to come back signed ("Bitte senden Sie uns ein
      // unterschriebenes Exemplar bis zum … zurück") is how long the offer waits for its acceptance,
      // like an Annahmefrist: no deadline for the city.
      if (offer && SIGNED_RETURN.test(sentence) && !PAYS.test(sentence)) continue;
      // A state that lasts until a date ("dauert voraussichtlich bis zum 31.12.2027 an", "ist
      // voraussichtlich bis … arbeitsunfähig"): its expected end, nothing for the city to do by then.
      if (LASTS_UNTIL.test(before) && !PAYS.test(sentence)) continue;
      // Until when something is still allowed ("Offene Rechnungen bis zum 31.12. können noch auf das
      // bisherige Konto gezahlt werden", "ist noch bis … möglich"): a last day of grace, no deadline.
      if (STILL_ALLOWED.test(sentence)) continue;
      // "möglichst bis zum …" is the writer's wish, no deadline it can set ("Bitte senden Sie die
      // Erklärung möglichst bis zum … zurück", "Überweisung möglichst bis zum …").
      if (/\bmoglichst\s+(bis\s*)?(zum|zur|spatestens)?\s*(den)?[\s,.]*$/.test(before)) continue;
      // The deadline the addressee's own order or notice set, quoted in a reply to it ("die in der
      // Anordnung gesetzte Frist zum …"): the city's date, not one for the city.
      if (/\b(in|mit)\s+(der|dem|ihrer|ihrem)\s+\w+\s+(gesetzte|genannte|bestimmte|eingeraumte|festgesetzte)\s+frist\b/.test(sentence)) continue;
      // The closing date of a funding or application round the letter points to ("Eine Förderung ist
      // gesondert zu beantragen; Anträge für 2031 sind bis zum … einzureichen"): a date for whoever
      // applies, not a deadline this letter sets.
      // ("Förderung" folds to "forderung": the verbs of paying decide.)
      if (APPLICATION_ROUND.test(sentence) && !/(zahl|berweis|begleich|entricht)/.test(sentence)) continue;
      if (/\b(vom|von)\s*(dem|den)?\s*[0-9.\s]*$/.test(before) && !/bis\s*$/.test(before)) continue;
      // "fällig seit: 11.05.2026", "im Verzug seit dem …": the day a claim became overdue, past already.
      if (/\bseit\s*:?\s*(dem|den)?[\s,.]*$/.test(before)) continue;
      // The end of a period ("1. April 2025 bis 25. April 2025", "01.03.–31.03.2025").
      // Also when the first date is a bare day before a named month ("vom 14. bis 18. Juni 2027").
      if (/\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?\s*(bis|-|–)\s*$/.test(before) || /(^|[^0-9.])\d{1,2}\.\s*(bis|-|–)\s*$/.test(before)) continue;
      const previousDate = findDates(text.slice(Math.max(0, hit.start - 40), hit.start)).pop();
      if (previousDate && /^\s*(bis|-|–|und)\s*$/i.test(text.slice(Math.max(0, hit.start - 40), hit.start).slice(previousDate.end))) continue;
      if (/(\bskonto|abzug von)/.test(loose(clauseAround(text, hit.start, hit.end))) && !netTermOnOwnLine(paragraph, hit)) continue;
      const afterDate = loose(text.slice(hit.end, hit.end + 12));
      if (/^\s*(bis|-|–)\s*\d/.test(afterDate)) continue; // a period "vom … bis …"
      if (REMEDY.test(sentence)) continue;
      // The conditions of a grant to the city ("Der Mittelabruf ist bis … vorzulegen", "Verwendungs-
      // nachweis bis …") and the end of a warranty or limitation period ("Gewährleistungsfrist endet
      // am …") set no date by which the city must pay or answer.
      if (/(mittelabruf|mittelanforderung|abruf der mittel|verwendungsnachweis|zwischennachweis|gewahrleist|verjahr|garantie)/.test(sentence) && !/(berweis|zahlbar|zu zahlen|begleich)/.test(sentence)) continue;
      // A notice of termination "zum 30.06." names when a contract ends, not a deadline for the city
      // ("einen Antrag anzukündigen" announces, it does not terminate).
      if (/(?<!an|anzu|ver)kundig/.test(sentence) && !/(zahl|berweis|betrag)/.test(sentence)) continue;
      // The advance payments of the next period ("Ihr neuer Abschlag … erstmals am 15.03.2027 …
      // eingezogen", "die nächste Vorauszahlung wird am … fällig") pay for what is still to come,
      // not the sum of this letter.
      if (NEXT_ADVANCE.test(sentence) || RECURRING_SERIES.test(sentence)) continue;
      // A direct debit asks nothing of the city but names when the sum is taken: "am 02.01.2026 von
      // Ihrem Konto eingezogen" is the debit date; "zu den Fälligkeiten … abbuchen" names none.
      if ((/(abbuch|abzubuch|abgebucht|lastschrift|eingezogen|einziehen|einzuzieh|einzug)/.test(sentence) || SEPARATED_DEBIT.test(sentence)) && !/(berweis|zahlbar|zu zahlen)/.test(sentence)) {
        // "buchen wir am 12.12.2025 per SEPA-Lastschrift von Ihrem Konto ab": the verb's particle follows.
        // The particle may follow a mandate reference and an account: read to the end of the sentence.
        const rest = loose(sentenceAround(text.slice(hit.end), 0, 0));
        // The mandate may be named instead ("gemäß dem SEPA-Lastschriftmandat"), and OCR may damage
        // the account ("von Ihrem Korito … ab"): "buchen … ab" closes with its particle.
        const particle = /\bbuchen\b/.test(before) && /\bab\s*[.!]?\s*$/.test(rest);
        if (/\b(am|zum)\s*(den)?[\s,.]*$/.test(before) && (particle || /(abgebucht|eingezogen|abbuchen|einziehen|lastschrift|von (ihrem|dem) (\w+ )?konto)/.test(rest)) && PAYMENT_WORDS.test(sentence)) {
          consider(2.5, { value: hit.iso, source: paragraphSource(paragraph, hit.start, hit.end), rule: 'Lastschrift am' });
        }
        continue;
      }
      // A past due date a reminder recalls ("Die Rechnung war am 16.02.2026 fällig"): the new
      // deadline follows it.
      if (/\b(war|waren|wurde|wurden)\b.{0,40}\b(fallig|zahlbar|zu zahlen)\b/.test(sentence)) continue;
      // A period that ended before the letter was written, told in the past tense ("Die Beklagte
      // hatte Gelegenheit zur Stellungnahme bis zum …"): history, not a deadline.
      if (letterDate && hit.iso < letterDate && /\b(hatte|hatten|war|waren|wurde|wurden)\b/.test(sentence)) continue;
      // A payer's request quotes the due dates of its own bills (see payerRequest).
      if (payerRequest && quotesOwnDue(sentence, sentenceAround(text, hit.start, hit.end))) continue;
      // The writer pays the city or quotes what it was asked to pay.
      if (writerPays(sentenceAround(text, hit.start, hit.end))) continue;
      if (ADDRESSEE_ASKED.test(sentence) || asksForDeferral(sentence)) continue;
      // Something for the city to pay or do besides the trigger word ("nächste Gabe fällig am …",
      // "Mutterschutzfrist endet am …" set none); a payment-terms cell is its own evidence.
      const acts = DUE_LABEL.test(before) || TERMS_SENTENCE.test(sentence) || CITY_ACT.test(sentence.replace(/\w*frist\w*|\w*fallig\w*|spatestens/g, ' ')) || REFUND_REQUEST.test(sentence);
      if (!acts) continue;
      const payment = PAYMENT_WORDS.test(sentence);
      // "Falls Sie lieber überweisen möchten, … bis zum …": an alternative the city may take yields to
      // the deadline or debit date the letter sets. So does a deadline to file claims to the one to
      // pay a sum back in the same letter (an insolvency administrator's), but to no mere mention.
      const optional = (OPTIONAL_ALTERNATIVE.test(sentence) ? 1 : 0) + (payment && !PAYMENT_WORDS.test(sentence.replace(CLAIM_FILING, ' ')) ? 0.1 : 0);
      if (ABSOLUTE_DUE.test(before) && (DEADLINE_WORDS.test(sentence) || REFUND_REQUEST.test(sentence) || !BIS_ONLY.test(before))) {
        // A reminder lists the items' original due dates ("fällig am 14.03.2026  184,00 EUR")
        // before it asks for the total by a new date ("Wir bitten Sie, … bis spätestens … zu überweisen").
        consider((payment ? 3 : 2) + (REQUEST.test(sentence) ? 0.2 : 0) - optional, { value: hit.iso, source: paragraphSource(paragraph, hit.start, hit.end), rule: 'Frist mit Datum' });
      } else if (DUE_BEFORE_VERB.test(before) && DUE_VERB_AFTER.test(loose(text.slice(hit.end, hit.end + 80)))) {
        // The verb after the date: "Der Betrag ist am 15.02.2026 fällig", "… bis 30.09. zu überweisen".
        consider((payment ? 3 : 2) - optional, { value: hit.iso, source: paragraphSource(paragraph, hit.start, hit.end), rule: 'Frist mit Datum' });
      }
    }
    for (const relative of folded.matchAll(RELATIVE_ALL)) {
      const start = relative.index;
      const end = start + relative[0].length;
      if (payerRequest && quotesOwnDue(sentenceAround(folded, start, end), sentenceAround(text, start, end))) continue;
      if (/\bskonto/.test(clauseAround(folded, start, end))) continue;
      const n = quantity(relative[3] ?? '');
      const afterRelative = folded.slice(end, end + 50);
      const sentence = sentenceAround(folded, start, end);
      const counted = /^\s*(ab|nach|seit) (dem |der )?(datum|zugang|erhalt|eingang|zustellung|bekanntgabe|rechnungsdatum|rechnungsstellung|rechnungserhalt|zugang)/.test(afterRelative);
      if (REMEDY.test(sentence) || NO_DEADLINE.test(sentence)) continue;
      // "spätestens vier Wochen vor dem Termin" counts back from an event: only "… nach Rechnungsdatum" counts.
      if (relative[1] === 'spatestens' && !counted) continue;
      if (FROM_DELIVERY.test(afterRelative) || servedOrder) continue;
      if (writerPays(sentenceAround(text, start, end))) continue;
      if (ADDRESSEE_ASKED.test(sentence) || asksForDeferral(sentence)) continue;
      // Payment terms of an offer or order confirmation count from invoices still to come.
      if (offer && /(rechnung|netto|lieferung|abnahme)/.test(afterRelative.slice(0, 40) + sentence)) continue;
      if (!counted && countedFromUndatedEvent(afterRelative)) continue;
      if (disputes && PAYMENT_WORDS.test(sentence)) continue;
      if (n === undefined || n <= 0 || n > 120) continue;
      if (!counted && !/(zahl|berweis|begleich|fallig|betrag|ausgleich|rechnung|netto|entrichten|frist|antwort|entscheidung|stellung|ruckmeld|aussern|einreich|vorleg|zurucksend|zuruckzusend|ubermittel|erwider|mitteil)/.test(sentence)) continue;
      // Counted from receipt the period was skipped above (FROM_DELIVERY): the rest counts from the letter date.
      if (!letterDate) continue;
      const days = unitDays(relative[5] ?? 'tage', n);
      consider(PAYMENT_WORDS.test(sentence) ? 2.5 : 1.5, { value: addDays(letterDate, days), source: paragraphSource(paragraph, 0, text.length), rule: `Frist ${days} Tage ab Briefdatum` });
    }
    for (const m of folded.matchAll(DAY_OF_NAMED_MONTH)) {
      const sentence = sentenceAround(folded, m.index, m.index + m[0].length);
      if (REMEDY.test(sentence) || writerPays(sentenceAround(text, m.index, m.index + m[0].length)) || ADDRESSEE_ASKED.test(sentence) || asksForDeferral(sentence)) continue;
      if (disputes && PAYMENT_WORDS.test(sentence)) continue;
      if (!CITY_ACT.test(sentence.replace(/\w*frist\w*|\w*fallig\w*|spatestens/g, ' ')) && !/fallig/.test(sentence)) continue;
      const iso = dayOfNamedMonth(m, sentence, letter, letterDate);
      if (iso) consider(PAYMENT_WORDS.test(sentence) ? 3 : 2, { value: iso, source: paragraphSource(paragraph, m.index, m.index + m[0].length), rule: 'Frist: Tag eines benannten Monats' });
    }
    // A term at the end of a year or month counts in a sentence that asks the reader to pay by it.
    const asksToPayBy = (m: RegExpExecArray) => {
      const sentence = sentenceAround(folded, m.index, m.index + m[0].length);
      return PAYMENT_REQUEST_VERB.test(sentence) && !disputes && !REMEDY.test(sentence) && !writerPays(sentenceAround(text, m.index, m.index + m[0].length))
        && !ADDRESSEE_ASKED.test(sentence) && !asksForDeferral(sentence);
    };
    for (const m of folded.matchAll(END_OF_YEAR)) {
      if (!asksToPayBy(m)) continue;
      const year = m[1] ?? m[2] ?? letterDate?.slice(0, 4);
      if (year) consider(3, { value: `${year}-12-31`, source: paragraphSource(paragraph, m.index, m.index + m[0].length), rule: 'Frist: Jahresende' });
    }
    for (const m of folded.matchAll(END_OF_MONTH)) {
      if (!asksToPayBy(m)) continue;
      const iso = endOfNamedMonth(m[1] ?? '', m[2], letterDate);
      if (iso) consider(3, { value: iso, source: paragraphSource(paragraph, m.index, m.index + m[0].length), rule: 'Frist: Ende eines Monats' });
    }
    for (const m of folded.matchAll(END_OF_LETTER_MONTH)) {
      if (!letterDate || !asksToPayBy(m)) continue;
      const [year, month] = letterDate.split('-').map(Number) as [number, number];
      const iso = lastDayOfMonth(year, m[1] !== undefined || m[2] !== undefined ? month + 1 : month);
      if (iso) consider(3, { value: iso, source: paragraphSource(paragraph, m.index, m.index + m[0].length), rule: 'Frist: Monatsende' });
    }
    for (const m of folded.matchAll(DAY_AFTER_PERIOD)) {
      const sentence = sentenceAround(folded, m.index, m.index + m[0].length);
      if (disputes || !/(fallig|zahl|entricht|berweis)/.test(sentence) || REMEDY.test(sentence) || writerPays(sentenceAround(text, m.index, m.index + m[0].length)) || asksForDeferral(sentence)) continue;
      const period = declaredPeriod(letter);
      if (!period) continue;
      // Day N after the period's end: day N of the month after its last month.
      const due = new Date(Date.UTC(period.year, period.month, Number(m[2])));
      const iso = isoDate(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate());
      if (iso) consider(3, { value: iso, source: paragraphSource(paragraph, m.index, m.index + m[0].length), rule: 'Frist: Tag nach Ablauf des Anmeldezeitraums' });
    }
    const nettoMatch = NETTO_DAYS.exec(folded) ?? undefined;
    const afterNetto = nettoMatch ? folded.slice(nettoMatch.index + nettoMatch[0].length, nettoMatch.index + nettoMatch[0].length + 50) : '';
    // "30 Tage netto nach Lieferung" counts from an event the letter does not date, as above.
    if (nettoMatch && letterDate && !offer && !FROM_DELIVERY.test(afterNetto) && !countedFromUndatedEvent(afterNetto)) {
      const n = Number(nettoMatch[1]);
      if (n > 0 && n <= 120) consider(2.6, { value: addDays(letterDate, n), source: paragraphSource(paragraph, 0, text.length), rule: `${n} Tage netto ab Briefdatum` });
    }
    const immediate = IMMEDIATE.exec(folded);
    if (immediate && letterDate && !/\bskonto/.test(sentenceAround(folded, immediate.index, immediate.index + immediate[0].length))) {
      consider(2.4, { value: letterDate, source: paragraphSource(paragraph, 0, text.length), rule: 'sofort fällig' });
    }
  }
  // A discount table ("Zahlung bis │ Skonto │ Zahlbetrag", one row per date): the row marked
  // "netto" holds the net due date (README: the net date, not the Skonto date).
  lines.forEach((line, i) => {
    const dates = findDates(line.raw);
    const row = loose(line.raw);
    if (dates.length !== 1 || !dates[0] || !/\bnetto\b/.test(row) || /(skonto|%)/.test(row)) return;
    if (!lines.slice(Math.max(0, i - 4), i).some((above) => above.page === line.page && /skonto/.test(loose(above.raw)))) return;
    consider(2.6, { value: dates[0].iso, source: sourceOf(line, dates[0].start, dates[0].end), rule: 'Nettofrist in Skontotabelle' });
  });
  if (!best) {
    // A payment-terms table: a header cell "Fälligkeit" / "fällig am" / "Zahlungsziel" with the
    // date in the row below, in the same column.
    // … and, as above, no earlier date than the letter's: a reminder's table quotes the passed one.
    const table = dueInTable(letter);
    if (table && !(letterDate && table.value < letterDate)) return table;
  }
  return best?.found;
}

// Written for loose() text: a sentence that splits the sum to pay into instalments and introduces
// their dates with a colon ("Die Gebühr ist in vier gleichen Teilbeträgen zu entrichten:", "… zahlen
// Sie den Bruttobetrag in drei Raten:", "Die Abgaben sind zu folgenden Terminen fällig:"); the row of
// the first date may start with "zum", "1. Rate fällig am". The sum of each may stand between
// ("… Teilbeträgen von je 1.250,00 EUR zu zahlen"), and "und zwar am" may take the colon's place.
const INSTALMENT_GAP = '(?:[^.!?:]|\\.(?=\\d))';
const INSTALMENT_WORD = '(teilbetrag\\w*|raten|teilzahlungen|(zahlungs|fallig\\w*)?terminen)';
const INSTALMENT_VERB = '(zu entrichten|zu zahlen|zu uberweisen|zu begleichen|zahlen sie|zahlbar|fallig)';
const INSTALMENT_LEAD = new RegExp(`(\\b${INSTALMENT_WORD}\\b${INSTALMENT_GAP}{0,80}\\b${INSTALMENT_VERB}|\\b${INSTALMENT_VERB}\\b${INSTALMENT_GAP}{0,80}\\b${INSTALMENT_WORD})\\b[^.!?:]{0,40}(:|,?\\s*und zwar)\\s*(1\\.\\s*(rate|teilbetrag)\\s*)?(fallig\\s+)?(am|zum|bis zum|bis)?\\s*$`);

/** The first date of an instalment plan: the first date of a paragraph whose lead (ending in this
 *  paragraph or the one before) splits the sum into dated instalments. The new advance payments of a
 *  utility's Abschlagsplan divide no sum of this letter and are no instalments. */
function instalmentPlanStart(previousText: string, text: string): DateHit | undefined {
  const first = findDates(text)[0];
  if (!first) return undefined;
  const lead = loose(`${previousText} ${text.slice(0, first.start)}`);
  if (!INSTALMENT_LEAD.test(lead) || asksForDeferral(sentenceAround(lead, lead.length, lead.length)) || /abschlag/.test(lead.slice(-160))) return undefined;
  return first;
}

function dueInTable(letter: Letter): Found<string> | undefined {
  for (const line of letter.lines) {
    if (line.zone === 'footer') continue;
    // OCR may lose the dots of the ä ("Falligkeitsdatum") or read it as à, and add an accent to the i ("fällíg").
    const m = /\b(f(ae|[äàáa])ll[iíì]gkeit(sdatum)?|f(ae|[äàáa])ll[iíì]g am|zahlungsziel|zahlbar bis|due date)\b/i.exec(line.raw);
    if (!m || findDates(line.raw).length > 0) continue;
    const wordIndex = line.rawStarts.findIndex((start, i) => start <= m.index && (line.rawStarts[i + 1] ?? Infinity) > m.index);
    const label = line.words[wordIndex];
    if (!label) continue;
    if (label.box.x1 <= label.box.x0) {
      // A text layer without word positions: the header's last (or first) cell stands over the
      // row's last (or first) value.
      const row = letter.lines[line.index + 1];
      if (!row || row.page !== line.page || row.gapBefore) continue;
      const dates = findDates(row.raw);
      const last = dates[dates.length - 1];
      const first = dates[0];
      // The border of a pipe table ("| … | fällig am  |") is no cell.
      const blank = (text: string): boolean => text.replace(/[|│┃]/g, '').trim() === '';
      if (blank(line.raw.slice(m.index + m[0].length)) && last && blank(row.raw.slice(last.end))) return { value: last.iso, source: sourceOf(row, last.start, last.end), rule: 'Fälligkeit in Tabelle' };
      if (blank(line.raw.slice(0, m.index)) && first && blank(row.raw.slice(0, first.start))) return { value: first.iso, source: sourceOf(row, first.start, first.end), rule: 'Fälligkeit in Tabelle' };
      continue;
    }
    const height = label.box.y1 - label.box.y0;
    for (const next of letter.lines.slice(line.index + 1, line.index + 6)) {
      if (next.page !== line.page) break;
      const y0 = Math.min(...next.words.map((w) => w.box.y0));
      if (y0 < label.box.y1 - height * 0.3) continue;
      if (y0 > label.box.y1 + height * 4) break;
      // A table cell, not a sentence that happens to stand below the header. A row of several
      // cells (invoice number, customer number, invoice date, due date) has many words but few
      // lower-case ones.
      if (next.words.length > 6 && next.words.filter((w) => /^[a-zäöüß]{2,}/.test(w.text)).length >= 2) continue;
      for (const hit of findDates(next.raw)) {
        const wi = next.rawStarts.findIndex((start, i) => start <= hit.start && (next.rawStarts[i + 1] ?? Infinity) > hit.start);
        const word = next.words[wi];
        if (!word) continue;
        // Under the header: overlapping it horizontally, give or take a few characters.
        if (word.box.x1 >= label.box.x0 - height * 3 && word.box.x0 <= label.box.x1 + height * 3) {
          return { value: hit.iso, source: sourceOf(next, hit.start, hit.end), rule: 'Fälligkeit in Tabelle' };
        }
      }
    }
  }
  return undefined;
}

export type { Line };
