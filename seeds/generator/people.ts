// Senders: companies, citizens, authorities, courts, doctors, tax advisers and lawyers, all
// fictional. Names, streets and banks are combined from small pools, so thousands differ.
import type { Rng } from './prng.ts';
import { randomIban } from './iban.ts';

export type SenderKind = 'company' | 'citizen' | 'authority' | 'court' | 'doctor' | 'taxAdviser' | 'lawyer' | 'association';

export interface Bank { name: string; iban: string; bic: string }

export interface Sender {
  kind: SenderKind;
  /** The label value of `fields.sender`: the name as printed in the letterhead. */
  name: string;
  /** Lines under the name in the letterhead ("Fachärztin für Allgemeinmedizin"). */
  subtitle: string[];
  street: string;
  zip: string;
  town: string;
  phone: string;
  email?: string;
  web?: string;
  bank?: Bank;
  /** Registry lines for the footer (HRB, USt-IdNr., Geschäftsführung). */
  registry: string[];
  /** The person who signs or is the contact. */
  person: Person;
}

export interface Person { first: string; last: string; female: boolean; title?: string }

const FIRST_F = ['Anna', 'Maria', 'Sabine', 'Claudia', 'Julia', 'Katrin', 'Petra', 'Monika', 'Lena', 'Sophie', 'Jana', 'Heike', 'Birgit', 'Susanne', 'Nicole', 'Carolin', 'Ute', 'Ingrid', 'Leonie', 'Melanie', 'Doris', 'Franziska', 'Elke', 'Martina', 'Svenja', 'Tanja', 'Renate', 'Greta', 'Aylin', 'Olga'];
const FIRST_M = ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jürgen', 'Frank', 'Peter', 'Uwe', 'Klaus', 'Markus', 'Tobias', 'Jan', 'Lukas', 'Felix', 'Matthias', 'Ralf', 'Dirk', 'Holger', 'Sven', 'Bernd', 'Wolfgang', 'Christian', 'Florian', 'Henning', 'Jens', 'Karsten', 'Mehmet', 'Paul', 'Jonas', 'Dieter'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Martin', 'Schumacher', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel', 'Heinrich', 'Brandt', 'Haas', 'Schreiber', 'Graf', 'Dietrich', 'Ziegler', 'Kuhn', 'Kühn', 'Pohl', 'Engel', 'Horn', 'Busch', 'Bergmann', 'Thomas', 'Voigt', 'Sauer', 'Arnold', 'Wolff', 'Pfeiffer', 'Yildiz', 'Nowak', 'Kowalski'];
const STREET_BASE = ['Haupt', 'Bahnhof', 'Garten', 'Schul', 'Dorf', 'Berg', 'Wald', 'Linden', 'Kirch', 'Mühlen', 'Birken', 'Eichen', 'Rosen', 'Wiesen', 'Feld', 'Goethe', 'Schiller', 'Lessing', 'Friedrich-Ebert-', 'Industrie', 'Gewerbe', 'Hafen', 'Markt', 'Ahorn', 'Tannen', 'Sonnen', 'Brunnen', 'Park'];
const STREET_SUFFIX = ['straße', 'weg', 'allee', 'ring', 'platz', 'gasse', 'damm'];
const TOWNS = ['Neustadt am See', 'Bergheim', 'Lindenfeld', 'Altenbrück', 'Rosenthal', 'Eichenau', 'Hohenmoor', 'Waldbrunn', 'Seeburg', 'Kirchhain', 'Burgdorf', 'Steinfurt', 'Wiesental', 'Auenstadt', 'Marienfeld', 'Osterholz', 'Talheim', 'Grünberg', 'Friedrichshafen an der Aue', 'Musterstadt'];
const BANKS = ['Sparkasse', 'Volksbank', 'Raiffeisenbank', 'Commerzbank', 'Deutsche Bank', 'Postbank', 'Stadtsparkasse', 'Kreissparkasse', 'Sparda-Bank', 'GLS Bank'];

export function randomPerson(rng: Rng, female = rng.chance(0.5)): Person {
  return { first: rng.pick(female ? FIRST_F : FIRST_M), last: rng.pick(LAST), female };
}

export function fullName(p: Person): string {
  return [p.title, p.first, p.last].filter(Boolean).join(' ');
}

export function randomStreet(rng: Rng): string {
  const base = rng.pick(STREET_BASE);
  const suffix = base.endsWith('-') ? 'Straße' : rng.pick(STREET_SUFFIX);
  const number = `${rng.int(1, 120)}${rng.chance(0.15) ? rng.pick(['a', 'b', 'c']) : ''}`;
  return `${base}${suffix} ${number}`;
}

export function randomTown(rng: Rng, allowHome = true): string {
  const town = rng.pick(TOWNS);
  return !allowHome && town === 'Musterstadt' ? 'Neustadt am See' : town;
}

function zip(rng: Rng): string {
  return String(rng.int(1067, 99998)).padStart(5, '0');
}

function phone(rng: Rng): string {
  return `0${rng.int(30, 9999)} ${rng.int(10000, 9999999)}`;
}

function slug(name: string): string {
  return name.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 2).join('-');
}

export function randomBank(rng: Rng, town: string): Bank {
  const bank = rng.pick(BANKS);
  const local = ['Sparkasse', 'Volksbank', 'Raiffeisenbank', 'Stadtsparkasse', 'Kreissparkasse'].includes(bank);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bic = `${Array.from({ length: 4 }, () => rng.pick([...letters])).join('')}DE${rng.int(10, 99)}${rng.chance(0.5) ? 'XXX' : ''}`;
  return { name: local ? `${bank} ${town}` : bank, iban: randomIban(rng, rng.chance(0.04) ? 'AT' : 'DE'), bic };
}

const TRADES: Record<string, { names: string[]; words: string[] }> = {
  office: { names: ['Bürobedarf', 'Büroservice', 'Bürotechnik', 'Office Solutions'], words: ['Papier', 'Toner'] },
  heating: { names: ['Haustechnik', 'Heizung und Sanitär', 'Gebäudetechnik', 'Sanitär- und Heizungsbau'], words: ['Heizung'] },
  electric: { names: ['Elektrotechnik', 'Elektro-Service', 'Elektroanlagen'], words: ['Elektro'] },
  it: { names: ['IT-Systemhaus', 'IT-Service', 'Datentechnik', 'Netzwerklösungen'], words: ['IT'] },
  cleaning: { names: ['Gebäudereinigung', 'Reinigungsdienste', 'Facility Services'], words: ['Reinigung'] },
  print: { names: ['Druckerei', 'Druck & Medien', 'Offsetdruck'], words: ['Druck'] },
  garden: { names: ['Garten- und Landschaftsbau', 'Baumpflege', 'Grünpflege'], words: ['Garten'] },
  garage: { names: ['Autohaus', 'Kfz-Meisterbetrieb', 'Nutzfahrzeuge'], words: ['Kfz'] },
  civil: { names: ['Tiefbau', 'Straßenbau', 'Bauunternehmung'], words: ['Bau'] },
  furniture: { names: ['Büromöbel', 'Objekteinrichtung', 'Möbelwerkstätten'], words: ['Möbel'] },
  waste: { names: ['Entsorgung', 'Recycling', 'Containerdienst'], words: ['Entsorgung'] },
  software: { names: ['Software', 'Kommunal-Software', 'Digital'], words: ['Software'] },
  safety: { names: ['Brandschutztechnik', 'Sicherheitstechnik', 'Feuerlöscher-Service'], words: ['Brandschutz'] },
};
export type Trade = keyof typeof TRADES;
export const TRADE_IDS = Object.keys(TRADES) as Trade[];

const FORMS = ['GmbH', 'GmbH', 'GmbH & Co. KG', 'e.K.', 'AG', 'KG', 'OHG', 'GmbH'];

function registry(rng: Rng, form: string, town: string, boss: Person): string[] {
  const lines: string[] = [];
  if (form !== 'e.K.' && form !== 'OHG') lines.push(`Amtsgericht ${town} HRB ${rng.int(1000, 99999)}`);
  else lines.push(`Amtsgericht ${town} HRA ${rng.int(100, 9999)}`);
  lines.push(`${form === 'AG' ? 'Vorstand' : 'Geschäftsführer'}: ${fullName(boss)}`);
  lines.push(`USt-IdNr.: DE${rng.int(100000000, 999999999)}`);
  return lines;
}

export function randomCompany(rng: Rng, trade: Trade = rng.pick(TRADE_IDS)): Sender {
  const t = TRADES[trade] as { names: string[] };
  const town = randomTown(rng, false);
  const boss = randomPerson(rng);
  const form = rng.pick(FORMS);
  const style = rng.int(0, 3);
  const base = style === 0 ? `${boss.last} ${rng.pick(t.names)}`
    : style === 1 ? `${rng.pick(t.names)} ${rng.pick(LAST)}`
      : style === 2 ? `${rng.pick(['Nord', 'Süd', 'West', 'Ost', 'Alpha', 'Delta', 'Meridian', 'Kontor', 'Becker & Söhne', 'Hansa', 'Regio', 'Pro'])} ${rng.pick(t.names)}`
        : `${rng.pick(t.names)} ${town.split(' ')[0]}`;
  const name = `${base} ${form}`;
  return {
    kind: 'company', name, subtitle: rng.chance(0.4) ? [rng.pick(['Ihr Partner für Kommunen', 'Meisterbetrieb', 'seit 1978', 'Qualität aus der Region', 'Zertifiziert nach DIN EN ISO 9001'])] : [],
    street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng),
    email: `info@${slug(base)}.de`, web: `www.${slug(base)}.de`, bank: randomBank(rng, town),
    registry: registry(rng, form, town, boss), person: randomPerson(rng),
  };
}

export function randomCitizen(rng: Rng): Sender {
  const person = randomPerson(rng);
  const town = rng.chance(0.7) ? 'Musterstadt' : randomTown(rng);
  return {
    kind: 'citizen', name: fullName(person), subtitle: [], street: randomStreet(rng),
    zip: town === 'Musterstadt' ? `1234${rng.int(0, 9)}` : zip(rng), town, phone: phone(rng),
    email: rng.chance(0.5) ? `${slug(person.first)}.${slug(person.last)}@${rng.pick(['web.de', 'gmx.de', 't-online.de', 'posteo.de'])}` : undefined,
    registry: [], person,
  };
}

const AUTHORITIES = [
  (t: string) => `Landkreis ${t}`, (t: string) => `Finanzamt ${t}`, (t: string) => `Stadt ${t}`,
  () => 'Landesamt für Umwelt und Naturschutz', () => 'Landesamt für Gesundheit und Soziales',
  () => 'Deutsche Rentenversicherung Nord', () => 'Unfallkasse des Landes', (t: string) => `Jobcenter ${t}`,
  (t: string) => `Zweckverband Wasser und Abwasser ${t}`, () => 'Landesverwaltungsamt', (t: string) => `Polizeiinspektion ${t}`,
  () => 'Kommunaler Versorgungsverband', () => 'Statistisches Landesamt', (t: string) => `Gemeinde ${t}`,
];

export function randomAuthority(rng: Rng, preset?: string): Sender {
  const town = randomTown(rng, false);
  const name = preset ?? rng.pick(AUTHORITIES)(town);
  return {
    kind: 'authority', name, subtitle: rng.chance(0.5) ? [rng.pick(['Der Landrat', 'Fachdienst Finanzen', 'Abteilung 3', 'Referat 21', 'Dezernat II', 'Der Vorsteher'])] : [],
    street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng), email: `poststelle@${slug(name)}.de`,
    bank: randomBank(rng, town), registry: [], person: randomPerson(rng),
  };
}

export type CourtKind = 'Amtsgericht' | 'Landgericht' | 'Verwaltungsgericht' | 'Sozialgericht' | 'Arbeitsgericht' | 'Oberverwaltungsgericht';

export function randomCourt(rng: Rng, kind: CourtKind): Sender {
  const town = randomTown(rng, true);
  return {
    kind: 'court', name: `${kind} ${town}`, subtitle: [], street: randomStreet(rng), zip: zip(rng), town,
    phone: phone(rng), registry: [], person: randomPerson(rng),
  };
}

export function randomDoctor(rng: Rng): Sender {
  const person = { ...randomPerson(rng), title: rng.pick(['Dr. med.', 'Dr. med.', 'Dipl.-Med.']) };
  const town = rng.chance(0.7) ? 'Musterstadt' : randomTown(rng);
  const clinic = rng.chance(0.25);
  const name = clinic ? `${rng.pick(['Klinikum', 'Kreiskrankenhaus', 'St.-Elisabeth-Krankenhaus', 'MVZ'])} ${town}` : `Praxis ${fullName(person)}`;
  return {
    kind: 'doctor', name, subtitle: clinic ? [rng.pick(['Klinik für Innere Medizin', 'Zentrale Notaufnahme', 'Klinik für Kinder- und Jugendmedizin', 'Labormedizin'])]
      : [rng.pick(['Facharzt für Allgemeinmedizin', 'Fachärztin für Innere Medizin', 'Kinder- und Jugendmedizin', 'Hausärztliche Versorgung', 'Fachärztin für Psychiatrie'])],
    street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng), registry: [], person,
  };
}

export function randomTaxAdviser(rng: Rng): Sender {
  const a = randomPerson(rng);
  const town = randomTown(rng);
  const name = rng.chance(0.5) ? `${a.last} & ${rng.pick(LAST)} Steuerberatungsgesellschaft mbH` : `Steuerberatung ${fullName(a)}`;
  return {
    kind: 'taxAdviser', name, subtitle: rng.chance(0.6) ? [rng.pick(['Steuerberater · vereidigte Buchprüfer', 'Dipl.-Kfm. Steuerberater', 'Steuerberaterin'])] : [],
    street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng), email: `kanzlei@${slug(a.last)}-stb.de`,
    bank: randomBank(rng, town), registry: [], person: a,
  };
}

export function randomLawyer(rng: Rng): Sender {
  const a = randomPerson(rng);
  const b = rng.pick(LAST);
  const town = randomTown(rng);
  return {
    kind: 'lawyer', name: rng.chance(0.6) ? `Rechtsanwälte ${a.last} & ${b}` : `Kanzlei ${a.last} Rechtsanwälte`,
    subtitle: [rng.pick(['Fachanwalt für Verwaltungsrecht', 'Fachanwältin für Arbeitsrecht', 'Fachanwalt für Bau- und Architektenrecht', 'Fachanwältin für Sozialrecht'])],
    street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng), email: `kanzlei@${slug(a.last)}-recht.de`,
    bank: randomBank(rng, town), registry: [], person: a,
  };
}

export function randomAssociation(rng: Rng): Sender {
  const town = rng.chance(0.6) ? 'Musterstadt' : randomTown(rng);
  const name = rng.pick([
    `Sportverein ${town} e. V.`, `Heimatverein ${town} e. V.`, `Förderverein der Grundschule am Park e. V.`,
    `Freiwillige Feuerwehr Förderverein ${town} e. V.`, `Kleingartenverein „Sonnenschein“ e. V.`, `Seniorenbeirat ${town}`,
    'Deutscher Städtetag', `Musikschule ${town} e. V.`,
  ]);
  return {
    kind: 'association', name, subtitle: [], street: randomStreet(rng), zip: zip(rng), town, phone: phone(rng),
    bank: randomBank(rng, town), registry: rng.chance(0.5) ? [`Vereinsregister ${town} VR ${rng.int(100, 3999)}`] : [], person: randomPerson(rng),
  };
}
