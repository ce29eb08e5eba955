import { describe, expect, it, vi } from 'vitest';
import { NOT_ALLOWED } from '@/lib/action-core';
import type { SessionUser } from '@/lib/auth/users';
import { actionHarness, fakeUser } from '@/lib/testing/action-harness';
import { addCreditsSpec } from './action-specs';

/**
 * The real add-credits spec (permission, schema, client scope) through the action pipeline
 * with fake users; `run` is a spy so a refusal provably happens before anything upstream.
 */

function harness(who: SessionUser) {
  const { define, audits } = actionHarness(who);
  const run = vi.fn(async () => ({
    state: 'succeeded' as const,
    replay: false,
    transactionId: 't1',
    creditedPaise: 50_000,
    balancePaise: 150_000,
    validTill: null,
  }));
  const action = define({ ...addCreditsSpec, run, after: undefined });
  return { audits, action, run };
}

const INPUT = { client_id: 'CLDEMO000006', amount: '500', key: '0b8f1f4e-7b0c-4a53-9d0c-2b1f4c1d9a11' };

describe('wallet.add-credits authorization', () => {
  it.each(['viewer', 'operations'] as const)('refuses %s and audits the refusal', async (role) => {
    const { audits, action, run } = harness(fakeUser(role));
    expect(await action(INPUT)).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(run).not.toHaveBeenCalled();
    expect(audits.map((a) => [a.action, a.outcome, a.clientId])).toEqual([
      ['wallet.add-credits', 'denied', 'CLDEMO000006'],
    ]);
  });

  it('refuses a client user naming another client', async () => {
    const { action, run, audits } = harness(fakeUser('client', 'CLDEMO000001'));
    expect(await action(INPUT)).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(run).not.toHaveBeenCalled();
    expect(audits.every((a) => a.outcome === 'denied')).toBe(true);
  });

  it('lets billing staff through with the parsed amount and audits it', async () => {
    const { action, run, audits } = harness(fakeUser('billing'));
    const r = await action({ ...INPUT, amount: '1,250.5' });
    expect(r).toMatchObject({ ok: true, message: '₹500.00 added. The balance is now ₹1,500.00.' });
    expect(run).toHaveBeenCalledOnce();
    expect((run.mock.calls[0] as unknown[])[0]).toEqual({ ...INPUT, amount: '1250.50', valid_till: undefined });
    expect(audits.map((a) => [a.action, a.outcome])).toEqual([['wallet.add-credits', 'ok']]);
  });

  it.each([
    ['0', 'Enter an amount greater than 0'],
    ['12.345', 'Use at most two decimal places'],
    ['abc', 'Enter an amount in rupees, e.g. 500 or 500.50'],
  ])('rejects the amount %s with a field error before anything runs', async (amount, message) => {
    const { action, run } = harness(fakeUser('billing'));
    const r = await action({ ...INPUT, amount });
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.fieldErrors?.amount).toEqual([message]);
    expect(run).not.toHaveBeenCalled();
  });

  it('rejects a validity date in the past or missing confirmation key', async () => {
    const { action, run } = harness(fakeUser('owner'));
    const past = await action({ ...INPUT, valid_till: '2001-01-01' });
    expect(past.ok ? null : past.fieldErrors?.valid_till).toEqual(['Choose today or a later date']);
    const nokey = await action({ client_id: INPUT.client_id, amount: '500' });
    expect(nokey.ok ? null : nokey.fieldErrors?.key).toBeTruthy();
    expect(run).not.toHaveBeenCalled();
  });
});
