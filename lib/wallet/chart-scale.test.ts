import { describe, expect, it } from 'vitest';
import { axisTicks, labelIndexes, shortDay } from './chart-scale';

describe('axisTicks', () => {
  it('is a lone zero when nothing was spent', () => {
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(Number.NaN)).toEqual([0]);
  });
  it('ends at a round top at or above the largest value', () => {
    expect(axisTicks(1000)).toEqual([0, 250, 500, 750, 1000]);
    expect(axisTicks(1001)).toEqual([0, 500, 1000, 1500]);
    expect(axisTicks(37_500)).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });
  it('never has more than five ticks and always covers the maximum', () => {
    for (const max of [1, 3, 99, 101, 12_345, 999_999, 25_000_00]) {
      const t = axisTicks(max);
      expect(t.length).toBeLessThanOrEqual(5);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('labelIndexes', () => {
  it('labels every column when there are few', () => {
    expect(labelIndexes(3)).toEqual([0, 1, 2]);
  });
  it('labels five spread columns, first and last included', () => {
    expect(labelIndexes(30)).toEqual([0, 7, 15, 22, 29]);
    expect(labelIndexes(90)).toEqual([0, 22, 45, 67, 89]);
  });
});

describe('shortDay', () => {
  it('shortens ISO days and leaves other labels alone', () => {
    expect(shortDay('2026-11-03')).toBe('3 Nov');
    expect(shortDay('2026-12-31')).toBe('31 Dec');
    expect(shortDay('+91 22 4000 1234')).toBe('+91 22 4000 1234');
  });
});
