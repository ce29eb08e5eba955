/**
 * Weekly working hours without zod: the days, the HH:MM rule and the value's type. The browser's
 * schedule editor uses these; lib/schedule/schemas.ts builds the zod schemas on them.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** 24-hour "HH:MM"; two valid values compare correctly as text. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export type DayHours = { open: string; close: string };
/** A missing day means closed (documented upstream). */
export type WorkingHours = Partial<Record<Day, DayHours>>;
export type ScheduleValue = { timezone: string; working_hours: WorkingHours };

/** Upstream's lenient working_hours (nulls, unknown keys) → the editor's clean value. */
export function cleanWorkingHours(
  raw: Record<string, { open: string; close: string } | null | undefined> | null | undefined,
): WorkingHours {
  const out: WorkingHours = {};
  for (const day of DAYS) {
    const d = raw?.[day];
    if (d?.open && d.close) out[day] = { open: d.open, close: d.close };
  }
  return out;
}
