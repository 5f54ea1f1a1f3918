// IBANs with valid ISO 13616 check digits (mod 97), so extractors can validate what they read.
import type { Rng } from './prng.ts';

/** Remainder mod 97 of the IBAN number string, computed piecewise (too long for a double). */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) {
    rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  }
  return rest;
}

function toDigits(s: string): string {
  return s.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = mod97(toDigits(`${bban}${country}00`));
  return String(98 - remainder).padStart(2, '0');
}

export function makeIban(country: string, bban: string): string {
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  return mod97(toDigits(compact.slice(4) + compact.slice(0, 4))) === 1;
}

/** A German IBAN: Bankleitzahl (8) + Kontonummer (10); sometimes Austrian (5 + 11). */
export function randomIban(rng: Rng, country: 'DE' | 'AT' = 'DE'): string {
  const digits = (n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  if (country === 'AT') return makeIban('AT', `${rng.int(1, 9)}${digits(4)}${digits(11)}`);
  return makeIban('DE', `${rng.int(1, 8)}${digits(7)}${digits(10)}`);
}

/** Printed form: groups of four, as on letterheads and invoices. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
