// Four-eyes release of very-high items (TR-RESISCAN asks for a stricter check at a higher
// protection need): the first mailroom person's release is recorded as an audit row and the item
// stays in `needs-review`; the release of a second, different mailroom person moves it on. The
// lifecycle of DESIGN.md is unchanged: "awaiting the second confirmation" is not a state but is read
// from the audit log, so it cannot drift from it. Any change after the first release (a correction,
// a new receipt date, a state change) voids it: the second person confirms what is released.
import type { Item } from '../../contract/items.ts';
import type { FourEyes } from '../../contract/records.ts';
import { appendEvent } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import type { Actor } from '../store/items.ts';

export const FIRST_RELEASE_EVENT = 'item.releaseFirst';
/** Audit rows after which an earlier first release no longer counts. */
const VOIDING_EVENTS = ['item.state', 'item.corrected', 'item.receivedAt'] as const;

export function needsFourEyes(item: Pick<Item, 'protectionLevel'>): boolean {
  return item.protectionLevel === 'very-high';
}

/** The first release still waiting for a second person, if any. */
export function pendingFirstRelease(db: Db, itemId: string): { by: string; at: string } | null {
  const types = [...VOIDING_EVENTS, FIRST_RELEASE_EVENT];
  const row = db.prepare(`SELECT type, actor, at FROM events WHERE item_id = ? AND type IN (${types.map(() => '?').join(', ')})
    ORDER BY seq DESC LIMIT 1`).get(itemId, ...types) as { type: string; actor: string; at: string } | undefined;
  return row?.type === FIRST_RELEASE_EVENT ? { by: row.actor, at: row.at } : null;
}

/** What the mailroom's list shows for a very-high item in review; null for every other item. */
export function fourEyesOf(db: Db, item: Item): FourEyes | null {
  if (!needsFourEyes(item) || item.state !== 'needs-review') return null;
  const pending = pendingFirstRelease(db, item.id);
  return { firstReleaseBy: pending?.by ?? null, firstReleaseAt: pending?.at ?? null };
}

export function recordFirstRelease(db: Db, item: Item, by: Actor, target: string): void {
  appendEvent(db, {
    at: by.at, actor: by.actor, itemId: item.id, type: FIRST_RELEASE_EVENT, fromState: item.state, toState: item.state,
    reason: 'erste Freigabe (Vier-Augen-Prinzip, Schutzbedarf sehr hoch): wartet auf die Bestätigung einer zweiten Person der Poststelle',
    data: { target },
  });
}
