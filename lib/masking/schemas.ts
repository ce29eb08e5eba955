import { z } from 'zod';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { optionalText } from '@/lib/search-params';
import { normalizePartyNumber } from './phone';

/** Masking forms' schemas (server only: they validate numbers with libphonenumber-js). */
const PARTY_MESSAGE = 'Enter a valid Indian mobile number, e.g. 98765 43210';

const party = z.string({ error: PARTY_MESSAGE }).transform((v, ctx) => {
  const n = normalizePartyNumber(v);
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: PARTY_MESSAGE });
    return z.NEVER;
  }
  return n;
});
const optionalParty = optionalText.pipe(party.optional());

export const TTL_MIN = 1;
export const TTL_MAX = 1440;
const ttl = z
  .string({ error: 'Enter minutes' })
  .trim()
  .regex(/^\d{1,4}$/, { error: 'Enter whole minutes' })
  .transform(Number)
  .refine((n) => n >= TTL_MIN && n <= TTL_MAX, { error: `Choose ${TTL_MIN} to ${TTL_MAX} minutes` });

const different = (v: { party_a?: string; party_b?: string }, ctx: z.RefinementCtx) => {
  if (v.party_a && v.party_b && v.party_a === v.party_b) {
    ctx.addIssue({ code: 'custom', message: 'The two parties must be different numbers', path: ['party_b'] });
  }
};

export const startSessionSchema = z
  .object({
    client_id: idSchema,
    did_no: z.string({ error: 'Choose a number' }).trim().min(4, { error: 'Choose a number' }).max(20),
    party_a: party,
    party_b: party,
    ttl_minutes: ttl,
    agent_ext: optionalText.pipe(
      z
        .string()
        .regex(/^\d{2,8}$/, { error: 'An extension is 2 to 8 digits' })
        .optional(),
    ),
  })
  .superRefine(different);

export const updateSessionSchema = z
  .object({
    client_id: idSchema,
    session_id: z.string().trim().min(1).max(64),
    ttl_minutes: optionalText.pipe(ttl.optional()),
    party_a: optionalParty,
    party_b: optionalParty,
  })
  .superRefine((v, ctx) => {
    different(v, ctx);
    if (v.ttl_minutes === undefined && !v.party_a && !v.party_b) {
      ctx.addIssue({ code: 'custom', message: 'Change the time to live or a party number', path: ['ttl_minutes'] });
    }
  });

export const sessionRefSchema = z.object({ client_id: idSchema, session_id: z.string().trim().min(1).max(64) });
