// The transfer note (Transfervermerk) of BSI TR-03138 (TR-RESISCAN) for one item: who captured it
// (scanner, folder), when, the SHA-256 of the original taken at capture and whether the stored copy
// still matches it, pages and irregularities, the quality check and who released it. Built from the
// audit log (and the item's pages), never stored on its own, so it cannot drift from the log.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_TYPE_LABELS, ITEM_STATE_LABELS, PROTECTION_LABELS, type ItemState } from '../../contract/domain.ts';
import type { AuditEvent, Item } from '../../contract/items.ts';
import { IRREGULARITY_KINDS, TransferNoteSchema, type TransferNote } from '../../contract/records.ts';
import { eventsOfItem } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { pagesOf } from '../store/items.ts';
import { germanDate, receiptDate } from './deadlines.ts';
import { FIRST_RELEASE_EVENT } from './fourEyes.ts';

export const CONTENT_DELETED_EVENT = 'item.contentDeleted';
/** Below this mean word confidence a page's recognition is noted as unsure. */
export const LOW_CONFIDENCE = 0.6;

type Irregularity = TransferNote['irregularities'][number];
type Release = TransferNote['releases'][number];
type Integrity = TransferNote['originals'][number]['integrity'];

async function sha256Of(file: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const RELEASED: readonly ItemState[] = ['routed', 'paper', 'discarded'];

export interface TransferNoteContext {
  db: Db;
  dataDir: string;
  organisation: string;
  now: Date;
  by: string;
}

export async function buildTransferNote(ctx: TransferNoteContext, item: Item): Promise<TransferNote> {
  const events = eventsOfItem(ctx.db, item.id);
  const created = events.find((event) => event.type === 'item.created');
  const capturedData = created?.data ?? {};
  const unopened = ctx.db.prepare('SELECT 1 FROM unopened WHERE item_id = ?').get(item.id) !== undefined;
  const extra = ctx.db.prepare('SELECT content_deleted_at, source_path FROM items WHERE id = ?').get(item.id) as { content_deleted_at: string | null; source_path: string | null };
  const irregularities: Irregularity[] = [];
  const note = (kind: Irregularity['kind'], message: string, page: number | null = null) => irregularities.push({ kind, page, message });

  // --- capture and integrity ---
  const folder = str(capturedData['folder']) ?? (extra.source_path ? path.dirname(extra.source_path) : null);
  const scanner = str(capturedData['scanner']) ?? item.scanner;
  const capturedSha = str(capturedData['sha256']) ?? item.sha256;
  let integrity: Integrity;
  if (unopened) integrity = 'not-applicable';
  else if (extra.content_deleted_at) integrity = 'deleted-by-retention';
  else if (!item.storedPath) integrity = 'missing';
  else {
    const now = await sha256Of(path.join(ctx.dataDir, item.storedPath));
    integrity = now === null ? 'missing' : now === capturedSha ? 'unchanged' : 'changed';
  }
  if (integrity === 'changed') note('original-changed', 'Die gespeicherte Datei stimmt nicht mehr mit der Prüfsumme der Erfassung überein');
  if (integrity === 'missing') note('original-missing', 'Die gespeicherte Originaldatei fehlt');
  if (capturedSha !== item.sha256) note('original-changed', 'Die Prüfsumme am Schriftstück weicht von der im Protokoll ab');
  if (unopened) note('not-scanned', 'Ungeöffnet von Hand erfasst: nicht geöffnet, nicht gescannt');

  // --- receipt date ---
  const changes: TransferNote['receipt']['changes'] = [];
  for (const event of events) {
    const data = event.data ?? {};
    if (event.type === 'item.receivedAt') {
      changes.push({ at: event.at, by: event.actor, from: String(data['from']), to: String(data['to']), reason: event.reason });
    } else if (event.type === 'item.corrected' && data['receivedAt'] && typeof data['receivedAt'] === 'object') {
      const change = data['receivedAt'] as Record<string, unknown>;
      changes.push({ at: event.at, by: event.actor, from: String(change['from']), to: String(change['to']), reason: event.reason });
    }
  }
  for (const change of changes) note('receipt-date-changed', `Eingangsdatum von ${germanDate(receiptDate(change.from))} auf ${germanDate(receiptDate(change.to))} geändert durch ${change.by}${change.reason ? `: ${change.reason}` : ''}`);

  // --- pages ---
  const deleted = extra.content_deleted_at !== null;
  const pages = pagesOf(ctx.db, item.id).map((page) => {
    // After retention the text is gone; an OCR page without any word still shows as confidence 0.
    const blank = page.confidence === 0 || (!deleted && page.text.trim().length < 3);
    if (page.rotation !== 0) note('rotated-page', `Seite ${page.index + 1} gedreht (${page.rotation}°)`, page.index);
    if (blank) note('blank-page', `Seite ${page.index + 1} leer oder ohne erkennbaren Text`, page.index);
    else if (page.source === 'ocr' && page.confidence < LOW_CONFIDENCE) {
      note('low-confidence', `Seite ${page.index + 1}: Texterkennung unsicher (${Math.round(page.confidence * 100)} %)`, page.index);
    }
    return { index: page.index, rotation: page.rotation, confidence: page.confidence, source: page.source, blank };
  });

  // --- state history: quarantine, duplicates, returns, releases ---
  const releases: Release[] = [];
  let quarantineReason: string | null = null;
  for (const event of events) {
    if (event.type === FIRST_RELEASE_EVENT) {
      releases.push({ at: event.at, by: event.actor, step: 'first-release', toState: event.toState ?? item.state, reason: event.reason });
    }
    if (event.toState === 'quarantined') {
      quarantineReason = event.reason;
      note('quarantined', `Quarantäne: ${event.reason ?? 'nicht lesbar'}`);
    }
    if (event.type !== 'item.state' || !event.toState) continue;
    if (event.fromState && ['routed', 'claimed'].includes(event.fromState) && event.toState === 'needs-review') {
      note('returned-to-mailroom', `von ${event.actor} an die Poststelle zurückgegeben${event.reason ? `: ${event.reason}` : ''}`);
    }
    if (RELEASED.includes(event.toState) && (event.fromState === 'processing' || event.fromState === 'needs-review')) {
      releases.push({ at: event.at, by: event.actor, step: event.fromState === 'processing' ? 'automatic' : 'release', toState: event.toState, reason: event.reason });
    }
  }
  if (item.state === 'duplicate') note('duplicate', `Gleicher Inhalt wie ${item.duplicateOf ?? 'ein früheres Schriftstück'}: nicht erneut verarbeitet`);

  const qualityCheck = ((): TransferNote['qualityCheck'] => {
    if (unopened) return { result: 'not-applicable', mode: 'none', by: [], at: null, message: 'nicht geöffnet, daher keine Sichtprüfung' };
    if (item.state === 'quarantined') return { result: 'failed', mode: 'automatic', by: ['system'], at: null, message: quarantineReason ?? 'nicht lesbar' };
    if (item.state === 'duplicate') return { result: 'not-applicable', mode: 'none', by: [], at: null, message: 'Duplikat: geprüft wird das Original' };
    const last = [...releases].reverse().find((release) => release.step !== 'first-release');
    if (!last) return { result: 'pending', mode: 'none', by: [], at: null, message: 'noch nicht freigegeben' };
    if (last.step === 'automatic') return { result: 'passed', mode: 'automatic', by: ['system'], at: last.at, message: `ohne Sichtprüfung: ${last.reason ?? ''}`.trim() };
    const releaseEvent = [...events].reverse().find((event) => event.at === last.at && event.actor === last.by && event.type === 'item.state');
    const fourEyes = releaseEvent?.data?.['fourEyes'] as Record<string, unknown> | undefined;
    if (fourEyes) {
      const first = String(fourEyes['first']);
      return { result: 'passed', mode: 'four-eyes', by: [first, last.by], at: last.at, message: `Sichtprüfung nach dem Vier-Augen-Prinzip: ${first} und ${last.by}` };
    }
    return { result: 'passed', mode: 'individual', by: [last.by], at: last.at, message: `Sichtprüfung durch ${last.by}` };
  })();

  const retentionEvent = events.find((event) => event.type === CONTENT_DELETED_EVENT);
  const retention = retentionEvent
    ? { deletedAt: retentionEvent.at, deleted: Array.isArray(retentionEvent.data?.['deleted']) ? (retentionEvent.data['deleted'] as unknown[]).map(String) : [] }
    : null;

  const last: AuditEvent | undefined = events.at(-1);
  return TransferNoteSchema.parse({
    itemId: item.id,
    organisation: ctx.organisation,
    standard: 'BSI TR-03138 (TR-RESISCAN), Transfervermerk',
    generatedAt: ctx.now.toISOString(),
    generatedBy: ctx.by,
    document: {
      sourceName: item.sourceName, state: item.state, documentType: item.documentType, protectionLevel: item.protectionLevel,
      department: item.department, pageCount: item.pageCount,
    },
    capture: {
      method: unopened ? 'unopened' : scanner || folder ? 'scan' : 'file',
      at: created?.at ?? item.createdAt,
      by: created?.actor ?? 'system',
      scanner,
      folder,
    },
    originals: unopened ? [] : [{
      name: str(capturedData['sourceName']) ?? item.sourceName,
      sha256: capturedSha,
      sizeBytes: typeof capturedData['sizeBytes'] === 'number' ? capturedData['sizeBytes'] : item.sizeBytes,
      capturedAt: created?.at ?? item.createdAt,
      integrity,
    }],
    receipt: { receivedAt: item.receivedAt, receiptDate: receiptDate(item.receivedAt), changes },
    pages,
    irregularities: irregularities.sort((a, b) => IRREGULARITY_KINDS.indexOf(a.kind) - IRREGULARITY_KINDS.indexOf(b.kind)),
    qualityCheck,
    releases,
    retention,
    audit: { entries: events.length, firstSeq: events[0]?.seq ?? null, lastSeq: last?.seq ?? null, lastHash: last?.hash ?? null },
  });
}

const QUALITY_LABELS: Record<TransferNote['qualityCheck']['result'], string> = {
  passed: 'bestanden', failed: 'nicht bestanden', pending: 'ausstehend', 'not-applicable': 'entfällt',
};
const INTEGRITY_LABELS: Record<Integrity, string> = {
  unchanged: 'unverändert', changed: 'VERÄNDERT', missing: 'FEHLT', 'deleted-by-retention': 'nach Aufbewahrungsfrist gelöscht', 'not-applicable': 'entfällt',
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }) : '—');

/** The note as plain German text, for printing or filing with the item in the DMS. */
export function transferNoteText(note: TransferNote): string {
  const d = note.document;
  const lines = [
    `Transfervermerk – ${note.standard}`,
    `${note.organisation}, Schriftstück ${note.itemId}`,
    '',
    `Dokument:        ${d.sourceName}`,
    `Art:             ${d.documentType ? DOCUMENT_TYPE_LABELS[d.documentType] : '—'}`,
    `Schutzbedarf:    ${d.protectionLevel ? PROTECTION_LABELS[d.protectionLevel] : '—'}`,
    `Abteilung:       ${d.department ?? '—'}`,
    `Zustand:         ${ITEM_STATE_LABELS[d.state]}`,
    `Seiten:          ${d.pageCount}`,
    '',
    `Erfassung:       ${when(note.capture.at)} (${note.capture.method === 'scan' ? 'Scan' : note.capture.method === 'file' ? 'Datei' : 'ungeöffnet, von Hand'}) durch ${note.capture.by}`,
    `Scanner:         ${note.capture.scanner ?? '—'}`,
    `Ordner:          ${note.capture.folder ?? '—'}`,
    ...note.originals.map((o) => `Original:        ${o.name}, ${o.sizeBytes ?? '?'} Bytes\n  SHA-256:       ${o.sha256}\n  Integrität:    ${INTEGRITY_LABELS[o.integrity]}`),
    `Eingangsdatum:   ${germanDate(note.receipt.receiptDate)}`,
    ...note.receipt.changes.map((c) => `  geändert ${when(c.at)} von ${c.by}: ${germanDate(receiptDate(c.from))} → ${germanDate(receiptDate(c.to))}${c.reason ? ` (${c.reason})` : ''}`),
    '',
    'Auffälligkeiten:',
    ...(note.irregularities.length > 0 ? note.irregularities.map((i) => `  - ${i.message}`) : ['  keine']),
    '',
    `Qualitätskontrolle: ${QUALITY_LABELS[note.qualityCheck.result]} – ${note.qualityCheck.message}${note.qualityCheck.at ? ` (${when(note.qualityCheck.at)})` : ''}`,
    'Freigabe:',
    ...(note.releases.length > 0
      ? note.releases.map((r) => `  ${when(r.at)} ${r.step === 'first-release' ? 'erste Freigabe' : r.step === 'automatic' ? 'automatisch' : 'Freigabe'} durch ${r.by} → ${ITEM_STATE_LABELS[r.toState]}`)
      : ['  noch keine']),
    ...(note.retention ? ['', `Aufbewahrung: Inhalte gelöscht am ${when(note.retention.deletedAt)}: ${note.retention.deleted.join(', ')}`] : []),
    '',
    `Protokoll: ${note.audit.entries} Einträge (${note.audit.firstSeq ?? '—'} bis ${note.audit.lastSeq ?? '—'}), letzter Hash ${note.audit.lastHash ?? '—'}`,
    `Erstellt ${when(note.generatedAt)} von ${note.generatedBy}`,
  ];
  return `${lines.join('\n')}\n`;
}
