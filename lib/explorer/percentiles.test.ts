import { describe, expect, it } from 'vitest';
import { BUCKET_COUNT, bucketOf, emptyAggregate, mergeAggregates, percentile } from './percentiles';

describe('latency histograms', () => {
  it('puts durations in the first bucket whose bound holds them', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(25)).toBe(0);
    expect(bucketOf(26)).toBe(1);
    expect(bucketOf(10_001)).toBe(BUCKET_COUNT - 1);
  });

  it('reads percentiles from bucket bounds', () => {
    const b = emptyAggregate().buckets;
    b[bucketOf(20)] = 90; // 90 fast calls
    b[bucketOf(400)] = 9; // 9 at most 500 ms
    b[bucketOf(20_000)] = 1; // one slower than 10 s
    expect(percentile(b, 0.5)).toBe(25);
    expect(percentile(b, 0.95)).toBe(500);
    expect(percentile(b, 0.99)).toBe(500);
    expect(percentile(b, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(percentile(emptyAggregate().buckets, 0.5)).toBeNull();
  });

  it('adds aggregates from several minutes and instances exactly', () => {
    const a = { calls: 2, errors: 1, totalMs: 300, buckets: emptyAggregate().buckets.map((_, i) => (i === 1 ? 2 : 0)) };
    const m = mergeAggregates([a, a]);
    expect(m).toMatchObject({ calls: 4, errors: 2, totalMs: 600 });
    expect(m.buckets[1]).toBe(4);
  });
});
