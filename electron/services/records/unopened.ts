// The register of mail recorded unopened ("persönlich", "vertraulich", Personalrat,
// Gleichstellungsbeauftragte): the item row stands for the envelope (state `paper`), the `unopened`
// row says what was on it; a pick-up receipt (who took it, when) closes the entry (state `done`).
import type { Config } from '../../contract/config.ts';
import { UnopenedEntrySchema, type UnopenedEntry } from '../../contract/records.ts';
import type { Db } from '../store/db.ts';
import { transition, TransitionError, type Actor } from '../store/items.ts';

interface Row {
  id: string; state: string; department: string; kind: string; addressee: string; sender: string | null; note: string | null;
  recorded_by: string; recorded_at: string; picked_up_by: string | null; picked_up_at: string | null; picked_up_recorded_by: string | null;
}

const SELECT = `SELECT i.id, i.state, i.department, u.kind, u.addressee, u.sender, u.note, u.recorded_by, u.recorded_at,
  u.picked_up_by, u.picked_up_at, u.picked_up_recorded_by FROM unopened u JOIN items i ON i.id = u.item_id`;
/** Open: still waiting in the mailroom for the addressee (not picked up, not handed to the courier). */
const OPEN = `i.state = 'paper' AND u.picked_up_at IS NULL`;

function toEntry(row: Row, config: Config): UnopenedEntry {
  return UnopenedEntrySchema.parse({
    id: row.id, state: row.state, department: row.department,
    departmentName: config.departments.find((d) => d.code === row.department)?.name ?? null,
    kind: row.kind, addressee: row.addressee, sender: row.sender, note: row.note, recordedBy: row.recorded_by,
    recordedAt: row.recorded_at, pickedUpBy: row.picked_up_by, pickedUpAt: row.picked_up_at, pickUpRecordedBy: row.picked_up_recorded_by,
  });
}

export interface UnopenedFilter { state: 'open' | 'done' | 'all'; department: string | null; offset: number; limit: number }

export function listUnopened(db: Db, config: Config, filter: UnopenedFilter): { items: UnopenedEntry[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.state === 'open') where.push(OPEN);
  if (filter.state === 'done') where.push(`NOT (${OPEN})`);
  if (filter.department !== null) {
    where.push('i.department = ?');
    params.push(filter.department);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM unopened u JOIN items i ON i.id = u.item_id ${clause}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`${SELECT} ${clause} ORDER BY u.recorded_at, i.id LIMIT ? OFFSET ?`).all(...params, filter.limit, filter.offset) as Row[];
  return { total, items: rows.map((row) => toEntry(row, config)) };
}

export function unopenedEntry(db: Db, config: Config, id: string): UnopenedEntry | undefined {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row ? toEntry(row, config) : undefined;
}

/** The pick-up receipt: closes the entry (paper → done) with one audit row naming who took it. */
export function recordPickUp(db: Db, config: Config, id: string, receipt: { pickedUpBy: string; pickedUpAt: string }, by: Actor): UnopenedEntry {
  return db.transaction(() => {
    const entry = unopenedEntry(db, config, id);
    if (!entry) throw new TransitionError(`${id} ist kein Eintrag im Register ungeöffneter Post`);
    if (entry.state !== 'paper' || entry.pickedUpAt) {
      throw new TransitionError(`Eintrag ${id} ist schon geschlossen${entry.pickedUpBy ? ` (abgeholt von ${entry.pickedUpBy})` : ''}`);
    }
    db.prepare('UPDATE unopened SET picked_up_by = ?, picked_up_at = ?, picked_up_recorded_by = ? WHERE item_id = ?')
      .run(receipt.pickedUpBy, receipt.pickedUpAt, by.actor, id);
    transition(db, id, 'done', {
      ...by, from: ['paper'], reason: `Abholquittung: abgeholt von ${receipt.pickedUpBy}`,
      data: { pickedUpBy: receipt.pickedUpBy, pickedUpAt: receipt.pickedUpAt },
    });
    return unopenedEntry(db, config, id)!;
  })();
}
