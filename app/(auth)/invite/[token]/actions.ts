'use server';

import { AuthError } from 'next-auth';
import { type ActionResult, zodFieldErrors } from '@/lib/action-core';
import { appendAudit } from '@/lib/audit/log';
import { signIn } from '@/lib/auth/config';
import { getDb } from '@/lib/db';
import { asUserFacing } from '@/lib/errors';
import { log } from '@/lib/log';
import { requestMeta } from '@/lib/request-meta';
import { completeUserToken } from '@/lib/users/accept';
import { newPasswordSchema } from '@/lib/users/schemas';

/**
 * Accepting an invite or a password reset. There is no session yet, so this action cannot use
 * staffAction; it authorizes itself instead: the one-time token in the form is the credential
 * (only its hash is stored, it is used up on success), the input is zod-parsed and the outcome
 * audited under the person the token names. On success it signs them in.
 */
export async function acceptUserLink(_prev: unknown, formData: FormData): Promise<ActionResult<null>> {
  const raw = Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION')));
  const values: Record<string, string> = typeof raw.name === 'string' ? { name: raw.name } : {};
  const { requestId, ip } = await requestMeta();
  const db = await getDb();
  const parsed = newPasswordSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: 'Check the highlighted fields.', fieldErrors: zodFieldErrors(parsed.error), values };

  let done: Awaited<ReturnType<typeof completeUserToken>>;
  try {
    done = await completeUserToken(db, parsed.data);
  } catch (err) {
    const known = asUserFacing(err);
    if (!known) log.error({ err, requestId }, 'accepting a user link failed');
    await appendAudit(db, {
      userId: null,
      userEmail: null,
      role: null,
      clientId: null,
      action: 'users.accept-link',
      input: { name: raw.name },
      outcome: known ? 'invalid' : 'error',
      message: known?.message ?? 'unexpected',
      ip,
      requestId,
    });
    return known
      ? { ok: false, message: known.message, fieldErrors: known.fieldErrors, values }
      : { ok: false, message: 'Something went wrong. Please try again.', values };
  }
  await appendAudit(db, {
    userId: done.userId,
    userEmail: done.email,
    role: null,
    clientId: done.clientId,
    action: done.purpose === 'invite' ? 'users.accept-invite' : 'users.set-new-password',
    input: { name: parsed.data.name },
    outcome: 'ok',
    ip,
    requestId,
  });
  try {
    await signIn('credentials', { email: done.email, password: parsed.data.password, redirectTo: '/' });
  } catch (err) {
    // A throttled sign-in still leaves a working account: send them to sign in by hand.
    if (err instanceof AuthError)
      return { ok: true, data: null, message: 'Your password is set. Sign in with your email and new password.' };
    throw err; // Next's redirect on success
  }
  return { ok: true, data: null };
}
