// German national public holidays (bundeseinheitliche Feiertage) and working days, for moving a
// deadline that ends on a Saturday, Sunday or public holiday to the next working day (§ 193 BGB,
// § 222 Abs. 2 ZPO, § 31 Abs. 3 VwVfG). Only the nine holidays every Land has are known here; a
// Land's own holidays (e.g. Reformationstag in MV, Fronleichnam in NRW) are not, so a deadline on
// such a day is shown one working day too early: the safe side for the municipality.

export interface Holiday { date: string; name: string }

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

const cache = new Map<number, Holiday[]>();

/** The national public holidays of a year, in date order. */
export function nationalHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Neujahr' },
    { date: addDays(easter, -2), name: 'Karfreitag' },
    { date: addDays(easter, 1), name: 'Ostermontag' },
    { date: iso(year, 5, 1), name: 'Tag der Arbeit' },
    { date: addDays(easter, 39), name: 'Christi Himmelfahrt' },
    { date: addDays(easter, 50), name: 'Pfingstmontag' },
    { date: iso(year, 10, 3), name: 'Tag der Deutschen Einheit' },
    { date: iso(year, 12, 25), name: '1. Weihnachtstag' },
    { date: iso(year, 12, 26), name: '2. Weihnachtstag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

export function holidayOn(date: string): Holiday | undefined {
  return nationalHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

export function weekdayName(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/** Why a day is not a working day ("Samstag", "Pfingstmontag"), or null for a working day. */
export function nonWorkingReason(date: string): string | null {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return weekdayName(date);
  return holidayOn(date)?.name ?? null;
}

/** The day itself if it is a working day, else the next one. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (nonWorkingReason(day) !== null) day = addDays(day, 1);
  return day;
}
