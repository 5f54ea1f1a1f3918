// The pilot figures IT needs to decide the next wave. Counts and durations only: no letter content.
import { DocumentTypeSchema } from '../../contract/domain.ts';
import { defineHandlers } from './context.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export const statsHandlers = defineHandlers({
  'stats.dashboard'({ days }, ctx) {
    const { db } = ctx;
    const now = ctx.core.clock();
    const to = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);

    const received = new Map((db.prepare(`SELECT substr(received_at, 1, 10) AS day, COUNT(*) AS n FROM items
      WHERE state <> 'duplicate' AND substr(received_at, 1, 10) BETWEEN ? AND ? GROUP BY day`).all(from, to) as { day: string; n: number }[])
      .map((row) => [row.day, row.n]));
    const released = new Map((db.prepare(`SELECT substr(at, 1, 10) AS day, COUNT(*) AS n FROM events
      WHERE type = 'item.state' AND to_state IN ('routed', 'paper') AND from_state IN ('processing', 'needs-review')
      AND substr(at, 1, 10) BETWEEN ? AND ? GROUP BY day`).all(from, to) as { day: string; n: number }[])
      .map((row) => [row.day, row.n]));
    const itemsPerDay = Array.from({ length: days }, (_, i) => {
      const date = new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10);
      return { date, received: received.get(date) ?? 0, released: released.get(date) ?? 0 };
    });

    const counts = db.prepare(`SELECT department, state, COUNT(*) AS n FROM items
      WHERE department IS NOT NULL AND state IN ('needs-review', 'routed', 'claimed', 'paper') GROUP BY department, state`)
      .all() as { department: string; state: 'needs-review' | 'routed' | 'claimed' | 'paper'; n: number }[];
    const queues = ctx.core.config.departments.map((department) => {
      const of = (state: string) => counts.find((c) => c.department === department.code && c.state === state)?.n ?? 0;
      return { department: department.code, name: department.name, needsReview: of('needs-review'), routed: of('routed'), claimed: of('claimed'), paper: of('paper') };
    });

    // Time to pick-up: from the last arrival in the department's queue to the claim.
    const pickups = db.prepare(`SELECT i.department AS department, c.at AS claimedAt,
        (SELECT r.at FROM events r WHERE r.item_id = c.item_id AND r.to_state = 'routed' AND r.seq < c.seq ORDER BY r.seq DESC LIMIT 1) AS routedAt
      FROM events c JOIN items i ON i.id = c.item_id
      WHERE c.type = 'item.state' AND c.to_state = 'claimed' AND substr(c.at, 1, 10) BETWEEN ? AND ?`)
      .all(from, to) as { department: string | null; claimedAt: string; routedAt: string | null }[];
    const minutesByDepartment = new Map<string, number[]>();
    for (const row of pickups) {
      if (!row.department || !row.routedAt) continue;
      const list = minutesByDepartment.get(row.department) ?? [];
      list.push((Date.parse(row.claimedAt) - Date.parse(row.routedAt)) / 60_000);
      minutesByDepartment.set(row.department, list);
    }
    const pickup = [...minutesByDepartment.entries()].sort(([a], [b]) => a.localeCompare(b, 'de', { numeric: true })).map(([department, minutes]) => ({
      department, count: minutes.length, medianMinutes: round1(median(minutes)), meanMinutes: round1(minutes.reduce((a, b) => a + b, 0) / minutes.length),
    }));

    const releaseRows = db.prepare(`SELECT from_state AS fromState, COUNT(*) AS n FROM events
      WHERE type = 'item.state' AND to_state IN ('routed', 'paper') AND from_state IN ('processing', 'needs-review')
      AND substr(at, 1, 10) BETWEEN ? AND ? GROUP BY from_state`).all(from, to) as { fromState: string; n: number }[];
    const automatic = releaseRows.find((r) => r.fromState === 'processing')?.n ?? 0;
    const reviewed = releaseRows.find((r) => r.fromState === 'needs-review')?.n ?? 0;

    const corrections = db.prepare(`SELECT m.document_type AS documentType, COUNT(DISTINCT m.item_id) AS classified, COUNT(DISTINCT c.item_id) AS corrected
      FROM decisions m LEFT JOIN decisions c ON c.item_id = m.item_id AND c.kind = 'correction'
      WHERE m.kind = 'machine' AND m.document_type IS NOT NULL AND substr(m.at, 1, 10) BETWEEN ? AND ?
      GROUP BY m.document_type ORDER BY corrected DESC, classified DESC`).all(from, to) as { documentType: string; classified: number; corrected: number }[];

    return {
      from, to, itemsPerDay, queues, pickup,
      release: { automatic, reviewed, shareAutomatic: automatic + reviewed > 0 ? automatic / (automatic + reviewed) : null },
      correctionsPerType: corrections.map((row) => ({
        documentType: DocumentTypeSchema.parse(row.documentType), classified: row.classified, corrected: row.corrected,
        share: row.classified > 0 ? row.corrected / row.classified : null,
      })),
    };
  },
});
