// The preload of the main window. It runs sandboxed, where only require('electron') is available,
// so it is a self-contained CommonJS file (hence .cts) and repeats the two channel names of
// electron/transport/ipc.ts (a unit test keeps them equal). The page gets exactly two functions:
// `invoke(method, input)` and `on(event, listener)`. Never ipcRenderer itself, never the IPC event
// object (its `sender` would hand the page ipcRenderer after all).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot use ES modules
const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');

const INVOKE_CHANNEL = 'epost:invoke';
const EVENT_CHANNEL = 'epost:event';

type Listener = (data: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, message: unknown) => {
  if (typeof message !== 'object' || message === null) return;
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (typeof type !== 'string') return;
  for (const listener of listeners.get(type) ?? []) {
    try {
      listener(data);
    } catch (error) {
      console.error(`epost: listener for ${type} failed`, error);
    }
  }
});

contextBridge.exposeInMainWorld('epost', {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    // The main process checks the shape again; this only gives the page an early, clear error.
    if (typeof method !== 'string') return Promise.reject(new TypeError('epost.invoke: method must be a string'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, { method, input });
  },
  on(event: unknown, listener: unknown): () => void {
    if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('epost.on(event: string, listener: function)');
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener as Listener);
    };
  },
});
