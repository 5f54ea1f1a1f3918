// The Electron IPC transport: the only place that handles ipcMain messages. Every message is
// checked before anything else happens — it must come from the main window's own web contents, its
// main frame, showing the app's own origin — then its payload is parsed with the contract's
// schemas, and only then does it reach the transport-agnostic dispatcher. The session token stays
// here in the main process, per window: the renderer never sends one, so a script that got into
// the page cannot lift a token out of it and use it elsewhere.
// This file does not import 'electron' (STYLE.md): the shell hands in ipcMain and the window's web
// contents, and the tests hand in plain objects of the same shape.
import { z } from 'zod';
import type { ApiError, Envelope } from '../contract/api.ts';
import { isMethodName, methods } from '../contract/methods.ts';
import type { Logger } from '../services/log.ts';

/** Channel names; the preload (electron/preload/index.cts) repeats them, a test keeps both equal. */
export const IPC_INVOKE_CHANNEL = 'epost:invoke';
export const IPC_EVENT_CHANNEL = 'epost:event';

export interface Auth { token: string | null }

/** A server-pushed event on the wire: the contract's event name and its payload. */
export interface WireEvent { type: string; data: unknown }

/** What the transport needs of the dispatcher (electron/services/api/dispatcher.ts). */
export interface IpcDispatcher<E = WireEvent> {
  invoke(method: string, input: unknown, auth: Auth): Promise<Envelope<unknown>>;
  subscribe(listener: (event: E) => void, auth: Auth): () => void;
}

/** Who sent a message, reduced to what the check needs (from an IpcMainInvokeEvent). */
export interface SenderDescription {
  webContentsId: number;
  /** URL of the sending frame; null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** The only renderer allowed to talk: the main window, showing the app's origin. */
export interface TrustedRenderer {
  webContentsId: number;
  /** `scheme://host` of the app, e.g. `epost://app`. */
  origin: string;
}

export const IpcRequestSchema = z.object({
  method: z.string().min(1).max(100),
  input: z.unknown(),
}).strict();

type Rejection = { ok: false; error: ApiError };

function failure(code: ApiError['code'], message: string, issues?: ApiError['issues']): Rejection {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

function issuesOf(error: z.ZodError): NonNullable<ApiError['issues']> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** `scheme://host` of a URL, for schemes Node's URL gives no origin (it says "null" for epost:). */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Null when the sender is the trusted renderer, else why it is not. */
export function senderProblem(sender: SenderDescription, trusted: TrustedRenderer | null): string | null {
  if (!trusted) return 'no window is accepting messages';
  if (sender.webContentsId !== trusted.webContentsId) return `unknown web contents ${sender.webContentsId}`;
  if (!sender.isMainFrame) return 'message from a sub-frame';
  if (sender.frameUrl === null) return 'sending frame is gone';
  const origin = originOf(sender.frameUrl);
  if (origin !== trusted.origin) return `foreign origin ${origin ?? sender.frameUrl}`;
  return null;
}

export interface InvokeContext<E = WireEvent> {
  trusted: TrustedRenderer | null;
  dispatcher: IpcDispatcher<E>;
  auth: Auth;
  log: Logger;
}

/**
 * One IPC call from start to answer; never throws. A foreign sender gets `forbidden` and the
 * dispatcher never hears of it; a malformed payload gets `invalid-input` with the issues by path.
 */
export async function handleInvoke<E>(request: unknown, sender: SenderDescription, context: InvokeContext<E>): Promise<Envelope<unknown>> {
  const problem = senderProblem(sender, context.trusted);
  if (problem) {
    context.log('warn', 'ipc message rejected', { reason: problem, webContents: sender.webContentsId, url: sender.frameUrl });
    return failure('forbidden', 'Nachricht von einem nicht zugelassenen Absender');
  }
  const parsed = IpcRequestSchema.safeParse(request);
  if (!parsed.success) return failure('invalid-input', 'Aufruf hat nicht die Form {method, input}', issuesOf(parsed.error));
  const { method } = parsed.data;
  if (!isMethodName(method)) return failure('unknown-method', `unbekannte Methode ${method}`);
  const input = parsed.data.input ?? {};
  const checked = methods[method].input.safeParse(input);
  if (!checked.success) return failure('invalid-input', `Eingabe für ${method} ungültig`, issuesOf(checked.error));
  try {
    // The original input goes on, not the parsed one: the dispatcher parses it again against the
    // same schema, and a transform applied twice need not give the same value.
    return await context.dispatcher.invoke(method, input, context.auth);
  } catch (error) {
    // The dispatcher promises envelopes; if it throws anyway, the renderer still gets one.
    context.log('error', 'dispatcher threw', { method, error: (error as Error).message });
    return failure('internal', 'interner Fehler');
  }
}

// ---- the wiring to ipcMain -------------------------------------------------------------------------

/** The parts of Electron's IpcMainInvokeEvent the transport reads. */
export interface IpcInvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** The parts of Electron's ipcMain the transport uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The parts of the main window's WebContents the transport uses. */
export interface RendererContentsLike {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export function describeSender(event: IpcInvokeEventLike): SenderDescription {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
}

export interface IpcTransportOptions<E> {
  ipcMain: IpcMainLike;
  dispatcher: IpcDispatcher<E>;
  /** The app's origin, e.g. `epost://app`. */
  origin: string;
  log: Logger;
  /** Maps a dispatcher event to the wire; default: the event is already `{type, data}`. */
  toWire?: (event: E) => WireEvent;
}

export interface IpcTransport {
  /** Trusts this web contents (the main window) from now on; any earlier one is forgotten. */
  attach(contents: RendererContentsLike): void;
  /** Forgets the window and its session (window closed). */
  detach(): void;
  /** Removes the handler and stops event forwarding (shutdown). */
  dispose(): void;
}

const SignInResultSchema = z.object({ ok: z.literal(true), value: z.object({ token: z.string().min(1) }).loose() });

export function createIpcTransport<E>(options: IpcTransportOptions<E>): IpcTransport {
  const { dispatcher, log } = options;
  const toWire = options.toWire ?? ((event: E) => event as unknown as WireEvent);
  let contents: RendererContentsLike | null = null;
  let auth: Auth = { token: null };
  let unsubscribe: (() => void) | null = null;

  // Events follow the session: after sign-in the dispatcher scopes them to the signed-in user.
  function resubscribe() {
    unsubscribe?.();
    unsubscribe = null;
    const target = contents;
    if (!target) return;
    unsubscribe = dispatcher.subscribe((event) => {
      if (target.isDestroyed() || target !== contents) return;
      try {
        target.send(IPC_EVENT_CHANNEL, toWire(event));
      } catch (error) {
        log('warn', 'event not delivered', { error: (error as Error).message });
      }
    }, auth);
  }

  function setToken(token: string | null) {
    if (auth.token === token) return;
    auth = { token };
    resubscribe();
  }

  options.ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, request) => {
    const window = contents;
    const trusted = window && !window.isDestroyed() ? { webContentsId: window.id, origin: options.origin } : null;
    const answer = await handleInvoke(request, describeSender(event), { trusted, dispatcher, auth, log });
    // A window replaced while the call ran must not inherit the old window's sign-in.
    if (!trusted || window !== contents) return answer;
    if (answer.ok) {
      const method = (request as { method: string }).method;
      if (method === 'session.signIn') {
        const signedIn = SignInResultSchema.safeParse(answer);
        if (signedIn.success) setToken(signedIn.data.value.token);
      } else if (method === 'session.signOut') {
        setToken(null);
      }
    } else if (answer.error.code === 'unauthenticated') {
      setToken(null); // expired or revoked: forget it so events stop too
    }
    return answer;
  });

  return {
    attach(next) {
      contents = next;
      auth = { token: null };
      resubscribe();
    },
    detach() {
      contents = null;
      auth = { token: null };
      resubscribe();
    },
    dispose() {
      options.ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
      contents = null;
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
