import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { actingAuditFields } from '@/lib/acting-as';
import { createActionFactory } from '@/lib/action-core';
import { appendAudit } from '@/lib/audit/log';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';
import { requestMeta } from '@/lib/request-meta';

export type {
  Action,
  ActionContext,
  ActionResult,
  ActionSpec,
  ClientActionSpec,
  FieldErrors,
  PublicActionSpec,
  PublicContext,
  ThrottleVerdict,
} from '@/lib/action-core';

/** Next's redirect/notFound/dynamic-bailout errors: `unstable_rethrow` throws exactly those. */
function isControlFlow(err: unknown): boolean {
  try {
    unstable_rethrow(err);
    return false;
  } catch {
    return true;
  }
}

const layers = createActionFactory({
  getUser: getSessionUser,
  getRequestMeta: requestMeta,
  // While a staff member acts as a client, the row also names the client and the acting session.
  audit: async (entry) => appendAudit(await getDb(), { ...entry, ...(await actingAuditFields(entry.userId)) }),
  logError: (ref, err, action) => log.error({ err, ref, action }, 'server action failed'),
  isControlFlow,
});

/**
 * The ONE way to build a server action (see lib/action-core.ts for the pipeline):
 *   export const updateStatus = staffAction({ name, permission, schema, run, after, successMessage });
 *   export const addAgent = clientAction({ name, permission, schema, clientId: (i) => i.client_id, run });
 *   export const start = publicAction({ name, schema, throttle, run });
 * Each accepts `(input)` (useMutation, direct calls) or `(prevState, formData)` (useActionState)
 * and returns a typed `ActionResult<T, Schema>`.
 */
export const { staffAction, clientAction, publicAction } = layers;

/** The general signed-in layer (older name): permission, plus client scope for `client` users. */
export const defineAction = layers.defineAction;
