import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { checkThrottle, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, recordAttempt } from './throttle';

let db: DB;
beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

const t0 = new Date('2026-11-27T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe('sign-in throttling', () => {
  it('blocks an account after 10 failures in 15 minutes and says how long to wait', async () => {
    const who = { email: 'a@x.test', ip: '1.1.1.1' };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordAttempt(db, who, false, at(i * 0.1));
    expect(await checkThrottle(db, who, at(1))).toEqual({ blocked: false });
    await recordAttempt(db, who, false, at(1));
    expect(await checkThrottle(db, who, at(2))).toEqual({ blocked: true, retryAfterMinutes: 13 });
    // Another account from another address is unaffected.
    expect(await checkThrottle(db, { email: 'b@x.test', ip: '2.2.2.2' }, at(2))).toEqual({ blocked: false });
  });

  it('lets the account in again once the failures leave the window', async () => {
    const who = { email: 'a@x.test', ip: '1.1.1.1' };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordAttempt(db, who, false, at(0));
    expect((await checkThrottle(db, who, at(14))).blocked).toBe(true);
    expect(await checkThrottle(db, who, at(15.1))).toEqual({ blocked: false });
  });

  it('blocks an IP that fails across many accounts', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++)
      await recordAttempt(db, { email: `u${i}@x.test`, ip: '9.9.9.9' }, false, at(0));
    expect((await checkThrottle(db, { email: 'new@x.test', ip: '9.9.9.9' }, at(1))).blocked).toBe(true);
  });

  it('clears an account count after a successful sign-in', async () => {
    const who = { email: 'a@x.test', ip: '1.1.1.1' };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordAttempt(db, who, false, at(0));
    await recordAttempt(db, who, true, at(1));
    await recordAttempt(db, who, false, at(2));
    expect(await checkThrottle(db, who, at(3))).toEqual({ blocked: false });
  });
});
