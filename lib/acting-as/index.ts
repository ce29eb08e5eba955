import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { can, type Permission } from '@/lib/auth/permissions';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { getDb, nowIso } from '@/lib/db';
import { sortableId } from '@/lib/db/ids';
import { env } from '@/lib/env';
import { ACTING_COOKIE, signActing, verifyActing } from './cookie';

/**
 * "Act as client": a staff member (owner, admin, operations) opens a client's workspace as
 * that client. The session keeps the staff identity; a signed cookie names an acting-session
 * row (who, which client, the reason, until when). Both identities are available to pages
 * (getActingAs / requireWorkspace) and to the audit writer (actingAuditFields).
 */
export const ACTING_TTL_MS = 60 * 60 * 1000;

export type ActingAs = { id: string; clientId: string; reason: string; staff: SessionUser; expiresAt: string };

/** The live acting session of the signed-in staff member, or null. Per request. */
export const getActingAs = cache(async (): Promise<ActingAs | null> => {
  const id = verifyActing((await cookies()).get(ACTING_COOKIE)?.value, env().authSecret);
  if (!id) return null;
  const staff = await getSessionUser();
  if (!staff || !can(staff.role, 'clients:act-as')) return null;
  const row = await (await getDb()).selectFrom('acting_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  // The row must be this person's, not ended and not expired: a cookie copied to another
  // browser of another user, or kept past its hour, opens nothing.
  if (!row || row.user_id !== staff.id || row.ended_at || row.expires_at <= nowIso()) return null;
  return { id: row.id, clientId: row.client_id, reason: row.reason, staff, expiresAt: row.expires_at };
});

/** What the audit writer adds to a row written while acting. */
export async function actingAuditFields(userId: string | null) {
  if (!userId) return {};
  const acting = await getActingAs().catch(() => null);
  return acting && acting.staff.id === userId ? { actingAsClientId: acting.clientId, actingSessionId: acting.id } : {};
}

export async function startActing(staff: SessionUser, clientId: string, reason: string): Promise<ActingAs> {
  const db = await getDb();
  const now = Date.now();
  const id = sortableId(now);
  const expiresAt = new Date(now + ACTING_TTL_MS).toISOString();
  // One acting session at a time per person: starting another ends the previous one.
  await db
    .updateTable('acting_sessions')
    .set({ ended_at: nowIso() })
    .where('user_id', '=', staff.id)
    .where('ended_at', 'is', null)
    .execute();
  await db
    .insertInto('acting_sessions')
    .values({
      id,
      user_id: staff.id,
      client_id: clientId,
      reason,
      started_at: nowIso(),
      expires_at: expiresAt,
      ended_at: null,
    })
    .execute();
  (await cookies()).set(ACTING_COOKIE, signActing(id, env().authSecret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().isProduction && env().portalUrl.startsWith('https:'),
    path: '/',
    maxAge: ACTING_TTL_MS / 1000,
  });
  return { id, clientId, reason, staff, expiresAt };
}

export async function endActing(staffId: string): Promise<string | null> {
  const db = await getDb();
  const open = await db
    .selectFrom('acting_sessions')
    .select(['id', 'client_id'])
    .where('user_id', '=', staffId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  await db
    .updateTable('acting_sessions')
    .set({ ended_at: nowIso() })
    .where('user_id', '=', staffId)
    .where('ended_at', 'is', null)
    .execute();
  (await cookies()).delete(ACTING_COOKIE);
  return open?.client_id ?? null;
}

export type Workspace = {
  clientId: string;
  /** The person signed in (the client user, or the staff member acting). */
  user: SessionUser;
  actingAs: ActingAs | null;
  /** The workspace shows what the client role may do; while acting, only if the staff role may too. */
  may: (p: Permission) => boolean;
};

/**
 * For the end-client workspace (/account…): the client id comes from the session (a client
 * user's own) or from the acting session, never from the URL or the input.
 */
export async function requireWorkspace(): Promise<Workspace> {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  if (user.role === 'client' && user.clientId)
    return { clientId: user.clientId, user, actingAs: null, may: (p) => can('client', p) };
  const acting = await getActingAs();
  if (!acting) redirect('/dashboard');
  return {
    clientId: acting.clientId,
    user,
    actingAs: acting,
    may: (p) => can('client', p) && can(user.role, p),
  };
}
