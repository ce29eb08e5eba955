import 'server-only';
import { type DB, getDb } from '@/lib/db';
import { log } from '@/lib/log';
import type { AttemptMetric } from '@/lib/partner-api/client';
import { type Aggregate, BUCKET_COUNT, bucketOf, emptyAggregate, mergeAggregates } from './percentiles';

/**
 * Upstream latency as the portal's own partner client measured it, for Settings → API.
 * Attempts are summed in memory per minute and endpoint, then flushed every few seconds into
 * `partner_call_stats` (one row per minute and endpoint, merged across instances), so the
 * figures cover every instance and memory stays bounded. Rows older than KEEP_MS are dropped.
 */
const FLUSH_AFTER_MS = 5_000;
const KEEP_MS = 2 * 60 * 60 * 1000;

type Buffered = Aggregate & { minute: string; endpoint: string; grp: string };
const g = globalThis as unknown as {
  __partnerMetrics?: { buffer: Map<string, Buffered>; timer: NodeJS.Timeout | null };
};
const state = () => {
  g.__partnerMetrics ??= { buffer: new Map(), timer: null };
  return g.__partnerMetrics;
};

const minuteOf = (ms: number) => new Date(ms - (ms % 60_000)).toISOString();

export function recordPartnerAttempt(m: AttemptMetric, nowMs = Date.now()): void {
  const s = state();
  const minute = minuteOf(nowMs);
  const key = `${minute}|${m.endpoint}`;
  let agg = s.buffer.get(key);
  if (!agg) {
    agg = { ...emptyAggregate(), minute, endpoint: m.endpoint, grp: m.group };
    s.buffer.set(key, agg);
  }
  agg.calls++;
  if (m.fault) agg.errors++;
  agg.totalMs += Math.max(0, Math.round(m.durationMs));
  agg.buckets[bucketOf(m.durationMs)]++;
  if (!s.timer) {
    s.timer = setTimeout(() => {
      flushPartnerMetrics().catch((err) => log.warn({ err }, 'partner metrics flush failed'));
    }, FLUSH_AFTER_MS);
    s.timer.unref?.();
  }
}

/** Writes what this process has buffered; the page calls it before reading. */
export async function flushPartnerMetrics(db?: DB): Promise<void> {
  const s = state();
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  if (s.buffer.size === 0) return;
  const rows = [...s.buffer.values()];
  s.buffer = new Map();
  const d = db ?? (await getDb());
  await d.transaction().execute(async (trx) => {
    for (const r of rows) {
      const prev = await trx
        .selectFrom('partner_call_stats')
        .selectAll()
        .where('minute', '=', r.minute)
        .where('endpoint', '=', r.endpoint)
        .executeTakeFirst();
      const merged = prev ? mergeAggregates([fromRow(prev), r]) : r;
      const values = {
        calls: merged.calls,
        errors: merged.errors,
        total_ms: merged.totalMs,
        buckets: JSON.stringify(merged.buckets),
      };
      if (prev)
        await trx
          .updateTable('partner_call_stats')
          .set(values)
          .where('minute', '=', r.minute)
          .where('endpoint', '=', r.endpoint)
          .execute();
      else
        await trx
          .insertInto('partner_call_stats')
          .values({ minute: r.minute, endpoint: r.endpoint, grp: r.grp, ...values })
          .execute();
    }
    await trx
      .deleteFrom('partner_call_stats')
      .where('minute', '<', minuteOf(Date.now() - KEEP_MS))
      .execute();
  });
}

function fromRow(r: { calls: number; errors: number; total_ms: number; buckets: string }): Aggregate {
  let buckets: number[] = [];
  try {
    buckets = JSON.parse(r.buckets);
  } catch {
    // A damaged row still counts its calls.
  }
  const b = Array.from({ length: BUCKET_COUNT }, (_, i) => Number(buckets[i]) || 0);
  return { calls: Number(r.calls), errors: Number(r.errors), totalMs: Number(r.total_ms), buckets: b };
}

/** The last `windowMs` per endpoint group (and in all). */
export async function latencyByGroup(windowMs = 60 * 60 * 1000, db?: DB) {
  await flushPartnerMetrics(db).catch((err) => log.warn({ err }, 'partner metrics flush failed'));
  const d = db ?? (await getDb());
  const rows = await d
    .selectFrom('partner_call_stats')
    .selectAll()
    .where('minute', '>=', minuteOf(Date.now() - windowMs))
    .execute();
  const byGroup = new Map<string, Aggregate[]>();
  for (const r of rows) byGroup.set(r.grp, [...(byGroup.get(r.grp) ?? []), fromRow(r)]);
  const groups = [...byGroup.entries()]
    .map(([group, aggs]) => ({ group, ...mergeAggregates(aggs) }))
    .sort((a, b) => a.group.localeCompare(b.group));
  return { groups, all: mergeAggregates(groups) };
}
