import { describe, expect, it } from 'vitest';
import { describePack, notPast, packChoiceSchema, packOptions, planPack, todayIn } from './pack';

const dec2 = new Date('2026-12-02T04:00:00Z');

describe('holiday dates', () => {
  it("refuses past dates by India's calendar", () => {
    expect(notPast('2020-05-01', dec2)).toBe(false);
    expect(notPast('2026-12-01', dec2)).toBe(false);
    expect(notPast('2026-12-02', dec2)).toBe(true);
    // 20:00 UTC on 1 December is already 2 December in India.
    expect(todayIn('Asia/Kolkata', new Date('2026-12-01T20:00:00Z'))).toBe('2026-12-02');
  });
});

describe("India's national holidays pack", () => {
  it('defaults to the rest of this year and next, skipping past dates', () => {
    const choice = packChoiceSchema.parse('2026-2027');
    const { todo, years } = planPack(choice, [], dec2);
    expect(todo.every((h) => h.date >= '2026-12-02')).toBe(true);
    expect(years[0]).toMatchObject({ year: 2026, gazetted: true, past: 16 });
    expect(years[1]).toMatchObject({ year: 2027, gazetted: false, added: 3, past: 0 });
    expect(describePack(years)).toMatch(/2026: added 1 holiday \(16 already past\), the complete gazetted list\./);
    expect(describePack(years)).toMatch(/2027: added 3 holidays, fixed national days only/);
  });

  it('counts dates already on the list', () => {
    const { years } = planPack({ from: 2027, to: 2027 }, ['2027-08-15'], dec2);
    expect(years[0]).toMatchObject({ added: 2, taken: 1 });
  });

  it('accepts one year or a short span, nothing else', () => {
    expect(packChoiceSchema.parse('2027')).toEqual({ from: 2027, to: 2027 });
    expect(packChoiceSchema.safeParse('2027-2026').success).toBe(false);
    expect(packChoiceSchema.safeParse('2026-2040').success).toBe(false);
    expect(packChoiceSchema.safeParse('x').success).toBe(false);
  });

  it('offers the default span first and says which years are complete', () => {
    expect(packOptions([2026, 2027, 2028], [2026]).map((o) => o.label)).toEqual([
      'Rest of 2026 and 2027',
      'Rest of 2026 (complete list)',
      '2027 (fixed dates only)',
      '2028 (fixed dates only)',
    ]);
  });
});
