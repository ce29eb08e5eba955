import { z } from 'zod';
import { DAYS, timezoneSchema, type WorkingHours, workingHoursSchema } from '@/lib/validation';

/**
 * The weekly schedule editor's form → `{timezone, working_hours}`, shared by DIDs, agents and
 * WhatsApp numbers. Per day the form sends `<day>_open` ("on" when open), `<day>_from` and
 * `<day>_to`; a closed day is left out (upstream: a missing day is closed). An object with a
 * `working_hours` key (useMutation callers) is accepted as is.
 */
export function workingHoursFromForm(raw: Record<string, unknown>): unknown {
  if (raw.working_hours && typeof raw.working_hours === 'object') return raw.working_hours;
  const out: Record<string, { open: unknown; close: unknown }> = {};
  for (const day of DAYS) {
    const open = raw[`${day}_open`];
    if (open === 'on' || open === true || open === '1')
      out[day] = { open: raw[`${day}_from`], close: raw[`${day}_to`] };
  }
  return out;
}

export const scheduleFieldsSchema = z.preprocess(
  (raw) => {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    return { ...r, working_hours: workingHoursFromForm(r) };
  },
  z.object({ timezone: timezoneSchema, working_hours: workingHoursSchema }),
);

export type ScheduleValue = { timezone: string; working_hours: WorkingHours };

/** Upstream's lenient working_hours (nulls, unknown keys) → the editor's clean value. */
export function cleanWorkingHours(
  raw: Record<string, { open: string; close: string } | null | undefined> | null | undefined,
) {
  const out: WorkingHours = {};
  for (const day of DAYS) {
    const d = raw?.[day];
    if (d?.open && d.close) out[day] = { open: d.open, close: d.close };
  }
  return out;
}
