// Local user accounts and sign-in sessions. Passwords are stored as Argon2id hashes only; sessions
// are random tokens held in memory with a sliding expiry (a restart signs everyone out).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hash, verify } from '@node-rs/argon2';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { NewUserSchema, SessionUserSchema, type NewUser, type SessionUser } from '../contract/methods.ts';
import { appendEvent } from './store/audit.ts';
import type { Db } from './store/db.ts';

export const DEFAULT_USERS_PATH = fileURLToPath(new URL('../../seeds/users.yaml', import.meta.url));

export const UserSchema = SessionUserSchema;
export type User = SessionUser;

export const SeedUsersSchema = z.object({ users: z.array(NewUserSchema).min(1) });

interface UserRow { username: string; display_name: string; role: string; department: string | null; password_hash: string; disabled: number }

function toUser(row: UserRow): User {
  return UserSchema.parse({ username: row.username, displayName: row.display_name, role: row.role, department: row.department });
}

export class UserExistsError extends Error {
  override name = 'UserExistsError';
}

export async function createUser(db: Db, user: NewUser, by: { actor: string; at: string }): Promise<User> {
  const passwordHash = await hash(user.password);
  // The hash is computed before the transaction: better-sqlite3 transactions must stay synchronous.
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM users WHERE username = ?').get(user.username)) throw new UserExistsError(`Benutzer ${user.username} gibt es schon`);
    db.prepare(`INSERT INTO users (username, display_name, role, department, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(user.username, user.displayName, user.role, user.department, passwordHash, by.at);
    appendEvent(db, {
      at: by.at, actor: by.actor, itemId: null, type: 'user.created',
      data: { username: user.username, role: user.role, department: user.department },
    });
    return getUser(db, user.username)!;
  })();
}

export function getUser(db: Db, username: string): User | undefined {
  const row = db.prepare('SELECT * FROM users WHERE username = ? AND disabled = 0').get(username) as UserRow | undefined;
  return row ? toUser(row) : undefined;
}

export function listUsers(db: Db): User[] {
  return (db.prepare('SELECT * FROM users WHERE disabled = 0 ORDER BY role, department, username').all() as UserRow[]).map(toUser);
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

// Verifying against a fixed hash for unknown names keeps the answer time the same, so sign-in
// cannot be used to find out which user names exist.
let dummyHash: Promise<string> | undefined;

export async function checkPassword(db: Db, username: string, password: string): Promise<User | undefined> {
  const row = db.prepare('SELECT * FROM users WHERE username = ? AND disabled = 0').get(username) as UserRow | undefined;
  if (!row) {
    dummyHash ??= hash('not-a-password-of-anyone');
    await verify(await dummyHash, password).catch(() => false);
    return undefined;
  }
  const ok = await verify(row.password_hash, password).catch(() => false);
  return ok ? toUser(row) : undefined;
}

/**
 * First start: imports the demo accounts when there are no users yet. Returns how many were created.
 * Departments are checked against the configuration so a typo does not create an orphan clerk.
 */
export async function importSeedUsers(db: Db, file: string, departments: readonly string[], at: string): Promise<number> {
  if (countUsers(db) > 0) return 0;
  const parsed = SeedUsersSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  for (const user of parsed.data.users) {
    if (user.department && !departments.includes(user.department)) throw new Error(`${file}: ${user.username}: unbekannte Abteilung ${user.department}`);
    await createUser(db, user, { actor: 'system', at });
  }
  return parsed.data.users.length;
}

export interface SessionStore {
  /** Starts a session for a verified user and returns its token. */
  open(username: string): string;
  /** The signed-in user of a token, or undefined (unknown, expired, user removed). Refreshes the expiry. */
  resolve(token: string | null): User | undefined;
  close(token: string): void;
}

/** Eight hours without a call: a working day, after which the shared mailroom PC is signed out. */
export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function createSessionStore(db: Db, clock: () => Date, ttlMs = DEFAULT_SESSION_TTL_MS): SessionStore {
  const sessions = new Map<string, { username: string; expiresAt: number }>();
  return {
    open(username) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { username, expiresAt: clock().getTime() + ttlMs });
      return token;
    },
    resolve(token) {
      if (!token) return undefined;
      const session = sessions.get(token);
      if (!session) return undefined;
      const now = clock().getTime();
      if (session.expiresAt <= now) {
        sessions.delete(token);
        return undefined;
      }
      // Looked up on every call: a disabled account or a changed role takes effect at once.
      const user = getUser(db, session.username);
      if (!user) {
        sessions.delete(token);
        return undefined;
      }
      session.expiresAt = now + ttlMs;
      return user;
    },
    close(token) {
      sessions.delete(token);
    },
  };
}
