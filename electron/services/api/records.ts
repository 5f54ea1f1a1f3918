// Records a municipality can defend (issue 7): the receipt date, the transfer note and the
// unopened-mail register. Four-eyes release lives with the release in mailroom.ts.
import { buildTransferNote, transferNoteText } from '../records/transferNote.ts';
import { listUnopened, recordPickUp, unopenedEntry } from '../records/unopened.ts';
import { setReceivedAt } from '../store/items.ts';
import { caller, defineHandlers, invalid, notFound } from './context.ts';
import { checkReceivedAt } from './mailroom.ts';
import { loadItem, summaryFor } from './scope.ts';

export const recordsHandlers = defineHandlers({
  'items.setReceivedAt'({ id, receivedAt, reason }, ctx) {
    // Metadata visibility is enough: the mailroom may fix the date of a released very-high item too.
    const { item } = loadItem(ctx, id, 'metadata');
    const next = checkReceivedAt(ctx, item, receivedAt, reason);
    return summaryFor(ctx, next ? setReceivedAt(ctx.db, id, next, { ...ctx.by(), reason }) : item);
  },

  async 'items.transferNote'({ id }, ctx) {
    const user = caller(ctx);
    // The note holds no letter content, so metadata visibility is enough.
    const { item } = loadItem(ctx, id, 'metadata');
    const note = await buildTransferNote({
      db: ctx.db, dataDir: ctx.core.config.dataDir, organisation: ctx.core.config.organisation, now: ctx.core.clock(), by: user.username,
    }, item);
    return { note, text: transferNoteText(note) };
  },

  'unopened.list'({ state, department, offset, limit }, ctx) {
    const user = caller(ctx);
    // A clerk's department comes from the session, never from the input.
    const scope = user.role === 'clerk' ? user.department : department ?? null;
    return listUnopened(ctx.db, ctx.core.config, { state, department: scope, offset, limit });
  },

  'unopened.pickUp'({ id, pickedUpBy, pickedUpAt }, ctx) {
    if (!unopenedEntry(ctx.db, ctx.core.config, id)) throw notFound('Eintrag');
    const now = ctx.core.clock();
    const at = pickedUpAt ? new Date(pickedUpAt) : now;
    if (at.getTime() > now.getTime() + 5 * 60_000) throw invalid('pickedUpAt', 'Die Abholung darf nicht in der Zukunft liegen');
    return recordPickUp(ctx.db, ctx.core.config, id, { pickedUpBy, pickedUpAt: at.toISOString() }, ctx.by());
  },
});
