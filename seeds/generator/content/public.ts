// Composers for mail from citizens, authorities and courts: tax, notices, objections,
// applications, fines, court mail, building matters and everything else.
import type { Block } from '../model.ts';
import {
  randomAssociation, randomAuthority, randomCitizen, randomCompany, randomCourt, randomLawyer, randomTaxAdviser,
  randomPerson, fullName, randomStreet, type CourtKind, type Sender,
} from '../people.ts';
import { centsToNumber } from '../money.ts';
import { addDays } from '../dates.ts';
import {
  cashRef, cityRef, date, deadline, earlier, euro, para, phrase, someOf, RELATIVE_FROM_LETTER_NEUTRAL,
  type Ctx, type Draft,
} from './common.ts';
import { randomIban, formatIban } from '../iban.ts';

function plot(ctx: Ctx): string {
  const r = ctx.rng;
  return `Gemarkung ${r.pick(['Musterstadt', 'Oberdorf', 'Am Anger', 'Neuhof'])}, Flur ${r.int(1, 30)}, Flurstück ${r.int(10, 999)}${r.chance(0.5) ? `/${r.int(1, 20)}` : ''}`;
}

function citizenOrLawyer(ctx: Ctx): { sender: Sender; forClient?: string } {
  if (ctx.rng.chance(0.25)) return { sender: randomLawyer(ctx.rng), forClient: fullName(randomPerson(ctx.rng)) };
  return { sender: randomCitizen(ctx.rng) };
}

export function composeTax(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['dog-register', 'dog-deregister', 'trade-prepay', 'trade-assessment', 'property-question', 'deferral'] as const);
  const kz = cashRef(ctx);
  const ref = r.chance(0.5) ? cityRef(ctx, '1.50', r.pick(['GewSt', 'HuSt', 'GrSt', 'StA'])) : undefined;
  if (variant === 'trade-assessment') {
    const sender = randomAuthority(r, `Finanzamt ${r.pick(['Musterstadt', 'Neustadt am See', 'Bergheim'])}`);
    const cents = r.int(120000, 4800000);
    return {
      sender, subject: r.pick(['Mitteilung über den Gewerbesteuermessbetrag', 'Gewerbesteuermessbescheid – Mitteilung an die Gemeinde', `Festsetzung des Steuermessbetrags für ${Number(ctx.letterDate.slice(0, 4)) - 1}`]),
      ownRef: { label: 'Steuernummer', value: `${r.int(10, 99)}/${r.int(100, 999)}/${r.int(10000, 99999)}`, isReference: false },
      body: [
        para(phrase(r, ['für den nachstehend bezeichneten Steuerpflichtigen', 'für das unten genannte Unternehmen'], 'teilen wir Ihnen den festgesetzten Gewerbesteuermessbetrag mit.')),
        { kind: 'lines', lines: [`Steuerpflichtiger: ${randomCompany(r).name}`, `Betriebsstätte: ${randomStreet(r)}, Musterstadt`, `Erhebungszeitraum: ${Number(ctx.letterDate.slice(0, 4)) - 1}`, `Steuermessbetrag: ${euro(ctx, cents)}`], gapAfter: true },
        para(r.pick(['Die Mitteilung ergeht zur Festsetzung der Gewerbesteuer durch die Gemeinde.', 'Bitte setzen Sie auf dieser Grundlage die Gewerbesteuer fest.'])),
        para('Diese Mitteilung unterliegt dem Steuergeheimnis (§ 30 AO).'),
      ],
      closing: ['Mit freundlichen Grüßen', 'Im Auftrag', fullName(sender.person)],
      // The Messbetrag is the base the city's own Gewerbesteuer is computed from: nobody is asked to
      // pay it, so it is no `amount` (DESIGN.md: the sum the letter asks to be paid).
      addressDept: r.chance(0.6) ? '1.50' : null, fields: {}, tags: ['tax-secrecy'],
    };
  }
  if (variant === 'trade-prepay' || variant === 'deferral') {
    const sender = randomTaxAdviser(r);
    const client = randomCompany(r);
    const cents = r.int(80000, 2500000);
    const deferral = variant === 'deferral';
    return {
      sender, theirRef: ref,
      subject: deferral ? r.pick([`Antrag auf Stundung der Gewerbesteuer – ${client.name}`, 'Stundungsantrag Gewerbesteuernachzahlung']) : r.pick([`Antrag auf Herabsetzung der Gewerbesteuervorauszahlungen – ${client.name}`, 'Anpassung der Vorauszahlungen zur Gewerbesteuer']),
      body: [
        para(phrase(r, ['in der Steuersache', 'namens und in Vollmacht unserer Mandantin'], `${client.name}, Kassenzeichen ${kz},`, deferral
          ? ['beantragen wir die Stundung der Gewerbesteuernachzahlung', 'bitten wir um Stundung der festgesetzten Gewerbesteuer']
          : ['beantragen wir, die Gewerbesteuervorauszahlungen herabzusetzen', 'bitten wir um Anpassung der Vorauszahlungen'], `in Höhe von ${euro(ctx, cents)}.`)),
        para(deferral ? r.pick(['Die sofortige Einziehung würde für unsere Mandantin eine erhebliche Härte bedeuten.', 'Aufgrund eines vorübergehenden Liquiditätsengpasses ist eine Zahlung in einer Summe derzeit nicht möglich. Wir schlagen Ratenzahlung in sechs Monatsraten vor.'])
          : r.pick(['Nach den vorläufigen Zahlen wird der Gewinn im laufenden Jahr deutlich unter dem Vorjahr liegen.', 'Die Umsätze sind infolge des Wegfalls eines Großkunden erheblich zurückgegangen. Eine betriebswirtschaftliche Auswertung fügen wir bei.'])),
        para('Eine Vollmacht liegt Ihnen vor.'),
      ],
      addressDept: r.chance(0.5) ? '1.50' : null, fields: { amount: centsToNumber(cents), currency: 'EUR', cashReference: kz }, tags: ['tax-secrecy'],
    };
  }
  const sender = randomCitizen(r);
  const dogName = r.pick(['Bello', 'Luna', 'Rocky', 'Emma', 'Balu', 'Mia', 'Sammy', 'Kira']);
  const body: Block[] = variant === 'dog-register' ? [
    para(phrase(r, ['hiermit melde ich meinen Hund zur Hundesteuer an.', 'ich möchte meinen Hund zur Hundesteuer anmelden.', 'zum Zweck der Hundesteuer zeige ich die Haltung eines Hundes an.'])),
    { kind: 'lines', lines: [`Name des Hundes: ${dogName}`, `Rasse: ${r.pick(['Mischling', 'Labrador Retriever', 'Dackel', 'Schäferhund', 'Border Collie'])}`, `gehalten seit: ${date(ctx, earlier(ctx, 3, 40))}`, `Chipnummer: 276 0${r.int(10, 99)} ${r.int(100000, 999999)}${r.int(1000, 9999)}`], gapAfter: true },
    para(r.pick(['Bitte senden Sie mir die Hundesteuermarke zu.', 'Für Rückfragen bin ich telefonisch erreichbar.', 'Eine Kopie des Kaufvertrages liegt bei.'])),
  ] : variant === 'dog-deregister' ? [
    para(phrase(r, [`hiermit melde ich meinen Hund ${dogName} zum ${date(ctx, earlier(ctx, 1, 20))} ab.`, `mein Hund ${dogName} ist am ${date(ctx, earlier(ctx, 1, 20))} verstorben. Ich bitte um Abmeldung von der Hundesteuer.`])),
    para(`Mein Kassenzeichen lautet ${kz}. Die Hundesteuermarke lege ich bei.`),
    para(phrase(r, ['Bitte erstatten Sie zu viel gezahlte Steuer auf mein Konto', 'Eine Erstattung bitte auf folgendes Konto:'], `IBAN ${formatIban(randomIban(r))}.`)),
  ] : [
    para(phrase(r, ['zu meinem Grundsteuerbescheid habe ich eine Frage.', 'ich bitte um Erläuterung der Grundsteuer für mein Grundstück.'], `Kassenzeichen: ${kz}, Grundstück ${plot(ctx)}.`)),
    para(r.pick(['Die Fläche des Grundstücks ist meines Erachtens falsch angegeben.', 'Das Grundstück wurde im vergangenen Jahr geteilt; bitte prüfen Sie, ob die Festsetzung noch zutrifft.', 'Ich habe das Grundstück verkauft und bitte um Umschreibung auf den neuen Eigentümer.'])),
  ];
  // The refund IBAN of a deregistration belongs to the letter: label it.
  const ibanMatch = /IBAN ([A-Z]{2}[\d ]+?)\.$/.exec(variant === 'dog-deregister' ? (body[2] as { text: string }).text : '');
  return {
    sender, theirRef: ref,
    subject: variant === 'dog-register' ? r.pick(['Anmeldung zur Hundesteuer', 'Hundesteuer – Anmeldung eines Hundes', 'Anmeldung Hund']) : variant === 'dog-deregister' ? r.pick(['Abmeldung Hundesteuer', 'Hundesteuer – Abmeldung']) : r.pick(['Grundsteuer – Rückfrage', `Grundsteuer Kassenzeichen ${kz}`, 'Grundsteuerbescheid – Bitte um Prüfung']),
    body, addressDept: r.chance(0.4) ? '1.50' : null,
    fields: { cashReference: variant === 'dog-register' ? undefined : kz, iban: ibanMatch?.[1]?.replace(/\s+/g, '') },
    tags: ['tax-secrecy'],
  };
}

export function composeNotice(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['fee', 'grant', 'water', 'accident-insurance', 'permit', 'statistics-penalty'] as const);
  const sender = randomAuthority(r, variant === 'water' ? `Zweckverband Wasser und Abwasser ${r.pick(['Musterland', 'Seenplatte', 'Obere Aue'])}` : variant === 'accident-insurance' ? 'Unfallkasse des Landes' : undefined);
  const az = `${r.pick(['', 'AZ ', ''])}${r.int(10, 99)}.${r.int(10, 99)}-${r.int(100, 9999)}/${ctx.letterDate.slice(2, 4)}`;
  const deptFor: Record<typeof variant, string[]> = {
    fee: ['9.40.20', '9.50.30', '1.40'], grant: ['9.40.20', '5.20', '3.30', '0.10'], water: ['9.40.20', '9.50.30'],
    'accident-insurance': ['1.10', '1.40'], permit: ['9.50.30', '6.30', '9.60.10'], 'statistics-penalty': ['1.40', '1.50'],
  };
  const dept = r.pick(deptFor[variant]);
  const routing = r.weighted([['ref', 3], ['address', 3], ['none', 2]] as const);
  const cents = r.int(5000, variant === 'grant' ? 25000000 : 1500000);
  const due = deadline(ctx, [14, 30, 30], ['innerhalb von {n} Tagen ab Datum dieses Bescheides', 'binnen {n} Tagen ab dem Datum dieses Schreibens']);
  const kz = cashRef(ctx);
  const payable = variant !== 'grant' && variant !== 'permit';
  const title = {
    fee: r.pick(['Gebührenbescheid', 'Kostenbescheid', 'Gebührenbescheid über Verwaltungsgebühren']),
    grant: r.pick(['Zuwendungsbescheid', 'Bewilligungsbescheid', 'Bescheid über die Gewährung einer Zuwendung']),
    water: r.pick(['Abwassergebührenbescheid', 'Bescheid über Wasser- und Abwassergebühren', 'Beitragsbescheid Schmutzwasser']),
    'accident-insurance': r.pick(['Beitragsbescheid', 'Beitragsbescheid für das Umlagejahr']),
    permit: r.pick(['Wasserrechtliche Erlaubnis – Bescheid', 'Genehmigungsbescheid', 'Ausnahmegenehmigung nach Naturschutzrecht']),
    'statistics-penalty': r.pick(['Festsetzung eines Zwangsgeldes', 'Bescheid über die Festsetzung eines Säumniszuschlags']),
  }[variant];
  const object = r.pick(['Grundstück Markt 1 (Rathaus)', `Grundstück ${plot(ctx)}`, 'Bürgerhaus Süd', 'Sporthalle West', 'Friedhof Nord', 'Bauhof, Gewerbestraße 12']);
  const body: Block[] = [
    para(phrase(r, ['für das', 'betreffend das', 'zum'], `Objekt ${object}`, ['ergeht folgender Bescheid:', 'wird Folgendes festgesetzt:', 'ergeht nachstehende Entscheidung:'])),
    para(variant === 'grant' ? `1. Ihnen wird für das Vorhaben „${r.pick(['Sanierung der Sporthalle West', 'Ausstattung der Kita Regenbogen', 'Neubau Feuerwehrgerätehaus', 'Digitalisierung der Verwaltung'])}“ eine Zuwendung in Höhe von ${euro(ctx, cents)} als Festbetragsfinanzierung bewilligt.`
      : variant === 'permit' ? `1. Die beantragte Erlaubnis wird unter den nachstehenden Nebenbestimmungen erteilt. ${r.pick(['Die Erlaubnis ist bis zum 31.12. des Folgejahres befristet.', 'Die Arbeiten sind außerhalb der Brutzeit auszuführen.'])}`
        : `1. Die ${r.pick(['Gebühr', 'Forderung', 'Abgabe'])} wird auf ${euro(ctx, cents)} festgesetzt. 2. Der Betrag ist ${due.text} unter Angabe des Kassenzeichens ${kz} zu zahlen.`),
    para(r.pick(['Begründung: Die Festsetzung beruht auf der geltenden Satzung in Verbindung mit dem Kommunalabgabengesetz.', 'Begründung: Die Voraussetzungen liegen nach Prüfung der eingereichten Unterlagen vor.', 'Begründung: Die Entscheidung ergeht auf der Grundlage der eingereichten Antragsunterlagen.'])),
    { kind: 'heading', text: 'Rechtsbehelfsbelehrung' },
    para(r.pick([
      `Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der ${sender.name} einzulegen.`,
      `Gegen diesen Bescheid kann binnen eines Monats nach seiner Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.`,
    ])),
  ];
  return {
    sender, subject: title, body,
    ownRef: { label: r.pick(['Aktenzeichen', 'Geschäftszeichen', 'Az.']), value: az, isReference: true },
    theirRef: routing === 'ref' ? cityRef(ctx, dept, r.pick(['FM', 'Geb', 'A'])) : undefined,
    addressDept: routing === 'address' ? dept : null,
    showBank: payable,
    fields: variant === 'permit' ? {} : { amount: centsToNumber(cents), currency: 'EUR', ...(payable ? { dueDate: due.iso, cashReference: kz } : {}) },
    tags: ['rechtsbehelfsbelehrung', variant === 'accident-insurance' ? 'mentions-widerspruch' : ''].filter(Boolean),
  };
}

const BESCHEIDE: Array<{ name: string; dept: string; topic: string; social?: boolean; tax?: boolean }> = [
  { name: 'Grundsteuerbescheid', dept: '1.50', topic: 'GrSt', tax: true }, { name: 'Hundesteuerbescheid', dept: '1.50', topic: 'HuSt', tax: true },
  { name: 'Gewerbesteuerbescheid', dept: '1.50', topic: 'GewSt', tax: true }, { name: 'Bescheid über Straßenreinigungsgebühren', dept: '1.50', topic: 'StrR' },
  { name: 'Wohngeldbescheid', dept: '5.10', topic: 'WoG', social: true }, { name: 'Bescheid über Elternbeiträge für die Kindertagesstätte', dept: '5.20', topic: 'Kita', social: true },
  { name: 'Ablehnungsbescheid zum Bauantrag', dept: '6.30', topic: 'BA' }, { name: 'Gebührenbescheid für die Grabnutzung', dept: '9.60.10', topic: 'Grab' },
  { name: 'Kostenbescheid über das Abschleppen meines Fahrzeugs', dept: '3.10.20', topic: 'Abschl' }, { name: 'Bescheid über die Erstattung von Einsatzkosten der Feuerwehr', dept: '3.30', topic: 'FW' },
];

export function composeObjection(ctx: Ctx): Draft {
  const r = ctx.rng;
  const b = r.pick(BESCHEIDE);
  const { sender, forClient } = citizenOrLawyer(ctx);
  const bDate = earlier(ctx, 5, 28);
  const routing = r.weighted([['ref', 6], ['address', 2], ['none', 1]] as const);
  const ref = cityRef(ctx, b.dept, b.topic);
  const kz = b.tax || b.dept === '1.50' ? cashRef(ctx) : undefined;
  const quoted = routing === 'ref' ? `, Az. ${ref}` : kz ? `, Kassenzeichen ${kz}` : '';
  const who = forClient ? `namens und in Vollmacht ${r.pick(['unseres Mandanten', 'unserer Mandantin'])} ${forClient}` : '';
  const verb = r.pick(['lege ich hiermit Widerspruch ein', 'erhebe ich Widerspruch', 'widerspreche ich hiermit fristgerecht']);
  const opening = forClient
    ? `${who} legen wir gegen den ${b.name} vom ${date(ctx, bDate)}${quoted} Widerspruch ein.`
    : `gegen den ${b.name} vom ${date(ctx, bDate)}${quoted} ${verb}.`;
  const quote = r.chance(0.6) ? para(`In dem Bescheid heißt es: „${r.pick([
    'Die Festsetzung erfolgt auf Grundlage der geltenden Satzung.', 'Der Antrag wird abgelehnt.', 'Die Gebühr wird festgesetzt auf den nachstehenden Betrag.',
    'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.', 'Die Kosten hat der Halter des Fahrzeugs zu tragen.',
  ])}“`) : undefined;
  const reasons = b.social ? someOf(r, [
    'Bei der Berechnung wurde mein Einkommen falsch angesetzt; seit dem Frühjahr beziehe ich nur noch Krankengeld.',
    'Die Unterhaltszahlungen für meine beiden Kinder wurden nicht berücksichtigt.',
    'Meine Tochter ist seit Monaten in ärztlicher Behandlung, was zusätzliche Kosten verursacht.',
    'Der Bescheid berücksichtigt nicht, dass mein Mann seit März arbeitslos ist.',
  ], 2, 3) : someOf(r, [
    'Die Festsetzung ist der Höhe nach nicht nachvollziehbar.',
    ...(b.topic === 'GrSt' || b.topic === 'StrR' ? ['Die zugrunde gelegte Fläche ist unzutreffend.', 'Ich war zum fraglichen Zeitpunkt nicht Eigentümer des Grundstücks.'] : []),
    'Die Begründung des Bescheides ist unzureichend und setzt sich mit meinen Argumenten nicht auseinander.',
    'Eine Anhörung hat vor Erlass des Bescheides nicht stattgefunden.',
    ...(b.topic === 'Abschl' ? ['Das Fahrzeug war ordnungsgemäß geparkt; Fotos liegen bei.', 'Das Halteverbotsschild wurde erst nach dem Abstellen des Fahrzeugs aufgestellt.'] : []),
    ...(b.topic === 'HuSt' ? ['Der Hund wurde bereits im Vorjahr abgemeldet.'] : []),
    ...(b.topic === 'BA' ? ['Das Vorhaben fügt sich in die Eigenart der näheren Umgebung ein.'] : []),
  ], 2, 3);
  const body: Block[] = [para(opening)];
  if (quote) body.push(quote);
  body.push(para(`Begründung: ${reasons.join(' ')}`));
  body.push(para(r.pick([
    'Ich beantrage, den Bescheid aufzuheben und die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen.',
    'Ich bitte um Aufhebung des Bescheides und um Eingangsbestätigung.', 'Eine ausführliche Begründung reiche ich nach Akteneinsicht nach.',
    forClient ? 'Wir beantragen Akteneinsicht. Eine Vollmacht ist beigefügt.' : 'Bitte bestätigen Sie mir den Eingang dieses Widerspruchs.',
  ])));
  return {
    sender, theirRef: routing === 'ref' ? ref : undefined,
    subject: r.pick([`Widerspruch gegen den ${b.name} vom ${date(ctx, bDate)}`, `Widerspruch – ${b.name}`, 'Widerspruch', `Widerspruch${routing === 'ref' ? ` zu Az. ${ref}` : ''}`]),
    body, addressDept: routing === 'address' ? b.dept : null,
    signals: b.social ? ['very-high'] : b.tax ? ['high'] : [],
    fields: { cashReference: kz && !quoted.includes('Az.') ? kz : undefined },
    tags: ['quotes-bescheid', b.social ? 'social-data' : ''].filter(Boolean),
  };
}

const APPLICATIONS: Array<{ subject: string[]; dept: string | null; text: string[] }> = [
  { subject: ['Antrag auf Sondernutzungserlaubnis', 'Antrag auf Sondernutzung öffentlicher Verkehrsflächen'], dept: '3.10.20', text: ['für die Aufstellung eines Baugerüsts vor dem Haus {street} beantrage ich eine Sondernutzungserlaubnis beim Ordnungsamt für die Zeit vom {from} bis {to}.', 'wir beantragen die Erlaubnis, vor unserem Café in der {street} Tische und Stühle aufzustellen. Bitte leiten Sie den Antrag an das Ordnungsamt weiter.'] },
  { subject: ['Antrag auf Einrichtung einer Halteverbotszone', 'Antrag auf verkehrsrechtliche Anordnung (Umzug)'], dept: '3.10.20', text: ['für meinen Umzug am {from} beantrage ich beim Ordnungsamt ein temporäres Halteverbot vor dem Haus {street}.'] },
  { subject: ['Antrag auf Verlängerung des Nutzungsrechts an einer Grabstelle', 'Antrag auf Erwerb einer Grabstelle', 'Friedhof – Antrag auf Genehmigung eines Grabmals'], dept: '9.60.10', text: ['für die Grabstelle meiner Eltern auf dem Friedhof Nord, Feld {n}, beantrage ich die Verlängerung des Nutzungsrechts um weitere zehn Jahre.', 'ich beantrage die Genehmigung zur Aufstellung eines Grabmals auf dem Friedhof an der Kapelle, Grabstelle Nr. {n}.'] },
  { subject: ['Antrag auf Überlassung des Bürgerhauses', 'Antrag auf Nutzung der Sporthalle West', 'Anmietung eines Raumes im Bürgerhaus Süd'], dept: '9.40.20', text: ['unser Verein möchte am {from} das Bürgerhaus Süd für eine Mitgliederversammlung nutzen. Wir bitten die Liegenschaften um Überlassung des großen Saals.', 'für das Training unserer Jugendmannschaft beantragen wir die Nutzung der Sporthalle West dienstags von 17 bis 19 Uhr. Bitte leiten Sie dies an das Gebäudemanagement weiter.'] },
  { subject: ['Antrag auf Fällgenehmigung', 'Antrag auf Genehmigung zur Fällung eines Baumes'], dept: '9.50.30', text: ['auf meinem Grundstück {street} steht eine Birke, deren Äste auf die Grünflächen der Stadt ragen. Ich beantrage die Genehmigung zur Fällung bzw. einen Rückschnitt durch den Bauhof.'] },
  { subject: ['Antrag auf Durchführung einer Brandverhütungsschau', 'Antrag auf Abnahme durch die Feuerwehr'], dept: '3.30', text: ['für unsere neu eröffnete Versammlungsstätte in der {street} beantragen wir eine Brandverhütungsschau durch die Feuerwehr.'] },
  { subject: ['Antrag auf Akteneinsicht', 'Antrag nach dem Informationsfreiheitsgesetz'], dept: null, text: ['hiermit beantrage ich Einsicht in die Unterlagen zu dem Vorgang, der mein Grundstück {street} betrifft.', 'gestützt auf das Informationsfreiheitsgesetz beantrage ich Auskunft über die Kosten der Umgestaltung des Marktplatzes.'] },
  { subject: ['Antrag auf Zuschuss für Vereinsarbeit', 'Antrag auf Förderung unseres Sommerfestes'], dept: null, text: ['für unser diesjähriges Sommerfest am {from} beantragen wir einen Zuschuss aus Mitteln der Vereinsförderung.', 'wir beantragen eine Förderung für die Anschaffung neuer Trikots für unsere Jugendabteilung.'] },
  { subject: ['Antrag auf Ausstellung einer Bescheinigung', 'Antrag auf Erteilung einer Auskunft'], dept: null, text: ['ich beantrage die Ausstellung einer Meldebescheinigung für die Vorlage bei meinem Arbeitgeber.', 'bitte erteilen Sie mir eine Auskunft darüber, ob für mein Grundstück {street} Erschließungsbeiträge offen sind.'] },
];

export function composeApplication(ctx: Ctx): Draft {
  const r = ctx.rng;
  const a = r.pick(APPLICATIONS);
  const sender = a.dept === '9.40.20' || a.subject[0]?.includes('Verein') || r.chance(0.15) ? randomAssociation(r) : randomCitizen(r);
  const vars: Record<string, string> = { street: randomStreet(r), from: date(ctx, addDays(ctx.letterDate, r.int(14, 60))), to: date(ctx, addDays(ctx.letterDate, r.int(61, 120))), n: String(r.int(1, 40)) };
  const text = r.pick(a.text).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  const withDeadline = r.chance(0.25);
  const due = deadline(ctx, [14, 21, 28], RELATIVE_FROM_LETTER_NEUTRAL);
  const body: Block[] = [para(text), ...someOf(r, [
    'Die erforderlichen Unterlagen füge ich diesem Schreiben bei.', 'Eine Lageskizze liegt bei.', 'Für Rückfragen erreichen Sie mich tagsüber telefonisch.',
    'Sollten weitere Angaben erforderlich sein, teilen Sie mir dies bitte mit.', 'Ich bitte um eine kurze Eingangsbestätigung.',
  ], 1, 3).map(para)];
  if (withDeadline) body.push(para(`Da die Planung drängt, bitte ich um Ihre Entscheidung ${due.text}.`));
  // Applications carry the department through a keyword in the text; sometimes in the address too.
  const addressed = a.dept && r.chance(0.3) ? a.dept : null;
  return {
    sender, subject: r.pick(a.subject), body, addressDept: addressed, hintDept: a.dept ?? undefined,
    fields: withDeadline ? { dueDate: due.iso } : {}, tags: a.dept ? [] : ['no-department-hint'],
  };
}

export function composeFine(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['hearing-city-car', 'witness-form', 'warning', 'returned-hearing'] as const);
  const plate = `MU-${r.pick(['SM', 'ST', 'BH', 'FW'])} ${r.int(10, 999)}`;
  const when = earlier(ctx, 7, 40);
  const where = `${randomStreet(r).replace(/ \d+\w?$/, '')}, ${r.pick(['Neustadt am See', 'Bergheim', 'Lindenfeld'])}`;
  const offence = r.pick([
    `Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um ${r.int(11, 25)} km/h.`,
    'Sie parkten im absoluten Halteverbot.', 'Sie benutzten als Führer des Kfz verbotswidrig ein elektronisches Gerät.',
    `Sie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um ${r.int(16, 30)} km/h.`,
  ]);
  if (variant === 'returned-hearing') {
    const sender = randomCitizen(r);
    const ref = cityRef(ctx, '3.10.20', 'OWi');
    return {
      sender, theirRef: ref, subject: r.pick(['Ihr Anhörungsbogen', 'Anhörung im Bußgeldverfahren – Stellungnahme', `Ordnungswidrigkeit ${ref}`]),
      body: [para(phrase(r, ['anbei erhalten Sie den ausgefüllten Anhörungsbogen zurück.', 'zu dem mir vorgeworfenen Verstoß nehme ich wie folgt Stellung:'])),
        para(r.pick(['Ich war zum angegebenen Zeitpunkt nicht Fahrer des Fahrzeugs.', 'Den Verstoß räume ich ein; ich bitte jedoch um Ratenzahlung.', 'Das Halteverbotsschild war durch einen Baum verdeckt. Fotos füge ich bei.']))],
      addressDept: r.chance(0.5) ? '3.10.20' : null, fields: {}, tags: ['returned-form'],
    };
  }
  const sender = randomAuthority(r, r.pick(['Zentrale Bußgeldstelle', `Landkreis ${r.pick(['Musterland', 'Seenplatte'])} – Bußgeldstelle`, 'Polizeiverwaltungsamt', 'Stadt Neustadt am See – Verkehrsüberwachung']));
  const az = `${r.int(100, 999)}.${r.int(100000, 999999)}.${r.int(1, 9)}`;
  const fine = r.pick([2000, 3000, 3500, 5000, 7000, 10000]);
  const fee = variant === 'warning' ? 0 : r.pick([2850, 2850, 2500]);
  const total = fine + fee;
  const kz = cashRef(ctx);
  const due = deadline(ctx, [7, 14], ['innerhalb von {n} Tagen ab Datum dieses Schreibens', 'binnen {n} Tagen ab dem Datum dieses Schreibens']);
  const title = variant === 'witness-form' ? r.pick(['Zeugenfragebogen', 'Zeugenfragebogen im Bußgeldverfahren', 'Anhörung als Zeuge – Fahrzeughalter']) : variant === 'warning' ? r.pick(['Verwarnung mit Verwarnungsgeld', 'Verwarnungsgeldangebot']) : r.pick(['Anhörung im Bußgeldverfahren', 'Anhörungsbogen – Ordnungswidrigkeit', 'Anhörung des Betroffenen']);
  const body: Block[] = [
    para(phrase(r, [`der Führer des auf Sie zugelassenen Fahrzeugs ${plate}`, `mit dem Fahrzeug ${plate}, Halter: Stadt Musterstadt,`], `wird beschuldigt, am ${date(ctx, when)} um ${r.int(6, 21)}:${String(r.int(0, 59)).padStart(2, '0')} Uhr in ${where} folgende Ordnungswidrigkeit begangen zu haben:`)),
    para(offence),
    { kind: 'lines', lines: variant === 'warning' ? [`Verwarnungsgeld: ${euro(ctx, fine)}`] : [`Bußgeld: ${euro(ctx, fine)}`, `Gebühren und Auslagen: ${euro(ctx, fee)}`, `Gesamtbetrag: ${euro(ctx, total)}`], gapAfter: true },
    para(variant === 'witness-form'
      ? `Als Halter werden Sie gebeten, den Fahrzeugführer zu benennen und den Zeugenfragebogen ${due.text} zurückzusenden.`
      : `Bitte überweisen Sie den Betrag ${due.text} unter Angabe des Kassenzeichens ${kz}. Alternativ können Sie sich zur Sache äußern.`),
    para(r.pick(['Es steht Ihnen frei, sich zur Beschuldigung zu äußern oder nicht zur Sache auszusagen.', 'Bei fristgerechter Zahlung ist das Verfahren abgeschlossen.', 'Beweismittel: Messfoto, Zeuge POK ' + randomPerson(r).last])),
  ];
  return {
    sender, subject: title, body, ownRef: { label: r.pick(['Aktenzeichen', 'Az.', 'Geschäftszeichen']), value: az, isReference: true },
    addressDept: r.chance(0.3) ? '3.10.20' : r.chance(0.2) ? '9.50.30' : null, showBank: variant !== 'witness-form',
    fields: variant === 'witness-form' ? { amount: centsToNumber(total), currency: 'EUR', dueDate: due.iso } : { amount: centsToNumber(total), currency: 'EUR', dueDate: due.iso, cashReference: kz },
    tags: ['city-vehicle'],
  };
}

export function composeCourt(ctx: Ctx): Draft {
  const r = ctx.rng;
  const kind = r.pick(['Verwaltungsgericht', 'Amtsgericht', 'Arbeitsgericht', 'Sozialgericht', 'Landgericht'] as CourtKind[]);
  const sender = randomCourt(r, kind);
  const y = ctx.letterDate.slice(2, 4);
  const az = { Verwaltungsgericht: `${r.int(1, 9)} K ${r.int(100, 2999)}/${y}`, Amtsgericht: `${r.int(1, 30)} C ${r.int(10, 999)}/${y}`, Arbeitsgericht: `${r.int(1, 9)} Ca ${r.int(100, 2999)}/${y}`,
    Sozialgericht: `S ${r.int(1, 20)} SO ${r.int(10, 999)}/${y}`, Landgericht: `${r.int(1, 12)} O ${r.int(10, 499)}/${y}`, Oberverwaltungsgericht: `${r.int(1, 5)} L ${r.int(10, 299)}/${y}` }[kind];
  const party = fullName(randomPerson(r));
  const matter = kind === 'Arbeitsgericht' ? `${party} ./. Stadt Musterstadt` : r.chance(0.5) ? `${party} gegen Stadt Musterstadt` : `Stadt Musterstadt ./. ${randomCompany(r).name}`;
  const variant = r.pick(['summons', 'order', 'service', 'deadline', 'judgment'] as const);
  const hearing = addDays(ctx.letterDate, r.int(20, 70));
  const due = deadline(ctx, [14, 21, 28], ['binnen {n} Tagen ab Datum dieses Schreibens', 'innerhalb von {n} Tagen ab dem Datum dieser Verfügung']);
  const social = kind === 'Sozialgericht';
  const subject = { summons: r.pick(['Ladung zum Termin zur mündlichen Verhandlung', 'Ladung', 'Terminsladung']), order: r.pick(['Beschluss', 'Beschluss in dem Verfahren']),
    service: r.pick(['Zustellung einer Klageschrift', 'Zustellung', 'Klagezustellung']), deadline: r.pick(['Verfügung – Aufforderung zur Stellungnahme', 'Fristsetzung zur Klageerwiderung']), judgment: r.pick(['Urteil', 'Ausfertigung des Urteils']) }[variant];
  const body: Block[] = [para(`In dem Rechtsstreit ${matter}`)];
  if (variant === 'summons') body.push(para(`werden Sie zum Termin zur mündlichen Verhandlung am ${date(ctx, hearing)}, ${r.int(9, 14)}:${r.pick(['00', '30', '15'])} Uhr, Sitzungssaal ${r.int(1, 240)}, geladen.`), para(r.pick(['Das persönliche Erscheinen einer Vertreterin oder eines Vertreters der Stadt wird angeordnet.', 'Sie werden gebeten, die Verwaltungsvorgänge spätestens eine Woche vor dem Termin vorzulegen.'])));
  if (variant === 'order') body.push({ kind: 'heading', text: 'wird beschlossen:' }, para(r.pick(['Der Streitwert wird vorläufig festgesetzt.', 'Das Verfahren wird bis zur Entscheidung in der Parallelsache ausgesetzt.', 'Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt.'])), para('Gründe: Die Entscheidung beruht auf den einschlägigen Vorschriften der Prozessordnung.'));
  if (variant === 'service') body.push(para(`wird Ihnen anliegend die Klageschrift vom ${date(ctx, earlier(ctx, 5, 20))} zugestellt.`), para(`Sie erhalten Gelegenheit, ${due.text} auf die Klage zu erwidern.`));
  if (variant === 'deadline') body.push(para(`werden Sie gebeten, ${due.text} zu dem Schriftsatz der Gegenseite Stellung zu nehmen und die vollständigen Verwaltungsvorgänge vorzulegen.`));
  if (variant === 'judgment') {
    body.push({ kind: 'heading', text: 'Im Namen des Volkes' }, para(r.pick(['Die Klage wird abgewiesen. Die Kosten des Verfahrens trägt der Kläger.', 'Der Bescheid der Beklagten wird aufgehoben. Die Beklagte trägt die Kosten des Verfahrens.', 'Die Beklagte wird verurteilt, an den Kläger den geltend gemachten Betrag nebst Zinsen zu zahlen.'])));
    body.push(para('Tatbestand: Die Beteiligten streiten über die Rechtmäßigkeit des angefochtenen Bescheides. Wegen der Einzelheiten wird auf die Gerichtsakte und die beigezogenen Verwaltungsvorgänge Bezug genommen.'),
      para('Entscheidungsgründe: Die zulässige Klage ist unbegründet. Der angefochtene Bescheid ist rechtmäßig und verletzt den Kläger nicht in seinen Rechten. Die Beklagte hat den Sachverhalt zutreffend ermittelt und das ihr eingeräumte Ermessen fehlerfrei ausgeübt.'),
      { kind: 'heading', text: 'Rechtsmittelbelehrung' }, para('Gegen dieses Urteil kann innerhalb eines Monats nach Zustellung die Zulassung der Berufung beantragt werden.'));
  }
  if (social) body.push(para(r.pick(['Dem Gericht liegen die ärztlichen Befundberichte des behandelnden Facharztes sowie das Gutachten zur Erwerbsfähigkeit vor.', 'Streitig ist die Übernahme der Kosten der Unterkunft im Rahmen der Grundsicherung.'])));
  const cityOwnRef = r.chance(0.25) ? cityRef(ctx, '1.30', 'R') : undefined;
  const hasDeadline = variant === 'service' || variant === 'deadline';
  return {
    sender, subject, body, salutation: r.pick(['', 'Sehr geehrte Damen und Herren,']),
    ownRef: { label: r.pick(['Aktenzeichen', 'Az.', 'Geschäftsnummer']), value: az, isReference: true }, theirRef: cityOwnRef,
    closing: [r.pick(['Auf Anordnung', 'Mit freundlichen Grüßen', 'Beglaubigt']), fullName(sender.person), sender.person.female ? r.pick(['Justizbeschäftigte', 'Urkundsbeamtin der Geschäftsstelle', 'Justizsekretärin']) : r.pick(['Justizbeschäftigter', 'Urkundsbeamter der Geschäftsstelle', 'Justizsekretär']), r.pick(['Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', ''])].filter(Boolean),
    addressDept: r.chance(0.3) ? '1.30' : null, signals: social ? ['very-high'] : [],
    fields: hasDeadline ? { dueDate: due.iso } : {}, tags: [social ? 'social-data' : '', variant === 'judgment' ? 'long' : ''].filter(Boolean),
  };
}

export function composeBuilding(ctx: Ctx): Draft {
  const r = ctx.rng;
  const architect = r.chance(0.5);
  const sender = architect ? { ...randomCompany(r, 'civil'), name: `Architekturbüro ${randomPerson(r).last}${r.chance(0.5) ? ' + Partner' : ''}` } : randomCitizen(r);
  const owner = fullName(randomPerson(r));
  const where = `${randomStreet(r)}, ${plot(ctx)}`;
  const variant = r.pick(['application', 'documents', 'start', 'preliminary', 'neighbour', 'completion'] as const);
  const ref = cityRef(ctx, '6.30', r.pick(['BA', 'BV', 'Bau']));
  const refVisible = variant !== 'application' && variant !== 'preliminary' && r.chance(0.7);
  const project = r.pick(['Neubau eines Einfamilienhauses mit Garage', 'Anbau eines Wintergartens', 'Errichtung eines Carports', 'Umnutzung einer Scheune zu Wohnzwecken', 'Neubau eines Mehrfamilienhauses mit 6 Wohneinheiten', 'Dachgeschossausbau']);
  const subject = {
    application: r.pick([`Bauantrag – ${project}`, `Antrag auf Baugenehmigung: ${project}`, `Bauantrag für das Grundstück ${where.split(',')[0] ?? ''}`]),
    documents: r.pick(['Nachreichung von Unterlagen zum Bauantrag', `Bauvorhaben ${project} – fehlende Unterlagen`]),
    start: r.pick(['Baubeginnanzeige', 'Anzeige des Baubeginns']), preliminary: r.pick(['Antrag auf Bauvorbescheid', 'Bauvoranfrage']),
    neighbour: r.pick(['Beschwerde über Bauarbeiten auf dem Nachbargrundstück', 'Nachbarbeschwerde – ungenehmigter Anbau']), completion: r.pick(['Anzeige der Fertigstellung', 'Fertigstellungsanzeige des Bauvorhabens']),
  }[variant];
  const body: Block[] = [para({
    application: `namens und im Auftrag der Bauherrschaft ${owner} reichen wir den Bauantrag für das Vorhaben „${project}“ auf dem Grundstück ${where} ein.`,
    documents: `zu dem Bauvorhaben „${project}“ reichen wir die angeforderten Unterlagen nach: ${r.sample(['Standsicherheitsnachweis', 'Lageplan', 'Entwässerungsplan', 'Baubeschreibung', 'Nachweis der Stellplätze', 'Brandschutzkonzept'], 3).join(', ')}.`,
    start: `hiermit zeigen wir an, dass mit der Ausführung des Bauvorhabens „${project}“ auf dem Grundstück ${where} am ${date(ctx, addDays(ctx.letterDate, r.int(7, 21)))} begonnen wird.`,
    preliminary: `für das Grundstück ${where} bitten wir um Erteilung eines Bauvorbescheides zur Frage, ob das Vorhaben „${project}“ planungsrechtlich zulässig ist.`,
    neighbour: `auf dem Nachbargrundstück ${where} wird seit einigen Wochen ein Anbau errichtet, der nach meiner Einschätzung die Abstandsflächen nicht einhält.`,
    completion: `das Bauvorhaben „${project}“ auf dem Grundstück ${where} wurde fertiggestellt. Wir bitten um Terminvereinbarung für die Schlussabnahme durch die Bauaufsicht.`,
  }[variant])];
  body.push(...someOf(r, [
    'Die Bauvorlagen liegen in dreifacher Ausfertigung bei.', 'Der bauvorlageberechtigte Entwurfsverfasser ist Mitglied der Architektenkammer.',
    'Die Nachbarn wurden über das Vorhaben informiert; die Unterschriften liegen vor.', 'Für Rückfragen stehen wir Ihnen gern zur Verfügung.',
    variant === 'neighbour' ? 'Ich bitte die Bauaufsicht, den Sachverhalt zu prüfen und mir das Ergebnis mitzuteilen.' : 'Die Gebühren bitten wir der Bauherrschaft in Rechnung zu stellen.',
  ], 1, 3).map(para));
  if (variant === 'application') body.push({ kind: 'lines', lines: ['Anlagen:', '– Bauantragsformular', '– amtlicher Lageplan', '– Bauzeichnungen', '– Baubeschreibung', '– Berechnung der Grundflächenzahl'], gapAfter: true });
  return {
    sender, subject, body, theirRef: refVisible ? ref : undefined, addressDept: r.chance(0.5) ? '6.30' : null,
    showBank: false, fields: {}, tags: [sender.kind === 'company' ? 'architect' : 'citizen'],
  };
}

export function composeOther(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['thanks', 'complaint-street', 'invitation', 'circular', 'lost-property', 'rechnung-in-passing', 'info-change'] as const);
  const citizen = randomCitizen(r);
  const assoc = randomAssociation(r);
  const company = randomCompany(r);
  const table: Record<typeof variant, { sender: Sender; subject: string[]; text: string[]; dept: string | null; address?: boolean }> = {
    thanks: { sender: citizen, subject: ['Dank für die schnelle Hilfe', 'Ein herzliches Dankeschön', 'Lob für Ihre Mitarbeiter'], text: ['ich möchte mich auf diesem Weg herzlich für die freundliche und schnelle Unterstützung bedanken, die ich in den letzten Wochen erfahren habe.', 'Es ist schön zu sehen, wie engagiert in unserer Stadtverwaltung gearbeitet wird.'], dept: null },
    'complaint-street': { sender: citizen, subject: ['Beschwerde über den Winterdienst', 'Straßenreinigung in der ' + randomStreet(r).replace(/ \d+\w?$/, ''), 'Defekte Straßenlaterne'], text: ['seit mehreren Tagen wurde der Gehweg vor unserem Haus nicht geräumt. Ich bitte den Bauhof, den Winterdienst dort zuverlässig durchzuführen.', 'Ältere Menschen können den Weg derzeit kaum sicher benutzen.'], dept: '9.50.30' },
    invitation: { sender: assoc, subject: ['Einladung zu unserem Jubiläum', 'Einladung zum Sommerfest', 'Einladung zur Jahreshauptversammlung'], text: [`wir freuen uns, Sie am ${date(ctx, addDays(ctx.letterDate, r.int(20, 60)))} zu unserer Veranstaltung einzuladen.`, 'Wir würden uns sehr freuen, wenn der Oberbürgermeister ein kurzes Grußwort sprechen könnte.'], dept: '0.10', address: true },
    circular: { sender: randomAuthority(r, r.pick(['Deutscher Städtetag', 'Städte- und Gemeindebund', 'Kommunaler Arbeitgeberverband'])), subject: ['Rundschreiben Nr. ' + r.int(10, 199) + '/' + ctx.letterDate.slice(0, 4), 'Information an die Mitgliedskommunen'], text: ['wir informieren Sie über die aktuellen Entwicklungen zur Digitalisierung der Kommunalverwaltung.', 'Die Unterlagen der letzten Sitzung stehen im Mitgliederbereich zum Abruf bereit.'], dept: null },
    'lost-property': { sender: citizen, subject: ['Fundsache', 'Verlust meiner Geldbörse', 'Abgabe einer Fundsache'], text: ['am vergangenen Wochenende habe ich im Stadtpark einen Schlüsselbund gefunden, den ich hiermit abgebe.', 'Bitte informieren Sie mich, falls sich der Eigentümer nicht meldet.'], dept: null },
    'rechnung-in-passing': { sender: r.chance(0.5) ? citizen : company, subject: ['Ihr Schreiben vom ' + date(ctx, earlier(ctx, 5, 30)), 'Änderung unserer Anschrift', 'Rückfrage zu Ihrem Schreiben'], text: ['vielen Dank für Ihr Schreiben. Die darin erwähnte Rechnung ist bei uns nie eingegangen, wir gehen daher davon aus, dass sich die Angelegenheit erledigt hat.', 'Bitte teilen Sie uns künftig Änderungen frühzeitig mit, damit wir unsere Unterlagen aktualisieren können.'], dept: null },
    'info-change': { sender: company, subject: ['Änderung unserer Bankverbindung', 'Neue Firmenanschrift ab ' + date(ctx, addDays(ctx.letterDate, 30)), 'Wechsel des Ansprechpartners'], text: ['hiermit informieren wir Sie über eine Änderung in unserem Unternehmen.', 'Bitte aktualisieren Sie Ihre Stammdaten entsprechend. Im Übrigen bleibt alles unverändert.'], dept: null },
  };
  const v = table[variant];
  const addressed = v.dept !== null && (v.address || r.chance(0.4)) ? v.dept : null;
  return {
    sender: v.sender, subject: r.pick(v.subject), body: v.text.map(para), addressDept: addressed, hintDept: v.dept ?? undefined,
    showBank: variant === 'info-change', fields: {}, tags: [variant === 'rechnung-in-passing' ? 'mentions-rechnung' : '', variant].filter(Boolean),
  };
}
