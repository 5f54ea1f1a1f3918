// Protection need (Schutzbedarf) from content. Asymmetric on purpose: a missed very-high letter in
// an open queue is a data breach, an over-protected one costs a review. So any very-high signal,
// even a weak or fuzzy one, sets `mightBeVeryHigh`; a strong one raises the level itself.
import type { ProtectionLevel } from '../../electron/contract/domain.ts';
import { foldText, fuzzyEquals, tokenize } from '../extract/normalize.ts';

export interface ProtectionSignal {
  id: string;
  level: ProtectionLevel;
  pattern: RegExp;
  label: string;
  /** Weak signals only flag `mightBeVeryHigh`; they do not raise the level. */
  weak?: boolean;
  /** A document every applicant or volunteer presents (CV, certificate of conduct): two of them
   *  are an application's list of enclosures, not doubt about a person that settles upwards
   *  (levelOf); a routine document next to a person's particulars still is. */
  routine?: boolean;
  /** A person's identifier: it names that person in the sender's head as well. */
  identifier?: boolean;
  fuzzy?: string[];
}

export const PROTECTION_SIGNALS: ProtectionSignal[] = [
  // The law's name is the topic, not a person's health, where it names the food-hygiene instruction
  // (Belehrung nach § 43 IfSG, given to anyone working with food; OCR reads »§« as »$«) or stands
  // in a file code.
  // »stationär« is a hospital stay, not a fixed speed camera or a shop (stationärer Handel).
  // The »Gefährdungsbeurteilung psychischer Belastungen« (§ 5 ArbSchG) assesses workplaces, not a
  // person: an employer's duty and an occupational physician's service.
  // A collision with a vehicle (»nach einem Unfall mit einem Lkw«) is a Verkehrsunfall spelt out:
  // like the compound, no hint of anyone's health by itself.
  // A named chronic illness (epilepsy, diabetes, asthma, autism, ADHD, paraplegia) is a diagnosis
  // whoever names it: a parent in an objection, a club for its member.
  { id: 'health', level: 'very-high', label: 'Gesundheitsdaten', pattern: /\bdiagnose|\battest\b|aerztliche(s|n)? (attest|bescheinigung|gutachten)|arbeitsunfaehig|krankmeldung|krankschreibung|arztbrief|befundbericht|\bbefund\b|\banamnese|\bmedikation|\btherapie\b|psychotherap|psychiatr|(?<![§$]{1,2} ?43\s(abs\.? ?\d\s)?)(infektionsschutzgesetz|(?<![-/])\bifsg\b(?![-/]))|erregernachweis|\b[a-tv-z]\d{2}\.\d{1,2}\b|\bicd(-10)?\b|schwanger|entbindung|mutterschutz|krankenhausaufenthalt|aerztliche(r|n)? behandlung|krankengeld|stationaer(?!\w*\s+\w*(anlagen?|geraete?|messstellen?|messungen?|ueberwachung|blitzer|saeulen?|handel|betrieb)\b)|reha(bilitation)?\b|pflegegrad|pflegebeduerftig|suchterkrankung|sucht(behandlung|therapie)|suchtkrank(heit)?\b|(alkohol|drogen|medikamenten)(abhaengig(keit)?|krank)\b|abhaengigkeitserkrankung|entzugs(behandlung|therapie)|entgiftungsbehandlung|\bhiv\b|chemotherapie|krebserkrank|tumorerkrank|\bdemenz|schlaganfall|herzinfarkt|\bdepression|(?<!gefa?e?hrdungsbeurteilung (der |zur? )?)psychische(n|r)? (erkrankung|stoerung|belastung)|multiple(n)? sklerose|\bdialyse|epilepsie|epileptisch|anfallsleiden|krampfanfa(ll|elle)|diabetes|diabetiker|\basthma|autismus|autist(in)?\b|\badhs\b|parkinson|alzheimer|anaphylax|allergische[nr]? (reaktion|schock)|querschnitt(s)?gelaehmt|querschnittslaehmung|halbseitig gelaehmt|leukaemie/, fuzzy: ['diagnose', 'arbeitsunfaehigkeitsbescheinigung', 'krankmeldung', 'attest'] },
  // »GdB« in a file code ("23-GDB-2028-00812", a Geodatenbereitstellung's) is letters of a code,
  // no degree of disability.
  { id: 'disability', level: 'very-high', label: 'Schwerbehinderung', pattern: /schwerbehindert|schwerbehinderung|(traegt|trage|tragen|braucht|brauche|benoetigt|angewiesen auf)\b[^.\n]{0,60}\bhoergeraet|(?<!\w[-/])\bgdb\b(?![-/]\d)|grad der behinderung|behinderung|merkzeichen|gleichstellung .{0,20}behindert/ },
  // (§§ 154–163 SGB IX are the employer's quota of severely disabled staff and its levy
  // (»Feststellungsbescheid nach § 160 SGB IX«, Ausgleichsabgabe): a duty of the employer for all
  // its staff, no one's social data; a named person's disability still is, by its own signal. OCR reads
  // »§ 160« as »$ 160« or »§ 16o«.)
  // (The Fourth Book of the Sozialgesetzbuch, SGB IV, is the law of social insurance contributions
  // and the employer's duties: a pension insurer's Betriebsprüfung cites it about the payroll as
  // a whole, no one's benefits. The pattern above leaves »SGB IV« out; its spelt-out name too.)
  // (»Kostenbeitrag« is the parents' contribution of youth welfare law; a municipality's
  // »Schulkostenbeitrag« to another for its pupils is no one's social data.)
  { id: 'social', level: 'very-high', label: 'Sozialdaten', pattern: /sozialleistung|sozialhilfe|grundsicherung|jugendhilfe|hilfe zur erziehung|eingliederungshilfe|hilfe zum lebensunterhalt|hilfe zur pflege|buergergeld|\bsgb ?(ii|viii|xii|x)\b|(?<![§$]{1,2} ?1(5[4-9]|6[0-3o])\b[^§$\n]{0,25})\bsgb ?ix\b|(?<!\bviert(en|es) buch(es)? (des )?)sozialgesetzbuch(?!\s*(\(sgb\)\s*)?(\(?sgb ?iv\b|viertes buch|iv\b|-\s*viertes))|sozialdaten|bedarfsgemeinschaft|wohngeld|asylbewerberleistung|unterhaltsvorschuss|inobhutnahme|vormundschaft|pflegekind|sozialgeheimnis|schuldnerberatung|obdachlos|wohnungslos|arbeitslos(engeld|igkeit)?\b|unterhaltszahlung|unterhaltsleistung|elternbeitra(g|ege)|kita-?(gebuehr|beitra)|\bkostenbeitra(g|ege)/, fuzzy: ['sozialhilfe', 'grundsicherung', 'jugendhilfe', 'wohngeld'] },
  { id: 'children', level: 'very-high', label: 'Kindeswohl', pattern: /kindeswohl|kindeswohlgefaehrdung|gefaehrdungsmeldung|misshandlung|vernachlaessigung|sorgerecht|umgangsrecht|familiengericht|kinderschutz|adoption|vaterschaft|pflegeeltern/ },
  // The pay group of an advertised post ("Die ausgeschriebene Eingruppierung in EG 9 …", "die
  // Eingruppierung der ausgeschriebenen Stelle", "die in der Anzeige genannte Eingruppierung") is the
  // job advert's, no one's personnel data.
  { id: 'personnel', level: 'very-high', label: 'Personaldaten', pattern: /personalakte|arbeitsvertrag|gehaltsabrechnung|entgeltabrechnung|bezuegemitteilung|abmahnung|disziplinar|dienstunfall|(?<!(ausgeschriebene[n]?|(anzeige|ausschreibung|stellenangebot)\s+(genannte|angegebene|angebotene)[n]?)\s)eingruppierung(?! (der|fuer die) ausgeschriebenen? stelle)|beurteilung (des|der) (mitarbeiter|beschaeftigt)|aufhebungsvertrag|kuendigung des arbeitsverhaeltnisses|elternzeit|kuendigungsschutz|\bkschg\b|(verhaltens|personen|betriebs)bedingte[nr]? (ordentliche[nr]? |ausserordentliche[nr]? |fristlose[nr]? )?kuendigung|weiterbeschaeftigung/ },
  // An employee's personnel number identifies that person wherever it stands: in the head of an
  // employee's own letter ("Sabine K. / Zentrale Vergabe / Personalnummer 40117") it is no office's
  // remit but the writer's data (identifier: not weakened in the head, see protectionFromLetter).
  { id: 'personnel-id', level: 'very-high', identifier: true, label: 'Personaldaten (Personalnummer)', pattern: /personalnummer|personal-?nr\b|pers\.-? ?nr\b/ },
  // A wage garnishment served on the city as the employer (Drittschuldner) is about an employee:
  // it goes to the personnel file. A garnishment of a supplier's claims against the city is not.
  { id: 'personnel-garnishment', level: 'very-high', label: 'Personaldaten (Lohnpfändung)', pattern: /(pfaend\w*|drittschuldner)[\s\S]{0,300}?(arbeitseinkommen|arbeitslohn|arbeitsentgelt|dienstbezuege|lohn- und gehalt|lohnpfaendung|gehaltspfaendung)|(arbeitseinkommen|arbeitslohn|arbeitsentgelt|dienstbezuege|lohnpfaendung|gehaltspfaendung)[\s\S]{0,300}?(pfaend|drittschuldner)/ },
  // A labour court writes to the city as an employer: mostly about an employee (dismissal, pay).
  { id: 'personnel-weak', level: 'very-high', weak: true, label: 'mögliche Personaldaten (Arbeitsgericht)', pattern: /arbeitsgericht|\barbgg\b/ },
  // The investigation of an administrative offence (»Ermittlungsverfahren wegen einer
  // Verkehrsordnungswidrigkeit«) is no criminal matter, whatever OCR made of its article (»eirier«).
  { id: 'criminal', level: 'very-high', label: 'Straf-/Ermittlungsdaten', pattern: /strafverfahren|ermittlungsverfahren(?! (wegen|in|im|nach) ([a-z0-9]{2,6} )?(verkehrs)?(ordnungswidrigkeit|owi|bussgeld))|staatsanwaltschaft|strafanzeige|vorstrafe|strafbefehl|strafsache|anklageschrift|haftbefehl|bewaehrungshelfer|beschuldigte(r|n)?\b|tatverdaechtig|eintr(a|ae)g(e|ung|ungen)? (im|in (dem|das)) (erweiterten )?fuehrungszeugnis|fuehrungszeugnis(ses)? (weist|enthaelt|zeigt|mit) [^.\n]{0,30}eintr(a|ae)g/ },
  // A certificate of conduct is a routine requirement (youth work, hiring): naming it says nothing
  // about a record, its enclosure may. So it stops a release; next to the applicant's CV it is
  // still the routine document (routine), next to a person's birth date the doubt settles
  // upwards; an entry in it is criminal data (above).
  { id: 'criminal-weak', level: 'very-high', weak: true, routine: true, label: 'mögliche Strafregisterdaten (Führungszeugnis)', pattern: /fuehrungszeugnis/ },
  { id: 'health-weak', level: 'very-high', weak: true, label: 'mögliche Gesundheitsangabe', pattern: /\barzt\b|aerztin|\bkrank\b|erkrank|krankheit|gesundheitlich|klinik|krankenhaus|\bpatient|\bpraxis dr|medizinisch|pflege(dienst|heim)|\bkur\b|(?<![a-z-])unfall(?!versicherung|kasse|frei|verhuetung| (mit|zwischen) (einem|einer|dem|der|zwei) (lkw|pkw|fahrzeug|kfz|auto|bus|transporter|lieferwagen|traktor|stapler|gabelstapler)\b)|\bkrebs\b|\btumor|\boperation\b|operiert|\bmedikament|rollstuhl|gesundheitszustand|psychisch|pflegekasse|pflegegeld/ },
  { id: 'social-weak', level: 'very-high', weak: true, label: 'mögliche Sozialdaten', pattern: /jugendamt|sozialamt|jobcenter|sozialarbeit|familienhilfe|betreuer(in)?\b|betreuungsgericht|rentenbescheid|erwerbsminderung/ },
  // Tax secrecy covers a taxpayer's matters, not the tax number every invoice must print (§ 14 UStG),
  // nor the seller's VAT ID (»Umsatzsteuer-ID«, »Umsatzsteuer-Identifikationsnummer«) printed with it.
  { id: 'tax', level: 'high', label: 'Steuerdaten (Steuergeheimnis)', pattern: /steuergeheimnis|(?<!umsatz)steuer-?id\b|(?<!umsatz)steueridentifikationsnummer|steuerbescheid|gewerbeertrag|messbetrag|abgabenordnung|koerperschaft(s)?steuer|einkommen(s)?steuer|kapitalertrag(s)?steuer|\bsteuer(erklaerung|pflichtig)/ },
  // The name of a municipal tax as the product a vendor licenses or teaches ("Softwarepflege Modul
  // Hundesteuer", "Lizenz Fachverfahren Grundsteuer", "Seminar Gewerbesteuer") is no taxpayer's data.
  { id: 'tax-kind', level: 'high', label: 'Steuerdaten (Steuergeheimnis)', pattern: /(?<!\b\w*(software|modul|lizenz|fachverfahren|programm|pflege|schulung|seminar|webinar|update)\w*\b[^\n.]{0,40})(grundsteuer|gewerbesteuer|hundesteuer|zweitwohnungs?steuer)/ },
  // (The »Insolvenzgeldumlage« is the employer's levy for all its staff, no one's insolvency; an
  // »Insolvenzverwalterin« or »Fachanwalt für Insolvenzrecht« names the writer's trade.)
  // (The »digitaler Lohnnachweis« is the employer's yearly wage total reported to the accident
  // insurance, the base of its contribution, not one person's pay.)
  // A creditor threatening the city with court or enforcement is no personal data; a person's
  // account statements, garnishment, insolvency or pay slips (an employer claiming a volunteer's
  // continued pay) are.
  { id: 'personal-finance', level: 'high', label: 'persönliche Finanzdaten', pattern: /kontoauszug|pfaendung|insolvenz(?!geld-?umlage|verwalter|recht|-? und sanierungsrecht)|einkommensnachweis|gehaltsnachweis|lohnbescheinigung|verdienstbescheinigung|schuldnerberatung|lohnabrechnung|(?<!digitale[nmr]? |uv-)lohnnachweis|verdienstnachweis|(lohn|entgelt)fortzahlung|fortgewaehrte[sn]? arbeitsentgelt/ },
  // Proceedings (objection, fine, court) are high by their type already; in other letters a court
  // or a remedy is mostly boilerplate (register entry, Rechtsbehelfsbelehrung, a creditor's
  // threat). Personal identifiers raise the level wherever they stand.
  { id: 'legal', level: 'high', label: 'Personen-/Verfahrensdaten', pattern: /anhoerungsbogen|zeugenfragebogen|geburtsdatum|\bgeb\.? ?(am )?\d{1,2}\.|geboren am|ausweisnummer|personalausweisnummer|strafverfahren/ },
  // A CV is a person's particulars (high), and the applicant's routine enclosure.
  { id: 'cv', level: 'high', routine: true, label: 'Bewerbungsunterlagen (Lebenslauf)', pattern: /lebenslauf/ },
];

export interface ProtectionResult {
  level: ProtectionLevel;
  mightBeVeryHigh: boolean;
  signals: { signal: ProtectionSignal; fuzzy: boolean }[];
}

// Boilerplate that names courts or remedies without saying anything about the person: a
// company's register entry ("Amtsgericht Musterstadt HRB 1234"), the place of jurisdiction of
// terms and conditions, and the standard instructions on remedies at the end of any Bescheid.
const BOILERPLATE = [
  /\b(amtsgericht|registergericht|handelsregister)\b[^\n]{0,40}?\b(hrb|hra|vr|gnr|pr)\b ?[0-9]*/g,
  /\b(hrb|hra)\b[^\n]{0,20}\n?[^\n]{0,5}\bamtsgericht [a-z-]+/g,
  /\bregistergericht\b|\bgerichtsstand\b/g,
  /[^.]*(rechtsbehelfsbelehrung|rechtsmittelbelehrung|(widerspruch|einspruch|klage)[^.]{0,80}(erhoben|eingelegt|einzulegen|zu erheben)\s+werden)[^.]*/g,
  // The life dates of a deceased person (a grave's occupant, an estate): "geb. 1.2.1930, gest. …"
  // are no living person's identifiers.
  /\b(geb\.?|geboren)( am)? ?\d{1,2}\. ?\d{1,2}\. ?\d{2,4},?\s*(und\s|;\s*)?(gest\.?|gestorben|verst\.?|verstorben|†)( am)? ?\d{1,2}\. ?\d{1,2}\. ?\d{2,4}/g,
  // So is the illness a death is told with ("ist nach langer Krankheit verstorben"): a deceased
  // person's, as in a death notice, not a living one's health.
  /\bnach (langer|kurzer|schwerer)(,? (langer|kurzer|schwerer))? krankheit\b(?=[^.]{0,120}\b(verstorben|gestorben|entschlafen|verschieden|heimgegangen)\b)/g,
  // The Grundsteuer as a line of a landlord's operating-cost statement (§ 2 BetrKV: the first of
  // the costs passed on to tenants) is a cost item with its sum, no taxpayer's matter.
  /(?<=(betriebs|neben)kosten[\s\S]*)\bgrundsteuer\b(?=[^\S\n]+\d[\d.,]*)|\bgrundsteuer\b(?=[^\S\n]+\d[\d.,]*)(?=[\s\S]*(betriebs|neben)kosten)/g,
  // A creditor's "Mahnung / Kontoauszug" is the statement of the city's customer account with
  // the sender (open items), not a person's bank statement.
  // The statement is often titled with its date ("Kontoauszug zum 31.03. / Zahlungserinnerung").
  // So is a creditor's statement of the city's account in its books ("Kontoauszug Debitor 11 4470",
  // "unsere Debitorennummer", "Saldo zu unseren Gunsten"): the sender's ledger, not anyone's bank account.
  /\bkontoauszug\b(?=[\s\S]*\b(unsere[rn]? debitor|saldo ([^\n.]{0,25} )?zu unseren gunsten))|(?<=\b(unsere[rn]? debitor|saldo ([^\n.]{0,25} )?zu unseren gunsten)[\s\S]*)\bkontoauszug\b|\bkontoauszug (debitor|kunde|kundenkonto)\b/g,
  /\b(mahnung|zahlungserinnerung|offene posten)\b[^\n]{0,4}kontoauszug\b|\bkontoauszug\b( (zum|per|vom|stand|stichtag)\W{0,3}\d{1,2}\. ?\d{1,2}\. ?(\d{2,4})?)?[^\n]{0,4}\b(mahnung|zahlungserinnerung|offene posten)\b/g,
];

// Health data (Art. 9 DSGVO) is about people. An animal's illness, its vet and its treatment (a
// dog-tax deregistration after the dog's death) are not; a person's illness next to a pet is.
const HEALTH_SIGNALS = new Set(['health', 'health-weak']);
const ANIMAL = /\b(hund(e|es|en)?|huendin|welpen?|katzen?|kater|pferd(e|es)?|haustier(e|es)?|tier(e|es)?|tierarzt\w*|tieraerzt\w*|tierklinik\w*|tierheilpraktik\w*|veterinaer\w*|einschlaefer\w*|eingeschlaefert)\b/;
/** A person as the patient: first person with an illness, a relative, a human patient's setting. */
const HUMAN_PATIENT = /\b(ich bin|bin ich|ich war|war ich|ich leide|wir sind|mein(e|em|en|er)? (eigene[nr]? )?(erkrankung|krankheit|gesundheit|behandlung|operation|diagnose)|mein(e|em|en|er)? (ehe)?(mann|frau|sohn|tochter|kind(es)?|kinder[n]?|mutter|vater|eltern|partner(in)?|lebensgefaehrt\w*|bruder|schwester|enkel\w*|angehoerig\w*)|patient(in)?|krankenhaus|pflegeheim|pflegedienst|arbeitsunfaehig|krankgeschrieben)\b/;
/** Characters on each side of a health word that decide whose health it is (about a sentence). */
const CONTEXT = 100;

/** Each signal's pattern with the global flag, compiled once: where in a letter it matches. */
const GLOBAL_PATTERN = new Map(PROTECTION_SIGNALS.map((signal) => [signal, new RegExp(signal.pattern.source, 'g')]));
function matchesOf(signal: ProtectionSignal, folded: string): IterableIterator<RegExpExecArray> {
  return folded.matchAll(GLOBAL_PATTERN.get(signal) ?? new RegExp(signal.pattern.source, 'g'));
}

/** The text with health words blanked where they speak of an animal and of no person. */
function withoutAnimalHealth(folded: string): string {
  let out = folded;
  for (const signal of PROTECTION_SIGNALS) {
    if (!HEALTH_SIGNALS.has(signal.id)) continue;
    for (const m of matchesOf(signal, folded)) {
      const context = folded.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + CONTEXT);
      if (ANIMAL.test(context) && !HUMAN_PATIENT.test(context)) {
        out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
      }
    }
  }
  return out;
}

// Health, care or personnel words as the topic of an event or a course: a fair "informs about
// dementia", seniors "learnt how to recognise a stroke", a seminar is titled "Krankheitsbedingte
// Kündigung", a club runs a Rehasport group. They name no one's data, so there such a signal
// is weak: it still stops a release (mightBeVeryHigh, a review), and next to any real personal
// data the doubt is settled upwards (levelOf). A person as the patient nearby keeps it strong.
// A counselling service's or a statistic's debts (»Schuldnerberatung« as a post in an offer) are no
// one's finances either: personal-finance is weighed the same way (a weak high signal counts for nothing).
const TOPIC_SIGNALS = new Set(['health', 'disability', 'personnel', 'social', 'children', 'personal-finance']);
/** Words of an event, a course or its programme around a sensitive word. */
const EVENT_TOPIC = /\b(\w*seminar\w*|\w*schulung\w*|\w*kurs(e|es|en)?|erste-? ?hilfe\w*|fortbildung\w*|\w*vortr(ag|aege)\w*|workshop\w*|\w*messe|\w*veranstaltung\w*|aktionstag\w*|netzwerktreffen|fachtag(ung)?|themen|informier\w* [^.]{0,30}\bueber|gelernt|lernen|wie man|\w*sport\w*|uebungsleiter\w*|\w*kommentar|\w*ergaenzungslieferung\w*|\w*handbuch\w*|loseblatt\w*|fachbuch\w*|fachzeitschrift\w*|\w+-?check(s|-?up)?|\w*risikotest\w*|(aktions|gesundheits|themen|praeventions)wochen?|beratung (zu|zum|zur|rund um))\b/;
// (A publication is its topic too: »SGB IX – Rehabilitation und Teilhabe, Kommentar« on a
// publisher's invoice is a book's title. So is a service advertised to everyone: a »Diabetes-Risikotest«,
// a »Blutzucker-Check«, »Beratung zu Medikamenten bei chronischen Erkrankungen«.)
/** Aggregate or anonymised figures: a statistic, a report's key figures, data said to name no one. */
const AGGREGATE = /\b(\w*statistik\w*|anonymisiert\w*|ohne personenbezug|summenangaben|kennzahlen|fallzahlen|einzelfalldaten|berichtsjahr\w*|(landes|bundes)anteil\w*|nettoausgaben|gesamtausgaben|quartalsabrechnung\w*|(werden|wird|sind) (darin )?nicht (erhoben|enthalten|erfasst|uebermittelt))\b/;
/** A sensitive word naming a facility or its rooms (a hospital's building application: »Tagesklinik
 *  für Psychiatrie und Psychotherapie«, »psychiatrische Institutsambulanz«, »Therapie- und Gruppenräume«). */
const FACILITY_NOUN = '(klinik|klinikum|kliniken|ambulanz|institutsambulanz|station|stationen|abteilung|raum|raeumen?|zentrum|zentren|einrichtung(en)?|tagesstaette|wohnheim|wohngruppe)';
// After the word: its compound or its adjective names the facility (»Psychiatrieambulanz«,
// »psychiatrische Tagesklinik«, »Therapie- und Gruppenräume«); a noun next to a clinic's name
// (»Arztbrief Klinikum Musterstadt«) is a document about a patient, not a facility.
const FACILITY_AFTER = new RegExp(`^([a-z]*${FACILITY_NOUN}|[a-z]*(isch|lich)[a-z]{0,3}\\s+[a-z]*${FACILITY_NOUN}|[a-z]*-\\s*(und|oder)\\s+[a-z]*${FACILITY_NOUN})\\b`);
const FACILITY_BEFORE = new RegExp(`\\b[a-z]*${FACILITY_NOUN} (fuer|der) ([a-z-]+ (und|oder) )?[a-z]*$`);
/** A first-person writer's field of work (a job application: »habe ich in der Eingliederungshilfe
 *  gearbeitet«, »Kinderschutz … kenne ich aus der Praxis«); sentence-wide, and not where the writer
 *  speaks of herself (»ich bin«, »dass ich schwerbehindert bin«, PERSON_CONCERNED). */
const WORK_FIELD = /\b(habe ich [^.]{0,120}\bgearbeitet|ich habe [^.]{0,120}\bgearbeitet|arbeite ich (seit|in|im|bei)|ich arbeite (seit|in|im|bei)|kenne ich (daher |dadurch |bereits )?aus (der|meiner) (praxis|arbeit|taetigkeit)|meine berufserfahrung)\b/;
const SELF = /\bich (\w+ ){0,3}(bin|war|leide|litt)\b|\b(bin|war) ich\b/;
/** A person as the patient or the employee concerned (not a clinic or care service as an exhibitor). */
const PERSON_CONCERNED = /\b(ich bin|bin ich|ich war|war ich|ich leide|wir sind|mein(e|em|en|er|es)? (eigene[nr]? )?(erkrankung|krankheit|gesundheit|behandlung|operation|diagnose|arzt)|mein(e|em|en|er|es)? (ehe)?(mann|frau|sohnes|sohn|tochter|kind(es)?|kinder[n]?|mutter|vater|eltern|partner(in)?|lebensgefaehrt\w*|bruder|schwester|enkel\w*|angehoerig\w*)|patient(in)?\b|leidet|litt|erlitt(en)?|ist erkrankt|unser(e|em|en|er|es)? (ehe)?(mann|frau|sohnes|sohn|tochter|kind(es)?|kinder[n]?|mutter|vater|eltern|bruder|schwester|enkel\w*|angehoerig\w*)|eingewiesen|untergebracht|(aufgenommen|entlassen|behandelt) (worden|wurde)|wurde[n]? (dort |hier )?(aufgenommen|entlassen|behandelt)|erkrankte[nr]?|arbeitsunfaehig (erkrankt|geschrieben)|krankgeschrieben|ihr(e|es|en)? (beschaeftigte|mitarbeiter)\w*|geb\.|geboren)\b/;
/** A quoted title („…“ or "…"): the name of a seminar, a licence, a programme. Print sets it in
 *  guillemets too (»…«, «…»), and OCR may read one mark of a pair as the other kind
 *  ("»Eingruppierung nach TVöD“"): any opening mark with any closing one. */
const QUOTED_TITLE = /[„"“»«][^„"“”»«\n]{1,80}[“”"«»]/g;

/** A group of people, not a person: "für wohnungslose Menschen", "Menschen mit Behinderung",
 *  the services for them ("Wohnungslosenhilfe"). A donation, a shelter or a ramp is their topic. */
const GROUP_AFTER = /^\w*\s+(menschen|personen|mitbuerger(innen)?|familien)\b|^en(hilfe|unterkunft|unterkuenfte|quartier|heim|treff|arbeit|beratung)\b/;
const GROUP_BEFORE = /\bmenschen mit (einer |schwerer? )?$/;
/** Other groups in the plural (»Jugendliche mit psychischen Erkrankungen«, »Menschen mit Alkohol-
 *  und Medikamentenabhängigkeit«, »viele Familien beziehen Bürgergeld oder Wohngeld«), not one's own
 *  (»unsere Kinder mit …«: a possessive names the writer's family). */
const PLURAL_GROUP_BEFORE = /(?<!\b(mein|dein|sein|ihr|unser|euer)\w*\s+(\w+\s+)?)\b(menschen|personen|kinder[n]?|jugendliche[n]?|erwachsene[n]?|familien|haushalte[n]?|eltern|senioren|seniorinnen|klient(en|innen)|bewohner(n|innen)?|ratsuchende[n]?) (mit|mit einer|mit einem|mit schwere[rn]?|mit chronische[rn]?|mit psychische[rn]?) ([a-z]+- ?(und|oder) ?)?$|\b(viele|einige|manche|meisten|zahlreiche|mehrere|weitere) (\w+ )?(familien|menschen|personen|haushalte|teilnehmende[n]?|eltern) (beziehen|erhalten|bekommen|leben von) ([a-z-]+ (und|oder) ?)?$/;

/** An adjective used as a plural noun without an article (»Unterkunft für Obdachlose«,
 *  »Unterbringung von Wohnungslosen«, »Parkplätze für Schwerbehinderte«): a group of people. One
 *  person takes an article (»für einen Wohnungslosen«). */
const PLURAL_NOUN_AFTER = /^(e|en)\b/;
const PREPOSITION_BEFORE = /\b(fuer|von|mit|an|unter|zwischen|bei|zur unterbringung von|zur versorgung von)\s+$/;
/** A kind of record among other kinds (»Ihre Bauakten, Personalakten und Grundstücksakten«: a
 *  scanning or shredding service, a retention schedule): the files as a category, no one's file. */
function recordKinds(folded: string, m: RegExpExecArray): boolean {
  if (!/akten$/.test(folded.slice(m.index, m.index + m[0].length + 1))) return false;
  const around = folded.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
  return [...around.matchAll(/\b[a-z]{3,}akten\b/g)].length >= 2 || RECORDS_SERVICE.test(folded.slice(Math.max(0, m.index - 40), m.index));
}
/** A service done to files in bulk (»Vernichtung von Personalakten«, »Digitalisierung der alten
 *  Personalakten«): the plural files are its object, no one's file is opened. */
const RECORDS_SERVICE = /\b(vernichtung|aktenvernichtung|digitalisierung|archivierung|einlagerung|auslagerung|scannen|entsorgung|aussonderung|abholung)\s+((von|der|alte[nr]?|aller|ausgesonderte[nr]?|abgelaufene[nr]?)\s+){1,2}$/;

/** The sentence around a position: an event's programme ("Themen sind … und § 16i SGB II.")
 *  may name its topic further away than CONTEXT. */
function sentenceOf(folded: string, index: number): string {
  const start = Math.max(folded.lastIndexOf('. ', index), folded.lastIndexOf('\n\n', index), 0);
  const ends = [folded.indexOf('. ', index), folded.indexOf('\n\n', index)].filter((i) => i >= 0);
  return folded.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

/** The paragraph around a position: a statistic's list of items (»Summenangaben, gegliedert nach:
 *  – Hilfe zur Pflege (7. Kapitel SGB XII) …«) is one paragraph of many short »sentences«. */
function paragraphOf(folded: string, index: number): string {
  const start = Math.max(folded.lastIndexOf('\n\n', index), 0);
  const end = folded.indexOf('\n\n', index);
  return folded.slice(start, end < 0 ? undefined : end);
}

/** The ids of very-high signals found only as the topic of an event, a course or a group. */
function topicOnly(folded: string): Set<string> {
  const titles = [...folded.matchAll(QUOTED_TITLE)].map((m) => [m.index, m.index + m[0].length] as const);
  const ids = new Set<string>();
  for (const signal of PROTECTION_SIGNALS) {
    if (!TOPIC_SIGNALS.has(signal.id) || signal.weak) continue;
    const matches = [...matchesOf(signal, folded)];
    if (matches.length === 0) continue;
    // An office's name in the address (»Unterhaltsvorschussstelle«) next to the topic elsewhere
    // (the law the Bescheid applies to aggregate figures) names no one either.
    const remitToo = signal.level === 'very-high' && !signal.identifier;
    const topic = matches.some((m) => !(remitToo && remitMatch(folded, m))) && matches.every((m) => {
      if (remitToo && remitMatch(folded, m)) return true;
      const context = folded.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + CONTEXT);
      if (PERSON_CONCERNED.test(context)) return false;
      // (A line break, as a scan keeps it, is a space here.)
      const before = folded.slice(Math.max(0, m.index - 60), m.index).replace(/\s+/g, ' ');
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/\s+/g, ' ');
      const group = GROUP_AFTER.test(after.slice(0, 30)) || GROUP_BEFORE.test(before.slice(-30)) || PLURAL_GROUP_BEFORE.test(before)
        || (PLURAL_NOUN_AFTER.test(after) && PREPOSITION_BEFORE.test(before)) || recordKinds(folded, m);
      const facility = FACILITY_AFTER.test(after) || FACILITY_BEFORE.test(before);
      const sentence = sentenceOf(folded, m.index);
      const work = WORK_FIELD.test(sentence) && !SELF.test(sentence);
      return group || facility || work || titles.some(([from, to]) => m.index >= from && m.index < to)
        || EVENT_TOPIC.test(context) || EVENT_TOPIC.test(sentence) || AGGREGATE.test(context) || AGGREGATE.test(paragraphOf(folded, m.index));
    });
    if (topic) ids.add(signal.id);
  }
  return ids;
}

// The name of an office in an address or a signature ("Personalservice – Entgeltabrechnung",
// "Abteilung Eingliederungshilfe", "Team Kinderschutz") is that office's remit, the topic of all
// its mail, like the unit a sender names in its head (protectionFromLetter): no one's data. Where
// a very-high word stands only so, its signal is weak: it still stops a release (mightBeVeryHigh),
// and next to any real personal data the doubt is settled upwards (levelOf).
const UNIT_WORD = /\b[a-z.-]*(service|abteilung|amt|stelle|dienst|bereich|referat|sachgebiet|team|verwaltung|buero|zentrale)$/;
/** The head of a compound that names an office or a body (its last word on the line). */
const OFFICE_COMPOUND = /[a-z]{3,}(vertretung|koordination|beauftragter?|beauftragten|beirat|stelle|amt|dienst|abteilung|referat|team|buero|service|sachgebiet|ausschuss)$/;
/** The ids of very-high signals found only as (part of) an office's name on a line of its own. */
function remitOnly(folded: string): Set<string> {
  const ids = new Set<string>();
  for (const signal of PROTECTION_SIGNALS) {
    if (signal.level !== 'very-high' || signal.weak || signal.identifier) continue;
    const matches = [...matchesOf(signal, folded)];
    if (matches.length === 0) continue;
    if (matches.every((m) => remitMatch(folded, m))) ids.add(signal.id);
  }
  return ids;
}

/** Whether one match of a very-high word is (part of) an office's name on a line of its own. */
function remitMatch(folded: string, m: RegExpExecArray): boolean {
  const lineStart = folded.lastIndexOf('\n', m.index) + 1;
  const lineEnd = folded.indexOf('\n', m.index + m[0].length);
  const before = folded.slice(lineStart, m.index).replace(/\s*[-/|,:·]?\s*$/, '');
  const after = folded.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd);
  // Only the office's name on its line: up to three words ending in a unit word, a separator,
  // the sensitive word (its inflection), nothing after it.
  if (/^\w*\s*$/.test(after) && /^\s*([a-z.-]+\s+){0,2}[a-z.-]+$/.test(before) && UNIT_WORD.test(before)) return true;
  // Or an office named by one compound of the sensitive word, alone on its line or after
  // »z. Hd.«: »Schwerbehindertenvertretung«, »Wohngeldstelle«, »Psychiatrie- und Suchtkoordination«.
  const line = folded.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim().replace(/^(z\. ?hd\.?|zu haenden)\s*/, '');
  return /^([a-z]+-\s*(und|oder)\s+)?[a-z]+$/.test(line) && OFFICE_COMPOUND.test(line);
}

// Enforcement against a company ("Stadt X ./. Yildiz Gastronomie UG (haftungsbeschränkt)"): the
// garnishment or insolvency of a legal person is no natural person's financial data. Only where
// the debtor side of the proceedings names a legal person's form (not e.K., a sole trader).
// So are insolvency proceedings "über das Vermögen der X GmbH": the debtor (»Schuldnerin«) whose
// account statements and seized balances the administrator writes about is that company.
const LEGAL_PERSON_DEBTOR = /\.\/\.[^\n]{0,80}\b(gmbh|ug|ag|kg|ohg|kgaa|eg|se|gbr|e\. ?v\.|ltd\.?)(?![\w])|\bvermoegen (der|des) [^\n.,]{0,80}?\b(gmbh|ug|ag|kg|ohg|kgaa|eg|se|gbr|e\. ?v\.|ltd\.?)(?![\w])/;
const COMPANY_FINANCE = /\b\w*(pfaend|insolvenz|kontoausz)\w*/g;
// The insolvency of companies as news ("die Insolvenz zweier Tiefbaufirmen", "Insolvenzen
// mehrerer Unternehmen", "die Insolvenz der Muster Bau GmbH") is no natural person's finances.
const COMPANIES_INSOLVENT = /\b\w*insolvenz\w*\s+((zweier|dreier|mehrerer|vieler|zahlreicher|einiger|von)\s+([a-z-]+\s+)?\w*(firmen|unternehmen|betriebe|gesellschaften)\b|de[rs]\s+[^\n.]{0,60}?\b(gmbh|ag|kg|kgaa|se|ug)(?![\w]))/g;

// After an Einspruch against a Bußgeldbescheid the authority hands the file via the prosecutor to
// the court (§ 69 OWiG): »bitten wir um Abgabe an die Staatsanwaltschaft« is that step of an
// administrative-offence procedure, no criminal matter. Only in a letter about a Bußgeldbescheid
// and an Einspruch; a hand-over because of a suspected crime (§ 41 OWiG) names the crime itself.
const OWI_PROCEDURE = /\bbussgeld(bescheid|verfahren)\w*|\bowig\b/;
const OWI_HANDOVER = /\b(abgabe|vorlage|uebersendung|weiterleitung|zuleitung|weitergabe)( der (akte|akten|sache|verfahrensakte|vorgangs))? (an|ueber) die staatsanwaltschaft\b|\bstaatsanwaltschaft (zur|zwecks) vorlage (an|bei) (das|dem) (amts)?gericht\b/g;
function withoutOwiHandover(folded: string): string {
  return OWI_PROCEDURE.test(folded) && /\beinspruch/.test(folded) ? folded.replace(OWI_HANDOVER, ' ') : folded;
}

// A bank statement enclosed as proof of a payment the writer made ("Ich habe den Betrag am … überwiesen.
// Eine Kopie meines Kontoauszugs lege ich bei") shows that payment, not the writer's finances.
// (»habe« and »überwiesen« as OCR may misread them: "habc", "iiberwiesen".)
const PAID_BY_WRITER = /\b((ich|wir) ha[a-z0-9]{2,3}|ha[a-z0-9]{2,3} (ich|wir))\b([^.]|\.(?=\d)){0,120}?\b([a-z]{1,2}berwiesen|bezahlt|gezahlt|eingezahlt)\b/;
const BANK_STATEMENT = /\bkontoauszug\w*/g;
function withoutPaymentProof(folded: string): string {
  return PAID_BY_WRITER.test(folded) ? folded.replace(BANK_STATEMENT, ' ') : folded;
}

// The municipality's own finances between public bodies (the Gewerbesteuerumlage it pays to the
// Land, the Kreisumlage, the Schlüsselzuweisungen of the Finanzausgleich) are computed from its
// total tax income ("Ist-Aufkommen an Gewerbesteuer", Hebesatz, Steuerkraft): aggregate figures,
// no taxpayer's matter under tax secrecy.
const MUNICIPAL_FINANCE = /gewerbesteuerumlage|finanzausgleich|schluesselzuweisung|kreisumlage|amtsumlage|umlagegrundlage|steuerkraftmesszahl|ist-?aufkommen/;
const MUNICIPAL_TAX_NAMES = /\b\w*(grundsteuer|gewerbesteuer|hundesteuer|zweitwohnungs?steuer)\w*/g;
function withoutMunicipalFinance(folded: string): string {
  return MUNICIPAL_FINANCE.test(folded) ? folded.replace(MUNICIPAL_TAX_NAMES, ' ') : folded;
}

/** The level the content itself demands (the type default is combined by the caller). Pass the
 *  letter without its footer: a sender's bank and register lines say nothing about the content. */
export function protectionFromContent(text: string): ProtectionResult {
  const folded = BOILERPLATE.reduce((t, pattern) => t.replace(pattern, ' '), foldText(text));
  const human = withoutAnimalHealth(folded);
  const tokens = tokenize(folded);
  const humanTokens = tokenize(human);
  const found: ProtectionResult['signals'] = [];
  const topics = topicOnly(human);
  const remit = remitOnly(folded);
  const companyDebtor = LEGAL_PERSON_DEBTOR.test(folded);
  for (const signal of PROTECTION_SIGNALS) {
    const health = HEALTH_SIGNALS.has(signal.id);
    const subject = health ? human : signal.id === 'personal-finance'
      ? withoutPaymentProof(companyDebtor ? folded.replace(COMPANY_FINANCE, ' ') : folded.replace(COMPANIES_INSOLVENT, ' '))
      : signal.id === 'criminal' ? withoutOwiHandover(folded)
      : signal.id === 'tax-kind' ? withoutMunicipalFinance(folded) : folded;
    if (signal.pattern.test(subject)) {
      found.push({
        signal: topics.has(signal.id) ? { ...signal, weak: true, label: `${signal.label} (nur Thema, keine Person)` }
          : remit.has(signal.id) ? { ...signal, weak: true, label: `${signal.label} (nur Name einer Dienststelle)` } : signal,
        fuzzy: false,
      });
    }
    else if (signal.fuzzy && (health ? humanTokens : tokens).some((token) => token.length >= 6 && signal.fuzzy?.some((word) => fuzzyEquals(token, word)))) {
      found.push({ signal, fuzzy: true });
    }
  }
  return levelOf(found);
}

function levelOf(found: ProtectionResult['signals']): ProtectionResult {
  let level: ProtectionLevel = 'normal';
  let mightBeVeryHigh = false;
  for (const { signal } of found) {
    if (signal.level === 'very-high') mightBeVeryHigh = true;
    // Fuzzy hits of a strong signal still raise the level: when in doubt, take the higher.
    if (signal.weak) continue;
    if (signal.level === 'very-high') level = 'very-high';
    else if (signal.level === 'high' && level === 'normal') level = 'high';
  }
  // A weak very-high hint together with other personal data ("Jugendamt" and a child's birth
  // date) is the doubt between two levels that the higher one settles.
  // Two weak hints are two words of a vocabulary ("Betreuer" and "Führungszeugnis" in a youth
  // club's grant application), not personal data: they still stop a release (mightBeVeryHigh).
  // A routine document next to another routine one (a Führungszeugnis in the list of enclosures
  // with the CV) is the application's usual paperwork: no doubt about a person to settle.
  const weak = found.filter(({ signal }) => signal.weak);
  const strong = found.filter(({ signal }) => !signal.weak);
  if (level !== 'very-high' && weak.some((w) => strong.some((s) => !(w.signal.routine && s.signal.routine)))) level = 'very-high';
  return { level, mightBeVeryHigh, signals: found };
}

/**
 * The level of a letter's content, its sender's head read apart: the unit an authority or firm
 * names in its letterhead ("Referat Kinder- und Jugendhilfe", "Abteilung Eingliederungshilfe")
 * is its remit, the topic of everything it sends, not a person's data. A very-high signal that
 * only the head shows is therefore weak (it still stops a release, mightBeVeryHigh); in the text
 * it counts as before, and with any other personal data the doubt is settled upwards.
 */
export function protectionFromLetter(text: string, head: string): ProtectionResult {
  const inText = protectionFromContent(text);
  if (!head.trim()) return inText;
  const inHead = protectionFromContent(head);
  const seen = new Set(inText.signals.map(({ signal }) => signal.id));
  const signals = [...inText.signals];
  for (const found of inHead.signals) {
    if (seen.has(found.signal.id)) continue;
    signals.push(found.signal.level === 'very-high' && !found.signal.weak && !found.signal.identifier ? { ...found, signal: { ...found.signal, weak: true } } : found);
  }
  return levelOf(signals);
}
