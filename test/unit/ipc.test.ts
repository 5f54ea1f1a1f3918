// The IPC transport with the real dispatcher, in plain Node (no electron import): the sender check,
// payload validation against the contract, the per-window session and event forwarding.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../electron/contract/api.ts';
import type { Config } from '../../electron/contract/config.ts';
import type { ApiEvent } from '../../electron/contract/events.ts';
import { createLearning } from '../../electron/services/learning.ts';
import { createDispatcher, type Dispatcher } from '../../electron/services/api/dispatcher.ts';
import type { ApiCore } from '../../electron/services/api/context.ts';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../electron/services/config.ts';
import { silentLogger, type Logger } from '../../electron/services/log.ts';
import { openDatabase, type Db } from '../../electron/services/store/db.ts';
import { createUser } from '../../electron/services/users.ts';
import {
  createIpcTransport, handleInvoke, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, senderProblem,
  type IpcInvokeEventLike, type IpcMainLike, type SenderDescription, type TrustedRenderer,
} from '../../electron/transport/ipc.ts';

const ORIGIN = 'epost://app';
const PAGE = `${ORIGIN}/index.html`;
const WINDOW_ID = 7;
const trusted: TrustedRenderer = { webContentsId: WINDOW_ID, origin: ORIGIN };
const fromWindow: SenderDescription = { webContentsId: WINDOW_ID, frameUrl: PAGE, isMainFrame: true };
const PASSWORD = 'richtig-langes-passwort';

let dataDir: string;
let db: Db;
let dispatcher: Dispatcher;
/** Calls that reached the dispatcher: a rejected message must never get there. */
let reached: string[];
let spy: Dispatcher;
let logged: { level: string; message: string }[];
const log: Logger = (level, message) => { logged.push({ level, message }); };

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'epost-ipc-'));
  let config: Config = loadConfig(DEFAULT_CONFIG_PATH, { dataDir }).config;
  db = openDatabase(':memory:');
  const core: ApiCore = {
    get config() { return config; },
    updateConfig(next) { config = next; },
    db,
    clock: () => new Date(),
    log: silentLogger,
    learning: createLearning({ db }),
    // No scan is read in these tests.
    pipeline: { processStaged: () => Promise.reject(new Error('no pipeline in the IPC tests')) },
  };
  await createUser(db, { username: 'poststelle', displayName: 'Petra Post', role: 'mailroom', department: null, password: PASSWORD }, { actor: 'test', at: new Date().toISOString() });
  await createUser(db, { username: 'steuern', displayName: 'Sabine Abgabe', role: 'clerk', department: '1.50', password: PASSWORD }, { actor: 'test', at: new Date().toISOString() });
  dispatcher = createDispatcher({ core, configFile: null, eventPollMs: 60_000 });
  reached = [];
  logged = [];
  spy = {
    ...dispatcher,
    invoke(method, input, auth) {
      reached.push(method);
      return dispatcher.invoke(method, input, auth);
    },
  };
});

afterEach(() => {
  dispatcher.close();
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const context = (auth: { token: string | null } = { token: null }) => ({ trusted, dispatcher: spy, auth, log });

function expectFailure(answer: Envelope<unknown>, code: string) {
  expect(answer.ok).toBe(false);
  if (!answer.ok) expect(answer.error.code).toBe(code);
  return answer.ok ? undefined : answer.error;
}

describe('senderProblem', () => {
  it('accepts the main frame of the main window showing the app origin', () => {
    expect(senderProblem(fromWindow, trusted)).toBeNull();
    expect(senderProblem({ ...fromWindow, frameUrl: `${ORIGIN}/index.html#/inbox?x=1` }, trusted)).toBeNull();
  });

  it.each<[string, SenderDescription]>([
    ['another web contents', { ...fromWindow, webContentsId: 8 }],
    ['a sub-frame', { ...fromWindow, isMainFrame: false }],
    ['a frame that is gone', { ...fromWindow, frameUrl: null }],
    ['a file:// page', { ...fromWindow, frameUrl: 'file:///C:/Users/x/evil.html' }],
    ['a remote page', { ...fromWindow, frameUrl: 'https://example.org/index.html' }],
    ['another host of the app scheme', { ...fromWindow, frameUrl: 'epost://evil/index.html' }],
    ['a look-alike with credentials', { ...fromWindow, frameUrl: 'epost://user:pw@app/index.html' }],
    ['about:blank', { ...fromWindow, frameUrl: 'about:blank' }],
    ['garbage', { ...fromWindow, frameUrl: 'not a url' }],
  ])('rejects %s', (_name, sender) => {
    expect(senderProblem(sender, trusted)).toEqual(expect.any(String));
  });

  it('rejects everything while no window is trusted', () => {
    expect(senderProblem(fromWindow, null)).toEqual(expect.any(String));
  });
});

describe('handleInvoke with the real dispatcher', () => {
  it('rejects a message from a foreign sender before the dispatcher sees it', async () => {
    const answer = await handleInvoke({ method: 'session.signIn', input: { username: 'poststelle', password: PASSWORD } },
      { webContentsId: 99, frameUrl: 'https://example.org/', isMainFrame: true }, context());
    expectFailure(answer, 'forbidden');
    expect(reached).toEqual([]);
    expect(logged).toContainEqual({ level: 'warn', message: 'ipc message rejected' });
  });

  it.each<[string, unknown]>([
    ['not an object', 'session.current'],
    ['null', null],
    ['no method', { input: {} }],
    ['a method that is not a string', { method: 42, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['extra keys', { method: 'session.current', input: {}, token: 'stolen' }],
  ])('answers a malformed message (%s) with invalid-input', async (_name, message) => {
    const error = expectFailure(await handleInvoke(message, fromWindow, context()), 'invalid-input');
    expect(error?.issues?.length).toBeGreaterThan(0);
    expect(reached).toEqual([]);
  });

  it('answers an unknown method with unknown-method', async () => {
    expectFailure(await handleInvoke({ method: 'items.deleteEverything', input: {} }, fromWindow, context()), 'unknown-method');
    expectFailure(await handleInvoke({ method: 'constructor', input: {} }, fromWindow, context()), 'unknown-method');
    expect(reached).toEqual([]);
  });

  it('checks the input against the method\'s contract schema, with the issues by path', async () => {
    const error = expectFailure(await handleInvoke({ method: 'session.signIn', input: { username: 5 } }, fromWindow, context()), 'invalid-input');
    expect(error?.issues?.map((issue) => issue.path).sort()).toEqual(['password', 'username']);
    expect(reached).toEqual([]);
  });

  it('passes a valid message to the dispatcher and returns its envelope', async () => {
    const answer = await handleInvoke({ method: 'session.signIn', input: { username: 'poststelle', password: PASSWORD } }, fromWindow, context());
    expect(reached).toEqual(['session.signIn']);
    expect(answer).toMatchObject({ ok: true, value: { token: expect.any(String), user: { username: 'poststelle', role: 'mailroom' } } });
  });

  it('lets the dispatcher decide access: a protected method without a session is unauthenticated', async () => {
    expectFailure(await handleInvoke({ method: 'items.reviewQueue', input: {} }, fromWindow, context()), 'unauthenticated');
    expect(reached).toEqual(['items.reviewQueue']);
  });

  it('treats a missing input as {} (methods without parameters)', async () => {
    const answer = await handleInvoke({ method: 'session.current' }, fromWindow, context());
    expect(answer).toEqual({ ok: true, value: { user: null } });
  });

  it('still answers with an envelope when a dispatcher throws', async () => {
    const throwing = { ...spy, invoke: () => Promise.reject(new Error('boom')) };
    const answer = await handleInvoke({ method: 'session.current', input: {} }, fromWindow, { ...context(), dispatcher: throwing });
    expectFailure(answer, 'internal');
  });
});

// ---- the transport as main/index.ts wires it, with stand-ins for ipcMain and the window ---------------

class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) { this.handlers.delete(channel); }
  /** What ipcRenderer.invoke(channel, message) from a frame would do. */
  async call(message: unknown, from: { id?: number; url?: string; parent?: unknown } = {}) {
    const handler = this.handlers.get(IPC_INVOKE_CHANNEL);
    if (!handler) throw new Error('no handler');
    const event: IpcInvokeEventLike = { sender: { id: from.id ?? WINDOW_ID }, senderFrame: { url: from.url ?? PAGE, parent: from.parent ?? null } };
    return handler(event, message) as Promise<Envelope<unknown>>;
  }
}

function fakeWindow(id = WINDOW_ID) {
  const sent: { channel: string; payload: unknown }[] = [];
  let destroyed = false;
  return {
    id,
    sent,
    send(channel: string, payload: unknown) { sent.push({ channel, payload }); },
    isDestroyed: () => destroyed,
    destroy() { destroyed = true; },
  };
}

describe('createIpcTransport', () => {
  const signIn = (username = 'poststelle') => ({ method: 'session.signIn', input: { username, password: PASSWORD } });
  const current = { method: 'session.current', input: {} };

  it('accepts nothing before a window is attached', async () => {
    const ipcMain = new FakeIpcMain();
    createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log });
    expectFailure(await ipcMain.call(current), 'forbidden');
    expect(reached).toEqual([]);
  });

  it('keeps the session in the main process, for the attached window only', async () => {
    const ipcMain = new FakeIpcMain();
    const transport = createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log });
    transport.attach(fakeWindow());
    expect(await ipcMain.call(current)).toEqual({ ok: true, value: { user: null } });
    expect(await ipcMain.call(signIn())).toMatchObject({ ok: true });
    // The renderer sends no token; the window's session is used.
    expect(await ipcMain.call(current)).toMatchObject({ ok: true, value: { user: { username: 'poststelle' } } });
    expect(await ipcMain.call({ method: 'items.reviewQueue', input: {} })).toMatchObject({ ok: true });
    // Another web contents, or a sub-frame of the window, does not get to use that session.
    expectFailure(await ipcMain.call(current, { id: 8 }), 'forbidden');
    expectFailure(await ipcMain.call(current, { parent: {} }), 'forbidden');
    expectFailure(await ipcMain.call(current, { url: 'https://example.org/' }), 'forbidden');
    expect(await ipcMain.call({ method: 'session.signOut', input: {} })).toMatchObject({ ok: true });
    expect(await ipcMain.call(current)).toEqual({ ok: true, value: { user: null } });
  });

  it('does not keep a session after a failed sign-in', async () => {
    const ipcMain = new FakeIpcMain();
    createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log }).attach(fakeWindow());
    expectFailure(await ipcMain.call({ method: 'session.signIn', input: { username: 'poststelle', password: 'falsch-falsch-falsch' } }), 'unauthenticated');
    expect(await ipcMain.call(current)).toEqual({ ok: true, value: { user: null } });
  });

  it('forwards the events the signed-in user may see to the window, and stops on sign-out', async () => {
    const ipcMain = new FakeIpcMain();
    const window = fakeWindow();
    createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log }).attach(window);
    const record = { method: 'items.recordUnopened', input: { addressee: 'Frau Oberbürgermeisterin', department: '0.10', kind: 'personal' } };
    expect(await ipcMain.call(signIn())).toMatchObject({ ok: true });
    const created = await ipcMain.call(record);
    expect(created).toMatchObject({ ok: true });
    const events = window.sent.filter((m) => m.channel === IPC_EVENT_CHANNEL).map((m) => m.payload as ApiEvent);
    expect(events).toContainEqual({ type: 'items.changed', data: expect.objectContaining({ department: '0.10' }) });

    await ipcMain.call({ method: 'session.signOut', input: {} });
    window.sent.length = 0;
    // A change made by someone else after sign-out does not reach the signed-out window.
    await spy.invoke('items.recordUnopened', record.input, { token: (await dispatcher.invoke('session.signIn', signIn().input, { token: null }) as { ok: true; value: { token: string } }).value.token });
    expect(window.sent).toEqual([]);
  });

  it('does not forward events a clerk may not see', async () => {
    const ipcMain = new FakeIpcMain();
    const window = fakeWindow();
    createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log }).attach(window);
    expect(await ipcMain.call(signIn('steuern'))).toMatchObject({ ok: true });
    const mailroom = await dispatcher.invoke('session.signIn', signIn().input, { token: null }) as { ok: true; value: { token: string } };
    await dispatcher.invoke('items.recordUnopened', { addressee: 'Personalrat', department: '1.10', kind: 'staff-council' }, { token: mailroom.value.token });
    expect(window.sent).toEqual([]);
    // Their own department's changes do arrive.
    await dispatcher.invoke('items.recordUnopened', { addressee: 'Herr Steuer', department: '1.50', kind: 'personal' }, { token: mailroom.value.token });
    expect(window.sent.map((m) => m.payload)).toContainEqual({ type: 'items.changed', data: expect.objectContaining({ department: '1.50' }) });
  });

  it('forgets the session when the window is replaced or closed', async () => {
    const ipcMain = new FakeIpcMain();
    const transport = createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log });
    transport.attach(fakeWindow());
    await ipcMain.call(signIn());
    transport.attach(fakeWindow(12));
    expectFailure(await ipcMain.call(current), 'forbidden'); // the old window is no longer trusted
    expect(await ipcMain.call(current, { id: 12 })).toEqual({ ok: true, value: { user: null } });
    transport.detach();
    expectFailure(await ipcMain.call(current, { id: 12 }), 'forbidden');
  });

  it('trusts no destroyed window and removes its handler on dispose', async () => {
    const ipcMain = new FakeIpcMain();
    const transport = createIpcTransport({ ipcMain, dispatcher: spy, origin: ORIGIN, log });
    const window = fakeWindow();
    transport.attach(window);
    window.destroy();
    expectFailure(await ipcMain.call(current), 'forbidden');
    transport.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
