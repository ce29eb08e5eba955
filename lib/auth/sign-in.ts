import 'server-only';
import type { DB } from '@/lib/db';
import { checksFor, consume, reserveSignIn, settleSignIn } from '@/lib/rate-limit';
import { burnVerify, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { findUserForSignIn } from './users';

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; sid: string; sv: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

type Deps = { verify: (hash: string, password: string) => Promise<boolean>; burn: (password: string) => Promise<void> };
const realDeps: Deps = { verify: verifyPassword, burn: burnVerify };

/**
 * Checks a password with both limits applied before anything is evaluated:
 * 1. per client address (sliding window; a success gives its slot back), then
 * 2. per account, a progressive delay charged before the check (lib/rate-limit.ts), so
 *    parallel guesses are limited exactly like sequential ones and nobody can lock the owner
 *    out for long. Unknown emails are throttled the same way: no account probing.
 * On success a session row is created; its id and the user's session version go in the JWT.
 */
export async function authenticate(
  db: DB,
  input: { email: string; password: string; ip: string | null; userAgent: string | null },
  deps: Deps = realDeps,
): Promise<SignInOutcome> {
  const byAddress = await consume(db, 'sign-in', checksFor('sign-in', input.ip));
  if (!byAddress.ok) return { ok: false, reason: 'throttled', retryAfterS: byAddress.retryAfterS };
  const slot = await reserveSignIn(db, input.email);
  if (!slot.ok) {
    await byAddress.release(); // not evaluated: it should not count against the address
    return { ok: false, reason: 'throttled', retryAfterS: slot.retryAfterS };
  }

  const user = await findUserForSignIn(db, input.email);
  let ok = false;
  if (user) ok = await deps.verify(user.passwordHash, input.password);
  else await deps.burn(input.password);
  // A disabled account gets the same answer as a wrong password (and keeps its delay).
  const success = ok && !!user && !user.disabled;
  if (!success || !user) return { ok: false, reason: 'invalid' };

  await settleSignIn(db, input.email, true);
  await byAddress.release();
  const sid = await createSession(db, { userId: user.id, userAgent: input.userAgent, ip: input.ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sid, sv: user.sessionVersion } };
}
