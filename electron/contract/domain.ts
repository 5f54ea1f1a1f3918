// The fixed vocabulary of DESIGN.md: English ids in code and data, German labels in the UI.
import { z } from 'zod';

export const DOCUMENT_TYPES = [
  'invoice', 'reminder', 'tax', 'notice', 'objection', 'application', 'fine', 'court',
  'job-application', 'personnel', 'medical', 'social', 'building', 'offer', 'advertising', 'other',
] as const;
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** The receipt stamp is a German legal fact: its calendar day is the day in Germany, whatever the
 *  time zone of the machine that reads the scan. */
export const RECEIPT_TIME_ZONE = 'Europe/Berlin';

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  invoice: 'Rechnung',
  reminder: 'Mahnung / Zahlungserinnerung',
  tax: 'Steuerangelegenheit',
  notice: 'Bescheid einer anderen Behörde',
  objection: 'Widerspruch / Einspruch',
  application: 'Antrag',
  fine: 'Ordnungswidrigkeit / Bußgeld',
  court: 'Gerichtspost',
  'job-application': 'Bewerbung',
  personnel: 'Personalangelegenheit',
  medical: 'Gesundheitsdaten',
  social: 'Sozialdaten',
  building: 'Bauangelegenheit',
  offer: 'Angebot / Auftrag / Vertrag',
  advertising: 'Werbung',
  other: 'Sonstiges',
};

export const PROTECTION_LEVELS = ['normal', 'high', 'very-high'] as const;
export const ProtectionLevelSchema = z.enum(PROTECTION_LEVELS);
export type ProtectionLevel = z.infer<typeof ProtectionLevelSchema>;
export const PROTECTION_LABELS: Record<ProtectionLevel, string> = {
  normal: 'normal',
  high: 'hoch',
  'very-high': 'sehr hoch',
};
/** Protection levels are ordered; the stricter one wins. */
export function maxProtection(a: ProtectionLevel, b: ProtectionLevel): ProtectionLevel {
  return PROTECTION_LEVELS.indexOf(a) >= PROTECTION_LEVELS.indexOf(b) ? a : b;
}

export const ROLLOUT_STATES = ['paper', 'pilot', 'live'] as const;
export const RolloutStateSchema = z.enum(ROLLOUT_STATES);
export type RolloutState = z.infer<typeof RolloutStateSchema>;

export const ITEM_STATES = [
  'received', 'processing', 'needs-review', 'routed', 'paper', 'discarded',
  'claimed', 'done', 'quarantined', 'duplicate',
] as const;
export const ItemStateSchema = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof ItemStateSchema>;

export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  received: 'eingegangen',
  processing: 'in Verarbeitung',
  'needs-review': 'zu prüfen',
  routed: 'zugestellt',
  paper: 'Papierweg',
  discarded: 'verworfen',
  claimed: 'in Bearbeitung',
  done: 'erledigt',
  quarantined: 'Quarantäne',
  duplicate: 'Duplikat',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');

/** The field names of DESIGN.md. A field the letter does not contain is absent, never guessed. */
export const FieldsSchema = z.object({
  sender: z.string().optional(),
  letterDate: isoDate.optional(),
  receivedAt: isoDate.optional(),
  reference: z.string().optional(),
  cashReference: z.string().optional(),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/).optional(),
  amount: z.number().optional(),
  currency: z.string().length(3).optional(),
  dueDate: isoDate.optional(),
  subject: z.string().optional(),
});
export type Fields = z.infer<typeof FieldsSchema>;
export type FieldName = keyof Fields;

/** Where a field value was read: page index (0-based) and the word boxes in page pixels. */
export const BoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type Box = z.infer<typeof BoxSchema>;
export const FieldSourceSchema = z.object({ page: z.number().int().min(0), boxes: z.array(BoxSchema) });
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/** One reason behind a decision, shown to the mailroom ("Betreff enthält »Rechnung«"). */
export const ReasonSchema = z.object({
  decision: z.enum(['documentType', 'protectionLevel', 'department', 'confidence']),
  message: z.string(),
  weight: z.number().optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const ClassificationSchema = z.object({
  documentType: DocumentTypeSchema,
  protectionLevel: ProtectionLevelSchema,
  /** null: no department (advertising, or "the mailroom decides"). */
  department: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  fields: FieldsSchema,
  fieldSources: z.partialRecord(FieldsSchema.keyof(), FieldSourceSchema).default({}),
  reasons: z.array(ReasonSchema),
  /** True when the content might be very-high: such an item never goes out without review. */
  mightBeVeryHigh: z.boolean().default(false),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** One line of `epost process --json` (DESIGN.md, command-line contract). */
export const ProcessLineSchema = z.object({
  file: z.string(),
  id: z.string().optional(),
  pages: z.number().int().min(0),
  documentType: DocumentTypeSchema.nullable(),
  protectionLevel: ProtectionLevelSchema.nullable(),
  department: z.string().nullable(),
  state: ItemStateSchema,
  confidence: z.number().nullable(),
  fields: FieldsSchema,
  text: z.string(),
  error: z.string().optional(),
  duplicateOf: z.string().optional(),
});
export type ProcessLine = z.infer<typeof ProcessLineSchema>;
