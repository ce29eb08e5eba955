'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { publicAction } from '@/lib/action';
import { signIn, signOut } from '@/lib/auth/config';
import { getSessionClaims } from '@/lib/auth/session';
import { revokeSession } from '@/lib/auth/sessions';
import { UserError } from '@/lib/errors';

/**
 * Sign-in is public: there is no session to authenticate yet. publicAction checks the raw
 * argument and the fields and audits; the credentials are checked inside next-auth's
 * `authorize` (lib/auth/sign-in.ts), with the per-address limit and the per-account delay.
 */
const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').pipe(z.email('Enter a valid email address.')),
  password: z.string().min(1, 'Enter your password.'),
  next: z.string().optional(),
});

/** A refused sign-in; `detail.retryAfterS` when the limits ask for a wait. */
class SignInRefused extends UserError {
  constructor(
    message: string,
    public readonly detail: { code: 'invalid' | 'throttled'; retryAfterS?: number },
  ) {
    super(message);
  }
}

// Only same-site paths: never let ?next= send someone to another origin.
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}

/** "Try again in 8 seconds" / "in 3 minutes". */
function waitMessage(seconds: number): string {
  const n = seconds < 120 ? seconds : Math.ceil(seconds / 60);
  const unit = seconds < 120 ? 'second' : 'minute';
  return `Too many attempts for this account or from this network. Try again in ${n} ${unit}${n === 1 ? '' : 's'}.`;
}

export const signInWithPassword = publicAction({
  name: 'auth.sign-in',
  schema,
  run: async (input) => {
    try {
      // Redirects on success (Next's redirect passes through the pipeline).
      await signIn('credentials', { email: input.email, password: input.password, redirectTo: safeNext(input.next) });
    } catch (err) {
      if (err instanceof AuthError && err.type === 'CredentialsSignin') {
        const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
        const seconds = Number(/^throttled:(\d+)$/.exec(code)?.[1] ?? 0);
        if (seconds > 0) throw new SignInRefused(waitMessage(seconds), { code: 'throttled', retryAfterS: seconds });
        throw new SignInRefused('That email and password do not match an account.', { code: 'invalid' });
      }
      throw err;
    }
    return null;
  },
});

/** Ends THIS session for good (its registry row is revoked), then clears the cookie. */
export const signOutAndLeave = publicAction({
  name: 'auth.sign-out',
  schema: z.object({}),
  audit: false,
  run: async () => {
    const claims = await getSessionClaims();
    if (claims) await revokeSession(claims.userId, claims.sid);
    await signOut({ redirectTo: '/sign-in' });
    return null;
  },
});
