import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { auth } from './config';
import { can, isStaff, type Permission } from './permissions';
import { findUserById, type SessionUser } from './users';

export type { SessionUser } from './users';

/**
 * The signed-in user as the database says now, or null. A disabled user, a deleted user
 * or a token for nobody is treated as signed out. Deduplicated per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(await getDb(), id);
  if (!user || user.disabled) return null;
  const { disabled: _disabled, ...rest } = user;
  return rest;
});

/** For pages: anyone signed in, else to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  return user;
}

/** For console pages: staff only (end-clients go to their account), with a permission. */
export async function requireStaff(permission: Permission = 'dashboard:read'): Promise<SessionUser> {
  const user = await requireUser();
  if (!isStaff(user.role)) redirect('/account');
  if (!can(user.role, permission)) redirect('/forbidden');
  return user;
}
