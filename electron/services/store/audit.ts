// The audit log: append-only (triggers refuse UPDATE and DELETE), and each entry carries the hash
// of the entry before it, so a changed, removed or inserted row breaks the chain at that row.
import { createHash } from 'node:crypto';
import { AuditEventSchema, type AuditEvent } from '../../contract/items.ts';
import type { ItemState } from '../../contract/domain.ts';
import type { Db } from './db.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface NewEvent {
  at: string;
  actor: string;
  itemId: string | null;
  type: string;
  fromState?: ItemState | null;
  toState?: ItemState | null;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

interface EventRow {
  seq: number; at: string; actor: string; item_id: string | null; type: string;
  from_state: string | null; to_state: string | null; reason: string | null; data: string | null;
  prev_hash: string; hash: string;
}

/** The hash covers the row's position, its content and the previous hash. */
export function hashEvent(seq: number, prevHash: string, row: Omit<EventRow, 'seq' | 'prev_hash' | 'hash'>): string {
  const content = JSON.stringify([seq, row.at, row.actor, row.item_id, row.type, row.from_state, row.to_state, row.reason, row.data]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export function appendEvent(db: Db, event: NewEvent): AuditEvent {
  const last = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    at: event.at,
    actor: event.actor,
    item_id: event.itemId,
    type: event.type,
    from_state: event.fromState ?? null,
    to_state: event.toState ?? null,
    reason: event.reason ?? null,
    data: event.data ? JSON.stringify(event.data) : null,
  };
  const hash = hashEvent(seq, prevHash, row);
  db.prepare(`INSERT INTO events (seq, at, actor, item_id, type, from_state, to_state, reason, data, prev_hash, hash)
    VALUES (@seq, @at, @actor, @item_id, @type, @from_state, @to_state, @reason, @data, @prev_hash, @hash)`)
    .run({ ...row, seq, prev_hash: prevHash, hash });
  return toEvent({ ...row, seq, prev_hash: prevHash, hash });
}

function toEvent(row: EventRow): AuditEvent {
  return AuditEventSchema.parse({
    seq: row.seq, at: row.at, actor: row.actor, itemId: row.item_id, type: row.type,
    fromState: row.from_state, toState: row.to_state, reason: row.reason,
    data: row.data ? JSON.parse(row.data) : null, prevHash: row.prev_hash, hash: row.hash,
  });
}

export function eventsOfItem(db: Db, itemId: string): AuditEvent[] {
  return (db.prepare('SELECT * FROM events WHERE item_id = ? ORDER BY seq').all(itemId) as EventRow[]).map(toEvent);
}

export interface ChainCheck { ok: boolean; checked: number; firstBad?: { seq: number; problem: string } }

/** Walks the whole chain; names the first row whose position, link or content does not fit. */
export function verifyChain(db: Db): ChainCheck {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of db.prepare('SELECT * FROM events ORDER BY seq').iterate() as IterableIterator<EventRow>) {
    if (row.seq !== expectedSeq) return { ok: false, checked, firstBad: { seq: row.seq, problem: `Eintrag ${expectedSeq} fehlt oder wurde eingefügt` } };
    if (row.prev_hash !== prevHash) return { ok: false, checked, firstBad: { seq: row.seq, problem: 'Verkettung zum vorigen Eintrag gebrochen' } };
    if (hashEvent(row.seq, row.prev_hash, row) !== row.hash) return { ok: false, checked, firstBad: { seq: row.seq, problem: 'Inhalt verändert' } };
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked };
}
