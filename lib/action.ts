import 'server-only';
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
