import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { LIMITS } from '@/lib/rate-limit';
import type { Draft } from './drafts';
import { StepError } from './errors';
import { withPublicLimits } from './public-limits';

let db: DB;
beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

const draft = { id: 'd1', request_id: 'req_1', temp_client_id: null, email: 'v@x.test', mobile: '9876543210' } as Draft;
const wrongCode = () => Promise.reject(new StepError('wrong', undefined, { code: 'otp_wrong', attemptsLeft: 9 }));
const invalid = () => Promise.reject(new StepError('check', undefined, { code: 'invalid' }));
const codes = { emailotp: '123456', mobileotp: '654321' };

describe('the public signup limits', () => {
  it('locks OTP checks after 5 wrong codes per registration, even if the upstream never locks', async () => {
    const max = LIMITS['otp-verify'].contact.max;
    for (let i = 0; i < max; i++)
      await expect(withPublicLimits(db, 'verify_otp', draft, codes, `10.0.0.${i}`, wrongCode)).rejects.toThrow('wrong');
    const sixth = await withPublicLimits(db, 'verify_otp', draft, codes, '10.0.1.1', async () => 'ran');
    expect(sixth).toEqual({ refused: expect.any(Number) });
    // Another registration is not affected.
    const other = { ...draft, id: 'd2', request_id: 'req_2' } as Draft;
    expect(await withPublicLimits(db, 'verify_otp', other, codes, '10.0.1.1', async () => 'ran')).toBe('ran');
  });

  it('a right code gives its attempt back; malformed codes are not charged', async () => {
    for (let i = 0; i < 10; i++)
      expect(await withPublicLimits(db, 'verify_otp', draft, codes, '10.0.0.1', async () => 'ok')).toBe('ok');
    for (let i = 0; i < 10; i++)
      await expect(
        withPublicLimits(db, 'verify_otp', draft, { emailotp: 'x', mobileotp: '' }, '10.0.0.1', invalid),
      ).rejects.toThrow('check');
    expect(await db.selectFrom('rate_events').selectAll().execute()).toEqual([]);
  });

  it('invalid starts naming a victim never count against the victim', async () => {
    const bad = { name: '', email: 'victim@x.test', mobile: '9876500000', password: 'short', confirmPassword: 'nope' };
    for (let i = 0; i < 10; i++)
      await expect(withPublicLimits(db, 'start', null, bad, `10.1.0.${i}`, invalid)).rejects.toThrow('check');
    expect(await db.selectFrom('rate_events').selectAll().execute()).toEqual([]);
    const good = {
      name: 'Victim',
      email: 'victim@x.test',
      mobile: '9876500000',
      password: 'A-good-password-1',
      confirmPassword: 'A-good-password-1',
    };
    expect(await withPublicLimits(db, 'start', null, good, '10.1.1.1', async () => 'started')).toBe('started');
    expect((await db.selectFrom('rate_events').select('key').execute()).map((r) => r.key).sort()).toEqual([
      'email:victim@x.test',
      'ip:10.1.1.1',
      'mobile:9876500000',
    ]);
  });
});
