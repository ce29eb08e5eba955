import 'server-only';
import { z } from 'zod';
import { idSchema } from '@/lib/partner-api/endpoints/common';

/** Form strings; "" means "not set". Deeper checks live in validateFlow (definition.ts). */
const opt = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters` })
    .optional()
    .transform((v) => v ?? '');

export const saveFlowSchema = z.object({
  client_id: idSchema,
  flow_id: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(idSchema.optional()),
  name: z.string({ error: 'Give the flow a name' }).trim().min(1, { error: 'Give the flow a name' }).max(100, {
    error: 'Use at most 100 characters',
  }),
  didNo: opt(20),
  recordingId: opt(64),
  target: z.enum(['agent', 'bot'], { error: 'Choose an agent or a voice bot' }),
  agentExt: opt(8),
  botId: opt(64),
  transferTo: opt(8),
});

export const mapFlowSchema = z.object({
  client_id: idSchema,
  flow_id: idSchema,
  did_no: z.string({ error: 'Choose a number' }).trim().min(1, { error: 'Choose a number' }).max(20),
});
