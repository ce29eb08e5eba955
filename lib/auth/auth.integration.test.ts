import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DB, migrateToLatest } from '@/lib/db';
import { SIGN_IN_BACKOFF } from '@/lib/rate-limit';
import { dbLegs } from '@/lib/testing/db-legs';
import { listSessions, revokeAllSessions, revokeSession, touchSession } from './sessions';
import { createFirstOwnerOnce } from './setup';
import { authenticate } from './sign-in';
import { createUser, findUserById, setUserDisabled, setUserPassword, setUserRole } from './users';

const { legs, dropLegs } = await dbLegs();
afterAll(() => dropLegs());

const PASSWORD = 'correct-horse-battery';
let n = 0;
const email = (what: string) => `${what}-${++n}-${Math.random().toString(36).slice(2, 8)}@x.test`;

describe.each(legs)('auth on %s', (_name, make) => {
  let db: DB;
  beforeAll(async () => {
    db = await make();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  /** A verifier that counts how many guesses were actually evaluated. */
  function countingDeps() {
    const seen = { n: 0 };
    return {
      seen,
      deps: {
        verify: async (_hash: string, password: string) => {
          seen.n++;
          return password === PASSWORD;
        },
        burn: async () => {
          seen.n++;
        },
      },
    };
  }

  it('evaluates at most the free attempts when 20 wrong passwords race on one account', async () => {
    const u = await createUser(db, { email: email('race'), name: 'R', password: PASSWORD, role: 'admin' });
    const { seen, deps } = countingDeps();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticate(db, { email: u.email, password: `wrong-${i}`, ip: `10.9.0.${i}`, userAgent: null }, deps),
      ),
    );
    expect(seen.n).toBeLessThanOrEqual(SIGN_IN_BACKOFF.freeFailures + 1);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'throttled').length).toBeGreaterThanOrEqual(
      20 - SIGN_IN_BACKOFF.freeFailures - 1,
    );
    // Unknown accounts are throttled the same way (no probing which emails exist).
    const ghost = countingDeps();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        authenticate(db, { email: email('ghost'), password: 'x', ip: '10.9.1.1', userAgent: null }, ghost.deps),
      ),
    );
  });

  it('the owner with the right password gets in after the short wait, not a lock', async () => {
    const u = await createUser(db, { email: email('owner'), name: 'O', password: PASSWORD, role: 'owner' });
    const { deps } = countingDeps();
    let last = await authenticate(db, { email: u.email, password: 'nope', ip: '10.8.0.1', userAgent: null }, deps);
    for (let i = 0; i < 10 && !(last.ok === false && last.reason === 'throttled'); i++)
      last = await authenticate(db, { email: u.email, password: 'nope', ip: '10.8.0.1', userAgent: null }, deps);
    expect(last).toMatchObject({ ok: false, reason: 'throttled' });
    const wait = !last.ok && last.reason === 'throttled' ? last.retryAfterS : 0;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_BACKOFF.maxDelayS);
    await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    const ok = await authenticate(db, { email: u.email, password: PASSWORD, ip: '10.8.0.2', userAgent: 'UA/1' }, deps);
    expect(ok).toMatchObject({ ok: true, user: { id: u.id, sv: 0 } });
  });

  it('a disabled account answers like a wrong password', async () => {
    const u = await createUser(db, { email: email('off'), name: 'D', password: PASSWORD, role: 'viewer' });
    await setUserDisabled(db, u.id, true);
    const { deps } = countingDeps();
    expect(await authenticate(db, { email: u.email, password: PASSWORD, ip: null, userAgent: null }, deps)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('registers each sign-in as a session that can be listed and revoked on its own', async () => {
    const u = await createUser(db, { email: email('sess'), name: 'S', password: PASSWORD, role: 'operations' });
    const { deps } = countingDeps();
    const a = await authenticate(db, { email: u.email, password: PASSWORD, ip: '10.7.0.1', userAgent: 'Phone' }, deps);
    const b = await authenticate(db, { email: u.email, password: PASSWORD, ip: '10.7.0.2', userAgent: 'Laptop' }, deps);
    if (!a.ok || !b.ok) throw new Error('expected both sign-ins to succeed');
    const listed = await listSessions(u.id, db);
    expect(listed.map((s) => s.userAgent).sort()).toEqual(['Laptop', 'Phone']);
    expect(listed.find((s) => s.sid === a.user.sid)).toMatchObject({ ip: '10.7.0.1', revokedAt: null });

    expect(await touchSession(db, u.id, a.user.sid)).toBe(true);
    // Sign-out: that session ends, the other goes on.
    expect(await revokeSession(u.id, a.user.sid, db)).toBe(true);
    expect(await touchSession(db, u.id, a.user.sid)).toBe(false);
    expect(await touchSession(db, u.id, b.user.sid)).toBe(true);
    // Nobody revokes someone else's session, and a sid is bound to its user.
    expect(await revokeSession('someone-else', b.user.sid, db)).toBe(false);
    expect(await touchSession(db, 'someone-else', b.user.sid)).toBe(false);

    // Everywhere: every session and the version (tokens carry the version they were issued under).
    await revokeAllSessions(u.id, db);
    expect(await touchSession(db, u.id, b.user.sid)).toBe(false);
    expect((await findUserById(db, u.id))?.sessionVersion).toBe(b.user.sv + 1);
  });

  it('bumps the session version on disable, role change and password change', async () => {
    const u = await createUser(db, { email: email('bump'), name: 'B', password: PASSWORD, role: 'viewer' });
    const v = async () => (await findUserById(db, u.id))?.sessionVersion;
    expect(await v()).toBe(0);
    await setUserRole(db, u.id, 'billing');
    expect(await v()).toBe(1);
    await setUserPassword(db, u.id, 'another-long-password');
    expect(await v()).toBe(2);
    await setUserDisabled(db, u.id, true);
    expect(await v()).toBe(3);
    await setUserDisabled(db, u.id, false); // enabling does not need to end anything
    expect(await v()).toBe(3);
  });
});

describe.each(legs)('first-run setup on %s', (_name, make) => {
  it('creates exactly one owner when two setups race, and none once done', async () => {
    const db = await make();
    await migrateToLatest(db);
    // The PostgreSQL leg shares its schema with the tests above: start from no users.
    await db.deleteFrom('auth_sessions').execute();
    await db.deleteFrom('users').execute();
    const results = await Promise.all([
      createFirstOwnerOnce(db, { name: 'A', email: 'a@first.test', password: PASSWORD }),
      createFirstOwnerOnce(db, { name: 'B', email: 'b@first.test', password: PASSWORD }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const owners = await db.selectFrom('users').select('role').execute();
    expect(owners).toEqual([{ role: 'owner' }]);
    expect(await createFirstOwnerOnce(db, { name: 'C', email: 'c@first.test', password: PASSWORD })).toBeNull();
    await db.destroy();
  });
});
