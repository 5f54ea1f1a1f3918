// German dates in OCR text: "12.03.2024", "12.3.24", "12. März 2024", "2024-03-12", with the usual
// OCR swaps in digit positions (O→0, l/I→1). Letter date and deadline (absolute or relative).
import type { FieldSource } from '../../electron/contract/domain.ts';
import { rowLines, sourceOf, type Letter, type Line } from './layout.ts';

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jaenner: 1, februar: 2, feb: 2, maerz: 3, marz: 3, mrz: 3, maer: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};

export interface DateHit { iso: string; start: number; end: number }

const D = '[0-9OoIl|]';
const NUMERIC = new RegExp(`(?<![0-9A-Za-z.])(${D}{1,2}) ?[.,] ?(${D}{1,2}) ?[.,] ?(${D}{4}|${D}{2})(?![0-9])`, 'g');
const NAMED = new RegExp(`(?<![0-9])(${D}{1,2})\\.? ?(januar|jan|jänner|februar|feb|märz|maerz|marz|mrz|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez)\\.? ?(${D}{4})(?![0-9])`, 'gi');
const ISO = /(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/g;

function digits(text: string): number {
  return Number(text.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1'));
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
    const iso = isoDate(digits(m[3] ?? ''), digits(m[2] ?? ''), digits(m[1] ?? ''));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NAMED)) {
    const month = MONTHS[(m[2] ?? '').toLowerCase().replace('ä', 'ae')];
    const iso = month ? isoDate(digits(m[3] ?? ''), month, digits(m[1] ?? '')) : undefined;
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ISO)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) hits.push({ iso, start: m.index, end: m.index + m[0].length });
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
const LETTER_DATE_LABEL = /(^|\b)(datum|rechnungsdatum|belegdatum|ausstellungsdatum|bescheiddatum|schreiben vom den|den|date)\s*:?\s*$/;

/** The date the letter was written: a labelled date ("Datum:", "Rechnungsdatum"), else
 *  "Ort, den 12.03.2024", else the first free-standing date in the letter's header. */
export function extractLetterDate(letter: Letter): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const header = letter.lines.filter((line) => line.page === firstPage && (letter.salutation === undefined ? line.top < 0.6 : line.index <= letter.salutation));
  let best: { score: number; found: Found<string> } | undefined;
  for (const line of header) {
    const folded = line.raw.toLowerCase().replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ö/g, 'oe');
    for (const hit of findDates(line.raw)) {
      const before = folded.slice(0, hit.start);
      let score = 0;
      let rule = 'Datum im Briefkopf';
      if (LETTER_DATE_LABEL.test(before) && !/(liefer|leistungs|faelligkeits)datum\s*:?\s*$/.test(before)) { score = 3; rule = 'Datumsangabe'; }
      else if (/(rechnung|gutschrift|invoice|abrechnung|mahnung|angebot|bescheid)\b.{0,80}\b(vom|issued (at|on)|dated)\s*$/.test(before)) { score = 2.8; rule = 'Belegdatum'; }
      else if (/\b(invoice date|issued (at|on)|date of issue)\s*:?\s*$/.test(before)) { score = 3; rule = 'Datumsangabe'; }
      else if (/^[a-zäöüß .-]{3,40},\s*(den\s*)?$/i.test(line.raw.slice(0, hit.start))) { score = 3; rule = 'Ort, Datum'; }
      else if (FOREIGN_DATE_BEFORE.test(before) || /(liefer|leistungs|faelligkeits|geburts)datum\s*:?\s*$/.test(before)) continue;
      else if (line.raw.slice(0, hit.start).trim() === '' && line.raw.slice(hit.end).trim() === '') score = 2;
      else score = 1;
      if (line.zone === 'subject' || line.zone === 'body') score -= 0.5;
      if (!best || score > best.score) best = { score, found: { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule } };
    }
  }
  return best?.found;
}

/** The clause (between commas or semicolons) around a range: discount terms stay in their clause. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
  const nextComma = text.slice(end).search(/[,;]/);
  return text.slice(from, nextComma < 0 ? text.length : end + nextComma);
}

const NUMBER_WORDS: Record<string, number> = {
  eins: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwoelf: 12, vierzehn: 14, fuenfzehn: 15, zwanzig: 20, einundzwanzig: 21, dreissig: 30, vierzig: 40, sechzig: 60,
};

function fold(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

function quantity(token: string): number | undefined {
  const cleaned = token.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  if (/^\d{1,3}$/.test(cleaned)) return Number(cleaned);
  return NUMBER_WORDS[fold(token)];
}

function unitDays(unit: string, n: number): number {
  const u = fold(unit);
  if (u.startsWith('woche')) return n * 7;
  if (u.startsWith('monat')) return n * 30;
  return n;
}

const ABSOLUTE_DUE = /(zahlbar|faellig|zu zahlen|zu ueberweisen|zahlungsziel|zahlungsfrist|frist|spaetestens|einzahlen|ueberweisen|begleichen|ausgleichen|eingehend|zahlung|zahlungstermin)[^.]{0,50}?(bis\s*(zum|spaetestens)?|am|zum|per|:)\s*(den)?\s*$|\bbis\s*(zum|spaetestens)?\s*(den)?\s*$|\bfaelligkeit(sdatum)?\s*:?\s*$|\b(remit|payable|pay|due)\s*(until|by|on|date)\s*:?\s*$/;
const RELATIVE = /(innerhalb|binnen|in|zahlbar|zahlungsziel|netto)\s*(von|der naechsten)?\s*:?\s*([0-9OIl]{1,3}|[a-z]+)\s*(kalender|werk|bank)?(tag|tage|tagen|woche|wochen|monat|monaten|monats)\b/;
const NETTO_DAYS = /\b([0-9]{1,3})\s*tage?\s*(netto|rein netto|ohne abzug)/;
const IMMEDIATE = /\b(sofort|umgehend|ohne abzug sofort|unverzueglich)\s*(zahlbar|faellig|zu zahlen|zur zahlung|ohne abzug|nach erhalt)|\b(zahlbar|faellig|zahlung)\s*(ist)?\s*(sofort|umgehend)/;

/** The deadline the letter sets: an absolute date after "zahlbar bis", "bis zum", "fällig am", or a
 *  relative one ("innerhalb von 14 Tagen", "30 Tage netto", "sofort") counted from the letter date
 *  ("nach Erhalt" from the receipt date). Discount terms (Skonto) are not the deadline. */
export function extractDueDate(letter: Letter, letterDate: string | undefined, receivedAt: string): Found<string> | undefined {
  let best: { score: number; found: Found<string> } | undefined;
  const consider = (score: number, found: Found<string>) => {
    if (!best || score > best.score) best = { score, found };
  };
  // General terms and conditions on the back set periods ("Mängel innerhalb von acht Tagen"),
  // not this letter's deadline: nothing after their heading counts.
  const terms = letter.lines.find((line) => /^(allgemeine\s+)?(geschaefts|liefer|verkaufs|zahlungs)?\s*(-\s*und\s+\w+)?bedingungen\b|^agb\b/.test(fold(line.raw).trim()) && /bedingungen|agb/.test(fold(line.raw)))?.index ?? Infinity;
  for (const line of rowLines(letter)) {
    if (line.zone === 'footer' || line.index >= terms) continue;
    const folded = fold(line.raw);
    const payment = /(zahl|ueberweis|betrag|faellig|begleich|rechnung|forderung|mahnung|entrichten)/.test(folded);
    for (const hit of findDates(line.raw)) {
      const before = fold(line.raw.slice(Math.max(0, hit.start - 80), hit.start));
      if (/\b(vom|von)\s*(dem|den)?\s*[0-9.\s]*$/.test(before) && !/bis\s*$/.test(before)) continue;
      if (/\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?\s*(bis|-|–)\s*$/.test(before)) continue; // the end of a period
      if (/(skonto|abzug von)/.test(clauseAround(fold(line.raw), hit.start, hit.end))) continue;
      const afterDate = fold(line.raw.slice(hit.end, hit.end + 12));
      if (/^\s*(bis|-|–)\s*\d/.test(afterDate)) continue; // a period "vom … bis …"
      // German puts the verb after the date ("bis zum 01.09. auszugleichen"): the whole line counts.
      const deadlineWords = /(frist|zahl|ueberweis|begleich|ausgleich|gleichen|faellig|einreich|vorleg|nachreich|zuruecksend|uebermittel|aeussern|stellungnahme|mitteil|rueckmeld|antwort|entscheidung|einzureichen|vorzulegen|spaetestens|remit|payable|due)/.test(folded);
      // A notice of termination "zum 30.06." names when a contract ends, not a deadline for the city.
      if (/kuendig/.test(folded) && !/(zahl|ueberweis|betrag)/.test(folded)) continue;
      if (ABSOLUTE_DUE.test(before) && (deadlineWords || !/\bbis\s*(zum|spaetestens)?\s*(den)?\s*$/.test(before))) {
        consider(payment ? 3 : 2, { value: hit.iso, source: sourceOf(line, hit.start, hit.end), rule: 'Frist mit Datum' });
      }
    }
    // "innerhalb von 10\nTagen": the number and its unit may stand on two lines.
    const nextLine = letter.lines[line.index + 1];
    const joined = nextLine && nextLine.page === line.page ? `${folded} ${fold(nextLine.raw)}` : folded;
    const relative = RELATIVE.exec(joined) ?? undefined;
    const nettoMatch = NETTO_DAYS.exec(folded) ?? undefined;
    if (relative && relative.index < folded.length && !/skonto/.test(clauseAround(joined, relative.index, relative.index + relative[0].length))) {
      const n = quantity(relative[3] ?? '');
      const afterRelative = joined.slice(relative.index + relative[0].length, relative.index + relative[0].length + 50);
      const context = joined.slice(Math.max(0, relative.index - 60), relative.index + relative[0].length + 60);
      const counted = /^\s*(ab|nach|seit) (dem )?(datum|zugang|erhalt|eingang|zustellung|bekanntgabe)/.test(afterRelative);
      // The remedy instructions of a Bescheid (also quoted in an objection) are no payment deadline.
      const remedy = /(widerspruch|einspruch|klage|rechtsbehelf)/.test(context);
      if (n !== undefined && !remedy && n > 0 && n <= 120 && (counted || /(zahl|ueberweis|begleich|faellig|betrag|ausgleich|rechnung|netto|entrichten|frist|antwort|entscheidung|stellungnahme|rueckmeld|aeussern|einreich|vorleg|zuruecksend|uebermittel)/.test(context))) {
        const fromReceipt = /nach (erhalt|zugang|eingang|zustellung)/.test(afterRelative);
        const base = fromReceipt ? receivedAt : letterDate;
        if (base) {
          const days = unitDays(relative[5] ?? 'tage', n);
          const raw = line.raw;
          consider(payment ? 2.5 : 1.5, { value: addDays(base, days), source: sourceOf(line, 0, raw.length), rule: `Frist ${days} Tage ab ${fromReceipt ? 'Eingang' : 'Briefdatum'}` });
        }
      }
    }
    if (nettoMatch && letterDate) {
      const n = Number(nettoMatch[1]);
      if (n > 0 && n <= 120) consider(2.6, { value: addDays(letterDate, n), source: sourceOf(line, 0, line.raw.length), rule: `${n} Tage netto ab Briefdatum` });
    }
    if (IMMEDIATE.test(folded) && letterDate && !/skonto/.test(folded)) {
      consider(2.4, { value: letterDate, source: sourceOf(line, 0, line.raw.length), rule: 'sofort fällig' });
    }
  }
  return best?.found;
}

export type { Line };
