import 'server-only';
import { revalidatePath } from 'next/cache';
import { invalidateClients } from '@/lib/clients/queries';
import { type DB, getDb, nowIso } from '@/lib/db';
import { log } from '@/lib/log';
import { type Draft, updateDraft } from './drafts';

/**
 * `createUser` (lib/auth/users.ts) hashes a plaintext password; the portal no longer has
 * the plaintext here, only the argon2 hash taken at registration, so the row is written
 * directly. Returns null when a login with this email already exists (never overwritten).
 */
export async function createUserWithHash(
  db: DB,
  u: { email: string; name: string; passwordHash: string; clientId: string },
): Promise<string | null> {
  const email = u.email.trim().toLowerCase();
  const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) return null;
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto('users')
    .values({
      id,
      email,
      name: u.name,
      password_hash: u.passwordHash,
      role: 'client',
      client_id: u.clientId,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * After accept_kyc: the end-client's sign-in (role client, bound to the new client id),
 * then the password hash, the signature and any resume link are deleted from the draft.
 */
export async function completeOnboarding(
  draft: Draft,
  clientId: string,
): Promise<{ draft: Draft; accountExists: boolean }> {
  const db = await getDb();
  let userId: string | null = null;
  if (draft.password_hash && draft.email) {
    userId = await createUserWithHash(db, {
      email: draft.email,
      name: draft.name ?? draft.email,
      passwordHash: draft.password_hash,
      clientId,
    });
    if (!userId) log.warn({ draft: draft.id, clientId }, 'onboarding: a portal user with this email already exists');
  }
  const done = await updateDraft(draft, {
    client_id: clientId,
    user_id: userId,
    password_hash: null,
    signature_data_url: null,
    resume_token_hash: null,
    resume_expires_at: null,
    aadhaar_ref: null,
  });
  invalidateClients();
  revalidatePath('/clients');
  revalidatePath('/onboarding');
  return { draft: done, accountExists: userId === null };
}
