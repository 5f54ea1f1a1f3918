// Money in German letters: amounts ("1.234,56 €", "EUR 1.234,56", "1 234,56", "1.234,-") and IBANs
// (ISO 13616 mod-97 validated after OCR repairs in digit positions).
import type { FieldSource } from '../../electron/contract/domain.ts';
import { rowLines, sourceOf, type Letter } from './layout.ts';
import type { Found } from './dates.ts';

const NUM = '[0-9OIl]';
// German grouping with dots or (thin) spaces, decimal comma; or an integer with ",-" / ",--".
const AMOUNT = new RegExp(
  `(?<![0-9A-Za-z.,])(-\\s?)?(${NUM}{1,3}(?:[.\\u202f\\u00a0 '](?:${NUM}{3}))+|${NUM}+)(?:\\s?,\\s?(${NUM}{2}|-{1,2}|—))?(?![0-9])`, 'g',
);
const CURRENCY_AFTER = /^\s*(€|eur\b|euro\b|chf\b|usd\b|\$|gbp\b|£)/i;
const CURRENCY_BEFORE = /(€|eur|euro|chf|usd|\$|gbp|£)\s*:?\s*$/i;

// Amounts in English notation ("160.00 €", "EUR 1,234.56") count only next to a currency sign.
const ENGLISH_AMOUNT = /(?<![0-9A-Za-z.,])(-\s?)?(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})(?![0-9.,])/g;

export interface AmountHit { value: number; start: number; end: number; currency?: string; decimals: boolean }

function isoCurrency(symbol: string): string {
  const s = symbol.toLowerCase();
  if (s === '€' || s === 'eur' || s === 'euro') return 'EUR';
  if (s === '$' || s === 'usd') return 'USD';
  if (s === '£' || s === 'gbp') return 'GBP';
  return s.toUpperCase();
}

function toNumber(intPart: string, decimals: string | undefined): number {
  const digits = intPart.replace(/[O]/g, '0').replace(/[Il]/g, '1').replace(/[^0-9]/g, '');
  const cents = decimals && /^\d{2}$/.test(decimals.replace(/O/g, '0').replace(/[Il]/g, '1')) ? decimals.replace(/O/g, '0').replace(/[Il]/g, '1') : '00';
  return Number(`${digits}.${cents}`);
}

/** Amounts in one line: a number with a decimal comma, or any number next to a currency sign. */
export function findAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, minus, intPart = '', decimals] = m;
    if (!/\d/.test(intPart)) continue;
    const start = m.index;
    const end = start + whole.length;
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const hasDecimals = decimals !== undefined;
    if (!hasDecimals && !after && !before) continue;
    // "12.03.2024" or "1.40" are not amounts: dates and codes carry dots in the wrong places.
    if (/^\d{1,2}\.\d{1,2}\.?\d*$/.test(intPart) && !after && !before) continue;
    if (/[.,]\d/.test(text.slice(end, end + 2))) continue;
    let value = toNumber(intPart, hasDecimals && decimals !== '-' && decimals !== '--' && decimals !== '—' ? decimals : undefined);
    if (minus) value = -value;
    const symbol = after?.[1] ?? before?.[1];
    const hit: AmountHit = { value, start, end: after ? end + after[0].length : end, decimals: hasDecimals };
    if (symbol) hit.currency = isoCurrency(symbol);
    hits.push(hit);
  }
  for (const m of text.matchAll(ENGLISH_AMOUNT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const symbol = after?.[1] ?? before?.[1];
    if (!symbol) continue;
    const value = Number(`${(m[2] ?? '').replace(/,/g, '')}.${m[3] ?? '00'}`) * (m[1] ? -1 : 1);
    hits.push({ value, start, end: after ? end + after[0].length : end, decimals: true, currency: isoCurrency(symbol) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Parses one amount string ("1.234,56 €" → 1234.56). */
export function parseGermanAmount(text: string): number | undefined {
  return findAmounts(text)[0]?.value;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

// What a label says about the amount after it: the sum to pay wins, then totals; net sums,
// taxes, discounts and single positions never are the answer.
const PAYABLE = /(zahlbetrag|zu zahlen|zu ueberweisen|zahlungsbetrag|offene(r|n)? (betrag|forderung|summe|posten)|offen|gesamtforderung|forderungsbetrag|restbetrag|noch zu zahlen|ausstehend|faelliger betrag|faellig|mahnbetrag|bitte ueberweisen|ueberweisen sie|begleichen sie|den betrag von|in hoehe von|gesamtsumme|endbetrag|rechnungsbetrag|bruttobetrag|gesamtbetrag|summe brutto|brutto|betrag|amount due|total due|zahllast)/;
const TOTAL = /(gesamt|summe|total|brutto|endsumme|rechnungssumme)/;
const NOT_PAYABLE = /(netto(?!.*brutto)|zwischensumme|mwst|mehrwertsteuer|ust\b|umsatzsteuer|steuer ?\d|\d+ ?%|skonto|rabatt|nachlass|einzelpreis|e-preis|stueckpreis|anzahlung|bereits gezahlt|bereits bezahlt|abzueglich|abschlag|vorauszahlung|gezahlt|erhalten|gutgeschrieben|stammkapital|grundkapital)/;

/** The sum the letter asks to be paid: labelled payable sums beat totals, totals beat bare amounts;
 *  among equals the later (summary) line wins. Bare amounts count only when there is one sum. */
export function extractAmount(letter: Letter): Found<{ amount: number; currency?: string }> | undefined {
  type Candidate = { score: number; order: number; value: number; currency?: string; source: FieldSource; rule: string };
  const candidates: Candidate[] = [];
  let order = 0;
  // A form may state the currency once ("Währung: EUR") and print bare amounts.
  const documentCurrency = rowLines(letter).map((line) => /w(ae|ä)hrung\s*:?\s*(EUR|CHF|USD|GBP)\b/i.exec(line.raw)?.[2]?.toUpperCase()).find(Boolean);
  for (const line of rowLines(letter)) {
    if (line.zone === 'footer' || line.zone === 'returnAddress') continue;
    const folded = fold(line.raw);
    const hits = findAmounts(line.raw);
    hits.forEach((hit, i) => {
      order += 1;
      const before = fold(line.raw.slice(i > 0 ? hits[i - 1]?.end ?? 0 : 0, hit.start));
      const near = before.slice(-60);
      let score = 1;
      let rule = 'Betrag';
      if (/(due payable|amount due|total due|balance due)/.test(near)) { score = 5; rule = 'Zahlbetrag'; }
      else if (PAYABLE.test(near)) { score = 4; rule = 'Zahlbetrag'; }
      else if (TOTAL.test(near)) { score = 3; rule = 'Gesamtsumme'; }
      if (/(zahlbetrag|zu zahlen|offene|noch zu zahlen|zu ueberweisen|gesamtforderung|mahnbetrag|forderungsbetrag|ueberweisen sie|bitte ueberweisen)/.test(near)) score = 5;
      if (NOT_PAYABLE.test(near) && score < 5) score = Math.min(score, 0.5);
      // An offer's or order's net total is its total: below any gross sum, above single positions.
      if (/(summe|gesamt|total)\w* ?netto|netto ?(summe|gesamt|betrag gesamt)|angebotssumme|auftragssumme/.test(near) && score < 2) { score = 2; rule = 'Nettosumme'; }
      if (/(stammkapital|streitwert|gegenstandswert|jahreseinkommen|gehalt|umsatz)/.test(folded)) score = Math.min(score, 0.3);
      if (hit.value <= 0) score = Math.min(score, 0.2);
      const candidate: Candidate = { score, order, value: hit.value, source: sourceOf(line, hit.start, hit.end), rule };
      const currency = hit.currency ?? (/(€|\beur\b|euro)/.test(folded) ? 'EUR' : documentCurrency);
      if (currency) candidate.currency = currency;
      candidates.push(candidate);
    });
  }
  if (candidates.length === 0) return undefined;
  const bestScore = Math.max(...candidates.map((c) => c.score));
  if (bestScore < 2) {
    // No label: a single sum with a currency is the total; a table of bare numbers is not guessed.
    const withCurrency = candidates.filter((c) => c.currency && c.score >= 1);
    const distinct = new Set(withCurrency.map((c) => c.value));
    if (distinct.size === 1 && withCurrency[0]) {
      const c = withCurrency[0];
      const value: { amount: number; currency?: string } = { amount: c.value };
      if (c.currency) value.currency = c.currency;
      return { value, source: c.source, rule: 'einziger Betrag' };
    }
    if (withCurrency.length === 0) return undefined;
    const largest = withCurrency.reduce((a, b) => (b.value > a.value ? b : a));
    const value: { amount: number; currency?: string } = { amount: largest.value };
    if (largest.currency) value.currency = largest.currency;
    return { value, source: largest.source, rule: 'größter Betrag (ohne Beschriftung)' };
  }
  const top = candidates.filter((c) => c.score === bestScore);
  // Several labelled sums of the same rank: the last one is the summary line of the table.
  const chosen = top[top.length - 1] ?? top[0];
  if (!chosen) return undefined;
  const value: { amount: number; currency?: string } = { amount: chosen.value };
  if (chosen.currency) value.currency = chosen.currency;
  return { value, source: chosen.source, rule: chosen.rule };
}

// ISO 13616 lengths for the countries a German city's mail names.
const IBAN_LENGTHS: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, LI: 21, NL: 18, BE: 16, LU: 20, FR: 27, IT: 27, ES: 24, PL: 28, CZ: 24, DK: 18,
  GB: 22, IE: 22, SE: 24, NO: 15, FI: 18, PT: 25, SK: 24, SI: 19, HU: 28, HR: 21, EE: 20, LV: 21, LT: 20, MC: 27, GR: 27,
};
// Countries whose BBAN is digits only: there, O/I/l/S/B/Z in the OCR text are repaired to digits.
const NUMERIC_BBAN = new Set(['DE', 'AT', 'CH', 'LI', 'BE', 'LU', 'PL', 'CZ', 'DK', 'SE', 'NO', 'FI', 'PT', 'SK', 'SI', 'HU', 'HR', 'EE', 'LT', 'ES']);
const DIGIT_REPAIRS: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', i: '1', '|': '1', '!': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', G: '6', b: '6' };

/** True when the IBAN (no spaces) has a known length and valid mod-97 check digits. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
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

const IBAN_CANDIDATE = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]) ?([0-9OIlSBZ]{2})((?: ?[0-9A-Za-z|]{1,4}){3,8})/g;

/** The IBAN to pay to: the first valid one in the letter, passing over the payer's own account
 *  in direct-debit notes ("wird von Ihrem Konto … abgebucht"). */
export function extractIban(letter: Letter): Found<string> | undefined {
  const found: { iban: string; debit: boolean; source: FieldSource }[] = [];
  for (const line of rowLines(letter)) {
    const raw = line.raw;
    for (const m of raw.matchAll(IBAN_CANDIDATE)) {
      const text = m[0];
      // Try the longest prefix that validates: the candidate may have swallowed a following word.
      let iban: string | undefined;
      let used = text.length;
      for (let cut = text.length; cut >= 15 && !iban; cut--) {
        if (cut < text.length && /[A-Za-z0-9]/.test(text[cut] ?? '') && text[cut - 1] !== ' ') continue;
        iban = repairIban(text.slice(0, cut));
        used = cut;
      }
      if (!iban) continue;
      // The source ends at the IBAN's last character, not at a swallowed "BIC …".
      let seen = 0;
      for (let k = 0; k < text.length; k++) {
        if (/[A-Za-z0-9|]/.test(text[k] ?? '')) seen += 1;
        if (seen === iban.length) { used = k + 1; break; }
      }
      const context = fold(raw.slice(Math.max(0, m.index - 60), m.index + used + 40));
      const debit = /(abgebucht|lastschrift|eingezogen|ihr(em)? konto|ihre bankverbindung)/.test(context);
      found.push({ iban, debit, source: sourceOf(line, m.index, m.index + used) });
    }
  }
  const chosen = found.find((f) => !f.debit) ?? found[0];
  return chosen ? { value: chosen.iban, source: chosen.source, rule: 'IBAN (Prüfziffer gültig)' } : undefined;
}
