import { z } from 'zod';
import { HOLIDAY_ZONE, todayIn } from './dates';
import { indiaHolidays, missingHolidays, type PackHoliday } from './india';

export { HOLIDAY_ZONE, notPast, PAST_DATE_MESSAGE, packOptions, todayIn } from './dates';

/**
 * The pack picker's value: one year ("2027") or a span ("2026-2027", the default: the rest of
 * this year and all of next).
 */
export const packChoiceSchema = z
  .string({ error: 'Choose a year' })
  .trim()
  .regex(/^\d{4}(-\d{4})?$/, { error: 'Choose a year from the list' })
  .transform((v) => {
    const [a, b = a] = v.split('-').map(Number);
    return { from: a, to: b };
  })
  .refine((r) => r.from >= 2000 && r.to <= 2100 && r.to >= r.from && r.to - r.from <= 2, {
    error: 'Choose a year from the list',
  });

export type PackYearResult = {
  year: number;
  /** True when the year's gazetted list is in the app (complete); false: fixed national days only. */
  gazetted: boolean;
  added: number;
  past: number;
  taken: number;
};

/** What to add for the chosen years: past dates and dates already taken are left out and counted. */
export function planPack(
  range: { from: number; to: number },
  existingDates: Iterable<string>,
  now = new Date(),
): { todo: PackHoliday[]; years: PackYearResult[] } {
  const today = todayIn(HOLIDAY_ZONE, now);
  const existing = [...existingDates];
  const todo: PackHoliday[] = [];
  const years: PackYearResult[] = [];
  for (let year = range.from; year <= range.to; year++) {
    const pack = indiaHolidays(year);
    const future = pack.holidays.filter((h) => h.date >= today);
    const fresh = missingHolidays({ ...pack, holidays: future }, existing);
    todo.push(...fresh);
    years.push({
      year,
      gazetted: pack.gazetted,
      added: fresh.length,
      past: pack.holidays.length - future.length,
      taken: future.length - fresh.length,
    });
  }
  return { todo, years };
}

/** One sentence per year: what was added, what was skipped, and whether the list is complete. */
export function describePack(years: PackYearResult[]): string {
  return years
    .map((y) => {
      const skipped = [y.past ? `${y.past} already past` : '', y.taken ? `${y.taken} already on the list` : '']
        .filter(Boolean)
        .join(', ');
      const kind = y.gazetted
        ? 'the complete gazetted list'
        : 'fixed national days only (26 January, 15 August, 2 October): no gazetted list for this year yet';
      return `${y.year}: added ${y.added} holiday${y.added === 1 ? '' : 's'}${skipped ? ` (${skipped})` : ''}, ${kind}.`;
    })
    .join(' ');
}
