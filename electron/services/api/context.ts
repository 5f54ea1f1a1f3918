// What every API handler gets: the services, the caller, and typed failures that the dispatcher turns
// into envelopes. Handlers never build envelopes themselves.
import type { z } from 'zod';
import type { ApiError } from '../../contract/api.ts';
import type { Config } from '../../contract/config.ts';
import type { MethodName, Methods, SessionUser } from '../../contract/methods.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import type { Actor } from '../store/items.ts';
import type { SessionStore } from '../users.ts';
import type { Learning } from '../learning.ts';
import type { Pipeline } from '../pipeline.ts';

/** The part of the core the API uses (electron/services/core.ts provides it). */
export interface ApiCore {
  readonly config: Config;
  updateConfig(next: Config): void;
  db: Db;
  clock: () => Date;
  log: Logger;
  /** The mailroom's corrections become labelled examples for the learned model. */
  learning: Pick<Learning, 'recordCorrection'>;
  /** Reads a quarantined scan again (`quarantine.retry`): the same pipeline as every scan. */
  pipeline: Pick<Pipeline, 'processStaged'>;
}

export interface ApiDeps {
  core: ApiCore;
  /** Where configuration changes are written; null keeps them in memory (tests, throwaway runs). */
  configFile: string | null;
  newId?: () => string;
  sessionTtlMs?: number;
  /** How often the change feed looks for new audit rows (events from the pipeline). */
  eventPollMs?: number;
}

export interface HandlerContext {
  core: ApiCore;
  db: Db;
  configFile: string | null;
  newId: () => string;
  sessions: SessionStore;
  /** The caller; null only in public methods (the dispatcher checks access before the handler). */
  user: SessionUser | null;
  token: string | null;
  /** Who and when, for store functions and audit rows. */
  by(): Actor;
}

export type ApiIssue = NonNullable<ApiError['issues']>[number];

export class ApiFailure extends Error {
  override name = 'ApiFailure';
  readonly code: ApiError['code'];
  readonly issues: ApiIssue[] | undefined;
  constructor(code: ApiError['code'], message: string, issues?: ApiIssue[]) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what = 'Schriftstück') => new ApiFailure('not-found', `${what} nicht gefunden`);

export function invalid(path: string, message: string): ApiFailure {
  return new ApiFailure('invalid-input', message, [{ path, message }]);
}

export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The signed-in caller of a method that is not public. */
export function caller(ctx: HandlerContext): SessionUser {
  if (!ctx.user) throw new ApiFailure('unauthenticated', 'Bitte anmelden');
  return ctx.user;
}

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['input']>,
  ctx: HandlerContext,
) => z.input<Methods[M]['output']> | Promise<z.input<Methods[M]['output']>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** Gives a group of handlers their contract types without repeating them. */
export function defineHandlers<K extends MethodName>(handlers: Pick<Handlers, K>): Pick<Handlers, K> {
  return handlers;
}
