// The one entry point of the API, for both transports (Electron IPC and the HTTP bridge):
// method name → who is calling → may they → parse input → handler → parse output → envelope.
// It never throws: every failure, expected or not, becomes an `{ok:false,error}` envelope.
import { randomUUID } from 'node:crypto';
import type { ApiError, Envelope } from '../../contract/api.ts';
import type { ApiEvent } from '../../contract/events.ts';
import { isMethodName, methods, type SessionUser } from '../../contract/methods.ts';
import { ConfigError } from '../config.ts';
import { TransitionError } from '../store/items.ts';
import { createSessionStore, UserExistsError, type SessionStore } from '../users.ts';
import { adminHandlers } from './admin.ts';
import { createChangeFeed } from './changeFeed.ts';
import { configHandlers } from './configHandlers.ts';
import { ApiFailure, issuesOf, type ApiDeps, type HandlerContext, type Handlers } from './context.ts';
import { inboxHandlers } from './inbox.ts';
import { mailroomHandlers } from './mailroom.ts';
import { paperHandlers } from './paper.ts';
import { quarantineHandlers } from './quarantine.ts';
import { recordsHandlers } from './records.ts';
import { sessionHandlers } from './session.ts';
import { leaksItems } from './scope.ts';
import { statsHandlers } from './stats.ts';

export interface Auth { token: string | null }

export interface Dispatcher {
  invoke(method: string, input: unknown, auth: Auth): Promise<Envelope<unknown>>;
  /** Delivers the events the session may see; stops when the returned function is called. */
  subscribe(listener: (event: ApiEvent) => void, auth: Auth): () => void;
  /** The signed-in user of a token (transports use it to refuse an event stream up front). */
  whoIs(auth: Auth): SessionUser | undefined;
  close(): void;
}

// Written out as one object so a method without a handler is a type error.
const handlers: Handlers = {
  ...sessionHandlers, ...mailroomHandlers, ...paperHandlers, ...inboxHandlers, ...configHandlers, ...statsHandlers, ...adminHandlers,
  ...recordsHandlers, ...quarantineHandlers,
};

const fail = (code: ApiError['code'], message: string, issues?: ApiError['issues']): Envelope<never> =>
  ({ ok: false, error: issues ? { code, message, issues } : { code, message } });

/** Whether a signed-in user may receive an event. */
export function mayReceive(user: SessionUser, event: ApiEvent): boolean {
  switch (event.type) {
    case 'items.changed':
      // Ids, state and department only: the mailroom and IT see all, a clerk the own department's.
      return user.role !== 'clerk' || event.data.department === user.department;
    case 'intake.progress':
      return user.role !== 'clerk';
    case 'unopened.changed':
      // The addressee's department and the mailroom; IT sees no mail, not even envelopes.
      return user.role === 'mailroom' || (user.role === 'clerk' && event.data.department === user.department);
  }
}

export function createDispatcher(deps: ApiDeps): Dispatcher {
  const { core } = deps;
  const sessions: SessionStore = createSessionStore(core.db, core.clock, deps.sessionTtlMs);
  const newId = deps.newId ?? randomUUID;
  const subscribers = new Set<{ listener: (event: ApiEvent) => void; auth: Auth }>();
  const feed = createChangeFeed(core.db, (event) => {
    for (const subscriber of subscribers) {
      const user = sessions.resolve(subscriber.auth.token);
      if (!user || !mayReceive(user, event)) continue;
      try {
        subscriber.listener(event);
      } catch (error) {
        core.log('warn', 'event listener failed', { error: (error as Error).message });
      }
    }
  }, deps.eventPollMs);

  async function invoke(name: string, input: unknown, auth: Auth): Promise<Envelope<unknown>> {
    try {
      if (!isMethodName(name)) return fail('unknown-method', `Unbekannte Methode ${name}`);
      const definition = methods[name];
      const user = sessions.resolve(auth.token) ?? null;
      // Access before input: a signed-out caller learns nothing, not even the input's shape.
      if (definition.access !== 'public') {
        if (!user) return fail('unauthenticated', 'Bitte anmelden');
        if (!definition.access.includes(user.role)) return fail('forbidden', 'Für Ihre Rolle nicht erlaubt');
      }
      const parsed = definition.input.safeParse(input ?? {});
      if (!parsed.success) return fail('invalid-input', 'Eingabe ungültig', issuesOf(parsed.error));
      const ctx: HandlerContext = {
        core, db: core.db, configFile: deps.configFile, newId, sessions, user, token: auth.token,
        by: () => ({ actor: user?.username ?? 'anonymous', at: core.clock().toISOString() }),
      };
      // The registry and the handler table are keyed alike; TypeScript cannot follow the pairing
      // through a runtime name, so the call is typed loosely here and checked by the output schema.
      const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => unknown;
      const result = await handler(parsed.data, ctx);
      const output = definition.output.safeParse(result);
      if (!output.success) {
        core.log('error', 'handler answer does not match the contract', { method: name, issues: issuesOf(output.error) });
        return fail('internal', 'Interner Fehler: Antwort passt nicht zum Vertrag');
      }
      if (leaksItems(output.data, user)) {
        core.log('error', 'answer withheld: it holds items outside the caller\'s scope', { method: name, user: user?.username });
        return fail('internal', 'Interner Fehler: Antwort zurückgehalten');
      }
      // Push this call's own changes at once instead of at the next poll.
      try { feed.poll(); } catch { /* events follow at the next poll */ }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.message, error.issues);
      if (error instanceof TransitionError) return fail('conflict', error.message);
      if (error instanceof UserExistsError) return fail('conflict', error.message);
      if (error instanceof ConfigError) return fail('invalid-input', error.message, error.problems);
      core.log('error', 'API call failed', { method: name, error: (error as Error).stack ?? String(error) });
      return fail('internal', 'Interner Fehler');
    }
  }

  return {
    invoke,
    subscribe(listener, auth) {
      const subscriber = { listener, auth };
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    whoIs: (auth) => sessions.resolve(auth.token),
    close() {
      feed.close();
      subscribers.clear();
    },
  };
}
