// IT administration: the audit log (metadata only) and user accounts.
import { ItemStateSchema } from '../../contract/domain.ts';
import { createUser, listUsers, UserExistsError } from '../users.ts';
import { ApiFailure, caller, defineHandlers, invalid } from './context.ts';

interface EventRow {
  seq: number; at: string; actor: string; item_id: string | null; type: string;
  from_state: string | null; to_state: string | null; reason: string | null; data: string | null; hash: string;
}

export const adminHandlers = defineHandlers({
  'audit.list'({ offset, limit }, ctx) {
    const total = (ctx.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const rows = ctx.db.prepare('SELECT * FROM events ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset) as EventRow[];
    return {
      total,
      entries: rows.map((row) => ({
        seq: row.seq, at: row.at, actor: row.actor, type: row.type, itemId: row.item_id,
        fromState: ItemStateSchema.nullable().parse(row.from_state), toState: ItemStateSchema.nullable().parse(row.to_state),
        // An item's reason or data may quote the letter ("Rechnung der Firma …"): IT gets the bare facts.
        reason: row.item_id ? null : row.reason,
        data: row.item_id || !row.data ? null : JSON.parse(row.data) as Record<string, unknown>,
        hash: row.hash,
      })),
    };
  },

  'users.list'(_input, ctx) {
    return { users: listUsers(ctx.db) };
  },

  async 'users.create'(input, ctx) {
    const user = caller(ctx);
    if (input.department && !ctx.core.config.departments.some((d) => d.code === input.department)) {
      throw invalid('department', `unbekannte Abteilung ${input.department}`);
    }
    try {
      return { user: await createUser(ctx.db, input, { actor: user.username, at: ctx.core.clock().toISOString() }) };
    } catch (error) {
      if (error instanceof UserExistsError) throw new ApiFailure('conflict', error.message, [{ path: 'username', message: error.message }]);
      throw error;
    }
  },
});
