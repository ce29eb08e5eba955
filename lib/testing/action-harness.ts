import { createActionFactory } from '@/lib/action-core';
import type { AuditEntry } from '@/lib/audit/log';
import type { SessionUser } from '@/lib/auth/users';

/** A signed-in user of a role, for running real action specs in unit tests. */
export const fakeUser = (role: SessionUser['role'], clientId: string | null = null): SessionUser => ({
  id: `u-${role}`,
  email: `${role}@demo.test`,
  name: role,
  role,
  clientId,
});

/**
 * The real action pipeline (authenticate → authorize → parse → run → audit) bound to a fake
 * session; audit entries are collected so tests can assert what was recorded.
 */
export function actionHarness(who: SessionUser | null) {
  const audits: AuditEntry[] = [];
  const define = createActionFactory({
    getUser: async () => who,
    getRequestMeta: async () => ({ requestId: 'req-test-1', ip: '127.0.0.1' }),
    audit: async (e) => {
      audits.push(e);
    },
    logError: () => {},
  });
  return { define, audits };
}
