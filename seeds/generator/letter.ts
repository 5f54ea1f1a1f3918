// Turns a composer's draft into a laid-out letter with its expected labels. The label rules
// (DESIGN.md, seeds/config.yaml): protection = max(type default, content signals);
// department = code in the reference, else the addressed department, else a department named
// in the text (applications, other), else the type default; advertising never has one.
import { maxProtection, type DocumentType, type Fields } from '../../electron/contract/domain.ts';
import type { Block, GeneratedLetter, LetterDoc, LetterLabels, OutputFormat, ScanPlan } from './model.ts';
import { createRng, type Rng } from './prng.ts';
import { loadDemoOrg, type DemoOrg } from './org.ts';
import { randomLetterDate, formatDate, type DateStyle } from './dates.ts';
import { formatIban } from './iban.ts';
import { fullName, type Sender } from './people.ts';
import { layoutLetter } from './layout.ts';
import { attachmentPages } from './content/attachments.ts';
import { CLOSINGS, type Ctx, type Draft } from './content/common.ts';
import { composeAdvertising, composeInvoice, composeOffer, composeReminder } from './content/business.ts';
import { composeApplication, composeBuilding, composeCourt, composeFine, composeNotice, composeObjection, composeOther, composeTax } from './content/public.ts';
import { composeJobApplication, composeMedical, composePersonnel, composeSocial } from './content/personal.ts';

const COMPOSERS: Record<DocumentType, (ctx: Ctx) => Draft> = {
  invoice: composeInvoice, reminder: composeReminder, tax: composeTax, notice: composeNotice, objection: composeObjection,
  application: composeApplication, fine: composeFine, court: composeCourt, 'job-application': composeJobApplication,
  personnel: composePersonnel, medical: composeMedical, social: composeSocial, building: composeBuilding, offer: composeOffer,
  advertising: composeAdvertising, other: composeOther,
};

/** Office names used in address lines; each is a keyword of its department in config.yaml. */
const ADDRESS_NAMES: Record<string, string[]> = {
  '0.10': ['Büro des Oberbürgermeisters'], '1.10': ['Personalservice', 'Personalabteilung', 'Personalamt'],
  '1.20': ['Zentrale Vergabe', 'Vergabestelle'], '1.30': ['Rechtsamt', 'Rechtsabteilung', 'Fachbereich Recht'],
  '1.40': ['Finanzservice', 'Stadtkasse', 'Kämmerei', 'Buchhaltung'], '1.50': ['Steuern und Abgaben', 'Steueramt', 'Steuerabteilung'],
  '3.10.20': ['Ordnungswidrigkeiten und Außendienst', 'Bußgeldstelle', 'Ordnungsamt'], '3.30': ['Brandschutz und Rettungsdienst', 'Feuerwehr'],
  '5.10': ['Soziales', 'Sozialamt', 'Wohngeldstelle'], '5.20': ['Jugend und Familie', 'Jugendamt'], '5.30': ['Gesundheitsamt'],
  '6.30': ['Bauaufsicht', 'Bauordnungsamt', 'Bauaufsichtsbehörde'], '9.40.20': ['Immobilienservice', 'Liegenschaften', 'Gebäudemanagement'],
  '9.50.30': ['Bauhof'], '9.60.10': ['Friedhofsverwaltung'],
};

/** The department code a reference starts with (longest match), if any. */
export function departmentInReference(reference: string | undefined, org: DemoOrg): string | null {
  if (!reference) return null;
  const codes = org.departments.map((d) => d.code).sort((a, b) => b.length - a.length);
  for (const code of codes) {
    if (reference.startsWith(code) && !/[\d]/.test(reference.charAt(code.length))) return code;
  }
  return null;
}

function recipient(rng: Rng, org: DemoOrg, dept: string | null): string[] {
  const lines = [rng.weighted([[org.name, 6], [`Stadtverwaltung ${org.name.replace(/^Stadt /, '')}`, 2], [`An die ${org.name}`, 1]] as const)];
  if (dept) {
    const name = rng.pick(ADDRESS_NAMES[dept] ?? [org.department(dept).name]);
    lines.push(rng.weighted([[`– ${name} –`, 3], [`z. Hd. ${name}`, 3], [name, 2], [`Fachbereich ${name}`, name.includes(' ') ? 0 : 1], [`Abt. ${dept} ${org.department(dept).name}`, 1]] as const));
  }
  if (rng.chance(0.12)) lines.push(`z. Hd. ${rng.pick(['Frau', 'Herrn'])} ${rng.pick(['Becker', 'Lange', 'Vogel', 'Krüger', 'Seidel'])}`);
  if (rng.chance(0.75)) lines.push('Markt 1', '12345 Musterstadt');
  else lines.push(`Postfach ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, '12340 Musterstadt');
  return lines;
}

function senderLines(s: Sender): string[] {
  return [...s.subtitle, s.street, `${s.zip} ${s.town}`];
}

function footer(rng: Rng, s: Sender, showBank: boolean): string[][] {
  if (s.kind === 'citizen') return [];
  const cols: string[][] = [[s.name, s.street, `${s.zip} ${s.town}`]];
  const contact = [`Telefon ${s.phone}`];
  if (s.email) contact.push(s.email);
  if (s.web) contact.push(s.web);
  cols.push(contact);
  if (showBank && s.bank) cols.push([s.bank.name, `IBAN ${rng.chance(0.85) ? formatIban(s.bank.iban) : s.bank.iban}`, `BIC ${s.bank.bic}`]);
  if (s.registry.length > 0) cols.push(s.registry);
  return cols;
}

function signature(rng: Rng, draft: Draft): Block[] {
  if (draft.closing) return [{ kind: 'lines', lines: draft.closing.slice(0, 1) }, { kind: 'signature' }, { kind: 'lines', lines: draft.closing.slice(1) }];
  const s = draft.sender;
  const greeting = rng.pick(CLOSINGS);
  if (s.kind === 'citizen') return [{ kind: 'lines', lines: [greeting] }, { kind: 'signature' }, { kind: 'lines', lines: [s.name] }];
  const person = fullName(s.person);
  const role = s.kind === 'company' ? rng.pick(['Buchhaltung', 'Vertrieb', 'Geschäftsführung', 'Kundenservice', 'Projektleitung'])
    : s.kind === 'authority' ? rng.pick(['Sachbearbeitung', 'Im Auftrag', 'Sachgebietsleitung']) : s.kind === 'doctor' ? rng.pick(['Fachärztin', 'Facharzt', 'Oberarzt']) : '';
  const lines = rng.chance(0.4) ? [`i. A. ${person}`] : [person];
  if (role) lines.push(role);
  return [{ kind: 'lines', lines: [greeting, ...(rng.chance(0.3) ? [s.name] : [])] }, { kind: 'signature' }, { kind: 'lines', lines }];
}

function compact(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Fields;
}

function scanPlan(rng: Rng, pageCount: number, forced?: OutputFormat): ScanPlan {
  const multi = pageCount > 1;
  const format: OutputFormat = forced ?? (multi
    ? rng.weighted([['tiff', 4], ['pdf-scan', 5], ['pdf-text', 1]] as const)
    : rng.weighted([['png', 2], ['jpeg', 3], ['tiff', 2], ['pdf-scan', 3], ['pdf-text', 1]] as const));
  const turnable = format === 'pdf-scan' || format === 'png' || format === 'jpeg';
  const rotations = Array.from({ length: pageCount }, () => {
    if (format === 'pdf-text') return 0;
    const turn = rng.next();
    if (turn < 0.04) return 180;
    if (turnable && turn < 0.07) return rng.pick([90, 270]);
    return 0;
  });
  const noise = format === 'pdf-text' ? 'clean' : rng.weighted([['light', 3], ['normal', 5], ['heavy', 2]] as const);
  return {
    format, rotations, skew: rotations.map(() => (noise === 'clean' ? 0 : Math.round((rng.next() * 3 - 1.5) * 100) / 100)),
    noise, bilevel: format === 'tiff' && rng.chance(0.35), jpegQuality: rng.int(55, 85),
  };
}

export interface GenerateOptions { format?: OutputFormat; org?: DemoOrg }

/** One letter of the given type (or a type drawn from the seed), deterministic in `seed`. */
export function generateLetter(seed: number, type?: DocumentType, options: GenerateOptions = {}): GeneratedLetter {
  const org = options.org ?? loadDemoOrg();
  const rng = createRng(seed);
  const documentType = type ?? rng.pick(Object.keys(COMPOSERS) as DocumentType[]);
  const letterDate = randomLetterDate(rng);
  const dateStyle: DateStyle = rng.weighted([['numeric', 6], ['long', 3], ['iso', 1]] as const);
  const ctx: Ctx = { rng: rng.fork('content'), org, type: documentType, letterDate, dateStyle };
  const draft = COMPOSERS[documentType](ctx);
  const style = rng.fork('style');
  const defaults = org.typeDefaults[documentType];

  const addressDept = draft.addressDept !== undefined ? draft.addressDept
    : defaults.department && style.chance(0.35) ? defaults.department : null;
  const s = draft.sender;
  const printedDate = formatDate(letterDate, dateStyle);

  // Info block: the sender's references and the date, in the block or row form.
  const entries: Array<[string, string]> = [];
  if (draft.theirRef) entries.push([style.pick(['Ihr Zeichen', 'Ihr Zeichen', 'Ihr Aktenzeichen', 'Ihr Az.']), draft.theirRef]);
  if (draft.ownRef) entries.push([draft.ownRef.label, draft.ownRef.value]);
  else if (s.kind === 'company' && style.chance(0.5)) entries.push(['Unser Zeichen', `${s.person.last.slice(0, 2)}/${style.pick(['ab', 'kr', 'mw', 'ts'])}`]);
  entries.push(...(draft.extraInfo ?? []));
  const citizen = s.kind === 'citizen';
  if (!citizen && style.chance(0.6)) entries.push([style.pick(['Ansprechpartner', 'Bearbeiter/in', 'Auskunft']), fullName(s.person)], ['Telefon', s.phone]);
  let infoStyle: LetterDoc['info']['style'] = citizen ? 'none' : style.weighted([['block', 4], ['row', 1]] as const);
  if (infoStyle === 'row' && entries.length > 4) infoStyle = 'block';
  const dateInInfo = !citizen && style.chance(0.75);
  if (dateInInfo) entries.push([style.pick(['Datum', 'Datum', 'Rechnungsdatum'].filter((l) => l !== 'Rechnungsdatum' || documentType === 'invoice')), printedDate]);

  const subjectLines = [style.chance(0.2) ? `Betreff: ${draft.subject}` : draft.subject];
  // A citizen has no info block: references go under the subject.
  if (citizen && draft.theirRef) subjectLines.push(`${style.pick(['Ihr Zeichen', 'Aktenzeichen', 'Ihr Aktenzeichen'])}: ${draft.theirRef}`);
  if (citizen && draft.ownRef) subjectLines.push(`${draft.ownRef.label}: ${draft.ownRef.value}`);
  if (citizen && draft.extraInfo) subjectLines.push(...draft.extraInfo.map(([l, v]) => `${l}: ${v}`));

  const body: Block[] = [];
  const salutation = draft.salutation ?? style.weighted([['Sehr geehrte Damen und Herren,', 8], ['Guten Tag,', 1]] as const);
  if (salutation) body.push({ kind: 'lines', lines: [salutation], gapAfter: true });
  body.push(...draft.body, ...signature(style, draft));
  const attachments = [...(draft.attachments ?? [])];
  // A data-protection notice or the general terms come along with about one letter in five.
  if (attachments.length === 0 && style.chance(0.2)) attachments.push(...attachmentPages(style, s.kind === 'company'));
  const letterBody = [...body];

  const font = style.weighted([['Liberation Sans', 6], ['Liberation Serif', s.kind === 'court' || s.kind === 'authority' || s.kind === 'lawyer' ? 4 : 1], ['DejaVu Sans', 2], ['DejaVu Serif', 1], ['Liberation Mono', citizen ? 1 : 0]] as const);
  const showBank = !!draft.showBank && !!s.bank;
  const doc: LetterDoc = {
    font, size: style.pick([10, 10.5, 11, 11, 12]), lineSpacing: style.pick([1.2, 1.25, 1.3, 1.35]),
    letterhead: { name: s.name, lines: citizen ? [s.street, `${s.zip} ${s.town}`, ...(s.email && style.chance(0.5) ? [s.email] : [])] : senderLines(s),
      align: style.weighted([['left', 3], ['right', 3], ['center', 1]] as const), logo: citizen ? 'none' : style.pick(['none', 'box', 'circle', 'bar'] as const), plain: citizen },
    returnLine: !citizen || style.chance(0.3) ? `${s.name} · ${s.street} · ${s.zip} ${s.town}` : undefined,
    recipient: recipient(style, org, addressDept),
    info: { style: infoStyle, entries },
    placeDate: dateInInfo ? undefined : `${s.town}, ${citizen && style.chance(0.3) ? `den ${printedDate}` : printedDate}`,
    subject: subjectLines, body: letterBody, footer: footer(style, s, showBank),
    pageNumbers: style.weighted([['bottom-right', 3], ['bottom-center', 2], ['top-right', 2], ['none', 1]] as const), foldMarks: !citizen && style.chance(0.5),
  };

  const reference = draft.theirRef ?? (draft.ownRef?.isReference ? draft.ownRef.value : undefined);
  const department = documentType === 'advertising' ? null
    : departmentInReference(reference, org) ?? addressDept ?? draft.hintDept ?? defaults.department;
  const protection = (draft.signals ?? []).reduce(maxProtection, defaults.protection);
  const labels: LetterLabels = {
    documentType, protectionLevel: protection, department,
    fields: compact({
      sender: s.name, letterDate, reference, subject: draft.subject,
      ...draft.fields, iban: draft.fields?.iban ?? (showBank ? s.bank?.iban : undefined),
    }),
  };
  const tags = [...(draft.tags ?? []), citizen ? 'private-letter' : s.kind];
  // Scanned letters are 1–4 pages: drop attachment pages until the letter fits.
  let pages = layoutLetter(doc, rng.fork('layout'));
  for (let keep = attachments.length; keep >= 0; keep--) {
    doc.body = [...letterBody, ...attachments.slice(0, keep).flatMap((page) => [{ kind: 'pageBreak' } as const, ...page])];
    pages = layoutLetter(doc, rng.fork('layout'));
    if (pages.length <= 4) break;
  }
  const plan = scanPlan(rng.fork('scan'), pages.length, options.format);
  return { seed, labels, doc, tags, plan, pages, pageTexts: pages.map((p) => p.lines.join('\n')) };
}
