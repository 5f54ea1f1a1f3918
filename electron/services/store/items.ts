// Store functions for items: each takes the database first (tested on ':memory:').
// A state change and its audit event are written in one transaction: no transition without its row.
import { dirname } from 'node:path';
import { ItemSchema, PageSchema, type Item, type Page } from '../../contract/items.ts';
import type { Classification, DocumentType, Fields, ItemState, ProtectionLevel } from '../../contract/domain.ts';
import type { Word } from '../../../ocr/types.ts';
import { DeadlineSchema, type Deadline } from '../../contract/records.ts';
import { computeDeadline, receiptDate } from '../records/deadlines.ts';
import { appendEvent } from './audit.ts';
import type { Db } from './db.ts';

interface ItemRow {
  id: string; state: string; source_name: string; source_path: string | null; scanner: string | null;
  sha256: string; stored_path: string | null; size_bytes: number | null; page_count: number; received_at: string;
  document_type: string | null; protection_level: string | null; department: string | null; confidence: number | null;
  fields: string; field_sources: string; reasons: string; might_be_very_high: number; text: string;
  error: string | null; duplicate_of: string | null; created_at: string; updated_at: string;
}

function toItem(row: ItemRow): Item {
  return ItemSchema.parse({
    id: row.id, state: row.state, sourceName: row.source_name, scanner: row.scanner, sha256: row.sha256,
    storedPath: row.stored_path, sizeBytes: row.size_bytes, pageCount: row.page_count, receivedAt: row.received_at,
    documentType: row.document_type, protectionLevel: row.protection_level, department: row.department,
    confidence: row.confidence, fields: JSON.parse(row.fields), fieldSources: JSON.parse(row.field_sources),
    reasons: JSON.parse(row.reasons), mightBeVeryHigh: row.might_be_very_high === 1, text: row.text,
    error: row.error, duplicateOf: row.duplicate_of, createdAt: row.created_at, updatedAt: row.updated_at,
  });
}

export interface Actor { actor: string; at: string }

export interface NewItem {
  id: string;
  state: Extract<ItemState, 'received' | 'duplicate' | 'quarantined'>;
  sourceName: string;
  sourcePath: string | null;
  scanner: string | null;
  sha256: string;
  sizeBytes: number | null;
  receivedAt: string;
  error?: string | null;
  duplicateOf?: string | null;
}

export function insertItem(db: Db, item: NewItem, by: Actor, reason?: string): Item {
  db.transaction(() => {
    db.prepare(`INSERT INTO items (id, state, source_name, source_path, scanner, sha256, size_bytes, received_at,
        error, duplicate_of, created_at, updated_at)
      VALUES (@id, @state, @sourceName, @sourcePath, @scanner, @sha256, @sizeBytes, @receivedAt, @error, @duplicateOf, @at, @at)`)
      .run({ ...item, error: item.error ?? null, duplicateOf: item.duplicateOf ?? null, at: by.at });
    appendEvent(db, {
      at: by.at, actor: by.actor, itemId: item.id, type: 'item.created', fromState: null, toState: item.state,
      reason: reason ?? item.error ?? null,
      // What the transfer note needs about the capture, fixed in the hash chain from the start.
      data: {
        sourceName: item.sourceName, sha256: item.sha256, scanner: item.scanner, sizeBytes: item.sizeBytes,
        folder: item.sourcePath ? dirname(item.sourcePath) : null,
      },
    });
  })();
  return getItem(db, item.id)!;
}

export function getItem(db: Db, id: string): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

export function sourcePathOf(db: Db, id: string): string | null {
  return (db.prepare('SELECT source_path FROM items WHERE id = ?').get(id) as { source_path: string | null } | undefined)?.source_path ?? null;
}

/** The first item with this content that counts as an original (not itself a duplicate or quarantined). */
export function findOriginalBySha(db: Db, sha256: string): Item | undefined {
  // An item whose content retention deleted is no original any more: the same letter scanned again is new.
  const row = db.prepare(`SELECT * FROM items WHERE sha256 = ? AND state NOT IN ('duplicate', 'quarantined') AND content_deleted_at IS NULL
    ORDER BY created_at LIMIT 1`).get(sha256) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

export function itemsInStates(db: Db, states: readonly ItemState[]): Item[] {
  const marks = states.map(() => '?').join(', ');
  return (db.prepare(`SELECT * FROM items WHERE state IN (${marks}) ORDER BY received_at, id`).all(...states) as ItemRow[]).map(toItem);
}

export function setStoredPath(db: Db, id: string, storedPath: string, at: string): void {
  db.prepare('UPDATE items SET stored_path = ?, updated_at = ? WHERE id = ?').run(storedPath, at, id);
}

/**
 * A quarantined scan taken back for another attempt: its content as it is now (the file may have been
 * replaced by a good one), where it points if that content is known, and no error any more (the audit
 * log keeps the old reason). No audit row: the caller pairs it with `transition` in one transaction.
 */
export function resetQuarantined(db: Db, id: string, content: { sha256: string; sizeBytes: number; duplicateOf: string | null; storedPath: string | null }, at: string): void {
  db.prepare(`UPDATE items SET sha256 = @sha256, size_bytes = @sizeBytes, duplicate_of = @duplicateOf,
      stored_path = COALESCE(@storedPath, stored_path), error = NULL, updated_at = @at WHERE id = @id AND state = 'quarantined'`)
    .run({ ...content, at, id });
}

export interface TransitionOptions extends Actor {
  reason?: string | null;
  data?: Record<string, unknown> | null;
  /** Only move when the item is in one of these states (guards against double processing). */
  from?: readonly ItemState[];
  error?: string | null;
}

export class TransitionError extends Error {
  override name = 'TransitionError';
}

/** Moves an item to a new state and writes the audit row, atomically. */
export function transition(db: Db, id: string, to: ItemState, options: TransitionOptions): Item {
  return db.transaction(() => {
    const current = getItem(db, id);
    if (!current) throw new TransitionError(`item ${id} does not exist`);
    if (options.from && !options.from.includes(current.state)) {
      throw new TransitionError(`item ${id} is ${current.state}, expected ${options.from.join(' or ')}`);
    }
    db.prepare('UPDATE items SET state = ?, error = COALESCE(?, error), updated_at = ? WHERE id = ?')
      .run(to, options.error ?? null, options.at, id);
    appendEvent(db, {
      at: options.at, actor: options.actor, itemId: id, type: 'item.state', fromState: current.state, toState: to,
      reason: options.reason ?? null, data: options.data ?? null,
    });
    return getItem(db, id)!;
  })();
}

export interface StoredPage {
  index: number; width: number; height: number; source: 'ocr' | 'text-layer'; rotation: number;
  confidence: number; text: string; words: Word[]; imagePath: string | null;
}

/** The item's pages as recognised now (the earlier set goes: a later pass knows more pages). */
export function replacePages(db: Db, id: string, pages: StoredPage[]): void {
  db.prepare('DELETE FROM pages WHERE item_id = ?').run(id);
  const insertPage = db.prepare(`INSERT INTO pages (item_id, page_index, width, height, source, rotation, confidence, text, words, image_path)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const page of pages) {
    insertPage.run(id, page.index, page.width, page.height, page.source, page.rotation, page.confidence, page.text,
      JSON.stringify(page.words), page.imagePath);
  }
}

/** Writes what recognition and classification found; the state change is a separate transition. */
export function saveRecognition(db: Db, id: string, pages: StoredPage[], classification: Classification, by: Actor): void {
  db.transaction(() => {
    replacePages(db, id, pages);
    db.prepare(`UPDATE items SET page_count = ?, text = ?, document_type = ?, protection_level = ?, department = ?,
        confidence = ?, fields = ?, field_sources = ?, reasons = ?, might_be_very_high = ?, updated_at = ? WHERE id = ?`)
      .run(pages.length, pages.map((p) => p.text).join('\n\f\n'), classification.documentType, classification.protectionLevel,
        classification.department, classification.confidence, JSON.stringify(classification.fields),
        JSON.stringify(classification.fieldSources), JSON.stringify(classification.reasons),
        classification.mightBeVeryHigh ? 1 : 0, by.at, id);
    db.prepare(`INSERT INTO decisions (item_id, at, actor, kind, document_type, protection_level, department, confidence, fields, reasons)
      VALUES (?, ?, ?, 'machine', ?, ?, ?, ?, ?, ?)`)
      .run(id, by.at, by.actor, classification.documentType, classification.protectionLevel, classification.department,
        classification.confidence, JSON.stringify(classification.fields), JSON.stringify(classification.reasons));
    refreshDeadline(db, id);
  })();
}

/** Recomputes the item's deadline from its text, receipt date and fields, and stores it for sorting. */
export function refreshDeadline(db: Db, id: string): Deadline | null {
  const row = db.prepare('SELECT text, received_at, fields FROM items WHERE id = ?').get(id) as { text: string; received_at: string; fields: string } | undefined;
  if (!row) return null;
  const fields = JSON.parse(row.fields) as Fields;
  const deadline = computeDeadline({ text: row.text, receivedAt: row.received_at, letterDate: fields.letterDate, dueDate: fields.dueDate });
  db.prepare('UPDATE items SET deadline = ?, deadline_date = ? WHERE id = ?').run(JSON.stringify(deadline), deadline?.date ?? null, id);
  return deadline;
}

/** The stored deadline; computed now for rows stored before deadlines existed. */
export function deadlineOf(db: Db, id: string): Deadline | null {
  const row = db.prepare('SELECT deadline FROM items WHERE id = ?').get(id) as { deadline: string | null } | undefined;
  if (!row) return null;
  if (row.deadline === null) return refreshDeadline(db, id);
  const parsed: unknown = JSON.parse(row.deadline);
  return parsed === null ? null : DeadlineSchema.parse(parsed);
}

/** Computes the deadlines not computed yet (rows from before migration 0004), in one transaction. */
export function fillMissingDeadlines(db: Db, department: string | null): number {
  const ids = (department === null
    ? db.prepare('SELECT id FROM items WHERE deadline IS NULL').all()
    : db.prepare('SELECT id FROM items WHERE deadline IS NULL AND department = ?').all(department)) as { id: string }[];
  if (ids.length > 0) db.transaction(() => { for (const { id } of ids) refreshDeadline(db, id); })();
  return ids.length;
}

/**
 * Changes the receipt date (Eingangsdatum): the stored timestamp, the `receivedAt` field (the
 * stamp's calendar day) and the deadline, with one audit row naming both dates and the reason.
 */
export function setReceivedAt(db: Db, id: string, receivedAt: string, by: Actor & { reason: string }): Item {
  return db.transaction(() => {
    const before = getItem(db, id);
    if (!before) throw new TransitionError(`item ${id} does not exist`);
    const fields: Fields = { ...before.fields, receivedAt: receiptDate(receivedAt) };
    db.prepare('UPDATE items SET received_at = ?, fields = ?, updated_at = ? WHERE id = ?').run(receivedAt, JSON.stringify(fields), by.at, id);
    const deadline = refreshDeadline(db, id);
    appendEvent(db, {
      at: by.at, actor: by.actor, itemId: id, type: 'item.receivedAt', fromState: before.state, toState: before.state,
      reason: by.reason, data: { from: before.receivedAt, to: receivedAt, deadline: deadline?.date ?? null },
    });
    return getItem(db, id)!;
  })();
}

export function pagesOf(db: Db, id: string): Page[] {
  const rows = db.prepare('SELECT * FROM pages WHERE item_id = ? ORDER BY page_index').all(id) as {
    item_id: string; page_index: number; width: number; height: number; source: string; rotation: number;
    confidence: number; text: string; image_path: string | null;
  }[];
  return rows.map((row) => PageSchema.parse({
    itemId: row.item_id, index: row.page_index, width: row.width, height: row.height, source: row.source,
    rotation: row.rotation, confidence: row.confidence, text: row.text, imagePath: row.image_path,
  }));
}

/** What the mailroom may change about an item besides its state. */
export interface ClassificationPatch {
  documentType?: DocumentType;
  protectionLevel?: ProtectionLevel;
  department?: string | null;
  fields?: Fields;
  receivedAt?: string;
}

/** Writes the given values; no audit row (callers pair it with `transition` or `saveCorrection`). */
export function updateClassification(db: Db, id: string, patch: ClassificationPatch, at: string): void {
  const columns: Record<string, unknown> = {};
  if (patch.documentType !== undefined) columns['document_type'] = patch.documentType;
  if (patch.protectionLevel !== undefined) columns['protection_level'] = patch.protectionLevel;
  if (patch.department !== undefined) columns['department'] = patch.department;
  if (patch.fields !== undefined) columns['fields'] = JSON.stringify(patch.fields);
  if (patch.receivedAt !== undefined) columns['received_at'] = patch.receivedAt;
  const names = Object.keys(columns);
  if (names.length === 0) return;
  db.prepare(`UPDATE items SET ${names.map((name) => `${name} = @${name}`).join(', ')}, updated_at = @at WHERE id = @id`)
    .run({ ...columns, at, id });
  // Fields (letter date, due date) and the receipt date move the deadline.
  if (patch.fields !== undefined || patch.receivedAt !== undefined) refreshDeadline(db, id);
}

/**
 * The mailroom's correction: the new values, a 'correction' decision row (the labelled example the
 * model learns from: the item's values after the correction) and one audit row, in one transaction.
 */
export function saveCorrection(db: Db, id: string, patch: ClassificationPatch, by: Actor & { reason?: string | null }): Item {
  return db.transaction(() => {
    const before = getItem(db, id);
    if (!before) throw new TransitionError(`item ${id} does not exist`);
    updateClassification(db, id, patch, by.at);
    const after = getItem(db, id)!;
    // The audit row names what changed; the field values themselves stay in the decisions table.
    const changed: Record<string, unknown> = {};
    if (before.documentType !== after.documentType) changed['documentType'] = { from: before.documentType, to: after.documentType };
    if (before.protectionLevel !== after.protectionLevel) changed['protectionLevel'] = { from: before.protectionLevel, to: after.protectionLevel };
    if (before.department !== after.department) changed['department'] = { from: before.department, to: after.department };
    if (before.receivedAt !== after.receivedAt) changed['receivedAt'] = { from: before.receivedAt, to: after.receivedAt };
    const fieldNames = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)] as (keyof Fields)[]);
    const changedFields = [...fieldNames].filter((name) => before.fields[name] !== after.fields[name]);
    if (changedFields.length > 0) changed['fields'] = changedFields;
    db.prepare(`INSERT INTO decisions (item_id, at, actor, kind, document_type, protection_level, department, confidence, fields, reasons)
      VALUES (?, ?, ?, 'correction', ?, ?, ?, NULL, ?, ?)`)
      .run(id, by.at, by.actor, after.documentType, after.protectionLevel, after.department, JSON.stringify(after.fields),
        JSON.stringify(by.reason ? [{ decision: 'documentType', message: by.reason }] : []));
    appendEvent(db, {
      at: by.at, actor: by.actor, itemId: id, type: 'item.corrected', fromState: after.state, toState: after.state,
      reason: by.reason ?? null, data: changed,
    });
    return after;
  })();
}
