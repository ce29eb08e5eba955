import 'server-only';
import { sql } from 'kysely';
import { type DB, nowIso } from '@/lib/db';
import { hashPassword } from './passwords';
import { isRole, type Role } from './permissions';

/** What the app knows about a signed-in person: never the password hash. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  clientId: string | null;
};

/** `sessionVersion`: a token issued under an older version is signed out (lib/auth/sessions.ts). */
export type UserRow = SessionUser & { disabled: boolean; sessionVersion: number };

export async function findUserById(db: DB, id: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserForSignIn(db: DB, email: string) {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export async function countUsers(db: DB): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function createUser(
  db: DB,
  input: { email: string; name: string; password: string; role: Role; clientId?: string | null },
): Promise<SessionUser> {
  if (input.role === 'client' && !input.clientId) throw new Error('A client user needs a client_id');
  const now = nowIso();
  const user = {
    id: crypto.randomUUID(),
    email: input.email.trim().toLowerCase(),
    name: input.name,
    role: input.role,
    clientId: input.role === 'client' ? (input.clientId ?? null) : null,
  };
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: await hashPassword(input.password),
      role: user.role,
      client_id: user.clientId,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return user;
}

// Disabling, a new role or a new password end every session of that user at its next request.
const endSessions = { session_version: sql<number>`session_version + 1` };

export async function setUserDisabled(db: DB, id: string, disabled: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0, updated_at: nowIso(), ...(disabled ? endSessions : {}) })
    .where('id', '=', id)
    .execute();
}

export async function setUserRole(db: DB, id: string, role: Role, clientId: string | null = null): Promise<void> {
  if (role === 'client' && !clientId) throw new Error('A client user needs a client_id');
  await db
    .updateTable('users')
    .set({ role, client_id: role === 'client' ? clientId : null, updated_at: nowIso(), ...endSessions })
    .where('id', '=', id)
    .execute();
}

export async function setUserPassword(db: DB, id: string, password: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password), updated_at: nowIso(), ...endSessions })
    .where('id', '=', id)
    .execute();
}

function toUser(row: {
  id: string;
  email: string;
  name: string;
  role: string;
  client_id: string | null;
  disabled: number;
  session_version: number;
}): UserRow {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has an unknown role`);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    clientId: row.client_id,
    disabled: row.disabled === 1,
    sessionVersion: Number(row.session_version),
  };
}
