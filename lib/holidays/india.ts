import data from './india-holidays.json';

/**
 * India's public holidays for a DID/agent/WhatsApp schedule. The data is a copy of the
 * central government's gazetted list (Delhi), kept in the repo so the app reads nothing
 * outside it at run time. Years without a gazetted list get the fixed national dates only.
 */
export type PackHoliday = { date: string; name: string; tentative: boolean };
export type HolidayPack = { year: number; gazetted: boolean; holidays: PackHoliday[] };

type Gazetted = Record<string, { date: string; name: string; tentative?: boolean }[]>;

export const HOLIDAY_SOURCE = data.about;

export function gazettedYears(): number[] {
  return Object.keys(data.gazetted as Gazetted)
    .map(Number)
    .sort((a, b) => a - b);
}

export function indiaHolidays(year: number): HolidayPack {
  const listed = (data.gazetted as Gazetted)[String(year)];
  if (listed) {
    return {
      year,
      gazetted: true,
      holidays: listed.map((h) => ({ date: h.date, name: h.name, tentative: h.tentative === true })),
    };
  }
  return {
    year,
    gazetted: false,
    holidays: data.fixed_national.map((h) => ({ date: `${year}-${h.month_day}`, name: h.name, tentative: false })),
  };
}

/** Years offered in the picker: this year and the next two. */
export function packYears(today = new Date()): number[] {
  const y = today.getUTCFullYear();
  return [y, y + 1, y + 2];
}

/** The pack's holidays whose date is not taken yet (upstream allows one holiday per date). */
export function missingHolidays(pack: HolidayPack, existingDates: Iterable<string>): PackHoliday[] {
  const taken = new Set(existingDates);
  return pack.holidays.filter((h) => !taken.has(h.date));
}
