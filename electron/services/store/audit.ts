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

/** How many recent hashes are remembered to tell an inserted row from a changed one. */
const INSERT_WINDOW = 1000;

/**
 * Walks the whole chain and names the first row that does not fit:
 * - a gap in the numbering: the missing row was deleted;
 * - a row that links to an earlier row than its predecessor: the rows in between were inserted;
 * - any other broken link: the row before was changed and its hash recomputed, or a row was deleted
 *   and the rest renumbered;
 * - a row whose hash does not match its content: that row was changed.
 * A hash chain without a secret cannot catch someone who recomputes every hash up to the end; the
 * last hash (chainHead) is printed so it can be noted outside the database (see README, "Records and compliance").
 */
export function verifyChain(db: Db): ChainCheck {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const recent = new Map<string, number>([[GENESIS_HASH, 0]]);
  const fail = (seq: number, problem: string): ChainCheck => ({ ok: false, checked, firstBad: { seq, problem } });
  for (const row of db.prepare('SELECT * FROM events ORDER BY seq').iterate() as IterableIterator<EventRow>) {
    if (row.seq !== expectedSeq) {
      const range = row.seq - 1 > expectedSeq ? `${expectedSeq} bis ${row.seq - 1}` : String(expectedSeq);
      return fail(expectedSeq, `Eintrag ${range} fehlt (gelöscht)`);
    }
    if (row.prev_hash !== prevHash) {
      const linkedTo = recent.get(row.prev_hash);
      if (linkedTo !== undefined && linkedTo < row.seq - 1) {
        const range = row.seq - 1 > linkedTo + 1 ? `${linkedTo + 1} bis ${row.seq - 1}` : String(linkedTo + 1);
        return fail(linkedTo + 1, `Eintrag ${range} wurde eingefügt (Eintrag ${row.seq} folgt ursprünglich auf ${linkedTo})`);
      }
      return fail(row.seq, 'Verkettung zum vorigen Eintrag gebrochen: ein Eintrag davor wurde verändert oder gelöscht');
    }
    if (hashEvent(row.seq, row.prev_hash, row) !== row.hash) return fail(row.seq, 'Inhalt verändert');
    prevHash = row.hash;
    recent.set(row.hash, row.seq);
    if (recent.size > INSERT_WINDOW) recent.delete(recent.keys().next().value!);
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked };
}

/** The newest row's number and hash: noted outside the database, it anchors the chain. */
export function chainHead(db: Db): { seq: number; hash: string } {
  const last = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return last ?? { seq: 0, hash: GENESIS_HASH };
}
