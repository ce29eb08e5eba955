import 'server-only';
import { type DB, getDb } from '@/lib/db';

/**
 * The session registry. Every sign-in gets a session id (`sid`, carried in the JWT) and a row
 * here; `getSessionUser` refuses a token whose row is missing or revoked, or whose
 * `session_version` is older than the user's. Sign-out revokes its own session; password,
 * role and disable changes (and "sign out everywhere") bump the version, ending them all.
 */
export type SessionInfo = {
  sid: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  revokedAt: string | null;
};

/** Last seen is written at most once a minute per session: reads stay reads. */
export const LAST_SEEN_EVERY_MS = 60_000;

export async function createSession(
  db: DB,
  input: { userId: string; userAgent: string | null; ip: string | null },
  now = new Date(),
): Promise<string> {
  const sid = crypto.randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('auth_sessions')
    .values({
      id: sid,
      user_id: input.userId,
      created_at: at,
      last_seen_at: at,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
      revoked_at: null,
    })
    .execute();
  return sid;
}

/** A user's sessions, newest first (revoked ones included, marked). */
export async function listSessions(userId: string, db?: DB): Promise<SessionInfo[]> {
  const rows = await (db ?? (await getDb()))
    .selectFrom('auth_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    sid: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    userAgent: r.user_agent,
    ip: r.ip,
    revokedAt: r.revoked_at,
  }));
}

/** Ends one session; only the user's own (false when no such live session). */
export async function revokeSession(userId: string, sid: string, db?: DB): Promise<boolean> {
  const r = await (db ?? (await getDb()))
    .updateTable('auth_sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', sid)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Ends every session of the user, including tokens not yet in the registry (version bump). */
export async function revokeAllSessions(userId: string, db?: DB): Promise<void> {
  const d = db ?? (await getDb());
  await d
    .updateTable('auth_sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  await bumpSessionVersion(d, userId);
}

export async function bumpSessionVersion(db: DB, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}

/**
 * Whether a token's session is still live, for getSessionUser: the row must exist, belong to
 * the user and not be revoked. Touches last_seen_at at most once a minute.
 */
export async function touchSession(db: DB, userId: string, sid: string, now = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom('auth_sessions')
    .select(['user_id', 'last_seen_at', 'revoked_at'])
    .where('id', '=', sid)
    .executeTakeFirst();
  if (!row || row.user_id !== userId || row.revoked_at) return false;
  if (now.getTime() - Date.parse(row.last_seen_at) >= LAST_SEEN_EVERY_MS) {
    await db.updateTable('auth_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', sid).execute();
  }
  return true;
}
