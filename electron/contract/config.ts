// The configuration schema: the single source of truth for seeds/config.yaml, `epost config check`
// and the IT console's edits. Paths are resolved against the config file's folder by the loader.
import { z } from 'zod';
import {
  DOCUMENT_TYPES, DocumentTypeSchema, PROTECTION_LEVELS, ProtectionLevelSchema, RolloutStateSchema,
  type DocumentType, type ProtectionLevel, type RolloutState,
} from './domain.ts';

export const DepartmentCodeSchema = z.string().regex(/^\d+(\.\d+)+$/, 'Abteilungscode wie »1.40« oder »3.10.20«');

/** Rollout per protection level; a plain state in the file means "the same for every level". */
export const RolloutSchema = z.preprocess(
  (value) => (typeof value === 'string' ? Object.fromEntries(PROTECTION_LEVELS.map((level) => [level, value])) : value),
  z.object({ normal: RolloutStateSchema, high: RolloutStateSchema, 'very-high': RolloutStateSchema }).strict(),
);
export type Rollout = Record<ProtectionLevel, RolloutState>;

export const DepartmentSchema = z.object({
  code: DepartmentCodeSchema,
  name: z.string().min(1),
  rollout: RolloutSchema,
  /** Words that name this department in an address block or subject ("Stadtkasse", "Kämmerei"). */
  keywords: z.array(z.string().min(2)).default([]),
}).strict();
export type Department = z.infer<typeof DepartmentSchema>;

export const WaveSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  date: z.iso.date(),
  departments: z.array(DepartmentCodeSchema).min(1),
  /** The state the departments move to when IT carries the wave out. */
  targetState: RolloutStateSchema.default('pilot'),
}).strict();
export type Wave = z.infer<typeof WaveSchema>;

export const DocumentTypePolicySchema = z.object({
  department: DepartmentCodeSchema.nullable(),
  protection: ProtectionLevelSchema,
}).strict();

/** An IT-editable routing rule: a pattern in the text decides the department (and maybe type). */
export const RoutingRuleSchema = z.object({
  id: z.string().min(1),
  description: z.string().default(''),
  pattern: z.string().min(1).refine((source) => {
    try { new RegExp(source, 'iu'); return true; } catch { return false; }
  }, 'kein gültiger regulärer Ausdruck'),
  department: DepartmentCodeSchema.optional(),
  documentType: DocumentTypeSchema.optional(),
  protectionLevel: ProtectionLevelSchema.optional(),
}).strict();
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

export const ScannerFolderSchema = z.object({
  path: z.string().min(1),
  /** Shown in the transfer note: which scanner wrote into this folder. */
  scanner: z.string().default('Scanner'),
}).strict();

/**
 * How long scans, page images and text are kept after an item is done (or discarded), per document
 * type; then they are deleted and the deletion is logged. The item's metadata and the audit log stay.
 */
export const RetentionSchema = z.object({
  defaultDays: z.number().int().min(0).max(36_500).default(90),
  byType: z.partialRecord(DocumentTypeSchema, z.number().int().min(0).max(36_500)).default({}),
  /** How often `epost run`/`serve` and the desktop app look for items due for deletion. */
  intervalMinutes: z.number().int().min(1).max(10_080).default(60),
}).strict();
export type Retention = z.infer<typeof RetentionSchema>;

export const ConfigSchema = z.object({
  organisation: z.string().min(1),
  dataDir: z.string().min(1),
  intake: z.object({
    folders: z.array(ScannerFolderSchema).min(1),
    /** A file is taken only after size and mtime have been unchanged this long. */
    settleSeconds: z.number().min(0).max(600).default(5),
    /**
     * A PDF, JPEG or PNG whose end marker is already written is taken after this shorter quiet
     * time: scanners write those in one go, and routing starts seconds earlier. TIFFs (valid after
     * every page) and anything else wait settleSeconds.
     */
    completeSettleSeconds: z.number().min(0).max(600).default(0.5),
    /** Polling for network shares, where file-system events do not arrive. */
    polling: z.boolean().default(false),
    pollIntervalMs: z.number().int().min(100).max(60_000).default(1000),
  }).strict(),
  ocr: z.object({
    /** 0 means one worker per core. */
    workers: z.number().int().min(0).max(64).default(0),
    languages: z.array(z.enum(['deu', 'eng'])).min(1).default(['deu', 'eng']),
  }).strict().default({ workers: 0, languages: ['deu', 'eng'] }),
  routing: z.object({
    confidenceThreshold: z.number().min(0).max(1).default(0.85),
    rules: z.array(RoutingRuleSchema).default([]),
  }).strict(),
  departments: z.array(DepartmentSchema).min(1),
  waves: z.array(WaveSchema).default([]),
  documentTypes: z.record(DocumentTypeSchema, DocumentTypePolicySchema),
  // Defaulted so configuration files written before issue 7 stay valid.
  retention: RetentionSchema.default({ defaultDays: 90, byType: {}, intervalMinutes: 60 }),
}).strict().superRefine((config, ctx) => {
  const codes = new Set<string>();
  config.departments.forEach((department, index) => {
    if (codes.has(department.code)) {
      ctx.addIssue({ code: 'custom', path: ['departments', index, 'code'], message: `Abteilung ${department.code} ist doppelt` });
    }
    codes.add(department.code);
  });
  const checkCode = (code: string | null | undefined, path: (string | number)[]) => {
    if (code && !codes.has(code)) ctx.addIssue({ code: 'custom', path, message: `unbekannte Abteilung ${code}` });
  };
  config.waves.forEach((wave, w) => wave.departments.forEach((code, d) => checkCode(code, ['waves', w, 'departments', d])));
  config.routing.rules.forEach((rule, r) => checkCode(rule.department, ['routing', 'rules', r, 'department']));
  for (const type of DOCUMENT_TYPES) {
    const policy = config.documentTypes[type];
    if (!policy) ctx.addIssue({ code: 'custom', path: ['documentTypes', type], message: `Dokumentart ${type} fehlt` });
    else checkCode(policy.department, ['documentTypes', type, 'department']);
  }
});
export type Config = z.infer<typeof ConfigSchema>;
export type DocumentTypePolicy = z.infer<typeof DocumentTypePolicySchema>;
export type DocumentTypePolicies = Record<DocumentType, DocumentTypePolicy>;
