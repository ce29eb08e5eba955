import { randomInt } from 'node:crypto';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { normalizeIndianMobile } from '@/lib/validation';
import { SandboxError } from './core';
import { nextId } from './ids';

/**
 * One-time codes: 6 random digits, valid 10 minutes, 5 wrong tries lock, 30 s resend
 * cooldown per channel. Codes are delivered to sbx_inbox instead of SMS/email (the sandbox
 * stands in for the user's phone and mailbox, so it keeps the code in clear).
 */
export const OTP_TTL_S = 600;
export const OTP_MAX_ATTEMPTS = 5;
export const RESEND_COOLDOWN_S = 30;

type Ctx = { db: DB; now: () => Date };
export type Channel = 'email' | 'mobile';
export type Purpose = 'registration' | 'aadhaar' | 'resume';

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

async function activeOtp(ctx: Ctx, requestId: string, purpose: Purpose, channel: Channel) {
  return ctx.db
    .selectFrom('sbx_otps')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('purpose', '=', purpose)
    .where('channel', '=', channel)
    .where('consumed', '=', 0)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** Seconds left in the resend cooldown of the newest code on this channel (0 when free). */
export async function cooldownLeft(ctx: Ctx, requestId: string, purpose: Purpose, channel: Channel): Promise<number> {
  const last = await ctx.db
    .selectFrom('sbx_otps')
    .select('created_at')
    .where('request_id', '=', requestId)
    .where('purpose', '=', purpose)
    .where('channel', '=', channel)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!last) return 0;
  const elapsed = (ctx.now().getTime() - Date.parse(last.created_at)) / 1000;
  return elapsed >= RESEND_COOLDOWN_S ? 0 : Math.ceil(RESEND_COOLDOWN_S - elapsed);
}

/**
 * Issues a fresh code (superseding the old one) and delivers it. Wrong-try counts carry
 * over from the superseded code, so resending never resets a lockout.
 */
export async function sendOtp(
  ctx: Ctx,
  opts: { requestId: string; purpose: Purpose; channel: Channel; to: string },
): Promise<void> {
  const prev = await activeOtp(ctx, opts.requestId, opts.purpose, opts.channel);
  if (prev) await ctx.db.updateTable('sbx_otps').set({ consumed: 1 }).where('id', '=', prev.id).execute();
  const now = ctx.now();
  const code = newCode();
  await ctx.db
    .insertInto('sbx_otps')
    .values({
      id: await nextId(ctx, 'otp'),
      request_id: opts.requestId,
      recipient: opts.to,
      channel: opts.channel,
      purpose: opts.purpose,
      code,
      expires_at: new Date(now.getTime() + OTP_TTL_S * 1000).toISOString(),
      attempts: prev?.attempts ?? 0,
      locked: prev?.locked ?? 0,
      consumed: 0,
      created_at: now.toISOString(),
    })
    .execute();
  const what = opts.purpose === 'aadhaar' ? 'Aadhaar verification' : 'verification';
  await ctx.db
    .insertInto('sbx_inbox')
    .values({
      id: await nextId(ctx, 'inbox'),
      recipient: opts.to,
      channel: opts.channel,
      purpose: opts.purpose,
      code,
      body: `Your ${what} code is ${code}. It expires in ${OTP_TTL_S / 60} minutes.`,
      sent_at: now.toISOString(),
    })
    .execute();
}

/**
 * Checks the codes of one purpose together (verify_otp checks email and mobile at once).
 * Order: locked → 429, expired → 410, any wrong → 400 with attempts_left (the 5th → 429).
 * On success the codes are consumed.
 */
export async function checkOtps(
  ctx: Ctx,
  requestId: string,
  purpose: Purpose,
  given: Partial<Record<Channel, string>>,
): Promise<void> {
  const rows = [];
  for (const channel of Object.keys(given) as Channel[]) {
    const row = await activeOtp(ctx, requestId, purpose, channel);
    if (!row) throw new SandboxError(409, 'No code is pending: request a new one');
    rows.push({ row, ok: row.code === String(given[channel] ?? '').trim() });
  }
  if (rows.some((r) => r.row.locked === 1)) {
    throw new SandboxError(429, 'Too many wrong codes: this request is locked', undefined, { attempts_left: 0 });
  }
  const now = ctx.now().getTime();
  if (rows.some((r) => Date.parse(r.row.expires_at) <= now)) {
    throw new SandboxError(410, 'The code has expired: request a new one');
  }
  if (rows.every((r) => r.ok)) {
    for (const { row } of rows)
      await ctx.db.updateTable('sbx_otps').set({ consumed: 1 }).where('id', '=', row.id).execute();
    return;
  }
  // One wrong submission is one attempt, whichever of the codes was wrong.
  const attempts = Math.max(...rows.map((r) => r.row.attempts)) + 1;
  const locked = attempts >= OTP_MAX_ATTEMPTS ? 1 : 0;
  for (const { row } of rows) {
    await ctx.db.updateTable('sbx_otps').set({ attempts, locked }).where('id', '=', row.id).execute();
  }
  const errors = Object.fromEntries(
    rows.filter((r) => !r.ok).map((r) => [fieldFor(purpose, r.row.channel), ['Wrong code']]),
  );
  if (locked) throw new SandboxError(429, 'Too many wrong codes: this request is locked', errors, { attempts_left: 0 });
  const left = OTP_MAX_ATTEMPTS - attempts;
  throw new SandboxError(400, `Wrong code: ${left} attempt${left === 1 ? '' : 's'} left`, errors, {
    attempts_left: left,
  });
}

function fieldFor(purpose: Purpose, channel: string): string {
  if (purpose === 'aadhaar') return 'otp';
  return channel === 'email' ? 'emailotp' : 'mobileotp';
}

export async function isLocked(ctx: Ctx, requestId: string, purpose: Purpose): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('sbx_otps')
    .select('id')
    .where('request_id', '=', requestId)
    .where('purpose', '=', purpose)
    .where('locked', '=', 1)
    .executeTakeFirst();
  return Boolean(row);
}

export type InboxMessage = {
  to: string;
  channel: string;
  purpose: string;
  code: string;
  body: string;
  sent_at: string;
};

/** Newest first; `to` filters by recipient (email compared case-insensitively). */
export async function listInbox(db: DB, to?: string, limit = 200): Promise<InboxMessage[]> {
  let q = db.selectFrom('sbx_inbox').select(['recipient as to', 'channel', 'purpose', 'code', 'body', 'sent_at', 'id']);
  const t = to?.trim() ?? '';
  // Mobiles are stored as 10 national digits; accept "+91 98765 43210" in the filter too.
  if (t !== '') q = q.where('recipient', '=', t.includes('@') ? t.toLowerCase() : (normalizeIndianMobile(t) ?? t));
  const rows = await q.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(({ id: _id, ...m }) => m);
}

/**
 * Test control (POST /sandbox/_otps/expire): makes every live code sent to `to` expire now,
 * as if ten minutes had passed for that person only. Returns how many codes it expired.
 */
export async function expireOtps(db: DB, to: string, now: Date): Promise<number> {
  const t = to.trim();
  const recipient = t.includes('@') ? t.toLowerCase() : (normalizeIndianMobile(t) ?? t);
  const res = await db
    .updateTable('sbx_otps')
    .set({ expires_at: new Date(now.getTime() - 1000).toISOString() })
    .where('recipient', '=', recipient)
    .where('consumed', '=', 0)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
