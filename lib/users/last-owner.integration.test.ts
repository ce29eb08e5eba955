import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { type DB, migrateToLatest } from '@/lib/db';
import { dbLegs } from '@/lib/testing/db-legs';
import { loadTarget, updateKeepingAnOwner } from './manage';
import { LAST_OWNER } from './rules';

const legs = await dbLegs();
afterAll(() => legs.dropLegs());

const pw = 'a-long-enough-password';

describe.each(legs.legs)('the last owner on %s', (_name, open) => {
  let db: DB;
  beforeAll(async () => {
    db = await open();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  const activeOwners = async () =>
    (await db.selectFrom('users').select('id').where('role', '=', 'owner').where('disabled', '=', 0).execute()).map(
      (r) => r.id,
    );

  it('two owners removing each other at the same moment leave one owner, not none', async () => {
    // Several rounds: the two changes must overlap inside the database for the race to show.
    for (let round = 0; round < 8; round++) {
      const before = await activeOwners();
      const [x, y] = await Promise.all(
        ['x', 'y'].map((p) =>
          createUser(db, { email: `${p}${round}@owners.test`, name: p, password: pw, role: 'owner' }),
        ),
      );
      // Only x and y are owners when the round starts.
      for (const id of before) await updateKeepingAnOwner(db, await loadTarget(db, id), { role: 'admin' });
      const [tx, ty] = await Promise.all([loadTarget(db, x.id), loadTarget(db, y.id)]);
      const results = await Promise.allSettled([
        updateKeepingAnOwner(db, tx, { role: 'viewer' }),
        updateKeepingAnOwner(db, ty, { disabled: true }),
      ]);
      expect(await activeOwners(), `round ${round}`).toHaveLength(1);
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason.message).toBe(LAST_OWNER);
    }
  });
});
