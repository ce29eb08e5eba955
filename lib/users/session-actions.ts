'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { getSessionClaims } from '@/lib/auth/session';
import { revokeAllSessions, revokeSession } from '@/lib/auth/sessions';
import { UserError } from '@/lib/errors';

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
