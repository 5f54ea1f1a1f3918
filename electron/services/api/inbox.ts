// The department inbox: a clerk's own department only, claim, done, forward, return to the mailroom.
import { fillMissingDeadlines, getItem, transition, updateClassification } from '../store/items.ts';
import { ApiFailure, caller, defineHandlers, invalid } from './context.ts';
import { departmentOf, historyOf } from './mailroom.ts';
import { CLERK_STATES, likePattern, loadItem, summaryFor } from './scope.ts';

export const inboxHandlers = defineHandlers({
  'inbox.list'(input, ctx) {
    const user = caller(ctx);
    // The department filter comes from the session, never from the input.
    const where = ['department = ?'];
    const params: unknown[] = [user.department];
    if (input.state) {
      where.push('state = ?');
      params.push(input.state);
    } else {
      where.push(`state IN (${CLERK_STATES.map(() => '?').join(', ')})`);
      params.push(...CLERK_STATES);
    }
    if (input.documentType) {
      where.push('document_type = ?');
      params.push(input.documentType);
    }
    if (input.search) {
      where.push(`(id = ? OR source_name LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' OR fields LIKE ? ESCAPE '\\')`);
      const like = likePattern(input.search);
      params.push(input.search, like, like, like);
    }
    const clause = where.join(' AND ');
    // Rows stored before deadlines existed get theirs now, so the sort is complete.
    fillMissingDeadlines(ctx.db, user.department);
    const order = input.sort === 'deadline'
      ? 'deadline_date IS NULL, deadline_date, received_at, id'
      : 'received_at, id';
    const total = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM items WHERE ${clause}`).get(...params) as { n: number }).n;
    const ids = ctx.db.prepare(`SELECT id FROM items WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, input.limit, input.offset) as { id: string }[];
    return { total, items: ids.map(({ id }) => summaryFor(ctx, getItem(ctx.db, id)!)) };
  },

  'items.claim'({ id }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    if (item.state !== 'routed') throw new ApiFailure('conflict', `Schriftstück kann nicht übernommen werden (Zustand: ${item.state})`);
    return summaryFor(ctx, transition(ctx.db, id, 'claimed', { ...ctx.by(), from: ['routed'], reason: 'übernommen' }));
  },

  'items.done'({ id }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    if (item.state !== 'claimed') throw new ApiFailure('conflict', `Nur übernommene Schriftstücke können erledigt werden (Zustand: ${item.state})`);
    return summaryFor(ctx, transition(ctx.db, id, 'done', { ...ctx.by(), from: ['claimed'], reason: 'erledigt' }));
  },

  'items.forward'({ id, department: code, reason }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    if (item.state !== 'routed' && item.state !== 'claimed') throw new ApiFailure('conflict', `Schriftstück kann nicht weitergeleitet werden (Zustand: ${item.state})`);
    const target = departmentOf(ctx.core.config, code);
    if (!target) throw invalid('department', `unbekannte Abteilung ${code}`);
    if (target.code === item.department) throw invalid('department', 'Das Schriftstück ist schon in dieser Abteilung');
    const level = item.protectionLevel ?? 'very-high';
    // A department not connected for this level gets it on paper, never silently in a digital queue.
    const state = target.rollout[level] === 'paper' ? 'paper' : 'routed';
    const by = ctx.by();
    const moved = ctx.db.transaction(() => {
      updateClassification(ctx.db, id, { department: target.code }, by.at);
      return transition(ctx.db, id, state, {
        ...by, from: ['routed', 'claimed'], reason, data: { forwardedFrom: item.department, forwardedTo: target.code },
      });
    })();
    return { itemId: moved.id, state: moved.state, department: moved.department };
  },

  'items.returnToMailroom'({ id, reason }, ctx) {
    const { item } = loadItem(ctx, id, 'full');
    if (item.state !== 'routed' && item.state !== 'claimed') throw new ApiFailure('conflict', `Schriftstück kann nicht zurückgegeben werden (Zustand: ${item.state})`);
    const moved = transition(ctx.db, id, 'needs-review', { ...ctx.by(), from: ['routed', 'claimed'], reason, data: { returnedFrom: item.department } });
    return { itemId: moved.id, state: moved.state, department: moved.department };
  },

  'items.history'({ id }, ctx) {
    loadItem(ctx, id, 'metadata');
    return { entries: historyOf(ctx, id) };
  },
});
