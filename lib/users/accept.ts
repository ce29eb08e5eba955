import 'server-only';
import { hashPassword } from '@/lib/auth/passwords';
import { isRole } from '@/lib/auth/permissions';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { createUser } from '@/lib/auth/users';
import { type DB, nowIso } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { consumeUserToken, findUserToken } from './tokens';

export const LINK_GONE = 'This link has expired or was already used. Ask whoever sent it for a new one.';

/**
 * Completes an invite (creates the account) or a password reset (sets the new password).
 * The token is marked used first, so two submissions of one link cannot both succeed.
 */
export async function completeUserToken(
  db: DB,
  input: { token: string; name?: string; password: string },
): Promise<{ userId: string; email: string; purpose: 'invite' | 'reset'; clientId: string | null }> {
  const t = await findUserToken(db, input.token);
  if (!t) throw new UserError(LINK_GONE);
  if (t.purpose === 'invite' && !input.name)
    throw new UserError('Check the highlighted fields.', { name: ['Enter your name.'] });
  if (!(await consumeUserToken(db, t.id))) throw new UserError(LINK_GONE);

  if (t.purpose === 'invite') {
    if (!isRole(t.role)) throw new UserError(LINK_GONE);
    const taken = await db.selectFrom('users').select('id').where('email', '=', t.email).executeTakeFirst();
    if (taken) throw new UserError('An account with this email already exists. Sign in instead.');
    const user = await createUser(db, {
      email: t.email,
      name: input.name ?? t.email,
      password: input.password,
      role: t.role,
      clientId: t.clientId,
    });
    return { userId: user.id, email: user.email, purpose: 'invite', clientId: t.clientId };
  }
  if (!t.userId) throw new UserError(LINK_GONE);
  const res = await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(input.password), updated_at: nowIso() })
    .where('id', '=', t.userId)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new UserError(LINK_GONE);
  // A new password ends every other session of the account.
  await revokeAllSessions(t.userId, db);
  return { userId: t.userId, email: t.email, purpose: 'reset', clientId: t.clientId };
}
