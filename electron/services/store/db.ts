// The SQLite store: WAL mode, numbered migrations tracked in `user_version`.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export type Db = Database.Database;

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration { version: number; name: string; sql: string }

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-[\w-]+\.sql$/.test(file))
    .sort()
    .map((file, index) => {
      const version = Number(file.slice(0, 4));
      // A gap or a duplicate number would make user_version lie about what ran.
      if (version !== index + 1) throw new Error(`migration ${file}: expected number ${index + 1}`);
      return { version, name: file, sql: readFileSync(path.join(dir, file), 'utf8') };
    });
}

/** Runs every migration above the database's user_version, each in its own transaction. */
export function migrate(db: Db, migrations = listMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
