// The paper path: the day's hand-over list (Übergabeliste) for departments not connected yet, and
// marking items as handed to the courier (paper → done: the mailroom's part is finished).
import { getItem, transition } from '../store/items.ts';
import { ApiFailure, defineHandlers, notFound } from './context.ts';
import { departmentOf } from './mailroom.ts';
import { summaryFor } from './scope.ts';

export const paperHandlers = defineHandlers({
  'paper.list'({ date }, ctx) {
    // Without a date: everything still waiting. With one: what went to the paper path that day
    // (UTC day of the audit row), handed over or not, so an earlier list can be printed again.
    const ids = date
      ? ctx.db.prepare(`SELECT DISTINCT i.id FROM events e JOIN items i ON i.id = e.item_id
          WHERE e.to_state = 'paper' AND e.type = 'item.state' AND substr(e.at, 1, 10) = ? ORDER BY i.received_at, i.id`).all(date) as { id: string }[]
      : ctx.db.prepare(`SELECT id FROM items WHERE state = 'paper' ORDER BY received_at, id`).all() as { id: string }[];
    const groups = new Map<string | null, ReturnType<typeof summaryFor>[]>();
    for (const { id } of ids) {
      const summary = summaryFor(ctx, getItem(ctx.db, id)!);
      const list = groups.get(summary.department) ?? [];
      list.push(summary);
      groups.set(summary.department, list);
    }
    const config = ctx.core.config;
    return {
      date: date ?? null,
      total: ids.length,
      groups: [...groups.entries()]
        .sort(([a], [b]) => (a ?? '~').localeCompare(b ?? '~', 'de', { numeric: true }))
        .map(([department, items]) => ({ department, departmentName: department ? departmentOf(config, department)?.name ?? null : null, items })),
    };
  },

  'paper.markHandedOver'({ ids }, ctx) {
    const by = ctx.by();
    // All or nothing: a half-marked list would not match the printed one.
    ctx.db.transaction(() => {
      for (const id of ids) {
        const item = getItem(ctx.db, id);
        if (!item) throw notFound();
        if (item.state !== 'paper') throw new ApiFailure('conflict', `${id} ist nicht auf dem Papierweg (Zustand: ${item.state})`);
        transition(ctx.db, id, 'done', { ...by, from: ['paper'], reason: 'an den Boten übergeben (Papierweg)', data: { handedOver: true } });
      }
    })();
    return { handedOver: ids };
  },
});
