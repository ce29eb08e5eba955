import { describe, expect, it } from 'vitest';
import { gazettedYears, indiaHolidays, missingHolidays, packYears } from './india';

describe('India holiday pack', () => {
  it('uses the gazetted list where there is one', () => {
    const pack = indiaHolidays(2026);
    expect(pack.gazetted).toBe(true);
    expect(gazettedYears()).toContain(2026);
    expect(pack.holidays).toContainEqual({ date: '2026-01-26', name: 'Republic Day', tentative: false });
    expect(pack.holidays.find((h) => h.name === 'Muharram')?.tentative).toBe(true);
    expect(pack.holidays.every((h) => h.date.startsWith('2026-'))).toBe(true);
  });

  it('falls back to the three fixed national holidays for other years', () => {
    const pack = indiaHolidays(2031);
    expect(pack.gazetted).toBe(false);
    expect(pack.holidays.map((h) => h.date)).toEqual(['2031-01-26', '2031-08-15', '2031-10-02']);
  });

  it('skips dates that already have a holiday', () => {
    const missing = missingHolidays(indiaHolidays(2031), ['2031-08-15']);
    expect(missing.map((h) => h.name)).toEqual(['Republic Day', "Mahatma Gandhi's Birthday"]);
  });

  it('offers this year and the next two', () => {
    expect(packYears(new Date('2026-11-27T00:00:00Z'))).toEqual([2026, 2027, 2028]);
  });
});
