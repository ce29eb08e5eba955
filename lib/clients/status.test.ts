import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActionFactory, NOT_ALLOWED } from '@/lib/action-core';
import type { AuditEntry } from '@/lib/audit/log';
import type { Role } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';

const call = vi.fn(async (_name: string, input: { client_id: string; status: string }) => input);
vi.mock('@/lib/partner-api', () => ({ partnerApi: () => ({ call }) }));

const { updateStatusSpec } = await import('./status');

function actionAs(role: Role) {
  const user: SessionUser = {
    id: 'u1',
    email: `${role}@x.test`,
    name: role,
    role,
    clientId: role === 'client' ? 'CL1' : null,
  };
  const audits: AuditEntry[] = [];
  const action = createActionFactory({
    getUser: async () => user,
    getRequestMeta: async () => ({ requestId: 'req-1', ip: null }),
    audit: async (e) => {
      audits.push(e);
    },
    logError: () => {},
  })(updateStatusSpec);
  return { action, audits };
}

const input = { client_id: 'CL1', status: 'inactive', reason: 'Unpaid invoices for March' };

describe('clients.update-status', () => {
  beforeEach(() => call.mockClear());

  it('a viewer (and billing, and an end-client) is refused before anything reaches upstream', async () => {
    for (const role of ['viewer', 'billing', 'client'] as const) {
      const { action, audits } = actionAs(role);
      expect(await action(input)).toMatchObject({ ok: false, message: NOT_ALLOWED });
      expect(audits.at(-1)).toMatchObject({ action: 'clients.update-status', outcome: 'denied' });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('operations deactivates with the reason in the audit entry', async () => {
    const { action, audits } = actionAs('operations');
    const r = await action(input);
    expect(r).toMatchObject({ ok: true, data: { clientId: 'CL1', active: false }, message: 'Client deactivated.' });
    expect(call).toHaveBeenCalledWith('update_status', { client_id: 'CL1', status: '0' });
    expect(audits.at(-1)).toMatchObject({
      outcome: 'ok',
      clientId: 'CL1',
      input: expect.objectContaining({ reason: input.reason }),
    });
  });

  it('activating sends "1"', async () => {
    const { action } = actionAs('admin');
    expect(await action({ ...input, status: 'active' })).toMatchObject({ ok: true, message: 'Client activated.' });
    expect(call).toHaveBeenCalledWith('update_status', { client_id: 'CL1', status: '1' });
  });

  it('the reason is required, 5 to 200 characters', async () => {
    const { action } = actionAs('owner');
    for (const reason of [undefined, '', '  abc  ', 'x'.repeat(201)]) {
      const r = await action({ ...input, reason });
      expect(r.ok).toBe(false);
      expect(r.ok ? null : r.fieldErrors?.reason).toHaveLength(1);
    }
    expect(await action({ ...input, status: 'deleted' })).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.any(Array) },
    });
    expect(call).not.toHaveBeenCalled();
  });
});
