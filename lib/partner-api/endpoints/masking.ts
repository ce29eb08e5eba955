import { z } from 'zod';
import { indianMobileSchema } from '@/lib/validation';
import {
  anyId,
  count,
  didNumberSchema,
  endpoint,
  extensionSchema,
  idSchema,
  optionalDigitsSchema,
  optStr,
} from './common';

/**
 * Number masking (Click-Connect). Only POST /api/click_connect is named by the reference;
 * the rest of this group and every shape here are CONTRACT.md assumptions.
 */
const GROUP = 'Number Masking';
const P = '/api/click_connect';

export const SESSION_STATUSES = ['ringing', 'connected', 'completed', 'cancelled', 'expired', 'failed'] as const;

const ttlSchema = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,4}$/, { error: 'Enter minutes as a whole number' }))
  .refine((v) => Number(v) >= 1 && Number(v) <= 1440, { error: 'Choose between 1 and 1440 minutes' });

const sessionOut = z.looseObject({
  session_id: anyId,
  did_no: optStr,
  status: z.string(),
  expires_at: optStr,
});

export const maskingEndpoints = {
  click_connect: endpoint({
    name: 'click_connect',
    group: GROUP,
    method: 'POST',
    path: P,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      did_no: didNumberSchema,
      party_a: indianMobileSchema,
      party_b: indianMobileSchema,
      ttl_minutes: ttlSchema.optional(),
      agent_ext: extensionSchema.optional(),
    }),
    response: sessionOut,
  }),
  click_connect_update: endpoint({
    name: 'click_connect_update',
    group: GROUP,
    method: 'POST',
    path: `${P}/update`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      session_id: idSchema,
      party_a: indianMobileSchema.optional(),
      party_b: indianMobileSchema.optional(),
      ttl_minutes: ttlSchema.optional(),
    }),
    response: sessionOut,
  }),
  click_connect_cancel: endpoint({
    name: 'click_connect_cancel',
    group: GROUP,
    method: 'POST',
    path: `${P}/cancel`,
    readOnly: false,
    request: z.object({ client_id: idSchema, session_id: idSchema }),
    response: z.looseObject({ session_id: anyId, status: z.string() }),
  }),
  click_connect_sessions: endpoint({
    name: 'click_connect_sessions',
    group: GROUP,
    method: 'POST',
    path: `${P}/sessions`,
    readOnly: true,
    request: z.object({
      client_id: idSchema,
      status: z.enum(SESSION_STATUSES).optional(),
      page: optionalDigitsSchema,
      limit: optionalDigitsSchema,
    }),
    response: z.looseObject({ items: z.array(sessionOut), page: count, limit: count, total: count }),
  }),
  click_connect_records: endpoint({
    name: 'click_connect_records',
    group: GROUP,
    method: 'POST',
    path: `${P}/records`,
    readOnly: true,
    request: z.object({ client_id: idSchema, session_id: idSchema }),
    // Numbers in records arrive masked upstream.
    response: z.array(z.looseObject({ at: z.string(), event: z.string(), leg: optStr, duration_s: count.nullish() })),
  }),
};
