// An item is one scanned letter (or one hand-recorded unopened letter) on its way through the mailroom.
import { z } from 'zod';
import {
  DocumentTypeSchema, FieldSourceSchema, FieldsSchema, ItemStateSchema, ProtectionLevelSchema, ReasonSchema,
} from './domain.ts';

export const ItemSchema = z.object({
  id: z.string(),
  state: ItemStateSchema,
  sourceName: z.string(),
  scanner: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Path of the original file in the content-addressed store, relative to the data folder. */
  storedPath: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  pageCount: z.number().int().min(0),
  /** Eingangsdatum: when the letter was received (ISO timestamp). Legally relevant for deadlines. */
  receivedAt: z.string(),
  documentType: DocumentTypeSchema.nullable(),
  protectionLevel: ProtectionLevelSchema.nullable(),
  department: z.string().nullable(),
  confidence: z.number().nullable(),
  fields: FieldsSchema,
  fieldSources: z.partialRecord(FieldsSchema.keyof(), FieldSourceSchema),
  reasons: z.array(ReasonSchema),
  mightBeVeryHigh: z.boolean(),
  text: z.string(),
  error: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Item = z.infer<typeof ItemSchema>;

export const PageSchema = z.object({
  itemId: z.string(),
  index: z.number().int().min(0),
  width: z.number().int(),
  height: z.number().int(),
  source: z.enum(['ocr', 'text-layer']),
  rotation: z.number().int(),
  confidence: z.number(),
  text: z.string(),
  /** Viewer image, relative to the data folder. */
  imagePath: z.string().nullable(),
});
export type Page = z.infer<typeof PageSchema>;

export const AuditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  itemId: z.string().nullable(),
  type: z.string(),
  fromState: ItemStateSchema.nullable(),
  toState: ItemStateSchema.nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
