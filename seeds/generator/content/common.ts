// Shared pieces for the letter composers: the context a composer gets, the draft it returns,
// and fragment helpers that combine alternative phrasings with the seeded PRNG.
import type { DocumentType, Fields, ProtectionLevel } from '../../../electron/contract/domain.ts';
import type { Block, TableColumn } from '../model.ts';
import type { DemoOrg } from '../org.ts';
import type { Rng } from '../prng.ts';
import type { Sender } from '../people.ts';
import { addDays, formatDate, type DateStyle } from '../dates.ts';
import { formatCents } from '../money.ts';

export interface Ctx {
  rng: Rng;
  org: DemoOrg;
  type: DocumentType;
  letterDate: string;
  dateStyle: DateStyle;
}

export interface Draft {
  sender: Sender;
  subject: string;
  body: Block[];
  /** Replaces the default salutation ("Sehr geehrte Damen und Herren,"); '' for none. */
  salutation?: string;
  /** Replaces the greeting and signature lines. */
  closing?: string[];
  /** Department code for the address line; undefined lets the assembler decide, null means none. */
  addressDept?: string | null;
  /** The city's own reference the sender quotes ("Ihr Zeichen"). */
  theirRef?: string;
  /** The sender's reference; `isReference` for authorities' and courts' Aktenzeichen. */
  ownRef?: { label: string; value: string; isReference: boolean };
  /** More info-block entries (Rechnungsnummer, Kundennummer ...). */
  extraInfo?: Array<[string, string]>;
  /** Department named by a keyword in the subject or body (applications, other). */
  hintDept?: string;
  signals?: ProtectionLevel[];
  fields?: Pick<Fields, 'amount' | 'currency' | 'dueDate' | 'cashReference' | 'iban'>;
  /** Print the sender's bank details in the footer (then `iban` is labelled). */
  showBank?: boolean;
  /** Pages after the letter (CV, form copy, list). */
  attachments?: Block[][];
  tags?: string[];
}

export type Fragment = string | readonly string[];

/** One alternative of each fragment, joined by spaces. */
export function phrase(rng: Rng, ...fragments: Fragment[]): string {
  return fragments.map((f) => (typeof f === 'string' ? f : rng.pick(f))).filter((s) => s.length > 0).join(' ');
}

/** k sentences out of a pool, in pool order, so the letter still reads in a sensible sequence. */
export function someOf(rng: Rng, pool: readonly string[], min: number, max: number): string[] {
  const k = rng.int(min, max);
  const chosen = new Set(rng.sample(pool.map((_, i) => i), k));
  return pool.filter((_, i) => chosen.has(i));
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`template variable ${key} missing in "${template}"`);
    return value;
  });
}

export function para(text: string): Block {
  return { kind: 'para', text };
}

export function date(ctx: Ctx, iso: string): string {
  return formatDate(iso, ctx.dateStyle === 'iso' ? 'numeric' : ctx.dateStyle);
}

export function earlier(ctx: Ctx, minDays: number, maxDays: number): string {
  return addDays(ctx.letterDate, -ctx.rng.int(minDays, maxDays));
}

export function later(ctx: Ctx, minDays: number, maxDays: number): string {
  return addDays(ctx.letterDate, ctx.rng.int(minDays, maxDays));
}

export function euro(ctx: Ctx, cents: number): string {
  return ctx.rng.weighted([[`${formatCents(cents)} €`, 5], [`${formatCents(cents)} EUR`, 4], [`EUR ${formatCents(cents)}`, 1]]);
}

/** A deadline, printed absolute or relative to the letter date; returns the text and the ISO date. */
export function deadline(ctx: Ctx, days: readonly number[], relativeForms: readonly string[]): { text: string; iso: string } {
  const n = ctx.rng.pick(days);
  const iso = addDays(ctx.letterDate, n);
  if (ctx.rng.chance(0.5)) return { text: `bis zum ${date(ctx, iso)}`, iso };
  const words: Record<number, string> = { 7: 'sieben', 10: 'zehn', 14: '14', 21: '21', 28: '28', 30: '30' };
  const form = ctx.rng.pick(relativeForms);
  return { text: fill(form, { n: ctx.rng.chance(0.7) ? String(n) : words[n] ?? String(n) }), iso };
}

export const RELATIVE_FROM_LETTER = [
  'innerhalb von {n} Tagen ab Rechnungsdatum',
  'innerhalb von {n} Tagen nach Rechnungsdatum',
  'binnen {n} Tagen ab dem Datum dieses Schreibens',
  'innerhalb von {n} Tagen ab Datum dieses Schreibens',
] as const;

export const RELATIVE_FROM_LETTER_NEUTRAL = [
  'binnen {n} Tagen ab dem Datum dieses Schreibens',
  'innerhalb von {n} Tagen ab Datum dieses Schreibens',
  'innerhalb von {n} Tagen ab dem Briefdatum',
] as const;

/** A city file reference with a department code, in the formats the departments use. */
export function cityRef(ctx: Ctx, code: string, topic: string): string {
  const y = ctx.letterDate.slice(0, 4);
  const r = ctx.rng;
  const n = r.int(1, 9999);
  return r.pick([
    `${code}-${topic}-${y}/${r.int(1, 999)}`,
    `${code}/${topic}-${n}`,
    `${code}-${topic}/${String(n).padStart(4, '0')}`,
    `${code} ${topic} ${r.int(1, 400)}/${y.slice(2)}`,
    `${code}-${y}-${String(n).padStart(5, '0')}`,
  ]);
}

/** A reference the city never wrote with a code: clerk initials or a free number. */
export function plainRef(ctx: Ctx): string {
  const r = ctx.rng;
  return r.pick([
    `${r.pick(['Sch', 'Mü', 'Kr', 'We', 'Ha', 'Lo'])}/${r.pick(['Be', 'ke', 'mw', 'Ts'])}`,
    `Bestellung ${ctx.letterDate.slice(0, 4)}-${r.int(100, 9999)}`,
    `BE-${r.int(10000, 99999)}`,
    `Ihre Anfrage vom ${date(ctx, earlier(ctx, 10, 60))}`,
  ]);
}

/** Kassenzeichen in the shapes German treasuries print. */
export function cashRef(ctx: Ctx): string {
  const r = ctx.rng;
  return r.pick([
    `${r.int(1, 9)}.${r.int(1000, 9999)}.${r.int(100000, 999999)}.${r.int(1, 9)}`,
    `${r.int(100000000, 999999999)}${r.int(10, 99)}`,
    `${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`,
    `KZ-${r.int(2024, 2026)}-${r.int(100000, 999999)}`,
  ]);
}

export const ITEM_COLUMNS: TableColumn[] = [
  { title: 'Pos.', widthMm: 12, align: 'left' },
  { title: 'Bezeichnung', widthMm: 72, align: 'left' },
  { title: 'Menge', widthMm: 24, align: 'right' },
  { title: 'Einzelpreis', widthMm: 28, align: 'right' },
  { title: 'Gesamt', widthMm: 29, align: 'right' },
];

export interface LineItem { text: string; qty: number; unit: string; unitCents: number }

export function itemTable(items: LineItem[], vatRate: number, grossLabel: string, extra: Array<{ label: string; cents: number }> = []):
{ block: Block; netCents: number; vatCents: number; grossCents: number; payCents: number } {
  const rows = items.map((it, i) => {
    const total = Math.round(it.qty * it.unitCents);
    const qty = Number.isInteger(it.qty) ? String(it.qty) : String(it.qty).replace('.', ',');
    return [String(i + 1), it.text, `${qty} ${it.unit}`, formatCents(it.unitCents), formatCents(total)];
  });
  const netCents = items.reduce((s, it) => s + Math.round(it.qty * it.unitCents), 0);
  const vatCents = Math.round((netCents * vatRate) / 100);
  const grossCents = netCents + vatCents;
  const totals = [
    { label: 'Nettobetrag', value: `${formatCents(netCents)} €` },
    { label: `zzgl. ${vatRate} % USt.`, value: `${formatCents(vatCents)} €` },
    { label: grossLabel, value: `${formatCents(grossCents)} €`, bold: extra.length === 0 },
  ];
  let payCents = grossCents;
  for (const e of extra) {
    payCents += e.cents;
    totals.push({ label: e.label, value: `${formatCents(e.cents)} €` });
  }
  if (extra.length > 0) totals.push({ label: 'Zahlbetrag', value: `${formatCents(payCents)} €`, bold: true });
  return { block: { kind: 'table', columns: ITEM_COLUMNS, rows, totals }, netCents, vatCents, grossCents, payCents };
}

export const CLOSINGS = ['Mit freundlichen Grüßen', 'Mit freundlichen Grüßen', 'Freundliche Grüße', 'Mit freundlichem Gruß', 'Beste Grüße'] as const;
