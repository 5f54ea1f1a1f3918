// The API contract: method name → input schema → output schema → who may call it. Defined once,
// used by both transports (Electron IPC and the loopback HTTP bridge) and by the renderer's client.
// This file imports zod and the other contract files only: it runs in Node and in the browser.
import { z } from 'zod';

export const ROLES = ['mailroom', 'clerk', 'it'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  mailroom: 'Poststelle',
  clerk: 'Sachbearbeitung',
  it: 'IT / Administration',
};

/** `public`: callable signed out (sign-in itself). Otherwise the roles that may call the method. */
export type Access = 'public' | readonly Role[];

export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  description: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(definition: MethodDefinition<I, O>): MethodDefinition<I, O> {
  return definition;
}

export const ERROR_CODES = ['invalid-input', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'unknown-method', 'internal'] as const;
export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Answers are envelopes: Electron's IPC keeps only the message of a thrown error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }),
  ]);
}
