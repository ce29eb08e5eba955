import { z } from 'zod';
import { DAYS } from './days';
import { timezoneSchema, workingHoursSchema } from './schemas';

export type { ScheduleValue } from './days';
export { cleanWorkingHours } from './days';

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
