'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { formDataToObject, zodFieldErrors } from '@/lib/action-core';
import { signIn, signOut } from '@/lib/auth/config';
import { getSessionClaims } from '@/lib/auth/session';
import { revokeSession } from '@/lib/auth/sessions';

/**
 * Sign-in is the one public action: there is no session to authenticate yet. The
 * credentials are checked (with throttling) inside next-auth's `authorize`.
 */
export type SignInState = {
  ok: false;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
  /** Set when throttled: how long until the next attempt is evaluated. */
  retryAfterS?: number;
} | null;

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').pipe(z.email('Enter a valid email address.')),
  password: z.string().min(1, 'Enter your password.'),
  next: z.string().optional(),
});

// Only same-site paths: never let ?next= send someone to another origin.
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}

export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  // A direct call with anything but form data gets an answer, not a 500.
  if (!(formData instanceof FormData)) return { ok: false, message: 'Send the sign-in form.' };
  const raw = formDataToObject(formData);
  const parsed = schema.safeParse(raw);
  const email = typeof raw.email === 'string' ? raw.email : '';
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), email };
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
    return null;
  } catch (err) {
    if (err instanceof AuthError && err.type === 'CredentialsSignin') {
      const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
      const seconds = Number(/^throttled:(\d+)$/.exec(code)?.[1] ?? 0);
      return {
        ok: false,
        email,
        retryAfterS: seconds || undefined,
        message: seconds ? waitMessage(seconds) : 'That email and password do not match an account.',
      };
    }
    throw err; // includes Next's redirect on success
  }
}

/** "Try again in 8 seconds" / "in 2 minutes": the form also counts the seconds down. */
function waitMessage(seconds: number): string {
  const n = seconds < 120 ? seconds : Math.ceil(seconds / 60);
  const unit = seconds < 120 ? 'second' : 'minute';
  return `Too many attempts for this account or from this network. Try again in ${n} ${unit}${n === 1 ? '' : 's'}.`;
}

/** Ends THIS session for good (its registry row is revoked), then clears the cookie. */
export async function signOutAndLeave(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) await revokeSession(claims.userId, claims.sid);
  await signOut({ redirectTo: '/sign-in' });
}
