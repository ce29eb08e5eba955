'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { verifyPassword } from '@/lib/auth/passwords';
import { getSessionClaims } from '@/lib/auth/session';
import { revokeAllSessions, revokeSession } from '@/lib/auth/sessions';
import { findUserForSignIn, setUserPassword } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { reserveSignIn, settleSignIn } from '@/lib/rate-limit';
import { changeOwnPasswordSchema } from './schemas';

/**
 * Your own sessions, for every role: staff at Settings → Your account, end-clients at
 * /account/security. Only the signed-in person's sessions can be named: revokeSession matches
 * the user id as well as the session id.
 */
const revalidateSessions = () => {
  revalidatePath('/settings/account');
  revalidatePath('/account/security');
};

export const revokeMySession = defineAction({
  name: 'account.revoke-session',
  permission: 'account:sessions',
  schema: z.object({ sid: z.string().uuid('Unknown session.') }),
  run: async (input, { user }) => {
    if (!(await revokeSession(user.id, input.sid))) throw new UserError('That session has already ended.');
    const current = (await getSessionClaims())?.sid === input.sid;
    return { current };
  },
  after: (_input, data) => (data.current ? redirect('/sign-in') : revalidateSessions()),
  successMessage: 'Signed out on that device.',
});

/** Ends every session of yours, this one included (the version bump reaches tokens not yet listed). */
export const signOutEverywhere = defineAction({
  name: 'account.sign-out-everywhere',
  permission: 'account:sessions',
  schema: z.object({}),
  run: async (_input, { user }) => {
    await revokeAllSessions(user.id);
    return { ok: true };
  },
  after: () => redirect('/sign-in'),
});

/**
 * Change your own password. The current password is checked under the same per-account delay
 * as sign-in (a stolen session cannot be used to guess it quickly). Success ends every session,
 * this one included: the person signs in again with the new password everywhere.
 */
export const changeMyPassword = defineAction({
  name: 'account.change-password',
  permission: 'account:sessions',
  schema: changeOwnPasswordSchema,
  run: async (input, { user }) => {
    const db = await getDb();
    const slot = await reserveSignIn(db, user.email);
    if (!slot.ok) throw new UserError(`Too many wrong passwords: try again in ${slot.retryAfterS} s.`);
    const row = await findUserForSignIn(db, user.email);
    if (!row || !(await verifyPassword(row.passwordHash, input.current_password))) {
      throw new UserError('Check the highlighted fields.', {
        current_password: ['That is not your current password.'],
      });
    }
    await settleSignIn(db, user.email, true);
    await setUserPassword(db, user.id, input.password);
    await revokeAllSessions(user.id, db);
    return { ok: true };
  },
  after: () => redirect('/sign-in?changed=1'),
});
