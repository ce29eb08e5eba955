/** Holiday dates and the pack picker, without zod: the browser's holiday form uses these too. */

/**
 * Dates of holidays as the schedule owner means them: calendar days in India. "Today" is
 * India's today, so late evening UTC does not let yesterday through or refuse today.
 */
export const HOLIDAY_ZONE = 'Asia/Kolkata';

export function todayIn(zone = HOLIDAY_ZONE, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

export const PAST_DATE_MESSAGE = 'Choose today or a later date: a holiday in the past has no effect.';

/** A holiday date that is not in the past (server side; the form sets `min` to the same day). */
export function notPast(date: string, now = new Date()): boolean {
  return date >= todayIn(HOLIDAY_ZONE, now);
}

/** The picker's options: the default span first, then each year on its own. */
export function packOptions(years: number[], gazetted: number[]): { value: string; label: string }[] {
  const kind = (y: number) => (gazetted.includes(y) ? 'complete list' : 'fixed dates only');
  const [first, second] = years;
  const out: { value: string; label: string }[] = [];
  if (first !== undefined && second !== undefined) {
    out.push({ value: `${first}-${second}`, label: `Rest of ${first} and ${second}` });
  }
  for (const [i, y] of years.entries()) {
    out.push({ value: String(y), label: `${i === 0 ? `Rest of ${y}` : y} (${kind(y)})` });
  }
  return out;
}
