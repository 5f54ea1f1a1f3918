// Department detection, strongest evidence first (DESIGN.md): a department code in a reference,
// an IT routing rule, the department line of the recipient address, the subject, then the
// type's default from the config. Only the config names departments: codes, keywords, rules.
import type { Config, RoutingRule } from '../../electron/contract/config.ts';
import type { DocumentType } from '../../electron/contract/domain.ts';
import { escapeRegExp, foldLine, foldText, fuzzyEquals, tokenize } from '../extract/normalize.ts';
import { namesOrganisation, organisationTokens, type Letter, type Line } from '../extract/layout.ts';
import { referenceLines } from '../extract/references.ts';

export type DepartmentSource = 'reference' | 'rule' | 'address' | 'salutation' | 'subject' | 'type-default' | 'none';

export interface DepartmentDecision {
  department: string | null;
  source: DepartmentSource;
  /** 0..1: how sure this source usually is. */
  certainty: number;
  message: string;
  rule?: RoutingRule;
}

// How often each source names the right department, measured on development letters (generator
// seed 2 and the OCR cache of the evaluation corpus, never tuned on single letters): a code in a
// reference almost never misleads; a department named in the address is the addressee's choice;
// the type default holds unless stronger evidence is missing by OCR damage. The salutation (an
// office holder addressed by title) is set like the subject, not measured: too few letters use it.
const CERTAINTY: Record<DepartmentSource, number> = {
  reference: 0.99, rule: 0.97, address: 0.97, salutation: 0.93, subject: 0.93, 'type-default': 0.95, none: 0.5,
};
/** A code in the reference and another code printed in the address ("Finanzservice (1.40)" over
 *  "Ihr Zeichen: 9.50.30-…"): letter writers label such mail either way, so it goes to review
 *  (below the routing threshold) instead of out to either desk unseen. */
const CONFLICTING_CODES = 0.75;

/** Who legally represents the city ("Stadt X, vertreten durch den Oberbürgermeister", "vertr.
 *  d. d. OB") is a formula of court and lawyers' mail, not the unit the letter is for. OCR reads
 *  its e as c and its h as b ("vcrtreten durcb"): the formula is still no department. */
const REPRESENTATION = /\b(gesetzlich |rechtlich )?(v[ec]rtr[ec]t[ec]n|v[ec]rtr\.?) ?(d[u][rn][ce][hb]\b|d\. ?d\.|d\.)[^,;]*/g;
/** "Der Oberbürgermeister" on a line of its own is the name of the authority (Behördenbezeichnung)
 *  under which mail to the administration is addressed: a department line may follow it ("Der
 *  Oberbürgermeister / Fachbereich Recht"). Alone it names his office only as weakly as a
 *  salutation does: for a letter without a default desk (an invitation), not for a summons or a
 *  bill, whose desk the type knows. "Herrn Oberbürgermeister", "Büro des …" name the office. */
const AUTHORITY_NAME = /^[\s\-–—]*(der|die) (ober)?buergermeister(in)?\b[\s\-–—]*((der|des) (stadt|gemeinde) [^,;]*)?[\s\-–—]*$/;

/** "Der Bürgermeister" is also how circulars and other authorities address the whole city (the
 *  Behördenbezeichnung over "Markt 1"), whatever desk the matter is for: a guess for the mailroom
 *  to confirm, below the routing threshold. */
const AUTHORITY_ONLY = 0.8;

/** Header fields of an e-mail printout: a copy (Cc), the sender, the subject name no recipient. */
const MAIL_FIELD = /^\s*(von|from|cc|bcc|kopie|betreff|subject|gesendet|sent|datum|date|anlagen?|anhang|attachments?)\s*:/;

function recipientLine(raw: string): string {
  const folded = foldLine(raw).replace(REPRESENTATION, '');
  return AUTHORITY_NAME.test(folded.trim()) || MAIL_FIELD.test(folded) ? '' : folded;
}

/** The first line of an address that names the person or office addressed ("Herrn
 *  Oberbürgermeister", "Frau Dr. Lange", "z. Hd. …", "An den …"). */
const ADDRESSEE_LINE = /^\s*(herrn?|frau|z\. ?hd\.?|zu h(ae|ä)nden|an (den|die|das))\s/i;
/** How many such lines may stand above the organisation's line. */
const ADDRESSEE_LINES_ABOVE = 2;

/**
 * Where the address starts with the person or office addressed ("Herrn Oberbürgermeister /
 * Dr. X / Stadt Musterstadt / …"), the layout may begin the block at the organisation's line
 * and leave the lines above it to the letterhead. Lines directly above the block (no gap) are
 * the recipient's when the first of them is such an addressee line.
 */
function addresseeLinesAbove(letter: Letter, start: number): Line[] {
  let first = start;
  for (let i = start - 1; i >= Math.max(0, start - ADDRESSEE_LINES_ABOVE); i--) {
    const line = letter.lines[i];
    const below = letter.lines[i + 1];
    if (!line || !below || below.gapBefore || line.page !== below.page || line.zone !== 'letterhead') break;
    if (ADDRESSEE_LINE.test(line.raw)) first = i;
  }
  return letter.lines.slice(first, start);
}

/** The address block's lines without the representation formula and the authority's name. */
function addressLines(letter: Letter): string[] {
  if (!letter.address) return [];
  return [...addresseeLinesAbove(letter, letter.address.start), ...letter.lines.slice(letter.address.start, letter.address.end + 1)]
    .map((l) => recipientLine(l.raw));
}

/** The lines of the letter head: before the subject or the salutation on the first page. */
function headLines(letter: Letter): Line[] {
  const firstPage = letter.lines[0]?.page ?? 0;
  const end = Math.min(letter.subjectLines[0] ?? Infinity, letter.salutation ?? Infinity, 25);
  return letter.lines.filter((line) => line.page === firstPage && line.index < end);
}

/** The recipient of an e-mail printout ("An: bauaufsicht@stadt.de"): copies (Cc) are not for it. */
const MAIL_TO = /^\s*(an|to|empfaenger)\s*:\s*(\S.*)$/;

/** The "An:" lines of an e-mail printout's head, as words ("rechnungseingang@…"). */
function mailRecipients(letter: Letter): string[] {
  return headLines(letter).map((line) => MAIL_TO.exec(foldLine(line.raw))?.[2]).filter((to): to is string => !!to).map(addressWords);
}
const POSTCODE = /\b\d{5}\b/;
/** The sender and date lines of an e-mail printout's header. */
const MAIL_HEADER = /^\s*(von|from|gesendet|sent|datum|date)\s*:/;
/** A line that is one e-mail address and nothing else. OCR may double a dot of the domain or set
 *  a space beside it ("wachleitung@feuerwehr-stadt.. example"). */
const BARE_ADDRESS = /^\s*[a-z0-9][\w.+-]*@[a-z0-9-]+( ?\.{1,2} ?[a-z0-9-]+)+\s*$/;
/** "bauaufsicht.stadt@…" → "bauaufsicht stadt@…": the words of an address's local part, for the keywords. */
const addressWords = (address: string) => address.replace(/[._-]+(?=[^@]*@)/g, ' ');
/** The label of the party a court form is served on: the debtor of a Mahnbescheid, the third-party
 *  debtor of a garnishment, the defendant. */
const PARTY_LABEL = /^\s*(?:antragsgegner(?:in)?|drittschuldner(?:in)?|beklagte[rn]?)\b\s*:?\s*(?<rest>.*)$/;
/** The next field of the form ("Antragsteller:", "Prozessbevollmächtigter:") ends the party's block. */
const FIELD_LABEL = /^\s*[a-z.-]+( [a-z.-]+){0,3}\s*:/;
const FORM_RECIPIENT = /^\s*(zustaendige|empfangende|bearbeitende)r? (stelle|dienststelle|abteilung|behoerde|fachbereich|organisationseinheit)\s*(:|\s{2,})\s*(\S.*)$/;

/**
 * Who else the head of a letter names as its recipient when the address block does not name a
 * department: the "An:" line of an e-mail printout, and a block of lines that starts with the
 * city itself ("Stadt X" / "Jugend und Familie" / … / "12345 X") or one line that names the city
 * with a department ("Stadt X · Immobilienservice · Markt 1 · 12345 X" on the city's own form).
 * The layout may have taken another line that names the city for the address (a sender "Grundschule
 * der Stadt X" in the letterhead); mail to the city is for the department its recipient lines name.
 */
function otherRecipientLines(letter: Letter, organisation: string): string[][] {
  const blocks: string[][] = [];
  const head = headLines(letter);
  for (const line of head) {
    const mail = MAIL_TO.exec(foldLine(line.raw));
    if (mail?.[2]) blocks.push([addressWords(mail[2])]);
  }
  // The scanner may lose the label of the "An:" line: in an e-mail's header (Von:, Gesendet:)
  // without any "An:", a line that holds nothing but an address is that recipient's.
  if (!head.some((line) => MAIL_TO.test(foldLine(line.raw))) && head.some((line) => MAIL_HEADER.test(foldLine(line.raw)))) {
    for (const line of head) {
      const folded = foldLine(line.raw);
      if (BARE_ADDRESS.test(folded)) blocks.push([addressWords(folded.trim())]);
    }
  }
  // An online form names the unit it was submitted to in a field of its own ("Zuständige Stelle:
  // Friedhofsverwaltung"), anywhere on its first page: the form has no address block.
  const firstPage = letter.lines[0]?.page ?? 0;
  for (const line of letter.lines.filter((l) => l.page === firstPage).slice(0, 40)) {
    const field = FORM_RECIPIENT.exec(foldLine(line.raw));
    if (field?.[4]) blocks.push([field[4]]);
  }
  for (const [i, line] of head.entries()) {
    const folded = foldLine(line.raw);
    if (letter.address && line.index >= letter.address.start && line.index <= letter.address.end) continue;
    if (folded.split(' ').length > 12 || !namesOrganisation(folded, organisation)) continue;
    const block = [recipientLine(line.raw)];
    for (const next of head.slice(i + 1, i + 7)) {
      if (POSTCODE.test(line.raw) && block.length === 1) break;
      if (next.gapBefore || next.raw.split(/\s+/).length > 8) break;
      block.push(recipientLine(next.raw));
      if (POSTCODE.test(next.raw)) break;
    }
    blocks.push(block);
  }
  // Without an address block (no line names the city itself: "Herrn Stadtbrandmeister / Jens Pohl /
  // Feuerwache Musterstadt / Florianweg 2 / 12345 Musterstadt"), a block in the head that starts with
  // the person or office addressed and ends with a postcode line in the city's town is the recipient's.
  if (!letter.address) {
    const townTokens = organisationTokens(organisation);
    for (const [i, line] of head.entries()) {
      if (!line.gapBefore || line.zone === 'returnAddress' || !ADDRESSEE_LINE.test(line.raw)) continue;
      const block: Line[] = [line];
      for (const next of head.slice(i + 1, i + 7)) {
        if (next.gapBefore || next.page !== line.page) break;
        block.push(next);
        if (POSTCODE.test(next.raw)) break;
      }
      const last = block[block.length - 1];
      if (block.length < 3 || !last || !POSTCODE.test(last.raw) || townTokens.length === 0) continue;
      if (townTokens.every((token) => foldLine(last.raw).includes(token))) blocks.push(block.map((l) => recipientLine(l.raw)));
    }
  }
  // A court form served on the city names it as a party ("Antragsgegner: / Stadt X / Finanzservice
  // – Stadtkasse / …", "Drittschuldnerin: Stadt X, …") wherever the form puts that block: below
  // the court's head, a receipt stamp or a title that the layout may have taken for the subject.
  const firstLines = letter.lines.filter((l) => l.page === firstPage).slice(0, 40);
  for (const [i, line] of firstLines.entries()) {
    const party = PARTY_LABEL.exec(foldLine(line.raw));
    if (!party) continue;
    const rest = party.groups?.rest?.trim() ?? '';
    const startsAt = rest ? i : i + 1;
    const first = firstLines[startsAt];
    if (!first || (!rest && first.gapBefore) || !namesOrganisation(rest || foldLine(first.raw), organisation)) continue;
    const block = [recipientLine(rest || first.raw)];
    for (const next of firstLines.slice(startsAt + 1, startsAt + 6)) {
      if (POSTCODE.test(block[block.length - 1] ?? '') || next.gapBefore || FIELD_LABEL.test(foldLine(next.raw))) break;
      block.push(recipientLine(next.raw));
    }
    blocks.push(block);
  }
  return blocks;
}

/** The department named in an address block. Its lines go from the general to the specific
 *  ("Stadt X" / "Der Oberbürgermeister" / "Fachbereich Recht" / "z. Hd. …"): the last line that
 *  names a department wins, within a line the longest name. */
function addressDepartment(lines: string[], config: Config): { code: string; keyword: string } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const found = keywordDepartment(line, config) ?? compoundDepartment(line, config);
    // "z. Hd. Fuhrparkverantwortliche/r" under "Fachbereich Soziales": a role inside the
    // department above, named by a compound that only starts with another department's keyword.
    if (found && ATTENTION.test(line) && new RegExp(`${escapeRegExp(foldLine(found.keyword))}[a-z]`).test(foldText(line))
      && lines.slice(0, i).some((above) => keywordDepartment(above, config))) continue;
    // "An den Personalservice / über Leitung Bauhof": the official channel (Dienstweg) an
    // employee's letter passes through is not the desk it is for, when another line names that.
    if (found && VIA.test(line) && lines.some((other, j) => j !== i && !VIA.test(other) && keywordDepartment(other, config))) continue;
    // "Soziales / – Hilfe zur Gesundheit –": a section set between dashes under a department, or
    // named after the benefit it grants, is a part of that department; a department's keyword
    // inside its name ("… zur Gesundheit") does not name another one. A section that starts with
    // the keyword ("– Steuerabteilung –", "– Betreuungsbehörde –") is that unit.
    if (found && SECTION.test(line) && !sectionNamed(line, found.keyword) && lines.slice(0, i).some((above) => keywordDepartment(above, config))) continue;
    if (found) return found;
  }
  return undefined;
}
/** A line that is one compound ending in a department's one-word name ("Hauptfeuerwache",
 *  "Zentralbetriebshof"): the building or unit of that department. Long names only (eight letters
 *  or more), so that a chance ending of another word cannot name one. */
function compoundDepartment(line: string, config: Config): { code: string; keyword: string } | undefined {
  const word = foldText(line).trim();
  if (!/^[a-z]{10,}$/.test(word)) return undefined;
  const entries = config.departments.flatMap((d) => [d.name, ...d.keywords].map((keyword) => ({ code: d.code, keyword })))
    .filter(({ keyword }) => /^[a-z]{8,}$/.test(foldLine(keyword)))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  return entries.find(({ keyword }) => word.endsWith(foldLine(keyword)) && word.length > foldLine(keyword).length);
}
/** "– Hilfe zur Gesundheit –": a section title set between dashes (which OCR may drop), or one
 *  named after a benefit of social law ("Hilfe zur Pflege", "Hilfen zum Lebensunterhalt"). */
const SECTION = /^\s*([-–—]\s*[^-–—\d]+[-–—]|[-–—]?\s*hilfen? zu[rm]\s.*)\s*$/i;
/** The section's name starts with the keyword (after a unit word such as "Fachdienst"). */
function sectionNamed(line: string, keyword: string): boolean {
  const name = foldText(line).replace(/^[\s\-–—]+/, '').replace(/^((fach)?(bereich|dienst|abteilung|amt|gebiet)|sachgebiet|referat|team|stelle) /, '');
  return name.startsWith(foldLine(keyword));
}
/** "über …", "auf dem Dienstweg über …": the unit a letter passes through on its way. */
const VIA = /^\s*(über|ueber|via|auf dem dienstweg( über| ueber)?)\s/i;
/** "z. Hd.", "zu Händen", "Attn.": the person or role the letter is for. */
const ATTENTION = /^\s*(z\. ?hd\.?|zu h(ae|ä)nden|attn\.?|attention)\s/i;

/** A department code at the start of a reference value: "1.40-123/24", "Az.: 6.30.12/2024".
 *  Longest codes first, so 3.10.20 wins over a hypothetical 3.10; OCR commas are accepted. */
export function findDepartmentCode(text: string, codes: string[]): { code: string; index: number } | undefined {
  let best: { code: string; index: number } | undefined;
  for (const code of codes) {
    const pattern = new RegExp(`(?<![0-9.,])${code.split('.').map(escapeRegExp).join('\\s?[.,]\\s?')}(?![0-9])`, 'g');
    for (const m of text.matchAll(pattern)) {
      // Dates like "1.10.2024" or "1.10.24" merely start with a code; "6.30.12/2024" is a sub-file.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^[.,](19|20)\d{2}(?!\d)/.test(after) || /^[.,]\d{2}(?![\d/\-.])/.test(after)) continue;
      if (!best || m.index < best.index || (m.index === best.index && code.length > best.code.length)) best = { code, index: m.index };
      break;
    }
  }
  return best;
}

function keywordPattern(keyword: string): RegExp {
  return new RegExp(`(^|[^a-z])${escapeRegExp(foldLine(keyword))}`, 'i');
}

function keywordDepartment(text: string, config: Config): { code: string; keyword: string } | undefined {
  const folded = foldText(text);
  // Longest keyword first: "Steuern und Abgaben" beats "Abgaben", "Büro des Oberbürgermeisters" beats "Bürgermeister".
  const entries = config.departments.flatMap((d) => [d.name, ...d.keywords].map((keyword) => ({ code: d.code, keyword })))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  for (const entry of entries) {
    if (keywordPattern(entry.keyword).test(folded)) return entry;
  }
  return undefined;
}

/** A department named in the address block with OCR damage ("Gebaudemanaaement"): long one-word
 *  names only, whose fuzzy match cannot be another word of an address (names, streets, towns).
 *  A name of several words ("Jugend und Farnilie") is matched word by word in sequence: its
 *  words of six letters or more may be misread, the short ones must stand as they are, and the
 *  whole name must be long enough not to be a chance phrase. */
function fuzzyKeywordDepartment(text: string, config: Config): { code: string; keyword: string } | undefined {
  const all = tokenize(foldText(text));
  const tokens = all.filter((token) => token.length >= 9);
  for (const d of config.departments) {
    for (const keyword of [d.name, ...d.keywords]) {
      const folded = foldLine(keyword);
      if (folded.replace(/[^a-z]/g, '').length < 10) continue;
      if (/^[a-z]+$/.test(folded)) {
        if (tokens.some((token) => fuzzyEquals(token, folded))) return { code: d.code, keyword };
        continue;
      }
      const words = tokenize(folded);
      if (words.length < 2 || words.join(' ') !== folded) continue;
      const wordMatches = (token: string | undefined, word: string) => token !== undefined && (token === word || (word.length >= 6 && fuzzyEquals(token, word)));
      if (all.some((_, i) => words.every((word, k) => wordMatches(all[i + k], word)))) return { code: d.code, keyword };
      // OCR may lose the space between its words ("Jugend undFamilie"): the same letters over
      // fewer tokens.
      const letters = words.join('');
      if (all.some((_, i) => Array.from({ length: words.length - 1 }, (_, n) => all.slice(i, i + n + 1).join('')).includes(letters))) return { code: d.code, keyword };
    }
  }
  return undefined;
}

/** The keyword by which `text` names the department `code`, if it does. */
function departmentNamedIn(text: string, code: string, config: Config): string | undefined {
  const folded = foldText(text);
  const department = config.departments.find((d) => d.code === code);
  return department ? [department.name, ...department.keywords].find((keyword) => keywordPattern(keyword).test(folded)) : undefined;
}

/** The department the letter's recipient lines name: the address block (exact, then OCR-tolerant),
 *  then the other recipient lines of its head (e-mail "An:", a block starting with the city). */
export function addressedDepartment(letter: Letter, config: Config): { code: string; keyword: string; message: string } | undefined {
  if (letter.address) {
    const lines = addressLines(letter);
    const found = addressDepartment(lines, config);
    if (found) return { ...found, message: `Anschrift nennt »${found.keyword}« (${found.code})` };
    const fuzzy = fuzzyKeywordDepartment(lines.join('\n'), config);
    if (fuzzy) return { ...fuzzy, message: `Anschrift nennt »${fuzzy.keyword}« (${fuzzy.code}, unscharf erkannt)` };
  }
  for (const block of otherRecipientLines(letter, config.organisation)) {
    const found = addressDepartment(block, config);
    if (found) return { ...found, message: `Empfänger nennt »${found.keyword}« (${found.code})` };
  }
  return undefined;
}

export function matchRoutingRule(text: string, rules: RoutingRule[]): RoutingRule | undefined {
  const folded = foldText(text);
  return rules.find((rule) => {
    const pattern = new RegExp(rule.pattern, 'iu');
    return pattern.test(text) || pattern.test(folded);
  });
}

/**
 * A file number the running text quotes in the middle of a sentence ("… der Bescheid vom 01.02.
 * (Az. des Bauamts 6.30-…) ist Gegenstand …") names the file of another unit or an earlier step,
 * not the desk the letter is for: the letter's own references stand in its head (the reference
 * row, the info block) or start a line of their own. Only lines after the salutation whose label
 * follows other words are skipped; the address block and the subject still decide.
 */
function quotedInText(letter: Letter, line: Line, labelIndex: number): boolean {
  if (parenthesisedInSentence(letter, line, labelIndex)) return true;
  if (letter.salutation === undefined || line.index <= letter.salutation) return false;
  if (letter.subjectLines.includes(line.index)) return false;
  return /[a-zäöüß0-9]/i.test(line.raw.slice(0, labelIndex));
}

/**
 * "… erteilte Baugenehmigung vom 12.11.2030 / (Az. der Bauaufsicht: 6.30-…) für die Errichtung …":
 * a file number set in parentheses on a line that carries on the sentence of the line above names
 * the file of what the sentence is about (the contested permit), also in a court letter without a
 * salutation. The letter's own reference stands in its head or on a line of its own.
 */
function parenthesisedInSentence(letter: Letter, line: Line, labelIndex: number): boolean {
  if (!/^\s*\($/.test(line.raw.slice(0, labelIndex)) || line.gapBefore || line.zone !== 'body') return false;
  if (letter.subjectLines.includes(line.index) || (letter.address && line.index <= letter.address.end)) return false;
  const above = letter.lines[line.index - 1];
  if (!above || above.page !== line.page || above.zone !== 'body') return false;
  // The line above is running text that the parenthesis interrupts: words, no closing colon or full stop.
  return above.raw.trim().split(/\s+/).length >= 6 && !/[:.]\s*$/.test(above.raw);
}

/** Lines of the first page's head that the layout left to the letterhead or the address (a
 *  form's buyer column among them), as recipient lines. */
const HEAD_RECIPIENT_LINES = 30;
function headRecipientLines(letter: Letter): string[] {
  const firstPage = letter.lines[0]?.page ?? 0;
  return letter.lines.filter((line) => line.page === firstPage && line.index < HEAD_RECIPIENT_LINES && (line.zone === 'letterhead' || line.zone === 'address'))
    .map((line) => recipientLine(line.raw));
}

/** Offices of other towns' structure that span several departments here: the "Ordnungsamt" also
 *  hears building complaints, the "Kämmerei" also levies the Gewerbesteuer. Addressed alone, they
 *  name the nearest department only for mail whose type has no desk of its own (an application, a
 *  notice); a tax or building letter sent there goes to the desk of its type. */
const UMBRELLA_OFFICE = /^(ordnungsamt|kaemmerei|stadtkaemmerei)$/;

/** The departments a letterhead line of the city itself names as the sender ("Stadt Musterstadt ·
 *  9.40.20 Immobilienservice · Markt 1"): lines above the address block only. */
function senderUnitCodes(letter: Letter, config: Config): string[] {
  if (!letter.address) return [];
  const start = letter.address.start;
  const codes = config.departments.map((d) => d.code);
  return letter.lines.filter((line) => line.index < start && line.page === letter.lines[start]?.page && namesOrganisation(foldLine(line.raw), config.organisation))
    .flatMap((line) => [findDepartmentCode(line.raw, codes)?.code, keywordDepartment(line.raw, config)?.code])
    .filter((code): code is string => code !== undefined);
}

/** Payment mail: booked by the desk the type's default names. */
const PAYMENT: ReadonlySet<DocumentType> = new Set(['invoice', 'reminder']);
/** The invoice intake itself, not merely the finance department (folded address line). */
const INVOICE_DESK = /(^|[^a-z])(rechnungseingang|rechnungseingangsstelle|kreditorenbuchhaltung)([^a-z]|$)/;

/** Types whose default department conducts the proceedings, whatever their subject matter. */
const PROCEEDINGS: ReadonlySet<DocumentType> = new Set(['court', 'fine']);

/** The division a code belongs to ("5.20" → "5"): subjects may refine a default within it. */
function division(code: string): string {
  return code.split('.')[0] ?? code;
}

/** A department code in the letter's file reference: the extracted value, then the head's
 *  reference rows. */
function referenceDepartment(letter: Letter, codes: string[], reference: string | undefined): DepartmentDecision | undefined {
  const referenceCode = reference ? findDepartmentCode(reference, codes) : undefined;
  // Only a code that starts the file number: "AZ 86.76-1.40/24" names no department.
  if (referenceCode && reference && /^[^0-9]{0,4}$/.test(reference.slice(0, referenceCode.index))) {
    return { department: referenceCode.code, source: 'reference', certainty: CERTAINTY.reference, message: `Abteilungscode ${referenceCode.code} im Zeichen »${reference}«` };
  }
  for (const line of referenceLines(letter)) {
    const label = /(ihr(e)?\s*(zeichen|az)|aktenzeichen|az[.:]|gesch(ae|ä)ftszeichen|zeichen\s*:|unser(e)?\s*zeichen|gz[.:])/i.exec(line.raw);
    const from = label ? label.index : 0;
    if (quotedInText(letter, line, from)) continue;
    const found = findDepartmentCode(line.raw.slice(from), codes);
    if (found) return { department: found.code, source: 'reference', certainty: CERTAINTY.reference, message: `Abteilungscode ${found.code} im Zeichen »${line.raw.trim()}«` };
  }
  return undefined;
}

/**
 * `reference` is the extracted file reference: the extractor reads values below their labels in
 * an information block and repairs OCR damage to separators ("_1:40-FM" → "1.40-FM"), which the
 * raw label lines below cannot show.
 */
export function decideDepartment(letter: Letter, type: DocumentType, config: Config, rule: RoutingRule | undefined, reference?: string): DepartmentDecision {
  if (type === 'advertising') return { department: null, source: 'none', certainty: 0.95, message: 'Werbung: keine Abteilung (Verwerfliste)' };
  const codes = config.departments.map((d) => d.code);
  // Payment mail addressed to the invoice intake itself ("Finanzservice – Rechnungseingang") is
  // booked there: the ordering unit's code in "Ihr Zeichen" names who ordered, not who pays.
  const payDesk = PAYMENT.has(type) ? config.documentTypes[type]?.department ?? null : null;
  // An e-mail printout's "An:" line is its address (a copy, "Cc:", is for information only).
  const recipientLinesOf = [...addressLines(letter), ...mailRecipients(letter)];
  // An address that names the department together with its code ("Finanzservice (1.40)") is as
  // explicit as a code in a reference. When the two disagree (the bill, the dunning charges objected
  // to, the grant instalment called quote another unit's file), the order of evidence keeps the
  // reference, but which desk the letter is for is then the mailroom's call: see CONFLICTING_CODES.
  const addressed = addressedDepartment(letter, config);
  const codeInAddress = addressed !== undefined && addressLines(letter).some((line) => findDepartmentCode(line, [addressed.code]) !== undefined);
  const namesPayDesk = (line: string) => INVOICE_DESK.test(line) && keywordDepartment(line, config)?.code === payDesk;
  const skipReference = payDesk !== null && recipientLinesOf.some(namesPayDesk);
  // A bill's seller/buyer columns ("Verkäufer: … | Käufer: Stadt X / Finanzservice –
  // Rechnungseingang") may be read line by line into the head, and the delivery place under them
  // ("Lieferort: Stadt X, Bauhof, …") taken for the address: the invoice intake named in the head
  // is still whom the bill is for, the delivery place only where the goods went.
  const deskInHead = payDesk !== null && !skipReference && headRecipientLines(letter).some(namesPayDesk);
  if (!skipReference && !deskInHead) {
    const byReference = referenceDepartment(letter, codes, reference);
    // Internal mail ("Stadt X · 9.40.20 Immobilienservice · Markt 1" over "An 1.30 Recht"): the
    // sender's own code in its Aktenzeichen names who writes; the unit addressed is who reads.
    const internalFromOwnUnit = byReference !== undefined && addressed !== undefined && addressed.code !== byReference.department
      && senderUnitCodes(letter, config).includes(byReference.department ?? '');
    if (byReference && !internalFromOwnUnit && codeInAddress && addressed && byReference.department !== addressed.code) {
      return { ...byReference, certainty: CONFLICTING_CODES, message: `${byReference.message}; die Anschrift nennt aber ${addressed.code}: bitte prüfen` };
    }
    if (byReference && !internalFromOwnUnit) return byReference;
  }
  if (rule?.department) return { department: rule.department, source: 'rule', certainty: CERTAINTY.rule, message: `Routing-Regel »${rule.id}«${rule.description ? ` (${rule.description})` : ''}`, rule };
  if (deskInHead && payDesk) {
    return { department: payDesk, source: 'address', certainty: CERTAINTY.address, message: `Käuferangabe nennt den Rechnungseingang (${payDesk})` };
  }
  const typeDefault = config.documentTypes[type]?.department ?? null;
  const umbrellaOnly = addressed !== undefined && UMBRELLA_OFFICE.test(foldLine(addressed.keyword)) && typeDefault !== null && typeDefault !== addressed.code;
  if (addressed && !umbrellaOnly) return { department: addressed.code, source: 'address', certainty: CERTAINTY.address, message: addressed.message };
  // The salutation names an office when the letter is for its holder ("Sehr geehrter Herr
  // Oberbürgermeister", "Sehr geehrte Damen und Herren der Bußgeldstelle"), e.g. in an e-mail
  // without an address block. Like the subject it may only refine the type's default.
  const salutationText = letter.salutation !== undefined ? letter.lines[letter.salutation]?.raw ?? '' : '';
  const authorityText = letter.address ? letter.lines.slice(letter.address.start, letter.address.end + 1)
    .map((l) => foldLine(l.raw)).find((line) => AUTHORITY_NAME.test(line.trim())) : undefined;
  const bySalutation = salutationText ? keywordDepartment(salutationText, config) : undefined;
  const addressee = bySalutation ?? (authorityText ? keywordDepartment(authorityText, config) : undefined);
  if (addressee && (!typeDefault || division(addressee.code) === division(typeDefault))) {
    return { department: addressee.code, source: 'salutation', certainty: bySalutation ? CERTAINTY.salutation : AUTHORITY_ONLY, message: `${bySalutation ? 'Anrede' : 'Anschrift (Behördenname)'} nennt »${addressee.keyword}« (${addressee.code})` };
  }
  const subjectText = letter.subjectLines.map((i) => letter.lines[i]?.raw ?? '').join('\n');
  // A subject that names the default's own department confirms it, whatever else it names
  // ("Bewerbung … Ihre Ausschreibung" is for the personnel desk, not for procurement).
  const confirmed = typeDefault && subjectText ? departmentNamedIn(subjectText, typeDefault, config) : undefined;
  if (typeDefault && confirmed) {
    return { department: typeDefault, source: 'type-default', certainty: CERTAINTY['type-default'], message: `Standardabteilung der Dokumentart (${typeDefault}), Betreff nennt »${confirmed}«` };
  }
  const subject = subjectText ? keywordDepartment(subjectText, config) : undefined;
  // A subject keyword decides when the type has no default; otherwise it may only refine the
  // default within the same division (social 5.10 → youth 5.20), so "Rechnung Winterdienst"
  // still goes to the invoice desk and not to the Bauhof. Proceedings (court, fine) go to the
  // desk that conducts them whatever they are about: the subject of a lawsuit "wegen
  // Gewerbesteuer" or of a hearing "Parken in der Feuerwehrzufahrt" names the matter, not the desk.
  if (subject && !PROCEEDINGS.has(type) && (!typeDefault || division(subject.code) === division(typeDefault))) {
    return { department: subject.code, source: 'subject', certainty: CERTAINTY.subject, message: `Betreff nennt »${subject.keyword}« (${subject.code})` };
  }
  if (typeDefault) return { department: typeDefault, source: 'type-default', certainty: CERTAINTY['type-default'], message: `Standardabteilung der Dokumentart (${typeDefault})` };
  return { department: null, source: 'none', certainty: CERTAINTY.none, message: 'keine Abteilung erkennbar: die Poststelle entscheidet' };
}
