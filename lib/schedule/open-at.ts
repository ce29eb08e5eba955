/**
 * The ONE answer to "is this schedule open at that instant?", shared by the simulator
 * ("Where does this call go?"), the agents' coverage warnings and anything else that
 * reads a weekly schedule. Pure (no zod, no server-only) so client components may use it.
 *
 * Rules, matching the upstream schedule model:
 * - Times are wall-clock times in the schedule's OWN IANA zone, not the viewer's.
 * - A day is open from `open` (inclusive) to `close` (exclusive); overnight hours are not
 *   representable upstream, so a day never spills past midnight.
 * - A missing or null day means closed all day.
 * - A holiday (by local calendar date in the schedule's zone) closes the whole day.
 */

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export type DayHours = { open: string; close: string };
export type ScheduleLike = {
  timezone: string;
  working_hours?: Partial<Record<string, DayHours | null | undefined>> | null;
};
export type HolidayLike = { name: string; date: string; holiday_id?: string };

export type OpenAtResult =
  | { open: true; reason: 'open'; day: WeekDay; localDate: string; localTime: string; hours: DayHours }
  | {
      open: false;
      reason: 'holiday' | 'day-closed' | 'before-open' | 'after-close';
      day: WeekDay;
      localDate: string;
      localTime: string;
      hours?: DayHours;
      holiday?: HolidayLike;
    };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-GB with h23 gives 00..23 hours (never "24:00" at midnight, which some engines
    // print for hour12:false) and a weekday name we map to the schedule's keys.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY_KEYS: Record<string, WeekDay> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** The wall-clock date ("YYYY-MM-DD"), time ("HH:MM") and weekday of `at` in `timeZone`. */
export function localParts(at: Date, timeZone: string): { date: string; time: string; day: WeekDay } {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const hour = parts.hour === '24' ? '00' : parts.hour;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${hour}:${parts.minute}`,
    day: WEEKDAY_KEYS[parts.weekday] ?? 'mon',
  };
}

export function isOpenAt(schedule: ScheduleLike, holidays: readonly HolidayLike[], at: Date): OpenAtResult {
  const { date, time, day } = localParts(at, schedule.timezone || 'UTC');
  const base = { day, localDate: date, localTime: time };
  const holiday = holidays.find((h) => h.date === date);
  const hours = schedule.working_hours?.[day] ?? undefined;
  if (holiday) return { open: false, reason: 'holiday', holiday, ...base, hours };
  if (!hours) return { open: false, reason: 'day-closed', ...base };
  // "HH:MM" strings compare correctly as text.
  if (time < hours.open) return { open: false, reason: 'before-open', ...base, hours };
  if (time >= hours.close) return { open: false, reason: 'after-close', ...base, hours };
  return { open: true, reason: 'open', ...base, hours };
}

const DAY_NAMES: Record<WeekDay, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Plain-language reason, e.g. "Diwali (holiday)" or "Sunday: closed all day". */
export function describeOpenAt(r: OpenAtResult): string {
  const name = DAY_NAMES[r.day];
  switch (r.reason) {
    case 'open':
      return `${name} ${r.localTime}, open ${r.hours.open}–${r.hours.close}`;
    case 'holiday':
      return `${r.holiday?.name ?? 'Holiday'} (holiday)`;
    case 'day-closed':
      return `${name}: closed all day`;
    case 'before-open':
      return `${name} ${r.localTime}, before opening at ${r.hours?.open}`;
    case 'after-close':
      return `${name} ${r.localTime}, after closing at ${r.hours?.close}`;
  }
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` ("YYYY-MM-DD") `time`
 * ("HH:MM"). In a DST gap the result lands after the gap; in an overlap, the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wanted;
  // Two corrections converge for every real zone (offsets change at most once near an instant).
  for (let i = 0; i < 3; i++) {
    const p = localParts(new Date(guess), timeZone);
    const [py, pmo, pd] = p.date.split('-').map(Number);
    const [ph, pmi] = p.time.split(':').map(Number);
    const shown = Date.UTC(py, pmo - 1, pd, ph, pmi);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess);
}
