// Events the services push to the renderer (IPC `on`, the HTTP bridge's server-sent events).
// Each subscriber receives only what its role may see (see services/api/dispatcher.ts).
import { z } from 'zod';
import { ItemStateSchema } from './domain.ts';
import { UNOPENED_KIND_IDS } from './records.ts';

export const INTAKE_STAGES = ['received', 'processing', 'classified', 'quarantined', 'duplicate'] as const;
export const IntakeStageSchema = z.enum(INTAKE_STAGES);

export const eventSchemas = {
  /** An item changed state, department or classification; the lists reload it. */
  'items.changed': z.object({ id: z.string(), state: ItemStateSchema, department: z.string().nullable() }),
  /** A scan moves through the pipeline (mailroom and IT only). */
  'intake.progress': z.object({ file: z.string(), stage: IntakeStageSchema, itemId: z.string() }),
  /**
   * An entry of the unopened-mail register was recorded (open: true) or picked up (open: false):
   * the addressee's department is told (its clerks and the mailroom only). Metadata only.
   */
  'unopened.changed': z.object({ id: z.string(), department: z.string(), kind: z.enum(UNOPENED_KIND_IDS), open: z.boolean() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

export const ApiEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('items.changed'), data: eventSchemas['items.changed'] }),
  z.object({ type: z.literal('intake.progress'), data: eventSchemas['intake.progress'] }),
  z.object({ type: z.literal('unopened.changed'), data: eventSchemas['unopened.changed'] }),
]);
export type ApiEvent = z.infer<typeof ApiEventSchema>;
