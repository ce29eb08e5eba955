import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AuditEntry } from '@/lib/audit/log';
import type { SessionUser } from '@/lib/auth/users';
import { createActionFactory } from './action-core';
import { UserError } from './errors';

const owner: SessionUser = { id: 'u1', email: 'o@x.test', name: 'O', role: 'owner', clientId: null };
const viewer: SessionUser = { ...owner, id: 'u2', role: 'viewer' };
const clientUser: SessionUser = { ...owner, id: 'u3', role: 'client', clientId: 'CL1' };

function setup(user: SessionUser | null) {
  const audits: AuditEntry[] = [];
  const logError = vi.fn();
  const run = vi.fn(async (input: { client_id: string; amount: number }) => ({ got: input }));
  const define = createActionFactory({
    getUser: async () => user,
    getRequestMeta: async () => ({ requestId: 'abcdef12-0000-0000-0000-000000000000', ip: '10.0.0.1' }),
    audit: async (e) => {
      audits.push(e);
    },
    logError,
  });
  const action = define({
    name: 'wallet.add-credits',
    permission: 'numbers:buy',
    schema: z.object({
      client_id: z.string().min(1),
      amount: z.coerce.number().positive('Enter an amount greater than 0'),
      password: z.string().optional(),
    }),
    clientId: (i) => i.client_id,
    run,
  });
  return { action, run, audits, logError, define };
}

describe('defineAction', () => {
  it('runs nothing without a session', async () => {
    const { action, run, audits } = setup(null);
    const r = await action({ client_id: 'CL1', amount: 5 });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
    expect(run).not.toHaveBeenCalled();
    expect(audits[0].outcome).toBe('unauthenticated');
  });

  it('runs nothing for a role without the permission', async () => {
    const { action, run, audits } = setup(viewer);
    const r = await action({ client_id: 'CL1', amount: 5 });
    expect(r.ok).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(audits[0]).toMatchObject({ outcome: 'denied', role: 'viewer' });
  });

  it("runs nothing when a client user names someone else's client", async () => {
    const { action, run, audits } = setup(clientUser);
    const r = await action({ client_id: 'CL2', amount: 5 });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/permission/) });
    expect(run).not.toHaveBeenCalled();
    expect(audits[0]).toMatchObject({ outcome: 'denied', clientId: 'CL2' });
  });

  it('lets a client user act on its own client', async () => {
    const { action, run } = setup(clientUser);
    const r = await action({ client_id: 'CL1', amount: 5 });
    expect(r).toEqual({ ok: true, data: { got: { client_id: 'CL1', amount: 5 } }, message: undefined });
    expect(run).toHaveBeenCalledOnce();
  });

  it('returns field errors for bad input, keeps typed values (not secrets) and runs nothing', async () => {
    const { action, run, audits } = setup(owner);
    const fd = new FormData();
    fd.set('client_id', 'CL1');
    fd.set('amount', '-3');
    fd.set('password', 'hunter2');
    const r = await action(null, fd);
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { amount: ['Enter an amount greater than 0'] },
      values: { client_id: 'CL1', amount: '-3' },
    });
    expect(r.ok === false && r.values && 'password' in r.values).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(audits[0].outcome).toBe('invalid');
  });

  it('accepts FormData from useActionState and objects from useMutation alike', async () => {
    const { action } = setup(owner);
    const fd = new FormData();
    fd.set('client_id', 'CL9');
    fd.set('amount', '12.5');
    expect(await action(null, fd)).toMatchObject({ ok: true, data: { got: { amount: 12.5 } } });
    expect(await action({ client_id: 'CL9', amount: '3' })).toMatchObject({ ok: true });
  });

  it('shows a known error to the user and audits it', async () => {
    const { define, audits } = setup(owner);
    const a = define({
      name: 'x',
      permission: 'dashboard:read',
      schema: z.object({}),
      run: async () => {
        throw new UserError('The wallet balance is too low.', { credit: ['too low'] });
      },
    });
    expect(await a({})).toMatchObject({
      ok: false,
      message: 'The wallet balance is too low.',
      fieldErrors: { credit: ['too low'] },
    });
    expect(audits[0]).toMatchObject({ outcome: 'error', message: 'The wallet balance is too low.' });
  });

  it('hides an unexpected error behind a generic message with a reference and logs the cause', async () => {
    const { define, logError } = setup(owner);
    const boom = new Error('db exploded: password=secret');
    const a = define({
      name: 'x',
      permission: 'dashboard:read',
      schema: z.object({}),
      run: async () => {
        throw boom;
      },
    });
    const r = await a({});
    expect(r).toMatchObject({ ok: false, ref: 'ABCDEF12' });
    expect(r.ok === false && r.message).toMatch(/^Something went wrong\. .*ABCDEF12/);
    expect(r.ok === false && r.message).not.toContain('exploded');
    expect(logError).toHaveBeenCalledWith('ABCDEF12', boom, 'x');
  });

  it('audits success with the redactable input, client and request id', async () => {
    const { action, audits } = setup(owner);
    await action({ client_id: 'CL1', amount: 5, password: 'p' });
    expect(audits[0]).toMatchObject({
      action: 'wallet.add-credits',
      outcome: 'ok',
      clientId: 'CL1',
      userEmail: 'o@x.test',
      ip: '10.0.0.1',
      requestId: 'abcdef12-0000-0000-0000-000000000000',
    });
  });
});
