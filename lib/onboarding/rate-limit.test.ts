import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { contactKeys, hitRateLimit, LIMITS } from './rate-limit';

let db: DB;
beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

const t0 = new Date('2026-11-27T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe('onboarding rate limits', () => {
  it('limits signup starts per contact and says how long to wait', async () => {
    const contacts = contactKeys({ email: 'A@x.test', mobile: '9876543210' });
    const max = LIMITS['signup-start'].contact.max;
    for (let i = 0; i < max; i++) {
      expect((await hitRateLimit(db, 'signup-start', { ip: `10.0.0.${i}`, contacts }, at(i))).ok).toBe(true);
    }
    const refused = await hitRateLimit(db, 'signup-start', { ip: '10.0.1.1', contacts }, at(max));
    // The first start (minute 0) leaves the one-hour window at minute 60.
    expect(refused).toEqual({ ok: false, retryAfterS: (60 - max) * 60 });
    // Same email, other case: still the same contact.
    const again = await hitRateLimit(
      db,
      'signup-start',
      { ip: '10.0.1.2', contacts: contactKeys({ email: 'a@X.test' }) },
      at(max),
    );
    expect(again.ok).toBe(false);
    // Other details from the same network are fine.
    expect(
      (
        await hitRateLimit(
          db,
          'signup-start',
          { ip: '10.0.1.1', contacts: contactKeys({ email: 'b@x.test' }) },
          at(max),
        )
      ).ok,
    ).toBe(true);
    expect((await hitRateLimit(db, 'signup-start', { ip: '10.0.1.1', contacts }, at(61))).ok).toBe(true);
  });

  it('limits one IP across many contacts', async () => {
    const max = LIMITS['signup-start'].ip.max;
    for (let i = 0; i < max; i++) {
      await hitRateLimit(
        db,
        'signup-start',
        { ip: '1.2.3.4', contacts: contactKeys({ email: `u${i}@x.test` }) },
        at(0),
      );
    }
    const r = await hitRateLimit(
      db,
      'signup-start',
      { ip: '1.2.3.4', contacts: contactKeys({ email: 'new@x.test' }) },
      at(1),
    );
    expect(r.ok).toBe(false);
    expect(
      (await hitRateLimit(db, 'signup-start', { ip: '5.6.7.8', contacts: contactKeys({ email: 'new@x.test' }) }, at(1)))
        .ok,
    ).toBe(true);
  });

  it('does not count refused attempts (hammering does not extend the block)', async () => {
    const contacts = contactKeys({ draftId: 'd1' });
    const max = LIMITS['otp-send'].contact.max;
    for (let i = 0; i < max; i++) await hitRateLimit(db, 'otp-send', { ip: null, contacts }, at(0));
    for (let i = 0; i < 5; i++)
      expect((await hitRateLimit(db, 'otp-send', { ip: null, contacts }, at(30))).ok).toBe(false);
    expect((await hitRateLimit(db, 'otp-send', { ip: null, contacts }, at(60.1))).ok).toBe(true);
  });

  it('keeps buckets apart', async () => {
    const contacts = contactKeys({ email: 'a@x.test' });
    for (let i = 0; i < LIMITS['signup-start'].contact.max; i++)
      await hitRateLimit(db, 'signup-start', { ip: 'i', contacts }, at(0));
    expect((await hitRateLimit(db, 'otp-send', { ip: 'i', contacts }, at(0))).ok).toBe(true);
  });
});
