// Deadlines (Fristen) from the receipt date: finds the period a letter states ("innerhalb eines
// Monats nach Bekanntgabe", "binnen zwei Wochen nach Zustellung", "binnen einer Woche") and computes
// its last day. Pure: text and dates in, a date and its explanation out.
//
// The rules, and where a choice was made, the safe side (the earlier date) for the municipality:
// - Start: "nach Zugang/Erhalt/Eingang/Empfang" and "nach Zustellung" count from the receipt date
//   (the Eingangsstempel, § 418 ZPO). "nach Bekanntgabe" counts from the day a posted administrative
//   act is deemed notified: the fourth day after posting (§ 41 Abs. 2 VwVfG, § 122 Abs. 2 AO,
//   § 37 Abs. 2 SGB X as amended by the Postrechtsmodernisierungsgesetz, from 2025-01-01; the third
//   day for letters dated before), the letter date taken as the day of posting; if the letter
//   arrived later than that, the receipt date (the fiction yields to a later receipt). Without a
//   letter date, the receipt date. A period without a stated start counts from the letter date if
//   there is one (the earliest reading), else from the receipt date.
// - Length (§§ 187 Abs. 1, 188 BGB, § 222 Abs. 1 ZPO, § 31 VwVfG): the start day is not counted;
//   days and weeks are added; a month period ends on the day with the start day's number, or on the
//   month's last day if there is none (31 January + 1 month = 28/29 February).
// - End on a Saturday, Sunday or national public holiday: the next working day (§ 193 BGB,
//   § 222 Abs. 2 ZPO, § 31 Abs. 3 VwVfG). See holidays.ts for what "national" leaves out.
// - Several periods in one letter: the earliest deadline wins. A date the letter states itself
//   (the `dueDate` field, e.g. "zahlbar bis 04.12.2026") competes with them as it stands.
import { RECEIPT_TIME_ZONE } from '../../contract/domain.ts';
import { addDays, nextWorkingDay, nonWorkingReason } from './holidays.ts';

export { RECEIPT_TIME_ZONE };

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';
export type PeriodStart = 'notification' | 'service' | 'receipt' | 'letter' | 'unstated';

export interface StatedPeriod {
  amount: number;
  unit: PeriodUnit;
  start: PeriodStart;
  /** The words of the letter that state the period. */
  text: string;
}

export interface Deadline {
  /** The last day to act, after a weekend/holiday shift. */
  date: string;
  /** How the date was reached, in German, for the clerk. */
  basis: string;
  /** The letter's own words. */
  text: string;
  /** The day the period started from; null for a date the letter states itself. */
  startDate: string | null;
  /** The period's last day before any shift. */
  periodEnd: string;
}

export interface DeadlineInput {
  /** The letter's text (OCR or text layer). */
  text: string;
  /** The item's receipt timestamp (ISO); its calendar day in Germany is the receipt date. */
  receivedAt: string;
  letterDate?: string | undefined;
  /** A deadline date the extractor found in the letter ("bis zum 04.12.2026"). */
  dueDate?: string | undefined;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: RECEIPT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The receipt stamp's date: the calendar day in Germany, whatever the server's time zone. */
export function receiptDate(receivedAt: string): string {
  return dayFormat.format(new Date(receivedAt));
}

export function germanDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

const NUMBERS: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, vierzehn: 14, zwanzig: 20, einundzwanzig: 21, dreißig: 30, sechzig: 60,
};
const QTY = `(\\d{1,3}|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = '(kalendertagen|kalendertage|werktagen|tagen|tage|tag|wochen|woche|monaten|monate|monats|monat|jahren|jahres|jahr)';
const START_WORDS = '(bekanntgabe|bekanntmachung|zustellung|zugang|erhalt|eingang|empfang|absendung|datum|ausstellung)';
// "innerhalb eines Monats nach Bekanntgabe", "binnen einer Notfrist von zwei Wochen ab Zustellung",
// "innerhalb von 14 Tagen nach Erhalt dieses Schreibens", "Frist von einer Woche".
const PERIOD = new RegExp(
  `(?:(?:innerhalb|binnen)\\s+(?:(?:einer\\s+)?(?:not)?frist\\s+von\\s+)?(?:von\\s+)?|(?:not)?frist\\s+von\\s+)${QTY}\\s+${UNIT}\\b`
  + `(?:\\s+(?:nach|ab|seit|von)\\s+(?:der\\s+|dem\\s+|ihrer\\s+|seiner\\s+|deren\\s+)?${START_WORDS}\\b(?:\\s+(?:dieses|dieser|des|der|ihres)\\s+[\\p{L}-]+)?)?`,
  'giu',
);

function startOf(word: string | undefined): PeriodStart {
  switch (word?.toLowerCase()) {
    case undefined: return 'unstated';
    case 'bekanntgabe': case 'bekanntmachung': return 'notification';
    case 'zustellung': return 'service';
    case 'zugang': case 'erhalt': case 'eingang': case 'empfang': return 'receipt';
    default: return 'letter';
  }
}

function unitOf(word: string): PeriodUnit {
  const w = word.toLowerCase();
  if (w.startsWith('woche')) return 'week';
  if (w.startsWith('monat')) return 'month';
  if (w.startsWith('jahr')) return 'year';
  return 'day';
}

/** Every period the text states, in order. Discount terms (Skonto) are not deadlines. */
export function findPeriods(text: string): StatedPeriod[] {
  const flat = text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
  const periods: StatedPeriod[] = [];
  for (const match of flat.matchAll(PERIOD)) {
    const around = flat.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).toLowerCase();
    if (/skonto|abzug von/.test(around)) continue;
    const raw = match[1]!.toLowerCase();
    const amount = /^\d+$/.test(raw) ? Number(raw) : NUMBERS[raw];
    // "Werktage" would need the holiday calendar for the count itself; they are rare in letters to
    // a municipality and counted as calendar days here (earlier, so on the safe side).
    if (amount === undefined || amount <= 0 || amount > 366) continue;
    periods.push({ amount, unit: unitOf(match[2]!), start: startOf(match[3]), text: match[0].trim() });
  }
  return periods;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a period that starts with the event on `start` (§§ 187 Abs. 1, 188 BGB). */
export function periodEnd(start: string, amount: number, unit: PeriodUnit): string {
  if (unit === 'day') return addDays(start, amount);
  if (unit === 'week') return addDays(start, amount * 7);
  const months = unit === 'year' ? amount * 12 : amount;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = (m - 1) + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The four-day delivery fiction applies to letters posted from 2025 on; before, three days. */
export const FOUR_DAY_FICTION_FROM = '2025-01-01';

interface Start { date: string; basis: string }

function startDate(period: StatedPeriod, received: string, letterDate: string | undefined): Start {
  const stamp = `Eingangsdatum ${germanDate(received)}`;
  switch (period.start) {
    case 'receipt':
      return { date: received, basis: `ab Zugang: ${stamp}` };
    case 'service':
      return { date: received, basis: `ab Zustellung: ${stamp}` };
    case 'notification': {
      if (!letterDate) return { date: received, basis: `ab Bekanntgabe: ${stamp} (Briefdatum nicht erkannt)` };
      const days = letterDate >= FOUR_DAY_FICTION_FROM ? 4 : 3;
      const deemed = addDays(letterDate, days);
      const law = days === 4 ? '§ 41 Abs. 2 VwVfG (seit 2025)' : '§ 41 Abs. 2 VwVfG a. F.';
      if (received > deemed) {
        return { date: received, basis: `ab Bekanntgabe: ${stamp}, später als der ${days === 4 ? 'vierte' : 'dritte'} Tag nach Aufgabe zur Post (${law})` };
      }
      return {
        date: deemed,
        basis: `ab Bekanntgabe ${germanDate(deemed)}: ${days === 4 ? 'vierter' : 'dritter'} Tag nach Aufgabe zur Post, Briefdatum ${germanDate(letterDate)} als Aufgabetag (${law})`,
      };
    }
    case 'letter':
      return letterDate
        ? { date: letterDate, basis: `ab Briefdatum ${germanDate(letterDate)}` }
        : { date: received, basis: `ab ${stamp} (Briefdatum nicht erkannt)` };
    case 'unstated':
      return letterDate
        ? { date: letterDate, basis: `ab Briefdatum ${germanDate(letterDate)} (Fristbeginn nicht genannt: früheste Lesart)` }
        : { date: received, basis: `ab ${stamp} (Fristbeginn nicht genannt)` };
  }
}

const UNIT_WORDS: Record<PeriodUnit, [string, string]> = {
  day: ['Tag', 'Tage'], week: ['Woche', 'Wochen'], month: ['Monat', 'Monate'], year: ['Jahr', 'Jahre'],
};

function shiftNote(end: string): { date: string; note: string } {
  const reason = nonWorkingReason(end);
  if (!reason) return { date: end, note: '' };
  const day = reason === 'Samstag' || reason === 'Sonntag' ? `einen ${reason}` : `einen Feiertag (${reason})`;
  return { date: nextWorkingDay(end), note: `; Fristende ${germanDate(end)} fällt auf ${day}: nächster Werktag (§ 193 BGB, § 222 Abs. 2 ZPO)` };
}

/** The deadline of one stated period. */
export function deadlineOfPeriod(period: StatedPeriod, input: Omit<DeadlineInput, 'text' | 'dueDate'>): Deadline {
  const received = receiptDate(input.receivedAt);
  // A letter date after the receipt is an OCR or typing error: it cannot start a period.
  const letterDate = input.letterDate && input.letterDate <= received ? input.letterDate : undefined;
  const start = startDate(period, received, letterDate);
  const end = periodEnd(start.date, period.amount, period.unit);
  const shifted = shiftNote(end);
  const [one, many] = UNIT_WORDS[period.unit];
  return {
    date: shifted.date,
    basis: `${period.amount} ${period.amount === 1 ? one : many} ${start.basis}${shifted.note}`,
    text: period.text,
    startDate: start.date,
    periodEnd: end,
  };
}

/** The deadline to show the clerk: the earliest of the stated periods and the stated due date. */
export function computeDeadline(input: DeadlineInput): Deadline | null {
  const candidates = findPeriods(input.text).map((period) => deadlineOfPeriod(period, input));
  if (input.dueDate) {
    candidates.push({ date: input.dueDate, basis: `Datum im Schreiben genannt (${germanDate(input.dueDate)})`, text: `bis ${germanDate(input.dueDate)}`, startDate: null, periodEnd: input.dueDate });
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((earliest, candidate) => (candidate.date < earliest.date ? candidate : earliest));
}
