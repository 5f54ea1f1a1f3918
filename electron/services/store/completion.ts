// Completing an item routed on its first page: the later pages' text and what they add.
// The rule (electron/services/pipeline.ts): later pages may only add information. Fields the
// item has (from page 1 or a mailroom correction) stay; missing ones are filled; document type
// and department stay; the protection level may only rise, never silently: the caller pulls the
// item back to review and this writes the audit row that says why.
import type { Classification, Fields, ProtectionLevel } from '../../contract/domain.ts';
import type { Item } from '../../contract/items.ts';
import { appendEvent } from './audit.ts';
import { getItem, refreshDeadline, replacePages, type Actor, type StoredPage } from './items.ts';
import type { Db } from './db.ts';

const LEVEL_RANK: Record<ProtectionLevel, number> = { normal: 0, high: 1, 'very-high': 2 };

export interface CompletionChange {
  addedFields: (keyof Fields)[];
  /** Set when the full letter shows a higher protection level (or a very-high hint) than page 1. */
  raisedProtection: { from: ProtectionLevel | null; to: ProtectionLevel; mightBeVeryHigh: boolean } | null;
  /** What classifying all pages would have said, when it differs from the kept routing. */
  otherwiseType: string | null;
}

/** The merge, without writing: what completing `item` with `full` changes. */
export function completionChange(item: Item, full: Classification): CompletionChange {
  const addedFields = (Object.keys(full.fields) as (keyof Fields)[]).filter((name) => item.fields[name] === undefined);
  const current = item.protectionLevel;
  const higher = current === null || LEVEL_RANK[full.protectionLevel] > LEVEL_RANK[current];
  const newHint = full.mightBeVeryHigh && !item.mightBeVeryHigh;
  const raisedProtection = higher || newHint
    ? { from: current, to: higher ? full.protectionLevel : (current ?? full.protectionLevel), mightBeVeryHigh: full.mightBeVeryHigh || item.mightBeVeryHigh }
    : null;
  const otherwiseType = full.documentType !== item.documentType || full.department !== item.department
    ? `${full.documentType} → ${full.department ?? 'keine Abteilung'}` : null;
  return { addedFields, raisedProtection, otherwiseType };
}

/** Writes all pages, the full text, the added fields and a raised level, with one audit row. */
export function saveCompletion(db: Db, id: string, pages: StoredPage[], full: Classification, by: Actor): { item: Item; change: CompletionChange } {
  return db.transaction(() => {
    const before = getItem(db, id);
    if (!before) throw new Error(`item ${id} does not exist`);
    const change = completionChange(before, full);
    replacePages(db, id, pages);
    const fields: Fields = { ...before.fields };
    const fieldSources: Record<string, unknown> = { ...before.fieldSources };
    for (const name of change.addedFields) {
      Object.assign(fields, { [name]: full.fields[name] });
      if (full.fieldSources[name]) fieldSources[name] = full.fieldSources[name];
    }
    const raised = change.raisedProtection;
    db.prepare(`UPDATE items SET page_count = ?, text = ?, fields = ?, field_sources = ?, protection_level = ?, might_be_very_high = ?,
        updated_at = ? WHERE id = ?`)
      .run(pages.length, pages.map((p) => p.text).join('\n\f\n'), JSON.stringify(fields), JSON.stringify(fieldSources),
        raised ? raised.to : before.protectionLevel, (raised ? raised.mightBeVeryHigh : before.mightBeVeryHigh) ? 1 : 0, by.at, id);
    refreshDeadline(db, id);
    appendEvent(db, {
      at: by.at, actor: by.actor, itemId: id, type: 'item.completed', fromState: before.state, toState: before.state,
      reason: raised ? `weitere Seiten: Schutzbedarf ${raised.to}${raised.mightBeVeryHigh ? ' (Hinweis: sehr hoch)' : ''}` : null,
      data: { pages: pages.length, addedFields: change.addedFields, raisedProtection: raised, otherwiseType: change.otherwiseType },
    });
    return { item: getItem(db, id)!, change };
  })();
}

/** Page 1 is stored before routing; the item's page count is the scan's, not the pages read so far. */
export function setPageCount(db: Db, id: string, pageCount: number): void {
  db.prepare('UPDATE items SET page_count = ? WHERE id = ?').run(pageCount, id);
}

/** Items routed on page 1 whose later pages were never read (the process stopped meanwhile). */
export function incompleteItems(db: Db): string[] {
  return (db.prepare(`SELECT i.id FROM items i WHERE i.state NOT IN ('received', 'processing', 'duplicate', 'quarantined')
      AND i.stored_path IS NOT NULL AND i.content_deleted_at IS NULL
      AND i.page_count > (SELECT COUNT(*) FROM pages p WHERE p.item_id = i.id) ORDER BY i.received_at`).all() as { id: string }[])
    .map((row) => row.id);
}
