import { notPast, PAST_DATE_MESSAGE, packChoiceSchema } from '@/lib/holidays/pack';
import 'server-only';
import { z } from 'zod';
import { didNumberSchema, idSchema, textSchema } from '@/lib/partner-api/endpoints/common';
import { scheduleFieldsSchema } from '@/lib/schedule/form';
import { isoDateSchema } from '@/lib/validation';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const linkWhatsappSchema = z.object({
  client_id: idSchema,
  phone_number_id: z
    .string({ error: 'Enter the phone number id' })
    .trim()
    .regex(/^\d{5,20}$/, { error: 'The phone number id is the number Meta shows, e.g. 1029384756' }),
  // Write-only secret: sent upstream once, never echoed, logged or audited (lib/audit/redact.ts).
  access_token: z
    .string({ error: 'Paste the access token' })
    .trim()
    .min(20, { error: 'Paste the full access token' })
    .max(1000, { error: 'Use at most 1000 characters' })
    .regex(/^\S+$/, { error: 'An access token has no spaces' }),
  display_number: z.preprocess(emptyToUndefined, didNumberSchema.optional()),
  verified_name: z.preprocess(emptyToUndefined, textSchema(100).optional()),
});

const waTarget = { client_id: idSchema, wa_did_id: idSchema };

export const unlinkWhatsappSchema = z.object(waTarget);
export const waScheduleSchema = z.intersection(z.object(waTarget), scheduleFieldsSchema);
export const addWaHolidaySchema = z.object({
  ...waTarget,
  name: textSchema(100),
  date: isoDateSchema.refine((d) => notPast(d), { error: PAST_DATE_MESSAGE }),
});
export const deleteWaHolidaySchema = z.object({ ...waTarget, holiday_id: idSchema });
export const addWaHolidayPackSchema = z.object({
  ...waTarget,
  // One year or "this year-next year" (the shared holiday list's picker); past dates are skipped.
  year: packChoiceSchema,
});
