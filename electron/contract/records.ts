// Records a municipality can defend (issue 7): deadlines from the receipt date, the transfer note
// (Transfervermerk, BSI TR-03138 "TR-RESISCAN"), four-eyes release, the unopened-mail register.
import { z } from 'zod';
import { DocumentTypeSchema, ItemStateSchema, ProtectionLevelSchema } from './domain.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');

/** A deadline computed from the receipt date (electron/services/records/deadlines.ts). */
export const DeadlineSchema = z.object({
  /** The last day to act, already moved off a weekend or national public holiday. */
  date: isoDate,
  /** How the date was reached, in German ("1 Monat ab Bekanntgabe 09.11.2026: vierter Tag …"). */
  basis: z.string(),
  /** The letter's own words ("innerhalb eines Monats nach Bekanntgabe"). */
  text: z.string(),
  /** The day the period started from; null when the letter states the date itself. */
  startDate: isoDate.nullable(),
  /** The period's last day before the weekend/holiday shift. */
  periodEnd: isoDate,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Four-eyes release of very-high items: set while such an item is waiting in review. */
export const FourEyesSchema = z.object({
  /** The mailroom person who gave the first release; null: nobody yet. */
  firstReleaseBy: z.string().nullable(),
  firstReleaseAt: z.string().nullable(),
});
export type FourEyes = z.infer<typeof FourEyesSchema>;

export const UNOPENED_KIND_IDS = ['personal', 'confidential', 'staff-council', 'equality'] as const;

/** One entry of the register of mail recorded unopened. Metadata of the envelope only. */
export const UnopenedEntrySchema = z.object({
  id: z.string(),
  state: ItemStateSchema,
  department: z.string(),
  departmentName: z.string().nullable(),
  kind: z.enum(UNOPENED_KIND_IDS),
  addressee: z.string(),
  sender: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** Pick-up receipt: who took the letter, when, and which mailroom user recorded it. */
  pickedUpBy: z.string().nullable(),
  pickedUpAt: z.string().nullable(),
  pickUpRecordedBy: z.string().nullable(),
});
export type UnopenedEntry = z.infer<typeof UnopenedEntrySchema>;

export const IRREGULARITY_KINDS = [
  'rotated-page', 'blank-page', 'low-confidence', 'quarantined', 'duplicate', 'receipt-date-changed',
  'returned-to-mailroom', 'not-scanned', 'original-changed', 'original-missing',
] as const;

export const QUALITY_RESULTS = ['passed', 'failed', 'pending', 'not-applicable'] as const;
export const QUALITY_MODES = ['automatic', 'individual', 'four-eyes', 'none'] as const;

/**
 * The transfer note (Transfervermerk) of one item, after TR-RESISCAN: capture, integrity from
 * capture on, irregularities, quality check and who released it. Derived from the audit log and the
 * item's stored metadata, never stored itself, so it cannot drift from the log. No letter content.
 */
export const TransferNoteSchema = z.object({
  itemId: z.string(),
  organisation: z.string(),
  standard: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  document: z.object({
    sourceName: z.string(),
    state: ItemStateSchema,
    documentType: DocumentTypeSchema.nullable(),
    protectionLevel: ProtectionLevelSchema.nullable(),
    department: z.string().nullable(),
    pageCount: z.number().int(),
  }),
  capture: z.object({
    /** 'scan': from a watched scanner folder; 'file': `epost process`; 'unopened': recorded by hand, never scanned. */
    method: z.enum(['scan', 'file', 'unopened']),
    at: z.string(),
    by: z.string(),
    scanner: z.string().nullable(),
    folder: z.string().nullable(),
  }),
  /** Every original file with the SHA-256 taken at capture, and whether the stored copy still matches. */
  originals: z.array(z.object({
    name: z.string(),
    sha256: z.string(),
    sizeBytes: z.number().int().nullable(),
    capturedAt: z.string(),
    integrity: z.enum(['unchanged', 'changed', 'missing', 'deleted-by-retention', 'not-applicable']),
  })),
  receipt: z.object({
    receivedAt: z.string(),
    receiptDate: isoDate,
    changes: z.array(z.object({ at: z.string(), by: z.string(), from: z.string(), to: z.string(), reason: z.string().nullable() })),
  }),
  pages: z.array(z.object({ index: z.number().int(), rotation: z.number().int(), confidence: z.number(), source: z.enum(['ocr', 'text-layer']), blank: z.boolean() })),
  irregularities: z.array(z.object({ kind: z.enum(IRREGULARITY_KINDS), page: z.number().int().nullable(), message: z.string() })),
  qualityCheck: z.object({
    result: z.enum(QUALITY_RESULTS),
    mode: z.enum(QUALITY_MODES),
    /** The mailroom people who checked and released it (two for four-eyes). */
    by: z.array(z.string()),
    at: z.string().nullable(),
    message: z.string(),
  }),
  releases: z.array(z.object({ at: z.string(), by: z.string(), step: z.enum(['first-release', 'release', 'automatic']), toState: ItemStateSchema, reason: z.string().nullable() })),
  retention: z.object({ deletedAt: z.string(), deleted: z.array(z.string()) }).nullable(),
  /** The audit rows the note was derived from: `epost audit verify` vouches for them. */
  audit: z.object({ entries: z.number().int(), firstSeq: z.number().int().nullable(), lastSeq: z.number().int().nullable(), lastHash: z.string().nullable() }),
});
export type TransferNote = z.infer<typeof TransferNoteSchema>;
