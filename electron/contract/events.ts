// Events the services push to the renderer (IPC `on`, the HTTP bridge's server-sent events).
// Each subscriber receives only what its role may see (see services/api/dispatcher.ts).
import { z } from 'zod';
import { ItemStateSchema } from './domain.ts';

export const INTAKE_STAGES = ['received', 'processing', 'classified', 'quarantined', 'duplicate'] as const;
export const IntakeStageSchema = z.enum(INTAKE_STAGES);

export const eventSchemas = {
  /** An item changed state, department or classification; the lists reload it. */
  'items.changed': z.object({ id: z.string(), state: ItemStateSchema, department: z.string().nullable() }),
  /** A scan moves through the pipeline (mailroom and IT only). */
  'intake.progress': z.object({ file: z.string(), stage: IntakeStageSchema, itemId: z.string() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

export const ApiEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('items.changed'), data: eventSchemas['items.changed'] }),
  z.object({ type: z.literal('intake.progress'), data: eventSchemas['intake.progress'] }),
]);
export type ApiEvent = z.infer<typeof ApiEventSchema>;
