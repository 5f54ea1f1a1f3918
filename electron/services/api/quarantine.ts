// The quarantine: scans the pipeline could not read. The mailroom must see them at once (else the
// paper letter is thought scanned and is lost), with the reason, and either have the file read
// again (after a scanner setting or a software update was fixed) or discard it with a reason
// (typically: the paper was scanned again). Discarded files are deleted by retention like any content.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { QuarantineEntry } from '../../contract/methods.ts';
import type { Item } from '../../contract/items.ts';
import { inQuarantineFolder, releaseFromQuarantine } from '../claim.ts';
import { getItem, itemsInStates, transition } from '../store/items.ts';
import { ApiFailure, defineHandlers, notFound, type HandlerContext } from './context.ts';

function quarantinedItem(ctx: HandlerContext, id: string): Item {
  const item = getItem(ctx.db, id);
  if (!item) throw notFound();
  if (item.state !== 'quarantined') throw new ApiFailure('conflict', `${item.sourceName} ist nicht in der Quarantäne (Zustand: ${item.state})`);
  return item;
}

const fileAvailable = (ctx: HandlerContext, item: Item) =>
  inQuarantineFolder(item.storedPath) && existsSync(path.join(ctx.core.config.dataDir, item.storedPath));

export const quarantineHandlers = defineHandlers({
  'quarantine.list'(_input, ctx) {
    const lastEntry = ctx.db.prepare(`SELECT at, reason FROM events WHERE item_id = ? AND to_state = 'quarantined' ORDER BY seq DESC LIMIT 1`);
    const items: QuarantineEntry[] = itemsInStates(ctx.db, ['quarantined']).map((item) => {
      const event = lastEntry.get(item.id) as { at: string; reason: string | null } | undefined;
      return {
        id: item.id,
        sourceName: item.sourceName,
        scanner: item.scanner,
        receivedAt: item.receivedAt,
        quarantinedAt: event?.at ?? item.updatedAt,
        reason: item.error ?? event?.reason ?? 'nicht lesbar',
        sizeBytes: item.sizeBytes,
        fileAvailable: fileAvailable(ctx, item),
      };
    });
    return { items, total: items.length };
  },

  async 'quarantine.retry'({ id, reason }, ctx) {
    const item = quarantinedItem(ctx, id);
    if (!fileAvailable(ctx, item)) {
      throw new ApiFailure('conflict', `Die Datei von ${item.sourceName} ist nicht mehr vorhanden: bitte das Papier neu scannen und diesen Eintrag verwerfen`);
    }
    const { core } = ctx;
    const claimContext = { db: ctx.db, dataDir: core.config.dataDir, clock: core.clock, newId: ctx.newId, actor: ctx.by().actor };
    const released = await releaseFromQuarantine(claimContext, item, reason ?? null);
    let current = released;
    if (released.state === 'processing') {
      try {
        // Answer once page 1 is read and the item routed (or quarantined again); the later pages follow.
        const staged = await core.pipeline.processStaged(released);
        current = staged.routed;
        staged.completed.catch((error: Error) => core.log('error', 'completing a retried scan failed', { item: id, error: error.stack ?? String(error) }));
      } catch (error) {
        // Not the file's fault (disk, database, OCR engine): it stays in `processing` and is resumed
        // on the next start, as for any scan (pipeline.ts).
        core.log('error', 'retry of a quarantined scan failed', { item: id, error: (error as Error).stack ?? String(error) });
        current = getItem(ctx.db, id)!;
      }
    }
    return {
      id, state: current.state, error: current.state === 'quarantined' ? current.error : null, duplicateOf: current.duplicateOf,
      documentType: current.documentType, department: current.department,
    };
  },

  'quarantine.discard'({ id, reason }, ctx) {
    quarantinedItem(ctx, id);
    const discarded = transition(ctx.db, id, 'discarded', { ...ctx.by(), from: ['quarantined'], reason, data: { fromQuarantine: true } });
    return { itemId: id, state: discarded.state, department: discarded.department };
  },
});
