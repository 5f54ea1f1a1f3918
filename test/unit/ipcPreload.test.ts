// The preload, run in plain Node with a stand-in for the two Electron objects it uses: the page gets
// exactly { invoke, on }, calls go out on the transport's channel as {method, input}, events come
// back by name without the IPC event object, and the channel names match electron/transport/ipc.ts.
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../electron/transport/ipc.ts';

const PRELOAD = new URL('../../electron/preload/index.cts', import.meta.url);

interface Bridge {
  invoke(method: unknown, input?: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
}

let exposed: Map<string, unknown>;
let invoked: unknown[][];
let rendererListeners: Map<string, (event: unknown, ...args: unknown[]) => void>;
let required: string[];

function loadPreload(): Bridge {
  exposed = new Map();
  invoked = [];
  rendererListeners = new Map();
  required = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => { invoked.push(args); return Promise.resolve({ ok: true, value: null }); },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => { rendererListeners.set(channel, listener); },
    },
  };
  // What Electron's sandboxed preload wrapper provides: require (electron only), exports, module.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`module not found: ${name}`);
    return electron;
  };
  const source = stripTypeScriptTypes(readFileSync(PRELOAD, 'utf8'), { mode: 'strip' });
  const wrapper = vm.runInNewContext(`(function (require, exports, module) {\n${source}\n})`, { console }) as (r: unknown, e: unknown, m: unknown) => void;
  const exports = {};
  wrapper(sandboxRequire, exports, { exports });
  return exposed.get('epost') as Bridge;
}

function emit(payload: unknown) {
  const listener = rendererListeners.get(IPC_EVENT_CHANNEL);
  if (!listener) throw new Error('preload does not listen for events');
  listener({ sender: 'the ipcRenderer, which must not reach the page' }, payload);
}

describe('preload', () => {
  let bridge: Bridge;
  beforeEach(() => { bridge = loadPreload(); });

  it('needs nothing but electron, and exposes exactly invoke and on as window.epost', () => {
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['epost']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('sends calls on the transport\'s invoke channel as {method, input}', async () => {
    await bridge.invoke('items.claim', { id: 'a' });
    expect(invoked).toEqual([[IPC_INVOKE_CHANNEL, { method: 'items.claim', input: { id: 'a' } }]]);
    // (Errors come from the preload's own realm: matched by message, not by class.)
    await expect(bridge.invoke(42, {})).rejects.toThrow(/method must be a string/);
    expect(invoked).toHaveLength(1);
  });

  it('delivers events by name, payload only, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const stop = bridge.on('items.changed', (...args: unknown[]) => seen.push(args));
    bridge.on('intake.progress', () => seen.push(['wrong listener']));
    emit({ type: 'items.changed', data: { id: 'x', state: 'routed', department: '1.40' } });
    emit({ type: 'unknown.event', data: 1 });
    emit('garbage');
    emit(null);
    expect(seen).toEqual([[{ id: 'x', state: 'routed', department: '1.40' }]]);
    stop();
    emit({ type: 'items.changed', data: { id: 'y' } });
    expect(seen).toHaveLength(1);
  });

  it('keeps one failing listener from silencing the others', () => {
    const seen: unknown[] = [];
    bridge.on('items.changed', () => { throw new Error('page bug'); });
    bridge.on('items.changed', (data: unknown) => seen.push(data));
    const error = console.error;
    console.error = () => {};
    try {
      emit({ type: 'items.changed', data: 1 });
    } finally {
      console.error = error;
    }
    expect(seen).toEqual([1]);
  });

  it('refuses a malformed subscription', () => {
    expect(() => bridge.on(1, () => {})).toThrow(/epost\.on/);
    expect(() => bridge.on('items.changed', 'not a function')).toThrow(/epost\.on/);
  });

  it('repeats the channel names of electron/transport/ipc.ts', () => {
    const source = readFileSync(PRELOAD, 'utf8');
    expect(source).toContain(`'${IPC_INVOKE_CHANNEL}'`);
    expect(source).toContain(`'${IPC_EVENT_CHANNEL}'`);
  });
});
