// Money in German letters: amounts ("1.234,56 €", "EUR 1.234,56", "1 234,56", "1.234,-") and IBANs
// (ISO 13616 mod-97 validated after OCR repairs in digit positions).
import type { FieldSource } from '../../electron/contract/domain.ts';
import { disputesDecision, rowLines, sourceOf, type Letter, type Line } from './layout.ts';
import { asksForRelief, isPaymentAdvice, objectsInBody, type Found } from './dates.ts';
import { findIbans } from './iban.ts';
import { ENGLISH_MONTHS, GERMAN_MONTHS, PRINTED_DIGIT_OF } from './normalize.ts';

// Digits as OCR reads them: O for 0, I/l for 1, S for 5 ("52.262,S4").
const NUM = '[0-9OIlS]';
// A thousands group with a lower-case o between digits ("5.1o0,34"): OCR's o is a 0 there too.
const O_GROUP = '(?:[0-9]o[0-9]|o[0-9]{2}|[0-9]{2}o)';
// German grouping with dots or (thin) spaces, decimal comma; or an integer with ",-" / ",--".
// OCR reads a grouping dot as a comma ("15,204,38"): a comma before three digits and a decimal comma.
const AMOUNT = new RegExp(
  `(?<![0-9A-Za-z.,])(-\\s?)?(${NUM}{1,3}(?:(?:[.\\u202f\\u00a0 ']|,(?=${NUM}{3},${NUM}{2}(?![0-9])))(?:${NUM}{3}|${O_GROUP}))+|${NUM}+)(?:\\s?,\\s?(${NUM}{2}|[0-9]o|o[0-9]|-{1,2}|—))?(?![0-9])`, 'g',
);
// A decimal comma OCR lost before a currency sign: "27.78923€" is 27.789,23 €.
const LOST_COMMA = /(?<![0-9A-Za-z.,])(\d{1,3}(?:\.\d{3})*)\.(\d{3})(\d{2})(?=\s?(€|EUR\b))/g;
// A decimal comma OCR read as a dot after grouped thousands: "2.197.40 €" is 2.197,40 €.
const DOT_FOR_COMMA = /(?<![0-9A-Za-z.,])(\d{1,3}(?:\.\d{3})+)\.(\d{2})(?![0-9.,])(?=\s?(€|EUR\b))/g;
const CURRENCY_AFTER = /^\s*(€|eur\b|euro\b|chf\b|usd\b|\$|gbp\b|£)/i;
const CURRENCY_BEFORE = /(€|eur|euro|chf|usd|\$|gbp|£)\s*:?\s*$/i;

// Amounts in English notation ("160.00 €", "EUR 1,234.56") count only next to a currency sign.
// Swiss notation groups with an apostrophe ("CHF 3'480.00").
const ENGLISH_AMOUNT = /(?<![0-9A-Za-z.,'’])(-\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+)\.(\d{2})(?![0-9.,])/g;

export interface AmountHit { value: number; start: number; end: number; currency?: string; decimals: boolean }

function isoCurrency(symbol: string): string {
  const s = symbol.toLowerCase();
  if (s === '€' || s === 'eur' || s === 'euro') return 'EUR';
  if (s === '$' || s === 'usd') return 'USD';
  if (s === '£' || s === 'gbp') return 'GBP';
  return s.toUpperCase();
}

function ocrDigits(text: string): string {
  // A lower-case o only ever reaches here next to a digit in the cents ("35,o0").
  return text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1').replace(/S/g, '5');
}

function toNumber(intPart: string, decimals: string | undefined): number {
  const digits = ocrDigits(intPart).replace(/[^0-9]/g, '');
  const cents = decimals && /^\d{2}$/.test(ocrDigits(decimals)) ? ocrDigits(decimals) : '00';
  return Number(`${digits}.${cents}`);
}

// A month name or its abbreviation right before a figure ("Februar 2029", "Feb. 2029", "Jänner 2029").
const MONTH_NAMES = [...new Set([...Object.keys(GERMAN_MONTHS), ...Object.keys(ENGLISH_MONTHS)])].map((name) => name.replace('ae', '(?:ae|ä)'));
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\.?\\s*$`, 'i');

/** Amounts in one line: a number with a decimal comma, or any number next to a currency sign. */
export function findAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  // Where the currency sign written after the previous figure ends: "100 Euro  424.300" gives the
  // second, bare number no currency of its own.
  let claimedUpTo = -1;
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, minus, decimals] = [m[0], m[1], m[3]];
    let intPart = m[2] ?? '';
    if (!/\d/.test(intPart)) continue;
    let start = m.index;
    const end = start + whole.length;
    // A scan closes a table's column gap to one space: "Nr. 611 402 448,00 EUR" is a number and a
    // sum, not 611.402.448,00. After a number label only the last space group is the sum.
    if (!minus && / /.test(intPart) && /\b(nr|no|nummer)\.?\s*$/i.test(text.slice(Math.max(0, start - 10), start))) {
      const cut = intPart.lastIndexOf(' ') + 1;
      start += cut;
      intPart = intPart.slice(cut);
    }
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const window = Math.max(0, start - 6);
    const signBefore = CURRENCY_BEFORE.exec(text.slice(window, start));
    const before = signBefore && window + signBefore.index >= claimedUpTo ? signBefore : null;
    const hasDecimals = decimals !== undefined;
    if (!hasDecimals && !after && !before) continue;
    // "$8", "£83": OCR reads an S or a speck as a dollar or pound sign; a sum in those
    // currencies in a German letter carries its cents or the written code.
    if (!hasDecimals && /^[$£]$/.test((after?.[1] ?? before?.[1] ?? '').trim())) continue;
    // "12.03.2024" or "1.40" are not amounts: dates and codes carry dots in the wrong places.
    // (With a decimal comma "12.400,00" is a sum, not a date.)
    if (/^\d{1,2}\.\d{1,2}\.?\d*$/.test(intPart) && !hasDecimals && !after && !before) continue;
    if (/[.,]\d/.test(text.slice(end, end + 2))) continue;
    // "3. Februar 2027, 10:00 Uhr": a year and a clock time, not a sum with cents.
    if (/^:\d\d/.test(text.slice(end))) continue;
    // "fällig am 14. Februar 2029     EUR 6.318,00": the year of a date in a table row, not a sum
    // in the currency of the next column.
    if (!hasDecimals && /^\d{4}$/.test(intPart) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    let value = toNumber(intPart, hasDecimals && decimals !== '-' && decimals !== '--' && decimals !== '—' ? decimals : undefined);
    if (minus) value = -value;
    const symbol = after?.[1] ?? before?.[1];
    const hit: AmountHit = { value, start, end: after ? end + after[0].length : end, decimals: hasDecimals };
    if (symbol) hit.currency = isoCurrency(symbol);
    hits.push(hit);
    if (after && !before) claimedUpTo = hit.end;
  }
  for (const m of text.matchAll(LOST_COMMA)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start && h.decimals)) continue;
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const value = Number(`${(m[1] ?? '').replace(/\./g, '')}${m[2] ?? ''}.${m[3] ?? '00'}`);
    for (let i = hits.length - 1; i >= 0; i--) if ((hits[i]?.start ?? 0) < end && (hits[i]?.end ?? 0) > start) hits.splice(i, 1);
    hits.push({ value, start, end: after ? end + after[0].length : end, decimals: true, currency: isoCurrency(after?.[1] ?? '€') });
  }
  for (const m of text.matchAll(DOT_FOR_COMMA)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const value = Number(`${(m[1] ?? '').replace(/\./g, '')}.${m[2] ?? '00'}`);
    hits.push({ value, start, end: after ? end + after[0].length : end, decimals: true, currency: isoCurrency(after?.[1] ?? '€') });
  }
  for (const m of text.matchAll(ENGLISH_AMOUNT)) {
    const start = m.index;
    const end = start + m[0].length;
    // "3'480.00": the German pattern read "3'480" and stopped at the decimal point.
    if (/['’]/.test(m[2] ?? '')) for (let i = hits.length - 1; i >= 0; i--) if ((hits[i]?.start ?? 0) >= start && (hits[i]?.end ?? 0) <= end + 4 && !hits[i]?.decimals) hits.splice(i, 1);
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const after = CURRENCY_AFTER.exec(text.slice(end));
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const symbol = after?.[1] ?? before?.[1];
    // Swiss grouping with an apostrophe and a decimal point ("6'418.60") is a sum in any column;
    // its currency stands in the column header.
    const swiss = /['’]/.test(m[2] ?? '');
    if (!symbol && !swiss) continue;
    const value = Number(`${(m[2] ?? '').replace(/[,'’]/g, '')}.${m[3] ?? '00'}`) * (m[1] ? -1 : 1);
    const hit: AmountHit = { value, start, end: after ? end + after[0].length : end, decimals: true };
    if (symbol) hit.currency = isoCurrency(symbol);
    hits.push(hit);
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

/** A label pattern over folded text that also matches words whose umlaut dots OCR lost: folded
 *  "ä" is "ae", a lost dot leaves "a" ("fallig", "uberweisen", "Hohe"). */
function umlautTolerant(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/([aou])e/g, '$1e?'), pattern.flags);
}

// Labels of the sum to pay, of a total, and of what is not paid (net sums, taxes, discounts, single
// positions); SCORE_RULES weighs them. "betrag" as a word ("Betrag:", "Nettobetrag"), not the verb
// "betragen" of a description ("Die Heimkosten betragen monatlich …"). A sum a notice fixes
// ("Festgesetzte Gebühr 2026", "festgesetzter Betrag") and a levy ("Kreisumlage") is what it asks for.
// So is the tax a declaration form works out ("Anzumeldende Vergnügungsteuer April 2028", OCR's
// "steucr") and arrears ("Rückstand", "Mietrückstand") that a letter asks to have paid, and a
// contribution a premium invoice or notice charges, as the label right before the figure
// ("Jahresbeitrag 2029   5.041,91 €", "Beitrag: 120,00 €"; not "den Beitrag in Monatsraten zu …").
const PAYABLE = umlautTolerant(/(zahlbetrag|zu zahlen|zu ueberweisen|zahlungsbetrag|offene(r|n)? (betrag|forderung|summe|posten)|offen|gesamt ?forderung|forderungsbetrag|rest(betrag|beitrag|summe)|noch zu zahlen|ausstehend|faelliger betrag|faellig|mahnbetrag|bitte ueberweisen|ueberweisen sie|begleichen sie|den betrag von|in hoehe von|gesamtsumme|endbetrag|rechnungsbetrag|bruttobetrag|gesamtbetrag|summe brutto|brutto|betrag(e?s)?\b|beitrag(e?s)?(\s+\d{4})?\s*:?\s*(€|eur|euro)?\s*$|festgesetzt(e[nrs]?)?\b|festsetzung|[a-z]+umlage\b|zu entrichten|amount due|total due|outstanding (amount|balance|sum)|amount outstanding|zahllast|steu[ec]r(betrag)? fuer (den|das|die) [a-z]*(zeitraum|jahr|quartal|monat)\b|(festzusetzende|anzumeldende|angemeldete|zu entrichtende) [a-z]*steu[ec]r|[a-z]{3,}steu[ec]r ((januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember) )?\d{4}\s*:?\s*$|\b[a-z]*rueckstand\b)/);
// "zusammen": a sum and its fees added up in running text ("…, zusammen also 288,50 €"). OCR reads
// the e of "Summe" as c ("Summc ohne Zinsen").
// OCR reads an e as c ("zusammcn").
const TOTAL = /(gesamt|summ[ec]|total|brutto|endsumme|rechnungssumme|\bzusamm[ec]n\b)/;
// Not paid: … and a tax base ("Grundsteuer B  Messbetrag 412,30 €  480 %  1.979,04 €").
const NOT_PAYABLE = /((netto|mwst|ust)-?betrag|netto(?!.*brutto)|zwischensumme|mwst|mehrwertsteuer|\bust\b|umsatzsteuer|steuer ?\d{1,2}(?![0-9])|\d+ ?%|skonto|rabatt|nachlass|einzelpreis|e-preis|stueckpreis|anzahlung|bereits gezahlt|bereits bezahlt|abzueglich|abschlag|vorauszahlung|gezahlt|erhalten|gutgeschrieben|stammkapital|grundkapital|messbetrag)/;

// The net figure's label after it, a gross figure labelled "brutto" after it following in the clause.
const NET_BEFORE_GROSS = /^\s*(€|eur|euro)?\s*netto\b[^0-9]{0,40}\d{1,3}(\.\d{3})*,\d{2}\s*(€|eur|euro)?\s*brutto\b/;
// Between the net figure and this one only the net figure's label and its VAT note.
const NET_OF_PREVIOUS = /^\s*(€|eur|euro)?\s*netto\b\s*((zzgl|zuzueglich|plus)\.?\s*(\d{1,2}\s*%\s*)?(mwst|ust|umsatzsteuer|mehrwertsteuer)\.?)?[\s,;(/]*(und|bzw\.?|also)?\s*$/;
/** A gross figure labelled "brutto" after it, right after a net figure labelled "netto". */
function grossAfterNet(c: AmountContext): boolean {
  return NET_OF_PREVIOUS.test(c.before) && /^\s*(€|eur|euro)?\s*brutto\b/.test(fold(c.rawAfter));
}
// A prepayment called due right before the figure ("fällige Gewerbesteuer-Vorauszahlung von").
const DUE_PREPAYMENT = /\bfaellige[nr]?\s+[a-z-]*vorauszahlung(en)?\s*(von|in hoehe von|ueber)?\s*:?\s*$/;
// What a prepayment or levy is to be lowered to: the verb right after the figure.
const REDUCED_TO = /^\s*(€|eur|euro)?\s*((je|pro|im)\s+[a-z]+\s+)?(herabzusetzen|herabsetzen|herabgesetzt|zu senken|senken|zu reduzieren|reduzieren|zu ermaessigen|anzupassen)\b/;

/** The figure a prepayment or levy is to be lowered to ("… von bisher 3.150,00 EUR auf 1.200,00 EUR je
 *  Quartal herabzusetzen"). */
function reducedTo(c: AmountContext): boolean {
  return /\bauf\s*$/.test(c.near) && (REDUCED_TO.test(fold(c.rawAfter)) || REDUCED_TO.test(c.following));
}

// What a tax is computed from: the trade earnings, the gross yield, a base "zugrunde gelegt".
const TAX_BASE = /\b(gewerbeertrag\w*|rohertrag\w*|reinertrag\w*|zugrunde gelegt\w*|zu grunde gelegt\w*|zugrundegelegt\w*)\b/;

// The figure's clause says the sum is deferred ("Rechnungen über 1.640,00 € offen, die wir bis zur
// Entscheidung gestundet haben", "… 900,00 €, die bis 30.06. gestundet sind"): not due now.
const DEFERRED_AFTER = /^[^.!?]{0,100}\b(die|der|den|das|welche[rns]?)\b[^.!?]{0,80}\b(?<!nicht\s)gestundet\s+(haben|hat|habe|ist|sind|wurden?|worden)\b/;
const NOT_DUE = umlautTolerant(/\bnicht\s+(mehr\s+|noch\s+)?(faellig|zu zahlen|zahlbar)/);
// The balance a settlement ends in when the sender pays: the label alone before the figure (not
// "abzüglich Guthaben …", not "Erstattungszinsen"). OCR reads "in Höhe" as "iu Höhe".
const SETTLEMENT_IN_FAVOUR = /^\s*((ihr|das|verbleibende[sn]?)\s+)?(guthaben|erstattung(sbetrag)?|rueck(zahlung|erstattung)(sbetrag)?|ueberzahlung)\s*(von|[il][nu] hoehe von|betraegt)?\s*:?\s*(€|eur|euro)?\s*$/;
// Written for fold() text after a figure: the writer transfers it to the reader.
// The account may be described at length ("auf Ihr bei uns hinterlegtes Konto").
const PAID_TO_READER = /^\s*(€|eur|euro)?\s*(ueberweisen|erstatten|zahlen)\s+wir\b[^.!?]{0,60}\b(ihnen|auf ihr(e|em)? (\w+\s+){0,3}konto|an sie)\b/;
// Written for fold() text before a figure: the same transfer with the verb first ("Zur Abgeltung
// des Schadens überweisen wir Ihnen 1.870,00 €").
const PAID_TO_READER_BEFORE = /\b(ueberweisen|erstatten|zahlen)\s+(wir|ich)\s+(ihnen|an sie|euch)\s+((den|einen)\s+(betrag|gesamtbetrag)\s+(von|in hoehe von)\s*)?(€|eur|euro)?\s*$/;
// A sum the writer takes off a claim ("ziehen wir … einen Betrag von 270,00 € ab"): a deduction.
const TAKEN_OFF = /^\s*(€|eur|euro)?\s*(ab|in abzug)\b(?!\s*(dem|den|der|sofort|heute|\d))/;
const THRESHOLD_BEFORE = /\b(ab|bis zu|bis|unter|mindestens|hoechstens|maximal|max\.|min\.|mehr als|weniger als)\s*(€|eur|euro)?\s*$/;
// The letter asks for money: words of a payment request (outside the footer's bank details).
// A donation transferred to the city ("250,00 € als Spende … an die Stadtkasse überwiesen") is the
// sum such a letter is about (not one collected for someone else).
// So is a sum the letter asks the city to waive ("… die Saalmiete von 850,00 Euro … zu erlassen").
const PAYMENT_REQUEST = umlautTolerant(/(\bspende\b[^.]{0,80}\b(ueberwiesen|an die stadt)|ueberweis|zahlbar|zu zahlen|zahlen sie|bitte zahlen|begleich|faellig|zahlungsziel|zahlungsfrist|in rechnung|berechnen|rechnungsbetrag|zu entrichten|entrichten sie|einzahl|gutschrift|abbuch|lastschrift|rechnung|kosten(note|festsetzung)|honorar|gebuehr|beitrag|summe|betrag\b|preis|zu erlassen|\berlass\b)/);

// Written for fold() text: a request whose object is the sum right after it.
// A cost plan's row of the sum asked for ("beantragter Zuschuss der Stadt …") and a plea to support
// something "mit einem Zuschuss von …" name that sum too.
// The row may name the sum asked and mark it "(beantragt)" ("Zuschuss der Stadt (beantragt)").
// OCR reads the n of "bitten" as "ri" and the e of "beantragt" as c.
// A grant's recipient calling funds ("rufen wir hiermit den zweiten Teilbetrag in Höhe von … ab")
// asks for that sum as well.
const REQUESTED_SUM = /\b(beantrage[n]?|beantragt|bitten (sie )?um|bitte um|ersuchen um|antrag(e|en)? auf|(rufen|rufe) (wir|ich))\b[^.!?]{0,120}\b(in hoehe von|ueber|von)\s*(€|eur|euro)?\s*:?\s*$|\bbeantragte[rns]?\s+(zuschuss|zuwendung|foerderbetrag|foerderung|betrag|summe)\b[^.!?0-9]{0,60}$|\bbitte(n|ri)\b[^.!?]{0,60}\b(zuschuss|zuwendung|foerderung|beihilfe)\w*\s+(in hoehe von|von|ueber)\s*(€|eur|euro)?\s*:?\s*$|\b(zuschuss|zuwendung|foerderung|foerderbetrag)\b[^.!?0-9()]{0,60}\(\s*b[ec]antragt\s*\)\s*(€|eur|euro)?\s*:?\s*$/;

// The request may follow the figure as a relative clause ("…, dessen Übernahme wir beantragen").
const REQUESTED_AFTER = /^\s*(€|eur|euro)?\s*,\s*(dessen|deren)\s+(uebernahme|erstattung|bewilligung|auszahlung|gewaehrung|stundung)\s+(wir|ich)\s+(hiermit\s+|hierdurch\s+)?(beantragen|beantrage)\b/;

/** A grant decision ("bewilligen wir Ihnen eine Zuwendung in Höhe von bis zu …"): the paragraph
 *  up to the figure grants a subsidy. */
function grantNotice(lines: Line[], lineNo: number, before: string): boolean {
  const text = `${lines.slice(Math.max(0, lineNo - 3), lineNo).map((l) => fold(l.raw)).join(' ')} ${before}`;
  return /\b(bewillig\w*|gewaehre\w*)\b/.test(text) && /(zuwendung|zuschuss|foerder|beihilfe|zuweisung)/.test(text) && !/\b(kann|koennen|moeglich|beantrag\w*)\b/.test(text);
}

/** The sentence a text ends in: after the last full stop that follows a word. */
function sentenceBefore(text: string): string {
  const cut = [...text.matchAll(/[a-z)]{3}[.!?]\s/g)].pop();
  return cut ? text.slice(cut.index + cut[0].length) : text;
}

/** Where the last match of a pattern ends in a text (-1 without one). */
function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) end = m.index + m[0].length;
  return end;
}

// Abbreviations whose dot ends no sentence ("inkl. MwSt.", "zzgl. Versand").
const ABBREVIATION = /^(inkl|zzgl|zuzgl|abzgl|bzgl|einschl|gesetzl|evtl|mwst|incl|excl|exkl|ggf|bzw|gem|vgl|lt)$/;

/** The text since the last sentence end: a label does not reach back over a full stop ("… an die
 *  Kreiskasse zu zahlen. Die Teilbeträge von je 3.985.303,10 EUR …" names no sum to pay). */
function sinceSentenceStart(before: string): string {
  let from = 0;
  for (const m of before.matchAll(/\b([a-z]{3,})[.!?]\s+(?=[a-z])/g)) if (!ABBREVIATION.test(m[1] ?? '')) from = m.index + m[0].length;
  return before.slice(from);
}

/** The label before a figure without the VAT note of a gross sum ("Gesamtbetrag inkl. 19 % MwSt."). */
function labelText(near: string): string {
  return near.replace(/\b(inkl\.?|inklusive|einschl\.?|einschliesslich|incl\.?)\s*(der\s+)?(gesetzl(\.|iche[rn]?)\s+)?(\d+\s*%\s*)?(mwst|ust|umsatzsteuer|mehrwertsteuer|vat)\.?/g, ' brutto ');
}

// ---- the amount to pay ---------------------------------------------------------------------------
// Three steps: every figure is gathered with the text around it (AmountContext), scored by the
// ordered SCORE_RULES, and the candidates are compared (a sum of the posts above, the fallback for
// letters without labels, the last of the best).

/** A figure with the text around it that the score rules read (folded text unless named raw). */
interface AmountContext {
  hit: AmountHit;
  line: Line;
  lineNo: number;
  lines: Line[];
  /** The line, folded. */
  folded: string;
  /** From the previous figure (or the line start) up to this one, after the label carried from
   *  the line above when the figure opens its line. */
  before: string;
  /** The label nearest the figure: the end of `before`, a gross sum's VAT note read as "brutto". */
  near: string;
  /** The raw text after the figure on its line. */
  rawAfter: string;
  /** The text after the figure, continued on the next line when nothing follows on this one. */
  verbAfter: string;
  /** The clause after the figure, up to the next full stop (this line and the next). */
  following: string;
  /** The sentence up to the figure, begun on the line above where that line carries its label. */
  requestSentence: string;
  /** The sentence up to the figure, begun on the line above unless a blank line parts them. */
  sentence: string;
  /** The currency written at the figure or at the label carried from the line above. */
  signCurrency?: string;
}

interface Candidate {
  score: number;
  value: number;
  currency?: string;
  source: FieldSource;
  rule: string;
  /** Labelled as a total or a payable sum: may be the sum of the posts above it. */
  total: boolean;
  line: number;
  /** Taken off the sum above it (a deducted Anzahlung, "abzüglich …"), whatever sign it is printed with. */
  deduction?: boolean;
  /** A rate with its period after the figure ("… 380,00 Euro monatlich"). */
  rate?: boolean;
  /** A figure in brackets inside its row's label, before the row's own sum ("Mahngebühren (2 x 5,00 €)   10,00"). */
  inRowLabel?: boolean;
}

// Written for fold() text: the label of the sum a grant notice grants.
const GRANTED_SUM = /\b(bewilligte[rns]?\s+(zuschuss|zuwendung|foerder\w*|betrag|gesamtbetrag|summe|beihilfe|zuweisung|festbetrag)|bewilligungsbetrag|bewilligungssumme)\b[^0-9.!?]{0,30}$/;

// A ceiling word before a figure that stands alone on its line ("   bis zu 14.000,00 EUR").
const CEILING_ONLY = /^\s*(bis zu|hoechstens|maximal)\s*$/;

/** Every figure outside the footer and the return address, with its context and currency. */
function gatherAmounts(lines: Line[]): { context: AmountContext; currency?: string }[] {
  const gathered: { context: AmountContext; currency?: string }[] = [];
  // A form may state the currency once ("Währung: EUR") and print bare amounts.
  const documentCurrency = lines.map((line) => /w(ae|ä)hrung\s*:?\s*(EUR|CHF|USD|GBP)\b/i.exec(line.raw)?.[2]?.toUpperCase()).find(Boolean);
  // A table prints bare figures under a header that names the currency ("Betrag EUR", "Total CHF").
  let columnCurrency: string | undefined;
  const apart = labelsPrintedApart(lines);
  const dotGrouped = lines.some((line) => line.zone !== 'footer' && /(?<![0-9.,])\d{1,3}\.\d{3},\d{2}(?![0-9])/.test(line.raw));
  lines.forEach((line, lineNo) => {
    if (line.zone === 'footer' || line.zone === 'returnAddress') return;
    const folded = fold(line.raw);
    const wrapped = wrappedBeforeCurrency(line, lines[lineNo + 1]);
    // A rate ("UMSATZSTEUER 19,00 %", "0,31 ‰") is no sum: left out, it neither breaks the sums of the
    // posts nor takes the label from the figure after it.
    const hits = (dotGrouped ? findAmounts(line.raw).map((hit) => numberedLabelSplit(line.raw, hit)) : findAmounts(line.raw)).concat(wrapped)
      .filter((hit) => hit.currency || !/^\s?[%‰]/.test(line.raw.slice(hit.end)));
    if (hits.length === 0) {
      const header = /(?:^|\s)(EUR|CHF|USD|GBP|€)(?=\s{2,}|\s*$)/.exec(line.raw);
      // A tax office prints "Euro" at the end of a short heading row ("Festsetzung      Euro").
      const euroHeader = /^\s*\S+(\s+\S+){0,3}\s+(Euro)\s*$/.exec(line.raw);
      if (header?.[1] && line.raw.trim().split(/\s+/).length <= 16) columnCurrency = isoCurrency(header[1]);
      else if (euroHeader?.[2]) columnCurrency = 'EUR';
      return;
    }
    const above = lines[lineNo - 1];
    const next = lines[lineNo + 1];
    const carried = carriedLabel(line, above, hits) || (apart.get(lineNo) ?? '');
    let rowLabel = '';
    let previousBefore = '';
    hits.forEach((hit, i) => {
      let before = fold(line.raw.slice(i > 0 ? hits[i - 1]?.end ?? 0 : 0, hit.start));
      // The result of a calculation in running text ("der Betrag von 3 × 40,00 € = 120,00 €") is
      // what the label before the calculation names; the operand only leads up to it.
      if (i > 0 && /^\s*=\s*(€|eur|euro)?\s*$/.test(before)) before = `${previousBefore} ${before}`;
      // A row "Rechnungsbetrag  912,40  173,36  1.085,76" (net, VAT, gross): the label names the
      // gross sum at its end, the figure that adds up the ones before it.
      const sumBefore = hits.slice(0, i).reduce((sum, h) => sum + h.value, 0);
      if (i >= 2 && hit.value > 0 && Math.abs(sumBefore - hit.value) < 0.005) before = `${rowLabel} ${before}`;
      // A total row of a table with several sum columns ("Summe   24.623,50   3.693,52": the tax base
      // and the tax) totals each column: the row's label names every figure in it, and the last
      // column is the one the table computes (the tax, the gross sum, the Zahlbetrag).
      else if (i >= 1 && hit.value > 0 && /^[\s€]*$/.test(before.replace(/\b(eur|euro)\b/g, '')) && /^\s*(summe|gesamt\w*|insgesamt|total)\s*(€|eur|euro)?\s*$/.test(rowLabel)) before = `${rowLabel} ${before}`;
      let signCurrency = hit.currency;
      // A currency code before the figure ("   EUR 6.318,00") is no label of its own.
      // A label hyphenated over the line break ("Gesamt-" / "forderung   1.552,30 €") is one word.
      if (i === 0 && /[a-zäöüß]-\s*$/i.test(carried) && /^\s*[a-zäöüß]/.test(line.raw)) {
        before = `${fold(carried).replace(/-\s*$/, '').trim().split(/\s+/).pop() ?? ''}${before.trimStart()}`;
      } else if (i === 0 && !/[a-z]{3}/.test(before.replace(CEILING_ONLY, '').replace(/\b(eur|euro|chf)\b/g, '')) && carried) {
        before = `${fold(carried)} ${before}`;
        const sign = CURRENCY_BEFORE.exec(carried);
        if (!signCurrency && sign?.[1]) signCurrency = isoCurrency(sign[1]);
      }
      if (i === 0) rowLabel = before;
      previousBefore = before;
      // A figure whose currency the line break moved down reads on in the next line ("50" / "Euro
      // Provision …"): what follows it there says what it is.
      const rawAfter = wrapped.includes(hit) && next ? ` ${next.raw.trim()}` : line.raw.slice(hit.end);
      const upToFigure = fold(line.raw.slice(0, hit.start));
      const context: AmountContext = {
        hit, line, lineNo, lines, folded, before, rawAfter,
        near: labelText(sinceSentenceStart(before).slice(-60)),
        verbAfter: fold(`${rawAfter} ${rawAfter.trim() === '' && next && next.page === line.page && !next.gapBefore ? next.raw : ''}`),
        following: fold(wrapped.includes(hit) ? rawAfter : `${rawAfter} ${next?.raw ?? ''}`).split(/[.!?](?:\s|$)/)[0] ?? '',
        // A figure opening its line without a label of its own does not continue the line above.
        requestSentence: sentenceBefore(`${i === 0 && !/[a-z]{3}/.test(before) ? '' : fold(above?.page === line.page ? above.raw : '')} ${upToFigure}`),
        sentence: sentenceBefore(`${above && above.page === line.page && !line.gapBefore ? fold(above.raw) : ''} ${upToFigure}`),
      };
      if (signCurrency) context.signCurrency = signCurrency;
      const currency = signCurrency ?? (/(€|\beur\b|euro)/.test(folded) ? 'EUR' : documentCurrency ?? columnCurrency);
      gathered.push(currency ? { context, currency } : { context });
    });
  });
  return gathered;
}

// The currency opening a line, as a word of its own ("Euro innerhalb von 14 Tagen", not "Euro-Paletten").
const CURRENCY_OPENS_LINE = /^\s*(€|EUR|Euro|CHF)(?![-\w])/i;

/** A bare figure at the end of a line whose currency the line break moved to the next line of the
 *  paragraph ("Bitte überweisen Sie die 312" / "Euro innerhalb von 14 Tagen …"): the figure with
 *  that currency. */
function wrappedBeforeCurrency(line: Line, next: Line | undefined): AmountHit[] {
  const currency = next && next.page === line.page && !next.gapBefore ? CURRENCY_OPENS_LINE.exec(next.raw)?.[1] : undefined;
  if (!currency || !/\d\s*$/.test(line.raw) || findAmounts(line.raw).some((hit) => hit.end >= line.raw.trimEnd().length)) return [];
  const hit = findAmounts(`${line.raw.trimEnd()} ${currency}`).pop();
  return hit && hit.currency && hit.start < line.raw.length ? [{ ...hit, end: line.raw.trimEnd().length }] : [];
}

/** In a letter that groups thousands with dots, a space before three digits is the gap after a
 *  numbered label, not a grouping: "Steuer Gerät 1 276,38 €" (OCR joins the columns with one
 *  space) is 276,38 €, not 1.276,38 €. */
function numberedLabelSplit(raw: string, hit: AmountHit): AmountHit {
  const grouped = /^(\d{1,3})((?: \d{3})+)(?=\s?,)/.exec(raw.slice(hit.start, hit.end));
  if (!grouped?.[2]) return hit;
  const from = hit.start + grouped[0].lastIndexOf(' ') + 1;
  const rest = findAmounts(raw.slice(from))[0];
  return rest?.start === 0 ? { ...rest, start: from, end: from + rest.end } : hit;
}

/** The end of the line above, when it is the label of the figures of this line ('' otherwise). */
function carriedLabel(line: Line, above: Line | undefined, hits: AmountHit[]): string {
  // A sum at the start of a line continues the sentence above ("eine Zuwendung in Höhe von
  // EUR\n230.528,27 bewilligt"): the end of that line is its label (and may name the currency).
  // A sum set off on a line of its own between blank lines ("… in Höhe von" / "   12.600,00 EUR" /
  // "zu stunden") continues it as well, when the sentence above is unfinished.
  // A ceiling word may stand before it ("   bis zu 14.000,00 EUR" under "… einen Zuschuss in Höhe von").
  // The sentence may end right after the figure ("   4.500,00 €.").
  // So does a calculation set off on its own line ("… festgesetzt auf" / "   14 x 1.180,00 € = 16.520,00 €.").
  // The currency may stand before the figure ("   EUR 6.318,00").
  const alone = (hits.length === 1 && /^(bis zu|hoechstens|maximal)?\s*(€|eur|euro|chf)?$/.test(fold(line.raw.slice(0, hits[0]?.start ?? 0)).trim()) && /^[.,;]?$/.test(line.raw.slice(hits[0]?.end ?? 0).trim()))
    || calculationLine(line.raw, hits);
  // Only a label that asks for the sum is carried over the gap ("bis zu" / "   412.500,00 EUR" stays bare).
  const acrossGap = alone && above !== undefined && !/[.!?:;]\s*$/.test(above.raw) && PAYABLE.test(fold(above.raw.slice(-60))) && !THRESHOLD_BEFORE.test(fold(above.raw));
  if (!above || above.page !== line.page || (line.gapBefore && !acrossGap) || above.zone === 'footer') return '';
  const aboveHits = findAmounts(above.raw);
  if (aboveHits.length === 0) return above.raw.slice(-60);
  // Running text wrapped after a figure and a label ("… (netto 12.000,00 €, MwSt." / "2.280,00 €).
  // Die …"): the words after the line's last figure label the figure that opens this line as a part
  // of a sum (tax, net, discount). Only such a label is carried: a payable word there may belong to
  // a discount term the line above began ("… 2 % Skonto (38,77 EUR), Zahlbetrag dann" / "1.899,62 EUR").
  const tail = above.raw.slice(aboveHits[aboveHits.length - 1]?.end ?? 0);
  const prose = above.raw.trim().split(/\s+/).length >= 8 && !line.gapBefore;
  return prose && NOT_PAYABLE.test(fold(tail)) && !/\d/.test(tail) ? tail.slice(-60) : '';
}

/** A line that is one calculation and nothing else: figures, counts, operators and currency signs,
 *  ending in "= result" ("14 x 1.180,00 € = 16.520,00 €."). */
function calculationLine(raw: string, hits: AmountHit[]): boolean {
  const last = hits[hits.length - 1];
  if (hits.length < 2 || !last || !/=\s*(€|eur|euro)?\s*$/i.test(raw.slice(hits[hits.length - 2]?.end ?? 0, last.start))) return false;
  let rest = raw;
  for (const hit of [...hits].reverse()) rest = `${rest.slice(0, hit.start)} ${rest.slice(hit.end)}`;
  return /^[\s\d.,x×*+=€-]*$/i.test(rest.replace(/\b(eur|euro)\b/gi, ' '));
}

/** A line that holds one figure and nothing else but a currency sign ("   674,28 €"). */
function bareFigureLine(line: Line): boolean {
  const hits = findAmounts(line.raw);
  const first = hits[0];
  if (hits.length !== 1 || !first) return false;
  const rest = `${line.raw.slice(0, first.start)} ${line.raw.slice(first.end)}`.replace(/\b(eur|euro)\b|€/gi, ' ');
  return !/[A-Za-zÄÖÜäöüß]/.test(rest);
}

/** Labels printed as a block of lines apart from their figures: a statement's label column read
 *  before its value column ("Gesamtbetrag brutto" / "abzüglich Abschläge" / "Nachzahlung", then
 *  "15.674,28 €" / "-15.000,00 €" / "674,28 €"). Two blocks of as many lines, each set off by a blank
 *  line, pair up row by row: the label for each figure line, by its index. */
function labelsPrintedApart(lines: Line[]): Map<number, string> {
  const labels = new Map<number, string>();
  for (let start = 0; start < lines.length; start++) {
    const first = lines[start];
    if (!first?.gapBefore || !bareFigureLine(first)) continue;
    let end = start + 1;
    while (lines[end] && !lines[end]?.gapBefore && lines[end]?.page === first.page && bareFigureLine(lines[end] as Line)) end++;
    const count = end - start;
    const labelStart = start - count;
    if (count < 3 || labelStart < 0) continue;
    const block = lines.slice(labelStart, start);
    const aligned = lines[labelStart]?.gapBefore && block.every((line, i) => line.page === first.page && (i === 0 || !line.gapBefore)
      && /^\s*[A-Za-zÄÖÜäöüß]{3}/.test(line.raw) && !bareFigureLine(line));
    if (aligned) block.forEach((line, i) => labels.set(start + i, line.raw.slice(-60)));
    start = end - 1;
  }
  return labels;
}

// An early-bird price and its booking deadline ("Frühbucher bis 28.02.2026: 420,00 €").
const EARLY_BIRD = /fruehbucher\w*\b[^0-9]{0,40}$/;

/** A price set against a former one ("statt 34,90 €  nur 24,90 €", "jetzt nur 19,90 €"): a mailing's
 *  or catalogue's prices, none of them a sum to pay. */
function promotionalPrice(c: AmountContext): boolean {
  return /\b(statt|anstatt|anstelle von|bisher|regulaer|uvp)\s*:?\s*$/.test(c.near) && /^\s*(€|eur|euro)?\s*\*?\s*(jetzt\s+)?(nur|fuer nur|ab)\b/.test(fold(c.rawAfter));
}

/** The label names an early-bird price, its booking date taken out ("Frühbucher bis 30.04.2027: "). */
function earlyBird(near: string): boolean {
  return EARLY_BIRD.test(near.replace(/\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/g, ' '));
}

/** Wages, income and a court's value in dispute named on the line: no sum to pay. */
function namesOtherSum(c: AmountContext): boolean {
  // "verdiene ungefähr 1.400 € netto": the writer's earnings, like "Verdienst".
  // An advance on the writer's pay ("Vorschuss auf mein Gehalt", "Gehaltsvorschuss") is a sum asked for.
  const folded = `${c.folded} ${c.near}`.replace(/\b(gehalts|lohn)vorschuss\w*|\bvorschuss\w* auf (mein|sein|ihr|das)\w* (gehalt|lohn)\b/g, ' ');
  // An employee's pay reported to a social insurer ("mit einem beitragspflichtigen Entgelt von 41.280
  // Euro", "Arbeitsentgelt") is a wage as well, not a fee ("Nutzungsentgelt").
  // "gehalten", "eingehalten", "festgehalten" are the verb halten, no salary.
  // The label may end the line above a figure that opens its line ("… bezieht eine Altersrente von" /
  // "1.012,00 € netto").
  // A person's hours and gross pay ("Meine Frau arbeitet weiter 20 Stunden (Brutto 1.080,00 €)").
  if (/\barbeitet?\b[^.]{0,60}\b(brutto|netto)\b/.test(folded)) return true;
  if (/(stammkapital|str[ec]itw[ec]rt|gegenstandsw[ec]rt|einkommen|gehalt(?!en)|\w*rente\b|\blohn\w*|\w+lohn\b|verdien\w*|minijob|umsatz|arbeitsentgelt|(beitrags|versicherungs)pflichtige[nrs]?\s+(\w+\s+)?entgelt)/.test(folded)) return true;
  // The value in dispute named on the line above ("Der Streitwert wird" / "vorläufig auf 3.870,00 EUR
  // festgesetzt"), no other figure in between. OCR reads its e as c ("Strcitwert").
  return /\b(str[ec]itw[ec]rt|gegenstandsw[ec]rt)\b[^.!?0-9]{0,60}$/.test(c.sentence);
}

// A date inside a label ("… auf den 01.01.2029 (Fortschreibung)").
const DATE_IN_LABEL = /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/g;

/** The label names a value, not value added tax ("Grundsteuerwert" is a value, "Mehrwertsteuer" and a
 *  "Steuer" after a value word are tax) nor an order's or invoice's total ("Auftragswert"). */
function valueNamed(near: string): boolean {
  if (!/(\bwert\b|[a-z]{3,}werts?\b)[^0-9]{0,20}$/.test(near)) return false;
  if (/\b(auftrags|rechnungs)werts?\b[^0-9]{0,20}$/.test(near)) return false;
  return !/(mehrwert|ust|steuer(?!wert))[^0-9]{0,20}$/.test(near);
}

/** The figure is written out in words right after it, on its line or the next. */
function spelledOut(c: AmountContext): boolean {
  const after = fold(c.rawAfter).trim() === '' || /^\s*[.,;]?\s*$/.test(c.rawAfter) ? fold(c.lines[c.lineNo + 1]?.raw ?? '') : fold(c.rawAfter);
  // OCR reads the opening bracket as a brace or square bracket ("{in Worten: …").
  return /^\s*[.,;]?\s*[({[]?\s*in worten\b/.test(after);
}

/** The figure stands under the heading of an example calculation, in the same block of lines. */
function exampleCalculation(c: AmountContext): boolean {
  for (let i = c.lineNo; i >= 0 && i >= c.lineNo - 8; i--) {
    const line = c.lines[i];
    if (!line || line.page !== c.line.page) break;
    if (/(beispiel|muster)(rechnung|berechnung|kalkulation)|rechenbeispiel|berechnungsbeispiel/.test(fold(line.raw))) return true;
    if (line.gapBefore) break;
  }
  return false;
}

// A heading that introduces prices: the price word opens the line ("Unsere Preise für Kommunen:",
// "Preisliste:", "Konditionen 2027:"), which ends in a colon.
const PRICE_HEADING = /^\s*((unsere|ihre|neue|aktuelle)\s+)?(\w+)?(preise|preisliste|preisuebersicht|konditionen|tarife)\b[^0-9:]{0,40}:\s*$/;

/** The figure stands under a heading of this kind, in the same block of lines. */
function underHeading(c: AmountContext, heading: RegExp): boolean {
  for (let i = c.lineNo - 1; i >= 0 && i >= c.lineNo - 8; i--) {
    const line = c.lines[i];
    if (!line || line.page !== c.line.page) break;
    if (heading.test(fold(line.raw))) return true;
    if (c.lines[i + 1]?.gapBefore) break;
  }
  return false;
}

/** The figure stands under a price-list heading. */
const underPriceHeading = (c: AmountContext): boolean => underHeading(c, PRICE_HEADING);

// A recurring period named in the sentence: the charge is a rate.
const RECURRING = /\b(monatlich|woechentlich|taeglich|jaehrlich|vierteljaehrlich|halbjaehrlich|pro (tag|monat|jahr|quartal)|je (tag|monat|jahr|quartal))\w*/;

// Written for fold() text: a table header with a column of the figures so far and one of the new ones
// ("bisher   ab 01.11.2029", "alt   neu", "bisher (täglich)   künftig (täglich)").
// A header row of at most ten words, no sentence.
const OLD_AND_NEW_HEADER = /^(?!(\S+\s+){10})[^.!?]*\b(bisher|bisherige[rs]?|alt|vorher)\b[^.!?]*\b(neu|kuenftig|kunftig|ab\s+(dem\s+)?\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?)(?![0-9a-z])[^!?]*$/;

/** The figure stands in a row of an old/new table: two figures or more in its line, under such a
 *  header in the same block of lines that holds no figure itself. */
function underOldAndNewColumns(c: AmountContext): boolean {
  if (findAmounts(c.line.raw).length < 2) return false;
  for (let i = c.lineNo - 1; i >= 0 && i >= c.lineNo - 10; i--) {
    const line = c.lines[i];
    if (!line || line.page !== c.line.page || c.lines[i + 1]?.gapBefore) break;
    if (findAmounts(line.raw).length > 0) continue;
    return OLD_AND_NEW_HEADER.test(fold(line.raw).trim());
  }
  return false;
}

// Written for fold() text: a request whose clause ends in a refund to the writer ("… zu erstatten",
// "… zurückzuzahlen"), asked with "bitte"/"bitten"/"beantrage" before the figure.
const REFUND_ASKED_AFTER = /\b(zu erstatten|zurueckzuzahlen|zurueckzuerstatten|zurueckzuueberweisen|zu ueberweisen|gutzuschreiben)\s*$/;

/** The figure is the object of the writer's request for a refund, in one clause. */
function refundAsked(c: AmountContext): boolean {
  return /\b(bitte|bitten|beantrage|beantragen)\b/.test(sinceSentenceStart(c.sentence)) && !/\bsie\b/.test(sinceSentenceStart(c.sentence).replace(/\bbitten sie\b/, ' '))
    && REFUND_ASKED_AFTER.test(c.following.replace(/[,;]\s*$/, '').trim()) && findAmounts(c.following).length === 0;
}

/** "… monatlich … von 2.918,40 € auf 3.206,75 €": the old or the new figure of a recurring charge. */
function changedRate(c: AmountContext): boolean {
  const sentence = `${c.sentence} ${c.following}`;
  if (!RECURRING.test(sentence)) return false;
  const fromFigure = /\bvon\s*(bisher\s*)?(€|eur|euro)?\s*:?\s*$/.test(c.sentence) && /^\s*(€|eur|euro)?\s*auf\b/.test(c.following);
  const toFigure = /\bvon\s*(bisher\s*)?(€|eur|euro)?\s*[-0-9.,]+\s*(€|eur|euro)?\s*auf\s*(€|eur|euro)?\s*$/.test(c.sentence);
  return fromFigure || toFigure;
}

// The reader fixed or demanded the sum: "haben Sie … festgesetzt", "Sie verlangen …".
const QUOTES_READER_RATE = /\b(haben|hatten) sie\b[^!?]{0,200}$|\bsie (haben|hatten|verlangen|fordern|berechnen)\b/;

// A unit after a price: a count word, not a period of time (a yearly fee "120,00 € pro Jahr" is
// what a fee notice asks for).
// OCR may glue the unit to "je" ("jeUnterrichtsstunde").
const PER_UNIT = /^\s*(€|eur|euro)?\s*(je\s*|pro\s+|per\s+)(?!(jahr|monat|quartal|halbjahr|kalenderjahr|veranlagungsjahr|haushaltsjahr)\b)[a-z0-9²]|^\s*(€|eur|euro)?\s*\/\s*(std|stunde|stk|stueck|m²|m2|qm|m|kg|t|km|l|person|tag)\b/;

// The unit named before the price, in the same sentence ("Für jede vermittelte Kundin zahlen wir
// Ihnen 50,00 €", "für jedes weitere Schreiben berechnen wir 5,00 €"): a rate, no sum owed.
const FOR_EACH = /\b(fuer|pro|je)\s+(jede[nmrs]?)\b[^0-9]*$/;

// "pro" glued to its unit by OCR ("18 € proKarte"), told from a word by the capital: "Provision",
// "Projektkosten" name what the sum is, not a unit.
const GLUED_PRO = /^\s*(€|EUR|Euro)?\s*pro(?=[A-ZÄÖÜ])/;

// A heading that introduces recurring costs ("Nach dem neuen Pflegeplan entstehen monatlich folgende
// Kosten:"): the rows below are a monthly or yearly cost, not a sum to pay.
const RECURRING_HEADING = /\b(monatlich|woechentlich|taeglich|jaehrlich|vierteljaehrlich|pro (monat|jahr)|je (monat|jahr))\w*\b[^0-9]{0,60}\b(kosten|betraege|ausgaben|aufwendungen|leistungen)\b[^0-9]{0,20}:\s*$/;

/** The figure stands under a heading of recurring costs. */
const underRecurringHeading = (c: AmountContext): boolean => underHeading(c, RECURRING_HEADING);

/** The figure is a price per unit: "je"/"pro" and a unit right after it. */
function unitPrice(c: AmountContext): boolean {
  return PER_UNIT.test(fold(c.rawAfter)) || GLUED_PRO.test(c.rawAfter) || FOR_EACH.test(c.sentence);
}

// Written for fold() text: the sum named before, as the object of a verb of paying ("den Betrag …
// überweisen", "zahlen Sie das Verwarnungsgeld"), or as the subject of a passive duty ("Der Beitrag
// ist … zu zahlen"). A refund the writer asks for ("Wir bitten, den Betrag … zu erstatten") refers
// back to the sum the same way.
const SUM_REFERRED = '\\b(den|der|diesen|dieser|die|das|dieses)\\s+(\\w+\\s+)?(betrag|beitrag|summe|\\w*geld|\\w*gebuehr|forderung)\\b';
const PAY_VERB = '\\b(ueberweis\\w*|zahlen|bezahlen|begleichen|entrichten|einzahlen|erstatten)\\b';
// The same request as a condition in the passive ("Wird das Verwarnungsgeld innerhalb einer Woche …
// gezahlt, ist das Verfahren erledigt").
const PAID_IF = `\\b(wird|wenn)\\s+${SUM_REFERRED}[^.!?]{0,160}\\b(gezahlt|bezahlt|ueberwiesen|entrichtet|eingezahlt)\\b`;
const ASKS_FOR_REFERRED = umlautTolerant(new RegExp(`${SUM_REFERRED}[^.!?]{0,160}${PAY_VERB}|${PAY_VERB}[^.!?]{0,30}${SUM_REFERRED}|${PAID_IF}`));

/** The figure's sentence or the next one asks for "the sum" by a verb of paying, no other figure
 *  named in between: the request refers back to this figure. Read over the next four lines. */
function askedForRightAfter(c: AmountContext): boolean {
  const next = c.lines.slice(c.lineNo + 1, c.lineNo + 5).filter((line) => line.page === c.line.page && line.zone !== 'footer');
  const text = [c.rawAfter, ...next.map((line) => line.raw)].join(' ');
  const ends = [...text.matchAll(/[a-zäöüß)][.!?](?=\s|$)/gi)];
  const span = text.slice(0, ends[1] ? ends[1].index + 2 : text.length);
  const folded = fold(span);
  const request = ASKS_FOR_REFERRED.exec(folded);
  return request !== null && findAmounts(folded.slice(0, request.index + request[0].length)).length === 0;
}

// The rate a statute sets ("Der Steuersatz beträgt … für den ersten Hund 96,00 €, für jeden weiteren
// 150,00 €"): a tariff, no sum anybody owes yet; "… somit/insgesamt …" would name the result.
// The rate may name what it applies to ("Der Steuersatz für den ersten Hund beträgt …").
const RATE_STATED = umlautTolerant(/\b\w*(steuer|beitrags|gebuehren|abgaben|hebe)(satz|saetze)\b(\s+(fuer|bei|je)\s+[^.!?0-9]{0,30})?[^.!?]{0,10}\b(betraegt|betragen|belaeuft|belaufen)\b(?![^.!?]*\b(somit|damit|insgesamt|ergibt|festgesetzt)\b)/);

// OCR splits a long label word with a space ("Zahlbet rag 22.088,32 EUR"): one space anywhere in it.
const SPLIT_ZAHLBETRAG = new RegExp([...'zahlbetrag'].map((_, i, letters) => `${letters.slice(0, i).join('')}${i > 0 ? ' ' : ''}${letters.slice(i).join('')}`).slice(1).join('|'));

/** A raise lifts a lower score to `raiseTo` (and names the rule, where it gives one); a cap
 *  lowers the score to `capAt`. Both apply only when `when` holds for the context and the score so far. */
type ScoreRule =
  | { name: string; raiseTo: number; rule?: string; when: (c: AmountContext, score: number) => boolean }
  | { name: string; capAt: number; when: (c: AmountContext, score: number) => boolean };

// "Wir bitten Sie, den (überfälligen) Betrag von" … "bis zum 07.03.2030 auszugleichen": the request
// around the figure, no other figure in the label.
const SETTLE_REQUEST_BEFORE = /\b(bitten|bitte)\b[^.!?0-9]{0,60}\b(den|die|diesen|diese)\s+([a-z]+\s+)?(betrag|gesamtbetrag|summe|forderung|saldo)\s+(von|in hoehe von|ueber)\s*(€|eur|euro)?\s*:?\s*$/;
const SETTLE_REQUEST_AFTER = /^\s*(€|eur|euro)?(?:[^.!?]|\.(?=\d)){0,60}\b(auszugleichen|zu ueberweisen|zu zahlen|zu begleichen|zu entrichten)\b/;

// The writer has paid: "ich habe", "wir haben", "habe ich" in the figure's sentence.
const WRITER_HAS_PAID = /\b((ich|wir)\s+(habe|haben)|(habe|haben)\s+(ich|wir))\b/;

// Applied in this order to a score of 1 ('Betrag'). The order is part of the result: a raise reads
// the score so far (a net total lifts a sum the "netto" cap lowered; a capped sum gets no requested
// raise), and the caps from the credit limits on have the last word.
const SCORE_RULES: readonly ScoreRule[] = [
  // What a label says about the amount after it: the sum to pay wins, then totals.
  { name: 'dueLabel', raiseTo: 5, rule: 'Zahlbetrag', when: (c) => /(due payable|amount due|total due|balance due)/.test(c.near) },
  { name: 'payableLabel', raiseTo: 4, rule: 'Zahlbetrag', when: (c) => PAYABLE.test(c.near) },
  { name: 'totalLabel', raiseTo: 3, rule: 'Gesamtsumme', when: (c) => TOTAL.test(c.near) },
  // What remains after partial payments or instalments: "Restforderung" of a final invoice, the
  // "Restbetrag" under a list of payments made (whatever instalment it names: "Restbetrag (3. Abschlag)"),
  // "Nachzahlung" of an annual utility statement (below the gross total the instalments cover), the
  // "Abschlusszahlung" a tax assessment leaves after the prepayments,
  // "Nachforderung" of a changed notice (beside the old and new annual totals). OCR may split the
  // compound ("Gesamt forderung").
  { name: 'remainingSum', raiseTo: 5, when: (c) => SPLIT_ZAHLBETRAG.test(c.near) || /(zahlbetrag|zu zahlen|noch zu zahlen|zu ueberweisen|gesamt ?forderung|mahnbetrag|forderungsbetrag|ueberweisen sie|bitte ueberweisen|restforderung|restbetrag|(nach|abschluss)zahlung(sbetrag)?\b|nachforderung|verbleibende[rn]? (betrag|forderung|restbetrag))/.test(c.near)
    // An account statement's balance in the sender's favour ("Saldo zu unseren Gunsten", "offener
    // Saldo") is what is owed, below the column sums of its bookings.
    || /\bsaldo\b(?! zu ihren gunsten)/.test(c.near) },
  // The sum a request names to be settled ("Wir bitten Sie, den überfälligen Betrag von 6.943,12 EUR
  // bis zum … auszugleichen"): what the letter asks for, above the balance of an account statement
  // part of which is not due yet.
  { name: 'settleRequest', raiseTo: 5, rule: 'Zahlbetrag', when: (c) => SETTLE_REQUEST_BEFORE.test(c.sentence) && SETTLE_REQUEST_AFTER.test(c.following) },
  // A statement or notice that ends in the reader's favour ("Guthaben 92,63 €", "Erstattung
  // 3.217,63", "Das Guthaben von …") carries that balance, like a credit note its credited sum:
  // it is what the settlement comes to, above the gross total it was computed from.
  { name: 'settlementInFavour', raiseTo: 5, rule: 'Guthaben/Erstattung', when: (c) => SETTLEMENT_IN_FAVOUR.test(c.near) },
  // A grant notice's row of the sum it grants ("bewilligter Zuschuss   4.860,00 €", "Bewilligungs-
  // betrag"): what the notice is about, above the eligible costs and the rate it was computed from.
  { name: 'grantedSum', raiseTo: 5, rule: 'bewilligter Betrag', when: (c) => GRANTED_SUM.test(c.near) },
  // The sum the writer transfers to the reader ("Den Betrag von 2.148,60 EUR überweisen wir … auf Ihr
  // Konto", "… erstatten wir Ihnen"): what the letter settles, like a balance in the reader's
  // favour, above the benefit or back payment it was taken from.
  { name: 'paidToReader', raiseTo: 5, rule: 'Guthaben/Erstattung', when: (c) => PAID_TO_READER.test(c.following) || PAID_TO_READER_BEFORE.test(c.near) },
  // "Für den alten Mast ziehen wir … einen Betrag von 270,00 € ab": the verb's particle after the
  // figure makes it a deduction, whatever the label before it says.
  { name: 'takenOff', capAt: 0.5, when: (c) => /\b(ziehen|zieht|ziehe|bringen|bringt)\b/.test(c.sentence) && TAKEN_OFF.test(c.following) },
  // Net sums, taxes, discounts and single positions never are the answer. The label nearest the
  // figure decides: "Vorauszahlungen in Höhe von 1.200,00 €" asks for a sum, "Gesamtbetrag …
  // abzüglich Anzahlung 500,00 €" names a deduction. A compound ends like a payable word
  // ("Nettobetrag", "Steuerbetrag"): the compound decides.
  // A net and a gross figure side by side, each labelled after it ("… von 6.320,00 € netto,
  // 7.520,80 € brutto", "10.404,00 € netto zzgl. 19 % USt (12.380,76 € brutto)"): the gross figure
  // is the total, the net one (labelled "netto" after it) is not; the "netto" between the two is
  // the first figure's label, not the second's.
  // A line given for information only ("Nachrichtlich: Abwasserabgabe 2027 …: 4.652,70 €",
  // "Zum Vergleich – Vorjahr: …") quotes another year's or another case's figure.
  { name: 'forInformation', capAt: 0.5, when: (c) => /^\W*(nachrichtlich|zum vergleich|zur information|vergleichswert)\b/.test(fold(c.line.raw)) },
  { name: 'netBeforeGross', capAt: 0.5, when: (c) => NET_BEFORE_GROSS.test(fold(c.rawAfter)) },
  { name: 'grossAfterNet', raiseTo: 3, rule: 'Gesamtsumme', when: grossAfterNet },
  // The prepayment that has fallen due ("die am 15.11. fällige Gewerbesteuer-Vorauszahlung von
  // 8.460,00 EUR … zu stunden") is the sum a deferral or instalment request is about, not one
  // already paid and deducted.
  { name: 'notPayableLabel', capAt: 0.5, when: (c, score) => score < 5 && !grossAfterNet(c) && !DUE_PREPAYMENT.test(c.near) && lastMatchEnd(NOT_PAYABLE, c.near) >= lastMatchEnd(PAYABLE, c.near) && lastMatchEnd(NOT_PAYABLE, c.near) >= 0 },
  // The figure a prepayment or levy is to be reduced to ("… bitten wir auf 18.000,00 EUR
  // herabzusetzen") is the writer's wish for the future, not a sum to pay now.
  // The verb may open the next line ("… auf 3.150,00 € je Quartal" / "herabzusetzen").
  { name: 'reducedTo', capAt: 0.5, when: reducedTo },
  // An offer's or order's net total is its total: below any gross sum, above single positions.
  // So is a total marked as without VAT ("Total Offerte (Lieferung ins Ausland, ohne MWST)").
  { name: 'netTotal', raiseTo: 2, rule: 'Nettosumme', when: (c) => /(summe|gesamt|total)\w* ?netto|netto ?(summe|gesamt|betrag gesamt)|angebotssumme|auftragssumme/.test(c.near)
    || /\b(summe|gesamt\w*|total)\b[^0-9]{0,60}\b(ohne|exkl\.?|excl\.?|zzgl\.?|zuzueglich)\s*(mwst|ust|umsatzsteuer|mehrwertsteuer|vat)\b/.test(c.near) },
  // The sum an application asks for ("beantragen wir … einen Zuschuss in Höhe von 2.400,00 EUR")
  // beats the cost table it is derived from, even a total that adds the positions up.
  // The request may follow the figure as a relative clause ("ein ungedeckter Eigenanteil von
  // 1.914,80 €, dessen Übernahme wir hiermit beantragen").
  { name: 'requestedSum', raiseTo: 5.5, rule: 'beantragter Betrag', when: (c, score) => score >= 1 && (REQUESTED_SUM.test(c.requestSentence) || REQUESTED_AFTER.test(c.following)) },
  // A decision or a bill spells out its operative sum ("2.907,41 EUR (in Worten: …) festgesetzt",
  // "eine Zuwendung in Höhe von / 74.600,00 Euro / (in Worten: …)"): the sum written out in words
  // is the one the letter is about, above the costs it was computed from. Caps below still apply.
  { name: 'spelledOut', raiseTo: 5.5, rule: 'Betrag in Worten', when: spelledOut },
  // Wages and income named in a benefit application or payroll ("Lohnabrechnung … brutto 2.180,00 €").
  // A court's value in dispute ("Der Streitwert wird auf … festgesetzt") is no sum to pay either,
  // whatever verb follows it.
  { name: 'namedOtherSum', capAt: 0.3, when: namesOtherSum },
  // A tax base in a request to change a tax ("einen Gewerbeertrag von höchstens 96.000 €, nicht – wie
  // der Festsetzung zugrunde gelegt – 432.000 €", "der Rohertrag von 98.400 €"): no sum to pay.
  { name: 'taxBase', capAt: 0.3, when: (c) => TAX_BASE.test(c.sentence) },
  // "eine Gebühr von / 102,20 EUR festgesetzt": the verb after the sum says it is to be paid
  // (not "bis zu 500 EUR festgesetzt werden", a possible fine). The verb may open the next line
  // ("… ein Verwarnungsgeld von 35,00 EUR" / "erhoben.").
  { name: 'verbAfter', raiseTo: 4, rule: 'Zahlbetrag', when: (c) => !namesOtherSum(c) && /^\s*(€|eur|euro)?\s*(festgesetzt|erhoben|zu zahlen|zu ueberweisen|zu entrichten)\b(?! werden)/.test(c.verbAfter) },
  // A request right after the figure that refers back to it ("… ein Verwarnungsgeld von 35,00 €
  // angeboten. Die Verwarnung wird wirksam, wenn Sie den Betrag … überweisen"; a notice's row
  // "Anschlussbeitrag 8.200,00 EUR" and then "Bitte überweisen Sie den Beitrag …"): the sum it asks for.
  { name: 'referredToAfter', raiseTo: 4, rule: 'Zahlbetrag', when: (c, score) => score >= 1 && askedForRightAfter(c) },
  // The result of a calculation labelled after it ("… netto zzgl. 19 % USt. … = 81.396,00 € brutto").
  { name: 'calculationResult', raiseTo: 3.5, rule: 'Bruttosumme', when: (c) => /=\s*(€|eur|euro)?\s*$/.test(c.before) && /^\s*(€|eur|euro)?\s*(brutto|gesamt|insgesamt)\b/.test(fold(c.rawAfter)) },
  // A sum the clause after it reports as paid already, by anyone ("… dass der Gegner die
  // Vergleichssumme von 6.500,00 EUR am 20.01. an Ihre Stadtkasse gezahlt hat", "… 480,00 €, die
  // bereits überwiesen wurden"): nothing to pay any more ("… nicht gezahlt haben" still is).
  { name: 'paidAlready', capAt: 0.5, when: (c) => PAID_ALREADY_AFTER.test(c.following) },
  // The former value in brackets beside a new one ("bis 100.000 € (bisher 50.000 €)", "(früher 35 €)"):
  // a figure quoted for comparison.
  { name: 'formerValue', capAt: 0.5, when: (c) => /\(\s*(bisher|frueher|vorher|alt)\s*:?\s*(€|eur|euro)?\s*$/.test(c.near) },
  // Credit limits and commitment authorisations of a budget ("Gesamtbetrag der Kredite … in Höhe
  // von …", "Höchstbetrag der Liquiditätskredite"): limits the city may borrow up to, nothing to pay.
  { name: 'creditLimit', capAt: 0.3, when: (c) => /(\w*kredite[ns]?\b|liquiditaetskredit|kreditermaechtigung|verpflichtungs\S*gung)/.test(c.sentence) },
  // A threshold or a price range ("Lieferung frei ab 75,00 € Bestellwert", "bis zu 500 €") is no
  // sum anybody is asked to pay. But a grant notice names the granted sum as a ceiling ("bewillige …
  // einen Zuschuss in Höhe von bis zu 9.000,00 EUR"): that ceiling is the sum granted.
  // The limit may be the subject of a verb of exceeding ("… bitte ich um Nachricht, wenn diese 25 Euro
  // übersteigen sollten"): a threshold as well.
  { name: 'thresholdExceeded', capAt: 0.2, when: (c) => /^\s*(€|eur|euro)?\s*(uebe?rst[eic][il1]g|uebe?rschr[eic][il1]t|unterschr[eic][il1]t)\w*/.test(c.following) },
  { name: 'threshold', capAt: 0.2, when: (c) => THRESHOLD_BEFORE.test(c.before) && !(/\b(bis zu|hoechstens|maximal)\s*(€|eur|euro)?\s*$/.test(c.before) && grantNotice(c.lines, c.lineNo, c.before)) },
  // "zulässiges Gesamtgewicht je 11,99 t": a figure with a unit of measure is no sum of money.
  { name: 'unitOfMeasure', capAt: 0.1, when: (c) => !c.signCurrency && /^\s?(t|kg|km|m|m²|m2|m³|m3|qm|cm|mm|l|kw|kwh|ps|std|h|min|stk|%)(?![A-Za-zÄÖÜäöüß0-9])/i.test(c.rawAfter) },
  { name: 'notPositive', capAt: 0.2, when: (c) => c.hit.value <= 0 },
  // A conversion or estimate ("entspricht ca. EUR 3'722.–", "ca. 86.400 EUR pro Jahr", "ungefähr
  // 1.400 €") is no sum to pay.
  { name: 'estimate', capAt: 0.3, when: (c) => /(entspricht|umgerechnet|\bca\.?|circa|zirka|\betwa|\brund|ungefaehr|\bum die)\s*(eur|chf|usd|€)?\s*:?\s*$/.test(c.near) },
  // A rounding step of a tax computation ("abgerundet auf volle 100 Euro") names a unit, no sum.
  { name: 'roundingUnit', capAt: 0.1, when: (c) => /\b(auf|ab|aufgerundet|abgerundet|gerundet)\s+(volle|ganze)\s*$/.test(c.near) },
  // A recurring sum described in running text ("zahlen wir monatlich 1.200,00 € an das Heim", "ist
  // verpflichtet, monatlich 250,00 € Unterhalt zu zahlen") reports a benefit or another's duty;
  // a bill labels its sum, and a request to the reader says "bitte" or "Sie". OCR reads i as l ("monatllch").
  // The period may stand before a word that adds up ("bisher jährlich zusammen 432,00 €") or in
  // brackets ("vierteljährlich 6.240,00 € (jährlich 24.960,00 €)"). A reader named as the one who
  // fixed the rate ("haben Sie … auf vierteljährlich … festgesetzt") is quoted, not asked to pay.
  { name: 'periodicSum', capAt: 0.5, when: (c) => /\b(((m|rn)onat|woechent|wochent|vierteljaehr|vierteljahr|halbjaehr|halbjahr|jaehr|jahr)l?[li1|]?ch|pro monat|je monat|im monat)\s*(zusammen|insgesamt)?\s*(€|eur|euro)?\s*:?\s*$/.test(c.near)
    && !/\b(bitte|bitten)\b/.test(c.sentence) && !(/\bsie\b/.test(c.sentence) && !QUOTES_READER_RATE.test(c.sentence)) },
  // The period may follow an unlabelled figure in running text ("… waren das zuletzt 412,50 Euro
  // monatlich", "Ich könnte 25 Euro im Monat zahlen"): a rate, not the sum the letter asks for. A
  // bill or notice labels its sum; a forecast does not ask for it, whatever its label ("Der ungedeckte
  // Betrag beläuft sich voraussichtlich auf 1.318,64 € monatlich").
  { name: 'periodicSumAfter', capAt: 0.5, when: (c, score) => (score < 2 || /\bvoraussichtlich\b/.test(c.sentence)) && PERIOD_AFTER.test(c.following)
    && !/\b(bitte|bitten)\b/.test(c.sentence) && !(/\bsie\b/.test(c.sentence) && !QUOTES_READER_RATE.test(c.sentence)) },
  // An estimated cost total ("voraussichtliche Gesamtkosten", "geschätzte Kosten") of a plan or
  // an appeal for support names what something may cost, not a sum anybody is asked to pay.
  // Also when the cost is named with "von" ("fast ein Drittel der veranschlagten Kosten von 16.800,00 €").
  { name: 'estimatedCost', capAt: 0.3, when: (c) => /\b(voraussichtlich|geschaetzt|veranschlagt)\w*\s+\w*(kosten|ausgaben)\w*\s*(von|in hoehe von|ueber)?\s*:?\s*$/.test(c.near) },
  // A reference price an advertisement strikes through ("regulär 4.900,00 €", "statt 99,00 €").
  { name: 'referencePrice', capAt: 0.3, when: (c) => /\b(regulaer|statt|anstatt|uvp|listenpreis|normalpreis)\s*(€|eur|euro)?\s*:?\s*$/.test(c.near) },
  // A value ("Bauwerkswert 1.840.000 EUR", "im Wert von 4.900 EUR", "Grundsteuerwert auf den
  // 01.01.2029 (Fortschreibung)", the date and the remark taken out) is no sum to pay; value added tax is. An order's
  // or invoice's value ("Auftragswert brutto") is its total.
  { name: 'value', capAt: 0.3, when: (c) => valueNamed(c.near.replace(DATE_IN_LABEL, ' ').replace(/\([^()]*\)/g, ' ')) },
  // The whole a levy is shared out of ("Umlagebedarf gesamt", "der durch Umlage zu deckende
  // Finanzbedarf", "Umlagegrundlagen"): the member's share is the sum to pay, not the base.
  { name: 'apportionmentBase', capAt: 0.5, when: (c) => /((umlage|finanz)bedarf\w*|umlagegrundlage\w*|bemessungsgrundlage\w*|umlagesoll)\b/.test(c.near) || /\b(umlage|finanz)bedarf\b[^.]{0,30}$/.test(c.sentence) },
  // A fee added to the sum ("… den offenen Abschlag zuzüglich 2,50 € Mahnkosten"): a part, not
  // the sum asked for, which the letter names as the total ("zusammen", "insgesamt").
  { name: 'addition', capAt: 0.5, when: (c) => /\b(zuzueglich|zzgl\.?|zusaetzlich)\s*(€|eur|euro)?\s*$/.test(c.near) },
  // An advertisement's price ("zum Vorzugspreis von 39,90 EUR im Monat") asks nothing of the city yet.
  // An early-bird price names its booking deadline before the figure ("Frühbucherpreis bei Anmeldung
  // bis zum 30.04.2027: 395,00 €").
  { name: 'advertisedPrice', capAt: 0.3, when: (c) => /(vorzugs|aktions|sonder|einfuehrungs|vorteils|messe|jubilaeums|kennenlern|fruehbucher)preis\w*\b[^0-9]{0,15}$/.test(c.near)
    || earlyBird(c.near) },
  // A limit "über … hinaus" ("die Vollziehung auszusetzen, soweit er über 31,50 € hinausgeht") marks
  // where something begins, like "ab", not a sum asked for.
  { name: 'beyondLimit', capAt: 0.2, when: (c) => /\bueber\s*(€|eur|euro)?\s*$/.test(c.near) && /^\s*(€|eur|euro)?\s*hinaus/.test(c.following) },
  // A share "je" of several ("in vier Teilbeträgen von je 1.356.195,00 €", "Raten à 250,00 €"): one
  // instalment, not the total the letter names; still a sum of its own in a letter without labels.
  { name: 'eachShare', capAt: 1, when: (c) => /(\bje|\bjeweils|\ba|à)\s*(€|eur|euro)?\s*:?\s*$/.test(c.near) && /(betr|rate|zahlung)/.test(c.sentence) },
  // The share of a recurring charge the writer describes ("… dass die Grundsteuer viermal im Jahr
  // fällig ist, jeweils 96,40 Euro"): a rate, like "vierteljährlich 96,40 €" (periodicSum), not a sum
  // the letter asks for; a bill or notice asks for it ("bitte", "Sie").
  { name: 'recurringShare', capAt: 0.5, when: (c) => /(\bje|\bjeweils)\s*(€|eur|euro)?\s*:?\s*$/.test(c.near)
    && /\b(\w+mal|\d+\s?(x|mal))\s+(im|pro|je|in)\s+(jahr|halbjahr|quartal|monat)\b/.test(c.sentence)
    && !/\b(bitte|bitten)\b/.test(c.sentence) && !/\bsie\b/.test(c.sentence) },
  // A sum the writer asks back as overpaid ("… sind 27,00 € zu viel, die ich bitte zurückhaben
  // möchte", "überzahlte 40,00 € bitten wir zu erstatten") is what a refund request is about.
  { name: 'overpaidRefund', raiseTo: 4.5, rule: 'Erstattungsbetrag', when: (c) => /^\s*(€|eur|euro)?\s*(zu ?viel|ueberzahlt)\b/.test(c.following) && /(zurueck|erstatt)/.test(c.following) },
  // The sum a writer asks back, named as the object of the request ("… bitte, die bereits gezahlte
  // Steuer von 27,00 € auf mein Konto … zu erstatten"): what a refund request is about, though the
  // label calls it paid.
  { name: 'refundAsked', raiseTo: 4.5, rule: 'Erstattungsbetrag', when: refundAsked },
  // The discounted sum of a Skonto term ("Bei Zahlung bis … 2 % Skonto (292,26 €, Zahlbetrag
  // 14.320,94 €)"): the invoice's sum is the full gross amount, the discount only an option.
  // The term may begin on the line above ("… mit 2 % Skonto" / "(Zahlbetrag 12.291,75 €) oder …").
  { name: 'discountTerm', capAt: 0.5, when: (c) => /skonto/.test(sinceSentenceStart(fold(c.line.raw.slice(0, c.hit.start))))
    || (/\([^)]*$/.test(c.line.raw.slice(0, c.hit.start)) && /skonto/.test(sinceSentenceStart(c.sentence))) },
  // The writer announces it will not pay the sum it quotes ("Bis dahin wird unsere Mandantin den
  // im Bescheid genannten Betrag von … nicht zahlen"): a dispute, no sum asked for.
  { name: 'refusedSum', capAt: 0.3, when: (c) => /\b(wird|werden|werde)\b/.test(c.sentence) && !/\b(falls|sollten?|wenn|sofern)\b/.test(c.sentence) && /^\s*(€|eur|euro)?\s*nicht\s+(zahlen|bezahlen|begleichen|ueberweisen|entrichten)\b/.test(c.following) },
  // Sums that only measure: an insurance's cover ("Deckungssumme von 5.000.000,00 €") and the
  // construction costs named in a building application ("Herstellungskosten gesamt", the
  // Kostenschätzung, the building firm's quote).
  { name: 'measureSum', capAt: 0.3, when: (c) => /((deckungs|versicherungs|haftungs)summe|haftungshoechstbetrag)/.test(c.near)
    || /((bau|herstellungs|rohbau|errichtungs)kosten|kostenschaetzung|bausumme|bauunternehme[nr]\w*|baufirma)/.test(`${c.sentence} ${c.near}`) },
  // The figures of an example calculation in an advertisement ("Beispielrechnung für eine Stadt
  // Ihrer Größe: … Ihr Eigenanteil 122.535,00 €") show what an order might cost, nobody owes them.
  { name: 'exampleCalculation', capAt: 0.3, when: exampleCalculation },
  // What the letter says is not due ("Nicht fällige Posten (… über 1.190,00 EUR …) sind nicht
  // enthalten", "noch nicht fällig") is left out of the sum asked for.
  { name: 'notDue', capAt: 0.5, when: (c) => NOT_DUE.test(c.sentence) || DEFERRED_AFTER.test(c.following) },
  // The rows under a price-list heading ("Unsere Preise für Kommunen:", "Konditionen:") offer
  // prices; nobody is asked to pay them.
  { name: 'priceList', capAt: 0.3, when: underPriceHeading },
  // A price per unit ("38,00 € je Unterrichtsstunde", "18 € pro Karte", "2,50 € je m²"): a rate
  // that names no sum anybody owes (a bill multiplies it out to a position or a total).
  { name: 'unitPrice', capAt: 0.3, when: unitPrice },
  { name: 'recurringCosts', capAt: 0.5, when: underRecurringHeading },
  // A sanction or a charge that might follow ("Nach Regelsatz kommt eine Geldbuße von 115,00 € …
  // in Betracht", "… droht ein Zwangsgeld von …"): what could be asked later, not now.
  // So is the fine a Bußgeldkatalog provides for an offence a Zeugenfragebogen or Anhörung
  // describes ("… ist eine Geldbuße von 70,00 EUR vorgesehen; hinzu kämen …").
  { name: 'possibleSum', capAt: 0.3, when: (c) => /\b(in betracht|droh(t|en|ende?[nrs]?))\b/.test(`${c.sentence} ${c.following}`) || SANCTION_PROVIDED.test(`${c.sentence} ${c.following}`) },
  // The plaintiff's claims in a statement of claim a court serves ("… werden beantragen, die
  // Beklagte zu verurteilen, an die Klägerin … 8.000,00 EUR … zu zahlen"): what a judgment may
  // order one day, no sum the letter asks to be paid.
  { name: 'claimInSuit', capAt: 0.3, when: claimInSuit },
  // A budget's figures ("Der Ergebnishaushalt weist einen Fehlbetrag von … aus", "des darüber hinaus
  // veranschlagten Betrages"): what a Haushalt plans or ends in, no sum anybody is asked to pay.
  { name: 'budgetFigure', capAt: 0.3, when: (c) => /((ergebnis|finanz)haushalt|haushalts(plan|satzung|entwurf|sicherungskonzept)|jahresabschluss)/.test(c.sentence) || /\bveranschlagt\w*\s+(\w+\s+)?(betrag|betrages|summe|mittel|ansatz)/.test(c.near) },
  // A recurring charge that changes ("Der monatliche Eigenanteil steigt von 2.918,40 € auf
  // 3.206,75 €"): old and new rate, no sum to pay.
  { name: 'changedRate', capAt: 0.5, when: changedRate },
  // The same change as a table, one column before and one after it ("bisher   ab 01.11.2029" over
  // "Gesamtmiete   805,00 €   845,00 €"): old and new rates or prices, no sum to pay.
  { name: 'oldAndNewColumns', capAt: 0.5, when: underOldAndNewColumns },
  // Settled elsewhere: "(5,36 EUR) und wurde mit ihm abgerechnet", "bereits bezahlt"; not a sum that
  // "ist immer noch nicht bezahlt", which a reminder asks for.
  { name: 'settled', capAt: 0.2, when: (c) => /\b(wurden?|ist|sind|haben|hat)\b(?:(?!\b(?:nicht|nie|noch kein\w*)\b)[^.]){0,30}\b(abgerechnet|bezahlt|beglichen|ausgeglichen|verrechnet)\b/.test(c.following)
    // Charged to someone else, named in the dative ("(GOÄ Nr. 70, 5,36 €) wurde den Eltern gesondert
    // berechnet"); OCR may read the e as c ("bcrechnet").
    || /^[^.]{0,10}\b(wurden?)\s+(den|dem|der)\s+[a-z]+\s+(\w+\s+)?(b[ce]r[ce]chnet|in rechnung gestellt)\b/.test(c.following) },
  // A rate the statute sets ("Der Steuersatz beträgt … 96,00 €"): a tariff, see RATE_STATED.
  { name: 'rateStated', capAt: 0.3, when: (c) => RATE_STATED.test(c.sentence) },
  // The lower end of a range ("Rahmen 10,20 € bis 767,00 €", "zwischen 50 € und 500 €"): the
  // upper end is a threshold already; neither names a sum anybody owes.
  { name: 'rangeStart', capAt: 0.2, when: rangeStart },
  // A fee quoted with the schedule it follows, by a letter that does not bill it ("Nach der
  // Gebührenordnung kostet das 1.240,00 €", "die Gebühr nach GebOSt … können Sie einziehen",
  // "nach JVEG werden 21,00 € gesondert in Rechnung gestellt"): the fee the city will fix or the
  // writer will bill later. Only an unlabelled figure: a bill or notice labels or asks for its fee.
  { name: 'scheduleFeeQuoted', capAt: 0.5, when: (c, score) => score < 2 && scheduleFeeQuoted(c) },
  // A sum the writer says it has paid already ("Ich habe … den Beitrag von 146,- EUR weiter
  // bezahlt", "Den unstreitigen Teil von 1.320,00 € habe ich heute überwiesen"): nobody asks for it.
  { name: 'paidByWriter', capAt: 0.3, when: paidByWriter },
  // The reader's own demand quoted back ("… mit dem Sie 1.250,00 € zurückgefordert haben"): the
  // writer is the one asked to pay, the letter asks the city for nothing.
  // The size of a set-off ("… habe bereits eine Aufrechnung mit laufenden Leistungen in Höhe von
  // 56,30 € monatlich angekündigt"): a sum withheld from payments, nobody is asked to transfer it;
  // what remains after it ("… verbleibt ein Restbetrag von …") still is.
  { name: 'setOff', capAt: 0.5, when: (c) => /\b(aufrechnung|verrechnung)\b(?:(?!verbleib|rest|zahlen|ueberweis)[^.!?]){0,60}\b(in hoehe von|von|ueber)\s*(€|eur|euro)?\s*:?\s*$/.test(c.sentence) },
  { name: 'readerDemandQuoted', capAt: 0.3, when: (c) => /\bsie\b/.test(c.sentence) && /^\s*(€|eur|euro)?\s*(zurueckgefordert|zurueckverlangt|gefordert|verlangt|festgesetzt|auferlegt)\s+(haben|hatten)\b/.test(c.following) },
];

// The words between a sum and the participle that says the writer paid it: adverbs, a payment date
// ("Ich habe die 30,00 € am 04.11.2030 überwiesen") or a bracket ("364,35 € sofort (habe ich heute
// überwiesen)").
const PAID_AFTER = /^\s*(€|eur|euro)?\s*((weiter|bereits|schon|immer|stets|regelmaessig|puenktlich|heute|gestern|sofort|am\s+\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?)\s+)*\(?\s*(habe ich\s+|haben wir\s+)?((weiter|bereits|schon|heute|gestern|am\s+\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?)\s+)*(bezahlt|gezahlt|ueberwiesen|beglichen|entrichtet)\b/;

// The rest of the clause after a figure says it has been paid (perfect or passive), without a negation.
const PAID_ALREADY_AFTER = /^(?!.*\b(nicht|kein\w*|noch)\b)(?:[^.!?]|\.(?=\d)){0,80}\b(gezahlt|bezahlt|ueberwiesen|beglichen|entrichtet)\s+(hat|haben|hatte|hatten|wurde|wurden|worden)\b/;

/** A sum the writer says it has paid already ("Ich habe … den Beitrag von 146,- EUR weiter
 *  bezahlt", "Den unstreitigen Teil von 1.320,00 € habe ich heute überwiesen"). */
function paidByWriter(c: AmountContext): boolean {
  return WRITER_HAS_PAID.test(`${c.sentence} ${c.following}`) && PAID_AFTER.test(c.following);
}

// The period right after a figure ("412,50 Euro monatlich", "25 € im Monat"); not "pro Jahr", which
// names what a yearly fee asks for (see PER_UNIT).
// OCR reads the m as "rn" ("rnonatlich") and the i of "im" as í or l.
const PERIOD_AFTER = /^\s*(€|eur|euro)?\s*((m|rn)onatlich|woechentlich|vierteljaehrlich|halbjaehrlich|jaehrlich|taeglich|[iíl1]m\s+((m|rn)onat|jahr|quartal|woche))\b/;

// A fine or penalty the catalogue provides for, named in the conditional of a questionnaire.
const SANCTION_PROVIDED = /\b(geldbusse|bussgeld\w*|verwarnungsgeld\w*|zwangsgeld\w*|ordnungsgeld\w*)\b[^.]{0,100}\bvorgesehen\b/;

/** The figure stands in a motion of a statement of claim ("die Beklagte zu verurteilen, an die
 *  Klägerin … zu zahlen"), begun in its line or the four lines above, in one block of lines. */
function claimInSuit(c: AmountContext): boolean {
  for (let i = c.lineNo; i >= 0 && i >= c.lineNo - 4; i--) {
    const line = c.lines[i];
    if (!line || line.page !== c.line.page) break;
    // OCR reads the e of "Beklagte" as c.
    if (/\b(beklagt[ec][nr]?|antragsgegner\w*)\s+zu\s+verurteil/.test(fold(line.raw))) return true;
    if (line.gapBefore) break;
  }
  return false;
}

/** The figure opens a range whose other end follows ("10,20 € bis 767,00 €", "50 € und 500 €"
 *  after "zwischen"). */
function rangeStart(c: AmountContext): boolean {
  const rest = c.rawAfter.replace(/^\s*(€|EUR|Euro)?/i, '');
  if (findAmounts(rest)[0]?.start === undefined) return false;
  if (/^\s*(bis|–)\s*(€|EUR|Euro)?\s*\d/i.test(rest)) return true;
  return /\bzwischen\s*(€|eur|euro)?\s*$/.test(c.near) && /^\s*und\s*(€|EUR|Euro)?\s*\d/i.test(rest);
}

// A fee schedule a sum is quoted from (Gebührenordnung, -satzung, -verzeichnis, GebOSt, JVEG, GOÄ,
// RVG, a Tarifstelle). OCR may misread the n of "Gebühren" ("Gebühreriordnung").
const FEE_SCHEDULE = /(gebuehr\w{0,3}(ordnung|satzung|verzeichnis|tarif|rahmen)|\bgebost\b|\bjveg\b|\bgoae?\b|\brvg\b|tarifstelle)/;
// The writer bills the fee now or asks the reader to pay it: then it is the letter's sum.
const BILLS_NOW = /\b(berechne|berechnen wir|stelle ich|stellen wir|bitte|bitten|zahlen sie|ueberweisen sie|zahlbar|zu zahlen|zu ueberweisen|festgesetzt)\b/;

/** The figure's sentence quotes a fee from its schedule without billing it. */
function scheduleFeeQuoted(c: AmountContext): boolean {
  const sentence = `${c.sentence} ${c.following}`;
  return FEE_SCHEDULE.test(sentence) && !BILLS_NOW.test(sentence);
}

function scoreAmount(c: AmountContext): { score: number; rule: string } {
  let score = 1;
  let rule = 'Betrag';
  for (const r of SCORE_RULES) {
    if ('capAt' in r) {
      if (r.when(c, score)) score = Math.min(score, r.capAt);
    } else if (score < r.raiseTo && r.when(c, score)) {
      score = r.raiseTo;
      if (r.rule) rule = r.rule;
    }
  }
  return { score, rule };
}

/** A total that adds up the sums listed right above it (open amount + dunning fee + interest)
 *  is what is asked for, whatever the lines above are called. */
const DEDUCTION = /\b(abzueglich|abzgl|anzahlung|bereits (gezahlt|bezahlt|geleistet)|geleistete)\b/;

function raiseSumsOfPosts(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    if (!c.total || c.score <= 0.5) return;
    const posts: number[] = [];
    for (let j = i - 1; j >= 0 && posts.length < 6; j--) {
      const previous = candidates[j];
      if (!previous || c.line - previous.line > 8) break;
      posts.push(j);
    }
    // The posts, and the posts without a figure in brackets inside a row's label ("Mahngebühren
    // (2 x 5,00 €)   10,00"): that figure is part of its row's calculation, no post of its own.
    const withoutLabelFigures = posts.filter((j) => !candidates[j]?.inRowLabel);
    for (const run of withoutLabelFigures.length < posts.length ? [posts, withoutLabelFigures] : [posts]) {
      let sum = 0;
      // The same posts with the deductions taken off: "Brutto 4.165,00 / abzüglich Anzahlung – 1.500,00 /
      // Restbetrag 2.665,00" (an en dash is no minus sign to the figure reader).
      let net = 0;
      for (const [n, j] of run.entries()) {
        const previous = candidates[j];
        if (!previous) break;
        sum += previous.value;
        net += previous.deduction ? -Math.abs(previous.value) : previous.value;
        if (n >= 1 && (Math.abs(sum - c.value) < 0.005 || Math.abs(net - c.value) < 0.005) && c.value > 0) {
          // The breakdown of one position (an annex "Aufstellung Reisekosten … Summe 412,80" for
          // "Pos. 20 Reisekosten 412,80" of the bill above, whose larger total stands in between)
          // adds up that position, not the bill.
          const position = candidates.slice(0, j).findIndex((earlier) => !earlier.total && Math.abs(earlier.value - c.value) < 0.005);
          if (position >= 0 && candidates.slice(position + 1, j).some((between) => between.total && between.value > c.value)) return;
          c.score = Math.max(c.score, 5); c.rule = c.rule.endsWith('(Rechenprobe)') ? 'Summe der Posten (Rechenprobe)' : 'Summe der Posten'; return;
        }
      }
    }
  });
}

// A rate printed in a row ("Steuersatz   15 %", "davon 50 %").
const PERCENT = /(?<![0-9,.])(\d{1,3}(?:,\d{1,2})?)\s*%/g;

/** A sum of posts that a rate printed below it turns into the sum to pay ("Summe der
 *  Einspielergebnisse 7.936,00 € / Steuersatz 15 % / Vergnügungsteuer 1.190,40 €", the tax of a
 *  self-assessment): the sum is the base, the labelled sum to pay computed from it is the answer. */
function lowerBasesOfRates(candidates: Candidate[], lines: Line[]): void {
  for (const base of candidates) {
    if (!base.rule.startsWith('Summe der Posten') || base.value <= 0) continue;
    const result = candidates.find((later) => later.line > base.line && later.line - base.line <= 4 && later.score >= 4
      && lines.slice(base.line, later.line + 1).some((line) => [...line.raw.matchAll(PERCENT)]
        .some((m) => Math.abs(Math.round(cents(base.value) * Number((m[1] ?? '').replace(',', '.')) / 100) - cents(later.value)) <= 1)));
    if (result) { base.score = Math.min(base.score, result.score - 0.5); base.rule = 'Bemessungsgrundlage'; }
  }
}

// The label of what one period costs ("Jahresbetrag", "Monatssumme", "Jahresbeitrag").
const PERIOD_SUM = /\b(jahres|monats|quartals|halbjahres)(betrag|summe|beitrag|preis)\b[^0-9]{0,30}$/;

/** A sum for one period ("Jahresbetrag 118.400,00 €") and, printed after it, a total that is a whole
 *  multiple of it ("Angebotssumme 2030–2031 (2 Jahre)  236.800,00 €"): the total for the whole term
 *  is what the letter comes to; it ranks as high as the period's sum, so it wins as the later one. */
function raiseTermTotals(candidates: Candidate[], contexts: AmountContext[]): void {
  candidates.forEach((period, i) => {
    if (!PERIOD_SUM.test(contexts[i]?.near ?? '') || period.value <= 0 || period.score <= 0.5) return;
    for (const later of candidates.slice(i + 1)) {
      const times = cents(later.value) / cents(period.value);
      if (!later.total || later.line <= period.line || later.score <= 0.5 || !Number.isInteger(times) || times < 2 || times > 120) continue;
      if (later.score < period.score) { later.score = period.score; later.rule = 'Summe der Laufzeit'; }
    }
  });
}

// ---- the arithmetic check of a labelled sum --------------------------------------------------------
// A scanned letter's figures are read digit by digit, and OCR misreads some digits of a sum (a zero
// as 9, 8 or 6, a 7 as 1, a 5 as 3: "1.034,49" for 1.034,40). A letter checks its own sums: positions add up
// to a total, net + VAT to the gross sum, a claim + fees to what a reminder asks for, an old and a
// new figure differ by the sum a changed notice asks for; and the sum to pay is often printed twice,
// once in a table and once in a sentence. When the chosen sum fits none of the letter's sums but
// exactly one reading that differs from it in one or two misread digits does, that reading is the
// figure printed. A sum the letter confirms (a total of its posts, net × VAT rate, printed again
// elsewhere) stays as read; so does one with no or several consistent readings.

// Only the misreadings of PRINTED_DIGIT_OF count: a total printed "…,40" over posts that add up to
// "…,49" hides a post misread, not the total.

/** The figure the read one may stand for: the same length, one or two digits misread. */
function misreadOf(read: number, printed: number): boolean {
  const a = Math.abs(read).toFixed(2);
  const b = Math.abs(printed).toFixed(2);
  if (a.length !== b.length || a === b || Math.sign(read) !== Math.sign(printed)) return false;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (PRINTED_DIGIT_OF[a[i] ?? ''] !== b[i]) return false;
    differing++;
  }
  return differing <= 2;
}

const cents = (value: number): number => Math.round(value * 100);

/** The sums the posts right above a figure make: the posts added up (deductions taken off), the
 *  first less the others (an old and a new figure, a gross sum less Skonto or instalments), per
 *  figure and per line (the last figure of each row of a table), and a net sum with its VAT. */
function sumsAbove(candidates: Candidate[], index: number): Set<number> {
  const sums = new Set<number>();
  const at = candidates[index];
  if (!at) return sums;
  const posts: Candidate[] = [];
  for (let j = index - 1; j >= 0 && posts.length < 8; j--) {
    const previous = candidates[j];
    if (!previous || at.line - previous.line > 8) break;
    posts.push(previous);
  }
  const lastOfRow = posts.filter((post, i) => i === 0 || posts[i - 1]?.line !== post.line);
  for (const run of [posts, lastOfRow]) {
    let sum = 0;
    let net = 0;
    for (let n = 0; n < run.length; n++) {
      const post = run[n] as Candidate;
      sum += cents(post.value);
      net += post.deduction ? -Math.abs(cents(post.value)) : cents(post.value);
      if (n === 0) continue;
      // Two figures differ either way (old and new); a longer run is the first less the others,
      // which leaves a positive sum (a misparsed table's columns would not).
      const difference = 2 * cents(post.value) - sum;
      sums.add(Math.abs(sum)).add(Math.abs(net));
      if (n === 1 || difference > 0) sums.add(Math.abs(difference));
    }
  }
  // A net sum and the VAT rate the letter names, the tax not printed apart.
  for (const post of posts.slice(0, 2)) for (const rate of [19, 7]) sums.add(Math.round(cents(post.value) * (100 + rate) / 100));
  return sums;
}

/** The sum a candidate names, or the one reading of it the letter's arithmetic confirms. */
function checkedByArithmetic(candidates: Candidate[], chosen: Candidate, above: Set<number>[]): { value: number; corrected: boolean } {
  const index = candidates.indexOf(chosen);
  const value = cents(chosen.value);
  if (index < 0 || value <= 0) return { value: chosen.value, corrected: false };
  // Confirmed: printed again on another line, or a sum of figures anywhere in the letter.
  if (candidates.some((c) => c !== chosen && c.line !== chosen.line && cents(c.value) === value)) return { value: chosen.value, corrected: false };
  if (above.some((sums) => sums.has(value))) return { value: chosen.value, corrected: false };
  // The readings the letter confirms: a sum of the posts above the chosen figure, or a figure
  // printed elsewhere that is the sum of the posts above it.
  // A printed copy counts only as a sum the letter asks for or totals (not a Zwischensumme or net sum).
  const confirmed = new Set<number>(above[index]);
  candidates.forEach((c, i) => { if (c.score >= 3 && above[i]?.has(cents(c.value))) confirmed.add(cents(c.value)); });
  const readings = [...confirmed].filter((printed) => misreadOf(value / 100, printed / 100));
  if (readings.length !== 1) return { value: chosen.value, corrected: false };
  return { value: (readings[0] as number) / 100, corrected: true };
}

function foundAmount(c: Candidate, rule: string): Found<{ amount: number; currency?: string }> {
  const value: { amount: number; currency?: string } = { amount: c.value };
  if (c.currency) value.currency = c.currency;
  return { value, source: c.source, rule };
}

/** No sum carries a label: the one sum with a currency, or the total at the foot of a list. */
function unlabelledAmount(lines: Line[], candidates: Candidate[], quotesPrices: boolean): Found<{ amount: number; currency?: string }> | undefined {
  // A letter that offers an early-bird price advertises, one that quotes prices per unit names a
  // tariff: their other prices ask nothing either.
  if (quotesPrices) return undefined;
  // A sum mentioned in a letter that asks for no money ("Zurzeit werden monatlich 1.121,00 EUR
  // Pflegegeld gezahlt", "ein Verwarnungsgeld von 25 Euro") is no Zahlbetrag. A payslip
  // ("Lohnabrechnung", "Gehaltsabrechnung") enclosed with an application asks nothing.
  const asks = lines.some((line) => line.zone !== 'footer' && line.zone !== 'returnAddress' && PAYMENT_REQUEST.test(fold(line.raw).replace(/(lohn|gehalts|entgelt|bezuege|verdienst)abrechnung\w*/g, ' ')));
  if (!asks) return undefined;
  // A single sum with a currency is the total; a table of bare numbers is not guessed.
  const withCurrency = candidates.filter((c) => c.currency && c.score >= 1);
  const distinct = new Set(withCurrency.map((c) => c.value));
  // Rates named beside it ("Die Steuer beträgt jetzt 412,80 Euro im Jahr, früher waren es 268 Euro",
  // "Elterngeld von 812,00 € monatlich … Miete 694,00 €") show a letter about someone's finances:
  // the one other sum is no more the sum it asks for than they are; only a sum its parts add up to is.
  const rates = candidates.some((c) => c.rate && c.currency && !withCurrency.includes(c));
  if (distinct.size === 1 && withCurrency[0] && !rates) return foundAmount(withCurrency[0], 'einziger Betrag');
  if (withCurrency.length === 0) return undefined;
  // A sum printed again further down ("zusammen 420,- EUR … die Hallenmiete von 420,- EUR zu
  // erlassen") is the later printing.
  const largest = withCurrency.reduce((a, b) => (b.value >= a.value ? b : a));
  // Several bare sums: the largest counts only as the total at the foot of the list (the last
  // one, or the sum of the others); a page of line items without its total is not guessed.
  const last = withCurrency[withCurrency.length - 1];
  const others = withCurrency.filter((c) => c !== largest).reduce((sum, c) => sum + c.value, 0);
  if ((largest !== last || rates) && Math.abs(others - largest.value) >= 0.005) return undefined;
  if (Math.abs(others - largest.value) >= 0.005 && alternativePrices(withCurrency, largest)) return undefined;
  return foundAmount(largest, 'größter Betrag (ohne Beschriftung)');
}

/** The largest sum shares its line with other prices that neither add up to it nor multiply into
 *  it ("Tagesgericht 8,90 € · mit Getränk 11,50 €"): prices side by side are alternatives, not a
 *  list and its total ("12 Std. × 48,00 € 576,00 €" multiplies a count and a rate). */
function alternativePrices(candidates: Candidate[], largest: Candidate): boolean {
  const beside = candidates.filter((c) => c !== largest && c.line === largest.line && c.value > 0);
  if (beside.length === 0) return false;
  const sum = beside.reduce((total, c) => total + cents(c.value), 0);
  const multiple = beside.some((c) => Number.isInteger(cents(largest.value) / cents(c.value)));
  return sum !== cents(largest.value) && !multiple;
}

// A subject that asks the city for something about a tax (refund, deferral, waiver).
const TAXPAYER_REQUEST = /\b(antrag|erstattung|rueckerstattung|stundung|erlass)\b/;

// OCR reads the l as I or 1 and the i as l ("KIageschrift", "erwldern").
const SERVED_CLAIM = /\b(auf die k[li1]age\w* zu erw[il1]dern|k[li1]ageerw[il1]derung|(abschrift|zustellung|kopie|durchschrift) der k[li1]age(schrift)?\b)/;

// "Sie verlangen (von mir) nun 1.240,00 Euro": the reader's demand, as the writer quotes it.
const READER_DEMAND_BEFORE = /\bsie\s+(verlangen|fordern|berechnen)\s+((von\s+)?(mir|uns)\s+)?((nun|jetzt|nunmehr|dafuer|hierfuer)\s+)?(€|eur|euro)?\s*$/;

/** A garnishment order names the debtor's debt; the city, as third-party debtor (Drittschuldner),
 *  is asked to withhold wages, not to pay that sum, and the creditor's lawyer's account it names
 *  is a third party's (README dev38: no amount, no IBAN). */
function garnishmentOrder(letter: Letter): boolean {
  return letter.lines.some((line) => line.zone !== 'footer' && /\bdrittschuldner/.test(fold(line.raw)));
}

/** The sum the letter asks to be paid: labelled payable sums beat totals, totals beat bare amounts;
 *  among equals the later (summary) line wins. Bare amounts count only when there is one sum. */
export function extractAmount(letter: Letter): Found<{ amount: number; currency?: string }> | undefined {
  // An objection quotes the contested sum; it asks nobody to pay it (DESIGN.md: the Zahlbetrag).
  if (disputesDecision(letter) || objectsInBody(letter)) return undefined;
  if (garnishmentOrder(letter)) return undefined;
  // A court serving a statement of claim on the city ("erhalten Sie anliegend eine Abschrift der
  // Klageschrift …", "binnen vier Wochen auf die Klage zu erwidern") quotes the sums in dispute; it
  // asks nobody to pay them (a judgment might, one day).
  if (letter.lines.some((line) => line.zone !== 'footer' && SERVED_CLAIM.test(fold(line.raw)))) return undefined;
  // A letter that says it asks for no payment ("Dies ist keine Zahlungsaufforderung": a balance
  // confirmation, an account information) names its sums for another purpose.
  if (letter.lines.some((line) => line.zone !== 'footer' && /\b(ist|sind)\s*keine\s+zahlungsaufforderung/.test(fold(line.raw)))) return undefined;
  // A Zerlegungsbescheid shares a tax base (Messbetrag) out among municipalities, each of which
  // levies the tax itself: it asks nobody to pay. So does a Messbescheid (Gewerbesteuer-,
  // Grundsteuermessbescheid): it fixes the base the municipality levies its tax on.
  // A taxpayer's request that only names the changed Messbescheid as its cause ("… nach geändertem
  // Messbescheid – Antrag auf Erstattung") asks for the refund it computes.
  const subject = letter.subjectLines.map((i) => fold(letter.lines[i]?.raw ?? '')).join(' ');
  if (/(zerlegung|messbescheid|messbetrag)/.test(subject) && !TAXPAYER_REQUEST.test(subject)) return undefined;
  const lines = rowLines(letter);
  const coverEnd = coverLetterEnd(letter);
  const gathered = coverLetterAmounts(coverEnd, gatherAmounts(lines));
  // A cancellation invoice prints every sum negative ("-1.428,00 EUR"): its sum is read as
  // positive, like a credit note's.
  // The unit price of a "46 x 37,40 €" column stays positive there.
  const unitPriceColumn = ({ context }: { context: AmountContext }) => /\d\s*[x×]\s*(€|eur)?\s*$/.test(context.before);
  if (gathered.some(({ context }) => context.hit.value < 0) && gathered.every((g) => g.context.hit.value < 0 || unitPriceColumn(g))) {
    for (const { context } of gathered) context.hit = { ...context.hit, value: Math.abs(context.hit.value) };
  }
  const candidates: Candidate[] = gathered.map(({ context, currency }) => {
    const { hit, line, lineNo, near } = context;
    const candidate: Candidate = { ...scoreAmount(context), value: hit.value, source: sourceOf(line, hit.start, hit.end), total: TOTAL.test(near) || PAYABLE.test(near), line: lineNo };
    if (currency) candidate.currency = currency;
    if (PERIOD_AFTER.test(context.following)) candidate.rate = true;
    if (/^\s*(€|eur|euro)?\s*\)[^0-9]*\d/i.test(context.rawAfter)) candidate.inRowLabel = true;
    // A down payment of a payment plan ("Anzahlung 20 %, fällig bis 25.02.2030") is still to be
    // paid: a part of the total, not taken off it.
    if ((DEDUCTION.test(context.before) && !/\bfaellig\b/.test(context.before)) || /[-–—]\s*$/.test(context.line.raw.slice(0, hit.start))) candidate.deduction = true;
    return candidate;
  });
  if (candidates.length === 0) return undefined;
  // A sum the writer says it has paid is asked for nowhere in the letter: not where the writer
  // quotes the reminder that claims it ("… weil das Verwarnungsgeld von 30,00 € nicht gezahlt
  // worden sei. … Ich habe die 30,00 € am 04.11. überwiesen"), also where OCR misread a digit of it.
  const paid = gathered.filter(({ context }) => paidByWriter(context)).map(({ context }) => context.hit.value);
  for (const c of candidates) {
    if (paid.some((value) => cents(value) === cents(c.value) || misreadOf(c.value, value))) c.score = Math.min(c.score, 0.3);
  }
  // The lowered figure a request names again ("… die am 15.02. fällige Vorauszahlung nur in Höhe von
  // 1.200,00 EUR einzuziehen"): still the writer's wish for the future, not a sum to pay now.
  // Only a figure the writer asks for ("… herabzusetzen"), not one reported ("… herabgesetzt").
  const lowered = gathered.filter(({ context }) => reducedTo(context) && /\b(herabzusetzen|zu senken|zu reduzieren|zu ermaessigen|anzupassen)\b/.test(context.following))
    .map(({ context }) => cents(context.hit.value));
  for (const c of candidates) {
    if (lowered.includes(cents(c.value))) c.score = Math.min(c.score, 0.5);
  }
  // The reader's demand quoted by a writer who only asks about it ("Sie verlangen 1.240,00 Euro für
  // weitere 20 Jahre. … ich möchte es nur verstehen"): nobody asks the city to pay it. A request for
  // instalments or a deferral of that demand is about the sum (README dev38: sums in requests).
  if (!asksForRelief(letter)) {
    gathered.forEach(({ context }, i) => {
      const c = candidates[i];
      if (c && READER_DEMAND_BEFORE.test(context.sentence)) c.score = Math.min(c.score, 0.3);
    });
  }
  // Sums labelled as totals or sums to pay read as the letter's arithmetic confirms them, before
  // the totals are matched with their posts (a misread gross sum would leave the net subtotal as the
  // only sum that adds up). A net sum stays as read: corrected, it could outrank the gross sum.
  const above = candidates.map((_, i) => sumsAbove(candidates, i));
  const checked = candidates.map((c) => (c.score >= 3 ? checkedByArithmetic(candidates, c, above) : { value: c.value, corrected: false }));
  checked.forEach((check, i) => { const c = candidates[i]; if (c && check.corrected) { c.value = check.value; c.rule = `${c.rule} (Rechenprobe)`; } });
  raiseSumsOfPosts(candidates);
  lowerBasesOfRates(candidates, lines);
  raiseTermTotals(candidates, gathered.map(({ context }) => context));
  const bestScore = Math.max(...candidates.map((c) => c.score));
  // A letter that quotes prices per unit ("2,10 € je laufendem Meter") talks about a tariff: without a
  // labelled sum, its other bare figures ("dazu die Strompauschale von 3,50 €") are rates as well.
  // Without a labelled sum, a bare figure is guessed only on the cover letter: an enclosure's
  // calculation (a projection, a cost table) has no sum of its own to ask for.
  const guessable = coverEnd === undefined ? candidates : candidates.filter((c) => c.source.page <= coverEnd);
  if (bestScore < 2) return unlabelledAmount(lines, guessable, gathered.some(({ context }) => earlyBird(context.near) || unitPrice(context) || promotionalPrice(context)));
  // Several labelled sums of the same rank: the last one is the summary line of the table.
  const top = candidates.filter((c) => c.score === bestScore);
  const last = top[top.length - 1] ?? top[0];
  const remainder = last ? remainderOf(candidates, last) : undefined;
  const chosen = remainder ?? last;
  if (chosen && !chosen.currency) chosen.currency = letterCurrency(lines);
  return chosen ? foundAmount(chosen, remainder ? 'Restbetrag nach Abzügen' : chosen.rule) : undefined;
}

/** The last page of the cover letter in front of enclosures: the page of its closing formula, when
 *  pages follow it (a bill continued to its total on page 2 closes on that page). */
export function coverLetterEnd(letter: Letter): number | undefined {
  const closing = letter.lines.find((line) => line.zone === 'closing');
  if (!closing) return undefined;
  return letter.lines.some((line) => line.page > closing.page && line.zone !== 'footer') ? closing.page : undefined;
}

/** A cover letter that names sums itself speaks for the item: the enclosures behind it (a
 *  Berechnungsanlage, an account statement, the invoice of a third party) carry their own figures,
 *  which it may quote, sum up or correct. Without a labelled sum on the cover letter the enclosures count. */
function coverLetterAmounts<T extends { context: AmountContext }>(end: number | undefined, gathered: T[]): T[] {
  if (end === undefined) return gathered;
  const cover = gathered.filter(({ context }) => context.line.page <= end);
  // Only a labelled sum speaks for the item (a bare figure under a label the layout split off may
  // not score): otherwise the enclosed bill's own total is the better reading.
  return cover.some(({ context }) => scoreAmount(context).score >= 2) ? cover : gathered;
}

/** A gross total printed again in a breakdown (a utility's "Abrechnung im Einzelnen" on page 2,
 *  its posts adding up to it) after the summary that deducted the instalments from it
 *  ("Rechnungsbetrag 17.422,02 / abzüglich Abschläge 16.560,00 / Nachzahlung 862,02"): the
 *  remainder labelled as the sum to pay is what the letter asks for, not the total it came from. */
function remainderOf(candidates: Candidate[], chosen: Candidate): Candidate | undefined {
  if (!chosen.rule.startsWith('Summe der Posten')) return undefined;
  const total = cents(chosen.value);
  for (const [i, base] of candidates.entries()) {
    if (base === chosen || cents(base.value) !== total || base.line >= chosen.line) continue;
    const deductions: Candidate[] = [];
    for (const next of candidates.slice(i + 1, i + 5)) {
      // "abzüglich Abschläge (12 x 1.380,00)  16.560,00": every figure of a deduction's row.
      if (next.deduction || deductions.some((d) => d.line === next.line)) { deductions.push(next); continue; }
      const rest = cents(next.value);
      const fits = deductions.length > 0 && (deductions.some((d) => total - Math.abs(cents(d.value)) === rest)
        || total - deductions.reduce((sum, d) => sum + Math.abs(cents(d.value)), 0) === rest);
      if (fits && next.score >= 5 && rest > 0) return next;
      break;
    }
  }
  return undefined;
}

const CURRENCY_MARK = /(€|\b(eur|euro|chf|usd|gbp)\b|\$|£)/gi;

/** The currency of a figure printed bare (a table without "€"): the one currency the letter names
 *  elsewhere; a letter that names none is a German one and counts in euros (README: EUR on every amount). */
function letterCurrency(lines: Line[]): string | undefined {
  const named = new Set(lines.flatMap((line) => [...line.raw.matchAll(CURRENCY_MARK)].map((m) => isoCurrency(m[1] ?? ''))));
  if (named.size === 0) return 'EUR';
  return named.size === 1 ? [...named][0] : undefined;
}

/** An IBAN in running text that the line break split ("… IBAN DE71 2129 0016 0003" / "3044 17,
 *  Verwendungszweck …"): read across the break when the line alone holds no valid IBAN there. */
function wrappedIban(line: Line, next: Line | undefined): { iban: string; start: number; end: number }[] {
  if (!next || next.page !== line.page || next.gapBefore) return [];
  const head = /\b[A-Z]{2}\d{2}(\s?[0-9A-Z]{1,4}){1,7}\s*$/.exec(line.raw);
  if (!head || findIbans(line.raw).some((f) => f.end > head.index)) return [];
  const joined = `${line.raw.trimEnd()} ${next.raw.trimStart()}`;
  return findIbans(joined).filter((f) => f.start === head.index && f.end > line.raw.trimEnd().length);
}

// The account a change of bank details replaces ("2. Bisherige Bankverbindung", "alte IBAN",
// "Unser bisheriges Konto bei …").
const FORMER_ACCOUNT = /\b(bisherige[snr]?|alte[snr]?|fruehere[snr]?|vorherige[snr]?|ehemalige[snr]?)\s+(bank\s*verbindung|konto(verbindung)?|iban|kontonummer|bankkonto)\b/;

const NEW_ACCOUNT = /\b(neue[snr]?|kuenftige[snr]?|geaenderte[snr]?)\s+(bank\s*verbindung|konto(verbindung)?|iban|kontonummer|bankkonto)\b/;

/** The IBAN is labelled as the former account: in its own line before it, or in the heading of its
 *  block (up to three lines above, no blank line between). */
function formerAccount(lines: Line[], index: number, before: string): boolean {
  if (FORMER_ACCOUNT.test(before)) return true;
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const line = lines[i];
    const below = lines[i + 1];
    if (!line || !below || below.gapBefore || line.page !== below.page) break;
    if (NEW_ACCOUNT.test(fold(line.raw))) return false;
    if (FORMER_ACCOUNT.test(fold(line.raw))) return true;
  }
  return false;
}

/** The text of the IBAN's sentence before it, read back over up to two wrapped lines of its
 *  paragraph ("… überweisen wir auf Ihr Konto bei der Sparkasse" / "Warnowtal, IBAN DE83 …"). */
function sentenceBeforeIban(lines: Line[], index: number, start: number): string {
  let text = lines[index]?.raw.slice(0, start) ?? '';
  for (let i = index; i > index - 2 && i > 0; i--) {
    const line = lines[i];
    const above = lines[i - 1];
    if (!line || !above || line.gapBefore || line.page !== above.page || /[.!?:]\s*$/.test(above.raw)) break;
    text = `${above.raw} ${text}`;
  }
  const folded = fold(text);
  // A full stop after a date or an abbreviation ("bzw.", "Nr.") ends no sentence.
  return folded.slice(Math.max(0, lastMatchEnd(/[!?]\s|(?<![0-9]|\b[a-z]{1,4})\.\s/, folded)));
}

// The reader's own account (the city's): "auf Ihr Konto bei der Sparkasse …", "Ihrer bei uns geführten
// Konten". The city is never asked to pay to it (README dev38: Gutschrift, Zahlungsavis).
// The words between may not name another owner ("unter Angabe Ihrer Mitgliedsnummer auf unser Konto").
const READER_ACCOUNT = /\bihre?[mnr]?\s+((?!(unser\w*|auf|an|bei|das|die|der|den|dem|des|zu|mit|und|oder)\b)\w+\s+){0,3}(konto|konten|bankverbindung|kontoverbindung)\b/;
// "auf das Konto der Stadtkasse Musterstadt": the account of a city, the reader's when the address
// block names that town (another town's Stadtkasse on a Verwarnung is the account to pay to).
const CITY_ACCOUNT = /\b(konto|konten|bankverbindung)\s+(der|des)\s+(stadtkasse|stadt|gemeindekasse|gemeinde|kreiskasse)\s+([a-z-]{3,})/;
// A subject about the reader's accounts (a bank's letter on "neue Bankverbindungen Ihrer Konten").
const READER_ACCOUNTS_SUBJECT = /\bihre[rn]?\s+(\w+\s+){0,2}(konto|konten|bankverbindung(en)?|kontoverbindung(en)?)\b/;
// In a payment advice, the payee's account is the reader's ("Empfängerkonto  Sparkasse …, IBAN …").
const PAYEE_ACCOUNT = /\b(empfaengerkonto|empfaenger\s*-?\s*iban|konto des empfaengers|beguenstigte[rn]?)\b/;
// An account the letter says is closed or to be closed ("… (IBAN …) wird zum Jahresende geschlossen").
const CLOSED_ACCOUNT = /^[^.!?]{0,20}\b(wird|werden|wurde|wurden|ist)\b(?:[^.!?]|\.(?=\d)){0,40}\b(geschlossen|aufgeloest|gekuendigt|erloschen)\b/;

/** The IBAN to pay to: the first valid one in the letter, passing over the payer's own account
 *  in direct-debit notes ("wird von Ihrem Konto … abgebucht"), and never the reader's own account
 *  or one that is closed. */
export function extractIban(letter: Letter): Found<string> | undefined {
  const found: { iban: string; debit: boolean; old: boolean; source: FieldSource }[] = [];
  const lines = rowLines(letter);
  const subject = letter.subjectLines.map((i) => fold(letter.lines[i]?.raw ?? '')).join(' ');
  if (READER_ACCOUNTS_SUBJECT.test(subject) || garnishmentOrder(letter)) return undefined;
  const addressBlock = letter.lines.filter((line) => line.zone === 'address').map((line) => fold(line.raw)).join(' ');
  const paymentAdvice = isPaymentAdvice(letter);
  for (const [i, line] of lines.entries()) {
    const raw = line.raw;
    for (const { iban, start, end } of [...findIbans(raw), ...wrappedIban(line, lines[i + 1])]) {
      const context = fold(raw.slice(Math.max(0, start - 60), end + 40));
      const before = sentenceBeforeIban(lines, i, start);
      const cityAccount = CITY_ACCOUNT.exec(before);
      const readersOwn = READER_ACCOUNT.test(before) || (cityAccount?.[4] !== undefined && addressBlock.includes(cityAccount[4]))
        || (paymentAdvice && PAYEE_ACCOUNT.test(before));
      const after = fold(`${raw.slice(end)} ${lines[i + 1]?.page === line.page ? lines[i + 1]?.raw ?? '' : ''}`).replace(/^[\s)\],]+/, '');
      if (readersOwn || CLOSED_ACCOUNT.test(after)) continue;
      const debit = /(abgebucht|lastschrift|eingezogen|ihr(em)? konto|ihre bankverbindung)/.test(context);
      found.push({ iban, debit, old: formerAccount(lines, i, fold(raw.slice(0, start))), source: sourceOf(line, start, Math.min(end, raw.length)) });
    }
  }
  // A change of bank details prints the old account next to the new one: the new one is meant.
  const current = found.some((f) => !f.old) ? found.filter((f) => !f.old) : found;
  const chosen = current.find((f) => !f.debit) ?? current[0];
  return chosen ? { value: chosen.iban, source: chosen.source, rule: 'IBAN (Prüfziffer gültig)' } : undefined;
}
