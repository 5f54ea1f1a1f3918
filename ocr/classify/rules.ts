// Phrase rules for the document type. Patterns run on folded text (normalize.ts: lower case,
// ae/oe/ue/ss, hyphenation joined, OCR digit swaps repaired), so "Bescheld", "BESCHEID" and
// "Be-\nscheid" all match /bescheid/. Evidence is weighted by where it stands: the subject says
// more than the body, a court or authority in the letterhead says who wrote, the footer says little.
// Negative weights encode the usual traps ("Ihre Rechnung vom" in a complaint, the
// Rechtsbehelfsbelehrung of a Bescheid that mentions "Widerspruch").
import type { DocumentType } from '../../electron/contract/domain.ts';
import { foldText, fuzzyEquals, ocrMatches, tokenize } from '../extract/normalize.ts';
import { DATE_ONLY_LINE, type Letter, type Zone } from '../extract/layout.ts';
import { boilerplateMask } from './boilerplate.ts';

export interface TypeRule {
  id: string;
  type: DocumentType;
  pattern: RegExp;
  weight: number;
  /** A sender rule names who wrote (court, authority): it counts double in the letterhead. */
  sender?: boolean;
  /** Only counted in these zones (who wrote a letter is told by its head and signature). */
  zones?: RuleZone[];
  /** Evidence that stands in standard text itself (a Rechtsbehelfsbelehrung): counts fully there. */
  standardText?: boolean;
  /** Single words tried with OCR-tolerant fuzzy matching when the pattern does not match. */
  fuzzy?: string[];
  label: string;
}

/** »Bescheid« in the idiom "jemandem Bescheid sagen/geben" (to let someone know) names no notice. */
const NOT_IDIOM = /(?<!\b(sag|sage|sagen|sagt|gib|gibt|gebe|geben)\s+(sie\s+|ihr\s+|du\s+)?(mir\s+|uns\s+|ihnen\s+|ihm\s+|ihr\s+)?(doch\s+)?((bitte|kurz|rechtzeitig|gern|gerne)\s+){0,2}|\bum (einen )?kurzen\s+)/;
const NOT_IDIOM_AFTER = /(?!\s+(sagen|geben|zu sagen|zu geben|gesagt|gegeben|weiss|wissen))/;

const r = (type: DocumentType, id: string, pattern: RegExp, weight: number, label: string, extra: Partial<TypeRule> = {}): TypeRule =>
  ({ type, id, pattern, weight, label, ...extra });

/**
 * Not right after an advance already paid: a final bill nets it ("die bereits geleistete
 * Abschlagszahlung und den noch offenen Betrag" is the balance it demands now, nothing late).
 * OCR may read the »l« of »geleistete« as »I«. A lookbehind, for reminder.overdue's open-sum words.
 */
const AFTER_ADVANCE_PAID = String.raw`(?<!\b(ge[li1]eistete[n]? |gezahlte[n]? |erhaltene[n]? |abzueglich (der |ihrer )?|abzgl\.? (der |ihrer )?|nach abzug (der |ihrer )?)(abschlags?|anzahlungs?|vorauszahlungs?)\w*[^.]{0,80})`;

export const TYPE_RULES: TypeRule[] = [
  // invoice
  // (An offer's payment terms name the bill still to come: "Zahlung nach Rechnung", "Lieferung
  // gegen Rechnung"; the line may wrap before the word.)
  r('invoice', 'invoice.word', /(?<!ihre |ihrer |meiner |die |der |unsere |unserer |zur |auf |mit |eine |keine |per |ohne |in |\bnach\s|\bgegen\s|[-/])\b(rechnung|schlussrechnung|teilrechnung|abschlagsrechnung|sammelrechnung|honorarrechnung|jahresrechnung|endabrechnung|kostennote|honorarnote|kostenrechnung|gebuehrenrechnung|verguetungsrechnung|handelsrechnung|mietrechnung|baurechnung|beitragsrechnung|zwischenrechnung|anzahlungsrechnung|vorauszahlungsrechnung|proformarechnung|stromrechnung|gasrechnung|wasserrechnung|telefonrechnung|reparaturrechnung|werkstattrechnung|wartungsrechnung|servicerechnung|montagerechnung|lieferrechnung|anzeigenrechnung|liquidation|invoice)\b(?!s?(eingang|stellung|verarbeitung|pruefung|workflow|bearbeitung|wesen|management))/, 3, '»Rechnung«', { fuzzy: ['rechnung'] }),
  r('invoice', 'invoice.credit', /\bgutschrift(s-?nummer|s-?nr)?\b|\bkorrekturrechnung|\brechnungskorrektur|\bstornorechnung/, 2.5, '»Gutschrift«'),
  r('invoice', 'invoice.number', /rechnungs-? ?(nummer|nr)|rechnung( de[rs] [a-z]+)?( \(\d{3}\))? ?(nr|nummer)\b|(kostennote|honorarnote|liquidation)(s)?-? ?(nummer|nr)\b|\binvoice ?(no\b|nr\b|number|#|id\b)/, 2.5, '»Rechnungsnummer«'),
  r('invoice', 'invoice.date', /rechnungsdatum|leistungsdatum|leistungszeitraum|lieferdatum|abrechnungszeitraum|liefer-? und leistungsdatum|\binvoice date|date of (delivery|supply|service)|delivery date|service period/, 1.5, 'Rechnungs-/Leistungsdatum'),
  // Utility and service providers bill once a year by a (Jahres-)Verbrauchsabrechnung.
  r('invoice', 'invoice.settlement', /(betriebs|neben|heiz)kostenabrechnung|reisekostenabrechnung|\babrechnung (nr|nummer)|liquidation|\b(jahres)?(verbrauchs|strom|gas|wasser|waerme|fernwaerme|energie|hausgeld)abrechnung|\b(jahres|schluss)abrechnung/, 2, 'Abrechnung'),
  // (A small business's or exempt seller's bill says why it shows no VAT: "gemäß § 19 UStG",
  // "Kleinunternehmer", "nicht umsatzsteuerpflichtig". Tax law requires that note on the bill.
  // A public body billing another for help given in its sovereign role notes that this is
  // "nicht umsatzsteuerbar": outside the VAT altogether, § 2b UStG.)
  r('invoice', 'invoice.vat', /\b(zzgl|zuzueglich|inkl|enthaltene)\.? ?(\d+ ?% )?(mwst|ust|umsatzsteuer|mehrwertsteuer)|nettobetrag|rechnungsbetrag|gesamtbetrag brutto|summe netto|\bnetto\b.{0,40}\bbrutto\b|(?<![\d,.])\d{1,2} ?% (ust|umsatzsteuer|mwst|mehrwertsteuer)\b|\b(ust|umsatzsteuer|mwst|mehrwertsteuer)\.? \d{1,2} ?%|\b(plus|incl|excl|including|excluding)\.? (\d+ ?% )?vat\b|\bvat (total|amount|rate)\b|\b(net total|total net|subtotal)\b|(?<![\d,.])\d{1,2} ?% vat\b|\bvat \d{1,2} ?%|§ ?19 (abs\.? ?1 )?ustg|kleinunternehmer|nicht umsatzsteuerpflichtig|nicht (umsatz)?steuerbar|unterlieg(t|en) nicht der umsatzsteuer|keine umsatzsteuer|von der umsatzsteuer befreit/, 1.2, 'Umsatzsteuer-Ausweis (oder Hinweis auf ihre Befreiung)'),
  // A lawyer's, notary's or expert's bill lists its fees by the statutory scale (RVG, GNotKG).
  r('invoice', 'invoice.fees', /\b(vv )?rvg\b|\bgnotkg\b|verfahrensgebuehr|terminsgebuehr|geschaeftsgebuehr|einigungsgebuehr|beurkundungsgebuehr|vollzugsgebuehr|auslagenpauschale|(entgelte|pauschale) fuer post-? und telekommunikation|rechnen (wir|ich) .{0,40}\bab\b/, 2, 'Gebühren-/Honorarposten'),
  // A public body billing its costs ("Kostenerstattung für die Löschhilfe") writes as an
  // authority, not a firm: "stellen wir Ihnen hiermit in Rechnung", "bitten um Überweisung".
  r('invoice', 'invoice.billingAct', /\bstelle(n)? (wir |ich )?(ihnen |euch )?(\S+ ){0,4}in rechnung\b/, 2.5, '»stellen Ihnen … in Rechnung«'),
  r('invoice', 'invoice.pay', /(zahlbar|zahlungsziel|zahlungsbedingung|bitte (ueberweisen|begleichen)|bitten (wir )?(sie )?um (ueberweisung|zahlung|begleichung|ausgleich) (des|der|von|bis|innerhalb|auf|unter)|ohne abzug|skonto|berechnen (wir|ich) (ihnen)?|stellen (wir|ich) (ihnen )?in rechnung|payment terms|terms of payment|please (remit|pay)|payable (within|by|until|on)|\d+ days net|net \d+ days|due date|faelligkeit\W{0,3}(am\W{0,2})?\d{1,2}\. ?\d{1,2}\.)/, 1, 'Zahlungsbedingungen'),
  // (The total may stand in a column apart from its label, a hand-written "zusammen 215,- EUR".
  // A public body's cost claim totals what it asks back as the »Erstattungsbetrag«.)
  r('invoice', 'invoice.amount', /(gesamtbetrag|rechnungsbetrag|zahlbetrag|endbetrag|erstattungsbetrag|zu zahlen(der betrag)?|gesamtsumme|bruttobetrag|summe|total due|amount due|balance due|due payable|grand total|total amount|invoice total|zusammen)\W{0,4}[ \t]{0,60}(eur\W{0,3}|€\W{0,3})?\d[\d.,]*([.,]\d\d\b|,-)/, 1, 'Rechnungsbetrag'),
  // The field labels of an invoice form (EN 16931 / XRechnung visualisations, billing software):
  // who bills whom, and the Leitweg-ID public bodies are invoiced under. A letter names its
  // sender and addressee in the letterhead instead; these labels belong to a bill.
  r('invoice', 'invoice.form', /\b(rechnungsempfaenger|leistungsempfaenger(s)?|leitweg-?id|rechnungssteller)\b|\b(bill to|sold to|invoice to|remit to)\b/, 1.5, 'Rechnungsformular (Rechnungs-/Leistungsempfänger, Leitweg-ID)'),
  // An association bills its members' fees (Mitglieds-/Jahresbeitrag) under that name in the
  // subject, without calling the letter a »Rechnung«. Only the subject: a club's grant
  // application lists the membership fees among its income.
  r('invoice', 'invoice.membershipFee', /\b(mitglieds|jahres|verbands)beitra(g|ege|ges)\b|\bbeitragsrechnung/, 2.5, 'Mitgliedsbeitrag im Betreff', { zones: ['subject'] }),
  r('invoice', 'invoice.passing', /(ihre|ihrer|ihren|die|der|unsere|unserer|zur|auf|mit|zu der|in der|eine) rechnung (vom|nr|nummer|\d|ueber|erhalten|haben)|rechnung (haben|habe) (wir|ich)|rechnung (erhalten|bekommen|zurueck)|(your|our) invoice (of|dated|no|number)/, -2, '»Rechnung« nur erwähnt'),
  // reminder
  // (Foreign suppliers remind in English: "PAYMENT REMINDER", "Final reminder". Not negated: "Dies
  // ist keine Zahlungsaufforderung" says that nothing is demanded. Not the addressee's own: "Ihre
  // Mahnung vom …" is the city's reminder that a debtor answers with a request or an objection.)
  r('reminder', 'reminder.word', /(?<!\b(keine|ihre[rnms]?) (\d\. |erste |zweite |dritte |letzte )?)\b(\d\. |erste |zweite |dritte |letzte )?(mahnung|zahlungserinnerung|zahlungsaufforderung|mahnschreiben|zahlungsmahnung)\b|\b((first|second|third|final|last) )?(payment reminder|reminder of payment)\b|\b(final|second|third) reminder\b|\boverdue notice\b/, 4, '»Mahnung/Zahlungserinnerung«', { fuzzy: ['mahnung', 'zahlungserinnerung'] }),
  // ("bisher kein/nicht" only about the payment: "gibt es bisher keinen Parkplatz" is no arrears;
  // a speed limit "um 16 km/h überschritten" is an offence, no payment term; an open sum after an
  // advance already paid is a final bill's balance, see AFTER_ADVANCE_PAID.)
  r('reminder', 'reminder.overdue', new RegExp(String.raw`(${AFTER_ADVANCE_PAID}noch offen|noch nicht (beglichen|bezahlt|ausgeglichen|eingegangen|erfolgt)|(kein(en)?|keine) zahlung(seingang|en)?\b|ueberfaellig|(?<!(geschwindigkeit|km\/h)[^.]{0,80})ueberschritten|zahlungsverzug|in verzug|${AFTER_ADVANCE_PAID}offene(n)? (posten|forderung|betrag|rechnung|saldo)|${AFTER_ADVANCE_PAID}ausstehende?n? (betrag|zahlung|forderung)|zahlungsfrist (ist )?(abgelaufen|verstrichen)|trotz (unserer|mehrfacher|wiederholter) (erinnerung|mahnung|aufforderung)|bis(lang|her) (noch )?(kein|nicht)[^.]{0,40}?(zahlung|eingegangen|bezahlt|beglichen|ausgeglichen|gezahlt|ueberwiesen|erhalten|verbucht)|weder (eine )?zahlung|(fordern (wir )?|fordere (ich )?)sie (hiermit )?(letztmalig|letztmals|ein letztes mal|nochmals|erneut)|letztmalige (zahlungs)?aufforderung|\bstill (outstanding|unpaid|open)\b|\b(is|are|was|remains?) overdue\b|\bpast due\b|\bnot (yet )?(been )?(paid|received|settled)\b|\boutstanding (amount|balance|invoices?|payment)\b)`), 2.5, 'Zahlung überfällig'),
  // Marker: the word says that a payment is late (a Mahnung); a »Zahlungsaufforderung« alone may
  // be the first demand of what a fine or a notice imposes.
  r('reminder', 'reminder.dunning', /mahnung|zahlungserinnerung|mahnschreiben|payment reminder|reminder of payment|(final|second|third) reminder|overdue notice/, 0.01, 'Mahnung (Zahlung verspätet)'),
  r('reminder', 'reminder.fee', /mahngebuehr|mahnkosten|verzugszinsen|verzugsschaden|saeumniszuschlag|mahnstufe|inkasso|gerichtliche(s|n)? mahnverfahren|gerichtlich geltend|rechtsanwalt uebergeben|forderung (an|abgeben)/, 2.5, 'Mahngebühr/Verzugszinsen'),
  r('reminder', 'reminder.soft', /\berinnerung\b|sicher(lich)? uebersehen|in der hektik/, 1.5, '»Erinnerung«'),
  // tax (the city's own taxes, matters raised by citizens, companies, tax advisers)
  // The statutes spell some without the linking s (»Vergnügungsteuer«, »Übernachtungsteuer«); a
  // taxpayer's own return of such a tax is a »Steueranmeldung«.
  r('tax', 'tax.kind', /steueranmeldung|grundsteuer|gewerbesteuer|hundesteuer|zweitwohnung(s)?steuer|vergnuegungs?steuer|hundeanmeldung|hundeabmeldung|hund (an|ab)melden|\b(an|ab)meldung (mein(es|er)|unser(es|er)|des|der|eine[sr]|ihre[sr]) (hundes|huendin)\b|hundesteuermarke|steuermarke|kommunalsteuer|grundbesitzabgaben|uebernachtungs?steuer|bettensteuer|spielgeraetesteuer|getraenkesteuer|jagdsteuer|verpackungssteuer/, 3, 'Kommunalsteuer', { fuzzy: ['grundsteuer', 'gewerbesteuer', 'hundesteuer'] }),
  // The city pays taxes itself (its commercial operations, Betriebe gewerblicher Art): the tax
  // office's notices and the tax adviser's returns name the state taxes. (Not »Umsatzsteuer« alone:
  // every invoice shows it; nor wage tax, which a pay slip names. The tax office's own title
  // "Bescheid für 2025 über Umsatzsteuer" names it as what is assessed, and "für 2025 über Umsatzsteuer"
  // still does where OCR garbled the »Bescheid« before it.) Only in the subject and opening:
  // an application for benefits or a fee reduction asks for the »Einkommensteuerbescheid« as proof.
  r('tax', 'tax.stateKind', /koerperschaft(s)?steuer|einkommen(s)?steuer|kapitalertrag(s)?steuer|solidaritaetszuschlag|grunderwerb(s)?steuer|kraftfahrzeugsteuer|umsatzsteuer-?(voranmeldung|jahreserklaerung|erklaerung|bescheid|sonderpruefung|nachschau)|(koerperschaft|einkommen|umsatz)steuerbescheid|\bbescheid (fuer (das jahr )?\d{4}\s+)?ueber\s+(die\s+)?umsatzsteuer|\bfuer (das jahr )?\d{4}\s+ueber\s+(die\s+)?umsatzsteuer\b|betrieb(e|s)? gewerblicher art/, 3, 'Steuerart (Finanzamt)', { zones: ['subject', 'opening'] }),
  r('tax', 'tax.terms', /messbetrag|hebesatz|einheitswert|grundsteuerwert|steuerpflicht|veranlagung|vorauszahlung|stundung|steuerschuld|steuerbefreiung|steuerermaessigung|herabsetzung|erlass der steuer|steuererlass|nachzahlungszinsen/, 1.5, 'Steuerbegriff'),
  r('tax', 'tax.adviser', /steuerberat(er|ung|ungsgesellschaft)|steuerbuero|lohnsteuerhilfe/, 2, 'Steuerberatung', { sender: true }),
  // Who wrote: only a marker for resolveConflicts (a tax office's notice in a tax matter).
  r('tax', 'tax.office', /\bfinanzamt\b/, 0.01, 'Finanzamt als Absender', { zones: ['letterhead', 'returnAddress'] }),
  r('tax', 'tax.secrecy', /steuergeheimnis|steuernummer|steuer-?id|steueridentifikationsnummer/, 0.8, 'Steuerdaten'),
  // notice: a Bescheid of another authority
  // (Not the everyday »Bescheid sagen/geben«: "sagen Sie mir bitte Bescheid" asks for a word back.)
  // (Not the »Bußgeldbescheid«: the fine's own decision, whose word counts for the fine.)
  r('notice', 'notice.word', new RegExp(`${NOT_IDIOM.source}(?<!bussgeld)(bescheid\\b|bescheides\\b|bescheids\\b)${NOT_IDIOM_AFTER.source}`), 2.5, '»Bescheid«', { fuzzy: ['bescheid'] }),
  r('notice', 'notice.kind', /(zuwendungs|bewilligungs|aenderungs|feststellungs|beitrags|gebuehren|leistungs|kosten|steuer|festsetzungs|rueckforderungs|erstattungs|ablehnungs|renten|zinsbescheid)bescheid|steuerbescheid|messbescheid/, 1.5, 'Bescheidart'),
  r('notice', 'notice.authority', /\b(finanzamt|landesamt|bundesamt|rentenversicherung|agentur fuer arbeit|bundesagentur|jobcenter|familienkasse|landratsamt|kreisverwaltung|regierungspraesidium|bezirksregierung|ministerium|hauptzollamt|zollamt|berufsgenossenschaft|unfallkasse|landesbetrieb|kraftfahrt-bundesamt|statistisches landesamt|landesverwaltungsamt|kommunalaufsicht|rechnungshof|bundeszentralamt|versorgungsamt|landeskasse|oberfinanzdirektion|landschaftsverband|kommunaler versorgungsverband|gemeindeunfallversicherung)/, 2.5, 'Behörde als Absender', { sender: true }),
  r('notice', 'notice.publicBody', /^(der |die )?(landrat|landraetin|kreisausschuss|landkreis|kreis|zweckverband|verbandsgemeinde|samtgemeinde|amt|gemeinde|stadt|bezirksamt|polizei|polizeipraesidium|polizeidirektion|bundespolizei|kreisverwaltung|der (ober)?buergermeister(in)?|die (ober)?buergermeisterin|handwerkskammer|industrie- und handelskammer|landesdirektion|aufsichts- und dienstleistungsdirektion|wasserverband|abwasserverband|deichverband|planungsverband)\b|\b(behoerde|koerperschaft des oeffentlichen rechts|anstalt des oeffentlichen rechts|zweckverband|landesamt|bundesamt|landesanstalt)\b/, 1.2, 'öffentliche Stelle als Absender', { sender: true, zones: ['letterhead', 'returnAddress'] }),
  r('notice', 'notice.decision', /(wird|werden) (hiermit )?(festgesetzt|bewilligt|gewaehrt|abgelehnt|zurueckgefordert|genehmigt)|\b(bewilligt|festgesetzt|zurueckgefordert)\.|ergeht (folgende|nachstehende) entscheidung|entscheidung:|(setze|setzen|bewillige|bewilligen) (ich|wir) |festsetzung|ergeht folgender bescheid|erlasse(n)? (ich|wir)/, 2, 'Festsetzung/Bewilligung'),
  r('notice', 'notice.remedy', /rechtsbehelfsbelehrung|rechtsmittelbelehrung|gegen diesen bescheid|bestandskraeftig|bestandskraft/, 2.5, 'Rechtsbehelfsbelehrung', { standardText: true }),
  r('notice', 'notice.onrequest', /auf ihren antrag|ihr(en)? antrag vom|aufgrund ihres antrages?/, 1.5, '»auf Ihren Antrag«'),
  // objection
  r('objection', 'objection.word', /\b(widerspruch|einspruch|widerspreche|widersprechen(?! sich\b| einander\b)|lege(n)? (ich|wir) (hiermit )?(fristgerecht )?(widerspruch|einspruch))\b/, 4, '»Widerspruch/Einspruch«', { fuzzy: ['widerspruch', 'einspruch'] }),
  r('objection', 'objection.against', /(widerspruch|einspruch|beschwerde) (gegen|zu|bzgl|bezueglich|betreffend)|gegen (den|ihren|obigen|o\.? ?g\.?) .{0,30}bescheid|lege(n)? .{0,60}(widerspruch|einspruch) ein|erhebe(n)? .{0,60}(widerspruch|einspruch)|(aufhebung|aenderung|ueberpruefung) des bescheid|widerspreche(n)? (ich|wir)? ?(hiermit )?(dem|der|den)/, 3, 'richtet sich gegen einen Bescheid'),
  r('objection', 'objection.bescheid', new RegExp(`${NOT_IDIOM.source}bescheid${NOT_IDIOM_AFTER.source}|festsetzung|ablehnung (meines|unseres|des) antrag`), 0.01, 'Bezug auf einen Bescheid'),
  r('objection', 'objection.grounds', /begruendung (des|meines|unseres) (widerspruch|einspruch)|ist rechtswidrig|ist fehlerhaft|nicht nachvollziehbar|aussetzung der vollziehung/, 1.5, 'Begründung eines Widerspruchs'),
  // An objection still to be made ("Abstimmung vor Einspruch", "bevor wir gegenüber dem Finanzamt
  // Einspruch einlegen"): the letter prepares or announces it, it does not object.
  r('objection', 'objection.planned', /\b(vor (einem |dem |der einlegung (eines|des) )?|bevor (wir|ich) [^.\n]{0,60}?)(widerspruch|einspruch)\b/, -3, 'Widerspruch/Einspruch erst geplant'),
  // An objection the writer says he does not make ("Einspruch lege ich keinen ein", "auf einen
  // Widerspruch verzichte ich"): he accepts the decision and asks something else of it.
  r('objection', 'objection.waived', /\b(keinen|kein) (widerspruch|einspruch)\b|\b(widerspruch|einspruch) (lege|erhebe)(n)? (ich|wir) (keinen|nicht)\b|\bverzichte(n)? (ich |wir )?(hiermit )?auf (den |einen |ein )?(widerspruch|einspruch)|\b(widerspruch|einspruch) (will|moechte|werde)(n)? (ich|wir) (nicht|keinen)\b|\b(will|moechte|werde)(n)? (ich |wir )?(dem|der|diesem|dieser|ihm|ihr|ihnen)? ?(auch )?nicht widersprechen\b/, -4, 'Widerspruch/Einspruch ausdrücklich nicht eingelegt'),
  r('objection', 'objection.remedyText', /(kann|koennen|ist) .{0,80}(widerspruch|einspruch) .{0,60}(erhoben|eingelegt|einzulegen|zu erheben)|(widerspruch|einspruch) .{0,40}(erhoben|eingelegt) werden|(widerspruch|einspruch) ist .{0,30}(einzulegen|zu erheben)|innerhalb eines monats nach bekanntgabe/, -4.5, 'Widerspruch nur als Belehrung erwähnt'),
  // application
  r('application', 'application.word', /\bantrag\b|\bantrag (auf|zur|zum|fuer)|\bantraege\b|\bantragsformular|\bantragstellung/, 2.5, '»Antrag«', { fuzzy: ['antrag'] }),
  // A club asking the city to back its event ("Bitte um Unterstützung", "bitten um eine
  // finanzielle Förderung") asks for a grant or help in kind: an application, however it words it.
  r('application', 'application.support', /\b(bitte|bitten) (wir |ich )?(sie )?(hiermit )?um (ihre |eine |die )?(finanzielle |tatkraeftige |freundliche )?(unterstuetzung|foerderung|bezuschussung)\b/, 3, '»Bitte um Unterstützung/Förderung«'),
  // A citizen asking to lease or rent a plot or room of the city ("Ich möchte das Gartenland gern
  // pachten") applies for it, however plainly worded. A club or firm may write of itself in the
  // third person ("Der Förderverein … beantragt hiermit die Überlassung …"): "hiermit" makes it
  // the request itself, not one that a notice reports ("Sie haben … beantragt").
  r('application', 'application.verb', /(beantrage|beantragen|ersuche|ersuchen|bitte|bitten) (ich|wir)? ?(hiermit|um)? ?(die|eine|den)? ?(genehmigung|erlaubnis|erteilung|zulassung|ausnahme|ueberlassung|zustimmung|bereitstellung|zuteilung|ausstellung|nutzung|reservierung|freigabe)|hiermit beantrage|beantrage(n)? (ich|wir)|(ich|wir) beantrage|\bbeantragt hiermit\b|\bwird hiermit beantragt\b|moechte(n)? (ich|wir) .{0,40}beantragen|(ich|wir) (moechte|moechten|wuerde|wuerden) [^.]{0,60}?\b(an)?(pachten|mieten)\b/, 3, '»beantrage«'),
  // The plain request with its verb at the end ("bitten wir darum, uns die Sporthalle samstags zu
  // überlassen", "möchte Sie bitten, den Stand zu genehmigen"): citizens and clubs ask without the
  // word »Antrag«. Only verbs that grant something; "zu übersenden", "mitzuteilen" ask for a reply.
  r('application', 'application.askToGrant', /\b(bitte|bitten|ersuche|ersuchen) (ich |wir )?(sie )?(darum |hiermit |hoeflich(st)? )?,?[^.?!]{0,160}?\bzu\s+(ueberlassen|genehmigen|gestatten|erlauben|reservieren|vermieten|verpachten)\b/, 3, '»bitten …, zu überlassen/genehmigen«'),
  // (The lease of a plot, "Pacht des Gartenlandes"; the designation of a parking space, e.g. one for
  // the severely disabled, which the traffic authority grants on request; a grantee's call for the
  // next instalment of a granted sum, "Mittelabruf", is a request to pay it out.)
  r('application', 'application.kind', /sondernutzung|gewerbe(an|um|ab)meldung|baumfaellung|faellgenehmigung|faellung|ausnahmegenehmigung|erlaubnis nach|anwohnerparkausweis|parkausweis|veranstaltungsanzeige|anmeldung einer veranstaltung|aufstellung (eines|von)|foerderantrag|zuschussantrag|zuschuss|schankerlaubnis|gaststaettenerlaubnis|strassensperrung|verkehrsrechtliche anordnung|plakatierung|marktstand|informationsstand|einbuergerung|namensaenderung|anmietung|ueberlassung (des|der|eines|einer)|nutzung (des|der|eines|einer) (raum|saal|halle|sporthalle|turnhalle|buergerhaus|gemeinschaftshaus|platz|sportplatz)|akteneinsicht|informationsfreiheit|mittelabruf|mittelanforderung|abruf (der|von) (zuwendungs|foerder)?mittel(n)?\b|grabstelle|grabmal|nutzungsrecht|halteverbotszone|haltverbotszone|sperrung|genehmigung (eines|einer|zur|fuer)|\b(an|ver)?pacht(ung)? (des|der|eines|einer) (?!(jahr|monat|quartal))|\bausweisung (eines|einer|von) (\w+ )?\w*(parkplatz|parkplatzes|parkplaetze|stellplatz|stellplatzes|stellplaetze|parkflaechen?|ladezonen?)\b/, 2.5, 'Antragsgegenstand'),
  // A club or institution asks the mayor to take on the patronage of its event: it asks the city
  // to grant something, an application whatever the event (a thank-you for it is explained away
  // by the thanks rule; a mere invitation asking for a welcome address stays a general letter).
  // A request to pay in instalments or later is an Antrag however it is phrased: "Bitte um
  // Ratenzahlung" in the subject says the same as "Antrag auf Ratenzahlung", and so does asking
  // to be allowed to pay "in 12 Monatsraten … zahlen zu dürfen". (In a tax, social or
  // personnel matter the content type still wins: resolveConflicts.)
  r('application', 'application.payRequest', /\b(bitte|bitten|ersuche|ersuchen) (ich |wir )?(sie )?(hiermit )?(hoeflich(st)? )?um (eine |die )?(ratenzahlung|teilzahlung|ratenzahlungsvereinbarung|stundung|zahlungsaufschub)\b|\b(in|mit) (\d+|zwei|drei|vier|fuenf|sechs|acht|zehn|zwoelf)\s(monats|teil)?raten\b[^.]{0,60}?\b(zahlen|begleichen|abzahlen|tilgen|abtragen)\szu\s(duerfen|koennen)\b/, 2.5, '»Bitte um Ratenzahlung/Stundung«'),
  // A writer who paid the same bill twice or too much asks for the surplus back ("den doppelt
  // gezahlten Betrag … zu erstatten", "doppelte Zahlung, Bitte um Erstattung"): a request to the
  // city, like one for instalments. (In a tax matter or an objection the content type or the act
  // still wins: resolveConflicts.)
  r('application', 'application.refund', /\b(doppelt|zu ?viel|zweimal|versehentlich|irrtuemlich)( \w+)? (gezahlt|bezahlt|ueberwiesen|entrichtet|eingezahlt)\w*\b[^.]{0,80}?\b(zu )?(erstatten|erstattet|zurueck(zu)?(ueberweisen|zahlen|buchen))\b|\bdoppelte[n]? (zahlung|ueberweisung)\b[^.]{0,60}?\b(rueck)?erstattung\b/, 2.5, 'Bitte um Erstattung einer Doppel-/Überzahlung'),
  r('application', 'application.patronage', /schirmherrschaft|\bschirmherr(in)?\b/, 3, 'Bitte um Schirmherrschaft'),
  r('application', 'application.noticeContext', /auf ihren antrag|ihr(en)? antrag vom|antrag wird|antrag (ist|wurde) (abgelehnt|bewilligt)/, -2, '»Antrag« im Bescheid erwähnt'),
  // fine
  // The Austrian authorities' request to name the driver (Lenkerauskunft, § 103 Abs. 2 KFG) is
  // the keeper's questionnaire of their fine proceedings.
  r('fine', 'fine.form', /anhoerungsbogen|zeugenfragebogen|anhoerung im bussgeldverfahren|anhoerung (des|der) betroffenen|verwarnungsgeldangebot|anhoerung (zu|wegen) (einer|der) ordnungswidrigkeit|lenkerauskunft|lenkererhebung|bekanntgabe des (fahrzeug)?lenkers/, 4.5, 'Anhörungs-/Zeugenfragebogen', { fuzzy: ['anhoerungsbogen', 'zeugenfragebogen', 'bussgeldverfahren'] }),
  r('fine', 'fine.hearing', /\banhoerung(sschreiben)?\b|\bverwarnung\b|\bstellungnahme zu(m|r)? (vorwurf|tatvorwurf|verstoss|anhoerung)|(ihnen|mir) (wird|werden) (zur last gelegt|vorgeworfen)/, 2.5, 'Anhörung/Verwarnung', { fuzzy: ['anhoerung', 'verwarnung'] }),
  // Foreign fine proceedings against the keeper of a city vehicle use their own law's words: the
  // Austrian Verwaltungsübertretung and Strafverfügung, the Dutch CJIB's Verwaltungssanktion.
  // The StVO's sections on permits and traffic orders (§ 29 Erlaubnis, § 45 verkehrsrechtliche
  // Anordnung, § 46 Ausnahmegenehmigung) are cited by applications and notices, not offences.
  r('fine', 'fine.words', /ordnungswidrigkeit|bussgeld|verwarnungsgeld|\bowig\b|tatvorwurf|tatzeit|tatort|tattag|geschwindigkeitsueberschreitung|rotlichtverstoss|parkverstoss|punkte im fahreignungsregister|fahreignungsregister|bussgeldkatalog|(?<!(?:§|§§|\$|\$\$|,|und) ?(?:29|45|46)(?: abs\. ?\d+[a-z]?(?:(?:,| und| u\.) ?\d+[a-z]?)*)?(?: satz \d+)?(?: nr\. ?\d+[a-z]?)? )\bstvo\b|\bstvg\b|zulaessige hoechstgeschwindigkeit|km\/h|betroffene(r)?\b|verwaltungsuebertretung|verwaltungsstraf(e|en|verfahren|sache)\b|(anonym|organstraf|straf)verfuegung|verwaltungssanktion/, 2.5, 'Ordnungswidrigkeit', { fuzzy: ['ordnungswidrigkeit', 'verwarnungsgeld', 'bussgeldstelle'] }),
  r('fine', 'fine.traffic', /halt- ?und parkverbot|parkverbot|halteverbot|falschpark|fahrzeughalter|fahrzeugfuehrer|halter(in)? des fahrzeug|fuehrer des fahrzeug|verstoss/, 1.2, 'Verkehrsverstoß'),
  // A citizen reporting an offence ("Anzeige Falschparker Gehweg …") starts fine proceedings: the
  // city hears the offender and the writer becomes a witness.
  // So does one who "erstattet Anzeige (gegen Unbekannt)" for waste dumped in the countryside.
  r('fine', 'fine.report', /\banzeige (wegen |gegen |eines |einer )?(illegale[rn]? |unerlaubte[rn]? |wilde[rn]? )?(falschpark|parkverstoss|verkehrsverstoss|halteverbot|parkverbot|ordnungswidrigkeit|(abfall|muell|bauschutt|sperrmuell)?ablagerung)|\banzeige gegen unbekannt|\berstatte(n|t)? (ich |wir )?(hiermit )?(eine )?anzeige\b/, 1.5, 'Anzeige eines Verstoßes'),
  // Dumping waste outside a disposal site is an offence under the waste law (§ 69 KrWG) that the
  // city prosecutes: the police's report, a witness's or a club's report are fine mail.
  r('fine', 'fine.dumping', /\b(unerlaubte|illegale|wilde|verbotene)[nrs]? (abfall|muell|bauschutt|sperrmuell|schutt)?(ablagerung|entsorgung|kippe)|\bablagerung von (abfaellen|abfall|muell|bauschutt|sperrmuell)/, 2.5, 'unerlaubte Abfallablagerung'),
  r('fine', 'fine.plate', /(amtliches )?kennzeichen:? ?[a-z]{1,3}[- ][a-z]{1,2} ?\d{1,4}/, 1, 'Kfz-Kennzeichen'),
  // court
  r('court', 'court.sender', /\b(amtsgericht|landgericht|oberlandesgericht|verwaltungsgericht|oberverwaltungsgericht|verwaltungsgerichtshof|sozialgericht|landessozialgericht|arbeitsgericht|landesarbeitsgericht|finanzgericht|bundesgerichtshof|bundesverwaltungsgericht|staatsanwaltschaft|gerichtsvollzieher|mahngericht|zentrales mahngericht)\b(?![^\n]{0,40}\b(hrb|hra|vr|pr|gnr)\b)/, 3, 'Gericht als Absender', { sender: true, fuzzy: ['amtsgericht', 'landgericht', 'verwaltungsgericht'] }),
  // ("binnen zwei Wochen ab Zustellung" says when an authority's deadline starts, no court act.)
  // (An Austrian court's Zahlungsbefehl is its Mahnbescheid.)
  r('court', 'court.doc', /\bladung\b|\bbeschluss\b|\burteil\b|im namen des volkes|(?<!\b(ab|nach|seit) (der )?)\bzustellung\b|zustellungsurkunde|mahnbescheid|zahlungsbefehl|vollstreckungsbescheid|pfaendungs- und ueberweisungsbeschluss|pfaendungsbeschluss|termin zur muendlichen verhandlung|muendliche verhandlung|hauptverhandlung|ladung zum termin|terminsladung|klageschrift|klageerwiderung/, 3, 'gerichtliches Schriftstück', { fuzzy: ['mahnbescheid', 'vollstreckungsbescheid'] }),
  // The court's own act, not one it quotes by its date ("Streitwert … (Beschluss vom 14.09.2027)"):
  // only a marker for resolveConflicts (a cost officer's bill names the decisions it follows).
  r('court', 'court.act', /\b(ladung|beschluss|urteil|zustellung)\b(?! vom \d)(?! des [a-z]+ vom \d)|im namen des volkes|zustellungsurkunde|mahnbescheid|vollstreckungsbescheid|pfaendungs- und ueberweisungsbeschluss|pfaendungsbeschluss|muendliche verhandlung|hauptverhandlung|terminsladung|klageschrift|klageerwiderung/, 0.01, 'gerichtliches Schriftstück (nicht nur zitiert)', { zones: ['subject', 'opening'] }),
  r('court', 'court.parties', /in dem (verwaltungs)?rechtsstreit|\b(betreuungs|unterbringungs|nachlass|familien)sache\b|\bfamfg\b|in der (verwaltungs)?streitsache|in sachen|\bklaeger(in)?\b|\bbeklagte[rn]?\b|antragsgegner|antragsteller(in)? und|streitwert|geschaeftsstelle|urkundsbeamt|rechtspfleger|(?<![\d./-])\b\d{1,3} ?[a-z]{1,3} \d{1,5}\/\d{2}\b/, 2, 'Prozessparteien/Aktenzeichen des Gerichts'),
  // job-application
  r('job-application', 'job.word', /\bbewerbung\b|\bbewerbungsunterlagen|\bbewerbe (ich )?mich|\bbewirbt sich|initiativbewerbung/, 4, '»Bewerbung«', { fuzzy: ['bewerbung', 'bewerbungsunterlagen'] }),
  // One applies (»bewirbt sich«) for a market stall, a festival pitch or the hosting of an event as
  // well: a permit the city grants, not a post.
  r('job-application', 'job.notAPost', /\bbewerb(ung|e|en|ungen)\b[^.\n]{0,40}\b(einen stand|standplatz|standflaeche|marktstand|verkaufsstand|stellplatz|platz auf de[mn]|ausrichtung|austragung)\b|\b(markt|stand|standplatz|schausteller|beschicker)bewerbung/, -4, 'Bewerbung um einen Marktstand oder die Ausrichtung (keine Stelle)'),
  r('application', 'application.stall', /\bbewerb(ung|e|en|ungen)\b[^.\n]{0,40}\b(einen stand|standplatz|standflaeche|marktstand|verkaufsstand|stellplatz|platz auf de[mn]|ausrichtung|austragung)\b|\b(markt|stand|standplatz|schausteller|beschicker)bewerbung/, 3, 'Bewerbung um einen Marktstand oder die Ausrichtung'),
  // A place for a (school) internship is asked for like a post, often by a parent for the pupil
  // ("Anfrage Schülerbetriebspraktikum für unseren Sohn"), without the word »Bewerbung«.
  r('job-application', 'job.internship', /\b(schueler|schul|betriebs|schuelerbetriebs|pflicht|vor)?praktikum(s(platz|stelle|vereinbarung|bescheinigung))?\b/, 4, 'Praktikumsanfrage'),
  r('job-application', 'job.cv', /lebenslauf|anschreiben|zeugniskopien|arbeitszeugnisse|stellenausschreibung|stellenanzeige|ausgeschriebene(n)? stelle|ausbildungsplatz|praktikumsplatz|vorstellungsgespraech|kennziffer|eintrittstermin|gehaltsvorstellung|berufserfahrung/, 2.5, 'Lebenslauf/Stellenausschreibung'),
  // personnel
  r('personnel', 'personnel.sick', /krankmeldung|arbeitsunfaehigkeitsbescheinigung|au-bescheinigung|arbeitsunfaehig(keit)?|erstbescheinigung|folgebescheinigung|krankschreibung|dienstunfaehig|krankengeld|wiedereingliederung|eingliederungsmanagement|beschaeftigungsverbot/, 3.5, 'Krankmeldung/AU', { fuzzy: ['krankmeldung', 'arbeitsunfaehigkeitsbescheinigung'] }),
  r('personnel', 'personnel.contract', /arbeitsvertrag|aenderungsvertrag|personalnummer|personal-nr|personalakte|arbeitsverhaeltnis|dienstverhaeltnis|beschaeftigungsverhaeltnis|ausbildungsverhaeltnis|elternzeit|mutterschutz|teilzeitantrag|sonderurlaub|urlaubsantrag|nebentaetigkeit|dienstunfall|arbeitsunfall|entgeltabrechnung|gehaltsabrechnung|bezuegemitteilung|entgeltbescheinigung|arbeitgeberbescheinigung|tarifvertrag (fuer den oeffentlichen dienst|tvoed|tv-?l)|tvoed|eingruppierung|hoehergruppierung|arbeitszeugnis|zwischenzeugnis|aufhebungsvertrag|eigenkuendigung|kuendigung (meines|des|ihres) (arbeits|ausbildungs|dienst)|kuendige ich (mein|das)|dienstherr|(?<!einmalige[nr]? )beihilfe(?![^.\n]{0,40}\bsgb\b)|versetzung|abordnung|dienstvereinbarung|personalrat|(reduzierung|verringerung|erhoehung|aufstockung) (der|meiner) (wochen)?arbeitszeit|(woechentliche|regelmaessige) arbeitszeit|altersteilzeit|pflegezeit|zusatzurlaub|resturlaub|urlaubsanspruch|abmahnung|probezeit|zusatzversorgung|lohnsteuerbescheinigung|sozialversicherungsausweis|dienstjubilaeum|besoldung|umsetzung (in|an|zu|vom|von)|schwerbehindertenvertretung|gleichstellungsbeauftragte|stellenbewertung|dienstpostenbewertung|arbeitsplatzbeschreibung|stufenaufstieg|erfahrungsstufe|jahressonderzahlung|leistungsentgelt|entgeltgruppe|besoldungsgruppe|ueberzahlte[nr]? (dienst)?bezuege|ueberzahlung (der |meiner |von )?(dienst)?(bezuege|besoldung|gehalt|entgelt)|mit meine[mn] (entgelt|gehalt|lohn|bezuegen|dienstbezuegen)\b/, 3, 'Personalangelegenheit'),
  // An advance on one's pay, paid back by deductions from it: only an employee asks the employer
  // for that ("Antrag auf Gehaltsvorschuss", "einbehalten vom Nettoentgelt").
  r('personnel', 'personnel.advance', /(gehalts|lohn|entgelt|bezuege)vorschuss|vorschuss auf (mein|das|meine) (entgelt|gehalt|lohn|bezuege)|einbehalten vo[nm] (meinem )?(netto|brutto)?(entgelt|gehalt|lohn)/, 3, 'Vorschuss auf das Entgelt'),
  // An employee's official journey and its reimbursement under the travel-expense law
  // (Dienstreise, Reisekostenvergütung, Trennungsgeld): the employee's own claim on the employer,
  // paid with the salary. (A firm's bill lists »Reisekosten« among its costs, not these.)
  r('personnel', 'personnel.travel', /\bdienstreise(n|antrag|genehmigung)?\b|reisekostenverguetung|(landes|bundes)reisekostengesetz|\b(brkg|lrkg)\b|trennungsgeld|umzugskostenverguetung/, 3, 'Dienstreise/Reisekostenvergütung'),
  // An employee asking to be let off work (Freistellung von der Arbeit, Arbeits-/Dienstbefreiung,
  // the days off to care for a sick child under § 45 SGB V) asks the employer: a personnel matter,
  // whatever the »Antrag« in its subject. (Not the bare »Freistellung«: a club's tax-exemption
  // notice is its »Freistellungsbescheid«, a citizen asks for »Freistellung« from a fee.)
  r('personnel', 'personnel.leave', /\bfreistellung (von der (arbeit|arbeitsleistung|arbeitspflicht|dienstpflicht)|vom dienst)\b|\barbeitsbefreiung|\bdienstbefreiung|\bkinderkrank(en)?(tage?|geld)\b/, 3, 'Freistellung von der Arbeit (Beschäftigte/r)'),
  // (An employee's pay: Entgeltgruppe, overpaid Bezüge set off against the salary. »Beihilfe« is a
  // civil servant's health allowance, not the one-off grant of youth or social welfare law.)
  // "Ihre Mitarbeiterin Frau X" is the city's staff; a firm's "unser Mitarbeiter Herr X" is its own.
  r('personnel', 'personnel.employee', /\bbeschaeftigte(r)?\b|\bmitarbeiter(in)? (der|ihrer) (stadt|verwaltung)|\bihre?[nrs]? (mitarbeiter(in)?|beschaeftigte[nr]?|angestellte[nr]?|arbeitnehmer(in)?|bedienstete[nr]?),? (frau|herr|herrn)\b|\bdienststelle\b|\bvorgesetzte|\barbeitgeber\b|\bkuendigung(sfrist)?\b/, 1.2, 'Beschäftigte(r)'),
  // One person concerned, not the staff as a whole: "Ihre Beschäftigte …", "Herrn Weber", a birth
  // date or a personnel or insurance number. Only a marker for resolveConflicts: an authority's
  // audit of the employer ("kurzfristig Beschäftigte im Freibad") names groups, no one's data.
  r('personnel', 'personnel.individual', /\bihre?[nrs]? (mitarbeiter(in)?|beschaeftigte[nr]?|angestellte[nr]?|arbeitnehmer(in)?|bedienstete[nr]?|beamte[nr]?|beamtin|auszubildende[nr]?)\b|\bgeb\.|\bgeboren am\b|personalnummer|personal-?nr\b|(renten|sozial)?versicherungsnummer/, 0.01, 'eine bestimmte Person', { zones: ['subject', 'opening', 'body'] }),
  r('personnel', 'personnel.individualNamed', /\b(frau|herrn?) [a-z]/, 0.01, 'eine Person mit Namen', { zones: ['subject', 'opening'] }),
  // medical
  r('medical', 'medical.attest', /\battest\b|(?<!tier)aerztliche(s)? (attest|bescheinigung|gutachten|stellungnahme)|arztbrief|entlassungsbericht|befundbericht|\bbefund\b|\bdiagnose|\banamnese|\bmedikation|\btherapie|behandlungsbericht|amtsaerztlich|gesundheitszeugnis|impfnachweis|impfbescheinigung|schuleingangsuntersuchung/, 3, 'ärztliches Schriftstück', { fuzzy: ['attest', 'arztbrief', 'diagnose'] }),
  r('medical', 'medical.ifsg', /infektionsschutz|\bifsg\b|meldepflichtige?|meldung (gemaess|nach) (§ ?)?(6|7)|erregernachweis|\berreger|norovirus|rotavirus|salmonell|tuberkulose|masern|legionell|covid|sars-cov|hepatitis|meningokokken|keuchhusten|krankheitsverdacht|campylobacter|influenza|windpocken|scharlach|kraetze|skabies|gastroenteritis|ausbruchsgeschehen|arztmeldung|labormeldung/, 3.5, 'Meldung nach IfSG', { fuzzy: ['infektionsschutzgesetz', 'meldepflichtig'] }),
  r('medical', 'medical.terms', /\berkrankung|\berkrankt|verdacht auf|gemeinschaftseinrichtung|\bsymptom|\bquarantaene|\bbehandlung\b|\bbehandelnde|\bgesundheitsamt|\bgesundheitlich|\bschwerbehinderung/, 1.2, 'Gesundheitsangaben'),
  r('medical', 'medical.practice', /\bpraxis (fuer|dr)|\bfacharzt|\bfachaerztin|\ballgemeinmedizin|\bklinik|\bklinikum|\bkrankenhaus|\bkinderarzt|\bhausarzt|\bdr\. med\.(?! ?vet)|\bpatient(in)?\b|\blabor\b|\blaborbefund/, 1.5, 'Arztpraxis/Klinik', { sender: true }),
  // A vet treats animals: their illness is no one's health data (resolveConflicts).
  r('medical', 'medical.vet', /tierarzt|tieraerzt|tierklinik|tiermedizin|veterinaer|\bmed\. ?vet\b/, 0.01, 'Tierarzt als Absender', { zones: ['letterhead', 'returnAddress'] }),
  r('medical', 'medical.icd', /\b[a-tv-z]\d{2}\.\d{1,2}\b ?[gvaz]?\b|\bicd(-10)?\b/, 2, 'ICD-Code'),
  // social
  r('social', 'social.benefit', /sozialhilfe|grundsicherung|wohngeld|jugendhilfe|hilfe zur erziehung|eingliederungshilfe|hilfe zum lebensunterhalt|hilfe zur pflege|buergergeld|asylbewerberleistung|unterhaltsvorschuss|bildung und teilhabe|kostenuebernahme|uebernahme (der|von) .{0,25}kosten|sozialleistung|sozialamt|jugendamt|inobhutnahme|vormundschaft|pflegefamilie|pflegekind|pflege(sohn|tochter|eltern|mutter|vater)|kindeswohl|erziehungsbeistand|sozialpaedagogische|familienhilfe|heimunterbringung|schuldnerberatung|obdachlos|wohnungslos|elterngeld|kita-?gebuehren|kitagebuehren|elternbeitrag|blindenhilfe|blindengeld|pflegewohngeld|wohnberechtigungsschein|mietzuschuss|lastenzuschuss|kosten der unterkunft|beistandschaft|hilfeplan|kindertagespflege|schulbegleitung|integrationshilfe|teilhabeleistung|sozialhilfetraeger|bestattungskosten/, 3, 'Sozialleistung/Jugendhilfe', { fuzzy: ['sozialhilfe', 'grundsicherung', 'wohngeld', 'jugendhilfe', 'unterhaltsvorschuss', 'eingliederungshilfe'] }),
  // Child protection: a school, doctor or day-care centre reports a possible danger to a child's
  // welfare to the youth office (§ 4 KKG, § 8a SGB VIII), in the law's own words.
  r('social', 'social.childProtection', /\bkkg\b|kinderschutz|gewichtige(n)? anhaltspunkte|insoweit erfahrene(n)? fachkraft|gefaehrdungseinschaetzung|gefaehrdungsmeldung|kindeswohlgefaehrdung|8a-?meldung/, 3, 'Kinderschutz (Meldung ans Jugendamt)'),
  r('social', 'social.sgb', /\bsgb ?(i|ii|iii|v|viii|ix|x|xi|xii)\b|sozialgesetzbuch|\bbedarfsgemeinschaft|\bleistungsbezieher|\bleistungsberechtigt|\bsozialdaten|\bwogg\b|\buvg\b|\bbkgg\b/, 2.5, 'SGB'),
  r('social', 'social.needs', /regelbedarf|regelsatz|mehrbedarf|pflegegrad|pflegestufe|weiterleistungsantrag|weiterbewilligung|einkommensnachweis|haushaltsmitglied|mietbescheinigung|unterhalt(szahlung)?(en)? (zahlt|gezahlt|bleibt|ausbleib)|kein(en)? unterhalt|sorgerecht|umgangsrecht|alleinerziehend/, 1.5, 'Bedarf/Haushalt'),
  // building
  r('building', 'building.word', /bauantrag|bauanzeige|bauvoranfrage|baugenehmigung|bauvorhaben|bauvorbescheid|baulast|bauanfrage|abbruchanzeige|abrissgenehmigung|nutzungsaenderung|bautaetigkeit|bauherr|bauvorlage|entwurfsverfasser|standsicherheit|statik|bebauungsplan|abstandsflaeche|grenzbebauung|schwarzbau|ungenehmigt|baukontrolle|bauordnung|bauabnahme|rohbau|schlussabnahme|fertigstellung|baubeginn|bauaufsicht|abgeschlossenheit(sbescheinigung)?|aufteilungsplan|amtliche[nr]? lageplan|bauzeichnung(en)?|grundrisse,? schnitte/, 3, 'Bauangelegenheit', { fuzzy: ['bauantrag', 'bauanzeige', 'baugenehmigung', 'bauvorhaben'] }),
  // (A »Baustelle« is where anything is built: a firm's site information, a bill for work there,
  // road works. Only a site word, no matter of the building authority.)
  r('building', 'building.site', /baustelle|flurstueck|gemarkung|\bflur \d|grundstueck|anbau|carport|wintergarten|garage|dachgeschoss|einfamilienhaus|mehrfamilienhaus|aufstockung|neubau|umbau/, 1.2, 'Grundstück/Bauwerk'),
  // offer
  r('offer', 'offer.word', /\bangebot\b|\bangebots-? ?(nr|nummer)|\bkostenvoranschlag|\bkostenangebot|\bauftragsbestaetigung|\bunterbreiten|\bnachtragsangebot|\bpreisangebot|\bausschreibung\b|(?<!zentrale )\bvergabe(verfahren|nummer|-?nr|stelle|unterlagen)?\b|(?<!preis- und )\bleistungsverzeichnis/, 3, '»Angebot«', { fuzzy: ['angebot', 'kostenvoranschlag', 'auftragsbestaetigung'] }),
  // An offer need not say »Angebot«: "wir bieten Ihnen … an", a form to accept it, a contract's
  // renewal on new terms.
  // Suppliers abroad write in English: a quotation, its number and how long it is valid.
  r('offer', 'offer.english', /\bquotation\b|\bquote (no|number|ref)\b|\b(quotation|offer|quote) (is )?valid (until|for)\b|\bvalidity of (the |this |our )?(offer|quotation)\b|\binvitation to tender\b|\b(pleased|happy) to (submit|offer)\b/, 3, '»Quotation« (englisches Angebot)', { fuzzy: ['quotation'] }),
  r('offer', 'offer.verb', /\b(bieten|biete|unterbreiten) (wir |ich )?ihnen\b|\bannahmeerklaerung|\bvertragsverlaengerung|\bverlaengerung (de[rs] |ihre[sr] |unsere[sr] )?\w*vertrag/, 2.5, '»bieten Ihnen … an«/Vertragsverlängerung'),
  r('offer', 'offer.contract', /\bvertrag\b|vertragsentwurf|rahmenvertrag|wartungsvertrag|dienstleistungsvertrag|mietvertrag|pachtvertrag|kaufvertrag|vertragsangebot|vertragsverlaengerung|(?<!im )\bauftrag\b|beauftragung|(?<!naechste |naechsten |erste |ersten )\bbestellung\b/, 2, 'Vertrag/Auftrag'),
  r('offer', 'offer.request', /(ihre|ihrer|ihren) (anfrage|preisanfrage|ausschreibung|bestellung|auftrag|beauftragung|leistungsanfrage)|auf (ihre|ihrer) (anfrage|ausschreibung)|angebots-? ?(nr|nummer)|auftrags-? ?(nr|nummer)|vergabe-? ?(nr|nummer)|bindefrist|zuschlagsfrist|angebotsfrist|(?<!preis- und )leistungsverzeichnis|angebotssumme|auftragswert|auftragsbestaetigung|wir bestaetigen (ihre|den) (auftrag|bestellung)/, 2, 'Bezug auf eine Anfrage/Bestellung der Stadt'),
  // A bill names the offer or order confirmation it executes by number and date ("gemäß
  // Auftragsbestätigung AB-2027-019 vom 03.03.2027"): an earlier document, quoted (resolveConflicts).
  // What only a request of the city leaves in an offer: its enquiry or tender named, a tender
  // number, a bill of quantities, a Bindefrist (an offer number and a validity date a mailing
  // prints as well). Only a marker for resolveConflicts.
  r('offer', 'offer.cityRequest', /(ihre|ihrer|ihren) (anfrage|preisanfrage|ausschreibung|leistungsanfrage|bestellung|beauftragung|auftrag)\b|auf (ihre|ihrer) (anfrage|ausschreibung)|vergabe-? ?(nr|nummer)|(?<!preis- und )leistungsverzeichnis|bindefrist|zuschlagsfrist/, 0.01, 'Anfrage/Ausschreibung der Stadt genannt'),
  r('offer', 'offer.quoted', /\b(angebot(s)?|auftragsbestaetigung|kostenvoranschlag(s)?|bestellung|auftrag(s)?)\W{0,3}((nr|nummer)\.?\W{0,3})?[a-z]{0,5}[-/ ]?\d[\w/.-]*\W{0,3}vom \d{1,2}\. ?\d{1,2}\./, 0.01, 'Angebot/Auftragsbestätigung mit Nummer und Datum zitiert'),
  r('offer', 'offer.terms', /(gueltig|bindung|gebunden) bis|\bpos(ition|\.)? ?\d|einzelpreis|gesamtpreis|lieferzeit|ausfuehrungszeitraum|vertragslaufzeit|laufzeit (von|des|:)/, 1, 'Angebotskonditionen'),
  // advertising
  // (»Werbung« not inside »Bewerbung«. A shop's opening pitch: a headline "NEU:", "zur Eröffnung
  // schenken wir Ihnen … bei Ihrer ersten Bestellung". An organiser's deals for its event: the
  // early-booking price "bei Anmeldung bis zum … zahlen Sie nur …", "jede dritte Anmeldung ist
  // kostenfrei"; an employee asking to attend names the fee, never a deal. Scarcity: "nur noch wenige
  // Exemplare/Plätze".)
  r('advertising', 'ads.words', /sonderangebot|sonderaktion|sonderkondition|jetzt (nach)?(bestellen|sichern|testen|anmelden|informieren|anfragen)|jetzt ((?!zu\b)[a-z]+ )?(sichern|buchen|reservieren)\b|gratis|kostenlos|unverbindlich(e|es|en)? (beratung|angebot|demo|vorfuehrung|praesentation|gespraech|kennenlernen)|\brabatt|\d+ ?% (sparen|rabatt|nachlass)|sparen sie|nur fuer kurze zeit|nur noch bis|nur noch (wenige|einige) (exemplare|plaetze|restplaetze|stueck|termine)\b|solange der vorrat|exklusiv fuer|newsletter|abbestellen|abmelden|(?<!be)werbung|werbesendung|katalog|neuheit|aktionspreis|einfuehrungspreis|gutschein|frueh(bucher|bucherrabatt)|messe-?angebot|lernen sie uns kennen|ueberzeugen sie sich|besuchen sie (uns|unseren|unsere)|entdecken sie|nicht verpassen|probeabo|vorteilspreis|vorteil(e)? fuer sie|profitieren sie|sichern sie sich|testen sie|rufen sie (uns )?(noch heute|jetzt|gleich) an|sortiment|produktneuheit|unsere (loesung|produkte|dienstleistungen) (fuer|im ueberblick)|qr-?code|scannen sie|(^|\n) *neu ?[:!]|(zur|anlaesslich (der|unserer)) (neu)?eroeffnung|eroeffnungs(angebot|rabatt|aktion|preis)|(bei|zu|mit) ihrer ersten bestellung|schenken (wir|ich) ihnen|\b(bei|mit) (ihrer )?(anmeldung|buchung) bis (zum )?\d{1,2}\.\s?(\d{1,2}\.|[a-z]+)(\s\d{2,4})?[^.]{0,40}?\b(zahlen sie nur|nur \d|ermaessigt|rabatt)|\bjede (zweite|dritte|vierte|fuenfte|weitere) (anmeldung|buchung|person|teilnehmerin|teilnehmer)\b[^.]{0,40}?\b(kostenfrei|kostenlos|gratis|frei)\b/, 2.5, 'Werbesprache', { fuzzy: ['sonderangebot', 'sonderaktion', 'kostenlos', 'gratis', 'newsletter', 'vorteilspreis', 'aktionspreis', 'fruehbucherrabatt', 'gutschein'] }),
  r('advertising', 'ads.pitch', /unsere?[nrsm]? (neue[nrs]? )?(loesung(en)?|software|produkte?|produktpalette|dienstleistungen|leistungsspektrum|services?|sortiment|kollektion|plattform|app)\b|(fuer|an) (kommunen|behoerden|verwaltungen|oeffentliche (auftraggeber|einrichtungen|verwaltungen)|den oeffentlichen (dienst|sektor))\b|\bihr(en)? (weg|partner|spezialist|experte) (zur?|fuer)\b|\b(demo|testphase|testzugang|probemonat|online-praesentation|produktvorfuehrung)\b/, 1.5, 'Produktwerbung'),
  r('advertising', 'ads.event', /seminar\b|\b(webinar|fachtagung|fachkonferenz|kongress|workshop|schulungsangebot|fortbildungsangebot|fachmesse|infoveranstaltung|roadshow)\b/, 2, 'Veranstaltungswerbung', { fuzzy: ['webinar', 'seminar', 'fachtagung', 'workshop'] }),
  // The mechanics of a sales campaign: promotion codes, deadlines for a deal, per-seat prices,
  // a stand at a trade fair, the unsubscribe line.
  // (OCR reads the m of "mehr" as "rn" in the small print of the unsubscribe line.)
  r('advertising', 'ads.campaign', /aktionscode|gutscheincode|rabattcode|vereinbaren sie (jetzt|noch heute|gleich|einfach)|\bwer bis (zum )?\d{1,2}\.\d{1,2}\.(\d{2,4})? (bestellt|bucht|abschliesst|sich anmeldet)|(finden|treffen|besuchen) sie uns [^\n]{0,60}(messe|halle \d|stand \d)|\bauf der messe\b|\bmessestand|keine (weiteren )?(informationen|zusendungen|angebote|werbeschreiben|werbung|post|briefe|schreiben)( (mehr|rnehr))?( von uns)? (wuenschen|erhalten|bekommen)|\bsie erhalten (diese[ns]?) (information(en)?|schreiben|post|brief|mailing|newsletter|zusendung|werbung)\b[^.\n]{0,60}?\b(weil|da|als)\b|\bwiderspruch gegen (weitere|kuenftige) (zusendungen|werbung|post|schreiben|informationen)|\bwiderspruch (jederzeit )?(an|per e-?mail an|unter) [\w.-]+@|\bstatt \d[\d.,]* ?(€|eur)\W{0,6}(nur|jetzt) \d|(fruehjahrs|sommer|herbst|winter|jubilaeums|oster|weihnachts|jahresend)aktion|aktionsangebot|\b(je|pro) (mitarbeiter(in)?|nutzer(in)?|arbeitsplatz|einwohner(in)?) und monat/, 2, 'Verkaufsaktion (Aktionscode, Messe, Abmelden)'),
  // A list of selling points ticked off with check marks is the layout of a flyer, not of a letter.
  r('advertising', 'ads.checklist', /(^|\n) *[✓✔☑][^\n]*\n *[✓✔☑]/, 2, 'Vorteilsliste mit Häkchen'),
  r('advertising', 'ads.fee', /teilnahmegebuehr|tagungsgebuehr|seminargebuehr|kursgebuehr|teilnehmergebuehr|anmeldeschluss|fruehbucherpreis|plaetze (sind )?(begrenzt|limitiert)|begrenzte teilnehmerzahl/, 2, 'Teilnahmegebühr', { fuzzy: ['teilnahmegebuehr', 'tagungsgebuehr', 'seminargebuehr'] }),
  // An unsolicited offer of a paid entry in a directory ("Eintragungsofferte", "Aktualisierung
  // Ihrer Firmendaten … unterschrieben zurücksenden") is the well-known register mailing dressed as
  // a form: advertising, not an offer the city asked for. Its tell-tale is the disclaimer such
  // mailings must print ("Dies ist keine Rechnung", "Zahlungspflicht entsteht erst mit Ihrer
  // Unterschrift", "nicht mit einem amtlichen Register verbunden"); a directory alone is not (the
  // city keeps registers of its own).
  r('advertising', 'ads.directoryEntry', /eintragungsofferte|\baktualisierung (ihres (\w+)?eintrag(e)?s|ihrer (firmen|unternehmens|betriebs)daten)\b|\b(eintragung|eintrag|aufnahme|listung|veroeffentlichung) (ihrer |ihres )?(daten |firmendaten |firma |unternehmens |betriebs )?(in|im) (das |dem |unser(em)? |ein(em)? )?(online-?|internet-?|branchen|firmen|unternehmens|adress|behoerden)(verzeichnis|register|branchenbuch|portal|adressbuch)|\b(online-?|internet-?|branchen|firmen|unternehmens)(verzeichnis|branchenbuch|adressbuch)\b/, 2, 'Eintrag in ein Verzeichnis angeboten'),
  r('advertising', 'ads.notAnInvoice', /dies(es schreiben| formular)? ist keine rechnung|(es handelt sich|dies ist) (hierbei |lediglich |nur )?um ein (angebot|offerte)|zahlungspflicht entsteht erst|(ist |steht )?(nicht|in keiner (weise|verbindung)) mit (einem|dem|den) (amtlichen|oeffentlichen|staatlichen) (registern?|handelsregister) (verbunden|verknuepft|in verbindung)|\bkein (amtliches|oeffentliches|staatliches) register\b/, 3, '»Dies ist keine Rechnung« / »kein amtliches Register« (Eintragungsofferte)'),
  // The opt-out line of a mass mailing ("Sie möchten keine Angebote mehr von uns erhalten?", "Sie
  // erhalten diese Information, weil … Widerspruch an info@…", the notice § 7 Abs. 3 UWG asks for): no
  // firm prints it under an offer the city asked for. Only a marker for resolveConflicts (it
  // scores in ads.campaign).
  r('advertising', 'ads.optOut', /keine (weiteren )?(informationen|zusendungen|angebote|werbeschreiben|werbung|post|briefe|schreiben)( (mehr|rnehr))?( von uns)? (wuenschen|erhalten|bekommen)|\babbestellen\b|\babmelden@|\bsie erhalten (diese[ns]?) (information(en)?|schreiben|post|brief|mailing|newsletter|zusendung|werbung)\b[^.\n]{0,60}?\b(weil|da|als)\b|\bwiderspruch gegen (weitere|kuenftige) (zusendungen|werbung|post|schreiben|informationen)|\bwiderspruch (jederzeit )?(an|per e-?mail an|unter) [\w.-]+@/, 0.01, 'Abmeldehinweis eines Werbeversands'),
  r('advertising', 'ads.relation', /kundennummer|kunden-?nr|vertragsnummer|ihre bestellung vom|ihr auftrag vom|rechnungsnummer/, 0.01, 'bestehende Geschäftsbeziehung'),
  // other
  // A bidder's question during a tender (»Bieterfrage Nr. 2 – Vergabe …«) asks about the tender
  // documents before any offer: the tender's vocabulary names its matter, not an offer.
  r('other', 'other.bidderQuestion', /\bbieter(frage|anfrage)n?\b/, 3, 'Bieterfrage zu einer Ausschreibung', { zones: ['subject', 'opening'] }),
  r('other', 'other.words', /einladung|laden (wir )?sie .{0,30}ein|vielen dank|herzlichen dank|bedanke|bedanken|gratulation|glueckwunsch|anfrage|frage|auskunft|information|mitteilung|beschwerde|anregung|vorschlag|hinweis|fundsache|fund(buero|sachen)|\blob\b|\bdanke\b|\bdank\b/, 1, 'allgemeines Schreiben', { fuzzy: ['einladung'] }),
  // A supplier announcing its new bank account asks nothing to be paid now: a master-data notice
  // for the accounts payable desk (and a known fraud pattern to check), no invoice or reminder.
  r('other', 'other.bankChange', /(aenderung|wechsel|umstellung) (unserer|der|ihrer|meiner) (bankverbindung|kontoverbindung|bankdaten|kontodaten)|neue (bankverbindung|kontoverbindung)|(bankverbindung|kontoverbindung) (hat sich|aendert sich|wird sich) (geaendert|aendern)|change of (our )?bank (details|account)|new bank (details|account)/, 4, 'geänderte Bankverbindung (Stammdaten)', { zones: ['subject', 'opening', 'body'] }),
  // A supplier changing how it invoices (to XRechnung, asking for the Leitweg-ID or the invoice
  // address) bills nothing: master data for the accounts payable desk, like new bank details.
  // Only where the letter says it up front: an applicant tells of the changeover she managed.
  r('other', 'other.invoicingChange', /\bumstellung (auf|zu[rm]) (die |den )?(elektronische[n]? rechnung(en|sstellung)?|e-?rechnung(en)?|xrechnung|zugferd|rechnungsversand per)|\b(angabe|mitteilung|nennung|uebermittlung|bekanntgabe) (ihrer|der|ihre[rs]?) (leitweg-?id|rechnungs(anschrift|adresse))|\bbitte (teilen|nennen) sie uns (ihre|die) (leitweg-?id|rechnungs(anschrift|adresse))/, 4, 'Umstellung der Rechnungsstellung (Stammdaten)', { zones: ['subject', 'opening'] }),
  // An auditor's balance confirmation (Saldenbestätigung for the sender's annual accounts) asks
  // the city to confirm what it owes and says itself that nothing is to be paid.
  r('other', 'other.balanceConfirmation', /\bsald(en|o)bestaetigung|\bsaldenabstimmung|\bbestaetigung (des|unseres|ihres) saldos|\bbestaetigen sie (uns )?(bitte )?den saldo/, 4, 'Saldenbestätigung (keine Zahlungsaufforderung)'),
  // A payer's payment advice (Zahlungsavis: "haben wir heute folgende Zahlung angewiesen") tells
  // the city what it will receive for which of its bills: nothing to pay, the bills are quoted.
  r('other', 'other.paymentAdvice', /\bzahlungsavis\b|\bavis-? ?(nr|nummer)\b|\b(folgende|nachstehende)n? (zahlung|ueberweisung)(en)? (angewiesen|veranlasst|ausgefuehrt)\b|\bzu (ihren )?gunsten (ihres|des) [^.\n]{0,40}\bkontos?\b[^.\n]{0,60}\b(angewiesen|ueberwiesen|veranlasst)\b/, 4, 'Zahlungsavis (die Stadt erhält Geld)'),
  // A payer revoking the direct-debit mandate it gave the city (Widerruf des SEPA-Lastschriftmandats,
  // of an Einzugsermächtigung) changes master data of the cash desk, like new bank details: it
  // neither objects (»Widerruf« is no Widerspruch) nor is it a tax or a bill.
  r('other', 'other.mandateRevocation', /\bwiderruf (de[sr] |unsere[sr] |meine[sr] |ihnen erteilten )?(sepa-? ?)?(basis-? ?|firmen-? ?)?(lastschrift-? ?)?(mandat|einzugsermaechtigung|abbuchungsauftrag)|\bwiderrufe(n)? (ich |wir )?(hiermit )?(das|die|den|mein|meine|unser|unsere)[^.\n]{0,40}?(lastschrift)?(mandat|einzugsermaechtigung|abbuchungsauftrag)\b/, 4, 'Widerruf eines Lastschriftmandats (Stammdaten)', { zones: ['subject', 'opening', 'body'] }),
  // Who wrote as counsel: a lawyer's or insolvency administrator's head or signature. Only a
  // marker for resolveConflicts (the court proceedings such a letter names are quoted).
  r('other', 'other.counsel', /\brechtsanw(ael|al)t(in|e|in und notarin)?\b|\brechtsanwaltskanzlei\b|\b(anwalts)?kanzlei\b|\bfachanw(ael|al)t(in)? fuer\b|\binsolvenzverwalter(in)?\b|\bsachwalter(in)?\b|\bra(in)? dr\b/, 0.01, 'Rechtsanwalt/Insolvenzverwalter als Absender', { zones: ['letterhead', 'returnAddress', 'closing'] }),
  // An insurer settling a claim of the city (Schadenregulierung) pays the city: it lists the bills
  // the claim consists of ("Rechnung Firma X vom …"), but it is no bill to pay.
  r('other', 'other.claimSettlement', /schadenregulierung|regulieren (wir )?(den|diesen|ihren|einen) schaden|(den|diesen|ihren) schaden (regulieren|reguliert)|entschaedigungs(betrag|leistung|summe)|schadenfall (ist |als )?(abgeschlossen|erledigt)/, 2, 'Schadenregulierung eines Versicherers'),
  // A claim for damages against the city (a driver's Schadensersatzforderung for a pothole, an
  // insurer's recourse from its policyholder's right, § 86 VVG) asks for money without any bill
  // or order: the itemised damage and its deadline make it look like a reminder, but it is a
  // general letter for the unit that caused the damage.
  r('other', 'other.damageClaim', /schadens?ersatzforderung|schadens?ersatzanspr(uch|ueche)|\bregress(forderung|anspruch|ansprueche)?\b|uebergegangene[mn]? recht|forderungsuebergang|§ ?86 (abs\. ?\d+ )?vvg\b/, 3, 'Schadensersatz-/Regressforderung'),
  // A party's settlement proposal on a claim of the city (a lawyer offering a sum "zur Abgeltung
  // sämtlicher Ansprüche") disputes the amount of a claim, no Bescheid: no objection, no offer of
  // goods. (A court's proposal stays court mail: resolveConflicts.)
  r('other', 'other.settlement', /vergleichsvorschlag|vergleichsangebot|schlage(n)? (ich|wir) (ihnen )?(folgenden|einen|den) vergleich vor|zur abgeltung (saemtlicher|aller) ansprueche/, 3, 'Vergleichsvorschlag einer Partei'),
  // The city as landlord: a tenant of a municipal flat reports a defect and reduces the rent
  // (§ 536 BGB). Flat, rent and children's room are a tenancy's words, no benefit claim.
  r('other', 'other.tenancy', /\bmaengelanzeige\b|\bmietminderung|\bminderung der (miete|gesamtmiete)|\bmiete (ist )?gemindert|\bmindere (ich )?die (gesamt)?miete/, 3, 'Mängelanzeige/Mietminderung eines Mieters'),
  // A bank's yearly statement of the charges already debited (Entgeltaufstellung, § 10 ZKG) asks
  // for nothing: information, no invoice or reminder. ("Sie brauchen nichts zu tun" alone is no
  // such sign: an invoice collected by direct debit says it too.)
  // (A bank's »Preis- und Leistungsverzeichnis« is its price list, no tender's bill of quantities.)
  r('other', 'other.chargeStatement', /\b(jahres)?entgeltaufstellung|\bentgeltinformation/, 3, 'Entgeltaufstellung einer Bank (nichts zu zahlen)'),
  // A supplier announcing new prices under a running contract (»Preisanpassung zum 01.01.«, a
  // price-escalation clause) offers nothing new and bills nothing: a notice of changed terms for
  // the contract's desk, like a bank's new price list.
  r('other', 'other.priceChange', /preisanpassung|preiserhoehung|preisaenderung|aenderung (der|unserer|ihrer) preise|(passen|erhoehen|aendern) (wir|ich) [^.\n]{0,60}\bpreise\b|preisgleitklausel/, 3, 'Preisanpassung unter einem laufenden Vertrag', { zones: ['subject', 'opening'] }),
  // A report on the year's work or on the use of a grant (Jahresbericht, Sachbericht,
  // Verwendungsnachweis) asks for nothing: a general letter, whatever its figures are about.
  // Only the subject: grant notices and applications name the Verwendungsnachweis they require.
  r('other', 'other.report', /jahresbericht|taetigkeitsbericht|sachbericht|geschaeftsbericht|rechenschaftsbericht|verwendungsnachweis/, 3, 'Jahres-/Sachbericht, Verwendungsnachweis', { zones: ['subject'] }),
  // The letter says that it names no one: anonymised statistics, aggregate figures only, names
  // not needed or not collected. Only a marker for resolveConflicts.
  r('other', 'other.noPersonalData', /\banonymisierte[nr]? (\w+)?(statistik|daten|angaben|auswertung|zahlen|kennzahlen|uebersicht|fassung)\b|\bin anonymisierter form\b|\b(einzelfalldaten|personenbezogene (daten|angaben))[^.\n]{0,40}\bnicht\b|\bkeine (personenbezogenen|personenbeziehbaren) (daten|angaben)\b|\b(namen|daten|angaben)( und (daten|namen|anschriften|geburtsdaten))? (der|zu) (einzelnen )?(teilnehmenden|teilnehmer\w*|kinder[n]?|betroffenen|klient\w*|leistungsberechtigten|personen|familien|patient\w*|bewohner\w*)[^.]{0,100}\b(nicht (erforderlich|enthalten|erhoben|uebermittelt|genannt)|werden nicht erhoben)|\bausschliesslich summenangaben\b/, 0.01, 'keine personenbezogenen Daten (anonymisiert, Summenangaben)'),
  // Thanks: the matter they thank for (a funeral, a permit granted) is only their topic.
  r('other', 'other.thanks', /dankeschoen|danksagung|dankesbrief|dankeschreiben|\bdanken (ihnen|wir|ich|moechte)/, 1, 'Dank'),
];

/** Where a rule hit stands: the letter's zones, plus the opening sentences of the body (they say
 *  what the letter wants) and standard text (boilerplate.ts: it says nothing). */
export type RuleZone = Zone | 'opening' | 'boilerplate';

const ZONE_WEIGHT: Record<RuleZone, number> = {
  subject: 3, opening: 1.6, letterhead: 1.2, returnAddress: 1.2, reference: 1.2, date: 1, salutation: 0.5, body: 1, closing: 0.8,
  footer: 0.2, address: 0.4, boilerplate: 0.15,
};

export interface RuleHit {
  rule: TypeRule; zone: RuleZone; score: number; fuzzy: boolean;
  /** Every zone the rule matched in (`zone` is only the one that scored best). */
  seenIn: RuleZone[];
}

/** A change of the rule scores made because one kind of evidence explains another away. */
export interface Adjustment {
  type: DocumentType;
  factor: number;
  label: string;
  /** The type the removed part of the score goes to: the evidence still counts, for what the
   *  letter really is (an Antrag on Wohngeld is evidence of a social matter). */
  to?: DocumentType;
}

const ZONE_GROUPS: RuleZone[][] = [['subject'], ['opening'], ['letterhead', 'returnAddress'], ['reference'], ['body', 'date', 'salutation', 'closing'], ['footer'], ['address'], ['boilerplate']];

/** How many body lines after the salutation (or the subject) count as the opening. */
const OPENING_LINES = 3;
const HEADER_ZONES: Zone[] = ['subject', 'address', 'letterhead', 'returnAddress', 'reference'];

const MONTH_YEAR = /^([a-z .-]{2,30}, ?)?(im |stand:? )?(januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}$/;

/** Place and date only ("Musterstadt, den 02.04.2024", "im Oktober 2024"). */
function isDateLine(folded: string): boolean {
  const line = folded.replace(/[.,]$/, '');
  return DATE_ONLY_LINE.test(line) || MONTH_YEAR.test(line);
}

/** The zone each line counts in for the rules. */
export function ruleZones(letter: Letter): RuleZone[] {
  const lines = letter.lines;
  const mask = boilerplateMask(lines.map((line) => line.raw));
  const zones: RuleZone[] = lines.map((line, i) => (mask[i] && !HEADER_ZONES.includes(line.zone) ? 'boilerplate' : line.zone));
  // A subject zone holding only the place and date ("Musterstadt, den 02.04.2024"): the real
  // subject is the next short line.
  const subjects = lines.filter((line) => line.zone === 'subject');
  const lastSubject = subjects[subjects.length - 1];
  if (subjects.length > 0 && lastSubject && subjects.every((line) => isDateLine(line.folded))) {
    const next = lines.slice(lastSubject.index + 1).find((line) => line.raw.trim());
    if (next && (next.zone === 'body' || next.zone === 'date') && next.raw.length <= 90) zones[next.index] = 'subject';
  }
  // A title line right on top of the Betreff block ("Kostennote Nr. 1187" above "In Sachen …"),
  // left in the body by the layout because it looks like a numbered field, belongs to the
  // subject: what a letter is stands at its top. Labelled fields ("Kundennr.: 12") stay where they are.
  const firstSubject = subjects[0];
  const title = firstSubject ? lines[firstSubject.index - 1] : undefined;
  const aboveTitle = title ? lines[title.index - 1] : undefined;
  if (firstSubject && title && aboveTitle && !firstSubject.gapBefore && zones[title.index] === 'body' && title.page === firstSubject.page
    && HEADER_ZONES.concat('date').includes(aboveTitle.zone) && title.raw.trim().length <= 60 && !/^[^:]{2,30}:\s*\S/.test(title.raw)) {
    zones[title.index] = 'subject';
  }
  // A "subject" that carries on the sentence of the body line right above it ("… Bezahlung nach" /
  // "Rechnung, 14 Tage."), with no gap between, is that sentence wrapped: body text. The layout may
  // take it for a title where no salutation was recognised ("Moin Herr …,").
  for (const line of subjects) {
    const above = lines[line.index - 1];
    if (above && zones[above.index] === 'body' && !line.gapBefore && above.page === line.page && /\s[a-zäöüß]+$/.test(above.raw.trimEnd())) {
      zones[line.index] = 'body';
    }
  }
  const openingStart = letter.salutation ?? (lastSubject ? lastSubject.index : undefined);
  if (openingStart !== undefined) {
    let taken = 0;
    for (let i = openingStart + 1; i < lines.length && taken < OPENING_LINES; i++) {
      if (zones[i] === 'body') { zones[i] = 'opening'; taken += 1; }
      else if (zones[i] === 'closing' || zones[i] === 'boilerplate') break;
    }
  }
  return zones;
}

/** Correctly spelt words a letter away from a keyword: read as they stand, they are themselves
 *  (»Bewertung« of assets or posts is no »Bewerbung«). */
const OTHER_WORDS: ReadonlySet<string> = new Set(['bewertung', 'bewertungen']);

/** A token that is the keyword as OCR misread it: a few letters off (fuzzyEquals), or letters
 *  that print alike read for one another, which may change the word's length ("Rechriung",
 *  "Rechuung", "Bewerhung": ri/n, u/n, b/h; ocrMatches), an "h" read as "li" among them
 *  ("Reclinung"). */
function misreadKeyword(token: string, keyword: string): boolean {
  if (OTHER_WORDS.has(token)) return false;
  return [token, token.replace(/li/g, 'h')].some((read) => fuzzyEquals(read, keyword) || ocrMatches(read, keyword));
}

/** Rule evidence per type: each rule counts once at its best zone, plus a little for repetition. */
export function scoreRules(letter: Letter): { scores: Record<DocumentType, number>; hits: RuleHit[]; adjustments: Adjustment[] } {
  const scores = {} as Record<DocumentType, number>;
  const hits: RuleHit[] = [];
  const zones = ruleZones(letter);
  const zoneTexts = ZONE_GROUPS.map((group) => ({
    zone: group[0] as RuleZone,
    text: unspaced(foldText(letter.lines.filter((_, i) => group.includes(zones[i] ?? 'body')).map((line) => line.raw).join('\n'))),
  }));
  for (const rule of TYPE_RULES) {
    let best: RuleHit | undefined;
    let count = 0;
    const seenIn: RuleZone[] = [];
    for (const { zone, text } of zoneTexts) {
      if (!text || (rule.zones && !rule.zones.includes(zone))) continue;
      const global = new RegExp(rule.pattern.source, 'g');
      const matches = text.match(global)?.length ?? 0;
      let fuzzy = false;
      let found = matches;
      if (matches === 0 && rule.fuzzy && rule.weight > 0 && zone !== 'boilerplate') {
        const tokens = tokenize(text);
        const contextual = /\(\?<?[!=]/.test(rule.pattern.source);
        const joined = tokens.slice(0, -1).map((token, i) => token + (tokens[i + 1] ?? ''));
        // When the pattern looks at the context ("E-Rechnung", "Rechnungseingang" are no invoice),
        // a token that contains the keyword itself was judged by it: fuzzy is for misread words.
        // And a token that is the keyword itself, read correctly, was rejected by the pattern: the
        // word alone is not the phrase it asks for (»Bußgeldverfahren« is no »Anhörung im
        // Bußgeldverfahren«).
        if ([...tokens, ...joined].some((token) => token.length >= 5 && rule.fuzzy?.some((word) => token !== word && !(contextual && token.includes(word)) && misreadKeyword(token, word)))) {
          fuzzy = true;
          found = 1;
        }
      }
      if (found === 0) continue;
      seenIn.push(zone);
      if (zone !== 'boilerplate') count += found;
      // Standard text weighs little, except for the rules that recognise standard text itself
      // (a Rechtsbehelfsbelehrung says "Bescheid") and the negative rules that explain it away.
      const zoneWeight = zone === 'boilerplate' && (rule.standardText || rule.weight < 0) ? 1
        : rule.sender && (zone === 'letterhead' || zone === 'returnAddress') ? 2 : ZONE_WEIGHT[zone];
      const score = rule.weight * zoneWeight * (fuzzy ? 0.7 : 1);
      const better = rule.weight > 0 ? !best || score > best.score : !best || score < best.score;
      if (better) best = { rule, zone, score, fuzzy, seenIn };
    }
    if (!best) continue;
    const repetition = rule.weight > 0 ? 0.15 * rule.weight * Math.min(3, Math.max(0, count - 1)) : 0;
    best.score += repetition;
    hits.push(best);
    scores[rule.type] = (scores[rule.type] ?? 0) + best.score;
  }
  const split = splitObjectionAct(letter, zones, hits);
  if (split) {
    hits.push(split);
    scores.objection = (scores.objection ?? 0) + split.score;
  }
  const layout = invoiceLayout(hits);
  if (layout) {
    hits.push(layout);
    scores.invoice = (scores.invoice ?? 0) + layout.score;
  }
  const adjustments = resolveConflicts(scores, hits);
  for (const { type, factor, to } of adjustments) {
    const score = scores[type];
    if (score === undefined || score <= 0) continue;
    scores[type] = score * factor;
    if (to) scores[to] = (scores[to] ?? 0) + score * (1 - factor);
  }
  return { scores, hits, adjustments };
}

/** A word set in spaced letters for emphasis (Sperrschrift: "W i d e r s p r u c h", "B e s c h l u s s"),
 *  as lawyers and courts print the act itself: read as the word. Five letters or more, so that
 *  initials ("K. u. M.") and single letters stay apart. */
const SPACED_WORD = /(?<![a-z])([a-z] ){4,}[a-z](?![a-z])/g;
function unspaced(folded: string): string {
  return folded.replace(SPACED_WORD, (word) => word.replace(/ /g, ''));
}

const OBJECTION_SPLIT: TypeRule = r('objection', 'objection.against', /(?!)/, 3, 'legt Widerspruch/Einspruch ein (über mehrere Zeilen)');
// (A lawyer acts for the client: "legen namens und im Auftrag unseres Mandanten … Widerspruch ein".)
const SPLIT_ACT = /\b(lege(n)?|erhebe(n)?) (ich|wir|namens)\b(?!.*\b(widerspruch|einspruch)\b)/;
const SPLIT_ACT_END = /\blege(n)? (ich|wir|namens)\b.{0,200}?\b(widerspruch|einspruch) (hiermit |fristgerecht )?ein\b|\berhebe(n)? (ich|wir|namens)\b.{0,200}?\b(widerspruch|einspruch)\b/;
/**
 * A lawyer's objection sets the word apart: "lege ich gegen die Verfügung vom …,\n\n
 * Widerspruch\n\nein". The act then stands over several lines (and zones), where no line's
 * pattern sees it. Joined, the lines are the same "lege … Widerspruch ein" (objection.against),
 * counted in the zone of its verb.
 */
function splitObjectionAct(letter: Letter, zones: RuleZone[], hits: RuleHit[]): RuleHit | undefined {
  if (hits.some((h) => h.rule.id === 'objection.against' && h.zone !== 'boilerplate')) return undefined;
  const lines = letter.lines;
  for (let i = 0; i < lines.length; i++) {
    const zone = zones[i] ?? 'body';
    if (zone === 'boilerplate' || zone === 'footer') continue;
    const first = foldText(lines[i]?.raw ?? '');
    if (!SPLIT_ACT.test(first)) continue;
    const joined = unspaced(foldText(lines.slice(i, i + 4).filter((_, k) => zones[i + k] !== 'boilerplate').map((line) => line.raw).join(' '))).replace(/\s+/g, ' ');
    if (!SPLIT_ACT_END.test(joined)) continue;
    return { rule: OBJECTION_SPLIT, zone, score: OBJECTION_SPLIT.weight * ZONE_WEIGHT[zone], fuzzy: false, seenIn: [zone] };
  }
  return undefined;
}

const INVOICE_LAYOUT: TypeRule = r('invoice', 'invoice.layout', /(?!)/, 3, 'Rechnungsaufbau (Posten mit Umsatzsteuer/Summe und Zahlungsziel)');
const INVOICE_FIGURES = ['invoice.vat', 'invoice.amount', 'invoice.date', 'invoice.fees', 'invoice.form'];
const OFFER_SIGNS = ['offer.word', 'offer.verb', 'offer.request'];

/**
 * A bill need not call itself »Rechnung«: a vet's or craftsman's list of services with VAT, a
 * total and "sofort ohne Abzug fällig" is one. Each feature alone weighs little (an offer shows
 * VAT and totals as well), but payment terms together with two kinds of invoice figures, in a
 * letter that offers nothing, are the layout of an invoice. (A letter that names itself an invoice
 * needs no such help.)
 */
function invoiceLayout(hits: RuleHit[]): RuleHit | undefined {
  const has = (id: string) => hits.some((h) => h.rule.id === id && h.score > 0 && h.zone !== 'boilerplate');
  if (has('invoice.word') || has('invoice.number')) return undefined;
  if (!has('invoice.pay') || INVOICE_FIGURES.filter(has).length < 2 || OFFER_SIGNS.some(has)) return undefined;
  return { rule: INVOICE_LAYOUT, zone: 'body', score: INVOICE_LAYOUT.weight, fuzzy: false, seenIn: ['body'] };
}

const PROMINENT: RuleZone[] = ['subject', 'opening'];
/** Markers of one person concerned: they say whom a personnel matter is about, not that it is one. */
const PERSON_MARKERS = ['personnel.individual', 'personnel.individualNamed'];
/** The types a person's own data define (DESIGN: very-high by type). */
const PERSONAL_DATA: DocumentType[] = ['social', 'medical', 'personnel'];
/** Advertising points of several strong hits (about three rules, or one in the subject). */
const ADS_STRONG = 8;
/** Matters an advertisement may name as its topic (not offer/invoice: an existing business
 *  relation is handled by ads.relation). */
const ADVERTISED_TOPICS: DocumentType[] = ['personnel', 'medical', 'social', 'job-application', 'tax', 'building', 'court', 'fine', 'notice', 'application'];

/** The letter itself objects: »Widerspruch/Einspruch« in its subject or opening, or "lege …
 *  Widerspruch ein" in its text (not in remedy instructions that explain how to object). */
function objectionAct(hits: RuleHit[]): boolean {
  const remedy = hits.some((h) => h.rule.id === 'objection.remedyText');
  // Where the objection is only planned ("… vor Einspruch"), the word there makes no act.
  const planned = [...(hits.find((h) => h.rule.id === 'objection.planned')?.seenIn ?? []), ...(hits.find((h) => h.rule.id === 'objection.waived')?.seenIn ?? [])];
  return hits.some((h) => h.score > 0 && ((h.rule.id === 'objection.word' && h.seenIn.some((zone) => PROMINENT.includes(zone) && !planned.includes(zone)))
    || (h.rule.id === 'objection.against' && h.zone !== 'boilerplate' && (!remedy || PROMINENT.includes(h.zone)))));
}

/**
 * The clerk's reading of evidence that points two ways: what a letter *does* beats the
 * vocabulary it quotes.
 * - A Mahnung quotes the invoice it reminds of: »Rechnung Nr.« there is no invoice.
 * - »Rechnung«/»Angebot« without anything of a business transaction (number, amounts, payment
 *   terms, a request of the city it answers) is a topic, e.g. of an advertisement.
 * - An advertisement's »Angebot« is no offer the city asked for.
 * - An Antrag about social benefits, personnel, health or taxes is that matter (DESIGN: the content
 *   type, with its protection, beats the form).
 * - »Widerspruch/Einspruch« only mentioned (no act in the subject or opening, no "lege … ein"),
 *   in a hearing in fine proceedings or in a personnel matter, is no objection.
 */
export function resolveConflicts(scores: Record<DocumentType, number>, hits: RuleHit[]): Adjustment[] {
  const adjustments: Adjustment[] = [];
  const has = (id: string, where?: RuleZone[]) => hits.some((h) => h.rule.id === id && h.score > 0 && (!where || where.includes(h.zone)));
  const hasAny = (ids: string[]) => ids.some((id) => has(id));
  const score = (type: DocumentType) => scores[type] ?? 0;

  // Sensitive vocabulary about no one: a letter that says it holds no one's data (anonymised
  // statistics, aggregate figures, names not needed) and names no one (no "Frau X" up front, no
  // birth date) uses the words of social, health or personnel matters as its topic: a statistics
  // office's survey of welfare spending is its notice, a club's grant request for children from
  // low-income families its application. Those points go to what the letter does.
  const aboutNoOne = has('other.noPersonalData') && !hasAny(PERSON_MARKERS);
  if (aboutNoOne) {
    const target = (Object.keys(scores) as DocumentType[]).filter((t) => !PERSONAL_DATA.includes(t) && score(t) > 0)
      .sort((a, b) => score(b) - score(a))[0] ?? 'other';
    for (const type of PERSONAL_DATA) {
      if (score(type) > 0) adjustments.push({ type, factor: 0.4, label: 'keine Person betroffen (anonymisiert, Summenangaben): die Fachbegriffe sind Thema', to: target });
    }
  }
  // Payment mail that names itself so in its subject (»Rechnung«/»Liquidation« with invoice
  // figures, »Mahnung/Zahlungserinnerung« with arrears) stays payment mail when it bills or
  // dunns for a person's care, treatment or day care: the person's data are what it bills for
  // (very-high by content), not what it is. (A benefit agency's »Abrechnung« of what it spent on
  // benefit recipients is a social matter: no »Rechnung« in its subject.)
  const dunning = has('reminder.word', ['subject']) && hasAny(['reminder.overdue', 'reminder.fee', 'invoice.amount']);
  const billing = has('invoice.word', ['subject']) && hasAny(['invoice.number', 'invoice.amount', 'invoice.pay', 'invoice.vat']);
  if ((dunning || billing) && !objectionAct(hits)) {
    for (const type of ['social', 'medical'] as DocumentType[]) {
      if (score(type) > 0) adjustments.push({ type, factor: 0.4, label: 'Rechnung/Mahnung über die Versorgung einer Person', to: dunning ? 'reminder' : 'invoice' });
    }
  }

  if (has('reminder.word', PROMINENT) || has('reminder.overdue', PROMINENT)
    || (score('reminder') >= 6 && hasAny(['reminder.overdue', 'reminder.fee']) && has('reminder.word'))) {
    adjustments.push({ type: 'invoice', factor: 0.3, label: 'Mahnung: die Rechnung ist nur zitiert', to: 'reminder' });
  } else if (score('invoice') > 0 && !hasAny(['invoice.number', 'invoice.date', 'invoice.vat', 'invoice.pay', 'invoice.settlement', 'invoice.credit', 'invoice.amount', 'invoice.form'])) {
    adjustments.push({ type: 'invoice', factor: 0.35, label: '»Rechnung« ohne Rechnungsmerkmale (Nummer, Beträge, Zahlungsziel)' });
  }
  // A debtor's request or objection about the dunning charges themselves ("Antrag auf Erlass der
  // Säumniszuschläge und Mahngebühren", "Widerspruch gegen die Mahngebühr") names them as its
  // topic: the letter asks or objects, it reminds of nothing (no »Mahnung« of its own up front,
  // no arrears in its subject or opening).
  if (score('reminder') > 0 && !has('reminder.word', PROMINENT) && !has('reminder.overdue', PROMINENT)) {
    const act = objectionAct(hits);
    if (act || has('application.word', ['subject']) || has('application.verb', PROMINENT) || has('application.payRequest', PROMINENT)) {
      adjustments.push({ type: 'reminder', factor: 0.3, label: 'Antrag/Widerspruch zu Mahngebühren: die Mahnung ist nur Thema', to: act ? 'objection' : 'application' });
    }
  }
  // A Mahnung from an authority names the Bescheid whose fee is overdue ("Mahnung – Gebührenbescheid
  // vom …"): the Bescheid is quoted, the letter reminds. (A Bescheid fixing late-payment charges
  // has no »Mahnung« in its subject.)
  if (score('notice') > 0 && has('reminder.word', ['subject']) && !objectionAct(hits)) {
    adjustments.push({ type: 'notice', factor: 0.3, label: 'Mahnung: der Bescheid ist nur zitiert', to: 'reminder' });
  }
  // A »Zahlungsaufforderung« in fine proceedings that describes the offence and sets the sum (a
  // foreign authority's sanction, served on the city as the keeper) is the fine's own demand, not
  // a reminder: a reminder of an unpaid fine says that it is late or charges for the dunning.
  if (score('reminder') > 0 && score('fine') >= 4.5 && has('reminder.word') && !has('reminder.dunning')
    && !hasAny(['reminder.overdue', 'reminder.fee']) && !objectionAct(hits)) {
    adjustments.push({ type: 'reminder', factor: 0.3, label: 'Zahlungsaufforderung im Bußgeldverfahren: die Sanktion selbst', to: 'fine' });
  }
  // An insurer's claim settlement itemises the bills the city's damage consists of; it names
  // them, it is not one (no invoice number of its own, no »Rechnung« in its subject).
  if (score('invoice') > 0 && has('other.claimSettlement') && !has('invoice.number') && !has('invoice.word', ['subject'])) {
    adjustments.push({ type: 'invoice', factor: 0.3, label: 'Schadenregulierung: die Rechnungen sind nur aufgezählt', to: 'other' });
  }
  // The same for the estimate the damage was assessed by ("Kostenvoranschlag der Firma X vom …"):
  // quoted, nothing offered to the city.
  if (score('offer') > 0 && has('other.claimSettlement') && !hasAny(['offer.verb', 'offer.request', 'offer.english']) && !has('offer.word', ['subject'])) {
    adjustments.push({ type: 'offer', factor: 0.3, label: 'Schadenregulierung: der Kostenvoranschlag ist nur zitiert', to: 'other' });
  }
  // A bidder's question in a running tender quotes the tender (Vergabe-Nr., Angebotsfrist,
  // Leistungsverzeichnis) but offers nothing yet.
  if (score('offer') > 0 && has('other.bidderQuestion') && !hasAny(['offer.verb', 'offer.english'])) {
    adjustments.push({ type: 'offer', factor: 0.3, label: 'Bieterfrage: die Ausschreibung ist nur Thema', to: 'other' });
  }
  // An employee's new account for the pay (the personnel office's bank-details form with the
  // Personalnummer, "für die Zahlung von Entgelt/Besoldung") is personnel master data of that
  // employee (very-high), not a supplier's notice of new bank details for the payables desk.
  if (score('other') > 0 && has('other.bankChange') && score('personnel') >= 4.5
    && hits.some((h) => h.rule.type === 'personnel' && !PERSON_MARKERS.includes(h.rule.id) && h.score > 0 && h.zone !== 'boilerplate' && h.zone !== 'footer')) {
    adjustments.push({ type: 'other', factor: 0.3, label: 'neue Bankverbindung für die Bezüge: Personalangelegenheit', to: 'personnel' });
  }
  // The same for a benefit recipient's new account for the benefit ("Mein Wohngeld – Neue
  // Bankverbindung"): the social matter named up front makes it the recipient's social data
  // (very-high), no supplier's master data for the payables desk.
  if (score('other') > 0 && has('other.bankChange') && score('social') >= 4.5
    && hits.some((h) => h.rule.type === 'social' && h.score > 0 && PROMINENT.includes(h.zone))) {
    adjustments.push({ type: 'other', factor: 0.3, label: 'neue Bankverbindung für eine Sozialleistung: Sozialsache', to: 'social' });
  }
  // A supplier's notice of new bank details (in its subject or opening) says where payments are
  // to go from now on ("Bitte überweisen Sie ab … auf", "offene Rechnungen … auf das bisherige
  // Konto"): its payment words are about that account, not a bill or an arrear of their own. The
  // model reads them as payment mail; that reading is explained away (also for the type the
  // rules did not score). A letter that bills or dunns as well (»Rechnung«/»Mahnung« in its
  // subject, an invoice number) stays what it is.
  if (has('other.bankChange', PROMINENT) && score('personnel') < 4.5 && !has('invoice.word', ['subject'])
    && !has('invoice.number') && !has('reminder.word', PROMINENT)) {
    for (const type of ['invoice', 'reminder'] as DocumentType[]) {
      adjustments.push({ type, factor: 0.3, label: 'neue Bankverbindung: die Zahlungshinweise gelten dem Konto', to: 'other' });
    }
  }
  // The same for a change of the invoicing channel or a balance confirmation: the payment
  // vocabulary is about how bills will come or what the books show, nothing to pay now.
  // (And a payment advice: the bills it pays are the city's, quoted.)
  const NOTHING_TO_PAY: Record<string, string> = {
    'other.invoicingChange': 'Umstellung der Rechnungsstellung: keine Rechnung',
    'other.balanceConfirmation': 'Saldenbestätigung: nichts zu zahlen',
    'other.paymentAdvice': 'Zahlungsavis: die Stadt erhält Geld, die Rechnungen sind nur zitiert',
  };
  for (const [id, label] of Object.entries(NOTHING_TO_PAY)) {
    if (has(id, PROMINENT) && !has('invoice.word', ['subject']) && !has('invoice.number') && !has('reminder.word', ['subject'])) {
      for (const type of ['invoice', 'reminder'] as DocumentType[]) {
        adjustments.push({ type, factor: 0.3, label, to: 'other' });
      }
    }
  }
  // A lawyer's, notary's or expert's bill names the proceedings it bills for ("In Sachen X ./. Y,
  // Landgericht …, Az. …"); a court did not write it (no court in the letterhead), so the court
  // vocabulary is quoted. A bill: its title or number up front, and amounts or fee items.
  const courtWrote = hits.some((h) => h.rule.id === 'court.sender' && h.score > 0 && h.seenIn.includes('letterhead'));
  if (score('court') > 0 && !courtWrote && (has('invoice.word', PROMINENT) || has('invoice.number', PROMINENT))
    && hasAny(['invoice.amount', 'invoice.vat', 'invoice.fees'])) {
    adjustments.push({ type: 'court', factor: 0.3, label: 'Kostennote/Rechnung: das Verfahren ist nur zitiert' });
  } else if (score('court') > 0 && courtWrote && has('invoice.word', ['subject']) && has('invoice.amount')
    && !has('court.act', PROMINENT)) {
    // A court's cost officer bills the costs of finished proceedings (Kostenrechnung with a
    // Kassenzeichen, the city as Kostenschuldner): a bill for the treasury, not a court act. A
    // Beschluss or Ladung in the subject or opening stays court mail; one it quotes by its date
    // ("Streitwert … (Beschluss vom …)") is what the bill follows.
    adjustments.push({ type: 'court', factor: 0.3, label: 'Kostenrechnung eines Gerichts: eine Rechnung', to: 'invoice' });
  }
  // A lawyer or insolvency administrator names the proceedings she writes in ("Insolvenzverfahren
  // über das Vermögen der X GmbH, Amtsgericht Y – Insolvenzgericht –, Az. 8 IN 12/30"): no court
  // wrote (none in the letterhead), and no court act stands up front (a Beschluss quoted by its
  // date is what she acts on). The court vocabulary is quoted; what she asks of the city (a claim,
  // a demand, information) is the letter, a general one where no other type has the evidence.
  if (score('court') > 0 && !courtWrote && has('other.counsel') && !has('court.act', PROMINENT)
    && !adjustments.some((a) => a.type === 'court')) {
    const specific = (Object.keys(scores) as DocumentType[]).some((t) => t !== 'court' && t !== 'other' && score(t) >= 4.5);
    adjustments.push({ type: 'court', factor: 0.3, label: 'Anwalt/Insolvenzverwalter: das Gerichtsverfahren ist nur zitiert', ...(specific ? {} : { to: 'other' as DocumentType }) });
  }
  // A final or call-off invoice names the offer or order confirmation it bills by number and date
  // ("Auftragsbestätigung AB-2027-019 vom 03.03.2027", in its info block or text): that document
  // is quoted. A bill: its own invoice number with VAT, a total or payment terms; nothing offered.
  if (score('offer') > 0 && has('offer.quoted') && has('invoice.number')
    && hasAny(['invoice.vat', 'invoice.amount', 'invoice.pay']) && !hasAny(['offer.verb', 'offer.english'])) {
    adjustments.push({ type: 'offer', factor: 0.3, label: 'Rechnung: Angebot/Auftragsbestätigung nur zitiert', to: 'invoice' });
  }
  // An offer prices what it offers ("zum Festpreis von … zzgl. 19 % MwSt."): VAT and a total in a
  // letter that offers (»Angebot« and "biete Ihnen … an") and bears none of a
  // bill's own marks (»Rechnung«, its number or date) are the offer's price, not a bill.
  if (score('invoice') > 0 && has('offer.word') && has('offer.verb') && score('advertising') < 3
    && !hasAny(['invoice.word', 'invoice.number', 'invoice.date', 'invoice.billingAct', 'invoice.credit', 'invoice.settlement'])) {
    adjustments.push({ type: 'invoice', factor: 0.3, label: 'Angebot: Preis mit Umsatzsteuer, keine Rechnung', to: 'offer' });
  }
  // A Bescheid is written by an authority and carries its remedy instructions; a citizen or
  // company writing about "meinen Bescheid" quotes it, and so does an objection.
  if (score('notice') > 0) {
    if (objectionAct(hits)) adjustments.push({ type: 'notice', factor: 0.4, label: 'Widerspruch: der Bescheid ist nur zitiert' });
    else if (!hasAny(['notice.authority', 'notice.publicBody', 'notice.remedy'])) {
      // A grantee calling the funds its Bewilligungsbescheid granted asks for them: the request
      // up front is what the letter does, the Bescheid is its basis.
      const request = hits.some((h) => h.rule.type === 'application' && h.score > 0 && PROMINENT.includes(h.zone));
      adjustments.push({ type: 'notice', factor: 0.5, label: 'Bescheid erwähnt, aber keine Behörde als Absender', ...(request ? { to: 'application' as DocumentType } : {}) });
    }
  }
  // A Bescheid to the city itself (»Bescheid« in its subject, remedy instructions) that names no
  // one (no "Frau X" up front, no birth date) settles a matter between public bodies: the Land's
  // share of the benefits the city paid, a grant for a social programme. The social law it
  // applies is its subject matter, not a person's data.
  if (score('social') > 0 && has('notice.word', ['subject']) && has('notice.remedy') && !hasAny(PERSON_MARKERS) && !objectionAct(hits)) {
    adjustments.push({ type: 'social', factor: 0.4, label: 'Bescheid an die Stadt ohne Person: das Sozialrecht ist sein Gegenstand', to: 'notice' });
  }
  // An authority's summons to its own hearing ("Ladung zum Anhörungstermin" of a
  // Flurbereinigungsbehörde, a Planfeststellungsbehörde) uses the court's word, but no court
  // wrote and no proceedings are named: a notice of that authority.
  if (has('court.doc', PROMINENT) && !courtWrote && !has('court.sender') && !has('court.parties') && hasAny(['notice.authority', 'notice.publicBody'])) {
    adjustments.push({ type: 'court', factor: 0.3, label: 'Ladung einer Behörde: kein Gericht als Absender', to: 'notice' });
  }
  // A court proposing a settlement writes as the court: its proposal is court mail (high).
  if (score('other') > 0 && has('other.settlement') && courtWrote) {
    adjustments.push({ type: 'other', factor: 0.3, label: 'Vergleichsvorschlag des Gerichts', to: 'court' });
  }
  // An invitation or information from a company that advertises is advertising.
  if (score('advertising') >= 4 && score('other') > 0) adjustments.push({ type: 'other', factor: 0.5, label: 'Werbung: Einladung/Information eines Anbieters' });
  // An advertisement speaks of its customers' matters: HR software of sick notes and personnel
  // files, a lab of findings, a legal publisher of court decisions. Advertising language together
  // with a product or event pitch makes that vocabulary the topic of the advertisement.
  // Strong is several points or several kinds of sales talk: a campaign letter whose sales talk
  // is short next to its topic (an HR-software mailing listing sick notes) has three kinds of it.
  // (Not events and fees: an employee's request to attend a paid seminar names those.)
  const adKinds = ['ads.words', 'ads.pitch', 'ads.campaign', 'ads.checklist'].filter((id) => has(id)).length;
  if ((score('advertising') >= ADS_STRONG || adKinds >= 3) && has('ads.words') && hasAny(['ads.pitch', 'ads.event', 'ads.campaign'])) {
    for (const type of ADVERTISED_TOPICS) {
      // The topic words still count, for the advertisement: the model reads them too and would
      // otherwise outvote the rules' judgement that they are the product's topic.
      if (score(type) > 0) adjustments.push({ type, factor: 0.4, label: 'Werbung: die Fachbegriffe sind ihr Thema', to: 'advertising' });
    }
  }
  // The same mailing prints its price list "netto zzgl. USt.": the prices of what it advertises,
  // no bill (no »Rechnung«, no invoice number, no payment terms, no existing business relation).
  if ((score('advertising') >= ADS_STRONG || adKinds >= 3) && has('ads.words') && hasAny(['ads.pitch', 'ads.event', 'ads.campaign'])
    && score('invoice') > 0 && !hasAny(['invoice.word', 'invoice.number', 'invoice.pay', 'ads.relation'])) {
    adjustments.push({ type: 'invoice', factor: 0.4, label: 'Werbung: Preisliste des Angebots, keine Rechnung', to: 'advertising' });
  }
  const offerBusiness = hasAny(['offer.request', 'offer.terms']);
  if (score('offer') > 0 && !offerBusiness && score('advertising') >= 3) {
    adjustments.push({ type: 'offer', factor: 0.35, label: 'Werbung: kein Bezug auf eine Anfrage der Stadt' });
  }
  // A register mailing offers a paid directory entry with a term and a yearly fee, but answers
  // no request of the city (no »Ihre Anfrage«, no offer number, no Bindefrist): its offer
  // vocabulary is that of the unsolicited mailing.
  if (score('offer') > 0 && !has('offer.request') && has('ads.directoryEntry') && has('ads.notAnInvoice')) {
    adjustments.push({ type: 'offer', factor: 0.3, label: 'Eintragungsofferte: unverlangtes Angebot eines Verzeichniseintrags', to: 'advertising' });
  }
  // A price change under a running contract names that contract (»Rahmenvertrag …« under
  // »Preisanpassung«): the contract is quoted, nothing is offered anew.
  if (score('offer') > 0 && has('other.priceChange') && !has('offer.word', PROMINENT) && !has('offer.verb', PROMINENT)) {
    adjustments.push({ type: 'offer', factor: 0.4, label: 'Preisanpassung: der Vertrag ist nur genannt', to: 'other' });
  }
  // A mass mailing dressed as an offer (an offer number, "gültig bis", positions) but carrying a
  // mailing's opt-out line and naming no request of the city is advertising.
  const mailing = has('ads.optOut') && !has('offer.cityRequest');
  if (score('offer') > 0 && mailing && score('advertising') >= 3) {
    adjustments.push({ type: 'offer', factor: 0.35, label: 'Werbeversand mit Abmeldehinweis: kein Angebot auf Anfrage der Stadt', to: 'advertising' });
  }
  // Its opt-out line offers a »Widerspruch« against further mailings (§ 7 Abs. 3 UWG): the
  // mailing's, no objection against any decision.
  if (score('objection') > 0 && mailing && !objectionAct(hits) && score('advertising') >= 3) {
    adjustments.push({ type: 'objection', factor: 0.3, label: 'Werbeversand: Widerspruch gegen weitere Zusendungen', to: 'advertising' });
  }
  if (score('advertising') > 0 && !mailing && hasAny(['ads.relation']) && (offerBusiness || has('invoice.number') || has('reminder.word'))) {
    adjustments.push({ type: 'advertising', factor: 0.5, label: 'bestehende Geschäftsbeziehung: keine Werbung' });
  }
  // Medical is a person's health (DESIGN): a vet's treatment of an animal is not, whatever the
  // words ("Behandlung", "Patienten-Nr."); the letter is what it does (mostly an invoice).
  if (score('medical') > 0 && has('medical.vet')) {
    adjustments.push({ type: 'medical', factor: 0.2, label: 'Tierarzt: Behandlung eines Tieres, keine Gesundheitsdaten' });
  }
  // A tax office's assessment of a tax the city owes itself (Körperschaftsteuer of a commercial
  // operation) is a tax matter (DESIGN: the content type, with its tax secrecy, beats the form)
  // when that tax stands in its subject or opening. So is the tax office's notification to the
  // municipality of a Messbetrag (Gewerbesteuer in its subject, § 184 Abs. 3 AO, no remedy
  // instructions for the city): the base of the city's own assessment, tax mail under tax
  // secrecy. A Messbescheid with remedy instructions is served on the city as a party: a notice.
  // Any other body's Bescheid over a municipal tax in its subject (a neighbouring municipality's
  // Grundsteuer or Grundbesitzabgaben for the city's land there) assesses the city as the
  // taxpayer: tax mail, like the tax office's assessment of a state tax.
  // (An objection against an assessment stays an objection.)
  if (score('notice') > 0 && !objectionAct(hits) && (has('tax.stateKind', PROMINENT)
    || (has('tax.kind', ['subject']) && (!has('tax.office') || !has('notice.remedy'))))) {
    adjustments.push({ type: 'notice', factor: 0.4, label: 'Bescheid in einer Steuersache', to: 'tax' });
  }
  // The same for a personnel matter: an authority or pension fund writing to the employer about
  // its employee (»Ihre Beschäftigte …« in the subject or opening) quotes the Bescheid it bases
  // the request on; the employee's data make it a personnel matter (very-high).
  // (One employee: a Betriebsprüfung of the employer's contributions for a group of staff is
  // the authority's notice, with no one's data.)
  if (score('notice') > 0 && !objectionAct(hits) && score('personnel') >= 4.5 && hasAny(['personnel.individual', 'personnel.individualNamed'])
    && hits.some((h) => h.rule.type === 'personnel' && !PERSON_MARKERS.includes(h.rule.id) && h.score > 0 && PROMINENT.includes(h.zone))) {
    adjustments.push({ type: 'notice', factor: 0.4, label: 'Bescheid in einer Personalangelegenheit', to: 'personnel' });
  }
  // The same for a social matter: a pension fund or benefit agency writing to the social office
  // about one benefit recipient (a refund claim under § 104 SGB X, "Versicherte: Frau …") reports
  // the Bescheid it issued to that person ("mit Bescheid vom … bewilligt"). The letter itself is no
  // Bescheid to the city: none in its subject, no remedy instructions. The recipient's social data
  // in its subject or opening make it a social matter (very-high).
  if (score('notice') > 0 && !objectionAct(hits) && score('social') >= 4.5 && hasAny(PERSON_MARKERS)
    && hits.some((h) => h.rule.type === 'social' && h.score > 0 && PROMINENT.includes(h.zone))
    && !hasAny(['notice.remedy']) && !has('notice.word', ['subject']) && !has('notice.kind', ['subject']) && !has('notice.decision', ['subject'])) {
    adjustments.push({ type: 'notice', factor: 0.4, label: 'Sozialsache: der Bescheid an die Person ist nur zitiert', to: 'social' });
  }
  // A letter of thanks names what it thanks for: a grave, a hall, a permit. Without a request
  // (»Antrag«, »beantrage«) that subject is its topic, not an application.
  if (score('application') > 0 && has('other.thanks', ['subject', 'opening']) && !hasAny(['application.word', 'application.verb'])) {
    adjustments.push({ type: 'application', factor: 0.4, label: 'Dankschreiben: der Gegenstand ist nur Thema' });
  }
  // A request made inside pending fine proceedings (defence counsel's notice and request to see
  // the file, a request about the hearing) belongs to those proceedings: the proceedings named in
  // its subject make it fine mail (high), not a new application.
  if (score('application') > 0 && score('fine') >= 4.5 && has('fine.words', ['subject']) && !objectionAct(hits)) {
    adjustments.push({ type: 'application', factor: 0.4, label: 'Antrag im laufenden Bußgeldverfahren', to: 'fine' });
  }
  // (Not medical: a citizen's request that encloses an attest is still the request.)
  const content = (['social', 'personnel', 'tax', 'job-application'] as DocumentType[])
    .filter((type) => score(type) >= 4.5 && !(aboutNoOne && PERSONAL_DATA.includes(type))).sort((a, b) => score(b) - score(a));
  if (content[0] && score('application') > 0) {
    adjustments.push({ type: 'application', factor: 0.4, label: `Antrag in einer Sache der Art ${content[0]}`, to: content[0] });
  }
  // A request in a social matter that encloses the bill it asks the office to take over (a
  // landlord's Betriebskostenabrechnung for a benefit recipient, "Antrag auf Übernahme der
  // Nachzahlung"): the settlement is what the request is about, no bill of the sender's own
  // (none called »Rechnung« in the subject, no invoice number).
  if (content[0] === 'social' && score('application') > 0 && score('invoice') > 0
    && (has('application.word', PROMINENT) || has('application.verb', PROMINENT)) && !has('invoice.word', ['subject']) && !has('invoice.number')) {
    adjustments.push({ type: 'invoice', factor: 0.4, label: 'Antrag in einer Sozialsache: die Abrechnung ist nur beigefügt', to: 'social' });
  }
  if (score('objection') > 0 && objectionAct(hits) && has('objection.bescheid') && score('personnel') < 4.5) {
    // An objection against a tax, social or building Bescheid is an objection (its department
    // follows the reference); the subject matter is only what it objects to.
    for (const type of ['tax', 'social', 'building', 'application'] as DocumentType[]) {
      if (score(type) > 0) adjustments.push({ type, factor: 0.5, label: 'Widerspruch gegen einen Bescheid in dieser Sache' });
    }
    // The same for an Einspruch against a Bußgeldbescheid: the proceedings' vocabulary (Bußgeld,
    // Tatvorwurf) is what it objects to. (Not a returned hearing form: that is the form.)
    if (score('fine') > 0 && !has('fine.form') && (has('objection.word', PROMINENT) || has('objection.against', PROMINENT))) {
      adjustments.push({ type: 'fine', factor: 0.5, label: 'Einspruch gegen einen Bußgeldbescheid' });
    }
  }
  if (score('objection') > 0) {
    const act = objectionAct(hits);
    const hearing = has('fine.form') || has('fine.hearing', PROMINENT);
    if (hearing && !has('objection.word', PROMINENT)) {
      adjustments.push({ type: 'objection', factor: 0.3, label: 'Anhörung/Zeugenfragebogen: Einspruch nur erwähnt', to: 'fine' });
    } else if (score('personnel') >= 4.5 && !has('objection.bescheid')) {
      adjustments.push({ type: 'objection', factor: 0.3, label: 'Personalangelegenheit: Widerspruch eines Beschäftigten', to: 'personnel' });
    } else if (!act) {
      adjustments.push({ type: 'objection', factor: 0.5, label: 'Widerspruch/Einspruch nur erwähnt' });
    }
  }
  // A writer who says she does not object to a Bescheid ("Ich möchte dem nicht widersprechen, ich
  // möchte es nur verstehen") accepts it: the matter it decided (a grave's Nutzungsrecht, a permit)
  // is her topic, not something she applies for, unless she asks for something in an applicant's
  // words (»Antrag«, "bitte um Ratenzahlung", a refund).
  if (score('application') > 0 && hits.some((h) => h.rule.id === 'objection.waived' && h.zone !== 'boilerplate') && !objectionAct(hits)
    && !hasAny(['application.word', 'application.verb', 'application.askToGrant', 'application.payRequest', 'application.refund', 'application.support'])) {
    adjustments.push({ type: 'application', factor: 0.3, label: 'Widerspruch ausdrücklich nicht eingelegt: der Gegenstand des Bescheids ist nur Thema', to: 'other' });
  }
  // An authority's answer to the city's own application ("Ihr Antrag vom …", remedy instructions:
  // a Verkehrsrechtliche Anordnung, a Sondernutzungserlaubnis granted) names what was applied
  // for in its subject: it decides on it, it applies for nothing (no "beantragen wir" up front).
  if (score('application') > 0 && has('notice.onrequest') && has('notice.remedy') && hasAny(['notice.authority', 'notice.publicBody'])
    && !hasAny(['application.verb', 'application.payRequest']) && !objectionAct(hits)) {
    adjustments.push({ type: 'application', factor: 0.4, label: 'Bescheid auf Antrag: der Antrag ist nur genannt', to: 'notice' });
  }
  // An authority's letter is no Bescheid by its sender alone: a statistics office confirming a
  // report's receipt, an insurer of public law settling a claim, a neighbouring Amt proposing
  // cooperation decide nothing (no »Bescheid«, no decision, no remedy instructions). Where no
  // other type has the evidence, the letter is a general one; the model's reading of an
  // authority's vocabulary as a notice is the reading corrected.
  const NOTICE_CONTENT = ['notice.word', 'notice.kind', 'notice.decision', 'notice.remedy', 'notice.onrequest'];
  if (score('notice') > 0 && hasAny(['notice.authority', 'notice.publicBody']) && !hasAny(NOTICE_CONTENT)
    && !adjustments.some((a) => a.to === 'notice')) {
    const movedToOther = new Set(adjustments.filter((a) => a.to === 'other').map((a) => a.type));
    const specific = (Object.keys(scores) as DocumentType[]).some((t) => t !== 'notice' && t !== 'other' && score(t) >= 4.5 && !movedToOther.has(t));
    adjustments.push({ type: 'notice', factor: 0.4, label: 'Behörde als Absender, aber kein Bescheid', ...(specific ? {} : { to: 'other' as DocumentType }) });
  }
  return adjustments;
}
