import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AuditEntry } from '@/lib/audit/log';
import type { SessionUser } from '@/lib/auth/users';
import { actionHarness } from '@/lib/testing/action-harness';
import { createActionFactory, fieldErrors, NOT_ALLOWED } from './action-core';
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

describe('raw argument shapes', () => {
  const schema = z.object({ name: z.string().min(1, 'Enter a name.') });
  const weird: [string, unknown[]][] = [
    ['a string', ['hello']],
    ['a number', [42]],
    ['an array', [['name', 'x']]],
    ['a Date', [new Date()]],
    ['a Map', [new Map([['name', 'x']])]],
    ['a string after a state', [null, 'name=x']],
    ['three arguments', [null, new FormData(), 'x']],
  ];
  for (const [label, args] of weird) {
    it(`refuses ${label} with a clear message and runs nothing`, async () => {
      const h = actionHarness(owner);
      const run = vi.fn(async () => 1);
      const a = h.staff({ name: 't.x', permission: 'dashboard:read', schema, run });
      const r = await (a as (...xs: unknown[]) => Promise<unknown>)(...args);
      expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not understood/) });
      expect(run).not.toHaveBeenCalled();
      expect(h.audits[0]).toMatchObject({ outcome: 'invalid' });
    });
  }

  it('never lets a __proto__ key become structure (FormData or object)', async () => {
    const h = actionHarness(owner);
    const seen: unknown[] = [];
    const a = h.staff({
      name: 't.x',
      permission: 'dashboard:read',
      schema: z.object({ name: z.string() }).passthrough(),
      run: async (i) => {
        seen.push(i);
        return true;
      },
    });
    const fd = new FormData();
    fd.set('name', 'a');
    fd.set('__proto__', 'x');
    await a(null, fd);
    await a(JSON.parse('{"name":"b","__proto__":{"polluted":true}}'));
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
      expect(Object.keys(s as object)).toEqual(['name']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a bare FormData (a plain form action) and no argument at all', async () => {
    const h = actionHarness(owner);
    const a = h.staff({ name: 't.x', permission: 'dashboard:read', schema: z.object({}), run: async () => 'done' });
    expect(await a(new FormData())).toMatchObject({ ok: true, data: 'done' });
    expect(await a()).toMatchObject({ ok: true, data: 'done' });
  });
});

describe('staffAction and clientAction', () => {
  it('staffAction refuses client users even with the permission', async () => {
    const h = actionHarness(clientUser);
    const run = vi.fn(async () => 1);
    const a = h.staff({ name: 't.x', permission: 'dashboard:read', schema: z.object({}), run });
    expect(await a({})).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(run).not.toHaveBeenCalled();
    expect(h.audits[0]).toMatchObject({ outcome: 'denied', role: 'client' });
  });

  it('clientAction scopes a client user to its own client, after parsing too', async () => {
    const h = actionHarness(clientUser);
    const a = h.client({
      name: 't.x',
      permission: 'clients:read',
      // The id arrives under another name: only the post-parse check can see it.
      schema: z.object({ target: z.string() }),
      clientId: (i) => i.target,
      run: async (_i, ctx) => ctx.clientId,
    });
    expect(await a({ target: 'CL2' })).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(await a({ target: 'CL1' })).toEqual({ ok: true, data: 'CL1', message: undefined });
  });
});

describe('publicAction', () => {
  const schema = z.object({ email: z.string().pipe(z.email('Enter a valid email address.')) });

  it('runs without a session, with the address, and audits as nobody', async () => {
    const h = actionHarness(null, { ip: '203.0.113.9' });
    const a = h.public({
      name: 'auth.sign-up',
      schema,
      run: async (i, ctx) => ({ email: i.email, ip: ctx.ip, user: ctx.user }),
      successMessage: 'Sent.',
    });
    expect(await a({ email: 'a@b.test' })).toEqual({
      ok: true,
      data: { email: 'a@b.test', ip: '203.0.113.9', user: null },
      message: 'Sent.',
    });
    expect(h.audits[0]).toMatchObject({ action: 'auth.sign-up', outcome: 'ok', userId: null, ip: '203.0.113.9' });
  });

  it('asks the throttle only for validated input, and refuses with a rate-limit detail', async () => {
    const h = actionHarness(null);
    const throttle = vi.fn(async () => ({ ok: false as const, message: 'Too many attempts.', retryAfterS: 60 }));
    const run = vi.fn(async () => 1);
    const a = h.public({ name: 'signup.start', schema, throttle, run });
    const bad = await a({ email: 'victim' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { email: ['Enter a valid email address.'] } });
    expect(throttle).not.toHaveBeenCalled();
    const limited = await a({ email: 'victim@x.test' });
    expect(limited).toMatchObject({
      ok: false,
      message: 'Too many attempts.',
      detail: { code: 'rate_limited', retryAfterS: 60 },
    });
    expect(run).not.toHaveBeenCalled();
    expect(h.audits.map((x) => x.outcome)).toEqual(['invalid', 'denied']);
  });

  it('refuses a non-FormData, non-object argument (the setup 500 of issue 9) with a message', async () => {
    const h = actionHarness(null);
    const run = vi.fn(async () => 1);
    const a = h.public({ name: 'setup.create-owner', schema, run });
    expect(await a('not a form')).toMatchObject({ ok: false, message: expect.stringMatching(/not understood/) });
    expect(await a(null, 'not a form')).toMatchObject({ ok: false });
    expect(run).not.toHaveBeenCalled();
  });

  it('lets a redirect thrown inside run pass through, audited as ok', async () => {
    const h = actionHarness(null);
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/;307;' });
    const a = h.public({
      name: 'auth.sign-in',
      schema,
      run: async () => {
        throw redirect;
      },
    });
    await expect(a({ email: 'a@b.test' })).rejects.toBe(redirect);
    expect(h.audits[0]).toMatchObject({ outcome: 'ok' });
    expect(h.errors).toHaveLength(0);
  });

  it('passes a known error with detail through (e.g. onboarding StepError)', async () => {
    const h = actionHarness(null);
    const a = h.public({
      name: 'signup.verify',
      schema,
      run: async () => {
        throw Object.assign(new UserError('Wrong code.', { otp: ['Wrong code.'] }), {
          detail: { code: 'otp_wrong', attemptsLeft: 2 },
        });
      },
    });
    expect(await a({ email: 'a@b.test' })).toMatchObject({
      ok: false,
      message: 'Wrong code.',
      detail: { code: 'otp_wrong', attemptsLeft: 2 },
    });
  });
});

describe('typed results', () => {
  it('keys field errors by the schema, form-level issues under _form', async () => {
    const h = actionHarness(owner);
    const a = h.staff({
      name: 't.x',
      permission: 'dashboard:read',
      schema: z
        .object({ password: z.string().min(3, 'Too short.'), confirm: z.string() })
        .refine((v) => v.password === v.confirm, { message: 'They differ.' }),
      run: async () => 1,
    });
    const r = await a({ password: 'ab', confirm: 'ab' });
    expect(r).toMatchObject({ ok: false, fieldErrors: { password: ['Too short.'] } });
    const r2 = await a({ password: 'abcd', confirm: 'abce' });
    expect(r2).toMatchObject({ ok: false, fieldErrors: { _form: ['They differ.'] } });
    if (!r.ok) {
      expect(r.fieldErrors?.password).toEqual(['Too short.']);
      // @ts-expect-error a misspelt field name is a type error
      expect(r.fieldErrors?.pasword).toBeUndefined();
    }
  });

  it('fieldErrors is the one zod → field errors helper', () => {
    const s = z.object({ a: z.object({ b: z.string() }), c: z.number() });
    const parsed = s.safeParse({ a: { b: 1 }, c: 'x' });
    expect(parsed.success).toBe(false);
    // Nested fields keep their path, so the schedule editor can show a message next to its day.
    if (!parsed.success) expect(Object.keys(fieldErrors<typeof s>(parsed.error)).sort()).toEqual(['a.b', 'c']);
  });
});
