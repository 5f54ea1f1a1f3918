// The method registry: every call the renderer can make, with its input and output schema and the
// roles that may call it. The data scope (a clerk sees only the own department's items, IT never
// sees letter content) is enforced by the services; electron/contract/access.ts states the expected
// outcome per role and a test checks every method against it.
import { z } from 'zod';
import { method, RoleSchema } from './api.ts';
import { ConfigSchema, DepartmentCodeSchema, WaveSchema } from './config.ts';
import {
  ClassificationSchema, DocumentTypeSchema, FieldsSchema, ItemStateSchema, ProtectionLevelSchema, RolloutStateSchema,
} from './domain.ts';
import { ItemSchema } from './items.ts';
import { DeadlineSchema, FourEyesSchema, TransferNoteSchema, UNOPENED_KIND_IDS, UnopenedEntrySchema } from './records.ts';

const id = z.string().min(1).max(200);
const isoDate = z.iso.date();
const reason = z.string().trim().min(3, 'bitte kurz begründen').max(1000);
const offset = z.number().int().min(0).default(0);
const limit = z.number().int().min(1).max(500).default(50);
const search = z.string().trim().max(200).optional();

export const SessionUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  /** The clerk's department; null for the mailroom and IT. */
  department: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const UsernameSchema = z.string().regex(/^[a-z][a-z0-9._-]{1,31}$/, 'Kleinbuchstaben, Ziffern, . _ - (2–32 Zeichen)');
/** Long passphrases beat complexity rules (BSI ORP.4.A8); 10 characters is the floor. */
export const PasswordSchema = z.string().min(10, 'mindestens 10 Zeichen').max(256);

export const NewUserSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(100),
  role: RoleSchema,
  department: DepartmentCodeSchema.nullable(),
  password: PasswordSchema,
}).superRefine((user, ctx) => {
  if (user.role === 'clerk' && !user.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'Sachbearbeitung braucht eine Abteilung' });
  if (user.role !== 'clerk' && user.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'nur Sachbearbeitung gehört zu einer Abteilung' });
});
export type NewUser = z.infer<typeof NewUserSchema>;

export const UNOPENED_KINDS = UNOPENED_KIND_IDS;
export const UnopenedKindSchema = z.enum(UNOPENED_KINDS);
export const UNOPENED_KIND_LABELS: Record<z.infer<typeof UnopenedKindSchema>, string> = {
  personal: 'persönlich',
  confidential: 'vertraulich',
  'staff-council': 'Personalrat',
  equality: 'Gleichstellungsbeauftragte',
};

/** One row of a list. `restricted`: the caller may see only metadata, so fields are left out. */
export const ItemSummarySchema = z.object({
  id: z.string(),
  state: ItemStateSchema,
  sourceName: z.string(),
  scanner: z.string().nullable(),
  receivedAt: z.string(),
  documentType: DocumentTypeSchema.nullable(),
  protectionLevel: ProtectionLevelSchema.nullable(),
  department: z.string().nullable(),
  confidence: z.number().nullable(),
  pageCount: z.number().int(),
  mightBeVeryHigh: z.boolean(),
  fields: FieldsSchema,
  /** Set for mail recorded by hand without opening it. */
  unopened: z.object({ kind: UnopenedKindSchema, addressee: z.string() }).nullable(),
  restricted: z.boolean(),
  updatedAt: z.string(),
  /** Frist computed from the receipt date; null: none found, or the caller sees metadata only. */
  deadline: DeadlineSchema.nullable().default(null),
  /** Set for a very-high item in review: its release needs two different mailroom people. */
  fourEyes: FourEyesSchema.nullable().default(null),
});
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

export const HistoryEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  fromState: ItemStateSchema.nullable(),
  toState: ItemStateSchema.nullable(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const PageInfoSchema = z.object({
  index: z.number().int().min(0),
  width: z.number().int(),
  height: z.number().int(),
  rotation: z.number().int(),
  source: z.enum(['ocr', 'text-layer']),
  confidence: z.number(),
  hasImage: z.boolean(),
});

/** Everything the Prüfplatz shows for one item. Restricted: text, fields, boxes and reasons are empty. */
export const ItemDetailSchema = z.object({
  item: ItemSchema,
  pages: z.array(PageInfoSchema),
  history: z.array(HistoryEntrySchema),
  unopened: ItemSummarySchema.shape.unopened,
  restricted: z.boolean(),
  deadline: DeadlineSchema.nullable().default(null),
  fourEyes: FourEyesSchema.nullable().default(null),
  /** When retention deleted the scan, page images and text (the metadata and the audit log stay). */
  contentDeletedAt: z.string().nullable().default(null),
});
export type ItemDetail = z.infer<typeof ItemDetailSchema>;

const Page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  itemId: z.string().nullable(),
  fromState: ItemStateSchema.nullable(),
  toState: ItemStateSchema.nullable(),
  /** Only for entries without an item (configuration, users): an item's reasons may quote the letter. */
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

export const WaveStatusSchema = WaveSchema.extend({
  /** The planned date has come (the console reminds IT). */
  due: z.boolean(),
  /** Every department of the wave is already in the target state for every protection level. */
  carriedOut: z.boolean(),
});

export const ConfigViewSchema = z.object({
  config: ConfigSchema,
  /** Where changes are written; null when the services run on an in-memory configuration. */
  file: z.string().nullable(),
});

const ItemRef = z.object({ id });

/** The answer when an item leaves the caller's scope (forwarded, returned): no item, just where it went. */
export const ItemMovedSchema = z.object({ itemId: z.string(), state: ItemStateSchema, department: z.string().nullable() });

/**
 * One quarantined scan as the mailroom's Quarantäne screen lists it. Deliberately no state and no
 * department: the list is metadata of a file that could not be read, which IT may see too.
 */
export const QuarantineEntrySchema = z.object({
  id: z.string(),
  sourceName: z.string(),
  scanner: z.string().nullable(),
  /** Eingangsdatum (scan time). */
  receivedAt: z.string(),
  /** When it went (last) into quarantine. */
  quarantinedAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int().nullable(),
  /** The file is in the quarantine folder; false: it was lost before it was stored (only discard is left). */
  fileAvailable: z.boolean(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

export const methods = {
  // --- session ---------------------------------------------------------------------------------
  'session.signIn': method({
    input: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
    output: z.object({ token: z.string(), user: SessionUserSchema }),
    access: 'public',
    description: 'Anmelden; liefert das Sitzungstoken für alle weiteren Aufrufe',
  }),
  'session.signOut': method({
    input: z.object({}),
    output: z.object({ signedOut: z.literal(true) }),
    access: ['mailroom', 'clerk', 'it'],
    description: 'Abmelden: das Token wird ungültig',
  }),
  'session.current': method({
    input: z.object({}),
    output: z.object({ user: SessionUserSchema.nullable() }),
    access: 'public',
    description: 'Wer ist angemeldet (null: niemand oder Sitzung abgelaufen)',
  }),

  // --- mailroom (Prüfplatz) --------------------------------------------------------------------
  'items.reviewQueue': method({
    input: z.object({ search, offset, limit }),
    output: Page(ItemSummarySchema),
    access: ['mailroom'],
    description: 'Zu prüfende Schriftstücke, ältester Eingang zuerst',
  }),
  'items.get': method({
    input: ItemRef,
    output: ItemDetailSchema,
    access: ['mailroom', 'clerk'],
    description: 'Ein Schriftstück mit Seiten, Feldquellen, Begründungen und Verlauf',
  }),
  'items.pageImage': method({
    input: z.object({ id, page: z.number().int().min(0) }),
    output: z.object({ mime: z.enum(['image/jpeg', 'image/png']), base64: z.string() }),
    access: ['mailroom', 'clerk'],
    description: 'Seitenbild (PNG, etwa 200 dpi) für den Betrachter',
  }),
  'items.correct': method({
    input: z.object({
      id,
      documentType: DocumentTypeSchema.optional(),
      protectionLevel: ProtectionLevelSchema.optional(),
      department: DepartmentCodeSchema.nullable().optional(),
      /** The complete set of fields after the correction (a field left out is removed). */
      fields: FieldsSchema.optional(),
      /** Eingangsdatum (ISO timestamp); changing it needs a reason, it moves deadlines. */
      receivedAt: z.iso.datetime({ offset: true }).optional(),
      reason: z.string().trim().max(1000).optional(),
    }),
    output: ItemDetailSchema,
    access: ['mailroom'],
    description: 'Art, Schutzbedarf, Abteilung oder Felder berichtigen (wird als Lernbeispiel gespeichert)',
  }),
  'items.release': method({
    input: ItemRef,
    output: ItemSummarySchema,
    access: ['mailroom'],
    description: 'Freigeben: an die Abteilung (zugestellt) oder auf den Papierweg, je nach Anschlussstand. '
      + 'Schutzbedarf sehr hoch: die erste Freigabe wartet auf die Bestätigung einer zweiten Person der Poststelle (fourEyes)',
  }),
  'items.setReceivedAt': method({
    input: z.object({
      id,
      /** Eingangsdatum (ISO timestamp), e.g. the last working day for mail found in the letterbox on Monday. */
      receivedAt: z.iso.datetime({ offset: true }),
      reason,
    }),
    output: ItemSummarySchema,
    access: ['mailroom'],
    description: 'Eingangsdatum berichtigen (mit Begründung, protokolliert); Fristen werden neu berechnet',
  }),
  'items.transferNote': method({
    input: ItemRef,
    output: z.object({
      note: TransferNoteSchema,
      /** The same note as plain German text, for printing or filing with the item. */
      text: z.string(),
    }),
    access: ['mailroom', 'clerk'],
    description: 'Transfervermerk nach TR-RESISCAN: Erfassung, Prüfsummen, Auffälligkeiten, Qualitätskontrolle, Freigabe',
  }),
  'items.releaseBulk': method({
    input: z.object({ minConfidence: z.number().min(0.5).max(1) }),
    output: z.object({
      released: z.array(z.object({ id: z.string(), state: ItemStateSchema })),
      /** Left for individual review: below the confidence, no department, or possibly very-high. */
      skipped: z.number().int(),
    }),
    access: ['mailroom'],
    description: 'Alle zu prüfenden Schriftstücke ab einer Sicherheit freigeben (nie Schutzbedarf sehr hoch)',
  }),
  'items.recordUnopened': method({
    input: z.object({
      addressee: z.string().trim().min(2).max(200),
      department: DepartmentCodeSchema,
      kind: UnopenedKindSchema,
      sender: z.string().trim().max(200).optional(),
      note: z.string().trim().max(1000).optional(),
    }),
    output: ItemSummarySchema,
    access: ['mailroom'],
    description: 'Ungeöffnete Post (persönlich/vertraulich) von Hand erfassen; sie geht auf den Papierweg',
  }),

  // --- paper path ------------------------------------------------------------------------------
  'paper.list': method({
    input: z.object({ date: isoDate.optional() }),
    output: z.object({
      /** null: everything not yet handed over; a date: what went to the paper path that day. */
      date: z.string().nullable(),
      groups: z.array(z.object({ department: z.string().nullable(), departmentName: z.string().nullable(), items: z.array(ItemSummarySchema) })),
      total: z.number().int(),
    }),
    access: ['mailroom'],
    description: 'Übergabeliste: Schriftstücke auf dem Papierweg, nach Abteilung gruppiert',
  }),
  'paper.markHandedOver': method({
    input: z.object({ ids: z.array(id).min(1).max(1000) }),
    output: z.object({ handedOver: z.array(z.string()) }),
    access: ['mailroom'],
    description: 'Als an den Boten übergeben markieren',
  }),

  // --- quarantine (unreadable scans) ------------------------------------------------------------
  'quarantine.list': method({
    input: z.object({}),
    output: z.object({ items: z.array(QuarantineEntrySchema), total: z.number().int() }),
    // IT reads too: a run of unreadable scans is usually a scanner setting or a software problem.
    access: ['mailroom', 'it'],
    description: 'Nicht lesbare Scans in der Quarantäne, mit Grund, ältester zuerst',
  }),
  'quarantine.retry': method({
    input: z.object({ id, reason: z.string().trim().max(1000).optional() }),
    output: z.object({
      id: z.string(),
      /** quarantined again (with `error`), duplicate (of `duplicateOf`), or where the pipeline put it. */
      state: ItemStateSchema,
      error: z.string().nullable(),
      duplicateOf: z.string().nullable(),
      documentType: DocumentTypeSchema.nullable(),
      department: z.string().nullable(),
    }),
    access: ['mailroom'],
    description: 'Quarantänedatei erneut verarbeiten (z. B. nach geänderter Scannereinstellung); bleibt sie unlesbar, kommt sie mit dem neuen Grund zurück',
  }),
  'quarantine.discard': method({
    input: z.object({ id, reason }),
    output: ItemMovedSchema,
    access: ['mailroom'],
    description: 'Quarantäneeintrag verwerfen (mit Begründung, z. B. »Papier neu gescannt als …«); die Datei löscht die Aufbewahrung',
  }),

  // --- unopened-mail register ------------------------------------------------------------------
  'unopened.list': method({
    input: z.object({
      /** open: not picked up yet; done: picked up or handed over. */
      state: z.enum(['open', 'done', 'all']).default('open'),
      /** Mailroom only: one department's entries (a clerk always gets the own department's). */
      department: DepartmentCodeSchema.optional(),
      offset,
      limit,
    }),
    output: Page(UnopenedEntrySchema),
    access: ['mailroom', 'clerk'],
    description: 'Register ungeöffneter Post: offene Einträge (Sachbearbeitung: nur der eigenen Abteilung)',
  }),
  'unopened.pickUp': method({
    input: z.object({
      id,
      /** Who took the letter (name as on the receipt). */
      pickedUpBy: z.string().trim().min(2, 'bitte den Namen angeben').max(200),
      /** When; defaults to now. */
      pickedUpAt: z.iso.datetime({ offset: true }).optional(),
    }),
    output: UnopenedEntrySchema,
    access: ['mailroom'],
    description: 'Abholquittung: wer den ungeöffneten Brief wann abgeholt hat; schließt den Eintrag',
  }),

  // --- department inbox ------------------------------------------------------------------------
  'inbox.list': method({
    input: z.object({
      sort: z.enum(['deadline', 'receivedAt']).default('deadline'),
      state: z.enum(['routed', 'claimed', 'done']).optional(),
      documentType: DocumentTypeSchema.optional(),
      search,
      offset,
      limit,
    }),
    output: Page(ItemSummarySchema),
    access: ['clerk'],
    description: 'Posteingang der eigenen Abteilung (Frist: früheste zuerst, ohne Frist zuletzt)',
  }),
  'items.claim': method({
    input: ItemRef,
    output: ItemSummarySchema,
    access: ['clerk'],
    description: 'Übernehmen (in Bearbeitung)',
  }),
  'items.done': method({
    input: ItemRef,
    output: ItemSummarySchema,
    access: ['clerk'],
    description: 'Als erledigt markieren',
  }),
  'items.forward': method({
    input: z.object({ id, department: DepartmentCodeSchema, reason }),
    output: ItemMovedSchema,
    access: ['clerk'],
    description: 'An eine andere Abteilung weiterleiten (Papierweg, wenn sie noch nicht angeschlossen ist)',
  }),
  'items.returnToMailroom': method({
    input: z.object({ id, reason }),
    output: ItemMovedSchema,
    access: ['clerk'],
    description: 'An die Poststelle zurückgeben (wieder zu prüfen)',
  }),
  'items.history': method({
    input: ItemRef,
    output: z.object({ entries: z.array(HistoryEntrySchema) }),
    access: ['mailroom', 'clerk'],
    description: 'Verlauf eines Schriftstücks aus dem Protokoll',
  }),

  // --- IT console ------------------------------------------------------------------------------
  'config.get': method({
    input: z.object({}),
    output: ConfigViewSchema,
    // Read-only for every signed-in role: the mailroom and clerks need the departments and their
    // rollout for the department pickers. The configuration holds no letter content and no secrets.
    access: ['mailroom', 'clerk', 'it'],
    description: 'Die geltende Konfiguration',
  }),
  'config.setRollout': method({
    input: z.object({ department: DepartmentCodeSchema, level: ProtectionLevelSchema, state: RolloutStateSchema }),
    output: ConfigViewSchema,
    access: ['it'],
    description: 'Anschlussstand einer Abteilung für einen Schutzbedarf setzen',
  }),
  'config.update': method({
    // Checked against ConfigSchema by the handler, so the issues' paths start at the config's own keys.
    input: z.object({ config: z.unknown() }),
    output: ConfigViewSchema.extend({
      /** Scanner folders changed: the watcher picks them up after a restart. */
      restartNeeded: z.boolean(),
    }),
    access: ['it'],
    description: 'Konfiguration ersetzen (geprüft, in die Datei geschrieben, protokolliert)',
  }),
  'waves.list': method({
    input: z.object({}),
    output: z.object({ waves: z.array(WaveStatusSchema), today: z.string() }),
    access: ['it'],
    description: 'Geplante Anschlusswellen mit Fälligkeit',
  }),
  'waves.execute': method({
    input: z.object({ id }),
    output: ConfigViewSchema.extend({
      changed: z.array(z.object({ department: z.string(), from: z.record(z.string(), RolloutStateSchema), to: RolloutStateSchema })),
    }),
    access: ['it'],
    description: 'Welle durchführen: ihre Abteilungen gehen in den Zielzustand',
  }),
  'rules.test': method({
    input: z.object({ text: z.string().min(1).max(100_000) }),
    output: z.object({
      classification: ClassificationSchema,
      route: z.object({ state: ItemStateSchema, reason: z.string() }),
    }),
    access: ['it'],
    description: 'Eingefügten Text mit den geltenden Regeln einordnen (nichts wird gespeichert)',
  }),
  'stats.dashboard': method({
    input: z.object({ days: z.number().int().min(1).max(366).default(30) }),
    output: z.object({
      from: z.string(),
      to: z.string(),
      itemsPerDay: z.array(z.object({ date: z.string(), received: z.number().int(), released: z.number().int() })),
      queues: z.array(z.object({
        department: z.string(), name: z.string(), needsReview: z.number().int(), routed: z.number().int(),
        claimed: z.number().int(), paper: z.number().int(),
      })),
      pickup: z.array(z.object({ department: z.string(), count: z.number().int(), medianMinutes: z.number(), meanMinutes: z.number() })),
      release: z.object({ automatic: z.number().int(), reviewed: z.number().int(), shareAutomatic: z.number().nullable() }),
      correctionsPerType: z.array(z.object({
        documentType: DocumentTypeSchema, classified: z.number().int(), corrected: z.number().int(), share: z.number().nullable(),
      })),
    }),
    access: ['it'],
    description: 'Pilotkennzahlen: Eingang je Tag, Warteschlangen, Zeit bis zur Übernahme, Anteil ohne Prüfung, Korrekturen',
  }),
  'audit.list': method({
    input: z.object({ offset, limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({ entries: z.array(AuditEntrySchema), total: z.number().int() }),
    access: ['it'],
    description: 'Protokoll, neueste zuerst (nur Metadaten)',
  }),
  'users.list': method({
    input: z.object({}),
    output: z.object({ users: z.array(SessionUserSchema) }),
    access: ['it'],
    description: 'Benutzerkonten',
  }),
  'users.create': method({
    input: NewUserSchema,
    output: z.object({ user: SessionUserSchema }),
    access: ['it'],
    description: 'Benutzerkonto anlegen (Passwort wird nur als Hash gespeichert)',
  }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
