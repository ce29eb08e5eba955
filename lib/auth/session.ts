import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { can, isStaff, type Permission } from './permissions';
import { touchSession } from './sessions';
import { readSessionClaims, sessionCookie } from './token';
import { findUserById, type SessionUser } from './users';

export type { SessionUser } from './users';

/** The token's claims: user id, session id, session version (lib/auth/config.ts). */
export const getSessionClaims = cache(async (): Promise<{ userId: string; sid: string; sv: number } | null> => {
  const jar = await cookies();
  const cookie = sessionCookie((name) => jar.get(name)?.value);
  return cookie ? readSessionClaims(cookie, env().authSecret) : null;
});

/**
 * The signed-in user as the database says now, or null. Signed out when the user is disabled
 * or deleted, when the token's session version is older than the user's (password, role or
 * disable change, "sign out everywhere"), or when its session was revoked (sign-out). Tokens
 * without a session id predate the registry and are signed out too. Deduplicated per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const db = await getDb();
  const user = await findUserById(db, claims.userId);
  if (!user || user.disabled || user.sessionVersion !== claims.sv) return null;
  if (!(await touchSession(db, user.id, claims.sid))) return null;
  const { disabled: _disabled, sessionVersion: _sv, ...rest } = user;
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

/**
 * For generateMetadata: the same checks as `requireStaff`, without redirecting (the page
 * itself redirects). Metadata may read data only when this returns a user; otherwise it must
 * answer with a generic title that is the same for every id.
 */
export async function guardMetadata(permission: Permission = 'dashboard:read'): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && isStaff(user.role) && can(user.role, permission) ? user : null;
}
