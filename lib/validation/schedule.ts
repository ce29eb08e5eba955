import { z } from 'zod';

let zones: Set<string> | undefined;

/**
 * V8's list is ICU-canonical, which still says "Asia/Calcutta" and omits "UTC"; the API
 * and most people say "Asia/Kolkata". Both are accepted and the modern name is sent.
 */
const PREFERRED_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
};

function supportedZones(): Set<string> {
  if (!zones) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = new Set([...list, ...list.map((z) => PREFERRED_NAMES[z] ?? z), 'UTC']);
  }
  return zones;
}

/** IANA names for pickers, with preferred spellings (Asia/Kolkata, not Asia/Calcutta). */
export function timezoneOptions(): string[] {
  return [...supportedZones()].filter((z) => !(z in PREFERRED_NAMES)).sort();
}

export function isValidTimezone(tz: string): boolean {
  if (supportedZones().has(tz)) return true;
  // Other legacy aliases (e.g. "Asia/Kolkata" on an older ICU): accept exact-case IANA-looking
  // names the runtime resolves to a known zone; rejects offsets and lower-case spellings.
  if (!/^[A-Z][A-Za-z_-]+(\/[A-Z][A-Za-z0-9_+-]+){1,2}$/.test(tz)) return false;
  try {
    return supportedZones().has(new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

export const timezoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .refine(isValidTimezone, { error: 'Choose a time zone from the list, e.g. Asia/Kolkata' })
  .transform((tz) => PREFERRED_NAMES[tz] ?? tz);

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const hhmmSchema = z
  .string({ error: 'Enter a time as HH:MM' })
  .regex(HHMM, { error: 'Enter a 24-hour time as HH:MM, e.g. 09:00' });

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/**
 * One day's opening hours. Overnight hours (close after midnight) are not representable
 * upstream, so close must be later the same day; "HH:MM" compares correctly as text.
 */
export const dayHoursSchema = z
  .object({ open: hhmmSchema, close: hhmmSchema })
  // zod 4 runs object refinements even when a field failed: only compare two valid times.
  .refine((d) => !HHMM.test(d.open) || !HHMM.test(d.close) || d.open < d.close, {
    error: 'Closing time must be after opening time',
    path: ['close'],
  });

/** A missing day means closed (documented). Unknown keys are rejected: likely a typo. */
export const workingHoursSchema = z.strictObject({
  mon: dayHoursSchema.optional(),
  tue: dayHoursSchema.optional(),
  wed: dayHoursSchema.optional(),
  thu: dayHoursSchema.optional(),
  fri: dayHoursSchema.optional(),
  sat: dayHoursSchema.optional(),
  sun: dayHoursSchema.optional(),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD', abort: true })
  .refine(isValidIsoDate, { error: 'This date does not exist' });
