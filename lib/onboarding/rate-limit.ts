import 'server-only';
import type { DB } from '@/lib/db';
import { sortableId } from '@/lib/db/ids';

/**
 * Limits for the public signup, counted in the database so every instance sees the same
 * numbers. Per IP the limits are generous (an office or a mobile carrier NAT shares one
 * address); per contact (email, mobile, draft) they are tight.
 */
export type Limit = { max: number; windowMs: number };
const HOUR = 60 * 60 * 1000;

export const LIMITS = {
  'signup-start': { ip: { max: 20, windowMs: HOUR }, contact: { max: 5, windowMs: HOUR } },
  'otp-send': { ip: { max: 60, windowMs: HOUR }, contact: { max: 8, windowMs: HOUR } },
} as const satisfies Record<string, { ip: Limit; contact: Limit }>;

export type Bucket = keyof typeof LIMITS;
export type RateDecision = { ok: true } | { ok: false; retryAfterS: number };

/**
 * Checks every key against its limit and, only when all are under it, records one event for
 * each (so refused attempts do not extend the block). `keys` are already namespaced,
 * e.g. `ip:1.2.3.4`, `email:a@b.c`.
 */
export async function hitRateLimit(
  db: DB,
  bucket: Bucket,
  keys: { ip: string | null; contacts: string[] },
  now = new Date(),
): Promise<RateDecision> {
  const checks: { key: string; limit: Limit }[] = [
    { key: `ip:${keys.ip ?? 'unknown'}`, limit: LIMITS[bucket].ip },
    ...keys.contacts.map((c) => ({ key: c, limit: LIMITS[bucket].contact as Limit })),
  ];
  let retryAfterMs = 0;
  for (const { key, limit } of checks) {
    const since = new Date(now.getTime() - limit.windowMs).toISOString();
    const rows = await db
      .selectFrom('onboarding_rate_events')
      .select('at')
      .where('bucket', '=', bucket)
      .where('key', '=', key)
      .where('at', '>', since)
      .orderBy('at', 'asc')
      .execute();
    if (rows.length >= limit.max) {
      // Free again when the oldest event that counts towards the limit leaves the window.
      const tipping = rows[rows.length - limit.max].at;
      retryAfterMs = Math.max(retryAfterMs, Date.parse(tipping) + limit.windowMs - now.getTime());
    }
  }
  if (retryAfterMs > 0) return { ok: false, retryAfterS: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  const at = now.toISOString();
  await db
    .insertInto('onboarding_rate_events')
    .values(checks.map(({ key }) => ({ id: sortableId(now.getTime()), bucket, key, at })))
    .execute();
  // Old events are useless: prune a little on each write instead of needing a job.
  await db
    .deleteFrom('onboarding_rate_events')
    .where('at', '<', new Date(now.getTime() - 24 * HOUR).toISOString())
    .execute();
  return { ok: true };
}

export const contactKeys = (c: { email?: string | null; mobile?: string | null; draftId?: string }) =>
  [
    c.email ? `email:${c.email.toLowerCase()}` : null,
    c.mobile ? `mobile:${c.mobile}` : null,
    c.draftId ? `draft:${c.draftId}` : null,
  ].filter((k): k is string => k !== null);
