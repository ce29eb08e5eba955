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
 * The real action pipeline (raw shape → authenticate → authorize → parse → run → audit) bound
 * to a fake session; audit entries are collected so tests can assert what was recorded.
 * `define` is the general layer; `staff`, `client` and `public` are the named layers.
 */
export function actionHarness(who: SessionUser | null, opts: { ip?: string | null; requestId?: string } = {}) {
  const audits: AuditEntry[] = [];
  const errors: { ref: string; err: unknown; action: string }[] = [];
  const layers = createActionFactory({
    getUser: async () => who,
    getRequestMeta: async () => ({
      requestId: opts.requestId ?? 'req-test-1',
      ip: opts.ip === undefined ? '127.0.0.1' : opts.ip,
    }),
    audit: async (e) => {
      audits.push(e);
    },
    logError: (ref, err, action) => {
      errors.push({ ref, err, action });
    },
    // Stands in for Next's redirect in tests: errors carrying a NEXT_REDIRECT digest pass through.
    isControlFlow: (err) =>
      typeof err === 'object' && err !== null && String((err as { digest?: unknown }).digest).startsWith('NEXT_'),
  });
  return {
    define: layers.defineAction,
    staff: layers.staffAction,
    client: layers.clientAction,
    public: layers.publicAction,
    audits,
    errors,
  };
}
