// Turns new audit rows into API events. Every change to an item is an audit row (transition() and
// friends write one), whoever made it: an API call, the pipeline, `epost run` in another process.
// So tailing the log by sequence number is the one place that sees them all, without hooks in the pipeline.
import type { ApiEvent } from '../../contract/events.ts';
import { ItemStateSchema, type ItemState } from '../../contract/domain.ts';
import { UnopenedEntrySchema } from '../../contract/records.ts';
import type { Db } from '../store/db.ts';

interface Row {
  seq: number; item_id: string | null; type: string; actor: string; from_state: string | null; to_state: string | null;
  state: string | null; department: string | null; source_name: string | null; unopened_kind: string | null;
}

export interface ChangeFeed {
  /** Reads new audit rows now and hands their events to the listener. */
  poll(): void;
  close(): void;
}

const CLASSIFIED: readonly ItemState[] = ['needs-review', 'routed', 'paper', 'discarded'];

function intakeStage(row: Row): 'received' | 'processing' | 'classified' | 'quarantined' | 'duplicate' | null {
  // Only the pipeline's own steps on scanned items are intake progress; people's actions are not.
  if (row.actor !== 'system') return null;
  if (row.type === 'item.created') return row.to_state === 'duplicate' ? 'duplicate' : row.to_state === 'quarantined' ? 'quarantined' : 'received';
  if (row.type !== 'item.state') return null;
  if (row.to_state === 'processing') return 'processing';
  if (row.to_state === 'quarantined') return 'quarantined';
  if (row.from_state === 'processing' && CLASSIFIED.includes(row.to_state as ItemState)) return 'classified';
  return null;
}

export function createChangeFeed(db: Db, emit: (event: ApiEvent) => void, intervalMs = 250): ChangeFeed {
  let last = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events').get() as { seq: number }).seq;
  const select = db.prepare(`SELECT e.seq, e.item_id, e.type, e.actor, e.from_state, e.to_state, i.state, i.department, i.source_name,
      u.kind AS unopened_kind
    FROM events e LEFT JOIN items i ON i.id = e.item_id LEFT JOIN unopened u ON u.item_id = e.item_id WHERE e.seq > ? ORDER BY e.seq LIMIT 1000`);

  function poll(): void {
    if (!db.open) return;
    const rows = select.all(last) as Row[];
    for (const row of rows) {
      last = row.seq;
      // Rows without an item (configuration, users, sign-ins) are not item events.
      if (!row.item_id || !row.state) continue;
      const state = ItemStateSchema.parse(row.to_state ?? row.state);
      emit({ type: 'items.changed', data: { id: row.item_id, state, department: row.department } });
      const stage = intakeStage(row);
      if (stage) emit({ type: 'intake.progress', data: { file: row.source_name ?? '', stage, itemId: row.item_id } });
      // The register: recorded (→ paper) and closed (paper → done) tell the addressee's department.
      if (row.unopened_kind && row.department && row.type === 'item.state' && (row.to_state === 'paper' || row.to_state === 'done')) {
        const kind = UnopenedEntrySchema.shape.kind.parse(row.unopened_kind);
        emit({ type: 'unopened.changed', data: { id: row.item_id, department: row.department, kind, open: row.to_state === 'paper' } });
      }
    }
  }

  const timer = setInterval(() => {
    try {
      poll();
    } catch {
      // The database was closed under us at shutdown; the next tick or close() ends this.
    }
  }, intervalMs);
  timer.unref();
  return { poll, close: () => clearInterval(timer) };
}
