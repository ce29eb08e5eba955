import 'server-only';
import type { DB } from '@/lib/db';
import { countUsers, createUser, type SessionUser } from './users';

/**
 * Creates the first owner, or returns null when setup is already complete. One transaction:
 * it claims the single `setup_claims` row (primary key), checks that no user exists and
 * creates the owner, so two simultaneous setups create exactly one owner (the second waits
 * on the claim, then fails on the key) and a failure leaves nothing behind.
 */
export async function createFirstOwnerOnce(
  db: DB,
  input: { name: string; email: string; password: string },
): Promise<SessionUser | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('setup_claims')
        .values({ id: 'first-owner', claimed_at: new Date().toISOString() })
        .execute();
      if ((await countUsers(trx)) > 0) throw new SetupDone();
      return createUser(trx, { ...input, role: 'owner' });
    });
  } catch (err) {
    if (err instanceof SetupDone || (await countUsers(db)) > 0 || (await claimed(db))) return null;
    throw err;
  }
}

class SetupDone extends Error {}

async function claimed(db: DB): Promise<boolean> {
  return !!(await db.selectFrom('setup_claims').select('id').where('id', '=', 'first-owner').executeTakeFirst());
}
