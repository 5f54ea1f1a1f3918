// Phrase rules for the document type. Patterns run on folded text (normalize.ts: lower case,
// ae/oe/ue/ss, hyphenation joined, OCR digit swaps repaired), so "Bescheld", "BESCHEID" and
// "Be-\nscheid" all match /bescheid/. Evidence is weighted by where it stands: the subject says
// more than the body, a court or authority in the letterhead says who wrote, the footer says little.
// Negative weights encode the usual traps ("Ihre Rechnung vom" in a complaint, the
// Rechtsbehelfsbelehrung of a Bescheid that mentions "Widerspruch").
import type { DocumentType } from '../../electron/contract/domain.ts';
import { foldText, fuzzyEquals, tokenize } from '../extract/normalize.ts';
import type { Letter, Zone } from '../extract/layout.ts';

export interface TypeRule {
  id: string;
  type: DocumentType;
  pattern: RegExp;
  weight: number;
  /** A sender rule names who wrote (court, authority): it counts double in the letterhead. */
  sender?: boolean;
  /** Single words tried with OCR-tolerant fuzzy matching when the pattern does not match. */
  fuzzy?: string[];
  label: string;
}

const r = (type: DocumentType, id: string, pattern: RegExp, weight: number, label: string, extra: Partial<TypeRule> = {}): TypeRule =>
  ({ type, id, pattern, weight, label, ...extra });

export const TYPE_RULES: TypeRule[] = [
  // invoice
  r('invoice', 'invoice.word', /(?<!ihre |ihrer |die |der |unsere |unserer |zur |auf |mit |eine |keine |per |ohne )\b(rechnung|schlussrechnung|teilrechnung|abschlagsrechnung|sammelrechnung|honorarrechnung|jahresrechnung|endabrechnung)\b/, 3, '»Rechnung«', { fuzzy: ['rechnung'] }),
  r('invoice', 'invoice.credit', /\bgutschrift(s-?nummer|s-?nr)?\b|\bkorrekturrechnung|\brechnungskorrektur|\bstornorechnung/, 2.5, '»Gutschrift«'),
  r('invoice', 'invoice.number', /rechnungs-? ?(nummer|nr)|rechnung ?(nr|nummer)\b|invoice (no|number)/, 2.5, '»Rechnungsnummer«'),
  r('invoice', 'invoice.date', /rechnungsdatum|leistungsdatum|leistungszeitraum|lieferdatum|abrechnungszeitraum/, 1.5, 'Rechnungs-/Leistungsdatum'),
  r('invoice', 'invoice.settlement', /(betriebs|neben|heiz)kostenabrechnung|reisekostenabrechnung|\babrechnung (nr|nummer)|liquidation/, 2, 'Abrechnung'),
  r('invoice', 'invoice.vat', /\b(zzgl|zuzueglich|inkl|enthaltene)\.? ?(\d+ ?% )?(mwst|ust|umsatzsteuer|mehrwertsteuer)|nettobetrag|rechnungsbetrag|gesamtbetrag brutto|summe netto/, 1.2, 'Umsatzsteuer-Ausweis'),
  r('invoice', 'invoice.pay', /(zahlbar|zahlungsziel|bitte (ueberweisen|begleichen)|ohne abzug|skonto)/, 1, 'Zahlungsbedingungen'),
  r('invoice', 'invoice.passing', /(ihre|ihrer|ihren|die|der|unsere|unserer|zur|auf|mit|zu der|in der|eine) rechnung (vom|nr|nummer|\d|ueber|erhalten|haben)|rechnung (haben|habe) (wir|ich)|rechnung (erhalten|bekommen|zurueck)/, -2, '»Rechnung« nur erwähnt'),
  // reminder
  r('reminder', 'reminder.word', /\b(\d\. |erste |zweite |dritte |letzte )?(mahnung|zahlungserinnerung|zahlungsaufforderung|mahnschreiben)\b/, 4, '»Mahnung/Zahlungserinnerung«', { fuzzy: ['mahnung', 'zahlungserinnerung'] }),
  r('reminder', 'reminder.overdue', /(noch offen|noch nicht (beglichen|bezahlt|ausgeglichen|eingegangen)|kein(en)? zahlungseingang|ueberfaellig|ueberschritten|zahlungsverzug|in verzug|offene(n)? (posten|forderung|betrag)|ausstehende?n? (betrag|zahlung))/, 2.5, 'Zahlung überfällig'),
  r('reminder', 'reminder.fee', /mahngebuehr|mahnkosten|verzugszinsen|saeumniszuschlag|mahnstufe|inkasso/, 2.5, 'Mahngebühr/Verzugszinsen'),
  r('reminder', 'reminder.soft', /\berinnerung\b|sicher(lich)? uebersehen|in der hektik/, 1.5, '»Erinnerung«'),
  // tax (the city's own taxes, matters raised by citizens, companies, tax advisers)
  r('tax', 'tax.kind', /grundsteuer|gewerbesteuer|hundesteuer|zweitwohnung(s)?steuer|vergnuegungssteuer|hundeanmeldung|hundeabmeldung|hund (an|ab)melden|hundesteuermarke|steuermarke|kommunalsteuer|grundbesitzabgaben/, 3, 'Kommunalsteuer', { fuzzy: ['grundsteuer', 'gewerbesteuer', 'hundesteuer'] }),
  r('tax', 'tax.terms', /messbetrag|hebesatz|einheitswert|grundsteuerwert|steuerpflicht|veranlagung|vorauszahlung|stundung|steuerschuld|steuerbefreiung|steuerermaessigung|herabsetzung/, 1.5, 'Steuerbegriff'),
  r('tax', 'tax.adviser', /steuerberat(er|ung|ungsgesellschaft)|steuerbuero|lohnsteuerhilfe/, 2, 'Steuerberatung', { sender: true }),
  r('tax', 'tax.secrecy', /steuergeheimnis|steuernummer|steuer-?id|steueridentifikationsnummer/, 0.8, 'Steuerdaten'),
  // notice: a Bescheid of another authority
  r('notice', 'notice.word', /bescheid\b|bescheides\b|bescheids\b/, 2.5, '»Bescheid«', { fuzzy: ['bescheid'] }),
  r('notice', 'notice.kind', /(zuwendungs|bewilligungs|aenderungs|feststellungs|beitrags|gebuehren|leistungs|kosten|steuer|festsetzungs|rueckforderungs|erstattungs|ablehnungs|renten|zinsbescheid)bescheid|steuerbescheid|messbescheid/, 1.5, 'Bescheidart'),
  r('notice', 'notice.authority', /\b(finanzamt|landesamt|bundesamt|rentenversicherung|agentur fuer arbeit|bundesagentur|jobcenter|familienkasse|landratsamt|kreisverwaltung|regierungspraesidium|bezirksregierung|ministerium|hauptzollamt|zollamt|berufsgenossenschaft|unfallkasse|landesbetrieb|kraftfahrt-bundesamt|statistisches landesamt|landesverwaltungsamt|kommunalaufsicht|rechnungshof|bundeszentralamt|versorgungsamt|landeskasse|oberfinanzdirektion|landschaftsverband|kommunaler versorgungsverband|gemeindeunfallversicherung)/, 2.5, 'Behörde als Absender', { sender: true }),
  r('notice', 'notice.decision', /(wird|werden) (hiermit )?(festgesetzt|bewilligt|gewaehrt|abgelehnt|zurueckgefordert|genehmigt)|(setze|setzen|bewillige|bewilligen) (ich|wir) |festsetzung|ergeht folgender bescheid|erlasse(n)? (ich|wir)/, 2, 'Festsetzung/Bewilligung'),
  r('notice', 'notice.remedy', /rechtsbehelfsbelehrung|rechtsmittelbelehrung|gegen diesen bescheid|bestandskraeftig|bestandskraft/, 2.5, 'Rechtsbehelfsbelehrung'),
  r('notice', 'notice.onrequest', /auf ihren antrag|ihr(en)? antrag vom|aufgrund ihres antrages?/, 1.5, '»auf Ihren Antrag«'),
  // objection
  r('objection', 'objection.word', /\b(widerspruch|einspruch|widerspreche|widersprechen|lege(n)? (ich|wir) (hiermit )?(fristgerecht )?(widerspruch|einspruch))\b/, 4, '»Widerspruch/Einspruch«', { fuzzy: ['widerspruch', 'einspruch'] }),
  r('objection', 'objection.against', /(widerspruch|einspruch|beschwerde) (gegen|zu|bzgl|bezueglich|betreffend)|gegen (den|ihren|diesen|obigen|o\.? ?g\.?) .{0,30}bescheid|lege(n)? .{0,20}(widerspruch|einspruch) ein|erhebe(n)? .{0,20}(widerspruch|einspruch)|(aufhebung|aenderung|ueberpruefung) des bescheid/, 3, 'richtet sich gegen einen Bescheid'),
  r('objection', 'objection.grounds', /begruendung (des|meines|unseres) (widerspruch|einspruch)|ist rechtswidrig|ist fehlerhaft|nicht nachvollziehbar|aussetzung der vollziehung/, 1.5, 'Begründung eines Widerspruchs'),
  r('objection', 'objection.remedyText', /(kann|koennen|ist) .{0,80}(widerspruch|einspruch) .{0,60}(erhoben|eingelegt|einzulegen|zu erheben)|(widerspruch|einspruch) .{0,40}(erhoben|eingelegt) werden|(widerspruch|einspruch) ist .{0,30}(einzulegen|zu erheben)|innerhalb eines monats nach bekanntgabe/, -4.5, 'Widerspruch nur als Belehrung erwähnt'),
  // application
  r('application', 'application.word', /\bantrag\b|\bantrag (auf|zur|zum|fuer)|\bantraege\b|\bantragsformular|\bantragstellung/, 2.5, '»Antrag«', { fuzzy: ['antrag'] }),
  r('application', 'application.verb', /(beantrage|beantragen|ersuche|bitte) (ich|wir)? ?(hiermit|um)? ?(die|eine|den)? ?(genehmigung|erlaubnis|erteilung|zulassung|ausnahme)|hiermit beantrage|beantrage(n)? (ich|wir)|moechte(n)? (ich|wir) .{0,40}beantragen/, 3, '»beantrage«'),
  r('application', 'application.kind', /sondernutzung|gewerbe(an|um|ab)meldung|baumfaellung|faellgenehmigung|faellung|ausnahmegenehmigung|erlaubnis nach|anwohnerparkausweis|parkausweis|veranstaltungsanzeige|anmeldung einer veranstaltung|aufstellung (eines|von)|foerderantrag|zuschussantrag|zuschuss|schankerlaubnis|gaststaettenerlaubnis|strassensperrung|verkehrsrechtliche anordnung|plakatierung|marktstand|informationsstand|einbuergerung|namensaenderung/, 2.5, 'Antragsgegenstand'),
  r('application', 'application.noticeContext', /auf ihren antrag|ihr(en)? antrag vom|antrag wird|antrag (ist|wurde) (abgelehnt|bewilligt)/, -2, '»Antrag« im Bescheid erwähnt'),
  // fine
  r('fine', 'fine.form', /anhoerungsbogen|zeugenfragebogen|anhoerung im bussgeldverfahren|anhoerung (des|der) betroffenen|verwarnungsgeldangebot/, 4.5, 'Anhörungs-/Zeugenfragebogen', { fuzzy: ['anhoerungsbogen', 'zeugenfragebogen'] }),
  r('fine', 'fine.words', /ordnungswidrigkeit|bussgeld|verwarnungsgeld|verwarnung|owig|tatvorwurf|tatzeit|tatort|tattag|geschwindigkeitsueberschreitung|rotlichtverstoss|parkverstoss|halt- ?und parkverbot|parkverbot|halteverbot|falschpark|fahrzeughalter|fahrzeugfuehrer|betroffene(r)?\b|punkte im fahreignungsregister/, 2.5, 'Ordnungswidrigkeit', { fuzzy: ['ordnungswidrigkeit', 'verwarnungsgeld'] }),
  r('fine', 'fine.plate', /(amtliches )?kennzeichen:? ?[a-z]{1,3}[- ][a-z]{1,2} ?\d{1,4}/, 1, 'Kfz-Kennzeichen'),
  // court
  r('court', 'court.sender', /\b(amtsgericht|landgericht|oberlandesgericht|verwaltungsgericht|oberverwaltungsgericht|verwaltungsgerichtshof|sozialgericht|landessozialgericht|arbeitsgericht|landesarbeitsgericht|finanzgericht|bundesgerichtshof|bundesverwaltungsgericht|staatsanwaltschaft|gerichtsvollzieher|mahngericht|zentrales mahngericht)\b/, 3, 'Gericht als Absender', { sender: true, fuzzy: ['amtsgericht', 'landgericht', 'verwaltungsgericht'] }),
  r('court', 'court.doc', /\bladung\b|\bbeschluss\b|\burteil\b|im namen des volkes|\bzustellung\b|zustellungsurkunde|mahnbescheid|vollstreckungsbescheid|pfaendungs- und ueberweisungsbeschluss|pfaendungsbeschluss|termin zur muendlichen verhandlung|muendliche verhandlung|hauptverhandlung|ladung zum termin|terminsladung|klageschrift|klageerwiderung/, 3, 'gerichtliches Schriftstück', { fuzzy: ['mahnbescheid', 'vollstreckungsbescheid'] }),
  r('court', 'court.parties', /in dem (verwaltungs)?rechtsstreit|in der (verwaltungs)?streitsache|in sachen|\bklaeger(in)?\b|\bbeklagte[rn]?\b|antragsgegner|antragsteller(in)? und|streitwert|geschaeftsstelle|urkundsbeamt|rechtspfleger|\b\d{1,3} ?[a-z]{1,3} \d{1,5}\/\d{2}\b/, 2, 'Prozessparteien/Aktenzeichen des Gerichts'),
  // job-application
  r('job-application', 'job.word', /\bbewerbung\b|\bbewerbungsunterlagen|\bbewerbe (ich )?mich|\bbewirbt sich|initiativbewerbung/, 4, '»Bewerbung«', { fuzzy: ['bewerbung', 'bewerbungsunterlagen'] }),
  r('job-application', 'job.cv', /lebenslauf|anschreiben|zeugniskopien|arbeitszeugnisse|stellenausschreibung|stellenanzeige|ausgeschriebene(n)? stelle|ausbildungsplatz|praktikumsplatz|vorstellungsgespraech|kennziffer|eintrittstermin|gehaltsvorstellung|berufserfahrung/, 2.5, 'Lebenslauf/Stellenausschreibung'),
  // personnel
  r('personnel', 'personnel.sick', /krankmeldung|arbeitsunfaehigkeitsbescheinigung|au-bescheinigung|arbeitsunfaehig(keit)?|erstbescheinigung|folgebescheinigung|krankschreibung|dienstunfaehig/, 3.5, 'Krankmeldung/AU', { fuzzy: ['krankmeldung', 'arbeitsunfaehigkeitsbescheinigung'] }),
  r('personnel', 'personnel.contract', /arbeitsvertrag|aenderungsvertrag|personalnummer|personalakte|arbeitsverhaeltnis|dienstverhaeltnis|beschaeftigungsverhaeltnis|elternzeit|mutterschutz|teilzeitantrag|sonderurlaub|urlaubsantrag|nebentaetigkeit|dienstunfall|entgeltabrechnung|gehaltsabrechnung|bezuegemitteilung|tarifvertrag|tvoed|eingruppierung|hoehergruppierung|arbeitszeugnis|zwischenzeugnis|aufhebungsvertrag|kuendigung (meines|des) arbeits|dienstherr|beihilfe|versetzung|abordnung|dienstvereinbarung|personalrat/, 3, 'Personalangelegenheit'),
  r('personnel', 'personnel.employee', /\bbeschaeftigte(r)?\b|\bmitarbeiter(in)? (der|ihrer) (stadt|verwaltung)|\bdienststelle\b|\bvorgesetzte/, 1, 'Beschäftigte(r)'),
  // medical
  r('medical', 'medical.attest', /\battest\b|aerztliche(s)? (attest|bescheinigung|gutachten|stellungnahme)|arztbrief|entlassungsbericht|befundbericht|\bbefund\b|\bdiagnose|\banamnese|\bmedikation|\btherapie|behandlungsbericht|amtsaerztlich|gesundheitszeugnis|impfnachweis|impfbescheinigung|schuleingangsuntersuchung/, 3, 'ärztliches Schriftstück', { fuzzy: ['attest', 'arztbrief', 'diagnose'] }),
  r('medical', 'medical.ifsg', /infektionsschutzgesetz|\bifsg\b|meldepflichtige?|meldung (gemaess|nach) (§ ?)?(6|7)|erregernachweis|\berreger|norovirus|rotavirus|salmonell|tuberkulose|masern|legionell|covid|sars-cov|hepatitis|meningokokken|keuchhusten|krankheitsverdacht/, 3.5, 'Meldung nach IfSG'),
  r('medical', 'medical.practice', /\bpraxis (fuer|dr)|\bfacharzt|\bfachaerztin|\ballgemeinmedizin|\bklinik|\bklinikum|\bkrankenhaus|\bkinderarzt|\bhausarzt|\bdr\. med\.|\bpatient(in)?\b|\blabor\b|\blaborbefund/, 1.5, 'Arztpraxis/Klinik', { sender: true }),
  r('medical', 'medical.icd', /\b[a-tv-z]\d{2}\.\d{1,2}\b ?[gvaz]?\b|\bicd(-10)?\b/, 2, 'ICD-Code'),
  // social
  r('social', 'social.benefit', /sozialhilfe|grundsicherung|wohngeld|jugendhilfe|hilfe zur erziehung|eingliederungshilfe|hilfe zum lebensunterhalt|hilfe zur pflege|buergergeld|asylbewerberleistung|unterhaltsvorschuss|bildung und teilhabe|kostenuebernahme|sozialleistung|sozialamt|jugendamt|inobhutnahme|vormundschaft|pflegefamilie|pflegekind|kindeswohl|erziehungsbeistand|sozialpaedagogische|familienhilfe|heimunterbringung|schuldnerberatung|obdachlos|wohnungslos|elterngeld|kita-?gebuehren|kitagebuehren|elternbeitrag/, 3, 'Sozialleistung/Jugendhilfe', { fuzzy: ['sozialhilfe', 'grundsicherung', 'wohngeld', 'jugendhilfe'] }),
  r('social', 'social.sgb', /\bsgb ?(i|ii|iii|v|viii|ix|x|xi|xii)\b|sozialgesetzbuch|\bbedarfsgemeinschaft|\bleistungsbezieher|\bleistungsberechtigt|\bsozialdaten/, 2.5, 'SGB'),
  // building
  r('building', 'building.word', /bauantrag|bauanzeige|bauvoranfrage|baugenehmigung|bauvorhaben|bauvorbescheid|baulast|bauanfrage|abbruchanzeige|abrissgenehmigung|nutzungsaenderung|bautaetigkeit|baustelle|bauherr|bauvorlage|entwurfsverfasser|standsicherheit|statik|bebauungsplan|abstandsflaeche|grenzbebauung|schwarzbau|ungenehmigt|baukontrolle|bauordnung|bauabnahme|rohbau/, 3, 'Bauangelegenheit', { fuzzy: ['bauantrag', 'bauanzeige', 'baugenehmigung', 'bauvorhaben'] }),
  r('building', 'building.site', /flurstueck|gemarkung|\bflur \d|grundstueck|anbau|carport|wintergarten|garage|dachgeschoss|einfamilienhaus|mehrfamilienhaus|aufstockung|neubau|umbau/, 1.2, 'Grundstück/Bauwerk'),
  // offer
  r('offer', 'offer.word', /\bangebot\b|\bangebots-? ?(nr|nummer)|\bkostenvoranschlag|\bkostenangebot|\bauftragsbestaetigung|\bunterbreiten|\bnachtragsangebot|\bpreisangebot|\bausschreibung|\bvergabe|\bleistungsverzeichnis/, 3, '»Angebot«', { fuzzy: ['angebot', 'kostenvoranschlag', 'auftragsbestaetigung'] }),
  r('offer', 'offer.contract', /\bvertrag\b|vertragsentwurf|rahmenvertrag|wartungsvertrag|dienstleistungsvertrag|mietvertrag|pachtvertrag|kaufvertrag|vertragsangebot|vertragsverlaengerung|\bauftrag\b|beauftragung|bestellung|gueltig bis|bindefrist|freibleibend|angebotsfrist/, 2, 'Vertrag/Auftrag'),
  // advertising
  r('advertising', 'ads.words', /sonderangebot|sonderaktion|jetzt (bestellen|sichern|testen|anmelden)|gratis|kostenlos(e|en)? (testen|test|probe)|\brabatt|\d+ ?% (sparen|rabatt)|nur fuer kurze zeit|nur noch bis|exklusiv fuer|newsletter|abbestellen|abmelden|werbung|katalog|neuheit|aktionspreis|gutschein|frueh(bucher|bucherrabatt)|messe-?angebot|lernen sie uns kennen|ueberzeugen sie sich|besuchen sie (uns|unseren)|entdecken sie|nicht verpassen|probeabo|vorteilspreis/, 2.5, 'Werbesprache'),
  // other
  r('other', 'other.words', /einladung|laden (wir )?sie .{0,30}ein|vielen dank|herzlichen dank|bedanke|bedanken|gratulation|glueckwunsch|anfrage|frage|auskunft|information|mitteilung|beschwerde|anregung|vorschlag|hinweis/, 1, 'allgemeines Schreiben'),
];

const ZONE_WEIGHT: Record<Zone, number> = {
  subject: 3, letterhead: 1.2, returnAddress: 1.2, reference: 1.2, date: 1, salutation: 0.5, body: 1, closing: 0.8, footer: 0.2, address: 0.4,
};

export interface RuleHit { rule: TypeRule; zone: Zone; score: number; fuzzy: boolean }

const ZONE_GROUPS: Zone[][] = [['subject'], ['letterhead', 'returnAddress'], ['reference'], ['body', 'date', 'salutation', 'closing'], ['footer'], ['address']];

/** Rule evidence per type: each rule counts once at its best zone, plus a little for repetition. */
export function scoreRules(letter: Letter): { scores: Record<DocumentType, number>; hits: RuleHit[] } {
  const scores = {} as Record<DocumentType, number>;
  const hits: RuleHit[] = [];
  const zoneTexts = ZONE_GROUPS.map((zones) => ({
    zone: zones[0] as Zone,
    text: foldText(letter.lines.filter((line) => zones.includes(line.zone)).map((line) => line.raw).join('\n')),
  }));
  for (const rule of TYPE_RULES) {
    let best: RuleHit | undefined;
    let count = 0;
    for (const { zone, text } of zoneTexts) {
      if (!text) continue;
      const global = new RegExp(rule.pattern.source, 'g');
      const matches = text.match(global)?.length ?? 0;
      let fuzzy = false;
      let found = matches;
      if (matches === 0 && rule.fuzzy && rule.weight > 0) {
        const tokens = tokenize(text);
        const joined = tokens.slice(0, -1).map((token, i) => token + (tokens[i + 1] ?? ''));
        if ([...tokens, ...joined].some((token) => token.length >= 5 && rule.fuzzy?.some((word) => fuzzyEquals(token, word)))) {
          fuzzy = true;
          found = 1;
        }
      }
      if (found === 0) continue;
      count += found;
      const zoneWeight = rule.sender && (zone === 'letterhead' || zone === 'returnAddress') ? 2 : ZONE_WEIGHT[zone];
      const score = rule.weight * zoneWeight * (fuzzy ? 0.7 : 1);
      const better = rule.weight > 0 ? !best || score > best.score : !best || score < best.score;
      if (better) best = { rule, zone, score, fuzzy };
    }
    if (!best) continue;
    const repetition = rule.weight > 0 ? 0.15 * rule.weight * Math.min(3, count - 1) : 0;
    best.score += repetition;
    hits.push(best);
    scores[rule.type] = (scores[rule.type] ?? 0) + best.score;
  }
  return { scores, hits };
}
