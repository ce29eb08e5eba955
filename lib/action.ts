import 'server-only';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { createActionFactory } from '@/lib/action-core';
import { appendAudit } from '@/lib/audit/log';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';
import { requestMeta } from '@/lib/request-meta';

export type { ActionResult, FieldErrors } from '@/lib/action-core';

/**
 * The ONE way to build a server action:
 *   export const updateStatus = defineAction({ name, permission, schema, clientId, run });
 * It authenticates, authorizes (role permission + client scope), parses with zod, runs,
 * audits and returns `{ok:true,data}` or `{ok:false,message,fieldErrors}`.
 */
export const defineAction = createActionFactory({
  getUser: getSessionUser,
  getRequestMeta: requestMeta,
  audit: async (entry) => appendAudit(await getDb(), entry),
  logError: (ref, err, action) => log.error({ err, ref, action }, 'server action failed'),
});

/**
 * Layers over the one pipeline (issue 9 will complete them with publicAction and typed results):
 * - `staffAction`: console-wide actions; `client` users are refused whatever the matrix says.
 * - `clientAction`: actions about one client's data; `clientId` is required, and a `client`
 *   user may only ever name its own client (checked before parsing and after).
 */
export function staffAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return defineAction({ ...spec, staffOnly: true });
}

export function clientAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T> & { clientId: (input: z.output<S>) => string | null | undefined },
) {
  return defineAction(spec);
}
