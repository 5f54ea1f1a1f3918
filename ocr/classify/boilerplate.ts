// Standard text that says nothing about what a letter is: data-protection notices (Art. 13 DSGVO),
// terms and conditions (AGB), remedy instructions (Rechtsbehelfsbelehrung), page furniture
// ("Seite 2 von 3", the letterhead and footer repeated on every page) and payment boilerplate.
// A clerk skips it; so do the rules (it weighs little) and the model (it never sees it): a
// "Widerspruchsrecht gegen die Verarbeitung" in a privacy notice is no objection, "Angebote sind
// freibleibend" in the AGB of a sales letter no offer.
//
// Works on lines of text (raw or folded), so the letter's lines (rules) and flat texts (the model's
// training and prediction) are treated alike.
import { foldLine } from '../extract/normalize.ts';

/** A heading that opens a block of standard text; the block runs to the next closing formula
 *  (a remedy instruction stands before the signature) or to the end of the letter. */
const SECTION_HEADING = new RegExp([
  '^[^a-z]{0,6}(',
  'hinweise? (zu[mr]?|ueber die|fuer die) (verarbeitung|datenschutz|erhebung)',
  '|datenschutz ?(hinweis|erklaerung|information|grundverordnung)',
  '|informationen? (zu[mr]?|ueber den|nach) (datenschutz|art)',
  '|informationspflichten? nach',
  '|pflichtinformationen? nach',
  '|allgemeine (geschaefts|liefer|verkaufs|einkaufs|vertrags|zahlungs|miet|leistungs)',
  '|agb\\b',
  '|rechtsbehelfsbelehrung|rechtsmittelbelehrung|widerrufsbelehrung|belehrung ueber',
  '|hinweise? zum widerrufsrecht',
  ')',
].join(''));

/** The start of a closing formula or a salutation: standard text before it has ended. */
const SECTION_END = /^(mit freundlichen gruessen|mit freundlichem gruss|freundliche gruesse|hochachtungsvoll|viele gruesse|beste gruesse|sehr geehrte|guten tag)/;

/** Sentences of standard text, wherever they stand. */
const BOILERPLATE_LINE = new RegExp([
  // data protection
  'widerspruchsrecht|dsgvo|ds-gvo|datenschutz-?grundverordnung|datenschutzbeauftragte|personenbezogene(n|r)? daten',
  '|aufsichtsbehoerde fuer den datenschutz|profiling|berichtigung, loeschung|einschraenkung der verarbeitung',
  '|aufbewahrungsfristen|automatisierte entscheidungsfindung|art\\. ?(6|13|14|15|21) (abs|ds)',
  // terms and conditions
  '|gerichtsstand|erfuellungsort|eigentumsvorbehalt|gefahruebergang|salvatorische|bestimmungen unberuehrt',
  '|unwirksam sein|angebote sind freibleibend|preise verstehen sich|maengel sind|lieferfristen sind',
  '|es gilt (das )?deutsche(s)? recht|geltungsbereich:',
  // page furniture, company register
  '|^seite \\d+ ?(von|/) ?\\d+$|^- ?\\d+ ?-$|\\bhrb \\d|\\bhra \\d|registergericht|ust-?id',
  // a foundation's or charity's recognition in its footer ("Anerkannt durch das Innenministerium ·
  // Finanzamt Nordheim, St.-Nr. …"): its legal standing, no authority writing
  '|\\banerkannt (durch|vom|von) (das |dem |die |der )?\\w*(ministerium|regierungspraesidium|landesamt|stiftungsaufsicht|finanzamt)\\b',
  // payment boilerplate
  '|bitte geben sie bei (zahlung|ueberweisung|rueckfragen)|bei (zahlung|ueberweisung|rueckfragen) (bitte )?(stets |immer )?(das|die|den|unbedingt)',
].join(''));

/** Which lines are standard text. `lines` may be raw or folded. */
export function boilerplateMask(lines: readonly string[]): boolean[] {
  const folded = lines.map((line) => foldLine(line));
  const seen = new Set<string>();
  let inSection = false;
  return folded.map((line) => {
    if (inSection && SECTION_END.test(line)) inSection = false;
    // A heading line, or a heading that runs on into its text ("Rechtsbehelfsbelehrung: Gegen …").
    if (SECTION_HEADING.test(line) && (line.length <= 90 || /^[^a-z]{0,6}[a-z -]+:/.test(line))) inSection = true;
    // A line met before (the letterhead and footer on every page, numbered notices repeated).
    const key = line.replace(/^\d+[.,]? /, '').replace(/[^a-z0-9]/g, '');
    const repeated = key.length >= 12 && seen.has(key);
    if (key.length >= 12) seen.add(key);
    return inSection || repeated || BOILERPLATE_LINE.test(line);
  });
}

/** The text without its standard text (for the model). */
export function stripBoilerplate(text: string): string {
  const lines = text.split('\n');
  const mask = boilerplateMask(lines);
  return lines.filter((_, i) => !mask[i]).join('\n');
}
