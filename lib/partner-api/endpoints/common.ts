import { z } from 'zod';
import { isValidIsoDate } from '@/lib/validation';

/**
 * Building blocks shared by the endpoint catalogue. Pure (no server-only) so forms may
 * reuse request schemas. Every request value is a string, as the reference sends them.
 */

export type Method = 'GET' | 'POST';

export type EndpointDef = {
  name: string;
  group: string;
  method: Method;
  /** `{param}` segments are filled from the request and removed from the body. */
  path: string;
  /** Safe to repeat: the client may retry it after a timeout or 502/503/504. */
  readOnly: boolean;
  request: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
  response: z.ZodType;
};

/** Keeps the literal types of a definition (name, path, schemas) for the typed client. */
export function endpoint<const D extends EndpointDef>(def: D): D {
  return def;
}

const REQUIRED = 'This field is required';

// Ids end up in URL paths: a narrow alphabet keeps "..", "/" and "?" out of them.
export const idSchema = z
  .string({ error: REQUIRED })
  .trim()
  .min(1, { error: REQUIRED })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'This id is not valid' });

export const textSchema = (max = 100) =>
  z
    .string({ error: REQUIRED })
    .trim()
    .min(1, { error: REQUIRED })
    .max(max, { error: `Use at most ${max} characters` });

/** "1"/"0" flags; booleans and numbers from forms are converted to the strings the API wants. */
export const flagSchema = z
  .union([z.enum(['0', '1']), z.boolean(), z.literal(0), z.literal(1)], { error: 'Choose yes or no' })
  .transform((v) => (v === true || v === 1 || v === '1' ? '1' : '0'));

/** A whole number sent as a string ("2101", "331"). */
export const digitsSchema = z
  .union([z.string(), z.number()], { error: REQUIRED })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,12}$/, { error: 'Enter a whole number' }));

/** The reference sends "" for unset paging fields; treat empty as absent. */
export const optionalDigitsSchema = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined || String(v).trim() === '' ? undefined : String(v).trim()))
  .pipe(
    z
      .string()
      .regex(/^\d{1,12}$/, { error: 'Enter a whole number' })
      .optional(),
  );

export const didNumberSchema = z
  .string({ error: REQUIRED })
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\+?\d{6,15}$/, { error: 'Enter the number in international format, e.g. +911143104501' }));

export const countryCodeSchema = z
  .string({ error: REQUIRED })
  .trim()
  .regex(/^\+\d{1,4}$/, { error: 'Enter a dialling code such as +91' });

export const passwordSchema = z
  .string({ error: REQUIRED })
  .min(8, { error: 'Use at least 8 characters' })
  .max(128, { error: 'Use at most 128 characters' });

export const extensionSchema = z
  .union([z.string(), z.number()], { error: REQUIRED })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{2,8}$/, { error: 'An extension is 2 to 8 digits' }));

/** Upstream "Y-m-d H:i:s" timestamps (e.g. valid_till). */
export const dateTimeSchema = z
  .string({ error: REQUIRED })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, { error: 'Use the form YYYY-MM-DD HH:MM:SS' })
  .refine((v) => isValidIsoDate(v.slice(0, 10)), { error: 'This date does not exist' });

export const emptyRequest = z.object({});

// ---- lenient response building blocks (drift is logged by parseLenient, never fatal) ----

/** Ids and amounts arrive as strings or numbers depending on the upstream's mood; the app sees strings. */
export const anyId = z.union([z.string(), z.number()]).transform(String);
export const amount = z.union([z.string(), z.number()]).transform(String);
export const count = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);
export const flagOut = z
  .union([z.enum(['0', '1']), z.literal(0), z.literal(1), z.boolean()])
  .transform((v) => (v === true || v === 1 || v === '1' ? '1' : '0'));
export const optStr = z.string().nullish();

export const workingHoursOut = z
  .record(z.string(), z.looseObject({ open: z.string(), close: z.string() }).nullish())
  .nullish();

const scheduleFields = { timezone: z.string(), working_hours: workingHoursOut };
export const didScheduleOut = z.looseObject({ did_id: anyId, ...scheduleFields });
export const agentScheduleOut = z.looseObject({ agent_id: anyId, ...scheduleFields });
export const waScheduleOut = z.looseObject({ wa_did_id: anyId, ...scheduleFields });

export const holidayOut = z.looseObject({ holiday_id: anyId, name: z.string(), date: z.string() });
