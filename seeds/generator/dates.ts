// Calendar helpers on plain ISO dates (UTC), so no time zone ever shifts a deadline.
import type { Rng } from './prng.ts';

export const MONTHS_DE = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = parse(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** A working day (Mon–Fri) between 2024-01-02 and 2026-06-30: letters are written on weekdays. */
export function randomLetterDate(rng: Rng): string {
  const start = parse('2024-01-02').getTime();
  const span = Math.floor((parse('2026-06-30').getTime() - start) / 86_400_000);
  let d = iso(new Date(start + rng.int(0, span) * 86_400_000));
  while ([0, 6].includes(parse(d).getUTCDay())) d = addDays(d, 1);
  return d;
}

export type DateStyle = 'numeric' | 'long' | 'iso' | 'short-year';

export function formatDate(isoDate: string, style: DateStyle = 'numeric'): string {
  const [y, m, d] = isoDate.split('-');
  const month = Number(m);
  switch (style) {
    case 'long': return `${Number(d)}. ${MONTHS_DE[month - 1] ?? ''} ${y}`;
    case 'iso': return isoDate;
    case 'short-year': return `${d}.${m}.${String(y).slice(2)}`;
    default: return `${d}.${m}.${y}`;
  }
}

export function year(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
