// Accounts and sessions: migration 0002, Argon2id hashes, seed import once, sliding expiry.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate, openDatabase } from '../../electron/services/store/db.ts';
import {
  checkPassword, countUsers, createSessionStore, createUser, DEFAULT_USERS_PATH, importSeedUsers, SeedUsersSchema,
} from '../../electron/services/users.ts';

const at = '2026-11-23T08:00:00.000Z';
const by = { actor: 'test', at };
const codes = ['1.10', '1.40', '1.50', '6.30'];

describe('migration 0002-users-and-unopened', () => {
  it('creates users (a clerk must have a department, the others none) and the unopened register', () => {
    const db = new Database(':memory:');
    migrate(db, listMigrations().slice(0, 2));
    const insert = db.prepare(`INSERT INTO users (username, display_name, role, department, password_hash, created_at) VALUES (?, 'X', ?, ?, 'h', ?)`);
    insert.run('a', 'clerk', '1.40', at);
    insert.run('b', 'it', null, at);
    expect(() => insert.run('c', 'clerk', null, at)).toThrow(/CHECK/);
    expect(() => insert.run('d', 'mailroom', '1.40', at)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'admin', null, at)).toThrow(/CHECK/);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).toContain('unopened');
  });
});

describe('users', () => {
  it('stores an Argon2id hash and checks the password against it', async () => {
    const db = openDatabase(':memory:');
    await createUser(db, { username: 'anna', displayName: 'Anna', role: 'mailroom', department: null, password: 'richtig-langes-pw' }, by);
    const row = db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('richtig-langes-pw');
    expect(await checkPassword(db, 'anna', 'richtig-langes-pw')).toMatchObject({ username: 'anna', role: 'mailroom' });
    expect(await checkPassword(db, 'anna', 'falsch-langes-pw')).toBeUndefined();
    expect(await checkPassword(db, 'niemand', 'richtig-langes-pw')).toBeUndefined();
  });

  it('imports the seed accounts once, into an empty table only', async () => {
    const db = openDatabase(':memory:');
    const created = await importSeedUsers(db, DEFAULT_USERS_PATH, codes, at);
    expect(created).toBe(countUsers(db));
    expect(await importSeedUsers(db, DEFAULT_USERS_PATH, codes, at)).toBe(0);
  });

  it('the demo accounts: a mailroom, an IT and a clerk each for 1.40, 1.50 and 6.30', () => {
    const { users } = SeedUsersSchema.parse(parseYaml(readFileSync(DEFAULT_USERS_PATH, 'utf8')));
    expect(users.some((u) => u.role === 'mailroom')).toBe(true);
    expect(users.some((u) => u.role === 'it')).toBe(true);
    for (const code of ['1.40', '1.50', '6.30']) expect(users.some((u) => u.role === 'clerk' && u.department === code)).toBe(true);
    expect(readFileSync(DEFAULT_USERS_PATH, 'utf8')).toMatch(/DEMO ONLY/);
  });

  it('a seed clerk of an unknown department is refused', async () => {
    const db = openDatabase(':memory:');
    await expect(importSeedUsers(db, DEFAULT_USERS_PATH, ['1.40'], at)).rejects.toThrow(/unbekannte Abteilung/);
  });
});

describe('sessions', () => {
  it('random tokens with a sliding expiry; closing ends them', async () => {
    const db = openDatabase(':memory:');
    await createUser(db, { username: 'anna', displayName: 'Anna', role: 'it', department: null, password: 'richtig-langes-pw' }, by);
    let now = Date.parse(at);
    const sessions = createSessionStore(db, () => new Date(now), 60_000);
    const token = sessions.open('anna');
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(sessions.open('anna')).not.toBe(token);
    now += 50_000;
    expect(sessions.resolve(token)?.username).toBe('anna'); // used: the expiry moves on
    now += 50_000;
    expect(sessions.resolve(token)?.username).toBe('anna');
    now += 61_000;
    expect(sessions.resolve(token)).toBeUndefined();
    const other = sessions.open('anna');
    sessions.close(other);
    expect(sessions.resolve(other)).toBeUndefined();
    expect(sessions.resolve(null)).toBeUndefined();
  });
});
