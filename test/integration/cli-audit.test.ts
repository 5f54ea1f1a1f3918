// `epost audit verify` and `epost retention run` as a user runs them: a real child process on a real
// database file. To change or delete audit rows the test drops the append-only triggers first, as an
// attacker with access to the file could.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashEvent, verifyChain } from '../../electron/services/store/audit.ts';
import { openDatabase } from '../../electron/services/store/db.ts';
import { insertItem, saveRecognition, setStoredPath, transition } from '../../electron/services/store/items.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { SEED_CONFIG, INVOICE_TEXT } from '../support/apiHarness.ts';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const epost = path.join(repo, 'electron/cli/epost.ts');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [epost, ...args, '--config', SEED_CONFIG], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let pristine: string;
// Long enough ago that the 90 days of retention are over whenever the test runs.
const AT = '2024-08-05T08:00:00.000Z';

/** A data folder with a database of a few items and their audit rows, closed cleanly (no WAL left). */
function buildDataDir(): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'epost-audit-'));
  const db = openDatabase(path.join(dataDir, 'epost.sqlite'));
  const { config } = loadConfig(SEED_CONFIG);
  for (const id of ['a', 'b']) {
    const by = { actor: 'system', at: AT };
    insertItem(db, { id, state: 'received', sourceName: `${id}.pdf`, sourcePath: `/scan/${id}.pdf`, scanner: 'S1', sha256: id.repeat(64), sizeBytes: 10, receivedAt: AT }, by);
    transition(db, id, 'processing', { ...by, from: ['received'] });
    const pages = pagesFromText(INVOICE_TEXT);
    saveRecognition(db, id, pages.map((page) => ({ ...page, imagePath: null })), classifyDocument(pages, config, { receivedAt: new Date(AT) }), by);
    for (const state of ['needs-review', 'routed', 'claimed', 'done'] as const) transition(db, id, state, { actor: 'finanzen', at: AT });
  }
  db.close();
  return dataDir;
}

/** A copy of the pristine data folder, opened raw with the append-only triggers dropped. */
function tamper(change: (db: Database.Database) => void): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'epost-tampered-'));
  copyFileSync(path.join(pristine, 'epost.sqlite'), path.join(dataDir, 'epost.sqlite'));
  const db = new Database(path.join(dataDir, 'epost.sqlite'));
  db.exec('DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;');
  change(db);
  db.close();
  return dataDir;
}

beforeAll(() => {
  pristine = buildDataDir();
});

describe('epost audit verify', () => {
  it('reports an intact chain with its newest hash', async () => {
    const result = await run('audit', 'verify', '--data', pristine);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Protokoll unversehrt: 12 Einträge geprüft\nLetzter Eintrag 12, Hash [0-9a-f]{64}\n$/);
  });

  it('finds a changed row and names the first one', async () => {
    const dataDir = tamper((db) => {
      db.prepare(`UPDATE events SET actor = 'jemand' WHERE seq = 4`).run();
      db.prepare(`UPDATE events SET reason = 'nachträglich' WHERE seq = 9`).run();
    });
    const result = await run('audit', 'verify', '--data', dataDir);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('Protokoll verändert: erster fehlerhafter Eintrag 4: Inhalt verändert\n');
  });

  it('finds a changed row whose hash was recomputed, at the link to the next row', async () => {
    const dataDir = tamper((db) => {
      const row = db.prepare('SELECT * FROM events WHERE seq = 4').get() as Parameters<typeof hashEvent>[2] & { seq: number; prev_hash: string };
      const changed = { ...row, actor: 'jemand' };
      db.prepare('UPDATE events SET actor = ?, hash = ? WHERE seq = 4').run('jemand', hashEvent(4, row.prev_hash, changed));
    });
    const result = await run('audit', 'verify', '--data', dataDir);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^Protokoll verändert: erster fehlerhafter Eintrag 5: Verkettung zum vorigen Eintrag gebrochen/);
  });

  it('finds a deleted row', async () => {
    const dataDir = tamper((db) => db.prepare('DELETE FROM events WHERE seq = 6').run());
    const result = await run('audit', 'verify', '--data', dataDir);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('Protokoll verändert: erster fehlerhafter Eintrag 6: Eintrag 6 fehlt (gelöscht)\n');
  });

  it('finds an inserted row, even one with a correct hash of its own', async () => {
    const dataDir = tamper((db) => {
      // Make room at 3 (two steps: the primary key forbids overlapping numbers), then forge a row there.
      db.prepare('UPDATE events SET seq = seq + 1000 WHERE seq >= 3').run();
      db.prepare('UPDATE events SET seq = seq - 999 WHERE seq >= 1003').run();
      const previous = db.prepare('SELECT hash FROM events WHERE seq = 2').get() as { hash: string };
      const forged = { at: AT, actor: 'poststelle', item_id: 'a', type: 'item.state', from_state: 'processing', to_state: 'discarded', reason: 'Werbung', data: null };
      db.prepare(`INSERT INTO events (seq, at, actor, item_id, type, from_state, to_state, reason, data, prev_hash, hash)
        VALUES (3, @at, @actor, @item_id, @type, @from_state, @to_state, @reason, @data, @prev_hash, @hash)`)
        .run({ ...forged, prev_hash: previous.hash, hash: hashEvent(3, previous.hash, forged) });
    });
    const result = await run('audit', 'verify', '--data', dataDir);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('Protokoll verändert: erster fehlerhafter Eintrag 3: Eintrag 3 wurde eingefügt (Eintrag 4 folgt ursprünglich auf 2)\n');
  });

  it('finds a row appended with a made-up hash', async () => {
    const dataDir = tamper((db) => {
      const last = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
      db.prepare(`INSERT INTO events (seq, at, actor, item_id, type, prev_hash, hash) VALUES (?, ?, 'x', 'a', 'item.state', ?, ?)`)
        .run(last.seq + 1, AT, last.hash, 'f'.repeat(64));
    });
    const result = await run('audit', 'verify', '--data', dataDir);
    expect(result.stdout).toBe('Protokoll verändert: erster fehlerhafter Eintrag 13: Inhalt verändert\n');
  });
});

describe('epost retention run', () => {
  it('--dry-run lists, run deletes the files and logs it; the chain still verifies', async () => {
    const dataDir = tamper(() => undefined);
    // Restore the append-only triggers the helper dropped: retention must work with them in place.
    const reopened = openDatabase(path.join(dataDir, 'epost.sqlite'));
    reopened.exec(`CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`);
    const scan = path.join('scans', 'aa', `${'a'.repeat(64)}.pdf`);
    mkdirSync(path.join(dataDir, 'scans', 'aa'), { recursive: true });
    writeFileSync(path.join(dataDir, scan), '%PDF original');
    setStoredPath(reopened, 'a', scan, AT);
    reopened.close();

    const dry = await run('retention', 'run', '--dry-run', '--data', dataDir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Probelauf: würde löschen: 2 von 2');
    expect(existsSync(path.join(dataDir, scan))).toBe(true);

    const real = await run('retention', 'run', '--json', '--data', dataDir);
    expect(real.code).toBe(0);
    const lines = real.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; deleted: string[]; days: number });
    expect(lines.map((l) => [l.id, l.days])).toEqual([['a', 90], ['b', 90]]);
    expect(lines[0]!.deleted[0]).toBe(`Originaldatei ${scan}`);
    expect(existsSync(path.join(dataDir, scan))).toBe(false);

    const db = openDatabase(path.join(dataDir, 'epost.sqlite'));
    expect(verifyChain(db)).toEqual({ ok: true, checked: 14 });
    expect(db.prepare(`SELECT item_id, actor FROM events WHERE type = 'item.contentDeleted' ORDER BY seq`).all())
      .toEqual([{ item_id: 'a', actor: 'epost retention' }, { item_id: 'b', actor: 'epost retention' }]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM items WHERE text = '' AND content_deleted_at IS NOT NULL`).get()).toEqual({ n: 2 });
    db.close();
    expect((await run('audit', 'verify', '--data', dataDir)).code).toBe(0);
  });
});
