// The data scope of DESIGN.md "Who uses it", in one place:
//   mailroom  every item until release; after release only the metadata of very-high items;
//   clerk     only the own department's items, and only once released to it;
//   IT        no items at all (configuration, figures and audit metadata only).
import type { ItemState } from '../../contract/domain.ts';
import type { Item } from '../../contract/items.ts';
import type { ItemSummary, SessionUser } from '../../contract/methods.ts';
import { fourEyesOf } from '../records/fourEyes.ts';
import type { Db } from '../store/db.ts';
import { deadlineOf, getItem } from '../store/items.ts';
import { notFound, type HandlerContext } from './context.ts';

export type Visibility = 'full' | 'metadata' | 'none';

/** States a department's clerk works in. */
export const CLERK_STATES: readonly ItemState[] = ['routed', 'claimed', 'done'];
/** States after the mailroom let go of the item. */
const RELEASED_STATES: readonly ItemState[] = ['routed', 'claimed', 'done', 'paper'];

export function visibilityOf(user: SessionUser, item: Item): Visibility {
  switch (user.role) {
    case 'it':
      return 'none';
    case 'clerk':
      return item.department !== null && item.department === user.department && CLERK_STATES.includes(item.state) ? 'full' : 'none';
    case 'mailroom':
      return RELEASED_STATES.includes(item.state) && item.protectionLevel === 'very-high' ? 'metadata' : 'full';
  }
}

/**
 * The item if the caller may see at least `need` of it. Out of scope answers exactly like a missing
 * id, so ids of other departments' items cannot be probed.
 */
export function loadItem(ctx: HandlerContext, id: string, need: 'full' | 'metadata'): { item: Item; visibility: Exclude<Visibility, 'none'> } {
  const item = getItem(ctx.db, id);
  if (!item || !ctx.user) throw notFound();
  const visibility = visibilityOf(ctx.user, item);
  if (visibility === 'none' || (need === 'full' && visibility !== 'full')) throw notFound();
  return { item, visibility };
}

export interface UnopenedRecord { kind: 'personal' | 'confidential' | 'staff-council' | 'equality'; addressee: string; sender: string | null; note: string | null }

export function unopenedOf(db: Db, itemId: string): UnopenedRecord | null {
  const row = db.prepare('SELECT kind, addressee, sender, note FROM unopened WHERE item_id = ?').get(itemId) as UnopenedRecord | undefined;
  return row ?? null;
}

export function toSummary(db: Db, item: Item, visibility: Exclude<Visibility, 'none'>): ItemSummary {
  const unopened = unopenedOf(db, item.id);
  return {
    id: item.id,
    state: item.state,
    sourceName: item.sourceName,
    scanner: item.scanner,
    receivedAt: item.receivedAt,
    documentType: item.documentType,
    protectionLevel: item.protectionLevel,
    department: item.department,
    confidence: item.confidence,
    pageCount: item.pageCount,
    mightBeVeryHigh: item.mightBeVeryHigh,
    fields: visibility === 'full' ? item.fields : {},
    unopened: unopened ? { kind: unopened.kind, addressee: unopened.addressee } : null,
    restricted: visibility !== 'full',
    updatedAt: item.updatedAt,
    // The deadline quotes the letter ("binnen zwei Wochen nach Zustellung"): full visibility only.
    deadline: visibility === 'full' ? deadlineOf(db, item.id) : null,
    fourEyes: fourEyesOf(db, item),
  };
}

/** The summary as the caller may see it right now (after a change the visibility may have shrunk). */
export function summaryFor(ctx: HandlerContext, item: Item): ItemSummary {
  const visibility = ctx.user ? visibilityOf(ctx.user, item) : 'none';
  if (visibility === 'none') throw new Error(`summary of item ${item.id} outside the caller's scope`);
  return toSummary(ctx.db, item, visibility);
}

/** Escapes a user's search text for `LIKE … ESCAPE '\'`. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A last line of defence, run on every answer: walks the output and fails the call if it contains
 * an item the caller may not see (a clerk: another department's; IT: any item at all).
 */
export function leaksItems(value: unknown, user: SessionUser | null): boolean {
  if (!user || user.role === 'mailroom') return false;
  const seen = new Set<unknown>();
  const walk = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    if (Array.isArray(node)) return node.some(walk);
    const record = node as Record<string, unknown>;
    const itemLike = typeof record['id'] === 'string' && typeof record['state'] === 'string' && 'department' in record;
    if (itemLike && (user.role === 'it' || record['department'] !== user.department)) return true;
    return Object.values(record).some(walk);
  };
  return walk(value);
}
