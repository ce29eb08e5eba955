import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DB, migrateToLatest } from '@/lib/db';
import { dbLegs } from '@/lib/testing/db-legs';
import {
  checksFor,
  consume,
  contactKeys,
  LIMITS,
  reserveSignIn,
  SIGN_IN_BACKOFF,
  settleSignIn,
  signInDelayS,
} from './rate-limit';

const { legs, dropLegs } = await dbLegs();
afterAll(() => dropLegs());

const t0 = new Date('2026-11-27T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
let n = 0;
const fresh = (what: string) => `${what}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

describe.each(legs)('rate limits on %s', (_name, make) => {
  let db: DB;
  beforeAll(async () => {
    db = await make();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  it('limits per contact, says how long to wait, and frees the key when the window passes', async () => {
    const contacts = contactKeys({ email: `${fresh('a')}@x.test` });
    const max = LIMITS['signup-start'].contact.max;
    for (let i = 0; i < max; i++)
      expect((await consume(db, 'signup-start', checksFor('signup-start', fresh('ip'), contacts), at(i))).ok).toBe(
        true,
      );
    const refused = await consume(db, 'signup-start', checksFor('signup-start', fresh('ip'), contacts), at(max));
    // The first event (minute 0) leaves the one-hour window at minute 60.
    expect(refused).toEqual({ ok: false, retryAfterS: (60 - max) * 60 });
    expect((await consume(db, 'signup-start', checksFor('signup-start', fresh('ip'), contacts), at(61))).ok).toBe(true);
  });

  it('limits one address across many contacts; other addresses are unaffected', async () => {
    const ip = fresh('ip');
    const max = LIMITS['signup-start'].address.max;
    for (let i = 0; i < max; i++)
      await consume(db, 'signup-start', checksFor('signup-start', ip, [`email:${fresh('u')}`]), at(0));
    expect((await consume(db, 'signup-start', checksFor('signup-start', ip, ['email:new']), at(1))).ok).toBe(false);
    expect((await consume(db, 'signup-start', checksFor('signup-start', fresh('ip'), ['email:new']), at(1))).ok).toBe(
      true,
    );
  });

  it('does not count refusals, and a released event gives its slot back', async () => {
    const contacts = [`draft:${fresh('d')}`];
    const max = LIMITS['otp-send'].contact.max;
    const admitted = [];
    for (let i = 0; i < max; i++)
      admitted.push(await consume(db, 'otp-send', checksFor('otp-send', null, contacts), at(0)));
    for (let i = 0; i < 5; i++)
      expect((await consume(db, 'otp-send', checksFor('otp-send', null, contacts), at(30))).ok).toBe(false);
    const first = admitted[0];
    if (!first.ok) throw new Error('expected admission');
    await first.release();
    expect((await consume(db, 'otp-send', checksFor('otp-send', null, contacts), at(30))).ok).toBe(true);
  });

  it('admits at most the limit when 20 requests race for one key', async () => {
    const contacts = [`draft:${fresh('race')}`];
    const max = LIMITS['otp-verify'].contact.max;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consume(db, 'otp-verify', checksFor('otp-verify', fresh('ip'), contacts), now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(max);
  });

  it('delays an account progressively instead of locking it, and a success clears the delay', async () => {
    const account = `${fresh('acct')}@x.test`;
    const now = new Date();
    for (let i = 0; i < SIGN_IN_BACKOFF.freeFailures + 1; i++)
      expect((await reserveSignIn(db, account, now)).ok).toBe(true);
    // The 5th failure asks for a 2 s pause; the next one is refused with how long to wait.
    expect(await reserveSignIn(db, account, now)).toEqual({ ok: false, retryAfterS: signInDelayS(5) });
    const later = new Date(now.getTime() + 2_001);
    expect((await reserveSignIn(db, account, later)).ok).toBe(true);
    expect(await reserveSignIn(db, account, later)).toEqual({ ok: false, retryAfterS: 4 });
    await settleSignIn(db, account, true);
    expect((await reserveSignIn(db, account, later)).ok).toBe(true);
  });

  it('lets at most the free attempts through when 20 guesses race on one account', async () => {
    const account = `${fresh('par')}@x.test`;
    const now = new Date();
    const slots = await Promise.all(Array.from({ length: 20 }, () => reserveSignIn(db, account, now)));
    expect(slots.filter((s) => s.ok)).toHaveLength(SIGN_IN_BACKOFF.freeFailures + 1);
  });
});

describe('the delay schedule', () => {
  it('is free at first, then doubles, capped', () => {
    expect([1, 4, 5, 6, 7, 20].map(signInDelayS)).toEqual([0, 0, 2, 4, 8, SIGN_IN_BACKOFF.maxDelayS]);
  });
});
