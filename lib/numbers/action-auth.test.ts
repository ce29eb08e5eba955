import { describe, expect, it, vi } from 'vitest';
import { type ActionSpec, NOT_ALLOWED } from '@/lib/action-core';
import type { SessionUser } from '@/lib/auth/users';
import { actionHarness, fakeUser } from '@/lib/testing/action-harness';
import { addDidHolidaySpec, buyNumberSpec, removeNumberSpec, saveDidScheduleSpec } from './action-specs';

/**
 * The numbers actions' real specs (permission, schema, client scope) run through the action
 * pipeline with fake users; `run` is replaced by a spy so a refusal provably happens first.
 */

function harness(who: SessionUser) {
  const { define, audits } = actionHarness(who);
  // biome-ignore lint/suspicious/noExplicitAny: specs of different input types share this helper
  const withSpy = (spec: ActionSpec<any, any>) => {
    const run = vi.fn(async () => ({ state: 'succeeded', number: '+911140000001' }));
    return { action: define({ ...spec, run, after: undefined }), run };
  };
  return { audits, withSpy };
}

const BUY = { client_id: 'CLDEMO000002', number: '+911140000001', key: '0b8f1f4e-7b0c-4a53-9d0c-2b1f4c1d9a11' };
const REMOVE = { client_id: 'CLDEMO000002', number: '+911140000001' };

describe('numbers actions authorization', () => {
  it('refuses a viewer buying or removing a number, and audits the refusal', async () => {
    const { audits, withSpy } = harness(fakeUser('viewer'));
    const buy = withSpy(buyNumberSpec);
    const remove = withSpy(removeNumberSpec);
    expect(await buy.action(BUY)).toEqual({ ok: false, message: NOT_ALLOWED, values: undefined });
    expect(await remove.action(REMOVE)).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(buy.run).not.toHaveBeenCalled();
    expect(remove.run).not.toHaveBeenCalled();
    expect(audits.map((a) => [a.action, a.outcome, a.clientId])).toEqual([
      ['numbers.buy', 'denied', 'CLDEMO000002'],
      ['numbers.remove', 'denied', 'CLDEMO000002'],
    ]);
  });

  it('refuses a viewer changing a schedule or holidays', async () => {
    const { withSpy } = harness(fakeUser('viewer'));
    const save = withSpy(saveDidScheduleSpec);
    const add = withSpy(addDidHolidaySpec);
    expect(await save.action({ client_id: 'C1', did_id: '1', timezone: 'Asia/Kolkata' })).toMatchObject({ ok: false });
    expect(await add.action({ client_id: 'C1', did_id: '1', name: 'Diwali', date: '2026-11-08' })).toMatchObject({
      ok: false,
      message: NOT_ALLOWED,
    });
    expect(save.run).not.toHaveBeenCalled();
    expect(add.run).not.toHaveBeenCalled();
  });

  it("refuses a client user's forged input naming another client", async () => {
    const { audits, withSpy } = harness(fakeUser('client', 'CLDEMO000001'));
    const buy = withSpy(buyNumberSpec);
    const remove = withSpy(removeNumberSpec);
    expect(await buy.action(BUY)).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(await remove.action(REMOVE)).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(buy.run).not.toHaveBeenCalled();
    expect(remove.run).not.toHaveBeenCalled();
    expect(audits.every((a) => a.outcome === 'denied')).toBe(true);
  });

  it('lets operations staff through to run (the refusals above are about the user)', async () => {
    const { withSpy } = harness(fakeUser('operations'));
    const buy = withSpy(buyNumberSpec);
    expect(await buy.action(BUY)).toMatchObject({ ok: true });
    expect(buy.run).toHaveBeenCalledOnce();
  });

  it('rejects a buy without a confirmation key before anything runs', async () => {
    const { withSpy } = harness(fakeUser('owner'));
    const buy = withSpy(buyNumberSpec);
    const r = await buy.action({ client_id: 'CLDEMO000002', number: '+911140000001' });
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? null : r.fieldErrors?.key).toBeTruthy();
    expect(buy.run).not.toHaveBeenCalled();
  });
});
