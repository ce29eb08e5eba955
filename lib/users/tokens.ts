import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { type DB, nowIso } from '@/lib/db';
import { sortableId } from '@/lib/db/ids';
import { env } from '@/lib/env';

/**
 * One-time links for invites and password resets. Only a SHA-256 of the token is stored, so
 * a copy of the database opens nothing; the link itself is shown once and mailed once.
 */
export type TokenPurpose = 'invite' | 'reset';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  invite: 72 * 60 * 60 * 1000,
  reset: 24 * 60 * 60 * 1000,
};

export const hashUserToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const userTokenUrl = (token: string) => `${env().portalUrl.replace(/\/$/, '')}/invite/${token}`;

export type UserTokenRow = {
  id: string;
  purpose: TokenPurpose;
  email: string;
  role: string;
  clientId: string | null;
  userId: string | null;
  expiresAt: string;
};

/** A new link; earlier unused links of the same purpose for the same email stop working. */
export async function issueUserToken(
  db: DB,
  t: { purpose: TokenPurpose; email: string; role: string; clientId: string | null; userId: string | null; by: string },
): Promise<{ token: string; url: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = nowIso();
  const expiresAt = new Date(Date.now() + TOKEN_TTL_MS[t.purpose]).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_tokens')
      .set({ used_at: now })
      .where('email', '=', t.email)
      .where('purpose', '=', t.purpose)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .insertInto('user_tokens')
      .values({
        id: sortableId(),
        token_hash: hashUserToken(token),
        purpose: t.purpose,
        email: t.email,
        role: t.role,
        client_id: t.clientId,
        user_id: t.userId,
        created_by: t.by,
        created_at: now,
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
  });
  return { token, url: userTokenUrl(token), expiresAt };
}

/** The unused, unexpired link a token opens, or null. */
export async function findUserToken(db: DB, token: string): Promise<UserTokenRow | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db
    .selectFrom('user_tokens')
    .selectAll()
    .where('token_hash', '=', hashUserToken(token))
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= nowIso()) return null;
  if (row.purpose !== 'invite' && row.purpose !== 'reset') return null;
  return {
    id: row.id,
    purpose: row.purpose,
    email: row.email,
    role: row.role,
    clientId: row.client_id,
    userId: row.user_id,
    expiresAt: row.expires_at,
  };
}

/** Marks a link used; false when another request used it first. */
export async function consumeUserToken(db: DB, id: string): Promise<boolean> {
  const res = await db
    .updateTable('user_tokens')
    .set({ used_at: nowIso() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Invites sent and not yet used or expired, for the users page. */
export async function listOpenInvites(db: DB, clientId: string | null) {
  let q = db
    .selectFrom('user_tokens')
    .select(['id', 'email', 'role', 'client_id', 'expires_at', 'created_at'])
    .where('purpose', '=', 'invite')
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso());
  q = clientId === null ? q.where('client_id', 'is', null) : q.where('client_id', '=', clientId);
  return q.orderBy('created_at', 'desc').execute();
}

/** Withdraws an open invite. */
export async function revokeInvite(db: DB, id: string, clientId: string | null): Promise<boolean> {
  let q = db
    .updateTable('user_tokens')
    .set({ used_at: nowIso() })
    .where('id', '=', id)
    .where('purpose', '=', 'invite')
    .where('used_at', 'is', null);
  q = clientId === null ? q.where('client_id', 'is', null) : q.where('client_id', '=', clientId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
