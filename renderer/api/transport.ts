// Two ways to reach the services, one shape: Electron's preload bridge (`window.epost`) or the
// loopback HTTP bridge of `epost serve`. The client above this never knows which one it has.
import type { Envelope } from '../../electron/contract/api.ts';

/** A server-pushed event as it arrives from either transport (payload parsed by the client). */
export interface RawEvent { type: string; data: unknown }

export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(method: string, input: unknown, session: string | null): Promise<unknown>;
  /** Listens to the contract's events; returns the function that stops listening. */
  subscribe(eventTypes: readonly string[], session: string | null, listener: (event: RawEvent) => void): () => void;
}

/** What electron/preload exposes through contextBridge: nothing but these two functions. */
export interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (data: unknown) => void): () => void;
}

declare global {
  interface Window { epost?: PreloadBridge }
}

/** The header names the loopback bridge expects (electron/transport/http.ts). */
export const BRIDGE_TOKEN_HEADER = 'x-epost-bridge';
export const SESSION_HEADER = 'authorization';
const BRIDGE_TOKEN_META = 'epost-bridge-token';

function ipcTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    // The main process keeps the session per window (the sender is checked there), so the renderer
    // never hands a token to IPC; `session` is only used by the HTTP bridge, which has no cookies.
    invoke: (method, input) => bridge.invoke(method, input),
    subscribe(eventTypes, _session, listener) {
      const stops = eventTypes.map((type) => bridge.on(type, (data) => listener({ type, data })));
      return () => stops.forEach((stop) => stop());
    },
  };
}

function httpTransport(bridgeToken: string, baseUrl: string): Transport {
  const headers = (session: string | null): Record<string, string> => ({
    'content-type': 'application/json',
    [BRIDGE_TOKEN_HEADER]: bridgeToken,
    ...(session ? { [SESSION_HEADER]: `Bearer ${session}` } : {}),
  });
  return {
    kind: 'http',
    async invoke(method, input, session) {
      const response = await fetch(`${baseUrl}api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: headers(session),
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
      });
      // The bridge answers errors as envelopes too; only a broken proxy would send something else.
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}: ${text.slice(0, 200)}` } } satisfies Envelope<never>;
      }
    },
    subscribe(eventTypes, session, listener) {
      // EventSource cannot set headers: the bridge takes both tokens as query parameters here.
      const params = new URLSearchParams({ bridge: bridgeToken });
      if (session) params.set('session', session);
      const source = new EventSource(`${baseUrl}api/events?${params.toString()}`);
      const handlers = eventTypes.map((type) => {
        const handler = (message: MessageEvent<string>) => {
          try { listener({ type, data: JSON.parse(message.data) as unknown }); } catch { /* a malformed event is dropped */ }
        };
        source.addEventListener(type, handler);
        return handler;
      });
      // Unnamed messages carry their type inside the payload ({type, data}).
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          const parsed = JSON.parse(message.data) as { type?: unknown; data?: unknown };
          if (typeof parsed.type === 'string') listener({ type: parsed.type, data: parsed.data });
        } catch { /* ignored */ }
      };
      return () => {
        eventTypes.forEach((type, index) => source.removeEventListener(type, handlers[index]!));
        source.close();
      };
    },
  };
}

/** Electron when the preload bridge is there, else the loopback bridge that served this page. */
export function detectTransport(): Transport {
  if (window.epost) return ipcTransport(window.epost);
  // The bridge injects the meta tag into the page it serves; a page not served by it has none.
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE_TOKEN_META}"]`)?.content ?? '';
  // Relative to the page, so the bundle works under any path the bridge serves it from.
  const base = new URL('./', window.location.href).href;
  return httpTransport(token, base);
}
