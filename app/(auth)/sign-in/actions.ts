'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { zodFieldErrors } from '@/lib/action-core';
import { signIn, signOut } from '@/lib/auth/config';

/**
 * Sign-in is the one public action: there is no session to authenticate yet. The
 * credentials are checked (with throttling) inside next-auth's `authorize`.
 */
export type SignInState = {
  ok: false;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
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
  const raw = Object.fromEntries(formData);
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
      const minutes = /^throttled:(\d+)$/.exec(code)?.[1];
      return {
        ok: false,
        email,
        message: minutes
          ? `Too many attempts. Try again in ${minutes} minute${minutes === '1' ? '' : 's'}.`
          : 'That email and password do not match an account.',
      };
    }
    throw err; // includes Next's redirect on success
  }
}

export async function signOutAndLeave(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
