// The mailroom's Prüfplatz: review queue, item detail and page images, corrections, release,
// bulk release and hand-recorded unopened mail.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Config } from '../../contract/config.ts';
import type { ItemState } from '../../contract/domain.ts';
import type { Item } from '../../contract/items.ts';
import { UNOPENED_KIND_LABELS, type ItemDetail } from '../../contract/methods.ts';
import { receiptDate } from '../records/deadlines.ts';
import { fourEyesOf, needsFourEyes, pendingFirstRelease, recordFirstRelease } from '../records/fourEyes.ts';
import { eventsOfItem } from '../store/audit.ts';
import {
  deadlineOf, getItem, insertItem, pagesOf, saveCorrection, setReceivedAt, transition, TransitionError, updateClassification,
  type ClassificationPatch,
} from '../store/items.ts';
import { ApiFailure, caller, defineHandlers, invalid, notFound, type HandlerContext } from './context.ts';
import { likePattern, loadItem, summaryFor, toSummary, unopenedOf, type Visibility } from './scope.ts';

export function historyOf(ctx: HandlerContext, id: string) {
  return eventsOfItem(ctx.db, id).map((event) => ({
    seq: event.seq, at: event.at, actor: event.actor, type: event.type,
    fromState: event.fromState, toState: event.toState, reason: event.reason,
  }));
}

export function detailOf(ctx: HandlerContext, item: Item, visibility: Exclude<Visibility, 'none'>): ItemDetail {
  const full = visibility === 'full';
  const unopened = unopenedOf(ctx.db, item.id);
  return {
    item: full ? item : { ...item, text: '', fields: {}, fieldSources: {}, reasons: [] },
    pages: pagesOf(ctx.db, item.id).map((page) => ({
      index: page.index, width: page.width, height: page.height, rotation: page.rotation, source: page.source,
      confidence: page.confidence, hasImage: full && page.imagePath !== null,
    })),
    history: historyOf(ctx, item.id),
    unopened: unopened ? { kind: unopened.kind, addressee: unopened.addressee } : null,
    restricted: !full,
    deadline: full ? deadlineOf(ctx.db, item.id) : null,
    fourEyes: fourEyesOf(ctx.db, item),
    contentDeletedAt: (ctx.db.prepare('SELECT content_deleted_at AS at FROM items WHERE id = ?').get(item.id) as { at: string | null }).at,
  };
}

/** The receipt timestamp moved to another calendar day, keeping the time of day where it can. */
export function timestampOnDate(current: string, date: string): string {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${receiptDate(current)}T00:00:00Z`)) / 86_400_000);
  const moved = new Date(Date.parse(current) + days * 86_400_000).toISOString();
  // Across a change of daylight saving time near midnight the day could slip: noon is always that day.
  return receiptDate(moved) === date ? moved : `${date}T11:00:00.000Z`;
}

/** Checks a new receipt date: a real change needs a reason, and mail cannot arrive in the future. */
export function checkReceivedAt(ctx: HandlerContext, item: Item, receivedAt: string, reason: string | undefined): string | null {
  const next = new Date(receivedAt).toISOString();
  if (next === item.receivedAt) return null;
  if (!reason || reason.trim().length < 3) throw invalid('reason', 'Das Eingangsdatum bestimmt Fristen: bitte begründen');
  // A few minutes of grace for clocks of different PCs.
  if (Date.parse(next) > ctx.core.clock().getTime() + 5 * 60_000) throw invalid('receivedAt', 'Das Eingangsdatum darf nicht in der Zukunft liegen');
  return next;
}

export function departmentOf(config: Config, code: string) {
  return config.departments.find((department) => department.code === code);
}

/** Where a released item goes: the department's rollout for the item's protection level decides. */
export function releaseTarget(item: Item, config: Config): { state: ItemState; reason: string } {
  if (item.documentType === 'advertising') return { state: 'discarded', reason: 'Werbung: von der Poststelle verworfen' };
  if (!item.department) throw new ApiFailure('conflict', 'Keine Abteilung gesetzt: bitte zuerst die Abteilung wählen');
  const department = departmentOf(config, item.department);
  if (!department) throw new ApiFailure('conflict', `Abteilung ${item.department} ist nicht konfiguriert`);
  // An item without a level was never classified; treat it as the strictest case.
  const level = item.protectionLevel ?? 'very-high';
  return department.rollout[level] === 'paper'
    ? { state: 'paper', reason: `freigegeben: ${department.code} ${department.name} ist für Schutzbedarf ${level} nicht angeschlossen, Papierweg` }
    : { state: 'routed', reason: `freigegeben an ${department.code} ${department.name}` };
}

function release(ctx: HandlerContext, item: Item): Item {
  const target = releaseTarget(item, ctx.core.config);
  return transition(ctx.db, item.id, target.state, { ...ctx.by(), from: ['needs-review'], reason: target.reason });
}

/**
 * Very-high items: the first mailroom person's release is recorded and the item waits; a second,
 * different person's release moves it on. The same person twice is refused.
 */
function releaseWithFourEyes(ctx: HandlerContext, item: Item): Item {
  const user = caller(ctx);
  const target = releaseTarget(item, ctx.core.config);
  const by = ctx.by();
  return ctx.db.transaction(() => {
    const pending = pendingFirstRelease(ctx.db, item.id);
    if (!pending) {
      recordFirstRelease(ctx.db, item, by, target.state);
      return getItem(ctx.db, item.id)!;
    }
    if (pending.by === user.username) {
      throw new ApiFailure('conflict', 'Vier-Augen-Prinzip: die zweite Freigabe muss eine andere Person der Poststelle geben');
    }
    return transition(ctx.db, item.id, target.state, {
      ...by, from: ['needs-review'], reason: `${target.reason} (Vier-Augen-Prinzip: ${pending.by} und ${user.username})`,
      data: { fourEyes: { first: pending.by, firstAt: pending.at, second: user.username } },
    });
  })();
}

export const mailroomHandlers = defineHandlers({
  'items.reviewQueue'({ search, offset, limit }, ctx) {
    const where = [`state = 'needs-review'`];
    const params: unknown[] = [];
    if (search) {
      where.push(`(id = ? OR source_name LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' OR fields LIKE ? ESCAPE '\\')`);
      const like = likePattern(search);
      params.push(search, like, like, like);
    }
    const clause = where.join(' AND ');
    const total = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM items WHERE ${clause}`).get(...params) as { n: number }).n;
    const ids = ctx.db.prepare(`SELECT id FROM items WHERE ${clause} ORDER BY received_at, id LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as { id: string }[];
    return { total, items: ids.map(({ id }) => toSummary(ctx.db, getItem(ctx.db, id)!, 'full')) };
  },

  'items.get'({ id }, ctx) {
    const { item, visibility } = loadItem(ctx, id, 'metadata');
    return detailOf(ctx, item, visibility);
  },

  async 'items.pageImage'({ id, page }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    const stored = pagesOf(ctx.db, item.id).find((p) => p.index === page);
    if (!stored?.imagePath) throw notFound('Seitenbild');
    const image = await readFile(path.join(ctx.core.config.dataDir, stored.imagePath));
    // Page images are JPEGs; data directories from before version 0.2 hold PNGs.
    const mime = stored.imagePath.endsWith('.png') ? 'image/png' as const : 'image/jpeg' as const;
    return { mime, base64: image.toString('base64') };
  },

  'items.correct'(input, ctx) {
    const { item } = loadItem(ctx, input.id, 'full');
    if (item.state !== 'needs-review') throw new ApiFailure('conflict', `Nur zu prüfende Schriftstücke können berichtigt werden (Zustand: ${item.state})`);
    if (input.department && !departmentOf(ctx.core.config, input.department)) throw invalid('department', `unbekannte Abteilung ${input.department}`);
    // The receipt date comes as the timestamp, or as the `receivedAt` date field of the form: both are the same legal fact.
    const stampDate = input.fields?.receivedAt;
    const requested = input.receivedAt ?? (stampDate && stampDate !== receiptDate(item.receivedAt) ? timestampOnDate(item.receivedAt, stampDate) : undefined);
    const receivedAt = requested === undefined ? null : checkReceivedAt(ctx, item, requested, input.reason);
    const patch: ClassificationPatch = {};
    if (input.documentType !== undefined) patch.documentType = input.documentType;
    if (input.protectionLevel !== undefined) patch.protectionLevel = input.protectionLevel;
    if (input.department !== undefined) patch.department = input.department;
    if (input.fields !== undefined) patch.fields = input.fields;
    const by = ctx.by();
    const corrected = ctx.db.transaction(() => {
      // The receipt date is a legal fact, not a label to learn from: its own audit row, no training example.
      if (!receivedAt) return saveCorrection(ctx.db, item.id, patch, { ...by, reason: input.reason ?? null });
      const current = setReceivedAt(ctx.db, item.id, receivedAt, { ...by, reason: input.reason! });
      if (patch.fields) patch.fields = { ...patch.fields, receivedAt: current.fields.receivedAt };
      const unchanged = (Object.keys(patch) as (keyof ClassificationPatch)[]).every((key) => isDeepStrictEqual(patch[key], current[key]));
      return unchanged ? current : saveCorrection(ctx.db, item.id, patch, { ...by, reason: input.reason ?? null });
    })();
    const labelChanged = patch.documentType !== undefined || patch.protectionLevel !== undefined || patch.department !== undefined;
    if (labelChanged) {
      ctx.core.learning.recordCorrection(item, {
        documentType: corrected.documentType, protectionLevel: corrected.protectionLevel, department: corrected.department,
      }, by.actor);
    }
    return detailOf(ctx, corrected, 'full');
  },

  'items.release'({ id }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    if (item.state !== 'needs-review') throw new ApiFailure('conflict', `Schriftstück ist nicht zu prüfen (Zustand: ${item.state})`);
    return summaryFor(ctx, needsFourEyes(item) ? releaseWithFourEyes(ctx, item) : release(ctx, item));
  },

  'items.releaseBulk'({ minConfidence }, ctx) {
    const candidates = ctx.db.prepare(`SELECT id FROM items WHERE state = 'needs-review' ORDER BY received_at, id`).all() as { id: string }[];
    const released: { id: string; state: ItemState }[] = [];
    let skipped = 0;
    for (const { id } of candidates) {
      const item = getItem(ctx.db, id)!;
      // Very-high (or possibly very-high) mail always gets an individual look (TR-RESISCAN) and two people.
      const eligible = (item.confidence ?? 0) >= minConfidence && !needsFourEyes(item) && !item.mightBeVeryHigh
        && (item.department !== null || item.documentType === 'advertising');
      if (!eligible) {
        skipped += 1;
        continue;
      }
      try {
        released.push({ id, state: release(ctx, item).state });
      } catch (error) {
        // Released or changed by someone else meanwhile, or a department not configured: skip it.
        if (!(error instanceof TransitionError || error instanceof ApiFailure)) throw error;
        skipped += 1;
      }
    }
    return { released, skipped };
  },

  'items.recordUnopened'(input, ctx) {
    const user = caller(ctx);
    const department = departmentOf(ctx.core.config, input.department);
    if (!department) throw invalid('department', `unbekannte Abteilung ${input.department}`);
    const by = ctx.by();
    const id = ctx.newId();
    const item = ctx.db.transaction(() => {
      // No scan exists: the hash stands for this register entry, so the item keeps a unique content id.
      const sha256 = createHash('sha256').update(JSON.stringify({ id, ...input, at: by.at })).digest('hex');
      insertItem(ctx.db, {
        id, state: 'received', sourceName: `ungeöffnet (${UNOPENED_KIND_LABELS[input.kind]}): ${input.addressee}`,
        sourcePath: null, scanner: null, sha256, sizeBytes: null, receivedAt: by.at,
      }, by, 'von Hand erfasst, nicht geöffnet');
      ctx.db.prepare(`INSERT INTO unopened (item_id, kind, addressee, sender, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(id, input.kind, input.addressee, input.sender ?? null, input.note ?? null, user.username, by.at);
      // Unopened mail is handled as the strictest case and always goes by hand to the addressee.
      updateClassification(ctx.db, id, {
        documentType: 'other', protectionLevel: 'very-high', department: department.code,
        fields: input.sender ? { sender: input.sender } : {},
      }, by.at);
      return transition(ctx.db, id, 'paper', {
        ...by, from: ['received'], reason: `ungeöffnet (${UNOPENED_KIND_LABELS[input.kind]}): Übergabe an ${input.addressee}, ${department.code} ${department.name}`,
      });
    })();
    return summaryFor(ctx, item);
  },
});
