// Retention (Aufbewahrung/Löschung): a configured number of days after an item is done (or
// discarded), its scan, page images and text are deleted. What stays: the item's metadata (type,
// department, dates, fields as the register entry, SHA-256 of the original) and the audit log, which
// gets one row per item naming what was deleted. Files go first, then the rows: a crash in between
// leaves files already gone and the next run records it (deleting a missing file is not an error).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../contract/config.ts';
import { DOCUMENT_TYPE_LABELS, type DocumentType, type ItemState } from '../../contract/domain.ts';
import { appendEvent } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import type { Logger } from '../log.ts';
import { CONTENT_DELETED_EVENT } from './transferNote.ts';
import { forgetExampleText } from '../learning.ts';
import { inQuarantineFolder, quarantineNoteOf } from '../claim.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The end states after which the retention period runs. */
export const RETENTION_STATES: readonly ItemState[] = ['done', 'discarded'];

export interface RetentionDeps {
  db: Db;
  config: Config;
  now: Date;
  actor?: string;
  dryRun?: boolean;
}

export interface RetentionEntry {
  id: string;
  documentType: DocumentType | null;
  /** When the item reached its end state. */
  endedAt: string;
  days: number;
  /** What was (or, in a dry run, would be) deleted. */
  deleted: string[];
}

export interface RetentionResult { dryRun: boolean; checked: number; entries: RetentionEntry[] }

interface Candidate {
  id: string; state: string; document_type: string | null; stored_path: string | null; ended_at: string | null;
}

export function retentionDays(config: Pick<Config, 'retention'>, documentType: DocumentType | null): number {
  return (documentType ? config.retention.byType[documentType] : undefined) ?? config.retention.defaultDays;
}

/** Deletes what is due (or, with dryRun, only lists it). */
export async function runRetention(deps: RetentionDeps): Promise<RetentionResult> {
  const { db, config, now } = deps;
  const actor = deps.actor ?? 'system';
  const marks = RETENTION_STATES.map(() => '?').join(', ');
  // Unopened mail has no content to delete: its register entry is the record.
  const candidates = db.prepare(`SELECT i.id, i.state, i.document_type, i.stored_path,
      (SELECT MAX(e.at) FROM events e WHERE e.item_id = i.id AND e.type = 'item.state' AND e.to_state = i.state) AS ended_at
    FROM items i WHERE i.state IN (${marks}) AND i.content_deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM unopened u WHERE u.item_id = i.id)
    ORDER BY i.id`).all(...RETENTION_STATES) as Candidate[];
  const entries: RetentionEntry[] = [];
  for (const candidate of candidates) {
    if (!candidate.ended_at) continue;
    const documentType = candidate.document_type as DocumentType | null;
    const days = retentionDays(config, documentType);
    if (Date.parse(candidate.ended_at) + days * DAY_MS > now.getTime()) continue;
    const entry = await deleteContent(deps, candidate, days, actor);
    entries.push({ id: candidate.id, documentType, endedAt: candidate.ended_at, days, deleted: entry });
  }
  return { dryRun: deps.dryRun ?? false, checked: candidates.length, entries };
}

async function deleteContent(deps: RetentionDeps, item: Candidate, days: number, actor: string): Promise<string[]> {
  const { db, config } = deps;
  const deleted: string[] = [];
  const files: string[] = [];
  if (item.stored_path) {
    // Content-addressed: the same file may stand for another item (a later scan of the same letter).
    const shared = db.prepare(`SELECT id FROM items WHERE stored_path = ? AND id <> ? AND content_deleted_at IS NULL
      AND (duplicate_of IS NULL OR duplicate_of <> ?) LIMIT 1`).get(item.stored_path, item.id, item.id) as { id: string } | undefined;
    if (shared) deleted.push(`Originaldatei bleibt (gehört auch zu ${shared.id})`);
    else {
      files.push(item.stored_path);
      deleted.push(`Originaldatei ${item.stored_path}`);
    }
    // A discarded quarantined scan: its file is in quarantine/, with the note of the reason next to it.
    if (inQuarantineFolder(item.stored_path)) {
      files.push(quarantineNoteOf(item.stored_path));
      deleted.push(`Quarantänevermerk ${quarantineNoteOf(item.stored_path)}`);
    }
  }
  const images = (db.prepare('SELECT image_path FROM pages WHERE item_id = ? AND image_path IS NOT NULL').all(item.id) as { image_path: string }[])
    .map((row) => row.image_path);
  files.push(...images);
  if (images.length > 0) deleted.push(`${images.length} Seitenbild${images.length === 1 ? '' : 'er'}`);
  deleted.push('Text (OCR), Wortpositionen, Feldquellen und Begründungen');
  const learnedFromText = db.prepare(`SELECT 1 FROM learning_examples WHERE item_id = ? AND representation = 'text'`).get(item.id);
  if (learnedFromText) deleted.push('Text des Lernbeispiels (es bleiben nur gehashte Merkmale)');
  if (deps.dryRun) return deleted;

  for (const file of files) await rm(path.join(config.dataDir, file), { force: true });
  await rm(path.join(config.dataDir, 'pages', item.id), { recursive: true, force: true });

  const at = deps.now.toISOString();
  const label = item.document_type ? DOCUMENT_TYPE_LABELS[item.document_type as DocumentType] : 'ohne Dokumentart';
  db.transaction(() => {
    db.prepare(`UPDATE items SET text = '', field_sources = '{}', reasons = '[]', content_deleted_at = ?, updated_at = ? WHERE id = ?`)
      .run(at, at, item.id);
    db.prepare(`UPDATE pages SET text = '', words = '[]', image_path = NULL WHERE item_id = ?`).run(item.id);
    // The machine's reasons may quote the letter; the labels (type, department, fields) stay.
    db.prepare(`UPDATE decisions SET reasons = '[]' WHERE item_id = ?`).run(item.id);
    forgetExampleText(db, item.id);
    appendEvent(db, {
      at, actor, itemId: item.id, type: CONTENT_DELETED_EVENT, fromState: item.state as ItemState, toState: item.state as ItemState,
      reason: `Aufbewahrungsfrist abgelaufen: ${days} Tage nach Abschluss (${label})`,
      data: { deleted, days, endedAt: item.ended_at, documentType: item.document_type },
    });
    // Duplicates point at this item's file: their reference goes with it.
    const duplicates = db.prepare(`SELECT id, state FROM items WHERE duplicate_of = ? AND content_deleted_at IS NULL`).all(item.id) as { id: string; state: ItemState }[];
    for (const duplicate of duplicates) {
      db.prepare(`UPDATE items SET content_deleted_at = ?, updated_at = ? WHERE id = ?`).run(at, at, duplicate.id);
      appendEvent(db, {
        at, actor, itemId: duplicate.id, type: CONTENT_DELETED_EVENT, fromState: duplicate.state, toState: duplicate.state,
        reason: `Original ${item.id} nach Ablauf der Aufbewahrungsfrist gelöscht`, data: { deleted: [`Verweis auf ${item.stored_path ?? 'die Originaldatei'}`], original: item.id },
      });
    }
  })();
  return deleted;
}

export interface RetentionSchedule {
  /** Runs once now (also what the timer calls); never runs twice at the same time. */
  runNow(): Promise<RetentionResult | undefined>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** The periodic run of `epost run`, `epost serve` and the desktop app (config.retention.intervalMinutes). */
export function startRetentionSchedule(deps: { db: Db; config: () => Config; clock: () => Date; log: Logger }): RetentionSchedule {
  let running: Promise<RetentionResult | undefined> | undefined;
  let stopped = false;
  const runNow = () => {
    running ??= runRetention({ db: deps.db, config: deps.config(), now: deps.clock() })
      .then((result) => {
        if (result.entries.length > 0) deps.log('info', 'retention: content deleted', { items: result.entries.length });
        return result;
      })
      .catch((error: Error) => {
        // The database may be closing at shutdown; the next run tries again.
        if (!stopped) deps.log('error', 'retention run failed', { error: error.message });
        return undefined;
      })
      .finally(() => { running = undefined; });
    return running;
  };
  const timer = setInterval(() => void runNow(), deps.config().retention.intervalMinutes * 60_000);
  timer.unref();
  const first = setTimeout(() => void runNow(), 5_000);
  first.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
