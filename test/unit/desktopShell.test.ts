// The plain-Node parts of the desktop shell (electron/main without the electron import): the lock
// files, the rotating log, the ordered shutdown, which config a start uses, and which files the
// app scheme serves.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { acquireLock, acquireLocks, LockedError } from '../../electron/main/instanceLock.ts';
import { resolveLaunch, SETTINGS_FILE } from '../../electron/main/launch.ts';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, rendererFileFor } from '../../electron/main/rendererFiles.ts';
import { createRotatingLog } from '../../electron/main/rotatingLog.ts';
import { createShutdown, SHUTDOWN_ORDER } from '../../electron/main/shutdown.ts';
import { DEFAULT_CONFIG_PATH } from '../../electron/services/config.ts';
import { silentLogger } from '../../electron/services/log.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'epost-shell-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('folder lock', () => {
  const file = () => path.join(dir, '.epost.lock');

  it('lets one process in and keeps the second out, naming the holder', () => {
    const first = acquireLock({ file: file(), app: 'A', pid: 100, host: 'pc1', isAlive: () => true });
    expect(() => acquireLock({ file: file(), app: 'B', pid: 200, host: 'pc1', isAlive: () => true }))
      .toThrow(expect.objectContaining({ name: 'LockedError', owner: expect.objectContaining({ pid: 100, app: 'A' }) }));
    first.release();
    expect(existsSync(file())).toBe(false);
    acquireLock({ file: file(), app: 'B', pid: 200, host: 'pc1' }).release();
  });

  it('takes over the lock of a crashed process on the same machine', () => {
    acquireLock({ file: file(), app: 'A', pid: 100, host: 'pc1' }); // never released: the process died
    const second = acquireLock({ file: file(), app: 'B', pid: 200, host: 'pc1', isAlive: (pid) => pid !== 100 });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ pid: 200, app: 'B' });
    second.release();
  });

  it('respects a fresh lock of another machine and takes over one whose heartbeat stopped', () => {
    acquireLock({ file: file(), app: 'A', pid: 100, host: 'pc1' });
    expect(() => acquireLock({ file: file(), app: 'B', pid: 100, host: 'pc2', isAlive: () => false })).toThrow(LockedError);
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(file(), old, old);
    acquireLock({ file: file(), app: 'B', pid: 100, host: 'pc2' }).release();
  });

  it('treats an unreadable lock as held until it is stale', () => {
    writeFileSync(file(), '{half');
    expect(() => acquireLock({ file: file(), app: 'B' })).toThrow(LockedError);
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(file(), old, old);
    acquireLock({ file: file(), app: 'B' }).release();
  });

  it('does not delete a lock that another process took over in the meantime', () => {
    const mine = acquireLock({ file: file(), app: 'A', pid: 100, host: 'pc1' });
    writeFileSync(file(), JSON.stringify({ pid: 300, host: 'pc1', app: 'C', startedAt: new Date().toISOString() }));
    mine.release();
    expect(existsSync(file())).toBe(true);
  });

  it('locks all folders or none', () => {
    const other = path.join(dir, 'scanner.lock');
    acquireLock({ file: other, app: 'X', pid: 1, host: 'pc9', isAlive: () => true });
    expect(() => acquireLocks([file(), other], { app: 'A', pid: 2, host: 'pc1' })).toThrow(LockedError);
    expect(existsSync(file())).toBe(false);
  });
});

describe('rotating log', () => {
  it('writes JSON lines and rotates by size, keeping a fixed number of old files', () => {
    const { log, file } = createRotatingLog({ dir, maxBytes: 300, keep: 2 });
    for (let i = 0; i < 20; i++) log('info', 'scan processed', { i });
    expect(readdirSync(dir).sort()).toEqual(['epost.1.log', 'epost.2.log', 'epost.log']);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { i: number; level: string });
    expect(lines.at(-1)).toMatchObject({ i: 19, level: 'info' });
    expect(readFileSync(file, 'utf8').length).toBeLessThanOrEqual(300);
  });

  it('drops levels below the minimum and never throws when the file cannot be written', () => {
    const fallback: string[] = [];
    const { log, file } = createRotatingLog({ dir, minimum: 'warn', fallback: (line) => fallback.push(line) });
    log('info', 'chatty');
    log('warn', 'kept');
    expect(readFileSync(file, 'utf8')).toContain('kept');
    expect(readFileSync(file, 'utf8')).not.toContain('chatty');
    rmSync(dir, { recursive: true, force: true });
    expect(() => log('error', 'folder gone')).not.toThrow();
    expect(fallback.join('')).toContain('folder gone');
  });
});

describe('shutdown', () => {
  it('runs the steps in the crash-safe order, whatever order they were added in, past failures', async () => {
    const ran: string[] = [];
    const shutdown = createShutdown({ log: silentLogger });
    shutdown.add({ name: 'locks', order: SHUTDOWN_ORDER.locks, run: () => { ran.push('locks'); } });
    shutdown.add({ name: 'core', order: SHUTDOWN_ORDER.core, run: () => { ran.push('core'); throw new Error('db busy'); } });
    shutdown.add({ name: 'intake', order: SHUTDOWN_ORDER.intake, run: async () => { ran.push('intake'); } });
    shutdown.add({ name: 'ipc', order: SHUTDOWN_ORDER.transport, run: () => { ran.push('ipc'); } });
    const result = await shutdown.run('test');
    expect(ran).toEqual(['intake', 'ipc', 'core', 'locks']);
    expect(result).toEqual({ completed: false, failed: ['core'] });
    expect(await shutdown.run('again')).toBe(result); // once only
  });

  it('gives up after the time limit instead of hanging on a stuck step', async () => {
    const shutdown = createShutdown({ log: silentLogger, timeoutMs: 50 });
    shutdown.add({ name: 'stuck', order: 1, run: () => new Promise<void>(() => {}) });
    expect(await shutdown.run('test')).toEqual({ completed: false, failed: [] });
  });
});

describe('launch', () => {
  const base = { env: {}, isPackaged: false, demoConfigFile: DEFAULT_CONFIG_PATH };

  it('uses the repository demo config in development, like the CLI', () => {
    const launch = resolveLaunch({ ...base, argv: ['electron', '.'], userData: dir });
    expect(launch).toMatchObject({ configFile: DEFAULT_CONFIG_PATH, dataDir: undefined, closeToTray: false, intake: true, warnings: [] });
  });

  it('takes command line over environment over desktop.json', () => {
    writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ configFile: '/etc/epost/a.yaml', dataDir: '/srv/a', closeToTray: true }));
    expect(resolveLaunch({ ...base, argv: ['electron', '.'], userData: dir }))
      .toMatchObject({ configFile: path.resolve('/etc/epost/a.yaml'), dataDir: path.resolve('/srv/a'), closeToTray: true });
    expect(resolveLaunch({ ...base, env: { EPOST_CONFIG: '/etc/epost/b.yaml' }, argv: ['electron', '.'], userData: dir }))
      .toMatchObject({ configFile: path.resolve('/etc/epost/b.yaml') });
    expect(resolveLaunch({ ...base, env: { EPOST_CONFIG: '/etc/epost/b.yaml' }, argv: ['exe', '--config', '/c.yaml', '--data=/d', '--no-intake', '--enable-logging'], userData: dir }))
      .toMatchObject({ configFile: path.resolve('/c.yaml'), dataDir: path.resolve('/d'), intake: false });
  });

  it('reports a broken desktop.json and starts with the defaults', () => {
    writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ closeToTray: 'yes', unknown: 1 }));
    const launch = resolveLaunch({ ...base, argv: [], userData: dir });
    expect(launch.closeToTray).toBe(false);
    expect(launch.warnings.length).toBeGreaterThan(0);
  });

  it('gives an installed app its own copy of the demo config, with data and scanner folder in user data', () => {
    const launch = resolveLaunch({ ...base, isPackaged: true, argv: ['E-Poststelle.exe'], userData: dir });
    expect(launch.configFile).toBe(path.join(dir, 'config.yaml'));
    const copy = parseYaml(readFileSync(launch.configFile, 'utf8')) as { dataDir: string; intake: { folders: { path: string }[] }; departments: unknown[] };
    expect(copy.dataDir).toBe('./data');
    expect(copy.intake.folders[0]?.path).toBe('./inbox');
    expect(copy.departments.length).toBe(15);
    // A second start keeps what IT may have edited.
    writeFileSync(launch.configFile, readFileSync(launch.configFile, 'utf8').replace('Stadt Musterstadt', 'Stadt Beispielhausen'));
    resolveLaunch({ ...base, isPackaged: true, argv: [], userData: dir });
    expect(readFileSync(launch.configFile, 'utf8')).toContain('Stadt Beispielhausen');
  });
});

describe('renderer files (epost://app)', () => {
  const root = path.join(path.sep, 'app', 'renderer', 'dist');

  it('maps the app origin onto renderer/dist', () => {
    expect(rendererFileFor(root, `${APP_ORIGIN}/`)).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor(root, `${APP_ORIGIN}/index.html?x#/inbox`)).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    'epost://app/../../etc/passwd',
    'epost://app/%2e%2e/%2e%2e/etc/passwd',
    'epost://app/assets/..%2f..%2f..%2fsecret',
    'epost://app/a%5c..%5c..%5csecret',
  ])('never leaves renderer/dist for %s', (url) => {
    const file = rendererFileFor(root, url);
    // The URL parser folds plain dot segments into the root; encoded ones are refused.
    expect(file === null || file.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'epost://app/assets/..%2f..%2f..%2fsecret',
    'epost://app/a%5c..%5c..%5csecret',
    'epost://app/%00',
    'epost://app/%E0%A4%A',
    'epost://other/index.html',
    'epost://user@app/index.html',
    'https://app/index.html',
    'file:///app/renderer/dist/index.html',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(root, url)).toBeNull();
  });

  it('has a policy without remote origins, inline scripts or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  });
});
