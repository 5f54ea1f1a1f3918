// A typed client over the contract's method registry: method names, inputs and outputs come from
// electron/contract, answers are checked against the contract's output schema before use.
import type { z } from 'zod';
import { envelopeSchema, type ApiError, type MethodDefinition } from '../../electron/contract/api.ts';
import type { RawEvent, Transport } from './transport.ts';

export type Registry = Record<string, MethodDefinition>;
export type InputOf<R extends Registry, M extends keyof R> = z.input<R[M]['input']>;
export type OutputOf<R extends Registry, M extends keyof R> = z.output<R[M]['output']>;
export type EventRegistry = Record<string, z.ZodType>;
export type EventOf<E extends EventRegistry> = { [K in keyof E & string]: { type: K; data: z.output<E[K]> } }[keyof E & string];

/** A failed call, with the server's code and, for invalid input, the issues by key path. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  readonly code: ApiError['code'];
  readonly issues: NonNullable<ApiError['issues']>;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export interface ApiClient<R extends Registry, E extends EventRegistry> {
  readonly transport: Transport['kind'];
  call<M extends keyof R & string>(method: M, input: InputOf<R, M>): Promise<OutputOf<R, M>>;
  on(listener: (event: EventOf<E>) => void): () => void;
  setSession(token: string | null): void;
  /** Called when the server says the session is gone, so the app can show the sign-in again. */
  onUnauthenticated(listener: () => void): () => void;
}

export function createApiClient<R extends Registry, E extends EventRegistry>(methods: R, events: E, transport: Transport): ApiClient<R, E> {
  let session: string | null = null;
  const unauthenticated = new Set<() => void>();
  return {
    transport: transport.kind,
    async call(method, input) {
      const definition = methods[method];
      if (!definition) throw new ApiCallError({ code: 'unknown-method', message: method });
      const raw = await transport.invoke(method, input, session);
      const parsed = envelopeSchema(definition.output).safeParse(raw);
      if (!parsed.success) {
        throw new ApiCallError({ code: 'internal', message: `Antwort von ${method} passt nicht zum Vertrag: ${parsed.error.message}` });
      }
      const envelope = parsed.data as { ok: true; value: OutputOf<R, typeof method> } | { ok: false; error: ApiError };
      if (!envelope.ok) {
        if (envelope.error.code === 'unauthenticated') unauthenticated.forEach((listener) => listener());
        throw new ApiCallError(envelope.error);
      }
      return envelope.value;
    },
    on(listener) {
      return transport.subscribe(Object.keys(events), session, (event: RawEvent) => {
        const schema = events[event.type];
        const data = schema?.safeParse(event.data);
        if (data?.success) listener({ type: event.type, data: data.data } as EventOf<E>);
      });
    },
    setSession(token) { session = token; },
    onUnauthenticated(listener) {
      unauthenticated.add(listener);
      return () => unauthenticated.delete(listener);
    },
  };
}
