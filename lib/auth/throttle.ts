import 'server-only';
import type { DB } from '@/lib/db';

/**
 * Sign-in throttling, kept in the database so every instance sees the same counts.
 * Per account: 10 failures in 15 minutes. Per IP: 50 (an office NAT shares one address).
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterMinutes: number };

export async function checkThrottle(
  db: DB,
  who: { email: string; ip: string },
  now = new Date(),
): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const [byEmail, byIp] = await Promise.all([
    failuresSince(db, 'email', who.email, since),
    failuresSince(db, 'ip', who.ip, since),
  ]);
  const over = [
    byEmail.length >= MAX_FAILURES_PER_ACCOUNT ? byEmail[byEmail.length - MAX_FAILURES_PER_ACCOUNT] : null,
    byIp.length >= MAX_FAILURES_PER_IP ? byIp[byIp.length - MAX_FAILURES_PER_IP] : null,
  ].filter((at): at is string => at !== null);
  if (over.length === 0) return { blocked: false };
  // Blocked until the failure that tipped the count leaves the window.
  const until = Math.max(...over.map((at) => new Date(at).getTime() + WINDOW_MS));
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

async function failuresSince(db: DB, column: 'email' | 'ip', value: string, since: string): Promise<string[]> {
  // Failures after the last success only: signing in correctly clears the account's count.
  const lastOk = await db
    .selectFrom('login_attempts')
    .select('at')
    .where(column, '=', value)
    .where('success', '=', 1)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('login_attempts')
    .select('at')
    .where(column, '=', value)
    .where('success', '=', 0)
    .where('at', '>=', column === 'email' && lastOk ? lastOk.at : since)
    .orderBy('at', 'asc')
    .execute();
  return rows.map((r) => r.at);
}

export async function recordAttempt(
  db: DB,
  who: { email: string; ip: string },
  success: boolean,
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ id: crypto.randomUUID(), email: who.email, ip: who.ip, success: success ? 1 : 0, at: now.toISOString() })
    .execute();
}
