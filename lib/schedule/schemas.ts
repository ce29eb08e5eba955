import { z } from 'zod';
import { isValidIsoDate } from '@/lib/time';
import { DAYS, type DayHours, HHMM, type WorkingHours } from './days';
import { isValidTimezone, preferredZoneName } from './zones';

/** Server-side zod schemas for schedules (the partner client, the sandbox, actions). */
export const timezoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .refine(isValidTimezone, { error: 'Choose a time zone from the list, e.g. Asia/Kolkata' })
  .transform(preferredZoneName);

export const hhmmSchema = z
  .string({ error: 'Enter a time as HH:MM' })
  .regex(HHMM, { error: 'Enter a 24-hour time as HH:MM, e.g. 09:00' });

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
  }) satisfies z.ZodType<DayHours>;

/** A missing day means closed (documented). Unknown keys are rejected: likely a typo. */
export const workingHoursSchema = z.strictObject(
  Object.fromEntries(DAYS.map((d) => [d, dayHoursSchema.optional()])) as Record<
    (typeof DAYS)[number],
    z.ZodOptional<typeof dayHoursSchema>
  >,
) satisfies z.ZodType<WorkingHours>;

export const isoDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD', abort: true })
  .refine(isValidIsoDate, { error: 'This date does not exist' });
