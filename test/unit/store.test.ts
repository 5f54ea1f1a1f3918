import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate, openDatabase } from '../../electron/services/store/db.ts';
import { appendEvent, eventsOfItem, verifyChain } from '../../electron/services/store/audit.ts';
import { getItem, insertItem, transition, TransitionError } from '../../electron/services/store/items.ts';

const at = '2026-11-23T08:00:00.000Z';
const sha = 'a'.repeat(64);
const newItem = (id: string) => ({
  id, state: 'received' as const, sourceName: 'scan.pdf', sourcePath: '/inbox/scan.pdf', scanner: 'S1', sha256: sha, sizeBytes: 10, receivedAt: at,
});

describe('migrations', () => {
  it('are numbered without gaps and bring an empty database to the newest version', () => {
    const migrations = listMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['decisions', 'events', 'items', 'pages']));
  });

  it('running them again changes nothing', () => {
    const db = openDatabase(':memory:');
    const version = db.pragma('user_version', { simple: true });
    expect(migrate(db)).toBe(version);
  });

  it('0001 creates the append-only audit log', () => {
    const db = new Database(':memory:');
    migrate(db, listMigrations().slice(0, 1));
    appendEvent(db, { at, actor: 'x', itemId: null, type: 't' });
    expect(() => db.prepare(`UPDATE events SET actor = 'y'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
  });
});

describe('items and their transitions', () => {
  it('every transition is one audit row with from, to, who and why', () => {
    const db = openDatabase(':memory:');
    insertItem(db, newItem('i1'), { actor: 'system', at });
    transition(db, 'i1', 'processing', { actor: 'system', at, from: ['received'] });
    transition(db, 'i1', 'needs-review', { actor: 'system', at, reason: 'Pilotbetrieb' });
    expect(getItem(db, 'i1')!.state).toBe('needs-review');
    expect(eventsOfItem(db, 'i1').map((e) => [e.fromState, e.toState, e.actor, e.reason])).toEqual([
      [null, 'received', 'system', null],
      ['received', 'processing', 'system', null],
      ['processing', 'needs-review', 'system', 'Pilotbetrieb'],
    ]);
    expect(verifyChain(db)).toEqual({ ok: true, checked: 3 });
  });

  it('a guarded transition from the wrong state is refused and writes nothing', () => {
    const db = openDatabase(':memory:');
    insertItem(db, newItem('i1'), { actor: 'system', at });
    expect(() => transition(db, 'i1', 'routed', { actor: 'system', at, from: ['processing'] })).toThrow(TransitionError);
    expect(getItem(db, 'i1')!.state).toBe('received');
    expect(eventsOfItem(db, 'i1')).toHaveLength(1);
  });
});
