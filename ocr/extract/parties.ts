// Who wrote the letter, and what it is about (the subject line).
import type { Found } from './dates.ts';
import { MISREAD_SEPARATOR_CHARS, inReceiptStamp, namesOrganisation, mergeSources, sourceOf, type Letter, type Line } from './layout.ts';
import { editDistance, foldLine } from './normalize.ts';

/** Letterhead parts between separators, "·" and what OCR reads it as. */
const SEPARATED_PARTS = new RegExp(`\\s+[·•|${MISREAD_SEPARATOR_CHARS}]\\s+`);
/** Return-line parts: also split at commas ("Firma X, Postfach 12, 12345 Ort"). */
const RETURN_LINE_PARTS = new RegExp(`\\s*[·•|,]\\s*|\\s+[${MISREAD_SEPARATOR_CHARS}]\\s+`);

// Short labels end at a word boundary: "Tel.:" is a label, "TeleNord GmbH" or "Betriebshof …" a name.
const NOT_A_NAME = /^(eilt\b|eilig\b|eilsache|dringend\b|vertraulich|pers(ö|oe)nlich\b|c\/o\b|tel\b|telefon|fax\b|telefax|e-?mail|www\.|http|internet|seite\b|page\b|datum|ihre?\b|unsere?\b|aktenzeichen|az\b|betreff|betr\b|bankverbindung|iban|bic\b|steuer(nummer|-?nr|\s?nr|-?id)|ust\b|hrb|sitz\b|postfach|per e-mail|einschreiben|vorab per|an die|an das|an den|herrn?$|frau$|z\. ?hd|zu handen|rechnung|mahnung|angebot|gutschrift|bescheid|kunden|lieferschein|privat\s*:?$|(post|ansichts)karte$|(privat|post|wohn|dienst|haus)?anschrift\b)/i;
const STREET_WORD = /(stra(ss|ß)e|str\.|weg\b|platz\b|allee\b|gasse\b|ring\b|damm\b|ufer\b|chaussee|markt\b|postfach)/i;
const STREET = new RegExp(String.raw`${STREET_WORD.source}\s*\d*|\b\d{1,4}\s?[a-z]?$`, 'i');
const PLZ = /\b\d{5}\b/;
/** A street and house number in a return-address line ("Waldring 95", "Goethering 50a", "Am Markt 3"). */
const STREET_WITH_NUMBER = /[~\s:·•|,][-\s]*[^\s~:·•|,]*(stra(ss|ß)e|str\.|weg|ring|damm|allee|platz|gasse|ufer|markt|chaussee|steig|pfad|hof|berg|garten|park|zeile|kamp|feld|au)\s+\d{1,4}\s?[a-z]?\b/i;

/** Where a street found by STREET_WITH_NUMBER starts in a name line: a street named by an
 *  adjective set apart before its street word ("Lübecker Straße 289", "Lange Straße 22", "Hohe
 *  Gasse 3") starts with that word, which is no part of the name before it. */
function streetStart(text: string, street: RegExpExecArray): number {
  if (!/^\s(Stra(ss|ß)e|Str\.|Weg|Allee|Platz|Ring|Damm|Chaussee|Gasse|Ufer|Markt|Steig|Pfad)\s/.test(street[0])) return street.index;
  // … also when it opens the part ("Lange Straße 44 · …"): then no name stands before it.
  const before = /(?:^|\s)([A-ZÄÖÜ][a-zäöüß]+(?:er|e))$/.exec(text.slice(0, street.index));
  return before ? before.index : street.index;
}

/** A branch, office or building of the organisation that OCR ran into the name where it lost the
 *  separator ("… AG Niederlassung Nord", "Verwaltungsgericht Nordheim Justizzentrum", "LAVG
 *  Regionalbereich Nord", "GEMA Bezirksdirektion Nord"): the name ends before it. */
const BRANCH_WORD = /^(regionalbereich|bezirksdirektion|regionaldirektion|landesdirektion|niederlassung|zweigniederlassung|filiale|zweigstelle|aussenstelle|nebenstelle|dienststelle|justizzentrum|behoerdenzentrum|verwaltungszentrum|dienstgebaeude|standort|servicezentrum|kundencenter|servicecenter)$/;
function withoutBranch(name: string): string {
  const words = name.trim().split(/\s+/);
  const at = words.findIndex((word, i) => i > 0 && BRANCH_WORD.test(foldSimple(word).replace(/[^a-z]/g, '')));
  return at > 0 ? words.slice(0, at).join(' ').replace(/[\s,;:·•|\-–]+$/, '') : name;
}

function foldSimple(text: string): string {
  // Other letters with marks ("Yıldız", "Şahin", "Chloé") compare by their base letter: a mark
  // must not split a word in two.
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
/** The start of a street name left behind when the name is cut before the street ("… Am Ziegelhof 7"). */
const STREET_PREPOSITION_END = /\s+(am|an der|an den|im|in der|in den|zum|zur|auf der|auf dem|beim|hinter der|unter den)$/i;
const DATE = /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s?[A-Za-zä]+\s\d{4}/;

const GIVEN = "[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?";
/** Two people signing one by one on the same line ("Bernd Kowalski   Jutta Kowalski"): the first
 *  of them is the sender. */
function firstOfCouple(name: string): string {
  const signed = new RegExp(`^(${GIVEN}) (${GIVEN}) ${GIVEN} (${GIVEN})$`).exec(name);
  if (signed?.[1] && signed[2] && signed[2] === signed[3]) return `${signed[1]} ${signed[2]}`;
  return name;
}

const POSTNOMINAL_DEGREE = /,\s*(?:(?:M|B)\.\s?(?:Sc|A|Eng|Ed|F\.?A|Mus)\.?|LL\.\s?[MB]\.?|MBA|Dipl\.-?\s?[A-ZÄÖÜ][a-zäöüß]*\.?(?:\s?\((?:FH|TU|Uni)\))?)\s*$/;

function cleanName(text: string): string {
  // A logo or fold mark read as a single letter before the name ("O Süd Büromöbel e.K."); the
  // legal form with its m read as "rn" ("GrnbH") or its o as a 0 ("Sp. z 0.0."), an i with an accent no German name has ("Nordheím").
  // "Fahrschule Krümmel, Inh. Sven Krümmel": the owner clause follows the trade name, no part of it.
  // OCR may lose the "·" before the owner ("Druckhaus X e.K. Inh. Maria X"): no part of it either.
  // "Hannelore Wrede, geb. Dittmer": the birth name after the signature is no part of the name.
  // A hotel's classification stars after its name ("HOTEL AM SEE ★★★★", "★★★S") are no part of it.
  // A degree after the name ("Jana Ott, M.Sc.", "…, B.A.", "…, Dipl.-Ing. (FH)") is no part of it
  // either: the labels keep a title before the name (Dr., Prof.), not a degree after it.
  // Unless the clause ends in "e.K.": "Löwen-Apotheke am Markt, Inh. Dr. Katrin Seifert e.K." is
  // the registered name of the merchant's firm, the owner clause and all.
  return text.replace(POSTNOMINAL_DEGREE, '').replace(/\s*[★☆✩✪✫✬✭✮✯]+\s*S?\s*$/u, '').replace(/(,\s*|\s+)Inh(\.|aber(in)?\b)\s(?!.*\be\.\s?K\.?$).*$/, '').replace(/,?\s+geb\.\s+[A-ZÄÖÜ][\p{L}-]+$/u, '').replace(/\b(G?)rnbH\b/g, '$1mbH').replace(/\b(Sp\.\s?z\s?)0\.\s?0\./gi, '$1o.o.').replace(/\b(s\.\s?r\.\s?)0\./gi, '$1o.').replace(/í/g, 'i').replace(/^[A-Za-z0-9]\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+\S)/, '').replace(/^(absender|von|from)\s*:\s*/i, '').replace(/\s{2,}/g, ' ').replace(/[\s,;:·•|\-–]+$/, '').trim();
}

/** A founding year or a short legal form, which a name may hold besides its words. */
const NAME_TOKEN = /^((18|19|20)\d\d|e\.\s?[VK]\.?|[Gg]mbH|AG|KG|eG|UG|OHG|GbR)$/;

/** OCR of a logo or a stamp: mostly short fragments and stray signs, or words OCR itself doubts. */
function looksLikeOcrNoise(line: Line): boolean {
  const words = line.words.filter((w) => w.text.trim());
  if (words.length === 0) return true;
  const meanConfidence = words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  // Any letter counts: names are spelled with letters German lacks ("Yıldız", "Łukasz").
  const letters = line.raw.replace(/[^\p{L}]/gu, '').length;
  // A club's founding year and a legal form ("TuS Elsdorf 1921 e.V.") are parts of a name, no stray signs.
  const inWords = words.filter((w) => /\p{L}{3,}/u.test(w.text) || NAME_TOKEN.test(w.text)).reduce((sum, w) => sum + w.text.length, 0);
  return meanConfidence < 0.55 || letters < line.raw.replace(/\s/g, '').length * 0.6 || inWords < line.raw.replace(/\s/g, '').length * 0.6;
}

function looksLikeName(line: Line, organisation: string): boolean {
  const text = line.raw.trim();
  if (text.length < 3 || !/[A-Za-zÄÖÜäöü]{2}/.test(text)) return false;
  if (looksLikeOcrNoise(line)) return false;
  if (NOT_A_NAME.test(line.folded) || NOT_A_NAME.test(text)) return false;
  if (PLZ.test(text) || DATE.test(text) || /@/.test(text)) return false;
  if (STREET.test(text) && /\d/.test(text)) return false;
  if (namesOrganisation(line.folded, organisation)) return false;
  if (/^[^:]{2,40}:\s{2,}\S/.test(text) || /^[a-z .-]{2,30}:\s*\S/i.test(text)) return false; // "Währung:   EUR" is a form field
  if (/^(sehr geehrte|mit freundlichen|hochachtungsvoll|anlage)/.test(line.folded)) return false;
  return true;
}

const LEGAL_NAME = /\b(gmbh|ggmbh|mbh|mbb|ag|kg|ohg|gbr|ug|e\.\s?k\.?|e\.\s?v\.?|kgaa|partg|partgmbb|se|ltd|inc)\b|\b\w*(amt|gericht|kasse|verband|beh(ö|oe)rde|ministerium|landkreis|kreis|gemeinde|stadt|versicherung|praxis|kanzlei|rechtsanw(ä|ae)lte|steuerberatung)\b/i;
const BANK_NAME = /^(\S+\s)?(kreis|stadt|bezirks)?(sparkasse|volksbank|raiffeisenbank|postbank|commerzbank|deutsche bank|hypovereinsbank|landesbank|sparda-bank|psd bank|apobank|gls bank|targobank|ing\b)|\bbank\b|\bbank\s?(eg|ag)\b/i;
const FOOTER_FIELD = /\s[^\sA-Za-zÄÖÜäöü0-9]*(telefon|tel\.?|fon|fax|telefax|sitz|amtsgericht|registergericht|iban|bic|www\.|e-?mail|ust|gesch(ä|ae)ftsf(ü|ue)hr|vorstand|inhaber|bank|sparkasse|volksbank|postbank|commerzbank|deutsche bank|hrb|hra|\+?\d)/i;

const REGISTER_ENTRY = /^(amtsgericht|registergericht|handelsregister|vereinsregister|partnerschaftsregister|genossenschaftsregister|sitz\b|hrb\b|hra\b)/i;

/** The first page's lines that may be the imprint: the footer at the bottom edge, or an imprint
 *  found by its content under the closing of a short letter. At the bottom edge also a line that
 *  lists the firm's parts ("Firma AG · Straße 14 · Ort · Tel. …") whatever zone the layout gave
 *  it: set under a rule ("____") it runs on from the closing block, and only an imprint is set as
 *  such a list. */
function imprintLines(letter: Letter): Line[] {
  const firstPage = letter.lines[0]?.page ?? 0;
  const isFooter = (line: Line): boolean => line.zone === 'footer' && (line.top > 0.75 || letter.imprint?.includes(line.index) === true);
  const isPartsList = (line: Line): boolean => line.top > 0.75 && line.zone !== 'address' && line.raw.split(SEPARATED_PARTS).length >= 3;
  return letter.lines.filter((line) => line.page === firstPage && (isFooter(line) || isPartsList(line)));
}

function nameInFooter(letter: Letter, organisation: string): Found<string> | undefined {
  for (const line of imprintLines(letter).slice(0, 2)) {
    // The name ends at the first separator ("Firma GmbH · Hafenstraße 7 · …").
    const raw = withoutGluedRest(line.raw.replace(/^[^A-Za-zÄÖÜäöü0-9]+/, '').split(SEPARATED_PARTS)[0] ?? '');
    // "Amtsgericht Musterstadt HRB 2214": the register entry names the court, not the firm.
    if (REGISTER_ENTRY.test(raw)) continue;
    const cut = FOOTER_FIELD.exec(raw);
    const name = cleanName((cut ? raw.slice(0, cut.index) : raw).trim());
    const words = name.split(/\s+/).filter(Boolean);
    // A number is no part of a name, but a letter OCR read as a digit is ("5tadtnetz Musterstadt
    // GmbH"); a labelled part names someone else ("Gesellschafterin: … Verwaltungs-GmbH").
    if (words.length < 2 || words.length > 7 || !LEGAL_NAME.test(name) || words.some((word) => /^\W*\d[\d\W]*$/.test(word)) || /\d{2}|:/.test(name)) continue;
    if (namesOrganisation(foldSimple(name), organisation)) continue;
    // "Sparkasse Musterstadt · IBAN …": the footer's bank connection names the bank, not the sender.
    // (Read with the letters OCR took for digits: "5parkasse Nordheim".)
    const read = name.replace(/\d(?=\p{Ll})/gu, (digit) => ({ '5': 'S', '0': 'O', '1': 'I', '8': 'B' })[digit] ?? digit);
    if (BANK_NAME.test(read) || REGISTER_ENTRY.test(read) || /\b(iban|bic)\b/i.test(line.raw.slice(0, 12))) continue;
    const start = line.raw.indexOf(name);
    return { value: name, source: sourceOf(line, Math.max(0, start), Math.max(0, start) + name.length), rule: 'Fußzeile' };
  }
  return undefined;
}

/** The return line's short form of a letterhead name: "AOK Nordland" of "AOK – Die
 *  Gesundheitskasse Nordland", "RAin Yilmaz" of "Rechtsanwältin Petra Yilmaz", "ZAN" of
 *  "Zweckverband Abfallwirtschaft Nordheim (ZAN)". The last word is the same (or the short form is
 *  the long one's acronym), every other short word is a long word or an abbreviation of one, in
 *  order, and the long form adds at most three words. */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length === 0) return false;
  // Function words have no letter in an acronym ("LMEN" of "Landesamt für Mess- und Eichwesen
  // Nord") and no place in the count of added words.
  const content = long.filter((w) => !FUNCTION_WORD.test(w));
  if (short.length === 1) {
    const word = short[0] ?? '';
    if (word.length < 2 || word.length > 6) return false;
    if (long.includes(word) && long.length > 1) return true;
    const initials = content.filter((w) => w.length > 3).map((w) => w[0]).join('');
    return initials === word;
  }
  if (content.length > short.length + 3 || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const word of short.slice(0, -1)) {
    // A word contracted from the syllables that open the long words and their compound parts
    // ("galabau" of "Garten- und Landschaftsbau", "wobau" of "Wohnungsbau"): the words it spans.
    const spanned = word.length >= 5 ? syllableContraction(word, long.slice(0, -1), j) : undefined;
    if (spanned !== undefined) { j = spanned; continue; }
    // A long word the small print misread in one letter ("Kreisvcrband") is the same word.
    // (Two letters in a word of eight or more: "Nordbcim" for "Nordheim".)
    while (j < long.length - 1 && long[j] !== word && !(word.length >= 6 && editDistance(word, long[j] ?? '', 2) <= (word.length >= 8 ? 2 : 1)) && !(word.length <= 5 && (long[j] ?? '').startsWith(word[0] ?? '') && (long[j] ?? '').length > word.length)) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/** Where a word contracted from pieces of two letters or more ends in `long` from index `from` on:
 *  the first piece opens a long word, each further piece opens the next content word or goes on
 *  later in the same word as a compound part of three letters or more ("ga|la|bau" of "garten und
 *  landschaftsbau"). At least two long words must give a piece; undefined when the word is none. */
function syllableContraction(word: string, long: string[], from: number): number | undefined {
  const search = (at: number, index: number, offset: number, words: number): number | undefined => {
    if (at === word.length) return words >= 2 ? index + 1 : undefined;
    const current = long[index] ?? '';
    // … later in the same word (a compound part).
    for (let length = word.length - at; length >= 3; length--) {
      const piece = word.slice(at, at + length);
      const found = current.indexOf(piece, offset + 1);
      if (found > offset) {
        const end = search(at + length, index, found + length - 1, words);
        if (end !== undefined) return end;
      }
    }
    // … or opening the next content word.
    for (let next = index + 1; next < long.length; next++) {
      const candidate = long[next] ?? '';
      if (FUNCTION_WORD.test(candidate)) continue;
      for (let length = Math.min(candidate.length, word.length - at); length >= 2; length--) {
        if (!candidate.startsWith(word.slice(at, at + length))) continue;
        const end = search(at + length, next, length - 1, words + 1);
        if (end !== undefined) return end;
      }
      break;
    }
    return undefined;
  };
  const first = long[from] ?? '';
  for (let length = Math.min(first.length, word.length - 1); length >= 2; length--) {
    if (!first.startsWith(word.slice(0, length))) continue;
    const end = search(length, from, length - 1, 1);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** Academic titles as folded words ("dr", "prof", "dipl", "ing"). */
const ACADEMIC_TITLE = /^(dr|prof|dipl|ing|med)$/;
/** Folded words without their academic titles. */
const withoutTitles = (folded: string): string => folded.split(' ').filter((word) => !ACADEMIC_TITLE.test(word)).join(' ');
/** A word naming the office of an organisation that writes ("Bezirksgeschäftsstelle", "Außenstelle"). */
const OFFICE_WORD = /^[a-z]*(geschaeftsstelle|aussenstelle|zweigstelle|niederlassung|filiale|abteilung)$/;
/** Folded words with the umlauts as OCR may read them without their dots ("ae" → "a"). */
const plainLetters = (folded: string): string => folded.replace(/([aou])e/g, '$1').replace(/\s+/g, ' ').trim();
const FUNCTION_WORD = /^(fuer|und|der|die|das|des|dem|den|von|vom|zu|zur|zum|im|in|am|an|auf|mit|bei|fur)$/;

// One list of legal forms, anchored three ways below. A mutual insurer is a "VVaG"
// (Versicherungsverein auf Gegenseitigkeit), some write "VaG".
// Forms of the neighbouring countries: a Luxembourg or Swiss "S.à r.l." / "Sàrl" (also "Sarl"),
// an Austrian "OG" (offene Gesellschaft) or "GesmbH" / "Ges.m.b.H."; "OG" only at a name's end
// (OWNER_FORM_END), where no floor ("2. OG") stands in a name without digits.
const GERMAN_FORMS = String.raw`gmbh|ggmbh|mbh|mbb|ag|kg|ohg|gbr|ug|e\.\s?k\.?|e\.\s?v\.?|eg|partg|partgmbb|ltd\.?|v?vag`;
const FOREIGN_FORMS = String.raw`aps|a\/s|as|ab|oy|b\.\s?v\.?|n\.\s?v\.?|s\.\s?a\.?|s\.?\s?[àa]\.?\s?r\.?\s?l\.?|s\.r\.l\.?|og|ges\.?\s?m\.?\s?b\.?\s?h\.?|s\.\s?r\.\s?o\.?|sp\.\s?z\s?o\.\s?o\.?|d\.\s?o\.\s?o\.?|kft\.?|a(ö|oe)r|inc\.?|llc|corp\.?`;
/** A legal form anywhere in a line ("Muster GmbH · Hauptstraße 1"). */
const COMPANY_FORM = new RegExp(`\\b(${GERMAN_FORMS})(?![a-zäöü])`, 'i');
/** A name that ends in its legal form (a European company, "SE", too). */
const COMPANY_FORM_END = new RegExp(`\\b(${GERMAN_FORMS}|se)$`, 'i');
/** A legal form alone, no name before it ("e.V.", "GmbH"). */
const LEGAL_FORM_ONLY = new RegExp(`^(${GERMAN_FORMS}|se)$`, 'i');

/** The name part of a letterhead line that goes on after a separator ("Labor für … GmbH ·
 *  akkreditiert nach …"): only a name that ends in its legal form stops there. */
function letterheadNamePart(raw: string): string {
  const parts = raw.split(SEPARATED_PARTS);
  const first = parts[0]?.trim() ?? '';
  return parts.length > 1 && COMPANY_FORM_END.test(first) ? first : raw;
}

/** The first words of a letterhead line are a person's name whose surname the trade name after
 *  it carries ("Gerd Pahlow" before "Baumschule Pahlow"). */
function ownerBefore(raw: string, count: number, short: string): boolean {
  const words = raw.trim().split(/\s+/);
  const owner = words.slice(0, count).join(' ');
  const surname = foldSimple(words[count - 1] ?? '');
  return count >= 2 && PERSON_NAME.test(owner) && short.split(' ').includes(surname);
}

/** The return-address line is often shortened ("Heimatverein Kirchhain" for "Heimatverein
 *  Kirchhain e. V."): the letterhead line that starts with the same name and goes on by its legal
 *  form or a word or two is the full name. */
function fullerName(letter: Letter, organisation: string, found: Found<string>): Found<string> {
  const short = foldSimple(found.value).replace(/[^a-z0-9]+/g, ' ').trim();
  const firstPage = letter.lines[0]?.page ?? 0;
  const spelledOut = acronymSpelledOut(letter, organisation, found);
  if (spelledOut) return spelledOut;
  const usable = (line: Line | undefined): line is Line => {
    if (line === undefined || line.page !== firstPage || line.zone !== 'letterhead' || line.top > 0.3) return false;
    const name = letterheadNamePart(line.raw);
    const named = name === line.raw ? line : { ...line, raw: name, folded: foldLine(name) };
    // "Inhaber Henrik Roth e.K." names the owner under the firm's logo line, not the firm.
    return looksLikeName(named, organisation) && !OWNER_LINE.test(name.trim()) && !PLZ.test(name) && !STREET_WITH_NUMBER.test(` ${name}`) && (!/[·•|]/.test(name) || /[·•|]/.test(found.value)) && !/[a-zäöüß]{3}[.!?]$/.test(name.trim());
  };
  const foldedWords = (text: string) => foldSimple(text).replace(/[^a-z0-9]+/g, ' ').trim();
  const head = letter.lines.filter(usable);
  // The return line runs the name and the office that writes together where OCR lost the
  // separator ("Stadte- und Gemeindebund Nordland Bezirksgeschäftsstelle" under "Städte- und
  // Gemeindebund Nordland"): the letterhead's name, read with or without the umlauts' dots.
  const officeWord = short.split(' ').pop() ?? '';
  if (OFFICE_WORD.test(officeWord)) {
    const rest = plainLetters(short.slice(0, -officeWord.length));
    const line = head.find((candidate) => plainLetters(foldedWords(letterheadNamePart(candidate.raw))) === rest && rest.split(' ').length >= 2);
    if (line) return { value: cleanName(letterheadNamePart(line.raw)), source: sourceOf(line, 0, letterheadNamePart(line.raw).length), rule: found.rule };
  }
  // The return line runs the authority and its office together where OCR lost the separator
  // ("Landkreis Nordheim Kreiskasse" under "Landkreis Nordheim" / "Kreiskasse"): the authority.
  for (const line of head) {
    const name = foldedWords(letterheadNamePart(line.raw));
    if (name.split(' ').length < 2 || !short.startsWith(`${name} `) || !AUTHORITY_NAME.test(name)) continue;
    const rest = short.slice(name.length + 1);
    const office = letter.lines.some((other) => other.index > line.index && other.page === firstPage && other.zone === 'letterhead' && other.top <= 0.3
      && `${foldedWords(other.raw)} `.startsWith(`${rest} `));
    if (office) return { value: cleanName(letterheadNamePart(line.raw)), source: sourceOf(line, 0, letterheadNamePart(line.raw).length), rule: found.rule };
  }
  // The return line repeats a letterhead line word for word ("Agentur für Arbeit Nordheim" under
  // "Bundesagentur für Arbeit"): it is the full name, the line above names the parent body.
  // Unless the line under it spells the short name out ("KUV Nordland" over "Kommunale
  // Unfallversicherung Nordland").
  const spelledOutBelow = (line: Line) => {
    const next = letter.lines[line.index + 1];
    if (!usable(next)) return false;
    const long = foldedWords(letterheadNamePart(next.raw));
    return long.length > short.length && (long.startsWith(`${short} `) || abbreviates(short.split(' '), long.split(' ')));
  };
  // The return line sets the letterhead's words in another order ("Wessel Schädlingsbekämpfung"
  // under "Schädlingsbekämpfung Wessel"): the letterhead prints the trade name.
  const sortedWords = (text: string) => text.split(' ').sort().join(' ');
  const reordered = short.includes(' ') ? head.find((line) => {
    const long = foldedWords(letterheadNamePart(line.raw));
    return long !== short && sortedWords(long) === sortedWords(short);
  }) : undefined;
  if (reordered) {
    const name = letterheadNamePart(reordered.raw).trim();
    return { value: cleanName(name), source: sourceOf(reordered, 0, name.length), rule: found.rule };
  }
  const repeated = head.find((line) => foldedWords(letterheadNamePart(line.raw)) === short && !spelledOutBelow(line));
  if (repeated) {
    // … and goes on in the next letterhead line with whose it is ("Ministerium für …" / "des
    // Landes Nordland"): the return line cut the name short.
    const next = letter.lines[repeated.index + 1];
    const genitive = next && !next.gapBefore && next.page === repeated.page && next.zone === 'letterhead' ? /^(des|der) [A-ZÄÖÜ][^\d·•|,:]{2,40}$/.exec(next.raw.trim()) : null;
    if (next && genitive) {
      const name = letterheadNamePart(repeated.raw).trim();
      return { value: cleanName(`${name} ${genitive[0]}`), source: mergeSources([sourceOf(repeated, 0, name.length), sourceOf(next, 0, next.raw.length)]), rule: found.rule };
    }
    // … or with the rest of its name and its legal form, which the return line leaves off
    // ("LANDESVERBAND DER IMKER" / "NORDLAND e.V."): the registered name. (A profession with the
    // form, "Architekten und Ingenieure PartGmbB", describes the partners: the name stays short.)
    const legalForm = next && !next.gapBefore && next.page === repeated.page && next.zone === 'letterhead' && next.top <= 0.3 ? next.raw.trim() : '';
    if (next && /^[\p{L}][^\d·•|,:@]{1,60}$/u.test(legalForm) && COMPANY_FORM_END.test(legalForm) && !PROFESSION_PLURAL.test(legalForm) && !COMPANY_FORM_END.test(found.value.trim())) {
      return { value: cleanName(`${found.value.trim()} ${capitalsInNormalCase(legalForm)}`), source: mergeSources([found.source, sourceOf(next, 0, next.raw.length)]), rule: found.rule };
    }
    return found;
  }
  // The return line puts the profession before the name ("Notarin Dr. Eva Roth") that the
  // letterhead sets on a line of its own with the profession on another line: the letterhead's
  // name line is the sender.
  const shortWords = short.split(' ');
  for (const line of head) {
    const name = letterheadNamePart(line.raw);
    const long = foldedWords(name).split(' ');
    const dropped = shortWords.slice(0, shortWords.length - long.length);
    // Without a title the name line is a person's name alone ("Jana Brückner" under "Rechtsanwältin
    // Jana Brückner"), the profession on a line of its own.
    const titled = /^(dr|prof|dipl)\b/i.test(name.trim());
    if (!titled && (long.length > 4 || LEGAL_NAME.test(name) || COMPANY_FORM.test(name))) continue;
    // … or before the surname alone ("Obergerichtsvollzieherin Vosskamp" under "Hanna Vosskamp" /
    // "Obergerichtsvollzieherin"): the letterhead's full name, when the profession has its own line.
    // The profession may be abbreviated in the return line ("RA Sievers", "RAin Yilmaz" under
    // "Rechtsanwalt"), or the letterhead's profession line misread in a letter ("Rechtsanwä1tin").
    const profession = found.value.trim().split(/\s+/)[0] ?? '';
    const namesProfession = (other: Line) => {
      const words = foldedWords(other.raw);
      return words === shortWords[0] || (!words.includes(' ') && ((words.length >= 8 && editDistance(words, shortWords[0] ?? '', 1) <= 1) || abbreviationOf(profession, other.raw.trim())));
    };
    if (shortWords.length === 2 && long.length >= 2 && long.length <= 3 && long[long.length - 1] === shortWords[1] && long[0] !== shortWords[0]
      && letter.lines.some((other) => other.index !== line.index && other.page === firstPage && other.zone === 'letterhead' && other.top <= 0.3 && namesProfession(other))) {
      return { value: cleanName(name), source: sourceOf(line, 0, name.length), rule: found.rule };
    }
    if (dropped.length < 1 || dropped.length > 2 || long.length < 2 || shortWords.slice(dropped.length).join(' ') !== long.join(' ')) continue;
    // "Deutsche Rentenversicherung" / "Braunschweig-Hannover": an organisation's name set over two
    // letterhead lines that the return line gives whole; the line right above names the body, no
    // profession ("RECHTSANWALT" / "TOBIAS FENNEMANN").
    const aboveLine = letter.lines[line.index - 1];
    if (aboveLine && !line.gapBefore && aboveLine.page === line.page && aboveLine.zone === 'letterhead' && foldedWords(aboveLine.raw) === dropped.join(' ')
      && dropped.some((word) => ORGANISATION_WORD.test(word) || AUTHORITY_START.test(word))) continue;
    // The profession may be abbreviated in the return line ("ÖbVI Dipl.-Ing. …" under "Öffentlich
    // bestellter Vermessungsingenieur").
    // (Only before a person's name: "ZAW Nordland-Süd" abbreviates a body, no profession.)
    const personName = PERSON_WITH_TITLE.test(cleanName(name).replace(DIPLOMA_BEFORE_NAME, '')) || PERSON_NAME.test(cleanName(name));
    const abbreviatedProfession = dropped.length === 1 && personName ? found.value.trim().split(/\s+/)[0] ?? '' : '';
    const elsewhere = letter.lines.some((other) => other.index !== line.index && other.page === firstPage && other.zone === 'letterhead' && other.top <= 0.3
      && ([foldedWords(other.raw), foldedWords(unspaced(other.raw))].some((words) => words.split(' ').slice(0, dropped.length).join(' ') === dropped.join(' '))
        || (abbreviatedProfession !== '' && !/[\d·•|]/.test(other.raw) && other.raw.trim().split(/\s+/).length <= 4 && abbreviationOf(abbreviatedProfession, other.raw.trim()))));
    if (!elsewhere) continue;
    // A name set in capitals ("JANA BRÜCKNER"): the return line spells it as written.
    if (!/[a-zäöüß]/.test(name)) {
      const value = found.value.split(/\s+/).slice(dropped.length).join(' ');
      return { value: cleanName(value), source: found.source, rule: found.rule };
    }
    return { value: cleanName(name), source: sourceOf(line, 0, name.length), rule: found.rule };
  }
  // "ZV Wasser Nordheimer Land", "Landkreis MSE", "Unfallkasse M-V", "Nds. MS" in the return line
  // under the letterhead's full name: the letterhead spells the short form out.
  for (const line of head) {
    for (const lines of nameWithContinuation(letter, line)) {
      const name = spelledOutPart(found.value, upToShortForm(nameOfLines(lines), found.value));
      if (name && !/\d|@/.test(name) && !namesOrganisation(foldSimple(name), organisation)) {
        return { value: name, source: sourceOfLines(lines), rule: found.rule };
      }
    }
  }
  // "StALU MS" under "Staatliches Amt für Landwirtschaft und Umwelt" / "Mecklenburgische
  // Seenplatte": the name goes on with its region on the next line, which the short form's
  // acronyms spell out to its last word.
  const acronymIn = found.value.split(/\s+/).some((token) => /^(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü-]{1,5}$/.test(token));
  for (const line of acronymIn ? head : []) {
    const next = letter.lines[line.index + 1];
    if (!usable(next) || next.gapBefore || OFFICE_LINE.test(next.folded) || HEAD_OF_AUTHORITY.test(next.folded) || next.raw.trim().split(/\s+/).length > 4) continue;
    const name = nameOfLines([line, next]);
    if (!/\d|@/.test(name) && spellsOut(found.value, name) && !namesOrganisation(foldSimple(name), organisation)) {
      return { value: name, source: sourceOfLines([line, next]), rule: found.rule };
    }
  }
  // "und ländliche Räume Nordland" under "Landesamt für Landwirtschaft, Umwelt": a line that goes
  // on with the name above it in small letters is no name of its own.
  const continuesAbove = (line: Line) => {
    const above = letter.lines[line.index - 1];
    return above !== undefined && above.zone === 'letterhead' && /^[a-zäöüß]/.test(line.raw.trim()) && continuesAuthorityName(above, line);
  };
  for (const line of letter.lines) {
    if (!usable(line)) continue;
    // A letterhead name set over two lines ("FRICKE & OLBRICH" over "Steuerberatungsgesellschaft
    // mbB", "Sozialverband VdK" over "Kreisverband Musterstadt"): the pair is tried first.
    const next = letter.lines[line.index + 1];
    // Only when the short form ends in the second line: "Landkreis Nordheim" over "Der Landrat" is
    // the name and its office.
    const lastShort = short.split(' ').pop() ?? '';
    const pair = usable(next) && !next.gapBefore && foldSimple(next.raw).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').includes(lastShort)
      && !foldSimple(line.raw).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').includes(lastShort)
      // A logo word over the name ("telenord" over "TeleNord Business GmbH") adds nothing to it.
      // Unless the name lacks it: "HYGIA" over "Labor für … GmbH" is part of "HYGIA Labor GmbH".
      && !(line.words.length <= 1 && short.split(' ').includes(foldSimple(line.raw).replace(/[^a-z0-9]+/g, ''))
        && foldSimple(next.raw).replace(/[^a-z0-9]+/g, ' ').split(' ').includes(foldSimple(line.raw).replace(/[^a-z0-9]+/g, '')))
      // Nor does a logo acronym over the name it abbreviates ("NWB" over "Nordwest Bau GmbH"), also
      // with the words the name repeats ("KDB Baltic" over "Kopier- und Drucksysteme Baltic GmbH").
      && !acronymOf(line.raw.trim(), letterheadNamePart(next.raw)) && !brandOverItsName(line.raw, letterheadNamePart(next.raw)) ? [line, next] : undefined;
    for (const parts of pair ? [pair, [line]] : [[line]]) {
      if (parts.length === 1 && continuesAbove(line)) continue;
      const raw = upToShortForm(parts.map((part) => letterheadNamePart(part.raw).trim()).join(' '), found.value);
      const long = foldSimple(raw).replace(/[^a-z0-9]+/g, ' ').trim();
      if (long.length <= short.length) continue;
      // "PAPYRUS Bürowelt Papyrus Bürowelt KG", "LABOR MVZ … GmbH": a logo word or the other column
      // of a two-column letterhead set before the name the return line gives whole, with its legal
      // form: words of the name again, or set in capitals. The return line's name is complete
      // ("Gemeinnützige" before "Baugenossenschaft … eG" is part of the name).
      // (The name read with a letter misread on either side: "BrandI GmbH" for "Brandl GmbH".)
      const endsWithShort = long.endsWith(` ${short}`) || (long.split(' ').length > short.split(' ').length
        && long.split(' ').slice(-short.split(' ').length).every((word, i) => word === short.split(' ')[i] || (word.length >= 5 && editDistance(word, short.split(' ')[i] ?? '', 1) <= 1)));
      if (endsWithShort && COMPANY_FORM_END.test(found.value.trim())
        && raw.trim().split(/\s+/).slice(0, long.split(' ').length - short.split(' ').length)
          .every((word) => short.split(' ').includes(foldedWords(word)) || /^[A-ZÄÖÜ]{2,}$/.test(word))) return found;
      // "Landkreis Schaumburg Der Landrat", "Stadt Hohenburg Fachbereich …": the authority's head or
      // office set beside or under its name is no part of it.
      if (authorityOffice(short, long)) continue;
      // "DR. FALKE · ÖZTÜRK · BRANDT" over the return line's "Falke Öztürk Brandt": a title adds
      // nothing to a firm's name.
      if (withoutTitles(long) === short) continue;
      if (!long.startsWith(`${short} `) && !abbreviates(short.split(' '), long.split(' '))) continue;
      // "Gerd Pahlow BAUMSCHULE PAHLOW" (the "·" lost) over the return line's "Baumschule Pahlow":
      // the owner's name before the trade name is no part of it.
      if (long.endsWith(` ${short}`) && ownerBefore(raw, long.split(' ').length - short.split(' ').length, short)) continue;
      // "Kfz Yıldız" under "Kfz-Meisterbetrieb" / "Yıldız": the return line names the trade by the
      // compound's first part, the rest of the compound only describes the business.
      const shortSet = new Set(short.split(' '));
      if (!long.startsWith(`${short} `) && [...raw.matchAll(/([A-Za-zÄÖÜäöüß]+)-([A-Za-zÄÖÜäöüß]{4,})/g)]
        .some((m) => shortSet.has(foldSimple(m[1] ?? '')) && !shortSet.has(foldSimple(m[2] ?? '')))) continue;
      const rest = long.slice(short.length).trim().split(' ');
      if (long.startsWith(`${short} `) && rest.length > 3) continue;
      // "AOK Nordland – Die Gesundheitskasse", "Muster GmbH – Ihr Partner am Bau" over the return
      // line's "AOK Nordland": what the letterhead adds after a dash is a slogan or an office, no
      // part of the name the return line gives whole.
      const beforeDash = raw.trim().split(/\s+[–—-]\s+/)[0] ?? '';
      if (beforeDash !== raw.trim() && foldedWords(beforeDash) === short) continue;
      // A logo acronym in the name's line ("KVN   Kommunal Versorgung Nord GmbH") is no part of it.
      const logo = /^([A-ZÄÖÜ]{2,5})\s+(\S+\s+\S.*)$/.exec(raw);
      if (logo?.[1] && logo[2] && acronymOf(logo[1], logo[2])) {
        const first = parts[0];
        const offset = raw.length - logo[2].length;
        if (first) return { value: cleanName(logo[2]), source: mergeSources([sourceOf(first, offset, letterheadNamePart(first.raw).length), ...parts.slice(1).map((part) => sourceOf(part, 0, letterheadNamePart(part.raw).length))]), rule: found.rule };
      }
      return { value: cleanName(raw), source: mergeSources(parts.map((part) => sourceOf(part, 0, letterheadNamePart(part.raw).length))), rule: found.rule };
    }
  }
  // The return line is set in small print, which OCR misreads far more often than the letterhead
  // ("srotechnik Ho} KG" under "Bürotechnik Hohenmoor KG"): a letterhead line that is nearly the
  // same name is the better reading of it.
  for (const line of letter.lines) {
    if (!usable(line) || continuesAbove(line)) continue;
    const name = letterheadNamePart(line.raw);
    const long = foldSimple(name).replace(/[^a-z0-9]+/g, ' ').trim();
    if (long.length < 5 || long === short || withoutTitles(long) === short) continue;
    if (authorityOffice(short, long)) continue;
    // A logo word OCR misread ("civid" over the return line's "civiQ"): the reading the text and the
    // foot of the letter repeat is the right one.
    if (namedInText(letter, found.value) && !namedInText(letter, name)) continue;
    if (long.endsWith(` ${short}`) && ownerBefore(name, long.split(' ').length - short.split(' ').length, short)) continue;
    if (misreadOf(short.split(' '), long.split(' '))) {
      return { value: cleanName(name), source: sourceOf(line, 0, name.length), rule: found.rule };
    }
  }
  return found;
}

/** The letterhead line, or its first words where a second column runs on after the name ("Dr. med.
 *  Carola Heitmann   Praxis für Innere Medizin"), that spells the short form out. */
function spelledOutPart(shortName: string, longName: string): string | undefined {
  if (spellsOut(shortName, longName)) return longName;
  const tokens = longName.split(/\s+/);
  const shortCount = shortName.split(/\s+/).length;
  for (let k = shortCount; k < tokens.length; k++) {
    const prefix = tokens.slice(0, k).join(' ');
    if (spellsOut(shortName, prefix)) return prefix;
  }
  return undefined;
}

/** A short form of a name ("ZV Wasser Nordheimer Land" of "Zweckverband Wasserversorgung
 *  Nordheimer Land", "Landkreis MSE" of "Landkreis Mecklenburgische Seenplatte", "TSV … v. 1898
 *  e.V."): the same words at both ends, and in between each short token stands for one or more
 *  long words in order: an acronym whose letters run in order in them ("ZV", "M-V", "MS"), a
 *  dotted abbreviation ("Nds.", "v.") or a word cut short ("Wasser"). */
function spellsOut(shortName: string, longName: string): boolean {
  const fold = (token: string) => foldSimple(token).replace(/[^a-z0-9]+/g, '');
  const shortTokens = shortName.split(/\s+/).filter((token) => fold(token));
  const longTokens = longName.split(/\s+/).filter((token) => fold(token));
  // A word the small print or the letterhead misread ("0bere" for "Obere", "Nordheirn" for
  // "Nordheim") is the same word: one edit in five letters or more, two in eight or more.
  const same = (a: string, b: string) => {
    const x = fold(a);
    const y = fold(b);
    return x === y || (Math.min(x.length, y.length) >= 5 && editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1));
  };
  let prefix = 0;
  while (prefix < shortTokens.length && same(shortTokens[prefix] ?? '', longTokens[prefix] ?? '')) prefix++;
  let suffix = 0;
  while (suffix < shortTokens.length - prefix && suffix < longTokens.length - prefix
    && same(shortTokens[shortTokens.length - 1 - suffix] ?? '', longTokens[longTokens.length - 1 - suffix] ?? '')) suffix++;
  const middle = shortTokens.slice(prefix, shortTokens.length - suffix);
  const spelled = longTokens.slice(prefix, longTokens.length - suffix);
  if (middle.length === 0 || spelled.length < middle.length || spelled.length > middle.length + 8) return false;
  const fits = (token: string, group: string[]): boolean => {
    const bare = fold(token);
    const word = fold(group[0] ?? '');
    if (group.length === 1 && word.length > bare.length && word.startsWith(bare) && (token.endsWith('.') || bare.length >= 4)) return true;
    if (group.length === 1 && token.endsWith('.') && bare.length >= 2 && startsAndRunsInOrder(bare, word)) return true;
    // A firm's short form in mixed case ("StBG" for "Steuerberatungsgesellschaft", "WoBau").
    if (group.length === 1 && /^\p{Lu}\p{Ll}*\p{Lu}[\p{L}]*$/u.test(token) && bare.length >= 3 && startsAndRunsInOrder(bare, word)) return true;
    // An authority's short form in mixed case over several words ("StALU" for "Staatliches Amt für
    // Landwirtschaft und Umwelt"): each piece from one capital to the next opens the next content
    // word, in order, and no content word is left over.
    const pieces = token.match(/\p{Lu}\p{Ll}*/gu) ?? [];
    const content = group.map(fold).filter((groupWord) => groupWord && !FUNCTION_WORD.test(groupWord));
    if (pieces.length >= 3 && pieces.join('') === token && /\p{Ll}/u.test(token) && content.length === pieces.length
      && pieces.every((piece, i) => (content[i] ?? '').startsWith(fold(piece)))) return true;
    if (pieces.length >= 3 && pieces.join('') === token && /\p{Ll}/u.test(token) && group.length >= 3 && mixedAcronymOf(token, group.map(fold).filter(Boolean))) return true;
    return /^[A-ZÄÖÜ](?:-?[A-ZÄÖÜ]){1,4}$/.test(token) && abbreviationOf(token.replace(/-/g, ''), group.join(' '));
  };
  const match = (i: number, j: number): boolean => {
    if (i === middle.length) return j === spelled.length;
    for (let k = j + 1; k <= spelled.length; k++) if (fits(middle[i] ?? '', spelled.slice(j, k)) && match(i + 1, k)) return true;
    return false;
  };
  return match(0, 0);
}

/** A short form in mixed case whose small letters stand for function words ("LAGuS" for
 *  "Landesamt für Gesundheit und Soziales"): each capital opens the next content word (function
 *  words between are skipped) or, three letters on or more, a compound part of the current one
 *  ("Landes|amt"); each small letter opens the next function word or goes on with the letters
 *  the current piece began. Every content word must be opened. Words are folded. */
function mixedAcronymOf(token: string, words: string[]): boolean {
  const chars = [...token];
  const go = (c: number, w: number, p: number): boolean => {
    if (c === chars.length) return words.slice(w + 1).every((word) => FUNCTION_WORD.test(word));
    const char = chars[c] ?? '';
    const folded = foldSimple(char);
    const current = words[w] ?? '';
    if (/\p{Lu}/u.test(char)) {
      // The next content word, past function words.
      let next = w + 1;
      while (next < words.length && FUNCTION_WORD.test(words[next] ?? '')) next++;
      if ((words[next] ?? '').startsWith(folded) && go(c + 1, next, folded.length - 1)) return true;
      const inside = current.indexOf(folded, p + 3);
      return w >= 0 && !FUNCTION_WORD.test(current) && inside >= 3 && current.length - inside >= 3 && go(c + 1, w, inside + folded.length - 1);
    }
    const next = words[w + 1] ?? '';
    if (FUNCTION_WORD.test(next) && next.startsWith(folded) && go(c + 1, w + 1, folded.length - 1)) return true;
    return w >= 0 && current.startsWith(folded, p + 1) && go(c + 1, w, p + folded.length);
  };
  return go(0, -1, 0);
}

/** The head of an authority printed under or beside its name ("Der Landrat", "Die Bürgermeisterin"). */
const HEAD_OF_AUTHORITY = /^(der|die) (landrat|landraetin|oberbuergermeister(in)?|buergermeister(in)?|samtgemeindebuergermeister(in)?|amtsdirektor(in)?|praesident(in)?|kreisausschuss|magistrat|gemeindevorstand)\b/;

/** The letterhead line goes on after the authority's name with its head or an office ("Landkreis
 *  Schaumburg Der Landrat", "Stadt Hohenburg Fachbereich Sicherheit und Ordnung"). */
function authorityOffice(short: string, long: string): boolean {
  const rest = long.slice(short.length + 1);
  return long.startsWith(`${short} `) && AUTHORITY_NAME.test(short) && (OFFICE_LINE.test(rest) || HEAD_OF_AUTHORITY.test(rest));
}

/** A two-column letterhead runs the name and the other column together ("CREDITA
 *  Forderungsmanagement GmbH Registriertes Inkassounternehmen", "TSV … e.V. Vorsitzende: …"): when
 *  the return line's name ends in a legal form, the letterhead's name ends at the same form. */
function upToShortForm(raw: string, name: string): string {
  const fold = (token: string) => foldSimple(token).replace(/[^a-z0-9]+/g, '');
  const form = fold(COMPANY_FORM_END.exec(name.trim())?.[1] ?? '');
  if (!form) return raw;
  const tokens = raw.split(/\s+/);
  // The form may be set in two tokens ("e. V.").
  const at = tokens.findIndex((token, i) => fold(token) === form || (fold(token) !== '' && fold(`${token}${tokens[i + 1] ?? ''}`) === form));
  if (at < 0) return raw;
  const end = fold(tokens[at] ?? '') === form ? at + 1 : at + 2;
  const rest = tokens.slice(end);
  // "… GmbH & Co. KG": the form goes on.
  if (rest.length === 0 || /^(&|\+|und|co\.?|mbh)$/i.test(rest[0] ?? '')) return raw;
  return tokens.slice(0, end).join(' ');
}

/** The words of a name occur as words in the letter's text, closing or foot (outside its letterhead
 *  and return line). Marks are left out on both sides: OCR loses an umlaut more often than a letter
 *  ("Jager" in the foot for the letterhead's "Jäger"), and a lost mark is no other reading. */
function namedInText(letter: Letter, name: string): boolean {
  const bare = (text: string) => text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  // bare() leaves only letters, digits and single spaces: nothing to escape.
  const words = new RegExp(`(^| )${bare(name)}($| )`);
  return letter.lines.some((line) => line.zone !== 'letterhead' && line.zone !== 'returnAddress' && line.zone !== 'address' && words.test(bare(line.raw)));
}

/** A return line that gives only the acronym ("KBV · Postfach …") of a name the letter spells out:
 *  the first letterhead line is the long name, or a line at the foot of the first page starts with
 *  the acronym and goes on with the long name ("KBV Kommunale Beteiligungsverwaltung …"). */
function acronymSpelledOut(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  // "BG BAU": an acronym may be set in two parts.
  const acronym = found.value.trim();
  const firstPage = letter.lines[0]?.page ?? 0;
  // "AVN eG": the acronym with the legal form, spelled out with the same form at the foot.
  const withForm = ACRONYM_WITH_FORM.exec(acronym);
  if (withForm?.[1] && withForm[2]) return acronymAtFoot(letter, organisation, withForm[1], withForm[2]);
  const withPlace = ACRONYM_WITH_PLACE.exec(acronym);
  if (withPlace?.[1] && withPlace[2]) return acronymWithPlaceSpelledOut(letter, organisation, found, withPlace[1], withPlace[2]);
  const letters = acronym.replace(/\s/g, '');
  // "BAFzA": a function word's initial may be set in small letters inside an acronym.
  if (!/^[A-ZÄÖÜ]{3,5}$/.test(letters) && !MIXED_ACRONYM.test(letters) || acronym.split(/\s+/).length > 2) return undefined;
  const page = letter.lines.filter((line) => line.page === firstPage);
  const fits = (name: string) => {
    const words = name.split(/\s+/).filter(Boolean);
    return words.length >= 3 && words.length <= 12 && !/\d|@/.test(name) && acronymOf(letters.toUpperCase(), name) && !namesOrganisation(foldSimple(name), organisation);
  };
  // The long name heads the letterhead, or stands right under the acronym set as a logo; set over
  // two lines ("Kommunaler Schadenausgleich" / "der Länder Nordland und Westerholm") it is tried
  // whole first.
  const headLine = page.find((line) => line.zone === 'letterhead' && line.top < 0.3 && line.raw.trim() !== acronym);
  if (headLine) {
    const first = page.find((line) => line.zone === 'letterhead');
    const placed = headLine === first || (first?.raw.trim() === acronym && first.index === headLine.index - 1);
    for (const lines of nameWithContinuation(letter, headLine)) {
      const name = nameOfLines(lines);
      if (fits(name) && looksLikeName(headLine, organisation) && placed) {
        return { value: name, source: sourceOfLines(lines), rule: found.rule };
      }
    }
  }
  for (const line of page.slice(-6)) {
    const raw = line.raw.trim().split(SEPARATED_PARTS)[0]?.trim() ?? '';
    // The foot, or the closing where the organisation signs with its full name.
    if ((line.top < 0.7 && line.zone !== 'closing' && !atFoot(letter, line)) || !raw.startsWith(`${acronym} `)) continue;
    const name = cleanName(raw);
    if (!fits(name.slice(acronym.length).trim())) continue;
    const start = Math.max(0, line.raw.indexOf(raw));
    return { value: name, source: sourceOf(line, start, start + raw.length), rule: 'Fußzeile' };
  }
  return undefined;
}

/** A name set over letterhead lines, and where it stands. */
const nameOfLines = (lines: Line[]) => cleanName(lines.map((line) => letterheadNamePart(line.raw).trim()).join(' '));
const sourceOfLines = (lines: Line[]) => mergeSources(lines.map((line) => sourceOf(line, 0, letterheadNamePart(line.raw).length)));

/** A return line's acronym followed by the place the long name ends in ("LLUR Nordland"). */
const ACRONYM_WITH_PLACE = /^([A-ZÄÖÜ]{3,6})\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$/;

/** A letterhead line with the lines that go on with its name ("Landesamt für Landwirtschaft,
 *  Umwelt" / "und ländliche Räume Nordland"), then the line alone. */
function nameWithContinuation(letter: Letter, head: Line): Line[][] {
  const lines = [head];
  for (let next = letter.lines[head.index + 1]; continuesAuthorityName(lines[lines.length - 1] ?? head, next); next = letter.lines[next.index + 1]) lines.push(next);
  return lines.length > 1 ? [lines, [head]] : [[head]];
}

/** "LLUR Nordland" in the return line under a letterhead that spells the name out over one line or
 *  more and ends in the same place ("Landesamt für Landwirtschaft, Umwelt und ländliche Räume
 *  Nordland"): the spelled-out name, whose words' initials give the acronym, is the sender. */
function acronymWithPlaceSpelledOut(letter: Letter, organisation: string, found: Found<string>, acronym: string, place: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const head = letter.lines.find((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3);
  if (!head || !looksLikeName(head, organisation)) return undefined;
  // The place may stand on a line of its own under the name ("Landesbetrieb Straßenbau und
  // Verkehr" / "Niederwerder"): the name goes on with it.
  const placeLine = letter.lines[head.index + 1];
  const withPlace = placeLine && !placeLine.gapBefore && placeLine.page === head.page && placeLine.zone === 'letterhead' && placeLine.raw.trim() === place ? [[head, placeLine]] : [];
  for (const lines of [...withPlace, ...nameWithContinuation(letter, head)]) {
    const name = nameOfLines(lines);
    const words = name.split(/\s+/);
    if (words.length < 4 || words.length > 12 || words[words.length - 1] !== place || /\d|@/.test(name) || words[0] === acronym) continue;
    if (!initialsOf(acronym, words.slice(0, -1).join(' ')) || namesOrganisation(foldSimple(name), organisation)) continue;
    return { value: name, source: sourceOfLines(lines), rule: found.rule };
  }
  return undefined;
}

/** An acronym with small letters inside ("BAFzA", "BMAS" stays plain): capitals at both ends. */
const MIXED_ACRONYM = /^(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){3})[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{2,4}[A-ZÄÖÜ]$/;
/** A return line's acronym followed by its legal form ("AVN eG", "KBV GmbH"). */
const ACRONYM_WITH_FORM = /^([A-ZÄÖÜ]{2,5})\s+(gmbh|ggmbh|ag|kg|ohg|eg|e\.\s?v\.|e\.\s?k\.|se|a(?:ö|o|oe)r)$/i;

/** The foot of a page: the footer zone, the bottom edge, or, on a short page, the last lines under
 *  the closing formula (an imprint set right under the signature: "Firma GmbH · Straße · Ort") or
 *  the last lines that hold the imprint's marks (an enclosure page ending in "… PartG mbB · Sitz
 *  Musterstadt · Partnerschaftsregister …" / "Bankverbindung: … IBAN …"). */
function atFoot(letter: Letter, line: Line): boolean {
  if (line.zone === 'footer' || line.top > 0.75) return true;
  const page = letter.lines.filter((other) => other.page === line.page);
  const last = page.slice(-3);
  // A foot of four lines that a short letter leaves high on the page: the name and address line
  // ("… GmbH & Co. KG · Ring 62 · 50674 Köln") over seat, register and bank.
  if (page.at(-4) === line && SEPARATED_PARTS.test(line.raw) && last.filter((other) => IMPRINT_MARK.test(other.raw)).length >= 2) return true;
  if (!last.includes(line)) return false;
  if (last.filter((other) => IMPRINT_MARK.test(other.raw)).length >= 2) return true;
  return page.some((other) => other.index < line.index && other.zone === 'closing' && (CLOSING_FORMULA.test(other.folded) || ANY_CLOSING.test(other.folded)));
}
/** What only an imprint prints: a seat, a register entry, a bank account. */
const IMPRINT_MARK = /\b(Sitz\b|Registergericht|Amtsgericht|(HR[AB]|PR|VR)\s?\d|IBAN|BIC\b|USt-?Id)/i;
const CLOSING_FORMULA = /^(mit freundlichen gruessen|mit freundlichem gruss|freundliche gruesse|hochachtungsvoll|viele gruesse|beste gruesse|i\. ?a\.|im auftrag)/;

/** The foot of the first and the last page, where a firm prints its registered name. */
function footLines(letter: Letter): Line[] {
  const firstPage = letter.lines[0]?.page ?? 0;
  const lastPage = letter.lines[letter.lines.length - 1]?.page ?? firstPage;
  return letter.lines.filter((line) => (line.page === firstPage || line.page === lastPage) && atFoot(letter, line));
}

/** The foot line that spells the acronym out with the same legal form ("Akademie für
 *  Verwaltungspraxis Nord eG · Sitz …" for "AVN eG"), or the closing where it signs so: the
 *  registered name. */
function acronymAtFoot(letter: Letter, organisation: string, acronym: string, form: string): Found<string> | undefined {
  // "AöR" as OCR reads it without the dots ("AOR").
  const formOf = (text: string) => plainLetters(foldSimple(text).replace(/\s/g, ''));
  const formFolded = formOf(form);
  const firstPage = letter.lines[0]?.page ?? 0;
  const foot = footLines(letter);
  const closing = letter.lines.filter((line) => line.page === firstPage && line.zone === 'closing' && !foot.includes(line));
  for (const line of [...foot, ...closing]) {
    const raw = line.raw.trim().split(SEPARATED_PARTS)[0]?.trim() ?? '';
    const name = cleanName(raw);
    const words = name.split(/\s+/);
    const last = formOf(words[words.length - 1] ?? '');
    const stem = words.slice(0, -1).join(' ');
    if (last !== formFolded || words.length < 3 || words.length > 10 || /\d|@/.test(name) || !acronymOf(acronym, stem) || namesOrganisation(foldSimple(name), organisation)) continue;
    const start = Math.max(0, line.raw.indexOf(raw));
    return { value: name, source: sourceOf(line, start, start + raw.length), rule: 'Fußzeile' };
  }
  return undefined;
}

/** A letterhead word set letter-spaced ("N o t a r i n", "R E C H T S A N W Ä L T E") read as one word. */
function unspaced(raw: string): string {
  return raw.replace(/(?<=^|\s)(\p{L}) (?=\p{L}(?:\s|$))/gu, '$1');
}

const AUTHORITY_NAME = /^(stadt|gemeinde|landkreis|kreis|markt|samtgemeinde|verbandsgemeinde|amt|bezirksamt|landratsamt|kreisverwaltung|region)\b/;
const OWNER_LINE = /^(inh\.|inhaber(in)?\b)/i;

/** A brand of an acronym and words of the name ("KDB Baltic") set over the legal name it
 *  abbreviates ("Kopier- und Drucksysteme Baltic GmbH"): the acronym's letters run through the
 *  name, the brand's other words stand in it too. */
function brandOverItsName(brand: string, name: string): boolean {
  const [acronym, ...words] = brand.trim().split(/\s+/);
  if (!acronym || words.length === 0 || words.length > 2) return false;
  const nameWords = foldSimple(name).split(/[^a-z0-9]+/).filter(Boolean);
  return words.every((word) => nameWords.includes(foldSimple(word))) && acronymOf(acronym, name);
}

/** A logo set in capitals ("NWB", "KFM") that abbreviates the name under it: its letters occur in
 *  the name in order, the first being the name's initial ("Kreuz Facility-Management"). */
function acronymOf(logo: string, name: string): boolean {
  if (!/^[A-ZÄÖÜ]{2,5}$/.test(logo)) return false;
  const letters = foldSimple(name).replace(/[^a-z]/g, '');
  const wanted = foldSimple(logo);
  return startsAndRunsInOrder(wanted, letters);
}

/** The short form's letters occur in the long one in order, the first being its initial. */
function startsAndRunsInOrder(wanted: string, letters: string): boolean {
  if (letters[0] !== wanted[0]) return false;
  let j = 0;
  for (const ch of wanted) {
    j = letters.indexOf(ch, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** Every word of the small-print reading matches a word of the letterhead name, in order: the
 *  same, cut short ("Ho" of "Hohenmoor"), or misread in at most a third of its letters; at least
 *  one longer word must be there, so "KG" alone does not make two firms the same. */
function misreadOf(short: string[], long: string[]): boolean {
  let j = 0;
  let substantial = false;
  for (const word of short) {
    while (j < long.length && !wordMatches(word, long[j] ?? '')) j++;
    if (j >= long.length) return false;
    if (word.length >= 4) substantial = true;
    j++;
  }
  return substantial;
}

function wordMatches(word: string, letterheadWord: string): boolean {
  if (word === letterheadWord) return true;
  if (word.length >= 2 && letterheadWord.startsWith(word)) return true;
  return word.length >= 4 && editDistance(word, letterheadWord) <= Math.max(1, Math.floor(letterheadWord.length / 3));
}

// A form's applicant: "Name, Vorname: Petersen, Lars" under "Antragsteller / Hundehalter", or
// "Antragsteller (Verein / Gruppe): TSV …". German forms ask for the surname first.
// OCR reads n as u ("Autragsteller", "Auzeigende").
// The section may be numbered without a dot ("1 Bauherrin / Bauherr").
const APPLICANT_SECTION = /^(\d+\.?\s*)?(angaben zu[rm]? (de[rmn] )?)?(a[nu]tragstell(er|ende)|a[nu]zeigende|a[nu]meldende|bauherr|hundehalter|halter|meldende|erklaerende|absender|steuerschuldner|steuerpflichtige|abgabepflichtige)/;
// OCR may read the comma of "Name, Vorname" as a dot.
const NAME_FIELD = /^\s*(name\s*\/\s*(?:bezeichnung|verein|organi[sz]at[il1]on|institution|einrichtung)|name\s*\/\s*firma|firma\s*\/\s*name|name([,.]\s*vorname)?|vor-? und (zu|nach)name|nachname,\s*vorname|familienname,\s*vorname|firma|verein|name des (vereins|antragstellers))\s*:\s*(.+)$/i;
const APPLICANT_FIELD = /^\s*(?:antragsteller(?:in)?|anzeigende[rn]?|bauherr(?:in|schaft)?|hundehalter(?:in)?)\b[^:]{0,30}:\s*(\S.*)$/i;

// … or the employee the city's personnel form asks about ("1. Beschäftigte/r", "Mitarbeiter/in").
const PERSON_SECTION = /^(\d+\.\s*)?(angaben zu(r|m)? (person|betroffenen)|beschaeftigte|mitarbeiter|bedienstete)\b/;

/** A form's "Name, Vorname: Schulz, Daniela" in natural order ("Daniela Schulz"); OCR may read
 *  the comma between the two as a dot ("Schulz. Daniela"). */
function inNaturalOrder(fieldLine: string, name: string): string {
  if (!/^\s*(name[,.]\s*vorname|nachname,\s*vorname|familienname,\s*vorname|name)\b/i.test(fieldLine)) return name;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name) ?? /^(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)\.\s+(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)$/u.exec(name);
  return comma ? `${comma[2]?.trim()} ${comma[1]?.trim()}` : name;
}

function formApplicant(letter: Letter, organisation: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const page = letter.lines.filter((line) => line.page === firstPage && line.top < 0.6 && line.zone !== 'address');
  const named = (line: Line, value: string, rule: string): Found<string> | undefined => {
    // The value ends where the row's next field starts ("… Kröger (s. o.)   Datum: 09.05.2028"),
    // however the spaces between were read; "(s. o.)" points to the letterhead, no part of the name.
    let name = (value.split(/\s{2,}/)[0] ?? '').replace(/\s+[A-ZÄÖÜ][\p{L}/.-]*:\s.*$/u, '').replace(/\s*\(\s*(s\.\s?[a-zäöü]\.|siehe\s\p{L}+)\s*\)\s*$/iu, '').trim().replace(/[,;]$/, '');
    // "Name: Brandt   Vorname: Ilse" on one row, however far apart.
    const given = /^(.+?)\s+vorname\s*:\s*(\S.*)$/i.exec(value.trim());
    if (given?.[1] && given[2] && /^name\s*:/i.test(line.raw.trim())) name = `${given[2].trim()} ${given[1].trim()}`;
    name = inNaturalOrder(line.raw, name);
    if (name.length < 3 || /\d{5,}|\d{3,}[\s/-]\d{2,}|@/.test(name) || namesOrganisation(foldSimple(name), organisation)) return undefined;
    const start = Math.max(0, line.raw.indexOf(value.trim().slice(0, 5)));
    return { value: name, source: sourceOf(line, start, line.raw.length), rule };
  };
  for (const [i, line] of page.entries()) {
    const applicant = APPLICANT_FIELD.exec(line.raw);
    if (applicant?.[1]) {
      const found = named(line, applicant[1], 'Antragsteller im Formular');
      if (found) return found;
    }
    // The city's own form sent back filled in (no letterhead of anyone else): the person it asks
    // about ("Angaben zur Person" / "Name: … Vorname: …") is the one who returns it.
    const ownForm = PERSON_SECTION.test(line.folded.trim()) && !letter.lines.some((other) => other.page === firstPage && (other.zone === 'letterhead' || other.zone === 'returnAddress'));
    if (!APPLICANT_SECTION.test(line.folded.trim()) && !ownForm) continue;
    // "Meldende Einrichtung: MVZ … GmbH, Ansprechpartner …": the section line names the sender itself.
    const inline = /^[^:]{3,40}:\s*([^,]{3,})/.exec(line.raw.trim());
    if (inline?.[1]) {
      const found = named(line, inline[1], 'Antragsteller im Formular');
      if (found) return found;
    }
    let given: string | undefined;
    for (const field of page.slice(i + 1, i + 5)) {
      // A row of check boxes ("[ ] Privatperson [x] Verein") belongs to the section.
      if (/\[\s?[x ]?\s?\]/i.test(field.raw) && !field.raw.includes(':')) continue;
      // A new heading ("Betroffene Person") starts another party's section.
      if (!field.raw.includes(':')) break;
      // A web form asks for the given name and the surname on lines of their own ("Vorname: …" /
      // "Nachname: …"): the two make the name.
      const split = /^\s*(vorname|nachname|familienname)\s*:\s*(\S.*)$/i.exec(field.raw);
      if (split?.[2]) {
        if (/^vor/i.test(split[1] ?? '')) given = split[2].trim();
        else if (given) return named(field, `${given} ${split[2].trim()}`, 'Antragsteller im Formular');
        continue;
      }
      const m = NAME_FIELD.exec(field.raw);
      if (m?.[5]) return named(field, m[5], 'Antragsteller im Formular');
    }
  }
  return undefined;
}

// A fax cover or memo: "Von: Ev. Kindertagesstätte Arche Noah, Kirchplatz 3, 12345 Musterstadt".
const FAX_FROM = /^\s*(von|absender|from)\s*:\s*(.+)$/i;

function faxSender(letter: Letter, organisation: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  for (const line of letter.lines.slice(0, 14)) {
    if (line.page !== firstPage) break;
    const m = FAX_FROM.exec(line.raw);
    if (!m?.[2]) continue;
    const name = cleanName(m[2].split(/\s*[,·•|]\s*|\s{2,}/)[0] ?? '');
    if (name.length < 3 || /@|\d{3}/.test(name) || namesOrganisation(foldSimple(name), organisation)) continue;
    // "Von: Heimleitung, Frau …" names the writer's function: the organisation signs at the foot
    // of the page ("Evangelische Jugendhilfe gGmbH · Haus Lindenhof · …").
    if (FUNCTION_NAME.test(name)) return legalNameAtFoot(letter, organisation);
    // "Von: Sabine Kellner, Buchhaltung" under the cover's letterhead "Autohaus Kellner GmbH & Co.
    // KG – Nutzfahrzeuge": the employee sends the fax for the firm, which is the sender.
    if (!COMPANY_FORM.test(name)) {
      const firm = firmOnCover(letter, organisation, line);
      if (firm) return firm;
    }
    const start = Math.max(0, line.raw.indexOf(name));
    return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Absender (Fax)' };
  }
  return undefined;
}

/** The firm's name with its legal form heading a fax cover above its "Von:" line (cut before a
 *  dash or "·" that adds the branch: "… GmbH & Co. KG – Nutzfahrzeuge"). */
function firmOnCover(letter: Letter, organisation: string, from: Line): Found<string> | undefined {
  for (const line of letter.lines) {
    if (line.index >= from.index || line.page !== from.page || line.top > 0.3 || FAX_HEADER.test(line.raw)) continue;
    const first = line.raw.trim().split(/\s+[·•|–—-]\s+/)[0]?.trim() ?? '';
    const words = first.split(/\s+/);
    // A club's founding year is part of its name ("Schützenverein … von 1881 e.V."); other digits are no name.
    if (words.length < 2 || words.length > 8 || !COMPANY_FORM_END.test(first) || /\d|@/.test(first.replace(/\b(18|19|20)\d\d\b/, '')) || namesOrganisation(foldSimple(first), organisation)) continue;
    const start = Math.max(0, line.raw.indexOf(first));
    return { value: cleanName(first), source: sourceOf(line, start, start + first.length), rule: 'Briefkopf (Fax)' };
  }
  return undefined;
}

/** A function, not an organisation: "Pflegedienstleitung", "Sekretariat", "Buchhaltung". A
 *  parish writes from its office ("Pfarramt · Kirchplatz 1 · …", like "Pfarrbüro"): the parish
 *  the letterhead names is the sender. */
const FUNCTION_NAME = /^([A-ZÄÖÜ][a-zäöüß]*(leitung|leiter|leiterin|sekretariat|buchhaltung|verwaltung|geschäftsführung|vorstand|büro)|Pfarramt)$/;

/** A name with its legal form that opens a separated line at the foot of the first page. */
function legalNameAtFoot(letter: Letter, organisation: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const page = letter.lines.filter((line) => line.page === firstPage);
  for (const line of page.slice(-4).reverse()) {
    if (line.top < 0.7 && !atFoot(letter, line)) continue;
    const first = line.raw.trim().split(SEPARATED_PARTS)[0]?.trim() ?? '';
    const words = first.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 7 || !COMPANY_FORM_END.test(first) || /\d/.test(first) || namesOrganisation(foldSimple(first), organisation)) continue;
    const start = Math.max(0, line.raw.indexOf(first));
    return { value: cleanName(first), source: sourceOf(line, start, start + first.length), rule: 'Fußzeile' };
  }
  return undefined;
}

// OCR sets a space after a dot of the address now and then ("@posteo. de").
// … and after a hyphen in the domain ("@brandt- druck.de"), and reads a dot as a comma ("leonie,brandt@").
const FORWARDED = /(weitergeleitete nachricht|forwarded message|urspruengliche nachricht weitergeleitet)/;
// … and the dot before the domain's ending as a comma ("@mailbox,example").
const MAIL_FROM = /^\s*(von|from|absender)\s*:\s*(.*?)\s*<?\s*[\w.,+-]+@[\w-]+(-\s[\w-]+)?([.,]\s?[\w-]+)+\s*>?\s*$/i;
// Any closing formula ("Mit sangesfreudigen Grüßen", "Mit kollegialen Grüßen", "Viele Grüße"),
// also after a thank-you ("Vielen Dank und freundliche Grüße", "Danke und viele Grüße").
const ANY_CLOSING = /^((v[il1]e[il1]en |herzlichen |besten )?dank(e|eschoen)?( schoen)?[,!.]?( und| &)? )?(mit|viele|beste|herzliche|freundliche|liebe)\b.{0,30}\bgr(ue|u)s{1,2}[a-z]{0,2}\b/;

/** An e-mail printout ("Von: Vorstand MGV Harmonie <vorstand@…>") has no letterhead: an
 *  organisation signing under the closing (with its legal form) is the sender, else the display
 *  name of the "Von:" line. */
function emailSender(letter: Letter, organisation: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const first = letter.lines.slice(0, 6).find((line) => line.page === firstPage && MAIL_FROM.test(line.raw));
  if (!first) return undefined;
  // A forwarded message: the original's "Von:" under the forwarding marker is the sender, not the
  // colleague who forwarded it.
  const marker = letter.lines.findIndex((line) => line.index > first.index && FORWARDED.test(line.folded));
  const header = (marker >= 0 ? letter.lines.slice(marker + 1, marker + 4).find((line) => MAIL_FROM.test(line.raw)) : undefined) ?? first;
  const closing = letter.lines.findIndex((line) => line.index > header.index && (line.zone === 'closing' || ANY_CLOSING.test(line.folded)));
  if (closing >= 0) {
    for (const line of letter.lines.slice(closing + 1, closing + 8)) {
      // The name may open a line with the address ("Salzkontor Weser GmbH · Hafenstraße 101 ·
      // 28217 Bremen"): the part before the first separator, when it ends in its legal form.
      const parts = line.raw.trim().split(SEPARATED_PARTS);
      const head = parts[0]?.trim() ?? '';
      if (parts.length >= 2 && PLZ.test(line.raw) && head.split(/\s+/).length >= 2 && COMPANY_FORM_END.test(head) && !/\d|@|:/.test(head.replace(/\b(18|19|20)\d\d\b/, ''))
        && !namesOrganisation(foldSimple(head), organisation)) {
        const start = Math.max(0, line.raw.indexOf(head));
        return { value: cleanName(head), source: sourceOf(line, start, start + head.length), rule: 'Unterschrift (E-Mail)' };
      }
      if (!COMPANY_FORM.test(line.raw) || PLZ.test(line.raw) || /@|\d{6,}|\d{3,}[\s/-]\d{2,}/.test(line.raw) || line.words.length > 10) continue;
      if (namesOrganisation(line.folded, organisation)) continue;
      return { value: cleanName(line.raw), source: sourceOf(line, 0, line.raw.length), rule: 'Unterschrift (E-Mail)' };
    }
  }
  const name = tradeNameOfDisplay(header.raw, cleanName(MAIL_FROM.exec(header.raw)?.[2]?.replace(/^["']|["']$/g, '') ?? ''));
  if (name.length < 3 || !/[A-Za-zÄÖÜäöü]{2}/.test(name) || namesOrganisation(foldSimple(name), organisation)) return undefined;
  const start = header.raw.indexOf(name);
  return { value: name, source: sourceOf(header, Math.max(0, start), Math.max(0, start) + name.length), rule: 'E-Mail-Absender' };
}

const PERSON_NAME = new RegExp(`^(?:(?:Dr|Prof)\\.\\s+)*${GIVEN}\\s+${GIVEN}$`);

/** A sole trader's mail program shows the person and the trade name ("Marc Tenbrink | Soundhaus
 *  Events"): the trade name, which the mail domain spells ("soundhaus-events.de") or which carries
 *  a legal form, is the sender. OCR may lose the "|" between them. */
function tradeNameOfDisplay(raw: string, name: string): string {
  const letters = (text: string) => foldSimple(text).replace(/[^a-z0-9]/g, '');
  const domain = letters(/@([\w.-]+)\.[a-z]{2,}\s*>?\s*$/i.exec(raw)?.[1]?.split('.').pop() ?? '');
  const trade = (part: string) => (letters(part).length >= 6 && letters(part) === domain) || COMPANY_FORM.test(part);
  const parts = name.split(/\s+[|·•/]\s+/).map((part) => part.trim());
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    if (PERSON_NAME.test(a) && trade(b) && !trade(a)) return b;
    if (PERSON_NAME.test(b) && trade(a) && !trade(b)) return a;
    return name;
  }
  const glued = new RegExp(`^((?:(?:Dr|Prof)\\.\\s+)*${GIVEN}\\s+${GIVEN})\\s+(\\S.+)$`).exec(name);
  // The trade name has words of its own: "Jugendtreff Nordstadt e.V." is one name with its legal
  // form, no person before a trade name "e.V.".
  if (glued?.[2] && trade(glued[2]) && !COMPANY_FORM.test(glued[1] ?? '') && !LEGAL_FORM_ONLY.test(glued[2].trim())) return glued[2];
  return name;
}

const AUTHORITY_HEAD = /^[a-z]*(gericht|amt)\b/;
/** A fax machine's header row: the transmission time and number, the page count. */
const FAX_HEADER = /\bfax\b.*\d{3}|^\s*(s\.|seite)\s?\d{1,2}\s?\/\s?\d{1,2}\s*$/i;

/** A line in the row of a fax machine's header. */
function inFaxHeader(letter: Letter, line: Line): boolean {
  return letter.lines.some((other) => other.row === line.row && other.page === line.page && other.index !== line.index && FAX_HEADER.test(other.raw));
}

const CONTACT_PART = /(^|[·•|]\s*)(tel\.?|telefon|fon|fax|telefax|mobil|e-?mail|www\.)|@/i;

/** A letterhead's contact line written like a return-address line ("Lungenpraxis am Stadtpark ·
 *  Parkstraße 14 · 12345 Musterstadt" over "Tel. … · Fax …"): the DIN 5008 return line stands
 *  alone right above the recipient and carries no phone numbers. A line followed, without a gap,
 *  by another contact line belongs to the letterhead. */
function isLetterheadContactLine(letter: Letter, line: Line): boolean {
  const next = letter.lines[line.index + 1];
  if (!next || next.page !== line.page || next.gapBefore || next.zone === 'address') return false;
  return next.zone !== 'body' && CONTACT_PART.test(next.raw);
}

/** A slogan over the letterhead name ("Grün ist unser Handwerk!", "Stein. Handwerk. Erinnerung.",
 *  "Smart signs for smart cities."): it ends like a sentence after a word, which a firm's name
 *  does not ("… e. V.", "… B.V.", "… Inh." end in an abbreviation). */
function isSlogan(raw: string): boolean {
  const text = raw.trim();
  // OCR often reads the slogan's closing "." as ",": no name ends in a comma either.
  return /[!?]$/.test(text) || /[a-zäöüß]{4,}[.,]$/.test(text) && !/\b(inh|str|co|gem|gmbh)\.$/i.test(text);
}

// Words that name a unit of an organisation, not the organisation itself.
const UNIT_WORD = /^((lokal)?redaktion|kita|kindertagesstaette|geschaeftsstelle|niederlassung|filiale|zweigstelle|zweigniederlassung|standort|aussenstelle|abteilung|betriebsstaette)$/;

/** A return line may name only the unit that writes ("Lokalredaktion Musterstadt", "AWO Kita
 *  Regenbogen") while the letterhead's first line names the organisation it belongs to ("Nordheimer
 *  Kurier", "Arbeiterwohlfahrt Kreisverband Nordheim e. V." over "Kindertagesstätte Regenbogen").
 *  The organisation is the sender: the return line starts with a unit word, or it repeats a
 *  letterhead line under a first line with a legal form. */
function organisationOverUnit(letter: Letter, organisation: string, returnLine: Line, found: Found<string>): Found<string> {
  const words = (text: string) => foldSimple(text).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const short = words(found.value);
  const firstPage = letter.lines[0]?.page ?? 0;
  const head = letter.lines.filter((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3 && !line.rightColumn && line.index < returnLine.index);
  const first = head.find((line) => looksLikeName(line, organisation) && !isSlogan(line.raw) && !/[·•|]/.test(line.raw));
  if (!first || first.index === returnLine.index) return found;
  const firstWords = words(first.raw);
  // The letterhead names the same organisation as the return line: nothing to add.
  if (short.some((word) => word.length > 3 && firstWords.includes(word))) return found;
  const lastShort = short[short.length - 1] ?? '';
  const unitBelow = head.some((line) => line.index > first.index && words(line.raw).includes(lastShort));
  if (!short.some((word) => UNIT_WORD.test(word)) && !(unitBelow && COMPANY_FORM.test(first.raw))) return found;
  return { value: cleanName(first.raw), source: sourceOf(first, 0, first.raw.length), rule: 'Briefkopf (Träger)' };
}

/** The sender: the return-address line above the recipient ("Firma X · Straße · PLZ Ort"),
 *  else the first name-like line of the letterhead, else the signature under the closing. */
export function extractSender(letter: Letter, organisation: string): Found<string> | undefined {
  const found = senderByLayout(letter, organisation);
  if (!found) return undefined;
  const named = withFooterLegalForm(letter, organisation, authorityFullName(letter, acronymInLetterhead(letter, organisation, found)));
  const person = withoutTitleAbbreviation(letter, withoutTrailerAfterDash(letter, fullGivenName(letter, named)));
  return registeredSpellingAtFoot(letter, organisation, withoutGluedDepartment(letter, tradeNameOfOwner(letter, organisation, person)));
}

/** A person's name with a title or two ("Dr. Ines Hoff", "Hinrich Brüning", "Anna-Lena Weiß"). */
const PERSON_WITH_TITLE = /^(?:(?:Dr|Prof)\.\s+(?:med\.\s+(?:dent\.\s+|vet\.\s+)?)?)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "Hinrich Brüning – Landwirt", "Ines Hoff – Übersetzerin": the trade after a dash is no part of
 *  a person's name, when the letter names the person alone (the signature). An authority's office
 *  after the dash ("Landkreis X – Bußgeldstelle") stays: the label conventions keep it. */
function withoutTrailerAfterDash(letter: Letter, found: Found<string>): Found<string> {
  const m = /^(.+?)\s+[–—-]\s+(\S+(?:\s+\S+){0,2})$/.exec(found.value.trim());
  const head = m?.[1];
  const tail = m?.[2];
  if (!head || !tail || /\d/.test(tail) || COMPANY_FORM.test(tail) || !PERSON_WITH_TITLE.test(head) || PUBLIC_BODY.test(head) || !namedInText(letter, head)) return found;
  return { ...found, value: head };
}

/** "Martina Ostrowski ÖbVI" in the return line under a letterhead that prints the name alone over
 *  the office the abbreviation stands for ("Öffentlich bestellte Vermessungsingenieurin"): the
 *  office's short form is no part of the name, as the office line is none. */
function withoutTitleAbbreviation(letter: Letter, found: Found<string>): Found<string> {
  const m = /^(.+)\s+(\S+)$/.exec(found.value.trim());
  const name = m?.[1];
  const abbreviation = m?.[2];
  if (!name || !abbreviation || !PERSON_WITH_TITLE.test(name)) return found;
  const firstPage = letter.lines[0]?.page ?? 0;
  const head = letter.lines.filter((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3);
  const alone = head.some((line) => foldSimple(line.raw.trim()) === foldSimple(name));
  const office = head.some((line) => line.raw.trim().split(/\s+/).length >= 2 && abbreviationOf(abbreviation, line.raw.trim()));
  return alone && office ? { ...found, value: name } : found;
}

/** An initial and a surname ("F. Oelker" in the return line, "J. Wittkamp"): the name the letter
 *  signs or prints at its foot with the same initial and surname ("Franziska Oelker") is the
 *  sender's full name. */
function fullGivenName(letter: Letter, found: Found<string>): Found<string> {
  // With a title before the initial ("Dr. S. Raddatz"), the name the letter signs carries the
  // title as printed ("Dr. med. vet. Svenja Raddatz").
  const m = /^((?:(?:Dr|Prof)\.\s*(?:med\.\s*(?:dent\.\s*|vet\.\s*)?)?)*)([A-ZÄÖÜ])\.\s*([A-ZÄÖÜ][\p{Ll}]+(?:-[A-ZÄÖÜ][\p{Ll}]+)?)$/u.exec(found.value.trim());
  if (!m?.[2] || !m[3]) return found;
  const titles = m[1] ? String.raw`(?:(?:Dr|Prof)\.\s+(?:med\.\s+(?:dent\.\s+|vet\.\s+)?)?)+` : '';
  // Letters and hyphens only: nothing in the name to escape.
  const full = new RegExp(`(?:^|[\\s:])(${titles}${m[2]}\\p{Ll}+(?:-[A-ZÄÖÜ]\\p{Ll}+)?\\s+${m[3]})(?![\\p{L}])`, 'u');
  for (const line of letter.lines) {
    if (line.zone !== 'closing' && !atFoot(letter, line)) continue;
    const name = full.exec(line.raw)?.[1];
    if (name) return { value: name, source: sourceOf(line, line.raw.indexOf(name), line.raw.indexOf(name) + name.length), rule: found.rule };
  }
  return found;
}

/** A person named as the owner of a trade name ("Jonas Wittkamp IT-Service · Inhaber Jonas
 *  Wittkamp", "Glanzpunkt · Inh. Ralf Sommer"): the trade name is the sender, the person only owns
 *  it, wherever the letterhead or return line gives the person's name. */
function tradeNameOfOwner(letter: Letter, organisation: string, found: Found<string>): Found<string> {
  const person = foldSimple(found.value).replace(/^((dr|prof)\.\s*)+/, '').replace(/[^a-z]+/g, ' ').trim();
  if (person.split(' ').length < 2 || person.split(' ').length > 3 || COMPANY_FORM.test(found.value)) return found;
  for (const line of [...footLines(letter), ...letter.lines.filter((other) => other.zone === 'letterhead' && other.top < 0.3)]) {
    // OCR may lose the "·" before the owner clause ("… IT-Service Inhaber Jonas Wittkamp").
    const parts = line.raw.trim().split(SEPARATED_PARTS).flatMap((part) => part.trim().split(/\s+(?=(?:Inh\.|Inhaber(?:in)?)\s)/));
    const owner = parts.findIndex((part) => OWNER_LINE.test(part) && foldSimple(part.replace(/^(inh\.|inhaber(in)?)\s*/i, '')).replace(/[^a-z]+/g, ' ').trim() === person);
    const trade = owner > 0 ? cleanName(parts[owner - 1] ?? '') : '';
    if (trade.split(/\s+/).length < 2 || /\d|@|:/.test(trade) || foldSimple(trade) === foldSimple(found.value) || namesOrganisation(foldSimple(trade), organisation)) continue;
    const start = Math.max(0, line.raw.indexOf(trade));
    return { value: trade, source: sourceOf(line, start, start + trade.length), rule: found.rule };
  }
  return found;
}

/** A return line whose "·" OCR lost between the name and the office that writes ("LEXNORD
 *  Fachinformation AG Forderungsmanagement"): the name ends at its legal form when the foot or the
 *  closing signs with it so. */
function withoutGluedDepartment(letter: Letter, found: Found<string>): Found<string> {
  const m = /^(.+?\b(?:gmbh|ag|kg|e\.\s?v\.|e\.\s?k\.|eg|se))\s+([A-ZÄÖÜ][\p{Ll}-]+(?:\s+[A-ZÄÖÜ][\p{Ll}-]+)?)$/iu.exec(found.value.trim());
  const name = m?.[1];
  if (!name || name.split(/\s+/).length < 2 || COMPANY_FORM.test(m[2] ?? '') || /^(&|und|co)\b/i.test(m[2] ?? '')) return found;
  const signs = [...footLines(letter), ...letter.lines.filter((line) => line.zone === 'closing')]
    .some((line) => foldSimple(line.raw.trim().split(SEPARATED_PARTS)[0]?.trim() ?? '') === foldSimple(name));
  return signs ? { ...found, value: name } : found;
}

/** The registered name at the foot spells out a word the letterhead or return line abbreviates
 *  ("TSV Nordstadt von 1911 e.V." for "Turn- und Sportverein Nordstadt von 1911 e.V. · Amtsgericht
 *  …", "Berg & Partner StBG mbH" for "Berg & Partner Steuerberatungsgesellschaft mbH"): the other
 *  words and the legal form are the same, the abbreviation's letters occur in order in the words it
 *  stands for. The registered name is the sender. */
function registeredSpellingAtFoot(letter: Letter, organisation: string, found: Found<string>): Found<string> {
  const fold = (token: string) => foldSimple(token).replace(/[^a-z0-9]+/g, '');
  const short = found.value.trim().split(/\s+/);
  if (!COMPANY_FORM_END.test(found.value.trim())) return found;
  const firstPage = letter.lines[0]?.page ?? 0;
  const letterheadWords = new Set(letter.lines.filter((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3)
    .flatMap((line) => line.raw.split(/[\s·•|,]+/).map(fold)).filter((word) => word.length >= 4));
  for (const line of footLines(letter)) {
    const name = withoutGluedRest(cleanName(line.raw.trim().split(SEPARATED_PARTS)[0] ?? ''));
    const long = name.split(/\s+/);
    if (long.length < short.length || long.length > short.length + 3 || fold(name) === fold(found.value) || !COMPANY_FORM_END.test(name) || namesOrganisation(foldSimple(name), organisation)) continue;
    // The small print of the return line may misread a letter of a longer word ("Kühnc" for the
    // foot's "Kühne"): the same word.
    const same = (a: string, b: string) => fold(a) === fold(b) || (fold(a).length >= 5 && editDistance(fold(a), fold(b), 1) <= 1);
    let prefix = 0;
    while (prefix < short.length && same(short[prefix] ?? '', long[prefix] ?? '')) prefix++;
    let suffix = 0;
    while (suffix < short.length - prefix && same(short[short.length - 1 - suffix] ?? '', long[long.length - 1 - suffix] ?? '')) suffix++;
    const abbreviation = short.slice(prefix, short.length - suffix);
    const spelled = long.slice(prefix, long.length - suffix);
    // "Lindqvist & Partner mbB" in the return line, "Lindqvist & Partner Steuerberater
    // Wirtschaftsprüfer PartG mbB" at the foot: the short form leaves out the professions the
    // letterhead prints under the name (and the form's first part); the foot's is the registered name.
    if (suffix >= 1 && prefix >= 1 && abbreviation.length === 0 && spelled.length >= 1 && spelled.every((word) => LEGAL_FORM_ONLY.test(word) || letterheadWords.has(fold(word)))) {
      const start = Math.max(0, line.raw.indexOf(name));
      return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Fußzeile' };
    }
    if (suffix < 1 || abbreviation.length !== 1 || spelled.length < 1 || prefix + suffix < 2) continue;
    if (!abbreviationOf(abbreviation[0] ?? '', spelled.join(' '))) continue;
    const start = Math.max(0, line.raw.indexOf(name));
    return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Fußzeile' };
  }
  return found;
}

/** An abbreviation with two capitals or more ("TSV", "StBG", "GmbH" excluded by the caller) whose
 *  letters occur in order in the words it stands for, the first being their initial. */
function abbreviationOf(abbreviation: string, words: string): boolean {
  if (!/^(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}$/.test(abbreviation)) return false;
  const letters = foldSimple(words).replace(/[^a-z]/g, '');
  const wanted = foldSimple(abbreviation);
  return letters.length > wanted.length && startsAndRunsInOrder(wanted, letters);
}

/** The first word of an authority's name ("Landesamt", "Ministerium", "Polizeiverwaltungsamt"). */
const AUTHORITY_START = /^(landes|bundes|staats)|(amt|ministerium|gericht|behoerde|direktion|praesidium|anstalt|agentur|verwaltung)$/;
/** A letterhead line naming an office of the authority, not the authority: "Abteilung 3: …",
 *  "Referat 31", "Fachdienst Bauaufsicht", "Zentrale Bußgeldstelle", "– Regionalbereich Nord –". */
const OFFICE_LINE = /^(abteilung|abt\b|referat|fachdienst|fachbereich|dezernat|sachgebiet|zentrale|regionalbereich|aussenstelle|dienststelle|geschaeftsstelle)/;
/** "Amtsgericht Kirchdorf – Zentrales Mahngericht –": the office between dashes ends the name. */
const OFFICE_AFTER_DASH = /\s+[–—-]\s+/;
/** A line that goes on with the name of the authority above it: it starts in small letters ("und
 *  Archäologie …", "des Landes Nordland", "für Umwelt") whatever OCR made of that word, or the line
 *  above broke the name after a comma or a joining word ("Ministerium für Inneres," / "Kommunales
 *  und Sport"). */
function continuesAuthorityName(above: Line, line: Line | undefined): line is Line {
  if (!line || line.page !== above.page || line.zone !== 'letterhead' || line.gapBefore || line.rightColumn || line.top >= 0.3) return false;
  const text = line.raw.trim();
  if (/\d{2}|[·•|:@]/.test(text) || /^[–—-]/.test(text) || OFFICE_LINE.test(line.folded) || text.split(/\s+/).length > 6) return false;
  return /^[a-zäöüß]/.test(text) || /(,|\s(und|für|fuer|des|der|sowie))$/.test(above.raw.trim())
    // A state's ministry names its state on the line under it ("Ministerium für Inneres, Bau und
    // Digitalisierung" / "Mecklenburg-Vorpommern").
    // Either line may be misread in a letter ("MeckIenburg-Vorpommern", "Landcsamt").
    || (federalState(text) && stateAuthority(above.raw.trim()));
}

/** A state's name, as OCR may misread one of its letters (eight letters or more). */
function federalState(text: string): boolean {
  const folded = foldSimple(text);
  return FEDERAL_STATE.test(folded) || (folded.length >= 8 && FEDERAL_STATE_NAMES.some((name) => name.length >= 8 && editDistance(folded, name, 1) <= 1));
}
const STATE_AUTHORITY_WORDS = ['ministerium', 'staatsministerium', 'landesamt', 'landesbetrieb', 'landesverwaltungsamt', 'landesdirektion', 'senatsverwaltung', 'staatskanzlei'];
/** A state authority's first word (a ministry, a Landesamt), as OCR may misread one of its letters. */
function stateAuthority(text: string): boolean {
  const folded = foldSimple(text);
  const first = folded.split(/\s+/)[0] ?? '';
  return /^(ministeri|staatsministeri|landes(amt|betrieb|verwaltungsamt|direktion)|senatsverwaltung|staatskanzlei)/.test(folded)
    || STATE_AUTHORITY_WORDS.some((word) => editDistance(first, word, 1) <= 1);
}

const FEDERAL_STATE_NAMES = ['baden-wuerttemberg', 'bayern', 'berlin', 'brandenburg', 'bremen', 'hamburg', 'hessen', 'mecklenburg-vorpommern', 'niedersachsen', 'nordrhein-westfalen', 'rheinland-pfalz', 'saarland', 'sachsen', 'sachsen-anhalt', 'schleswig-holstein', 'thueringen'];
const FEDERAL_STATE = new RegExp(`^(${FEDERAL_STATE_NAMES.join('|')})$`);

/** A letterhead line's text without the information block's column the typed page sets beside it
 *  ("Amtsgericht Nordheim      Geschäftsnummer des Amtsgerichts"). */
function leftColumnRaw(line: Line): string {
  const column = line.textColumn;
  return column ? line.raw.slice(0, line.rawStarts[column.word] ?? line.raw.length).trimEnd() : line.raw;
}

/** Authorities print a long name over several letterhead lines ("Landesamt für Denkmalpflege" /
 *  "und Archäologie des Landes Nordland") and their offices under it. A sender that reads the start
 *  of that name (the return line's short form, the first letterhead line) takes the lines that go
 *  on with it; one that runs the name's start and the office line together (a return line whose
 *  separator OCR lost: "Polizeiverwaltungsamt Zentrale Bu&geldstelle") drops the office. Words are
 *  compared as OCR may have misread them on either side, and the sender's own reading is kept. */
function authorityFullName(letter: Letter, found: Found<string>): Found<string> {
  const fold = (token: string) => foldSimple(token).replace(/[^a-z0-9]+/g, '');
  const shortRaw = found.value.split(/\s+/).filter((token) => fold(token));
  const short = shortRaw.map(fold);
  const firstPage = letter.lines[0]?.page ?? 0;
  for (const start of letter.lines) {
    if (start.page !== firstPage || start.zone !== 'letterhead' || start.top >= 0.3 || start.rightColumn || /\d{2}|[·•|:@]/.test(start.raw)) continue;
    if (!AUTHORITY_START.test(fold(start.raw.trim().split(/\s+/)[0] ?? ''))) continue;
    const lines = [start];
    for (let next = letter.lines[start.index + 1]; !OFFICE_AFTER_DASH.test(start.raw.trim()) && continuesAuthorityName(lines[lines.length - 1] ?? start, next); next = letter.lines[next.index + 1]) lines.push(next);
    const longRaw = lines.flatMap((line) => (leftColumnRaw(line).trim().split(OFFICE_AFTER_DASH)[0] ?? '').split(/\s+/)).filter((token) => fold(token));
    const long = longRaw.map(fold);
    let same = 0;
    while (same < short.length && same < long.length && (wordMatches(short[same] ?? '', long[same] ?? '') || wordMatches(long[same] ?? '', short[same] ?? ''))) same++;
    if (same === 0 || (same === 1 && (short[0] ?? '').length < 8)) continue;
    const source = mergeSources([found.source, ...lines.map((line) => sourceOf(line, 0, line.raw.length))]);
    // A name of one word ("Bundesnetzagentur" over "für Elektrizität, Gas, …") is complete: the
    // line under it spells out its remit, no part of the name the return line gives.
    if (same === short.length && long.length > same && short.length >= 2) {
      return { value: cleanName([...shortRaw, ...longRaw.slice(same)].join(' ')), source, rule: found.rule };
    }
    // The sender's words after the name's start repeat the office line under the name.
    const office = letter.lines[(lines[lines.length - 1] ?? start).index + 1];
    // Unless the foot signs with the whole name: then the line was its place ("… Verkehr" /
    // "Niederwerder"), no office.
    if (same < short.length && office && office.page === start.page && office.zone === 'letterhead' && !signedAtFoot(letter, found.value)) {
      const rest = short.slice(same).join('');
      const officeWords = office.raw.trim().split(/\s+/).map(fold).join('');
      if (rest.length >= 6 && editDistance(rest, officeWords) <= Math.max(1, Math.floor(officeWords.length / 5))) {
        return { value: cleanName([...shortRaw.slice(0, same), ...longRaw.slice(same)].join(' ')), source, rule: found.rule };
      }
    }
    return found;
  }
  return found;
}

/** A foot line opens with the name, up to a separator or its end (as OCR may misread the small
 *  print: within a letter in twelve). */
function signedAtFoot(letter: Letter, name: string): boolean {
  const compact = (text: string) => foldSimple(text).replace(/[^a-z0-9]+/g, '');
  const wanted = compact(name);
  const tolerated = Math.max(1, Math.floor(wanted.length / 12));
  return footLines(letter).some((line) => editDistance(compact(line.raw.trim().split(SEPARATED_PARTS)[0] ?? ''), wanted, tolerated) <= tolerated);
}

/** A name without its legal form ("Klinikum Nordheim", a logo "NORDLICHT" or "nordlicht") that
 *  another line of the first page (the foot, the letterhead, the signature) or the last page's foot repeats with it
 *  ("Klinikum Nordheim gGmbH · Sitz …"): that is the full, legal name. */
function withFooterLegalForm(letter: Letter, organisation: string, found: Found<string>): Found<string> {
  // A legal form ends a name: an acronym that reads like one opens it ("GBR – Gewerbe- und
  // Behördenregister …", whose legal name the foot prints with "s.r.o.").
  const form = COMPANY_FORM.exec(found.value);
  if (form && form.index > 0) return found;
  const short = foldSimple(found.value).replace(/\s+/g, ' ').trim();
  const firstPage = letter.lines[0]?.page ?? 0;
  const lastPage = letter.lines[letter.lines.length - 1]?.page ?? firstPage;
  for (const line of letter.lines) {
    // A two-page letter prints its foot on the last page only.
    if (line.page !== firstPage && !(line.page === lastPage && (line.zone === 'footer' || line.top > 0.75))) continue;
    const text = line.raw.trim();
    // A name joined by a sign OCR may read for a separator ("Lassen + Partner", "Falke - Roth"):
    // the foot line is split only after the name already known.
    const known = foldSimple(text).startsWith(`${short} `) && SEPARATED_PARTS.test(found.value) ? found.value.length : 0;
    // OCR may lose the "·" before the street ("civiQ Digital Services GmbH Friedrichstraße 112").
    // A foot set in columns that the text runs together ("Elektro Krüger Inh. Malte Krüger e.K.
    // Sparkasse Nordheim …"): a merchant's firm ends at its "e.K.".
    const part = text.slice(0, known) + (text.slice(known).split(SEPARATED_PARTS)[0] ?? '');
    const merchant = /\be\.\s?K\.(?=\s+\S)/.exec(part);
    const name = withoutGluedRest(cleanName(merchant ? part.slice(0, merchant.index + merchant[0].length) : part));
    // (The owner after a comma: "Löwen-Apotheke am Markt, Inh. Dr. Katrin Seifert e.K.".)
    if (!(foldSimple(name).startsWith(`${short} `) || foldSimple(name).startsWith(`${short}, `)) || namesOrganisation(foldSimple(name), organisation)) continue;
    const rest = name.slice(found.value.length).replace(/^,/, '').trim();
    // The name before the register entry of an imprint ("… · PR 318 AG Nordheim", "… · HRA 2207")
    // is the registered name, however many partners or the owner it names.
    const registered = REGISTER_NUMBER.test(text.slice(known).split(SEPARATED_PARTS)[1]?.trim() ?? '');
    if (!OWNER_FORM_END.test(rest) || rest.split(/\s+/).length > (registered ? 10 : 4) || /\d/.test(rest)) continue;
    const start = Math.max(0, line.raw.indexOf(name));
    return { value: name, source: sourceOf(line, start, start + name.length), rule: line.zone === 'footer' || line.top > 0.75 ? 'Fußzeile' : found.rule };
  }
  return merchantUnderTradeName(letter, organisation, found) ?? carrierAtFoot(letter, organisation, found) ?? ownerAtFoot(letter, organisation, found) ?? found;
}

/** A registered merchant's firm printed with the trade name in the letterhead, beside it or on the
 *  line right under it ("Baumpflege Nordlicht" / "Sönke Rasmussen e.K. · Fachagrarwirt …"): the
 *  registered firm, not the trade name, is the sender (as where the foot prints it). */
function merchantUnderTradeName(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  const short = foldSimple(found.value).replace(/\s+/g, ' ').trim();
  const merchant = (part: string | undefined) => {
    const name = cleanName(part?.trim() ?? '');
    const words = name.split(/\s+/);
    return /\be\.\s?K\.?$/.test(name) && words.length >= 3 && words.length <= 7 && !/\d|@|:/.test(name) && !OWNER_LINE.test(name)
      && foldSimple(name) !== short && !namesOrganisation(foldSimple(name), organisation) ? name : undefined;
  };
  for (const line of letter.lines) {
    if (line.page !== firstPage || line.zone !== 'letterhead' || line.top >= 0.3) continue;
    const parts = line.raw.trim().split(SEPARATED_PARTS);
    if (foldSimple(parts[0]?.trim() ?? '') !== short) continue;
    const next = letter.lines[line.index + 1];
    const under = next && next.page === line.page && !next.gapBefore && next.zone === 'letterhead' ? next : undefined;
    for (const [where, part] of [[line, parts[1]], [under, under?.raw.trim().split(SEPARATED_PARTS)[0]]] as const) {
      const name = where ? merchant(part) : undefined;
      if (!where || !name) continue;
      const start = Math.max(0, where.raw.indexOf(name));
      return { value: name, source: sourceOf(where, start, start + name.length), rule: 'Briefkopf (eingetragener Kaufmann)' };
    }
  }
  return undefined;
}

/** A register entry: the register's short name and the number ("HRB 4711", "PR 318", "VR 22"). */
const REGISTER_NUMBER = /^(hrb|hra|pr|vr|gnr|gsr)\s?\d+/i;

/** A foot line's "Träger: …" or "Trägerin: …" part naming a registered body ("Diakoniestation
 *  Musterstadt · Träger: Diakonisches Werk Nordheim e.V."). */
const CARRIER_PART = /^tr(ä|ae)ger(in)?\s*:\s*(\S.*)$/i;

/** The same said in a sentence: "Klinik am See ist eine Einrichtung der Seekliniken gGmbH",
 *  "… in Trägerschaft des Diakonischen Werkes … e.V.". */
const CARRIER_CLAUSE = /\b(?:(?:ist )?eine (?:Einrichtung|Betriebsst(?:ä|ae)tte)|in (?:der )?Tr(?:ä|ae)gerschaft) (?:der|des|von)\s+(\S.*)$/i;

/** A station, home or service without a legal form of its own in the letterhead ("Diakoniestation
 *  Musterstadt", "Haus Abendsonne") whose foot names the body that runs it ("Träger: Diakonisches
 *  Werk Nordheim e.V."): the registered body is the sender, as where the foot prints its legal name
 *  first. A carrier without a legal form (a parish, a town) leaves the unit as it is. */
function carrierAtFoot(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  for (const line of footLines(letter)) {
    for (const part of line.raw.trim().split(SEPARATED_PARTS)) {
      const carrier = CARRIER_PART.exec(part.trim())?.[3] ?? CARRIER_CLAUSE.exec(part.trim())?.[1];
      const name = carrier ? withoutGluedRest(cleanName(carrier)) : '';
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length < 2 || words.length > 8 || !OWNER_FORM_END.test(name) || /\d|:/.test(name) || namesOrganisation(foldSimple(name), organisation)) continue;
      if (foldSimple(name) === foldSimple(found.value)) continue;
      const start = Math.max(0, line.raw.indexOf(name));
      return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Fußzeile (Träger)' };
    }
  }
  return undefined;
}

/** Legal forms a registered owner's name ends in at the foot of a letter, foreign ones included
 *  (a Danish ApS, a Dutch B.V., a Slovak or Czech s.r.o., a Polish sp. z o.o., a Hungarian Kft.)
 *  and a public-law institution (AöR). */
const OWNER_FORM_END = new RegExp(`\\b(${GERMAN_FORMS}|se|${FOREIGN_FORMS})$`, 'i');
/** A foot line's name with its street or its seat glued on where OCR lost the "·" between them
 *  ("Malerbetrieb Jens Pahlke e.K. Ziegeleiweg 7", "Baukontor Nord GmbH & Co. KG Sitz Hamburg"):
 *  the name ends at its legal form. */
function withoutGluedRest(name: string): string {
  const seat = GLUED_FOOT_FIELD.exec(name.trim());
  if (seat?.[1] && OWNER_FORM_END.test(seat[1])) return seat[1];
  // A street of one word or two ("Domplatz 14", "Am Güterbahnhof 9").
  for (const glued of [/^(.+)\s+([A-ZÄÖÜ][A-Za-zÄÖÜäöüß.-]+\s\d{1,4}\s?[a-z]?)$/, /^(.+)\s+([A-ZÄÖÜ][A-Za-zÄÖÜäöüß.-]+\s[A-Za-zÄÖÜäöüß.-]+\s\d{1,4}\s?[a-z]?)$/]) {
    const [, head, street] = glued.exec(name.trim()) ?? [];
    if (head && street && OWNER_FORM_END.test(head) && STREET.test(street)) return head;
  }
  return name;
}
/** What a foot prints after the name: its seat, register, managers, tax number. */
const GLUED_FOOT_FIELD = /^(.+?)\s+(?:Sitz\b|Registergericht\b|Amtsgericht\b|Handelsregister\b|HR[AB]\s?\d|Gesch(ä|ae)ftsf(ü|ue)hr|USt|Steuer-?Nr)/;
/** Public bodies write under their own name: a foot line of theirs names a bank or a service firm. */
const PUBLIC_BODY = /\b\w*(amt|gericht|beh(ö|oe)rde|ministerium|landkreis|kreis|gemeinde|stadt|kasse)\b/i;
/** Words of a name (folded, four letters and more, without legal forms and digits). */
const nameWords = (text: string): string[] => foldSimple(text).split(/[^a-z0-9]+/)
  .filter((w) => w.length >= 4 && !/\d/.test(w) && !/^(gmbh|ggmbh|mbh|partg|partgmbb|gbr|ohg|kgaa)$/.test(w));

/**
 * A trade name or logo ("Glanzwerk", "Ostermann Bürowelt", "Genusswerkstatt", "FJORDLYTICS", a
 * care home's name) printed where the firm that owns it has its legal name only at the foot of
 * the letter ("Glanzwerk Gebäudeservice GmbH & Co. KG · Am Güterbahnhof 9 · …", "Bürobedarf
 * Ostermann e.K. · Inhaber …", "X gGmbH · Träger des Seniorenzentrums …"): the registered owner is
 * who bills and signs, the trade name only its brand. The foot line must be tied to the trade
 * name: a name word in common, the letterhead naming the owners ("Hofmann & Ruge" under the logo),
 * or the foot line naming the trade name as what it runs.
 */
function ownerAtFoot(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  if (PUBLIC_BODY.test(found.value) || AUTHORITY_NAME.test(foldSimple(found.value))) return undefined;
  const firstPage = letter.lines[0]?.page ?? 0;
  const trade = nameWords(found.value);
  if (trade.length === 0) return undefined;
  const addressWords = new Set(letter.lines.filter((line) => line.zone === 'address').flatMap((line) => nameWords(line.raw)));
  const headWords = new Set(letter.lines.filter((line) => line.page === firstPage && line.top < 0.3 && (line.zone === 'letterhead' || line.zone === 'returnAddress'))
    .flatMap((line) => nameWords(line.raw.split(SEPARATED_PARTS)[0] ?? '')).filter((w) => !addressWords.has(w)));
  for (const line of footLines(letter)) {
    const parts = line.raw.trim().split(SEPARATED_PARTS);
    const name = withoutGluedRest(cleanName(parts[0] ?? ''));
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 8 || !OWNER_FORM_END.test(name) || /\d|:/.test(name) || REGISTER_ENTRY.test(name) || BANK_NAME.test(name)) continue;
    if (namesOrganisation(foldSimple(name), organisation) || foldSimple(name) === foldSimple(found.value)) continue;
    const legal = nameWords(name);
    const rest = parts.slice(1).flatMap((part) => nameWords(part));
    const tied = legal.some((w) => trade.includes(w) || headWords.has(w))
      || rest.some((w) => trade.some((t) => t.length >= 5 && w.startsWith(t)))
      || brandOf(found.value, name);
    if (!tied) continue;
    const start = Math.max(0, line.raw.indexOf(name));
    return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Fußzeile (Inhaber des Handelsnamens)' };
  }
  return undefined;
}

/** A logo word or brand set in capitals ("AQUA-TEC", "NORDLICHT") is the legal name's first word
 *  (or words) spelled otherwise: the same letters, whatever the case, hyphens and spaces. */
function brandOf(brand: string, name: string): boolean {
  const compact = (text: string) => foldSimple(text).replace(/[^a-z0-9]/g, '');
  const mark = compact(brand);
  if (mark.length < 4 || /[a-zäöüß]/.test(brand)) return false;
  const words = name.split(/\s+/).filter((word) => compact(word));
  for (let n = 1; n < words.length; n++) {
    const start = compact(words.slice(0, n).join(''));
    if (start === mark) return true;
    if (start.length > mark.length) break;
  }
  return contractedFrom(mark, words.map(compact));
}

/** A brand contracted from the starts of the name's first words, two letters or more of each
 *  ("NORDVERS" of "Nordische Versicherung AG", "HARIBO" of "Hans Riegel Bonn"). */
function contractedFrom(mark: string, words: string[], at = 0, word = 0): boolean {
  if (at === mark.length) return word >= 2;
  const next = words[word] ?? '';
  for (let length = Math.min(next.length, mark.length - at); length >= 2; length--) {
    if (next.startsWith(mark.slice(at, at + length)) && contractedFrom(mark, words, at + length, word + 1)) return true;
  }
  return false;
}

/** Words that make a line an organisation's name ("… Gesellschaft für …", "Landesbetrieb …"). */
const ORGANISATION_WORD = /(gesellschaft|verband|verein|bund|anstalt|betrieb|stiftung|institut|kammer|genossenschaft|werke?|versorgung|versicherung|dienst|agentur|zentrale?)$/;

/** An acronym whose letters are the initials of the name's words or of their parts, in order
 *  ("LVG" of "Landesamt für Vermessung und Geoinformation", "BAFA" of "Bundesamt für Wirtschaft und
 *  Ausfuhrkontrolle", "LBV" of "Landesbetrieb Verkehr"): the first letter is the name's initial, and
 *  at least half of them start a word. Stricter than acronymOf (any letters in order), which is
 *  enough where the line already starts with the acronym or ends in its legal form: here any line of
 *  the letterhead, foot or closing is a candidate. */
function initialsOf(acronym: string, name: string): boolean {
  const wanted = foldSimple(acronym).replace(/[^a-z]/g, '');
  const words = foldSimple(name).split(/[\s-]+/).map((word) => word.replace(/[^a-z]/g, '')).filter(Boolean);
  if (wanted.length < 2 || words.length < 2 || words[0]?.[0] !== wanted[0]) return false;
  // The most letters that can be word initials, matching in order (letters inside a word stand for a part of a compound).
  const best = (i: number, w: number, at: number): number => {
    if (i === wanted.length) return 0;
    let top = -Infinity;
    for (let v = w; v < words.length; v++) {
      const word = words[v] ?? '';
      const from = v === w ? at : 0;
      for (let k = word.indexOf(wanted[i] ?? '', from); k >= 0; k = word.indexOf(wanted[i] ?? '', k + 1)) {
        top = Math.max(top, (k === 0 ? 1 : 0) + best(i + 1, v, k + 1));
      }
    }
    return top;
  };
  // The first letter is the name's initial; the rest are matched after it.
  return (1 + best(1, 0, 1)) * 2 >= wanted.length;
}

/** A letterhead that starts with an acronym as its logo ("DRV", "LBV") over or above the name it
 *  abbreviates, or that signs with that name in the closing or at the foot ("Deutsche
 *  Rentenversicherung Nordland", "Landesbetrieb Verkehr"): the name spelled out is the sender. */
function acronymInLetterhead(letter: Letter, organisation: string, found: Found<string>): Found<string> {
  const acronym = found.value.trim();
  if (found.rule !== 'Briefkopf' || !(/^[A-ZÄÖÜ]{2,6}$/.test(acronym) || MIXED_ACRONYM.test(acronym))) return found;
  const firstPage = letter.lines[0]?.page ?? 0;
  const logo = letter.lines.find((line) => line.page === firstPage && line.raw.trim() === acronym);
  const below = logo ? letter.lines.slice(logo.index + 1, logo.index + 3).filter((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.35) : [];
  const closing = letter.lines.filter((line) => line.page === firstPage && line.zone === 'closing');
  for (const line of [...below, ...footLines(letter), ...closing]) {
    const raw = line.raw.trim().split(SEPARATED_PARTS)[0]?.trim() ?? '';
    const name = cleanName(withoutGluedRest(raw));
    const spelled = name.startsWith(`${acronym} `) ? name.slice(acronym.length).trim() : name;
    const words = spelled.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 12 || /\d|@|:/.test(name) || !/^[A-ZÄÖÜ]/.test(spelled) || namesOrganisation(foldSimple(name), organisation)) continue;
    if (!looksLikeName({ ...line, raw: name, folded: foldLine(name) }, organisation) || !initialsOf(acronym, spelled)) continue;
    const named = words.map((word) => foldSimple(word).replace(/[^a-z]/g, ''));
    if (!(OWNER_FORM_END.test(name) || LEGAL_NAME.test(name) || named.some((word) => AUTHORITY_START.test(word) || ORGANISATION_WORD.test(word)))) continue;
    const start = Math.max(0, line.raw.indexOf(raw));
    return { value: name, source: sourceOf(line, start, start + raw.length), rule: line.zone === 'letterhead' ? found.rule : 'Fußzeile' };
  }
  return found;
}

/** A name whose last part is joined by "und"/"&" after commas, without digits (no street). */
const ENUMERATED_NAME = /^[^,\d·•|]{3,60}(,\s*[^,\d·•|]{2,40})*,\s*[^,\d·•|]{2,40}\s(und|&)\s[^,\d·•|]{2,40}$/;

/** A return line set with commas ("Verein e.V., Alte Schule, Kirchplatz 2, …"): the name ends at
 *  its legal form, what follows the comma names the building or the office. */
function nameBeforeCommaAfterForm(name: string): string {
  const head = name.split(/\s*,\s*/)[0]?.trim() ?? '';
  return head !== name && head.split(/\s+/).length >= 2 && COMPANY_FORM_END.test(head) ? head : name;
}

/** A form value set over two lines whose label stands beside the last of them (XRechnung views:
 *  "MVM Musterhafter" / "Name:  Versicherungsverein Musterstadt a.G."): the unlabelled line right
 *  above, in the value's column, is the value's first line. */
function formValueLines(letter: Letter, line: Line, start: number, heading: number): { line: Line; start: number }[] {
  const above = letter.lines[line.index - 1];
  const page = letter.pages[line.page];
  const word = line.words[line.rawStarts.findIndex((at) => at >= start)];
  if (!above || above.index <= heading || line.gapBefore || above.page !== line.page || !page || !word) return [];
  const valueLeft = word.box.x0 / page.width;
  const unlabelled = !/^[^:]{1,30}:/.test(above.raw) && above.words.length <= 6;
  return unlabelled && Math.abs(above.left - valueLeft) < 0.01 && line.top - above.top < 0.03 ? [{ line: above, start: 0 }] : [];
}

/** A craft firm's designation printed where its name might stand ("Meisterbetrieb",
 *  "Innungsfachbetrieb", "Fachbetrieb nach WHG"). */
const TRADE_DESIGNATION = /^(meister|fach|innungs|innungsfach|meisterfach|handwerks|familien|ausbildungs)betrieb\b/;
/** Professions and offices a return line may open with before the firm ("Rechtsanwälte · …"). */
const PROFESSION_PLURAL = /^(rechtsanw|steuerber|kanzlei|praxis|architekt|notar|ingenieur|wirtschaftspr|anw(ä|ae)lt|verwaltung|vorstand|gesch(ä|ae)ftsf)/i;

function senderByLayout(letter: Letter, organisation: string): Found<string> | undefined {
  // Invoice forms (XRechnung views): a seller section with a "Name:" field.
  const seller = letter.lines.findIndex((line) => /^(verkaeufer|rechnungssteller|leistungserbringer|lieferant|auftragnehmer|seller)\b/.test(line.folded) && line.words.length <= 3);
  if (seller >= 0) {
    for (const line of letter.lines.slice(seller + 1, seller + 6)) {
      // An XRechnung view labels the field with its business term and no colon ("Name (BT-27)").
      const m = /^\s*(name|firma|firmenname)(?:\s*:|\s*\(BT-\d{1,3}\)\s*:?)\s*(\S.*)$/i.exec(line.raw);
      // … its value read as the next column of the same row.
      const neighbour = letter.lines[line.index + 1];
      if (!m && /^\s*(name|firma|firmenname)\s*(\(BT-\d{1,3}\))?\s*:?\s*$/i.test(line.raw) && neighbour && neighbour.row === line.row && neighbour.page === line.page && neighbour.rightColumn) {
        return { value: cleanName(neighbour.raw), source: sourceOf(neighbour, 0, neighbour.raw.length), rule: 'Verkäufer im Rechnungsformular' };
      }
      if (m?.[2]) {
        const start = line.raw.indexOf(m[2]);
        const parts = [...formValueLines(letter, line, start, seller), { line, start }];
        return {
          value: cleanName(parts.map((part) => part.line.raw.slice(part.start)).join(' ')),
          source: mergeSources(parts.map((part) => sourceOf(part.line, part.start, part.line.raw.length))),
          rule: 'Verkäufer im Rechnungsformular',
        };
      }
    }
  }
  // … or the seller with its address on the labelled line ("Verkäufer (BG-4): Nordlicht Planung
  // GmbH, Hafenweg 3, …"): the name up to the first comma.
  for (const line of letter.lines) {
    const inline = /^\s*verk(?:ä|ae|a)ufer\s*\(BG-\d{1,2}\)\s*:\s*([^,·]{3,}?)\s*(?:[,·]|$)/i.exec(line.raw);
    if (!inline?.[1] || !COMPANY_FORM.test(inline[1])) continue;
    const start = line.raw.indexOf(inline[1]);
    return { value: cleanName(inline[1]), source: sourceOf(line, start, start + inline[1].length), rule: 'Verkäufer im Rechnungsformular' };
  }
  const mail = emailSender(letter, organisation);
  if (mail) return mail;
  const fax = faxSender(letter, organisation);
  if (fax) return fax;
  // The DIN return line stands right above the recipient: the one nearest the address first (a
  // letterhead may have a line of the same shape above it: "Institut Nordheim · Klinikweg 2 · …").
  const returnLines = letter.lines.filter((line) => line.zone === 'returnAddress' && !line.rightColumn);
  const addressAt = letter.address?.start ?? Infinity;
  returnLines.sort((a, b) => Math.abs(addressAt - a.index) - Math.abs(addressAt - b.index) || a.index - b.index);
  for (const line of returnLines) {
    if (isLetterheadContactLine(letter, line)) continue;
    // An initial whose dot OCR read as a comma ("J, Matthies Bedachungen") starts the name.
    // So does a title's ("Praxis Dr, Santos").
    const repaired = line.raw.replace(/^(\s*[A-ZÄÖÜ]),(?=\s[A-ZÄÖÜ])/, '$1.').replace(/\b(Dr|Prof|med),(?=\s[A-ZÄÖÜa-z])/g, '$1.');
    let first = repaired.split(RETURN_LINE_PARTS)[0]?.trim() ?? '';
    // A name that lists with commas ("Beitragsservice von ARD, ZDF und Deutschlandradio",
    // "Ministerium für Inneres, Kommunales und Sport") ends at the "·", not at its first comma.
    const beforeSeparator = repaired.split(SEPARATED_PARTS)[0]?.trim() ?? '';
    if (ENUMERATED_NAME.test(beforeSeparator)) first = beforeSeparator;
    // A name joined by "+" ("Brenner + Voss Architekten · Hafenstraße 3 · …") in a line whose
    // parts are separated otherwise ("·", or a dash OCR read for it): the "+" joins the partners'
    // names, no part of the line's separators.
    const beforeDot = repaired.split(/\s+[·•|\-–—*«»]\s+/)[0]?.trim() ?? '';
    if (beforeDot !== repaired.trim() && /\p{L}\s\+\s\p{Lu}/u.test(beforeDot) && !/\d/.test(beforeDot)) first = beforeDot;
    // Partners' names joined by "·" ("Brandes · Oltrogge StBG mbH · Lange Straße 19 · …"): a lone
    // surname before a part that ends in the firm's legal form is part of the firm's name.
    const [partner, firm] = repaired.split(SEPARATED_PARTS).map((part) => part.trim());
    // A profession before it ("Rechtsanwälte · Kordes & Partner mbB · …") is no part of it.
    // The partner may carry a doctor's title ("Dr. Lindqvist · Hauser Rechtsanwälte PartG mbB").
    if (partner && firm && /^(?:(?:Dr|Prof)\.\s?)*\p{Lu}\p{Ll}{2,}$/u.test(partner) && !/\d/.test(firm) && COMPANY_FORM_END.test(firm)) first = PROFESSION_PLURAL.test(partner) ? firm : `${partner} · ${firm}`;
    // "privat: Wiesenweg 11 · …", "Vorsitzender: Frank Oppermann · …": a label opens the line,
    // no name (only "Absender:" introduces the name itself). Checked before the street is cut off.
    if (/^[^:]{2,30}:/.test(first) && !/^(absender|von|from)\s*:/i.test(first)) continue;
    // "Inh. Gesa Hinrichs · Moorweg 3 · …": the owner behind the trade name the letterhead prints;
    // "Vorstand · Postanschrift: …": the office that writes, no name.
    if (OWNER_LINE.test(first) || FUNCTION_NAME.test(first) || /^(der |die )?(vorstand|geschäftsführung|geschaeftsfuehrung|vorsitzende[r]?)$/i.test(first)) continue;
    // "Meisterbetrieb · Neue Str. 4 · …" under the firm's name: a trade's designation, no name.
    if (TRADE_DESIGNATION.test(foldSimple(first))) continue;
    // OCR may drop the "·" after the name ("Lorenzen GmbH Moorweg 50 - 25524 Itzehoe"): the name
    // ends where the street begins.
    const street = STREET_WITH_NUMBER.exec(first);
    // "Berliner Straße 88 · …": a street named after a place, no name before it.
    // (Or a word before "Straße" whose ending OCR misread: "Pasewalkcr Straße 17".)
    const streetHead = first.slice(0, street?.index ?? 0).trim();
    if (street && (/^[A-ZÄÖÜ][a-zäöüß]+er$/.test(streetHead) || (/^\p{Lu}\p{Ll}{4,}$/u.test(streetHead) && /^\s(Stra(ss|ß)e|Str\.)\s/.test(street[0])))
      && /^\s(Stra(ss|ß)e|Str\.|Weg|Allee|Platz|Ring|Damm|Chaussee)\s/.test(street[0])) continue;
    if (street && street.index >= 3) first = first.slice(0, streetStart(first, street)).replace(STREET_PREPOSITION_END, '').trim();
    // … also a street without a street word ("… GmbH & Co. KG Hafenkai 4"): the name ends at its legal form.
    else first = withoutGluedRest(first);
    first = withoutBranch(first);
    const folded = first.toLowerCase();
    // "Sägewerkstraße 3 · 12360 …" starts with the street; "Vorsitzender: Frank Oppermann · …"
    // with a role (only "Absender:" introduces the name itself).
    if ((STREET.test(first) && /\d/.test(first)) || (/^[^:]{2,30}:/.test(first) && !/^(absender|von|from)\s*:/i.test(first))) continue;
    // The letterhead's address line glued under the legal name ("Schützenverein … e.V." /
    // "Schützenhaus · Am Schießstand 1 · …") starts with the building, not the name: a single word
    // that is no word, acronym or brand of the name above, which is the sender.
    // (A unit set in dashes may stand between them: "– Abteilung Ringen –".)
    const right = letter.lines[line.index - 1];
    const unitBetween = right !== undefined && !right.gapBefore && /^[–—-]\s.+\s[–—-]$/.test(right.raw.trim());
    const above = unitBetween ? letter.lines[line.index - 2] : right;
    if (above && !line.gapBefore && above.page === line.page && above.zone === 'letterhead' && /^\p{Lu}\p{Ll}{3,}$/u.test(first)
      && LEGAL_NAME.test(above.raw) && COMPANY_FORM.test(above.raw) && looksLikeName(above, organisation)
      && !foldSimple(above.raw).split(/[^a-z0-9]+/).includes(foldSimple(first)) && !brandOf(first.toUpperCase(), above.raw) && !acronymOf(first, above.raw)) {
      const name = cleanName(above.raw);
      return { value: name, source: sourceOf(above, 0, above.raw.length), rule: 'Briefkopf' };
    }
    const office = officeHoldersOrganisation(letter, organisation, line, first);
    if (office) return office;
    // A firm named after a document word ("RechnungsPilot GmbH", "Angebotsdruck KG") is a name: its
    // legal form says so.
    const documentWordFirm = /^(rechnung|mahnung|angebot|gutschrift|bescheid)\S*\s/i.test(first) && COMPANY_FORM_END.test(first);
    if (first.length >= 3 && !PLZ.test(first) && (!NOT_A_NAME.test(first) || documentWordFirm) && !/:\s*$/.test(first) && !namesOrganisation(folded.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'), organisation)) {
      const found = fullerName(letter, organisation, { value: cleanName(first), source: sourceOf(line, 0, first.length), rule: 'Absenderzeile' });
      return doctorOverPractice(letter, organisation, found) ?? organisationOverUnit(letter, organisation, line, found);
    }
  }
  const firstPage = letter.lines[0]?.page ?? 0;
  // The return-address line above the recipient whose separators OCR misread ("Kühn Straßenbau
  // GmbH ~Waldring 95 -93169 Eichenau"): the name is what stands before the street and number.
  const addressStart = letter.address ? letter.lines[letter.address.start] : undefined;
  if (addressStart) {
    for (const line of letter.lines.slice(Math.max(0, addressStart.index - 3), addressStart.index)) {
      if (line.page !== firstPage || line.zone !== 'letterhead' || line.rightColumn || addressStart.top - line.top > 0.06) continue;
      // The postcode as OCR may read it, with an l or I for a 1 or an O for a 0 ("3l002 Musterstadt").
      if (!PLZ.test(line.raw) && !/\b(?=[\dlIO]*\d[\dlIO]*\d[\dlIO]*\d)[\dlIO]{5}\s+\p{Lu}\p{Ll}/u.test(line.raw)) continue;
      const street = STREET_WITH_NUMBER.exec(line.raw);
      if (!street || street.index < 3) continue;
      const end = streetStart(line.raw, street);
      const name = withoutBranch(nameBeforeCommaAfterForm(cleanName(line.raw.slice(0, end).replace(/[\s~:;,·•|\-–_.]+$/, '').replace(STREET_PREPOSITION_END, ''))));
      if (name.length >= 3 && /[A-Za-zÄÖÜäöü]{3}/.test(name) && !namesOrganisation(foldSimple(name), organisation) && !NOT_A_NAME.test(name)) {
        const found = fullerName(letter, organisation, { value: name, source: sourceOf(line, 0, end), rule: 'Absenderzeile' });
        return doctorOverPractice(letter, organisation, found) ?? found;
      }
    }
  }
  // A court's or an authority's form (Mahnbescheid) names an applicant too, but the court heads it:
  // "Amtsgericht Nordheim – Zentrales Mahngericht –" is the sender, its department dropped.
  const heading = letter.lines.find((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.2 && !stateOverAuthority(letter, line) && !inReceiptStamp(letter.lines, line));
  if (heading && AUTHORITY_HEAD.test(heading.folded) && looksLikeName(heading, organisation)) {
    const name = cleanName(leftColumnRaw(heading).split(/\s+[–—-]\s+/)[0] ?? '');
    if (name.length >= 5) return { value: name, source: sourceOf(heading, 0, name.length), rule: 'Briefkopf (Behörde)' };
  }
  const form = formApplicant(letter, organisation);
  if (form) return form;
  // A letter without a letterhead whose recipient the layout took for one ("Herrn" /
  // "Oberbürgermeister" / "Rathaus" / "12345 Musterstadt"): no line of it names the sender.
  const recipient = recipientBlock(letter);
  const head = letter.lines.filter((line) => line.page === firstPage && (line.zone === 'letterhead' || line.zone === 'footer') && line.top < 0.35 && !recipient.has(line.index));
  // The name in the footer ("Winkler Facility Services GmbH   Telefon …   Amtsgericht …"): what a
  // logo OCR cannot read, or a slogan ("Meisterbetrieb", "Qualität aus der Region") hides.
  const footerName = nameInFooter(letter, organisation);
  for (const headLine of head) {
    if (headLine.zone === 'footer') continue;
    const line = beforeDateColumn(headLine);
    if (!(looksLikeName(line, organisation) || nameEndingInNumber(letter, line, organisation)) || isSlogan(line.raw) || stateOverAuthority(letter, line)) continue;
    // The sending machine's name in a fax header ("12.03.2026 09:41 FAX +49 … NAME S. 01/02"), or
    // the mailroom's receipt stamp ("Posteingang" / its date / "Stadt … – Poststelle").
    if (inFaxHeader(letter, line) || inReceiptStamp(letter.lines, headLine)) continue;
    // "Absender:" on a line of its own labels the name on the next line: no name itself.
    if (!cleanName(line.raw)) continue;
    if (footerName && !LEGAL_NAME.test(line.raw)) return footerName;
    // A practice's name over the doctor who runs it ("Zahnarztpraxis am Markt" / "Dr. med. dent.
    // …"): the doctor is the sender.
    const below = letter.lines[line.index + 1];
    if (/praxis\b/i.test(line.raw) && !/\b(dr|prof)\.|dipl\./i.test(line.raw) && below && !below.gapBefore && below.page === line.page && /^(dr\.|prof\.|dipl\.)/i.test(below.raw.trim()) && looksLikeName(below, organisation)) {
      return practiceOwner(letter, below);
    }
    const german = germanNameOfBilingual(line.raw);
    if (german) return { value: german.value, source: sourceOf(line, german.start, german.end), rule: 'Briefkopf (zweisprachig)' };
    // A two-column letterhead that prints the name in both columns ("KOMMUNA Software AG" on the
    // left as a logo, again on the right over the address): the name once.
    const tokens = line.words.map((word) => word.text);
    const half = tokens.length / 2;
    if (half >= 2 && Number.isInteger(half) && tokens.slice(0, half).join(' ') === tokens.slice(half).join(' ')) {
      const end = line.raw.slice(0, line.rawStarts[half] ?? line.raw.length).trimEnd().length;
      return { value: cleanName(line.raw.slice(0, end)), source: sourceOf(line, 0, end), rule: 'Briefkopf' };
    }
    return { value: cleanName(line.raw), source: sourceOf(line, 0, line.raw.length), rule: 'Briefkopf' };
  }
  if (footerName) return footerName;
  // Letters without a letterhead (citizens): a name above a street and a postcode line at the top.
  // The name and address stand above the salutation; the subject the layout found is no name
  // ("2. Mahnung" over "Rechnung Nr. … vom 18.01.2029").
  // A short letter stands high on a scanned page: its text begins within the top third ("Gegen den
  // Bescheid vom …, / legen wir Widerspruch ein."). The sender's block ends where the text begins.
  const textStart = letter.lines.find((line) => line.page === firstPage && line.zone === 'body' && isRunningText(line))?.index;
  const top = letter.lines.filter((line) => line.page === firstPage && line.top < 0.3 && line.zone !== 'address' && line.zone !== 'subject'
    && (letter.salutation === undefined || line.index < letter.salutation) && (textStart === undefined || line.index < textStart) && !recipient.has(line.index));
  for (let i = 0; i + 1 < top.length; i++) {
    const line = top[i];
    const next = top[i + 1];
    // The fax header's page count ("S. 1/1") is no house number, the machine's name no sender.
    // A line that announces what follows ("Für Schleifarbeiten, abgeholt am 15.10.:") is no name.
    if (line && next && looksLikeName(line, organisation) && !/:$/.test(line.raw.trim()) && (STREET.test(next.raw) || PLZ.test(next.raw)) && !FAX_HEADER.test(next.raw) && !inFaxHeader(letter, line)) {
      // A form's field ("Name/Firma: Hotel … GmbH" over "Betriebsstätte: …, Wallstraße 18"): its value.
      const field = NAME_FIELD.exec(line.raw);
      const start = field?.[5] ? line.raw.indexOf(field[5]) : 0;
      const value = withoutProfession(inNaturalOrder(line.raw, cleanName(line.raw.slice(start))));
      return { value, source: sourceOf(line, start, line.raw.length), rule: 'Absenderanschrift' };
    }
  }
  return signatureSender(letter, organisation) ?? personAtFoot(letter, organisation) ?? nameOverAddressAtFoot(letter, organisation) ?? unsignedNameAfterText(letter, organisation);
}

/** A line of the letter's text, no part of a name or address block: six words or more that end
 *  like a clause ("…, Kassenzeichen 5.1200.0449.6,") or speak to the reader ("Ich bitte darum, …").
 *  A form's note under its title ("(bitte binnen 14 Tagen einreichen)") comes before its fields. */
function isRunningText(line: Line): boolean {
  return line.words.length >= 6 && !line.raw.trim().startsWith('(') && (/[.!?:,;]$/.test(line.raw.trim()) || /\b(bitte|wir|ich|sie|ihnen|uns|unser[a-z]*|ist|sind|wird|werden|haben|hat)\b/.test(line.folded));
}

/** Lines of a recipient's block the layout read as a letterhead: a block that opens with "Herrn",
 *  "Frau" or "An (die|den|das)" alone on its line, up to the next blank line. */
function recipientBlock(letter: Letter): Set<number> {
  const block = new Set<number>();
  const firstPage = letter.lines[0]?.page ?? 0;
  let open = false;
  for (const line of letter.lines) {
    if (line.page !== firstPage || line.zone !== 'letterhead') { open = false; continue; }
    if (/^(herrn?|frau|an( die| den| das)?)$/.test(line.folded.trim())) open = true;
    else if (line.gapBefore) open = false;
    if (open) block.add(line.index);
  }
  return block;
}

/** Words set in capitals in a line that also holds a legal form in its own spelling
 *  ("NORDLAND e.V."): each capitalised word as a name is spelled, joining words in lower case. */
function capitalsInNormalCase(text: string): string {
  return text.split(' ').map((word) => {
    if (!/^\p{Lu}{2,}-?$/u.test(word)) return word;
    const lower = word.toLowerCase();
    return FUNCTION_WORD.test(foldSimple(lower)) ? lower : (word[0] ?? '') + lower.slice(1);
  }).join(' ');
}

/** Set in capitals like a stamp ("SCHLEIFDIENST KOWALSKI"): written as the name is spelled. */
function spelledFromCapitals(text: string): string {
  return /[a-zäöüß]/.test(text) ? text : text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A name over a street and a postcode at the end of a letter without letterhead or closing: a
 *  small firm's stamp under the signature ("SCHLEIFDIENST KOWALSKI" / "Inh. Heinz Kowalski" /
 *  "Feldstraße 19 · 19374 Damm") or citizens' own address block ("Horst und Ingrid Mahnke" /
 *  "Dorfstraße 31" / "19370 Musterstadt-Kleinow"). */
function nameOverAddressAtFoot(letter: Letter, organisation: string): Found<string> | undefined {
  const lastPage = letter.lines[letter.lines.length - 1]?.page ?? 0;
  const lines = letter.lines.filter((line) => line.page === lastPage && line.zone !== 'address' && !line.rightColumn);
  // Only after the text: a sentence of it stands above ("… und ändern Sie den Bescheid.").
  const textStart = lines.findIndex((line) => (line.zone === 'body' || line.zone === 'subject') && line.words.length >= 4 && /[.!?:]$/.test(line.raw.trim()));
  for (const [i, line] of lines.entries()) {
    if (textStart < 0 || i <= textStart || !line.gapBefore || line.words.length > 6 || /[.!?:,;]$/.test(line.raw.trim()) || !looksLikeName(line, organisation)) continue;
    let at = i + 1;
    if (OWNER_LINE.test(lines[at]?.raw.trim() ?? '')) at++;
    const street = lines[at];
    const place = lines[at + 1];
    // The street with its number, whatever it is called ("Am Anger 5").
    if (!street || street.gapBefore || !(STREET_WITH_NUMBER.test(` ${street.raw.trim()}`) || /^\p{Lu}[\p{L}. -]{2,40}\s\d{1,4}\s?[a-z]?$/u.test(street.raw.trim()))) continue;
    if (!PLZ.test(street.raw) && (!place || place.gapBefore || !PLZ.test(place.raw))) continue;
    const name = cleanName(spelledFromCapitals(line.raw.trim()));
    if (name.length < 3 || namesOrganisation(foldSimple(name), organisation)) continue;
    return { value: name, source: sourceOf(line, 0, line.raw.length), rule: 'Absenderanschrift am Schluss' };
  }
  return undefined;
}

/** A short note without salutation or closing ("Ich bitte darum, … / Uwe Hartung /
 *  Friedhofsarbeiter"): the person's name set apart after the last sentence signs it. */
function unsignedNameAfterText(letter: Letter, organisation: string): Found<string> | undefined {
  if (letter.salutation !== undefined || letter.lines.some((line) => line.zone === 'closing')) return undefined;
  const firstPage = letter.lines[0]?.page ?? 0;
  for (const line of letter.lines) {
    if (line.page !== firstPage || line.zone !== 'body' || !line.gapBefore) continue;
    const previous = letter.lines[line.index - 1];
    if (!previous || previous.zone === 'address' || !/\p{Ll}{2}[.!?]$/u.test(previous.raw.trim())) continue;
    const name = cleanName(line.raw.trim());
    if (!PERSON_WITH_TITLE.test(name) || namesOrganisation(foldSimple(name), organisation) || !looksLikeName(line, organisation)) continue;
    return { value: name, source: sourceOf(line, 0, line.raw.length), rule: 'Unterschrift ohne Grußformel' };
  }
  return undefined;
}

/** An office of a club or firm set as a line of the letterhead ("– Der Schatzmeister –", "Der
 *  Vorstand", "1. Vorsitzende"). */
const OFFICE_HOLDER = /^(schatzmeister(in)?|kassenwart(in)?|kassierer(in)?|kassenfuehrer(in)?|vorsitzende[rn]?|vorstand|schriftfuehrer(in)?|geschaeftsfuehrer(in)?|geschaeftsfuehrung|geschaeftsstelle|abteilungsleiter(in)?|jugendwart(in)?|sportwart(in)?)$/;
const OFFICE_HOLDER_WORDS = ['schatzmeister', 'kassenwart', 'kassierer', 'kassenfuehrer', 'vorsitzende', 'schriftfuehrer', 'geschaeftsfuehrer', 'abteilungsleiter'];
/** The office alone on its line, between dashes, after an article or a number ("– Der
 *  Schatzmeister –", "1. Vorsitzende"), as OCR may misread one of its letters ("Schatzmeistcr"). */
function officeHolderLine(folded: string): boolean {
  const word = folded.trim().replace(/^[–—-]\s*/, '').replace(/\s*[–—-]$/, '').replace(/^(der|die)\s+/, '').replace(/^\d\.\s*/, '');
  if (!/^[a-z]+$/.test(word)) return false;
  return OFFICE_HOLDER.test(word) || OFFICE_HOLDER_WORDS.some((office) => editDistance(word.replace(/(in|r|n)$/, ''), office, 1) <= 1 || editDistance(word, office, 1) <= 1);
}

/** "SV Blau-Weiß … e.V." / "– Der Schatzmeister –" / "Jens Kuphal · Am Sportplatz 2 · …": the
 *  return line names the person who holds the office the letterhead prints under the name of the
 *  club or firm; the person writes for it, the organisation is the sender. */
function officeHoldersOrganisation(letter: Letter, organisation: string, returnLine: Line, first: string): Found<string> | undefined {
  if (!PERSON_NAME.test(first.trim())) return undefined;
  const above = letter.lines.filter((line) => line.page === returnLine.page && line.index < returnLine.index && line.zone === 'letterhead' && !line.rightColumn);
  const role = above[above.length - 1];
  if (!role || returnLine.gapBefore || !officeHolderLine(role.folded)) return undefined;
  const head = above.find((line) => COMPANY_FORM.test(line.raw) && looksLikeName(line, organisation) && !SEPARATED_PARTS.test(line.raw));
  if (!head) return undefined;
  const name = cleanName(head.raw);
  return { value: name, source: sourceOf(head, 0, head.raw.length), rule: 'Briefkopf' };
}

/** A text layer line whose right-hand column is the place and date ("Tobias Lange        Musterstadt,
 *  29. Oktober 2029"): the writer's name is the left-hand part, as the scan reads the two columns
 *  apart. */
function beforeDateColumn(line: Line): Line {
  const column = line.textColumn;
  if (!column || column.word < 1) return line;
  const right = line.raw.slice(line.rawStarts[column.word] ?? line.raw.length).trim();
  if (!DATE.test(right) || DATE.test(line.raw.slice(0, line.rawStarts[column.word]))) return line;
  const raw = line.raw.slice(0, line.rawStarts[column.word]).trimEnd();
  return { ...line, raw, folded: foldLine(raw), words: line.words.slice(0, column.word), rawStarts: line.rawStarts.slice(0, column.word), foldedStarts: line.foldedStarts.slice(0, column.word) };
}

/** "Dr. med. Sören Lüdtke, Facharzt für Kinder- und Jugendmedizin": the profession after a
 *  person's name and a comma is no part of the name (a "Name, Vorname" has one word before it). */
function withoutProfession(name: string): string {
  const m = /^([^,]+),\s+(\p{Lu}\p{Ll}+.*)$/u.exec(name);
  return m?.[1] && m[2] && PERSON_WITH_TITLE.test(m[1].trim()) && /\p{Ll}{3}/u.test(m[2]) && m[2].trim().split(/\s+/).length >= 2 ? m[1].trim() : name;
}

/** A citizen who prints name and address at the foot of the page ("Gisela Brandt · Am Hang 3 ·
 *  12345 Musterstadt · Tel. …"), as a firm its imprint: where no closing shows the signature, the
 *  person named there is the sender. */
function personAtFoot(letter: Letter, organisation: string): Found<string> | undefined {
  const firstPage = letter.lines[0]?.page ?? 0;
  for (const line of letter.lines.filter((other) => other.page === firstPage && atFoot(letter, other))) {
    const parts = line.raw.trim().split(SEPARATED_PARTS).map((part) => part.trim());
    const name = cleanName(parts[0] ?? '');
    if (parts.length < 3 || !PERSON_WITH_TITLE.test(name) || !STREET.test(parts[1] ?? '') || !/\d/.test(parts[1] ?? '') || !parts.slice(2).some((part) => PLZ.test(part))) continue;
    if (namesOrganisation(foldSimple(name), organisation)) continue;
    const start = Math.max(0, line.raw.indexOf(name));
    return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Fußzeile (Absender)' };
  }
  return undefined;
}

/** The state a public body belongs to, set over its name like the legend of a coat of arms
 *  ("REPUBLIK ÖSTERREICH" over "BEZIRKSGERICHT INNSBRUCK", "Freistaat Sachsen" over "Landesamt
 *  für Steuern", "Schweizerische Eidgenossenschaft" over a federal office). */
const STATE_LEGEND = /^((bundes)?republik|freistaat|koenigreich|fuerstentum|grossherzogtum)( (der|des))? [a-z-]+$|^(schweizerische eidgenossenschaft|confederation suisse|confederazione svizzera)$/;
/** A state's legend heading the letterhead with the body that writes on the line under it: that
 *  body, not the state, is the sender. */
function stateOverAuthority(letter: Letter, line: Line): boolean {
  const next = letter.lines[line.index + 1];
  return STATE_LEGEND.test(foldSimple(line.raw.trim()).replace(/\s+/g, ' ')) && next !== undefined && next.page === line.page && next.zone === 'letterhead'
    && /[a-zäöüß]{3}/i.test(next.raw) && !PLZ.test(next.raw) && !/\d/.test(next.raw);
}

/** A street word: "Bahnhofstraße", "Am Markt", "Postfach". */
/** A letterhead name that ends in a number ("Bistro Gleis 3", "Studio 54") reads like a street with
 *  its house number: it is a name when it has no street word and the letter names it again in its
 *  text or closing ("Ihr Team vom Bistro Gleis 3"), which no street of the letterhead is. */
function nameEndingInNumber(letter: Letter, line: Line, organisation: string): boolean {
  const text = line.raw.trim();
  const stem = /^(.*\S)\s+\d{1,3}$/.exec(text)?.[1];
  if (!stem || STREET_WORD.test(text) || PLZ.test(text)) return false;
  const named = { ...line, raw: stem, folded: foldLine(stem) };
  return looksLikeName(named, organisation) && namedInText(letter, text);
}

/** A partner town's letterhead names it in its language and in German ("MIASTO LUBISZEWO ·
 *  STADT LUBISZEWO", "Ville de Sauvignac · Stadt Sauvignac"): the German name, by the place both
 *  parts end in, is the sender. */
function germanNameOfBilingual(raw: string): { value: string; start: number; end: number } | undefined {
  const parts: { text: string; start: number }[] = [];
  let at = 0;
  for (const m of raw.matchAll(new RegExp(SEPARATED_PARTS.source, 'g'))) {
    parts.push({ text: raw.slice(at, m.index), start: at });
    at = m.index + m[0].length;
  }
  parts.push({ text: raw.slice(at), start: at });
  if (parts.length !== 2) return undefined;
  const place = (text: string) => foldSimple(text.trim()).split(/\s+/).pop() ?? '';
  const german = parts.filter((part) => AUTHORITY_NAME.test(foldSimple(part.text.trim())));
  const other = parts.find((part) => !german.includes(part));
  const name = german[0];
  if (german.length !== 1 || !name || !other || place(name.text).length < 3 || place(name.text) !== place(other.text)) return undefined;
  const text = name.text.trim();
  const start = name.start + name.text.indexOf(text);
  return { value: cleanName(spelledFromCapitals(text)), start, end: start + text.length };
}

/** A return line naming the practice ("Praxis Dr. Santos", "Zahnarztpraxis Dr. Roth") under a
 *  letterhead that names the doctor ("Dr. med. Friederike Santos"): the doctor is the sender, as
 *  under a practice's name in the letterhead. So with a lawyer's or tax adviser's office named
 *  after its one holder ("Kanzlei Dr. Olbrich" under "Dr. Mareike Olbrich" / "Rechtsanwältin"). */
const PRACTICE_RETURN = /^(?:[A-ZÄÖÜ]?[a-zäöüß-]*praxis|(?:Rechtsanwalts|Anwalts|Steuerberatungs|Steuer)?[Kk]anzlei)\s+(?:(?:Dr|Prof)\.\s*(?:med\.\s*(?:dent\.\s*|vet\.\s*)?)?)+(\S+)$/i;
/** … also without a title: "Kanzlei Brandt" under a letterhead that names one person of that
 *  surname ("Jana Brandt" / "Rechtsanwältin"); so does an office named after its holder
 *  ("Steuerbüro Riedel", "Ingenieurbüro Wiese") whose letterhead prints the holder's name, not the
 *  office's. */
const OFFICE_OF_HOLDER = /^(?:(?:Rechtsanwalts|Anwalts|Steuerberatungs|Steuer)?[Kk]anzlei|\p{Lu}\p{Ll}*b(?:ü|ue)ro)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
/** An engineer's degree before the name ("Dipl.-Ing. Harald Wiese", "Dipl.-Ing. (FH) …"). */
const DIPLOMA_BEFORE_NAME = /^Dipl\.-?\s?\p{L}+\.(?:\s?\((?:FH|TU)\))?\s+/u;
function doctorOverPractice(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  const holder = OFFICE_OF_HOLDER.exec(found.value.trim())?.[1];
  if (holder) {
    const firstPage = letter.lines[0]?.page ?? 0;
    const head = letter.lines.filter((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3);
    // The letterhead may set the name in capitals ("DR. KATRIN WOLGAST" over "Kanzlei Wolgast").
    const spelled = (line: Line) => spelledFromCapitals(cleanName(line.raw));
    const person = head.find((line) => PERSON_WITH_TITLE.test(spelled(line).replace(DIPLOMA_BEFORE_NAME, '')) && spelled(line).endsWith(` ${holder}`) && looksLikeName(line, organisation));
    // "VERMESSUNGSBÜRO BEHRENDS" heading the letterhead: the office is the sender.
    const officeNamed = head.some((line) => foldSimple(line.raw.trim()) === foldSimple(found.value.trim()));
    if (person && !officeNamed) {
      const owner = practiceOwner(letter, person);
      return { ...owner, value: spelledFromCapitals(owner.value) };
    }
  }
  const surname = PRACTICE_RETURN.exec(found.value.trim())?.[1];
  if (!surname) return doctorUnderPracticeName(letter, organisation, found);
  const firstPage = letter.lines[0]?.page ?? 0;
  const doctor = letter.lines.find((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3
    && /^(dr\.|prof\.)/i.test(line.raw.trim()) && line.raw.includes(surname) && looksLikeName(line, organisation));
  return doctor ? practiceOwner(letter, doctor) : undefined;
}

/** A return line naming the practice without its doctor ("Tierarztpraxis am Stadtwald · …") under a
 *  letterhead that sets the same name over the doctor's line ("Dr. med. vet. …"): the doctor is the
 *  sender, as where the letterhead alone names them. */
function doctorUnderPracticeName(letter: Letter, organisation: string, found: Found<string>): Found<string> | undefined {
  if (!/praxis\b/i.test(found.value) || /\b(dr|prof)\.|dipl\./i.test(found.value)) return undefined;
  const firstPage = letter.lines[0]?.page ?? 0;
  const practice = letter.lines.find((line) => line.page === firstPage && line.zone === 'letterhead' && line.top < 0.3 && foldSimple(line.raw.trim()) === foldSimple(found.value));
  const below = practice ? letter.lines[practice.index + 1] : undefined;
  if (!below || below.gapBefore || below.page !== firstPage || !/^(dr\.|prof\.)/i.test(below.raw.trim()) || !looksLikeName(below, organisation)) return undefined;
  // A joint practice ("Dr. A · Dr. B") is the partnership the return line names: it stays.
  if (below.raw.trim().split(JOINT_PRACTICE_NAMES).length > 1) return undefined;
  return practiceOwner(letter, below);
}

/** Where the names of a joint practice part: a "·" (or what OCR reads it as), a comma or "und" before a title. */
const JOINT_PRACTICE_NAMES = new RegExp(`${SEPARATED_PARTS.source}|\\s*,\\s+(?=(?:Dr|Prof|Dipl)\\.)|\\s+(?:und|&)\\s+(?=(?:Dr|Prof|Dipl)\\.)`);

/** The doctors who run a joint practice, on one line ("Dr. med. A · B", "Dr. C und Dr. D"): the
 *  one who signs or reports the letter further down is the sender, else the first named. */
function practiceOwner(letter: Letter, line: Line): Found<string> {
  const parts = line.raw.trim().split(JOINT_PRACTICE_NAMES).map((part) => cleanName(part)).filter((part) => part.length >= 3);
  const later = letter.lines.filter((other) => other.index > line.index).map((other) => other.raw).join('\n');
  const surname = (name: string) => name.split(/\s+/).pop() ?? name;
  const name = parts.length > 1 ? parts.find((part) => later.includes(surname(part))) ?? parts[0] ?? '' : cleanName(line.raw);
  const start = Math.max(0, line.raw.indexOf(name));
  return { value: name, source: sourceOf(line, start, start + name.length), rule: 'Briefkopf (Praxisinhaber)' };
}

/** The signature block under the closing ("Mit sportlichen Grüßen", a bare "Ihre"): an
 *  organisation signing there with its legal form is the sender (a club writing without
 *  letterhead), else the person who signs. */
function signatureSender(letter: Letter, organisation: string): Found<string> | undefined {
  const after = letter.salutation ?? 0;
  const closing = letter.lines.findIndex((line) => line.zone === 'closing'
    || (line.index > after && line.zone === 'body' && (ANY_CLOSING.test(line.folded) || /^(ihre?|dein|deine|euer|eure)$/.test(line.folded.trim()))));
  if (closing >= 0) {
    const block = letter.lines.slice(closing + 1, closing + 8).filter((line) => line.page === letter.lines[closing]?.page);
    const signing = block.find((line) => COMPANY_FORM.test(line.raw) && !PLZ.test(line.raw) && !/@|\d{5,}|\d{3,}[\s/-]\d{2,}/.test(line.raw) && line.words.length <= 10
      && looksLikeName(line, organisation));
    if (signing) return { value: cleanName(signing.raw), source: sourceOf(signing, 0, signing.raw.length), rule: 'Unterschrift (Organisation)' };
    for (const line of block.slice(0, 4)) {
      // A postcard's recipient set apart under the signature ("Stadt Musterstadt" / "Steuern und
      // Abgaben"): no line of it signs.
      if (line.gapBefore && namesOrganisation(line.folded, organisation)) break;
      // The signature with the address on its line ("Helga Sturm, Gartenstraße 12, Musterstadt").
      const [signer, street] = line.raw.trim().split(/\s*,\s*/);
      if (signer && street && PERSON_WITH_TITLE.test(signer) && STREET_WITH_NUMBER.test(` ${street}`)) {
        return { value: signer, source: sourceOf(line, 0, signer.length), rule: 'Unterschrift' };
      }
      if (/^(i\. ?a\.|i\. ?v\.|gez\.|im auftrag)/.test(line.folded)) {
        const name = line.raw.replace(/^(i\.\s?A\.|i\.\s?V\.|gez\.|im Auftrag)\s*/i, '').trim();
        if (name.length > 3) return { value: cleanName(name), source: sourceOf(line, 0, line.raw.length), rule: 'Unterschrift' };
        continue;
      }
      if (looksLikeName(line, organisation) && line.words.length <= 5 && !/[.!?]$/.test(line.raw)) {
        return { value: firstOfCouple(cleanName(line.raw)), source: sourceOf(line, 0, line.raw.length), rule: 'Unterschrift' };
      }
    }
  }
  return undefined;
}

const SUBJECT_LABEL = /^[^A-Za-z0-9ÄÖÜäöü]*(b[ec]tr[ec]ff|b[ec]tr\.?|b[ec]trifft|bzgl\.?|subject|thema)(?![a-zäöüß])\s*[:.]?\s*/i;

/** "… Musterstadt, den 25.01.2027" / "… Nordheim, 3. Februar 2027" at the end of a subject line;
 *  not a matter dated by its day ("… Sommerfest am Sonntag, 5. Juli 2026") nor a period ("…
 *  Unterbringung von Fundtieren, 1. Quartal 2027"). */
const TRAILING_PLACE_DATE = /(?<!\b(?:am|vom|bis|zum|ab|seit))\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b)[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.-]+(?:[ -][A-ZÄÖÜ][A-Za-zÄÖÜäöüß.-]+)?,\s*(?:den\s+)?\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4})$/;

/** A title with the information block set beside it in a column of a text layer ("RECHNUNG
 *  ⟨wide gap⟩ Nr. R-27-1476", "Jahresverbrauchsabrechnung 2026/2027 ⟨gap⟩ Kundennummer …"): the
 *  column's labelled numbers and dates are no part of the subject. */
function infoColumnBeside(line: Line): { at: number; word: number } | undefined {
  const column = line.textColumn;
  if (!column) return undefined;
  const title = line.raw.slice(0, line.rawStarts[column.word] ?? line.raw.length).replace(SUBJECT_LABEL, '');
  const beside = line.folded.slice(line.foldedStarts[column.word] ?? line.folded.length);
  if (!/[a-zäöüß]{3}/i.test(title) || /:\s*$/.test(title)) return undefined;
  // … nor is the letter's date set alone beside the title ("RECHNUNG Nr. W-12 ⟨gap⟩ 12. Juli 2029").
  const bareDate = /^(den )?\d{1,2}\.\s?(\d{1,2}\.\s?\d{2,4}|[a-z]{3,9}\.? \d{4})$/.test(beside.trim());
  return /^[a-z.-]*(nr|nummer|datum|zeichen)\b/.test(beside) || bareDate ? column : undefined;
}

export function extractSubject(letter: Letter): Found<string> | undefined {
  const lines = letter.subjectLines.map((i) => letter.lines[i]).filter((line): line is Line => line !== undefined);
  if (lines.length === 0) return undefined;
  const column = infoColumnBeside(lines[0]!);
  // The information block's further rows, indented to its column, are no part of the title.
  const titleLines = column === undefined ? lines : [lines[0]!, ...lines.slice(1).filter((line) => (line.textIndent ?? 0) < column.at - 2)];
  const parts = titleLines.map((line, i) => {
    const label = i === 0 ? SUBJECT_LABEL.exec(line.raw) : null;
    const start = label ? label[0].length : 0;
    const end = i === 0 && column !== undefined ? (line.rawStarts[column.word] ?? line.raw.length) : line.raw.length;
    return { text: line.raw.slice(start, end).trim(), source: sourceOf(line, start, end) };
  });
  let value = parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
  // A stray sign OCR read before or after the line ("\"Antrag auf …", "… Zusatzurlaub |"); a
  // quotation mark only when the subject does not close it.
  value = value.replace(/^[_~|:;.,•·-]+\s*/, '').replace(/\s*[_~|•·]+$/, '');
  if (/^["„“”']/.test(value) && !/["“”'].*$/.test(value.slice(1))) value = value.slice(1).trim();
  // A text layer without word positions runs the date column into the title's row ("Rechnung
  // Nr. 0127-031   Musterstadt, den 25.01.2027"): place and date are the letter's date, not its subject.
  const dateColumn = TRAILING_PLACE_DATE.exec(value);
  if (dateColumn && dateColumn.index >= 3) value = value.slice(0, dateColumn.index).trim();
  if (value.length < 3) return undefined;
  return { value, source: mergeSources(parts.map((p) => p.source)), rule: 'Betreffzeile' };
}
