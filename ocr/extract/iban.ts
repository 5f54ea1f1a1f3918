// IBANs in OCR text: ISO 13616 lengths, mod-97 check digits, look-alike repairs. Used by the
// field extractor (money.ts) and by the second reading of IBANs that fail their check (ocr/reread.ts).

// ISO 13616 lengths for the countries a German city's mail names.
const IBAN_LENGTHS: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, LI: 21, NL: 18, BE: 16, LU: 20, FR: 27, IT: 27, ES: 24, PL: 28, CZ: 24, DK: 18,
  GB: 22, IE: 22, SE: 24, NO: 15, FI: 18, PT: 25, SK: 24, SI: 19, HU: 28, HR: 21, EE: 20, LV: 21, LT: 20, MC: 27, GR: 27,
  // The rest of the IBAN registry: an IBAN of any other two letters is a word that passed mod-97 by chance.
  AD: 24, AE: 23, AL: 28, AZ: 28, BA: 20, BG: 22, BH: 22, BR: 29, BY: 28, CR: 22, CY: 28, DO: 28, EG: 29, FO: 18, GE: 22,
  GI: 23, GL: 18, GT: 28, IL: 23, IQ: 23, IS: 26, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LY: 25, MD: 24, ME: 22, MK: 19,
  MR: 27, MT: 31, MU: 30, PK: 24, PS: 29, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SD: 18, SM: 27, ST: 25, SV: 28, TL: 23,
  TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
// Countries whose BBAN is digits only: there, O/I/l/S/B/Z in the OCR text are repaired to digits.
const NUMERIC_BBAN = new Set(['DE', 'AT', 'CH', 'LI', 'BE', 'LU', 'PL', 'CZ', 'DK', 'SE', 'NO', 'FI', 'PT', 'SK', 'SI', 'HU', 'HR', 'EE', 'LT', 'ES']);
// '@' is a 0 in a scan: OCR reads the round glyph with a dot or slash inside ("DE1@ 5001").
const DIGIT_REPAIRS: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', '@': '0', I: '1', l: '1', i: '1', '|': '1', '!': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', G: '6', b: '6' };

/** True when the IBAN (no spaces) has a known length and valid mod-97 check digits. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  // "KV 260 Abnahme der …" (a cost-schedule number and a word) can pass mod-97 by chance: only the
  // registry's countries, at their length, are IBANs.
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected === undefined || iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Repairs an OCR-read IBAN candidate: spaces out, look-alike letters to digits where digits
 *  must stand. Returns the repaired IBAN only when its checksum holds. */
export function repairIban(candidate: string): string | undefined {
  const compact = candidate.replace(/[\s.\-\u00a0\u202f]/g, '');
  if (compact.length < 15) return undefined;
  const country = compact.slice(0, 2).toUpperCase().replace(/0/g, 'O').replace(/[1|]/g, 'I').replace(/5/g, 'S').replace(/8/g, 'B');
  const length = IBAN_LENGTHS[country];
  const toDigit = (c: string) => (/\d/.test(c) ? c : DIGIT_REPAIRS[c] ?? c);
  const check = [...compact.slice(2, 4)].map(toDigit).join('');
  let bban = compact.slice(4, length !== undefined ? length : undefined);
  bban = NUMERIC_BBAN.has(country) ? [...bban].map(toDigit).join('') : bban.toUpperCase();
  const iban = `${country}${check}${bban}`;
  return isValidIban(iban) ? iban : undefined;
}

// The check digits may be read as lower-case look-alikes as well ("DEo6 2505 …") or a Q for a 0: repairIban turns
// them into digits like the upper-case ones. OCR may lose the space after the label ("IBANDE20 2504 …").
const IBAN_CANDIDATE = /(?:(?<![A-Za-z0-9])|(?<=(?<![A-Za-z0-9])(?:IBAN|Iban):?))([A-Z][A-Z0-9]) ?([0-9OoQIilSsBZz@]{2})((?: ?[0-9A-Za-z|@]{1,4}){3,8})/g;

/** Valid IBANs in a line of text, with their character span (look-alikes repaired, see repairIban). */
export function findIbans(raw: string): { iban: string; start: number; end: number }[] {
  const found: { iban: string; start: number; end: number }[] = [];
  const candidates = new RegExp(IBAN_CANDIDATE.source, 'g');
  for (let m = candidates.exec(raw); m !== null; m = candidates.exec(raw)) {
    const text = m[0];
    // Try the longest prefix that validates: the candidate may have swallowed a following word.
    let iban: string | undefined;
    let used = text.length;
    for (let cut = text.length; cut >= 15 && !iban; cut--) {
      if (cut < text.length && /[A-Za-z0-9]/.test(text[cut] ?? '') && text[cut - 1] !== ' ') continue;
      iban = repairIban(text.slice(0, cut));
      used = cut;
    }
    // A candidate that is no IBAN may have run over one printed after it in the same row ("USt-IdNr.
    // DE 319 441 026  IBAN DE54 2509 …", "PR 110 AG Hannover  IBAN DE87 …" in a multi-column
    // footer): the search goes on right after the candidate's first character.
    if (!iban) { candidates.lastIndex = m.index + 1; continue; }
    // The span ends at the IBAN's last character, not at a swallowed "BIC …".
    let seen = 0;
    for (let k = 0; k < text.length; k++) {
      if (/[A-Za-z0-9|@]/.test(text[k] ?? '')) seen += 1;
      if (seen === iban.length) { used = k + 1; break; }
    }
    found.push({ iban, start: m.index, end: m.index + used });
    candidates.lastIndex = m.index + used;
  }
  return found;
}

/** A country code this module knows the IBAN length of. */
export function isIbanCountry(code: string): boolean {
  return IBAN_LENGTHS[code] !== undefined;
}
