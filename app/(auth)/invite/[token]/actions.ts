'use server';

import { AuthError } from 'next-auth';
import { publicAction } from '@/lib/action';
import { signIn } from '@/lib/auth/config';
import { getDb } from '@/lib/db';
import { completeUserToken } from '@/lib/users/accept';
import { newPasswordSchema } from '@/lib/users/schemas';

/**
 * Accepting an invite or a password reset. There is no session yet, so it is a public action:
 * the one-time token in the form is the credential (only its hash is stored; it is used up on
 * success). After the audited change the person is signed in with the password just chosen.
 */
export const acceptUserLink = publicAction({
  name: 'users.accept-link',
  schema: newPasswordSchema,
  run: async (input) => completeUserToken(await getDb(), input),
  auditClientId: (_input, data) => data?.clientId ?? null,
  after: async (input, data) => {
    try {
      await signIn('credentials', { email: data.email, password: input.password, redirectTo: '/' });
    } catch (err) {
      // A throttled sign-in still leaves a working account: the form says to sign in by hand.
      if (!(err instanceof AuthError)) throw err; // Next's redirect on success
    }
  },
  successMessage: 'Your password is set. Sign in with your email and new password.',
});
