/**
 * Latency histograms: fixed bucket bounds so per-minute aggregates from several instances add
 * up exactly, and percentiles are read as the bound of the bucket that holds them.
 */
export const BUCKETS_MS = [25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000] as const;
export const BUCKET_COUNT = BUCKETS_MS.length + 1; // the last one: slower than 10 s

export type Aggregate = { calls: number; errors: number; totalMs: number; buckets: number[] };

export const emptyAggregate = (): Aggregate => ({
  calls: 0,
  errors: 0,
  totalMs: 0,
  buckets: Array(BUCKET_COUNT).fill(0),
});

export function bucketOf(ms: number): number {
  const i = BUCKETS_MS.findIndex((b) => ms <= b);
  return i === -1 ? BUCKETS_MS.length : i;
}

export function mergeAggregates(list: readonly Aggregate[]): Aggregate {
  const out = emptyAggregate();
  for (const a of list) {
    out.calls += a.calls;
    out.errors += a.errors;
    out.totalMs += a.totalMs;
    for (let i = 0; i < BUCKET_COUNT; i++) out.buckets[i] += a.buckets[i] ?? 0;
  }
  return out;
}

/** The q-th percentile (0..1) as "at most N ms"; null without calls, Infinity past the last bound. */
export function percentile(buckets: readonly number[], q: number): number | null {
  const total = buckets.reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i];
    if (seen >= rank) return i < BUCKETS_MS.length ? BUCKETS_MS[i] : Number.POSITIVE_INFINITY;
  }
  return Number.POSITIVE_INFINITY;
}
