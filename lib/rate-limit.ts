import 'server-only';
import type { DB } from '@/lib/db';

/**
 * The one rate limiter. Everything lives in the database so every instance sees the same
 * counts, and every decision is atomic on SQLite and PostgreSQL without locks:
 *
 * - `consume`: sliding-window counts per key, counted and recorded in ONE transaction that
 *   first locks a row per key (rate_keys): PostgreSQL's row lock and SQLite's write lock make
 *   racing requests for one key take turns, so 20 parallel requests are limited exactly like
 *   20 sequential ones. `release()` gives an admitted event back (e.g. a correct password).
 * - `reserveSignIn`/`settleSignIn`: the per-account progressive delay for sign-in. A failure is
 *   charged BEFORE the password is checked, with a compare-and-set on the failure count, so
 *   parallel guesses are serialised exactly like sequential ones.
 */
export type Limit = { max: number; windowMs: number };
export type Check = { key: string; limit: Limit };
export type RateDecision = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterS: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every bucket and its limits, in one place. Per address generous (NATs), per contact tight. */
export const LIMITS = {
  /** Sign-in attempts per client address (successful ones are released). */
  'sign-in': { address: { max: 50, windowMs: 15 * MINUTE } },
  /** Validated signup starts. */
  'signup-start': { address: { max: 20, windowMs: HOUR }, contact: { max: 5, windowMs: HOUR } },
  /** OTPs (and resume links) actually sent. */
  'otp-send': { address: { max: 60, windowMs: HOUR }, contact: { max: 8, windowMs: HOUR } },
  /** Wrong OTPs per registration, whatever the upstream does (successes are released). */
  'otp-verify': { address: { max: 60, windowMs: HOUR }, contact: { max: 5, windowMs: HOUR } },
} as const satisfies Record<string, { address: Limit; contact?: Limit }>;
export type Bucket = keyof typeof LIMITS;

/** The checks for one bucket: the client address plus any contact keys (`email:…`, `draft:…`). */
export function checksFor(bucket: Bucket, address: string | null, contacts: string[] = []): Check[] {
  const spec: { address: Limit; contact?: Limit } = LIMITS[bucket];
  const contact = spec.contact;
  return [
    { key: `ip:${address ?? 'unknown'}`, limit: spec.address },
    ...(contact ? contacts.map((key) => ({ key, limit: contact })) : []),
  ];
}

let seq = 0;
const eventId = (now: number) =>
  `${now.toString(36).padStart(9, '0')}${(seq++ % 1_679_616).toString(36).padStart(4, '0')}${crypto.randomUUID().slice(0, 8)}`;

export async function consume(db: DB, bucket: Bucket, checks: Check[], now = new Date()): Promise<RateDecision> {
  const at = now.toISOString();
  const rows = checks.map(({ key }) => ({ id: eventId(now.getTime()), bucket, key, at }));
  const ids = rows.map((r) => r.id);
  const release = async () => {
    if (ids.length > 0) await db.deleteFrom('rate_events').where('id', 'in', ids).execute();
  };
  if (rows.length === 0) return { ok: true, release };

  const retryAfterMs = await db.transaction().execute(async (trx) => {
    // Lock every key first, in one order (no deadlocks): concurrent requests for the same key
    // wait here, so each one counts what the ones before it recorded.
    const lockIds = [...new Set(checks.map(({ key }) => `${bucket}|${key}`))].sort();
    for (const id of lockIds) {
      await trx
        .insertInto('rate_keys')
        .values({ id, touched_at: at })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await trx.updateTable('rate_keys').set({ touched_at: at }).where('id', '=', id).execute();
    }
    let wait = 0;
    for (const { key, limit } of checks) {
      const since = new Date(now.getTime() - limit.windowMs).toISOString();
      const inWindow = await trx
        .selectFrom('rate_events')
        .select('at')
        .where('bucket', '=', bucket)
        .where('key', '=', key)
        .where('at', '>', since)
        .orderBy('at', 'asc')
        .execute();
      if (inWindow.length < limit.max) continue;
      // Free again when the oldest event that counts towards the limit leaves the window.
      const tipping = inWindow[inWindow.length - limit.max].at;
      wait = Math.max(wait, Date.parse(tipping) + limit.windowMs - now.getTime(), 1);
    }
    // A refused request records nothing: hammering does not extend the block.
    if (wait === 0) await trx.insertInto('rate_events').values(rows).execute();
    return wait;
  });
  if (retryAfterMs > 0) return { ok: false, retryAfterS: Math.max(1, Math.ceil(retryAfterMs / 1000)) };

  // Old events and keys count for nothing: prune now and then instead of needing a job.
  if (Math.random() < 0.02) {
    const dayAgo = new Date(now.getTime() - 24 * HOUR).toISOString();
    await db.deleteFrom('rate_events').where('at', '<', dayAgo).execute();
    await db.deleteFrom('rate_keys').where('touched_at', '<', dayAgo).execute();
  }
  return { ok: true, release };
}

export const contactKeys = (c: { email?: string | null; mobile?: string | null; draftId?: string | null }) =>
  [
    c.email ? `email:${c.email.toLowerCase()}` : null,
    c.mobile ? `mobile:${c.mobile}` : null,
    c.draftId ? `draft:${c.draftId}` : null,
  ].filter((k): k is string => k !== null);

/**
 * Per-account sign-in delay: the first FREE_FAILURES failures cost nothing; after that each
 * failure makes the account wait 2, 4, 8 … seconds (capped at MAX_DELAY_S) before the next
 * attempt is evaluated. No hard lock: the owner with the right password gets in after a short
 * wait, and a quiet hour forgets the failures.
 */
export const SIGN_IN_BACKOFF = { freeFailures: 4, maxDelayS: 120, forgetAfterMs: HOUR } as const;

export function signInDelayS(failures: number): number {
  const over = failures - SIGN_IN_BACKOFF.freeFailures;
  return over <= 0 ? 0 : Math.min(2 ** over, SIGN_IN_BACKOFF.maxDelayS);
}

export type SignInSlot = { ok: true } | { ok: false; retryAfterS: number };

export async function reserveSignIn(db: DB, account: string, now = new Date()): Promise<SignInSlot> {
  const nowIso = now.toISOString();
  await db
    .insertInto('sign_in_backoff')
    .values({ account, failures: 0, next_at: null, updated_at: nowIso })
    .onConflict((oc) => oc.column('account').doNothing())
    .execute();
  // Compare-and-set on the failure count: a racing attempt that loses re-reads and decides again.
  for (let round = 0; round < 100; round++) {
    const row = await db
      .selectFrom('sign_in_backoff')
      .select(['failures', 'next_at', 'updated_at'])
      .where('account', '=', account)
      .executeTakeFirstOrThrow();
    if (row.next_at && row.next_at > nowIso) {
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((Date.parse(row.next_at) - now.getTime()) / 1000)) };
    }
    const stale = now.getTime() - Date.parse(row.updated_at) > SIGN_IN_BACKOFF.forgetAfterMs;
    const failures = (stale ? 0 : row.failures) + 1;
    const delayS = signInDelayS(failures);
    const won = await db
      .updateTable('sign_in_backoff')
      .set({
        failures,
        next_at: delayS > 0 ? new Date(now.getTime() + delayS * 1000).toISOString() : null,
        updated_at: nowIso,
      })
      .where('account', '=', account)
      .where('failures', '=', row.failures)
      .where('updated_at', '=', row.updated_at)
      .executeTakeFirst();
    if (Number(won.numUpdatedRows) === 1) return { ok: true };
  }
  return { ok: false, retryAfterS: 1 };
}

/** After a correct password: the account starts afresh. (A failure was charged in advance.) */
export async function settleSignIn(db: DB, account: string, success: boolean): Promise<void> {
  if (!success) return;
  await db
    .updateTable('sign_in_backoff')
    .set({ failures: 0, next_at: null, updated_at: new Date().toISOString() })
    .where('account', '=', account)
    .execute();
}
