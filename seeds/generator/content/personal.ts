// Composers for mail about people: job applications, personnel matters, health and social data.
// These carry the protection signals (health, social, personnel data) the labels depend on.
import type { Block } from '../model.ts';
import { randomAuthority, randomCitizen, randomDoctor, randomPerson, fullName, type Sender } from '../people.ts';
import { addDays } from '../dates.ts';
import { cityRef, date, deadline, earlier, para, phrase, someOf, RELATIVE_FROM_LETTER_NEUTRAL, type Ctx, type Draft } from './common.ts';

const JOBS = ['Verwaltungsfachangestellte/r', 'Sachbearbeiter/in Finanzbuchhaltung', 'Erzieher/in für die Kita Regenbogen', 'Mitarbeiter/in Bauhof', 'Bauingenieur/in in der Bauaufsicht', 'IT-Administrator/in', 'Brandmeister/in', 'Auszubildende/r Verwaltungsfachangestellte/r', 'Sozialarbeiter/in im Jugendamt', 'Friedhofsgärtner/in'];

function cv(ctx: Ctx, name: string, withDisability: boolean): Block[] {
  const r = ctx.rng;
  const born = 1965 + r.int(0, 38);
  const lines = [
    `Name: ${name}`, `Geburtsdatum: ${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${born}`,
    `Anschrift: ${ctx.rng.pick(['Musterstadt', 'Bergheim', 'Lindenfeld'])}`, `Familienstand: ${r.pick(['ledig', 'verheiratet', 'geschieden'])}`,
  ];
  if (withDisability) lines.push('Schwerbehinderung: GdB 50 (Nachweis anbei)');
  const jobs: string[] = [];
  let y = born + 19;
  for (let i = 0; i < r.int(3, 6); i++) {
    const until = Math.min(y + r.int(1, 6), Number(ctx.letterDate.slice(0, 4)));
    jobs.push(`${y} – ${until}  ${r.pick(['Ausbildung zur Verwaltungsfachangestellten, Stadt Bergheim', 'Sachbearbeiterin Kasse, Gemeinde Lindenfeld', 'Studium Öffentliche Verwaltung (B.A.)', 'Buchhalter, Hansa Logistik GmbH', 'Erzieherin, Kita Sonnenschein', 'Elternzeit', 'Mitarbeiter Grünpflege, Stadtwerke Seeburg', 'Systemadministrator, Regio IT GmbH', 'Fortbildung Verwaltungsfachwirt'])}`);
    y = until;
  }
  return [
    { kind: 'heading', text: 'Lebenslauf' },
    { kind: 'lines', lines, gapAfter: true },
    { kind: 'heading', text: 'Beruflicher Werdegang' },
    { kind: 'lines', lines: jobs, gapAfter: true },
    { kind: 'heading', text: 'Kenntnisse' },
    { kind: 'lines', lines: r.sample(['MS Office (sehr gut)', 'Führerschein Klasse B', 'Englisch (gut)', 'Finanzsoftware H&H', 'SAP FI (Grundkenntnisse)', 'Erste-Hilfe-Ausbildung', 'Polnisch (Muttersprache)'], 4), gapAfter: true },
    { kind: 'lines', lines: [`${ctx.rng.pick(['Musterstadt', 'Bergheim'])}, ${date(ctx, ctx.letterDate)}`, name] },
  ];
}

export function composeJobApplication(ctx: Ctx): Draft {
  const r = ctx.rng;
  const sender = randomCitizen(r);
  const job = r.pick(JOBS);
  const number = `${ctx.letterDate.slice(0, 4)}/${r.int(1, 60)}`;
  const disability = r.chance(0.15);
  const withCv = r.chance(0.45);
  const body: Block[] = [
    para(phrase(r, [`mit großem Interesse habe ich Ihre Stellenausschreibung Nr. ${number} gelesen und bewerbe mich hiermit um die Stelle als ${job}.`, `hiermit bewerbe ich mich auf die ausgeschriebene Stelle als ${job} (Kennziffer ${number}).`, `auf Ihrer Internetseite bin ich auf die Stelle als ${job} aufmerksam geworden.`])),
    para(someOf(r, [
      'Nach meiner Ausbildung habe ich mehrere Jahre Berufserfahrung in der öffentlichen Verwaltung gesammelt.', 'Zu meinen Stärken gehören Zuverlässigkeit, Teamfähigkeit und ein freundlicher Umgang mit Bürgerinnen und Bürgern.',
      'Derzeit bin ich in ungekündigter Stellung tätig und suche eine neue Herausforderung.', 'Besonders reizt mich die Möglichkeit, an der Digitalisierung Ihrer Verwaltung mitzuwirken.',
      'Die Arbeit mit Menschen bereitet mir große Freude.', 'Ich verfüge über einen Führerschein der Klasse B.',
    ], 2, 4).join(' ')),
  ];
  if (disability) body.push(para(r.pick(['Ich weise darauf hin, dass ich schwerbehindert bin (GdB 50). Eine Kopie des Schwerbehindertenausweises liegt bei.', 'Aufgrund einer chronischen Erkrankung bin ich einem schwerbehinderten Menschen gleichgestellt; ich bitte, dies im Auswahlverfahren zu berücksichtigen.'])));
  body.push(para(r.pick(['Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.', 'Gern überzeuge ich Sie in einem persönlichen Gespräch von meiner Eignung.', 'Ich freue mich darauf, von Ihnen zu hören.'])));
  body.push({ kind: 'lines', lines: ['Anlagen: Lebenslauf, Zeugnisse'], gapAfter: true });
  return {
    sender, subject: r.pick([`Bewerbung als ${job}`, `Bewerbung um die Stelle als ${job} – Kennziffer ${number}`, `Ihre Stellenausschreibung Nr. ${number}`, `Bewerbung – ${job}`]),
    body, addressDept: r.chance(0.5) ? '1.10' : null, attachments: withCv ? [cv(ctx, sender.name, disability)] : undefined,
    signals: disability ? ['very-high'] : [], fields: {}, tags: [disability ? 'schwerbehinderung' : '', withCv ? 'cv' : ''].filter(Boolean),
  };
}

export function composePersonnel(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['sick', 'parental', 'resignation', 'part-time', 'disability', 'insurer', 'address'] as const);
  const employee = randomCitizen(r);
  const personnelNo = `${r.int(10000, 99999)}`;
  const dept = r.pick(['Bauhof', 'Kita Regenbogen', 'Bürgerbüro', 'Finanzservice', 'Feuerwache Nord', 'Stadtbibliothek']);
  let sender: Sender = employee;
  let subject: string;
  const body: Block[] = [];
  const due = deadline(ctx, [14, 21], RELATIVE_FROM_LETTER_NEUTRAL);
  let withDue = false;
  switch (variant) {
    case 'sick': {
      const until = addDays(ctx.letterDate, r.int(3, 21));
      subject = r.pick(['Krankmeldung', 'Arbeitsunfähigkeitsbescheinigung', 'Folgebescheinigung Arbeitsunfähigkeit']);
      body.push(para(`anbei übersende ich meine Arbeitsunfähigkeitsbescheinigung. Ich bin voraussichtlich bis einschließlich ${date(ctx, until)} arbeitsunfähig erkrankt.`));
      if (r.chance(0.5)) body.push(para(r.pick(['Nach der Operation am Knie ist eine Reha-Maßnahme geplant.', 'Die Diagnose lautet Bandscheibenvorfall; eine stufenweise Wiedereingliederung ist angedacht.', 'Meine Ärztin hat eine Belastungsreaktion festgestellt.'])));
      break;
    }
    case 'parental':
      subject = r.pick(['Antrag auf Elternzeit', 'Elternzeit – Anmeldung', 'Antrag auf Elternzeit und Teilzeit']);
      body.push(para(`hiermit beantrage ich Elternzeit für meine ${r.pick(['Tochter', 'Sohn'])}, geboren am ${date(ctx, earlier(ctx, 10, 90))}, für die Zeit vom ${date(ctx, addDays(ctx.letterDate, 56))} bis ${date(ctx, addDays(ctx.letterDate, 56 + 365))}.`));
      break;
    case 'resignation':
      subject = r.pick(['Kündigung meines Arbeitsverhältnisses', 'Kündigung', 'Eigenkündigung']);
      body.push(para(`hiermit kündige ich mein Arbeitsverhältnis fristgerecht zum ${date(ctx, addDays(ctx.letterDate, r.int(30, 90)))}.`), para('Bitte senden Sie mir ein qualifiziertes Arbeitszeugnis zu.'));
      break;
    case 'part-time':
      subject = r.pick(['Antrag auf Reduzierung der Arbeitszeit', 'Antrag auf Teilzeitbeschäftigung']);
      body.push(para(`aus familiären Gründen beantrage ich, meine wöchentliche Arbeitszeit ab dem ${date(ctx, addDays(ctx.letterDate, 60))} auf ${r.pick(['30', '25', '20'])} Stunden zu reduzieren.`), para('Die Pflege meiner Mutter erfordert derzeit einen Großteil meiner Zeit.'));
      break;
    case 'disability':
      subject = r.pick(['Mitteilung über meine Schwerbehinderung', 'Schwerbehindertenausweis – Zusatzurlaub', 'Antrag auf Gleichstellung – Information an den Arbeitgeber']);
      body.push(para(`ich teile Ihnen mit, dass bei mir mit Bescheid des Versorgungsamtes vom ${date(ctx, earlier(ctx, 10, 60))} ein Grad der Behinderung von ${r.pick(['50', '60', '70'])} festgestellt wurde.`), para('Ich beantrage daher den gesetzlichen Zusatzurlaub sowie eine Prüfung meines Arbeitsplatzes auf behinderungsgerechte Ausstattung. Eine Kopie des Ausweises liegt bei.'));
      break;
    case 'insurer':
      sender = randomAuthority(r, r.pick(['AOK – Die Gesundheitskasse', 'Techniker Krankenkasse', 'BARMER', 'Deutsche Rentenversicherung Bund']));
      subject = r.pick(['Entgeltersatzleistungen – Anforderung einer Entgeltbescheinigung', 'Mitteilung über Krankengeldbezug', 'Stufenweise Wiedereingliederung']);
      body.push(para(`für Ihre Mitarbeiterin bzw. Ihren Mitarbeiter ${employee.name}, Personalnummer ${personnelNo}, benötigen wir eine Entgeltbescheinigung zur Berechnung des Krankengeldes.`), para(`Bitte übermitteln Sie die Daten ${due.text}.`));
      withDue = true;
      break;
    default:
      subject = r.pick(['Änderung meiner Anschrift und Bankverbindung', 'Änderung persönlicher Daten']);
      body.push(para(`bitte ändern Sie in meiner Personalakte meine Anschrift ab dem ${date(ctx, addDays(ctx.letterDate, 14))}.`), para('Die neue Steuer-ID und die Bescheinigung über die Konfession lege ich bei.'));
  }
  return {
    sender, subject, body, addressDept: r.chance(0.6) ? '1.10' : null,
    extraInfo: sender.kind === 'citizen' ? [['Personalnummer', personnelNo], ['Dienststelle', dept]] : [['Versicherten-Nr.', `${String.fromCharCode(65 + r.int(0, 25))}${r.int(100000000, 999999999)}`]],
    theirRef: r.chance(0.2) ? cityRef(ctx, '1.10', 'P') : undefined,
    signals: ['very-high'], fields: withDue ? { dueDate: due.iso } : {},
    tags: [variant === 'disability' ? 'schwerbehinderung' : '', variant === 'sick' ? 'health-data' : ''].filter(Boolean),
  };
}

export function composeMedical(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['ifsg', 'lab', 'certificate', 'report', 'school'] as const);
  const sender = variant === 'lab' ? { ...randomDoctor(r), name: r.pick(['Labor Dr. Weber & Kollegen MVZ', 'MVZ Labordiagnostik Nord', 'Institut für Medizinische Mikrobiologie']) } : randomDoctor(r);
  const patient = randomPerson(r);
  const born = `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${r.int(1935, 2020)}`;
  const pathogen = r.pick(['Norovirus', 'Salmonella enteritidis', 'Masern', 'Influenza A', 'Campylobacter jejuni', 'Keuchhusten (Bordetella pertussis)', 'Tuberkulose']);
  const texts = {
    ifsg: [`gemäß § 6 Infektionsschutzgesetz melde ich den Verdacht auf eine Erkrankung an ${pathogen}.`, `Patient/in: ${fullName(patient)}, geb. ${born}, Erkrankungsbeginn ${date(ctx, earlier(ctx, 1, 7))}.`, r.pick(['Es besteht Kontakt zu einer Gemeinschaftseinrichtung (Kita).', 'Weitere Erkrankungsfälle im Haushalt sind bekannt.', 'Die Person ist in der Lebensmittelverarbeitung tätig.'])],
    lab: [`gemäß § 7 IfSG melden wir den Nachweis von ${pathogen} im Untersuchungsmaterial.`, `Patient/in: ${fullName(patient)}, geb. ${born}. Material: ${r.pick(['Stuhlprobe', 'Rachenabstrich', 'Blut (Serologie)'])}, Eingang ${date(ctx, earlier(ctx, 1, 4))}.`, 'Einsender: Hausarztpraxis im Stadtgebiet.'],
    certificate: [`hiermit bescheinige ich, dass ${fullName(patient)}, geb. ${born}, ${r.pick(['aus gesundheitlichen Gründen nicht an der Untersuchung teilnehmen kann', 'frei von ansteckenden Krankheiten ist', 'wegen einer Allergie keine Masernimpfung erhalten kann'])}.`, 'Das Attest wurde auf Wunsch der Patientin bzw. des Patienten ausgestellt.'],
    report: [`wir berichten über ${fullName(patient)}, geb. ${born}, ${r.pick(['die/der sich vom', 'die/der sich in der Zeit vom'])} ${date(ctx, earlier(ctx, 14, 30))} bis ${date(ctx, earlier(ctx, 1, 10))} in unserer stationären Behandlung befand.`, `Diagnosen: ${r.sample(['Diabetes mellitus Typ 2', 'arterielle Hypertonie', 'depressive Episode', 'COPD', 'Zustand nach Schlaganfall', 'Alkoholabhängigkeit'], 2).join(', ')}.`, 'Der Bericht ergeht zur amtsärztlichen Begutachtung auf Anforderung des Gesundheitsamtes.'],
    school: [`für die Schuleingangsuntersuchung übersende ich den Befundbericht zu ${fullName(patient)}, geb. ${born}.`, r.pick(['Es besteht eine Sprachentwicklungsverzögerung; logopädische Behandlung ist eingeleitet.', 'Das Kind leidet an Asthma bronchiale und benötigt im Notfall ein Spray.'])],
  }[variant];
  return {
    sender,
    subject: { ifsg: r.pick(['Meldung gemäß § 6 IfSG', 'Meldung einer meldepflichtigen Krankheit', 'Arztmeldung Infektionsschutz']), lab: r.pick(['Labormeldung nach § 7 IfSG', 'Meldung eines Erregernachweises']), certificate: r.pick(['Ärztliches Attest', 'Ärztliche Bescheinigung']), report: r.pick(['Arztbrief', 'Entlassungsbericht', 'Befundbericht zur amtsärztlichen Untersuchung']), school: r.pick(['Befundbericht Schuleingangsuntersuchung', 'Ärztlicher Befund']) }[variant],
    body: texts.map(para), addressDept: r.chance(0.6) ? '5.30' : null, salutation: r.pick(['Sehr geehrte Damen und Herren,', 'Sehr geehrte Kolleginnen und Kollegen,']),
    theirRef: variant === 'report' && r.chance(0.5) ? cityRef(ctx, '5.30', r.pick(['AÄD', 'Amtsarzt', 'Gu'])) : undefined,
    signals: ['very-high'], fields: {}, tags: ['health-data'],
  };
}

export function composeSocial(ctx: Ctx): Draft {
  const r = ctx.rng;
  const variant = r.pick(['housing', 'basic-income', 'youth', 'jobcenter', 'maintenance', 'health-in-social'] as const);
  const citizen = randomCitizen(r);
  const youth = variant === 'youth' || variant === 'maintenance';
  const dept = youth ? '5.20' : '5.10';
  const routing = youth ? r.pick(['ref', 'address'] as const) : r.weighted([['ref', 2], ['address', 2], ['none', 3]] as const);
  const sender: Sender = variant === 'jobcenter' ? randomAuthority(r, `Jobcenter ${r.pick(['Musterstadt', 'Musterland'])}`) : citizen;
  const child = `${randomPerson(r).first}, geb. ${date(ctx, earlier(ctx, 365 * 2, 365 * 15))}`;
  const due = deadline(ctx, [14, 21, 28], RELATIVE_FROM_LETTER_NEUTRAL);
  let withDue = false;
  const content: Record<typeof variant, { subject: string[]; text: string[] }> = {
    housing: { subject: ['Antrag auf Wohngeld', 'Wohngeld – Weiterleistungsantrag', 'Wohngeldantrag – Nachreichung von Unterlagen'], text: ['hiermit beantrage ich Wohngeld für meine Wohnung in Musterstadt. Mein Haushalt besteht aus drei Personen.', r.pick(['Die Lohnabrechnungen der letzten drei Monate und den Mietvertrag lege ich bei.', 'Seit der Trennung von meinem Partner muss ich die Miete allein tragen.'])] },
    'basic-income': { subject: ['Antrag auf Grundsicherung im Alter', 'Grundsicherung – Änderungsmitteilung', 'Sozialhilfe – Antrag auf einmalige Beihilfe'], text: [r.pick(['meine Rente reicht nicht zur Deckung des Lebensunterhalts. Ich beantrage daher Leistungen der Grundsicherung.', 'ich teile mit, dass sich meine Rente zum 1. Juli erhöht hat. Den Rentenbescheid lege ich bei.']), 'Meine Kontoauszüge der letzten drei Monate füge ich bei.'] },
    youth: { subject: ['Antrag auf Hilfe zur Erziehung', 'Jugendhilfe – Bitte um Beratung', 'Antrag auf Übernahme der Kita-Beiträge'], text: [`für mein Kind ${child} bitte ich das Jugendamt um Unterstützung.`, r.pick(['Seit der Trennung kommt es zu Hause immer wieder zu Konflikten; die Schule hat uns an Sie verwiesen.', 'Unser Einkommen reicht nicht aus, um die Beiträge für die Kindertagesstätte zu zahlen.'])] },
    jobcenter: { subject: ['Kostenerstattung nach § 44a SGB II', 'Anfrage zur Leistungsgewährung', 'Übermittlung von Sozialdaten'], text: [`für die Leistungsberechtigte ${citizen.name} bitten wir um Mitteilung, ob Leistungen nach dem SGB XII gewährt werden.`, `Um Antwort wird ${due.text} gebeten.`] },
    maintenance: { subject: ['Antrag auf Unterhaltsvorschuss', 'Unterhaltsvorschuss – Änderungsmitteilung'], text: [`für mein Kind ${child} beantrage ich Unterhaltsvorschuss beim Jugendamt.`, 'Der Vater zahlt seit mehreren Monaten keinen Unterhalt; sein Aufenthalt ist mir nicht bekannt.'] },
    'health-in-social': { subject: ['Antrag auf Übernahme der Kosten für eine Haushaltshilfe', 'Sozialhilfe – Mehrbedarf wegen Krankheit', 'Antrag auf Wohngeld – Härtefall'], text: ['aufgrund meiner Erkrankung (multiple Sklerose) bin ich auf Unterstützung im Haushalt angewiesen.', 'Ein ärztliches Attest meiner Neurologin sowie den Bescheid über den Pflegegrad 2 füge ich bei.', 'Meine Rente beträgt derzeit weniger als der Regelbedarf.'] },
  };
  if (variant === 'jobcenter') withDue = true;
  const c = content[variant];
  return {
    sender, subject: r.pick(c.subject), body: c.text.map(para),
    theirRef: routing === 'ref' ? cityRef(ctx, dept, r.pick(youth ? ['JH', 'UV', 'Kita'] : ['WoG', 'SH', 'GS'])) : undefined,
    addressDept: routing === 'address' ? dept : null,
    ownRef: variant === 'jobcenter' ? { label: 'Geschäftszeichen', value: `${r.int(100, 999)}D${r.int(1000, 9999)}-BG${r.int(1000000, 9999999)}`, isReference: true } : undefined,
    signals: ['very-high'], fields: withDue ? { dueDate: due.iso } : {},
    tags: ['social-data', variant === 'health-in-social' ? 'health-data' : ''].filter(Boolean),
  };
}
